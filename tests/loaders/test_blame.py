"""Blame laid on an actor is an accusation by whoever lays it."""

from __future__ import annotations

import pytest

from extracted import edge_rows as rows


@pytest.mark.parametrize(("text", "expected"), [
    ("France holds Moscow responsible for the poisoning.", ("FRA", "ACCUSES", "RUS", "asserted")),
    ("Seoul held Pyongyang accountable for the sinking of the corvette.", ("KOR", "ACCUSES", "PRK", "asserted")),
    ("Germany said Syria bore sole responsibility for the attack.", ("DEU", "ACCUSES", "SYR", "asserted")),
    ("Kyiv said the blame lay with Moscow.", ("UKR", "ACCUSES", "RUS", "asserted")),
    ("Merkel and Hollande said the Syrian government bore sole responsibility for the developments.",
     ("DEU", "ACCUSES", "SYR", "asserted")),
])
def test_blame_is_accusation(extractor, text, expected) -> None:
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text", [
    "France does not hold Moscow responsible for the poisoning.",
    "Russia said it bore no responsibility for the crash.",
    "Iraq's minister said Iran had responsibility for the security of its pilgrims.",
    "Syria bore the brunt of the fighting, Germany said.",
])
def test_no_accusation_without_blame(extractor, text) -> None:
    assert not any(r[1] == "ACCUSES" for r in rows(extractor, text)), rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Egypt has asked the UN Security Council to hold Ethiopia responsible for any harm caused by the dam.",
    "Washington would hold Tehran accountable for any attack on its forces.",
])
def test_blame_asked_for_or_held_over_is_not_laid(extractor, text) -> None:
    assert not any(r[1] == "ACCUSES" for r in rows(extractor, text)), rows(extractor, text)
