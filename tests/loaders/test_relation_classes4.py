"""Recall on constructions first seen in the fourth corpus, on sentences written for these tests
(other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import edge_rows as rows


def test_removing_a_state_from_a_trade_list_sanctions_it(extractor):
    got = rows(extractor, "Australia removed Iran from its list of approved exporters.")
    assert ("AUS", "SANCTIONS", "IRN", "asserted") in got, got


def test_striking_a_state_off_a_list_is_a_sanction_not_an_attack(extractor):
    got = rows(extractor, "Beijing struck Lithuania off its register of trusted suppliers.")
    assert ("CHN", "SANCTIONS", "LTU", "asserted") in got, got
    assert not any(r[1] == "ATTACKS" for r in got), got


def test_removing_goods_from_a_list_is_no_sanction_on_anyone(extractor):
    got = rows(extractor, "Canada removed the tariffs from its list.")
    assert not any(r[1] == "SANCTIONS" for r in got), got


def test_a_breakaway_regions_adjective_names_the_region(extractor):
    got = rows(extractor, "South Ossetian leader Alan Gagloyev signed an agreement with Moscow on a new base.")
    assert ("SOUTH_OSSETIA", "COOPERATES", "RUS", "asserted") in got, got


def test_a_haitian_gang_coalition_is_a_known_armed_group(extractor):
    got = rows(extractor, "The Viv Ansanm coalition attacked Haitian police stations in Port-au-Prince.")
    assert ("VIV_ANSANM", "ATTACKS", "HTI", "asserted") in got, got


def test_killing_people_at_a_site_attacks_the_state_it_lies_in(extractor):
    got = rows(extractor, "Al-Shabaab fighters killed 12 soldiers at a base in southern Somalia.")
    assert ("AL_SHABAAB", "ATTACKS", "SOM", "asserted") in got, got


def test_a_site_hung_on_an_aside_still_places_the_killing(extractor):
    got = rows(extractor, "Suspected Boko Haram gunmen killed 30 people, most of them farmers, at a market in northern Cameroon.")
    assert ("BOKO_HARAM", "ATTACKS", "CMR", "asserted") in got, got


def test_a_killing_at_an_unplaced_site_names_no_victim_state(extractor):
    got = rows(extractor, "Boko Haram gunmen killed nine farmers at a market.")
    assert not any(r[1] == "ATTACKS" for r in got), got
