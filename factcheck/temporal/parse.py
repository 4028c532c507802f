"""parse_date(): read one date typed into a form ("Sept 2010", "2010-09", "c. 2001")."""

import datetime
import re

from factcheck.temporal.mention import DateMention, make_mention
from factcheck.temporal.tagger import tag

_ISO_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_ISO_YEAR = re.compile(r"\d{4}")


def parse_date(text: str, anchor: datetime.date) -> DateMention | None:
    """The single DATE that best covers `text`, or None when it holds no date.

    Editors type dates in any case ("sept 2010") and in ISO forms that running text
    rarely uses ("2010-09"), so both are read here before the tagger's grammar.
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    if _ISO_MONTH.fullmatch(stripped) or _ISO_YEAR.fullmatch(stripped):
        mention = make_mention(text, offset, offset + len(stripped), "DATE", stripped)
        return mention if mention.precision else None
    mentions = [
        mention
        for candidate in (text, _title_case(text))
        for mention in tag(candidate, anchor)
        if mention.type in ("DATE", "TIME") and mention.precision
    ]
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    return make_mention(text, best.start, best.end, "DATE", best.value.split("T")[0], best.mod)


def _title_case(text: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: m[0].capitalize() if len(m[0]) > 2 else m[0], text)
