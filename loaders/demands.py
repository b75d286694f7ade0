"""Demands told through a demanded deed: the demand is made of the actor who must do the deed.

News often names the deed rather than the addressee: "the G7 called for the withdrawal of Eritrean
forces", "Washington demanded the release of two Canadians detained by China", "the EU pressed for an
end to Israel's blockade", "Seoul sought an apology from Tokyo". The addressee is the owner of the
forces that must go, the holder of what must be given back, the doer of the deed that must stop, or the
owner of the apology, compliance or restraint asked for. Only a voiced demand counts ("welcomed the
withdrawal" asks nothing); a negated or hedged demand verb asks nothing yet; a demand of oneself is none.
Status and attribution are left to the pipeline through the candidate's ``verb``.

News also asks with a subjunctive clause ("requested that Seoul take measures"), by telling what another
actor must do ("Moscow must give clear explanations," the
president said), by verbs of pressing that take an actor and an infinitive ("encouraged Serbia and
Kosovo to resume talks"), and by a second appeal tacked onto the first ("urged Hamas to free the
hostages, while calling on Israel to protect civilians", where the parser hangs the second appeal on
the first one's infinitive, whose subject is the first addressee, not the speaker).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Iterator

from graph.model import RelationType

from loaders.attribution import quoted_sentences, speakers_of
from loaders.coref import Phrases
from loaders.judgements import charged_beside, deed_owners, document_voice
from loaders.lexicon import Lexicon, data_file
from loaders.relations import Candidate, subject_of

__all__ = ["demand_candidates"]

_MODALS = ("could", "might", "may", "should", "can")
"""Hedges that make no demand yet ("could seek"); "will seek" is a demand announced, status's to decide."""
_OWNER_DEPS = ("poss", "amod", "compound", "nmod")
_FORETELLING = ("will", "would", "could", "may", "might", "'ll", "'d")
"""A warning's clause threatens only when it foretells ("that the deal could expose India to sanctions")."""
_NEAR = 3
"""How many paragraphs back (this one included) a pronoun's held person may have been told."""


@dataclass(frozen=True)
class _Words:
    demand_verbs: dict[str, tuple[str, ...]]
    demand_nouns: frozenset[str]
    voicing_verbs: frozenset[str]
    demand_noun_preps: frozenset[str]
    force_deeds: frozenset[str]
    holder_deeds: frozenset[str]
    stop_deeds: frozenset[str]
    stop_preps: frozenset[str]
    stopped_deeds: frozenset[str]
    own_deeds: frozenset[str]
    from_deeds: frozenset[str]
    leading_participles: frozenset[str]
    holding_verbs: frozenset[str] = frozenset()
    held_people: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    force_verbs: frozenset[str] = frozenset()
    back_pronouns: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    insights: frozenset[str] = frozenset()
    pressing_verbs: frozenset[str] = frozenset()
    appeal_slots: dict[str, tuple[str, ...]] = field(default_factory=dict)
    occasions: frozenset[str] = frozenset()
    mandative_verbs: frozenset[str] = frozenset()
    addressed_nouns: frozenset[str] = frozenset()
    pleading_slots: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pressure_nouns: frozenset[str] = frozenset()
    pressing_governors: frozenset[str] = frozenset()
    facing_verbs: frozenset[str] = frozenset()
    stating_complements: frozenset[str] = frozenset()
    asked_of_preps: frozenset[str] = frozenset()
    threat_nouns: frozenset[str] = frozenset()
    threat_preps: frozenset[str] = frozenset()
    addressed_threats: frozenset[str] = frozenset()
    drawing_verbs: frozenset[str] = frozenset()
    heeding_verbs: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    joining_verbs: frozenset[str] = frozenset()
    withdrawing_verbs: frozenset[str] = frozenset()
    expecting_verbs: frozenset[str] = frozenset()
    compliance_verbs: frozenset[str] = frozenset()
    stative_duties: frozenset[str] = frozenset()
    convening_nouns: frozenset[str] = frozenset()
    deadline_verbs: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    conversation_nouns: frozenset[str] = frozenset()
    conversation_preps: frozenset[str] = frozenset()
    proposals: frozenset[str] = frozenset()
    authoring_verbs: frozenset[str] = frozenset()

    @property
    def deeds(self) -> frozenset[str]:
        return self.force_deeds | self.holder_deeds | self.stop_deeds | self.own_deeds | self.convening_nouns


@cache
def _words() -> _Words:
    """The lexicon of data/demands.yaml, read once per process."""
    raw = data_file("demands.yaml")

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or [])

    verbs = {str(k).lower(): tuple(str(x).lower() for x in (v if isinstance(v, list) else [v]))
             for k, v in (raw.get("demand_verbs") or {}).items()}
    appeals = {str(k).lower(): tuple(str(x).lower() for x in (v if isinstance(v, list) else [v]))
               for k, v in (raw.get("appeal_slots") or {}).items()}
    return _Words(verbs, fs("demand_nouns"), fs("voicing_verbs"), fs("demand_noun_preps"), fs("force_deeds"),
                  fs("holder_deeds"), fs("stop_deeds"), fs("stop_preps"), fs("stopped_deeds"), fs("own_deeds"), fs("from_deeds"),
                  fs("leading_participles"), fs("holding_verbs"), fs("held_people"), fs("force_nouns"),
                  fs("force_verbs"), fs("back_pronouns"), fs("obligation_modals"), fs("insights"), fs("pressing_verbs"), appeals,
                  fs("occasions"), fs("mandative_verbs"), fs("addressed_nouns"),
                  {str(k).lower(): tuple(str(x).lower() for x in (v if isinstance(v, list) else [v]))
                   for k, v in (raw.get("pleading_slots") or {}).items()},
                  fs("pressure_nouns"), fs("pressing_governors"), fs("facing_verbs"), fs("stating_complements"),
                  fs("asked_of_preps"), fs("threat_nouns"), fs("threat_preps"),
                  fs("addressed_threats"),
                  drawing_verbs=fs("drawing_verbs"), heeding_verbs=fs("heeding_verbs"),
                  occasion_preps=fs("occasion_preps"), joining_verbs=fs("joining_verbs"),
                  withdrawing_verbs=fs("withdrawing_verbs"), expecting_verbs=fs("expecting_verbs"),
                  compliance_verbs=fs("compliance_verbs"), stative_duties=fs("stative_duties"),
                  convening_nouns=fs("convening_nouns"), deadline_verbs=fs("deadline_verbs"),
                  time_nouns=fs("time_nouns"), leaving_verbs=fs("leaving_verbs"),
                  conversation_nouns=fs("conversation_nouns"), conversation_preps=fs("conversation_preps"),
                  proposals=fs("proposals"), authoring_verbs=fs("authoring_verbs"))


@dataclass
class _Memory:
    """What an article has told so far: who holds whom, and whose forces were named in each paragraph."""

    held: list[tuple[frozenset[str], tuple[str, ...], int]] = field(default_factory=list)  # (name words, holders, doc)
    forces: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (paragraph doc id, owners)
    paragraphs: list[int] = field(default_factory=list)  # doc ids in the order read


_MEMORY: dict[int, _Memory] = {}


def _memory(ph: Phrases) -> _Memory:
    """The memory of this article (keyed by its Discourse, dropped with it)."""
    key = id(ph.discourse)
    if key not in _MEMORY:
        _MEMORY[key] = _Memory()
        weakref.finalize(ph.discourse, _MEMORY.pop, key, None)
    return _MEMORY[key]


def _person(tok: Any, ph: Phrases, w: _Words) -> bool:
    """A named person (not an actor), a held-people noun (also through an apposition,
    "the blogger Ivan X"), or anyone a "who" clause tells of."""
    if any(c.dep_ == "relcl" and any(s.lower_ == "who" for s in c.children) for c in tok.children):
        return True  # "the navigator, who bailed out"
    return any((t.pos_ == "PROPN" and t.i not in ph.actor_at) or _lemma(t) in w.held_people
               for t in (tok, *(c for c in tok.children if c.dep_ == "appos")))


def _held_of(verb: Any) -> Any:
    """Who a holding verb takes: its object, its passive subject, or the head an "acl" hangs on
    ("the sailors held by Iran"); a relative "who" stands for its antecedent."""
    if verb.dep_ == "acl":
        return verb.head
    held = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if held is None and verb.dep_ == "conj":  # "who ejected and was detained by the Army"
        held = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        verb = verb.head
    if held is not None and held.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        held = verb.head
    return held


def _remember(sent: Any, ph: Phrases, w: _Words) -> None:
    """Note the holders of named people and the owners of forces this sentence tells."""
    mem = _memory(ph)
    if not mem.paragraphs or mem.paragraphs[-1] != id(sent.doc):
        mem.paragraphs.append(id(sent.doc))
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in w.holding_verbs and not _hedged(t) and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would") for c in t.children):
            held = _held_of(t)
            doer = subject_of(t) if t.dep_ != "acl" else next(
                (q for g in t.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj"), None)
            holders = tuple(ph.actors(doer)) if doer is not None else ()
            if held is not None and holders and _person(held, ph, w):
                words = frozenset(x.lower_ for m in (held, *held.conjuncts) for x in m.subtree
                                  if x.pos_ in ("PROPN", "NOUN") and x.i not in ph.actor_at)
                mem.held.append((words, holders, id(sent.doc)))
        elif t.pos_ == "NOUN" and t.lower_ in w.force_nouns:
            owners = _owners(t, ph, w)
            if not owners and t.dep_ == "dobj" and t.head.lemma_.lower() in w.force_verbs and not _hedged(t.head):
                doer = subject_of(t.head)
                owners = ph.actors(doer) if doer is not None else []
            if owners:
                mem.forces.append((id(sent.doc), tuple(owners)))


def _forces_told(noun: Any, ph: Phrases, w: _Words) -> list[str]:
    """ "Turkey moved troops into a camp near Mosul ... called for the withdrawal of the soldiers": forces named
    bare with "the" are the ones this paragraph last told of, with their owner."""
    if noun.lower_ not in w.force_nouns or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                   for c in noun.children):
        return []
    here = [owners for doc, owners in _memory(ph).forces if doc == id(noun.doc)]
    return list(here[-1]) if here else []


def _forces_withdrawn(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "The Arab League called for the soldiers to be withdrawn without conditions": a demand that forces be
    pulled out is made of their owner."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in w.demand_verbs or "for" not in w.demand_verbs[lemma] or _hedged(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.lemma_.lower() in w.withdrawing_verbs
               and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
               and any(a.dep_ == "auxpass" for a in c.children)]
    forces = [n for c in clauses for n in c.children if n.dep_ == "nsubjpass" and n.lower_ in w.force_nouns]
    sources, frame = _voices(verb, ph)
    targets = [a for n in forces for a in (ph.actors(n) or _owners(n, ph, w) or _forces_told(n, ph, w)) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=frame)


def _pronoun_owner(deed: Any, sources: list[str], ph: Phrases, w: _Words) -> Any:
    """A possessive pronoun on the deed ("demanded their withdrawal") that resolves to nobody, or only to
    the demander (a demand of oneself is no reading of a demand), if any."""
    poss = next((c for c in deed.children if c.dep_ == "poss" and c.lower_ in w.back_pronouns), None)
    return poss if poss is not None and set(ph.own(poss, 1)) <= set(sources) else None


def _recalled(deed: Any, lemma: str, sources: list[str], ph: Phrases, w: _Words) -> list[str]:
    """The doer the article told before: the owner of the forces named in this paragraph ("their
    withdrawal"), the holder of the person named or pointed to ("his release", "the release of Ms X")."""
    mem = _memory(ph)
    pronoun = _pronoun_owner(deed, sources, ph, w)
    if lemma in w.force_deeds and pronoun is not None and pronoun.lower_ in ("their", "its"):
        here = [owners for doc, owners in mem.forces if doc == id(deed.doc)]
        return list(here[-1]) if here else []
    if lemma in w.holder_deeds:
        if pronoun is not None and pronoun.lower_ in ("his", "her", "their"):
            near = set(mem.paragraphs[-_NEAR:]) | {id(deed.doc)}  # "his release" points back a little way only
            return list(mem.held[-1][1]) if mem.held and mem.held[-1][2] in near else []
        names = {x.lower_ for q in _pobjs(deed, ("of",)) for t in _of_chain(q) for x in t.subtree
                 if x.pos_ == "PROPN" and x.i not in ph.actor_at}
        for words, holders, _ in reversed(mem.held):
            if names & words:
                return list(holders)
    return []


def _hedged(verb: Any) -> bool:
    """ "did not call for", "could seek": no demand made (yet)."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children)


def _pobjs(tok: Any, preps: frozenset[str] | tuple[str, ...]) -> list[Any]:
    return [q for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
            for q in p.children if q.dep_ == "pobj"]


def _deeds(holder: Any, slots: tuple[str, ...], w: _Words) -> list[Any]:
    """The deed nouns a demand word governs in its slots ("called for X and Y": both)."""
    heads = [c for c in holder.children if c.dep_ == "dobj"] if "dobj" in slots else []
    heads += _pobjs(holder, tuple(s for s in slots if s != "dobj"))
    return [t for h in heads for t in (h, *h.conjuncts) if t.pos_ == "NOUN" and _lemma(t) in w.deeds]


def _lemma(tok: Any) -> str:
    lemma = tok.lemma_.lower() if tok.lemma_.lower() != "-PRON-" else tok.lower_
    if tok.i >= tok.sent.start + 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ \
            and not tok.nbor(-2).whitespace_:
        return f"{tok.nbor(-2).lower_}-{lemma}"  # "de-escalation" split in three by the tokenizer
    return lemma


def _interlocutors(verb: Any, ph: Phrases, w: _Words) -> list[str]:
    """ "Merkel, in a call with Putin, urged de-escalation", "urged restraint during talks with Erdogan": an
    appeal that names no one is made to the one the speaker was talking with."""
    subj = subject_of(verb)
    holders = [verb, *([subj] if subj is not None else [])]
    talks = [q for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in w.conversation_preps
             for q in p.children if q.dep_ == "pobj" and q.lemma_.lower() in w.conversation_nouns]
    return [a for t in talks for q in _pobjs(t, ("with",)) for a in ph.actors(q)]


def _of_chain(obj: Any) -> list[Any]:
    """A held thing with its nested "of" heads: "dozens of Kurdish militants", "prisoners of war held by"."""
    out, todo = [], [obj]
    while todo and len(out) < 6:
        t = todo.pop(0)
        out += [t, *t.conjuncts]
        todo += [q for m in (t, *t.conjuncts) for q in _pobjs(m, ("of",))]
    return out


def _agents(noun: Any, ph: Phrases) -> list[str]:
    """Doers told after a noun: "by Russia", "imposed by Washington", "the sailors Iran seized"."""
    out = [a for q in _pobjs(noun, ("by",)) for a in ph.actors(q)]
    for v in noun.children:
        if v.dep_ == "acl" and v.tag_ == "VBN":
            out += [a for g in v.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj"
                    for a in ph.actors(q)]
        elif v.dep_ == "relcl" and v.pos_ == "VERB" and v.tag_ != "VBN":
            out += [a for s in v.children if s.dep_ == "nsubj" for a in ph.actors(s)]
    return out


def _owners(noun: Any, ph: Phrases, w: _Words, possessor: bool = True) -> list[str]:
    """Who a deed noun names as its doer: possessor, demonym or name before it, a "-led" leader, an agent."""
    out: list[str] = []
    for c in noun.children:
        if c.i > noun.i or c.dep_ not in _OWNER_DEPS or (c.dep_ == "poss" and not possessor):
            continue
        if c.dep_ == "amod" and c.tag_ == "VBN":
            if c.lemma_.lower() in w.leading_participles:  # "the Saudi-led bombing"
                out += [a for m in c.children if m.dep_ in ("npadvmod", "compound", "amod") for a in ph.own(m, 1)]
            continue  # "the US-backed offensive": the backer is not the doer
        out += ph.own(c, 1)
    return out + _agents(noun, ph)


def _targets(deed: Any, verb: Any, sources: list[str], ph: Phrases, w: _Words) -> list[str]:
    """The actor who must do the deed the demand names."""
    lemma = _lemma(deed)
    found: list[str] = []
    if lemma in w.force_deeds:
        found = _owners(deed, ph, w)
        for obj in _pobjs(deed, ("of",)):
            if obj.i in ph.actor_at or obj.lower_ in w.force_nouns or obj.tag_ == "NNS":
                # "of Eritrean forces", "of M23 rebels"; not "the withdrawal of Kosovo's recognition"
                found += ph.actors(obj) or [a for t in (obj, *obj.conjuncts) for a in _owners(t, ph, w)] \
                    or _forces_told(obj, ph, w)
    elif lemma in w.holder_deeds:
        found = _owners(deed, ph, w, possessor=False)  # "his release": he is held, not the holder
        for obj in _pobjs(deed, ("of",)):
            held = _of_chain(obj)
            found += [a for t in held for a in _agents(t, ph)]
            if lemma in w.from_deeds:  # "the extradition of the suspects from Sweden"
                found += [a for t in held for q in _pobjs(t, ("from",)) for a in ph.actors(q)]
    elif lemma in w.stop_deeds:
        found = _owners(deed, ph, w)
        for obj in _pobjs(deed, tuple(w.stop_preps)):
            found += [a for t in (obj, *obj.conjuncts) if _lemma(t) in w.stopped_deeds or t.lower_ in w.stopped_deeds  # "shelling" may parse as a verb
                      for a in _owners(t, ph, w)]
    elif lemma in w.own_deeds:
        found = _owners(deed, ph, w)
    elif lemma in w.convening_nouns:
        # "an urgent session of the U.N. Security Council": only a body named is asked ("a special session of
        # Togo's parliament" asks no one)
        return [a for q in _pobjs(deed, ("of",)) for a in ph.actors(q) if a not in sources and _igo(ph, a)]
    if lemma in w.from_deeds:
        found += [a for q in _pobjs(deed, ("from",)) for a in ph.actors(q)]
        if not found:
            found = [a for q in _pobjs(verb, ("from",)) for a in ph.actors(q)]  # "sought from Ankara an apology"
    found = [a for a in found if a not in sources]
    if not found:
        found = [a for a in _recalled(deed, lemma, sources, ph, w) if a not in sources]
    if not found:
        found = [a for a in charged_beside(verb, ph) if a not in sources]
    if not found and lemma in w.own_deeds:
        found = [a for a in _interlocutors(verb, ph, w) if a not in sources]
    return list(dict.fromkeys(found))


def _asker(verb: Any, ph: Phrases) -> Any:
    """Who asks: the verb's subject; but "Abe told parliament that the Chinese measure had no validity and
    demanded that Beijing revoke it" hangs the demand on the reported clause, whose subject is a thing (no
    actor's name, no person), so the demand is the reporter's."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        clause = verb.head
        report = clause.head
        said = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.dep_ == "ccomp" and report.pos_ == "VERB" and report.lemma_.lower() in ph.lex.reporting \
                and said is not None and said.pos_ == "NOUN" and said.i not in ph.actor_at and not _person(said, ph, _words()):
            return subject_of(report)
    return subject_of(verb)


def _voices(verb: Any, ph: Phrases) -> tuple[list[str], Any]:
    """Who makes a demand, and the verb whose frame tells it: the verb's subject, or for a verb hung on a
    document ("followed with a joint statement calling for ...", "a letter urging ..."), the subject of the
    verb that tells of the document (whose frame is then the demand's: the document is theirs, not a report)."""
    subj = _asker(verb, ph)
    found = ph.actors(subj) if subj is not None else []
    if not found and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        gov = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = subject_of(gov) if gov is not None and not _hedged(gov) else None
        if subj is not None and ph.actors(subj):
            return ph.actors(subj), gov
    return found, verb


def _voiced(tok: Any, ph: Phrases, w: _Words) -> tuple[Any, list[Any], list[str], Any] | None:
    """A demand word with its deeds, its voices and the verb whose frame tells it: "Paris demanded ...",
    "Berlin renewed its call for ..."."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in w.demand_verbs:
        if _hedged(tok):
            return None
        deeds = _deeds(tok, w.demand_verbs[lemma], w)
        if not deeds:
            return None
        sources, frame = _voices(tok, ph)
        return tok, deeds, sources, frame
    if tok.pos_ == "NOUN" and lemma in w.demand_nouns and tok.dep_ == "dobj":
        gov = tok.head
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in w.voicing_verbs or _hedged(gov):
            return None
        deeds = _deeds(tok, tuple(w.demand_noun_preps), w)
        if not deeds:
            return None
        sources = [a for c in tok.children if c.dep_ == "poss" for a in ph.own(c, 1)]
        subj = subject_of(gov)
        if subj is not None:
            sources = list(dict.fromkeys([*ph.actors(subj), *sources]))
        return gov, deeds, sources, gov
    return None


def _statement(clause: Any, ph: Phrases, lex: Lexicon) -> tuple[list[str], Any] | None:
    """Who says the clause, and the token that frames it: the subject of the reporting verb it is the
    content of ("the president said Moscow must ..."), or the speaker of the quote it is the root of."""
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "said Moscow must explain and must stop ...": the first conjunct is the content
    report = clause.head
    stated = report.lemma_.lower() in lex.reporting or (report.lemma_.lower() == "make" and any(
        c.dep_ in ("acomp", "oprd", "ccomp", "dobj") and c.lower_ in _words().stating_complements for c in report.children))
    if clause.dep_ in ("ccomp", "parataxis") and report.pos_ == "VERB" and stated:  # "has made clear that Beijing must ..."
        if any(c.dep_ == "neg" for c in report.children):
            return None  # "did not say Moscow must ...": no demand voiced
        return speakers_of(report, ph, lex, ph.discourse.last_speakers), report
    if clause.dep_ == "ROOT" and any(s.start == clause.sent.start and q
                                     for s, q in zip(clause.doc.sents, quoted_sentences(clause.doc))):
        return list(ph.quote_speakers), clause
    return None


def _obligation(verb: Any, ph: Phrases, lex: Lexicon, w: _Words) -> Candidate | None:
    """ "Moscow must give clear explanations," the president said: a statement of what another actor
    must (or should) do asks it to. Not an inference ("must have known"), a state ("must be aware"), a
    passive ("must be held accountable": asked of someone else), or what the speaker itself must do."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() == "be" or verb.lemma_.lower() in w.insights | w.stative_duties:
        return None  # "Russia must understand that its actions carry a price": a warning, not a request
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.lower_ in w.obligation_modals for c in aux) or any(c.lemma_.lower() in ("have", "be") for c in aux):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "must explain and stop ..."
    if subj is None or subj.pos_ == "PRON":
        return None  # "we must", "it must": the speaker's own duty, or an unknown one
    targets = ph.actors(subj)
    said = _statement(verb, ph, lex) if targets else None
    if said is None:
        return None
    speakers, frame = said
    targets = [a for a in targets if a not in speakers]
    if not speakers or not targets:
        return None
    return Candidate(speakers, RelationType.REQUESTS, targets, verb, None, verb=frame)


def _addressees(verb: Any, slots: tuple[str, ...], ph: Phrases) -> list[str]:
    """The actors an appeal verb is addressed to, in its slots ("urged Hamas", "called on Israel")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"] if "dobj" in slots else []
    heads += _pobjs(verb, tuple(s for s in slots if s != "dobj"))
    # "encouraged its two allies": a plural partner after a pronoun is a group the phrases cannot name one by one
    return [a for h in heads if not (h.tag_ == "NNS" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children))
            for a in ph.actors(h)]


def _pressing(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "encouraged Serbia and Kosovo to resume talks", "pressured Kyiv to accept": a verb of pressing with
    an actor and an infinitive asks that actor (without the infinitive, "encouraged Kosovo" only backs it)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in w.pressing_verbs | w.expecting_verbs or _hedged(verb):
        return None
    objects = [c.right_edge.i + 1 for c in verb.children if c.dep_ == "dobj"]
    # "pushed the EU to impose sanctions" may parse the infinitive as a purpose clause: right after the object, it is the ask
    infinitives = [c for c in verb.children if (c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and c.left_edge.i in objects))
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and c.lemma_.lower() not in w.insights | {"be", "believe", "think"}]  # "wants Taiwan to be ..." asks no deed
    if lemma in w.expecting_verbs:
        # "Tallinn expected Moscow to release him" asks; "expects Beijing to retaliate" foretells
        infinitives = [c for c in infinitives if c.lemma_.lower() in w.compliance_verbs]
    if not infinitives:
        return None
    subj = _asker(verb, ph)
    sources = ph.actors(subj) if subj is not None else []
    # "wants Kyiv to surrender" may parse as a clause whose subject is the one asked
    told = _addressees(verb, ("dobj",), ph) or [a for c in infinitives if c.dep_ == "ccomp"
                                                for s in c.children if s.dep_ == "nsubj" for a in ph.actors(s)]
    targets = [a for a in told if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=verb)


def _proposal_appeal(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "A peace plan drafted by U.S. and Rwandan facilitators calls on Eritrea to pull its troops out", "a proposal
    put forward by Qatar urges Hamas to ...": a plan or proposal asks in its authors' voice (a resolution's drafter
    does not speak: the body that adopts it does)."""
    slots = w.appeal_slots.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or slots is None or _hedged(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in w.proposals:
        return None
    sources = [a for c in subj.children if c.dep_ in ("poss", "compound", "amod") and c.i < subj.i for a in ph.own(c, 1)]
    sources += [a for v in subj.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in w.authoring_verbs
                for g in v.children if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj"
                for t in (q, *q.conjuncts) for a in [*ph.actors(t), *(b for m in t.children if m.dep_ in ("amod", "compound")
                                                                      for c in (m, *m.conjuncts) for b in ph.own(c, 1))]]
    sources = list(dict.fromkeys(sources))
    targets = [a for a in _addressees(verb, slots, ph) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=verb)


def _deadline(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "ECOWAS had given Jammeh until midnight to hand over power", "gave Tehran two weeks to comply": a
    deadline set for an actor to act asks it to (not one to leave, which expels an envoy)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.deadline_verbs or _hedged(verb):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    times = [c for c in objs if c.lemma_.lower() in w.time_nouns] + _pobjs(verb, ("until", "till"))
    if not times:
        return None
    inside = {t.i for t in verb.subtree}
    acts = [t for t in verb.sent if t.i in inside and t.pos_ == "VERB" and t.i > verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
            and (t.head.i == verb.i or t.head in times)]
    if not acts or any(t.lemma_.lower() in w.leaving_verbs for t in acts):
        return None
    subj = _asker(verb, ph)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for c in objs if c not in times for a in ph.actors(c) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=verb)


def _tacked_appeal(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "urged Hamas to free the hostages, while calling on Israel to protect civilians", "said Paris wanted
    the terms to protect Armenia and called on Turkey to ...": the parser hangs the appeal on an infinitive
    whose subject is someone else. A past or present tense cannot go with an infinitive, so the appeal is
    the verb's above it; a participle is taken so only after another appeal."""
    lemma = verb.lemma_.lower()
    finite = verb.dep_ == "conj" and (verb.tag_ in ("VBD", "VBZ") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))  # "... and has asked Helsinki"
    if verb.pos_ != "VERB" or not (finite or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) \
            or lemma not in w.appeal_slots or _hedged(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "urged Hamas to accept and call on its allies ...": a base form is still what Hamas is asked
    inner = verb.head
    first = inner.head
    if inner.tag_ != "VB" or inner.dep_ not in ("xcomp", "ccomp") or first.pos_ not in ("VERB", "AUX") or _hedged(first):
        return None
    if not finite and (first.lemma_.lower() not in w.appeal_slots or inner.dep_ != "xcomp"
                       or not _addressees(first, w.appeal_slots[first.lemma_.lower()], ph)):
        return None
    subj = subject_of(first)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for a in _addressees(verb, w.appeal_slots[lemma], ph) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=first)


def _at_request(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "At Ankara's request, NATO ambassadors held an emergency meeting", "the Council met at the request of
    France": what the subject does at someone's request was asked of it by them."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.occasions:
        return None
    heeded = noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in w.heeding_verbs
    if not heeded and (noun.dep_ != "pobj" or noun.head.lower_ not in w.occasion_preps):
        return None
    gov = noun.head if heeded else noun.head.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head  # "held a meeting at the request of ...": the preposition may hang on the object
    if gov.pos_ not in ("VERB", "AUX") or _hedged(gov):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in noun.children):
        return None
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    sources += [a for q in _pobjs(noun, ("of", "from", "by")) for a in ph.actors(q)]
    subj = subject_of(gov)
    targets = [a for a in (ph.actors(subj) if subj is not None else []) if a not in sources]
    if not targets and subj is not None and subj.pos_ == "NOUN":
        # "The deployment follows a formal request from Maputo": the deed answers the request, its doer was asked
        targets = [a for a in deed_owners(subj, ph) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(list(dict.fromkeys(sources)), RelationType.REQUESTS, targets, noun, None, nominal=True, verb=gov)


def _mandative(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "We strongly request that South Korea take measures", "insisted that Moscow withdraw": a verb of
    asking with a subjunctive clause (a bare verb: "take", not "took", which "insisted" would only claim)
    asks the clause's subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.mandative_verbs or _hedged(verb):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and (
        (c.tag_ in ("VB", "VBP") and c.pos_ == "VERB")
        # "insisted that Armenia first remove from its constitution a reference": a bare verb the tagger read as a
        # noun, with its subject and object
        or (c.pos_ == "NOUN" and any(a.dep_ == "dobj" for a in c.children)))
                   and not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subj is None or (clause.tag_ == "VBP" and (subj.tag_ not in ("NN", "NNP") or subj.conjuncts)):
        return None  # "that the two sides hold talks" may tell what they do; "that Seoul take" only asks
    asker = _asker(verb, ph)
    sources = (ph.actors(asker) if asker is not None else []) or document_voice(verb, ph)
    targets = [a for a in ph.actors(subj) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, targets, verb, None, verb=verb)


def _addressed(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "renewed its appeal to NATO for air defence systems", "made a formal request to Germany for
    reparations": a request voiced to an actor asks that actor (whatever it asks for)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.addressed_nouns or noun.dep_ != "dobj":
        return None
    gov = noun.head
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in w.voicing_verbs or _hedged(gov):
        return None
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    subj = subject_of(gov)
    sources = list(dict.fromkeys([*(ph.actors(subj) if subj is not None else []), *sources]))
    targets = [a for q in (*_pobjs(noun, ("to",)), *_pobjs(gov, ("to",))) for a in ph.actors(q) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), gov, None, verb=gov)


def _pleading(verb: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Kyiv has repeatedly pleaded with the West for more weapons", "Athens called for Turkey to withdraw":
    an appeal addressed with a preposition, or a clause whose subject is asked ("for Turkey to withdraw")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or _hedged(verb):
        return None
    told = _addressees(verb, w.pleading_slots[lemma], ph) if lemma in w.pleading_slots else []
    if lemma in w.appeal_slots or lemma in w.demand_verbs:
        # "called for Turkey to withdraw": the parser makes "for" the marker of a clause whose subject is asked
        told += [a for c in verb.children if c.dep_ in ("advcl", "ccomp")
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
                 for s in c.children if s.dep_ == "nsubj" for a in ph.actors(s)]
    if not told:
        return None  # nobody is appealed to: the subject need not be worked out
    subj = _asker(verb, ph)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for a in told if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=verb)


def _infinitive_near(noun: Any, gov: Any) -> bool:
    """An infinitive telling what is asked, on the noun or its verb ("pressure on Tehran to return")."""
    return any(c.dep_ in ("acl", "advcl", "xcomp") and c.pos_ == "VERB"
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in (*noun.children, *gov.children))


def _pressure(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "stepped up pressure on Tehran to return to the talks", "put pressure on Belgrade to ...": pressure
    put on an actor to act asks it; "Serbia came under pressure from Washington to recognise Kosovo",
    "Belarus faced calls from Lithuania to release ...": the one pressed is the subject, the presser "from"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.pressure_nouns:
        return None
    gov = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if gov is None or gov.pos_ != "VERB" or _hedged(gov) or not _infinitive_near(noun, gov):
        return None
    if noun.dep_ == "dobj" and gov.lemma_.lower() in w.pressing_governors:
        subj = subject_of(gov)
        sources = ph.actors(subj) if subj is not None else []
        targets = [a for q in (*_pobjs(noun, ("on", "upon")), *_pobjs(gov, ("on", "upon"))) for a in ph.actors(q)]
    elif gov.lemma_.lower() in w.facing_verbs and (noun.dep_ == "dobj" or noun.head.lower_ == "under"):
        subj = subject_of(gov)
        targets = ph.actors(subj) if subj is not None else []
        sources = [a for q in (*_pobjs(noun, ("from",)), *_pobjs(gov, ("from",))) for a in ph.actors(q)]
    else:
        return None
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(list(dict.fromkeys(sources)), RelationType.REQUESTS, targets, gov, None, verb=gov)


def _owned_request(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Ukraine's appeal to NATO for more weapons went unanswered", "Taiwan's request for arms from the
    United States": a request named with its maker as possessor asks the actor it is addressed to (or, for
    what is asked for, the one it is asked from)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.addressed_nouns or (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in w.voicing_verbs):
        return None  # a request voiced by a verb is _addressed's
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in noun.children):
        return None
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    if not sources:
        return None
    whom = [*_pobjs(noun, ("to",)), *(q for f in _pobjs(noun, w.demand_noun_preps) for q in _pobjs(f, w.asked_of_preps)),
            *_pobjs(noun, w.asked_of_preps)]
    targets = [a for q in whom for a in ph.actors(q) if a not in sources]
    if not targets:
        # "Argentina's request to become a global partner of NATO", "Kyiv's request to join the EU": the body
        # the asked-for membership is in is asked
        joining = [v for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() in w.joining_verbs
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
        targets = [ph.actor_at[t.i] for v in joining for t in v.subtree if t.i in ph.actor_at
                   and ph.actor_at[t.i] not in sources and _igo(ph, ph.actor_at[t.i])] if joining else []
    if not targets:
        return None
    gov = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    return Candidate(list(dict.fromkeys(sources)), RelationType.REQUESTS, list(dict.fromkeys(targets)), noun, None,
                     nominal=True, verb=gov)


def _igo(ph: Phrases, actor: str) -> bool:
    kind = ph.kind_of(actor)
    return kind is not None and kind.value == "igo"


def _threat_noun(noun: Any, ph: Phrases, w: _Words) -> Candidate | None:
    """ "Beijing issued a stern warning to Manila", "China's threats against Taiwan have intensified": a threat
    named as a noun, with its maker as possessor or as the subject of the verb voicing it, threatens the actor
    it is aimed at ("to" only with a voicing verb or a noun that is always spoken, "Russia's warning to NATO":
    "a threat to Taiwan's security" is a danger, not a speech act)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.threat_nouns:
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in noun.children):
        return None
    gov = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    voiced = gov is not None and gov.lemma_.lower() in w.voicing_verbs
    drawn = gov is not None and gov.lemma_.lower() in w.drawing_verbs
    if gov is not None and (_hedged(gov) or not (voiced or drawn)):
        return None
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    # "warnings from Washington", "a vow of retaliation from Kabul"
    sources += [a for q in (noun, *_pobjs(noun, ("of",))) for r in _pobjs(q, ("from",)) for a in ph.actors(r)]
    if voiced:
        subj = subject_of(gov)
        sources = [*(ph.actors(subj) if subj is not None else []), *sources]
    addressed = voiced or noun.lemma_.lower() in w.addressed_threats
    preps = w.threat_preps | ({"to"} if addressed else set())
    # "issued an ultimatum to Sweden" may hang "to" on the verb as a dative
    whom = [q for h in (noun, *([gov] if voiced else [])) for p in h.children
            if p.dep_ in ("prep", "dative") and p.lower_ in preps for q in p.children if q.dep_ == "pobj"]
    targets = [a for q in whom for a in ph.actors(q) if a not in sources]
    if not targets:
        # "warnings from Washington that the deal could expose India to sanctions": whom the warning's clause
        # names as the one to suffer (its subject, else its object)
        # (the clause may be hung on a verb further up, right after the noun: "... despite repeated warnings from
        # Washington that the deal could expose India to sanctions")
        for clause in (c for c in noun.sent if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                       and (c.head.i == noun.i or c.left_edge.i == noun.right_edge.i + 1)
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(a.dep_ == "aux" and a.lower_ in _FORETELLING for a in c.children)):
            for dep in ("nsubj", "dobj"):
                targets = [a for c in clause.children if c.dep_ == dep for a in ph.actors(c) if a not in sources]
                if targets:
                    break
    if not targets and drawn:
        # "bombed hideouts in Afghanistan, drawing a vow of retaliation from Kabul": a threat drawn by a deed is
        # aimed at its doer
        doer = subject_of(gov)
        targets = [a for a in (ph.actors(doer) if doer is not None else []) if a not in sources]
    if not sources or not targets:
        return None
    head = gov if gov is not None else next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    return Candidate(list(dict.fromkeys(sources)), RelationType.THREATENS, list(dict.fromkeys(targets)), noun, None,
                     nominal=gov is None, verb=head)


def demand_candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    """REQUESTS candidates from demands whose object is a deed of another actor, from statements of what
    another actor must do, from verbs of pressing, and from appeals tacked onto an appeal."""
    w = _words()
    for tok in sent:
        for rule in (_obligation(tok, ph, lex, w), _pressing(tok, ph, w), _tacked_appeal(tok, ph, w), _at_request(tok, ph, w),
                     _mandative(tok, ph, w), _addressed(tok, ph, w), _pleading(tok, ph, w), _pressure(tok, ph, w),
                     _owned_request(tok, ph, w), _threat_noun(tok, ph, w), _forces_withdrawn(tok, ph, w),
                     _deadline(tok, ph, w), _proposal_appeal(tok, ph, w)):
            if rule is not None:
                yield rule
        voiced = _voiced(tok, ph, w)
        if voiced is None:
            continue
        verb, deeds, sources, frame = voiced
        if not sources:
            continue
        targets = [a for d in deeds for a in _targets(d, verb, sources, ph, w)]
        if targets:
            yield Candidate(sources, RelationType.REQUESTS, list(dict.fromkeys(targets)), verb, None, verb=frame)
    _remember(sent, ph, w)
