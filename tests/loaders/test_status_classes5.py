"""Status and attribution classes seen in the corpus2-4 misses, on sentences written for these
tests (other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import claim_rows as rows


def test_experts_speak_for_the_body_named_in_their_modifier(extractor):
    got = rows(extractor, "UN experts say Russian flights delivered arms to Haftar's forces in breach of the embargo.")
    assert ("RUS", "SUPPLIES", "LNA", "alleged", ("UN",)) in got, got


def test_a_panel_of_experts_speaks_for_the_body_of_its_members(extractor):
    got = rows(extractor, "A panel of UN experts said Turkey supplied drones to the army of Libya.")
    assert ("TUR", "SUPPLIES", "LBY", "alleged", ("UN",)) in got, got


def test_officials_modified_by_a_nationality_speak_for_their_state(extractor):
    got = rows(extractor, "Chinese officials said Japan was planning to deploy missiles near Taiwan.")
    assert ("JPN", "MOBILIZES", "TWN", "planned", ("CHN",)) in got, got


def test_critics_of_an_actor_do_not_speak_for_it(extractor):
    got = rows(extractor, "Critics of Russia said Iran delivered drones to Syria.")
    assert ("IRN", "SUPPLIES", "SYR", "alleged", ()) in got, got


def test_a_plan_belongs_to_the_mover_not_to_the_doer_named_in_it(extractor):
    got = rows(extractor, "Britain and France moved to restore UN sanctions on Iran.")
    assert ("UN", "SANCTIONS", "IRN", "planned", ("GBR", "FRA")) in got, got


def test_a_deed_that_is_the_subject_of_an_intent_verb_is_not_planned(extractor):
    got = rows(extractor, "Poland's purchase of tanks from South Korea, agreed in 2022, has already changed the army.")
    assert ("KOR", "SUPPLIES", "POL", "asserted", ()) in got, got


def test_according_to_vouches_for_the_effect_not_the_possessed_deed_in_the_subject(extractor):
    got = rows(extractor, "Poland's purchase of tanks from South Korea has already changed the army, according to analysts.")
    assert ("KOR", "SUPPLIES", "POL", "asserted", ()) in got, got


def test_according_to_still_attributes_a_plain_clause(extractor):
    got = rows(extractor, "Iran supplied drones to Russia, according to Ukraine.")
    assert ("IRN", "SUPPLIES", "RUS", "alleged", ("UKR",)) in got, got


def test_a_quote_paragraph_speaks_for_the_actor_it_opens_with(extractor):
    got = rows(extractor, "UN investigators say Burundian troops attacked Rwanda.\n\n"
                          "Burundi rejected the report. \"We have never crossed the border,\" said Jean Ndayi, a lawmaker. "
                          "He accused Kigali of arming rebels.")
    assert ("BDI", "ATTACKS", "RWA", "alleged", ("UN",)) in got, got
    assert ("BDI", "ACCUSES", "RWA", "asserted", ()) in got, got
    assert not any(r[0] == "UN" and r[1] == "ACCUSES" for r in got), got


def test_a_pledge_of_material_is_planned_by_the_pledger(extractor):
    got = rows(extractor, "Japan has pledged $50 million in aid to Ukraine.")
    assert got == {("JPN", "SUPPLIES", "UKR", "planned", ("JPN",))}, got


def test_a_delivery_is_still_asserted(extractor):
    got = rows(extractor, "Japan delivered $50 million in aid to Ukraine.")
    assert ("JPN", "SUPPLIES", "UKR", "asserted", ()) in got, got


def test_agreeing_to_stop_a_deed_does_not_plan_the_deed(extractor):
    got = rows(extractor, "Iran agreed to stop arming the Houthis.")
    assert got == {("IRN", "SUPPLIES", "HOUTHIS", "asserted", ())}, got


def test_a_reported_agreement_to_stop_alleges_the_deed(extractor):
    got = rows(extractor, "Saudi officials said Iran had agreed to stop arming the Houthis.")
    assert got == {("IRN", "SUPPLIES", "HOUTHIS", "alleged", ("SAU",))}, got
