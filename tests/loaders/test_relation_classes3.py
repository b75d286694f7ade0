"""Recall on constructions first seen in the third corpus, on sentences written for these tests
(other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import edge_rows as rows


def test_counting_on_an_actor_to_act_requests_it(extractor):
    got = rows(extractor, "Spain counts on Morocco to curb the crossings.")
    assert ("ESP", "REQUESTS", "MAR", "asserted") in got, got


def test_counting_on_without_a_task_is_no_request(extractor):
    got = rows(extractor, "Spain counts on Morocco.")
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_lodged_representations_with_condemns(extractor):
    got = rows(extractor, "Canada lodged stern representations with India over the killing.")
    assert ("CAN", "CONDEMNS", "IND", "asserted") in got, got


def test_defending_an_actor_supports_it(extractor):
    got = rows(extractor, "Greece vowed to defend Cyprus.")
    assert any(r[:3] == ("GRC", "SUPPORTS", "CYP") for r in got), got


def test_recognised_adjective_names_no_owner(extractor):
    got = rows(extractor, "The UN-recognised government in Tripoli called on the Security Council to act.")
    assert not any(r[0] == "UN" for r in got), got
    assert ("LBY", "REQUESTS", "UNSC", "asserted") in got, got


def test_commander_of_an_armed_group_speaks_for_it(extractor):
    got = rows(extractor, "Khalifa Haftar visited Cairo last week.")
    assert ("LNA", "MEETS", "EGY", "asserted") in got, got


def test_blamed_on_a_militant_group_accuses_it(extractor):
    got = rows(extractor, "Delhi blamed the bombing on Jaish-e-Mohammed.")
    assert ("IND", "ACCUSES", "JEM", "asserted") in got, got


def test_e3_is_a_bloc(extractor):
    got = rows(extractor, "Washington backed the E3 over the dispute.")
    assert ("USA", "SUPPORTS", "E3", "asserted") in got, got


def test_place_based_adjective_names_no_owner(extractor):
    got = rows(extractor, "Kabul blamed the assault on the Iran-based group Hezbollah.")
    assert ("AFG", "ACCUSES", "HEZBOLLAH", "asserted") in got, got
    assert not any(r[2] == "IRN" for r in got), got


def test_phrase_known_as_a_bloc_name_is_that_bloc(extractor):
    got = rows(extractor, "The European trio, known as the E3, condemned Syria.")
    assert ("E3", "CONDEMNS", "SYR", "asserted") in got, got


def test_three_signatories_each_cooperate_with_each_other(extractor):
    got = rows(extractor, "Egypt, Jordan and Iraq signed an accord in Baghdad.")
    pairs = {frozenset((r[0], r[2])) for r in got if r[1] == "COOPERATES"}
    assert pairs == {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")), frozenset(("JOR", "IRQ"))}, got


def test_banning_imports_of_a_states_goods_sanctions_it(extractor):
    got = rows(extractor, "Russia has banned all imports of Moldovan wine.")
    assert ("RUS", "SANCTIONS", "MDA", "asserted") in got, got


def test_a_ban_on_imports_from_a_state_sanctions_it(extractor):
    got = rows(extractor, "Beijing imposed a ban on imports from Lithuania.")
    assert ("CHN", "SANCTIONS", "LTU", "asserted") in got, got


def test_restrictions_on_sales_to_a_state_sanction_it(extractor):
    got = rows(extractor, "Seoul imposed new restrictions on the export of drones to Moscow.")
    assert ("KOR", "SANCTIONS", "RUS", "asserted") in got, got


def test_export_controls_on_goods_to_a_state_sanction_it(extractor):
    got = rows(extractor, "Washington tightened export controls on chips to China.")
    assert ("USA", "SANCTIONS", "CHN", "asserted") in got, got


def test_control_without_trade_modifier_is_no_sanction(extractor):
    got = rows(extractor, "Syria regained control of the town from the rebels.")
    assert not any(r[1] == "SANCTIONS" for r in got), got


def test_restrictions_on_a_non_trade_thing_name_no_target(extractor):
    got = rows(extractor, "Turkish restrictions on the movement of journalists were eased.")
    assert not any(r[1] == "SANCTIONS" and r[2] for r in got), got


def test_unarmed_state_craft_entering_waters_mobilizes(extractor):
    got = rows(extractor, "Two Russian survey vessels entered Norwegian waters near the islands.")
    assert ("RUS", "MOBILIZES", "NOR", "asserted") in got, got
    assert not any(r[1] == "ATTACKS" for r in got), got


def test_fishermen_entering_waters_mobilize_nothing(extractor):
    got = rows(extractor, "Vietnamese fishermen entered Chinese waters.")
    assert not any(r[1] in ("MOBILIZES", "ATTACKS") for r in got), got


def test_signing_a_joint_statement_with_a_state_cooperates(extractor):
    got = rows(extractor, "Cairo and Amman signed a joint declaration with Baghdad last week.")
    assert ("EGY", "COOPERATES", "IRQ", "asserted") in got, got
    assert ("JOR", "COOPERATES", "IRQ", "asserted") in got, got


def test_fighting_against_an_actor_attacks_it(extractor):
    got = rows(extractor, "Nigerien soldiers fought against Boko Haram near the lake.")
    assert ("NER", "ATTACKS", "BOKO_HARAM", "asserted") in got, got


def test_fighting_alongside_an_ally_against_a_foe(extractor):
    got = rows(extractor, "Rwandan troops fought alongside Congolese forces against the M23.")
    assert ("RWA", "SUPPORTS", "COD", "asserted") in got, got
    assert ("RWA", "ATTACKS", "M23", "asserted") in got, got
    assert ("COD", "ATTACKS", "M23", "asserted") in got, got


def test_the_commission_of_a_union_speaks_for_it(extractor):
    got = rows(extractor, "The African Union Commission urged Sudan to halt the fighting.")
    assert ("AU", "REQUESTS", "SDN", "asserted") in got, got


def test_ratifying_a_states_accession_supports_it(extractor):
    got = rows(extractor, "Croatia's parliament ratified Montenegro's accession protocol on Friday.")
    assert ("HRV", "SUPPORTS", "MNE", "asserted") in got, got


def test_approving_the_accession_of_a_state_supports_it(extractor):
    got = rows(extractor, "Greece approved the accession of North Macedonia.")
    assert ("GRC", "SUPPORTS", "MKD", "asserted") in got, got


def test_approving_other_things_is_no_support(extractor):
    got = rows(extractor, "Austria approved the budget of Slovenia.")
    assert not any(r[1] == "SUPPORTS" for r in got), got


def test_joining_a_body_cooperates_with_it(extractor):
    got = rows(extractor, "Montenegro joined NATO in 2017.")
    assert ("MNE", "COOPERATES", "NATO", "asserted") in got, got


def test_joining_a_state_names_no_membership(extractor):
    got = rows(extractor, "Tourists from Chile joined Peru's celebrations.")
    assert not any(r[1] == "COOPERATES" for r in got), got


def test_voting_against_or_for_a_states_bid(extractor):
    got = rows(extractor, "Serbia voted against Kosovo's application, while Albania voted for Kosovo's membership.")
    assert ("SRB", "CONDEMNS", "XKX", "asserted") in got, got
    assert ("ALB", "SUPPORTS", "XKX", "asserted") in got, got


def test_fighting_an_actor_attacks_it(extractor):
    got = rows(extractor, "Since 2014 a Nigerian-led force has fought Boko Haram around the lake.")
    assert ("NGA", "ATTACKS", "BOKO_HARAM", "asserted") in got, got


def test_troops_in_a_place_fighting_name_no_attacker_by_the_place(extractor):
    got = rows(extractor, "Kenya, which has troops in Somalia fighting al-Shabaab, closed the border.")
    assert not any(r[0] == "SOM" and r[1] == "ATTACKS" for r in got), got


def test_aligned_adjective_supports_and_names_no_owner(extractor):
    got = rows(extractor, "Government troops clashed with the Russia-aligned Wagner fighters.")
    assert ("RUS", "SUPPORTS", "WAGNER", "asserted") in got, got
    assert not any(r[0] == "RUS" and r[1] == "ATTACKS" for r in got), got


def test_observing_a_truce_cooperates(extractor):
    got = rows(extractor, "Armenia and Azerbaijan have largely observed a truce since May.")
    assert ("ARM", "COOPERATES", "AZE", "asserted") in got, got


def test_he_after_a_persons_deed_is_that_person_not_the_last_speaker(extractor):
    text = ("Armenian Prime Minister Nikol Pashinyan said his country did not want war and urged France to press "
            "Azerbaijan to halt its shelling.\n\nTurkish Foreign Minister Hakan Fidan, on his first visit to Yerevan, "
            "met Pashinyan. He warned Azerbaijan that the talks could collapse if its offensive continued.")
    got = rows(extractor, text)
    assert ("TUR", "THREATENS", "AZE", "asserted") in got, got
    assert not any(r[0] == "ARM" and r[1] == "THREATENS" for r in got), got
