"""Capitals as places, organs owned by a named actor, and deeds done in retaliation."""

from __future__ import annotations

from extracted import edge_rows, named

from loaders.actors import capital_names


def test_capital_names_cover_countryinfo_and_variants() -> None:
    names = capital_names()
    assert {"Damascus", "Kyiv", "Kiev", "Abuja", "Washington"} <= names
    assert "Syria" not in names and "Russian" not in names


def test_capital_before_an_attack_noun_is_where_it_hit(extractor) -> None:
    got = edge_rows(extractor, "Iran's strike came weeks after the Damascus consulate bombing by Israel.")
    assert ("SYR", "ATTACKS", "ISR", "asserted") not in got, got
    assert not any(r[0] == "SYR" and r[1] == "ATTACKS" for r in got), got


def test_capital_before_an_attack_noun_gives_the_target(extractor) -> None:
    got = edge_rows(extractor, "Israel carried out the Beirut strike on Tuesday.")
    assert ("ISR", "ATTACKS", "LBN", "asserted") in got, got
    assert ("LBN", "ATTACKS", "ISR", "asserted") not in got, got


def test_demonym_before_an_attack_noun_is_still_the_doer(extractor) -> None:
    got = edge_rows(extractor, "Ukraine condemned the Russian strike on Kharkiv.")
    assert ("RUS", "ATTACKS", "UKR", "asserted") in got, got


def test_deed_in_retaliation_is_no_threat(extractor) -> None:
    got = edge_rows(extractor, "Iran fired missiles at Israel in retaliation for the killing of its generals in Syria.")
    assert ("IRN", "ATTACKS", "ISR", "asserted") in got, got
    assert not any(r[1] == "THREATENS" for r in got), got


def test_vowed_retaliation_is_still_a_threat(extractor) -> None:
    got = edge_rows(extractor, "Pakistan vowed retaliation against India after the raid.")
    assert ("PAK", "THREATENS", "IND", "asserted") in got, got


def test_organ_with_a_possessive_owner_and_words_between(gaz, nlp) -> None:
    assert named(gaz, nlp, "Iran's Supreme National Security Council met.") == [("Iran", "IRN"), ("National Security Council", "IRN")]
    assert named(gaz, nlp, "Turkey's powerful National Security Council met.") == [("Turkey", "TUR"), ("National Security Council", "TUR")]
    assert named(gaz, nlp, "The National Security Council met.")[-1][1] == "USA"


def test_african_union_peace_and_security_council(gaz, nlp) -> None:
    found = named(gaz, nlp, "The African Union's Peace and Security Council met in Addis Ababa.")
    assert [a for _, a in found if a] == ["AU", "AU", "ETH"], found
    assert ("Peace and Security Council", "AU") in named(gaz, nlp, "The Peace and Security Council met.")


def test_bare_security_council_is_still_the_un(gaz, nlp) -> None:
    assert named(gaz, nlp, "The Security Council met on Friday.") == [("The Security Council", "UNSC")]


def test_organ_after_a_comma_is_not_owned(gaz, nlp) -> None:
    found = named(gaz, nlp, "Armenia's envoy, Security Council members said, was late.")
    assert ("Security Council", "UNSC") in found, found


def test_supplying_a_states_arms_supplies_that_state(extractor) -> None:
    got = edge_rows(extractor, "France and Italy have supplied most of Egypt's warships since 2015.")
    assert got == {("FRA", "SUPPLIES", "EGY", "asserted"), ("ITA", "SUPPLIES", "EGY", "asserted")}, got


def test_supplying_a_share_of_a_states_imports(extractor) -> None:
    got = edge_rows(extractor, "Qatar supplies a third of Pakistan's imports of liquefied gas.")
    assert ("QAT", "SUPPLIES", "PAK", "asserted") in got, got


def test_own_goods_name_no_recipient(extractor) -> None:
    assert edge_rows(extractor, "Japan supplied its own missiles for the drill.") == set()


def test_deed_done_with_the_help_of_others(extractor) -> None:
    got = edge_rows(extractor, "Nigeria repelled the raid with the help of Chad and Niger.")
    assert got == {("TCD", "SUPPORTS", "NGA", "asserted"), ("NER", "SUPPORTS", "NGA", "asserted")}, got


def test_help_named_by_adjectives(extractor) -> None:
    got = edge_rows(extractor, "Kenya evacuated its citizens with French and German help.")
    assert got == {("FRA", "SUPPORTS", "KEN", "asserted"), ("DEU", "SUPPORTS", "KEN", "asserted")}, got


def test_help_asked_for_is_no_support(extractor) -> None:
    assert edge_rows(extractor, "Sri Lanka asked for help from India.") == set()


def test_counted_people_are_not_their_state(extractor) -> None:
    assert edge_rows(extractor, "Some two million Germans visited Spain last summer.") == set()
    assert edge_rows(extractor, "Iran deported tens of thousands of Afghans in March.") == set()


def test_counted_envoys_still_count(extractor) -> None:
    got = edge_rows(extractor, "Poland expelled 45 Russian diplomats.")
    assert got == {("POL", "REDUCES_RELATIONS", "RUS", "asserted")}, got


def test_killing_counted_people_is_still_an_attack(extractor) -> None:
    got = edge_rows(extractor, "Russian missiles killed 20 Ukrainians in Dnipro.")
    assert ("RUS", "ATTACKS", "UKR", "asserted") in got, got


def test_counted_powers_are_still_actors(extractor) -> None:
    got = edge_rows(extractor, "The three European powers, known as the E3, accused Iran of breaching the deal.")
    assert ("E3", "ACCUSES", "IRN", "asserted") in got or ("FRA", "ACCUSES", "IRN", "asserted") in got, got


def test_envoys_received_are_a_meeting(extractor) -> None:
    assert edge_rows(extractor, "Kenya's president received Somali envoys in Nairobi.") == {("SOM", "MEETS", "KEN", "asserted")}
    got = edge_rows(extractor, "The envoys of the African Union were received in Khartoum by Sudan's military leader.")
    assert got == {("AU", "MEETS", "SDN", "asserted")}, got


def test_goods_received_are_still_a_supply(extractor) -> None:
    assert edge_rows(extractor, "Niger received Turkish drones.") == {("TUR", "SUPPLIES", "NER", "asserted")}


def test_forces_kept_in_a_country(extractor) -> None:
    assert edge_rows(extractor, "France has about 1,000 soldiers in Chad.") == {("FRA", "MOBILIZES", "TCD", "asserted")}
    assert edge_rows(extractor, "Russia keeps several warships in Syria.") == {("RUS", "MOBILIZES", "SYR", "asserted")}


def test_having_no_forces_named_is_no_deployment(extractor) -> None:
    assert edge_rows(extractor, "Chad has good relations with France.") == set()
    assert edge_rows(extractor, "Russia has nuclear weapons.") == set()


def test_negotiating_with_is_a_meeting(extractor) -> None:
    got = edge_rows(extractor, "Zambia has been negotiating with the IMF since March.")
    assert got == {("ZMB", "MEETS", "IMF", "asserted")}, got


def test_talks_before_a_joint_act(extractor) -> None:
    got = edge_rows(extractor, "After talks in Lisbon on Monday, Spain and Portugal unveiled a joint bid.")
    assert got == {("ESP", "MEETS", "PRT", "asserted")}, got


def test_talks_with_a_partner_before_an_act(extractor) -> None:
    got = edge_rows(extractor, "Following talks with Egypt, Sudan reopened the crossing.")
    assert ("SDN", "MEETS", "EGY", "asserted") in got, got


def test_one_actor_after_talks_meets_nobody(extractor) -> None:
    assert edge_rows(extractor, "After talks in Geneva, Iran said little.") == set()


def test_talks_held_before_a_pledge_are_over(extractor) -> None:
    got = edge_rows(extractor, "After a meeting with Kenya's president, Ethiopia pledged to reopen the border.")
    assert ("ETH", "MEETS", "KEN", "asserted") in got, got


def test_a_state_defending_itself_backs_nobody(extractor) -> None:
    got = edge_rows(extractor, "Britain backs Estonia's right to defend itself.")
    assert got == {("GBR", "SUPPORTS", "EST", "asserted")}, got


def test_ties_cultivated_or_kept_are_cooperation(extractor) -> None:
    assert edge_rows(extractor, "Hungary has cultivated ties with China.") == {("HUN", "COOPERATES", "CHN", "asserted")}
    assert edge_rows(extractor, "Serbia maintains close ties with Russia.") == {("SRB", "COOPERATES", "RUS", "asserted")}


def test_agreement_renewed_is_cooperation(extractor) -> None:
    got = edge_rows(extractor, "Egypt and Sudan renewed their defence pact on Monday.")
    assert got == {("EGY", "COOPERATES", "SDN", "asserted")}, got


def test_trading_partner_is_cooperation(extractor) -> None:
    got = edge_rows(extractor, "Germany is Poland's largest trading partner.")
    assert got == {("DEU", "COOPERATES", "POL", "asserted")}, got
    assert edge_rows(extractor, "Germany's partners were angry.") == set()


def test_weapons_named_by_model_are_goods(extractor) -> None:
    assert edge_rows(extractor, "Norway sent F-16s to Ukraine.") == {("NOR", "SUPPLIES", "UKR", "asserted")}
    assert edge_rows(extractor, "Slovakia handed MiG-29s to Ukraine.") == {("SVK", "SUPPLIES", "UKR", "asserted")}


def test_codes_that_are_no_weapons_stay_out(extractor) -> None:
    assert edge_rows(extractor, "France sent a COVID-19 team to Italy.") == set()


def test_dispatch_and_transfer_told_as_nouns(extractor) -> None:
    got = edge_rows(extractor, "Greece condemned Turkey's dispatch of drones and weapons to Libya.")
    assert ("TUR", "SUPPLIES", "LBY", "asserted") in got, got
    assert edge_rows(extractor, "The transfer of F-16s to Ukraine by the Netherlands began in May.") == {
        ("NLD", "SUPPLIES", "UKR", "asserted")}


def test_transfer_of_people_or_power_is_no_supply(extractor) -> None:
    assert edge_rows(extractor, "Greece approved the transfer of prisoners to Turkey.") == set()


def test_offer_by_a_state_to_supply(extractor) -> None:
    got = edge_rows(extractor, "The offer by Japan to supply radars to the Philippines was criticised by China.")
    assert ("JPN", "SUPPLIES", "PHL", "planned") in got, got
    assert not any(r[0] == "CHN" and r[1] == "SUPPLIES" for r in got), got


def test_state_arms_makers_stand_for_their_state(extractor) -> None:
    assert edge_rows(extractor, "Algeria bought 14 Sukhoi fighters.") == {("RUS", "SUPPLIES", "DZA", "asserted")}
    assert edge_rows(extractor, "NORINCO shipped rifles to Zimbabwe.") == {("CHN", "SUPPLIES", "ZWE", "asserted")}


def test_counted_officials_hit_with_sanctions(extractor) -> None:
    got = edge_rows(extractor, "Britain hit four of Iran's military commanders with sanctions.")
    assert got == {("GBR", "SANCTIONS", "IRN", "asserted")}, got


def test_counted_envoys_expelled(extractor) -> None:
    assert edge_rows(extractor, "Norway expelled two of Russia's diplomats.") == {("NOR", "REDUCES_RELATIONS", "RUS", "asserted")}


def test_envoys_kicked_or_thrown_out(extractor) -> None:
    got = edge_rows(extractor, "Niger and Mali kick out French ambassadors")
    assert got == {("NER", "REDUCES_RELATIONS", "FRA", "asserted"), ("MLI", "REDUCES_RELATIONS", "FRA", "asserted")}, got
    assert edge_rows(extractor, "Chad threw out the German envoy.") == {("TCD", "REDUCES_RELATIONS", "DEU", "asserted")}
    assert edge_rows(extractor, "Turkey threw the Swedish proposal out.") == set()


def test_deadline_to_leave_given_to_a_named_ambassador(extractor) -> None:
    got = edge_rows(extractor, "Mali gave French Ambassador Joel Meyer 72 hours to leave.")
    assert got == {("MLI", "REDUCES_RELATIONS", "FRA", "asserted")}, got


def test_becoming_a_member_of_a_body_is_cooperation(extractor) -> None:
    got = edge_rows(extractor, "North Macedonia became the 30th member of NATO on Friday.")
    assert got == {("MKD", "COOPERATES", "NATO", "asserted")}, got
    assert edge_rows(extractor, "Latvia is a member of the EU.") == set()
    assert edge_rows(extractor, "Serbia became a member of Russia's delegation.") == set()


def test_deal_for_goods_of_a_states_make(extractor) -> None:
    assert edge_rows(extractor, "Qatar signed contracts for French Rafale jets.") == {("FRA", "SUPPLIES", "QAT", "asserted")}
    got = edge_rows(extractor, "Turkey signed a deal with Russia for S-400 missile systems.")
    assert ("RUS", "SUPPLIES", "TUR", "asserted") in got, got


def test_deal_on_other_matters_stays_cooperation(extractor) -> None:
    assert edge_rows(extractor, "Egypt signed a deal with France on energy.") == {("EGY", "COOPERATES", "FRA", "asserted")}


def test_forces_sent_to_a_site_near_a_city(extractor) -> None:
    got = edge_rows(extractor, "Turkey deployed hundreds of soldiers to a camp near Mosul.")
    assert got == {("TUR", "MOBILIZES", "IRQ", "asserted")}, got
    assert edge_rows(extractor, "Russia moved troops to its bases near Kursk.") == set()


def test_threatened_step_names_its_taker_not_its_target(extractor) -> None:
    assert edge_rows(extractor, "Armenia threatened a Security Council complaint.") == set()
    got = edge_rows(extractor, "The EU threatened sanctions against Belarus.")
    assert got == {("EU", "THREATENS", "BLR", "asserted")}, got
    assert edge_rows(extractor, "China threatened Japanese interests.") == {("CHN", "THREATENS", "JPN", "asserted")}


def test_pumping_arms_into_a_state(extractor) -> None:
    assert edge_rows(extractor, "Tehran has been pumping the Houthis with missiles.") == {("IRN", "SUPPLIES", "HOUTHIS", "asserted")}
    assert edge_rows(extractor, "Moscow pumped weapons into Syria.") == {("RUS", "SUPPLIES", "SYR", "asserted")}
    assert edge_rows(extractor, "Saudi Arabia pumped more oil.") == set()
