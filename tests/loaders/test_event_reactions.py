"""Reactions and denials that point back at an earlier sentence: "denounced the decision",
"rejected the account", "denied the accusation" (loaders/discourse.py, loaders/extract.py)."""

from __future__ import annotations

import pytest

from graph.model import Article, RelationType, Status
from loaders.extract import Extraction, Extractor


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article("r1", text=text, published="2024-05-01"))


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


# reactions to a deed told earlier ------------------------------------------------------------

REACTIONS = [
    pytest.param("Estonia expelled a Russian diplomat on Friday. Moscow condemned the move.",
                 ("RUS", "EST"), id="the-move"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Russia's foreign ministry denounced the decision "
                 "as a provocation.", ("RUS", "EST"), id="the-decision-organ"),
    pytest.param("Lithuania banned Belarusian trucks from its roads. Minsk protested the decision.",
                 ("BLR", "LTU"), id="protest-ban"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Moscow called the decision a provocation.",
                 ("RUS", "EST"), id="called-a-provocation"),
    pytest.param("Chile recognized Palestine as a state. Israel criticized the step.", ("ISR", "CHL"),
                 id="the-step-recognition"),
    pytest.param("Turkey shelled Kurdish positions in Syria. The decision was condemned by Damascus.",
                 ("SYR", "TUR"), id="passive"),
    pytest.param("Estonia expelled a Russian diplomat. Russia responded by expelling an Estonian diplomat. "
                 "Estonia condemned the move.", ("EST", "RUS"), id="latest-deed-not-own"),
]


@pytest.mark.parametrize("text,edge", REACTIONS)
def test_reaction_condemns_the_doer_of_the_earlier_deed(extractor: Extractor, text: str, edge: tuple) -> None:
    got = rows(run(extractor, text))
    assert (edge[0], "CONDEMNS", edge[1], "asserted", ()) in got
    condemnations = {(r[0], r[2]) for r in got if r[1] == "CONDEMNS"}
    assert condemnations == {edge}


NO_REACTION = [
    pytest.param("Estonia expelled a Russian diplomat on Friday. Russia welcomed the decision.", id="welcome"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Russia did not condemn the decision.", id="negated"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Estonia defended the decision.", id="own-deed"),
    pytest.param("Russia attacked Ukraine. The weather was cold. Rain fell. Snow fell. Trees fell. "
                 "Germany condemned the decision.", id="beyond-window"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Moscow condemned the decision by Latvia to close "
                 "the border.", id="doer-named-by"),
    pytest.param("Estonia expelled a Russian diplomat on Friday. Moscow condemned the Latvian decision.",
                 id="doer-named-adjective"),
]


@pytest.mark.parametrize("text", NO_REACTION)
def test_no_reaction_edge(extractor: Extractor, text: str) -> None:
    got = rows(run(extractor, text))
    assert not [r for r in got if r[1] == "CONDEMNS" and r[2] == "EST" and r[0] == "RUS"], got
    assert not [r for r in got if r[1] == "CONDEMNS" and r[2] == "RUS" and r[0] == "DEU"], got


# the post-pass on hand-made notes ------------------------------------------------------------

from graph.model import Relation  # noqa: E402
from loaders.discourse import Reaction, SentenceNote, event_reactions  # noqa: E402

from extracted import claims_of as rows

ANY = frozenset({RelationType.SANCTIONS, RelationType.ATTACKS, RelationType.REDUCES_RELATIONS})


def note(i: int, *reactions: Reaction) -> SentenceNote:
    return SentenceNote(0, i * 100, i * 100 + 50, f"sentence {i}", (), tuple(reactions))


def rel(i: int, source: str, rtype: RelationType, target: str, status: Status = Status.ASSERTED) -> Relation:
    return Relation(source=source, type=rtype, target=target, status=status, confidence=0.8, article="a",
                    sentence=f"sentence {i}", char_start=i * 100, char_end=i * 100 + 50)


def keys(relations: list[Relation]) -> set[tuple]:
    return {(r.source, r.type.value, r.target, r.status.value, r.char_start) for r in relations}


def test_typed_noun_skips_deeds_of_other_types() -> None:
    notes = [note(0), note(1), note(2, Reaction(("IRN",), frozenset({RelationType.ATTACKS})))]
    relations = [rel(0, "ISR", RelationType.ATTACKS, "SYR"), rel(1, "USA", RelationType.SANCTIONS, "IRN")]
    assert keys(event_reactions(relations, notes)) == {("IRN", "CONDEMNS", "ISR", "asserted", 200)}


def test_nearest_deed_and_denied_deeds_ignored() -> None:
    notes = [note(0), note(1), note(2, Reaction(("CHN",), ANY))]
    relations = [rel(0, "USA", RelationType.SANCTIONS, "CHN"),
                 rel(1, "JPN", RelationType.SANCTIONS, "CHN", Status.DENIED)]
    assert keys(event_reactions(relations, notes)) == {("CHN", "CONDEMNS", "USA", "asserted", 200)}


def test_window_and_existing_condemnation() -> None:
    far = [note(0), note(1), note(2), note(3), note(4, Reaction(("CHN",), ANY))]
    assert event_reactions([rel(0, "USA", RelationType.SANCTIONS, "CHN")], far) == []
    notes = [note(0), note(1, Reaction(("CHN",), ANY))]
    relations = [rel(0, "USA", RelationType.SANCTIONS, "CHN"), rel(1, "CHN", RelationType.CONDEMNS, "GBR")]
    assert event_reactions(relations, notes) == []


def test_no_self_loop_when_reactor_did_the_deed() -> None:
    notes = [note(0), note(1, Reaction(("USA", "GBR"), ANY))]
    relations = [rel(0, "USA", RelationType.SANCTIONS, "CHN")]
    assert keys(event_reactions(relations, notes)) == set()


# a clause's negation does not deny a deed named in a phrase of time -------------------------

def test_negation_does_not_reach_a_deed_in_a_time_phrase(extractor: Extractor) -> None:
    text = "Kyiv said the monitors had not done their job during Russian shelling of Ukrainian towns."
    got = rows(run(extractor, text))
    assert ("RUS", "ATTACKS", "UKR", "alleged", ("UKR",)) in got
    assert not [r for r in got if r[3] == "denied"], got


def test_negation_still_denies_the_deed_it_governs(extractor: Extractor) -> None:
    got = rows(run(extractor, "Russia did not carry out strikes on Ukrainian cities, the Kremlin said."))
    assert ("RUS", "ATTACKS", "UKR", "denied", ("RUS",)) in got


# "a charge France rejects" misparsed as a noun compound ----------------------------------------

def test_relative_denial_misparsed_as_noun(extractor: Extractor) -> None:
    got = rows(run(extractor, "Azerbaijan's foreign ministry said Paris was arming Armenia, a charge France rejects."))
    assert ("FRA", "SUPPLIES", "ARM", "denied", ("FRA",)) in got
    assert ("FRA", "DENIES", "AZE", "asserted", ()) in got


def test_plural_noun_after_a_claim_is_no_denial(extractor: Extractor) -> None:
    got = rows(run(extractor, "Israel said Qatar was funding Hamas, claims that caused disputes in the region."))
    assert not [r for r in got if r[3] == "denied" or r[1] == "DENIES"], got


# blamed for failing to stop a deed: the deed happened -----------------------------------------

def test_deed_someone_failed_to_stop_is_asserted(extractor: Extractor) -> None:
    got = rows(run(extractor, "Georgia is angry. Tbilisi blamed the EU for failing to stop Russia's invasion of "
                              "Georgia in 2008."))
    assert ("RUS", "ATTACKS", "GEO", "asserted", ()) in got, got
    assert ("GEO", "ACCUSES", "EU", "asserted", ()) in got


def test_blamed_deed_stays_alleged(extractor: Extractor) -> None:
    got = rows(run(extractor, "Kyiv accused Moscow of launching strikes on Ukrainian ports."))
    assert ("RUS", "ATTACKS", "UKR", "alleged", ("UKR",)) in got


def test_relative_denial_misparsed_with_claim_as_compound(extractor: Extractor) -> None:
    got = rows(run(extractor, "Serbia denied the accusation. It blamed Pristina for stationing police in northern "
                              "villages that it says should stay demilitarised under the agreement, a charge Kosovo "
                              "rejects."))
    assert ("XKX", "DENIES", "SRB", "asserted", ()) in got, got
