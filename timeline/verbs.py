"""English verb forms for headlines: a plain past form in the present ("decided" ->
"decides", "rebuilt" -> "rebuilds"), agreement with a plural subject, and which words
can be past participles. Word by word; timeline/headlines.py reads the sentence."""

import re

IRREGULAR_PAST = {
    "said": "says",
    "began": "begins",
    "became": "becomes",
    "made": "makes",
    "took": "takes",
    "gave": "gives",
    "went": "goes",
    "came": "comes",
    "won": "wins",
    "lost": "loses",
    "led": "leads",
    "left": "leaves",
    "met": "meets",
    "sent": "sends",
    "told": "tells",
    "sold": "sells",
    "paid": "pays",
    "fell": "falls",
    "rose": "rises",
    "held": "holds",
    "hit": "hits",
    "set": "sets",
    "cut": "cuts",
    "put": "puts",
    "shut": "shuts",
    "struck": "strikes",
    "fought": "fights",
    "brought": "brings",
    "bought": "buys",
    "built": "builds",
    "chose": "chooses",
    "drew": "draws",
    "drove": "drives",
    "found": "finds",
    "froze": "freezes",
    "grew": "grows",
    "knew": "knows",
    "ran": "runs",
    "saw": "sees",
    "spoke": "speaks",
    "stood": "stands",
    "swore": "swears",
    "threw": "throws",
    "wrote": "writes",
    "was": "is",
    "were": "are",
    "had": "has",
}
# Before a past form these make it a participle ("was elected", "had voted"): leave it.
AUXILIARIES = {
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "has",
    "had",
    "have",
    "having",
    "would",
    "will",
    "could",
    "should",
    "might",
    "may",
    "must",
    "to",
    "not",
}
# Stems that lost a final "e" before "-ed": "vot-ed", "decid-ed", "declar-ed", "clos-ed".
SILENT_E_ENDINGS = re.compile(r"(?:[^aeiou][aeiou](?:t|d|r|s|k|z|v|c|g|p|b|m|n|l)|[cgvzu])$")
NO_UNDOUBLING = ("ll", "ss", "ff", "zz")
# Verbs whose stem ends in "ee": "agreed" is "agree" + "d", not "agre" + "ed".
E_STEMS = {"agree", "disagree", "free", "decree", "guarantee", "referee", "oversee"}
# Past participles that are not also a plain past form ending in "-ed": "had rebuilt",
# "had been" are perfects, and "coins found near…" may describe its noun. The past forms
# of IRREGULAR_PAST that are participles too come in through PARTICIPLE_PAST.
IRREGULAR_PARTICIPLES = {"been", "done", "gone", "seen", "taken", "given", "risen", "fallen",
                         "grown", "known", "written", "spoken", "broken", "chosen", "driven",
                         "drawn", "thrown", "frozen", "sworn", "shown", "begun", "become", "come",
                         "run", "stolen", "beaten", "flown", "worn", "torn", "born", "hidden"}  # fmt: skip
PARTICIPLE_PAST = {"made", "lost", "led", "left", "met", "sent", "told", "sold", "paid", "held",
                   "hit", "set", "cut", "put", "shut", "struck", "fought", "brought", "bought",
                   "built", "found", "won"}  # fmt: skip
# "rebuilt", "withdrew", "overcame", "upheld": an irregular form behind a prefix. Not
# "un-": "unpaid", "unmet" are adjectives.
VERB_PREFIXES = ("re", "over", "out", "with", "under", "mis", "up")


def is_participle(word: re.Match) -> bool:
    """Whether the word can be a past participle: "voted", "rebuilt", "been"."""
    lower = word.group().lower()
    if len(lower) >= 4 and lower.endswith("ed"):
        return True
    stems = {lower} | {lower.removeprefix(prefix) for prefix in VERB_PREFIXES}
    return any(stem in IRREGULAR_PARTICIPLES or stem in PARTICIPLE_PAST for stem in stems)


PLURAL_NOUNS = {"police", "people", "they", "we", "troops", "forces", "officials"}


def is_plural(word: str) -> bool:
    if word.lower() in PLURAL_NOUNS:
        return True
    if word[:1].isupper():
        return False
    return (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and len(word) > 3
    )


def plural_form(third_person: str) -> str:
    # "are" comes from "were", already plural.
    special = {"is": "are", "are": "are", "has": "have", "does": "do", "goes": "go"}
    if third_person in special:
        return special[third_person]
    if third_person.endswith("ies"):
        return third_person[:-3] + "y"
    # "passes" -> "pass", "fixes" -> "fix"; but "seizes" -> "seize", "closes" -> "close".
    if third_person.endswith(("sses", "zzes", "shes", "ches", "xes", "oes")):
        return third_person[:-2]
    return third_person[:-1]


def present_form(word: str) -> str | None:
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    for prefix in VERB_PREFIXES:
        stem = word.removeprefix(prefix)
        if stem != word and stem in IRREGULAR_PAST and stem not in AUXILIARIES:
            return prefix + IRREGULAR_PAST[stem]  # "rebuilt" -> "rebuilds"
    if not word.endswith("ed") or len(word) < 5:
        return None
    if word.endswith("eed") and word[:-1] in E_STEMS:
        return word[:-1] + "s"  # "agreed" -> "agrees"
    if word.endswith("ied"):
        return word[:-3] + "ies"
    stem = word[:-2]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-2:] not in NO_UNDOUBLING:
        stem = stem[:-1]  # "stopped" -> "stop", "admitted" -> "admit"
    elif SILENT_E_ENDINGS.search(stem) and not stem.endswith(("en", "er", "on", "el", "it", "om")):
        stem += "e"  # "voted" -> "vote", "decided" -> "decide"
    return third_person(stem)


def third_person(stem: str) -> str:
    if stem.endswith(("s", "sh", "ch", "x", "z", "o")):
        return stem + "es"
    if stem.endswith("y") and len(stem) > 1 and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"
    return stem + "s"
