"""Status, attribution and carried doers in full-length news copy, on sentences written for these tests:
a deed noun with no doer of its own carries the doer of an earlier mention only when its determiner
points back ("the restrictions"), never from "any"/"a"/"no" mentions."""

from __future__ import annotations

import pytest


from extracted import claim_rows as rows


# an indefinite deed noun does not borrow an earlier doer ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Moscow warned that Russia would answer the restrictions on freight. The German chancellor defended Riga, '
     'saying Latvia was "not taking any unilateral restrictions".',
     {("DEU", "SUPPORTS", "LVA", "asserted", ())}),
    ("Russia vowed to punish Estonia for its restrictions on transit. Berlin sided with Tallinn, saying Estonia "
     "was not taking any national restrictions.",
     {("RUS", "THREATENS", "EST", "asserted", ()), ("DEU", "SUPPORTS", "EST", "asserted", ())}),
], ids=["any-quoted", "any-plain"])
def test_an_indefinite_deed_noun_borrows_no_earlier_doer(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Warsaw's top diplomat said Poland was not imposing any new restrictions on Russia.",
     {("POL", "SANCTIONS", "RUS", "denied", ("POL",))}),
    ("Russia banned imports of Georgian wine in 2006. Officials said the ban on Georgia would stay.",
     {("RUS", "SANCTIONS", "GEO", "asserted", ())}),
], ids=["own-subject", "definite-repeat"])
def test_a_deed_noun_keeps_its_own_doer(extractor, text, expected):
    assert rows(extractor, text) == expected


# a party confirming its own deed, unclaimed before, tells of it ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo confirmed on Monday that Japan had delivered radar systems to Manila.",
     {("JPN", "SUPPLIES", "PHL", "asserted", ())}),
    ("Vietnam and India signed a naval pact, the Indian defence ministry confirmed.",
     {("VNM", "COOPERATES", "IND", "asserted", ())}),
], ids=["own-supply", "symmetric-pact"])
def test_a_party_confirming_its_own_unclaimed_deed_asserts_it(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow denied sending troops to Mali. Months later the Kremlin confirmed that Russia had sent troops to Mali.",
     {("RUS", "SUPPLIES", "MLI", "denied", ("RUS",)), ("RUS", "SUPPLIES", "MLI", "confirmed", ("RUS",))}),
    ("The Pentagon confirmed that Iran had supplied drones to Russia.",
     {("IRN", "SUPPLIES", "RUS", "confirmed", ("USA",))}),
], ids=["admitted-after-denial", "third-party"])
def test_a_confirmation_of_a_claim_or_by_a_third_party_stays_confirmed(extractor, text, expected):
    assert rows(extractor, text) == expected


# a clause beside a reporting verb is not what was reported ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Canada warned its citizens to avoid travel, while Australia expelled two Iranian diplomats.",
     {("AUS", "REDUCES_RELATIONS", "IRN", "asserted", ())}),
    ("Britain said it was worried, although Norway sent troops to Latvia last week.",
     {("NOR", "SUPPLIES", "LVA", "asserted", ())}),
], ids=["while", "although"])
def test_a_side_clause_of_a_reporting_verb_is_the_articles_own(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt said Israel had attacked Gaza.", {("ISR", "ATTACKS", "GAZA", "alleged", ("EGY",))}),
    ("Egypt said Israel had attacked Gaza while talks were under way.",
     {("ISR", "ATTACKS", "GAZA", "alleged", ("EGY",))}),
], ids=["plain-report", "side-clause-inside-the-report"])
def test_the_reported_clause_stays_the_speakers(extractor, text, expected):
    assert rows(extractor, text) == expected


# "regarded / views the deed as EVAL" condemns the doer -----------------------------------------------

@pytest.mark.parametrize("text", [
    'The United States fired missiles at a Syrian air base. The Kremlin said Putin regarded the strikes as '
    '"aggression against a sovereign state".',
    "The United States fired missiles at a Syrian air base. Moscow views the strikes as a violation of "
    "international law.",
], ids=["regarded-as", "views-as"])
def test_viewing_a_deed_as_wrong_condemns_its_doer(extractor, text):
    assert rows(extractor, text) == {("USA", "ATTACKS", "SYR", "asserted", ()), ("RUS", "CONDEMNS", "USA", "asserted", ())}


@pytest.mark.parametrize("text", [
    "The United States fired missiles at a Syrian air base. Moscow views the strikes as a warning.",
    "Turkey shelled Kurdish positions in Iraq. Baghdad considers the shelling a matter for talks.",
], ids=["neutral-view", "neutral-consider"])
def test_viewing_a_deed_without_a_verdict_condemns_nobody(extractor, text):
    assert not any(r[1] == "CONDEMNS" for r in rows(extractor, text)), rows(extractor, text)


# "said the deed ..., calling it EVAL": the speaker judges the deed's doer -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('The United States fired missiles at a Syrian air base. Syria\'s army command said the strike killed six '
     'people, calling it "a blatant aggression" against the country.',
     {("USA", "ATTACKS", "SYR", "asserted", ()), ("SYR", "CONDEMNS", "USA", "asserted", ())}),
    ("Israel struck a convoy in Lebanon. Beirut said the raid killed civilians and wrecked homes, calling it a crime.",
     {("ISR", "ATTACKS", "LBN", "asserted", ()), ("LBN", "CONDEMNS", "ISR", "asserted", ())}),
], ids=["calling-it-aggression", "conjoined-clause"])
def test_calling_the_deed_just_told_wrong_condemns_its_doer(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Israel struck a convoy in Lebanon. Beirut said the raid killed civilians, calling it a tragedy.",
    "Israel struck a convoy in Lebanon. Beirut said aid was arriving, calling it a crime.",
], ids=["no-verdict", "no-deed-before-it"])
def test_calling_it_without_verdict_or_deed_condemns_nobody(extractor, text):
    assert rows(extractor, text) == {("ISR", "ATTACKS", "LBN", "asserted", ())}


# "a claim X rejected" after a plan another actor ascribes to X -------------------------------------------

def test_a_rejected_claim_of_a_plan_is_denied_by_the_rejecter(extractor):
    got = rows(extractor, "Officials in Washington said Tehran was planning to ship missiles to Moscow, a claim "
                          "Iranian diplomats rejected as a lie.")
    assert ("IRN", "SUPPLIES", "RUS", "denied", ("IRN",)) in got, got


def test_the_planners_own_plan_is_not_denied_by_a_trailing_claim(extractor):
    got = rows(extractor, "Beijing is weighing whether to send weapons to Russia, a claim Chinese diplomats have rejected.")
    assert not any(r[3] == "denied" for r in got), got


# "will continue to stand by": support held now ---------------------------------------------------------------

def test_support_that_will_continue_is_held_now(extractor):
    assert rows(extractor, "Canada will continue to stand by Moldova, the foreign minister said.") == {
        ("CAN", "SUPPORTS", "MDA", "asserted", ())}


def test_a_delivery_that_will_continue_stays_planned(extractor):
    got = rows(extractor, "Canada will continue to send ammunition to Ukraine.")
    assert got == {("CAN", "SUPPLIES", "UKR", "planned", ("CAN",))}, got


def test_support_still_to_come_stays_planned(extractor):
    got = rows(extractor, "Canada will support Moldova's bid.")
    assert all(r[3] == "planned" for r in got), got
