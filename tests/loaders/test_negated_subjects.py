"""A subject with "no" negates its clause: "No Armenian troops shelled ..., Yerevan said" is a denial."""

from __future__ import annotations

from extracted import claim_rows


def test_negated_subject_reported_by_the_doer_is_denied(extractor) -> None:
    got = claim_rows(extractor, "No Armenian troops shelled Azerbaijani positions, Yerevan said.")
    assert ("ARM", "ATTACKS", "AZE", "denied", ("ARM",)) in got, got
    assert not any(r[3] == "asserted" and r[1] == "ATTACKS" for r in got), got


def test_negated_passive_subject(extractor) -> None:
    got = claim_rows(extractor, "Russia said no Russian troops were deployed in Ukraine.")
    assert ("RUS", "MOBILIZES", "UKR", "denied", ("RUS",)) in got, got


def test_plain_subject_keeps_its_claim(extractor) -> None:
    got = claim_rows(extractor, "Armenian troops shelled Azerbaijani positions, Baku said.")
    assert ("ARM", "ATTACKS", "AZE", "alleged", ("AZE",)) in got, got
