"""Short event headlines from claim sentences, by rule (editors can rewrite them).

    "The Kazakh parliament decided May 18 to become the first nation in Central Asia
    to send troops to join the NATO-led International Security Assistance Force as the
    war drags into its 10th year."
    -> "Kazakh parliament decides to send troops to join the NATO-led International
       Security Assistance Force"

The steps, in order: keep the first sentence; drop a dateline ("KABUL, Afghanistan —"),
attribution ("…, officials said", "according to …"), the date phrases the tagger finds
(the timeline shows the date already), trailing "as/while/which…" clauses and a leading
"The/A/An"; put the main verb in the present tense when it is a plain past form; cut at
a word boundary. No model, no dictionary beyond a few irregular verbs: it is meant to be
predictable, and the editor has the last word.
"""

import datetime
import re
from collections.abc import Iterator

from timeline.verbs import (
    AUXILIARIES,
    IRREGULAR_PAST,
    is_participle,
    is_plural,
    plural_form,
    present_form,
)

MAX_HEADLINE = 120

DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.'\- ]+)?\s*[—–-]{1,2}\s*")
ACCORDING_TO = re.compile(r",?\s*according to [^,.;]+,?", re.IGNORECASE)
TRAILING_ATTRIBUTION = re.compile(
    r",?\s*[\"”]?,?\s*(?:the\s+)?[\w.'\- ]{1,60}?\s(?:said|says|told\s+[\w ]+|reported|announced|"
    r"claimed|added|stated)(?:\s+(?:on\s+)?\w+day)?\s*$",
    re.IGNORECASE,
)
LEADING_ATTRIBUTION = re.compile(
    r"^(?:the\s+)?[\w.'\- ]{1,60}?\s(?:said|says|told\s+[\w ]+|reported|announced|claimed|stated)"
    r"\s+that\s+(?!(?:it|he|she|they|we|i|its|their)\b)",
    re.IGNORECASE,
)
# "The statement, distributed to media, appeared…": the participle is an aside.
# Only right after a short subject: ", compared with $26,956," later on is content.
PARTICIPLE_ASIDE = re.compile(r"^((?:\S+\s+){0,5}?\S+),\s+[a-z]+ed\b(?:[^,]|(?<=\d),(?=\d))*,")
TRAILING_CLAUSE = re.compile(
    r",?\s+(?:as|while|whereas|which|who|where|because|although|though|amid)\s+.*$", re.IGNORECASE
)
# "The company, which is 92%-owned by Ogden, had net of…": an aside inside the sentence.
RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^;]{0,120}?,\s+(?=[a-z])")
# "Despite the presence of foreign troops, violence is…": the main clause is the news.
LEADING_CLAUSE = re.compile(
    r"^(?:despite|though|although|while|whereas|in contrast (?:with|to)|in|on|"
    r"at(?!\s+(?:least|most)\b)|after|before|during|following|amid)\b"
    r"(?:[^,]|(?<=\d),(?=\d)){0,150},\s+",
    re.IGNORECASE,
)
# "But the embassy may have…", "However, police…": the word goes, the clause is the news.
LEADING_CONNECTIVE = re.compile(
    r"^(?:but|and|however|meanwhile|still|yet|then|so|also|additionally)\b,?\s+", re.IGNORECASE
)
FIRST_TO = re.compile(r"\bto become the first [^,;]*? (to [a-z]+)\b", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)
# A date phrase and the preposition that introduces it ("on May 18", "in 2001").
DATE_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|during|since|by|from|between|until|till|through|after|before|around|of|at|"
    r"early|late)"
    r"\s+)?$",
    re.IGNORECASE,
)
# What joins two dates of a list: ", ", " and ", ", or ".
DATE_LIST_JOIN = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+[a-z]")
VERB_START = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|will|would|saw|brought|marked|began|ended)\b"
)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)

PRONOUNS_AND_FUNCTION_WORDS = {"i", "we", "you", "it", "he", "she", "they", "the", "a", "an"}
# Words that open a phrase before the subject ("In a statement sent on Friday, the
# movement said…"): the verb is looked for only after that phrase's comma.
INTRODUCTORY = {"in", "on", "at", "after", "before", "during", "since", "while", "when", "as",
                "despite", "although", "though", "following", "amid", "according", "with"}  # fmt: skip
# Prepositions that start a phrase inside the subject: "Lawmakers in Kazakhstan voted"
# agrees with "lawmakers", not "Kazakhstan".
SUBJECT_PREPOSITIONS = {"in", "of", "at", "from", "for", "on", "with", "near", "across"}
# After a participle that describes the subject ("troops stationed in the north",
# "villagers displaced by the flood"). Not the words that open a clause ("after",
# "before", "since"): "resigned after the audit ended" has its verb first.
PARTICIPLE_PREPOSITIONS = {"in", "near", "at", "on", "by", "from", "under", "during", "inside",
                           "outside", "across", "along", "off", "with", "behind", "beside", "into",
                           "over", "around", "among", "between", "through", "throughout",
                           "within", "for", "against", "without", "beneath", "below", "above"}  # fmt: skip
# A verb after these is in another clause ("voted on a plan that failed").
CLAUSE_OPENERS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "because",
                  "if", "and", "or", "but", "as", "than", "until", "since", "before", "after",
                  "though", "although", "whether", "so"}  # fmt: skip
FINITE_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                      "could", "may", "might", "must", "should", "shall", "did", "does", "do"}  # fmt: skip
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
# "date from AD 14", "dates back to 1066", "a letter dated May 18": the date is what the
# words say, and without it the verb hangs ("the coins date").
DATING_VERB_BEFORE = re.compile(r"\bdat(?:e|es|ed|ing)\s+(?:(?:back\s+)?(?:from|to)\s+)?$", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
LETTER = re.compile(r"[A-Za-z]")
AND_VERB = re.compile(r"\sand\s([a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b(?!\s+by\b)")


def headline_for_claim(claim) -> str:
    """The headline for a claim's event: from the editor's statement, or the quote."""
    return _headline(claim.statement or claim.quote, claim)


def headlines_claim_has_had(claim) -> Iterator[str]:
    """The headline the rules make from each wording the claim has had, newest first.

    One query (the claim's history rows); each distinct wording is read once, and only
    as far as the caller iterates. All are read against the article's publication date
    as it is now: a headline made before that date changed may differ, and then counts
    as not made by rule (the safe side: it is kept)."""
    rows = claim.history.order_by("-history_date", "-history_id").values_list("statement", "quote")
    for wording in dict.fromkeys(statement or quote for statement, quote in rows):
        yield _headline(wording, claim)


def _headline(wording: str, claim) -> str:
    article = claim.article if claim.article_id else None
    if article is not None and not article.language.lower().startswith("en"):
        # The rules and the tagger read English: in another language they would cut
        # words they do not understand ("le 12 mars" loses only its year). The
        # statement's first sentence stands as it is.
        return plain_headline(wording)
    return headline_from_sentence(wording, anchor=article.published_on if article else None)


def plain_headline(text: str) -> str:
    """The first sentence of `text`, whitespace tidied, cut to MAX_HEADLINE."""
    text = " ".join((text or "").split())
    return _cut(_first_sentence(text).rstrip(" .")) if text else ""


def headline_from_sentence(text: str, *, anchor: datetime.date | None = None) -> str:
    text = " ".join((text or "").split())
    if not text:
        return ""
    original = text
    text = _first_sentence(text).rstrip(" .!?")
    text = DATELINE.sub("", text)
    text = ACCORDING_TO.sub("", text)
    text = LEADING_ATTRIBUTION.sub("", LEADING_CONNECTIVE.sub("", text))
    text = LEADING_CLAUSE.sub("", text) if _long_enough(LEADING_CLAUSE, text) else text
    text = _without_dates(text, anchor)
    text = _without_trailing_attribution(text)
    text = RELATIVE_ASIDE.sub(" ", text)
    text = TRAILING_CLAUSE.sub("", text) if _long_enough(TRAILING_CLAUSE, text) else text
    # "…, officials said as dawn broke": the attribution shows once the clause is gone.
    text = _without_trailing_attribution(text)
    text = FIRST_TO.sub(r"\1", text)
    text = LEADING_ARTICLE.sub("", text)
    text = _present_tense(PARTICIPLE_ASIDE.sub(r"\1", text))
    text = re.sub(r"\s+([,;:.])", r"\1", " ".join(text.split())).strip(" ,;:—–-.\"“”'")
    if len(text.split()) < 2:
        text = _first_sentence(original).rstrip(".")
    if not text[1:2].isupper():  # "iPad tablet" keeps its small i
        text = text[:1].upper() + text[1:]
    return _cut(text)


def _without_trailing_attribution(text: str) -> str:
    if _long_enough(TRAILING_ATTRIBUTION, text, 2):
        return TRAILING_ATTRIBUTION.sub("", text)
    return text


def _first_sentence(text: str) -> str:
    # The article splitter knows abbreviations ("Gen. Schwarzkopf", "Sept. 14") and
    # sets a dateline apart.
    from factcheck.text.sentences import sentences

    found = sentences(text)
    return found[0].text if found else text


def _long_enough(pattern: re.Pattern, text: str, words: int = 4) -> bool:
    """Only trim when enough words remain: a headline needs a subject and a verb."""
    rest = pattern.sub("", text)
    return len(rest.split()) >= words


def _without_dates(text: str, anchor: datetime.date | None) -> str:
    """Drop date phrases the tagger finds, with their preposition, unless the date is
    used as an adjective ("the 2001 overthrow"), where it names the event itself."""
    try:
        from factcheck.temporal import join_ranges, tag

        # A range goes whole, with the word before it: "served from 1998 to 2004".
        mentions = join_ranges(tag(text, anchor or datetime.date.today()), text)
    except Exception:  # a tagger bug must not stop a claim from getting its event
        return text
    spans = []  # what goes, in text order: each date with its preposition
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.type not in ("DATE", "TIME"):
            continue
        before = text[: mention.start]
        if DETERMINER_BEFORE.search(before) or before.endswith(("'s ", "’s ")):
            continue
        if DATING_VERB_BEFORE.search(before):
            continue  # "the coins date from AD 14": the date is the claim
        if text.startswith(("'s", "’s"), mention.end) or (
            "-" in mention.text
            and "/" not in mention.value  # "May 18-20" is a range, not "third-quarter"
            and NOUN_AFTER.match(text, mention.end)
        ):
            continue  # "Tuesday's declaration", "a drop in third-quarter profit": a qualifier
        if not before.strip() and VERB_START.match(text, mention.end):
            continue  # "The latest period had profit …": the date is the subject
        preposition = DATE_PREPOSITION.search(before)
        start = preposition.start() if preposition else mention.start
        if spans and DATE_LIST_JOIN.fullmatch(text, spans[-1][1], start):
            # "in 1914 and in 1944", "in 2009, 2010 and 2011": the list goes whole, or
            # its "and" would be left hanging ("remembered again and").
            spans[-1] = (spans[-1][0], mention.end)
        else:
            spans.append((start, mention.end))
    for start, end in reversed(spans):
        text = text[:start].rstrip() + " " + text[end:].lstrip()
        text = re.sub(r",\s*,", ",", text).strip(" ,")
    return text


def _present_tense(text: str) -> str:
    """The first plain past-tense verb after the subject becomes present: "decided" ->
    "decides", "began" -> "begins", "has warned" -> "warns"; plural subjects ("repairs",
    "police") take the plural form. Passives and other perfects ("had rebuilt") are left
    alone, and so is a participle that describes the subject ("coins found near the rock
    date from AD 14"): the verb is the one after it."""
    words = list(WORD.finditer(text))
    first = 0
    subject_end = None  # where a participle describing the subject starts
    if words and words[0].group().lower() in INTRODUCTORY:
        comma = text.find(",")
        if comma < 0:
            return text
        first = next((i for i, w in enumerate(words) if w.start() > comma), len(words))
    for index, match in enumerate(words):
        if index <= first:
            continue
        word = match.group()
        lower = word.lower()
        previous = words[index - 1]
        previous_word = previous.group().lower()
        between = text[previous.end() : match.start()]
        if "," in between:
            return text  # "The statement, distributed to…": a participle, not the verb
        perfect = previous_word in {"has", "have"} and lower.endswith("ed")
        if not perfect and previous_word in AUXILIARIES and previous.group()[0].islower():
            return text  # the main verb group ("has been fighting", "was announced")
        if not perfect and previous_word in PRONOUNS_AND_FUNCTION_WORDS - {"it", "he", "she"}:
            if lower in IRREGULAR_PAST or lower.endswith("ed"):
                return text
            continue
        if lower == "had" and index + 1 < len(words) and is_participle(words[index + 1]):
            return text  # "had rebuilt": a past perfect, left alone like other perfects
        present = present_form(lower)
        if present is None:
            continue
        if (
            previous_word.endswith("ly")
            and index > 1
            and (words[index - 2].group().lower() in PRONOUNS_AND_FUNCTION_WORDS)
        ):
            continue  # "the recently passed bill": an adjective, not the verb
        if word[0].isupper():
            return text  # a name ("United", "Red"), not a verb
        if not perfect and subject_end is None and _describes_subject(words, index, text):
            subject_end = index  # "coins found near the rock date…": the verb comes later
            continue
        if index + 1 < len(words) and words[index + 1].group() == "by":
            return text  # "Villagers displaced by the flood": a passive, with no other verb
        subject_end = subject_end or (index - 1 if perfect else index)
        plural = is_plural(_subject_head(words[first:subject_end], text))
        if plural:
            present = plural_form(present)
        start = previous.start() if perfect else match.start()
        rest = _coordinated_verb(text[match.end() :], plural=plural)
        return text[:start] + present + rest
    return text


def _coordinated_verb(rest: str, *, plural: bool) -> str:
    """The verb after "and" takes the same tense: "claim 217 lives and injured 5,000"
    -> "and injure 5,000"."""
    match = AND_VERB.search(rest)
    if match is None or "," in rest[: match.start()]:
        return rest
    present = present_form(match[1].lower())
    if present is None:
        return rest
    present = plural_form(present) if plural else present
    return rest[: match.start(1)] + present + rest[match.end(1) :]


def _describes_subject(words, index: int, text: str) -> bool:
    """Whether the past form at `index`, right after the subject, is a participle that
    describes it rather than the verb: "Roman coins found near the rock date from AD 14",
    "Troops stationed in the north returned". So when it can be a participle, a
    preposition follows it and the same clause goes on to a verb (or the verb follows at
    once, where a date went: "The bridge built in 1850 collapsed")."""
    if not is_participle(words[index]) or index + 1 >= len(words):
        return False
    if _is_later_verb(words, index + 1, text):
        return True
    # "A letter dated May 18 warned": the date it kept (DATING_VERB_BEFORE) stands
    # where the preposition would.
    opens_phrase = words[index].group().lower() == "dated" or (
        words[index + 1].group().lower() in PARTICIPLE_PREPOSITIONS
    )
    if not opens_phrase:
        return False
    for later in range(index + 2, len(words)):
        between = text[words[later - 1].end() : words[later].start()]
        if any(mark in between for mark in ',;:—–("'):
            return False
        if words[later].group().lower() in CLAUSE_OPENERS:
            return False
        if _is_later_verb(words, later, text):
            return True
    return False


def _is_later_verb(words, index: int, text: str) -> bool:
    """Whether the word at `index` reads as a finite verb: an auxiliary ("were"), a past
    form not after a determiner ("collapsed", not "the damaged building"), or "date"
    with its "from" / "back to"."""
    word = words[index]
    lower = word.group().lower()
    if text[: word.start()].rstrip().endswith((",", ";")):
        return False
    if word.group()[0].isupper():
        return False  # a name or a month ("May"), not the modal
    if lower in FINITE_AUXILIARIES:
        return True
    if words[index - 1].group().lower() in DETERMINERS:
        return False
    if lower in ("date", "dates") and index + 1 < len(words):
        return words[index + 1].group().lower() in ("from", "back")
    return lower in IRREGULAR_PAST or (len(lower) >= 5 and lower.endswith("ed"))


def _subject_head(subject_words, text: str) -> str:
    """The word the verb agrees with: the last one before a preposition inside the
    subject, else the last one before the verb."""
    # A capitalised word is a name ("Dow Jones said" is one company, not many), but for
    # the sentence's first word, which is capitalised anyway ("Repairs began").
    words = [
        word.group().lower() if not LETTER.search(text, 0, word.start()) else word.group()
        for word in subject_words
    ]
    for position, word in enumerate(words):
        if position and word.lower() in SUBJECT_PREPOSITIONS:
            return words[position - 1]
    return words[-1] if words else ""


def _cut(text: str) -> str:
    if len(text) <= MAX_HEADLINE:
        return text
    cut = text[: MAX_HEADLINE - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"
