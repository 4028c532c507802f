"""Pieces every export shares: a claim's public address and its verdict's word."""

from django.conf import settings

from factcheck.models import Verdict


def absolute(request, path: str) -> str:
    """`path` as an absolute URL: on the request's host when there is a request (the
    server may run on another host or port than SITE_URL says), else on SITE_URL (the
    command line). One document never mixes the two."""
    return request.build_absolute_uri(path) if request is not None else settings.SITE_URL + path


def claim_page_url(claim, request=None) -> str:
    return absolute(request, f"{claim.article.get_public_url()}#claim-{claim.pk}")


def verdicts_label(event) -> str:
    """ "Verified", or "Verified / False" when the event's claims disagree."""
    return " / ".join(verdict.label for verdict in event.verdicts) or Verdict.UNCHECKED.label
