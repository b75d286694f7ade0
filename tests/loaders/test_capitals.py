"""Capitals that share their name with towns elsewhere stand for their state only where it is named."""

from __future__ import annotations

from extracted import edge_rows as rows


def test_georgetown_is_guyana_where_guyana_is_named(extractor) -> None:
    text = ("Guyana said on Monday it would defend itself.\n"
            "Georgetown requested an emergency session of the United Nations Security Council.")
    assert ("GUY", "REQUESTS", "UNSC", "asserted") in rows(extractor, text)


def test_georgetown_alone_is_no_state(extractor) -> None:
    got = rows(extractor, "Georgetown condemned the Russian strikes on Kyiv.")
    assert ("RUS", "ATTACKS", "UKR", "asserted") in got and not any(r[1] == "CONDEMNS" for r in got), got


def test_kingston_is_jamaica_only_beside_jamaica(extractor) -> None:
    assert ("JAM", "CONDEMNS", "RUS", "asserted") in rows(
        extractor, "Jamaica's government spoke on Friday. Kingston condemned Russia's invasion of Ukraine.")
    assert not any(r[0] == "JAM" for r in rows(extractor, "Kingston condemned Russia's invasion of Ukraine."))


def test_luxembourg_is_a_state(extractor) -> None:
    assert ("LUX", "CONDEMNS", "RUS", "asserted") in rows(extractor, "Luxembourg condemned Russia's invasion of Ukraine.")


def test_more_capitals_and_the_myanmar_military(extractor) -> None:
    assert ("MMR", "ATTACKS", "THA", "asserted") in rows(extractor, "The Tatmadaw shelled a Thai border village on Sunday.") \
        or ("MMR", "ATTACKS", "THA", "asserted") in rows(extractor, "The Tatmadaw attacked Thailand on Sunday.")
    assert ("KIR", "RECOGNIZES", "CHN", "asserted") in rows(extractor, "Tarawa recognised Beijing in 2019.")
    assert ("PRY", "CONDEMNS", "VEN", "asserted") in rows(extractor, "Asuncion condemned Caracas on Monday.")
    assert not any(r[0] == "CRI" for r in rows(extractor, "San Jose condemned the Chinese balloon."))
