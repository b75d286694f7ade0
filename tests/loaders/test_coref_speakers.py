""""I" inside a quote is its speaker, and "the agency" or "the watchdog" is the body just named."""

from __future__ import annotations

import pytest

from graph.model import Article
from loaders.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I call on Serbia to withdraw its troops," NATO Secretary General Mark Rutte said.', ("NATO", "REQUESTS", "SRB")),
        ("The International Atomic Energy Agency said on Monday that it had found uranium traces. "
         "The agency called on Tehran to explain them.", ("IAEA", "REQUESTS", "IRN")),
        ("The International Atomic Energy Agency met on Monday. The watchdog urged Pyongyang to readmit inspectors.",
         ("IAEA", "REQUESTS", "PRK")),
    ],
    ids=["first-person-singular", "agency", "watchdog"],
)
def test_speaker_and_body_descriptions(text, expected):
    relations = Extractor().extract(Article(id="c", text=text)).relations
    assert expected in {(r.source, r.type.value, r.target) for r in relations}


def test_regions_of_a_coordination_are_every_region():
    text = "Syria recognised the breakaway regions of Abkhazia and South Ossetia as independent states."
    relations = Extractor().extract(Article(id="r", text=text)).relations
    assert {("SYR", "RECOGNIZES", "ABKHAZIA"), ("SYR", "RECOGNIZES", "SOUTH_OSSETIA")} <= {
        (r.source, r.type.value, r.target) for r in relations}
