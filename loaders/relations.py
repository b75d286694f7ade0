"""Relation candidates from one sentence's dependency parse and the cue lexicon.

A verb cue takes its source from the subject (the "by" agent in the passive, the controller of
an infinitive, the subject shared by coordinated verbs) and its target from the slots its cue
lists; "buy from" cues swap the two. A noun cue ("the Russian invasion of Ukraine", "sanctions
on Moscow", "backing from Rwanda") takes its source from a possessor, an adjective, a "by/from"
phrase or the verb that governs it. Denials of claims ("dismissed the US claims", "described the
finding as fake") become DENIES against the claim's owner. Every argument is spread over its
conjuncts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterator

from graph.model import RelationType

from loaders.actors import capital_names
from loaders.coref import Phrases
from loaders.lexicon import Cue, Lexicon, word_lists

__all__ = ["Candidate", "candidates", "subject_of"]

_OBJECT_CONTROL = {"urge", "ask", "force", "allow", "help", "order", "press", "call", "push", "compel", "persuade",
                   "encourage", "lead", "prompt", "cause", "invite", "tell", "want", "expect", "pressure", "drive", "enable"}
_CONTAINERS = {"package", "round", "set", "batch", "wave", "series", "number", "list", "raft", "tranche", "one", "some",
               "several", "many", "thousand", "hundred", "million", "billion", "dozen", "part", "kind", "type", "range", "lot", "dozens", "hundreds", "thousands", "millions",
               "billions", "team", "teams", "squad", "detachment", "consignment", "tonne", "ton", "tonnes", "tons", "barrel", "barrels", "shipload", "planeload", "truckload", "day", "week", "hour", "month", "year", "array", "host", "slew", "string", "barrage", "volley", "flurry", "spate", "new"}
_GROUPINGS = {"handful", "group", "few", "minority", "majority", "bloc", "camp", "club"}
"""Quantity heads of a set of states: "among the handful of countries that ..."."""
# "is due / set / ready / poised to visit": an adjective of readiness passes on its copula's subject
_READY = {"due", "set", "ready", "poised", "scheduled"}
_HOSTING = {"host", "organise", "organize", "hold", "stage"}
"""Verbs that make an actor the host of an event another actor may boycott."""
_ACCUSE = {"accuse", "blame", "charge", "suspect"}
_DOCUMENTS = {"resolution", "statement", "declaration", "decision", "letter", "text", "motion", "communique", "report", "bill", "law"}
_STOPPERS = {"stop", "halt", "prevent", "repel", "repulse", "thwart", "foil"}
"""Who stops an event named without a possessor is not its agent ("failed to stop the offensive")."""
_INTENT_NOUNS = {"plan", "pledge", "promise", "offer", "intention", "proposal", "commitment", "bid", "attempt", "readiness", "willingness", "decision"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "oneself"}
_BLOCKERS = {"block", "veto", "obstruct", "prevent", "thwart", "delay", "bar", "hinder", "impede", "stall"}
_FRONTIERS = {"border", "frontier", "boundary", "coast", "waters", "line", "frontline", "front"}
_REMOVERS = {"lift", "remove", "ease", "scrap", "drop", "end", "withdraw", "relax", "suspend", "waive"}
_HOSTILE = {"barb", "insult", "fire", "blow", "threat", "jab", "criticism", "warning", "shot", "punch", "recrimination"}
_RECEIVE = {"take", "receive", "accept", "await", "get", "enjoy", "win", "secure", "gain", "obtain"}
_CARRYING = {"carry", "bring", "transport", "ferry", "haul", "load"}
_POSTS = {"post", "position", "outpost", "base", "camp", "battery", "checkpoint", "gunboat", "unit"}
"""Military sites: fire that comes from them, or that they take, is shooting, not criticism."""
_OUTSKIRTS = {"approach", "approaches", "outskirts", "outskirt", "edge", "edges", "fringe", "fringes", "gates", "perimeter"}
"""Rims of a place: a strike "on the approaches to Benghazi" falls in Benghazi's state."""
_BORNE = ("on", "upon", "against", "for", "to")
# Nominal cues whose thing is given to the governing verb's indirect object ("offered Poland their support")
_GIVEN_TYPES = (RelationType.SUPPORTS, RelationType.SUPPLIES, RelationType.COOPERATES)
"""Prepositions naming who a warned-of measure falls on: "would bring sanctions on Moscow", "consequences for Kyiv"."""
_NEARBY = ("near", "around", "off", "along")
"""Prepositions of proximity: forces sent near a state are deployed toward it, not handed over."""
_AIMED = ("into", "against", "on", "at", "toward", "towards")
"""Prepositions that aim a threatened step at a party: "threatened to send troops into Kosovo"."""
_LOCATIVE = ("in", "near", "across", "inside", "into", "within", "along", "around", "outside")
"""Prepositions that place a struck object in an actor's territory ("a village in Syria")."""


@dataclass
class Candidate:
    """Sources, type and targets proposed by one cue token."""

    sources: list[str]
    type: RelationType
    targets: list[str]
    cue: Any
    mode: str | None = None
    nominal: bool = False
    verb: Any = None  # the token whose reporting frame decides the status
    pronoun_subject: bool = False  # "it said it had ..." : the source is likely the speaker


def _child(tok: Any, *deps: str) -> Any:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _pobjs(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.append(p)
    return out


def _first_pobjs(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of the first matching preposition only: a later "with" is mostly misattached
    ("ties with Ecuador in solidarity with Mexico")."""
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            return [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
    return []


def _among_subject(noun: Any) -> Any:
    """The subject of a copular "among" frame the noun closes: "Belarus and Syria were among the
    handful of countries that sided with Moscow" -> Belarus (its conjuncts follow)."""
    for _ in range(2):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if prep.lower_ == "among":
            cop = prep.head
            if cop.lemma_.lower() == "be":
                return _child(cop, "nsubj")
            return None
        if prep.lower_ != "of" or (prep.head.lemma_.lower() not in _CONTAINERS
                                   and prep.head.lemma_.lower() not in _GROUPINGS):
            return None
        noun = prep.head  # "the handful of countries", "one of the states"
    return None


def subject_of(verb: Any, depth: int = 0) -> Any:
    """The token standing as the subject of ``verb`` (inherited through conj, xcomp, advcl, acl)."""
    if depth > 5:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, "agent") is not None)  # "a tanker seized by Iran"
    if passive:
        agent = _child(verb, "agent")
        if agent is not None:
            return _child(agent, "pobj")
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        subj = before[-1] if before else subjects[0]
        if verb.dep_ == "relcl" and subj.lower_ in ("that", "which", "who"):
            member = _among_subject(verb.head)
            if member is not None:
                return member
        return subj
    head = verb.head
    if head.i == verb.i:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # headline "Russia to sanction Ukraine": the parser leaves the name before "to" a loose dependent
            loose = [c for c in verb.children if c.dep_ in ("dep", "npadvmod") and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")]
            return loose[0] if loose else None
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        passive_subj = _child(head, "nsubjpass")
        if passive_subj is not None and verb.tag_ != "VBN":
            # "the United States was concerned by the reports and urged Baku to ...": an active verb
            # coordinated with a passive one shares its grammatical subject, not its by-agent
            return passive_subj
        return subject_of(head, depth + 1)
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and _child(head, "nsubjpass") is not None:
        # "a Nigerian vessel was reported by military sources to be patrolling", "Iran is believed by analysts to
        # be supplying drones": the passive's subject does the infinitive, not its by-agent
        return _child(head, "nsubjpass")
    if verb.dep_ == "xcomp":
        if head.lemma_.lower() in _OBJECT_CONTROL:
            obj = _child(head, "dobj")
            if obj is None:  # "called on Rwanda to stop ..."
                ons = _pobjs(head, ("on", "upon"))
                obj = ons[0] if ons else None
            if obj is not None:
                return obj
        if head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ == "NOUN":
            gov = _governor(head.head)  # "signed a contract worth $5 billion to acquire ...": the signer acquires
            return subject_of(gov, depth + 1) if gov is not None else None
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.lemma_.lower() in _READY:
            return subject_of(head.head, depth + 1)  # "Tsai is due to leave for Guatemala": the copula's subject
        if head.pos_ in ("VERB", "AUX"):
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised and _child(head, "agent") is None:
                return raised[0]  # "Li Qiang is expected to travel to Australia"
            return subject_of(head, depth + 1)
    if verb.dep_ == "advcl" and head.lemma_.lower() in _ACCUSE and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        deeds = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i
                 for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
        if deeds:
            # "accused Moscow of sending mercenaries ..., to fight alongside Hifter": the accused's purpose
            return subject_of(deeds[0], depth + 1)
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        controlled = _controlled_object(verb, head)
        if controlled is not None:
            return controlled  # "pushed the EU to impose sanctions", parsed as a purpose clause
        described = _misparsed_clause_subject(verb, head)
        if described is not None:
            return described  # "..., and EU leaders, meeting in Brussels, pledged ...": the leaders meet
    if verb.dep_ in ("advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        accused = head.head
        while accused.dep_ == "conj" and accused.head.pos_ in ("NOUN", "PROPN"):
            accused = accused.head
        if accused.dep_ == "conj" and accused.head.lemma_.lower() in _ACCUSE:
            return None  # "accusing both countries, and Sweden in particular, of ...": misparsed; never the accuser's deed
        if accused.dep_ == "dobj" and accused.head.lemma_.lower() in _ACCUSE:
            return accused  # "accusing both countries, and Sweden in particular, of sheltering ...", "of" hung on Sweden
    if verb.dep_ == "pcomp" and head.lower_ == "for" and head.head.pos_ == "ADJ" \
            and head.head.lemma_.lower() in word_lists("cues.yaml").responsibility_adjectives:
        return _held_responsible(head.head, depth)  # "held Iran responsible for arming the Houthis": Iran arms
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        if (head.lower_ == "of" and (head.head.lemma_.lower() in _ACCUSE or _accusing_participle(head.head))) \
                or head.lower_ == "for":
            # "accused Kigali of backing", "sanctioned three firms for supplying Iran": the object acts ("accused
            # neighbouring Eritrea of arming ...", with "neighbouring" parsed as a verb taking Eritrea as its object)
            obj = _child(head.head, "dobj")
            if obj is not None:
                return obj
        return subject_of(head.head, depth + 1)
    root = verb.sent.root
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN") and verb.i > 0 \
            and verb.doc[verb.i - 1].text == "," and root.i < verb.i and _child(verb, "agent") is None:
        # "France and Britain, whose diplomats stayed away from the ceremony, called on Israel": a sentence
        # the parser left with no main verb has it in the past-tense verb hung on the clause's last noun
        return root
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ == "PROPN" and head.dep_ in ("nsubj", "nsubjpass"):
        return head  # "Blinken, visiting Riyadh, urged calm": the participle hung on the subject it describes
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in word_lists("cues.yaml").permission_nouns \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        grantee = _grantee(head)
        if grantee is not None:
            return grantee  # "gave a green light to Turkey to invade Syria": Turkey would invade
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in _INTENT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Germany's plan to deliver tanks", "a pledge by Berlin to send shells": the owner acts (the
            # status machinery reads the intent; a refusal or a decision is left to the noun's own clause)
            owner = _child(head, "poss")
            if owner is None:
                agents = _pobjs(head, ("by",))
                owner = agents[0] if agents else None
            if owner is not None:
                return owner
        return head
    if verb.dep_ == "pcomp":
        # "was in the process of buying": the nearest verb above lends its subject
        for anc in verb.ancestors:
            if anc.pos_ in ("VERB", "AUX"):
                return subject_of(anc, depth + 1)
    return None


def _accusing_participle(tok: Any) -> bool:
    """A participle the parser made a verb of between an accusation and the accused ("accused neighbouring
    Eritrea of arming the Islamists"): the accused is its object."""
    return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in _ACCUSE and _child(tok, "dobj") is not None


def _controlled_object(verb: Any, head: Any) -> Any:
    """The named object of an object-control verb whose infinitive the parser hung on the verb as a purpose
    clause right after it ("France pushed the EU to impose sanctions", "urged Kyiv to talk"): it acts."""
    if head.lemma_.lower() not in _OBJECT_CONTROL or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = _child(head, "dobj")
    if obj is None or obj.i > verb.i or obj.right_edge.i + 2 != verb.left_edge.i + 1 and obj.right_edge.i + 1 != verb.left_edge.i:
        return None
    named = obj.pos_ in ("PROPN", "PRON") or any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in obj.subtree)
    return obj if named else None


def _misparsed_clause_subject(verb: Any, head: Any) -> Any:
    """A participle whose head verb has a noun coordinated with it between the two ("lined up behind Copenhagen,
    and EU leaders, meeting in Brussels, pledged ..."): the parser hung the second clause's subject on the
    first verb, and the participle describes that subject, not the first clause's."""
    if verb.tag_ != "VBG" or verb.i < head.i:
        return None
    nouns = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and head.i < c.i < verb.i]
    verbs = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    return nouns[-1] if nouns and verbs else None  # the second clause's own verb follows the participle


def _conj_chain(verb: Any) -> list[Any]:
    """Verbs coordinated after ``verb``, the nearest first ("armed, abetted and funded the FARC": abetted, funded)."""
    out: list[Any] = []
    tok = verb
    while len(out) < 4:
        nxt = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        out.append(nxt)
        tok = nxt
    return out or [c for c in verb.children if c.dep_ == "conj"]


def _joined_measure(verb: Any, objs: list[Any], ph: Phrases, lex: Lexicon) -> Candidate | None:
    """Joining or aligning with another's sanctions sanctions their target: "Switzerland joined EU sanctions against
    Russia", "Montenegro aligned itself with the sanctions that the EU imposed on Moscow" (not a tie with the EU)."""
    if verb.lemma_.lower() not in word_lists("cues.yaml").joining_verbs:
        return None
    measures = [m for m in [*objs, *_pobjs(verb, ("with",))] if m.lemma_.lower() in lex.nouns
                and lex.nouns[m.lemma_.lower()].type == RelationType.SANCTIONS]
    if not measures:
        return None
    subj = subject_of(verb)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for m in measures for p in _first_pobjs(m, ("on", "against")) for a in ph.actors(p)]
    targets += [a for m in measures for c in m.children if c.dep_ == "relcl" for p in _pobjs(c, ("on", "against"))
                for a in ph.actors(p)]  # "the sanctions that the EU imposed on Moscow"
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    if not sources or not targets:
        return None
    return Candidate(sources, RelationType.SANCTIONS, targets, verb, None, verb=verb,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _supply_purpose(verb: Any, lex: Lexicon) -> bool:
    """Whether the verb is the purpose of a supply ("sent troops to fight alongside X", "accused Moscow of
    sending mercenaries ..., to fight alongside Hifter")."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    heads = [verb.head]
    if verb.head.lemma_.lower() in _ACCUSE:
        heads += [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pcomp"]
    return any(h.lemma_.lower() in lex.verbs and lex.verbs[h.lemma_.lower()].type == RelationType.SUPPLIES
               and not lex.verbs[h.lemma_.lower()].reverse for h in heads)


def _asked_for(verb: Any, lex: Lexicon) -> bool:
    """Whether the verb is a deed an asker wants of its named object, parsed as a purpose clause ("pushed the
    EU to impose sanctions", "urged Kyiv to talk"): the reporting frames read an asked-for xcomp, not this."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX") or _controlled_object(verb, head) is None:
        return False
    cue = lex.verbs.get(head.lemma_.lower())
    return (cue is not None and cue.type == RelationType.REQUESTS) or head.lemma_.lower() in word_lists("cues.yaml").asking_verbs


def _permission_withheld(verb: Any) -> bool:
    """Whether the verb is the deed of a permission noun that is denied or withheld ("did not give a green light
    to Turkey to invade Syria", "refused Kyiv permission to strike"): nothing is permitted, nothing done."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in word_lists("cues.yaml").permission_nouns:
        return False
    gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "neg" for c in gov.children) or gov.lemma_.lower() in ("refuse", "deny", "withhold", "withdraw", "reject") \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _held_responsible(adj: Any, depth: int) -> Any:
    """Who is called responsible: the object of "held/deemed X responsible", else the copula's subject
    ("Iran is responsible for ..."), or the adjective's own subject in a small clause ("holds Moscow responsible")."""
    own = _child(adj, "nsubj")
    if own is not None:
        return own
    if adj.dep_ in ("oprd", "xcomp", "ccomp", "advcl", "dobj") and adj.head.pos_ in ("VERB", "AUX"):
        obj = _child(adj.head, "dobj")
        if obj is not None:
            return obj
    if adj.dep_ in ("acomp", "oprd", "xcomp") and adj.head.pos_ in ("VERB", "AUX"):
        return subject_of(adj.head, depth + 1)
    if adj.dep_ == "amod" and adj.head.pos_ in ("NOUN", "PROPN"):
        return adj.head  # "Iran, responsible for arming ..." told as a modifier
    return None


def _grantee(noun: Any) -> Any:
    """Whom a permission noun is given to: "a green light to Turkey", "gave Kyiv permission", "Washington's
    go-ahead for Berlin"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "for"):
            p = _child(c, "pobj")
            if p is not None:
                return p
    gov = noun.head if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else None
    if gov is None:
        return None
    for c in gov.children:
        if c.dep_ == "dative":
            return _child(c, "pobj") if c.pos_ == "ADP" else c
        if c.dep_ == "prep" and c.lower_ == "to":
            p = _child(c, "pobj")
            if p is not None:
                return p
    return None


def _named_thing(clause: Any) -> Any:
    """The thing a free relative names: "(bombed) what Islamabad called militant hideouts" -> hideouts,
    "(reached) what both sides called a historic agreement" -> agreement."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in word_lists("cues.yaml").naming_verbs \
            or not any(c.lower_ == "what" for c in clause.children if c.dep_ in ("dobj", "nsubjpass")):
        return None
    return next((c for c in clause.children if c.dep_ in ("oprd", "dobj", "attr") and c.lower_ != "what"), None)


def _own_phrase(noun: Any) -> Iterator[Any]:
    """The tokens of a noun phrase without its clauses and asides ("fighters of the group, which it held
    responsible, together with the TTP": the group's fighters, not the TTP)."""
    yield noun
    for c in noun.children:
        if c.dep_ in ("relcl", "acl", "appos", "advcl") or (c.dep_ == "prep" and c.lower_ == "with"):
            continue
        yield from _own_phrase(c)


def _unwelcome(clause: Any) -> bool:
    """Whether a clause is the small clause "X persona non grata" the parser made of a declaration."""
    return any(t.lower_ == "grata" for t in clause.subtree)


def _same(a: Any, b: Any) -> bool:
    """Whether two tokens are the same (spaCy makes a new Token object at each access)."""
    return a is not None and b is not None and a.i == b.i


def _objects(verb: Any) -> list[Any]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    dep = "nsubjpass" if passive else "dobj"
    found = [c for c in verb.children if c.dep_ == dep]
    if not found and not passive:
        found = [n for c in verb.children if c.dep_ == "ccomp" for n in [_named_thing(c)] if n is not None]
    if not found and not passive and verb.lemma_.lower() in _ACCUSE:
        # "accused neighbouring Eritrea of ...", the participle parsed as a verb taking the accused as its object
        found = [_child(x, "dobj") for x in verb.children if _accusing_participle(x)]
    if not found and not passive:
        # "declared him persona non grata", parsed as a clause whose subject is the one declared
        found = [n for c in verb.children if c.dep_ == "ccomp" and _unwelcome(c) for n in c.children if n.dep_ == "nsubj"]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and _child(verb, "agent") is not None \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        found = [verb.head]  # "a tanker seized by Iranian forces", "Ukraine, invaded by Russia in 2022"
    return found


def _slot(verb: Any, slot: str, ph: Phrases) -> list[str]:
    if slot == "dobj_subtree":
        return [verb.doc[i] and ph.actor_at[i] for o in _objects(verb) for i in (t.i for t in o.subtree) if i in ph.actor_at]
    if slot in ("dobj", "dobj_actor"):
        found = [a for o in _objects(verb) for a in ph.actors(o)]
        if not found:  # "hit three of Chavez's aides", "expelled two of Russia's diplomats": the counted group's
            found = [a for p in _counted_members(_objects(verb), ph.lex) for a in ph.actors(p)]
        return found
    if slot == "dobj_name":  # "will sell Australia three submarines" parsed as two objects
        objs = _objects(verb)
        if not _material(objs, ph.lex):
            return []
        if len(objs) > 1:
            return [ph.actor_at[o.i] for o in objs if o.i in ph.actor_at]
        # "will sell India 26 Rafale jets" parsed with the buyer as a modifier of the goods
        found = [ph.actor_at[c.i] for o in objs for c in o.children
                 if c.dep_ == "nmod" and c.i == verb.i + 1 and c.i in ph.actor_at]
        return found or _compound_recipient(verb, objs, ph)  # "will sell Taiwan anti-ship missiles"
    if slot == "dative":
        return [a for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" for a in ph.actors(c)]
    if slot == "ccomp_actor":  # "warned that Taiwan independence forces will ..."
        c = _child(verb, "ccomp")
        if c is None:
            return []
        subj = subject_of(verb)
        own = set(ph.actors(subj)) if subj is not None else set()
        # the warned party is the clause's subject ("warned that Russia would pay a price") or the one a measure
        # falls on ("that further moves would bring sanctions on the Russian economy"); an actor named deeper
        # ("a rift would hamper the fight against Islamic State", "the controls were consistent with WTO rules") is not
        conditions = [a for t in c.children if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                                         for m in t.children)
                      for a in t.children if a.dep_ in ("nsubj", "nsubjpass")]
        # ... or the doer of its condition ("will take countermeasures if NATO deploys forces"), or its object
        # ("his fighters would treat the Kenyans as invaders")
        for s_ in [*(t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")), *conditions, *_objects(c)]:
            got = [a for a in ph.actors(s_) if a not in own]
            if got:
                return got[:1]
        if any(a in own for t in c.children if t.dep_ == "nsubj" for a in ph.actors(t)):
            # "warned that Belarus will no longer hold back migrants bound for the EU": the warner's own step
            # falls on whoever else its clause names (not a helper or companion: "would build the reactor with
            # or without the help of Russia")
            company = {t.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "without") for t in p.subtree}
            for t in c.subtree:
                if t.i in ph.actor_at and ph.actor_at[t.i] not in own and t.i not in company:
                    return [ph.actor_at[t.i]]
        measures = [o for o in _objects(c) if o.lemma_.lower() in ph.lex.retaliatory_heads or (
            o.lemma_.lower() in ph.lex.nouns and ph.lex.nouns[o.lemma_.lower()].type in (RelationType.SANCTIONS, RelationType.THREATENS))]
        for head in (c, *measures):  # "would bring sanctions on Moscow", not "would hurt the campaign against IS"
            for p in _pobjs(head, _BORNE):
                for t in p.subtree:
                    if t.i in ph.actor_at and ph.actor_at[t.i] not in own:
                        return [ph.actor_at[t.i]]
        return []
    if slot == "dobj_agent":  # "condemned a plan announced by Abkhazia's leader": the author of the thing
        return [a for o in _objects(verb) for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for p in _pobjs(c, ("by",)) for a in ph.actors(p)]
    if slot == "dobj_host":  # "boycott a summit Russia was due to host", "the summit hosted by Rwanda"
        found = []
        for o in _objects(verb):
            for c in o.children:
                if c.dep_ in ("relcl", "acl") and any(t.lemma_.lower() in _HOSTING for t in c.subtree):
                    found += [a for s_ in c.children if s_.dep_ == "nsubj" for a in ph.actors(s_)]
                    found += [a for p in _pobjs(c, ("by",)) for a in ph.actors(p)]
            found += [a for c in o.children if c.dep_ == "poss" for a in ph.actors(c)]
        return found
    if slot == "dobj_of":  # "ratified the accession of Sweden"
        # a name glossed by its acronym in brackets is the acronym's actor: "fighters of the Tehreek-e Taliban Pakistan (TTP)"
        return [a for o in _objects(verb) for p in _pobjs(o, ("of",))
                for a in ([b for c in p.children if c.dep_ == "appos" for b in ph.actors(c)] or ph.actors(p))]
    if slot == "trade":  # "banned imports of Japanese seafood", "restricted exports of chips to China"
        return [a for o in _objects(verb) if o.lemma_.lower() in ph.lex.trade_nouns for a in _trade_party(o, ph)]
    if slot == "ccomp_subj":  # "demanded that the RSF end its siege"
        c = _child(verb, "ccomp")
        subj = _child(c, "nsubj") if c is not None else None
        return ph.actors(subj) if subj is not None else []
    if slot == "out_of":  # "pulled its diplomats out of the Chinese capital"
        return [a for o in _pobjs(verb, ("out",)) for a in ph.actors(o)] + [
            a for c in verb.children if c.dep_ == "prep" and c.lower_ == "out" for p in _pobjs(c, ("of",)) for a in ph.actors(p)]
    if slot == "xcomp":
        x = _child(verb, "xcomp")
        if x is None:
            return []
        # "threatened to strike Kyiv"; else where the step is aimed: "threatened to send troops into Kosovo"
        return [a for o in _objects(x) for a in ph.actors(o)] or [a for p in _pobjs(x, _AIMED) for a in ph.actors(p)]
    found = [a for p in _pobjs(verb, (slot,)) for a in ph.actors(p)]
    if not found:
        # "moved units closer to the line with Kosovo"
        found = [a for c in verb.children if c.dep_ == "advmod" for p in _pobjs(c, (slot,)) for a in ph.actors(p)]
        found += [a for o in _objects(verb) for c in o.children if c.dep_ in ("amod", "advmod") and c.tag_ in ("RBR", "JJR")
                  for p in _pobjs(c, (slot,)) for a in ph.actors(p)]
    if not found:
        # a phrase attached to the object: "supplied weapons to Russia"; not people someone else holds
        # ("demanded the release of two Canadians detained by China" asks China, not Canada)
        for o in _objects(verb):
            found += [a for p in _pobjs(o, (slot,)) if not _held_by_agent(p) for a in ph.actors(p)]
    return found


def _held_by_agent(noun: Any) -> bool:
    """ "two Canadians detained by China": a phrase whose participle names who acts on it."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _child(c, "agent") is not None for c in noun.children)


def _trade_party(noun: Any, ph: Phrases) -> list[str]:
    """The other party of a trade noun: where it goes ("sales of chips to China"), where it comes from
    ("imports from Japan"), else whose goods it moves ("imports of Japanese seafood")."""
    for preps in (("to", "into"), ("from",)):
        found = [a for p in _pobjs(noun, preps) for a in ph.actors(p)]
        if not found:
            found = [a for g in _pobjs(noun, ("of",)) for p in _pobjs(g, preps) for a in ph.actors(p)]
        if found:
            return found
    return [a for g in _pobjs(noun, ("of",)) for t in (g, *g.conjuncts) for c in t.children
            if c.dep_ in ("amod", "compound", "poss") and c.i < t.i for a in ph.own(c, 1)]


def _first(verb: Any, slots: tuple[str, ...], ph: Phrases) -> list[str]:
    for slot in slots:
        got = _slot(verb, slot, ph)
        if got:
            return got
    return []


def _place_owner(p: Any, ph: Phrases, lex: Lexicon, depth: int = 0) -> list[str]:
    """The actor whose territory the place phrase ``p`` lies in: "(a village in) western Ukraine",
    "Pakistani-administered Kashmir" (the administrator), "towns near the border in northern Cambodia"."""
    if depth > 3:
        return []
    for c in p.children:
        if c.dep_ == "amod" and c.lemma_.lower() in lex.control_participles:
            held = [a for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod") for a in ph.own(g, 1)]
            if held:
                return held
        if c.dep_ == "amod" and c.lemma_.lower() in lex.origin_participles:
            # "Russian-occupied Crimea" is not Russia's: only the place's own name counts
            return [ph.actor_at[p.i]] if p.i in ph.actor_at else []
    if p.lemma_.lower() not in _FRONTIERS:
        # "near the Thai border" says where, not on which side: only an "in X" inside it places it
        found = ph.actors(p)
        if found:
            return found
    return _located(p, ph, lex, depth + 1)


def _located(tok: Any, ph: Phrases, lex: Lexicon, depth: int = 0) -> list[str]:
    """Actors named by the locative phrases of ``tok`` ("struck targets in southern Lebanon")."""
    out: list[str] = []
    places = _pobjs(tok, _LOCATIVE)
    # "on the approaches to Benghazi", "on the outskirts of Kyiv": the place the rim belongs to
    places += [q for p in _pobjs(tok, ("on", "at")) if p.lemma_.lower() in _OUTSKIRTS for q in _pobjs(p, ("to", "of"))]
    for p in places:
        for a in _place_owner(p, ph, lex, depth):
            if a not in out:
                out.append(a)
    return out


def _place_targets(tok: Any, objs: list[Any], sources: list[str], ph: Phrases, lex: Lexicon) -> list[str]:
    """Targets of an attack on a place that is no actor: its location's owner, never the attacker.
    The object's own phrase is read first ("a plant in western Ukraine"), then the verb's."""
    kinds = ("state", "territory")
    named_in = [o.head for o in objs if o.head.i != tok.i and o.head.dep_ == "ccomp" and _same(_named_thing(o.head), o)]
    for holder in [*objs, *named_in, tok]:  # "bombed what Islamabad called hideouts in Afghanistan's Paktika"
        got = [a for a in _located(holder, ph, lex) if a not in sources and _kind(ph, a) in kinds]
        if got:
            return got
    # "killed 42 people at a school in western Uganda": the site's own location names the victim
    # (the parser may hang the site on an aside: "killed 42 people, most of them students, at a school")
    asides = [c for h in [tok, *objs] for c in h.children if c.dep_ in ("npadvmod", "appos")]
    for site in [p for h in [tok, *asides] for p in _pobjs(h, ("at",))]:
        got = [a for a in _located(site, ph, lex) if a not in sources and _kind(ph, a) in kinds]
        if got:
            return got
    return []


def _heads(objs: list[Any], depth: int = 0) -> list[Any]:
    """Object heads, looking through "a number of", "thousands of", "hundreds of tonnes of"."""
    out = []
    for o in objs:
        for t in (o, *o.conjuncts):
            out.append(t)
            if t.pos_ == "PROPN":
                # "the warship Cheonan", "the tanker Stena Impero": a named thing is of its compound noun's kind
                out += [c for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if depth < 2 and (t.lemma_.lower() in _CONTAINERS or t.pos_ == "NUM"):
                out += _heads(_pobjs(t, ("of",)), depth + 1)
    return out


def _mode(cue: Cue, objs: list[Any], lex: Lexicon) -> str | None:
    if cue.mode:
        return cue.mode
    for t in _heads(objs):
        m = lex.modes.get(t.lemma_.lower()) or ("weapons" if _model_name(t) else None)
        if m:
            return m
    return None


def _goods_origin(goods: list[Any], ph: Phrases, lex: Lexicon) -> list[str]:
    """The state whose make bought goods are: "bought Russian S-400 missiles", "purchases of Iranian-made
    drones" (a buyer names the seller by the goods' adjective as often as by "from")."""
    found: list[str] = []
    for g in goods:
        for t in (g, *g.conjuncts):
            if not lex.modes.get(t.lemma_.lower()):
                continue
            for c in t.children:
                if c.dep_ not in ("amod", "compound", "nmod") or c.i > t.i:
                    continue
                if c.lemma_.lower() in lex.origin_participles:  # "Iranian-made"
                    found += [a for m in c.children if m.i < c.i for a in ph.own(m, 1)]
                else:
                    found += ph.own(c, 1)
    return list(dict.fromkeys(found))


def _material(objs: list[Any], lex: Lexicon) -> bool:
    """Whether an object names goods (its head or a modifier: "weapons systems", "a military aid package");
    a head that is no goods ("the flight recorders") is not made goods by its modifier."""
    none = word_lists("cues.yaml").non_material
    return any(lex.modes.get(t.lemma_.lower()) or _model_name(t)
               for o in _heads(objs) if o.lemma_.lower() not in none
               for t in (o, *(c for c in o.children if c.dep_ in ("compound", "quantmod"))))


def _no_goods(objs: list[Any]) -> bool:
    """Whether every object is a thing handed over that is no supply: a document, a message, evidence or
    people held ("delivered the final text to the two governments", "handed the recorders to Brazil")."""
    none = word_lists("cues.yaml").non_material
    heads = [h for h in _heads(objs) if h.pos_ != "NUM"]
    return bool(heads) and all(h.lemma_.lower() in none or h.lower_ in none for h in heads)


def _nothing_done(objs: list[Any]) -> bool:
    """Whether the object says nothing was done: "had signed nothing with Israel", "signed no deal"."""
    none = word_lists("cues.yaml").negative_objects
    return bool(objs) and all(o.lower_ in none or any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)
                              for o in objs)


_MODEL = re.compile(r"(?!G\d|COVID|MH\d)[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}s?")


def _model_name(tok: Any) -> bool:
    """A weapon named by its model ("F-16s", "Su-35s", "MiG-29s", "T-72"): hardware, as "jets" would be."""
    return tok.pos_ in ("PROPN", "NOUN", "NUM") and _MODEL.fullmatch(tok.text) is not None


def _verb_candidate(tok: Any, cue: Cue, ph: Phrases, lex: Lexicon) -> Candidate | None:
    objs = _objects(tok)
    named_subj = _child(tok, "nsubj")
    if cue.material and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and all(o.tag_ in ("WDT", "WP") for o in objs) \
            and named_subj is not None and named_subj.pos_ == "PROPN" and _material([tok.head], lex):
        # "the weapons (that) the United States sent to Ukraine": the goods are the clause's head (a pronoun
        # giver, "the tanks it has pledged", is too often resolved to the wrong party)
        objs = [tok.head]
    if not objs and cue.type in (RelationType.SUPPLIES, RelationType.MOBILIZES) and not cue.reverse and tok.dep_ == "acl" \
            and tok.tag_ == "VBN" and _child(tok, "agent") is None and tok.head.pos_ == "NOUN" \
            and lex.modes.get(tok.head.lemma_.lower()) in ("troops", "vessels") \
            and (ph.actors(tok.head) or any(ph.actors(p) for p in _pobjs(tok.head, ("of",)))):
        # "units of the CSTO's peacekeeping forces, sent to Kazakhstan": forces sent are their owner's
        objs = [tok.head]
    if cue.carrier:
        return _carrier_candidate(tok, cue, ph, lex)
    lists = word_lists("cues.yaml")
    if tok.lemma_.lower() == "designate" and not any(t.lemma_.lower() in lists.designation_marks for t in tok.subtree):
        return None  # "designated the group a terrorist organisation", not "designated a new envoy"
    if tok.lemma_.lower() in lists.shelter_givers and any(o.lemma_.lower() in lists.shelter_nouns for o in objs):
        # "the Taliban deny giving the TTP sanctuary", "provided safe haven to the militants": shelter backs them
        subj = subject_of(tok)
        sources = ph.actors(subj) if subj is not None else []
        sheltered = [a for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP" for a in ph.actors(c)]
        sheltered += [a for o in objs for c in o.children if c.dep_ in ("compound", "nmod") and c.i < o.i
                      for a in ph.own(c, 1)]  # "giving the TTP sanctuary" parsed as one noun phrase
        sheltered += [a for p in _pobjs(tok, ("to", "for")) for a in ph.actors(p)]
        sheltered = [a for a in sheltered if a not in sources]
        return Candidate(sources, RelationType.SUPPORTS, sheltered, tok, None, verb=tok) if sources and sheltered else None
    joined = _joined_measure(tok, objs, ph, lex)
    if joined is not None:
        return joined
    if _nothing_done([o for o in objs if o.dep_ == "dobj"]):
        return None  # "had signed nothing directly with Israel" ("no troops were deployed" is a denial: status reads it)
    if _asked_for(tok, lex):
        return None  # "France pushed the EU to impose sanctions": asked for, not done
    if tok.lemma_.lower() in word_lists("cues.yaml").alongside_purposes and _supply_purpose(tok, lex):
        return None  # "sent mercenaries to fight alongside Hifter": the supply tells it, to the same side
    if _permission_withheld(tok):
        return None  # "did not give a green light to Turkey to invade Syria"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in word_lists("cues.yaml").prevention_verbs:
        return None  # "a bid to keep Argentina from turning to Beijing for its air force": kept from happening
    if cue.type == RelationType.SUPPLIES and not cue.reverse and objs and _no_goods(objs):
        return None  # "delivered the final text to the two governments": a document is no supply
    if cue.needs_modal and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children) \
            and tok.head.lemma_.lower() not in ("vow", "threaten", "pledge", "promise"):
        return None
    ousted = cue.type == RelationType.REQUESTS and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" for c in tok.children) \
        and any(o.lemma_.lower() in lex.envoy_heads for o in _heads(objs))  # "ordered Russian diplomats out of the country"
    if cue.needs_xcomp and _child(tok, "xcomp") is None and not _infinitive_after_object(tok) and not ousted:
        return None
    if cue.material_for and not _material(_pobjs(tok, ("for",)), lex):
        return None  # "turned to France and India for arms", not "turned to Russia for talks"
    if cue.type == RelationType.SUPPORTS and tok.lemma_.lower() == "welcome" and objs:
        # "Biden welcomed Zelensky to the White House", "Kim welcomed Putin to Pyongyang": a guest welcomed to
        # the host's own seat is a visit; "welcomed Sweden to NATO" is not
        subj = subject_of(tok)
        hosts = ph.actors(subj) if subj is not None else []
        seats = [a for p in _pobjs(tok, ("to",)) for a in ph.actors(p)]
        guests = [a for o in objs for a in ph.actors(o) if a not in hosts]
        if hosts and guests and seats and set(seats) <= set(hosts):
            return Candidate(hosts, RelationType.MEETS, guests, tok, None, verb=tok)
    if cue.needs_object and not any(o.lemma_.lower() in cue.needs_object for o in _heads(objs)) and not (
            "grata" in cue.needs_object and any(c.dep_ == "ccomp" and _unwelcome(c) for c in tok.children)) and not (
            not objs and tok.dep_ == "relcl" and tok.head.lemma_.lower() in cue.needs_object) \
            and not _forces_moving(tok, cue, objs):
        return None  # the object may be the relative clause's head: "a step Washington welcomed"
    if cue.needs_with and not any(p.lemma_.lower() in cue.needs_with
                                  for p in [*_pobjs(tok, ("with",)), *(q for o in objs for q in _pobjs(o, ("with",)))]):
        return None  # "targeted Russian banks with sanctions", not "targeted a base"
    if cue.type == RelationType.MEETS and (_material(objs, lex) or any(o.lemma_.lower() in _POSTS for o in _heads(objs))):
        return None  # "will host Russian nuclear weapons", "hosts a U.S. air base" are no meeting
    if cue.type.symmetric and tok.dep_ == "acl" and tok.tag_ == "VBN" and _child(tok, "agent") is not None:
        return None  # "a 2015 declaration signed by Egypt and Sudan": a document's background, not a deed told
    if cue.material and cue.reverse and objs and not _material(objs, lex):
        guests = [a for o in objs for a in ph.actors(o)]
        if not guests or any(o.lemma_.lower() in lex.nouns for o in objs):
            return None
        # "the crown prince received the Syrian president in Jeddah": a host meets a guest
        subj = subject_of(tok)
        return Candidate(ph.actors(subj) if subj is not None else [], RelationType.MEETS, guests, tok, None, verb=tok)
    if cue.material and objs and _mere_backing(objs):
        return None  # "lent its support to Baku", "pledged its full backing": the noun cue tells the backing
    if cue.material and not objs and tok.lemma_.lower() in lex.travel_verbs:
        return _travel_candidate(tok, ph, lex)
    if cue.material and not _material(objs, lex) and not cue.reverse:
        recipient_with = bool(_pobjs(tok, ("with",))) and any(ph.actors(o) for o in objs)
        if not recipient_with:
            return None
    subj = _clause_pobj_subject(tok) or subject_of(tok)
    armed_objects = any(lex.modes.get(o.lemma_.lower()) in ("troops", "weapons") for o in _heads(objs))
    if cue.armed_subject and (subj is None or lex.modes.get(subj.lemma_.lower()) not in ("troops", "weapons")) \
            and not armed_objects:  # "Russia rolled tanks into Ukraine", "poured troops into the region"
        if cue.craft_type is not None and subj is not None and subj.lemma_.lower() in lex.craft:
            # "coast guard vessels entered Japanese waters": a show of presence, not an incursion by force
            subj_ids = ph.actors(subj)
            targets = [a for a in _first(tok, cue.target, ph) if a not in subj_ids]
            return Candidate(subj_ids, cue.craft_type, targets, tok, "patrol", verb=tok)
        return None  # "troops crossed into Ethiopia", not "refugees crossed into Poland"
    if objs and all(o.lower_ in _REFLEXIVES for o in objs) and not any(p for p in _pobjs(tok, cue.target)):
        return None  # "the right to defend itself": the doer acts on itself
    if cue.type == RelationType.MEETS and subj is not None and _private_people(subj):
        return None  # "Chinese tourists visited Japan", "citizens could travel to the North": no state meets
    if cue.type != RelationType.ATTACKS and (
            (subj is not None and _counted_people(subj, ph, lex))
            or (objs and not cue.reverse and all(_counted_people(o, ph, lex) for o in _heads(objs)))):
        return None  # "4 million Russians visited Turkey": tourists, not Russia
    if cue.type == RelationType.REQUESTS and subj is not None and subj.i not in ph.actor_at \
            and subj.lemma_.lower() in lex.judicial_heads:
        return None  # "South Korea's Supreme Court ordered Japanese firms to pay": a ruling, not the state asking
    subj_ids = ph.actors(subj) if subj is not None else []
    if not subj_ids and subj is not None and subj.lower_ == "who":
        clause = tok
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        if clause.dep_ == "relcl" and clause.head.pos_ == "NOUN":
            subj = clause.head  # "one former official who armed, abetted and funded the FARC": the official
            subj_ids = ph.actors(subj)
    if not subj_ids and subj is not None and subj.dep_ == "conj" and subj.head.lemma_.lower() == subj.lemma_.lower():
        subj_ids = ph.actors(subj.head)  # "two Venezuelan officials and one former official who armed ...": the same group
    if not subj_ids and subj is not None and objs and subj.i == objs[0].i and tok.dep_ == "acl":
        subj_ids = [a for p in _pobjs(subj, ("of",)) for a in ph.actors(p)]  # "units of the CSTO's forces, sent to"
    if not subj_ids and subj is not None and subj.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
            and _child(tok, "nsubj", "nsubjpass") is None and tok.head.head.lemma_.lower() in lex.reporting:
        # "Kirby said the ruling was binding and urged both China and the Philippines": a thing cannot
        # urge; the verb goes on the reporter's own clause
        teller = subject_of(tok.head.head)
        if teller is not None and ph.actors(teller):
            subj, subj_ids = teller, ph.actors(teller)
    if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _DOCUMENTS:
        # "a report by Grossi, the U.N. nuclear chief, accused Iran": the named author, not whoever relays it
        subj_ids = _document_author(subj, ph) or subj_ids
    pair = _participle_pair(tok) if not subj_ids else None
    if pair is not None:
        # "a resolution expressing support for ECOWAS in its efforts to ensure that the result was respected and
        # calling on Jammeh to ...": the participle pairs with the earlier participle, not the finite verb
        subj = subject_of(pair)
        subj_ids = ph.actors(subj) if subj is not None else []
    anchor = tok if pair is None else pair
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
        anchor = anchor.head  # "a resolution condemning ... and calling on Moscow to ..."
    if anchor is not tok and anchor.dep_ == "acl" and anchor.head.lemma_.lower() in _DOCUMENTS:
        tok_doc = anchor
    else:
        tok_doc = tok
    if tok_doc.dep_ == "acl" and tok_doc.head.lemma_.lower() in _DOCUMENTS:
        # "an EU statement condemning ..." speaks for the EU; "the Council adopted a British-drafted
        # resolution demanding ..." for the adopter, not the drafter
        drafted = any(c.dep_ == "amod" and "-" in c.text or any(g.text == "-" for g in c.subtree)
                      for c in tok_doc.head.children if c.dep_ in ("amod", "compound"))
        gov = _governor(tok_doc.head)
        owner = subject_of(gov) if gov is not None else None
        if drafted and owner is not None and ph.actors(owner):
            subj_ids = ph.actors(owner)
        elif not subj_ids and owner is not None:
            subj_ids = ph.actors(owner)
    if not subj_ids and tok.dep_ == "acl" and tok.tag_ == "VBG" and subj is not None and subj.i == tok.head.i:
        # "the arrival of US warships delivering aid to Georgia": the participle goes with the of-phrase
        # the parser hung it past
        of_objs = [p for p in _pobjs(subj, ("of",)) if p.i < tok.i]
        if of_objs and ph.actors(of_objs[-1]):
            subj, subj_ids = of_objs[-1], ph.actors(of_objs[-1])
    if not subj_ids and cue.type == RelationType.SUPPLIES and not cue.reverse and tok.dep_ == "acl" \
            and tok.tag_ == "VBN" and _child(tok, "agent") is None:
        # "Turkish-made Bayraktar drones, sold to Baku in large numbers": the goods' maker sells them
        made_by = _goods_origin([tok.head], ph, lex)
        if made_by:
            targets = [a for slot in cue.target for a in _slot(tok, slot, ph) if a not in made_by]
            if targets:
                return Candidate(made_by, cue.type, targets, tok, _mode(cue, [tok.head], lex), verb=tok)
    if not subj_ids and tok.dep_ in ("acl", "relcl") and subj is not None:
        # "drones bought from Turkey", "a resolution condemning ...": the phrase's owner acts
        gov = _governor(tok.head)
        if gov is None and cue.reverse and tok.tag_ == "VBN" and _material([tok.head], lex):
            # "replacing its fleet with F-35s bought from Lockheed Martin": the clause's subject buys
            gov = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if gov is not None:
            owner = subject_of(gov)
            subj_ids = ph.actors(owner) if owner is not None else []
    if not subj_ids and cue.type in (RelationType.MOBILIZES, RelationType.SUPPLIES) and not cue.reverse:
        passive_subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive_subj and _child(tok, "agent") is None:
            # "fighters from Wagner are deployed alongside Malian troops"
            subj_ids = [a for o in passive_subj for a in ph.actors(o)]
            objs = passive_subj
            if cue.type == RelationType.SUPPLIES:
                # "Iranian-made drones were sold to Russia": goods of a state's make, given with no giver named,
                # come from that state; "weapons were delivered to Armenia" names no supplier
                subj_ids = _goods_origin(passive_subj, ph, lex)
            targets = [a for slot in cue.target if slot not in ("dobj", "dobj_actor") for a in _slot(tok, slot, ph)]
            return Candidate(subj_ids, cue.type, targets, tok, _mode(cue, objs, lex), verb=tok)
    if cue.reverse:
        sources = _first(tok, cue.source, ph)
        if not sources and cue.type == RelationType.SUPPLIES:
            sources = [a for a in _goods_origin(objs, ph, lex) if a not in subj_ids]  # "bought Russian S-400s"
        if not sources:
            return None
        mode = _mode(cue, objs, lex)
        # "Goita received ECOWAS envoys", "the envoys were received by the junta": a visit, not a supply
        rtype = RelationType.MEETS if cue.type == RelationType.SUPPLIES and mode == "envoys" else cue.type
        return Candidate(sources, rtype, subj_ids, tok, mode, verb=tok)
    if cue.named_target:
        # "voting against it": the pronoun is the motion, not a party
        targets = [a for p in _pobjs(tok, cue.target) if p.pos_ != "PRON" for a in ph.actors(p)]
    elif cue.needs_prep:
        aimed = _pobjs(tok, cue.target)
        if not aimed and cue.type == RelationType.ATTACKS:
            # "fires missiles at US forces": the parser hangs the aim on the weapon, not the verb
            aimed = [p for o in objs if lex.modes.get(o.lemma_.lower()) == "weapons" for p in _pobjs(o, cue.target)]
        if not aimed:
            return None  # "called the diversion an attack": no call on anyone
        targets = [a for p in aimed for a in ph.actors(p)]
    else:
        targets = _first(tok, cue.target, ph)
        if not targets and cue.type == RelationType.SUPPLIES and cue.material:
            targets = [a for a in _compound_recipient(tok, objs, ph) if a not in subj_ids]
        if not targets and cue.type == RelationType.SUPPLIES and not cue.reverse:
            targets = [a for a in _goods_holder(objs, ph, lex) if a not in subj_ids]
        if not targets and cue.type == RelationType.MOBILIZES:
            # "deployed troops to a camp near Mosul": the place the forces went to lies in a state
            targets = [a for p in _pobjs(tok, cue.target) for a in _located(p, ph, lex)
                       if a not in subj_ids and _kind(ph, a) in ("state", "territory")]
        if not targets and cue.type == RelationType.MOBILIZES:
            # "reinforced its garrisons on several islands along the Moroccan coast": a proximity phrase deeper
            # in the object's phrase
            near = tuple(p for p in cue.target if p in _NEARBY)
            sites = [*objs, *(p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
            targets = [a for o in sites for t in o.subtree if t.dep_ == "prep" and t.lower_ in near
                       for p in t.children if p.dep_ == "pobj" for a in ph.actors(p) if a not in subj_ids]
    if cue.type == RelationType.THREATENS and objs and all(o.lemma_.lower() in lex.threat_instruments for o in _heads(objs)):
        # "threatens Security Council complaint", "threatened EU sanctions": who would act, not the threatened;
        # "threatened sanctions against Turkey": the step's own target
        tools = {a for o in _heads(objs) for c in o.children if c.dep_ in ("compound", "amod", "nmod", "poss") for a in ph.own(c, 1)}
        targets = [a for a in targets if a not in tools] or [
            a for o in _heads(objs) for p in _pobjs(o, ("against", "on")) for a in ph.actors(p) if a not in subj_ids]
    if (targets and set(targets) <= set(subj_ids) and any(o.i in ph.actor_at for o in _objects(tok))) or (
            targets and (subj is None or subj.lower_ == "there")):
        # no one acts on itself, and "there was no justification and called on Beijing" has no doer
        teller = _self_reporter(tok)
        if teller is not None:
            subj, subj_ids = teller, ph.actors(teller)
    if cue.type in (RelationType.CONDEMNS, RelationType.ACCUSES) and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_.lower() in lex.protest_partners and not any(c.dep_ == "nsubj" for c in tok.children):
        # "demanded that Australia release the men and protested the burning": the demander protests
        teller = subject_of(tok.head.head)
        if teller is not None:
            subj, subj_ids = teller, ph.actors(teller)
            if not targets:
                targets = [a for c in tok.head.children if c.dep_ == "nsubj" for a in ph.actors(c) if a not in subj_ids]
    if len(set(subj_ids)) > 1 and not cue.type.symmetric and targets:
        # "Saudi Arabia, the UAE, Bahrain and Egypt ... barred its ships from their ports": a pronoun that
        # lands back on the subject group is never one of its targets
        phrases = [*objs, *(p for c in tok.children if c.dep_ in ("prep", "dative") for p in c.children)]
        echoed = {a for o in phrases for t in o.subtree if t.pos_ == "PRON" for a in ph.actors(t) if a in subj_ids}
        targets = [a for a in targets if a not in echoed]
    if cue.target_kinds:
        targets = [a for a in targets if _kind(ph, a) in cue.target_kinds]
        if not targets:
            return None
    if cue.type == RelationType.COOPERATES and any((o.lemma_.lower() in lex.claim_nouns and o.lemma_.lower() not in _DOCUMENTS)
                                                   or o.lemma_.lower() in _HOSTILE for o in objs):
        return None  # "traded accusations" is no cooperation
    if not targets and cue.type == RelationType.ATTACKS and subj_ids and not any(ph.actors(o) for o in objs) and not any(
            o.lemma_.lower() in lex.non_places or o.lemma_.lower() in lex.nouns or o.lemma_.lower() in lex.claim_nouns for o in objs):
        # "Indian drones struck a village in Pakistani-administered Kashmir"
        targets = _place_targets(tok, [t for o in objs for t in (o, *o.conjuncts)], subj_ids, ph, lex)
    if not targets and cue.type in (RelationType.SUPPLIES, RelationType.ATTACKS, RelationType.REQUESTS):
        # "summoned the Russian ambassador and demanded the withdrawal"; "provided thousands of drones and helped Russia build ...": the recipient of a sibling verb
        for sib in [*_conj_chain(tok), *([tok.head] if tok.dep_ == "conj" else [])]:
            if cue.type == RelationType.ATTACKS and sib.lemma_.lower() in _OBJECT_CONTROL and _child(sib, "xcomp") is not None:
                continue  # "killing dozens and forcing TotalEnergies to suspend work": made to act, not struck
            for o in _objects(sib):
                targets += [a for a in ph.actors(o) if a not in subj_ids]
            for x in (c for c in sib.children if c.dep_ in ("xcomp", "ccomp")):
                # "provided drones and helped Russia build a factory": the helped party
                targets += [a for s_ in x.children if s_.dep_ == "nsubj" for a in ph.actors(s_) if a not in subj_ids]
            if targets:
                break
    if not targets and cue.type == RelationType.SUPPLIES:
        targets = [a for a in _purpose_targets(tok, lex, ph) if a not in subj_ids]
    if not targets and cue.type in (RelationType.CONDEMNS, RelationType.SUPPORTS):
        targets = _deed_agent(tok, ph, lex)  # "a step Beijing condemned"
    if not targets and cue.lemma in lex.protest_cues and not any(o.lemma_.lower() in lex.event_nouns for o in objs):
        targets = _protest_partner(tok, subj_ids, ph, lex)
    mode = _mode(cue, objs, lex)
    rtype = cue.type
    if rtype == RelationType.SUPPLIES and mode in ("troops", "vessels") and any(
            p.lemma_.lower() in _FRONTIERS or p.lower_ in _FRONTIERS for p in [*_pobjs(tok, ("to", "toward", "towards")),
                                                     *(q for o in objs for q in _pobjs(o, ("to", "toward", "towards")))]):
        rtype = RelationType.MOBILIZES  # "sends more troops to the Belarus border": a deployment, not a supply
    if rtype == RelationType.SUPPLIES and mode in ("troops", "vessels", "weapons") and targets and set(targets) <= {
            a for h in (tok, *objs) for p in _pobjs(h, _NEARBY) for a in ph.actors(p)}:
        rtype = RelationType.MOBILIZES  # "flew fighter jets near Taiwan", "dispatched warplanes around the island"
    if rtype == RelationType.SUPPLIES and mode in ("troops", "vessels", "weapons") and _to_a_place(tok, objs, ph, lex):
        rtype = RelationType.MOBILIZES  # "sending warships close to Chinese-held reefs": forces sent to a place
    if rtype == RelationType.MOBILIZES and targets and _helps_host(tok, targets, ph, lex):
        rtype = RelationType.SUPPLIES  # "deployed troops to Mozambique to help the country battle insurgents"
    leave = _child(tok, "xcomp")
    if rtype == RelationType.REQUESTS and leave is not None and leave.lemma_.lower() in ("leave", "depart") and any(
            o.lemma_.lower() in lex.envoy_heads for o in _heads(objs)):
        rtype = RelationType.REDUCES_RELATIONS  # "asked the head of the EU delegation to leave": an expulsion
    if rtype == RelationType.REQUESTS and ousted:
        rtype = RelationType.REDUCES_RELATIONS  # an envoy ordered out is expelled
    if rtype == RelationType.SUPPLIES and mode == "envoys":
        rtype = RelationType.MEETS  # "will send a trade delegation to La Paz"
    frame = tok if pair is None else pair  # the paired participle's frame, not the clause it was misparsed into
    if rtype == RelationType.COOPERATES and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("agree", "sign"):
        frame = tok.head  # "agreed to lease a coast from Somaliland": the agreement itself is the cooperation
    return Candidate(subj_ids, rtype, targets, tok, mode, verb=frame,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _helps_host(verb: Any, targets: list[str], ph: Phrases, lex: Lexicon) -> bool:
    """Whether forces deployed to a state go to help it: a purpose clause ("to help the country fight
    insurgents", "to shore up the government") whose helped party is the state they are sent to, named or
    described ("the country", "its government"). Such a deployment supplies troops; it does not mass them
    against the host."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in lex.aid_purposes \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        helped = [o for o in _objects(c)] + [s_ for x in c.children if x.dep_ in ("ccomp", "xcomp") for s_ in x.children
                                              if s_.dep_ == "nsubj"]
        for o in helped:
            named = ph.actors(o)
            if named and set(named) <= set(targets):
                return True
            if not named and any(t.lemma_.lower() in word_lists("cues.yaml").host_descriptions
                                 for t in (o, *(m for m in o.children if m.dep_ == "compound"))):
                return True
    return False


def _mere_backing(objs: list[Any]) -> bool:
    """Whether every object is backing with no material kind ("its support", "full backing", not "military
    support"): giving or pledging it sides with the party, it hands over nothing."""
    lists = word_lists("cues.yaml")
    return all(o.lemma_.lower() in lists.backing_nouns and not any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lists.material_backing for c in o.children)
        for o in _heads(objs))


def _to_a_place(verb: Any, objs: list[Any], ph: Phrases, lex: Lexicon) -> bool:
    """Whether forces are sent to a place an actor only qualifies ("to Chinese-held reefs", "close to Ukrainian
    territory") rather than to the actor itself ("sent troops to Belarus", "to the country")."""
    heads = [verb, *objs, *(c for c in verb.children if c.dep_ == "advmod")]  # "sending warships close to ..."
    places = [p for h in heads for p in _pobjs(h, ("to", "toward", "towards", "into"))]
    return bool(places) and all(
        p.i not in ph.actor_at and p.pos_ == "NOUN" and p.lemma_.lower() not in lex.descriptions
        and p.lemma_.lower() not in lex.modes and ph.actors(p)
        and (p.lemma_.lower() not in lex.of_heads or p.lemma_.lower() in lex.named_place_heads)  # "the army of Libya" is Libya
        for p in places)


def _forces_moving(verb: Any, cue: Cue, objs: list[Any]) -> bool:
    """ "Russian troops have been building up on the border", "Chinese warships sailed toward Taiwan": with no
    object, forces that move themselves are what a deployment cue asks for."""
    if cue.type != RelationType.MOBILIZES or objs:
        return False
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in cue.needs_object


def _self_reporter(verb: Any) -> Any:
    """The reporter of a clause whose verb would otherwise act on its own subject: "told the council that
    Chile had turned its back and accused Santiago", "said Indian drones had struck a village and
    summoned India's envoy to lodge a protest" (no one accuses or summons itself: the verb is coordinated
    with the saying, not with the reported deed)."""
    tok = verb
    while tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp":
        return subject_of(tok.head.head)
    return None


def _protest_partner(verb: Any, sources: list[str], ph: Phrases, lex: Lexicon) -> list[str]:
    """Whom a protest naming no one is made to: the party a coordinated demand or summons names
    ("demanded that Australia release the men and protested the burning of their boats", "summoned
    Myanmar's ambassador and lodged a strong protest")."""
    heads = [verb.head] if verb.dep_ in ("conj", "advcl", "xcomp") else []  # "summoned X's envoy to lodge a protest"
    for sib in [*(c for c in verb.children if c.dep_ == "conj"), *heads]:
        if sib.lemma_.lower() not in lex.protest_partners:
            continue
        found = [a for o in _objects(sib) for a in ph.actors(o) if a not in sources]
        found += [a for x in sib.children if x.dep_ in ("xcomp", "ccomp") for s_ in x.children if s_.dep_ == "nsubj"
                  for a in ph.actors(s_) if a not in sources]
        if found:
            return found
    return []


def _deed_agent(verb: Any, ph: Phrases, lex: Lexicon) -> list[str]:
    """Whose deed a judging clause hung on the deed's own clause judges: "fired a missile, in what Japan
    called a provocation", "began releasing the water, a step Beijing condemned": the doer of that clause."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and any(o.tag_ == "WP" for o in _objects(verb)):
        clause = verb.head.head
    elif verb.dep_ == "relcl" and verb.head.lemma_.lower() in lex.deed_nouns and verb.head.dep_ in ("npadvmod", "appos") \
            and not _objects(verb):
        clause = verb.head.head
    else:
        return []
    if clause.dep_ == "dobj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "vetoed the package, a move Kyiv condemned": the move hangs on the object
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    subj = subject_of(clause)
    judge = set(ph.actors(subject_of(verb))) if subject_of(verb) is not None else set()
    return [a for a in ph.actors(subj) if a not in judge] if subj is not None else []


def _purpose_targets(tok: Any, lex: Lexicon, ph: Phrases) -> list[str]:
    """Who a supply is for, named only by its purpose: "would provide 40 million euros to strengthen
    Moldova's security", "shipped shells to help Russia" (the object of the purpose infinitive)."""
    holders = [tok, *_objects(tok)]
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ACCUSE:
        holders.append(tok.head.head)  # "accused Moscow of sending mercenaries ..., to fight alongside Hifter"
    allies = word_lists("cues.yaml").alongside_purposes
    for h in holders:
        for c in h.children:
            if c.dep_ not in ("advcl", "xcomp", "relcl", "acl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            if c.lemma_.lower() in lex.aid_purposes:
                found = [a for o in _objects(c) for a in ph.actors(o)]
                # "to help Buenos Aires pay for it", "to help Kyiv rebuild": the helped party acts below
                found = found or [a for x in c.children if x.dep_ in ("ccomp", "xcomp") for s_ in x.children
                                  if s_.dep_ == "nsubj" for a in ph.actors(s_)]
                if found:
                    return found
            if c.lemma_.lower() in allies:  # "sent mercenaries to fight alongside Hifter": the side they join
                found = [a for p in _pobjs(c, ("alongside",)) for a in ph.actors(p)]
                if found:
                    return found
    return []


def _prep_candidates(tok: Any, cue: Cue, main: Candidate | None, ph: Phrases) -> Iterator[Candidate]:
    """Further relations a verb's other prepositions carry: "fought alongside Ethiopian forces against the
    TPLF" supports the ally and, with the ally, attacks the foe."""
    for prep, rtype in cue.prep_types.items():
        # the phrase may hang on the ally: "alongside Ethiopian forces against the TPLF"
        holders = [tok, *(p for p in _pobjs(tok, cue.target))]
        if prep == "dobj":  # "the coalition has fought the Houthis"
            foes = [a for o in _objects(tok) for a in ph.actors(o)]
        elif prep == "deter":  # "sent two carriers to the region to deter Iran": the rival the force is shown to
            foes = [a for x in tok.children if x.dep_ in ("advcl", "xcomp") and x.lemma_.lower() in ph.lex.deterrence_verbs
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children) for o in _objects(x) for a in ph.actors(o)]
        else:
            foes = [a for h in holders for p in _pobjs(h, (prep,)) for a in ph.actors(p)]
        if not foes:
            continue
        subj = subject_of(tok)
        if subj is not None and tok.dep_ in ("acl", "relcl") and _pobjs(subj, _LOCATIVE):
            continue  # "troops in Somalia fighting al-Shabaab": the place is not whose troops they are
        sources = ph.actors(subj) if subj is not None else []
        if main is not None and main.type in (RelationType.SUPPORTS, RelationType.COOPERATES):
            sources += [a for a in main.targets if a not in sources]
        sources = [a for a in sources if a not in foes]
        if sources:
            yield Candidate(sources, rtype, foes, tok, None, verb=tok)


def _infinitive_after_object(tok: Any) -> bool:
    """An infinitive right after the verb's prepositional object, parsed as a purpose clause:
    "counts on Morocco to curb the crossings" (the object is to act, as with an xcomp)."""
    ends = [p.right_edge.i for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and c.left_edge.i - 1 in ends for c in tok.children)


def _counted_members(objs: list[Any], lex: Lexicon) -> list[Any]:
    """The officials an object counts ("three of Venezuela's security officials", "two of its diplomats"),
    not counted things ("two of its positions", "a fifth of the country")."""
    return [p for o in objs if o.like_num or o.lemma_.lower() in lex.people_counts
            for p in _pobjs(o, ("of",)) if p.lemma_.lower() in lex.counted_members]


def _counted_people(tok: Any, ph: Phrases, lex: Lexicon) -> bool:
    """Whether ``tok`` counts a nation's people ("4 million Russians", "thousands of undocumented
    Afghans", "300 Syrians"): people, not the state their demonym names."""
    if tok.lemma_.lower() in lex.people_counts or tok.like_num:
        return any(_counted_people(p, ph, lex) for p in _pobjs(tok, ("of",)))
    if tok.i not in ph.actor_at or not tok.text.endswith("s") or tok.text.isupper() or not tok.text[0].isupper():
        return False
    counted = [c for c in tok.children if c.dep_ in ("nummod", "quantmod")]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.people_counts:
        return True
    return bool(counted) and any(c.like_num or c.lemma_.lower() in lex.people_counts for c in counted)


def _aided_candidate(cue_tok: Any, noun: Any, verb: Any, ph: Phrases) -> Candidate | None:
    """ "Israel repelled the attack with the help of the United States and Britain", "retook the city with
    Russian support": the helpers back whoever did the deed."""
    helpers = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i
               for t in (c, *c.conjuncts) for a in ph.own(t, 1)]
    helpers += [a for p in _pobjs(noun, ("of", "from")) for a in ph.actors(p)]
    subj = subject_of(verb)
    doers = [a for a in (ph.actors(subj) if subj is not None else []) if a not in helpers]
    if not helpers or not doers:
        return None
    return Candidate(helpers, RelationType.SUPPORTS, doers, cue_tok, None, nominal=True, verb=verb)


def _deal_for_goods(cue_tok: Any, deal: Any, gov: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "signed contracts for Russian fighter jets", "a deal for 24 Sukhoi jets": the goods' maker
    supplies whoever signs for them (the signer names the seller by the goods, not as a party)."""
    goods = [p for p in _pobjs(deal, ("for",)) if _material([p], lex)]
    if not goods and gov.lemma_.lower() in lex.light_verbs:
        goods = [p for p in _pobjs(gov, ("for",)) if _material([p], lex)]  # the "for" hung on "signed"
    origin = _goods_origin(goods, ph, lex)
    if goods and not origin:  # "signed a deal with Russia for S-400 systems": the partner sells
        origin = [a for p in [*_pobjs(deal, ("with",)), *_pobjs(gov, ("with",))] for a in ph.actors(p)]
    subj = subject_of(gov)
    buyers = [a for a in (ph.actors(subj) if subj is not None else []) if a not in origin]
    if not origin or not buyers:
        return None
    return Candidate(origin, RelationType.SUPPLIES, buyers, cue_tok, "weapons" if _material(goods, lex) else None,
                     nominal=True, verb=gov)


def _goods_holder(objs: list[Any], ph: Phrases, lex: Lexicon) -> list[str]:
    """Whose goods a supply verb names ("supplied the bulk of Myanmar's arms", "supplies most of
    India's weapons"): the possessor of the goods, or of the quantity that holds them, receives them."""
    found: list[str] = []
    for o in objs:
        def held(t: Any) -> bool:  # arms, or arms imports
            return bool(lex.modes.get(t.lemma_.lower())) or t.lemma_.lower() in ("import", "arsenal", "stockpile")
        goods = [o] if held(o) else [p for p in _pobjs(o, ("of",)) if held(p)]
        for g in goods:
            if g.lemma_.lower() in word_lists("cues.yaml").possessor_gives:
                continue  # "offered the bloc's help": the bloc gives it, nobody receives it by name
            found += [a for c in g.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    return found


def _names_capital(mod: Any, noun: Any) -> bool:
    """Whether ``mod`` is a capital city's name compounded before ``noun`` ("the Damascus consulate
    strike", "the Kyiv blast"): a place, not the doer the way "the Russian strike" names one."""
    if mod.dep_ != "compound" or mod.i > noun.i or any(c.dep_ == "case" for c in mod.children):
        return False
    start, names = mod.left_edge.i, capital_names()
    return any(mod.doc[k:j + 1].text in names for k in range(start, mod.i + 1) for j in range(k, mod.i + 1))


def _compound_recipient(verb: Any, objs: list[Any], ph: Phrases) -> list[str]:
    """A double object the parser flattened ("sent Moscow missiles", "sold Taiwan tanks"): a state named
    bare right after the verb, hung on the goods as a compound (or, mistagged, a modifier: "promise Kyiv
    main battle tanks"), receives them; an acronym there is
    mostly the goods' origin ("US missiles"), so it does not count."""
    out: list[str] = []
    for o in objs:
        first = o.left_edge
        if first.i != verb.i + 1 or first.i == o.i or first.dep_ not in ("compound", "amod", "nmod") or first.text.isupper():
            continue
        if first.ent_type_ == "NORP" or not (first.pos_ == "PROPN" or first.ent_type_ == "GPE"):
            continue  # "sent Russian missiles": a demonym is the goods' origin
        link = first.head
        while link.i != o.i and link.dep_ == "compound" and link.pos_ == "PROPN" and link.head.i <= o.i:
            link = link.head  # "gave Ukraine Leopard tanks": the state, then the model, then the goods
        if link.i != o.i or first.i not in ph.actor_at:
            continue
        actor = ph.actor_at[first.i]
        if _kind(ph, actor) == "state":
            out.append(actor)
    return out


def _travel_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """A traveller flying to a state with no cargo ("Putin will fly to Beijing") goes to meet it;
    planes or cargo flying somewhere meet nobody."""
    subj = subject_of(tok)
    passing = (*_NEARBY, "through")
    if subj is not None and lex.modes.get(subj.lemma_.lower()) in ("weapons", "troops") and _pobjs(tok, passing):
        # "Chinese warplanes flew near Taiwan", "B-52s flew through China's air defence zone": forces that fly
        # close to or across a state's claimed space are a show of force (the zone may be named by who declared it)
        subj_ids = ph.actors(subj)
        near = [a for p in _pobjs(tok, passing) for a in (ph.actors(p) or _declarer(p, ph)) if a not in subj_ids]
        return Candidate(subj_ids, RelationType.MOBILIZES, near, tok, "patrol", verb=tok) if subj_ids and near else None
    if subj is None or lex.modes.get(subj.lemma_.lower()) not in (None, "envoys") or subj.lemma_.lower() in lex.craft:
        return None  # "a US delegation flew to Kyiv" goes to meet; "drones flew into Russia" do not
    if _private_people(subj) or _carried(tok):
        return None  # tourists fly to Cyprus; detainees "were flown to Moscow" by others
    subj_ids = ph.actors(subj)
    hosts = [a for a in _first(tok, ("to",), ph) if a not in subj_ids]
    if not subj_ids or not hosts:
        return None
    return Candidate(subj_ids, RelationType.MEETS, hosts, tok, None, verb=tok)


def _carried(verb: Any) -> bool:
    """Whether a verb of travel is passive: "were flown to Moscow", or a bare participle joined to another clause
    ("handed over to the Belgian minister ... and flown to Moscow"); not "has flown to Kyiv"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for h in holders for c in h.children)


def _private_people(subj: Any) -> bool:
    """Whether a subject is a nation's private people (tourists, citizens, students), who meet no state."""
    return subj.lemma_.lower() in word_lists("cues.yaml").private_people


def _declarer(place: Any, ph: Phrases) -> list[str]:
    """Who claims a space named by a relative clause: "the zone that China declared", "the buffer zone Russia set up"."""
    return [a for c in place.children if c.dep_ == "relcl" and c.lemma_.lower() in word_lists("cues.yaml").declaring_verbs
            for s_ in c.children if s_.dep_ == "nsubj" for a in ph.actors(s_)]


def _traveller(subj: Any, ph: Phrases, lex: Lexicon) -> bool:
    """A subject that travels for its state: an office holder, an envoy or delegation, a person the
    gazetteer ties to a state; not craft, cargo, troops or crowds ("refugees arrived in Poland")."""
    lemma = subj.lemma_.lower()
    if lemma in lex.craft or lex.modes.get(lemma) not in (None, "envoys"):
        return False
    person = subj.ent_type_ == "PERSON" and subj.i in ph.actor_at
    return person or lemma in lex.office_titles or lex.modes.get(lemma) == "envoys"


def _carrier_candidate(tok: Any, cue: Cue, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "Two Egyptian military aircraft carrying weapons landed in Mogadishu": the craft's state
    supplies the place's state with its load. Craft that carry nothing material arrive for nothing."""
    subj = subject_of(tok)
    if subj is None:
        return None
    loads = [o for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in _CARRYING for o in _objects(c)]
    if not loads and lex.modes.get(subj.lemma_.lower()) == "troops" and tok.lemma_.lower() != "dock":
        loads = [subj]  # "Russian military instructors arrived in Niamey": the troops are the load
    if not loads and _traveller(subj, ph, lex):
        # "Japan's prime minister arrived in Kyiv", "the US delegation landed in Honiara": a visit
        guests = ph.actors(subj)
        hosts = [a for a in _located(tok, ph, lex) if a not in guests and _kind(ph, a) == "state"]
        return Candidate(guests, RelationType.MEETS, hosts, tok, None, verb=tok) if guests and hosts else None
    if not loads or not _material(loads, lex):
        return None
    sources = ph.actors(subj)
    targets = [a for a in _located(tok, ph, lex) if a not in sources and _kind(ph, a) == "state"]
    if not targets:
        targets = [a for p in _pobjs(tok, cue.target) for a in _place_owner(p, ph, lex) if a not in sources and _kind(ph, a) == "state"]
    return Candidate(sources, cue.type, targets, tok, _mode(cue, loads, lex), verb=tok)


def _backed_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "Rwanda-backed M23 rebels", "the Iran-backed Houthis": the hyphenated backer supports (or arms,
    funds) the actor the phrase names."""
    cue = lex.verbs.get(tok.lemma_.lower())
    if cue is None or cue.type not in (RelationType.SUPPORTS, RelationType.SUPPLIES) or cue.reverse:
        return None
    backers = [a for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i for a in ph.own(c, 1)]
    if not backers:
        return None
    head = tok.head
    backed = [ph.actor_at[t.i] for t in (head, *(c for c in head.children if c.dep_ == "compound")) if t.i in ph.actor_at]
    if not backed and head.lemma_.lower() in word_lists("cues.yaml").governing_heads:
        backed = ph.actors(head)  # "the US-backed government in Kyiv": the state it governs
    backed = [a for a in dict.fromkeys(backed) if a not in backers]
    if not backed:
        return None
    return Candidate(backers, cue.type, backed, tok, cue.mode, verb=tok)


def _kind(ph: Phrases, actor: str) -> str:
    kind = ph.kind_of(actor)
    return kind.value if kind is not None else ""


def _governor(tok: Any) -> Any:
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _CONTAINERS:
        return _governor(tok.head.head)
    if tok.dep_ in ("oprd", "dobj", "attr") and _same(_named_thing(tok.head), tok) and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head  # "reached what both sides called a historic agreement": reached governs it
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "conj":
        return _governor(tok.head)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" and tok.head.lower_ in ("on", "in", "to", "for", "during"):
        return tok.head.head
    return None


def _noun_candidate(tok: Any, cue: Cue, ph: Phrases, lex: Lexicon) -> Candidate | None:
    rtype = cue.type
    if cue.retaliation and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "as") and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in lex.verbs:
        return None  # "fired missiles at Israel in retaliation for ...": the deed is the relation, not a threat
    if cue.needs_modifier and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in cue.needs_modifier
                                      for c in tok.children):
        return None  # "export controls", not "control of the city"
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _CONTAINERS | {"package", "programme", "program", "deal"}:
        # "a military aid package for Ukraine": the head noun carries the phrases
        anchor = tok.head
        cand = _noun_candidate_at(tok, anchor, cue, rtype, ph, lex)
        return cand
    return _noun_candidate_at(tok, tok, cue, rtype, ph, lex)


def _owned_event(cue_tok: Any, tok: Any, cue: Cue, gov: Any, ph: Phrases) -> Candidate | None:
    """An event noun held by its doer and aimed at a party tells the event whatever verb it hangs on:
    "Russia's war against Ukraine continues", "Blinken's meeting with the crown prince lasted two hours",
    "China's trade with Russia hit a record". Nouns whose verbs may undo them wait for their governors."""
    if cue.lemma not in word_lists("cues.yaml").owned_events or (
            gov is not None and gov.lemma_.lower() in _BLOCKERS | _REMOVERS | _STOPPERS | set(cue.governors)):
        return None
    owners = [a for c in tok.children if c.dep_ == "poss" for a in ph.own(c, 1)]
    targets = [a for p in _first_pobjs(tok, cue.target) for a in ph.actors(p) if a not in owners]
    if not owners or not targets:
        return None
    return Candidate(owners, cue.type, targets, cue_tok, cue.mode, nominal=True, verb=gov if gov is not None else tok)


def _undone_measure(tok: Any, gov: Any) -> bool:
    """Whether a measure noun is lifted rather than taken: "lifted sanctions on Caracas", "suspended the ban on
    the group", "eased restrictions on Minsk", "the lifting of sanctions on Iran". A removal denied ("did not
    lift the embargo", "refused to ease the curbs") leaves the measure in force."""
    lists = word_lists("cues.yaml")
    if any(c.dep_ == "relcl" for c in tok.children):
        return False  # "the curbs that Japan imposed on Seoul were lifted": the clause tells the measure taken
    if gov is not None and gov.lemma_.lower() in lists.measure_removers:
        return not any(c.dep_ == "neg" for c in gov.children) and not (
            gov.dep_ == "xcomp" and gov.head.lemma_.lower() in ("refuse", "decline", "reject"))
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lists.removal_nouns


def _deliberated(tok: Any, gov: Any, rtype: RelationType) -> bool:
    """Whether a step is only weighed: "would review its support for Israel", "is considering aid to Kyiv",
    "discussed sanctions on Moscow" (deeds told as background, "discussed the invasion", stand)."""
    lists = word_lists("cues.yaml")
    return gov is not None and gov.lemma_.lower() in lists.deliberation_verbs and tok.dep_ in ("dobj", "conj") \
        and rtype.value.lower() in lists.deliberated_types


def _counted_in(tok: Any) -> Any:
    """The sum a noun is counted in, when a verb takes the sum as its object: "suspending $2.5 million in military
    assistance to Fiji", "cut off hundreds of millions of dollars in aid" (the verb acts on the aid)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    amount = tok.head.head
    if amount.dep_ == "dobj" and amount.lemma_.lower() in word_lists("cues.yaml").amount_nouns:
        return amount
    return None


def _noun_candidate_at(cue_tok: Any, tok: Any, cue: Cue, rtype: RelationType, ph: Phrases, lex: Lexicon) -> Candidate | None:
    gov = _governor(tok)
    if gov is None and _counted_in(tok) is not None:
        gov = _counted_in(tok).head  # "was suspending $2.5 million in military assistance to Fiji"
    if cue.material and _pobjs(tok, ("of",)) and not _material(_pobjs(tok, ("of",)), lex):
        return None  # "the transfer of prisoners", "the transfer of power": no goods change hands
    if rtype == RelationType.SUPPLIES and not cue.reverse and _pobjs(tok, ("of",)) and _no_goods(_pobjs(tok, ("of",))):
        return None  # "the delivery of the final text": a document is no supply
    if tok.dep_ == "dobj" and gov is not None and _nothing_done([tok]):
        return None  # "signed no agreement with", "imposed no sanctions on"
    if rtype == RelationType.SANCTIONS and _undone_measure(tok, gov):
        return None  # "lifted sanctions on Venezuela": the measure ends
    if _deliberated(tok, gov, rtype):
        return None  # "would review its support for Islamabad"
    if gov is not None and _asked_for(gov, lex):
        return None  # "pushed the EU to impose sanctions on Russia": asked for, not imposed
    if cue.mode == "war" and tok.dep_ == "pobj" and tok.head.lower_ in word_lists("cues.yaml").time_frame_preps:
        return None  # "fought alongside Ethiopian forces during the war in Tigray": the war dates the deed
    if rtype == RelationType.SUPPORTS and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        deed = tok.head.head
        if deed.dep_ == "dobj" and deed.pos_ == "NOUN":  # "repelled the raid with the help of Chad"
            deed = deed.head
        aided = _aided_candidate(cue_tok, tok, deed, ph) if deed.pos_ == "VERB" else None
        if aided is not None:
            return aided
    if rtype == RelationType.MEETS and cue.governors:
        between = [a for p in _pobjs(tok, ("between",)) for a in ph.actors(p)]
        if len(between) > 1:
            # "after talks between the negotiators of the two sides": the sides meet, whatever governs the noun
            return Candidate(between[:1], rtype, between[1:], cue_tok, cue.mode, nominal=True, verb=gov if gov is not None else tok)
        if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "during", "following", "at") and tok.head.head.pos_ in ("VERB", "AUX"):
            # "After talks in Jakarta, Widodo and Muhyiddin asked ...": the two who then act together met;
            # "After talks with Iran, Iraq announced ...": the actor met its partner. The talks are
            # over whatever the main verb plans ("after a meeting with Zelenskiy, pledged to ..."), so the
            # noun itself frames the status
            subj = subject_of(tok.head.head)
            parties = list(dict.fromkeys(ph.actors(subj))) if subj is not None else []
            partners = [a for p in _pobjs(tok, ("with",)) for a in ph.actors(p) if a not in parties]
            if parties and partners:
                return Candidate(parties, rtype, partners, cue_tok, cue.mode, nominal=True, verb=tok)
            if len(parties) > 1 and not _pobjs(tok, ("with",)):
                return Candidate(parties[:1], rtype, parties[1:], cue_tok, cue.mode, nominal=True, verb=tok)
    if rtype == RelationType.COOPERATES and gov is not None:
        bought = _deal_for_goods(cue_tok, tok, gov, ph, lex)
        if bought is not None:
            return bought
    if cue.governors:
        if gov is None or gov.lemma_.lower() not in cue.governors:
            return _owned_event(cue_tok, tok, cue, gov, ph)
        rtype = cue.governors[gov.lemma_.lower()]
    elif gov is not None and gov.lemma_.lower() in _BLOCKERS:
        return None  # "Hungary blocked aid to Ukraine": the deed did not happen
    elif gov is not None and gov.lemma_.lower() in _REMOVERS and (
            any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in gov.children)
            or (gov.dep_ == "xcomp" and gov.head.lemma_.lower() in lex.intent_heads)):
        return None  # "China will remove its tariffs": what is still in force is no plan to impose it
    sources: list[str] = []
    sites: list[str] = []  # "the Damascus consulate strike": a capital before an attack is where it hit
    for c in tok.children:
        if rtype == RelationType.ATTACKS and _names_capital(c, tok):
            sites += ph.own(c, 1)
        elif c.lower_ == "bound" and c.dep_ == "amod":
            continue  # "the Russia-bound shipment": the destination, not the shipper
        elif c.dep_ == "amod" and c.lemma_.lower() in word_lists("cues.yaml").topic_participles:
            continue  # "Washington's Crimea-related sanctions on Russia": what the measure is about, not who took it
        elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i):
            sources += [a for t in (c, *c.conjuncts) for a in ph.own(t, 1)]
    doer = gov
    if doer is None and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        doer = tok.head.head  # "answered (the vote) with Western sanctions"
        if doer.dep_ == "dobj" and doer.pos_ != "VERB":
            doer = doer.head
        doer = doer if doer.pos_ == "VERB" else None
    if sources and all(_kind(ph, a) == "bloc" for a in sources) and doer is not None and tok.dep_ in ("pobj", "dobj") \
            and not any(c.dep_ == "poss" for c in tok.children) and (doer.lemma_.lower() in lex.light_verbs or doer.lemma_.lower() in lex.with_verbs or doer.lemma_.lower() == "join"):
        # "The United States and the EU answered the referendum with the first Western sanctions": the bloc
        # adjective describes the deed; its doers are the clause's subject, where it names them
        subj = subject_of(doer)
        members = ph.actors(subj) if subj is not None else []
        if members:
            sources = members
    if cue.agentive:
        # "the U.S. is Taiwan's most important backer": the possessor is the target
        cop = tok.head if tok.dep_ in ("attr", "appos") else (tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "attr" else None)
        if cop is None and tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_.lower() == "be":
            cop = tok.head.head  # "Chinese firms were among the largest suppliers of arms to the Sri Lankan forces"
        if cop is None:
            return None
        owner = subject_of(cop) if cop.dep_ != "nsubj" and cop.pos_ in ("AUX", "VERB") else cop
        # "a major arms supplier to Azerbaijan", "the main backer of the rebels"
        served = sources or [a for p in _pobjs(tok, ("to", "of", "for")) for a in ph.actors(p)]
        if not served and tok.dep_ == "conj":  # "Cambodia's largest investor and creditor": the first noun's possessor
            served = [a for c in tok.head.children if c.dep_ == "poss" for a in ph.own(c, 1)]
        if cue.target_kinds:  # "became a member of NATO", not of a delegation
            served = [a for a in served if _kind(ph, a) in cue.target_kinds]
            if not served:
                return None
        return Candidate(ph.actors(owner) if owner is not None else [], rtype, served, cue_tok, cue.mode, nominal=True,
                         verb=cop)
    if cue.reverse:
        # "Turkey's purchase of S-400s from Russia": the buyer is the target
        origin = [a for p in _pobjs(tok, cue.source) for a in ph.actors(p)]
        if not origin:  # "purchase of S-400 systems from Russia"
            origin = [a for o in _pobjs(tok, ("of",)) for p in _pobjs(o, cue.source) for a in ph.actors(p)]
        if not origin and rtype == RelationType.SUPPLIES:  # "Ankara's acquisition of Russian S-400 systems"
            origin = [a for a in _goods_origin(_pobjs(tok, ("of",)), ph, lex) if a not in sources]
        verb = next((a for a in list(tok.ancestors)[:5] if a.pos_ in ("VERB", "AUX")), None)
        if not sources and tok.dep_ == "pobj" and verb is not None and verb.lemma_.lower() in lex.dependence_verbs:
            # "relies on imports from Russia", "covers 90% of its needs with imports from Russia": the subject buys
            subj = subject_of(verb)
            sources = [a for a in (ph.actors(subj) if subj is not None else []) if a not in origin]
        return Candidate(origin, rtype, sources, cue_tok, cue.mode, nominal=True, verb=gov if gov is not None else tok)
    if gov is not None and gov.lemma_.lower() in _RECEIVE and tok.dep_ in ("dobj", "conj") and not cue.retaliation:
        # "Mali takes delivery of Turkish drones", "M23 received backing from Rwanda": the subject receives
        subj = subject_of(gov)
        receivers = ph.actors(subj) if subj is not None else []
        preps = ("of", "from") if rtype == RelationType.SUPPLIES else ("from",)
        origin = [a for p in _pobjs(tok, preps) for a in ph.actors(p)] or sources
        if not origin:
            origin = [a for p in _pobjs(gov, ("from",)) for a in ph.actors(p)]
        return Candidate(origin, rtype, receivers, cue_tok, cue.mode, nominal=True, verb=gov)
    if not sources and cue.source:
        sources = [a for p in _pobjs(tok, cue.source) for a in ph.actors(p)]
    if not sources and rtype == RelationType.SUPPLIES and not cue.reverse:
        # "the shipment of Iranian missiles to Russia": the goods' origin supplies them
        for p in _pobjs(tok, ("of",)):
            for t in (p, *p.conjuncts):
                if lex.modes.get(t.lemma_.lower()):
                    sources += [a for c in t.children if c.dep_ in ("amod", "compound", "poss") and c.i < t.i for a in ph.own(c, 1)]
    if not sources and rtype == RelationType.ATTACKS and "of" not in cue.target:
        # "the offensive of the M23 armed group in eastern Congo": an attack's "of" names its doer
        doers = _pobjs(tok, ("of",))
        sources = [a for p in doers for a in ph.actors(p) if _kind(ph, a) in ("state", "armed_group")]
        if sources and not _first_pobjs(tok, cue.target):
            sites += _place_targets(tok, doers, sources, ph, lex)  # "... of the M23 armed group in eastern Congo"
    if not sources and rtype == RelationType.ATTACKS:
        claimant = _responsible(tok, lex)
        if claimant is not None:
            held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "ADJ" else None
            # "holding Pyongyang responsible for the torpedo attack": the one held responsible, not the holder
            subj = _held_responsible(held, 0) if held is not None else subject_of(claimant)
            sources = ph.actors(subj) if subj is not None else []
    holder: list[str] = []
    if cue.holder_is_target:
        holder, sources = sources, []
    gov_lemma = gov.lemma_.lower() if gov is not None else ""
    neutral = gov is not None and (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"))) and gov_lemma not in lex.verbs and gov_lemma not in lex.reporting \
        and gov_lemma not in lex.denial and gov_lemma not in lex.describe_verbs and gov_lemma not in lex.confirmation \
        and gov_lemma not in lex.feeling_verbs
    if not sources and gov is not None and tok.dep_ == "dobj" and gov_lemma in lex.denial and rtype.value not in ("DENIES", "ACCUSES"):
        # "Tehran denied arms shipments to Russia": one denies one's own deeds
        subj = subject_of(gov)
        sources = ph.actors(subj) if subj is not None else []
    imposed_on: list[str] = []
    if not sources and not cue.reverse:
        # "the sanctions that the EU imposed on Russia", "the drills China staged around Taiwan", "restrictions on arms sales that Helsinki imposed on
        # Ankara": the relative clause names the doer (and the target), not the verb the noun hangs on
        for noun in (tok, *_first_pobjs(tok, cue.target)):
            for c in noun.children:
                subj = _child(c, "nsubj")
                if c.dep_ == "relcl" and c.lemma_.lower() in lex.light_verbs and subj is not None \
                        and subj.tag_ not in ("WDT", "WP"):
                    sources = ph.actors(subj)
                    imposed_on = [a for p in _pobjs(c, cue.target) for a in ph.actors(p) if a not in sources]
            if sources:
                break
    if not sources and rtype == RelationType.SUPPORTS:
        sources = _displayer(tok, ph)  # "condemned the attacks, in a show of solidarity with Riyadh"
    if not sources and rtype == RelationType.SUPPORTS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        # "gave the US ambassador 72 hours to leave 'in solidarity with Bolivia'": the doer of the clause it qualifies
        for verb in (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")):
            subj = subject_of(verb)
            sources = ph.actors(subj) if subj is not None else []
            own = _child(verb, "nsubj", "nsubjpass")
            if sources or (own is not None and own.pos_ != "NOUN") or (verb.dep_ == "ccomp" and own is None):
                break  # a named or pronoun subject that resolves to no one ends the search
    if not sources and gov is not None and gov_lemma not in _STOPPERS and (cue.retaliation or gov_lemma in lex.light_verbs or gov_lemma in cue.governors or neutral
                                             or (tok.head.lower_ == "during" and tok.dep_ == "pobj")):
        subj = subject_of(gov)
        if subj is not None:
            sources = ph.actors(subj)
    targets = holder + [a for p in _first_pobjs(tok, cue.target) for a in ph.actors(p)] or imposed_on
    if not targets:
        targets, sources = _displaced_targets(tok, cue, rtype, sources, ph, lex)
    if not targets and rtype == RelationType.COOPERATES:
        targets = [a for a in _deal_counterparty(tok, ph, lex) if a not in sources]  # "a deal to buy jets from Denmark"
    if not targets and rtype == RelationType.SUPPORTS and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in word_lists("cues.yaml").display_nouns:
        # "a show of solidarity with Riyadh", parsed with the party on the display noun
        shown = tok.head.head
        holders = [shown, *([shown.head] if shown.dep_ == "dobj" else [])]  # "sent a message of support to Taipei"
        targets = [a for h in holders for p in _first_pobjs(h, cue.target) for a in ph.actors(p) if a not in sources]
    if not targets and rtype in (RelationType.SUPPORTS, RelationType.CONDEMNS):
        # "expressed support for the measures taken by the Kazakh leadership": the deed's author
        targets = [a for p in _first_pobjs(tok, cue.target) for c in p.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for q in _pobjs(c, ("by",)) for a in ph.actors(q) if a not in sources]
    if not targets and rtype == RelationType.SANCTIONS:
        # "restrictions on the sale of chipmaking equipment to Chinese companies"
        goods = _first_pobjs(tok, cue.target)
        targets = [a for p in goods if p.lemma_.lower() in lex.trade_nouns for a in _trade_party(p, ph) if a not in sources]
        if not targets and goods and gov is not None and gov.lemma_.lower() in lex.light_verbs:
            # "tightened export controls on chips to China": the goods' destination, hung on the verb
            targets = [a for p in _pobjs(gov, ("to",)) for a in ph.actors(p) if a not in sources]
    if not targets and rtype in (RelationType.SANCTIONS, RelationType.ATTACKS):
        # "new sanctions targeting Russia's energy sector", "strikes aimed at Hezbollah"
        aims = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in word_lists("cues.yaml").aiming_participles]
        targets = [ph.actor_at[t.i] for c in aims for o in [*_objects(c), *_pobjs(c, ("at",))] for t in _own_phrase(o)
                   if t.i in ph.actor_at and ph.actor_at[t.i] not in sources]
    if not targets and gov is not None:
        targets = [a for p in _pobjs(gov, cue.target) for a in ph.actors(p)]
    if not targets and gov is not None and tok.dep_ == "dobj" and rtype in _GIVEN_TYPES and (
            gov_lemma in lex.light_verbs or gov_lemma in cue.governors) and not (gov.dep_ == "conj" and gov.head.dep_ == "relcl") \
            and not (rtype == RelationType.SUPPORTS and gov_lemma in word_lists("status.yaml").promise_cues):
        # (a verb joined to a relative clause is mostly the main clause's second verb misparsed: "condemned the
        # attacks that Russia carried out and offered Poland their support"; backing offered or pledged is read
        # by the status rules as a promise of goods, which it is not, so it waits for them)
        # "offered Poland their full support", "agreed to give China's forces access to the base": the one given to
        subj = subject_of(gov)
        if subj is not None and ph.actors(subj) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            sources = ph.actors(subj)  # "they offered Poland their full support": the givers, named as the subject
        targets = [a for c in gov.children if c.dep_ == "dative" and c.pos_ != "ADP" for a in ph.actors(c) if a not in sources]
    if not targets and gov is not None and (rtype == RelationType.CONDEMNS and cue.governors or cue.lemma in lex.protest_cues):
        targets = _protest_partner(gov, [], ph, lex)  # "summoned X's ambassador and lodged a protest"
        if targets and set(targets) <= set(sources):
            teller = _self_reporter(gov)
            sources = ph.actors(teller) if teller is not None else sources
    if not targets and rtype == RelationType.SUPPLIES and not cue.reverse:
        # "the Russia-bound shipment", "Gaza-bound aid": the place named before "bound" receives it
        targets = [a for c in tok.children if c.dep_ == "amod" and c.lower_ == "bound"
                   for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod") for a in ph.actors(m) if a not in sources]
    if not targets and rtype == RelationType.SUPPLIES and not cue.reverse:
        # "a sale of spare parts for Taiwan's F-16 jets": the goods' destination
        targets = [a for o in _pobjs(tok, ("of",)) if lex.modes.get(o.lemma_.lower()) or _material([o], lex)
                   for p in _pobjs(o, cue.target) for a in ph.actors(p) if a not in sources]
    if not targets:
        targets = [a for a in sites if a not in sources]
    if not targets and rtype == RelationType.ATTACKS and sources:
        # "a drone strike on a village in Syria", "strikes in southern Lebanon"
        places = [p for p in _first_pobjs(tok, cue.target)]
        targets = _place_targets(tok, places, sources, ph, lex)
        if not targets and gov is not None and gov_lemma in lex.light_verbs:
            targets = _place_targets(gov, [], sources, ph, lex)  # "launched an offensive in Nagorno-Karabakh"
    if not targets and cue.lemma in lex.verbs:
        # a verb tagged as a noun: "the West sanctions Moscow"
        for c in tok.children:
            if c.dep_ == "appos":
                targets = ph.actors(c)
    verb = gov if gov is not None else tok
    if gov is not None and (gov_lemma in lex.denial or gov_lemma in lex.confirmation):
        verb = tok  # "the shipment ... was confirmed by U.S. officials": the governor is the frame
    if rtype == RelationType.MOBILIZES:
        partners = [a for p in _pobjs(tok, ("with",)) for a in ph.actors(p)]
        if not partners and gov is not None and gov_lemma in cue.governors:
            # "Washington held exercises with Guyana": the parser hangs the partner on the verb
            partners = [a for p in _pobjs(gov, ("with",)) for a in ph.actors(p) if a not in sources]
        if partners:  # "held exercises with Guyana's military"
            rtype, targets = RelationType.COOPERATES, partners
    if not targets and len(sources) > 1 and any(c.lower_ in ("joint", "combined") for c in tok.children):
        # "U.S. and Philippine forces held joint drills": the partners cooperate
        rtype = RelationType.COOPERATES
    if cue.target_kinds:
        targets = [a for a in targets if _kind(ph, a) in cue.target_kinds]
    between = [a for p in _pobjs(tok, ("between",)) for a in ph.actors(p)]
    if rtype.symmetric and len(between) > 1:
        # "talks between Ukraine and the United States": the two sides meet, whoever hosts
        sources, targets = between[:1], between[1:]
    if cue.retaliation and sources:
        if not targets:
            targets = _provoker(sources, ph)
        for anc in tok.ancestors:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in lex.reporting:
                verb = anc  # a threat is made in the saying: "said it would take retaliatory measures"
                break
    return Candidate(sources, rtype, targets, cue_tok, cue.mode, nominal=True, verb=verb)


def _displaced_targets(tok: Any, cue: Cue, rtype: RelationType, sources: list[str], ph: Phrases,
                       lex: Lexicon) -> tuple[list[str], list[str]]:
    """Targets (and, with them, a missing source) that the parser hung off the cue noun's own phrases:
    on the container it is counted in ("a series of exercises off the Georgian coast"), on a cooperation noun
    the agreement is about ("signed a memorandum on a strategic partnership with Baku"), on a participle that
    places the measure ("a U.N. arms embargo imposed on Somalia"), or on the one a measure weighs on ("Iraq has
    been under U.N. sanctions")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _CONTAINERS:
        found = [a for p in _first_pobjs(tok.head.head, cue.target) for a in ph.actors(p) if a not in sources]
        if found:
            return found, sources
    if rtype == RelationType.COOPERATES and cue.governors:
        found = [a for p in _pobjs(tok, ("on", "for", "of")) if p.lemma_.lower() in lex.nouns
                 and lex.nouns[p.lemma_.lower()].type == RelationType.COOPERATES
                 for q in _first_pobjs(p, ("with",)) for a in ph.actors(q) if a not in sources]
        if found:
            return found, sources
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.light_verbs:
            agents = [a for p in _pobjs(c, ("by",)) for a in ph.actors(p)]
            found = [a for p in _first_pobjs(c, cue.target) for a in ph.actors(p) if a not in (sources or agents)]
            if found:
                return found, sources or agents
    if rtype == RelationType.SANCTIONS and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        holder = tok.head.head
        if holder.pos_ in ("VERB", "AUX"):
            holder = subject_of(holder)
        if holder is not None and holder.pos_ in ("NOUN", "PROPN", "PRON"):
            return [a for a in ph.actors(holder) if a not in sources], sources
    return [], sources


def _deal_counterparty(deal: Any, ph: Phrases, lex: Lexicon) -> list[str]:
    """The other party of a deal told by its purpose: "signed an agreement to buy 24 jets from Denmark" (the
    seller), "a contract worth $5 billion to acquire missiles from Russia", "a deal to sell submarines to
    Australia" (the buyer)."""
    hosts = [deal, *(c for c in deal.children if c.dep_ == "amod" and c.pos_ == "ADJ")]  # "a contract worth ... to"
    for h in hosts:
        for c in h.children:
            if c.dep_ not in ("acl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            cue = lex.verbs.get(c.lemma_.lower())
            if cue is None or cue.type != RelationType.SUPPLIES:
                continue
            found = _first(c, cue.source if cue.reverse else cue.target, ph)
            if found:
                return found
    return []


def _displayer(tok: Any, ph: Phrases) -> list[str]:
    """Who shows backing through a display noun ("in a show of solidarity with Riyadh", "as a gesture of
    support for Kyiv", "sent a message of support to Taipei"): the subject of the clause the display is in."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in word_lists("cues.yaml").display_nouns:
        return []
    shown = tok.head.head
    verb = _governor(shown)
    if verb is None and shown.dep_ == "pobj" and shown.head.lower_ in ("in", "as") and shown.head.head.pos_ in ("VERB", "AUX"):
        verb = shown.head.head
    subj = subject_of(verb) if verb is not None else None
    return ph.actors(subj) if subj is not None else []


def _provoker(sources: list[str], ph: Phrases) -> list[str]:
    """Whoever last acted against the retaliating side, from the relations the article has given so far."""
    for rel in reversed(ph.discourse.relations[-30:]):
        if rel.target in sources and rel.source not in sources and rel.type.family.value in ("coercion", "force", "dispute"):
            return [rel.source]
    return []


def _responsible(tok: Any, lex: Lexicon) -> Any:
    """The verb whose subject owns an event: "claimed (responsibility for) the attack", "is behind the attack"."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim":
        return tok.head
    if tok.dep_ != "pobj":
        return None
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "behind" and head.lemma_.lower() == "be":
        return head
    if prep.lower_ == "for" and head.lemma_.lower() in lex.responsibility_heads and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _judged_actors(obj: Any, ph: Phrases) -> list[str]:
    """The actors a judged object names, less those named only inside a verdict set beside it: "called the
    seizure 'an outrageous violation of sovereign Ukrainian territory'" judges the seizer, not Ukraine."""
    verdict = _verdict_span(obj, ph)
    if not verdict:
        return ph.actors(obj)
    inside = {ph.actor_at[i] for i in verdict if i in ph.actor_at}
    outside = {ph.actor_at[t.i] for t in obj.subtree if t.i in ph.actor_at and t.i not in verdict}
    return [a for a in ph.actors(obj) if a not in inside or a in outside]


def _participle_pair(verb: Any) -> Any:
    """The participle a subjectless "-ing" conjunct truly pairs with when the parser conjoined it to a finite
    verb deep inside the first participle's phrase; None when the conjunction is sound."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ == "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for a in verb.head.ancestors:
        if a.tag_ == "VBG" and a.dep_ in ("acl", "advcl") and a.i < verb.i:
            return a
    return None


def _clause_pobj_subject(verb: Any) -> Any:
    """ "ordered the strikes after a report by Butler accused Baghdad", parsed with the clause's subject as the
    object of "after": the noun phrase just before a subjectless adverbial verb is its subject."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children) \
            or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for p in verb.head.children:
        if p.dep_ == "prep" and p.lower_ in ("after", "before", "since", "until") and p.i < verb.i:
            for q in p.children:
                edge = q.right_edge.i
                while edge > q.i and verb.doc[edge].is_punct:
                    edge -= 1
                if q.dep_ == "pobj" and q.pos_ == "NOUN" and q.right_edge.i + 1 >= verb.i - 1 and edge < verb.i:
                    return q
    return None


def _document_author(doc_noun: Any, ph: Phrases) -> list[str]:
    """Who speaks through a document named with its author ("a report by the IAEA"), a person named by office
    standing for the office's owner ("a report by Rafael Grossi, the head of the U.N. nuclear watchdog"): the
    document, not whoever relays it, is the claimant."""
    for p in _pobjs(doc_noun, ("by",)):
        found = ph.actors(p) or [a for c in p.children if c.dep_ == "appos" for a in ph.actors(c)]
        if found:
            return found
    return []


def _verdict_span(obj: Any, ph: Phrases) -> set[int]:
    """The tokens of a verdict set beside a judged object as its apposition ("the seizure 'an outrageous
    violation of sovereign Ukrainian territory'"): the victim it names is not the judged."""
    return {t.i for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.i not in ph.actor_at
            for t in c.subtree}


def _claim_of(noun: Any) -> bool:
    """ "rejected Ukrainian talk of aggression": a noun that is a claim only when it says what it claims with
    "of" (singular: "the talks" are a meeting)."""
    return noun.lower_ in word_lists("cues.yaml").claim_of_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(q.dep_ == "pobj" for q in c.children) for c in noun.children)


def _denial_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    subj = subject_of(tok)
    if subj is None:
        return None
    if lemma in lex.describe_verbs and objs and lemma != "reject" and any(
            t.i > tok.i and t.lower_ in lex.condemning for t in tok.subtree):
        # "called the Chinese actions excessive and offensive"
        claim = [o for o in objs if o.lemma_.lower() in lex.claim_nouns]
        if not claim:
            targets = [a for o in objs for a in _judged_actors(o, ph)] or _deed_agent(tok, ph, lex)
            if not targets:  # "called an agreement giving Ethiopia access ... null and void"
                targets = list(dict.fromkeys(ph.actor_at[t.i] for o in objs for t in o.subtree
                                             if t.i in ph.actor_at and t.i not in _verdict_span(o, ph)))
            return Candidate(ph.actors(subj), RelationType.CONDEMNS, targets, tok, None, verb=tok)
    claim_objs = [o for o in objs if o.lemma_.lower() in lex.claim_nouns or _claim_of(o)]
    dismissive = lemma in lex.describe_verbs and any(
        t.i > tok.i and (t.lower_ in lex.dismissive or t.lemma_.lower() in lex.dismissive) for t in tok.subtree)
    if not (lemma in lex.denial and claim_objs) and not (dismissive and objs):
        return None
    owners: list[str] = []
    for o in (claim_objs or objs):
        owners += ph.actors(o)
        owners += [a for p in _pobjs(o, ("by", "from", "of")) for a in ph.actors(p)]
    # no owner named ("called the accusations lies"): the extractor looks back for the accuser
    return Candidate(ph.actors(subj), RelationType.DENIES, owners, tok, None, verb=tok)


def _reception_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "Hungary came under fire from the EU", "the plan drew criticism from Beijing": censure the subject
    receives from a named party is that party's condemnation of the subject."""
    if tok.lemma_.lower() not in lex.reception_verbs:
        return None
    nouns = [o for o in _objects(tok) if o.lemma_.lower() in lex.reception_nouns]
    nouns += [p for p in _pobjs(tok, ("under", "with")) if p.lemma_.lower() in lex.reception_nouns]
    if not nouns:
        return None
    origins = [p for n in nouns for p in _pobjs(n, ("from", "by"))] or _pobjs(tok, ("from", "by"))
    critics = [a for p in origins for a in ph.actors(p)]
    if not origins:
        # "Kharkiv came under Russian shelling", "drew sharp Chinese criticism": the adjective names the source
        # (only deeds: "Russian fire" may be shooting or censure, "Armenian anger" is a feeling, not a protest)
        critics = [a for n in nouns if n.lemma_.lower() in word_lists("cues.yaml").adjective_reception for c in n.children
                   if c.dep_ in ("amod", "compound", "poss") and c.i < n.i for a in ph.own(c, 1)]
    subj = subject_of(tok)
    if not critics or subj is None:
        return None
    targets = [a for a in ph.actors(subj) if a not in critics]
    armed = [t for t in (subj, *origins) if lex.modes.get(t.lemma_.lower()) in ("troops", "weapons", "vessels")
             or t.lemma_.lower() in lex.craft or t.lemma_.lower() in _POSTS]
    if armed or any(n.lemma_.lower() in lex.reception_attacks for n in nouns):
        return Candidate(critics, RelationType.ATTACKS, targets, tok, None, verb=tok)
    return Candidate(critics, RelationType.CONDEMNS, targets, tok, None, verb=tok)


def _with_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "hit Moscow with new sanctions" sanctions, "targeted Kyiv with drones" attacks: what the "with"
    phrase names decides the type, whatever the verb alone would say."""
    if tok.lemma_.lower() not in lex.with_verbs:
        return None
    objs = _objects(tok)
    counted = _counted_members(objs, lex)
    # "a new round of sanctions"; "hit three of Chavez's aides with sanctions" (the "with" hung on the aides)
    tools = _heads([p for o in [*objs, *counted, tok] for p in _pobjs(o, ("with",))])
    sanction = [t for t in tools if (c := lex.nouns.get(t.lemma_.lower())) is not None and c.type == RelationType.SANCTIONS]
    armed = [t for t in tools if t.lemma_.lower() not in _CONTAINERS and (lex.modes.get(t.lemma_.lower()) == "weapons" or any(
        lex.modes.get(c.lemma_.lower()) == "weapons" for c in t.children if c.dep_ == "compound"))]
    if sanction:
        rtype = RelationType.SANCTIONS
    elif armed:
        rtype = RelationType.ATTACKS
    else:
        return None
    subj = subject_of(tok)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for o in [*(objs if not counted else []), *counted] for a in ph.actors(o) if a not in sources]
    if not targets and rtype == RelationType.SANCTIONS:
        # "answered the referendum with sanctions against Russia": the measures' own target
        targets = [a for t in sanction for p in _pobjs(t, ("against", "on")) for a in ph.actors(p) if a not in sources]
    if not targets and rtype == RelationType.ATTACKS:
        targets = _place_targets(tok, list(_objects(tok)), sources, ph, lex)
    return Candidate(sources, rtype, targets, tok, None, verb=tok,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _permission_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """ "Lithuania allowed Taiwan to open a de facto embassy" cooperates with Taiwan; "Sweden let PKK
    sympathisers raise funds", "allowed Russia to use its territory" support them: who permits an actor's
    own deed sides with that actor."""
    if tok.lemma_.lower() not in lex.permission_verbs:
        return None
    deed = _child(tok, "xcomp", "ccomp")
    if deed is None or any(c.dep_ == "neg" for c in tok.children):
        return None  # "will not allow Russia to operate": nothing permitted
    allowed = [o for o in _objects(tok)] or [c for c in deed.children if c.dep_ == "nsubj"]
    targets = [a for o in allowed for a in ph.actors(o)]
    subj = subject_of(tok)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for a in targets if a not in sources]
    if not targets or not sources:
        return None
    # letting a state open an office or mission is an exchange; letting an actor use one's ground is backing
    rtype = RelationType.COOPERATES if deed.lemma_.lower() in lex.joint_deeds else RelationType.SUPPORTS
    return Candidate(sources, rtype, targets, tok, None, verb=tok,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _deadline_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """A deadline is a demand on whoever gets it: "gave the junta one week to reinstate the president",
    "set Moscow a deadline of Friday to withdraw"; given to an envoy to leave, it is an expulsion
    ("gave France's ambassador 48 hours to leave"). The parser hangs the time and the infinitive
    anywhere near the verb, so both are looked for two levels down."""
    if tok.lemma_.lower() not in lex.deadline_verbs:
        return None
    near = [*tok.children, *(g for c in tok.children if c.dep_ not in ("ccomp", "conj") for g in c.children)]
    times = [t for t in near if t.pos_ == "NOUN" and t.lemma_.lower() in lex.deadline_nouns]
    if not times:
        return None
    deeds = [t for t in [*near, *(g for t in times for g in t.children)] if t.pos_ in ("VERB", "AUX")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    if not deeds:
        return None
    time_ids = {t.i for t in times}
    recipients = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"] or [
        c for c in tok.children if c.dep_ == "dobj" and c.i not in time_ids]
    if not recipients:
        return None
    subj = subject_of(tok)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for r in recipients for a in ph.actors(r) if a not in sources]
    if not targets:
        return None
    rtype = RelationType.REQUESTS
    if any(d.lemma_.lower() in lex.departure_verbs for d in deeds) and any(
            r.lemma_.lower() in lex.envoy_heads or r.lower_ in ("him", "her", "them")
            or any(c.dep_ == "compound" and c.lemma_.lower() in lex.envoy_heads for c in r.children)  # "Ambassador Patrick Duddy"
            for r in _heads(recipients)):
        # "expelled Rwanda's ambassador and gave him 48 hours to leave": a person told to go is the envoy
        rtype = RelationType.REDUCES_RELATIONS
    return Candidate(sources, rtype, targets, tok, None, verb=tok,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _delisting_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """Taking a state off a list of trusted partners is a trade sanction, not an attack: "struck Japan
    off its list of preferred partners", "removed South Korea from its white list"."""
    if tok.lemma_.lower() not in lex.delisting_verbs:
        return None
    lists = [p for p in _pobjs(tok, ("from", "off")) if p.lemma_.lower() in lex.list_nouns]
    if not lists:
        return None
    targets = [a for o in _objects(tok) for a in ph.actors(o)]
    subj = subject_of(tok)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for a in targets if a not in sources]
    if not targets:
        return None
    return Candidate(sources, RelationType.SANCTIONS, targets, tok, None, verb=tok,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _listing_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """Putting a party on a blacklist sanctions it: "added Chinese firms to its entity list", "placed Huawei
    on a trade blacklist" (a list of partners or members is no blacklist)."""
    words = word_lists("cues.yaml")
    if tok.lemma_.lower() not in words.listing_verbs:
        return None
    lists = [p for p in _pobjs(tok, ("to", "on", "onto")) if p.lemma_.lower() in words.blacklists or (
        p.lemma_.lower() == "list" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in words.blacklist_kinds
                                           for c in p.children))]
    if not lists:
        return None
    subj = subject_of(tok)
    sources = ph.actors(subj) if subj is not None else []
    targets = [a for o in _objects(tok) for a in ph.actors(o) if a not in sources]
    if not targets:
        return None
    return Candidate(sources, RelationType.SANCTIONS, targets, tok, None, verb=tok,
                     pronoun_subject=subj is not None and subj.pos_ == "PRON")


def _headline_candidate(tok: Any, ph: Phrases, lex: Lexicon) -> Candidate | None:
    """A headline verb the parser took for a plural noun or left subjectless: "Russia shells Ukraine",
    "US sanctions Russia", "Russia arms Kyiv". A name right before the word and a name right after it, with
    no subject of its own, make the word the verb between them (a possessor, "Russia's shells", does not)."""
    if not tok.lower_.endswith("s") or tok.i == tok.sent.start or tok.i + 1 >= tok.sent.end \
            or _child(tok, "nsubj", "nsubjpass") is not None:
        return None
    word = tok.lower_
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    stems += [word[:-2], word[:-1]] if word.endswith("es") else [word[:-1]]
    cue = next((lex.verbs[w] for w in stems if w in lex.verbs), None)
    if cue is None or "dobj" not in cue.target or cue.reverse or cue.material or cue.needs_object or cue.needs_with \
            or cue.needs_xcomp or cue.target_kinds or cue.armed_subject or cue.carrier:
        return None
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if before.i not in ph.actor_at or after.i not in ph.actor_at or before.dep_ == "case" or before.pos_ not in ("PROPN", "NOUN"):
        return None
    source, target = ph.actor_at[before.i], ph.actor_at[after.i]
    if source == target or tok.sent.root.i != tok.i and tok.sent.root.lemma_.lower() in lex.reporting:
        return None  # "Iran arms Houthis, UN panel says": the misparse hides the report, so its status
    return Candidate([source], cue.type, [target], tok, cue.mode, verb=tok)


def candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    """Every relation candidate a sentence's cues propose (arguments may still be empty); computed once
    per sentence, as the discourse pass asks again for what the extraction pass read."""
    key = (sent.start, sent.end)
    if key not in ph.candidate_cache:
        ph.candidate_cache[key] = list(_expanded(sent, ph, lex))
    return iter(ph.candidate_cache[key])


def _expanded(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    for cand in _candidates(sent, ph, lex):
        if cand.type.symmetric and len(cand.sources) > 2 and not cand.targets:
            # "Sweden, Finland and Turkey signed a memorandum": every party with every other
            for i, a in enumerate(cand.sources):
                for b in cand.sources[i + 1:]:
                    yield replace(cand, sources=[a], targets=[b])
        else:
            yield cand


def _note_warring(sent: Any, ph: Phrases, lex: Lexicon) -> None:
    """Remember the parties of "fighting between X and Y" for a later "both sides"."""
    for tok in sent:
        if tok.lemma_.lower() in lex.fighting_nouns or tok.lower_ in lex.fighting_nouns:
            parties = [a for p in _pobjs(tok, ("between",)) for a in ph.actors(p)]
            parties = list(dict.fromkeys(parties))
            if len(parties) == 2:
                ph.discourse.warring = parties


def _cut_supply(cand: Candidate, ph: Phrases, lex: Lexicon) -> Candidate:
    """A supply that is stopped is a sanction by the supplier: "stopped supplying gas to Poland", "cut the
    electricity it supplies to Niger", "halted gas deliveries to Bulgaria", "suspended aid to Niger"."""
    if not cand.targets or not (cand.type == RelationType.SUPPLIES or (
            cand.type == RelationType.SUPPORTS and cand.cue.pos_ in ("NOUN", "PROPN"))):
        return cand  # "suspended budget support to Niger" stops backing as "halted aid" stops a supply
    tok = cand.cue
    if tok.pos_ in ("VERB", "AUX"):
        if tok.dep_ == "xcomp":
            cutter = tok.head  # "stopped supplying"
        elif tok.dep_ == "relcl" and tok.head.dep_ == "dobj":
            cutter = tok.head.head  # "cut the electricity it supplies to"
        else:
            return cand
    else:
        head = tok.head if tok.dep_ == "compound" else tok  # "cut the aid package to"
        cutter = _governor(head)
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _CONTAINERS:
            head = head.head.head  # "paused part of Washington's assistance to Addis Ababa"
        if cutter is None and _counted_in(head) is not None:
            head = _counted_in(head)  # "was suspending $2.5 million in military assistance to Fiji"
            cutter = head.head
        elif cutter is not None and head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.i == cutter.i \
                and any(o.lemma_.lower() in word_lists("cues.yaml").amount_nouns for o in cutter.children if o.dep_ == "dobj"):
            head = next(o for o in cutter.children if o.dep_ == "dobj")  # "suspending $2.5 million in assistance to Fiji"
        if cutter is None or head.dep_ not in ("dobj", "conj"):
            return cand
    if cutter.pos_ not in ("VERB", "AUX") or cutter.lemma_.lower() not in lex.supply_cutters or any(
            c.dep_ == "neg" for c in cutter.children):
        return cand
    if cutter.dep_ == "xcomp" and cutter.head.lemma_.lower() in lex.concession_heads:
        return cand  # "agreed to stop arming the Houthis": a concession tells the supply, it sanctions no one
    if cand.type == RelationType.SUPPORTS and (cutter.dep_ == "xcomp" or cutter.tag_ == "VB"):
        return cand  # "called on Rwanda to stop its support for the M23": the backing goes on, asked to end
    subj = subject_of(cutter)
    if _bought(tok, lex):
        # "India stopped buying Russian oil", "would stop purchasing Canadian wheat": the buyer sanctions the seller
        buyers = [a for a in (ph.actors(subj) if subj is not None else []) if a not in cand.sources] or cand.targets
        return replace(cand, sources=buyers, targets=cand.sources, type=RelationType.SANCTIONS, mode=None, verb=cutter) \
            if buyers else cand
    sources = [a for a in (ph.actors(subj) if subj is not None else []) if a not in cand.targets] or cand.sources
    if not sources:
        return cand
    return replace(cand, sources=sources, type=RelationType.SANCTIONS, mode=None, verb=cutter)


def _bought(tok: Any, lex: Lexicon) -> bool:
    """Whether a supply cue tells a purchase (the buyer is its target): "buying", "imports", "purchases"."""
    lemma = tok.lemma_.lower()
    cue = lex.verbs.get(lemma) if tok.pos_ in ("VERB", "AUX") else lex.nouns.get(lemma) or lex.nouns.get(lemma.rstrip("s"))
    return cue is not None and cue.reverse


def _candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    for cand in _raw_candidates(sent, ph, lex):
        cand = _cut_supply(cand, ph, lex)
        yield cand
        if _establishes_diplomatic_ties(cand):
            if cand.targets:
                yield replace(cand, type=RelationType.RECOGNIZES, mode=None)
            else:  # "Israel and Bahrain established diplomatic ties": each recognises the other
                for a in cand.sources:
                    others = [b for b in cand.sources if b != a]
                    if others:
                        yield replace(cand, sources=[a], targets=others, type=RelationType.RECOGNIZES, mode=None)


def _establishes_diplomatic_ties(cand: Candidate) -> bool:
    """ "Honduras established diplomatic relations with China": opening formal ties is also recognition
    (restoring or deepening them is not)."""
    tok = cand.cue
    if cand.type != RelationType.COOPERATES or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    gov = _governor(tok)
    return gov is not None and gov.lemma_.lower() in ("establish", "forge", "open") and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "diplomatic" for c in tok.children)


def _raw_candidates(sent: Any, ph: Phrases, lex: Lexicon) -> Iterator[Candidate]:
    _note_warring(sent, ph, lex)
    for tok in sent:
        pos = tok.pos_
        lemma = tok.lemma_.lower()
        headline = _headline_candidate(tok, ph, lex)
        if headline is not None:
            yield headline
            continue
        if pos == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.lower_ in lex.nouns:
            cand = _noun_candidate(tok, lex.nouns[tok.lower_], ph, lex)
            if cand is not None:
                yield cand
            continue
        if pos == "VERB" and tok.dep_ == "amod":
            backed = _backed_candidate(tok, ph, lex)
            if backed is not None:
                yield backed
                continue
        if pos == "VERB" or (pos == "AUX" and lemma not in ("be", "have", "do")):
            den = _denial_candidate(tok, ph, lex)
            if den is not None:
                yield den
                continue
            delisted = _delisting_candidate(tok, ph, lex) or _listing_candidate(tok, ph, lex) or _reception_candidate(tok, ph, lex) \
                or _permission_candidate(tok, ph, lex) or _deadline_candidate(tok, ph, lex)
            if delisted is not None:
                yield delisted
                continue
            armed = _with_candidate(tok, ph, lex)
            if armed is not None:
                yield armed
                continue
            cue = lex.verbs.get(lemma)
            if cue is not None:
                cand = _verb_candidate(tok, cue, ph, lex)
                if cand is not None:
                    yield cand
                yield from _prep_candidates(tok, cue, cand, ph)
        elif pos in ("NOUN", "PROPN"):
            cue = lex.nouns.get(lemma)
            if cue is None and lemma.endswith("s"):
                cue = lex.nouns.get(lemma[:-1])
            if cue is None and lemma in lex.retaliatory_heads and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in lex.retaliatory_modifiers for c in tok.children):
                cue = lex.nouns.get("retaliation")
            if cue is not None:
                cand = _noun_candidate(tok, cue, ph, lex)
                alias = lex.noun_aliases.get(lemma)
                if cand is None and alias in lex.nouns:
                    cand = _noun_candidate(tok, lex.nouns[alias], ph, lex)  # "requested a meeting of the Council"
                if cand is not None:
                    yield cand
