import datetime

import pytest

from timeline.headlines import MAX_HEADLINE, headline_for_claim, headline_from_sentence

ANCHOR = datetime.date(2011, 5, 22)


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "The Kazakh parliament decided May 18 to become the first nation in Central Asia "
            "to send troops to join the NATO-led International Security Assistance Force as "
            "the war drags into its 10th year.",
            "Kazakh parliament decides to send troops to join the NATO-led International "
            "Security Assistance Force",
        ),
        (
            "The city council voted on May 18 to close the old bridge.",
            "City council votes to close the old bridge",
        ),
        ("Repairs began last September, officials said.", "Repairs begin"),
        ("Police stopped the march, according to witnesses.", "Police stop the march"),
        ("An army attacked a police station on Saturday.", "Army attacks a police station"),
        ("Last year both sides suffered record casualties.", "Both sides suffer record casualties"),
        (
            "The statement, distributed to media on Saturday, appeared to nod to growing "
            "Islamist tendencies in Central Asia.",
            "Statement appears to nod to growing Islamist tendencies in Central Asia",
        ),
        ('"Prices rose sharply," the minister said on Tuesday.', "Prices rise sharply"),
        # "At least" opens no phrase to drop; the attribution goes with its "as" clause.
        (
            "At least 82 were killed and more than 1,700 injured, officials said as dawn "
            "broke Saturday.",
            "At least 82 were killed and more than 1,700 injured",
        ),
        # "But" goes, its clause stays.
        (
            "But the solid construction of the embassy may have prevented a worse carnage, "
            "an official said.",
            "Solid construction of the embassy may have prevented a worse carnage",
        ),
        # A second verb after "and" takes the same tense.
        (
            "The bombings last week claimed at least 217 lives and injured nearly 5,000.",
            "Bombings claim at least 217 lives and injure nearly 5,000",
        ),
        ("Police arrested two men and seized weapons.", "Police arrest two men and seize weapons"),
        ("On Friday, leaders agreed to cut emissions.", "Leaders agree to cut emissions"),
        # An abbreviation ends no sentence; "Then" goes like "But".
        (
            "Then, a week or so ago, Gen. Schwarzkopf secretly picked a new plan.",
            "Gen. Schwarzkopf secretly picks a new plan",
        ),
        # A possessive date qualifies its noun; a date that is the subject stays.
        (
            "The GM move follows Tuesday's declaration by Ford.",
            "GM move follows Tuesday's declaration by Ford",
        ),
        (
            "The latest period had profit of $4 million.",
            "Latest period has profit of $4 million",
        ),
        # A comparison late in the sentence is content, not an aside (and 26,956 is one
        # number).
        (
            "RMS said it had a loss of $158,666 in the third quarter, compared with a loss "
            "of $26,956.",
            "RMS says it had a loss of $158,666, compared with a loss of $26,956",
        ),
        # A date used as an adjective stays; so does the adjective "recently passed".
        (
            "Bethlehem Steel posted a 54% drop in third-quarter profit.",
            "Bethlehem Steel posts a 54% drop in third-quarter profit",
        ),
        (
            "The adjustments result from the recently passed bailout law.",
            "Adjustments result from the recently passed bailout law",
        ),
        # A name ending in s is one company; a brand keeps its small letter.
        ("Dow Jones said it extended the offer.", "Dow Jones says it extended the offer"),
        ("The iPad went on sale in 2010.", "iPad goes on sale"),
        # A relative clause inside the sentence goes; the main verb stays.
        (
            "The company, which is 92%-owned by Ogden Corp., New York, had net of $1.1 million.",
            "Company has net of $1.1 million",
        ),
        # No preposition is left hanging where a date was.
        (
            "Dealers whose franchises end after October of next year will receive a letter.",
            "Dealers whose franchises end will receive a letter",
        ),
        # A range goes whole, with the word that opens it.
        ("The mayor served from 1998 to 2004.", "Mayor serves"),
        ("Road repairs ran May 18-20 and cost $2 million.", "Road repairs run and cost $2 million"),
        ("Sales rose between March and May.", "Sales rise"),
    ],
)
def test_it_trims_a_claim_sentence_into_a_headline(sentence, headline):
    assert headline_from_sentence(sentence, anchor=ANCHOR) == headline


def test_it_drops_a_dateline_and_turns_a_perfect_into_the_present():
    sentence = (
        "KABUL, Afghanistan — The Taliban has warned Kazakhstan that its decision would "
        "have severe consequences."
    )

    assert headline_from_sentence(sentence, anchor=ANCHOR).startswith("Taliban warns Kazakhstan")


def test_it_keeps_a_date_that_names_the_event():
    sentence = "Violence is at its worst since the 2001 overthrow of the Taliban government."

    assert "2001 overthrow" in headline_from_sentence(sentence, anchor=ANCHOR)


def test_it_drops_a_leading_concessive_clause():
    sentence = (
        "Despite the presence of up to 150,000 foreign troops, violence across Afghanistan "
        "is at its worst since the 2001 overthrow of the Taliban government."
    )

    assert headline_from_sentence(sentence, anchor=ANCHOR).startswith(
        "Violence across Afghanistan is at its worst since the 2001 overthrow"
    )


def test_it_leaves_passives_alone():
    assert (
        headline_from_sentence("The mayor was elected in 2010.", anchor=ANCHOR)
        == "Mayor is elected"
    )


def test_it_keeps_attribution_when_a_pronoun_would_be_left_alone():
    sentence = "Kazakhstan said that it would send an unspecified number of soldiers."

    assert headline_from_sentence(sentence, anchor=ANCHOR).startswith("Kazakhstan says that it")


def test_a_long_sentence_is_cut_at_a_word_boundary():
    sentence = (
        "The council voted " + " ".join(["to approve a very long list of projects"] * 8) + "."
    )

    headline = headline_from_sentence(sentence, anchor=ANCHOR)

    assert len(headline) <= MAX_HEADLINE
    assert headline.endswith("…")
    assert not headline[:-1].endswith(" ")


def test_empty_text_gives_an_empty_headline():
    assert headline_from_sentence("   ", anchor=ANCHOR) == ""


@pytest.mark.django_db
def test_a_claim_uses_the_editors_statement_and_the_article_date(claim):
    claim.statement = "The council voted on May 18 to close the bridge."

    assert headline_for_claim(claim) == "Council votes to close the bridge"


@pytest.mark.django_db
def test_a_claim_in_another_language_keeps_its_first_sentence_as_written(claim):
    claim.article.language = "fr"
    claim.statement = (
        "Le président a dit le 12 mars 2011 que l'économie « va bien ». Ensuite, rien."
    )

    headline = headline_for_claim(claim)

    assert headline == "Le président a dit le 12 mars 2011 que l'économie « va bien »"


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # The verb agrees with the head of the subject, not the noun of its phrase.
        (
            "Lawmakers in Kazakhstan voted to send officers.",
            "Lawmakers in Kazakhstan vote to send officers",
        ),
        (
            "Officials in the capital said the talks would resume.",
            "Officials in the capital say the talks would resume",
        ),
        (
            "The head of the agencies resigned after the audit.",
            "Head of the agencies resigns after the audit",
        ),
    ],
)
def test_the_verb_agrees_with_the_head_of_the_subject(sentence, headline):
    assert headline_from_sentence(sentence) == headline


def test_an_introductory_phrase_is_dropped_and_its_participle_left_alone():
    headline = headline_from_sentence(
        "In a written statement sent to journalists, the movement said the government had erred."
    )
    assert headline == "Movement says the government had erred"


def test_only_the_main_verb_changes_not_one_in_a_later_clause():
    headline = headline_from_sentence(
        "Neighbouring Tajikistan has been fighting militants since an ambush left soldiers dead."
    )
    assert "left soldiers dead" in headline
    assert "has been fighting" in headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("The siege was remembered again in 1914 and in 1944.", "Siege is remembered again"),
        ("Talks were held in 2009, 2010 and 2011 in Geneva.", "Talks are held in Geneva"),
        (
            "Protests were reported on May 3, May 4 or May 5 in the capital.",
            "Protests are reported in the capital",
        ),
    ],
)
def test_dates_dropped_from_a_list_leave_no_dangling_and_or_comma(sentence, headline):
    assert headline_from_sentence(sentence, anchor=ANCHOR) == headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # A participle after its noun describes it; the verb comes later in the clause.
        (
            "Roman coins found near the rock date from AD 14.",
            "Roman coins found near the rock date from AD 14",
        ),
        (
            "Troops stationed in the north returned in 2010.",
            "Troops stationed in the north return",
        ),
        (
            "Documents seized in the raid showed the plan in 2010.",
            "Documents seized in the raid show the plan",
        ),
        (
            "Coins found near the rock were dated to AD 14.",
            "Coins found near the rock are dated to AD 14",
        ),
        # Where a date went, the verb follows the participle at once.
        ("The man arrested in May confessed.", "Man arrested confesses"),
        # A passive with no other verb stays as it is.
        ("Villagers displaced by the flood.", "Villagers displaced by the flood"),
        # The verb first, then a phrase or a clause: the verb is still the verb.
        (
            "The head of the agencies resigned after the audit ended.",
            "Head of the agencies resigns after the audit ended",
        ),
        ("The council voted on a plan that failed.", "Council votes on a plan that failed"),
        (
            "Police found near the rock a cache of coins.",
            "Police find near the rock a cache of coins",
        ),
        # The past perfect is left alone, like the other perfects.
        ("The garrison had rebuilt the fort by 1850.", "Garrison had rebuilt the fort"),
        ("Officials had warned of floods.", "Officials had warned of floods"),
        ("The mayor had been elected in 2009.", "Mayor had been elected"),
        # "had" with a noun is the verb, and goes into the present.
        ("The company had unpaid bills in 2010.", "Company has unpaid bills"),
        # An irregular verb behind a prefix is known by its stem.
        ("Rebels rebuilt the bridge in 2010.", "Rebels rebuild the bridge"),
        ("Troops withdrew from the town in 2010.", "Troops withdraw from the town"),
        ("The court upheld the ban in May.", "Court upholds the ban"),
        # The date a dating verb names is the claim: without it the verb hangs.
        ("The remains date back to the 13th century.", "Remains date back to the 13th century"),
        ("A letter dated May 18 warned of floods.", "Letter dated May 18 warns of floods"),
    ],
)
def test_only_the_main_verb_of_the_clause_goes_into_the_present(sentence, headline):
    assert headline_from_sentence(sentence, anchor=ANCHOR) == headline
