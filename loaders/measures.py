"""Diplomatic and economic measures the cue lexicon misses, and deeds told as mutual.

News tells measures through the thing acted on more than through a verb of sanction, and often by a noun:

- a frontier shut is a sanction on the neighbour ("shut its border with Benin", "Burundi's closure of the border");
- envoys called home, ordered out or told to go cut relations with the state they leave or belong to ("was
  withdrawing its diplomats from Lebanon", "ordered out 60 Russians", "told four diplomats to leave"), as do
  contacts, pacts and talks dropped ("suspended military contacts with Myanmar", "pulled out of talks with
  Colombia"), another state's mission shut, a member suspended from a body, and expulsions told as nouns
  ("Latvia and Estonia each announced the expulsion of one Russian embassy employee");
- a state's people kept out, and trade or flights cut, are sanctions ("would bar the coup leaders from
  entering", "denied entry to three Russian officials", "agreed to restrict arms sales to Ankara");
- a switch of recognition recognises the new side and cuts ties with the old ("will switch recognition to
  Beijing": Taipei is dropped, the seat's rival government);
- a deed told as mutual is one relation each way ("accused each other", "traded accusations", "exchanged fire").

The rules propose ``Candidate`` s like the cue rules do, so that the pipeline decides status and attribution
(planned, alleged, negated) as for any other cue. ``merged`` adds them to the cue rules' candidates: a token
the cue rules already read with a target is not read twice (no edge under two types), and a few readings
replace the cue rules' one of the same words ("traded accusations with Baku" trades nothing, "ordered Sudanese
nationals to leave" asks nothing of Sudan, "barred its citizens from travelling to Russia" visits no one).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Iterator, Sequence

from graph.model import ActorKind, RelationType

from loaders.coref import Phrases
from loaders.lexicon import WordLists, data_file, spellings
from loaders.relations import Candidate, subject_of

__all__ = ["merged"]



@dataclass(frozen=True)
class _Words:
    """The lexicon of data/measures.yaml: its word lists, the type of each mutual verb and traded noun,
    and the rival governments that claim one seat."""

    lists: WordLists
    reciprocal_verbs: dict[str, RelationType]
    traded_nouns: dict[str, RelationType]
    rivals: dict[str, tuple[str, ...]]
    deed_nouns: dict[str, str]  # deed noun -> its verb


@cache
def _words() -> _Words:
    raw = data_file("measures.yaml")
    lists = {str(k): frozenset(v for w in value for v in spellings(str(w).lower()))
             for k, value in raw.items() if isinstance(value, list) and all(isinstance(w, str) for w in value)}

    def typed(key: str) -> dict[str, RelationType]:
        return {v: RelationType(str(rtype)) for rtype, words in (raw.get(key) or {}).items()
                for w in words for v in spellings(str(w).lower())}

    rivals: dict[str, tuple[str, ...]] = {}
    for group in raw.get("rival_governments") or []:
        for a in group:
            rivals[str(a)] = tuple(str(b) for b in group if b != a)
    deeds = {n: v for verb, nouns in (raw.get("deed_nouns") or {}).items()
             for w in nouns for n in spellings(str(w).lower()) for v in spellings(str(verb).lower())[:1]}
    return _Words(WordLists("measures.yaml", lists), typed("reciprocal_verbs"), typed("traded_nouns"), rivals, deeds)


@dataclass(frozen=True)
class _Found:
    """A candidate, and the tokens whose cue-rule reading it replaces (a mutual deed's verb and noun); a
    reading may only replace ("barred its citizens from travelling to Russia": no visit, and no measure)."""

    candidate: Candidate | None
    replaces: frozenset[int] = frozenset()
    forced: bool = False  # kept even where a cue rule read the same token: its reading replaces the cue rule's


# parse helpers --------------------------------------------------------------------------------------

def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _pobjs(tok: Any, preps: Sequence[str] | frozenset[str]) -> list[Any]:
    """Objects of the prepositions ``tok`` governs, over their conjuncts ("with Mali and Niger") and over
    coordinated prepositions ("flights to and from Qatar")."""
    return [t for p in tok.children if p.dep_ in ("prep", "dative", "agent") and p.lower_ in preps
            for pp in (p, *p.conjuncts) for q in pp.children if q.dep_ in ("pobj", "pcomp") for t in (q, *q.conjuncts)]


def _objects(verb: Any) -> list[Any]:
    """The verb's object (its passive subject in the passive), over conjuncts."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    dep = "nsubjpass" if passive else "dobj"
    return [t for c in verb.children if c.dep_ == dep for t in (c, *c.conjuncts)]


def _out_of(verb: Any) -> list[Any]:
    """What "out of" hangs on the verb: "pulled its envoy out of Beirut", "pulled out of talks"."""
    return [p for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out"
            for p in (*_pobjs(c, ("of",)), *(q for q in c.children if q.dep_ == "pobj"))]


def _up(verb: Any) -> list[Any]:
    """What the parser hung on an "up" particle: "tears up military accord with US" (a headline without articles)."""
    return [q for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "up" for q in c.children if q.dep_ == "pobj"]


def _shared(objs: list[Any], w: WordLists) -> list[Any]:
    """Objects with what a share of them stands for: "all of its crossings", "its own side of the frontier"."""
    out = list(objs)
    for o in objs:
        if _lemma(o) in w.share_heads or o.lower_ in w.share_heads:
            out += _pobjs(o, ("of",))
    return out


def _doers(verb: Any, ph: Phrases) -> list[str]:
    """The actors of the verb's subject (its "by" agent in the passive)."""
    subj = subject_of(verb)
    return ph.actors(subj) if subj is not None else []


def _owners(noun: Any, ph: Phrases) -> list[str]:
    """Actors a noun's possessor or modifiers before it name ("its diplomats", "the Rwandan border")."""
    return [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i
            for t in (c, *c.conjuncts) for a in ph.own(t, 1)]


def _negated_verb(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _named(tok: Any, ph: Phrases) -> list[str]:
    """Actors named by the token itself (not through a noun it heads): "break with Taipei", not "with
    the US position"."""
    return [ph.actor_at[t.i] for t in (tok, *tok.conjuncts) if t.i in ph.actor_at]


def _candidate(sources: list[str], rtype: RelationType, targets: list[str], cue: Any, verb: Any,
               nominal: bool = False) -> Candidate | None:
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    sources = list(dict.fromkeys(sources))
    if not sources or not targets:
        return None
    return Candidate(sources, rtype, targets, cue, None, nominal=nominal, verb=verb)


# deeds: a measure told by its verb or by its noun ---------------------------------------------------------

@dataclass(frozen=True)
class _Deed:
    """What the rules read of a measure, whether a verb tells it ("Niger closed its border with Benin") or
    its noun does ("Niger's closure of the border with Benin", "announced the closure of ...")."""

    head: Any  # the verb or the deed noun: the candidate's cue, and where its frame (status) is read from
    lemma: str  # the verb's lemma; a deed noun's verb (closure -> close)
    objects: tuple[Any, ...]  # what is acted on: the object, or the noun's "of" phrase
    doers: tuple[str, ...]
    passive: bool = False
    nominal: bool = False

    def pobjs(self, preps: Sequence[str] | frozenset[str]) -> list[Any]:
        return _pobjs(self.head, preps)


def _verb_deed(tok: Any, ph: Phrases) -> _Deed:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    return _Deed(tok, _lemma(tok), tuple(_objects(tok)), tuple(_doers(tok, ph)),
                 passive=passive and any(c.dep_ == "nsubjpass" for c in tok.children))


def _noun_deed(tok: Any, ph: Phrases, words: _Words) -> _Deed | None:
    """A deed noun with its "of" phrase ("the closure of its border", "a halt to all imports") and its doer:
    a "by" agent, the possessor ("Burundi's closure"), or the subject of the verb that carries it out
    ("Niger announced the closure")."""
    verb = words.deed_nouns.get(_lemma(tok))
    if verb is None:
        return None
    objects = _pobjs(tok, ("of",))
    if verb in words.lists.ending_verbs:
        objects += _pobjs(tok, ("to",))  # "a halt to all imports", "an end to contacts"
    if not objects:
        return None
    doers = [a for p in _pobjs(tok, ("by",)) for a in ph.actors(p)]
    doers = doers or [a for c in tok.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    carrier = _carrier(tok, words.lists)
    if not doers and carrier is not None:
        doers = _doers(carrier, ph)
    return _Deed(tok, verb, tuple(objects), tuple(dict.fromkeys(doers)), nominal=True)


# rules -----------------------------------------------------------------------------------------------

def _closure(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "shut its border with Benin", "closed all of its land crossings with Kenya": a sanction on the
    neighbour across the frontier (named by "with"/"to", or by an adjective: "the Rwandan border")."""
    if d.lemma not in w.closing_verbs:
        return
    frontiers = [o for o in _shared(list(d.objects), w) if _lemma(o) in w.frontier_nouns]
    if not frontiers:
        return
    sources = list(d.doers)
    if not sources and d.passive:
        sources = [a for f in frontiers for c in f.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    targets = [a for f in frontiers for a in ph.actors(f)] + [a for f in frontiers for p in _pobjs(f, ("with", "to"))
                                                              for a in ph.actors(p)]
    targets += [a for p in d.pobjs(("with", "to")) for a in ph.actors(p)]
    cand = _candidate(sources, RelationType.SANCTIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _envoy(noun: Any, w: WordLists) -> bool:
    """An envoy, or a mission's staff ("its diplomatic staff", "the embassy personnel")."""
    if _lemma(noun) in w.envoy_nouns or noun.lower_ in w.envoy_nouns or any(
            c.dep_ == "compound" and c.lower_ in w.envoy_nouns for c in noun.children):
        return True  # "the ambassador", "Turkey's consul general"
    return _lemma(noun) in w.mission_staff and any(
        c.dep_ in ("amod", "compound") and (c.lower_ in w.mission_marks or _lemma(c) in w.mission_marks) for c in noun.children)


def _recall(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "was withdrawing its diplomats from Lebanon", "brought its ambassador in Beirut home": a cut in
    relations with the state the envoys leave; "ordered the French ambassador home" expels France's."""
    lemma = d.lemma
    homing = any(c.dep_ in ("advmod", "prt", "npadvmod") and c.lower_ in w.home_words for c in d.head.children)
    if not (lemma in w.withdrawing_verbs or (lemma in w.homing_verbs and homing)):
        return
    envoys = [o for o in list(d.objects) if _envoy(o, w)
              or (lemma in w.homing_verbs and o.tag_ in ("NNS", "NNPS") and o.ent_type_ == "NORP")]  # "ordered out 60 Russians"
    if not envoys:
        return
    sources = list(d.doers)
    passive = d.passive
    if not sources and passive:
        sources = [a for e in envoys for c in e.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    targets = [a for p in d.pobjs(("from",)) for a in ph.actors(p)]
    targets += [a for p in _out_of(d.head) for a in ph.actors(p)]
    targets += [a for e in envoys for p in _pobjs(e, ("to", "in", "at", "from")) for a in ph.actors(p)]
    # "recalled its envoy in Washington", "its high commissioner to Somalia" with the phrase hung on the verb
    # ("recalled its envoy to Beijing", home, names the doer itself and is dropped as a target)
    targets += [a for p in d.pobjs(("in", "at", "to")) for a in ph.actors(p)]
    if not targets and lemma in w.homing_verbs:
        targets = [a for e in envoys for a in ph.actors(e) if a not in sources]  # "ordered the French envoy home"
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _contacts(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "suspended high-level political and military contacts with Myanmar": a cut in relations."""
    if d.lemma not in w.cutting_verbs:
        return
    contacts = [o for o in _shared(list(d.objects), w) if _lemma(o) in w.contact_nouns]
    if not contacts:
        return
    targets = [a for c in contacts for p in _pobjs(c, ("with", "between")) for a in ph.actors(p)]
    targets += [a for p in d.pobjs(("with",)) for a in ph.actors(p)]
    sources = list(d.doers)
    if not sources and targets:
        # "contacts between Moscow and Ankara were frozen": the parties cut them with each other
        if len(targets) == 2 and not d.pobjs(("with",)):
            sources = list(targets)
    if sources and set(sources) == set(targets) and len(sources) > 1:
        cand = Candidate(list(sources), RelationType.REDUCES_RELATIONS, list(targets), d.head, None, nominal=d.nominal, verb=d.head)
        yield _Found(cand)
        return
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _told_to_leave(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "Germany and France each told four diplomats to leave": envoys told to go are expelled; when their
    state goes unnamed, it is the one the article last told of ties cut with."""
    if d.lemma not in w.telling_verbs:
        return
    departures = [c for c in d.head.children if c.dep_ in ("xcomp", "ccomp", "advcl") and _lemma(c) in w.departure_verbs]
    if not departures:
        # "ordered Rwandan nationals found without valid papers to leave": the infinitive hung inside the object
        departures = [t for o in d.objects for t in o.subtree if t.i > o.i and _lemma(t) in w.departure_verbs
                      and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
    if not departures:
        return
    # who must go: the object, or the subject of the clause of going ("ordered Rwandan nationals ... to leave")
    told = [*d.objects, *(c for g in departures for c in g.children if c.dep_ == "nsubj")]
    envoys = [o for o in told if _envoy(o, w)]
    people = [o for o in told if _lemma(o) in w.foreign_people]
    if not envoys and not people:
        return
    sources = list(d.doers)
    targets = [a for e in (*envoys, *people) for a in ph.actors(e) if a not in sources]
    if not targets and envoys and not any(_owners(e, ph) for e in envoys):
        cut = next((r for r in reversed(ph.discourse.relations)
                    if r.type == RelationType.REDUCES_RELATIONS and r.target not in sources), None)
        targets = [cut.target] if cut is not None else []
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        # the cue rules read "ordered Sudanese nationals to leave" as a request of Sudan: the order is an expulsion
        yield _Found(cand, frozenset({d.head.i}), forced=True)


def _forced_out(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "They forced out France's ambassador", "drove the Israeli envoy out of the country": an envoy made to go
    is expelled, a cut in relations with the envoy's state."""
    if d.lemma not in w.ousting_verbs or d.nominal or not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in d.head.children):
        return
    envoys = [o for o in d.objects if _envoy(o, w)]
    subj = subject_of(d.head)
    if subj is None or subj.pos_ == "PRON":
        return  # "They forced out France's ambassador": a plural pronoun is too often resolved to the wrong side
    sources = list(d.doers)
    targets = [a for e in envoys for a in ph.actors(e) if a not in sources]
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head)
    if cand is not None:
        yield _Found(cand, frozenset({d.head.i}), forced=True)


def _deal_dropped(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "suspended a 2015 memorandum with the United States", "scrapping GSOMIA, an intelligence pact with
    Tokyo", "withdrew from its nuclear deal with Iran": a cut in relations with the other party."""
    if d.lemma not in w.dropping_deal_verbs:
        return
    deals = [o for o in (*list(d.objects), *d.pobjs(("from",)), *_out_of(d.head), *_up(d.head))
             if o.pos_ in ("NOUN", "PROPN")]
    deals = [t for o in deals for t in (o, *(c for c in o.children if c.dep_ == "appos"))
             if _lemma(t) in w.deal_nouns or (_lemma(t) in w.negotiation_nouns and d.lemma in w.leaving_verbs)]
    if not deals:
        return
    sources = list(d.doers)
    targets = [a for t in deals for p in _pobjs(t, ("with",)) for a in ph.actors(p)]
    if not targets and not d.nominal:
        targets = [a for p in d.pobjs(("with",)) for a in ph.actors(p)]  # "tore up its defence accord with France"
    if not targets:
        # (the clause may hang on the deal's "of" phrase: "the memorandum of understanding that it signed with Beijing")
        targets = [a for t in deals for n in (t, *_pobjs(t, ("of",))) for c in n.children if c.dep_ in ("relcl", "acl")
                   for a in _deal_party(c, sources, ph, w)]
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _deal_party(clause: Any, sources: list[str], ph: Phrases, w: WordLists) -> list[str]:
    """The other party a deal's relative clause names: the one it was signed with ("the memorandum that it signed
    with Beijing in 2017"), else the state whose forces it lets in ("the agreement that allows American troops to
    operate on Nigerien soil")."""
    found = [a for p in _pobjs(clause, ("with",)) for a in ph.actors(p) if a not in sources]
    if found:
        return found
    return [a for t in clause.subtree if _lemma(t) in w.basing_nouns for c in t.children if c.dep_ in ("amod", "compound", "poss")
            for a in ph.own(c, 1) if a not in sources]


def _mission_shut(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "Washington shut the Russian consulate in Seattle", "ordered the closure of Iran's embassy": shutting
    another state's mission is a cut in relations with it."""
    if d.lemma not in w.closing_verbs:
        return
    missions = [o for o in list(d.objects) if _lemma(o) in w.mission_nouns]
    subj = subject_of(d.head) if not d.nominal else None
    if not missions or subj is None or subj.i not in ph.actor_at:
        # only a state named as the doer: "he was closing the Venezuelan embassy" is mostly its own head of
        # state closing his own mission, whoever the pronoun was read as
        return
    sources = ph.actors(subj)
    targets = [a for m in missions for a in _owners(m, ph)]
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _suspension(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "suspended Mali from the bloc's decision-making bodies", "suspending Niger's membership": the body
    cuts relations with the member."""
    if d.lemma not in w.suspending_verbs:
        return
    objs = list(d.objects)
    sources = list(d.doers)
    targets = [a for o in objs if o.i in ph.actor_at and d.pobjs(("from",)) for a in _named(o, ph)]
    targets += [a for o in objs if _lemma(o) in w.membership_nouns
                for c in o.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _recognition_withdrawn(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "Paraguay withdrew its recognition of Kosovo", "Togo derecognised Kosovo": recognition taken back cuts
    ties; the cue rules' reading of the recognition noun (as recognising) goes."""
    if d.lemma in w.derecognizing_verbs:
        cand = _candidate(list(d.doers), RelationType.REDUCES_RELATIONS, [a for o in d.objects for a in _named(o, ph)],
                          d.head, d.head, nominal=d.nominal)
        if cand is not None:
            yield _Found(cand)
        return
    if d.lemma not in w.unrecognizing_verbs:
        return
    recognitions = [o for o in d.objects if _lemma(o) in w.recognition_words]
    if not recognitions:
        return
    targets = [a for r in recognitions for p in _pobjs(r, ("of",)) for a in ph.actors(p)]
    cand = _candidate(list(d.doers), RelationType.REDUCES_RELATIONS, targets, d.head, d.head, nominal=d.nominal)
    yield _Found(cand, frozenset(r.i for r in recognitions), forced=True)


def _regime_state(noun: Any, sources: list[str], ph: Phrases) -> list[str]:
    """The state a regime's people ("the coup leaders", "junta members") belong to: the last state named
    before them, in this sentence or earlier in the article, other than the one acting on them."""
    here = [ph.actor_at[t.i] for t in noun.sent if t.i < noun.i and t.i in ph.actor_at]
    for a in reversed([*ph.discourse.mentions[-20:], *here]):
        if a not in sources and ph.kind_of(a) == ActorKind.STATE:
            return [a]
    return []


def _entry_ban(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "would bar the coup leaders from entering the country": a sanction on the state whose leaders or
    officials are kept out."""
    if d.lemma not in w.barring_verbs:
        return
    entering = [p for p in d.pobjs(("from",)) if p.pos_ in ("VERB", "AUX") and _lemma(p) in w.entering_verbs]
    if not entering:
        return
    people = [o for o in list(d.objects) if _lemma(o) in w.people_nouns]
    sources = list(d.doers)
    targets: list[str] = []
    for person in people:
        got = [a for a in ph.actors(person) if a not in sources]
        if not got and (_lemma(person) in w.regime_words or any(
                c.dep_ in ("compound", "amod", "poss") and (_lemma(c) in w.regime_words or c.lower_ in w.regime_words)
                for c in person.children)):
            got = _regime_state(person, sources, ph)  # "the coup leaders", "the generals"
        targets += got
    # the journey barred is not made: "barred its citizens from travelling to Russia" visits no one
    yield _Found(None, frozenset(p.i for p in entering), forced=True)
    cand = _candidate(sources, RelationType.SANCTIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _entry_denied(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "denied entry to three Russian officials", "revoked the visas of Nicaraguan officials": a sanction on
    the state of the people kept out."""
    if d.lemma not in w.refusing_verbs:
        return
    papers = [o for o in d.objects if _lemma(o) in w.entry_nouns]
    if not papers:
        return
    kept_out = [*d.pobjs(("to", "for")), *(q for o in papers for q in _pobjs(o, ("to", "of", "for")))]
    targets = [a for k in kept_out if k.i in ph.actor_at or _lemma(k) in w.people_nouns or _envoy(k, w)
               for a in ph.actors(k)]
    cand = _candidate(list(d.doers), RelationType.SANCTIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand)


def _trade_cut(d: _Deed, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "agreed to restrict arms sales to Ankara", "halted all financial and commercial flows with Mali": a
    sanction on the trade's other party (where it goes or comes from, or whose goods it moves)."""
    if d.lemma not in w.trade_cutting_verbs:
        return
    if d.head.dep_ == "xcomp" and _lemma(d.head.head) in ph.lex.concession_heads and d.lemma in ph.lex.supply_cutters:
        return  # "agreed to stop weapons shipments to the Houthis": a concession tells the supply, it sanctions no one
    sources = list(d.doers)
    subj = subject_of(d.head) if not d.nominal else None
    governments = subj is not None and (subj.i in ph.actor_at or _lemma(subj) in w.government_heads) \
        and _lemma(subj) not in w.carrier_heads and subj.lower_ not in w.carrier_heads \
        and all(ph.kind_of(a) in (ActorKind.STATE, ActorKind.IGO) for a in sources)
    trade = [o for o in _shared(list(d.objects), w) if _lemma(o) in w.trade_nouns or (_lemma(o) in w.flow_nouns and any(
        c.dep_ in ("amod", "compound") and (c.lower_ in w.trade_modifiers or any(m.lower_ in w.trade_modifiers for m in c.conjuncts))
        for c in o.children)) or (_lemma(o) in w.link_nouns and governments)]
    if not trade:
        return
    targets = [a for t in trade for p in _pobjs(t, w.trade_preps) for a in ph.actors(p)]
    targets += [a for t in trade for g in _pobjs(t, ("of",)) for p in _pobjs(g, w.trade_preps) for a in ph.actors(p)]
    if not targets:
        targets = [a for p in d.pobjs(w.trade_preps) for a in ph.actors(p)]
    if not targets:
        # "halted all Lebanese imports", "banned imports of Ukrainian grain": whose goods they are
        targets = [a for t in trade for a in _owners(t, ph)]
        targets += [a for t in trade for g in _pobjs(t, ("of",)) for a in _owners(g, ph)]
    cand = _candidate(sources, RelationType.SANCTIONS, targets, d.head, d.head, nominal=d.nominal)
    if cand is not None:
        yield _Found(cand, frozenset(t.i for t in trade))  # "restricted arms sales to Ankara" sells nothing


def _carrier(noun: Any, w: WordLists) -> Any:
    """The verb that carries out a deed noun ("announced the expulsion"), if one of ``carrying_verbs``."""
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _lemma(head) in w.carrying_verbs:
        return head
    return None


def _expulsion(tok: Any, ph: Phrases, w: WordLists) -> Iterator[_Found]:
    """ "Latvia and Estonia each announced the expulsion of one Russian embassy employee", "Prague's
    expulsion of 18 Russian diplomats": a cut in relations with the state of those expelled."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in w.expulsion_nouns:
        return
    expelled = [e for e in _pobjs(tok, ("of",)) if e.i in ph.actor_at or _envoy(e, w) or _lemma(e) in w.expelled_people]
    targets = [a for e in expelled for a in ph.actors(e)]
    if not targets:
        return
    sources = [a for p in _pobjs(tok, ("by",)) for a in ph.actors(p)]
    sources = sources or [a for c in tok.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    carrier = _carrier(tok, w)
    if not sources and carrier is not None:
        sources = _doers(carrier, ph)
    # the noun itself is the frame's start: "Latvia announced the expulsion" is Latvia's own report of its deed
    cand = _candidate(sources, RelationType.REDUCES_RELATIONS, targets, tok, tok, nominal=True)
    if cand is not None:
        yield _Found(cand)


def _rivals_of(actors: list[str], w: _Words) -> list[str]:
    return [r for a in actors for r in w.rivals.get(a, ())]


def _switch(tok: Any, ph: Phrases, words: _Words) -> Iterator[_Found]:
    """ "will switch recognition to Beijing": recognising the new side and cutting ties with the old (named
    by "from", else the new side's rival); "voted to break with Taipei"; "ditched Taipei for Beijing"."""
    w = words.lists
    lemma = _lemma(tok)
    sources = _doers(tok, ph)
    old: list[str] = []
    new: list[str] = []
    if lemma in w.switching_verbs:
        objs = [o for o in _objects(tok) if _lemma(o) in w.recognition_nouns]
        if not objs:
            return
        new = [a for h in (tok, *objs) for p in _pobjs(h, ("to", "toward", "towards")) for a in ph.actors(p)]
        old = [a for h in (tok, *objs) for p in _pobjs(h, ("from",)) for a in ph.actors(p)] or _rivals_of(new, words)
    elif lemma in w.breaking_verbs and not _objects(tok):
        old = [a for p in _pobjs(tok, ("with",)) for a in _named(p, ph)]
        siblings = [*tok.conjuncts, tok.head] if tok.dep_ == "conj" else list(tok.conjuncts)
        switching = [c for c in siblings
                     if any(_lemma(o) in w.recognition_nouns for o in _objects(c)) or _lemma(c) in w.recognizing_verbs]
        if not switching and not _rivals_of(old, words):
            return  # "broke with Washington over Iraq": a disagreement, no cut
    elif lemma in w.dropping_verbs:
        old = [a for o in _objects(tok) for a in _named(o, ph)]
        new = [a for p in _pobjs(tok, ("for",)) for a in _named(p, ph)]
        new += [a for p in _pobjs(tok, ("in",)) if _lemma(p) in ("favour", "favor") for q in _pobjs(p, ("of",))
                for a in _named(q, ph)]
        if not old or not set(new) & set(_rivals_of(old, words)):
            return  # "dropped Beijing" alone may drop anything; "for" its rival is a switch
    else:
        return
    # a government does not switch to its own rival's seat: a doer read so is a misreading ("Taiwan has lost an
    # ally, with Kiribati announcing it will switch recognition to Beijing" parsed with "it" as Taiwan)
    sources = [a for a in sources if a not in _rivals_of(new, words)]
    for rtype, targets in ((RelationType.RECOGNIZES, new), (RelationType.REDUCES_RELATIONS, old)):
        cand = _candidate(sources, rtype, targets, tok, tok)
        if cand is not None:
            yield _Found(cand)


def _mutual_object(tok: Any, w: WordLists, preps: Sequence[str] = ()) -> Any:
    """ "each other" / "one another" as the verb's object (or the object of one of ``preps``)."""
    slots = [c for c in tok.children if c.dep_ == "dobj"] + _pobjs(tok, preps)
    for o in slots:
        if (_lemma(o) in w.reciprocal_objects or o.lower_ in w.reciprocal_objects) and any(
                c.lower_ in ("each", "one") for c in o.children):
            return o
        if o.lower_ == "one" and any(c.lower_ in w.reciprocal_objects for c in o.children):
            return o  # "one another" parsed as "one" with the determiner "another"
    return None


def _mutual_owner(obj: Any, w: WordLists) -> bool:
    """ "each other's diplomats": the object belongs to the other party."""
    return any(c.dep_ == "poss" and c.lower_ in w.reciprocal_objects and any(d.lower_ in ("each", "one") for d in c.children)
               for c in obj.children)


def _reciprocal(tok: Any, ph: Phrases, words: _Words) -> Iterator[_Found]:
    """ "Kyrgyzstan and Tajikistan accused each other", "Armenia traded accusations with Azerbaijan", "the two
    capitals expelled each other's diplomats", "Indian and Pakistani troops exchanged fire": each party does
    it to the other."""
    w = words.lists
    lemma = _lemma(tok)
    rtype = words.reciprocal_verbs.get(lemma)
    replaced: set[int] = {tok.i}
    partners: list[str] = []
    if rtype is not None:
        obj = _mutual_object(tok, w, ("at", "on", "against"))
        if obj is None:
            obj = next((o for o in _objects(tok) if _mutual_owner(o, w)), None)
        if obj is None:
            return
        replaced.add(obj.i)
    else:
        mutual = lemma in w.trading_verbs
        nouns = [o for o in _objects(tok) if _lemma(o) in words.traded_nouns or o.lower_ in words.traded_nouns]
        if not nouns:
            return
        at = ("at", "against", "with")
        if not mutual and not (lemma in w.throwing_verbs and any(_mutual_object(h, w, at) is not None for h in (tok, *nouns))):
            return  # "hurled accusations at each other"; not "hurled accusations at Kyiv"
        noun = nouns[0]
        rtype = words.traded_nouns.get(_lemma(noun)) or words.traded_nouns[noun.lower_]
        replaced |= {o.i for o in nouns}
        if mutual:
            partners = [a for h in (tok, *nouns) for p in _pobjs(h, ("with",)) for a in ph.actors(p)]
    parties = list(dict.fromkeys([*_doers(tok, ph), *partners]))  # worked out only once the verb qualifies
    if len(parties) < 2 or _negated_verb(tok):
        return
    yield _Found(Candidate(parties, rtype, list(parties), tok, None, verb=tok), frozenset(replaced), forced=True)


# public -----------------------------------------------------------------------------------------------

_VERB_RULES = (_closure, _mission_shut, _recall, _told_to_leave, _forced_out, _contacts, _deal_dropped, _suspension, _entry_ban,
               _entry_denied, _recognition_withdrawn, _trade_cut)
_NOUN_RULES = (_closure, _recall, _contacts, _deal_dropped, _recognition_withdrawn, _trade_cut)
"""Rules a deed noun is read by too ("the closure of the border", "the recall of its ambassador")."""


def _first_reading(deed: _Deed, rules: Sequence[Any], ph: Phrases, w: WordLists) -> list[_Found]:
    """The first rule's reading: "suspended all exchanges with China" is not also a trade cut."""
    for rule in rules:
        found = list(rule(deed, ph, w))
        if found:
            return found
    return []


def _found(sent: Any, ph: Phrases) -> Iterator[_Found]:
    words = _words()
    w = words.lists
    for tok in sent:
        if tok.pos_ == "NOUN":
            found = list(_expulsion(tok, ph, w))
            deed = _noun_deed(tok, ph, words) if not found else None
            yield from found or (_first_reading(deed, _NOUN_RULES, ph, w) if deed is not None else [])
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        found = list(_reciprocal(tok, ph, words))
        if found:
            yield from found
            continue  # "expelled each other's diplomats" is read once, both ways
        found = _first_reading(_verb_deed(tok, ph), _VERB_RULES, ph, w) if _lemma(tok) in _rule_verbs() else []
        yield from found or _switch(tok, ph, words)


@cache
def _rule_verbs() -> frozenset[str]:
    """Every verb some verb rule reads (each rule first asks for its own list), so that the deed of any
    other verb, and its doers, need not be worked out: the measure rules ran on every verb of every sentence."""
    w = _words().lists
    return frozenset().union(*(getattr(w, name) for name in _RULE_VERB_LISTS))


_RULE_VERB_LISTS = ("closing_verbs", "withdrawing_verbs", "homing_verbs", "telling_verbs", "ousting_verbs", "cutting_verbs",
                    "dropping_deal_verbs", "suspending_verbs", "barring_verbs", "refusing_verbs",
                    "derecognizing_verbs", "unrecognizing_verbs", "trade_cutting_verbs")


def merged(base: Sequence[Candidate], sent: Any, ph: Phrases) -> list[Candidate]:
    """The cue rules' candidates (``base``) with the measure rules' added, for one sentence. A measure is
    dropped where a cue rule already read its token with a target (so no edge comes out twice, under two
    types); a kept measure replaces the cue rules' reading of the words it reads otherwise ("traded
    accusations with Baku" trades nothing, "restricted arms sales to Ankara" sells nothing)."""
    found = list(_found(sent, ph))
    kept: list[_Found] = []
    for f in found:
        others = [c for c in base if c.cue.i not in f.replaces]
        # a reading counts where it has a target other than its source ("recalled its envoy": the envoy's
        # holder is no target of the recall) and, for a verb, a doer ("Kenya's ambassador was recalled from
        # Mogadishu" has none for the cue rule; a noun's may still come from what the article told before)
        reading = [c for c in others if set(c.targets) - set(c.sources) and (c.sources or c.nominal)]
        read = {c.cue.i for c in reading} | {c.verb.i for c in reading if c.verb is not None and c.sources}
        if f.forced or (f.candidate is not None and f.candidate.cue.i not in read):
            kept.append(f)
    replaced = {i for f in kept for i in f.replaces}
    return [*(c for c in base if c.cue.i not in replaced), *(f.candidate for f in kept if f.candidate is not None)]
