"""The demo newsroom that `make run` loads: one article in our own words about the
events of the running example, with claims, sources, verdicts and a published timeline.

It goes through the same services an editor uses, so the demo shows what the app
really does with a pasted article."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from factcheck.models import Article, Source, Stance, Verdict
from factcheck.roles import EDITORS, REVIEWERS

DEMO_TITLE = "Taliban caution Kazakhstan over its first troop deployment to Afghanistan"
DEMO_PUBLISHED_ON = datetime.date(2011, 5, 22)
DEMO_BODY = """\
ALMATY, Kazakhstan — The Taliban have cautioned Kazakhstan against joining the international military mission in Afghanistan, saying the decision would hurt the whole region.

In a written statement sent to journalists on Saturday, the movement said the Kazakh government was serving foreign powers instead of its own citizens.

Lawmakers in Kazakhstan voted on May 18 to send a small group of officers to the NATO-led coalition, making the country the first in Central Asia to do so.

Officials in the capital said the officers would serve on six-month rotations and would not take part in combat.

Neighbouring Tajikistan has been fighting militants in its eastern mountains since an ambush on an army convoy last September left more than two dozen soldiers dead.

Violence in Afghanistan is now at its highest level since the 2001 overthrow of the Taliban government by Afghan forces backed by the United States.
"""

DEMO_PASSWORD = "demo-password-2011"


@dataclass(frozen=True)
class DemoVerdict:
    verdict: Verdict
    note: str
    source: dict


# Keyed by the TimeML value the tagger gives each dated claim of DEMO_BODY.
DEMO_VERDICTS = {
    "2011-05-18": DemoVerdict(
        Verdict.VERIFIED,
        "The parliamentary record lists the vote on this day.",
        {
            "citation": "Parliament of Kazakhstan, record of the session of 18 May 2011 (demo citation)",
            "publisher": "Parliament of Kazakhstan",
            "stance": Stance.SUPPORTS,
            "excerpt": "Deputies approved sending officers to the coalition headquarters.",
        },
    ),
    "2011-05-21": DemoVerdict(
        Verdict.VERIFIED,
        "Two agencies received the statement on Saturday, May 21.",
        {
            "url": "https://example.org/demo/agency-report-2011-05-21",
            "title": "Agency report on the statement",
            "publisher": "Demo wire agency",
            "stance": Stance.SUPPORTS,
        },
    ),
    "2010-09": DemoVerdict(
        Verdict.DISPUTED,
        "The month is confirmed; the death toll differs between official and local counts.",
        {
            "url": "https://example.org/demo/tajik-convoy-ambush",
            "title": "Convoy ambush in the Rasht valley",
            "publisher": "Demo regional desk",
            "stance": Stance.CONTEXT,
            "excerpt": "Officials gave one figure; local reporters counted more.",
        },
    ),
    "2001": DemoVerdict(
        Verdict.VERIFIED,
        "The Taliban government fell in late 2001.",
        {
            "citation": "Standard histories of the war in Afghanistan (demo citation)",
            "stance": Stance.SUPPORTS,
        },
    ),
}


def demo_users() -> dict:
    """editor, reviewer and admin accounts for trying the app locally."""
    User = get_user_model()
    users = {}
    for username, group, staff in (
        ("editor", EDITORS, False),
        ("reviewer", REVIEWERS, False),
        ("admin", None, True),
    ):
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": staff, "is_superuser": staff}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if group:
            user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


@transaction.atomic
def load_demo() -> tuple[Article, bool]:
    """Returns the demo article and whether it was created now (False: already there)."""
    from factcheck.services.article_import import create_article
    from factcheck.services.claims import accept_claim

    users = demo_users()
    existing = Article.objects.filter(title=DEMO_TITLE, published_on=DEMO_PUBLISHED_ON).first()
    if existing is not None:
        return existing, False
    article = create_article(
        body=DEMO_BODY,
        title=DEMO_TITLE,
        published_on=DEMO_PUBLISHED_ON,
        outlet="Fact Desk demo",
        byline="Demo desk",
        by=users["editor"],
    )
    for claim in article.claims.suggested().in_text_order():
        demo = DEMO_VERDICTS.get(claim.date_value)
        if demo is None:
            continue
        accept_claim(claim=claim, by=users["editor"])
        claim.refresh_from_db()
        claim.set_verdict(
            demo.verdict, by=users["reviewer"], note=demo.note, sources=[Source(**demo.source)]
        )
    article.publish(by=users["reviewer"])
    return article, True
