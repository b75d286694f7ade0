"""Blame laid on an actor is an accusation: "France holds Moscow responsible for the poisoning".

Reported blame ("Germany said Syria bore sole responsibility", "Kyiv said the blame lay with Moscow")
is the reporter's accusation; whoever holds someone responsible accuses them in their own voice.
The blamed deed itself stays a claim for the relation rules to read. A complaint or case lodged against
an actor ("filed a complaint against China at the WTO") accuses it too; asking the body it is lodged
with to act is the relation cues' business. So does blame laid on or a finger pointed at an actor, and a
charge that an actor did something ("charged that Chinese vessels had rammed its boat").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from loaders.coref import Phrases
from loaders.judgements import document_voice
from loaders.lexicon import word_lists
from loaders.relations import subject_of

__all__ = ["Blame", "blames"]

@dataclass(frozen=True)
class Blame:
    """The blamed actors, and either the actors who blame them or the reporting verb whose speakers do."""

    targets: tuple[str, ...]
    sources: tuple[str, ...] = ()
    report: Any = None


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in tok.children)


def _participial(verb: Any) -> bool:
    """ "condemned the strike, holding Pyongyang responsible": a bare participle after a main clause tells a
    second act of the main subject, done now (unlike "by holding", "to hold" or "if it held")."""
    return verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.i > verb.head.i \
        and not any(c.dep_ in ("mark", "aux", "nsubj") for c in verb.children) \
        and not (verb.i > 0 and verb.nbor(-1).dep_ == "prep")


def _unrealised(verb: Any, ph: Phrases) -> bool:
    """ "asked the Council to hold Ethiopia responsible", "would hold them accountable": blame not yet laid."""
    if _participial(verb):
        return _unrealised(verb.head, ph) if verb.head.pos_ in ("VERB", "AUX") else False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and document_voice(verb, ph):
        return False  # "adopted a resolution holding Pyongyang responsible": the document lays it
    if verb.dep_ in ("xcomp", "advcl") and _sequel(verb.head):
        # "went on to charge that Washington ...", "was quick to place the blame on the Kremlin": it was laid
        return _unrealised(verb.head.head if verb.head.pos_ == "ADJ" else verb.head, ph)
    return verb.dep_ in ("xcomp", "advcl", "relcl", "acl") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _sequel(verb: Any) -> bool:
    """ "went on to", "proceeded to", "was quick to": a word that only says how or when its subject did it."""
    w = word_lists("blame.yaml")
    lemma = verb.lemma_.lower()
    return lemma in w.sequel_verbs or (lemma in w.particle_sequels and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)) or (
        verb.pos_ == "ADJ" and verb.dep_ == "acomp" and lemma in w.manner_adjectives and verb.head.pos_ in ("AUX", "VERB"))


def _holder(verb: Any) -> Any:
    """Who lays the blame: the verb's subject, or for a trailing participle the main clause's."""
    subj = subject_of(verb)
    if subj is None and _participial(verb):
        subj = subject_of(verb.head)
    if subj is None and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and _sequel(verb.head):
        subj = subject_of(verb.head.head)  # "NATO was quick to place the blame on the Kremlin"
    return subj


def _holders(verb: Any, ph: Phrases) -> list[str]:
    """The actors laying the blame; a document does it for its owner ("the final statement of the League held
    Iran responsible", "a resolution holding Pyongyang responsible")."""
    holder = _holder(verb)
    return (ph.actors(holder) if holder is not None else []) or document_voice(verb, ph)


def _door_owners(verb: Any, ph: Phrases, w: Any) -> list[str]:
    """ "laid the blame at Pakistan's door", "at the feet of Moscow": the owner of the door the blame is laid at
    (the phrase may hang on the blamed deed: "the blame for the bombing at Pakistan's door")."""
    out: list[str] = []
    for p in verb.subtree:
        if p.dep_ != "prep" or p.lower_ not in w.laying_preps:
            continue
        for q in p.children:
            if q.dep_ == "pobj" and q.lemma_.lower() in w.door_nouns:
                owners = [c for c in q.children if c.dep_ == "poss"] + [
                    o for r in q.children if r.dep_ == "prep" and r.lower_ == "of" for o in r.children if o.dep_ == "pobj"]
                out += [a for o in owners for a in ph.actors(o)]
    return out


def _reported_subject(clause: Any, ph: Phrases, w: Any) -> tuple[Any, Any] | None:
    """ "said Belarus was to blame", "'Russia is responsible for this crime,' the minister said": a reported
    clause that puts the blame on its subject, with its reporting verb. A duty ("responsible for the security
    of the port") is no blame."""
    if clause.lemma_.lower() != "be" or _negated(clause):
        return None
    report = _reporting_head(clause, ph)
    if report is None:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for c in clause.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in w.blame_nouns and any(a.lower_ == "to" for a in c.children):
            return subj, report  # "was to blame"
        if c.dep_ == "acomp" and c.lemma_.lower() in w.blame_adjectives and not _negated(c):
            duties = [q for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for q in p.children
                      if q.dep_ in ("pobj", "pcomp")]
            if duties and all(q.pos_ == "NOUN" and q.lemma_.lower() not in w.duty_nouns for q in duties):
                return subj, report  # "is responsible for this crime"
    return None


def _reporting_head(verb: Any, ph: Phrases) -> Any:
    """The reporting verb a clause is the content of ("said Syria bore ..."), if any."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ph.lex.reporting \
            and not _negated(head):
        return head
    return None


def _headline_blame(verb: Any, ph: Phrases, w: Any) -> tuple[Any, Any] | None:
    """ "China says US to blame for tensions": headline prose drops the copula of "was to blame"."""
    if verb.lemma_.lower() not in w.blame_nouns or verb.dep_ != "ccomp" or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    report = _reporting_head(verb, ph)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj, report) if report is not None and subj is not None else None


def _charged_in_noun(noun: Any, ph: Phrases, w: Any) -> Blame | None:
    """ "Seoul's accusation that Pyongyang hacked its banks": an accusation named with its maker and its
    content accuses the content's subject, whatever became of it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.accusation_nouns:
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in noun.children):
        return None
    sources = [a for c in noun.children if c.dep_ == "poss" for a in ph.actors(c)]
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not _negated(c)]
    targets = [a for c in clauses for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
               for a in ph.actors(n) if a not in sources]
    if not sources or not targets:
        return None
    return Blame(tuple(dict.fromkeys(targets)), tuple(dict.fromkeys(sources)))


def _repeated_charge(noun: Any, ph: Phrases, w: Any) -> Blame | None:
    """ "Pakistan's foreign minister repeated the accusation on Saturday": a charge told before, voiced again,
    accuses whom the article last told was charged (the accused of the latest accusation, the denier of the
    latest denial, or the doer of the latest alleged deed)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in w.accusation_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.repeating_verbs or _negated(verb) or _unrealised(verb, ph):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
               for c in noun.children) or any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in noun.children):
        return None  # "repeated an accusation", "the accusation against X" / "that X ...": named, or not told before
    holder = subject_of(verb)
    sources = ph.actors(holder) if holder is not None else []
    if not sources:
        return None
    # "repeated the accusation, telling reporters that the Indian government had the intention to attack": the
    # charge spelled out beside it names the accused
    spelled = [a for t in verb.subtree if t.dep_ == "ccomp" and t.head.i != verb.i and t.head.lemma_.lower() in ph.lex.reporting
               for n in t.children if n.dep_ in ("nsubj", "nsubjpass") for a in ph.actors(n) if a not in sources]
    if spelled:
        return Blame(tuple(dict.fromkeys(spelled)), tuple(sources))
    for rel in reversed(ph.discourse.relations):
        accused = rel.target if rel.type.value == "ACCUSES" else rel.source if (
            rel.type.value == "DENIES" or rel.status.value == "alleged") else None
        if accused is not None and accused not in sources:
            return Blame((accused,), tuple(sources))
    return None


def blames(sent: Any, ph: Phrases) -> Iterator[Blame]:
    """Every blame the sentence lays on an actor."""
    w = word_lists("blame.yaml")
    for tok in sent:
        charged = _charged_in_noun(tok, ph, w) or _repeated_charge(tok, ph, w)
        if charged is not None:
            yield charged
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or _negated(tok) or (tok.dep_ == "pcomp" and tok.head.lower_ in w.negating_preps):
            continue  # "did not hold", "without holding Pyongyang responsible"
        reported = _reported_subject(tok, ph, w) or _headline_blame(tok, ph, w)
        if reported is not None:
            subj, report = reported
            targets = ph.actors(subj)
            if targets:
                yield Blame(tuple(targets), report=report)
        elif lemma in w.holding_verbs and not _unrealised(tok, ph):
            # "holds Moscow responsible" (object + small clause, parsed as ccomp/oprd with the object inside)
            for clause in tok.children:
                if clause.lemma_.lower() in w.blame_adjectives \
                        and clause.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advcl") \
                        and not _negated(clause):
                    blamed = [c for c in clause.children if c.dep_ in ("nsubj", "dobj")] or \
                        [c for c in tok.children if c.dep_ == "dobj"]
                    targets = [a for b in blamed for a in ph.actors(b)]
                    sources = [a for a in _holders(tok, ph) if a not in targets]
                    if targets and sources:
                        yield Blame(tuple(targets), tuple(sources))
            # "held Beijing accountable" may parse the adjective as the object with the actor inside it
            misparsed = [n for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in w.blame_adjectives
                         for n in c.children if n.dep_ in ("compound", "nsubj", "amod") and n.i < c.i]
            targets = [a for n in misparsed for a in ph.actors(n)]
            # "held the Iranian government responsible" may hang the adjective on the object as a trailing modifier
            targets += [a for c in tok.children if c.dep_ == "dobj" and any(
                m.dep_ == "amod" and m.i > c.i and m.lemma_.lower() in w.blame_adjectives and not _negated(m) for m in c.children) for a in ph.actors(c)]
            sources = [a for a in _holders(tok, ph) if a not in targets]
            if targets and sources:
                yield Blame(tuple(dict.fromkeys(targets)), tuple(sources))
        elif lemma in w.faulting_verbs and not _unrealised(tok, ph) and any(
                p.dep_ == "prep" and p.lower_ == "for" for p in tok.children):
            # "Egypt faulted Ethiopia for the failure of the talks"
            targets = [a for c in tok.children if c.dep_ == "dobj" for a in ph.actors(c)]
            sources = [a for a in _holders(tok, ph) if a not in targets]
            if targets and sources:
                yield Blame(tuple(dict.fromkeys(targets)), tuple(sources))
        elif lemma in w.bearing_verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in w.blame_nouns
                                               for c in tok.children):
            report = _reporting_head(tok, ph)
            subj = subject_of(tok)
            targets = ph.actors(subj) if subj is not None else []
            if report is not None and targets:
                yield Blame(tuple(targets), report=report)  # "said Syria bore sole responsibility"
        elif lemma in w.laying_verbs and not _unrealised(tok, ph) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in w.laid_nouns for c in tok.children):
            # "laid the blame squarely on Turkey", "pointed the finger at Kosovo"
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in w.laid_nouns]
            targets = [a for h in (tok, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ in w.laying_preps
                       for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)] or _door_owners(tok, ph, w)
            sources = [a for a in _holders(tok, ph) if a not in targets]
            if targets and sources:
                yield Blame(tuple(dict.fromkeys(targets)), tuple(sources))
        elif lemma in w.charging_verbs and not _unrealised(tok, ph):
            # "The Philippines charged that Chinese vessels had rammed its boat": a charge laid on the clause's subject
            holder = subject_of(tok)
            sources = ph.actors(holder) if holder is not None else []
            clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not _negated(c)
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            targets = [a for c in clauses for n in c.children if n.dep_ in ("nsubj", "nsubjpass")
                       for a in ph.actors(n) if a not in sources]
            if targets and sources:
                yield Blame(tuple(dict.fromkeys(targets)), tuple(sources))
        elif lemma in w.complaint_verbs and not _unrealised(tok, ph):
            cases = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in w.complaint_nouns]
            # the phrase may hang on the verb, the case or the body it is lodged with ("at the WTO over ...")
            against = [q for p in tok.subtree if p.dep_ == "prep" and p.lower_ in w.complaint_preps
                       and next((a.i for a in p.ancestors if a.pos_ in ("VERB", "AUX")), None) == tok.i
                       for q in p.children if q.dep_ == "pobj"]
            forum = {a for p in tok.subtree if p.dep_ == "prep" and p.lower_ in w.forum_preps
                     for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)}
            targets = [a for q in against for a in ph.actors(q) if a not in forum]  # not the body it is lodged with
            holder = subject_of(tok)
            sources = [a for a in (ph.actors(holder) if holder is not None else []) if a not in targets]
            if cases and targets and sources:
                yield Blame(tuple(dict.fromkeys(targets)), tuple(sources))  # "filed a complaint against China", "... over Japan's curbs"
        elif lemma in w.resting_verbs:
            subj = subject_of(tok)
            if subj is None or subj.lemma_.lower() not in w.blame_nouns:
                continue
            report = _reporting_head(tok, ph)
            targets = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                       for o in p.children if o.dep_ == "pobj" for a in ph.actors(o)]
            if report is not None and targets:
                yield Blame(tuple(targets), report=report)  # "said the blame lay with Moscow"
