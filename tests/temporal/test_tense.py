"""tense_at(): the tense of the sentence around a mention."""

import datetime

import pytest

from factcheck.temporal import tag
from factcheck.temporal.tense import Sentences, tense_at


def tense_of(text, said):
    """The tense tense_at() gives the first `said` in `text`."""
    start = text.index(said)
    return tense_at(text, start, start + len(said))


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The parliament decided May 18 to send troops.", "past"),
        ("The parliament will vote May 18 on troops.", "future"),
        ("The minister said the parliament will vote May 18.", "future"),
        ("Police said the attack happened May 18.", "past"),
        ("May 18 is a date.", None),
        # The attribution after a quotation is not the tense inside it.
        ('"Lawmakers leave town on May 18," an aide said.', None),
        # Readiness and forecasts look ahead.
        ("The ruling came as lawmakers prepared to open the session May 18.", "future"),
        ("They warned that storms forecast for May 18 could bring hail.", "future"),
        ("More storms are possible May 18, forecasters said.", "future"),
        ("Ministers met in Rome, ahead of a summit on May 18.", "future"),
        ("Engineers hope to plug the breach by May 18.", "future"),
        # A negated past with "until" says when it happened; "between now and" looks ahead.
        ("The runways did not reopen until May 18.", "past"),
        ("Officials did not report the outbreak to the WHO until May 18.", "past"),
        # A day something was canceled for, put off to or declared is still to come.
        ("Amtrak canceled all trains south of Washington for May 18.", "future"),
        ("The agency extended a heat alert for much of the country through May 18.", "future"),
        ("The judge adjourned the trial until May 18.", "future"),
        ("The show was canceled on May 18.", "past"),
        # Hopes, deadlines, birthdays and forecasts look ahead.
        ("A mediator said he hoped for a settlement before May 18.", "future"),
        ("Shipments due by May 18 were at risk.", "future"),
        ("Mr Blair, who turns 44 on May 18, will rest.", "future"),
        ("The Met Office has forecast showers for May 18.", "future"),
        (
            "A hurricane bore down on the coast, with forecasters predicting landfall May 18.",
            "future",
        ),
        ("May 18 has been declared a public holiday.", "future"),
        # "last" the verb before "through"; "shut" after "stay"; irregular pasts.
        ("The curfew takes effect tonight and will last through May 18.", "future"),
        ("City schools will stay shut through May 18.", "future"),
        ("A wall of water tore through the town on May 18.", "past"),
        # "the Fed" is no past tense of "feed".
        ("Traders want to know whether the Fed eases before May 18.", None),
        # What someone was urged or asked to do is still to come; a place one was
        # summoned to is no such thing; what may run on looks ahead.
        ("The minister urged both sides to return to the table before May 18.", "future"),
        ("He asked them to leave on May 18.", "future"),
        ("The secretary summoned both sides to Washington on May 18.", "past"),
        ("Police leave has been canceled through May 18.", "future"),
        ("Such talks often run into May 18.", "future"),
        # A decision by vote looks ahead; "the vote to leave" is a noun.
        ("The board voted to hold classes on May 18.", "future"),
        ("Scientists reacted to the vote to leave the union in May 18's referendum.", "past"),
        # A verb spelled alike in both tenses right after the date is its past; what was
        # said after "that" is not when it was said.
        ("The chipmaker on May 18 forecast lower revenue, saying customers would wait.", "past"),
        (
            "She told about 300 supporters at a union hall here May 18 that she would unveil a plan.",
            "past",
        ),
        # A date a record was set on is past.
        ("The Dow remains 9 percent below its May 18 record.", "past"),
        ("Stocks rose to within 70 points of a record high set on May 18.", "past"),
        # The clock time before a day is part of its mention, no word of the sentence.
        ("Powell said at a news conference at 6:30 p.m. May 18 that rates would stay low.", "past"),
        # Looking ahead; an "-ed" word after a preposition; what follows.
        ("Investors were looking ahead to May 18, when data are due.", "future"),
        ("The justices will meet behind closed doors on May 18.", "future"),
        ("A game tonight, followed by a matinee May 18.", None),
        # "Until May 18," opening a clause told in the past perfect or the negated past.
        ("Until May 18, they had not called him a suspect.", "past"),
        ("Police said that until May 18, officials did not know his name.", "past"),
        ("Until May 18, the bridge will stay closed.", "future"),
        ("Forecasters predicted three storms between now and May 18.", "future"),
        ("The envoy was to travel to Gaza on May 18.", "future"),
        ("She said she expected orders to recover by May 18 and repeated a target.", "future"),
        ("''Lawmakers leave town on May 18,'' an aide said.", None),
        ("Police arrested him, and he appears in court May 18.", "future"),
        ("The committee convenes May 18 to hear him.", "future"),
        ("The launch is set for May 18 at the cape.", "future"),
        # "last" the verb: the modal before it decides.
        ("The heat wave will last through May 18.", "future"),
        ("Power cuts could last into May 18, officials said.", "future"),
        # "-eed" is no past ending, nor is "hundred"; "effective" and "payable" look ahead.
        ("Mr. Smith will succeed Daniel P. Davison May 18.", "future"),
        ("The board created a new office, effective May 18.", "future"),
        ("The board declared a dividend payable May 18.", "future"),
        ("The rule became effective May 18.", "past"),
        # The news present of fixtures; the same words as nouns say nothing.
        ("England play Tunisia in Volgograd on May 18.", "future"),
        ("The Senate votes May 18 on the bill.", "future"),
        ("The votes on May 18 were close.", "past"),
        ("On May 18, Ricardo Alarcon, head of the assembly, spoke.", "past"),
        # A hyphenated participle is an adjective, unless its prefix makes a verb.
        ("EU leaders will sign the long-delayed chapters on May 18.", "future"),
        ("Georgia is expected to sign the EU-brokered plan on May 18.", "future"),
        ("He was re-elected on May 18.", "past"),
        # Past forms spelled like the present, after their subject; "remain closed".
        ("A tornado hit the town May 18.", "past"),
        # After "if", the present of a condition still to come.
        ("If they shut the road May 18, the shop will close.", "future"),
        ("The storm will hit the coast May 18.", "future"),
        ("Schools will remain closed through May 18.", "future"),
        # The day something was fixed for is to come.
        ("Unions have called a general strike for May 18.", "future"),
        # Releases in the news present.
        ("The book, which goes on sale May 18, runs 412 pages.", "future"),
        ("The album comes out May 18.", "future"),
        ("Classes for the school year begin May 18.", "future"),
        ("It got off to a good start May 18.", "past"),
        ("Djokovic reached the French Open semifinals on May 18.", "past"),
        ("Police called him in for questioning on May 18.", "past"),
        # "could have" with a noun after it is the verb "have", still to come.
        ("He said they could have a framework by May 18.", "future"),
        ("The vote could have gone either way on May 18.", "past"),
        # An order told in the past perfect was carried out before now.
        ("Residents had been ordered to leave their homes May 18.", "past"),
        ("Residents were ordered to leave their homes by May 18.", "future"),
        # A condition told in the past may still lie ahead: no tense, the nearest date.
        ("I would be surprised if we got through May 18 without glitches.", None),
        ("They threatened to harm them if the money was not paid by May 18.", None),
        # "we've got" is "we have", no past.
        ("Once the snow pulls out May 18, we've got cold air.", None),
        # "They're" is "they are": a passive's participle, no past.
        ("They're booked on a flight May 18.", None),
        # "to" before a noun phrase is a preposition, no clause of its own.
        ("In May 18, a standoff over access to eight compounds ended in a deal.", "past"),
        # A day's close, as a figure to compare with, is one gone by.
        ("Holders will receive $31, a 29% premium to its closing price on May 18.", "past"),
        # A forecast's day as its sentence's subject.
        ("Rain returns Thursday. May 18 looks dry.", "future"),
        # The month inside "the end of" reads its tense as the whole does.
        ("The hospital has cancelled surgery through the end of May 18.", "future"),
        # A hyphenated verb after its subject ("an EU-brokered plan" is an adjective).
        ("Pyongyang test-fired seven missiles on May 18 and more later.", "past"),
        ("They discussed an EU-brokered plan due on May 18.", "future"),
        # "open" after an irregular past is how things ended up, not a schedule's verb.
        ("The doors swung open on May 18.", "past"),
        # What a verb in the past began as planned has happened; a plan alone is to come.
        ("Its engine began a planned burn of 16 minutes at 2 a.m. May 18.", "past"),
        ("But an expected announcement May 18 could lift the index.", "future"),
        # "more detailed" is a comparison's adjective, no verb in the past.
        ("They will show more detailed results on May 18.", "future"),
        # A state set up now that lasts to a day: a day still to come.
        ("Customers have cut their production schedules through May 18.", "future"),
        # "held ... until", told ahead, is no state that has ended.
        ("Visitation will be held from May 18 until the service.", "future"),
        # A wish is for what is to come.
        ("They have earned it, but I want them back in on May 18.", "future"),
    ],
)
def test_it_reads_the_tense_from_the_verb_nearest_the_mention(sentence, tense):
    assert tense_of(sentence, "May 18") == tense


def test_it_ignores_other_sentences():
    text = "Troops arrived. The vote: May 18."
    assert tense_of(text, "May 18") is None


def test_it_does_not_end_a_sentence_at_an_abbreviation():
    text = "Shares were bought from Sept. 14 to Thursday for $15."
    assert tense_of(text, "Thursday") == "past"
    # ... and so is the weekend's, as torn between the one gone by and the one to come.
    text = (
        "Rice will leave on Tuesday and hold talks in Beijing before ending her trip in "
        "Moscow over the weekend, the State Department said."
    )
    assert tense_of(text, "the weekend") == "future"


def test_it_reads_plans_as_future():
    text = "Protesters planned a large demonstration on Saturday."
    assert tense_of(text, "Saturday") == "future"


def test_it_reads_no_verb_in_a_capitalised_name_ending_in_ed():
    text = "The father would be traveling to the United States Thursday with his wife."
    assert tense_of(text, "Thursday") == "future"


def test_it_reads_a_plan_through_its_auxiliary():
    text = "Protesters were planning to march on Saturday."
    assert tense_of(text, "Saturday") == "future"


@pytest.mark.parametrize(
    ("sentence", "day", "tense"),
    [
        # "next to" is a place, not a plan: the past verb before it decides.
        ("A bomb ripped through a building next to the embassy Friday.", "Friday", "past"),
        ("Officials could not be reached Friday.", "Friday", "past"),
        ("The ruling could come Friday.", "Friday", "future"),
        # Sought for comment, like "could not be reached": the search is over.
        ("Neither he nor his lawyer could be located Friday.", "Friday", "past"),
        ("The vote could be held Friday.", "Friday", "future"),
        ("The vote could have been held Friday.", "Friday", "past"),
        # What was done until a day was done by then; a state kept or a time granted
        # until one may run on.
        ("Workers counted ballots until 11 p.m. Friday.", "11 p.m. Friday", "past"),
        # A figure compared with is one already seen.
        ("Sales will rise to 5 million, up from 4.2 million in March.", "March", "past"),
        ("Costs will fall, compared with $3 million in March.", "March", "past"),
        ("Inflation should slow to 3.1% from 4.0% in May.", "May", "past"),
        # A date that opens a clause of its own takes that clause's tense.
        (
            "The lamp had been made redundant, and on Tuesday the tower will be sold.",
            "Tuesday",
            "future",
        ),
        ("He resigned, and on Tuesday the board named a successor.", "Tuesday", "past"),
        # What was promised is still to come; the day of the promising is not.
        ("The mayor promised a full public accounting in the fall.", "the fall", "future"),
        # ... but the occasion a promise was made at dates the promise.
        (
            "He promised at an infrastructure summit in January to draw investors.",
            "January",
            "past",
        ),
        ("The mayor promised on Monday that taxes would fall.", "Monday", "past"),
        # An -ed word after "every" describes its noun.
        ("It will mail forms to every registered voter by early summer.", "early summer", "future"),
        # Irregular pasts are pasts.
        ("Figures will show whether the economy shrank between April and June.", "April", "past"),
        # A participle before the verb is no past tense.
        ("Spending for November and December combined is expected to climb.", "December", "future"),
        ("Debt will rise to £412m from £355m at 31 December.", "31 December", "past"),
        ("Hiring will slow from 200,000 a month in the summer.", "the summer", "past"),
        # The future perfect: done by a day still to come.
        ("Everyone will have forgotten about this by the spring.", "the spring", "future"),
        ("The work will have finished by Friday.", "Friday", "future"),
        # A verb after "and" is a verb, not an adjective as in "all affected cars".
        ("Dogs found a trail and followed it until late Thursday.", "late Thursday", "past"),
        ("Officials have ordered all markets closed until Friday.", "Friday", "future"),
        # What an object is kept is no past tense.
        ("The state will keep schools closed through Friday.", "Friday", "future"),
        ("Parts will not reach all affected cars until Friday.", "Friday", "future"),
        ("He wanted the village to wait until Friday.", "Friday", "future"),
        # A negated past before "until" wins over a verb that could move a day.
        ("The storm moved in Friday night and did not let up until Sunday.", "Sunday", "past"),
        # What is left before a day is what remains: no past tense.
        ("Stores have three weeks left before Christmas.", "Christmas", None),
        # An "-ed" word after a verb a modal governs describes a noun.
        ("They will present updated schedules in Hamburg on Monday.", "Monday", "future"),
        # ... and so does one after an infinitive's verb, before its noun; not a verb of
        # its own after "to" and a noun.
        ("The CDC plans to release updated national figures in the fall.", "the fall", "future"),
        ("The plan to expand stalled in the fall.", "the fall", "past"),
        # The figure a change is counted from is one gone by, whatever verb comes after.
        (
            "Crude oil fell below $90 a barrel, down from a record of more than $147 in July,"
            " on growing expectations that a slowing economy would curb demand.",
            "July",
            "past",
        ),
        (
            "Sales reached $5.2 billion, up from $4.5 billion in July, and will grow.",
            "July",
            "past",
        ),
        # "Until" and a possessive opening the sentence date the event named, not a
        # deadline: the verb after tells.
        (
            "From 2002 until his arrest in January, his firm told investors it had earned "
            "steady returns.",
            "January",
            "past",
        ),
        ("Until their wedding in December, they will live apart.", "December", "future"),
        # A past verb right after "until" and the day tells the day is gone by.
        ("Troops loyal to the man who until Wednesday commanded the guard.", "Wednesday", "past"),
        ("The ban stays until its review in December.", "December", "future"),
        # A fixture's verb after "a" or after "be" is a noun or an adjective.
        ("She survived a confidence vote in December.", "December", "past"),
        ("Polls were open for 10 hours on Saturday.", "Saturday", "past"),
        # "faces charges" is a state, no fixture ("Spain faces Italy on Monday").
        (
            "A Kenosha man faces several charges after leading officers on a high-speed chase through "
            "downtown at 1:20 a.m. Thursday.",
            "Thursday",
            None,
        ),
        ("Spain faces Italy on Monday.", "Monday", "future"),
        # A part of a weekday looks for its verb as far back as the weekday does.
        (
            "He died Wednesday at Allen Memorial Hospital after suffering a heart attack Tuesday evening.",
            "Tuesday evening",
            "past",
        ),
        # "than expected" compares, no plan; an adverb may stand inside a passive.
        (
            "The economy grew faster than expected in the second quarter.",
            "the second quarter",
            "past",
        ),
        ("It expects its systems to be fully tested by June 30.", "June 30", "future"),
        # "since" after the mention belongs to the date it opens; "go to the polls" is a
        # fixture's present.
        (
            "Voters go to the polls on Sunday in the first free election since 1946.",
            "Sunday",
            "future",
        ),
        # ... and stops the search: "meet" after it tells nothing of June.
        (
            "Fed officials raised their benchmark rate by three-quarters of a percentage point "
            "in June, the biggest rise since 1994, and meet again in July.",
            "June",
            None,
        ),
        # What goes on in the present up to a day goes on to one still to come.
        ("Sessions run twice a day through Saturday.", "Saturday", "future"),
        ("The rain lasted until Saturday.", "Saturday", "past"),
        # A day a clause says something is scheduled for is still to come.
        (
            "Traders said focus shifts to Friday, when the government releases sales.",
            "Friday",
            "future",
        ),
        ("Stocks fell on Monday, when the Dow plunged.", "Monday", "past"),
        # A participle before "by" names a thing, its deadline to come; a verb does not.
        (
            "Ballots postmarked earlier and received by 5 p.m. Friday will be counted.",
            "5 p.m. Friday",
            "future",
        ),
        ("The bill was passed by Friday.", "Friday", "past"),
        # What is done to someone on a day set for it, told in the present, is to come.
        ("He faces up to 10 years in prison when he is sentenced Nov. 17.", "Nov. 17", "future"),
        # A day set for a thing, and a deadline one must meet, are still to come.
        ("The judge set a Feb. 17 trial date.", "Feb. 17", "future"),
        (
            "Marsh, who pleaded guilty, must report to jail by 9 a.m. Friday.",
            "9 a.m. Friday",
            "future",
        ),
        # A plan after "their" names the thing planned: the verb decides.
        ("The talks missed their scheduled Friday close.", "Friday", "past"),
        # "face" after "each" is a noun, no fixture ("England face Tunisia on Monday").
        (
            "The bond lost a point, or $10 for each $1,000 face amount, from Tuesday.",
            "Tuesday",
            "past",
        ),
        # A plan in the past perfect: no tense, the nearest Friday (see below).
        ("The offer had been due to expire Friday.", "Friday", None),
        ("The deal had originally been expected to close by Friday.", "Friday", None),
        # A day that is the subject of its clause's modal is what the modal tells of.
        ("The AA predicted that Friday would be the busiest day.", "Friday", "future"),
        # What a day is like, told in the present after "said", is still to come.
        ("Forecasters said the weekend looks dry but cold.", "the weekend", "future"),
        ("Forecasters said the weekend was dry but cold.", "the weekend", "past"),
        ("It said Friday and Sunday would again be the heaviest days.", "Friday", "future"),
        ("A forecaster said Friday could be the warmest day.", "Friday", "future"),
        ("The mayor said Friday May sales rose.", "Friday", "past"),
        (
            "The operator warned that engineering work between Leicester and Market "
            "Harborough on Friday would mean buses replacing trains.",
            "Friday",
            "future",
        ),
        # The subject's next verb after "and" is not the date's.
        (
            "O'Hare will open a second security checkpoint in Terminal 3 from 5 a.m. Friday "
            "and has hired 40 temporary ticket agents.",
            "5 a.m. Friday",
            "future",
        ),
        # A judgement told in the past of what may come: either way.
        ("He said a cut at the March meeting was unlikely.", "March", None),
        ("He said a further move in December could not be ruled out.", "December", None),
        ("The offer is due to expire Friday.", "Friday", "future"),
        # "due" right before a day: what is due comes then, whatever verb came before;
        # "was due" may have passed or not.
        ("It set the stage for the price index, due Wednesday.", "Wednesday", "future"),
        ("The payment was due Friday.", "Friday", None),
        ("It has not been heard from since it was due to land on Friday.", "Friday", None),
        ("The probe was expected to land on Friday.", "Friday", None),
        ("The probe is expected to land on Friday.", "Friday", "future"),
        # A court's calendar.
        ("A hearing has been listed for 19 June.", "19 June", "future"),
        # A participle after "with" and its noun is no finite verb; a verb after "and" is.
        (
            "Results come on Thursday, with the rest released between Friday and Monday.",
            "Friday",
            None,
        ),
        ("He met with officials and signed the deal on Friday.", "Friday", "past"),
        # A deadline told in the past may still lie ahead: no tense, the nearest date.
        ("They said councils needed a settlement before Christmas.", "Christmas", None),
        ("He said he wanted two defenders signed by the end of January.", "January", None),
        # A plan in the past perfect, an adverb or not before its verb, may be over.
        ("The talks had originally been scheduled for March but were put off.", "March", None),
        # Reports a noun: no company's calendar.
        ("Thirty-two members had filed compliance reports by Friday.", "Friday", "past"),
        # "hastily planned" names the trip, no plan; "cut" after its subject is past.
        ("He cut short a holiday for the hastily planned trip Friday.", "Friday", "past"),
        # "that" after a plural noun opens a relative clause: its verb is the date's.
        ("About 120 have signed up for programs that begin in June.", "June", "future"),
        ("He said that start was slow in June.", "June", "past"),
        # A relative clause's postponement is of another thing.
        (
            "Leaders are due to meet in Glasgow in November for talks that were postponed "
            "last year.",
            "November",
            "future",
        ),
        # In a headline, "to" and a verb tell what will happen.
        ("Ramazan to begin on Tuesday as moon not sighted\n\nThe body met.", "Tuesday", "future"),
        ("He went there to vote on Tuesday, and left.", "Tuesday", "past"),
        ("Voltaris to start car deliveries in December\n\nThe firm said.", "December", "future"),
        # An outlook for a month is of a month to come.
        ("The bureau said its outlook for August favours dry weather.", "August", "future"),
        # A forecast told in the past perfect may be of a day gone by.
        (
            "Forecasters had given only a 40 percent chance of good weather Wednesday "
            "afternoon, but the winds eased.",
            "Wednesday",
            None,
        ),
        # An aside in the passive tells what was done.
        (
            "The decision, taken at a cabinet meeting on Tuesday evening, means bins will be "
            "emptied every two weeks.",
            "Tuesday",
            "past",
        ),
        ("The photographs, taken on Tuesday, show the damage.", "Tuesday", "past"),
        ("The vote, taken to be held on Tuesday, will decide.", "Tuesday", "future"),
        # "last" before a unit is no verb of going on.
        (
            "Sales had been running ahead of last year through the first week of March.",
            "the first week of March",
            "past",
        ),
        # After its auxiliary, an adverb leaves the plan a plan.
        ("A second round is tentatively planned for September.", "September", "future"),
    ],
)
def test_it_tells_plans_and_places_from_the_future(sentence, day, tense):
    assert tense_of(sentence, day) == tense


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("NATO has decided to admit the three in early March.", "March", "future"),
        ("The parliament decided May 18 to send troops.", "May 18", "past"),
        ("They may lose when the case is heard in May.", "May", "future"),
        ("It will be paid on a still unspecified date in January.", "January", "future"),
        ("The talks are supposed to conclude by May, officials say.", "May", "future"),
        ("Analysts expect a recovery in March.", "March", "future"),
        # "beginning" as a noun marks no plan, as in "beginning Monday" it would.
        ("After Christmas sales, the very beginning of the year was strong.", "Christmas", "past"),
        # A noun after a superlative: "hit" is no verb here.
        ("It is expected to be the biggest hit of the summer.", "the summer", "future"),
        # A word in "-ed" after a preposition describes a noun: no past tense.
        (
            "Agencies would begin handing rice to displaced people from Wednesday.",
            "Wednesday",
            "future",
        ),
        ("They will send aid for flooded towns on Friday.", "Friday", "future"),
        # An event faced is still to come; a charge faced is no event.
        ("The leader, who took office in May 2021, faces re-election in May.", "May", "future"),
        ("He faces trial in June.", "June", "future"),
        ("He faces several charges laid in May.", "May", "past"),
        # A proposal's date is when it is to happen, as a plan's.
        ("It includes a proposal to switch collections from the autumn.", "the autumn", "future"),
        # A condition told in the past may still lie ahead: no tense, the nearest date.
        (
            "They were not told how claims would be handled if it failed in January.",
            "January",
            None,
        ),
    ],
)
def test_it_reads_intentions_passives_and_adjectives_for_what_they_are(sentence, word, tense):
    start = sentence.rindex(word)
    assert tense_at(sentence, start, start + len(word)) == tense


@pytest.mark.parametrize(
    ("sentence", "day", "tense"),
    [
        # Past a comma, another clause: the verb before the mention governs it.
        ("The father will leave at 4 a.m. Thursday, Castro said.", "Thursday", "future"),
        ("Britain, which is supposed to host talks by May, invited them back.", "May", "future"),
        ("''We will vote Thursday,'' he said.", "Thursday", "future"),
        # With no verb before it, the clause after the comma is the sentence's own.
        ("On Thursday, police said the man had fled.", "Thursday", "past"),
        ("They will meet Thursday and said nothing else.", "Thursday", "future"),
    ],
)
def test_a_clause_after_a_comma_does_not_outvote_the_verb_before_the_mention(sentence, day, tense):
    assert tense_of(sentence, day) == tense


@pytest.mark.parametrize(
    "sentence",
    [
        "The sale ends Wednesday.",
        "The window closes Wednesday.",
        "The vote is Wednesday.",
        "The final is on Wednesday.",
        "Christmas Eve falls on Wednesday.",
        "Forecasters warned of storms on Wednesday.",
        "Schools reopen on Wednesday.",
        "The court hears the case on Wednesday.",
        "The match kicks off on Wednesday.",
        "The game tips off on Wednesday.",
        "Walmart reports Wednesday.",
        "Kestrel, which reports first-quarter results Wednesday, warned last week.",
        "She bought a ticket on train K192, which leaves at 10:40 p.m. Wednesday.",
        "German voters go to the polls on Wednesday.",
        "The storm is forecast to race up the coast Wednesday.",
        "The case goes to trial Wednesday.",
        "The tournament gets underway on Wednesday.",
        "The festival runs until Wednesday.",
        "The band has been booked for the festival, which runs Wednesday.",
        # A deadline with no verb to date it is still to come.
        "Up to 3 inches possible by Wednesday.",
    ],
)
def test_the_news_present_of_a_schedule_looks_ahead(sentence):
    assert tense_of(sentence, "Wednesday") == "future"


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        # The present of another clause does not reach the date.
        ("The vote is Tuesday, and millions have already voted.", "Tuesday", "future"),
        ("Her flats, worth $9 million in October, are worth half that now.", "October", None),
        ("Today is the eighth day of the strike.", "the eighth day", None),
        # A relative clause's own verb governs its date, not the main verb after it.
        ("The heat wave that began in June is expected to last.", "June", "past"),
    ],
)
def test_the_present_of_is_and_are_reaches_only_a_date_beside_it(sentence, word, tense):
    assert tense_of(sentence, word) == tense


def test_the_second_of_two_days_is_read_in_the_tense_of_the_first():
    text = "The Fed canceled a meeting that will be held on Tuesday and Wednesday."
    assert tense_of(text, "Wednesday") == "future"
    # Scheduled in the past perfect, both have no tense: the nearest ones, either way.
    text = "The Fed canceled a meeting that had been scheduled for Tuesday and Wednesday."
    assert tense_of(text, "Tuesday") is None and tense_of(text, "Wednesday") is None
    monday = datetime.date(2020, 3, 16)
    assert [m.value for m in tag(text, monday)] == ["2020-03-17", "2020-03-18"]
    friday = datetime.date(2020, 3, 20)
    assert [m.value for m in tag(text, friday)] == ["2020-03-17", "2020-03-18"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brent crude for September delivery traded at $23.10.",
        "The contract for September settled.",
        # The market's goods name the contract too.
        "Crude oil for September fell 18 cents.",
        "Heating oil for September rose.",
        "September soybeans settled up 12 cents.",
        "The September bond futures contract climbed 25/32.",
    ],
)
def test_a_futures_month_is_still_to_come(sentence):
    assert tense_of(sentence, "September") == "future"


def test_a_month_before_a_clause_about_a_contract_keeps_its_verbs_tense():
    assert tense_of("In September the contract was signed.", "September") == "past"


def test_a_day_declared_a_day_of_something_is_still_to_come():
    text = "The regional government declared Friday a day of prayer."
    assert tense_of(text, "Friday") == "future"


def test_what_falls_in_a_month_is_still_to_come():
    text = "The book's 150th anniversary falls in November."
    assert tense_of(text, "November") == "future"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Snow ended on Friday, with a chance of more freezing rain Sunday.", "future"),
        # A verb in the phrase makes it news of what happened.
        ("The chances of a deal collapsed Sunday.", "past"),
    ],
)
def test_a_forecasts_chance_of_something_is_still_to_come(sentence, tense):
    assert tense_of(sentence, "Sunday") == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Havel, who was in prison until May, was elected president.", "past"),
        ("The fighting lasted until May.", "past"),
        ("Firms kept clerks at work until May.", "past"),
        # What was put off until a day is still to come.
        ("The vote was postponed until May.", "future"),
        ("The border stays closed until May.", "future"),
    ],
)
def test_a_state_told_in_the_past_lasted_until_a_day_gone_by(sentence, tense):
    assert tense_of(sentence, "May") == tense


def test_a_weekdays_verb_is_looked_for_further_back_than_other_dates():
    text = (
        "Digital Data fell 2 1/8 to 33 1/4 after reporting a 24% drop in second-quarter "
        "earnings after the close Thursday."
    )
    assert tense_of(text, "Thursday") == "past"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The board voted 8-4 last night to close two schools in June.", "future"),
        ("Trustees voted 6-3 late Tuesday to close four schools in June.", "future"),
        # An infinitive far from the vote is not what was voted.
        ("Twelve nations voted for an Arab force to protect the kingdom, arriving in June.", None),
    ],
)  # fmt: skip
def test_what_was_voted_or_decided_to_be_done_is_still_to_come(sentence, tense):
    assert tense_of(sentence, "June") == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The Brotherhood called for mass protests on Friday.", "future"),
        ("Groups have called for a sit-in outside the legislature on Friday.", "future"),
        # Calm is no event to come: he called for it on Friday.
        ("He called for calm on Friday.", "past"),
    ],
)
def test_a_protest_or_a_vote_called_for_a_day_is_still_to_come(sentence, tense):
    assert tense_of(sentence, "Friday") == tense


def test_a_fronted_date_is_the_agreeings_not_what_was_agreed():
    assert tense_of("In August, Delta agreed to buy its European routes.", "August") == "past"
    # A plan's own participle still looks ahead.
    assert tense_of("In August, Delta is expected to buy its routes.", "August") == "future"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Republicans need to gain 39 seats Tuesday to retake the House.", "future"),
        ("The company needs to raise $5 million by Friday.", "future"),
        ("The company needed to raise $5 million by Friday.", "past"),
    ],
)
def test_what_is_still_needed_is_still_to_come(sentence, tense):
    assert tense_of(sentence, "day") == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Courts stayed open late on Tuesday to hear the cases.", "past"),
        ("The shops remained open on Sunday despite the ban.", "past"),
        # A schedule's "opens" still looks ahead.
        ("The exhibition opens on Tuesday.", "future"),
    ],
)
def test_open_after_stay_or_remain_is_an_adjective_not_a_schedule(sentence, tense):
    assert tense_of(sentence, "day") == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The plant opened two years ahead of schedule in May.", "past"),
        ("Leaders met in Rome ahead of a summit in May.", "future"),
    ],
)
def test_ahead_of_schedule_compares_and_looks_nowhere_ahead(sentence, tense):
    assert tense_of(sentence, "May") == tense


def test_a_state_until_a_day_is_no_past_when_it_was_forecast():
    assert tense_of("Rain was expected to stay away until Monday.", "Monday") == "future"
    assert tense_of("He was in prison until Monday.", "Monday") == "past"


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        ("A judge on Tuesday set Feb. 14 as the sentencing date.", "Feb. 14", "future"),
        ("The government has declared Saturday as Idul Fitri.", "Saturday", "future"),
        (
            "Regulators adopted a rule, with the requirement taking effect Friday.",
            "Friday",
            "future",
        ),
        ("The rule took effect Friday.", "Friday", "past"),
        ("The board named June 3 as its deadline for bids.", "June 3", "future"),
        # Fixed in the past perfect, the day may since have passed: no tense, the nearest.
        ("The agency had ruled against him and set Friday as the deadline.", "Friday", None),
    ],
)
def test_a_day_set_as_a_date_is_still_to_come(sentence, said, tense):
    assert tense_of(sentence, said) == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("It marks the day with a special section to be published Wednesday.", "future"),
        ("The work has to be completed by Wednesday.", "future"),
        ("The match had to be abandoned on Wednesday.", "past"),
    ],
)
def test_what_is_to_be_done_on_a_day_is_still_to_come(sentence, tense):
    assert tense_of(sentence, "Wednesday") == tense


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # A plan told in the past perfect may be over or still to come: no tense.
        ("Classes, which had been scheduled to end June 19, will be extended.", "June 19"),
        ("The vote had been set for April 22 but was postponed.", "April 22"),
        ("The company had hoped to sell 19 million units by March.", "March"),
    ],
)
def test_a_plan_told_in_the_past_perfect_has_no_tense(sentence, said):
    assert tense_of(sentence, said) is None


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        ("They signed today, clearing the way for a ceremony on Monday.", "Monday", "future"),
        (
            "It must draft a charter by May, to be put to a referendum in October.",
            "October",
            "future",
        ),
    ],
)
def test_what_is_made_possible_or_to_be_put_is_still_to_come(sentence, said, tense):
    assert tense_of(sentence, said) == tense


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        # A date naming an event, said to go ahead: the saying does not date the event.
        ("He said the Nov. 29 presidential election would go ahead.", "Nov. 29", "future"),
        # Called off before it takes place, or on its day: no tense, the nearest one.
        ("Organizers canceled the June festival on Tuesday.", "June", None),
        # A day standing alone after "said" is still the day of saying.
        ("He said Tuesday that the vote would go ahead.", "Tuesday", "past"),
    ],
)
def test_a_date_naming_an_event_is_read_with_the_events_verb(sentence, said, tense):
    assert tense_of(sentence, said) == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Producers began planning in July.", "past"),
        ("They will start planning in July.", "future"),
        ("They were planning a trip in July.", "future"),
    ],
)
def test_a_plan_begun_is_dated_by_its_beginning(sentence, tense):
    assert tense_of(sentence, "July") == tense


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        (
            "Economists expect the bank to cut its rate, now at a record low, as early as August.",
            "future",
        ),
        ("Officials warned as early as August that the dam could fail.", "past"),
        # The verb a few words back: what had begun by then.
        (
            "The virus appeared to have begun circulating in a farm district as early as August.",
            "past",
        ),
        # "as early voting opened": no "as early as".
        ("Georgians cast ballots in August as early voting opened.", "past"),
    ],
)
def test_as_early_as_looks_ahead_unless_a_verb_before_it_tells(sentence, tense):
    assert tense_of(sentence, "August") == tense


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        (
            "The province will lift its ban at 2 p.m. Saturday after rain helped crews.",
            "Saturday",
            "future",
        ),
        (
            "They said they would close plants in January to trim bloated inventories.",
            "January",
            "future",
        ),
        # The comparison's verb ("was") is not the date's; an outlook is for a time to come.
        (
            "The outlook for the fourth quarter is cloudier than it was in July.",
            "the fourth quarter",
            "future",
        ),
        ("Demand in the fourth quarter is weaker than it was in July.", "the fourth quarter", None),
    ],
)
def test_a_verb_in_a_clause_of_its_own_after_the_date_is_not_the_dates(sentence, said, tense):
    assert tense_of(sentence, said) == tense


def test_noon_or_midnight_before_a_day_is_part_of_the_mention():
    # "must surrender by noon Monday": "by" and "must" are read across "noon".
    assert (
        tense_of("He has been free on bail and must surrender by noon Monday.", "Monday")
        == "future"
    )


def test_a_date_ending_a_relative_clause_in_the_passive_is_the_clauses():
    text = "Rail lines that were closed by flooding Wednesday will reopen tomorrow."
    assert tense_of(text, "Wednesday") == "past"


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge said she wants the case in the jury's hands by Friday.",
        "Officials said they hope to finish the repairs by Friday.",
    ],
)
def test_a_deadline_someone_wants_or_hopes_for_is_still_to_come(sentence):
    assert tense_of(sentence, "Friday") == "future"


def test_a_warning_for_a_day_looks_ahead():
    text = "The Met Office has issued a yellow warning for ice covering Thursday and Friday."
    assert tense_of(text, "Thursday") == "future"


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        # Reaching back: "retroactive to" a day gone by, whatever plan is named nearby.
        (
            "The cuts, first scheduled to phase in by 2006, will be retroactive to Jan. 1.",
            "Jan. 1",
            "past",
        ),
        # "upheld" is a past tense like "held".
        (
            "The justices, who upheld the subsidies Thursday, are expected to rule again.",
            "Thursday",
            "past",
        ),
    ],
)
def test_retroactive_and_upheld_look_back(sentence, said, tense):
    assert tense_of(sentence, said) == tense


@pytest.mark.parametrize(
    ("sentence", "said", "tense"),
    [
        # Ellipsis: the second day of "X on Thursday and Y on Sunday" in the first's tense.
        ("The semi-finals are on Thursday and the men's final on Sunday.", "Sunday", "future"),
        # The day an event was moved from is the day it was set for: no tense.
        ("The downhill has been moved from Friday to Saturday.", "Friday", None),
        ("The downhill has been moved from Friday to Saturday.", "Saturday", "future"),
        ("The closure was moved up from early Friday.", "early Friday", None),
        (
            "The board approved a calendar that moves the first day of classes to Friday.",
            "Friday",
            "future",
        ),
    ],
)
def test_a_second_day_and_a_day_moved_from(sentence, said, tense):
    assert tense_of(sentence, said) == tense


@pytest.mark.parametrize(
    "sentence",
    ["Shares have risen from $12 in October.", "They've fallen since October."],
)
def test_the_present_perfect_of_an_irregular_verb_is_past(sentence):
    assert tense_of(sentence, "October") == "past"


def test_a_place_name_that_ends_in_a_verb_is_no_verb():
    text = "Voters at a town meeting in Ashby Falls on Monday night approved the truck."
    assert tense_of(text, "Monday night") == "past"


def test_appears_to_is_no_appearance_in_court():
    assert tense_of("Turnout on Tuesday appears to have topped 100 million.", "Tuesday") != "future"
    assert tense_of("He appears in court Tuesday.", "Tuesday") == "future"


def test_a_schedule_verb_after_and_with_again_is_a_verb():
    text = "The Fed has raised rates at every meeting since June 2004 and meets again in March."
    assert tense_of(text, "March") == "future"


def test_a_participles_clause_after_the_date_does_not_date_it():
    sentence = (
        "Chief executive Steve Jobs first showed off the device at the Macworld conference "
        "in San Francisco on January 9, calling it a product that would change the industry."
    )
    assert tense_of(sentence, "January 9") != "future"
    found = {m.text: m.value for m in tag(sentence, datetime.date(2007, 6, 30))}
    assert found["January 9"] == "2007-01-09"


def test_a_month_inside_the_end_of_takes_the_tense_of_the_whole():
    found = {
        m.text: m.value
        for m in tag(
            "The hospital has cancelled surgery through the end of April.",
            datetime.date(2020, 3, 16),
        )
    }
    assert found["the end of April"] == "2020-04"


def test_a_sentence_ends_after_a_closing_quote():
    text = 'said Kimani. "Today I had the legs for it." Conditions were perfect at 8.30am.'
    start = text.index("8.30am")
    left, right = Sentences(text).bounds(start, start + 6)
    assert text[left:right] == "Conditions were perfect at 8.30am."


def test_the_period_compared_with_tells_no_tense_of_the_date():
    text = (
        "Dana Whitfield said Meridian would cut the number of seats it flies by 3 to 4 "
        "percent in the fourth quarter from a year earlier."
    )
    found = {m.text: m.value for m in tag(text, datetime.date(2011, 7, 27))}
    assert (found["the fourth quarter"], found["a year earlier"]) == ("2011-Q4", "2010-Q4")
