"""Goods offered are promised, not yet given: an offer is planned, as a pledge is; and the
Pakistani Taliban under the spelling with one hyphen is still the TTP."""

from __future__ import annotations

from tests.loaders.extracted import claim_rows


def test_offered_goods_are_planned(extractor) -> None:
    assert claim_rows(extractor, "Japan offered Vietnam six patrol boats.") == {
        ("JPN", "SUPPLIES", "VNM", "planned", ("JPN",))}


def test_offered_money_to_help_is_planned(extractor) -> None:
    assert ("USA", "SUPPLIES", "ARG", "planned", ("USA",)) in claim_rows(
        extractor, "The US offered $40 million to help Buenos Aires pay for the jets.")


def test_delivered_goods_stay_asserted(extractor) -> None:
    assert claim_rows(extractor, "Japan delivered six patrol boats to Vietnam.") == {
        ("JPN", "SUPPLIES", "VNM", "asserted", ())}


def test_ttp_spelled_with_one_hyphen(extractor) -> None:
    rows = claim_rows(extractor, "Islamabad accused Kabul of sheltering fighters of the Tehreek-e Taliban Pakistan.")
    assert ("AFG", "SUPPORTS", "TTP", "alleged", ("PAK",)) in rows
