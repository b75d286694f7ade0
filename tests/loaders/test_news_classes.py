"""Recall on common news constructions, one class per test, on sentences written for these tests."""

from __future__ import annotations

from extracted import sorted_claim_rows as rows


def test_relative_pronoun_after_a_name_is_that_name(extractor):
    text = "The vote drew sharp criticism from Tokyo, which urged Pyongyang to return to talks."
    assert ("JPN", "REQUESTS", "PRK", "asserted", ()) in rows(extractor, text)


def test_trailing_reporting_clause_parsed_as_conjunct_attributes(extractor):
    text = ("Russia has sent around 2,000 soldiers to Belarus for exercises and is expected to deploy them near "
            "Lithuania, Latvia's intelligence service said on Monday, in what would be a sharp escalation.")
    got = rows(extractor, text)
    assert ("RUS", "SUPPLIES", "BLR", "alleged", ("LVA",)) in got, got
    assert not any(r[0] == "RUS" and r[3] == "asserted" for r in got), got


def test_reporting_verb_inside_a_reduced_relative_is_no_frame(extractor):
    text = ("Hamas says it is resisting the occupation. Britain has imposed sanctions on several Hamas commanders "
            "and on companies it says helped the group acquire weapons, including firms registered in Turkey.")
    got = rows(extractor, text)
    assert ("GBR", "SANCTIONS", "HAMAS", "asserted", ()) in got, got
    assert not any(r[1] == "SANCTIONS" and r[3] == "alleged" for r in got), got


def test_resolution_speaks_for_its_adopter_over_coordinated_clauses(extractor):
    text = ("The General Assembly on Thursday adopted a resolution condemning attacks on Syria's hospitals "
            "and calling on Israel to withdraw its troops from the Golan Heights.")
    assert ("UNGA", "REQUESTS", "ISR", "asserted", ()) in rows(extractor, text)


def test_recipient_of_a_helped_clause_completes_a_delivery(extractor):
    text = "Britain and France say Pyongyang has shipped millions of shells and helped Russia build missile plants."
    assert ("PRK", "SUPPLIES", "RUS", "alleged", ("FRA", "GBR")) in rows(extractor, text)


def test_demand_takes_its_target_from_a_coordinated_verb(extractor):
    text = "Poland summoned the Belarusian ambassador on Friday and demanded an explanation for the incursion."
    assert ("POL", "REQUESTS", "BLR", "asserted", ()) in rows(extractor, text)


def test_agentive_noun_with_a_to_phrase(extractor):
    text = "France has long been the main weapons supplier to India, selling jets and submarines."
    assert ("FRA", "SUPPLIES", "IND", "asserted", ()) in rows(extractor, text)


def test_denial_of_a_hyphenated_event_noun(extractor):
    text = ("Finland said it was monitoring a large Russian military deployment along the border with Estonia. "
            "Moscow denied any build-up.")
    got = rows(extractor, text)
    assert ("RUS", "MOBILIZES", "EST", "denied", ("RUS",)) in got, got
    assert ("RUS", "DENIES", "FIN", "asserted", ()) in got, got


def test_who_failed_to_stop_an_offensive_is_not_its_agent(extractor):
    text = ("Ethiopian troops launched an offensive against Eritrea on Monday. "
            "Sudan accused Kenya's monitors of failing to stop the offensive. "
            "Egypt condemned the offensive.")
    got = rows(extractor, text)
    assert ("EGY", "CONDEMNS", "ETH", "asserted", ()) in got, got
    assert not any(r[0] == "EGY" and r[1] == "CONDEMNS" and r[2] != "ETH" for r in got), got


def test_relative_reaction_hung_on_a_date_reacts_to_the_clause_before(extractor):
    text = 'Azerbaijan shelled Armenia on Sept. 13, which France denounced as a "provocation".'
    got = rows(extractor, text)
    assert ("FRA", "CONDEMNS", "AZE", "asserted", ()) in got, got
    assert ("FRA", "CONDEMNS", "ARM", "asserted", ()) not in got, got


def test_police_and_peacekeepers_are_troops(extractor):
    text = "Rwanda sent 300 police officers and peacekeepers to Mozambique in July."
    assert ("RWA", "SUPPLIES", "MOZ", "asserted", ()) in rows(extractor, text)


def test_blame_an_event_on_an_actor(extractor):
    text = "Pakistan blamed the bombing on India."
    assert ("PAK", "ACCUSES", "IND", "asserted", ()) in rows(extractor, text)


def test_lodging_a_protest_with_an_actor_condemns_it(extractor):
    text = "Manila lodged a diplomatic protest with Beijing on Monday."
    assert ("PHL", "CONDEMNS", "CHN", "asserted", ()) in rows(extractor, text)


def test_punished_for_a_deed_the_object_acts_and_the_punisher_alleges(extractor):
    text = "The European Union sanctioned two Belarusian firms for supplying Russia."
    got = rows(extractor, text)
    assert ("BLR", "SUPPLIES", "RUS", "alleged", ("EU",)) in got, got
    assert not any(r[0] == "EU" and r[1] == "SUPPLIES" for r in got), got


def test_blocked_deliveries_did_not_happen(extractor):
    text = "Slovakia criticized Hungary for blocking military aid to Ukraine."
    got = rows(extractor, text)
    assert ("SVK", "CONDEMNS", "HUN", "asserted", ()) in got, got
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_an_action_someone_is_urged_to_take_is_not_asserted(extractor):
    text = "Kenya and Ethiopia urged Sudan and South Sudan to sign a peace agreement."
    got = rows(extractor, text)
    assert ("KEN", "REQUESTS", "SDN", "asserted", ()) in got, got
    assert not any(r[1] == "COOPERATES" for r in got), got


def test_claimed_attacks_belong_to_the_claimant(extractor):
    got = rows(extractor, "ISIS claimed responsibility for the suicide attack on Iraqi soldiers on Sunday.")
    got |= rows(extractor, "Boko Haram claimed the attack on Nigerian soldiers near the border.")
    assert ("ISLAMIC_STATE", "ATTACKS", "IRQ", "asserted", ()) in got, got
    assert any(r[1] == "ATTACKS" and r[2] == "NGA" and r[3] == "asserted" for r in got), got


def test_being_behind_an_attack_is_attacking(extractor):
    text = "Kyiv said Moscow was behind the drone attack on Moldova's power grid."
    assert ("RUS", "ATTACKS", "MDA", "alleged", ("UKR",)) in rows(extractor, text)


def test_an_approved_sale_is_planned(extractor):
    text = "The State Department approved a possible $400 million sale of tanks to Morocco."
    assert ("USA", "SUPPLIES", "MAR", "planned", ("USA",)) in rows(extractor, text)


def test_targeting_with_sanctions_sanctions(extractor):
    got = rows(extractor, "London targeted Iranian commanders with fresh sanctions on Monday.")
    assert ("GBR", "SANCTIONS", "IRN", "asserted", ()) in got, got
    assert rows(extractor, "Israel targeted Iranian commanders in Damascus.") == set() or not any(
        r[1] == "SANCTIONS" for r in rows(extractor, "Israel targeted Iranian commanders in Damascus."))


def test_a_denied_charge_leaves_the_accusation_standing(extractor):
    text = "Moldova accused Russia of sabotaging its power grid, a charge Moscow denied."
    got = rows(extractor, text)
    assert ("MDA", "ACCUSES", "RUS", "asserted", ()) in got, got
    assert ("RUS", "DENIES", "MDA", "asserted", ()) in got, got
    assert not any(r[1] == "ACCUSES" and r[3] == "denied" for r in got), got


def test_receiving_a_leader_is_meeting_and_hosting_weapons_is_not(extractor):
    got = rows(extractor, "The Emir of Qatar received Iranian President Masoud Pezeshkian in Doha.")
    assert ("QAT", "MEETS", "IRN", "asserted", ()) in got, got
    assert not any(r[1] == "SUPPLIES" for r in got), got
    got = rows(extractor, "Poland will host American nuclear weapons, the president said.")
    assert not any(r[1] == "MEETS" for r in got), got


def test_origin_of_shipped_goods_and_passive_confirmation(extractor):
    text = "The delivery of North Korean shells to Russia was confirmed by Japanese officials."
    assert ("PRK", "SUPPLIES", "RUS", "confirmed", ("JPN",)) in rows(extractor, text)


def test_denying_deliveries_denies_one_s_own(extractor):
    text = "Minsk denied weapons deliveries to Russia."
    assert ("BLR", "SUPPLIES", "RUS", "denied", ("BLR",)) in rows(extractor, text)


def test_numbered_and_plural_descriptions_stand_for_the_states_named_together(extractor):
    got = rows(extractor, "Sudan and South Sudan traded barbs on Monday. Kenya urged the two countries to talk.")
    assert {("KEN", "REQUESTS", "SDN", "asserted", ()), ("KEN", "REQUESTS", "SSD", "asserted", ())} <= got, got
    assert not any(r[1] == "COOPERATES" for r in got), got


def test_plural_pronoun_after_a_listed_subject_is_every_member(extractor):
    text = "Chad, Sudan and Libya announced they were leaving the African Union."
    got = rows(extractor, text)
    assert {("TCD", "REDUCES_RELATIONS", "AU", "asserted", ()), ("SDN", "REDUCES_RELATIONS", "AU", "asserted", ()),
            ("LBY", "REDUCES_RELATIONS", "AU", "asserted", ())} <= got, got


def test_leaving_a_body_reduces_relations_but_leaving_a_country_does_not(extractor):
    assert ("GEO", "REDUCES_RELATIONS", "CIS", "asserted", ()) in rows(extractor, "Georgia quit the CIS in 2009.") or \
        ("AZE", "REDUCES_RELATIONS", "CSTO", "asserted", ()) in rows(extractor, "Azerbaijan withdrew from the CSTO in 1999.")
    assert ("KAZ", "REDUCES_RELATIONS", "CSTO", "asserted", ()) in rows(
        extractor, "Kazakhstan has frozen its participation in the CSTO.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in rows(extractor, "French troops left Niger in December."))


def test_solidarity_is_support_and_a_misattached_second_with_is_ignored(extractor):
    got = rows(extractor, "Bolivia cut ties with Israel in solidarity with the Palestinians.")
    assert ("BOL", "REDUCES_RELATIONS", "ISR", "asserted", ()) in got, got
    assert ("BOL", "REDUCES_RELATIONS", "PSE", "asserted", ()) not in got, got


def test_counted_description_prefers_the_article_s_protagonists(extractor):
    text = ("Peru expelled Bolivia's ambassador on Friday. Bolivia said Peru had insulted its president. "
            "Chile, Argentina and Brazil expressed concern. The United States urged the two countries to talk.")
    got = rows(extractor, text)
    assert {("USA", "REQUESTS", "PER", "asserted", ()), ("USA", "REQUESTS", "BOL", "asserted", ())} <= got, got
    assert not any(r[1] == "REQUESTS" and r[2] in ("CHL", "ARG", "BRA") for r in got), got


def test_troops_sent_to_a_border_are_mobilized(extractor):
    got = rows(extractor, "Finland sends more troops to Russia border.")
    assert ("FIN", "MOBILIZES", "RUS", "asserted", ()) in got, got
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_goods_behind_a_container_noun_name_their_state(extractor):
    text = "India imposed duties on a range of Chinese electronics in 2020."
    assert ("IND", "SANCTIONS", "CHN", "asserted", ()) in rows(extractor, text)


def test_raised_subject_of_a_passive_expectation(extractor):
    got = rows(extractor, "Narendra Modi of India is expected to travel to Brazil next month.")
    assert ("IND", "MEETS", "BRA", "planned", ("IND",)) in got, got
    got = rows(extractor, "Belarus is believed to have supplied fuel to Russia.")
    assert ("BLR", "SUPPLIES", "RUS", "alleged", ()) in got, got


def test_whose_clause_belongs_to_the_name_before_it_and_escapes_the_main_negation(extractor):
    text = "Chad, whose military government has sided with Paris on the crisis, did not comment."
    assert ("TCD", "SUPPORTS", "FRA", "asserted", ()) in rows(extractor, text)


def test_an_untagged_office_holder_speaks_for_the_state_just_discussed(extractor):
    text = ("Kenya has asked the Security Council to intervene. "
            "In a letter, Foreign Minister Musalia Mudavadi accused Somalia of provoking the crisis.")
    assert ("KEN", "ACCUSES", "SOM", "asserted", ()) in rows(extractor, text)
    text = ("Kenya has asked the Security Council to intervene. Egypt and Sudan disagreed. "
            "Foreign Minister Musalia Mudavadi accused Somalia of provoking the crisis.")
    assert not any(r[1] == "ACCUSES" for r in rows(extractor, text))


def test_tariffs_and_duties_are_sanctions_and_a_promised_removal_is_no_plan(extractor):
    assert ("USA", "SANCTIONS", "CHN", "asserted", ()) in rows(extractor, "Washington's tariffs on Chinese steel hurt exporters.")
    got = rows(extractor, "Canada will remove its tariffs on Chinese cars from Friday.")
    assert not any(r[1] == "SANCTIONS" and r[3] == "planned" for r in got), got


def test_units_moved_closer_to_a_line_are_mobilized(extractor):
    got = rows(extractor, "Armenia's army moved units closer to the border with Azerbaijan on Sunday.")
    assert ("ARM", "MOBILIZES", "AZE", "asserted", ()) in got, got
    assert rows(extractor, "Guatemala moved its embassy to Jerusalem.") == set()


def test_talks_between_the_negotiators_of_the_two_sides(extractor):
    text = ("Armenia and Azerbaijan struck a deal. The deal was reached after talks in Washington "
            "between the chief negotiators of the two sides.")
    got = rows(extractor, text)
    assert any(r[1] == "MEETS" and {r[0], r[2]} == {"ARM", "AZE"} for r in got), got
    got = rows(extractor, "Relations between Mali and France have collapsed since the coup.")
    assert not any(r[1] == "COOPERATES" for r in got), got


def test_a_border_with_a_neighbour_names_the_neighbour(extractor):
    text = "Lithuania will send 1,000 more soldiers to its border with Belarus, officials said."
    got = rows(extractor, text)
    assert any(r[:3] == ("LTU", "MOBILIZES", "BLR") and r[3] in ("planned", "alleged") for r in got), got
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_far_fetched_is_a_dismissal(extractor):
    text = "Kyrgyzstan accused Tajikistan of shelling its villages. Tajikistan called the accusations far-fetched."
    assert ("TJK", "DENIES", "KGZ", "asserted", ()) in rows(extractor, text)


def test_more_leaders_named_alone_speak_for_their_state(extractor):
    assert ("KEN", "REQUESTS", "SOM", "asserted", ()) in rows(extractor, "Ruto urged Somalia to hold elections.")
    assert ("MEX", "CONDEMNS", "ECU", "asserted", ()) in rows(extractor, "Sheinbaum condemned Ecuador on Monday.")


def test_appositive_backer_of_a_group_and_more_armed_groups(extractor):
    text = "Iran, the main backer of the Houthi movement, condemned the strikes."
    assert ("IRN", "SUPPORTS", "HOUTHIS", "asserted", ()) in rows(extractor, text)
    text = "Algeria, the main sponsor of the Polisario Front, recalled its ambassador from Madrid."
    assert ("DZA", "SUPPORTS", "POLISARIO", "asserted", ()) in rows(extractor, text)
