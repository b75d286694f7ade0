"""Evaluative speech acts: a speaker who brands another actor's deed condemns that actor.

News rarely writes "condemned"; it reports the verdict: "Peskov called the trip a pure provocation",
"described the strikes as a flagrant violation", "China's exercises are an irresponsible act," Tsai
said, "in protest at a G7 statement". The judged thing names its owner: a possessor or demonym
("China's drills", "the Chinese drills"), a "by" agent ("a stab in the back by the two monarchies"), a
named actor as the object, or, for a deed named bare ("the trip", "the decision"), whoever the article
last told of doing such a deed. The speaker is the subject of the framing verb or the reporting verb,
or the speaker of the quote. Nothing is proposed when the verdict is negated or praising, when
speaker and owner coincide, or when no state-like speaker is found (analysts are no actors).

Full-length news also judges in passing: a deed summed up as "an extraordinary rebuke of two close
allies" or "a move Tokyo called a provocation", "a flurry of criticism of Berlin from Kyiv", "rejected
the decision outright", "lodged a formal protest" after a deed against the protester. A bare deed noun
finds its doer in the deed the sentence just named, the latest relation of its type, a campaign told
beside it, or an earlier mention with its owner ("Lithuania's restrictions", "a tanker seized by Iranian
guards"), remembered across paragraphs (each paragraph is its own parse).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterator

import weakref

from graph.model import RelationType

from loaders.attribution import quoted_sentences, speakers_of
from loaders.coref import Phrases
from loaders.lexicon import Lexicon, data_file
from loaders.relations import Candidate, subject_of

__all__ = ["charged_beside", "deed_owners", "document_voice", "judged_by", "judgement_candidates"]

_PREDICATE_DEPS = ("oprd", "xcomp", "ccomp", "attr", "acomp")
_SPEECH = {RelationType.ACCUSES, RelationType.CONDEMNS, RelationType.DENIES, RelationType.REQUESTS,
           RelationType.THREATENS, RelationType.SUPPORTS}
_MODALS = ("would", "could", "might", "may", "should", "will", "'d", "'ll")
_MODIFIERS = ("amod", "advmod", "compound", "nmod", "npadvmod", "acomp", "attr")
_KNOWN = ("asserted", "confirmed", "planned")
_RECENT = 8
"""How many of the article's latest relations a bare "the decision" may point back to."""


@dataclass(frozen=True)
class _Words:
    frame_verbs: frozenset[str]
    condemning_verbs: frozenset[str]
    rejecting_verbs: frozenset[str]
    copulas: frozenset[str]
    negative: frozenset[str]
    negative_phrases: tuple[tuple[str, ...], ...]
    positive: frozenset[str]
    negators: frozenset[str]
    deed_nouns: dict[str, frozenset[RelationType]]
    general_deeds: frozenset[str]
    protest_nouns: frozenset[str]
    protest_preps: frozenset[str]
    protest_governors: frozenset[str]
    rebuke_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    deed_verbs: dict[str, tuple[str, ...]]
    criticism_nouns: frozenset[str]
    lodged_protests: frozenset[str]
    hostile_aims: frozenset[str]
    light_heads: frozenset[str]
    attributive: frozenset[str]
    threat_heads: frozenset[str]
    response_heads: frozenset[str]
    negative_verbs: frozenset[str]
    judged_things: frozenset[str]
    shared_deeds: frozenset[str]
    negative_verb_phrases: tuple[tuple[str, ...], ...]
    deed_pronouns: frozenset[str] = frozenset()
    kin: dict[str, frozenset[str]] = field(default_factory=dict)
    phrasal: tuple[tuple[str, ...], ...] = ()
    protest_noun_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    drawing_verbs: frozenset[str] = frozenset()
    displeased: frozenset[str] = frozenset()
    displeased_preps: frozenset[str] = frozenset()
    object_idioms: tuple[tuple[str, ...], ...] = ()
    voicing_verbs: frozenset[str] = frozenset()
    aimed_preps: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    agentive_of: frozenset[str] = frozenset()
    protesting_verbs: frozenset[str] = frozenset()
    summoning_verbs: frozenset[str] = frozenset()
    backing_nouns: frozenset[str] = frozenset()
    charging_verbs: frozenset[str] = frozenset()
    power_seizures: frozenset[str] = frozenset()
    power_words: frozenset[str] = frozenset()
    summed_deeds: frozenset[str] = frozenset()
    opposing_verbs: frozenset[str] = frozenset()
    offering_verbs: frozenset[str] = frozenset()
    undone_when_planned: frozenset[str] = frozenset()
    claim_objects: frozenset[str] = frozenset()
    topical_claims: frozenset[str] = frozenset()


@cache
def _words() -> _Words:
    """The evaluation lexicon of data/judgements.yaml, read once per process."""
    raw = data_file("judgements.yaml")

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    return _Words(
        frame_verbs=fs("frame_verbs"),
        condemning_verbs=fs("condemning_verbs"),
        rejecting_verbs=fs("rejecting_verbs"),
        copulas=fs("copulas"),
        negative=fs("negative"),
        negative_phrases=tuple(tuple(str(w).lower() for w in p) for p in raw.get("negative_phrases") or []),
        positive=fs("positive"),
        negators=fs("negators"),
        deed_nouns={str(k).lower(): frozenset(RelationType.parse(x) for x in (v if isinstance(v, list) else [v]))
                    for k, v in (raw.get("deed_nouns") or {}).items()},
        general_deeds=fs("general_deeds"),
        protest_nouns=fs("protest_nouns"),
        protest_preps=fs("protest_preps"),
        protest_governors=fs("protest_governors"),
        rebuke_nouns=fs("rebuke_nouns"),
        demand_verbs=fs("demand_verbs"),
        deed_verbs=_verb_nouns(raw.get("deed_verbs") or {}),
        criticism_nouns=fs("criticism_nouns"),
        lodged_protests=fs("lodged_protests"),
        hostile_aims=fs("hostile_aims"),
        light_heads=fs("light_heads"),
        attributive=fs("attributive"),
        threat_heads=fs("threat_heads"),
        response_heads=fs("response_heads"),
        negative_verbs=fs("negative_verbs"),
        judged_things=fs("judged_things"),
        shared_deeds=frozenset(str(x).upper() for x in raw.get("shared_deeds") or []),
        negative_verb_phrases=tuple(tuple(str(x).lower() for x in p) for p in raw.get("negative_verb_phrases") or []),
        deed_pronouns=fs("deed_pronouns"),
        kin={str(x).lower(): frozenset(str(y).lower() for y in group)
             for group in raw.get("kin_deeds") or [] for x in group},
        phrasal=tuple(tuple(str(x).lower() for x in p) for p in raw.get("phrasal_condemnations") or []),
        protest_noun_preps={str(k).lower(): frozenset(str(x).lower() for x in v)
                            for k, v in (raw.get("protest_noun_preps") or {}).items()},
        drawing_verbs=fs("drawing_verbs"),
        displeased=fs("displeased"),
        displeased_preps=fs("displeased_preps"),
        object_idioms=tuple(tuple(str(x).lower() for x in p) for p in raw.get("object_idioms") or []),
        voicing_verbs=fs("voicing_verbs"),
        aimed_preps=fs("aimed_preps"),
        documents=fs("documents"),
        issuing_verbs=fs("issuing_verbs"),
        agentive_of=fs("agentive_of"),
        protesting_verbs=fs("protesting_verbs"),
        summoning_verbs=fs("summoning_verbs"),
        backing_nouns=fs("backing_nouns"),
        charging_verbs=fs("charging_verbs"),
        power_seizures=fs("power_seizures"),
        power_words=fs("power_words"),
        summed_deeds=fs("summed_deeds"),
        opposing_verbs=fs("opposing_verbs"),
        offering_verbs=fs("offering_verbs"),
        undone_when_planned=frozenset(str(x).upper() for x in raw.get("undone_when_planned") or []),
        claim_objects=fs("claim_objects"),
        topical_claims=fs("topical_claims"),
    )


def _verb_nouns(raw: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """deed_verbs is written noun -> verb(s) ("seizure: seize"); the memory looks the verb up."""
    out: dict[str, tuple[str, ...]] = {}
    for noun, verbs in raw.items():
        for verb in verbs if isinstance(verbs, list) else [verbs]:
            out[str(verb).lower()] = (*out.get(str(verb).lower(), ()), str(noun).lower())
    return out


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _modal(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children)


def _verdict(tokens: list[Any], head: Any, w: _Words) -> bool:
    """Is this predicate a negative judgement: a blaming word, no praise beside it, no negator?"""
    if not tokens:
        return False
    words = [t.lower_ for t in tokens]
    if any(x in w.negators for x in words):
        return False
    core = _core(head) if head is not None else []
    if any(t.lower_ in w.positive or t.lemma_.lower() in w.positive for t in core):
        return False
    if any(t.lower_ in w.negative or t.lemma_.lower() in w.negative for t in core):
        return True
    return any(tuple(words[i:i + len(p)]) == p for p in w.negative_phrases for i in range(len(words)))


def _neutral(tokens: list[Any], head: Any, w: _Words) -> bool:
    """A verdict neither praising nor negated: under a condemning verb it still condemns."""
    if any(t.lower_ in w.negators for t in tokens):
        return False
    return head is not None and not any(t.lower_ in w.positive or t.lemma_.lower() in w.positive for t in _core(head))


def _core(head: Any) -> list[Any]:
    """The verdict's head word and its modifiers: "a flagrant violation of the Charter" judges, "a
    funder of terrorism" names a role (a charge, not a verdict)."""
    out = []
    for h in (head, *head.conjuncts):
        out.append(h)
        out += [m for c in h.children if c.dep_ in _MODIFIERS for m in (c, *c.conjuncts)]
        # "a rehearsal for a blockade", "a pretext for aggression": a hostile deed as the verdict's aim
        w = _words()
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in ("for", "of"):
                continue
            for q in p.children:
                if q.dep_ != "pobj":
                    continue
                if q.lemma_.lower() in w.hostile_aims:
                    out.append(q)
                elif p.lower_ == "of" and h.lemma_.lower() in w.light_heads:
                    # "an example of Washington's arrogant attitude": the "of" phrase is the verdict
                    out += [m for t in (q, *q.conjuncts) for m in (t, *(c for c in t.children if c.dep_ in _MODIFIERS))]
    return out


def _subtrees(roots: list[Any]) -> list[Any]:
    return sorted({t.i: t for r in roots for t in r.subtree}.values(), key=lambda t: t.i)


def _by_agents(tokens: list[Any], ph: Phrases) -> list[str]:
    """ "a stab in the back ... by the two Gulf monarchies": the agent named inside the verdict."""
    return [a for t in tokens if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")
            for p in t.children if p.dep_ == "pobj" for a in ph.actors(p)]


def _latest_agents(rtypes: frozenset[RelationType] | None, speakers: list[str], ph: Phrases) -> list[str]:
    """Who did the deed a bare noun names: the latest known agent of its type(s) anywhere in the article,
    else of the latest few non-speech deeds ("the decision" is rarely far from what was decided)."""
    return _latest_told(rtypes, speakers, ph)[0]


def _latest_told(rtypes: frozenset[RelationType] | None, speakers: list[str],
                 ph: Phrases) -> tuple[list[str], int]:
    """The agents of :func:`_latest_agents` and the place in the article's relations where they were told
    (-1 when none)."""
    w = _words()
    shared = rtypes is not None and any(t.value in w.shared_deeds for t in rtypes)  # "the agreement", not "the decision"
    out: list[str] = []
    sentence = None
    at = -1
    told = ph.discourse.relations if rtypes is not None else ph.discourse.relations[-_RECENT:]
    offset = len(ph.discourse.relations) - len(told)
    for i in range(len(told) - 1, -1, -1):
        rel = told[i]
        if sentence is not None and rel.sentence != sentence:
            break
        if rel.status.value not in _KNOWN or (rel.status.value == "planned" and rel.type.value in w.undone_when_planned):
            continue  # a deed only alleged ("accused the EU of ...") is no one's known deed; a decided one is, but
            # not a fight only vowed ("We will fight them," he said) when "the offensive" is denounced
        if (rel.type in rtypes if rtypes is not None else rel.type not in _SPEECH) and rel.source not in speakers:
            sentence = rel.sentence  # every agent the one sentence names ("Saudi Arabia and the UAE cut ties")
            rtypes = frozenset({rel.type})  # ... of the one deed ("the decision" is the recognition, not a war told beside it)
            at = max(at, offset + i)
            for a in (rel.source, rel.target) if shared else (rel.source,):
                if a not in out and a not in speakers:
                    out.append(a)
    return out, at


def _owners(obj: Any, verdict: list[Any], speakers: list[str], ph: Phrases, w: _Words) -> list[str]:
    """The actor whose deed (or self) is judged."""
    if obj.pos_ == "PRON" or obj.tag_ in ("WDT", "WP", "DT"):
        antecedent = _pronoun_deed(obj, w)
        if antecedent is None:
            return []  # "called it a provocation": what "it" is, the parse does not say
        return [a for a in dict.fromkeys(_deed_agents(antecedent, speakers, ph, w)) if a not in speakers]
    found = ph.actors(obj) or [a for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"
                               for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
    # "the decision announced by the United States and the ROK", "sanctions imposed by Brussels"
    found = found or [a for v in obj.children if v.dep_ == "acl" and v.tag_ == "VBN" for g in v.children
                      if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in ph.actors(q)]
    found = found or _by_agents(verdict, ph)
    if not found and (any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
                      or _dated(obj)):
        found = _deed_agents(obj, speakers, ph, w)
    return [a for a in dict.fromkeys(found) if a not in speakers]


def _dated(noun: Any) -> bool:
    """ "Wednesday's assault", "last week's strikes": a deed named by its day is as definite as "the assault"."""
    return any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _pronoun_deed(pron: Any, w: _Words) -> Any:
    """ "said the strike killed six people, calling it a blatant aggression": "it" is the deed the same
    sentence named just before with a definite determiner; None when no such noun precedes it."""
    if pron.lower_ not in w.deed_pronouns:
        return None
    for t in reversed(pron.sent[:pron.i - pron.sent.start]):
        if t.pos_ == "NOUN" and _deed_lemma(t) in w.deed_nouns \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in t.children):
            return t
    return None


def _deed_lemma(noun: Any) -> str:
    """ "the cut-off": the noun's lemma with its particle, as the lexicon spells it; a seizure of power ("the
    seizure of power", "the power grab") is a coup, whose doer is the junta, not the latest seizer of ships."""
    w = _words()
    if noun.lemma_.lower() in w.power_seizures and any(
            (c.dep_ == "compound" and c.lemma_.lower() in w.power_words)
            or (c.dep_ == "prep" and c.lower_ == "of" and any(q.lemma_.lower() in w.power_words for q in c.children))
            for c in noun.children):
        return "coup"
    prt = next((c for c in noun.children if c.dep_ == "prt" and c.i == noun.i + 2 and noun.nbor(1).text == "-"), None)
    return f"{noun.lemma_.lower()}-{prt.lower_}" if prt is not None else noun.lemma_.lower()


def _named_before(noun: Any, speakers: list[str], ph: Phrases) -> list[str]:
    """ "Lithuania's restrictions on rail transit ... demanded that the 'openly hostile' restrictions be
    lifted": a bare deed noun is the one the article last named with its owner."""
    lemma = _deed_lemma(noun)
    kin = _words().kin.get(lemma, frozenset({lemma}))  # "the putsch" after "Mali's military junta"
    for t in reversed(noun.doc[:noun.i]):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kin:
            continue
        owners = [a for a in _possessors(t, ph) if a not in speakers]
        if owners:
            return owners
    # ... or in an earlier paragraph (each paragraph is its own parse)
    for doc_id, told, owners, _ in reversed(_OWNED.get(id(ph.discourse), [])):
        if doc_id != id(noun.doc) and told in kin and any(a not in speakers for a in owners):
            return [a for a in owners if a not in speakers]
    return []


def _told_since(noun: Any, at: int, speakers: list[str], ph: Phrases) -> list[str]:
    """The doers of this deed noun as a sentence after the relation at ``at`` told it with a verb ("flew to
    Pituffik" for "the trip"), the latest first; [] when none is that recent. A deed only named with an owner
    ("a Syrian air strike hit a depot") may be a side remark, so it does not outrank a told relation."""
    lemma = _deed_lemma(noun)
    kin = _words().kin.get(lemma, frozenset({lemma}))
    for doc_id, named, owners, told in reversed(_OWNED.get(id(ph.discourse), [])):
        if told <= at:
            return []
        if doc_id == -1 and named in kin and any(a not in speakers for a in owners):
            return [a for a in owners if a not in speakers]
    return []


def _possessors(noun: Any, ph: Phrases) -> list[str]:
    """ "Lithuania's restrictions", "the Russian strikes": the owner named before the noun; for a seizure of
    power, the country it happened in ("the coup in Niger")."""
    found = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i for a in ph.own(c, 1)]
    if not found and _deed_lemma(noun) in _words().kin:
        found = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                 for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
        if not found and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            # "Mali's military seized power in a coup": the putschists are the clause's subject
            doer = subject_of(noun.head.head)
            found = ph.actors(doer) if doer is not None else []
    return list(dict.fromkeys(found))


_AIMED: dict[int, list[tuple[str, list[str], str]]] = {}
"""Per article, the deeds told by a verb with its doer and object: (noun lemma, doers, object word), so that
"the occupation of Heglig" is the occupation whose object was Heglig."""

_OWNED: dict[int, list[tuple[int, str, list[str], int]]] = {}
"""Per article (its Discourse), the deed nouns named with an owner so far, and the deeds told by a verb
with its doer: (parse id, or -1 for a verb, noun lemma, owners)."""


def _remember_owned(sent: Any, ph: Phrases, w: _Words) -> None:
    key = id(ph.discourse)
    if key not in _OWNED:
        _OWNED[key] = []
        weakref.finalize(ph.discourse, _OWNED.pop, key, None)
    told = len(ph.discourse.relations)  # when: this sentence's relations are not yet in the article's list
    if key not in _ISSUED:
        _ISSUED[key] = []
        weakref.finalize(ph.discourse, _ISSUED.pop, key, None)
    _ISSUED[key] += [owners for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in w.documents
                     for owners in [_document_owners(t, ph, w)] if owners]
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and (lemma in w.deed_nouns or lemma in w.general_deeds):
            owners = _possessors(t, ph)
            if owners:
                _OWNED[key].append((id(sent.doc), lemma, owners, told))
        elif t.pos_ == "VERB" and lemma in w.deed_verbs and not _negated(t) and not _modal(t):
            # "a tanker seized by Iranian Revolutionary Guards" names the doer of "the seizure"
            doer = subject_of(t)
            owners = ph.actors(doer) if doer is not None else []
            if owners:
                _OWNED[key] += [(-1, noun, owners, told) for noun in w.deed_verbs[lemma]]
                if key not in _AIMED:
                    _AIMED[key] = []
                    weakref.finalize(ph.discourse, _AIMED.pop, key, None)
                _AIMED[key] += [(noun, owners, o.lower_) for o in t.children if o.dep_ == "dobj"
                                for noun in w.deed_verbs[lemma]]


def _deed_agents(noun: Any, speakers: list[str], ph: Phrases, w: _Words) -> list[str]:
    lemma = _deed_lemma(noun)
    if lemma in w.deed_nouns and not w.deed_nouns[lemma]:
        # "the coup in Niger"; a bare "the coup": no relation tells it, so the junta or country named with it before
        return [a for a in _possessors(noun, ph) if a not in speakers] or _named_before(noun, speakers, ph)
    if lemma in w.deed_nouns:
        aimed = _aimed_agents(noun, w.deed_nouns[lemma], speakers, ph, w)
        if aimed:
            return aimed
        latest, at = _latest_told(w.deed_nouns[lemma], speakers, ph)
        told = _told_since(noun, at, speakers, ph)
        if latest and told:
            return told  # "Vance flew to Pituffik ... called the trip a provocation": the nearer telling wins
        return latest or _same_sentence_agents(noun, speakers, ph, w) or _named_before(noun, speakers, ph)
    if lemma in w.general_deeds:
        # "condemns and rejects the sanctions, calling the decision a grave mistake": the deed just named
        named = next((t for t in reversed(noun.sent[:noun.i - noun.sent.start]) if t.pos_ == "NOUN"
                      and _deed_lemma(t) in w.deed_nouns and t.dep_ in ("dobj", "pobj")), None)
        if named is not None:
            owners = [a for a in ph.actors(named) if a not in speakers] or _deed_agents(named, speakers, ph, w)
            if owners:
                return owners
        return _latest_agents(None, speakers, ph) or _named_before(noun, speakers, ph)
    return []


def _aimed_agents(noun: Any, rtypes: frozenset[RelationType], speakers: list[str], ph: Phrases, w: _Words) -> list[str]:
    """ "described the occupation of Heglig as an illegal act": a deed noun that names its target is the
    latest deed of its type told against that target, not merely the latest of its type."""
    if not rtypes:
        return []
    preps = ("against", "on", "in") if lemma_agentive(noun, w) else ("of", "against", "on", "in")
    aimed = {a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
             for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)}
    words = {q.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
             for q in p.children if q.dep_ == "pobj" and q.pos_ == "PROPN"}
    kin = w.kin.get(_deed_lemma(noun), frozenset({_deed_lemma(noun)}))
    for told, owners, obj in reversed(_AIMED.get(id(ph.discourse), [])):
        if told in kin and obj in words and any(a not in speakers and a not in aimed for a in owners):
            return [a for a in owners if a not in speakers and a not in aimed]
    if not aimed:
        return []
    out: list[str] = []
    sentence = None
    for rel in reversed(ph.discourse.relations):
        if sentence is not None and rel.sentence != sentence:
            break
        if rel.type in rtypes and rel.target in aimed and rel.source not in speakers and rel.source not in aimed \
                and rel.status.value in _KNOWN:
            sentence = rel.sentence  # every doer the one sentence names ("Saudi Arabia and its allies cut ties")
            if rel.source not in out:
                out.append(rel.source)
    return out


def lemma_agentive(noun: Any, w: _Words) -> bool:
    """Whether "of" names the deed's doer ("the offensive of the M23"), not its target."""
    return _deed_lemma(noun) in w.agentive_of


def _same_sentence_agents(noun: Any, speakers: list[str], ph: Phrases, w: _Words) -> list[str]:
    """ "expressed reservations about the strikes, as a coalition led by France and Britain pressed on
    with a campaign": a lede tells the reaction first and the deed beside it, before any relation of
    that type; the subject of a clause whose verb governs a deed noun of the same type did it."""
    types = w.deed_nouns[_deed_lemma(noun)]
    inside = {t.i for t in noun.subtree}
    for other in noun.sent:
        if other.i in inside or other.pos_ != "NOUN" or not (w.deed_nouns.get(_deed_lemma(other), frozenset()) & types):
            continue
        gov = other.head.head if other.dep_ == "pobj" else other.head if other.dep_ == "dobj" else None
        if gov is None or gov.pos_ != "VERB" or _negated(gov) or _modal(gov) or noun.i in {t.i for t in gov.subtree}:
            continue  # the judged deed inside that clause is the clause's own business
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if subj is None and gov.dep_ == "acl" and gov.tag_ != "VBN":
            subj = gov.head  # "as a coalition led by France pressed on with its campaign", parsed as a modifier
        found = ph.actors(subj) if subj is not None else []
        if subj is not None and not found:
            # "a coalition led by France, Britain and the United States"
            found = [a for v in subj.children if v.dep_ == "acl" and v.tag_ == "VBN" for g in v.children
                     if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in ph.actors(q)]
        agents = [a for a in found if a not in speakers]
        if agents:
            return agents
    return []


def document_voice(verb: Any, ph: Phrases) -> list[str]:
    """Who speaks through a document that does the verb's judging or blaming: "the Council adopted a
    resolution condemning ...", "a statement that deplores ...", "the final statement of the League held Iran
    responsible", "an EU statement condemned ...". A document is no actor, so its owner (possessor, "of",
    "by", "issued by") speaks, else whoever adopted or issued it; a drafter ("a British-drafted text") does not."""
    w = _words()
    noun = None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in w.documents:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WDT", "WP"):
            noun = verb.head  # "a resolution condemning ...", "a statement that deplores ..."
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in w.documents:
            noun = subj  # "the final statement of the League held ..."
    if noun is None:
        return []
    owners = _document_owners(noun, ph, w)
    if not owners and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        # "The resolution also demands that the M23 cease hostilities": the document the article told of
        owners = next((o for o in reversed(_ISSUED.get(id(ph.discourse), [])) if o), [])
    return owners


def _document_owners(noun: Any, ph: Phrases, w: _Words) -> list[str]:
    """The owner or issuer a document is named with: "the League's statement", "the final statement of the
    League", "a statement issued by Cairo", "the Council adopted a resolution"."""
    owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i
              and not any(t.text == "-" for t in c.subtree) for a in ph.own(c, 1)]
    owners += [a for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("of", "by", "from")
               for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
    owners += [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in w.issuing_verbs
               for g in v.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in ph.actors(q)]
    if not owners and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in w.issuing_verbs \
            and not _negated(noun.head):
        issuer = subject_of(noun.head)
        owners = ph.actors(issuer) if issuer is not None else []
    if not owners and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" \
            and noun.head.head.lemma_.lower() in ph.lex.reporting and not _negated(noun.head.head):
        # "the office of the prime minister said in a statement, which described ...": the speaker's statement
        owners = speakers_of(noun.head.head, ph, ph.lex, ph.discourse.last_speakers)
    return list(dict.fromkeys(owners))


_ISSUED: dict[int, list[list[str]]] = {}
"""Per article (its Discourse), the issuers of the documents it named, in order."""


def _object_relative(verb: Any) -> bool:
    """ "a statement that he called ...": the head noun is the verb's object (not "Tsai, who called ...")."""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _small_clause(verb: Any) -> Any:
    """ "declared Eritrea an enemy state" parsed as a verbless clause (the judged actor its subject, the
    verdict its head) under the framing verb, instead of an object and a predicate."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ") and c.i > verb.i
                 and any(s.dep_ == "nsubj" for s in c.children)), None)


def _controller(verb: Any) -> Any:
    """The verb a participle really belongs to: "pressed him to pull back, describing the occupation as
    illegal" is the presser's description (and told as said, not as asked of "him"), though the parser
    hangs it on the infinitive whose doer is "him". None when the participle is where it seems."""
    inner = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and inner.dep_ == "xcomp" and inner.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon")) for c in inner.head.children):
        return inner.head
    return None


def _framed(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "called the trip a provocation", "described the strikes as a violation", "a statement that he called a distortion"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in w.frame_verbs or lemma in w.condemning_verbs or lemma in w.rejecting_verbs) \
            or _negated(verb) or _modal(verb):
        return None
    if any(_negated(a) for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
        return None  # "does not accept what it calls unlawful sanctions": the status would read a denial
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    small = None if obj is not None else _small_clause(verb)
    if small is not None:
        obj = next(c for c in small.children if c.dep_ == "nsubj")  # "declared Eritrea an enemy state"
    if obj is not None and obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        obj = verb.head  # "a statement which he called ..."
    elif obj is None and _object_relative(verb):
        obj = verb.head  # "a statement that he called ..." (the relative pronoun parsed as a marker)
    if obj is None:
        # "denounced as 'unacceptable' the Swedish decision": the shifted deed parsed as the object of "as"
        obj = next((q for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for q in p.children
                    if q.dep_ == "pobj" and q.pos_ == "NOUN" and (_deed_lemma(q) in w.deed_nouns or q.lemma_.lower() in w.general_deeds)
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in q.children)
                    and any(a.dep_ == "amod" and a.i < q.i and (a.lower_ in w.negative or a.lemma_.lower() in w.negative)
                            for a in q.children)), None)
        if obj is not None:
            shifted = [a for a in obj.children if a.dep_ == "amod" and a.i < obj.i and (a.lower_ in w.negative or a.lemma_.lower() in w.negative)]
            if _negated(verb) or any(c.lower_ in w.negators for c in obj.children):
                return None
            subj = subject_of(verb)
            sources = ph.actors(subj) if subj is not None else []
            targets = [a for a in _owners(obj, _subtrees([obj]), sources, ph, w) if a not in sources] if sources and shifted else []
            return Candidate(sources, RelationType.CONDEMNS, targets, verb, None, verb=verb) if targets else None
    if obj is None:
        # "called the cut-off 'unjustified'" parsed with the deed as the predicate: the deed judges itself
        obj = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" and c.i > verb.i
                    and (_deed_lemma(c) in w.deed_nouns or c.lemma_.lower() in w.general_deeds)
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    if obj is None and lemma in w.condemning_verbs and any(c.dep_ == "agent" for c in verb.children):
        # "The move by Lithuania was condemned by Beijing": the passive subject is the judged deed, the agent the judge
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None:
        return _compound_verdict(verb, ph, w)
    preds = _predicates(verb, obj, w)
    head = next((p for p in preds if p.dep_ != "prep"), None)
    if head is None:
        head = next((q for p in preds for q in p.children if q.dep_ in ("pobj", "amod", "acomp")), None)
    verdict = _subtrees(preds)
    if not preds and obj.i > verb.i and lemma not in w.condemning_verbs and _verdict([obj], obj, w):
        # "called China's conduct 'suppression'": the verdict parsed as the object, the deed as its modifier
        verdict, head = _subtrees([obj]), obj
        if _object_relative(verb):
            obj = verb.head  # "a statement that he called a distortion" ("that" parsed as a marker)
        else:
            inner = next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"), None)
            if inner is not None:
                obj = obj if ph.actors(obj) else inner  # the possessor may hang on either noun
            elif not ((_deed_lemma(obj) in w.deed_nouns or obj.lemma_.lower() in w.general_deeds)
                      and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)):
                return None  # else "called the cut-off 'unjustified'": the deed itself carries the verdict
    neutral = False
    if not verdict:
        if lemma not in w.condemning_verbs and lemma not in w.rejecting_verbs:
            return None
    elif not _verdict(verdict, head, w):
        if lemma not in w.condemning_verbs or not _neutral(verdict, head, w):
            return None
        neutral = True  # "denounced the embassy as 'a new American settlement outpost'": the verb judges
    outer = _controller(verb)
    subj = subject_of(outer if outer is not None else verb)
    sources = ph.actors(subj) if subj is not None else []
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said the strike killed six and caused damage, calling it ..."
    if not sources:
        sources = document_voice(verb, ph)
    if not sources and verb.dep_ == "advcl" and verb.tag_ == "VBG" and clause.dep_ == "ccomp":
        # "the army said the strike killed six people, calling it an aggression": the speaking participle hung
        # on the reported clause belongs to the speaker, not to the clause's subject
        subj = subject_of(clause.head)
        sources = ph.actors(subj) if subj is not None else []
    if not sources:
        return None
    if obj.lower_ == "what" and head is not None and verdict:
        # "protested against what it called unprofessional conduct by a Chinese destroyer": the verdict
        # phrase is itself the deed, its owner named inside it
        owners = _by_agents(verdict, ph) or [a for c in head.children if c.dep_ in ("poss", "amod", "compound")
                                             and c.i < head.i for a in ph.own(c, 1)]
        if not owners:
            # "condemned what he called an irresponsible decision": the deed the article just told of
            owners = _deed_agents(head, sources, ph, w)
        if not owners and verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.pos_ == "VERB":
            # "the alliance launched air strikes in what Yeltsin called an act of aggression": the deed is the
            # clause the phrase hangs on, done by its subject
            doer = subject_of(verb.head.head)
            owners = ph.actors(doer) if doer is not None else []
        targets = [a for a in dict.fromkeys(owners) if a not in sources]
    elif not verdict:
        # "regrets the military attacks against Libya": no verdict, so only a definite deed told before
        # (its doer, not the victim an "against" phrase names); "condemned Russia" is the cue lexicon's
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in obj.children)
        # "the offensive of the M23" names its doer with "of" ("the invasion of Ukraine" its victim)
        doing = ("by", "of") if _deed_lemma(obj) in w.agentive_of else ("by",)
        doers = [a for p in obj.children if p.dep_ in ("prep", "agent") and p.lower_ in doing
                 for q in p.children if q.dep_ == "pobj" for a in ph.actors(q) if a not in sources]
        if doers and lemma in w.condemning_verbs and (_deed_lemma(obj) in w.deed_nouns or obj.lemma_.lower() in w.general_deeds
                                                      or _deed_lemma(obj) in w.agentive_of):
            # "denounced the expulsion of its diplomats by Estonia": the deed's doer is named with it
            return Candidate(sources, RelationType.CONDEMNS, list(dict.fromkeys(doers)), verb, None,
                             verb=verb if outer is None else outer, pronoun_subject=subj is not None and subj.pos_ == "PRON")
        deed = _deed_lemma(obj) in w.deed_nouns or obj.lemma_.lower() in w.general_deeds and lemma in w.rejecting_verbs
        types = w.deed_nouns.get(_deed_lemma(obj), frozenset())
        if lemma in w.rejecting_verbs and types and {t.value for t in types} <= w.shared_deeds:
            return None  # "rejected the deal" may be an offer turned down, not a verdict on the signatories
        if obj.i in ph.actor_at or not definite or not deed or ph.actors(obj) and not any(
                p.dep_ == "prep" and p.lower_ in ("against", "on", "in") for p in obj.children):
            return None  # a general "the decision" with no verdict is too vague to point back
        targets = [a for a in _deed_agents(obj, sources, ph, w) if a not in sources]
    elif neutral:
        # ... only with the owner named inside a predicate noun ("as a new American settlement outpost";
        # not "regrets Gaddafi's forces as jets pound them", a misparse)
        if head is None or head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        targets = [a for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i
                   for a in ph.own(c, 1) if a not in sources]
    else:
        targets = _owners(obj, verdict, sources, ph, w)
        if not targets and obj.i == verb.head.i and obj.dep_ in ("npadvmod", "appos") and obj.head.pos_ == "VERB" \
                and (obj.lemma_.lower() in w.general_deeds or _deed_lemma(obj) in w.deed_nouns
                     or obj.lemma_.lower() in w.summed_deeds):
            # "Beijing deployed warships, a move Tokyo called a provocation": the summed-up clause's subject
            doer = subject_of(obj.head)
            targets = [a for a in (ph.actors(doer) if doer is not None else []) if a not in sources]
    if not targets:
        return None
    frame = verb if outer is None else outer
    if verb.dep_ == "relcl" and obj.i == verb.head.i:
        # "a statement that he called a distortion": the judging is the main clause's business, not
        # something the statement claims
        frame = next((a for a in obj.ancestors if a.pos_ in ("VERB", "AUX")), verb.sent.root)
    return Candidate(sources, RelationType.CONDEMNS, targets, verb, None, verb=frame,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _opposed_doing(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "China firmly opposes the United States using pressure and coercion", "condemned Russia bombing the
    port": a deed opposed or condemned with its doer as the subject of a gerund clause judges that doer."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.opposing_verbs | w.condemning_verbs \
            or _negated(verb) or _modal(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    doers = [a for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"
             for s in c.children if s.dep_ == "nsubj" for a in ph.actors(s)]
    subj = subject_of(verb)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for a in dict.fromkeys(doers) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, targets, verb, None, verb=verb,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _claim(noun: Any, w: _Words) -> bool:
    """Whether a judged noun is a claim ("the accusations", "Ukrainian talk of aggression") rather than a deed or
    a document; a statement or report only with what it says ("statements about Russian missiles falling")."""
    lemma = noun.lemma_.lower()
    if lemma in w.claim_objects:
        return True
    return lemma in w.topical_claims and any(
        (c.dep_ == "prep" and c.lower_ in ("about", "on")) or (c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in noun.subtree if c.i != noun.i)


def _predicates(verb: Any, obj: Any, w: _Words, deep: bool = False) -> list[Any]:
    """What a framing verb says its object is: "called the trip a provocation", "described the strikes as ...",
    "described the sanctions as politically motivated" (the adjective hung as a clause with "as" inside); with
    ``deep``, an "as" the parser hung inside a long object."""
    preds = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
             or (c.dep_ == "advcl" and c.pos_ == "ADJ" and any(a.lower_ == "as" and a.i < c.i for a in c.children))]
    preds += [c for c in obj.children if (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "appos" and c.i > obj.i)]
    if not preds and deep and verb.lemma_.lower() in w.frame_verbs:
        # "described statements by Ukrainian officials about missiles falling in Poland as a provocation": the parser
        # hangs a long object's "as" on its last word
        preds = [p for p in obj.subtree if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i][-1:]
    return preds


def _claim_denial(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "called the South's claims a provocation", "described statements by Ukrainian officials about Russian
    missiles as a provocation": a claim branded is denied to whoever made it (no one named: the extractor looks
    back for the accuser). The verdict on it is the framing rule's."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in w.frame_verbs or lemma in w.condemning_verbs or _negated(verb) or _modal(verb):
        return None
    if any(_negated(a) for a in verb.ancestors if a.pos_ in ("VERB", "AUX")):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _claim(obj, w):
        return None
    preds = _predicates(verb, obj, w, deep=True)
    head = next((p for p in preds if p.dep_ != "prep"), None)
    if head is None:
        head = next((q for p in preds for q in p.children if q.dep_ in ("pobj", "amod", "acomp")), None)
    if not preds or not _verdict(_subtrees(preds), head, w):
        return None
    subj = subject_of(verb)
    sources = (ph.actors(subj) if subj is not None else []) or document_voice(verb, ph)
    if not sources:
        return None
    makers = [a for a in dict.fromkeys([*ph.actors(obj), *_by_agents([obj, *obj.children], ph)]) if a not in sources]
    return Candidate(sources, RelationType.DENIES, makers, verb, None, verb=verb,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _compound_verdict(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Germany called the Russian attack barbaric" may parse the verdict as a noun predicate with the deed as
    its compound modifier: the deed's owner is judged."""
    pred = next((c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i
                 and (c.lower_ in w.negative or c.lemma_.lower() in w.negative)), None)
    if pred is None or any(c.lower_ in w.negators for c in pred.children):
        return None
    deed = next((c for c in pred.children if c.dep_ == "compound" and c.i < pred.i
                 and (_deed_lemma(c) in w.deed_nouns or c.lemma_.lower() in w.general_deeds)), None)
    if deed is None:
        return None
    subj = subject_of(verb)
    sources = ph.actors(subj) if subj is not None else []
    owners = _possessors(deed, ph) or [a for c in pred.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    targets = [a for a in owners if a not in sources] if sources else []
    return Candidate(sources, RelationType.CONDEMNS, targets, verb, None, verb=verb) if targets else None


def _summarised(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Putin signed a treaty absorbing Crimea, a step Ukraine's government called an annexation": the
    parser makes the deed clause the framing verb's complement and "a step" a modifier of its subject;
    the deed clause's subject is the owner, the framing subject the judge."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.frame_verbs or _negated(verb) or _modal(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    deed = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB"), None)
    if subj is None or deed is None or _negated(deed) or _modal(deed):
        return None
    start = subj.left_edge
    if start.i < 1 or start.lower_ not in ("a", "an") or verb.doc[start.i - 1].text != "," or start.i + 1 >= subj.i:
        return None
    summary = verb.doc[start.i + 1]
    if summary.pos_ != "NOUN" or not (summary.lemma_.lower() in w.general_deeds or _deed_lemma(summary) in w.deed_nouns):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    preds = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS and c.i > verb.i]
    head = preds[0] if preds else obj
    if head is None or not _verdict(_subtrees([head]), head, w):
        return None
    sources = ph.actors(subj)
    doer = subject_of(deed)
    targets = [a for a in (ph.actors(doer) if doer is not None else []) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, targets, verb, None, verb=verb)


def _quoted_root(tok: Any) -> bool:
    sents = list(tok.doc.sents)
    flags = quoted_sentences(tok.doc)
    return any(s.start == tok.sent.start and q for s, q in zip(sents, flags))


def _copular(cop: Any, ph: Phrases, lex: Lexicon, w: _Words) -> Candidate | None:
    """ "China's exercises are an irresponsible act," Tsai said; "said the deals amounted to a stab in the back"."""
    if cop.lemma_.lower() not in w.copulas or cop.pos_ not in ("AUX", "VERB") or _negated(cop) or _modal(cop):
        return None
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if cop.lemma_.lower() == "be":
        preds = [c for c in cop.children if c.dep_ in ("attr", "acomp")]
        # "the seizure was in clear violation of international law", "is in total disregard of all norms"
        preds = preds or [c for c in cop.children if c.dep_ == "prep" and c.lower_ == "in" and any(
            q.dep_ == "pobj" and q.lemma_.lower() in w.negative for q in c.children)]
    else:
        preds = [c for c in cop.children if c.dep_ in ("dobj", "attr") or (c.dep_ == "prep" and c.lower_ == "to")]
    if not preds:
        return None
    head = preds[0] if preds[0].dep_ != "prep" else next((q for q in preds[0].children if q.dep_ == "pobj"), None)
    verdict = _subtrees(preds)
    # "Ansari said Sunday's statement was 'a repetition of unfounded claims'": a claim or document dismissed
    # is denied to whoever made it
    dismissed = (subj.lemma_.lower() in lex.claim_nouns or subj.lemma_.lower() in w.documents) and not any(
        t.lower_ in w.negators for t in verdict) and any(t.lower_ in lex.dismissive or t.lemma_.lower() in lex.dismissive
                                                         for t in verdict)
    if not dismissed and not _verdict(verdict, head, w):
        return None
    report = cop.head
    if cop.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in cop.children) \
            and cop.head.dep_ == "dobj" and cop.head.head.pos_ == "VERB":
        # "told a late-night security council meeting that the seizure was an act of aggression": the clause
        # hung on the addressee is the telling's content
        report, cop_dep = cop.head.head, "ccomp"
    else:
        cop_dep = cop.dep_
    if cop_dep in ("ccomp", "parataxis") and report.pos_ == "VERB" and report.lemma_.lower() in lex.reporting:
        if _negated(report):
            return None
        speakers = speakers_of(report, ph, lex, ph.discourse.last_speakers)
        frame = report
    elif cop.dep_ == "ROOT" and _quoted_root(cop):
        speakers, frame = list(ph.quote_speakers), cop
    elif cop.dep_ == "ROOT" and (aside := next((c for c in cop.children if c.dep_ == "parataxis" and c.pos_ == "VERB"
                                                and c.lemma_.lower() in lex.reporting and c.i > subj.i), None)) is not None:
        # "The Canadian position, the ministry said, amounted to a blatant interference": the speaker told aside
        if _negated(aside):
            return None
        speakers, frame = speakers_of(aside, ph, lex, ph.discourse.last_speakers), aside
    else:
        return None
    if not speakers:
        return None
    if dismissed:
        makers = ph.actors(subj) or _document_owners(subj, ph, w) or _possessors(subj, ph)
        if not makers and (_dated(subj) or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)):
            makers = next((o for o in reversed(_ISSUED.get(id(ph.discourse), [])) if o), [])
        makers = [a for a in dict.fromkeys(makers) if a not in speakers]
        return Candidate(speakers, RelationType.DENIES, makers, cop, None, verb=frame) if makers else None
    targets = _owners(subj, verdict, speakers, ph, w)
    if not targets:
        return None
    return Candidate(speakers, RelationType.CONDEMNS, targets, cop, None, verb=frame)


def _verb_verdict(verb: Any, ph: Phrases, lex: Lexicon, w: _Words) -> Candidate | None:
    """ "Washington's unilateral step goes beyond international law", the minister said: a verb that
    judges a deed, in someone's statement, condemns the deed's owner."""
    lemma = verb.lemma_.lower()
    phrasal = any(p[0] == lemma and any(c.lower_ == p[1] for c in verb.children) for p in w.negative_verb_phrases)
    if verb.pos_ != "VERB" or not (lemma in w.negative_verbs or phrasal) or _negated(verb) or _modal(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    thing = subj.lemma_.lower() if subj is not None else ""
    if subj is None or subj.pos_ != "NOUN" or subj.i in ph.actor_at or not (
            thing in w.deed_nouns or thing in w.general_deeds or thing in w.judged_things):
        return None  # "China violated the accord", "Thai soldiers violated the truce": a charge (ACCUSES), not a verdict on a deed
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    report = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and report.pos_ == "VERB" and report.lemma_.lower() in lex.reporting:
        if _negated(report):
            return None
        speakers, frame = speakers_of(report, ph, lex, ph.discourse.last_speakers), report
    elif clause.dep_ == "ROOT" and _quoted_root(clause):
        speakers, frame = list(ph.quote_speakers), clause
    else:
        return None
    if not speakers:
        return None
    targets = _owners(subj, [], speakers, ph, w)
    if not targets:
        return None
    return Candidate(speakers, RelationType.CONDEMNS, targets, verb, None, verb=frame)


def _protest(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "pulled out of the meeting in protest at a G7 statement", "expressed outrage over the raid"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.protest_nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        # "walked out of the summit in protest at ...": the phrase may hang on the verb's object
        gov = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        if gov is None:
            return None
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.protest_governors:
        gov = noun.head
    elif noun.dep_ == "conj" and noun.head.dep_ == "dobj" and noun.head.head.lemma_.lower() in w.protest_governors:
        gov = noun.head.head  # "expressed dissatisfaction with and firm opposition to ..."
    else:
        return None
    if _negated(gov) or _modal(gov):
        return None
    preps = w.protest_preps | w.protest_noun_preps.get(noun.lemma_.lower(), frozenset())  # "opposition to", "dissatisfaction with"
    objs = [q for t in (noun, gov) for p in t.children if p.dep_ == "prep" and p.lower_ in preps
            for q in p.children if q.dep_ == "pobj"]
    if not objs and noun.dep_ == "conj":
        # "expressed dissatisfaction with and firm opposition to the decision": the shared object hangs on the last
        objs = [q for c in noun.conjuncts for p in c.children if p.dep_ == "prep"
                and p.lower_ in w.protest_preps | w.protest_noun_preps.get(c.lemma_.lower(), frozenset())
                for q in p.children if q.dep_ == "pobj"]
    subj = subject_of(gov)
    sources = ph.actors(subj) if subj is not None else []
    if not sources:
        return None
    if not objs:
        if noun.lemma_.lower() not in w.lodged_protests or noun.dep_ != "dobj":
            return None
        # "lodged a protest with China"; bare, "lodged a formal protest through diplomatic channels" after
        # a deed told against the protester: its doer
        targets = [a for t in (noun, gov) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                   for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
        targets = [a for a in targets if a not in sources] or _summoned(gov, sources, ph, w) or _wronged_by(sources, ph)
        if not targets:
            return None
        return Candidate(sources, RelationType.CONDEMNS, targets, noun, None, nominal=True, verb=gov)
    targets = [a for o in objs for a in _owners(o, [], sources, ph, w)] or _summoned(gov, sources, ph, w)
    if not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, list(dict.fromkeys(targets)), noun, None, nominal=True, verb=gov)


def _protest_verb(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Canada and Mexico protested against the legislation", "objected to the deployment": a protest aimed
    at a deed (not at an actor, which the cue lexicon reads) condemns the deed's owner, named with it or,
    for a bare definite deed, told before."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.protesting_verbs or _negated(verb) or _modal(verb):
        return None
    deeds = [q for p in verb.children if p.dep_ == "prep" and p.lower_ in w.protest_preps | {"to"}
             for q in p.children if q.dep_ == "pobj" and q.pos_ == "NOUN" and q.i not in ph.actor_at
             and (_deed_lemma(q) in w.deed_nouns or q.lemma_.lower() in w.general_deeds)]
    return _aimed_at_owners(deeds, verb, RelationType.CONDEMNS, verb, ph, w)


def _backing(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Putin expressed support for the measures taken by the Kazakh leadership": backing voiced for a deed
    (not for an actor, which the cue lexicon reads) supports the deed's owner."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.backing_nouns or noun.dep_ != "dobj":
        return None
    gov = noun.head
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in w.protest_governors or _negated(gov) or _modal(gov):
        return None
    if any(c.dep_ == "neg" or c.lower_ in w.negators for c in noun.children):
        return None
    deeds = [q for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for q in p.children
             if q.dep_ == "pobj" and q.i not in ph.actor_at and not ph.actors(q)
             and (_deed_lemma(q) in w.deed_nouns or q.lemma_.lower() in w.general_deeds)]
    return _aimed_at_owners(deeds, gov, RelationType.SUPPORTS, noun, ph, w, nominal=True)


def _offered_backing(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "gave Poland its full support in the investigation", "extended its backing to Kyiv": backing given to an
    actor supports it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.backing_nouns or noun.dep_ != "dobj":
        return None
    gov = noun.head
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in w.offering_verbs or _negated(gov) or _modal(gov):
        return None
    if any(c.dep_ == "neg" or c.lower_ in w.negators for c in noun.children):
        return None
    given = [c for c in gov.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    given += [q for t in (gov, noun) for p in t.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for q in p.children if q.dep_ == "pobj"]
    subj = subject_of(gov)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for t in given for a in ph.actors(t) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.SUPPORTS, list(dict.fromkeys(targets)), noun, None, nominal=True, verb=gov,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _aimed_at_owners(deeds: list[Any], gov: Any, rtype: RelationType, cue: Any, ph: Phrases, w: _Words,
                     nominal: bool = False) -> Candidate | None:
    """The subject of ``gov`` relates to the owners of the deeds its protest or backing is aimed at."""
    subj = subject_of(gov)
    sources = ph.actors(subj) if subj is not None else []
    if not deeds or not sources:
        return None
    targets = [a for q in deeds for a in _owners(q, [], sources, ph, w)]
    if not targets:
        return None
    return Candidate(sources, rtype, list(dict.fromkeys(targets)), cue, None, nominal=nominal, verb=gov)


def _summoned(gov: Any, sources: list[str], ph: Phrases, w: _Words) -> list[str]:
    """ "summoned the Chinese ambassador to register the government's opposition": a protest lodged as the
    purpose of a summons is made to the summoned envoy's state."""
    if gov.dep_ not in ("advcl", "xcomp") or gov.head.pos_ != "VERB" or gov.head.lemma_.lower() not in w.summoning_verbs:
        return []
    return [a for c in gov.head.children if c.dep_ == "dobj" for a in ph.actors(c) if a not in sources]


def _wronged_by(victims: list[str], ph: Phrases) -> list[str]:
    """The doers of the latest known non-speech deed the article told against these actors."""
    for rel in reversed(ph.discourse.relations[-_RECENT:]):
        if rel.type not in _SPEECH and rel.status.value in _KNOWN and rel.target in victims and rel.source not in victims:
            return [r.source for r in ph.discourse.relations if r.sentence == rel.sentence and r.type == rel.type
                    and r.target in victims and r.source not in victims]
    return []


def _rebuke(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "France recalled its ambassadors to Washington and Canberra, an extraordinary rebuke of two close
    allies": a deed summed up as a rebuke (in apposition, or "in a rebuke to") condemns whom it rebukes;
    "allies" named in common words are the actors the deed's own clause names."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.rebuke_nouns:
        return None
    start = noun.left_edge.i
    tacked = noun.dep_ == "conj" and start > 0 and noun.doc[start - 1].text == "," and noun.left_edge.lower_ in ("a", "an")
    if not (noun.dep_ in ("appos", "npadvmod") or tacked or noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return None  # (", a pointed rebuke of ..." may parse as a conjunct of the deed's object)
    gov = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if gov is None or _negated(gov) or _modal(gov) or any(c.lower_ in w.negators for c in noun.children):
        return None
    subj = subject_of(gov)
    sources = ph.actors(subj) if subj is not None else []
    if not sources:
        return None
    whom = [q for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "to") for q in p.children if q.dep_ == "pobj"]
    if not whom:
        return None
    targets = [a for q in whom for a in ph.actors(q)]
    if not targets and whom[0].tag_ == "NNS":
        inside = {t.i for t in noun.subtree} | ({t.i for t in subj.subtree} if subj is not None else set())
        targets = [ph.actor_at[t.i] for t in gov.subtree if t.i in ph.actor_at and t.i not in inside
                   and t.dep_ in ("pobj", "dobj", "conj")]
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    if not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, targets, noun, None, nominal=True, verb=gov)


def _criticism(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "a flurry of criticism of Berlin from Kyiv", "Beijing's condemnation of the drills": a criticism
    noun with its critic (possessor, "from", "by") and its target ("of")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.criticism_nouns:
        return None
    if any(c.dep_ == "neg" or c.lower_ in w.negators for c in noun.children):
        return None
    gov = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if gov is not None and (_negated(gov) or _modal(gov)):
        return None  # "could draw criticism of Berlin from Kyiv": none yet
    preps = {p.lower_: [q for q in p.children if q.dep_ == "pobj"] for p in noun.children if p.dep_ == "prep"}
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    sources += [a for k in ("from", "by") for q in preps.get(k, []) for a in ph.actors(q)]
    if noun.dep_ == "dobj" and gov is not None and gov.lemma_.lower() in w.voicing_verbs:
        # "Spain voiced strong criticism of Morocco's move", "levelled criticism at Paris": the critic voices it
        subj = subject_of(gov)
        sources += ph.actors(subj) if subj is not None else []
        preps.setdefault("of", [])
        preps["of"] += [q for p in (*noun.children, *gov.children) if p.dep_ == "prep" and p.lower_ in w.aimed_preps
                        for q in p.children if q.dep_ == "pobj"]
    if noun.dep_ == "dobj" and gov is not None:
        # "drawing sharp criticism of Paris from Rome": the critic may hang on the verb
        sources += [a for p in gov.children if p.dep_ == "prep" and p.lower_ == "from"
                    for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
    sources = list(dict.fromkeys(sources))
    targets = []
    for q in preps.get("of", []):
        found = ph.actors(q)
        if not found and any(d.dep_ == "det" and d.lower_ == "the" for d in q.children):
            found = _deed_agents(q, sources, ph, w)  # "condemnation of the drills"
        if not found:
            found = _possessors(q, ph)  # "criticism of Morocco's move"
        targets += found
    drawn = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "with")  # "was met with criticism from"
    if not preps.get("of") and drawn and gov is not None and gov.lemma_.lower() in w.drawing_verbs:
        # "Russia's decision drew sharp criticism from Beijing", "... was met with condemnation from the EU": the
        # criticised is the owner of what drew it
        subj = subject_of(gov) or next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            targets += _owners(subj, [], sources, ph, w)
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, targets, noun, None, nominal=True, verb=gov or noun)


def _reporter(tok: Any, lex: Lexicon) -> Any:
    """The reporting verb whose statement holds ``tok`` ("the ministry said Minsk was responding to ...")."""
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in lex.reporting:
            return anc
    return None


def _attributive(noun: Any, ph: Phrases, lex: Lexicon, w: _Words) -> Candidate | None:
    """ "Minsk was responding to 'the illegitimate restrictive measures' adopted by Brussels", the
    ministry said: a deed branded in passing, inside someone's statement, condemns its doer."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and (c.lower_ in w.attributive or c.lemma_.lower() in w.attributive)
                                      for c in noun.children):
        return None
    if any(c.dep_ == "neg" or c.lower_ in w.negators for c in noun.children):
        return None
    report = _reporter(noun, lex)
    for anc in noun.ancestors:
        lemma = anc.lemma_.lower()
        if anc.pos_ in ("VERB", "AUX") and (_negated(anc) or lemma in w.threat_heads or (
                lemma in w.response_heads and (_modal(anc) or anc.dep_ == "xcomp"))):
            return None  # "would respond to the blatant aggression": a threat, which the threat rules read
        if anc is report:
            break
    demand = next((a for a in noun.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in w.demand_verbs), None)
    if report is None and demand is not None and not _negated(demand) and not _modal(demand):
        report = demand  # "demanded that the 'openly hostile' restrictions be lifted": the demand is said
    if report is not None:
        speakers, frame = speakers_of(report, ph, lex, ph.discourse.last_speakers), report
    elif _quoted_root(noun.sent.root):
        speakers, frame = list(ph.quote_speakers), noun.sent.root
    else:
        return None  # the article's own wording ("Russia's illegal annexation") judges nobody's voice
    if not speakers:
        return None
    owners = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i for a in ph.own(c, 1)]
    owners += [a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN"
               for g in v.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in ph.actors(q)]
    owners += [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"
               for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]
    if not owners and any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in noun.children) and (
            _deed_lemma(noun) in w.deed_nouns or noun.lemma_.lower() in w.general_deeds):
        owners = _named_before(noun, speakers, ph)
    targets = [a for a in dict.fromkeys(owners) if a not in speakers]
    if not targets:
        return None
    return Candidate(speakers, RelationType.CONDEMNS, targets, noun, None, nominal=True, verb=frame)


def _phrasal(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Beijing lashed out at Washington", "hit out at Sweden", "rounded on Britain", "took aim at Riyadh",
    "railed against the sanctions imposed by Washington": an idiom of attacking in words condemns whom it
    is aimed at (or the owner of the deed it is aimed at)."""
    if verb.pos_ != "VERB" or _negated(verb) or _modal(verb):
        return None
    lemma = verb.lemma_.lower()
    for phrase in w.phrasal:
        if phrase[0] != lemma:
            continue
        holder, ok = verb, True
        for word in phrase[1:-1]:
            nxt = next((c for c in verb.children if c.dep_ in ("prt", "advmod", "dobj") and c.lower_ == word), None)
            if nxt is None:
                ok = False
                break
            holder = nxt
        if not ok:
            continue
        whom = [q for h in (verb, holder) for p in h.children if p.dep_ == "prep" and p.lower_ == phrase[-1]
                for q in p.children if q.dep_ == "pobj"]
        subj = subject_of(verb)
        sources = ph.actors(subj) if subj is not None else []
        if not whom or not sources:
            return None
        claims = [q for q in whom if q.lemma_.lower() in ph.lex.claim_nouns]
        if claims:
            # "hit back at the US claims", "lashed out at Kyiv's accusations": attacking a claim denies its maker
            owners = [a for q in claims for a in (ph.actors(q) or _possessors(q, ph) + _by_agents(list(q.subtree), ph))
                      if a not in sources]
            if not owners:
                return None
            return Candidate(sources, RelationType.DENIES, list(dict.fromkeys(owners)), verb, None, verb=verb)
        targets = [a for q in whom for a in (ph.actors(q) or _owners(q, _subtrees([q]), sources, ph, w)) if a not in sources]
        if not targets:
            return None
        return Candidate(sources, _idiom_type(verb, w), list(dict.fromkeys(targets)), verb, None, verb=verb)
    for idiom in w.object_idioms:
        # "took Russia to task over the poisoning": the idiom's object is the one attacked in words
        if idiom[0] != lemma or not any(p.dep_ == "prep" and p.lower_ == idiom[1] and any(
                q.dep_ == "pobj" and q.lower_ == idiom[2] for q in p.children) for p in verb.children):
            continue
        subj = subject_of(verb)
        sources = ph.actors(subj) if subj is not None else []
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in ph.actors(c) if a not in sources]
        if sources and targets:
            return Candidate(sources, _idiom_type(verb, w), list(dict.fromkeys(targets)), verb, None, verb=verb)
    return None


def _idiom_type(verb: Any, w: _Words) -> RelationType:
    """An attack in words still to come that a speaker vows ("vowed to hit back at Hezbollah") is a threat."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in w.threat_heads:
        return RelationType.THREATENS
    return RelationType.CONDEMNS


def _displeasure(adj: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Canberra was deeply disappointed by the signing", "Seoul is outraged at Tokyo's decision": an actor
    displeased with another's deed condemns its owner."""
    if adj.lemma_.lower() not in w.displeased or adj.pos_ not in ("ADJ", "VERB") or adj.dep_ not in ("acomp", "ccomp", "ROOT"):
        return None
    gov = adj.head if adj.dep_ in ("acomp", "ccomp") else adj
    if any(_negated(t) or _modal(t) for t in {adj.i: adj, gov.i: gov}.values()):
        return None
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    sources = ph.actors(subj) if subj is not None else []
    deeds = [q for p in adj.children if p.dep_ in ("prep", "agent") and p.lower_ in w.displeased_preps
             for q in p.children if q.dep_ == "pobj"]
    if not sources or not deeds:
        return None
    targets = [a for q in deeds for a in (ph.actors(q) or _owners(q, _subtrees([q]), sources, ph, w)) if a not in sources]
    if not targets:
        return None
    return Candidate(sources, RelationType.CONDEMNS, list(dict.fromkeys(targets)), adj, None, verb=gov)


def deed_owners(noun: Any, ph: Phrases) -> list[str]:
    """Who did the deed a noun names ("the deployment", "Russia's strikes", "the sanctions imposed by Brussels"),
    named with it or told before; for rules that read what a deed answers or provokes."""
    return _owners(noun, [], [], ph, _words())


def judged_by(verb: Any, ph: Phrases) -> list[str]:
    """Whom a judging verb condemns ("denounced what it called the occupation of Spanish territory": Morocco),
    for rules that read a second act of the same clause; [] when it judges nobody."""
    cand = _framed(verb, ph, _words())
    return list(cand.targets) if cand is not None else []


def charged_beside(verb: Any, ph: Phrases) -> list[str]:
    """ "Madrid denounced what it called the occupation and demanded an immediate withdrawal", "accused Morocco of
    killing three drivers and warned that the killings will not go unpunished": a demand or warning that names
    no one is aimed at whom the coordinated verb of the same clause condemns or accuses."""
    w = _words()
    siblings = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    siblings += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for sib in siblings:
        if _negated(sib) or _modal(sib):
            continue
        # "denounced what it called the occupation": the judging may sit in the verb's "what" clause
        found = [a for v in (sib, *(c for c in sib.children if c.dep_ == "ccomp" and c.pos_ == "VERB"))
                 for a in judged_by(v, ph)]
        if not found and sib.lemma_.lower() in w.charging_verbs:
            found = [a for c in sib.children if c.dep_ == "dobj" for a in ph.actors(c)]
        if found:
            return list(dict.fromkeys(found))
    return []


def judgement_candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    """CONDEMNS candidates from evaluations ("called the drills a provocation")."""
    w = _words()
    for tok in sent:
        for rule in (_framed(tok, ph, w), _copular(tok, ph, lex, w), _protest(tok, ph, w), _attributive(tok, ph, lex, w),
                     _verb_verdict(tok, ph, lex, w), _rebuke(tok, ph, w), _summarised(tok, ph, w), _criticism(tok, ph, w),
                     _phrasal(tok, ph, w), _displeasure(tok, ph, w), _protest_verb(tok, ph, w),
                     _backing(tok, ph, w), _opposed_doing(tok, ph, w), _offered_backing(tok, ph, w),
                     _claim_denial(tok, ph, w)):
            if rule is not None:
                yield rule
    _remember_owned(sent, ph, w)
