"""Speech acts as unseen news states them (third generation of unseen sets): documents that speak for the body
that adopted them, deeds whose "of" phrase names the doer, protests aimed at a deed, a bare deed noun read
as the nearest telling of it, blame laid with a trailing adjective, and deeds branded as stoking tension."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows


def _speech(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r for r in rows if r[1] in ("ACCUSES", "CONDEMNS", "REQUESTS", "THREATENS", "DENIES", "SUPPORTS")}


@pytest.mark.parametrize("text, expected", [
    # a resolution or statement adopted by a body speaks for the body
    ("The Security Council passed a resolution deploring the offensive of the M23 near Goma.",
     {("UNSC", "CONDEMNS", "M23", "asserted")}),
    ("Houthi drones struck a Saudi refinery. The Arab League issued a statement that condemns the attack.",
     {("ARAB_LEAGUE", "CONDEMNS", "HOUTHIS", "asserted")}),
    # the owner of the document speaks
    ("The closing declaration of the African Union held the Sudanese government responsible for the famine.",
     {("AU", "ACCUSES", "SDN", "asserted")}),
    ("The Security Council adopted a resolution holding Pyongyang responsible for the sinking of the corvette.",
     {("UNSC", "ACCUSES", "PRK", "asserted")}),
])
def test_a_document_speaks_for_its_owner_or_adopter(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # a document turned down or merely drafted is nobody's voice
    "The Security Council rejected a resolution holding Pyongyang responsible for the sinking.",
    "Russia vetoed a resolution deploring the offensive of the M23.",
    # a statement with no owner in sight
    "A statement condemning the offensive of the M23 circulated on social media.",
])
def test_a_document_without_an_issuer_speaks_for_no_one(extractor, text):
    assert not {r for r in _speech(edge_rows(extractor, text)) if r[1] in ("CONDEMNS", "ACCUSES")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya condemned the aggression of Al-Shabaab in the border region.", {("KEN", "CONDEMNS", "AL_SHABAAB", "asserted")}),
    ("Rwanda denounced the incursion of Congolese troops across the frontier.", {("RWA", "CONDEMNS", "COD", "asserted")}),
])
def test_an_agentive_of_phrase_names_the_condemned_doer(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


def test_the_of_phrase_of_an_invasion_is_its_victim_not_its_doer(extractor):
    assert not _speech(edge_rows(extractor, "Poland condemned the invasion of Ukraine."))


@pytest.mark.parametrize("text, expected", [
    ("Washington tightened its embargo on Havana. Ottawa and Mexico City protested against the legislation.",
     {("CAN", "CONDEMNS", "USA", "asserted"), ("MEX", "CONDEMNS", "USA", "asserted")}),
    ("Lithuania objected to the Russian deployment near its border.", {("LTU", "CONDEMNS", "RUS", "asserted")}),
    ("Belarus deployed troops to the Polish border. Poland complained about the deployment.",
     {("POL", "CONDEMNS", "BLR", "asserted")}),
])
def test_a_protest_aimed_at_a_deed_condemns_its_owner(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text", [
    "Poland protested against the weather.",
    "Lithuania did not object to the Russian deployment.",
    "Farmers in Poland protested against the decision.",
])
def test_a_protest_without_a_state_or_a_deed_condemns_no_one(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}


def test_a_bare_trip_is_the_one_told_last_not_an_older_visit(extractor):
    text = ("The Chinese premier visited Berlin in May. In June the US defence secretary flew to Thule, the American "
            "base in the north. Greenland's premier called the trip a provocation.")
    assert ("GRL", "CONDEMNS", "USA", "asserted") in edge_rows(extractor, text)
    assert ("GRL", "CONDEMNS", "CHN", "asserted") not in edge_rows(extractor, text)


def test_a_deed_only_named_in_passing_does_not_outrank_the_told_one(extractor):
    text = ("American warships struck a Syrian air base on Friday. Moscow said a Syrian air strike had hit a rebel depot. "
            "Iran condemned the strike.")
    rows = edge_rows(extractor, text)
    assert ("IRN", "CONDEMNS", "USA", "asserted") in rows
    assert ("IRN", "CONDEMNS", "SYR", "asserted") not in rows


@pytest.mark.parametrize("text, expected", [
    ("Israel held the Hamas leadership responsible for the rocket fire.", {("ISR", "ACCUSES", "HAMAS", "asserted")}),
    ("Israel did not hold the Hamas leadership responsible for the rocket fire.", set()),
])
def test_blame_on_an_object_with_a_trailing_adjective(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "ACCUSES"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Paris wrote that Turkey's unilateral moves were stoking tensions in the region.", {("FRA", "CONDEMNS", "TUR", "asserted")}),
    ('"Beijing\'s drills are stoking tension," the Japanese foreign minister said.', {("JPN", "CONDEMNS", "CHN", "asserted")}),
])
def test_a_deed_said_to_stoke_tension_is_condemned(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Analysts said the drought was fuelling tensions between herders.",
    "France said Turkey's moves were not stoking tensions.",
])
def test_tension_without_a_states_deed_condemns_no_one(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}
