"""A pure-Python temporal tagger for news text (TimeML TIMEX3 values).

    >>> import datetime
    >>> from factcheck.temporal import tag
    >>> [(m.text, m.value) for m in tag("Prices rose last September.", datetime.date(2011, 5, 22))]
    [('last September', '2010-09')]

Imports nothing from Django: it is a library, usable from the shell
(`python -m factcheck.temporal --anchor 2011-05-22 article.txt`).
"""

from factcheck.temporal.mention import DateMention
from factcheck.temporal.parse import parse_date
from factcheck.temporal.render import describe, describe_range, describe_value
from factcheck.temporal.tagger import tag

__all__ = ["DateMention", "describe", "describe_range", "describe_value", "parse_date", "tag"]
