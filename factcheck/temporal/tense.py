"""Sentence tense: whether a sentence talks about the past or the future.

"May 18" and "Saturday" carry no year or week; news copy resolves them by tense
("decided May 18" is the last one, "will vote May 18" the next). We look only at the
words of the mention's own sentence, and at the verb closest before the mention first,
because reported speech mixes tenses ("said Friday it will ...").
"""

import re

from factcheck.temporal.lexicon import (
    MONTHS,
    PARTICIPLES,
    PAST_FORMS,
    REPORTING_VERBS,
    WEEKDAYS,
    number_value,
)

# A tense word that points neither way (a plan told in the past perfect): tense_at
# then gives no tense, and the nearest reading stands.
EITHER = "either"

# A sentence ends at ". ", "! ", "? " (a closing quote may come between: '... for it."
# Conditions') or a line break. The class up front lets the regex engine skip at C
# speed to the few characters that may end one.
_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’']?[ \n])")

# Tense words, read token by token: a set lookup per word is several times faster
# than one large case-insensitive regular expression over the sentence.
_FUTURE_WORDS = frozenset(
    [
        "will",
        "won't",
        # "I want them back in on Monday morning": a wish is for what is to come
        "want",
        "wants",
        "shall",
        "'ll",
        "gonna",
        "planning",
        "would",
        "should",
        "might",
        "upcoming",
        "next",
        "coming",
        "tomorrow",
        "until",
        "till",
        "starting",
        "beginning",
        # Plans made in the past are for days to come: "planned a rally on Saturday".
        "planned",
        "scheduled",
        "slated",
        "expected",
        "expect",
        "expects",
        "predicting",
        "forecasting",
        "projecting",
        # The news present for schedules: "the law takes effect Oct. 1".
        "takes",
        "begins",
        "starts",
        "opens",
        "expires",
        "resumes",
        "ends",
        "closes",
        # Appointments in the news present: "appears in court Monday", "the committee
        # convenes Tuesday" (not "votes", "faces", "heads": nouns as often as verbs).
        "appears",
        "reopen",
        "reopens",
        "hears",
        "convenes",
        "testifies",
        # A birthday or an anniversary ahead: "who turns 44 on Tuesday".
        "turns",
        "arrives",
        "departs",
        "travels",
        # A payment's date is when it will be paid: "a dividend payable Dec. 7".
        "payable",
        # Forecasts: "storms are possible Sunday", "rain is likely Tuesday".
        "possible",
        "likely",
    ]
)
# What says plainly that something is still to come ("will", "is scheduled"), as news
# does; a history's future in the past ("would", "was planned") is not in it. Used by
# the history reader and by possessive days ("Sunday's election will go ahead").
PLAIN_FUTURE = (
    r"\b(?:will|shall)\b|'ll\b|\b(?:is|are)\s(?:scheduled|expected|due|set|planned)\b"
    r"|\bhas\suntil\b"
)
_BEFORE_ADJECTIVES = frozenset(
    ["a", "an", "the", "still", "very", "its", "their", "newly",
     # "to every registered voter by early summer"
     "every", "each", "all", "any", "his", "her", "our", "your", "these", "those",
     # "will present more detailed results in July": a comparison's adjective
     "more", "most", "less", "least"]
)  # fmt: skip
_PLAN_PARTICIPLES = frozenset(["planned", "scheduled", "expected", "slated"])
_POSSESSIVE_DETERMINERS = frozenset(["their", "its", "his", "her", "our", "my", "your"])
# A state told in the past lasted until a day gone by: "was in prison until May".
_STATIVE_PAST = frozenset(
    ["was", "were", "remained", "stayed", "lived", "served", "ruled", "reigned", "lasted",
     "continued", "worked", "held", "kept"]
)  # fmt: skip
# Two-word markers: "going to", "plans to", "is due", "as soon" ...
_FUTURE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in (
        "going to", "plans to", "plan to", "scheduled to", "expects to", "expect to",
        "expected to", "is to", "are to", "is due", "are due", "due to", "set to", "supposed to",
        # An intention's date is when it is to happen: "decided to admit them in March".
        "decided to", "agreed to", "promised to", "pledged to", "vowed to", "threatened to",
        "voted to",
        "pledge to", "promise to", "vow to", "bid to", "proposal to", "proposals to",
        "hopes to", "hoped to", "hope to", "hoping to", "aims to", "aimed to", "aim to",
        "wants to", "wanted to", "was to", "were to",
        # What is still needed: "Republicans need to gain 39 seats Tuesday".
        "need to", "needs to",
        "intends to", "intend to", "as soon",
        # Readiness: "lawmakers prepared to open the session Wednesday".
        "prepared to", "preparing to", "prepare to", "prepares to", "poised to", "ready to",
        # What comes before an event still to come: "ahead of a summit in November".
        "ahead of", "ahead to", "forward to",
        # What is made possible: "clearing the way for a signing ceremony on Monday".
        "way for",
        # Hopes and deadlines: "hoped for a settlement before July 4", "due by Labor Day".
        "hoped for", "hopes for", "hope for", "hoping for", "due by", "due on", "due in",
        # A date something is fixed or forecast for: "the launch is set for Thursday",
        # "thunderstorms forecast for Thursday".
        "set for", "slated for", "forecast for", "forecasts for", "predicted for",
        # A court's calendar: "a hearing has been listed for 19 June".
        "listed for", "fixed for",
        # The calendar's present ("Christmas Eve falls on Sunday") and warnings, which
        # are about what may come ("warned of a wet start to the autumn").
        "falls on", "fall on", "falls in", "fall in", "warned of", "warns of", "warn of", "warning of",
        "warning for", "warnings for", "alert for", "alerts for",
        # A run or a kick-off on the calendar: "the festival runs until 15 September".
        "runs until", "runs till", "runs through", "runs from", "run until", "run from",
        # What may run on: "such talks often run into the weekend".
        "run into", "runs into", "drag into", "drags into", "spill into", "spills into",
        "stretch into", "stretches into",
        "kicks off", "kick off", "tips off", "tip off", "gets underway", "get underway",
        # Releases in the news present: "goes on sale Tuesday", "comes out Monday".
        "goes on", "go on", "comes out", "come out", "hits stores", "hit stores",
        # "German voters go to the polls on Sunday", "the case goes to trial Monday"
        "go to", "goes to",
        "due out", "forecast to",
        # "with the requirement taking effect Jan. 1" (not "took effect")
        "taking effect",
    )
) | {("due", ""), ("runs", "")}  # fmt: skip
# ("due", ""): "due" right before the date, the "" the date stands for in a sentence's
# words ("the consumer price index for January, due Wednesday", "which runs April 17").
# Irregular past forms (lexicon.PAST_FORMS), the past's auxiliaries, and words that
# tell of the past.
_PAST_WORDS = PAST_FORMS | frozenset(
    ["was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "since"]
)
# A hyphenated word is one token: "long-delayed" is an adjective, "re-elected" a verb.
_TOKEN = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])
_COMPARED_UNITS = frozenset(["year", "years", "month", "months", "quarter", "week", "weeks"])
_COMPARING = frozenset(["from", "than", "with"])
_VERB_PREFIXES = frozenset(["re", "co", "pre", "un", "de", "mis", "over", "under", "out", "cross"])


# A period after these ends an abbreviation, not a sentence ("Sept. 14", "Mr. Smith").
_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "gen",
        "gov",
        "sen",
        "rep",
        "lt",
        "col",
        "sgt",
        "capt",
        "prof",
        "ave",
        "blvd",
        "mt",
        "ft",
    ]
)


def _abbreviation_at(text: str, dot: int) -> bool:
    """Whether the period at text[dot] closes an abbreviation or an initial."""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > 0 and begin > dot - 6 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:dot]
    return len(word) == 1 or word.lower() in _ABBREVIATIONS


def _ends_at(text: str, mark: re.Match) -> int | None:
    """Where the sentence ends at an _END mark: at its first character, unless that
    is the period of an abbreviation ("Gen. Smith"); then at a line break after it, if
    any, and nowhere else."""
    if not _abbreviation_at(text, mark.start()):
        return mark.start()
    if text[mark.end() - 1] == "\n":
        return mark.end() - 1
    return None


class Sentences:
    """Sentence boundaries of one text, looked up around a span.

    One regular expression finds the marks near the span, skipping to them at C speed;
    no index of the whole text is built, since most texts ask about only a few spans.
    """

    def __init__(self, text: str):
        self.text = text
        self._known: dict[tuple[int, int], tuple[int, int]] = {}  # the spans asked about

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end], cut at 300 characters each way."""
        if (known := self._known.get((start, end))) is not None:
            return known  # each mention's sentence is asked for by several readers
        self._known[start, end] = found = self._find(start, end)
        return found

    def _find(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        floor, ceiling = max(0, start - 300), min(len(text), end + 300)
        left = floor
        for mark in reversed([*_END.finditer(text, floor, start)]):  # the nearest first
            if _ends_at(text, mark) is not None:
                left = mark.end()
                break
        right = ceiling
        for mark in _END.finditer(text, end, ceiling):
            if (last := _ends_at(text, mark)) is not None:
                right = last + 1
                break
        return left, right


def is_heading(line: str) -> bool:
    """A short line that ends no sentence ("What happens next", "Saturday 11 February")."""
    return len(line) <= 60 and not line.endswith((".", "!", "?", '"', "”", ":"))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], cut at 300 characters each way."""
    return Sentences(text).bounds(start, end)


# Tense words further away than this say little about the date.
_REACH_WORDS = 10
# A weekday left to the nearest reading falls either way of the anchor alike, so its
# verb is looked for further back: "fell 2 1/8 to 33 1/4 after reporting a 24% drop in
# second-quarter earnings after the close Thursday".
_WEEKDAY_REACH_WORDS = 20
# "this week" written on a Sunday is as torn: the week ending today or the one to come.
_WEEKDAY_NAMES = frozenset([*WEEKDAYS, "this week"])
_AUXILIARIES = frozenset(["was", "were", "is", "are", "has", "have", "be", "been"])
_UNITS_LEFT = frozenset(
    ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "time", "laps", "games"]
)
# Who "could be reached" was sought for comment when the story was written.
_SOUGHT_FOR_COMMENT = frozenset(["reached", "located", "contacted"])


def _is_plural_noun(word: str) -> bool:
    """A rough test, enough before "that": "programs", "talks" (not "its", "was", "this")."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in _AUXILIARIES
    )


def _word_tense(words: list[str], index: int) -> str | None:
    """The tense words[index] marks, reading it with the word before it."""
    word = words[index]
    lowered = word.lower()
    if lowered not in _TENSE_MARKERS and "-" not in word and not lowered.endswith(_TENSE_ENDINGS):
        return None  # most words mark no tense; the checks below are for the few that may
    if "-" in word:
        prefix, _, word = word.rpartition("-")
        before = words[index - 1] if index else ""
        if prefix.lower() not in _VERB_PREFIXES and not (
            # "Pyongyang test-fired seven missiles", "it test-fired": a verb after its
            # subject, a name or a pronoun, in the past
            word.lower().endswith("ed") and (before.istitle() or before.lower() in _PRONOUNS)
        ):
            return None  # "the long-delayed chapters", "an EU-brokered plan": adjectives
    lowered = word.lower()
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if lowered == "next" and following == "to":
        return None  # "next to the embassy" is a place
    if lowered in ("want", "wants") and following == "to":
        return None  # "want to know whether the Fed eases before May 18": no time of its own
    if lowered == "could":
        # "could not be reached Friday" is the past, and so is "neither he nor his lawyer
        # could be reached Friday"; "could come Friday" the future.
        after = words[index + 2].lower() if index + 2 < len(words) else ""
        if (
            following == "not"
            and after == "be"
            and words[index + 3 : index + 4] in (["ruled"], ["excluded"])
        ):
            # "said a move in December could not be ruled out": what may come, judged in
            # the past (as "was unlikely"); the nearest such date.
            return EITHER
        if following == "have" and after in _DETERMINERS:
            return "future"  # "could have a framework by Thursday": "have" is the verb
        if following in ("not", "have") or (following == "be" and after in _SOUGHT_FOR_COMMENT):
            return "past"  # ("could have gone either way": what might have been)
        return "future"
    if lowered == "couldn't":
        return "past"
    if lowered == "got" and index and words[index - 1].lower().endswith(("'ve", "’ve")):
        return None  # "we've got arctic air coming down": "have", no past
    previous = words[index - 1].lower() if index else ""
    if (
        lowered in ("earlier", "ago")
        and previous in _COMPARED_UNITS
        and not _COMPARING.isdisjoint(w.lower() for w in words[max(0, index - 4) : index - 1])
    ):
        # "would cut seats in the fourth quarter from a year earlier": the period compared
        # with tells no tense of the date's
        return None
    if (
        previous in ("have", "'ve")
        and index >= 2
        and words[index - 2].lower() in ("will", "shall", "'ll", "won't")
        and (lowered.endswith("ed") or lowered in _IRREGULAR_PARTICIPLES)
    ):
        return "future"  # "will have forgotten about this by the spring": done by then
    if lowered in ("was", "were") and following in ("likely", "unlikely", "possible"):
        # "said a cut at the March meeting was unlikely": a judgement of what may come,
        # told in the past; the nearest such date.
        return EITHER
    if (
        lowered == "reports"
        and word.islower()
        and index
        and (words[index - 1][:1].isupper() or previous in ("which", "who"))
    ):
        # "Walmart reports Thursday", "Kestrel, which reports first-quarter results
        # Thursday": a company's results on the calendar (not "compliance reports by").
        return "future"
    if lowered == "left" and previous in _UNITS_LEFT:
        return None  # "three weeks left before Christmas": what remains, no past
    if lowered == "effective":
        # "a new office, effective Feb. 1": when it takes effect, mostly still to come.
        return "past" if previous in ("became", "was", "were", "been") else "future"
    if lowered == "last" and (
        previous in _BEFORE_A_VERB or following in ("through", "into", "until", "till", "beyond")
    ):
        # "will last through Sunday", "take effect tonight and last through the weekend":
        # the verb, not "last week"; the modal decides.
        return None
    if (
        lowered in ("until", "till")
        and _STATIVE_PAST.intersection(
            before := [w.lower() for w in words[max(0, index - 6) : index]]
        )
        and not _PLAN_WORDS.intersection(before)
        # not "Visitation will be held from noon until the service": "held" told ahead
        and not {"will", "'ll", "shall"}.intersection(before)
    ):
        # "who was in prison until May": a state that has ended (not "rain was expected
        # to stay away until Monday": a plan or a forecast).
        return "past"
    if lowered in ("until", "till") and _done_until_then(words, index):
        return "past"  # "counted ballots until 11 p.m. Friday": done until then
    if (
        lowered in ("until", "till")
        and following == ""
        and index + 2 < len(words)
        and words[index + 2].islower()
        and (words[index + 2].endswith("ed") or words[index + 2] in PAST_FORMS)
    ):
        # "who until Wednesday commanded the guard": the verb right after the day tells.
        return "past"
    if lowered in ("until", "till") and index <= 2 and following in _POSSESSIVE_DETERMINERS:
        # "Until his arrest in January, his firm told investors", "From 2002 until his
        # ...": opening the sentence, the day is the arrest's, whose tense "until" does
        # not tell; the verb after it does.
        return None
    if (
        lowered in _PLAN_PARTICIPLES
        and previous.endswith("ly")
        and not (index >= 2 and words[index - 2].lower() in _AUXILIARIES)
    ):
        # "the hastily planned trip" names the trip, not when it happens; "is tentatively
        # planned for September" is the plan itself.
        return None
    if lowered in ("beginning", "starting") and previous in _BEFORE_ADJECTIVES:
        return None  # "the very beginning of the year" is a noun, not "beginning Monday"
    if (
        lowered in _PLAN_PARTICIPLES
        and previous in ("a", "an")
        and index >= 2
        and (words[index - 2].lower() in PAST_FORMS or words[index - 2].endswith("ed"))
    ):
        # "began a planned burn at 2:01 a.m. Thursday": what was planned has happened (not
        # "but an expected announcement Friday could lift the index")
        return None
    if lowered in _PLAN_PARTICIPLES and previous in _POSSESSIVE_DETERMINERS:
        return None  # "overran their scheduled Friday close": the plan names the close
    if lowered in _PLAN_PARTICIPLES and previous in ("than", "as"):
        return None  # "grew faster than expected in the second quarter": a comparison
    if (lowered, previous, following) == ("early", "as", "as"):
        # "could cut rates as early as August": the soonest a thing may come (not "cast
        # ballots Tuesday as early voting opened"), unless a verb in the past right
        # before it tells ("warned as early as Monday").
        # The verb may stand a few words back: "appeared to have begun circulating as
        # early as mid-March".
        for back in range(index - 2, max(-1, index - 10), -1):
            verb = words[back].lower()
            if verb in _MODALS or verb in _FUTURE_WORDS:
                return "future"
            if verb.endswith("ed") or verb in _PAST_WORDS or verb in PARTICIPLES:
                return None
        return "future"
    if lowered.endswith("ing") and previous in _ASPECT_VERBS:
        return None  # "began planning in July": the beginning is dated, in its own tense
    if (lowered == "ahead" and words[index + 2 : index + 3] in _PACES) or (
        previous == "ahead" and words[index + 1 : index + 2] in _PACES
    ):
        return None  # "three years ahead of schedule" compares, it looks nowhere ahead
    if (
        # Not "a meeting in Ashby Falls on Monday": a name, no verb.
        ((previous, lowered) in _FUTURE_PAIRS and not _in_a_name(words, index - 1))
        # Not "Turnout appears to have topped": a raising verb, no appearance in court.
        or (lowered in _FUTURE_WORDS and (lowered, following) != ("appears", "to"))
        or lowered.endswith("'ll")
        or word == "may"
    ):
        # A plan in the past perfect may be over or still to come: "it had been due to
        # expire Friday" (and was extended), "classes had been scheduled to end June 19
        # (and will run on)". No tense: the nearest such date. The pair may end here:
        # "had originally been expected to".
        earlier = {w.lower() for w in words[max(0, index - 4) : index]}
        if previous in ("was", "were"):
            earlier.discard(previous)  # "The envoy was to travel on May 18": still ahead
        # ... and so may one told in the past ("since it was due to touch down on
        # Christmas Day", "was expected to land on Friday").
        return EITHER if earlier & _PAST_OF_A_PLAN else "future"
    if (lowered, following) in _FUTURE_PAIRS and not _in_a_name(words, index):
        # "expected" in "expected to": the pair decides, not the -ed
        earlier = {w.lower() for w in words[max(0, index - 3) : index]}
        # "the payment was due Friday": it may have passed, or not
        return EITHER if earlier & _PAST_OF_A_PLAN else "future"
    if (
        lowered in _SCHEDULE_VERBS
        and word.islower()  # "the French Open" is a name
        and previous
        # "and meets again in March": "again" tells the verb, whatever comes before it;
        # "programs that begin in June": "that" after a plural noun opens a relative
        # clause (not "that start was slow").
        and (
            previous not in _NOUN_AFTER
            or following == "again"
            or (previous == "that" and index >= 2 and _is_plural_noun(words[index - 2]))
        )
        and not previous.endswith("'s")  # "Sunday's vote": a noun after a possessive
        and not previous.endswith("ing")  # "began counting votes": a gerund's object
        and following != "of"
        # "a confidence vote": a singular noun before it, so a noun too
        and (index < 2 or words[index - 2].lower() not in ("a", "an", "another", "each"))
        # "Polls were open", "courts stayed open late on Tuesday": an adjective
        and previous not in _AUXILIARIES
        and previous not in _LINKING_VERBS
        # "The NBA halted play on Wednesday": the object of a verb in the past, a noun;
        # "the doors swung open at midnight": how they ended up, after an irregular past
        and not (previous.endswith("ed") and previous.islower())
        and previous not in PAST_FORMS
        # "faces several charges": a fixture's "faces Italy" has a team or "the" after it
        and not (
            lowered in ("face", "faces")
            and not (words[index + 1 : index + 2] or [""])[0][:1].isupper()
            and following not in ("the", "off")
            # "faces re-election in May", "faces trial in June": an event still to come
            and following not in _EVENTS_FACED
            and tuple(w.lower() for w in words[index + 1 : index + 3]) not in _EVENTS_FACED
        )
    ):
        # The news present of a fixture: "England play Tunisia on Monday", "the Senate
        # votes Tuesday"; after "the" or "his", or before "of", the same word is a noun
        # ("the votes", "Alarcon, head of the assembly").
        return "future"
    if (
        lowered in ("is", "are")
        and previous not in _IDENTITY_SUBJECTS
        and (
            following == "" or (following in ("on", "at") and words[index + 2 : index + 3] == [""])
        )
    ):
        # "Election Day is Tuesday", "The match is on Monday", "First pitch is at 7:35
        # p.m.": a schedule's present (not "today is the eighth day", which says what
        # today is, nor "May 18 is a date").
        return "future"
    if lowered in _AUXILIARIES and following in _FUTURE_WORDS:
        return "future"  # "were planning": a plan, whatever the auxiliary's own tense
    # After "be" or "is" a participle is passive ("should be completed in October",
    # "when the case is heard in May"), not a past tense; after "was" it stays past.
    # An adverb may stand between: "to be fully tested by June 30".
    auxiliary = words[index - 2].lower() if previous.endswith("ly") and index >= 2 else previous
    passive = auxiliary in ("be", "being", "is", "are", "remain", "remains", "stay", "stays") or (
        auxiliary.endswith(("'re", "’re"))  # "They're booked on a flight Friday"
    )
    if (
        lowered.endswith("ed") or lowered in _PAST_WORDS or lowered in _PAST_OR_SAID
    ) and _is_to_be_done(words, index):
        return "future"  # "a special section to be published Wednesday"
    if lowered in _PAST_WORDS and not (passive and lowered not in _AUXILIARIES):
        if lowered in PAST_FORMS and _after_if(words, index):
            # "would be surprised if we got through the weekend": a condition told in
            # the past, as with "failed" below; the nearest such date.
            return EITHER
        return "past"
    if lowered in _IRREGULAR_PARTICIPLES and (
        previous in ("has", "have") or previous.endswith("'ve")
    ):
        return "past"  # "have risen from $12 in October"
    if lowered in _PAST_OR_SAID and previous == "" and word.islower():
        # Right after the mention, its subject before it: "Valtrex on Wednesday forecast
        # first-quarter revenue", "Police on Friday hit back".
        return "past"
    if (
        lowered in _PAST_OR_PRESENT
        and previous
        and previous not in _NO_SUBJECT_BEFORE
        and not passive  # "schools will stay shut through Friday"
    ):
        # "A tornado hit the town Friday": after its subject, the past; "will hit" and
        # "to hit" leave it to the word before. After "if" it is the present of a
        # condition still to come: "If they shut down my entrance in May".
        if _after_if(words, index):
            return "future"
        return "past"
    if lowered == "followed" and following == "by" and previous not in _AUXILIARIES:
        return None  # "a game tonight, followed by a matinee Sunday": what comes next
    if (
        len(word) > 3
        and word.endswith("ed")
        and word.islower()
        and not passive
        and not _is_adjective(words, index, previous)
        and lowered not in _ED_NOT_PAST
        and (not lowered.endswith("eed") or lowered in _PAST_EED)
        # "November and December combined is expected to": a participle before the verb
        and following not in _FINITE_AFTER_A_PARTICIPLE
    ):
        if _after_with_and_its_noun(words, index):
            # "results at 9 a.m. on Thursday, with figures for the rest released between
            # Friday and Oct 16": a participle after "with" and its noun, no finite verb.
            return None
        if _after_if(words, index):
            # "how claims would be handled if the system failed in January": a condition
            # told in the past may still lie ahead; the nearest such date.
            return EITHER
        return "past"
    return None


def _after_if(words: list[str], index: int) -> bool:
    """Whether words[index] is the verb of a condition: "if" or "unless" stands just
    before it ("if the system failed", "if we got through")."""
    return not {"if", "unless"}.isdisjoint(w.lower() for w in words[max(0, index - 5) : index])


def _after_with_and_its_noun(words: list[str], index: int) -> bool:
    """Whether words[index] follows "with" and a noun phrase ("with figures for the rest
    released"), not a verb of its own clause ("met with officials and signed")."""
    before = [w.lower() for w in words[max(0, index - 7) : index]]
    # The last "with" but one right before the word ("with injured workers" is an
    # adjective's, _is_adjective's to tell).
    for back in range(len(before) - 2, -1, -1):
        if before[back] == "with":
            return not _COORDINATORS_OF_VERBS.intersection(before[back + 1 :])
    return False


_COORDINATORS_OF_VERBS = frozenset(["and", "or", "but", "then", "who", "which", "that"])
_FINITE_AFTER_A_PARTICIPLE = frozenset(
    ["is", "are", "will", "would", "can", "could", "should", "may", "might", "must"]
)


def _in_a_name(words: list[str], index: int) -> bool:
    """Whether words[index] is capitalized after a capitalized word: part of a name
    ("Ashby Falls"), not a verb."""
    return index > 0 and words[index][:1].isupper() and words[index - 1][:1].isupper()


def _is_to_be_done(words: list[str], index: int) -> bool:
    """Whether words[index] is the participle of "to be done", what is still to be done
    ("a section to be published Wednesday", "has to be completed by Friday"), not of
    what had to be ("the match had to be abandoned on Saturday")."""
    back = index - 1
    if back >= 0 and words[back].lower().endswith("ly"):
        back -= 1  # "to be fully tested by June 30"
    if back < 1 or words[back].lower() != "be" or words[back - 1].lower() != "to":
        return False
    return back < 2 or words[back - 2].lower() not in _OBLIGED_IN_THE_PAST


_OBLIGED_IN_THE_PAST = frozenset(["had", "was", "were", "needed", "used"])


def _is_adjective(words: list[str], index: int, previous: str) -> bool:
    """Whether the "-ed" word at words[index] describes a noun: after an article ("on a
    still unspecified date in January"), or after a verb a modal governs ("will present
    updated schedules Monday"). (A capitalised one is a name: "United States".)"""
    return (
        previous in _BEFORE_ADJECTIVES
        or previous in _PREPOSITIONS_BEFORE_ADJECTIVES
        # "will keep schools closed through June", "kept the markets closed": what the
        # object is kept, no past tense
        or not _LINKING_VERBS.isdisjoint(w.lower() for w in words[max(0, index - 3) : index - 1])
        or (
            index >= 2
            and words[index - 2].lower() in _MODALS
            and previous not in _AUXILIARIES
            and previous not in _NOT_A_VERB_AFTER_A_MODAL
        )
        # "plans to release updated figures in the fall": after an infinitive's verb and
        # before a noun (not "the plan to expand stalled in May", a verb of its own)
        or (
            index >= 2
            and words[index - 2].lower() == "to"
            and previous.isalpha()
            and previous.islower()
            and previous not in _AUXILIARIES
            and previous not in _NOT_A_VERB_AFTER_A_MODAL
            and index + 1 < len(words)
            and words[index + 1].isalpha()
            and words[index + 1].islower()
            and words[index + 1] not in _NO_NOUN_AFTER_AN_ADJECTIVE
        )
    )


# Words that cannot follow an "-ed" adjective as its noun: "stalled in May", "ended
# the talks".
_NO_NOUN_AFTER_AN_ADJECTIVE = frozenset(
    ["in", "on", "at", "by", "for", "from", "to", "with", "of", "and", "or", "but", "that",
     "the", "a", "an", "this", "as", "after", "before", "until", "since", "into",
     "over", "during", "its", "their", "his", "her", "it", "them", "him", "up", "out",
     "off", "down", "back", "last", "next", "early", "late", "when", "while", "than"]
)  # fmt: skip


_MODALS = frozenset(["will", "would", "could", "can", "should", "must", "might", "'ll"])
# Words that may stand between a modal and a verb: "will not", "would also", "to be".
_NOT_A_VERB_AFTER_A_MODAL = frozenset(["not", "also", "still", "then", "have", "be", "get"])


def _done_until_then(words: list[str], index: int) -> bool:
    """Whether the verb before "until" at words[index] is a past tense of something
    done, not of fixing or planning a day ("counted ballots until 11 p.m. Friday"; not
    "postponed the vote until Friday", "was expected to stay until Monday")."""
    for back in range(index - 1, max(-1, index - 6), -1):
        word = words[back].lower()
        if word in _FIXING_A_DAY or word in _PLAN_PARTICIPLES or word in _DIRECTING:
            return False
        if word in _HELD_UNTIL or word == "to":
            # "kept the markets closed until Friday", "gave them until May", "wanted the
            # village to wait until June"
            return False
        if (
            word.endswith("ed")
            and back
            and words[back - 1].lower() in _NOUN_AFTER
            and words[back - 1].lower() not in _COORDINATORS
        ):
            continue  # "all affected vehicles": an adjective (not "and followed it")
        if tense := _word_tense(words, back):
            return tense == "past" and word not in _AUXILIARIES
    return False


# A state kept or a time granted until a day, which may still be to come.
_HELD_UNTIL = frozenset(
    ["closed", "shut", "suspended", "banned", "jailed", "detained", "held", "kept", "locked",
     "grounded", "halted", "frozen", "barred", "closing", "gave", "given", "granted"]
)  # fmt: skip


# After these an "-ed" word describes a noun: "behind closed doors on Monday".
# A word in "-ed" after a preposition is no finite verb: "rice to displaced people from
# Wednesday", "aid for flooded towns", "about 300 injured workers" (its number unread).
_PREPOSITIONS_BEFORE_ADJECTIVES = frozenset(
    ["behind", "with", "without", "amid", "to", "of", "for", "about", "among", "into"]
)
# Words ending in "-ed" that are no past tense: "will succeed Mr. Davison Feb. 1",
# "two hundred people"; of the "-eed" words only these are.
_ED_NOT_PAST = frozenset(
    ["hundred", "sacred", "naked", "wicked", "rugged", "crooked", "kindred", "beloved", "shed"]
)
_PAST_EED = frozenset(["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed"])
_EVENTS_FACED = frozenset(
    ["re-election", "reelection", "trial", "retrial", "sentencing", "extradition",
     ("a", "vote"), ("a", "hearing"), ("a", "trial"), ("a", "ballot"), ("a", "deadline"),
     ("a", "runoff"), ("a", "run-off"), ("an", "election"), ("a", "by-election"),
     ("a", "referendum"), ("a", "recall")]
)  # fmt: skip
_SCHEDULE_VERBS = frozenset(
    ["meet", "meets", "play", "plays", "face", "faces", "host", "hosts", "visit", "visits",
     "gather", "gathers", "vote", "votes", "return", "returns", "head", "heads", "airs",
     "premieres", "debuts", "begin", "start", "resume", "open", "close", "leaves"]
)  # fmt: skip
# Words after which the next word is a noun, not a verb: "the votes", "a good start",
# "in April", "two hits".
_NOUN_AFTER = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
     "these", "those", "of", "in", "on", "for", "to", "by", "with", "and", "or", "no",
     "first", "last", "next", "two", "three", "many", "more", "some", "all", "whose",
     "good", "strong", "slow", "fresh", "bad", "early", "late", "quick", "fast", "rough",
     "solid", "false", "poor", "flying", "official", "formal", "grand", "soft", "hard",
     "each", "every", "per", "any", "another"]
)  # fmt: skip
# Verbs that fix something for a day, or put it off to one ("called a strike for
# Tuesday", "extended the alert through Wednesday").
_FIXING_A_DAY = frozenset(
    ["called", "calls", "call", "set", "sets", "scheduled", "rescheduled", "fixed", "moved",
     "canceled", "cancelled", "cancels", "forecast", "forecasts", "predicted", "predicts",
     "outlook", "outlooks",
     "postponed", "delayed", "pushed", "brought", "slated", "booked", "summoned", "convened",
     "extended", "extends", "extend", "prolonged", "adjourned", "deferred", "recessed",
     "suspended", "moves", "move", "shifts", "shift", "shifted", "pushes"]
)  # fmt: skip
# "has been moved from Friday", "was moved up from mid-October"
_MOVED = frozenset(["moved", "switched", "shifted"])
# What joins the thing fixed to its day.
_FIXED_FOR = frozenset(["for", "through", "until", "till", "to", "into"])
# Verbs that direct someone to do something ("urged them to return by Friday").
_DIRECTING = frozenset(
    ["urged", "asked", "ordered", "told", "instructed", "directed", "invited", "pressed",
     "encouraged", "called", "advised", "requested", "challenged"]
)  # fmt: skip
# What was voted, decided or promised is to be done, its infinitive close by: "voted
# 6-3 late Tuesday to close four schools in June" (not "voted for an Arab force to
# protect Saudi Arabia, with its vanguard arriving Tuesday").
_DECIDING = frozenset(["voted", "decided", "promised", "pledged", "vowed"])
# "to" before a verb, not before a place or a noun ("to Washington", "to the table").
_INFINITIVE = re.compile(
    r"\bto\s(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\b"
)


def _directs_to_do(words: list[str], index: int, end: int) -> bool:
    """Whether the past-tense word at `index` is, or closely follows, a verb that directs
    or decides something ("urged", "voted") whose infinitive comes right after it and
    before the mention (words[end] is the mention's place)."""
    if words[index].lower() in _DIRECTING:
        if [word.lower() for word in words[max(0, index - 2) : index]] == ["had", "been"]:
            # "had been ordered to leave their homes Sunday, when the track became
            # clear": told in the past perfect, the order was carried out before now.
            return False
        return _INFINITIVE.search(" ".join(words[index + 1 : end])) is not None
    if words[index].lower() in _PROMISING:
        # "the mayor promised a full public accounting in the fall": what was promised is
        # still to come ("promised on Monday", "pledged voters in June" date the promise).
        # "promised at a summit in January" dates the promise by its occasion.
        between = [word.lower() for word in words[index + 1 : end]]
        return (
            len(between) >= 3
            and not _ARTICLES.isdisjoint(between)
            and between[0] not in _OCCASION_BEFORE
        )
    for verb in range(max(0, index - 3), index + 1):
        if words[verb].lower() in _DECIDING:
            return _INFINITIVE.search(" ".join(words[verb + 1 : min(end, verb + 6)])) is not None
    return False


_PROMISING = frozenset(["promised", "pledged", "vowed", "guaranteed"])
_OCCASION_BEFORE = frozenset(["at", "on", "in", "during", "while", "when"])
_ARTICLES = frozenset(["a", "an", "the"])
_DECLARING = frozenset(["declared", "declares", "proclaimed", "designated", "named"])
_DECLARED_AFTER = re.compile(
    r"\s(?:has|have|had|will)\sbeen\s(?:declared|designated|named|proclaimed|made)\s(?:as\s)?an?\s"
)
_FIXING_OR_DECLARING = _FIXING_A_DAY | _DECLARING
_AS_THE_DAY = re.compile(
    r"\sas\s(?:(?:the\s|its\s|their\s|a\s)?(?:[\w-]+\s){0,2}?(?:date|day|deadline)\b"
    # "declared Saturday as Idul Fitri": a holiday's name
    r"|[A-Z])"
)
_A_DAY_OF = re.compile(r"\s(?:as\s)?an?\s(?:national\s|public\s|special\s)?(?:day|holiday)\b")
# Verbs of saying and forecasting spelled alike in the past and the present.
_SAID_LIKE = frozenset(["forecast", "broadcast", "read", "bid", "cast", "set", "put"])
# Past forms spelled like the present; read as past only right after a subject.
_PAST_OR_PRESENT = frozenset(["hit", "quit", "beat", "cut", "cost", "shut", "hurt"])
# "Saturday's match has been called off", "the home opener on Thursday was postponed".
_CALLED_OFF_AFTER = re.compile(
    r"(?:['’]s)?(?:\s(?!(?:and|but|or|after|before|when|until|since|that|which|who)\b)[\w'’-]+){0,6}?"
    r"\s(?:has|have|had|was|were|is|are)\s(?:been\s)?(?:\w+ly\s)?"
    r"(?:postponed|called\soff|cancell?ed|scrapped|abandoned|put\soff|rescheduled|moved)\b"
)
# Words of a plan or a forecast: "was expected to", "was due to", "were set to".
_PAST_OF_A_PLAN = frozenset(["had", "was", "were"])
_PLAN_WORDS = _PLAN_PARTICIPLES | frozenset(["due", "set", "going", "supposed"])
# Verbs of beginning and ending whose gerund is what they begin or end.
_ASPECT_VERBS = frozenset(
    ["began", "begun", "begin", "begins", "started", "start", "starts", "stopped", "stop",
     "stops", "finished", "finish", "finishes", "resumed", "resume", "resumes", "continued",
     "kept", "quit", "ended"]
)  # fmt: skip
# "to begin on", "to meet Friday": a headline's future.
_HEADLINE_TO = re.compile(
    r"\bto\s[a-z]+(?:\s(?:[a-z-]+\s){0,3}?(?:on|in|at|by|from|until|for))?\s$"
)
# A past participle not ending in -ed (those read as the past already) opening an aside,
# no clause of a time to come between it and the date.
_PARTICIPLE_ASIDE = re.compile(
    r",\s(?:"
    + "|".join(sorted(PARTICIPLES - {"been", "come", "run", "said"}))
    + r")\s(?![^,;]*\b(?:will|would|shall|to|that|which|who|when|until)\b)[^,;]*$"
)
_OTHER_CLAUSE_OPENERS = frozenset(
    ["since", "after", "because", "although", "though", "unless", "once", "to", "than"]
)
_NOUN_PHRASE_OPENERS = (
    _ARTICLES | _POSSESSIVE_DETERMINERS | frozenset(["this", "that", "these", "those"])
)
_DEADLINE_SETTERS = frozenset(
    ["must", "wants", "want", "hopes", "hope", "expects", "expect", "aims", "needs", "need",
     "plans", "intends"]
)  # fmt: skip
_DEADLINE_SET_IN_THE_PAST = frozenset(["needed", "wanted", "intended"])
_PART_OF_A_PERIOD_BEFORE = (
    ["the", "end", "of"],
    ["the", "start", "of"],
    ["the", "beginning", "of"],
)
# Verbs an adjective follows as it follows "be": "stayed open", "remained closed".
_LINKING_VERBS = frozenset(
    ["stay", "stays", "stayed", "remain", "remains", "remained", "keep", "keeps", "kept"]
)
# What "ahead of" measures a pace against: "ahead of schedule" is no date to come.
_PACES = (["schedule"], ["time"], ["plan"], ["forecasts"], ["expectations"], ["target"])
_PAST_OR_SAID = _PAST_OR_PRESENT | _SAID_LIKE
# Every word _word_tense may read a tense from, and the endings it reads one from: any
# other word is passed over at the cost of one set lookup.
# Participles that are no -ed words: after "has" or "have", the present perfect tells of
# what has happened ("They have risen from $12 in October"); "has been" may still be a
# plan ("has been scheduled for October").
_IRREGULAR_PARTICIPLES = PARTICIPLES - {"been"}
_TENSE_MARKERS = frozenset(
    [
        *_FUTURE_WORDS, *_PAST_WORDS, *_AUXILIARIES, *_SCHEDULE_VERBS, *_PAST_OR_PRESENT,
        *_IRREGULAR_PARTICIPLES,
        *_SAID_LIKE, *(word for pair in _FUTURE_PAIRS for word in pair), "reports",
        "could", "couldn't", "until", "till", "effective", "may", "is", "are", "early",
    ]
)  # fmt: skip
_TENSE_ENDINGS = ("ed", "'ll")
# Words after which "last" is the verb ("could last into Wednesday").
_BEFORE_A_VERB = frozenset(
    ["will", "would", "could", "can", "may", "might", "should", "must", "to", "'ll", "won't",
     "do", "does", "did", "not", "never", "don't", "doesn't", "didn't"]
)  # fmt: skip
# What stands before a verb that is no subject of it: "will hit", "the hit".
# After a superlative the word is a noun: "the biggest hit of the summer".
_SUPERLATIVES = frozenset(
    ["biggest", "largest", "greatest", "highest", "lowest", "best", "worst", "smallest",
     "strongest", "longest", "latest", "deadliest", "heaviest", "sharpest", "steepest"]
)  # fmt: skip
_NO_SUBJECT_BEFORE = _BEFORE_A_VERB | _NOUN_AFTER | _SUPERLATIVES
_COORDINATORS = frozenset(["and", "but", "or"])
# A figure compared with, then "in", "at" or "for" its date: "down from more than 4% in",
# "to 3.1% from 4.0% in May", "from £355m at 31 December", "compared with a 3.8 percent
# pace in", "compared with 3.2% in the year through February".
_FIGURE_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down)\sfrom|compared\s(?:with|to)|from)\s"
    r"(?:(?:more\sthan|less\sthan|about|around|roughly|nearly|almost|just|over|under|a|an)\s)*"
    r"[$€£¥]?\d[\d.,]*\s?(?:%|percent|million|billion|trillion|bn|m|k|cents?|pence|p|points?)?"
    r"(?:\s(?:a\s(?:month|year|week|day|share)|pace|rate|gain|rise|increase|drop|decline))?"
    r"\s(?:in|at|for)\s"
    r"(?:the\s(?:year|12\smonths|three\smonths|month|quarter)\s(?:through|to|ended|ending)\s)?$"
)


def follows_a_figure_compared(text: str, start: int, left: int = 0) -> bool:
    """Whether the date at text[start] is the date of a figure something is compared with
    (`left`: where its sentence starts): a figure already seen."""
    before = text[max(left, start - 80) : start]
    # Most dates have none of the words: the substring checks spare them the regex.
    return ("from " in before or "compared " in before) and (
        _FIGURE_COMPARED_BEFORE.search(before) is not None
    )


# "until", and a clock time the day's mention may follow ("until 11 a.m. Sunday").
_UNTIL_AT_END = re.compile(r"\buntil(?:\s(?:\d+|a|p|m|am|pm|noon|midnight))*$")
_NEGATED_PAST = re.compile(
    r"\b(?:did|was|were|had|could)\snot\b|\b(?:didn't|wasn't|weren't|hadn't|couldn't)\b"
)
# The rest of a clause opened by "Until Thursday,": told in the past perfect or the
# negated past, it is over by then.
_PAST_AFTER_UNTIL = re.compile(
    r"(?:\s\w+){0,3},?(?:\s[\w'’]+){1,4}?\s(?:had|(?:did|was|were|could)\snot|"
    r"(?:didn|wasn|weren|couldn)['’]t)\b"
)
# What is done to someone on a day set for it, told in the present: "is sentenced Nov. 17".
_SCHEDULED_PASSIVES = frozenset(
    ["sentenced", "arraigned", "tried", "inaugurated", "sworn", "launched", "held", "released",
     "published", "unveiled", "buried", "married", "crowned", "executed"]
)  # fmt: skip
# What goes on, in the present, up to a day still to come.
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s(?:\w+ly\s)?(?:\w+ed|\w+en|cut|put|set|shut|kept|held)\b"
)
_GOING_ON = frozenset(
    ["run", "runs", "continue", "continues", "last", "lasts", "remain", "remains", "stay",
     "stays", "go", "goes"]
)  # fmt: skip


def _goes_on(lowered_words: list[str]) -> bool:
    """Whether a verb of going on stands among the words (the last one left out): "run",
    "lasts", but not the "last" of "ahead of last year through March"."""
    return any(
        word in _GOING_ON and not (word == "last" and lowered_words[index + 1] in _COMPARED_UNITS)
        for index, word in enumerate(lowered_words[:-1])
    )


# A day a clause goes on to say what is scheduled for: "Friday, when the government
# releases February retail sales".
_WHEN_SCHEDULED_AFTER = re.compile(
    r",\s(?:when|as)\s(?:[\w.'’-]+\s){0,4}?(?:releases|reports|publishes|issues|meets|votes|"
    r"opens|begins|starts|holds|will|(?:is|are)\s(?:due|scheduled|expected|set))\b"
)
_CLOSING_PRICE_BEFORE = re.compile(r"\b(?i:closing\s(?:price|level|value))\s(?:on\s)?$")
# A change told after a comma or "is" (not "was moved up from early Friday", a verb's).
_UP_OR_DOWN_FROM = re.compile(
    r"(?:,\s|\b(?i:is|was|are|were)\s)(?i:up|down)\sfrom\s(?:[^\s;:!?]+\s){0,8}$"
)
_CLOCK_BEFORE = re.compile(r"(?:\d\s?(?i:[ap]\.?m\.?|noon)|\b(?i:noon|midnight))\s$")
# The names of the weekdays and months, spelled out, capitalised.
_NAMES = "|".join(
    max((name for name, number in names.items() if number == wanted), key=len).capitalize()
    for names in (WEEKDAYS, MONTHS)
    for wanted in sorted(set(names.values()))
)
# "scheduled for Tuesday and Wednesday", "semi-finals are on Thursday and the men's final
# on Sunday": the second day in the first's tense.
_FIRST_OF_PAIR = re.compile(rf"\b({_NAMES})\s(?:and|or)\s(?:the\s(?:[\w'’-]+\s){{1,3}}on\s)?$")
# A month of a futures market is one still to come: "crude for September delivery".
_MARKET_MONTHS = frozenset(["delivery", "deliveries", "contract", "contracts", "futures"])
# What such a market trades: "Crude oil for April fell", "Heating oil for May".
_COMMODITIES = frozenset(
    ["crude", "oil", "gold", "silver", "copper", "platinum", "palladium", "aluminum",
     "nickel", "zinc", "wheat", "corn", "soybeans", "oats", "coffee", "cocoa", "sugar",
     "cotton", "gasoline", "gas", "cattle", "hogs", "lumber"]
)  # fmt: skip
# A month's contract named by its goods: "November soybeans settled up 12 cents" (not
# "the May oil spill").
_MARKET_WORDS_AFTER = _MARKET_MONTHS | (_COMMODITIES - {"oil", "gas", "gasoline"})
# A date a record was set on is past: "its Aug. 6 record", "a record high set on Aug. 6".
_PEAKS = frozenset(["record", "peak", "high", "low", "top", "bottom", "highs", "lows"])
_OWNERS = (["its"], ["their"], ["the"], ["a"], ["his"], ["her"])
_SET_A_PEAK = (["set"], ["reached"], ["hit"], ["touched"], ["posted"])
_IDENTITY_SUBJECTS = frozenset(["today", "it", "this", "that", "there", "which", "what"])
_RELATIVE_PRONOUNS = frozenset(["that", "which", "who"])
# A comma, semicolon, bracket or closing quote ("''" too). The class up front lets the
# regex engine skip at C speed to the characters that may break a clause.
_OPENS_A_CLAUSE = re.compile(
    r"(?:,\s(?:and|but)|;)\s(?:(?:on|in|at|by|from|until|since|early|late)\s)?(?:the\s)?$"
)
_CLAUSE_BREAK = re.compile(r"[,;(\u201d'](?:(?<=')'|(?<=[,;(\u201d]))")
_QUOTE_END = re.compile(r"[,.!?](?:[\"\u201d]|'')")


def _words(text: str, start: int, stop: int) -> list[str]:
    # A typographic apostrophe reads as a plain one: "won’t" is not "won".
    return _TOKEN.findall(text[start:stop].replace("’", "'"))


def _opens_clause(words: list[str]) -> bool:
    """Whether a word after these opens its clause ("Until Thursday, ...", "but until")."""
    return not words or words[-1].lower() in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(["and", "but", "that", "because", "so", "yet", "though"])


# The words of a forecast's noun phrase, no verb among them ("The chances of a deal
# collapsed Monday" is no forecast).
_CHANCE_OF = re.compile(
    r"(?i)\bchances?\sof\s(?:(?!\w+ed\b|was\b|were\b|is\b|fell\b|rose\b)[\w-]+\s?){1,5}$"
)


_CALLED_FOR = re.compile(
    r"(?i)\bcall(?:ed|s|ing)?\sfor\s(?:[\w-]+\s){0,4}(?:rally|rallies|protests?|strikes?|"
    r"sit-ins?|demonstrations?|marches|march|boycotts?|votes?|elections?|meetings?|talks|"
    r"referendum|ceasefire|truce)(?:\s(?:[\w-]+\s){0,4}(?:on|at|for))?$"
)


def _in_past_perfect(lowered_words: list[str], verbs: frozenset[str]) -> bool:
    """Whether the last of `verbs` among the words is told in the past perfect: "had
    set", "had been scheduled"."""
    for index in range(len(lowered_words) - 1, -1, -1):
        if lowered_words[index] in verbs:
            # (an adverb may stand between: "had originally been scheduled")
            return "had" in lowered_words[max(0, index - 3) : index]
    return False


def _phrase_tense(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    before: list[str],
    sentences: Sentences | None,
) -> str | None:
    """The tense a phrase around the mention gives it, whatever the nearest verb says: a
    day something is fixed for, declared or paired with, a futures month, a record's
    date, "between now and", a negated past before "until".

    `before` holds the words of the mention's sentence before it; `bounds` are the
    sentence's."""
    left, right = bounds
    # The last eleven words, lower-cased once: the phrases below look at most that far.
    lowered_words = [word.lower() for word in before[-11:]]
    lowered_before = lowered_words[-6:]
    last = lowered_words[-1] if lowered_words else ""
    said_before = " ".join(lowered_before)
    if (until := _UNTIL_AT_END.search(said_before)) and (
        # "did not report it to the WHO until February": ten words back
        _NEGATED_PAST.search(" ".join(lowered_words))
        or (
            _opens_clause(before[: len(before) - len(until.group().split())])
            and _PAST_AFTER_UNTIL.match(text, end, right)
        )
    ):
        # "runways did not reopen until 11 a.m. Sunday", "Until Thursday, they had not
        # called him a suspect": it happened then.
        return "past"
    if follows_a_figure_compared(text, start, left):
        # "growth will come in around 2.5%, down from more than 4% in the fourth
        # quarter": the figure compared with is one already seen.
        return "past"
    if last == "to" and lowered_words[-2:-1] in (["retroactive"], ["retroactively"], ["backdated"]):
        return "past"  # "will be retroactive to Jan. 1": reaching back to a day gone by
    if last == "from" and _MOVED.intersection(lowered_words[-3:-1]):
        # "has been moved from Friday to Saturday": the day it was set for, over or not.
        return EITHER
    if last in _FIXED_FOR and _FIXING_A_DAY.intersection(lowered_words[-10:-1]):
        # "called a general strike for Tuesday", "extended the heat alert through
        # Wednesday": the day something was fixed for or put off to is still to come;
        # fixed in the past perfect, it may be over ("the vote had been set for April
        # 22 but was postponed") or not ("a meeting that had been scheduled for Tuesday").
        return EITHER if _in_past_perfect(lowered_words, _FIXING_A_DAY) else "future"
    if last in ("a", "an") and len(lowered_words) >= 2 and lowered_words[-2] in _FIXING_A_DAY:
        return "future"  # "set a Sept. 10 trial date", "called a Tuesday meeting"
    if last in ("through", "until", "till") and _goes_on(lowered_words[-6:]):
        return "future"  # "sessions run twice a day through Saturday": still going on
    if last in ("through", "until", "till") and _PRESENT_PERFECT.search(
        " ".join(lowered_words[-8:-1])
    ):
        # "customers have cut their production schedules through December", "has closed
        # schools through Friday": a state set up now, lasting to a day still to come (one
        # gone by would be told in the past perfect).
        return "future"
    tail = lowered_words[-3:-1] if last == "on" else lowered_words[-2:]
    if len(tail) == 2 and tail[0] in ("is", "are") and tail[1] in _SCHEDULED_PASSIVES:
        return "future"  # "faces up to 10 years when he is sentenced Nov. 17"
    # "by the end of January": the deadline's word stands before the part of the month.
    deadline = (
        lowered_words[-4]
        if len(lowered_words) >= 4 and lowered_words[-3:] in _PART_OF_A_PERIOD_BEFORE
        else last
    )
    if deadline == "by" and _DEADLINE_SETTERS.intersection(lowered_words[-8:]):
        # "must report to the county jail by 9 a.m. Friday", "wants the case in the
        # jury's hands by Memorial Day": a deadline still to come.
        return "future"
    if deadline in ("by", "before") and _DEADLINE_SET_IN_THE_PAST.intersection(lowered_words):
        # "said councils needed a settlement before Christmas": a deadline told in the
        # past may still lie ahead; the nearest such date.
        return EITHER
    if _WHEN_SCHEDULED_AFTER.match(text, end, right):
        return "future"  # "attention shifts to Friday, when the government releases sales"
    # (a substring test first: the patterns try every position of the words)
    if "hance" in (said := " ".join(before[-8:])).lower() and _CHANCE_OF.search(said):
        # "with a chance of more freezing rain Sunday": a forecast, still to come; one
        # told in the past perfect ("had given only a 40 percent chance of good weather
        # Wednesday afternoon") may be of a day gone by.
        return EITHER if "had" in lowered_words else "future"
    if "all" in (said := " ".join(before[-10:])).lower() and _CALLED_FOR.search(said):
        # "called for mass protests on Friday", "called for another rally at 5 p.m.
        # Tuesday": what was called for is still to come.
        return "future"
    if (before and before[-1].lower() in _DECLARING and _A_DAY_OF.match(text, end)) or (
        _DECLARED_AFTER.match(text, end)
    ):
        # "declared Friday a day of prayer", "Wednesday has been declared a holiday".
        return "future"
    if (other := _FIRST_OF_PAIR.search(text, max(left, start - 48), start)) is not None:
        # "scheduled for Tuesday and Wednesday": the second day is read as the first.
        return tense_at(text, other.start(1), other.end(1), sentences)
    following = [word.lower() for word in _words(text, end, min(right, end + 24))[:2]]
    if (
        (
            (following and following[0] in _MARKET_WORDS_AFTER)
            # "the March bond futures contract": the goods between, a noun
            or (
                following[1:] and following[1] in _MARKET_MONTHS and following[0] not in _NOT_A_NOUN
            )
        )
        or (
            lowered_before[-1:] == ["for"]
            and (
                _MARKET_MONTHS.intersection(lowered_before[-4:])
                or (lowered_before[-2:-1] and lowered_before[-2] in _COMMODITIES)
            )
        )
    ):
        # "crude for September delivery", "the October contract", "the contract for
        # September", "Crude oil for April fell"
        return "future"
    if (following and following[0] in _PEAKS and lowered_before[-1:] in _OWNERS) or (
        lowered_before[-2:-1] in _SET_A_PEAK and _PEAKS.intersection(lowered_before)
    ):
        return "past"  # "its Aug. 6 record", "its record high set on Aug. 6"
    if lowered_before[-2:] in (["now", "and"], ["now", "until"], ["now", "to"]):
        return "future"  # "between now and Nov. 30", "from now until March"
    return None


def _is_participle_of_a_deadline(words: list[str], index: int) -> bool:
    """Whether words[index], before "by" and the mention, is a participle that
    names a thing ("ballots received by Friday"), not a verb in the past ("the bill was
    passed by Friday", "they finished by Friday")."""
    word = words[index].lower()
    return (
        word.endswith("ed")
        and index > 0
        and words[index - 1].lower() not in _SUBJECT_OR_AUXILIARY
        and not words[index - 1][:1].isupper()
    )


_SUBJECT_OR_AUXILIARY = _AUXILIARIES | frozenset(
    ["had", "he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]
)


_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "a", "an", "this", "next"])


def is_called_off(text: str, end: int, stop: int | None = None) -> bool:
    """Whether the clause after the date ending at text[end] (up to `stop`) tells that its
    event was called off or moved."""
    return _CALLED_OFF_AFTER.match(text, end, len(text) if stop is None else stop) is not None


def noun_follows(text: str, end: int) -> bool:
    """Whether a lower-case noun follows the date ending at text[end], one it names or
    describes: "the Nov. 29 election", "the 11 September attacks" (not "on the 11
    September and")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following[1] not in _NOT_A_NOUN


_NEXT_WORD = re.compile(r"\s([a-z]+)\b")
_NOT_A_NOUN = frozenset(
    ["and", "or", "but", "to", "in", "at", "on", "for", "with", "when", "while", "after",
     "before", "as", "by", "from", "of", "until", "till", "the", "a", "an", "that", "which",
     "who", "he", "she", "it", "they", "we", "i", "you", "was", "were", "is", "are", "had",
     "has", "have", "will", "would", "could", "should", "last", "next", "this", "there",
     "then", "so", "if", "because", "than", "since", "during", "into", "about"]
)  # fmt: skip
_CALLING_OFF = frozenset(
    ["canceled", "cancelled", "cancels", "cancel", "postponed", "postpones", "postpone",
     "scrapped", "scraps", "scrap", "suspended", "rescheduled"]
)  # fmt: skip
_REPORTING = frozenset(REPORTING_VERBS.split("|"))
# What may stand before a day that is the subject of its clause.
_BEFORE_A_SUBJECT = frozenset(["that", "said", "says", "predicted", "predicts", "expects"])
_FUTURE_MODALS = frozenset(["will", "would", "could", "should", "might", "may", "'ll"])
_PRESENT_OF_A_FORECAST = frozenset(["is", "looks", "seems", "remains"])
_LOOKS_AHEAD = frozenset(["looks", "seems"])
# Who tells a forecast: those a subject may follow, and "warned" (not "that").
_SAID_OF_A_FORECAST = (_BEFORE_A_SUBJECT - {"that"}) | {"warned"}


def _modal_after_subject(after: list[str]) -> bool:
    """Whether the words after a day open with a modal it is the subject of ("would be"),
    maybe after a second day joined to it ("and Sunday would"); in lower case, as "May"
    the month is not "may"."""
    if after and after[0] in _FUTURE_MODALS:
        # (not "would have", a past that did not happen)
        return after[1:2] != ["have"]
    return (
        len(after) >= 3
        and after[0] in ("and", "or")
        and after[1].lower() in _WEEKDAY_NAMES
        and after[2] in _FUTURE_MODALS
    )


_PART_OF_A_PERIOD = frozenset(["mid", "early", "late"])


def tense_at(text: str, start: int, end: int, sentences: Sentences | None = None) -> str | None:
    """ "past", "future" or None (no clue) for the sentence around text[start:end].

    The tense word nearest the mention (counted in words) wins, on either side: in
    "announced Friday that it will open" Friday goes with "announced", in "said it will
    open Friday" with "will". The governing verb usually comes first in English, so a
    word after the mention must be less than half as far to win. The search
    stops at the first tense word each way, so it costs a few set lookups per mention.
    """
    left, right = (sentences or Sentences(text)).bounds(start, end)
    if is_called_off(text, end, right):
        # "The home opener on Thursday was postponed": an event is called off before it
        # takes place, or on its day; no tense, so the nearest such day.
        return None
    if joint := _OPENS_A_CLAUSE.search(text, max(left, start - 24), start):
        # "... had made it redundant, and on Tuesday the tower will be sold": the date
        # opens a clause of its own; the verbs before the joint are another's.
        left = joint.start() + 1
    before = _words(text, left, start)
    while before and before[-1].lower() in _PART_OF_A_PERIOD:
        before.pop()  # "moved up from mid-October": "mid" is the date's own
    if [word.lower() for word in before[-3:]] in _PART_OF_A_PERIOD_BEFORE:
        # "has cancelled surgery through the end of April": read as "through April".
        del before[-3:]
    if before and before[-1].lower() in _FIXING_OR_DECLARING and _AS_THE_DAY.match(text, end):
        # "set Feb. 14 as the sentencing date": a day fixed for something is still to
        # come; fixed in the past perfect, it may since have passed ("had ruled ... and
        # set Friday as the deadline. But this week ... lifted the deadline"): the
        # nearest such day.
        return None if "had" in (word.lower() for word in before) else "future"
    # "the Nov. 29 election", "the June festival": a date naming an event.
    attributive = (
        len(before) >= 2 and before[-1].lower() in _DETERMINERS and noun_follows(text, end)
    )
    if attributive and before[-2].lower() in _CALLING_OFF:
        return None  # "canceled the June festival": called off before it, the nearest one
    if (left == 0 or text[left - 1] == "\n") and _HEADLINE_TO.search(
        text, max(left, start - 64), start
    ):
        line_end = text.find("\n", end)
        if is_heading(text[left : len(text) if line_end < 0 else line_end]):
            # "Ramazan to begin on Tuesday as moon not sighted": in a headline, "to" and a
            # verb tell what will happen.
            return "future"
    if _PARTICIPLE_ASIDE.search(text, max(left, start - 64), start):
        # "The decision, taken at a cabinet meeting on Tuesday evening, means": an aside
        # in the passive tells what was done, whatever its sentence's verb goes on to say.
        return "past"
    if _CLOSING_PRICE_BEFORE.search(text, max(left, start - 24), start) or (
        # (the word looked for first: most dates have no "from" before them)
        text.find(" from ", max(left, start - 64), start) >= 0
        and _UP_OR_DOWN_FROM.search(text, max(left, start - 64), start)
    ):
        # "a 29 percent premium to its closing price on Friday", "down from a record of
        # more than $147 in July": a day's close, or a figure a change is counted from, is
        # one gone by.
        return "past"
    if (clock := _CLOCK_BEFORE.search(text, max(left, start - 12), start)) is not None:
        # "said at 6:30 p.m. Sunday that rates would stay low": the day's clock time is
        # part of the mention, no words between it and its verb.
        before = before[: len(before) - len(_words(text, clock.start(), start))]
    if cue := _phrase_tense(text, start, end, (left, right), before, sentences):
        return None if cue == EITHER else cue
    # Words past a comma or a closing quote belong to another clause ("will leave at 4 a.m.
    # Thursday, Castro said"); they count only when no tense word comes before the mention
    # ("On Thursday, police said").
    clause_break = _CLAUSE_BREAK.search(text, end, right)
    cut = right if clause_break is None else clause_break.start()
    after = _words(text, end, cut)
    after_clause = len(after)
    # A quotation ends before its attribution: in '"... before lawmakers leave for
    # Easter," he said', "said" tells when it was said, not when Easter is.
    quote_end = _QUOTE_END.search(text, end, right)
    after += _words(text, cut, right if quote_end is None else max(cut, quote_end.start()))
    # The mention stands between the two halves: no pair of words reads across it
    # ("decided May 18 to send troops" holds no "decided to").
    # A comma right after the mention stays between it and the next word, so that
    # "worth $130 million in October, are worth half that now" reads no "October are".
    words = [*before, "", *([","] if after and not after_clause else []), *after]
    if (
        after_clause
        and after[0] in _PRESENT_OF_A_FORECAST
        and before
        and before[-1].lower() in _SAID_OF_A_FORECAST
    ):
        # "Forecasters said the weekend looks dry": what the day will be like, told in
        # the present, is still to come (not "May 18 is a date", which says what it is).
        return "future"
    if after_clause and not before and after[0] in _LOOKS_AHEAD:
        # "Sunday looks dry.", a forecast's day as the subject of its sentence.
        return "future"
    if (
        after_clause
        and _modal_after_subject(after[:after_clause])
        and (
            not before
            or before[-1].lower() in _BEFORE_A_SUBJECT
            # "engineering work between Leicester and Harborough on Saturday would mean":
            # the day names the subject's time (not "lines that were closed by flooding
            # Wednesday will reopen", a relative clause's).
            or (
                before[-1].lower() == "on"
                and not any(
                    _word_tense(before, i) for i in range(max(0, len(before) - 8), len(before))
                )
            )
        )
    ):
        # "The AA predicted that Wednesday would be the busiest day", "said Wednesday and
        # Sunday would again be the heaviest days": the day is the subject its modal
        # tells of, not the day of the saying.
        return "future"
    nearest_before = nearest_after = None
    relative_clause = False
    said = text[start:end].lower()
    # "Tuesday evening" reaches as far as "Tuesday".
    # (and "the weekend", as torn between the one gone by and the one to come)
    is_weekday = (
        said in _WEEKDAY_NAMES or said.split(" ", 1)[0] in _WEEKDAY_NAMES or said == "the weekend"
    )
    reach = _WEEKDAY_REACH_WORDS if is_weekday else _REACH_WORDS
    # "ballots received by 5 p.m. Friday will be counted": no verb of the date's
    deadline_participle = (
        len(before) >= 2
        and before[-1].lower() == "by"
        and _is_participle_of_a_deadline(words, len(before) - 2)
    )
    for distance, index in enumerate(range(len(before) - 1, -1, -1)):
        if distance >= reach:
            break
        if distance == 1 and deadline_participle:
            continue
        if attributive and words[index].lower() in _REPORTING:
            # "said the Nov. 29 election would go ahead": what was said dates the
            # event, not the saying.
            continue
        if tense := _word_tense(words, index):
            if tense == "past" and _directs_to_do(words, index, len(before)):
                # "urged both sides to return to the table before the weekend", "voted
                # last night to close two schools in June": what they were urged or voted
                # to do is still to come.
                tense = "future"
            nearest_before = (distance, tense)
            # "The heat wave that began in June is expected to last": the mention ends
            # the relative clause its verb opens; the main verb after it is not its own.
            # "lines that were closed by flooding Wednesday will reopen": an auxiliary
            # may stand between.
            opener = (
                index - 2 if index > 1 and words[index - 1].lower() in _AUXILIARIES else index - 1
            )
            relative_clause = opener >= 0 and words[opener].lower() in _RELATIVE_PRONOUNS
            break
    for distance, index in enumerate(range(len(before) + 1, len(words))):
        if distance >= _REACH_WORDS:
            break
        if nearest_before is not None and (
            relative_clause or 2 * distance + 1 >= nearest_before[0] or distance >= after_clause
        ):
            break
        if nearest_before is not None and words[index].lower() == "that":
            break  # "told supporters Tuesday night that she would": what was said, not when
        if (
            words[index].lower() in _COORDINATORS
            and index + 1 < len(words)
            and words[index + 1].lower() in _AUXILIARIES
        ):
            # "will open at 5 a.m. Wednesday and has hired 40 agents": the subject's next
            # verb (not "On Sunday, police and FBI agents said").
            break
        if (
            (distance == after_clause or words[index - 1] == ",")
            and words[index].lower().endswith("ing")
            and not _word_tense(words, index)
        ):
            # "showed off the device ... on January 9, calling it a product that would
            # change the industry": a participle's clause tells of the main verb, whose
            # time the date is, however far back that verb stands.
            break
        if words[index].lower() in _OTHER_CLAUSE_OPENERS and not (
            # "access to eight compounds", "to the palace": "to" before a noun phrase
            words[index].lower() == "to"
            and index + 1 < len(words)
            and (
                words[index + 1].lower() in _NOUN_PHRASE_OPENERS
                or number_value(words[index + 1]) is not None  # "to eight compounds", "to 40"
            )
        ):
            # "on Sunday in the first election since 1946": the later date's; "at 2 p.m.
            # Saturday after rain helped crews", "in January to trim bloated
            # inventories": a clause of its own, its verb not the date's.
            break
        if tense := _word_tense(words, index):
            word = words[index].lower()
            if (
                tense == "future"
                and word.endswith("ed")
                and (word, words[index + 1].lower() if index + 1 < len(words) else "")
                in _FUTURE_PAIRS
                and word not in _PLAN_PARTICIPLES
            ):
                # "In August, Delta agreed to buy its routes": the date is the agreeing's,
                # what was agreed comes after it.
                tense = "past"
            if words[index - 1].lower() not in _COORDINATORS:
                # Not "expected orders to recover by the spring and repeated a target":
                # a verb after "and" is the subject's next, not the date's.
                nearest_after = (distance, tense)
            break
    nearest = nearest_after or nearest_before
    if nearest is None and before and before[-1].lower() == "by":
        # A deadline with no verb to date it is still to come: "up to 3 inches possible
        # by Thursday morning".
        return "future"
    return nearest[1] if nearest and nearest[1] != EITHER else None


# Where the clause a date is told in starts: after a sentence's end, a semicolon or
# colon, a comma and a conjunction or relative word, or "when".
_CLAUSE_START = re.compile(r"[.;:!?]\s|,\s(?:and|but|while|which|where)\s|,?\swhen\s|\n")
# A history's future in the past (not "would have", a past that did not happen).
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:would|might)\s(?:not\s|never\s)?(?!have\b)\w+")


# A relative clause set off by a comma, open up to a date: "New Hampshire, which holds
# its primary Jan. 27", "France, where he died four years later".
RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whose|where)\s[^,;.:]*$")


def clause_before(text: str, start: int) -> str:
    """The words of the clause before text[start], as far as 90 characters back."""
    return _CLAUSE_START.split(text[max(0, start - 90) : start])[-1]


def told_ahead_in_the_past(text: str, start: int) -> bool:
    """Whether the date at text[start] is a look ahead told in the past: "its enlistments
    would expire on 31 December", "some of the troops might be home by Christmas"."""
    return _FUTURE_IN_THE_PAST.search(clause_before(text, start)) is not None
