"""What the extractor finds in a sentence, as comparable tuples (shared by the rule tests)."""

from __future__ import annotations

from graph.model import Article
from loaders.actors import Gazetteer, resolve_contextual
from loaders.extract import Extraction, Extractor

Edge = tuple[str, str, str, str]
Claim = tuple[str, str, str, str, tuple[str, ...]]


def edge_rows(extractor: Extractor, text: str) -> set[Edge]:
    """(source, type, target, status) of every relation in ``text``."""
    return {(r.source, r.type.value, r.target, r.status.value) for r in extractor.extract(Article("t", text=text)).relations}


def claim_rows(extractor: Extractor, text: str) -> set[Claim]:
    """As :func:`edge_rows`, with the claimants in the order the extractor gives them."""
    return {(r.source, r.type.value, r.target, r.status.value, tuple(r.attributed_to))
            for r in extractor.extract(Article("t", text=text)).relations}


def sorted_claim_rows(extractor: Extractor, text: str) -> set[Claim]:
    """As :func:`claim_rows`, with the claimants sorted."""
    return claims_of(extractor.extract(Article("t", text=text)))


def claims_of(extraction: Extraction) -> set[Claim]:
    """Claims of an extraction already made, claimants sorted."""
    return {(r.source, r.type.value, r.target, r.status.value, tuple(sorted(r.attributed_to)))
            for r in extraction.relations}


def named(gaz: Gazetteer, nlp, text: str) -> list[tuple[str, str | None]]:
    """Each name the gazetteer finds in ``text``, with the actor it stands for there (None: unresolved)."""
    doc = nlp(text)
    matches = gaz.find(doc, nlp)
    present = {m.id for m in matches if m.id}
    nexts = [doc[m.end].text if m.end < len(doc) else None for m in matches]
    return [(m.text, aid) for m, aid in zip(matches, resolve_contextual(matches, nexts, present))]
