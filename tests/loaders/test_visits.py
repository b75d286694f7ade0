"""Visits told by travel: a delegation or office holder flying to, arriving or landing in a state meets it."""

from __future__ import annotations

import pytest

from extracted import edge_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("A US delegation flew to Kyiv on Friday.", ("USA", "MEETS", "UKR", "asserted")),
    ("Japan's prime minister arrived in Kyiv on Tuesday.", ("JPN", "MEETS", "UKR", "asserted")),
    ("Putin arrived in Beijing on Monday.", ("RUS", "MEETS", "CHN", "asserted")),
    ("The Chinese delegation landed in Honiara for talks.", ("CHN", "MEETS", "SLB", "asserted")),
])
def test_travellers_meet_their_hosts(extractor, text, expected) -> None:
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Ukrainian refugees arrived in Poland.",
    "Iranian drones flew into Iraq.",
    "A Russian cargo plane landed in Bamako.",
])
def test_no_visit_without_a_traveller(extractor, text) -> None:
    assert not any(r[1] == "MEETS" for r in rows(extractor, text)), rows(extractor, text)


def test_troops_arriving_are_still_a_supply(extractor) -> None:
    got = rows(extractor, "Russian military instructors arrived in Niamey.")
    assert ("RUS", "SUPPLIES", "NER", "asserted") in got and not any(r[1] == "MEETS" for r in got)
