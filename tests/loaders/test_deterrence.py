"""Forces sent "to deter" a rival are mobilized against it, wherever they are sent; a purpose that is
no show of force ("to help its allies", "to reassure Ukraine") names no rival."""

from __future__ import annotations

from tests.loaders.extracted import edge_rows


def test_carrier_sent_to_a_sea_to_deter_a_group(extractor) -> None:
    rows = edge_rows(extractor, "The United States moved an aircraft carrier to the eastern Mediterranean to deter Hezbollah.")
    assert rows == {("USA", "MOBILIZES", "HEZBOLLAH", "asserted")}


def test_dispatched_to_a_region_to_deter_a_state(extractor) -> None:
    assert ("GBR", "MOBILIZES", "IRN", "asserted") in edge_rows(
        extractor, "London dispatched two destroyers to the region to deter Iran.")


def test_sent_to_an_ally_to_deter_a_rival(extractor) -> None:
    rows = edge_rows(extractor, "Washington deployed troops to Lithuania to deter Russia.")
    assert ("USA", "MOBILIZES", "RUS", "asserted") in rows


def test_purposes_that_are_no_show_of_force(extractor) -> None:
    assert edge_rows(extractor, "France sent warships to the Gulf to help its allies.") == set()
    assert all(t != "MOBILIZES" or target != "UKR" for _, t, target, _ in
               edge_rows(extractor, "Britain sent a frigate to the Black Sea to reassure Ukraine."))
