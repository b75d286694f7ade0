"""Status and attribution in constructions of full-length news copy (negated verdicts, adjectives of
readiness, speaking participles under a vow, purpose infinitives of a planned step, ...), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import paragraphs

from extracted import claim_rows as rows


# a reported copular verdict is withheld when negated ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Berlin said the Russian sanctions were not illegal.",
    "Germany said Moscow's vote was no violation of the charter.",
    "Germany never said the Russian sanctions were illegal.",
    "The German foreign ministry did not say the Russian embargo was unacceptable.",
], ids=["not-adjective", "no-noun", "never-said", "did-not-say"])
def test_a_negated_copular_verdict_condemns_nobody(extractor, text):
    assert not any(r[1] == "CONDEMNS" for r in rows(extractor, text)), rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Berlin said the Russian sanctions were illegal.",
    "Germany said Moscow's vote was a violation of the charter.",
], ids=["adjective", "noun"])
def test_a_reported_copular_verdict_still_condemns(extractor, text):
    assert ("DEU", "CONDEMNS", "RUS", "asserted", ()) in rows(extractor, text)


# adjectives of readiness: the copula's subject plans the deed --------------------------------------

@pytest.mark.parametrize("text", [
    "The Iranian foreign minister is due to visit Moscow next week.",
    "Iran's president is set to travel to Moscow on Monday.",
], ids=["due", "set"])
def test_due_to_visit_is_planned_by_the_subject(extractor, text):
    assert rows(extractor, text) == {("IRN", "MEETS", "RUS", "planned", ("IRN",))}


def test_ready_to_send_troops_is_planned(extractor):
    got = rows(extractor, "Ankara is ready to send troops to Azerbaijan.")
    assert got == {("TUR", "SUPPLIES", "AZE", "planned", ("TUR",))}


def test_readiness_told_by_the_state_itself_stays_its_own_plan(extractor):
    got = rows(extractor, "Iran said it was prepared to sell drones to Russia.")
    assert got == {("IRN", "SUPPLIES", "RUS", "planned", ("IRN",))}


@pytest.mark.parametrize("text", [
    "Pakistan is not ready to attack India.",
    "Iran is unwilling to sell drones to Russia.",
    "The Iranian foreign minister is happy to visit Moscow.",
], ids=["negated", "unwilling", "not-readiness"])
def test_no_plan_from_negated_or_other_adjectives(extractor, text):
    assert rows(extractor, text) == set()


# a speaking participle set off after a vow is said now -------------------------------------------

def test_an_accusing_participle_after_a_vow_is_asserted(extractor):
    got = rows(extractor, "Ankara has vowed to veto the bid, accusing Stockholm of sheltering militants.")
    assert ("TUR", "ACCUSES", "SWE", "asserted", ()) in got, got
    assert not any(r[1] == "ACCUSES" and r[3] == "planned" for r in got), got


def test_an_accusation_that_is_itself_the_plan_stays_planned(extractor):
    got = rows(extractor, "Ankara will accuse Stockholm of sheltering militants.")
    assert ("TUR", "ACCUSES", "SWE", "planned", ("TUR",)) in got, got


def test_a_non_speaking_participle_keeps_the_plan(extractor):
    got = rows(extractor, "Turkey plans to send troops to Azerbaijan, using ships from its navy.")
    assert ("TUR", "SUPPLIES", "AZE", "planned", ("TUR",)) in got, got


# a to-infinitive relative shares the mood of the clause that sets up its noun ---------------------

@pytest.mark.parametrize("text", [
    "Taipei said it would set up a fund to invest in Lithuanian industries.",
    "Taiwan will open a fund to invest in Lithuanian industries.",
], ids=["reported-would", "will"])
def test_a_purpose_infinitive_of_a_planned_fund_is_planned(extractor, text):
    assert rows(extractor, text) == {("TWN", "COOPERATES", "LTU", "planned", ("TWN",))}


def test_a_purpose_infinitive_of_a_fund_already_open_is_asserted(extractor):
    assert rows(extractor, "Taiwan opened a fund to invest in Lithuanian industries.") == {
        ("TWN", "COOPERATES", "LTU", "asserted", ())}


def test_a_finite_relative_keeps_its_own_mood(extractor):
    got = rows(extractor, "Sudan, whose government has sided with Egypt, will not attend the talks.")
    assert ("SDN", "SUPPORTS", "EGY", "asserted", ()) in got, got


# a deed in a "when" relative on a time dates a statement: background the article tells -------------

def test_a_when_relative_under_a_criticism_is_background(extractor):
    got = rows(extractor, "Yerevan criticized the CSTO for failing to act in May, when Azerbaijani troops advanced "
                          "several kilometers into Armenian territory.")
    assert ("AZE", "ATTACKS", "ARM", "asserted", ()) in got, got


def test_a_deed_reported_plainly_stays_alleged(extractor):
    got = rows(extractor, "Armenia said Azerbaijani troops had advanced into Armenian territory in May.")
    assert got == {("AZE", "ATTACKS", "ARM", "alleged", ("ARM",))}


# "he said" after a quote that opens a paragraph ---------------------------------------------------

def test_he_after_an_opening_quote_is_not_a_state_named_in_the_quote(extractor):
    got = rows(extractor, '"Russia is attacking Ukraine every day," he said.')
    assert got == {("RUS", "ATTACKS", "UKR", "alleged", ())}


def test_he_after_an_opening_quote_goes_on_for_the_last_speaker(extractor):
    got = rows(extractor, "Poland's president Andrzej Duda said on Monday that the war must end.\n\n"
                          '"Russia is attacking Ukraine every day," he said. "We will send more tanks to Kyiv."')
    assert ("RUS", "ATTACKS", "UKR", "alleged", ("POL",)) in got, got
    assert ("POL", "SUPPLIES", "UKR", "planned", ("POL",)) in got, got
    assert not any(r[0] == "RUS" and r[1] == "SUPPLIES" for r in got), got


def test_he_whose_state_is_also_the_last_speaker_keeps_it(extractor):
    got = rows(extractor, "Ukrainian Foreign Minister Dmytro Kuleba said on Monday that talks were impossible.\n\n"
                          '"Russia shelled Kharkiv again last night," he said.')
    assert got == {("RUS", "ATTACKS", "UKR", "alleged", ("UKR",))}


# "according to" a statement or report released by someone ----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Indian troops came under fire from Pakistani posts on Tuesday night, according to a statement released "
     "by the Indian army.", "IND"),
    ("Indian troops came under fire from Pakistani posts, according to a report issued by Indian officials.", "IND"),
], ids=["released-by", "issued-by"])
def test_according_to_a_released_statement_speaks_for_its_issuer(extractor, text, speaker):
    assert rows(extractor, text) == {("PAK", "ATTACKS", "IND", "alleged", (speaker,))}


def test_according_to_an_unsourced_report_names_nobody(extractor):
    assert rows(extractor, "Indian troops came under fire from Pakistani posts, according to a report.") == {
        ("PAK", "ATTACKS", "IND", "alleged", ())}


# state outlets speak for their state ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "China's state broadcaster CCTV said Chinese warships had fired missiles into waters near Taiwan.",
    "China's official news agency said Chinese warships had fired missiles into waters near Taiwan.",
], ids=["state-broadcaster", "official-agency"])
def test_a_state_outlet_tells_of_its_own_state_deed(extractor, text):
    assert rows(extractor, text) == {("CHN", "ATTACKS", "TWN", "asserted", ())}


def test_an_outlet_without_a_state_speaks_for_nobody(extractor):
    got = rows(extractor, "The BBC said Chinese warships had fired missiles into waters near Taiwan.")
    assert got == {("CHN", "ATTACKS", "TWN", "alleged", ())}


# datelines in title case that credit a wire ---------------------------------------------------------

@pytest.mark.parametrize("line, body", [
    ("Beijing, Aug 5 (Reuters) - China said it would hold drills.", "China said it would hold drills."),
    ("Kyiv (AFP) — Ukraine said it shot down drones.", "Ukraine said it shot down drones."),
    ("Washington/Beijing, May 2, 2022 (Reuters) -- The talks ended.", "The talks ended."),
    ("MOSCOW, March 3 (Reuters) - Russia said.", "Russia said."),
], ids=["city-date", "city-only", "two-cities", "upper-case"])
def test_a_credited_dateline_is_cut_from_the_first_paragraph(line, body):
    assert [b for _, b in paragraphs(line)] == [body]


@pytest.mark.parametrize("line", [
    "Russia sanctions Japan (again) - report",
    "Russia warns Japan - and Korea (AP) - over drills",
    "U.S. sanctions Russia - report says",
], ids=["aside-in-brackets", "dash-before-credit", "no-credit"])
def test_a_headline_with_dashes_is_kept_whole(line):
    assert [b for _, b in paragraphs(line)] == [line]


def test_a_credited_dateline_leaves_the_relation_of_its_sentence(extractor):
    got = rows(extractor, "Vilnius, June 20 (Reuters) - Russia threatened to cut gas supplies to Lithuania.")
    assert {(r[0], r[1], r[2]) for r in got} == {("RUS", "THREATENS", "LTU")}, got


# a harm blamed on an actor is its alleged attack on the blamer --------------------------------------

@pytest.mark.parametrize("text, blamer, doer", [
    ("Moscow blamed the explosion on Ukrainian intelligence.", "RUS", "UKR"),
    ("Tehran blamed the killing of its nuclear scientist on Israel.", "IRN", "ISR"),
    ("Germany blamed the sabotage on Russia.", "DEU", "RUS"),
], ids=["explosion", "killing", "sabotage"])
def test_a_blamed_harm_is_the_doers_alleged_attack(extractor, text, blamer, doer):
    got = rows(extractor, text)
    assert (doer, "ATTACKS", blamer, "alleged", (blamer,)) in got, got


def test_a_blamed_blast_through_which_points_back_at_the_blast(extractor):
    got = rows(extractor, "Putin spoke of an explosion that damaged a bridge linking Russia to Crimea, which he "
                          "blamed on Ukrainian intelligence.")
    assert ("UKR", "ATTACKS", "RUS", "alleged", ("RUS",)) in got, got


@pytest.mark.parametrize("text", [
    "Iran did not blame the explosion on Israel.",
    "Iran blamed the fire on faulty wiring.",
    "Iran blamed the delay on Israel.",
], ids=["negated", "no-actor", "not-a-harm"])
def test_no_attack_without_a_blamed_harm_and_doer(extractor, text):
    assert not any(r[1] == "ATTACKS" for r in rows(extractor, text)), rows(extractor, text)


# whoever said nothing does not become the speaker of the next quote ---------------------------------

@pytest.mark.parametrize("silence", [
    "The Kremlin did not comment.",
    "The Kremlin declined to say whether it would respond.",
], ids=["did-not-comment", "declined-to-say"])
def test_a_silent_party_does_not_take_over_an_unattributed_quote(extractor, silence):
    got = rows(extractor, "Ukrainian Foreign Minister Dmytro Kuleba said on Monday that the talks had failed.\n\n"
                          f"{silence}\n\n"
                          '"Russia has shelled Kharkiv again."')
    assert got == {("RUS", "ATTACKS", "UKR", "alleged", ("UKR",))}


def test_a_party_that_spoke_takes_over_the_next_quote(extractor):
    got = rows(extractor, "Ukrainian Foreign Minister Dmytro Kuleba said on Monday that the talks had failed.\n\n"
                          "The Kremlin said the talks had not failed.\n\n"
                          '"Ukraine has shelled Belgorod again."')
    assert got == {("UKR", "ATTACKS", "RUS", "alleged", ("RUS",))}
# the rule a breach is of is in force --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain says the tanker was carrying oil to Syria in breach of European Union sanctions on Damascus.",
    "Britain said the tanker had sailed to Syria in violation of EU sanctions on Damascus.",
], ids=["breach", "violation"])
def test_sanctions_named_as_the_rule_broken_are_asserted(extractor, text):
    got = rows(extractor, text)
    assert ("EU", "SANCTIONS", "SYR", "asserted", ()) in got, got
    assert not any(r[1] == "SANCTIONS" and r[3] == "alleged" for r in got), got


def test_sanctions_reported_as_imposed_stay_alleged(extractor):
    assert rows(extractor, "Britain said the EU had imposed sanctions on Syria.") == {
        ("EU", "SANCTIONS", "SYR", "alleged", ("GBR",))}


# an announced arrival in a foreign capital is a planned meeting --------------------------------------

@pytest.mark.parametrize("text, row", [
    ("The French president was expected in Beirut on Thursday.", ("FRA", "MEETS", "LBN", "planned", ("FRA",))),
    ("Iran's foreign minister is due in Moscow next week.", ("IRN", "MEETS", "RUS", "planned", ("IRN",))),
    ("Lebanese officials said an American envoy was expected in Beirut later this week.",
     ("USA", "MEETS", "LBN", "planned", ("LBN",))),
], ids=["expected", "due", "reported"])
def test_an_expected_arrival_is_a_planned_meeting(extractor, text, row):
    assert rows(extractor, text) == {row}


@pytest.mark.parametrize("text", [
    "The French president was not expected in Beirut.",
    "The French president was expected in Paris on Thursday.",
    "Lebanon expected the French president in Beirut.",
    "Results were expected in Beirut on Thursday.",
], ids=["negated", "home-capital", "active-expect", "no-visitor"])
def test_no_planned_meeting_without_a_visitor_announced_abroad(extractor, text):
    assert not any(r[1] == "MEETS" for r in rows(extractor, text)), rows(extractor, text)


# an unnamed office speaks for the state its report is about ----------------------------------------

def test_an_unnamed_army_reporting_an_attack_on_its_troops_alleges_it(extractor):
    got = rows(extractor, "Indian troops came under fire from Pakistani posts along the border, the army said.")
    assert got == {("PAK", "ATTACKS", "IND", "alleged", ("IND",))}


@pytest.mark.parametrize("text, row", [
    ("Moldova expelled a Russian diplomat, the foreign ministry said.",
     ("MDA", "REDUCES_RELATIONS", "RUS", "asserted", ())),
    ("Israeli aircraft struck Hamas targets in Gaza before dawn, the military said.",
     ("ISR", "ATTACKS", "HAMAS", "asserted", ())),
], ids=["ministry", "military"])
def test_an_unnamed_office_telling_of_its_own_states_deed_asserts_it(extractor, text, row):
    assert rows(extractor, text) == {row}


# an unattributed quote goes on for the speaker quoted last ------------------------------------------

def test_a_later_quote_continues_the_latest_speaker_in_the_paragraph(extractor):
    got = rows(extractor, '"The talks went well," Ukrainian Foreign Minister Dmytro Kuleba said. "We will never accept '
                          'this," Russian Foreign Minister Sergei Lavrov replied. "Ukraine has shelled Belgorod again."')
    assert got == {("UKR", "ATTACKS", "RUS", "alleged", ("RUS",))}


def test_the_latest_speaker_carries_into_the_next_paragraph(extractor):
    got = rows(extractor, '"The talks went well," Ukrainian Foreign Minister Dmytro Kuleba said. "We will never accept '
                          'this," Russian Foreign Minister Sergei Lavrov replied.\n\n"Ukraine will attack Crimea next."')
    assert ("UKR", "ATTACKS", "CRIMEA", "planned", ("RUS",)) in got, got


def test_a_scare_quote_does_not_change_the_quote_speaker(extractor):
    got = rows(extractor, '"We are grateful to our partners," Ukrainian President Volodymyr Zelenskiy said. Moldova '
                          'called the vote "a propaganda event" and said nothing more.\n\n'
                          '"That is why we ask Washington to send more Patriot systems."')
    assert ("UKR", "REQUESTS", "USA", "asserted", ()) in got, got
    assert not any(r[0] == "MDA" and r[1] == "REQUESTS" for r in got), got


def test_words_inside_the_quote_do_not_name_its_speaker(extractor):
    got = rows(extractor, '"We are grateful," Ukrainian President Volodymyr Zelenskiy said. "Russia\'s terror will '
                          'continue as long as it has the means.\n\n"That is why we ask Washington to send more Patriot '
                          'systems."')
    assert ("UKR", "REQUESTS", "USA", "asserted", ()) in got, got


# an unnamed office holder is not the state named inside their own quote -----------------------------

def test_an_unnamed_spokesman_is_not_the_state_in_the_quote(extractor):
    got = rows(extractor, '"North Korea has sent troops to Russia," a spokesman told reporters.')
    assert got == {("PRK", "SUPPLIES", "RUS", "alleged", ())}


def test_an_unnamed_spokesman_goes_on_for_the_last_speaker(extractor):
    got = rows(extractor, "South Korea's spy agency said on Friday that Pyongyang was preparing troops.\n\n"
                          '"North Korea has sent troops to Russia," a spokesman told reporters.')
    assert ("PRK", "SUPPLIES", "RUS", "alleged", ("KOR",)) in got, got


def test_a_spokesman_named_with_his_state_keeps_it(extractor):
    assert rows(extractor, '"Russia will retaliate against Lithuania," a Kremlin spokesman said.') == {
        ("RUS", "THREATENS", "LTU", "asserted", ())}
