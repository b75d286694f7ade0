"""Ultimatums: a step announced unless (or if not) an actor acts is a demand on that actor.

"Spain, France and Germany said they would recognise Guaido unless Maduro called a fresh election"
asks Venezuela to call one, whatever the step held over it. The demand is made when it is spoken,
so it is asserted; the step itself is left to the relation rules (a hostile one is a threat there).
A step held over the addressee with a verb of threat ("threatened to suspend trade preferences if
Tbilisi did not withdraw the bill") is a threat made now, whatever the step; and where the step is what
the addressee would suffer ("warned Iran it would face consequences if it did not free the tanker"),
the one who warns sets the condition.
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


def _warned(main: Any, ph: Phrases) -> list[str]:
    """The actor told of the step ("warned Iran that ...", "told Kyiv it would ..."), if the step is what it was told."""
    if main.dep_ != "ccomp" or main.head.pos_ != "VERB":
        return []
    return [a for c in main.head.children if c.dep_ in ("dobj", "dative") for a in ph.actors(c)]


def _threat(main: Any, w: WordLists) -> bool:
    """Whether the step is held over as a threat: "threatened to cut power", "warned that it would ..."."""
    return main.dep_ in ("xcomp", "ccomp") and main.head.lemma_.lower() in w.threatening_verbs and not _negated(main.head)


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
        warned = _warned(main, ph)
        if warned and addressee is not None and addressee.pos_ == "PRON":
            targets = warned  # "warned Iran that it would face consequences if it did not ...": "it" is Iran
        setter = subject_of(main)
        sources = ph.actors(setter) if setter is not None else []
        if warned and setter is not None and setter.pos_ == "PRON":
            sources = []  # "warned Iran it would face consequences": the one warned suffers the step; the warner sets it
        if not sources and main.dep_ == "ccomp":
            reporter = subject_of(main.head)
            sources = ph.actors(reporter) if reporter is not None else []
        sources = [a for a in sources if a not in targets]
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(targets), condition)
            if _threat(main, w):
                yield Ultimatum(tuple(sources), tuple(targets), condition, RelationType.THREATENS)
