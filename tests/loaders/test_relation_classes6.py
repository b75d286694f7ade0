"""Recall on wire-copy constructions first seen in the third to fifth corpora, sixth round, on sentences
written for these tests (other actors and wording than the corpus articles)."""

from __future__ import annotations

from loaders.extract import Extractor

from extracted import edge_rows as rows


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {r[:3] for r in rows(extractor, text)}


# a parliament's members speak for their state; the opposition does not ---------------------------------

def test_a_parliaments_members_speak_for_their_state(extractor):
    got = rows(extractor, "Armenian legislators accused Baku of shelling border villages.")
    assert ("ARM", "ACCUSES", "AZE", "asserted") in got, got


def test_lawmakers_of_a_named_state_speak_for_it(extractor):
    got = rows(extractor, "Lawmakers in Lithuania condemned Minsk.")
    assert got == {("LTU", "CONDEMNS", "BLR", "asserted")}, got


def test_opposition_lawmakers_speak_for_no_state(extractor):
    got = rows(extractor, "Opposition lawmakers in Serbia accused Moscow of meddling.")
    assert got == set(), got


def test_an_opposition_leader_speaks_for_no_state(extractor):
    got = rows(extractor, "Turkish opposition leader Ozgur Ozel condemned Greece.")
    assert got == set(), got


# a government named by its level ------------------------------------------------------------------------

def test_the_federal_government_is_the_last_named_federation(extractor):
    text = "Somalia has protested to Kenya.\n\nThe federal government accused Eritrea of arming rebels."
    got = rows(extractor, text)
    assert ("SOM", "ACCUSES", "ERI", "asserted") in got, got
    assert not any(r[0] == "KEN" and r[1] == "ACCUSES" for r in got), got


def test_the_federal_government_passes_over_a_unitary_state(extractor):
    text = "Nigeria sent envoys to Cameroon.\n\nThe federal government accused Chad of harbouring rebels."
    got = rows(extractor, text)
    assert ("NGA", "ACCUSES", "TCD", "asserted") in got, got
    assert not any(r[0] == "CMR" for r in got), got


def test_the_central_government_is_the_last_named_state(extractor):
    got = rows(extractor, "Turkish jets have bombed villages in Iraq.\n\nThe central government condemned Ankara.")
    assert ("IRQ", "CONDEMNS", "TUR", "asserted") in got, got


def test_the_central_government_is_not_the_state_it_acts_on(extractor):
    got = rows(extractor, "Iraq hosted Turkish envoys.\n\nThe central government later condemned Turkey.")
    assert ("IRQ", "CONDEMNS", "TUR", "asserted") in got, got


# sanctions ----------------------------------------------------------------------------------------------

def test_imposing_a_blockade_on_a_states_goods_sanctions_it(extractor):
    got = rows(extractor, "Beijing imposed a blockade on Lithuanian goods last year.")
    assert ("CHN", "SANCTIONS", "LTU", "asserted") in got, got


def test_a_blockade_imposed_on_a_state_sanctions_it(extractor):
    got = rows(extractor, "Egypt and its Gulf allies enforced a blockade on Qatar for three years.")
    assert ("EGY", "SANCTIONS", "QAT", "asserted") in got, got


def test_lifting_a_blockade_is_no_sanction(extractor):
    got = rows(extractor, "Azerbaijan lifted its blockade on Armenian trucks.")
    assert not any(r[1] == "SANCTIONS" for r in got), got


def test_slapping_tariffs_sanctions(extractor):
    got = rows(extractor, "Ottawa slapped tariffs on Chinese electric cars.")
    assert ("CAN", "SANCTIONS", "CHN", "asserted") in got, got


# supplies -----------------------------------------------------------------------------------------------

def test_a_supply_for_a_purpose_supplies_whoever_it_helps(extractor):
    got = rows(extractor, "Japan provided $30 million to bolster Ukraine's air defences.")
    assert ("JPN", "SUPPLIES", "UKR", "asserted") in got, got


def test_a_purpose_with_no_actor_supplies_no_one(extractor):
    got = rows(extractor, "Norway will provide $10 million to help displaced families.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_giving_a_state_patrol_boats_supplies_it(extractor):
    got = triples(extractor, "South Korea gave the Philippines a corvette and two patrol boats.")
    assert ("KOR", "SUPPLIES", "PHL") in got, got


def test_handing_over_vessels_supplies(extractor):
    got = triples(extractor, "India plans to hand over three fast patrol vessels to Sri Lanka.")
    assert ("IND", "SUPPLIES", "LKA") in got, got


def test_sending_ships_to_a_states_waters_is_a_deployment(extractor):
    got = triples(extractor, "Beijing sent six coast guard ships to Vietnamese waters.")
    assert got == {("CHN", "MOBILIZES", "VNM")}, got


def test_handing_over_a_note_supplies_nothing(extractor):
    got = rows(extractor, "Poland handed over a protest note to Belarus.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


# more cue words of wire copy ------------------------------------------------------------------------------

def test_closing_ports_to_a_states_vessels_sanctions_it(extractor):
    got = rows(extractor, "Finland closed its ports to Russian cargo ships.")
    assert ("FIN", "SANCTIONS", "RUS", "asserted") in got, got


def test_closing_a_border_with_a_neighbour_still_sanctions_the_neighbour(extractor):
    got = rows(extractor, "Benin closed its border with Niger.")
    assert ("BEN", "SANCTIONS", "NER", "asserted") in got, got


def test_seizing_much_of_a_capital_attacks_its_state(extractor):
    got = rows(extractor, "The Houthis have seized much of Sanaa.")
    assert ("HOUTHIS", "ATTACKS", "YEM", "asserted") in got, got


def test_seizing_much_of_the_harvest_attacks_no_one(extractor):
    got = rows(extractor, "The Houthis have seized much of the harvest.")
    assert got == set(), got


def test_colluding_with_a_state_cooperates(extractor):
    got = rows(extractor, "Addis Ababa accused the TPLF of colluding with Eritrea.")
    assert ("TPLF", "COOPERATES", "ERI", "alleged") in got, got


def test_working_with_a_state_cooperates(extractor):
    got = triples(extractor, "Ghana said it would work closely with Togolese forces.")
    assert ("GHA", "COOPERATES", "TGO") in got, got


def test_inviting_a_leader_requests(extractor):
    got = triples(extractor, "Tehran has invited Iraq's prime minister to visit.")
    assert ("IRN", "REQUESTS", "IRQ") in got, got


def test_ensuring_the_security_of_a_territory_supports_it(extractor):
    got = triples(extractor, "Moscow pledged to ensure the security of South Ossetia.")
    assert ("RUS", "SUPPORTS", "SOUTH_OSSETIA") in got, got


def test_guaranteeing_a_states_security_supports_it(extractor):
    got = triples(extractor, "Britain guaranteed Poland's security.")
    assert ("GBR", "SUPPORTS", "POL") in got, got


def test_opening_fire_on_a_states_boats_attacks_it(extractor):
    got = triples(extractor, "Chinese sailors opened fire on Philippine boats.")
    assert ("CHN", "ATTACKS", "PHL") in got, got


def test_sending_a_delegation_is_a_planned_meeting(extractor):
    got = rows(extractor, "Kenya said it would send a trade delegation to Uganda next month.")
    assert ("KEN", "MEETS", "UGA", "planned") in got, got
    assert not any(r[1] == "SUPPLIES" for r in got), got


# who speaks --------------------------------------------------------------------------------------------

def test_a_bare_ministry_spokesperson_speaks_for_the_state_just_named(extractor):
    text = "Hanoi said its boats were fishing.\n\nA foreign ministry spokesperson urged Beijing to show restraint."
    got = rows(extractor, text)
    assert ("VNM", "REQUESTS", "CHN", "asserted") in got, got


def test_a_spokesperson_for_a_company_speaks_for_no_state(extractor):
    text = "Hanoi said its boats were fishing.\n\nA spokesperson for the shipping firm urged Beijing to show restraint."
    got = rows(extractor, text)
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_the_agency_is_the_body_named_with_that_word(extractor):
    text = ("The International Atomic Energy Agency inspected the site.\n\nThe UN met Iranian officials.\n\n"
            "The agency called on Tehran to restore cameras.")
    got = rows(extractor, text)
    assert ("IAEA", "REQUESTS", "IRN", "asserted") in got, got
    assert ("UN", "REQUESTS", "IRN", "asserted") not in got, got


def test_an_accusation_coordinated_inside_reported_speech_is_the_speakers(extractor):
    text = ("Peru asked the OAS to act.\n\nForeign Minister Ana Rojas told the council that Ecuador had broken "
            "its promises and accused Quito of smuggling arms.")
    got = rows(extractor, text)
    assert ("PER", "ACCUSES", "ECU", "asserted") in got, got


def test_the_european_powers_are_the_e3_where_all_three_are_named(extractor):
    text = "Britain, France and Germany wrote to the council.\n\nTehran condemned the European powers."
    got = rows(extractor, text)
    assert ("IRN", "CONDEMNS", "E3", "asserted") in got, got


def test_the_european_powers_are_no_actor_where_one_is_missing(extractor):
    text = "Britain and France wrote to the council.\n\nTehran condemned the European powers."
    got = rows(extractor, text)
    assert not any(r[2] == "E3" for r in got), got


# judgements hung on the deed's own clause ----------------------------------------------------------------

def test_in_what_a_state_called_a_provocation_condemns_the_doer(extractor):
    got = rows(extractor, "China sent warships into the strait, in what Taipei called a dangerous provocation.")
    assert ("TWN", "CONDEMNS", "CHN", "asserted") in got, got


def test_a_step_a_state_condemned_condemns_the_doer(extractor):
    got = rows(extractor, "Hungary vetoed the aid package, a move Kyiv condemned.")
    assert ("UKR", "CONDEMNS", "HUN", "asserted") in got, got


def test_a_step_a_state_welcomed_supports_the_doer(extractor):
    got = rows(extractor, "Armenia joined the court, a step Paris welcomed.")
    assert ("FRA", "SUPPORTS", "ARM", "asserted") in got, got


def test_a_plain_relative_clause_judges_no_clause(extractor):
    got = rows(extractor, "Hungary vetoed the package that Kyiv condemned.")
    assert ("UKR", "CONDEMNS", "HUN", "asserted") not in got, got


# protests -----------------------------------------------------------------------------------------------

def test_a_protest_lodged_after_a_summons_goes_to_the_summoned_envoys_state(extractor):
    got = rows(extractor, "Vietnam summoned China's ambassador and lodged a formal protest over the collision.")
    assert ("VNM", "CONDEMNS", "CHN", "asserted") in got, got


def test_a_protest_coordinated_with_a_demand_goes_to_the_one_asked(extractor):
    got = rows(extractor, "Manila demanded that Beijing free the crew and protested the seizure of the boat.")
    assert ("PHL", "CONDEMNS", "CHN", "asserted") in got, got
    assert ("PHL", "REQUESTS", "CHN", "asserted") in got, got


def test_a_condemnation_does_not_borrow_a_sibling_request(extractor):
    got = rows(extractor, "Brazil condemned any violation of the convention and urged Peru to talk.")
    assert ("BRA", "CONDEMNS", "PER", "asserted") not in got, got


def test_complaining_to_a_state_condemns_it(extractor):
    got = rows(extractor, "Seoul complained to Tokyo about the textbooks.")
    assert ("KOR", "CONDEMNS", "JPN", "asserted") in got, got


def test_coming_under_fire_from_a_state_is_its_condemnation(extractor):
    got = rows(extractor, "Serbia came under fire from Croatia over the arrests.")
    assert got == {("HRV", "CONDEMNS", "SRB", "asserted")}, got


def test_drawing_criticism_from_a_state_is_its_condemnation(extractor):
    got = rows(extractor, "Poland's decision drew criticism from Berlin.")
    assert ("DEU", "CONDEMNS", "POL", "asserted") in got, got


def test_coming_under_fire_from_no_one_named_condemns_nothing(extractor):
    got = rows(extractor, "Serbia came under fire at home over the arrests.")
    assert got == set(), got


def test_blasting_a_state_condemns_it(extractor):
    got = rows(extractor, "Pyongyang blasted Seoul over the leaflets.")
    assert ("PRK", "CONDEMNS", "KOR", "asserted") in got, got


def test_hailing_a_states_decision_supports_it(extractor):
    got = rows(extractor, "Brussels hailed Montenegro's decision.")
    assert ("EU", "SUPPORTS", "MNE", "asserted") in got, got


def test_welcoming_a_guest_is_no_support(extractor):
    got = rows(extractor, "Modi welcomed the Japanese prime minister.")
    assert not any(r[1] == "SUPPORTS" for r in got), got


# places that lie in a state -----------------------------------------------------------------------------

def test_shelling_a_city_attacks_its_state(extractor):
    got = rows(extractor, "The shelling of Kherson by Russian artillery killed three.")
    assert ("RUS", "ATTACKS", "UKR", "asserted") in got, got


def test_a_strike_on_a_city_attacks_its_state(extractor):
    got = rows(extractor, "Israel's air strike on Hodeidah hit fuel depots.")
    assert ("ISR", "ATTACKS", "YEM", "asserted") in got, got


def test_drones_attacking_a_port_attack_its_state(extractor):
    got = rows(extractor, "Ukrainian naval drones attacked the port of Tuapse.")
    assert ("UKR", "ATTACKS", "RUS", "asserted") in got, got


def test_the_federal_government_coordinated_with_a_party_is_still_resolved(extractor):
    text = "Somali troops fought alongside Kenyan forces.\n\nThe federal government and al-Shabaab signed a truce."
    got = triples(extractor, text)
    assert ("SOM", "COOPERATES", "AL_SHABAAB") in got, got


def test_a_summons_to_deliver_a_protest_inside_reported_speech_is_the_speakers(extractor):
    text = ("Georgia said Russian jets had bombed a village near the border and summoned Russia's envoy in "
            "Tbilisi to deliver a strong protest.")
    got = rows(extractor, text)
    assert ("GEO", "CONDEMNS", "RUS", "asserted") in got, got


def test_troops_coming_under_fire_from_posts_are_attacked(extractor):
    got = triples(extractor, "Armenian troops came under fire from Azerbaijani positions.")
    assert got == {("AZE", "ATTACKS", "ARM")}, got


def test_coming_under_attack_from_a_state_is_an_attack(extractor):
    got = triples(extractor, "The Russian base came under attack from Ukrainian drones.")
    assert got == {("UKR", "ATTACKS", "RUS")}, got


def test_lawmakers_accuse_while_their_opposition_does_not_in_one_article(extractor):
    text = ("Kenyan lawmakers accused Uganda of smuggling gold.\n\n"
            "Opposition lawmakers in Nairobi accused Tanzania of meddling.")
    got = rows(extractor, text)
    assert ("KEN", "ACCUSES", "UGA", "asserted") in got, got
    assert not any(r[2] == "TZA" for r in got), got


# what the "with" phrase names decides ---------------------------------------------------------------------

def test_hitting_a_state_with_sanctions_sanctions_it(extractor):
    got = triples(extractor, "Brussels hit Minsk with a fresh round of sanctions.")
    assert got == {("EU", "SANCTIONS", "BLR")}, got


def test_targeting_a_capital_with_drones_attacks_it(extractor):
    got = triples(extractor, "Moscow targeted Kyiv with drones overnight.")
    assert got == {("RUS", "ATTACKS", "UKR")}, got


def test_hitting_a_place_with_weather_is_nothing(extractor):
    got = rows(extractor, "The storm hit Cuba with heavy rain.")
    assert got == set(), got


# more wire-copy deeds -------------------------------------------------------------------------------------

def test_freezing_the_assets_of_a_states_nationals_sanctions_it(extractor):
    got = triples(extractor, "Canada froze the assets of Iranian officials.")
    assert ("CAN", "SANCTIONS", "IRN") in got, got


def test_overrunning_an_armys_positions_attacks_it(extractor):
    got = triples(extractor, "RSF fighters overran the Sudanese army's positions.")
    assert ("RSF", "ATTACKS", "SDN") in got, got


def test_besieging_a_city_attacks_its_state(extractor):
    got = triples(extractor, "Russian troops besieged Kharkiv for weeks.")
    assert ("RUS", "ATTACKS", "UKR") in got, got


def test_vowing_revenge_against_a_state_threatens_it(extractor):
    got = triples(extractor, "The Houthis vowed revenge against Washington.")
    assert ("HOUTHIS", "THREATENS", "USA") in got, got


# unnamed offices and support ------------------------------------------------------------------------------

def test_an_office_holder_after_a_state_subject_in_the_same_sentence_speaks_for_it(extractor):
    text = ("Kremlin spokesman Dmitry Peskov called the plan reckless, while Deputy Foreign Minister Oleg "
            "Morozov accused Warsaw of provocation.")
    got = rows(extractor, text)
    assert ("RUS", "ACCUSES", "POL", "asserted") in got, got


def test_a_leading_in_capital_places_an_unnamed_spokesman(extractor):
    text = "Russia condemned the sanctions.\n\nIn Tokyo, a foreign ministry spokesman urged Beijing to show restraint."
    got = rows(extractor, text)
    assert ("JPN", "REQUESTS", "CHN", "asserted") in got, got
    assert ("RUS", "REQUESTS", "CHN", "asserted") not in got, got


def test_solidarity_expressed_on_a_call_supports_the_one_called(extractor):
    got = rows(extractor, "Erdogan telephoned the Qatari emir to express his solidarity.")
    assert ("TUR", "SUPPORTS", "QAT", "asserted") in got, got


def test_throwing_ones_weight_behind_a_state_supports_it(extractor):
    got = rows(extractor, "Paris threw its weight behind Athens.")
    assert ("FRA", "SUPPORTS", "GRC", "asserted") in got, got


def test_rallying_behind_a_leader_supports_his_state(extractor):
    got = rows(extractor, "Belarus rallied behind Putin.")
    assert ("BLR", "SUPPORTS", "RUS", "asserted") in got, got


# demands, ties and deliveries in long wire copy -----------------------------------------------------------

def test_telling_a_state_to_act_requests(extractor):
    got = rows(extractor, "Cairo issued a list of conditions, telling Khartoum to expel the rebels.")
    assert ("EGY", "REQUESTS", "SDN", "asserted") in got, got


def test_telling_reporters_requests_nothing(extractor):
    got = rows(extractor, "The Egyptian minister told reporters that talks with Sudan would continue.")
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_demands_on_a_state_request(extractor):
    got = rows(extractor, "Riyadh presented its demands on Doha.")
    assert ("SAU", "REQUESTS", "QAT", "asserted") in got, got


def test_ending_a_relationship_reduces_relations(extractor):
    got = rows(extractor, "Panama ended its long relationship with Taiwan.")
    assert ("PAN", "REDUCES_RELATIONS", "TWN", "asserted") in got, got


def test_terminating_relations_reduces_relations(extractor):
    got = rows(extractor, "Taipei was terminating relations with Managua.")
    assert ("TWN", "REDUCES_RELATIONS", "NIC", "asserted") in got, got


def test_a_contingent_of_a_states_soldiers_landing_supplies(extractor):
    got = triples(extractor, "A contingent of Rwandan soldiers landed in Maputo.")
    assert ("RWA", "SUPPLIES", "MOZ") in got, got


def test_tonnes_of_food_sent_to_a_state_supply_it(extractor):
    got = triples(extractor, "Turkey sent thousands of tonnes of flour to Syria.")
    assert ("TUR", "SUPPLIES", "SYR") in got, got


def test_the_secretary_of_state_speaks_for_the_united_states(extractor):
    got = rows(extractor, "Secretary of State Jane Doe urged Cairo to release the activists.")
    assert ("USA", "REQUESTS", "EGY", "asserted") in got, got


def test_breaking_off_dialogue_reduces_relations(extractor):
    got = rows(extractor, "Pyongyang broke off dialogue with Seoul.")
    assert ("PRK", "REDUCES_RELATIONS", "KOR", "asserted") in got, got


def test_holding_a_dialogue_is_a_meeting(extractor):
    got = triples(extractor, "Delhi held a dialogue with Dhaka on water sharing.")
    assert ("IND", "MEETS", "BGD") in got, got


def test_suspending_imports_from_a_state_sanctions_it(extractor):
    got = rows(extractor, "Beijing suspended imports of fish from Norway.")
    assert ("CHN", "SANCTIONS", "NOR", "asserted") in got, got


def test_suspending_a_programme_sanctions_no_one(extractor):
    got = rows(extractor, "Norway suspended its space programme.")
    assert got == set(), got


def test_her_is_the_person_named_before_not_the_state_subject(extractor):
    got = triples(extractor, "Beijing imposed sanctions on U.S. Senator Jane Roe over her visit to Taiwan.")
    assert ("CHN", "MEETS", "TWN") not in got, got
    assert ("USA", "MEETS", "TWN") in got, got


def test_a_call_coordinated_after_an_expletive_clause_is_the_speakers(extractor):
    text = "Ministers of the G7 said there was no justification for the drills and called on Beijing to stop."
    got = rows(extractor, text)
    assert ("G7", "REQUESTS", "CHN", "asserted") in got, got


def test_calling_a_deed_an_attack_on_someone_requests_nothing(extractor):
    text = ("Vilnius led the outcry. President Jonas Petras called the diversion an attack on the community, "
            "and the foreign minister accused Minsk of hijacking.")
    got = rows(extractor, text)
    assert not any(r[1] == "REQUESTS" for r in got), got
    assert ("LTU", "ACCUSES", "BLR", "asserted") in got, got


def test_asking_an_envoy_to_leave_expels_him(extractor):
    got = rows(extractor, "Minsk asked the head of the Polish delegation to leave the country.")
    assert ("BLR", "REDUCES_RELATIONS", "POL", "asserted") in got, got


def test_asking_a_state_to_leave_a_place_still_requests(extractor):
    got = rows(extractor, "Chisinau asked Moscow to leave Transnistria.")
    assert ("MDA", "REQUESTS", "RUS", "asserted") in got, got
    assert not any(r[1] == "REDUCES_RELATIONS" for r in got), got


# permission, withdrawal of diplomats, complaints to courts --------------------------------------------------

def test_allowing_a_state_to_open_an_office_cooperates(extractor):
    got = rows(extractor, "Prague allowed Taiwan to open a representative office.")
    assert ("CZE", "COOPERATES", "TWN", "asserted") in got, got


def test_letting_a_group_raise_funds_supports_it(extractor):
    got = rows(extractor, "Norway let Hamas raise funds in Oslo.")
    assert ("NOR", "SUPPORTS", "HAMAS", "asserted") in got, got


def test_allowing_a_state_to_use_ones_territory_supports_it(extractor):
    got = rows(extractor, "Minsk allowed Russia to use its territory.")
    assert ("BLR", "SUPPORTS", "RUS", "asserted") in got, got


def test_refusing_permission_permits_nothing(extractor):
    got = rows(extractor, "Finland will not allow Russia to operate its networks.")
    assert not any(r[1] in ("COOPERATES", "SUPPORTS") for r in got), got


def test_pulling_diplomats_out_of_a_capital_reduces_relations(extractor):
    got = rows(extractor, "Vilnius pulled its diplomats out of Beijing.")
    assert ("LTU", "REDUCES_RELATIONS", "CHN", "asserted") in got, got


def test_pulling_troops_out_of_a_state_reduces_no_relations(extractor):
    got = rows(extractor, "Russia pulled its troops out of Syria.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in got), got


def test_launching_a_case_at_a_court_requests_it(extractor):
    got = rows(extractor, "Gambia launched a case against Myanmar at the International Court of Justice.")
    assert ("GMB", "REQUESTS", "ICJ", "asserted") in got, got


def test_investing_in_a_states_industry_cooperates(extractor):
    got = triples(extractor, "Qatar will invest in Egyptian ports.")
    assert ("QAT", "COOPERATES", "EGY") in got, got


def test_a_chamber_of_commerce_speaks_for_no_state(extractor):
    got = rows(extractor, "The German-Polish Chamber of Commerce warned Poland of losses.")
    assert got == set(), got


def test_stripping_an_ambassador_of_accreditation_reduces_relations(extractor):
    got = rows(extractor, "Kyiv stripped Tehran's ambassador of his accreditation.")
    assert ("UKR", "REDUCES_RELATIONS", "IRN", "asserted") in got, got


def test_cutting_the_number_of_a_states_diplomats_reduces_relations(extractor):
    got = rows(extractor, "Prague cut the number of Russian diplomats at the embassy.")
    assert ("CZE", "REDUCES_RELATIONS", "RUS", "asserted") in got, got


def test_cutting_the_number_of_troops_reduces_no_relations(extractor):
    got = rows(extractor, "France cut the number of its troops in Mali.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in got), got


def test_voting_against_it_condemns_no_party(extractor):
    text = ("The Assembly adopted the resolution. Three countries voted against it - Belarus, Syria and "
            "Nicaragua.")
    got = rows(extractor, text)
    assert not any(r[1] == "CONDEMNS" for r in got), got


def test_declaring_a_diplomat_persona_non_grata_reduces_relations(extractor):
    got = rows(extractor, "Riga declared a Russian diplomat persona non grata.")
    assert ("LVA", "REDUCES_RELATIONS", "RUS", "asserted") in got, got


def test_declaring_an_emergency_reduces_no_relations(extractor):
    got = rows(extractor, "Latvia declared a state of emergency on its border with Belarus.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in got), got


def test_declaring_war_on_a_state_attacks_it(extractor):
    got = triples(extractor, "Eritrea declared war on Ethiopia.")
    assert ("ERI", "ATTACKS", "ETH") in got, got


def test_amassing_troops_near_a_border_mobilizes(extractor):
    got = triples(extractor, "Venezuela amassed troops near the Guyanese border.")
    assert ("VEN", "MOBILIZES", "GUY") in got, got


def test_she_said_after_a_minister_told_is_that_minister(extractor):
    text = ('Quito says talks are over.\n\nPeru asked the OAS to act.\n\nForeign Minister Ana Rojas told the council '
            'that Ecuador had broken its promises. "We urge Quito to return to talks," she said.')
    got = rows(extractor, text)
    assert ("PER", "REQUESTS", "ECU", "asserted") in got, got
    assert not any(r[0] == "ECU" and r[1] == "REQUESTS" for r in got), got
