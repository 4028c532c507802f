"""Atom feed of newly published verdicts: claims of published articles, newest review
first. Drafts never appear: the queryset starts from Claim.objects.published()."""

import copy
import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from factcheck.models import Claim
from timeline.exports.common import absolute, claim_page_url

FEED_ITEMS = 50


def verdict_tag_uri(claim, request) -> str:
    """The Atom id of one verdict: a tag: URI (RFC 4151), as Django's feed framework
    makes them (feedgenerator.get_tag_uri), since an id is a name, not an address: an
    http id that no page answers is a broken link to every reader that follows it.

    A new verdict on the same claim is a new entry, not an edit of the old one, so the
    verdict's time is part of it. The authority is the host the feed is read from (as
    for the links), without its port, which a tag may not carry, and dated the day of
    the verdict (UTC), when the site minted it."""
    host = urlsplit(absolute(request, "/")).hostname
    reviewed = claim.reviewed_at.astimezone(datetime.UTC)
    return (
        f"tag:{host},{reviewed:%Y-%m-%d}:/claims/{claim.pk}/verdicts/{reviewed:%Y%m%dT%H%M%S.%fZ}"
    )


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
        return verdict_tag_uri(claim, self.request)

    item_guid_is_permalink = False

    def item_pubdate(self, claim):
        return claim.reviewed_at

    def item_updateddate(self, claim):
        return claim.reviewed_at

    def item_categories(self, claim):
        return [claim.get_verdict_display()]
