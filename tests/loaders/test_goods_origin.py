"""Goods of a state's make, given with no giver named, come from that state."""

from __future__ import annotations

import pytest

from extracted import edge_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian weapons were delivered to Armenia.", ("RUS", "SUPPLIES", "ARM", "asserted")),
    ("Russian-made S-300 missiles were shipped to Cyprus in 1998.", ("RUS", "SUPPLIES", "CYP", "asserted")),
    ("Iranian-made drones were sold to Russia last year.", ("IRN", "SUPPLIES", "RUS", "asserted")),
    ("Turkish-made Bayraktar TB2 drones, sold to Baku in large numbers this year, destroyed Armenian tanks.",
     ("TUR", "SUPPLIES", "AZE", "asserted")),
])
def test_maker_supplies_the_recipient(extractor, text, expected) -> None:
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Weapons were delivered to Armenia.",  # no maker named
    "Russian diplomats were sent to Kenya.",  # people are no goods
    "Soviet-era T-72 tanks were delivered to Kyiv.",  # no state of that make today
])
def test_no_supplier_without_a_state_of_make(extractor, text) -> None:
    assert not any(r[1] == "SUPPLIES" for r in rows(extractor, text)), rows(extractor, text)


def test_named_giver_wins_over_the_make(extractor) -> None:
    got = rows(extractor, "Russian-made helicopters were delivered to Ukraine by the United States.")
    assert ("USA", "SUPPLIES", "UKR", "asserted") in got and ("RUS", "SUPPLIES", "UKR", "asserted") not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union suspended budget support to Niger after the coup.", ("EU", "SANCTIONS", "NER", "asserted")),
    ("The EU cut financial support to the Palestinian Authority.", ("EU", "SANCTIONS", "PSE", "asserted")),
])
def test_support_cut_off_is_no_support(extractor, text, expected) -> None:
    got = rows(extractor, text)
    assert expected in got and not any(r[1] == "SUPPORTS" for r in got), got


def test_support_kept_up_is_support(extractor) -> None:
    assert ("EU", "SUPPORTS", "NER", "asserted") in rows(extractor, "The EU continued its support to Niger.")
