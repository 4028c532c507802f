"""A pure-Python temporal tagger for news text (TimeML TIMEX3 values).

    >>> import datetime
    >>> from factcheck.temporal import tag
    >>> [(m.text, m.value) for m in tag("Prices rose last September.", datetime.date(2011, 5, 22))]
    [('last September', '2010-09')]

Imports nothing from Django: it is a library, usable from the shell
(`python -m factcheck.temporal --anchor 2011-05-22 article.txt`).

How it reads a text (tagger.py has the steps):
- triggers.py finds the words an expression must contain (month names, four-digit
  numbers, "years", "yesterday" ...) and each rule of patterns.py runs only around them;
- resolve.py and amounts.py turn a match into a TIMEX3 type, value and mod, using the
  anchor (the publication date) and the sentence's tense (tense.py); clocks.py finds the
  day a clock time is on;
- values.py knows what dates a value covers; mention.py holds the result; render.py
  says it in words; parse.py reads a single typed-in date; holidays.py dates named days.

Conventions, following the TimeML guidelines as TempEval-3 applied them:
- Ranges are two mentions. "from 2001 to 2005", "between May and July" and
  "1999-2001" give one DATE per end, as TempEval-3 annotates them; a caller that wants
  one reading per range calls join_ranges(), which makes the ends one DATE valued as
  an ISO 8601 interval ("2001/2005", written "2001–2005" by describe_value). The ends are
  read together (ranges.py): "April 24 and 25" gives April 25 too, and "from Monday
  to Friday" never ends before it starts.
- A value is as precise as the words: "September" is a month, "the 1990s" the decade
  "199" (TimeML's form; describe_value also reads "199X"), "the 19th century" "18".
- Spans keep determiners and modifiers ("last September", "the past three years",
  "early 2010") and leave out prepositions ("on Saturday" is "Saturday").
- Words without a year or week ("May 18", "Saturday") take the reading nearest the
  anchor, pulled to the earlier one in a past-tense sentence and to the later one in a
  future-tense sentence.
- Durations and sets are never DATEs: "a decade" is P10Y, "every Monday" XXXX-WXX-1;
  an age ("47 years old") and "its 10th year" are no timex at all.
"""

from factcheck.temporal.mention import DateMention
from factcheck.temporal.parse import parse_date
from factcheck.temporal.ranges import join_ranges
from factcheck.temporal.render import describe, describe_range, describe_value
from factcheck.temporal.tagger import tag

__all__ = [
    "DateMention",
    "describe",
    "describe_range",
    "describe_value",
    "join_ranges",
    "parse_date",
    "tag",
]
