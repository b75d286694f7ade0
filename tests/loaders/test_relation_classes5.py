"""Recall on constructions first seen in the fourth corpus, fifth round, on sentences written for these
tests (other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import edge_rows as rows


def test_a_body_named_by_its_of_phrase_speaks_for_its_members(extractor):
    got = rows(extractor, "A congress of Abkhaz officials in Sukhumi appealed to Russia for protection.")
    assert ("ABKHAZIA", "REQUESTS", "RUS", "asserted") in got, got


def test_pledging_a_sum_of_money_supplies(extractor):
    got = rows(extractor, "Washington has pledged $200 million to Kenya.")
    assert ("USA", "SUPPLIES", "KEN") in {r[:3] for r in got}, got  # the status (planned) is status.py's business


def test_providing_flights_supplies(extractor):
    got = rows(extractor, "France provided flights and vehicles to Chad.")
    assert ("FRA", "SUPPLIES", "TCD", "asserted") in got, got


def test_funnelling_money_supplies(extractor):
    got = rows(extractor, "Iran was funnelling money to Hezbollah.")
    assert ("IRN", "SUPPLIES", "HEZBOLLAH", "asserted") in got, got


def test_flying_weapons_into_a_state_supplies_it(extractor):
    got = rows(extractor, "The Emirates were flying weapons into Sudan.")
    assert ("ARE", "SUPPLIES", "SDN", "asserted") in got, got


def test_flying_into_airspace_is_no_supply(extractor):
    got = rows(extractor, "Russian jets flew into Finnish airspace.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_condemning_a_plan_condemns_whoever_announced_it(extractor):
    got = rows(extractor, "Ankara condemned a plan announced by the leader of Abkhazia to host a Russian base.")
    assert ("TUR", "CONDEMNS", "ABKHAZIA", "asserted") in got, got


def test_financing_a_group_supplies_it(extractor):
    got = rows(extractor, "Qatar financed Hamas.")
    assert ("QAT", "SUPPLIES", "HAMAS", "asserted") in got, got


def test_a_region_named_by_its_of_phrase_is_that_region_not_its_owner(extractor):
    got = rows(extractor, "Azerbaijan condemned a plan announced by the leader of its breakaway region of Nagorno-Karabakh.")
    assert ("AZE", "CONDEMNS", "NAGORNO_KARABAKH", "asserted") in got, got


def test_a_named_party_is_an_actor(extractor):
    got = rows(extractor, "Moscow was funnelling money to the Shor party.")
    assert ("RUS", "SUPPLIES", "SHOR", "asserted") in got, got


def test_a_person_who_leads_a_group_speaks_for_it(extractor):
    got = rows(extractor, "Ivan Petrov, who commands the Wagner group, warned France.")
    assert ("WAGNER", "THREATENS", "FRA", "asserted") in got, got


def test_a_person_who_leads_no_actor_stays_unresolved(extractor):
    got = rows(extractor, "John Smith, who leads a charity, warned France.")
    assert got == set(), got


def test_both_sides_are_the_parties_to_the_fighting_named_earlier(extractor):
    text = ("Fighting between Sudan's army and the RSF spilled over the border.\n\n"
            "Chad hosts many refugees. The U.N. refugee agency called on both sides to protect civilians.")
    got = rows(extractor, text)
    assert ("UN", "REQUESTS", "RSF", "asserted") in got, got
    assert ("UN", "REQUESTS", "SDN", "asserted") in got, got
    assert ("UN", "REQUESTS", "TCD", "asserted") not in got, got


def test_a_domestic_court_order_is_no_request_by_its_state(extractor):
    got = rows(extractor, "Brazil's Supreme Court ordered Chinese firms to compensate workers.")
    assert not any(r[1] == "REQUESTS" for r in got), got


def test_an_international_court_that_orders_still_requests(extractor):
    got = rows(extractor, "The ICJ ordered Israel to halt the offensive.")
    assert ("ICJ", "REQUESTS", "ISR", "asserted") in got, got


def test_promising_personnel_to_a_state_supplies_it(extractor):
    got = rows(extractor, "Ireland and Austria have promised personnel to Haiti.")
    assert {("AUT", "SUPPLIES", "HTI"), ("IRL", "SUPPLIES", "HTI")} <= {r[:3] for r in got}, got


def test_promising_to_act_supplies_nothing(extractor):
    got = rows(extractor, "France promised to respond.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


def test_will_not_tolerate_attacks_by_a_group_threatens_it(extractor):
    got = rows(extractor, "Kenya will not tolerate attacks by Al-Shabaab.")
    assert ("KEN", "THREATENS", "AL_SHABAAB") in {r[:3] for r in got}, got


def test_providing_personnel_or_funds_supplies(extractor):
    got = {r[:3] for r in rows(extractor, "Germany has provided personnel to Lithuania. Turkey provided funds to Hamas.")}
    assert {("DEU", "SUPPLIES", "LTU"), ("TUR", "SUPPLIES", "HAMAS")} <= got, got
