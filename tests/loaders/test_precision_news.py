"""Precision on full-length news copy, on sentences written for these tests: constructions that made the
extractor report relations the article does not hold (a deed argued against, ...)."""

from __future__ import annotations

import pytest

from extracted import claim_rows as rows


# a deed argued against ("warned X against doing Y") is not done ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo warned Seoul against hosting the Chinese defence minister.",
     {("JPN", "THREATENS", "KOR", "asserted", ())}),
    ("Lithuania voted against sending more troops to Poland.", set()),
    ("For years Moscow cautioned Finland against joining NATO.", set()),
    ("Ankara argued against imposing sanctions on Iran, officials said.", set()),
], ids=["warned-addressee", "voted-against", "cautioned", "argued-against"])
def test_a_gerund_deed_argued_against_is_not_done(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain sent tanks to Ukraine after warning against any delay.",
     {("GBR", "SUPPLIES", "UKR", "asserted", ())}),
    ("Estonia protested against what it called Russia's attack on its border post.",
     {("EST", "CONDEMNS", "RUS", "asserted", ()), ("RUS", "ATTACKS", "EST", "asserted", ())}),
    ("Norway sided with Kyiv against Moscow by sending air defence systems to Ukraine.",
     {("NOR", "SUPPLIES", "UKR", "asserted", ()), ("NOR", "SUPPORTS", "UKR", "asserted", ())}),
], ids=["noun-after-against", "what-it-called", "by-sending"])
def test_deeds_not_argued_against_stand(extractor, text, expected):
    assert rows(extractor, text) == expected
