"""Ultimatums: a step announced unless (or if not) an actor acts is a demand on that actor.

"Spain, France and Germany said they would recognise Guaido unless Maduro called a fresh election"
asks Venezuela to call one, whatever the step held over it. The demand is made when it is spoken,
so it is asserted; the step itself is left to the relation rules (a hostile one is a threat there).
A step held over the addressee with a verb of threat ("threatened to suspend trade preferences if
Tbilisi did not withdraw the bill") is a threat made now, whatever the step; and where the step is what
the addressee would suffer ("warned Iran it would face consequences if it did not free the tanker"),
the one who warns sets the condition. A speaker who says another actor "will pay a heavy price" or "will
bear full responsibility for the consequences" threatens it, condition or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from graph.model import RelationType

from loaders.attribution import quoted_sentences, speakers_of
from loaders.coref import Phrases
from loaders.judgements import charged_beside
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


def _speakers(clause: Any, ph: Phrases) -> list[str]:
    """Who says the clause: the subject of the reporting verb it is the content of, or the quote's speaker."""
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    report = clause.head
    said = ph.lex.reporting | word_lists("conditions.yaml").threat_verbs  # "vowed that the aggressors would pay"
    if clause.dep_ in ("ccomp", "parataxis") and report.pos_ == "VERB" and report.lemma_.lower() in said:
        return [] if _negated(report) else speakers_of(report, ph, ph.lex, ph.discourse.last_speakers)
    if clause.dep_ == "ROOT" and any(s.start == clause.sent.start and q
                                     for s, q in zip(clause.doc.sents, quoted_sentences(clause.doc))):
        return list(ph.quote_speakers)
    return []


def _warnings(sent: Any, ph: Phrases, w: WordLists) -> Iterator[Ultimatum]:
    """ "India will bear full responsibility for the consequences," the ministry said; "said Tehran would pay
    a heavy price", "warned that Ankara would face sanctions": consequences or measures foretold for another
    actor are a threat to it."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.suffering_verbs or _negated(verb):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in w.future_auxiliaries | w.obligation_auxiliaries
                   for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        told = [o for o in objs if o.lemma_.lower() in w.consequence_nouns] + [
            q for o in objs if o.lemma_.lower() in w.blame_burdens for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
            for q in p.children if q.dep_ == "pobj" and q.lemma_.lower() in w.consequence_nouns]
        if not objs and verb.lemma_.lower() in w.paying_verbs:
            # "vowed that the aggressors would pay for their crime": paying for a deed is being punished for it
            told = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"]
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not told or subj is None:
            continue
        # "warned the UAE that they would bear responsibility": the pronoun is the one warned; "If Hezbollah tries
        # to harm Karish, it will pay a heavy price": else the condition's doer
        targets = (_warned(verb, ph) or _condition_doers(verb, ph)) if subj.pos_ == "PRON" else ph.actors(subj)
        if not targets and subj.lemma_.lower() in w.aggressor_nouns:
            targets = _latest_attackers(ph)  # "the aggressors will pay": whoever the article last told attacking
        sources = [a for a in _speakers(verb, ph) if a not in targets]
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(targets), verb, RelationType.THREATENS)


def _latest_attackers(ph: Phrases) -> list[str]:
    """Everyone the article told as known to attack the victim of its latest attack ("American and British
    missiles struck Baghdad" told in two sentences), the latest first."""
    known = [r for r in ph.discourse.relations if r.type == RelationType.ATTACKS and r.status.value in ("asserted", "confirmed")]
    if not known:
        return []
    victim = known[-1].target
    return list(dict.fromkeys(r.source for r in reversed(known) if r.target == victim and r.source != victim))


def _continued_until(sent: Any, ph: Phrases, w: WordLists) -> Iterator[Ultimatum]:
    """ "the strikes would continue until Belgrade pulled its troops back", "the measures will remain in force
    until Tbilisi abandons its course", the minister said: coercion held over an actor until it acts threatens it."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.continuing_verbs or _negated(verb):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in w.future_auxiliaries for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in w.coercive_steps:
            continue
        targets = [a for c in verb.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in w.until_marks for m in c.children)
                   for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in ph.actors(s)]
        sources = [a for a in _speakers(verb, ph) if a not in targets]
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(dict.fromkeys(targets)), verb, RelationType.THREATENS)


def _vowed_harms(sent: Any, ph: Phrases, w: WordLists) -> Iterator[Ultimatum]:
    """ "We will fight them in every village," he said; "we will strike back against Israel": a harm the speaker's
    side vows to do to another actor threatens it."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.vowed_harms or _negated(verb):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in w.future_auxiliaries for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in w.first_persons:
            continue
        harmed = [c for c in verb.children if c.dep_ == "dobj"] + [
            q for p in verb.children if p.dep_ == "prep" and p.lower_ in w.harm_preps for q in p.children if q.dep_ == "pobj"]
        sources = _speakers(verb, ph)
        targets = [a for h in harmed for a in ph.actors(h) if a not in sources]
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(dict.fromkeys(targets)), verb, RelationType.THREATENS)


def _condition_doers(main: Any, ph: Phrases) -> list[str]:
    """The actors doing what an "if" clause on ``main`` sets as the condition ("if Iran continues", "if it does
    not stop")."""
    return [a for c in main.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in ph.actors(s)]


def _conditional_steps(sent: Any, ph: Phrases, w: WordLists) -> Iterator[Ultimatum]:
    """ "If Iran continues on this path, the Kingdom will take whatever further measures are necessary," the
    minister said: steps a speaker's side will take if another actor acts threaten that actor."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.taking_verbs | w.hostile_steps or _negated(verb):
            continue
        threatened = _threat(verb, w) and verb.dep_ == "xcomp"  # "threatened to take all necessary measures if ..."
        if not threatened and not any(c.dep_ == "aux" and c.lower_ in w.future_auxiliaries for c in verb.children):
            continue
        # "take whatever measures are necessary" parses the steps as the subject of a clause under the verb
        steps = [c for c in verb.children if c.dep_ == "dobj"] + [
            s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        if not any(t.lemma_.lower() in w.retaliatory_steps for t in steps) and verb.lemma_.lower() not in w.hostile_steps:
            continue  # "will take measures", or a hostile step itself: "we will respond if Baku attacks"
        targets = _condition_doers(verb, ph) or (_condition_doers(verb.head, ph) if threatened else [])
        subj = subject_of(verb) if threatened else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        takers = ph.actors(subj) if subj is not None else []
        speakers = _speakers(verb, ph)
        sources = [a for a in (takers or speakers) if a not in targets]
        if speakers and takers and not set(takers) & set(speakers) and not threatened:
            continue  # "said Russia would take measures if ...": a third party's step, told, not threatened
        if sources and targets:
            yield Ultimatum(tuple(sources), tuple(dict.fromkeys(targets)), verb, RelationType.THREATENS)


def _warnings_after_charges(sent: Any, ph: Phrases, w: WordLists) -> Iterator[Ultimatum]:
    """ "accused Morocco of killing three lorry drivers and warned that the killings will not go unpunished",
    "accused Athens of maximalist claims and warned that Turkey would protect its rights": a warning that
    names no one is aimed at whom the same clause charges."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.threatening_verbs or _negated(verb) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("against", "to")) for c in verb.children):
            continue  # "warned Iran ...", "warned against ...": the warning names its own target
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        subj = subject_of(verb)
        sources = ph.actors(subj) if subj is not None else []
        if clause is None or not sources:
            continue
        named = {ph.actor_at[t.i] for t in clause.subtree if t.i in ph.actor_at} - set(sources)
        if named:
            continue  # "warned that Russia would pay": the clause names its own target
        targets = [a for a in charged_beside(verb, ph) if a not in sources]
        if targets:
            yield Ultimatum(tuple(sources), tuple(targets), verb, RelationType.THREATENS)


def ultimatums(sent: Any, ph: Phrases) -> Iterator[Ultimatum]:
    """Every ultimatum of a sentence whose setter and addressee are actors, and every threat of consequences."""
    w = word_lists("conditions.yaml")
    yield from _warnings(sent, ph, w)
    yield from _conditional_steps(sent, ph, w)
    yield from _warnings_after_charges(sent, ph, w)
    yield from _continued_until(sent, ph, w)
    yield from _vowed_harms(sent, ph, w)
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
            if _threat(main, w) or main.lemma_.lower() in w.hostile_steps:
                # "If Milosevic will not make peace, we will limit his ability to make war": a harm held over the
                # addressee threatens it too (a benefit withheld, "would recognise Guaido unless ...", only asks)
                yield Ultimatum(tuple(sources), tuple(targets), condition, RelationType.THREATENS)
