"""Attacks on places, platforms as attackers: one class per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor

from extracted import edge_rows as rows


def attacks(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t, _ in rows(extractor, text) if typ == "ATTACKS"}


@pytest.mark.parametrize("text, edge", [
    ("Indian drones struck a village in Pakistani-administered Kashmir on Tuesday.", ("IND", "PAK")),
    ("Russian missiles hit a power plant in western Ukraine overnight.", ("RUS", "UKR")),
    ("Israeli aircraft bombed targets in southern Lebanon.", ("ISR", "LBN")),
    ("Thai artillery shelled towns near the border in northern Cambodia.", ("THA", "KHM")),
    ("Turkish warplanes bombed Kurdish militant targets in northern Iraq.", ("TUR", "IRQ")),
    ("Russian forces shelled villages in the Kharkiv region of Ukraine.", ("RUS", "UKR")),
    ("Ukrainian drones attacked an oil refinery inside Russia.", ("UKR", "RUS")),
])
def test_object_placed_in_an_actor_makes_it_the_target(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


@pytest.mark.parametrize("text, edge", [
    ("A Turkish drone strike on a village in northern Iraq killed five people.", ("TUR", "IRQ")),
    ("Israeli strikes on targets in southern Lebanon killed three people.", ("ISR", "LBN")),
    ("Russia launched a missile attack on a city in eastern Ukraine.", ("RUS", "UKR")),
    ("Israel carried out strikes in Syria overnight.", ("ISR", "SYR")),
    ("Azerbaijan launched an offensive in Nagorno-Karabakh.", ("AZE", "NAGORNO_KARABAKH")),
])
def test_nominal_attack_on_a_place_targets_its_owner(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


def test_an_actor_object_wins_over_the_place(extractor):
    text = "Russian troops attacked Ukrainian positions inside Russia's Kursk region."
    assert attacks(extractor, text) == {("RUS", "UKR")}


def test_attacker_own_territory_is_no_target(extractor):
    assert attacks(extractor, "Russian forces struck a hospital in Russia's Belgorod region.") == set()


def test_occupied_place_is_not_the_occupier(extractor):
    got = attacks(extractor, "Ukrainian drones struck an airfield in Russian-occupied Crimea.")
    assert ("UKR", "RUS") not in got
    assert got == {("UKR", "CRIMEA")}


def test_place_with_no_actor_gives_no_target(extractor):
    assert attacks(extractor, "Houthi missiles hit a tanker in the Red Sea.") == set()


def test_near_a_border_names_no_side(extractor):
    assert attacks(extractor, "Myanmar's military bombed a village near the Thai border.") == set()
    assert attacks(extractor, "Myanmar junta jets bombed a camp near the Chinese border.") == set()


@pytest.mark.parametrize("text, edge", [
    ("Houthi missiles hit Israel on Sunday.", ("HOUTHIS", "ISR")),
    ("Israeli jets struck Hezbollah positions in Lebanon.", ("ISR", "HEZBOLLAH")),
    ("Thai F-16 jets struck Cambodian positions along the border.", ("THA", "KHM")),
    ("Chinese coast guard vessels blocked Philippine supply boats near Second Thomas Shoal.", ("CHN", "PHL")),
    ("Chinese coast guard ships rammed a Philippine vessel.", ("CHN", "PHL")),
    ("A Chinese coast guard ship aimed a military-grade laser at a Philippine patrol vessel.", ("CHN", "PHL")),
])
def test_demonym_platforms_attack_demonym_craft(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


def test_maker_of_a_weapon_is_not_the_attacker(extractor):
    assert attacks(extractor, "Iranian-made drones struck Ukrainian cities.") == set()
    assert attacks(extractor, "Russia fired Iranian-made drones at Ukrainian cities.") == {("RUS", "UKR")}


def test_blocking_a_document_is_no_attack(extractor):
    assert attacks(extractor, "Russia blocked a Ukrainian resolution at the Security Council.") == set()


@pytest.mark.parametrize("text, edge", [
    ("A village in Pakistani-controlled Kashmir was struck by Indian drones.", ("IND", "PAK")),
    ("Israeli warplanes pounded targets across Gaza.", ("ISR", "GAZA")),
    ("Indian missiles destroyed airbases in Pakistan.", ("IND", "PAK")),
    ("Russian troops captured a village in eastern Ukraine.", ("RUS", "UKR")),
    ("Iran seized a British tanker in the Strait of Hormuz.", ("IRN", "GBR")),
    ("Chinese coast guard vessels used water cannon against Philippine boats.", ("CHN", "PHL")),
])
def test_more_attack_verbs_and_places(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


def test_seized_assets_and_used_aid_are_no_attacks(extractor):
    assert attacks(extractor, "The EU seized Russian assets held in Belgium.") == set()
    assert attacks(extractor, "Germany used its aid against Russian influence in Serbia.") == set()


def test_storming_or_forcing_a_way_into_an_embassy_attacks_its_state(extractor):
    assert attacks(extractor, "Venezuelan soldiers stormed the Argentine embassy in Caracas.") == {("VEN", "ARG")}
    assert attacks(extractor, "Bolivian police forced their way into the Peruvian consulate in La Paz.") == {("BOL", "PER")}
    assert attacks(extractor, "Russia forced Ukraine to give up territory.") == set()


def test_reactions_to_a_raid_condemn_the_raider(extractor):
    text = ("Ecuadorian police forced their way into the Mexican embassy in Quito on Friday. "
            "Brazil and Chile issued statements rejecting the incursion.")
    got = rows(extractor, text)
    assert ("ECU", "ATTACKS", "MEX", "asserted") in got, got
    assert {("BRA", "CONDEMNS", "ECU", "asserted"), ("CHL", "CONDEMNS", "ECU", "asserted")} <= got, got


def test_office_holder_speaks_for_the_main_clause_subject_before(extractor):
    text = ("Peru asked the Security Council to hold Chile responsible for the spill.\n\n"
            "In a letter to the council, Foreign Minister Ana Cortez accused Chile of ignoring a 2019 accord.")
    got = rows(extractor, text)
    assert ("PER", "ACCUSES", "CHL", "asserted") in got, got
    assert not any(r[0] == "CHL" and r[1] == "ACCUSES" for r in got), got


def test_craft_carrying_a_material_load_supply_where_they_land(extractor):
    got = rows(extractor, "Iranian ships carrying fuel arrived in Venezuela.")
    assert ("IRN", "SUPPLIES", "VEN", "asserted") in got, got
    got = rows(extractor, "Three Turkish cargo planes carrying drones landed in Tripoli's Mitiga airport.")
    assert ("TUR", "SUPPLIES", "LBY", "asserted") in got, got
    assert rows(extractor, "A Russian plane carrying diplomats landed in Pyongyang.") == set()


def test_agreeing_to_lease_from_an_actor_is_cooperation(extractor):
    got = rows(extractor, "Sudan agreed last year to lease a naval base from Eritrea.")
    assert ("SDN", "COOPERATES", "ERI", "asserted") in got, got


def test_freezing_assets_and_closing_borders_sanction(extractor):
    got = rows(extractor, "The African Union closed its borders with Gabon and froze the country's assets.")
    assert ("AU", "SANCTIONS", "GAB", "asserted") in got, got
    assert rows(extractor, "Estonia said it would close its border crossings at night.") == set()


def test_troops_arriving_in_a_state_are_supplied(extractor):
    got = rows(extractor, "Turkish military advisers arrived in Tripoli in January.")
    assert ("TUR", "SUPPLIES", "LBY", "asserted") in got, got


def test_its_ally_is_the_last_other_subject_or_the_named_one(extractor):
    text = "Japan summoned the Chinese envoy and informed the United States. Washington said it stood with its ally."
    assert ("USA", "SUPPORTS", "JPN", "asserted") in rows(extractor, text)
    assert ("RUS", "COOPERATES", "BLR", "asserted") in rows(extractor, "Russia and its ally Belarus held joint drills.")


def test_object_pronoun_is_the_person_named_before_not_the_subject(extractor):
    got = rows(extractor, "Latvia expelled a Belarusian diplomat on Monday and accused him of espionage.")
    assert ("LVA", "ACCUSES", "BLR", "asserted") in got, got
    # a private citizen speaks for no state, and the pronoun is not the detaining subject
    got = rows(extractor, "Iran detained a French citizen and accused her of spying.")
    assert not any(r[1] == "ACCUSES" for r in got), got


@pytest.mark.parametrize("text, edge", [
    ("Lithuania expelled a Belarusian diplomat. Minsk said it would take retaliatory measures.", ("BLR", "LTU")),
    ("China imposed tariffs on Canadian canola. Ottawa vowed retaliation.", ("CAN", "CHN")),
    ("Russia vowed retaliation against Finland.", ("RUS", "FIN")),
])
def test_retaliation_threatens_whoever_acted_against_the_speaker(extractor, text, edge):
    assert {(s, t) for s, typ, t, _ in rows(extractor, text) if typ == "THREATENS"} == {edge}


def test_retaliation_with_no_provoker_names_no_target(extractor):
    assert not any(r[1] == "THREATENS" for r in rows(extractor, "Brazil said it would take reciprocal measures."))


def test_firms_tied_to_an_actor_stand_for_it(extractor):
    got = rows(extractor, "Britain sanctioned four companies linked to Hezbollah.")
    assert ("GBR", "SANCTIONS", "HEZBOLLAH", "asserted") in got, got
    assert rows(extractor, "Britain sanctioned four companies in Dubai.") == set()


def test_goods_sold_for_an_actors_equipment_go_to_that_actor(extractor):
    got = rows(extractor, "Paris completed a sale of engines for India's Rafale jets last year.")
    assert ("FRA", "SUPPLIES", "IND") in {r[:3] for r in got}, got


@pytest.mark.parametrize("text", [
    "Russia struck a deal in Turkey on grain exports.",
    "China attacked the plan in Brussels on Monday.",
    "Hungary struck a conciliatory tone in Ukraine.",
])
def test_abstract_objects_are_no_place_to_strike(extractor, text):
    assert attacks(extractor, text) == set()


@pytest.mark.parametrize("text, edge", [
    ("Russia launched a massive barrage of missiles and drones at Ukraine overnight.", ("RUS", "UKR")),
    ("Eritrean troops crossed into Ethiopia's Tigray region.", ("ERI", "ETH")),
    ("Ukrainian forces pushed into Russia's Kursk region in August.", ("UKR", "RUS")),
    ("Israeli troops advanced into southern Lebanon.", ("ISR", "LBN")),
    ("Chinese warplanes entered Taiwan's air defence zone.", ("CHN", "TWN")),
    ("Two Belarusian military helicopters briefly entered Polish airspace.", ("BLR", "POL")),
    ("Russian forces shot down a Ukrainian drone over Crimea.", ("RUS", "UKR")),
])
def test_incursions_launches_and_shootdowns(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


def test_alleged_airspace_violation(extractor):
    got = rows(extractor, "Greece on Thursday accused Turkey of violating its airspace 41 times in a single day.")
    assert ("TUR", "ATTACKS", "GRC", "alleged") in got, got


@pytest.mark.parametrize("text", [
    "Ukrainian refugees crossed into Poland.",
    "Chinese tourists entered Taiwan's territory legally.",
    "Russia launched a satellite into orbit.",
    "The Chinese economy pushed into recession.",
])
def test_unarmed_movers_make_no_incursion(extractor, text):
    assert attacks(extractor, text) == set()


def test_its_on_a_copula_attribute_is_not_the_subject(extractor):
    text = "Serbia has widened its circle of partners. China has become its largest supplier of drones."
    assert ("CHN", "SUPPLIES", "SRB", "asserted") in rows(extractor, text)


def test_turning_to_an_actor_for_material_is_being_supplied(extractor):
    got = rows(extractor, "Niger has turned to Russia and Turkey for military help.")
    assert {("RUS", "SUPPLIES", "NER", "asserted"), ("TUR", "SUPPLIES", "NER", "asserted")} <= got, got
    assert rows(extractor, "Mali turned to Algeria for talks.") == set()


@pytest.mark.parametrize("text, edge", [
    ("Russia's bombardment of Ukrainian cities continued for a third day.", ("RUS", "UKR")),
    ("Israeli raids in the West Bank have intensified.", ("ISR", "WEST_BANK")),
    ("A Ukrainian drone attack on a refinery in Russia's Krasnodar region started a fire.", ("UKR", "RUS")),
])
def test_bombardments_and_raids_as_nouns(extractor, text, edge):
    assert attacks(extractor, text) == {edge}


@pytest.mark.parametrize("text, edge", [
    ("Rwanda-backed M23 rebels seized the town of Rubaya.", ("RWA", "M23")),
    ("The Iran-backed Houthi rebels attacked a ship.", ("IRN", "HOUTHIS")),
])
def test_hyphenated_backer_supports_the_named_group(extractor, text, edge):
    assert {(s, t) for s, typ, t, _ in rows(extractor, text) if typ == "SUPPORTS"} == {edge}


def test_the_backer_is_not_the_attacker(extractor):
    assert attacks(extractor, "The Kremlin-backed separatists in Donetsk attacked Ukrainian forces.") == set()


def test_fighting_alongside_supports(extractor):
    got = rows(extractor, "North Korean troops fought alongside Russian forces in Kursk.")
    assert ("PRK", "SUPPORTS", "RUS", "asserted") in got, got


def test_double_object_sale_names_the_buyer(extractor):
    got = {r[:3] for r in rows(extractor, "France will sell India 26 Rafale jets.")}
    assert ("FRA", "SUPPLIES", "IND") in got, got
    assert not any(r[1] == "SUPPLIES" for r in rows(extractor, "Russia sold Russian oil in Asian markets."))


@pytest.mark.parametrize("text, edge", [
    ("Guyana filed a complaint with the UN Security Council.", ("GUY", "UNSC")),
    ("Ukraine took the dispute to the International Court of Justice.", ("UKR", "ICJ")),
    ("Gambia brought the case before the International Court of Justice.", ("GMB", "ICJ")),
])
def test_taking_a_case_to_a_body_requests_it(extractor, text, edge):
    assert {(s, t) for s, typ, t, _ in rows(extractor, text) if typ == "REQUESTS"} == {edge}


def test_taking_the_lead_is_no_request(extractor):
    assert rows(extractor, "Russia took the lead in the talks with Turkey.") == set()


def test_them_after_both_leaders_is_the_pair(extractor):
    text = ("Armenia and Azerbaijan traded fire overnight. Turkish President Recep Tayyip Erdogan said he had "
            "called both leaders and urged them to respect the truce.")
    got = {(s, t) for s, typ, t, _ in rows(extractor, text) if typ == "REQUESTS"}
    assert got == {("TUR", "ARM"), ("TUR", "AZE")}, got
