"""Evaluative CONDEMNS (loaders/judgements.py): a speaker who brands another actor's deed condemns
the deed's owner ("called the drills a provocation"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor

from extracted import Claim, claim_rows as rows


def condemns(extractor: Extractor, text: str) -> set[Claim]:
    return {r for r in rows(extractor, text) if r[1] == "CONDEMNS"}


# framing verbs: call / describe / term / label / brand X (as) VERDICT ----------------------------

@pytest.mark.parametrize("text, row", [
    ("The Philippine government described Beijing's use of water cannon as an illegal and dangerous act.",
     ("PHL", "CONDEMNS", "CHN", "asserted", ())),
    ("India's foreign ministry termed Pakistan's remarks \"irresponsible and unacceptable\".",
     ("IND", "CONDEMNS", "PAK", "asserted", ())),
    ("The Kremlin labelled the British decision to send tank shells reckless.",
     ("RUS", "CONDEMNS", "GBR", "asserted", ())),
    ("Pakistan called India's airspace ban a hostile act.", ("PAK", "CONDEMNS", "IND", "asserted", ())),
    ("Beijing called the Japanese defence white paper an interference in China's internal affairs.",
     ("CHN", "CONDEMNS", "JPN", "asserted", ())),
    ("Moscow called the Finnish move a betrayal.", ("RUS", "CONDEMNS", "FIN", "asserted", ())),
    ("Vilnius called Germany's decision a hypocritical step.", ("LTU", "CONDEMNS", "DEU", "asserted", ())),
    ("The Cuban leader called the American embargo criminal.", ("CUB", "CONDEMNS", "USA", "asserted", ())),
    ("Japan's foreign minister branded China's missile tests \"a grave threat to regional security\".",
     ("JPN", "CONDEMNS", "CHN", "asserted", ())),
], ids=["describe-as-demonym-adj", "term-possessor", "label-demonym", "call-hostile-act", "call-interference",
        "call-betrayal", "blame-on-a-neutral-head", "call-adjective-verdict", "brand-appositive-verdict"])
def test_a_framing_verb_with_a_negative_verdict_condemns_the_deeds_owner(extractor, text, row):
    assert condemns(extractor, text) == {row}


def test_a_verdict_parsed_as_the_object_keeps_the_possessor(extractor):
    text = "Taiwanese President Tsai Ing-wen, who called China's conduct \"suppression\", left for Guatemala."
    assert ("TWN", "CONDEMNS", "CHN", "asserted", ()) in condemns(extractor, text)


# copular verdicts in a said-clause or a quote ------------------------------------------------------

def test_a_quoted_verdict_condemns_the_owner_in_the_speakers_voice(extractor):
    text = "\"Azerbaijan's shelling of our villages is a flagrant violation of the ceasefire,\" the Armenian foreign ministry said."
    assert condemns(extractor, text) == {("ARM", "CONDEMNS", "AZE", "asserted", ())}


def test_an_act_of_x_names_the_verdict_and_by_names_the_owner(extractor):
    text = "Iran's foreign ministry spokesman said the seizure of the tanker by Britain was an act of piracy."
    assert condemns(extractor, text) == {("IRN", "CONDEMNS", "GBR", "asserted", ())}


def test_an_example_of_x_carries_the_verdict_in_its_of_phrase(extractor):
    text = "Cuba's foreign minister said Washington's embargo was a clear example of American arrogance."
    assert condemns(extractor, text) == {("CUB", "CONDEMNS", "USA", "asserted", ())}


def test_an_example_of_something_good_is_no_verdict(extractor):
    text = "Kenya's foreign minister said Ethiopia's port deal was an example of regional cooperation."
    assert condemns(extractor, text) == set()


def test_a_hostile_aim_makes_the_verdict(extractor):
    text = "\"China's drills near our coast are a rehearsal for an invasion,\" Taiwan's defence minister said."
    assert ("TWN", "CONDEMNS", "CHN", "asserted", ()) in condemns(extractor, text)


def test_amounted_to_with_a_by_agent_inside_the_verdict(extractor):
    text = "The Polisario said the vote amounted to \"a stab in the back\" by Morocco."
    assert condemns(extractor, text) == {("POLISARIO", "CONDEMNS", "MAR", "asserted", ())}


# protests and outrage aimed at a deed ---------------------------------------------------------------

def test_in_protest_at_a_statement_the_speaker_brands(extractor):
    text = ("Venezuela's foreign minister walked out of the summit in protest at a Guyanese statement "
            "that he called a distortion of history.")
    assert condemns(extractor, text) == {("VEN", "CONDEMNS", "GUY", "asserted", ())}


def test_expressed_outrage_over_a_possessed_deed(extractor):
    text = "Ghana expressed outrage over Nigeria's expulsion of its traders."
    assert ("GHA", "CONDEMNS", "NGA", "asserted", ()) in condemns(extractor, text)


# a deed named bare: its agent is whoever the article last told of doing it ---------------------------

def test_the_trip_points_back_to_the_visitor(extractor):
    text = ("U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday. "
            "Kremlin spokesman Dmitry Peskov called the trip \"a pure provocation\".")
    assert ("RUS", "CONDEMNS", "USA", "asserted", ()) in condemns(extractor, text)


def test_the_isolation_points_back_to_every_agent_of_the_cut(extractor):
    text = ("Saudi Arabia and the UAE cut ties with Qatar in June. "
            "Turkish President Erdogan denounced the isolation of Qatar as \"inhumane\".")
    got = condemns(extractor, text)
    assert {("TUR", "CONDEMNS", "SAU", "asserted", ()), ("TUR", "CONDEMNS", "ARE", "asserted", ())} <= got
    assert ("TUR", "CONDEMNS", "QAT", "asserted", ()) not in got


def test_a_pact_belongs_to_both_signatories(extractor):
    text = ("Israel and the UAE signed a normalisation agreement at the White House on Tuesday. "
            "The Palestinian foreign ministry called the agreement a historic betrayal of Jerusalem.")
    got = condemns(extractor, text)
    assert got == {("PSE", "CONDEMNS", "ISR", "asserted", ()), ("PSE", "CONDEMNS", "ARE", "asserted", ())}


def test_a_visit_belongs_to_the_visitor_not_the_host(extractor):
    text = ("Indian Prime Minister Narendra Modi visited Moscow on Monday. "
            "Ukraine's foreign ministry called the visit a blow to peace efforts.")
    assert condemns(extractor, text) == {("UKR", "CONDEMNS", "IND", "asserted", ())}


def test_an_alleged_deed_is_nobodys_known_deed(extractor):
    text = ("Minsk said the EU had attacked Belarus. "
            "Lithuania's president called the diversion \"an attack on the international community\".")
    assert not any(r[0] == "LTU" for r in condemns(extractor, text))


# where no condemnation is made -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ethiopia did not call Egypt's statement a provocation.",
    "Ethiopia never described the Egyptian statement as hostile.",
    "The Kenyan president said Somalia's complaint was a welcome gesture.",
    "Greece called Turkey's offer a constructive step.",
    "Vilnius called Germany's decision a hypocritical but necessary step.",
    "Analysts called China's drills a dangerous escalation.",
    "Egyptian President Abdel Fattah al-Sisi described Egypt's own decision as irresponsible.",
    "Russian Foreign Minister Sergei Lavrov said the Finnish decision would be a mistake.",
    "Kremlin spokesman Dmitry Peskov called it \"a pure provocation\".",
    "The Qatari emir said Doha had been a reliable partner in the fight against terrorism.",
    "Saudi officials called on Qatar to end its support for militant groups.",
], ids=["negated-call", "never-described", "praise", "positive-head", "positive-head-over-blame", "non-state-speaker", "own-deed",
        "hypothetical", "pronoun-object", "role-not-verdict", "call-on-request"])
def test_no_condemnation(extractor, text):
    assert condemns(extractor, text) == set()


# a deed branded in passing inside someone's statement ------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("The Georgian foreign ministry said Tbilisi was answering \"the unlawful restrictions\" imposed by Moscow.",
     ("GEO", "CONDEMNS", "RUS", "asserted", ())),
    ("Ankara said the pact would only encourage Greece's provocative behaviour in the Aegean.",
     ("TUR", "CONDEMNS", "GRC", "asserted", ())),
], ids=["participle-agent", "possessor-under-prediction"])
def test_a_branded_deed_inside_a_statement_condemns_its_doer(extractor, text, row):
    assert row in condemns(extractor, text)


@pytest.mark.parametrize("text", [
    "Russia's illegal annexation of Crimea in 2014 drew Western sanctions.",
    "A Houthi spokesman said the group would respond to \"the blatant Israeli aggression\".",
    "Turkey's defence ministry said Ankara would retaliate for the reckless Greek incursions.",
    "Turkey's defence ministry said Ankara had vowed to punish the reckless Greek incursions.",
], ids=["article-voice", "response-to-come", "retaliate-to-come", "vowed"])
def test_a_branded_deed_outside_a_condemning_statement(extractor, text):
    assert not any(r[2] in ("RUS", "ISR", "GRC") and r[0] in ("HOUTHIS", "TUR", "UKR") for r in condemns(extractor, text))
    if text.startswith("Russia's"):
        assert condemns(extractor, text) == set()


# "what it called ...": the verdict phrase is the deed and names its owner -------------------------------

def test_what_it_called_names_the_owner_inside_the_verdict(extractor):
    text = "Canada has complained about what it called \"reckless and unprofessional\" manoeuvres by a Chinese fighter jet."
    assert ("CAN", "CONDEMNS", "CHN", "asserted", ()) in condemns(extractor, text)


def test_what_unnamed_officials_called_names_no_speaker(extractor):
    text = "Talks stalled after what observers described as intimidation by Chinese authorities."
    assert condemns(extractor, text) == set()


# a verb that judges a deed inside a statement ------------------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Russia's deputy foreign minister told reporters that Washington's unilateral step goes beyond the framework of international law.",
     ("RUS", "CONDEMNS", "USA", "asserted", ())),
    ("\"The Turkish operation flagrantly violates Syria's sovereignty,\" the Syrian foreign ministry said.",
     ("SYR", "CONDEMNS", "TUR", "asserted", ())),
    ("Serbia's president said the Kosovar law undermines the Brussels agreement.",
     ("SRB", "CONDEMNS", "XKX", "asserted", ())),
], ids=["go-beyond", "quoted-violates", "undermines"])
def test_a_judging_verb_on_an_owned_deed_condemns_the_owner(extractor, text, row):
    assert row in condemns(extractor, text)


@pytest.mark.parametrize("text", [
    "Cambodia's defence ministry said Thai soldiers had violated the truce.",
    "Serbia's president said the Kosovar law does not undermine the Brussels agreement.",
    "Serbia's president said the Kosovar law could undermine the Brussels agreement.",
], ids=["forces-are-charged-not-judged", "negated", "modal"])
def test_no_verdict_from_a_judging_verb(extractor, text):
    assert condemns(extractor, text) == set()


# verdicts on a deed named only by a general noun, and verbs that condemn by themselves ----------------

def test_what_he_called_an_irresponsible_decision_points_back_to_the_decider(extractor):
    text = ("Russia formally recognised the independence of Abkhazia on Tuesday. "
            "The US president condemned what he called an \"irresponsible decision\".")
    assert ("USA", "CONDEMNS", "RUS", "asserted", ()) in condemns(extractor, text)
    assert ("USA", "CONDEMNS", "ABKHAZIA", "asserted", ()) not in condemns(extractor, text)


def test_ran_counter_to_judges_the_step(extractor):
    text = ("Russia formally recognised the independence of Abkhazia on Tuesday. "
            "The German chancellor said the step ran counter to the principle of territorial integrity.")
    assert condemns(extractor, text) == {("DEU", "CONDEMNS", "RUS", "asserted", ())}


def test_regretting_the_attacks_condemns_the_attackers_not_the_victim(extractor):
    text = ("French and British jets struck Libyan air defences on Saturday. "
            "\"China regrets the military attacks against Libya,\" China's foreign ministry said.")
    got = condemns(extractor, text)
    assert {("CHN", "CONDEMNS", "FRA", "asserted", ()), ("CHN", "CONDEMNS", "GBR", "asserted", ())} <= got
    assert not any(r[2] == "LBY" for r in got)


@pytest.mark.parametrize("text", [
    "Pyongyang said it does not accept what it calls \"unlawful\" sanctions imposed by the United States.",
    "French and British jets struck Libyan air defences on Saturday. China's foreign ministry said it did not regret the attacks.",
], ids=["under-a-negated-verb", "negated-regret"])
def test_no_condemnation_under_negation(extractor, text):
    assert condemns(extractor, text) == set()


# a deed told beside the reaction, a rebuke, a rejection, a verdict on a bare deed ---------------------

def test_reservations_about_strikes_judge_the_campaigners_named_beside_them(extractor):
    text = ("India voiced deep reservations about the missile strikes carried out on Syria overnight, as an "
            "alliance led by Britain and France pressed ahead with its bombing campaign.")
    assert condemns(extractor, text) == {("IND", "CONDEMNS", "GBR", "asserted", ()),
                                         ("IND", "CONDEMNS", "FRA", "asserted", ())}


def test_no_campaigner_named_beside_the_strikes_means_no_row(extractor):
    text = "India voiced deep reservations about the missile strikes carried out on Syria overnight."
    assert condemns(extractor, text) == set()


@pytest.mark.parametrize("text, row", [
    ("Turkey expelled the Dutch envoy, in a sharp rebuke to the Netherlands.", ("TUR", "CONDEMNS", "NLD", "asserted", ())),
    ("Canada suspended talks with India and Pakistan, a pointed rebuke of both neighbours over the border clashes.",
     None),
], ids=["in-a-rebuke-to", "rebuke-of-common-noun-neighbours"])
def test_a_deed_summed_up_as_a_rebuke_condemns_whom_it_rebukes(extractor, text, row):
    got = condemns(extractor, text)
    if row is None:
        assert got == {("CAN", "CONDEMNS", "IND", "asserted", ()), ("CAN", "CONDEMNS", "PAK", "asserted", ())}
    else:
        assert got == {row}


def test_no_rebuke_when_negated_or_to_come(extractor):
    assert condemns(extractor, "Japan will recall its envoy from Seoul, in a rebuke to South Korea.") == set()
    assert condemns(extractor, "Japan did not recall its envoy, a rebuke of South Korea.") == set()


def test_dismissing_the_vote_condemns_the_body_that_voted(extractor):
    text = ("The UN Human Rights Council condemned Iran's crackdown on protesters. Tehran's envoy dismissed the "
            "vote as \"politically motivated\".")
    assert ("IRN", "CONDEMNS", "UNHRC", "asserted", ()) in condemns(extractor, text) or \
        ("IRN", "CONDEMNS", "UN", "asserted", ()) in condemns(extractor, text)


def test_a_resolution_the_speaker_calls_provocative_condemns_its_adopters(extractor):
    text = ("The UN General Assembly condemned Russia's seizure of the plant. Moscow's envoy told the chamber that "
            "the resolution was \"openly provocative\".")
    assert ("RUS", "CONDEMNS", "UNGA", "asserted", ()) in condemns(extractor, text)


def test_rejecting_the_decision_condemns_the_decider(extractor):
    text = "Serbia recognised the breakaway province. Croatia rejected the decision outright."
    got = condemns(extractor, text)
    text2 = "Armenia imposed new tariffs on Turkish goods. Ankara rejected the decision outright."
    assert ("TUR", "CONDEMNS", "ARM", "asserted", ()) in condemns(extractor, text2)
    assert all(r[0] == "HRV" for r in got)


def test_rejecting_a_decision_nobody_was_told_of_is_no_row(extractor):
    assert condemns(extractor, "Ankara rejected the decision outright.") == set()


def test_declaring_a_decision_void_condemns_the_decider(extractor):
    text = "The UN Security Council voted to declare the Israeli decision \"null and void\"."
    assert condemns(extractor, text) == {("UNSC", "CONDEMNS", "ISR", "asserted", ())}


def test_declaring_a_decision_valid_is_no_verdict(extractor):
    assert condemns(extractor, "The court declared the Israeli decision valid.") == set()


def test_a_verdict_on_the_bare_deed_points_back_to_its_doer(extractor):
    text = ("Algeria halted gas deliveries to Spain on Monday. The Spanish foreign minister called the cut-off "
            "\"unjustified and unacceptable\".")
    assert ("ESP", "CONDEMNS", "DZA", "asserted", ()) in condemns(extractor, text)


def test_denouncing_as_a_neutral_noun_names_the_owner_inside_it(extractor):
    text = "The Syrian foreign ministry denounced the base as \"a new Turkish military outpost\" on its soil."
    assert condemns(extractor, text) == {("SYR", "CONDEMNS", "TUR", "asserted", ())}


@pytest.mark.parametrize("text", [
    "Moscow voices regret as Western jets pound Assad's forces.",
    "The Syrian foreign ministry denounced the base as \"a welcome Turkish contribution\".",
    "The Syrian foreign ministry did not denounce the base as \"a new Turkish outpost\".",
])
def test_no_verdict_from_a_neutral_or_praising_phrase(extractor, text):
    assert condemns(extractor, text) == set()


# a deed clause summed up by "a move/step X called Y" -----------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Beijing deployed warships near the islands, a move Tokyo called a dangerous provocation.",
     ("JPN", "CONDEMNS", "CHN", "asserted", ())),
    ("Moscow signed a decree annexing the four regions, a step Ukraine's foreign ministry called \"a crime against "
     "international law\".", ("UKR", "CONDEMNS", "RUS", "asserted", ())),
], ids=["move-relative", "step-misparsed-as-subject"])
def test_a_deed_summed_up_as_a_move_the_speaker_brands(extractor, text, row):
    assert row in condemns(extractor, text)


@pytest.mark.parametrize("text", [
    "Beijing deployed warships near the islands, a move Tokyo called routine.",
    "Beijing deployed warships near the islands, a move Tokyo did not call a provocation.",
    "Beijing deployed warships near the islands, a move analysts called a dangerous provocation.",
])
def test_no_verdict_on_a_summed_up_move(extractor, text):
    assert condemns(extractor, text) == set()


# a demand brands in the demander's voice; a bare deed noun is the one named before with its owner ---

def test_a_demand_brands_the_restrictions_named_before_with_their_owner(extractor):
    text = ("Moscow says it will answer Latvia's restrictions on cargo transit.\n\n"
            "The Russian foreign ministry summoned the Latvian envoy and demanded that the \"openly hostile\" "
            "restrictions be lifted at once.")
    assert ("RUS", "CONDEMNS", "LVA", "asserted", ()) in condemns(extractor, text)


@pytest.mark.parametrize("text", [
    "The Russian foreign ministry demanded that the \"openly hostile\" restrictions be lifted at once.",
    "The Russian foreign ministry did not demand that the \"openly hostile\" restrictions be lifted.",
], ids=["no-owner-named-before", "negated-demand"])
def test_no_owner_or_no_demand_means_no_row(extractor, text):
    assert condemns(extractor, text) == set()


def test_an_attempt_by_force_is_a_verdict(extractor):
    text = ("Belarus has formally recognised Abkhazia. Georgia's foreign ministry called the decision "
            "an attempt to redraw borders by force.")
    assert ("GEO", "CONDEMNS", "BLR", "asserted", ()) in condemns(extractor, text)


def test_the_halt_points_back_to_whoever_halted_supplies(extractor):
    text = ("Algeria halted gas deliveries to Spain on Monday. The Spanish prime minister described the halt as "
            "\"a direct attack on Spain\".")
    assert ("ESP", "CONDEMNS", "DZA", "asserted", ()) in condemns(extractor, text)


def test_a_deed_parsed_as_the_predicate_carries_its_own_verdict(extractor):
    text = ("Algeria halted gas deliveries to Spain on Monday. The Spanish prime minister accused Algiers of "
            "blackmail and called the cut-off \"unjustified and unacceptable.\"")
    assert ("ESP", "CONDEMNS", "DZA", "asserted", ()) in condemns(extractor, text)


def test_a_plain_halt_without_verdict_is_no_condemnation(extractor):
    text = "Algeria halted gas deliveries to Spain on Monday. The Spanish prime minister described the halt as temporary."
    assert condemns(extractor, text) == set()


def test_the_seizure_points_back_to_whoever_seized_in_an_earlier_paragraph(extractor):
    text = ("A Greek-flagged tanker was seized by Iranian forces in the Gulf on Friday.\n\n"
            "The Greek foreign minister called the seizure \"an act of piracy\".")
    assert ("GRC", "CONDEMNS", "IRN", "asserted", ()) in condemns(extractor, text)


def test_a_seizure_denied_or_to_come_names_no_doer(extractor):
    text = ("Iranian forces did not seize the Greek tanker.\n\n"
            "The Greek foreign minister called the seizure \"an act of piracy\".")
    assert condemns(extractor, text) == set()


@pytest.mark.parametrize("text, row", [
    ("The summit ended without a deal, drawing sharp criticism of Paris from Rome.", ("ITA", "CONDEMNS", "FRA", "asserted", ())),
    ("Beijing's condemnation of Tokyo came within hours.", ("CHN", "CONDEMNS", "JPN", "asserted", ())),
], ids=["criticism-of-from", "possessor-condemnation-of"])
def test_a_criticism_noun_with_critic_and_target(extractor, text, row):
    assert condemns(extractor, text) == {row}


@pytest.mark.parametrize("text", [
    "The plan could draw criticism of Paris from Rome.",
    "There was no criticism of Paris from Rome.",
    "The summit drew criticism of Paris.",
], ids=["modal", "no-criticism", "no-critic"])
def test_no_criticism_row(extractor, text):
    assert condemns(extractor, text) == set()


def test_a_bare_formal_protest_after_a_deed_against_the_protester(extractor):
    text = ("North Korea fired two missiles into Japan's exclusive economic zone on Monday. Tokyo lodged a formal "
            "protest through diplomatic channels.")
    assert ("JPN", "CONDEMNS", "PRK", "asserted", ()) in condemns(extractor, text)


@pytest.mark.parametrize("text", [
    "Tokyo lodged a formal protest through diplomatic channels.",
    "North Korea fired two missiles into Japan's exclusive economic zone. Tokyo did not lodge a protest.",
    "North Korea fired two missiles into Japan's exclusive economic zone. Tokyo may lodge a protest.",
], ids=["no-deed-told", "negated", "modal"])
def test_no_bare_protest_row(extractor, text):
    assert condemns(extractor, text) == set()


def test_the_decision_is_the_deed_the_sentence_just_named(extractor):
    text = ("The United States imposed sanctions on India on Monday. Russia delivered an air defence system to India "
            "last year. New Delhi said it rejects the sanctions, calling the decision a grave mistake.")
    got = condemns(extractor, text)
    assert ("IND", "CONDEMNS", "USA", "asserted", ()) in got
    assert ("IND", "CONDEMNS", "RUS", "asserted", ()) not in got


@pytest.mark.parametrize("text, row", [
    ("Germany expressed concern over Russia's troop build-up near the border.", ("DEU", "CONDEMNS", "RUS", "asserted", ())),
    ("Brazil voiced concern at the air strikes carried out on Syria, as a coalition led by Britain and France "
     "pressed on with its bombing campaign.", None),
], ids=["concern-over-owned-deed", "concern-at-strikes-misparsed-coalition"])
def test_expressed_concern_at_a_deed_condemns_its_doer(extractor, text, row):
    expected = {row} if row else {("BRA", "CONDEMNS", "GBR", "asserted", ()), ("BRA", "CONDEMNS", "FRA", "asserted", ())}
    assert condemns(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The UN expressed concern about the humanitarian situation.",
    "Germany did not express concern over Russia's troop build-up.",
    "Germany may voice concern over Russia's troop build-up.",
])
def test_concern_without_an_owner_or_negated_is_no_row(extractor, text):
    assert condemns(extractor, text) == set()
