"""Status classes first seen in the third corpus, on sentences written for these tests
(other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import claim_rows as rows


def test_accusation_told_by_an_unnamed_report_is_asserted(extractor):
    got = rows(extractor, "Peru has accused Chile of smuggling rifles across the border, according to a leaked memo.")
    assert ("PER", "ACCUSES", "CHL", "asserted", ()) in got, got


def test_negation_of_the_first_conjunct_does_not_deny_the_request(extractor):
    got = rows(extractor, "The Kenyan president said his government did not seek a quarrel and urged Uganda to reopen the border.")
    assert ("KEN", "REQUESTS", "UGA", "asserted", ()) in got, got
    assert not any(r[3] == "denied" for r in got), got


def test_conjunct_with_its_own_modal_keeps_its_own_mood(extractor):
    got = rows(extractor, "Hungary said it did not accept the sanctions and would stand by Serbia.")
    assert not any(r[:3] == ("HUN", "SUPPORTS", "SRB") and r[3] == "denied" for r in got), got
    assert any(r[:3] == ("HUN", "SUPPORTS", "SRB") for r in got), got


def test_deed_inside_a_condition_is_not_claimed(extractor):
    got = rows(extractor, "Moscow has warned that it will take countermeasures if Norway deploys forces near Russia.")
    assert ("RUS", "THREATENS", "NOR", "asserted", ()) in got, got
    assert not any(r[:3] == ("NOR", "MOBILIZES", "RUS") for r in got), got


def test_hoped_for_talks_are_planned_by_their_actor(extractor):
    got = rows(extractor, "Chancellor Olaf Scholz hopes to hold talks with Poland next month, officials said.")
    assert ("DEU", "MEETS", "POL", "planned", ("DEU",)) in got, got


def test_headline_second_clause_lends_no_intent_to_the_first(extractor):
    got = rows(extractor, "Latvia expels Belarusian envoy over spying; Minsk vows response")
    assert ("LVA", "REDUCES_RELATIONS", "BLR", "asserted", ()) in got, got
    assert not any(r[3] == "planned" for r in got), got


def test_disowned_intent_is_no_denial(extractor):
    got = rows(extractor, "Orban said Hungary had no plans to host a Chinese military base.")
    assert not any(r[3] == "denied" for r in got), got


def test_denial_in_a_relative_clause_answers_the_accuser_of_its_sentence(extractor):
    text = ("France said Poland was arming Ukraine. Lithuania cut ties with Minsk in May, "
            "accusing Poland of hostile actions, which Warsaw called completely unjustified.")
    got = rows(extractor, text)
    assert ("POL", "DENIES", "LTU", "asserted", ()) in got, got
    assert not any(r[:3] == ("POL", "DENIES", "FRA") for r in got), got


def test_deed_told_as_background_of_a_protest_is_asserted(extractor):
    got = rows(extractor, "Vietnam filed a protest with China after four Chinese coast guard vessels entered Vietnamese territorial waters, the ministry said.")
    assert ("CHN", "MOBILIZES", "VNM", "asserted", ()) in got, got


def test_writers_gloss_after_a_statement_is_not_the_speakers_claim(extractor):
    got = rows(extractor, "Last week, India's trade ministry said importers would need new permits, "
                          "a step widely seen as a reply to Canadian sanctions on India.")
    assert ("CAN", "SANCTIONS", "IND", "asserted", ()) in got, got


def test_no_intention_answering_an_accusation_denies_it(extractor):
    got = rows(extractor, "Serbia has accused Croatia of massing troops. Croatia said it had no intention of attacking Serbia.")
    assert ("HRV", "ATTACKS", "SRB", "denied", ("HRV",)) in got, got
    assert ("HRV", "DENIES", "SRB", "asserted", ()) in got, got


def test_no_intention_said_unprompted_holds_nothing(extractor):
    got = rows(extractor, "Croatia said it had no intention of attacking Serbia.")
    assert not any(r[:3] == ("HRV", "ATTACKS", "SRB") for r in got), got


def test_trailing_charge_names_the_accuser_of_a_denial(extractor):
    got = rows(extractor, "Venezuela denies harbouring rebels, a charge made repeatedly by Colombia.")
    assert ("COL", "ACCUSES", "VEN", "asserted", ()) in got, got
    assert ("VEN", "DENIES", "COL", "asserted", ()) in got, got


def test_charge_without_a_denial_names_no_denier(extractor):
    got = rows(extractor, "Venezuela hosted the talks, a charge made repeatedly by Colombia.")
    assert not any(r[1] == "DENIES" for r in got), got


def test_clause_denial_answers_an_accusation_two_sentences_back(extractor):
    text = ("Ankara has accused Stockholm of harbouring militants. Turkish officials said Sweden let them raise funds. "
            "Swedish officials denied that the country was a haven for the militants.")
    got = rows(extractor, text)
    assert ("SWE", "DENIES", "TUR", "asserted", ()) in got, got


def test_clause_denial_with_no_accusation_before_it_denies_nobody(extractor):
    got = rows(extractor, "Swedish officials denied that the country was a haven for the militants.")
    assert not any(r[1] == "DENIES" for r in got), got


def test_vow_of_a_decisive_response_threatens_the_named_rival(extractor):
    got = rows(extractor, "Armenia's defence minister said Baku was preparing for war and warned that any incursion "
                          "would be met with a decisive response.")
    assert ("ARM", "THREATENS", "AZE", "asserted", ()) in got, got


def test_vow_to_respond_threatens_the_doer_of_the_last_hostile_deed(extractor):
    text = "Canada imposed sanctions on Venezuela on Monday. Venezuela's foreign minister said Venezuela would respond firmly."
    got = rows(extractor, text)
    assert ("VEN", "THREATENS", "CAN", "asserted", ()) in got, got


def test_response_in_a_writers_gloss_threatens_nobody(extractor):
    got = rows(extractor, "Chile said importers would need permits, a move widely seen as a response to Peruvian curbs.")
    assert not any(r[1] == "THREATENS" for r in got), got


def test_medium_citing_officials_attributes_to_their_state(extractor):
    got = rows(extractor, "The Times, citing Israeli and U.S. officials, reported that Iran had shipped drones to Russia.")
    assert ("IRN", "SUPPLIES", "RUS", "alleged", ("ISR", "USA")) in got, got


def test_warning_an_addressee_not_to_act_is_no_denial(extractor):
    got = rows(extractor, "The EU warned Serbia not to recognise Crimea's annexation.")
    assert ("EU", "THREATENS", "SRB", "asserted", ()) in got, got
    assert not any(r[3] == "denied" for r in got), got


def test_the_panel_speaks_for_the_body_last_heard_from(extractor):
    got = rows(extractor, "A UN panel of experts has accused Russia of arming rebels. "
                          "The panel said Egypt had supplied drones to Sudan.")
    assert ("EGY", "SUPPLIES", "SDN", "alleged", ("UN",)) in got, got


def test_the_panel_is_not_a_state_last_heard_from(extractor):
    got = rows(extractor, "Kenya said it would host talks.\nThe panel said Egypt had supplied drones to Sudan.")
    assert ("EGY", "SUPPLIES", "SDN", "alleged", ()) in got, got
