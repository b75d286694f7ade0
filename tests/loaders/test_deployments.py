"""Troop movements (MOBILIZES): forces rushed, built up, positioned, sailed or sent toward a rival."""

from __future__ import annotations

import pytest

from extracted import claim_rows, edge_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan rushed troops to the Afghan border.", ("PAK", "MOBILIZES", "AFG", "asserted")),
    ("Serbia built up forces near Kosovo.", ("SRB", "MOBILIZES", "XKX", "asserted")),
    ("Iran positioned missile batteries near the Iraqi border.", ("IRN", "MOBILIZES", "IRQ", "asserted")),
    ("Russia concentrated tanks near Ukraine's border.", ("RUS", "MOBILIZES", "UKR", "asserted")),
    ("Chinese warships sailed toward Taiwan on Sunday.", ("CHN", "MOBILIZES", "TWN", "asserted")),
    ("Russian troops have been building up on the border with Ukraine for weeks.", ("RUS", "MOBILIZES", "UKR", "asserted")),
    ("Beijing sent warships and fighter jets toward Taiwan on Sunday.", ("CHN", "MOBILIZES", "TWN", "asserted")),
    ("The United States dispatched an aircraft carrier towards North Korea.", ("USA", "MOBILIZES", "PRK", "asserted")),
    ("India deployed troops along the border with China.", ("IND", "MOBILIZES", "CHN", "asserted")),
    ("Indian troops were deployed along the border with China.", ("IND", "MOBILIZES", "CHN", "asserted")),
])
def test_forces_moved_toward_a_rival(extractor, text, expected) -> None:
    assert expected in rows(extractor, text)


def test_alleged_build_up_keeps_its_claimant(extractor) -> None:
    got = claim_rows(extractor, "Serbia has built up troops along the boundary with Kosovo, Washington said.")
    assert ("SRB", "MOBILIZES", "XKX", "alleged", ("USA",)) in got


@pytest.mark.parametrize("text", [
    "Pakistan rushed aid to Afghanistan.",  # aid is no force
    "China built a base in Djibouti.",  # building is no deployment
    "The ferry sailed toward Greece.",  # no actor's forces
    "Talks have been building up to a summit with China.",
])
def test_no_deployment_without_forces(extractor, text) -> None:
    assert not any(r[1] == "MOBILIZES" for r in rows(extractor, text)), rows(extractor, text)


def test_sending_to_an_ally_stays_supply(extractor) -> None:
    got = rows(extractor, "Russia sent troops to Belarus.")
    assert ("RUS", "SUPPLIES", "BLR", "asserted") in got and not any(r[1] == "MOBILIZES" for r in got)
