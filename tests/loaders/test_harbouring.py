"""Harbouring an armed group backs it: "accused Kigali of harbouring RED-Tabara rebels" is an alleged
SUPPORTS; harbouring ambitions or refugees backs nobody."""

from __future__ import annotations

from tests.loaders.extracted import claim_rows, edge_rows


def test_accused_of_harbouring_rebels(extractor) -> None:
    rows = claim_rows(extractor, "Burundi accused Rwanda of harbouring RED-Tabara rebels.")
    assert ("RWA", "SUPPORTS", "RED_TABARA", "alleged", ("BDI",)) in rows


def test_harboring_american_spelling_and_capitals(extractor) -> None:
    rows = claim_rows(extractor, "Islamabad has long accused Kabul of harboring the TTP.")
    assert ("AFG", "SUPPORTS", "TTP", "alleged", ("PAK",)) in rows


def test_sheltered_group_told_as_fact(extractor) -> None:
    assert ("SDN", "SUPPORTS", "AL_QAEDA", "asserted") in edge_rows(extractor, "Sudan sheltered al-Qaeda in the 1990s.")


def test_harbouring_what_is_no_armed_group_backs_nobody(extractor) -> None:
    assert edge_rows(extractor, "Thailand sheltered thousands of refugees from Myanmar.") == set()
    assert edge_rows(extractor, "Qatar harbours ambitions to rival Saudi Arabia.") == set()
