"""Recall on full-length news constructions first seen in the eighth and ninth corpora, seventh round, on
sentences written for these tests (other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import edge_rows as rows


# a verb coordinated with a passive verb takes its grammatical subject, not the by-agent -----------------

def test_an_active_verb_after_a_passive_one_shares_its_subject(extractor):
    got = rows(extractor, "Germany was alarmed by the clashes and urged Serbia and Kosovo to show restraint.")
    assert got == {("DEU", "REQUESTS", "SRB", "asserted"), ("DEU", "REQUESTS", "XKX", "asserted")}, got


def test_a_passive_conjunct_still_takes_the_by_agent(extractor):
    got = rows(extractor, "Georgia was attacked by Russia and occupied.")
    assert got == {("RUS", "ATTACKS", "GEO", "asserted")}, got


def test_the_passive_subject_acts_on_a_third_party(extractor):
    got = rows(extractor, "Kenya was shelled by Somalia and later accused Eritrea of arming the gunmen.")
    assert ("KEN", "ACCUSES", "ERI", "asserted") in got, got
    assert not any(r[0] == "SOM" and r[2] == "ERI" for r in got), got


# a copular "among" frame: the subject's members do what the relative clause says -----------------------

def test_members_of_an_among_frame_side_with_the_target(extractor):
    got = rows(extractor, "Nicaragua, Eritrea and Mali were among the few countries that sided with Moscow.")
    assert got == {("NIC", "SUPPORTS", "RUS", "asserted"), ("ERI", "SUPPORTS", "RUS", "asserted"),
                   ("MLI", "SUPPORTS", "RUS", "asserted")}, got


def test_the_critics_of_states_that_sided_with_a_power_do_not_side_with_it(extractor):
    got = rows(extractor, "Chile was among the critics of the states that sided with Moscow.")
    assert not any(r[0] == "CHL" and r[1] == "SUPPORTS" for r in got), got


def test_voting_with_a_state_supports_it(extractor):
    got = rows(extractor, "Venezuela voted with Russia on Thursday.")
    assert got == {("VEN", "SUPPORTS", "RUS", "asserted")}, got


def test_voting_with_a_majority_names_no_one(extractor):
    got = rows(extractor, "Brazil voted with the majority on Thursday.")
    assert got == set(), got


# recalling envoys to the states they serve in -----------------------------------------------------------

def test_recalling_ambassadors_to_two_states_reduces_relations_with_both(extractor):
    got = rows(extractor, "Turkey on Monday recalled its ambassadors to Sweden and the Netherlands for consultations.")
    assert got == {("TUR", "REDUCES_RELATIONS", "SWE", "asserted"), ("TUR", "REDUCES_RELATIONS", "NLD", "asserted")}, got


def test_recalling_an_envoy_home_reduces_nothing(extractor):
    got = rows(extractor, "Peru recalled its ambassador to Lima.")
    assert got == set(), got


# a verb coordinated into a reported clause about a thing goes on the reporter's clause --------------------

def test_a_thing_cannot_urge_the_reporter_does(extractor):
    got = rows(extractor, "A spokesman for the German foreign ministry said the verdict was final and urged "
                          "Serbia and Croatia to respect it.")
    assert got == {("DEU", "REQUESTS", "SRB", "asserted"), ("DEU", "REQUESTS", "HRV", "asserted")}, got


def test_a_reporter_who_speaks_for_no_state_lends_nothing(extractor):
    got = rows(extractor, "A Belgrade analyst said the verdict was final and urged Croatia to respect it.")
    assert not any(r[1] == "REQUESTS" for r in got), got


# deadlines are demands; a deadline for an envoy to leave expels --------------------------------------------

def test_a_deadline_to_act_requests(extractor):
    got = rows(extractor, "Washington gave Caracas three days to free the detained Americans.")
    assert got == {("USA", "REQUESTS", "VEN", "asserted")}, got


def test_a_deadline_for_an_envoy_to_leave_reduces_relations(extractor):
    got = rows(extractor, "Mali's transitional authorities gave the Danish ambassador 72 hours to leave the country.")
    assert got == {("MLI", "REDUCES_RELATIONS", "DNK", "asserted")}, got


def test_a_description_given_a_deadline_is_its_state(extractor):
    text = "Soldiers seized power in Guinea in September.\n\nThe African Union gave the junta two weeks to free the president."
    got = rows(extractor, text)
    assert ("AU", "REQUESTS", "GIN", "asserted") in got, got


def test_giving_goods_is_no_deadline(extractor):
    got = rows(extractor, "Norway gave Ukraine eight tanks last week.")
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_giving_time_without_an_infinitive_requests_nothing(extractor):
    got = rows(extractor, "Egypt gave Sudan two days of talks in Cairo.")
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_a_deadline_to_leave_given_to_an_expelled_envoy_is_the_expulsion(extractor):
    got = rows(extractor, "Burundi expelled Belgium's ambassador and gave him two days to leave.")
    assert got == {("BDI", "REDUCES_RELATIONS", "BEL", "asserted")}, got


# an assault on a place, a territory's capital ------------------------------------------------------------

def test_an_assault_on_a_territorys_capital_attacks_the_territory(extractor):
    got = rows(extractor, "Azerbaijani troops mounted a ground assault on Stepanakert on Tuesday.")
    assert got == {("AZE", "ATTACKS", "NAGORNO_KARABAKH", "asserted")}, got


def test_an_assault_owned_by_a_state_attacks_its_object(extractor):
    got = rows(extractor, "Eritrea's assault on Tigray left hundreds dead.")
    assert got == {("ERI", "ATTACKS", "TIGRAY", "asserted")}, got


def test_an_assault_on_dignity_attacks_no_one(extractor):
    got = rows(extractor, "The minister called the cartoon an assault on Turkey's dignity.")
    assert not any(r[1] == "ATTACKS" for r in got), got


# rulers in a capital are its state ------------------------------------------------------------------------

def test_the_rulers_in_a_capital_are_its_state(extractor):
    got = rows(extractor, "Guinea has thrown its weight behind the new rulers in Bamako.")
    assert got == {("GIN", "SUPPORTS", "MLI", "asserted")}, got


# boycotting a host's event ---------------------------------------------------------------------------------

def test_boycotting_a_summit_a_state_hosts_snubs_the_host(extractor):
    got = rows(extractor, "Canada said it would boycott a summit Egypt was due to host in Sharm el-Sheikh.")
    assert ("CAN", "REDUCES_RELATIONS", "EGY", "planned") in got, got


def test_boycotting_an_event_hosted_by_a_state_snubs_it(extractor):
    got = rows(extractor, "Denmark boycotted the ceremony hosted by Qatar.")
    assert got == {("DNK", "REDUCES_RELATIONS", "QAT", "asserted")}, got


def test_boycotting_goods_is_no_diplomatic_snub(extractor):
    got = rows(extractor, "Jordan boycotted Israeli products.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in got), got


# bought goods named by their maker's adjective ------------------------------------------------------------

def test_buying_goods_of_a_states_make_is_supplied_by_it(extractor):
    got = rows(extractor, "Serbia bought Chinese FK-3 air defence missiles in 2020.")
    assert got == {("CHN", "SUPPLIES", "SRB", "asserted")}, got


def test_a_purchase_of_goods_of_a_states_make_is_supplied_by_it(extractor):
    got = rows(extractor, "Algeria's purchase of Russian Su-57 jets worried Rabat.")
    assert ("RUS", "SUPPLIES", "DZA", "asserted") in got, got


def test_an_x_made_adjective_names_the_maker(extractor):
    got = rows(extractor, "Ethiopia acquired Turkish-made drones last year.")
    assert got == {("TUR", "SUPPLIES", "ETH", "asserted")}, got


def test_goods_with_no_maker_name_no_supplier(extractor):
    got = rows(extractor, "Morocco bought new drones last year.")
    assert got == set(), got


def test_the_buyers_own_adjective_is_no_supplier(extractor):
    got = rows(extractor, "Poland bought Polish-designed rifles.")
    assert got == set(), got


# a stopped supply is a sanction -------------------------------------------------------------------------

def test_stopping_supplies_sanctions_the_one_supplied(extractor):
    got = rows(extractor, "Russia on Monday stopped supplying electricity to Finland.")
    assert got == {("RUS", "SANCTIONS", "FIN", "asserted")}, got


def test_cutting_what_one_supplies_sanctions(extractor):
    got = rows(extractor, "Algeria cut the gas it supplies to Spain.")
    assert got == {("DZA", "SANCTIONS", "ESP", "asserted")}, got


def test_halting_deliveries_sanctions(extractor):
    got = rows(extractor, "Kazakhstan halted wheat deliveries to Kyrgyzstan in March.")
    assert got == {("KAZ", "SANCTIONS", "KGZ", "asserted")}, got


def test_suspending_aid_sanctions(extractor):
    got = rows(extractor, "The Netherlands has suspended development aid to Mali.")
    assert got == {("NLD", "SANCTIONS", "MLI", "asserted")}, got


def test_a_supply_not_stopped_stays_a_supply(extractor):
    got = rows(extractor, "Azerbaijan did not stop supplying gas to Italy.")
    assert not any(r[1] == "SANCTIONS" for r in got), got
    got = rows(extractor, "Qatar resumed gas deliveries to Egypt.")
    assert got == {("QAT", "SUPPLIES", "EGY", "asserted")}, got


def test_agreeing_to_stop_a_supply_is_no_sanction(extractor):
    got = rows(extractor, "Tehran agreed to stop supplying drones to the Houthis.")
    assert not any(r[1] == "SANCTIONS" for r in got), got


# imports from a state ---------------------------------------------------------------------------------------

def test_a_states_imports_from_another_are_supplied_by_it(extractor):
    got = rows(extractor, "Serbia's imports from Hungary doubled last year.")
    assert got == {("HUN", "SUPPLIES", "SRB", "asserted")}, got


def test_living_on_imports_from_a_state_is_supplied_by_it(extractor):
    got = rows(extractor, "Moldova meets most of its fuel needs with imports from Romania.")
    assert got == {("ROU", "SUPPLIES", "MDA", "asserted")}, got


def test_a_ban_on_imports_supplies_nothing(extractor):
    got = rows(extractor, "Ukraine banned imports from Belarus.")
    assert got == {("UKR", "SANCTIONS", "BLR", "asserted")}, got


# complaints and sessions asked of a body ----------------------------------------------------------------------

def test_lodging_a_complaint_with_a_body_requests_it(extractor):
    got = rows(extractor, "Canada lodged a complaint with the World Trade Organization over Chinese duties.")
    assert ("CAN", "REQUESTS", "WTO", "asserted") in got, got


def test_requesting_a_session_of_a_council_requests_it(extractor):
    got = rows(extractor, "Algeria requested an emergency session of the UN Security Council.")
    assert got == {("DZA", "REQUESTS", "UNSC", "asserted")}, got


def test_a_session_of_a_state_body_requests_no_one(extractor):
    got = rows(extractor, "Ghana requested a special session of Togo's parliament.")
    assert not any(r[1] == "REQUESTS" for r in got), got


# a bloc adjective on a deed whose doers the clause names --------------------------------------------------------

def test_named_members_do_the_blocs_sanctions(extractor):
    got = rows(extractor, "Britain and Canada answered the crackdown with fresh Western sanctions against Iran.")
    assert got == {("GBR", "SANCTIONS", "IRN", "asserted"), ("CAN", "SANCTIONS", "IRN", "asserted")}, got


def test_joining_a_blocs_sanctions_sanctions(extractor):
    got = rows(extractor, "Australia joined Western sanctions against Russia.")
    assert ("AUS", "SANCTIONS", "RUS", "asserted") in got, got
    assert ("WEST", "SANCTIONS", "RUS", "asserted") not in got, got


def test_criticising_a_blocs_sanctions_leaves_them_the_blocs(extractor):
    got = rows(extractor, "Serbia criticised Western sanctions against Russia.")
    assert ("SRB", "SANCTIONS", "RUS", "asserted") not in got, got


# establishing diplomatic ties is recognition ------------------------------------------------------------------

def test_establishing_diplomatic_relations_recognises_the_partner(extractor):
    got = rows(extractor, "Nicaragua established diplomatic relations with China in December.")
    assert got == {("NIC", "COOPERATES", "CHN", "asserted"), ("NIC", "RECOGNIZES", "CHN", "asserted")}, got


def test_two_states_establishing_diplomatic_ties_recognise_each_other(extractor):
    got = rows(extractor, "Israel and Morocco established diplomatic ties.")
    assert {("ISR", "RECOGNIZES", "MAR", "asserted"), ("MAR", "RECOGNIZES", "ISR", "asserted")} <= got, got


def test_restoring_diplomatic_relations_is_no_new_recognition(extractor):
    got = rows(extractor, "Egypt and Qatar restored diplomatic relations.")
    assert not any(r[1] == "RECOGNIZES" for r in got), got


def test_establishing_trade_ties_is_no_recognition(extractor):
    got = rows(extractor, "Kenya established trade ties with Ethiopia.")
    assert not any(r[1] == "RECOGNIZES" for r in got), got


# a participle with a by-agent on its object noun -----------------------------------------------------------

def test_a_participle_with_a_by_agent_acts_on_its_head(extractor):
    got = rows(extractor, "Georgia, invaded by Russia in 2008, asked NATO for help.")
    assert ("RUS", "ATTACKS", "GEO", "asserted") in got, got


def test_a_seized_ship_of_a_states_flag_is_attacked(extractor):
    got = rows(extractor, "London demanded the release of a British-flagged tanker seized by Iranian commandos.")
    assert ("IRN", "ATTACKS", "GBR", "asserted") in got, got


def test_a_participle_without_agent_lends_nothing(extractor):
    got = rows(extractor, "Georgia, invaded in 2008, asked NATO for help.")
    assert not any(r[1] == "ATTACKS" for r in got), got


# sanctions named with the relative clause that imposed them -----------------------------------------------

def test_sanctions_that_a_state_imposed_on_another(extractor):
    got = rows(extractor, "The curbs that Japan imposed on South Korea were lifted in 2023.")
    assert ("JPN", "SANCTIONS", "KOR", "asserted") in got, got


def test_restrictions_on_sales_that_two_states_imposed_on_a_third(extractor):
    got = rows(extractor, "Ankara wants an end to restrictions on arms sales that Canada and Norway imposed on Turkey.")
    assert {("CAN", "SANCTIONS", "TUR", "asserted"), ("NOR", "SANCTIONS", "TUR", "asserted")} <= got, got


def test_a_document_signed_by_states_in_passing_is_no_new_cooperation(extractor):
    got = rows(extractor, "Cairo accused Addis Ababa of breaching a 2015 accord signed by Egypt, Ethiopia and Sudan.")
    assert not any(r[1] == "COOPERATES" for r in got), got


# hosting a base is no meeting ------------------------------------------------------------------------------

def test_hosting_a_foreign_base_is_no_meeting(extractor):
    got = rows(extractor, "Djibouti hosts a Chinese naval base.")
    assert not any(r[1] == "MEETS" for r in got), got


def test_hosting_a_head_of_state_is_a_meeting(extractor):
    got = rows(extractor, "Kenya hosted the Ugandan president on Monday.")
    assert got == {("KEN", "MEETS", "UGA", "asserted")}, got


# standing shoulder to shoulder; a participle past an of-phrase -----------------------------------------------

def test_standing_shoulder_to_shoulder_supports(extractor):
    got = rows(extractor, "Minsk stood shoulder to shoulder with Moscow.")
    assert got == {("BLR", "SUPPORTS", "RUS", "asserted")}, got


def test_a_participle_after_an_event_of_ships_goes_with_the_ships(extractor):
    got = rows(extractor, "The arrival of Turkish ships delivering aid to Libya worried Cairo.")
    assert ("TUR", "SUPPLIES", "LBY", "asserted") in got, got


def test_a_participle_after_an_event_of_no_actor_lends_nothing(extractor):
    got = rows(extractor, "The arrival of ships delivering aid to Libya worried Cairo.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


# a strike on the rim of a place ------------------------------------------------------------------------------

def test_destroying_hardware_on_the_approaches_to_a_city_attacks_its_state(extractor):
    got = rows(extractor, "British jets took off at dawn, destroying armoured vehicles on the approaches to Misrata.")
    assert got == {("GBR", "ATTACKS", "LBY", "asserted")}, got


def test_shelling_the_outskirts_of_a_city_attacks_its_state(extractor):
    got = rows(extractor, "Russian guns shelled positions on the outskirts of Kharkiv.")
    assert got == {("RUS", "ATTACKS", "UKR", "asserted")}, got


def test_talking_about_the_approaches_to_a_city_attacks_no_one(extractor):
    got = rows(extractor, "French officers briefed reporters on the approaches to Misrata.")
    assert got == set(), got


# barring entry or ships -------------------------------------------------------------------------------------

def test_barring_entry_to_a_states_officials_sanctions_it(extractor):
    got = rows(extractor, "Ottawa barred entry to senior Iranian officials.")
    assert got == {("CAN", "SANCTIONS", "IRN", "asserted")}, got


def test_barring_a_states_ships_from_ports_sanctions_it(extractor):
    got = rows(extractor, "Bahrain has barred Qatari ships from its ports.")
    assert got == {("BHR", "SANCTIONS", "QAT", "asserted")}, got


def test_barring_a_vote_sanctions_no_one(extractor):
    got = rows(extractor, "Russia barred a vote on the Ukrainian proposal.")
    assert not any(r[1] == "SANCTIONS" for r in got), got


def test_a_subject_groups_own_pronoun_is_no_target(extractor):
    got = rows(extractor, "Sudan, Chad and Niger cut ties with Libya on Monday and barred its ships from their ports.")
    assert not any(r[2] in ("SDN", "TCD", "NER") for r in got), got


# both leaders, both foreign ministers ------------------------------------------------------------------------

def test_meeting_both_leaders_meets_the_pair(extractor):
    got = rows(extractor, "Serbia and Kosovo agreed to talks last week. Macron met both leaders in Paris on Monday.")
    assert {("FRA", "MEETS", "SRB", "asserted"), ("FRA", "MEETS", "XKX", "asserted")} <= got, got


def test_a_single_leader_is_no_pair(extractor):
    got = rows(extractor, "Serbia and Kosovo agreed to talks last week. Macron met the leader in Paris on Monday.")
    assert not any(r[1] == "MEETS" and r[0] == "FRA" for r in got), got
