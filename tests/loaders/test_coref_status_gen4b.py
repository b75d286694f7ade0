"""Coref and status rules from the second round on heldout20-22: contrast asides, agreements told, parts of a
body's membership, stray subjects in coordinations, counted regional groups, and the owner of what a sanction hits.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor
from tests.loaders.extracted import claim_rows, edge_rows


# --- a ", while X ..." aside under a reported clause is the writer's, not the speaker's ---------------------------

@pytest.mark.parametrize("text, row", [
    ("The European Union said it expected Moscow to free the sailors, while Germany urged Russia to reopen the port.",
     ("DEU", "REQUESTS", "RUS", "asserted", ())),
    ("France said it hoped Iran would release the hostages, while Britain imposed sanctions on Tehran.",
     ("GBR", "SANCTIONS", "IRN", "asserted", ())),
])
def test_contrast_aside_is_not_reported(extractor: Extractor, text: str, row: tuple) -> None:
    assert row in claim_rows(extractor, text)


def test_aside_before_a_trailing_report_stays_reported(extractor: Extractor) -> None:
    rows = claim_rows(extractor, "Iran sent drones to Russia, while China supplied chips to Moscow, US officials said.")
    assert ("CHN", "SUPPLIES", "RUS", "alleged", ("USA",)) in rows
    assert ("CHN", "SUPPLIES", "RUS", "asserted", ()) not in rows


def test_aside_told_by_a_later_speaker_is_that_speakers(extractor: Extractor) -> None:
    rows = claim_rows(extractor, "The EU said it hoped Iran would free the sailors, while Britain urged Tehran to release "
                                 "them, a British official said.")
    assert ("GBR", "REQUESTS", "IRN", "asserted", ()) in rows
    assert not any(r[0] == "GBR" and r[3] == "planned" for r in rows)


def test_her_after_a_person_aside_is_the_subject(extractor: Extractor) -> None:
    rows = claim_rows(extractor, "The EU said it expected Moscow to free the sailors, while Chancellor Angela Merkel, "
                                 "in a call with Russian President Vladimir Putin, urged restraint, her spokesman said.")
    assert ("DEU", "REQUESTS", "RUS", "asserted", ()) in rows
    assert not any(r[0] == "DEU" and r[4] == ("RUS",) for r in rows)


def test_aside_without_a_comma_stays_in_the_report(extractor: Extractor) -> None:
    rows = claim_rows(extractor, "Iran said it would send drones to Russia while China supplied chips.")
    assert ("IRN", "SUPPLIES", "RUS", "planned", ("IRN",)) in rows
    assert ("CHN", "SUPPLIES", "RUS", "asserted", ()) not in rows


# --- an agreement told by a speaker is the cooperation claimed, not a plan ------------------------------------------

def test_reported_agreement_is_alleged_cooperation(extractor: Extractor) -> None:
    rows = claim_rows(extractor, "US officials have said for two years that Vientiane secretly agreed to give "
                                 "China's forces exclusive access to part of the port.")
    assert rows == {("LAO", "COOPERATES", "CHN", "alleged", ("USA",))}


def test_reported_agreement_of_ties_is_alleged(extractor: Extractor) -> None:
    assert claim_rows(extractor, "Armenia said Iran agreed to deepen ties with Yerevan.") == {
        ("IRN", "COOPERATES", "ARM", "alleged", ("ARM",))}


def test_reported_pledge_stays_planned(extractor: Extractor) -> None:
    assert claim_rows(extractor, "Kyiv said Berlin had pledged to back Ukraine.") == {
        ("DEU", "SUPPORTS", "UKR", "planned", ("UKR",))}


def test_agreement_still_to_come_stays_planned(extractor: Extractor) -> None:
    assert claim_rows(extractor, "Seoul said Tokyo would agree to deepen cooperation with Seoul.") == {
        ("JPN", "COOPERATES", "KOR", "planned", ("KOR",))}


# --- "several NATO countries" are unnamed members, not the body -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Several NATO countries sent tanks to Ukraine.",
    "Three EU states expelled Russian diplomats.",
    "Some EU governments imposed sanctions on Belarus.",
])
def test_part_of_a_membership_is_not_the_body(extractor: Extractor, text: str) -> None:
    assert edge_rows(extractor, text) == set()


def test_members_beside_a_body_do_not_meet_as_the_body(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Joe Biden and the leaders of the G7 and several NATO countries held a meeting in Bali.")
    assert not any("NATO" in (r[0], r[2]) for r in rows)


@pytest.mark.parametrize("text, row", [
    ("The 27 EU member states imposed sanctions on Russia.", ("EU", "SANCTIONS", "RUS", "asserted")),
    ("EU countries imposed sanctions on Russia.", ("EU", "SANCTIONS", "RUS", "asserted")),
    ("NATO allies condemned Russia.", ("NATO", "CONDEMNS", "RUS", "asserted")),
])
def test_whole_membership_is_still_the_body(extractor: Extractor, text: str, row: tuple) -> None:
    assert edge_rows(extractor, text) == {row}


# --- a name right before a subjectless coordinated verb is that verb's subject, not a listed party --------------------

@pytest.mark.parametrize("text, row, stray", [
    ("Russia sold tanks to Syria and Iran bought drones from China.", ("RUS", "SUPPLIES", "SYR", "asserted"),
     ("RUS", "SUPPLIES", "IRN", "asserted")),
    ("France sold jets to Egypt and India bought rifles from Israel.", ("FRA", "SUPPLIES", "EGY", "asserted"),
     ("FRA", "SUPPLIES", "IND", "asserted")),
])
def test_stray_subject_is_not_a_conjunct(extractor: Extractor, text: str, row: tuple, stray: tuple) -> None:
    rows = edge_rows(extractor, text)
    assert row in rows and stray not in rows


def test_real_coordination_keeps_every_party(extractor: Extractor) -> None:
    assert edge_rows(extractor, "Russia sold tanks to Syria and Iran.") == {
        ("RUS", "SUPPLIES", "SYR", "asserted"), ("RUS", "SUPPLIES", "IRN", "asserted")}


# --- "the three Baltic states": only the states that fit the region -------------------------------------------------

def test_counted_regional_group_holds_only_fitting_states(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Moscow warned Latvia and Lithuania. Obama promised the three Baltic states that NATO "
                                "would defend them.")
    assert {r for r in rows if r[0] == "NATO"} == {
        ("NATO", "SUPPORTS", "EST", "asserted"), ("NATO", "SUPPORTS", "LVA", "asserted"),
        ("NATO", "SUPPORTS", "LTU", "asserted")}


def test_counted_regional_group_takes_the_fitting_states_named(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Iran warned Riyadh and Doha. The two Gulf states condemned Tehran.")
    assert {r for r in rows if r[1] == "CONDEMNS"} == {
        ("SAU", "CONDEMNS", "IRN", "asserted"), ("QAT", "CONDEMNS", "IRN", "asserted")}


def test_counted_group_without_a_region_is_the_states_named(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Japan and China met. The two countries agreed to deepen trade.")
    assert ("JPN", "COOPERATES", "CHN", "asserted") in rows


# --- what a sanction's object is made of belongs to the party punished -----------------------------------------------

def test_owner_of_sanctioned_assets_is_not_the_sanctioner(extractor: Extractor) -> None:
    assert ("CAN", "SANCTIONS", "IRN", "asserted") in edge_rows(
        extractor, "Canada suspended ties with Iran and froze the assets of its officials.")


def test_possessive_on_the_sanction_itself_is_the_sanctioner(extractor: Extractor) -> None:
    assert edge_rows(extractor, "The EU imposed its toughest sanctions on Iran.") == {("EU", "SANCTIONS", "IRN", "asserted")}


def test_own_assets_are_not_sanctions(extractor: Extractor) -> None:
    assert edge_rows(extractor, "Russia froze the assets of its own oligarchs.") == set()


# --- "The generals ... . They ...": unnamed rulers, not an older actor ------------------------------------------------

def test_they_after_unnamed_generals_is_no_older_actor(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Britain cut off aid to Mali after the coup. The generals have moved quickly to reshape "
                                "the country. They expelled France's ambassador and hosted Russia's defence minister.")
    assert rows == {("GBR", "SANCTIONS", "MLI", "asserted")}


def test_they_after_named_generals_is_their_state(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Britain cut off aid to Mali after the coup. Mali's generals have moved quickly. "
                                "They expelled France's ambassador.")
    assert ("MLI", "REDUCES_RELATIONS", "FRA", "asserted") in rows


def test_they_after_other_unnamed_people_is_unchanged(extractor: Extractor) -> None:
    rows = edge_rows(extractor, "Russia sent troops to the border. The soldiers crossed into Ukraine. They attacked Kharkiv.")
    assert ("RUS", "ATTACKS", "UKR", "asserted") in rows


# --- backing offered is given now; goods offered stay planned ---------------------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Germany offered its full support to Poland.", ("DEU", "SUPPORTS", "POL", "asserted", ())),
    ("Germany offered to back Poland.", ("DEU", "SUPPORTS", "POL", "asserted", ())),
    ("Britain offered to send tanks to Ukraine.", ("GBR", "SUPPLIES", "UKR", "planned", ("GBR",))),
    ("Germany offered Poland air defence systems.", ("DEU", "SUPPLIES", "POL", "planned", ("DEU",))),
])
def test_offered_backing_is_given_offered_goods_are_planned(extractor: Extractor, text: str, row: tuple) -> None:
    assert claim_rows(extractor, text) == {row}
