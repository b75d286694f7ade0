"""A named ship is of its compound noun's kind ("the warship Cheonan"), so verbs that need a vessel
as object find one; "sank" a vessel is an attack on its owner, a ship or an economy that sinks is not."""

from __future__ import annotations

from tests.loaders.extracted import claim_rows, edge_rows


def test_named_warship_is_a_warship(extractor) -> None:
    rows = claim_rows(extractor, "Seoul accused North Korea of torpedoing the South Korean warship Cheonan.")
    assert ("PRK", "ATTACKS", "KOR", "alleged", ("KOR",)) in rows


def test_sinking_a_vessel_attacks_its_owner(extractor) -> None:
    assert edge_rows(extractor, "North Korea sank a South Korean warship.") == {("PRK", "ATTACKS", "KOR", "asserted")}


def test_sinking_that_is_no_deed(extractor) -> None:
    assert edge_rows(extractor, "The Greek ship sank after hitting a mine.") == set()
    assert edge_rows(extractor, "Turkey's lira sank against the dollar.") == set()
