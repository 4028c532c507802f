"""What every page of the signed-in workspace shares, in both apps: who may use a view,
and how a view answers htmx and plain requests alike."""

from functools import wraps
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def workspace_view(permission: str):
    """Anonymous users are sent to sign in; signed-in users without `permission`
    get a 403 page. Editors, reviewers and staff hold the workspace permissions."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not request.user.has_perm(permission):
                raise PermissionDenied("The editor workspace is for editors and reviewers.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def render_page_or_partial(request, template: str, partial: str, context: dict, status=200):
    """One view, two answers: the whole page to a plain request, only the partial to
    htmx (STYLE.md, htmx)."""
    name = f"{template}#{partial}" if request.htmx else template
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response


def claims_page_on_screen(request) -> int:
    """The page of an article's claims on the editor's screen, read from the page htmx
    was called from (its URL carries ?claims=N once the pager was used)."""
    current_url = getattr(getattr(request, "htmx", None), "current_url", None) or ""
    number = parse_qs(urlsplit(current_url).query).get("claims", ["1"])[0]
    return int(number) if number.isdigit() and int(number) > 0 else 1
