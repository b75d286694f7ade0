"""Ultimatums: a step announced unless (or if not) an actor acts is a demand on that actor."""

from __future__ import annotations

import pytest

from extracted import edge_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain, France and Germany said on Saturday that they would recognise Guaido unless Maduro called a fresh "
     "presidential election within eight days.",
     {("ESP", "REQUESTS", "VEN", "asserted"), ("FRA", "REQUESTS", "VEN", "asserted"), ("DEU", "REQUESTS", "VEN", "asserted")}),
    ("Turkey will block the bid unless Sweden extradites the suspects.", {("TUR", "REQUESTS", "SWE", "asserted")}),
    ("Israel will not stop the offensive unless Hamas frees the hostages.", {("ISR", "REQUESTS", "HAMAS", "asserted")}),
    ("Moscow would respond if NATO did not withdraw its troops.", {("RUS", "REQUESTS", "NATO", "asserted")}),
    ("Nigeria threatened to cut power supplies if Niger did not reinstate its president.",
     {("NGA", "REQUESTS", "NER", "asserted")}),
])
def test_ultimatum_is_a_demand(extractor, text, expected) -> None:
    got = rows(extractor, text)
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    "Washington will impose sanctions on Ankara if it buys more S-400s.",  # a plain condition: a threat, no demand
    "Russia attacked Ukraine unless it was provoked.",  # nothing held over anyone
    "Turkey blocked the bid, and Sweden extradited the suspects.",
])
def test_no_demand_without_an_ultimatum(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in rows(extractor, text)), rows(extractor, text)
