"""Where an event that several claims tell is placed in time: the one rule that a merge
(services.merging.confirm_merge) and a re-dated claim (services.generation) follow.

The event takes the narrowest date its tellings agree on: a telling that lies inside
another ("May 18, 2011" within "May 2011") is the same date told more precisely, so the
event is placed there. Tellings that cannot all be true keep the first one's date; the
public page lists each claim's date and flags the event (EventPresentation)."""

from factcheck.models import DATE_FIELDS


def narrower_within(inner, outer) -> bool:
    """Whether `inner` names a shorter span that lies inside `outer`'s: a more precise
    telling of the same date, not another date. An approximate date ("c. 2001") or a
    range is not more precise, whatever its bounds."""
    if inner.earliest is None or outer.earliest is None or inner.approximate or inner.is_range:
        return False
    inner_end, outer_end = inner.latest or inner.earliest, outer.latest or outer.earliest
    inside = outer.earliest <= inner.earliest and inner_end <= outer_end
    return inside and (inner_end - inner.earliest) < (outer_end - outer.earliest)


def agreed_date(tellings):
    """The telling an event is dated by, from its dated tellings in the order they joined
    it: the first, replaced by each later one narrower within the date so far, as
    merging them one by one places the event. None when there is none."""
    placed = None
    for telling in tellings:
        if placed is None or narrower_within(telling, placed):
            placed = telling
    return placed


def copy_date(*, to, source) -> None:
    for name in DATE_FIELDS:
        setattr(to, name, getattr(source, name))
