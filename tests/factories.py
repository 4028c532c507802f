import datetime

import factory
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from factcheck.models import Article, Claim, ClaimStatus, Precision, Source, Stance
from factcheck.roles import EDITORS, REVIEWERS
from timeline.models import Event, Timeline

BODY = (
    "The city council voted on May 18 to close the old bridge. "
    "Repairs began last September, officials said. "
    "The bridge opened in 1961."
)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class EditorFactory(UserFactory):
    groups = factory.PostGeneration(
        lambda user, create, extracted, **kw: user.groups.add(Group.objects.get(name=EDITORS))
    )


class ReviewerFactory(UserFactory):
    groups = factory.PostGeneration(
        lambda user, create, extracted, **kw: user.groups.add(Group.objects.get(name=REVIEWERS))
    )


class ArticleFactory(DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Council closes bridge {n}")
    outlet = "Daily Example"
    byline = "A. Reporter"
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    published_on = datetime.date(2011, 5, 22)
    body = BODY
    created_by = factory.SubFactory(EditorFactory)


class ClaimFactory(DjangoModelFactory):
    """By default the first sentence of the article, dated May 18, 2011 and accepted."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    status = ClaimStatus.ACCEPTED
    start = 0
    end = factory.LazyAttribute(lambda claim: claim.article.body.find(".") + 1)
    quote = factory.LazyAttribute(lambda claim: claim.article.body[claim.start : claim.end])
    statement = factory.LazyAttribute(lambda claim: claim.quote)
    date_text = "May 18"
    date_value = "2011-05-18"
    earliest = datetime.date(2011, 5, 18)
    latest = datetime.date(2011, 5, 18)
    precision = Precision.DAY


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = Source

    claim = factory.SubFactory(ClaimFactory)
    url = factory.Sequence(lambda n: f"https://records.example.org/minutes/{n}")
    title = "Council minutes"
    publisher = "City council"
    excerpt = "The motion carried."
    stance = Stance.SUPPORTS


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event

    headline = factory.Sequence(lambda n: f"Council votes to close bridge {n}")
    date_text = "May 18"
    date_value = "2011-05-18"
    earliest = datetime.date(2011, 5, 18)
    latest = datetime.date(2011, 5, 18)
    precision = Precision.DAY


class TimelineFactory(DjangoModelFactory):
    class Meta:
        model = Timeline

    title = factory.Sequence(lambda n: f"Bridge closures {n}")
    slug = factory.Sequence(lambda n: f"bridge-closures-{n}")
    description = "How the old bridge came to close."
    is_published = True
