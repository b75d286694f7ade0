"""A text that was vetoed, blocked or never adopted says nothing: its condemnation or demand is no
relation of its would-be authors; a text adopted, or rejected by its target after adoption, still speaks."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows


@pytest.mark.parametrize("text", [
    "Moscow and Beijing vetoed a Security Council resolution condemning Syria.",
    "Hungary blocked an EU statement criticising China.",
    "A resolution condemning the coup in Niger was vetoed by Russia.",
    "The Security Council failed to adopt a motion urging Iran to cooperate.",
    "Washington withdrew its draft resolution calling on Israel to halt the offensive.",
])
def test_stopped_texts_say_nothing(extractor, text: str) -> None:
    assert all(t not in ("CONDEMNS", "REQUESTS") for _, t, _, _ in edge_rows(extractor, text))


def test_adopted_text_speaks(extractor) -> None:
    assert ("UNSC", "CONDEMNS", "M23", "asserted") in edge_rows(
        extractor, "The Security Council adopted a resolution condemning the M23.")


def test_text_rejected_by_its_target_still_speaks(extractor) -> None:
    rows = edge_rows(extractor, "Russia rejected a General Assembly resolution condemning its invasion of Ukraine.")
    assert ("UNGA", "CONDEMNS", "RUS", "asserted") in rows
