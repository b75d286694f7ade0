"""Recall on news constructions reported after the ninth corpus, eighth round, on sentences written for
these tests: counted people standing for the states just named, travellers flying to a host."""

from __future__ import annotations

from extracted import edge_rows as rows


# "the two men": counted people stand for the pair of states the article named together ----------------

def test_the_two_men_are_the_pair_just_named(extractor):
    got = rows(extractor, "Vietnam and Laos signed a border treaty in Hanoi. Vietnam's president hosted "
                          "the Lao prime minister on Friday. The two men agreed to build a railway together.")
    assert ("VNM", "COOPERATES", "LAO", "asserted") in got or ("LAO", "COOPERATES", "VNM", "asserted") in got, got


def test_bare_two_men_are_strangers(extractor):
    got = rows(extractor, "Vietnam and Laos signed a border treaty in Hanoi. Two men attacked the Lao embassy.")
    assert not any(r[1] == "ATTACKS" for r in got), got


# a traveller flying to a state goes to meet it; cargo and craft do not ---------------------------------

def test_a_leader_flying_to_a_capital_meets_it(extractor):
    got = rows(extractor, "Brazil's foreign minister flew to Luanda on Sunday for talks.")
    assert got == {("BRA", "MEETS", "AGO", "asserted")}, got


def test_a_planned_flight_is_a_planned_meeting(extractor):
    got = rows(extractor, "Lula will fly to Beijing next month.")
    assert got == {("BRA", "MEETS", "CHN", "planned")}, got


def test_warplanes_flying_somewhere_meet_nobody(extractor):
    got = rows(extractor, "Russian bombers flew to Venezuela on Monday.")
    assert not any(r[1] == "MEETS" for r in got), got


def test_flying_cargo_is_still_supply(extractor):
    got = rows(extractor, "Turkey flew drones to Azerbaijan.")
    assert got == {("TUR", "SUPPLIES", "AZE", "asserted")}, got


# a possessive state before a generic organ name makes the organ that state's -----------------------------

def test_a_states_own_security_council_is_that_state(extractor):
    got = rows(extractor, "Kazakhstan's Security Council accused Kyrgyzstan of shelling border villages.")
    assert ("KAZ", "ACCUSES", "KGZ", "asserted") in got, got
    assert not any(r[0] == "UNSC" for r in got), got


def test_the_bare_security_council_is_still_the_un_body(extractor):
    got = rows(extractor, "The Security Council condemned Eritrea on Tuesday.")
    assert got == {("UNSC", "CONDEMNS", "ERI", "asserted")}, got


# a double object the parser flattens into a compound: "sent Moscow missiles" ------------------------------

def test_a_bare_state_before_the_goods_receives_them(extractor):
    got = rows(extractor, "North Korea has sent Moscow artillery shells.")
    assert got == {("PRK", "SUPPLIES", "RUS", "asserted")}, got


def test_an_acronym_before_the_goods_is_their_origin(extractor):
    got = rows(extractor, "Poland sent US missiles.")
    assert not any(r[1] == "SUPPLIES" and r[2] == "USA" for r in got), got


def test_a_state_sent_a_letter_receives_no_supplies(extractor):
    got = rows(extractor, "Britain sent Kyiv a letter.")
    assert not any(r[1] == "SUPPLIES" for r in got), got


# a sentence the parser left verbless: its past-tense verb, hung on the relative clause's last noun -------

def test_the_head_noun_of_a_verbless_sentence_does_the_deed(extractor):
    got = rows(extractor, "Spain and Italy, whose envoys stayed away from Friday's summit, called on Morocco "
                          "to release the fishermen.")
    assert got == {("ESP", "REQUESTS", "MAR", "asserted"), ("ITA", "REQUESTS", "MAR", "asserted")}, got


def test_a_participle_with_an_agent_stays_a_modifier(extractor):
    got = rows(extractor, "Spain and Italy attended the summit, called by Morocco.")
    assert not any(r[0] in ("ESP", "ITA") and r[1] == "REQUESTS" for r in got), got


def test_a_demonym_before_the_goods_is_their_origin(extractor):
    got = rows(extractor, "Belarus sent Russian missiles to Serbia.")
    assert got == {("BLR", "SUPPLIES", "SRB", "asserted")}, got


# "is due / ready to ...": an adjective of readiness passes on its copula's subject -------------------------

def test_a_leader_due_to_leave_on_a_trip_plans_to_meet(extractor):
    got = rows(extractor, "Kenyan President William Ruto is due to leave on Monday for a trip to Ghana and Togo.")
    assert got == {("KEN", "MEETS", "GHA", "planned"), ("KEN", "MEETS", "TGO", "planned")}, got


def test_ready_to_supply_is_a_planned_supply(extractor):
    got = rows(extractor, "Japan is ready to supply the Philippines with patrol boats.")
    assert got == {("JPN", "SUPPLIES", "PHL", "planned")}, got


def test_reluctant_to_supply_supplies_nothing(extractor):
    got = rows(extractor, "Japan is reluctant to supply the Philippines with patrol boats.")
    assert not any(r[1] == "SUPPLIES" for r in got), got
