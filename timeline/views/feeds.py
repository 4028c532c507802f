"""Atom feed of newly published verdicts: claims of published articles, newest review
first. Drafts never appear: the queryset starts from Claim.objects.published()."""

import copy

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from factcheck.models import Claim
from timeline.exports.common import absolute, claim_page_url

FEED_ITEMS = 50


class VerdictsFeed(Feed):
    feed_type = Atom1Feed
    title = "New verdicts"
    subtitle = "Claims in news articles, checked against their sources."

    def __call__(self, request, *args, **kwargs):
        # urls.py makes one VerdictsFeed for all requests, and the item_* methods see only
        # the item: each request gets a copy that knows it, so that every absolute URL
        # in the feed takes the request's host, as Django's own links do.
        feed = copy.copy(self)
        feed.request = request
        return super(VerdictsFeed, feed).__call__(request, *args, **kwargs)

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
        # Atom1Feed writes a text <title> (no type): readers show it as written.
        return f"{claim.get_verdict_display()}: {claim.statement}"

    def item_description(self, claim):
        # Atom1Feed writes this as <summary type="html">, which readers render as HTML:
        # escaped, the words of the quote, the title and the note show as written.
        note = f" {claim.verdict_note}" if claim.verdict_note else ""
        return escape(f"“{claim.quote}” — {claim.article.title}.{note}")

    def item_link(self, claim):
        return claim_page_url(claim, self.request)

    def item_guid(self, claim):
        # A new verdict on the same claim is a new entry, not an edit of the old one.
        path = f"/claims/{claim.pk}/verdicts/{claim.reviewed_at.isoformat()}"
        return absolute(self.request, path)

    item_guid_is_permalink = False

    def item_pubdate(self, claim):
        return claim.reviewed_at

    def item_updateddate(self, claim):
        return claim.reviewed_at

    def item_categories(self, claim):
        return [claim.get_verdict_display()]
