"""Atom feed of newly published verdicts: claims of published articles, newest review
first. Drafts never appear: the queryset starts from Claim.objects.published()."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from factcheck.models import Claim

FEED_ITEMS = 50


class VerdictsFeed(Feed):
    feed_type = Atom1Feed
    title = "New verdicts"
    subtitle = "Claims in news articles, checked against their sources."

    def link(self):
        return reverse("public:home")

    def author_name(self):
        return settings.FACTCHECK_ORGANIZATION

    def items(self):
        # One query: claims joined to their articles.
        return (
            Claim.objects.published()
            .checked()
            .select_related("article")
            .order_by("-reviewed_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, claim):
        return f"{claim.get_verdict_display()}: {claim.statement}"

    def item_description(self, claim):
        note = f" {claim.verdict_note}" if claim.verdict_note else ""
        return f"“{claim.quote}” — {claim.article.title}.{note}"

    def item_link(self, claim):
        return f"{claim.article.get_public_url()}#claim-{claim.pk}"

    def item_guid(self, claim):
        # A new verdict on the same claim is a new entry, not an edit of the old one.
        return f"{settings.SITE_URL}/claims/{claim.pk}/verdicts/{claim.reviewed_at.isoformat()}"

    item_guid_is_permalink = False

    def item_pubdate(self, claim):
        return claim.reviewed_at

    def item_updateddate(self, claim):
        return claim.reviewed_at

    def item_categories(self, claim):
        return [claim.get_verdict_display()]
