"""Reactions and denials that point back at an earlier sentence: "denounced the decision",
"rejected the account", "denied the accusation" (loaders/discourse.py, loaders/extract.py)."""

from __future__ import annotations

import pytest

from graph.model import Article, RelationType, Status
from loaders.extract import Extraction, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article("r1", text=text, published="2024-05-01"))


def rows(extraction: Extraction) -> set[tuple[str, str, str, str, tuple[str, ...]]]:
    return {(r.source, r.type.value, r.target, r.status.value, tuple(sorted(r.attributed_to)))
            for r in extraction.relations}


# denying an accusation leaves the accusing standing ------------------------------------------

ACCUSATIONS = [
    pytest.param("Azerbaijan has accused Armenia of shelling its positions, state media reported. "
                 "Yerevan rejected the allegation.", "AZE", "ARM", id="reported-accusation"),
    pytest.param("Thailand has accused Cambodia of shelling Thai villages, the report said. "
                 "Phnom Penh denied the accusation.", "THA", "KHM", id="quoted-report"),
    pytest.param("Kenya accused Somalia of bombing Kenyan border posts. Mogadishu dismissed the charges as lies.",
                 "KEN", "SOM", id="asserted-accusation"),
]


@pytest.mark.parametrize("text,accuser,accused", ACCUSATIONS)
def test_denial_never_marks_the_accusation_itself_denied(extractor: Extractor, text: str, accuser: str,
                                                         accused: str) -> None:
    got = rows(run(extractor, text))
    accusations = {row for row in got if row[:3] == (accuser, "ACCUSES", accused)}
    assert accusations, got
    assert all(row[3] != "denied" for row in accusations), got
    assert (accused, "DENIES", accuser, "asserted", ()) in got


def test_denied_accusation_content_becomes_denied(extractor: Extractor) -> None:
    got = rows(run(extractor, ACCUSATIONS[0].values[0]))
    assert ("ARM", "ATTACKS", "AZE", "denied", ("ARM",)) in got
    assert ("AZE", "ACCUSES", "ARM", "denied", ("ARM",)) not in got


# "rejected the account": a claim reported with its speaker -----------------------------------

ACCOUNTS = [
    pytest.param("Pakistan said Indian troops had shelled Pakistani posts. India's defence ministry rejected the account.",
                 id="next-sentence"),
    pytest.param("Pakistan said Indian troops had shelled Pakistani posts.\nThe posts lie near the Line of Control.\n"
                 "India's army rejected that account.", id="two-paragraphs-later"),
    pytest.param("Pakistan said Indian troops had shelled Pakistani posts. The shelling killed two soldiers, officials "
                 "said. New Delhi dismissed Pakistan's version of events as propaganda.", id="version-of-events"),
]


@pytest.mark.parametrize("text", ACCOUNTS)
def test_rejected_account_denies_the_alleged_claim(extractor: Extractor, text: str) -> None:
    got = rows(run(extractor, text))
    assert ("IND", "ATTACKS", "PAK", "alleged", ("PAK",)) in got
    assert ("IND", "ATTACKS", "PAK", "denied", ("IND",)) in got
    assert ("IND", "DENIES", "PAK", "asserted", ()) in got


def test_account_beyond_the_window_is_not_answered(extractor: Extractor) -> None:
    text = ("Pakistan said Indian troops had shelled Pakistani posts. The posts lie near the border. "
            "The region is mountainous. Snow fell early this year. Roads were closed for weeks. "
            "India's defence ministry rejected the account.")
    got = rows(run(extractor, text))
    assert not any(row[3] == "denied" or row[1] == "DENIES" for row in got), got
