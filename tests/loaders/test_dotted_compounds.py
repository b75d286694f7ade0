"""A dotted abbreviation hyphenated to a participle ("U.S.-backed") names its actor, as "Iran-backed" does."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows


@pytest.mark.parametrize(("text", "tokens"), [
    ("U.S.-backed forces", ["U.S.", "-", "backed", "forces"]),
    ("a U.N.-brokered truce", ["a", "U.N.", "-", "brokered", "truce"]),
    ("U.K.-made missiles", ["U.K.", "-", "made", "missiles"]),
])
def test_the_hyphen_after_a_dotted_abbreviation_is_split(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("the U.S. said", ["the", "U.S.", "said"]),          # an abbreviation alone stays whole
    ("e.g. a well-known envoy", ["e.g.", "a", "well", "-", "known", "envoy"]),
    ("Pre-U.S. talks", ["Pre", "-", "U.S.", "talks"]),   # no lower-case word after the hyphen: untouched
])
def test_other_words_tokenize_as_before(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


def test_a_us_backed_group_is_backed_by_the_united_states(extractor):
    rows = edge_rows(extractor, "Turkish jets struck the U.S.-backed Syrian Democratic Forces near Kobani.")
    assert ("USA", "SUPPORTS", "SDF", "asserted") in rows
    assert ("TUR", "ATTACKS", "SDF", "asserted") in rows


def test_a_un_brokered_truce_is_not_a_un_deed_against_anyone(extractor):
    rows = edge_rows(extractor, "The U.N.-brokered truce between Israel and Hamas collapsed on Sunday.")
    assert not any(source == "UN" for source, *_ in rows)
