from django import template

from timeline.models import date_label, html_datetime

register = template.Library()


@register.filter
def date_words(dated) -> str:
    """Any dated row (claim or event) in words: "September 2010", "c. 2001"."""
    return date_label(dated)


@register.filter
def datetime_attr(dated) -> str:
    return html_datetime(dated)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed (None or "" drops one)."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        if value in (None, ""):
            params.pop(name, None)
        else:
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def add_to_list(first, second) -> list:
    """`a|add_to_list:b` -> [a, b], to loop over two objects side by side."""
    return [first, second]
