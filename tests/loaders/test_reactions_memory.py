"""Which earlier deed a reaction points back to ("condemned the strike", "backed the raid"): the last one the
article tells as done, not one merely claimed, denied or judged; and what a "which X rejects" or a charge's
means answers (loaders/extract.py, loaders/discourse.py)."""

from __future__ import annotations

import pytest

from graph.model import Article
from loaders.extract import Extractor

Row = tuple[str, str, str, str, tuple[str, ...]]


def rows(extractor: Extractor, text: str) -> set[Row]:
    got = extractor.extract(Article("m1", text=text, published="2024-05-01")).relations
    return {(r.source, r.type.value, r.target, r.status.value, tuple(r.attributed_to)) for r in got}


def reactions(got: set[Row], reactor: str) -> set[tuple[str, str]]:
    return {(r[1], r[2]) for r in got if r[0] == reactor and r[1] in ("CONDEMNS", "SUPPORTS")}


# a reaction to "the strike" goes to the deed told as done ---------------------------------------------

MEMORY = [
    pytest.param("Israeli jets struck an arms depot near Damascus on Sunday. Moscow said a Turkish drone strike "
                 "had hit a convoy in the area. Egypt condemned the strike.", "EGY", "ISR", id="claimed-by-third-party"),
    pytest.param("Russian missiles struck Kyiv on Monday. Belarus has insisted it never attacked Ukraine. "
                 "Poland condemned the attack.", "POL", "RUS", id="denied-deed"),
    pytest.param("Israeli aircraft bombed Hezbollah positions in Lebanon. Tehran regarded the strikes as a crime. "
                 "Qatar also condemned the strikes.", "QAT", "ISR", id="judge-is-no-doer"),
    pytest.param("Azerbaijan shelled Armenian border villages on Tuesday. No Armenian troops shelled Azerbaijani "
                 "positions, Yerevan said. Iran condemned the shelling.", "IRN", "AZE", id="negated-subject"),
]


@pytest.mark.parametrize("text,reactor,doer", MEMORY)
def test_reaction_points_at_the_deed_told_as_done(extractor: Extractor, text: str, reactor: str, doer: str) -> None:
    got = rows(extractor, text)
    assert reactions(got, reactor) == {("CONDEMNS", doer)}, got


def test_a_later_deed_told_as_done_is_the_one_condemned(extractor: Extractor) -> None:
    # positive control: the memory still moves on to the latest deed the article asserts
    got = rows(extractor, "Russia shelled Kharkiv on Monday. Ukrainian drones struck a refinery in Russia on "
                          "Tuesday. Moscow condemned the attack.")
    assert reactions(got, "RUS") == {("CONDEMNS", "UKR")}, got


def test_support_for_the_strike_goes_to_its_doer_not_to_a_claimed_one(extractor: Extractor) -> None:
    got = rows(extractor, "American warships fired missiles at a Syrian air base on Friday. Russia claimed that a "
                          "Syrian air strike had hit a rebel depot. Canada fully supports the strike.")
    assert reactions(got, "CAN") == {("SUPPORTS", "USA")}, got


# a describing verb whose condemning word judges another deed ------------------------------------------

def test_verdict_on_another_deed_is_no_condemnation_of_the_object(extractor: Extractor) -> None:
    got = rows(extractor, "France struck militant bases in Mali. Britain backed the raid, which it called a "
                          "fitting reply to the barbaric attack on French troops.")
    assert reactions(got, "GBR") == {("SUPPORTS", "FRA")}, got


def test_verdict_on_the_object_itself_still_condemns(extractor: Extractor) -> None:
    got = rows(extractor, "France struck militant bases in Mali. Algeria denounced the raid, which it called barbaric.")
    assert reactions(got, "DZA") == {("CONDEMNS", "FRA")}, got


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Russia. Moscow described the sanctions as an illegal attack on its sovereignty.",
    "The EU imposed sanctions on Russia. Moscow called the sanctions an illegal attack on its economy.",
])
def test_a_deed_noun_as_the_predicate_still_carries_the_verdict(extractor: Extractor, text: str) -> None:
    got = rows(extractor, text)
    assert reactions(got, "RUS") == {("CONDEMNS", "EU")}, got


# "which X rejects" after a charge against X answers the charge ----------------------------------------

def test_rejecting_relative_answers_the_charge_not_the_last_noun(extractor: Extractor) -> None:
    got = rows(extractor, "Beijing accused Washington of stoking tensions by selling arms to Taiwan, which the "
                          "State Department rejected.")
    assert ("USA", "DENIES", "CHN", "asserted", ()) in got
    assert not {r for r in got if r[:3] == ("USA", "CONDEMNS", "TWN")}, got


def test_the_means_of_a_charge_is_not_denied_with_it(extractor: Extractor) -> None:
    got = rows(extractor, "Iranian officials have accused NATO states of prolonging the conflict by supplying "
                          "Ukraine, which the alliance denies.")
    assert ("NATO", "DENIES", "IRN", "asserted", ()) in got
    assert ("NATO", "SUPPLIES", "UKR", "alleged", ("IRN",)) in got
    assert not {r for r in got if r[3] == "denied"}, got


def test_a_charge_that_is_the_deed_itself_is_still_denied(extractor: Extractor) -> None:
    # negative control: "accused Iran of arming Hezbollah" has no means; the arming is what Tehran denies
    got = rows(extractor, "Israel accused Iran of arming Hezbollah, which Tehran denies.")
    assert ("IRN", "SUPPLIES", "HEZBOLLAH", "denied", ("IRN",)) in got
    assert ("IRN", "DENIES", "ISR", "asserted", ()) in got


def test_the_means_stays_deniable_in_a_later_sentence_about_the_deed(extractor: Extractor) -> None:
    got = rows(extractor, "Israel accused Iran of arming Hezbollah. Tehran rejected the accusation.")
    assert ("IRN", "SUPPLIES", "HEZBOLLAH", "denied", ("IRN",)) in got


# the article's main deed, known only from one side's report --------------------------------------------

def test_a_deed_known_only_from_a_report_is_still_the_main_deed(extractor: Extractor) -> None:
    got = rows(extractor, "Ukraine's air force said Russia launched 40 missiles at Kyiv overnight. Officials said four "
                          "people were killed. Dozens of homes were damaged. Emergency crews worked through the night. "
                          "Schools were closed across the capital. Power was restored by noon. Poland condemned the attack.")
    assert reactions(got, "POL") == {("CONDEMNS", "RUS")}, got


def test_a_deed_told_as_done_outranks_an_earlier_claimed_one(extractor: Extractor) -> None:
    got = rows(extractor, "Damascus said Turkish drones had struck a Kurdish town. Officials gave no toll. The town "
                          "was quiet on Monday. Shops reopened. Israeli jets bombed an airport near Damascus on Tuesday. "
                          "Residents fled. Roads were closed. Lebanon condemned the strike.")
    assert reactions(got, "LBN") == {("CONDEMNS", "ISR")}, got
