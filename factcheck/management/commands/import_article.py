"""python manage.py import_article SOURCE --published YYYY-MM-DD [options]

SOURCE is a file (.txt, .md, .html) or an http(s) URL. On success it prints two lines:
the public URL of the article's fact-check page, then that of its timeline. On bad input
it prints one line to stderr, exits non-zero and saves nothing.

Who the import is by: --by USERNAME, else the system user "importer" (created on first
use, no password, not staff, in the Reviewers group so that --publish may publish; the
Reviewers group is the one that holds factcheck.publish_article, see factcheck.roles).
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from factcheck.models import ClaimStatus
from factcheck.roles import REVIEWERS, ensure_roles
from factcheck.services.article_import import ArticleSourceError, create_article, read_source
from factcheck.services.claims import accept_claim

IMPORTER_USERNAME = "importer"


class Command(BaseCommand):
    help = "Import an article from a file or URL, suggest its claims, and print its public URLs."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A .txt, .md or .html file, or an http(s) URL.")
        parser.add_argument(
            "--published",
            metavar="YYYY-MM-DD",
            help="The publication date (required): it anchors relative dates in the text.",
        )
        parser.add_argument("--title", help="Default: the source's title, else its first line.")
        parser.add_argument("--outlet", help="Default: the outlet the source names.")
        parser.add_argument("--byline", help="Default: the byline the source gives.")
        parser.add_argument(
            "--accept-dated",
            action="store_true",
            help="Accept every suggested claim that carries a date (they appear on the timeline).",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish the fact-check page and its timeline.",
        )
        parser.add_argument(
            "--by",
            metavar="USERNAME",
            help=f'The user the import is recorded as. Default: "{IMPORTER_USERNAME}".',
        )

    def handle(self, *args, **options):
        published_on = _publication_date(options["published"])
        imported, file_name = _read(options["source"])
        user = _user(options["by"])

        title = options["title"] or imported.title or _first_line(imported.body) or file_name
        try:
            with transaction.atomic():
                article = create_article(
                    imported=imported,
                    body=imported.body,
                    title=title[:300],
                    published_on=published_on,
                    outlet=options["outlet"] or imported.outlet,
                    byline=options["byline"] or imported.byline,
                    url=imported.url,
                    language=imported.language,
                    by=user,
                )
                if options["accept_dated"]:
                    for claim in article.claims.filter(status=ClaimStatus.SUGGESTED).dated():
                        accept_claim(claim=claim, by=user)
                if options["publish"]:
                    article.publish(by=user)
                timeline = article.timeline
                # Inside the transaction: if the public routes cannot be named, nothing is kept.
                article_url = settings.SITE_URL + article.get_public_url()
                timeline_url = settings.SITE_URL + timeline.get_absolute_url()
        except ValidationError as error:
            raise CommandError(_one_line(error)) from None
        except PermissionDenied as error:
            raise CommandError(f"{error} Use --by with a reviewer's username.") from None
        self.stdout.write(article_url)
        self.stdout.write(timeline_url)


def _publication_date(value: str | None) -> datetime.date:
    if not value:
        raise CommandError("Give the publication date with --published YYYY-MM-DD.")
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(
            f"Could not read --published {value!r} as a date; write it as YYYY-MM-DD."
        ) from None


def _user(username: str | None):
    User = get_user_model()
    if username:
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user is called {username!r}; check --by.") from None
    user, created = User.objects.get_or_create(
        username=IMPORTER_USERNAME, defaults={"is_staff": False, "is_active": True}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    if not Group.objects.filter(name=REVIEWERS).exists():
        ensure_roles()
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


def _read(source: str):
    """The imported text and a file name to fall back on for the title."""
    try:
        if source.lower().startswith(("http://", "https://")):
            return read_source(url=source), ""
        if "://" in source:
            raise CommandError(
                f"{source!r} is not an http(s) URL; give a file path or an http(s) URL."
            )
        path = Path(source)
        if not path.is_file():
            raise CommandError(f"No file at {source}; check the path.")
        with path.open("rb") as handle:
            return read_source(upload=File(handle, name=path.name)), path.stem.replace("-", " ")
    except ArticleSourceError as error:
        raise CommandError(error.message) from None
    except OSError as error:
        raise CommandError(f"Could not read {source}: {error.strerror or error}.") from None


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:300]
    return ""


def _one_line(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        parts = [f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()]
        return "Could not save the article: " + "; ".join(parts)
    return "Could not save the article: " + " ".join(error.messages)
