"""Judgements and denials, round 2 (loaders/relations.py, loaders/judgements.py): a claim told as "talk of"
is denied, a verdict's victim is not the judged, a deed noun naming its object is the deed done to that
object, a warned clause's helper is not threatened. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor

from extracted import Claim, claim_rows as rows


def of_type(extractor: Extractor, text: str, kind: str) -> set[Claim]:
    return {r for r in rows(extractor, text) if r[1] == kind}


# "talk of X" is a claim: rejecting it denies the talker -----------------------------------------

@pytest.mark.parametrize("text, row", [
    ("Russia rejected Ukrainian talk of aggression on Tuesday.", ("RUS", "DENIES", "UKR", "asserted", ())),
    ("The Georgian foreign ministry dismissed Russian talk of a planned attack.",
     ("GEO", "DENIES", "RUS", "asserted", ())),
])
def test_talk_of_a_deed_is_a_claim_denied(extractor: Extractor, text: str, row: Claim) -> None:
    got = rows(extractor, text)
    assert row in got
    assert not {r for r in got if r[1] == "CONDEMNS"}


def test_talks_as_a_meeting_are_no_claim(extractor: Extractor) -> None:
    got = rows(extractor, "Serbia rejected the talks with Kosovo.")
    assert not {r for r in got if r[1] == "DENIES"}


# a verdict set beside the deed names its victim, not the judged -------------------------------------

@pytest.mark.parametrize("text, judged, victim", [
    ("Russian troops seized a border post on Monday. The EU called the seizure \"an outrageous violation of "
     "sovereign Ukrainian territory\".", "RUS", "UKR"),
    ("Iranian commandos seized a tanker in the Gulf. Britain called the seizure \"a flagrant breach of Omani "
     "sovereignty\".", "IRN", "OMN"),
])
def test_verdict_victim_is_not_condemned(extractor: Extractor, text: str, judged: str, victim: str) -> None:
    got = of_type(extractor, text, "CONDEMNS")
    assert not {r for r in got if r[2] == victim}
    assert {r[2] for r in got} <= {judged}


def test_actor_named_in_object_is_still_judged(extractor: Extractor) -> None:
    assert ("IND", "CONDEMNS", "IRN", "asserted", ()) in rows(
        extractor, "India called the seizure of the ship by Iran an outrageous violation of Indian sovereignty.")


# "the occupation of Heglig": the deed done to the place named, not the latest of its kind -------------

@pytest.mark.parametrize("text, row, wrong", [
    ("South Sudan occupied Heglig in April. Sudan occupied Abyei in May. The African Union described the "
     "occupation of Heglig as an illegal act.", ("AU", "CONDEMNS", "SSD", "asserted", ()), "SDN"),
    ("Russia seized Crimea in 2014. China seized the Scarborough Shoal in 2012. Kyiv condemned the seizure of "
     "Crimea as a crime.", ("UKR", "CONDEMNS", "RUS", "asserted", ()), "CHN"),
])
def test_deed_noun_with_its_object_is_that_deed(extractor: Extractor, text: str, row: Claim, wrong: str) -> None:
    got = of_type(extractor, text, "CONDEMNS")
    assert row in got
    assert not {r for r in got if r[2] == wrong}


def test_bare_deed_noun_still_takes_the_latest(extractor: Extractor) -> None:
    got = of_type(extractor, "Sudan occupied Abyei in May. The African Union described the occupation as an "
                             "illegal act.", "CONDEMNS")
    assert got == {("AU", "CONDEMNS", "SDN", "asserted", ())}


# a warned clause's helper or companion is not the threat's target ----------------------------------

@pytest.mark.parametrize("text", [
    "Tehran warned that it would build the reactor with or without the help of Russia.",
    "Pyongyang warned that it would test the missile without the consent of China.",
])
def test_warned_helper_is_not_threatened(extractor: Extractor, text: str) -> None:
    assert not of_type(extractor, text, "THREATENS")


def test_warned_clause_other_party_still_threatened(extractor: Extractor) -> None:
    assert ("BLR", "THREATENS", "EU", "asserted", ()) in rows(
        extractor, "Minsk warned that it would no longer hold back migrants bound for the European Union.")


# a document named with its author speaks for the author -------------------------------------------

@pytest.mark.parametrize("text, row", [
    ("A report by the European Commission accused Hungary of blocking aid.", ("EU", "ACCUSES", "HUN", "asserted", ())),
    ("A statement by Antonio Guterres, the U.N. secretary-general, condemned the Russian strikes on Odessa.",
     ("UN", "CONDEMNS", "RUS", "asserted", ())),
])
def test_document_by_author_speaks_for_author(extractor: Extractor, text: str, row: Claim) -> None:
    assert row in rows(extractor, text)


def test_document_by_private_person_has_no_voice(extractor: Extractor) -> None:
    got = rows(extractor, "A report by John Smith, a retired engineer, accused Hungary of blocking aid.")
    assert not {r for r in got if r[1] == "ACCUSES"}


# a clause whose subject the parser took as the object of "after"/"before" -------------------------

@pytest.mark.parametrize("text, row, wrong", [
    ("Germany sent tanks after a report by NATO accused Russia of massing troops.",
     ("NATO", "ACCUSES", "RUS", "asserted", ()), "DEU"),
    ("Japan protested before a statement by the Chinese foreign ministry denounced Tokyo.",
     ("CHN", "CONDEMNS", "JPN", "asserted", ()), "JPN"),
])
def test_subject_parsed_as_object_of_after(extractor: Extractor, text: str, row: Claim, wrong: str) -> None:
    got = rows(extractor, text)
    assert row in got
    assert not {r for r in got if r[1] == row[1] and r[0] == wrong}


def test_after_clause_with_its_own_subject_is_unchanged(extractor: Extractor) -> None:
    got = rows(extractor, "Britain sent troops to Estonia after Russia threatened the Baltic states.")
    assert ("GBR", "SUPPLIES", "EST", "asserted", ()) in got


# an "-ing" conjunct misparsed into the first participle's phrase keeps the document's voice ---------

def test_second_participle_of_a_resolution_speaks_for_the_adopter(extractor: Extractor) -> None:
    got = rows(extractor, "The Security Council passed a resolution, drafted by France, voicing support for the "
                          "African Union in its bid to make sure that the ceasefire was observed and urging Khartoum "
                          "to open the border.")
    assert ("UNSC", "REQUESTS", "SDN", "asserted", ()) in got
    assert not {r for r in got if r[1] == "REQUESTS" and r[0] != "UNSC"}
