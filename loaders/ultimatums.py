"""Ultimatums: a step announced unless (or if not) an actor acts is a demand on that actor.

"Spain, France and Germany said they would recognise Guaido unless Maduro called a fresh election"
asks Venezuela to call one, whatever the step held over it. The demand is made when it is spoken,
so it is asserted; the step itself is left to the relation rules (a hostile one is a threat there).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from graph.model import RelationType

from loaders.coref import Phrases
from loaders.lexicon import WordLists, word_lists
from loaders.relations import subject_of

__all__ = ["Ultimatum", "ultimatums"]

@dataclass(frozen=True)
class Ultimatum:
    """Who demands, of whom, and the verb of the condition (the evidence's anchor)."""

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    condition: Any
    type: RelationType = RelationType.REQUESTS


def _announced(main: Any, w: WordLists) -> bool:
    """Whether the step is held over, not done: "would recognise", "will block", "threatened to use force"."""
    if any(c.dep_ == "aux" and c.lower_ in w.future_auxiliaries for c in main.children):
        return True
    return main.dep_ == "xcomp" and main.head.lemma_.lower() in w.threat_verbs


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def ultimatums(sent: Any, ph: Phrases) -> Iterator[Ultimatum]:
    """Every ultimatum of a sentence whose setter and addressee are actors."""
    w = word_lists("conditions.yaml")
    for mark in sent:
        lower = mark.lower_
        if mark.dep_ != "mark" or lower not in w.unless_marks | w.if_marks:
            continue
        condition = mark.head
        if condition.pos_ not in ("VERB", "AUX") or condition.dep_ != "advcl":
            continue
        if lower in w.if_marks and not _negated(condition):
            continue  # "if it buys more S-400s": a threat (left to the relation rules), no demand
        main = condition.head
        if main.pos_ not in ("VERB", "AUX") or not _announced(main, w):
            continue
        addressee = subject_of(condition)
        targets = ph.actors(addressee) if addressee is not None else []
        setter = subject_of(main)
        sources = ph.actors(setter) if setter is not None else []
        if not sources and main.dep_ == "ccomp":
            reporter = subject_of(main.head)
            sources = ph.actors(reporter) if reporter is not None else []
        sources = [a for a in sources if a not in targets]
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(targets), condition)
