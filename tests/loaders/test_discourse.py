"""Denials that answer a claim made in an earlier sentence (loaders/discourse.py)."""

from __future__ import annotations

import pytest

from graph.model import Article, Relation, RelationType, Status
import loaders.extract as extract_module
from loaders.discourse import Denial, SentenceNote, cross_sentence_denials, note_sentence
from loaders.extract import Extraction, Extractor

from extracted import claims_of as rows


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article("d1", text=text, published="2024-05-01"))


# whole articles ------------------------------------------------------------------------------

FOUND = [
    pytest.param("Niger accused France of plotting an invasion, which Paris denied.",
                 {("FRA", "DENIES", "NER", "asserted", ())}, id="relative-which"),
    pytest.param("Niger accused France of plotting an invasion, a charge Paris denies.",
                 {("FRA", "DENIES", "NER", "asserted", ())}, id="relative-a-charge-x-denies"),
    pytest.param("Kenya accused Somalia of arming militants. Mogadishu denied any involvement.",
                 {("SOM", "DENIES", "KEN", "asserted", ())}, id="involvement-after-accusation"),
    pytest.param("Japan said China was supplying drones to Russia. The claims were rejected by Beijing.",
                 {("CHN", "SUPPLIES", "RUS", "denied", ("CHN",)), ("CHN", "DENIES", "JPN", "asserted", ())},
                 id="passive-denial"),
    pytest.param("Japan said China was supplying drones to Russia.\n"
                 "The drones were used against Ukrainian cities, officials said.\n"
                 "Beijing called the reports propaganda.",
                 {("CHN", "SUPPLIES", "RUS", "denied", ("CHN",)), ("CHN", "DENIES", "JPN", "asserted", ())},
                 id="two-paragraphs-later-call-propaganda"),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_denial_answers_earlier_claim(extractor: Extractor, text: str, expected: set) -> None:
    got = rows(run(extractor, text))
    assert expected <= got, f"missing {expected - got}"


def test_denied_copy_carries_the_denial_sentence(extractor: Extractor) -> None:
    text = ("Japan said China was supplying drones to Russia.\n"
            "The drones were used against Ukrainian cities, officials said.\n"
            "Beijing called the reports propaganda.")
    denied = [r for r in run(extractor, text).relations if r.status == Status.DENIED]
    assert len(denied) == 1
    rel = denied[0]
    assert (rel.source, rel.type, rel.target, rel.attributed_to) == ("CHN", RelationType.SUPPLIES, "RUS", ("CHN",))
    assert text[rel.char_start:rel.char_end] == "Beijing called the reports propaganda."
    assert rel.sentence == "Beijing called the reports propaganda."
    assert rel.confidence == pytest.approx(0.6)
    assert rel.published == "2024-05-01"


NOTHING = [
    pytest.param("Beijing dismissed the reports as groundless.", id="no-prior-claim"),
    pytest.param("Japan said China was supplying drones to Russia. Beijing did not deny the reports.", id="did-not-deny"),
    pytest.param("Japan said China was supplying drones to Russia. Beijing has never denied the reports.", id="never-denied"),
    pytest.param("Peru accused Bolivia of harbouring smugglers. Bolivia denied entry to the ship.", id="denied-entry"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_denial_without_a_denied_claim(extractor: Extractor, text: str) -> None:
    got = run(extractor, text).relations
    assert [r for r in got if r.type == RelationType.DENIES or r.status == Status.DENIED] == []


@pytest.mark.parametrize("text", [p.values[0] for p in FOUND] + [p.values[0] for p in NOTHING])
def test_no_self_loops_or_repeats(extractor: Extractor, text: str) -> None:
    got = run(extractor, text).relations
    keys = [(r.source, r.type, r.target, r.status, r.char_start) for r in got]
    assert len(keys) == len(set(keys))
    assert all(r.source != r.target for r in got)


# what a sentence denies ----------------------------------------------------------------------

def notes_of(extractor: Extractor, text: str, monkeypatch: pytest.MonkeyPatch) -> list[SentenceNote]:
    seen: list[SentenceNote] = []

    def spy(*args, **kwargs) -> SentenceNote:
        note = note_sentence(*args, **kwargs)
        seen.append(note)
        return note

    monkeypatch.setattr(extract_module, "note_sentence", spy)
    run(extractor, text)
    return seen


@pytest.mark.parametrize("sentence, deniers", [
    pytest.param("Ankara denied the accusation, calling it baseless.", [("TUR",)], id="deny-claim-noun"),
    pytest.param("Ankara called it baseless.", [("TUR",)], id="call-it-baseless"),
    pytest.param("Ankara dismissed the findings as fabricated.", [("TUR",)], id="dismiss-as"),
    pytest.param("The allegations were denied by Ankara.", [("TUR",)], id="passive"),
    pytest.param("Ankara did not deny the claims.", [], id="negated"),
    pytest.param("Ankara refused to deny the reports.", [], id="refused-to-deny"),
    pytest.param("Ankara denied entry to the ship.", [], id="not-a-claim"),
    pytest.param("Ankara rejected Greece's territorial claims.", [], id="territorial-claims"),
    pytest.param("Ankara denied that it had sent troops.", [], id="clause-denial-left-to-sentence-pass"),
])
def test_note_sentence(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, sentence: str, deniers: list) -> None:
    notes = notes_of(extractor, sentence, monkeypatch)
    assert len(notes) == 1
    assert notes[0].char_start == 0 and notes[0].char_end == len(sentence)
    assert [d.deniers for d in notes[0].denials] == deniers


def test_note_sentence_keeps_named_owner_and_event_type(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = notes_of(extractor, "Ankara rejected the Greek claims. Ankara denied any role in the attack.", monkeypatch)
    assert [n.denials for n in notes] == [(Denial(("TUR",), ("GRC",)),), (Denial(("TUR",), (), RelationType.ATTACKS),)]


# pairing denials with claims, on hand-made relations -----------------------------------------

def note(i: int, paragraph: int = 0, *denials: Denial) -> SentenceNote:
    return SentenceNote(paragraph, i * 100, i * 100 + 50, f"sentence {i}", tuple(denials))


def rel(i: int, source: str, rtype: RelationType, target: str, status: Status = Status.ALLEGED,
        attributed: tuple[str, ...] = ()) -> Relation:
    return Relation(source=source, type=rtype, target=target, status=status, attributed_to=attributed,
                    confidence=0.8, article="a", sentence=f"sentence {i}", char_start=i * 100, char_end=i * 100 + 50)


def keys(relations: list[Relation]) -> set[tuple]:
    return {(r.source, r.type.value, r.target, r.status.value, r.attributed_to, r.char_start) for r in relations}


QAT = Denial(("QAT",))


def test_pairs_with_claim_and_accuser() -> None:
    notes = [note(0), note(1, 1, QAT)]
    relations = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR",))]
    assert keys(cross_sentence_denials(relations, notes)) == {
        ("QAT", "SUPPORTS", "HAMAS", "denied", ("QAT",), 100),
        ("QAT", "DENIES", "ISR", "asserted", (), 100),
    }


def test_nearest_sentence_wins() -> None:
    notes = [note(0), note(1), note(2, 0, QAT)]
    relations = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR",)),
                 rel(1, "QAT", RelationType.SUPPLIES, "SDN", attributed=("EGY",))]
    assert keys(cross_sentence_denials(relations, notes)) == {
        ("QAT", "SUPPLIES", "SDN", "denied", ("QAT",), 200),
        ("QAT", "DENIES", "EGY", "asserted", (), 200),
    }


def test_claim_beyond_the_window_is_not_answered() -> None:
    notes = [note(i) for i in range(5)] + [note(5, 0, QAT)]
    relations = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR",))]
    assert cross_sentence_denials(relations, notes) == []


def test_asserted_claim_needs_an_accusation() -> None:
    notes = [note(0), note(1, 0, QAT)]
    fact = rel(0, "QAT", RelationType.ATTACKS, "BHR", Status.ASSERTED)
    assert cross_sentence_denials([fact], notes) == []
    accusation = rel(0, "BHR", RelationType.ACCUSES, "QAT", Status.ASSERTED)
    assert keys(cross_sentence_denials([fact, accusation], notes)) == {
        ("QAT", "ATTACKS", "BHR", "denied", ("QAT",), 100),
        ("QAT", "DENIES", "BHR", "asserted", (), 100),
    }


def test_denier_own_claim_owner_mismatch_and_type_mismatch_are_skipped() -> None:
    own = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("QAT",))]
    assert cross_sentence_denials(own, [note(0), note(1, 0, QAT)]) == []
    other_owner = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR",))]
    assert cross_sentence_denials(other_owner, [note(0), note(1, 0, Denial(("QAT",), ("USA",)))]) == []
    other_type = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR",))]
    assert cross_sentence_denials(other_type, [note(0), note(1, 0, Denial(("QAT",), (), RelationType.ATTACKS))]) == []


def test_denier_as_recipient_only_for_shared_deeds() -> None:
    notes = [note(0), note(1, 0, Denial(("RUS",)))]
    delivery = [rel(0, "PRK", RelationType.SUPPLIES, "RUS", attributed=("KOR",))]
    assert keys(cross_sentence_denials(delivery, notes)) == {
        ("PRK", "SUPPLIES", "RUS", "denied", ("RUS",), 100),
        ("RUS", "DENIES", "KOR", "asserted", (), 100),
    }
    strike = [rel(0, "UKR", RelationType.ATTACKS, "RUS", attributed=("RUS",))]
    assert cross_sentence_denials(strike, notes) == []


def test_nothing_the_sentence_pass_made_is_repeated() -> None:
    notes = [note(0), note(1, 0, QAT)]
    relations = [rel(0, "QAT", RelationType.SUPPORTS, "HAMAS", attributed=("ISR", "EGY")),
                 rel(1, "QAT", RelationType.DENIES, "EGY", Status.ASSERTED)]
    assert keys(cross_sentence_denials(relations, notes)) == {
        ("QAT", "SUPPORTS", "HAMAS", "denied", ("QAT",), 100),
        ("QAT", "DENIES", "ISR", "asserted", (), 100),
    }
