"""Denials that answer a claim made in an earlier sentence.

News often reports a claim in one sentence and the denial in a later one that names only the
denier: "Pakistan accused India of a drone strike. India denied the accusation, calling it
baseless." The sentence pass sees one actor there and no counterpart. ``note_sentence`` records,
while the extractor's actor resolution for that sentence is current (pronouns look back from
where they stand), who denies what kind of thing; after the article, ``cross_sentence_denials``
pairs each denial with the most recent claim against the denier a few sentences back (the same
paragraph first) and adds the codebook's two records: the claimed relation with status
``denied`` attributed to the denier, and ``DENIES`` from the denier to each accuser.

Word lists live in ``data/discourse.yaml``; dismissive words and event nouns are the shared
lexicon's (``data/status.yaml``, ``data/coref.yaml``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from graph.model import Relation, RelationType, Status

from loaders.attribution import charge_stretch, frame_of, speakers_of
from loaders.coref import Phrases
from loaders.lexicon import Lexicon, data_file
from loaders.relations import candidates, subject_of
from loaders.status import decide, modality, participation_words, withheld

__all__ = ["Denial", "Follow", "Orphan", "Reaction", "SentenceNote", "Threat", "carried_targets", "charge_means", "cross_sentence_denials",
           "event_reactions", "note_sentence", "retaliation_threats", "shared_types"]

log = logging.getLogger(__name__)

_WH = ("WDT", "WP")
_CLAIM_STATUSES = (Status.ALLEGED, Status.CONFIRMED, Status.ASSERTED)


@dataclass(frozen=True)
class Denial:
    """One denial cue: who denies, whose claim it names (if any), and what kind of act it means."""

    deniers: tuple[str, ...]
    owners: tuple[str, ...] = ()
    type: RelationType | None = None
    clause: bool = False
    """ "denied that the country was a haven": the clause says what is denied; only the accuser is sought."""
    named: tuple[str, ...] | None = None
    """Actors the denied clause names besides the deniers: a clause that names no one else ("denied that the
    suspension was political") or only parties to an earlier claim ("denied the helicopters had crossed into
    Poland") points back at that claim; None when the clause is not read that way."""
    reported: bool = True
    """False for a claim noun that answers a report only right after it ("Tokyo demanded that Beijing halt
    the drills. Beijing brushed that complaint aside."), never one further back ("rejected the criticism")."""


@dataclass(frozen=True)
class Reaction:
    """One reaction to a deed told earlier: who condemns it, and which kinds of deed the noun may be."""

    reactors: tuple[str, ...]
    types: frozenset[RelationType]
    stance: RelationType = RelationType.CONDEMNS
    """CONDEMNS for "denounced the decision", SUPPORTS for "welcomed the vote"."""
    own: bool = False
    """ "Tehran condemned its seizure": the deed was done to the reactor (its ship, its envoy)."""


@dataclass(frozen=True)
class Threat:
    """A vow of retaliation ("would respond firmly"): who makes it, and the actors the sentence names besides."""

    threateners: tuple[str, ...]
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """A reported claim ("the Journal, citing Saudi officials, reported that Tehran ..."): who made it and
    which actors its clause is about, kept for a later "X rejected the report" whose claim was not read."""

    speakers: tuple[str, ...]
    about: tuple[str, ...]


@dataclass(frozen=True)
class Orphan:
    """A deed whose doer is named but whose counterpart is not ("Poland said it would dispatch 14 of its
    tanks"), with the status its own frame gives it; the counterpart is the article's current one."""

    source: str
    type: RelationType
    status: Status
    attributed_to: tuple[str, ...] = ()
    mode: str | None = None
    named: tuple[str, ...] = ()
    """Every actor the sentence names: a counterpart already named there is not carried over."""


@dataclass(frozen=True)
class Follow:
    """ "Canada and Australia followed suit", "Bahrain, which followed Riyadh in severing relations": the
    followers repeat a deed told before, the leader's when one is named (of the given types)."""

    followers: tuple[str, ...]
    leaders: tuple[str, ...] = ()
    types: frozenset[RelationType] = frozenset()


@dataclass(frozen=True)
class SentenceNote:
    """Where one sentence sits in its article and the denials it holds."""

    paragraph: int
    char_start: int
    char_end: int
    text: str
    denials: tuple[Denial, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    clause_denials: tuple[Denial, ...] = ()
    threats: tuple[Threat, ...] = ()
    """ "denied that ...": left to the sentence pass, answered here only with the accuser it lacks."""
    reports: tuple[Report, ...] = ()
    orphans: tuple[Orphan, ...] = ()
    follows: tuple[Follow, ...] = ()
    means: frozenset[tuple[RelationType, str]] = frozenset()
    """(type, target) of deeds told only as the means of a charge ("accused X of stoking tensions by arming
    Taiwan"): a denial answers the charge, not the means."""


@dataclass(frozen=True)
class _Words:
    denial_verbs: frozenset[str]
    describe_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    unreported_claim_nouns: frozenset[str]
    involvement_nouns: frozenset[str]
    claim_pronouns: frozenset[str]
    title_modifiers: frozenset[str]
    title_preps: frozenset[str]
    cancelling_heads: frozenset[str]
    window: int
    confidence: float
    shared_types: frozenset[RelationType]
    reaction_verbs: frozenset[str] = frozenset()
    welcoming_verbs: frozenset[str] = frozenset()
    pronoun_reaction_verbs: frozenset[str] = frozenset()
    deed_pronouns: frozenset[str] = frozenset()
    pronoun_reaction_types: frozenset[RelationType] = frozenset()
    reaction_describe_verbs: frozenset[str] = frozenset()
    reaction_determiners: frozenset[str] = frozenset()
    reaction_nouns: dict[str, frozenset[RelationType]] | None = None
    reaction_window: int = 3
    reaction_confidence: float = 0.6
    retaliation_words: frozenset[str] = frozenset()
    retaliation_markers: frozenset[str] = frozenset()
    hostile_types: frozenset[RelationType] = frozenset()
    threat_window: int = 4
    retaliation_litotes: frozenset[str] = frozenset()
    threat_topic_preps: frozenset[str] = frozenset()
    deliberating_verbs: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    circulating_verbs: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()
    media_words: frozenset[str] = frozenset()
    carry_types: frozenset[RelationType] = frozenset()
    follow_verbs: frozenset[str] = frozenset()
    follow_nouns: frozenset[str] = frozenset()
    follow_types: frozenset[RelationType] = frozenset()
    follow_deeds: dict[str, RelationType] | None = None
    own_deeds: dict[str, RelationType] | None = None
    own_target_preps: frozenset[str] = frozenset()
    carry_window: int = 2
    denial_nouns: frozenset[str] = frozenset()
    carry_confidence: float = 0.5
    event_determiners: frozenset[str] = frozenset()
    open_question_marks: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = data_file("discourse.yaml")
    fs = lambda key: frozenset(str(w).lower() for w in data.get(key) or ())  # noqa: E731
    return _Words(
        denial_verbs=fs("denial_verbs"), describe_verbs=fs("describe_verbs"), claim_nouns=fs("claim_nouns"), unreported_claim_nouns=fs("unreported_claim_nouns"),
        involvement_nouns=fs("involvement_nouns"), claim_pronouns=fs("claim_pronouns"),
        title_modifiers=fs("title_modifiers"), title_preps=fs("title_preps"),
        cancelling_heads=fs("cancelling_heads"), window=int(data.get("window", 3)),
        confidence=float(data.get("confidence", 0.6)),
        shared_types=frozenset(RelationType.parse(t) for t in data.get("shared_types") or ()),
        reaction_verbs=fs("reaction_verbs"), welcoming_verbs=fs("welcoming_verbs"),
        pronoun_reaction_verbs=fs("pronoun_reaction_verbs"), deed_pronouns=fs("deed_pronouns"),
        pronoun_reaction_types=frozenset(RelationType.parse(t) for t in data.get("pronoun_reaction_types") or ()), reaction_describe_verbs=fs("reaction_describe_verbs"),
        reaction_determiners=fs("reaction_determiners"), reaction_nouns=_reaction_nouns(data),
        reaction_window=int(data.get("reaction_window", 3)),
        reaction_confidence=float(data.get("reaction_confidence", 0.6)),
        retaliation_words=fs("retaliation_words"), retaliation_markers=fs("retaliation_markers"),
        hostile_types=frozenset(RelationType.parse(t) for t in data.get("hostile_types") or ()),
        threat_window=int(data.get("threat_window", 4)),
        retaliation_litotes=fs("retaliation_litotes"),
        threat_topic_preps=fs("threat_topic_preps"), deliberating_verbs=fs("deliberating_verbs"),
        negation=fs("negation"), circulating_verbs=fs("circulating_verbs"), joint_words=fs("joint_words"), media_words=fs("media_words"),
        carry_types=frozenset(RelationType.parse(t) for t in data.get("carry_types") or ()),
        follow_verbs=fs("follow_verbs"), follow_nouns=fs("follow_nouns"),
        follow_types=frozenset(RelationType.parse(t) for t in data.get("follow_types") or ()),
        own_target_preps=fs("own_target_preps"),
        own_deeds={str(k).lower(): RelationType.parse(v) for k, v in (data.get("own_deeds") or {}).items()},
        follow_deeds={str(k).lower(): RelationType.parse(v) for k, v in (data.get("follow_deeds") or {}).items()},
        carry_window=int(data.get("carry_window", 2)),
        carry_confidence=float(data.get("carry_confidence", 0.5)),
        event_determiners=fs("event_determiners"),
        denial_nouns=fs("denial_nouns"),
        open_question_marks=fs("open_question_marks"),
    )


def _reaction_nouns(data: dict[str, Any]) -> dict[str, frozenset[RelationType]]:
    any_types = frozenset(RelationType.parse(t) for t in data.get("reaction_any_types") or ())
    out: dict[str, frozenset[RelationType]] = {}
    for noun, types in (data.get("reaction_nouns") or {}).items():
        out[str(noun).lower()] = any_types if types == "any" else frozenset(RelationType.parse(t) for t in types)
    return out


def points_back(noun: Any) -> bool:
    """Whether a deed noun's determiner makes it one already told ("the sanctions", "its restrictions"),
    so that its doer may be carried from the earlier mention; "any restrictions", "new sanctions" are not."""
    words = _words()
    return any((c.dep_ == "poss") or (c.dep_ == "det" and c.lower_ in words.event_determiners) for c in noun.children)


def shared_types() -> frozenset[RelationType]:
    """Types whose target, too, can deny a claim of the relation (a recipient denies receiving arms;
    the target of an attack does not deny being attacked)."""
    return _words().shared_types


# while parsing: what a sentence denies -------------------------------------------------------

def note_sentence(sent: Any, ph: Phrases, lex: Lexicon, paragraph: int, text: str,
                  char_start: int, char_end: int) -> SentenceNote:
    """A sentence's place and its denials, resolved with the sentence's own ``Phrases``.

    Call it while ``ph`` and its discourse describe this sentence: a pronoun denier ("It denied
    the claims") resolves against what came before, not against the whole article.
    """
    words = _words()
    denials: list[Denial] = []
    clauses: list[Denial] = []
    reactions: list[Reaction] = []
    for tok in sent:
        denial = _denial_at(tok, ph, lex, words) or _copular_denial(tok, ph, lex, words) or _nominal_denial(tok, ph, words)
        found = clauses if denial is not None and denial.clause else denials
        if denial is not None and denial not in found:
            found.append(denial)
        reaction = _reaction_at(tok, ph, lex, words)
        if reaction is not None and reaction not in reactions:
            reactions.append(reaction)
    threats: list[Threat] = []
    for tok in sent:
        threat = _threat_at(tok, sent, ph, words)
        if threat is not None and threat not in threats:
            threats.append(threat)
    return SentenceNote(paragraph, char_start, char_end, text, tuple(denials), tuple(reactions), tuple(clauses),
                        tuple(threats), _reports(sent, ph, lex), _orphans(sent, ph, lex, words),
                        _follows(sent, ph, lex, words), charge_means(sent, ph, lex))


def charge_means(sent: Any, ph: Phrases, lex: Lexicon) -> frozenset[tuple[RelationType, str]]:
    """(type, target) of the deeds a charge names as its means: "accused NATO of becoming a party to the war by
    arming Ukraine". The accused rejects being a party, not the arming it does openly; a charge whose deed is
    the "of" clause itself ("accused Iran of arming the Houthis") has no means."""
    spans: list[set[int]] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in participation_words()["accusing"]:
            continue
        for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            for charge in (c for c in of.children if c.dep_ == "pcomp"):
                spans += [{t.i for t in g.subtree} for by in charge.children if by.dep_ == "prep" and by.lower_ == "by"
                          for g in by.children if g.dep_ == "pcomp"]
    if not spans:
        return frozenset()
    inside = set().union(*spans)
    return frozenset((c.type, t) for c in candidates(sent, ph, lex) if c.cue.i in inside for t in c.targets)


def _follows(sent: Any, ph: Phrases, lex: Lexicon, words: _Words) -> tuple[Follow, ...]:
    """ "followed suit" and "followed Riyadh in severing relations", not negated ("no other country followed")."""
    out: list[Follow] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in words.follow_verbs or _cancelled(tok, words):
            continue
        subj = subject_of(tok)
        if subj is not None and subj.tag_ in _WH and tok.dep_ == "relcl":
            subj = tok.head  # "Bahrain, which followed Riyadh"
        if subj is None or any(c.lower_ in ("no", "none") for c in subj.children) or subj.lower_ in ("none", "nobody"):
            continue
        followers = tuple(dict.fromkeys(ph.actors(subj)))
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if not followers or len(objs) != 1:
            continue
        if objs[0].lemma_.lower() in words.follow_nouns:
            out.append(Follow(followers))
            continue
        leaders = tuple(a for a in dict.fromkeys(ph.actors(objs[0])) if a not in followers)
        span = [t.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for t in p.subtree]
        types = {c.type for c in candidates(sent, ph, lex) if c.cue.i in span}
        deeds = words.follow_deeds or {}
        types |= {deeds[t.lemma_.lower()] for t in sent if t.i in span and t.lemma_.lower() in deeds}
        types = frozenset(types) & words.follow_types
        if leaders and types:
            out.append(Follow(followers, leaders, types))
    return tuple(out)


def _orphans(sent: Any, ph: Phrases, lex: Lexicon, words: _Words) -> tuple[Orphan, ...]:
    """Verbal deeds of a carried type with a doer and no counterpart, read with the sentence's own frame."""
    if not words.carry_types:
        return ()
    cands = [c for c in candidates(sent, ph, lex) if c.type in words.carry_types]
    filled = {c.type for c in cands if c.targets}
    out: list[Orphan] = []
    named: tuple[str, ...] | None = None
    for cand in cands:
        if cand.targets or not cand.sources or cand.nominal or cand.type in filled or cand.verb is None:
            continue
        if named is None:
            named = tuple(dict.fromkeys(a for t in sent for a in ph.actors(t)
                                        if t.pos_ in ("PROPN", "NOUN", "ADJ", "PRON")))
        frame = frame_of(cand.verb, ph, lex, ph.discourse.last_speakers, None, False)
        mod = modality(frame, lex)
        for source in dict.fromkeys(cand.sources):
            decided = decide(cand.type, source, frame, mod)
            if decided is not None and decided[0] != Status.DENIED:  # "refused to clear goods" is no denial
                out.append(Orphan(source, cand.type, decided[0], tuple(decided[1]), cand.mode, named))
    for noun in sent:
        # "Britain and Canada announced coordinated measures of their own": the deed the last ones did
        rtype = (words.own_deeds or {}).get(noun.lemma_.lower())
        if rtype is None or noun.dep_ not in ("dobj", "nsubjpass") or not any(t.lower_ == "own" for t in noun.subtree):
            continue
        if any(c.dep_ == "prep" and c.lower_ in words.own_target_preps for c in noun.children):
            continue  # "measures of its own against Moscow's allies": the noun names its own target
        verb = noun.head
        subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None or _cancelled(verb, words):
            continue
        frame = frame_of(verb, ph, lex, ph.discourse.last_speakers, None, False)
        mod = modality(frame, lex)
        if named is None:
            named = tuple(dict.fromkeys(a for t in sent for a in ph.actors(t)
                                        if t.pos_ in ("PROPN", "NOUN", "ADJ", "PRON")))
        for source in dict.fromkeys(ph.actors(subj)):
            decided = decide(rtype, source, frame, mod)
            if decided is not None and decided[0] != Status.DENIED:
                out.append(Orphan(source, rtype, decided[0], tuple(decided[1]), None, named))
    return tuple(dict.fromkeys(out))


def _reports(sent: Any, ph: Phrases, lex: Lexicon) -> tuple[Report, ...]:
    """The reporting verbs of a sentence with a clause below them: their speakers and the actors the clause names."""
    out: list[Report] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reporting or any(c.dep_ == "neg" for c in verb.children):
            continue
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            about = [a for t in clause.subtree if t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") for a in ph.actors(t)]
            speakers = speakers_of(verb, ph, lex, [])
            if speakers and about:
                out.append(Report(tuple(dict.fromkeys(speakers)), tuple(dict.fromkeys(about))))
    for prep in sent:
        # "According to the commission, Chinese customs have refused ...": the source vouches for the clause
        if prep.lower_ != "according" or prep.i + 1 >= len(prep.doc) or prep.doc[prep.i + 1].lower_ != "to":
            continue
        speakers = [a for t in prep.doc[prep.i + 1].subtree if t.dep_ == "pobj" for a in ph.actors(t)]
        clause = prep.head if prep.head.pos_ in ("VERB", "AUX") else None
        if not speakers or clause is None:
            continue
        about = [a for t in clause.subtree if not (prep.i <= t.i <= prep.doc[prep.i + 1].right_edge.i)
                 and t.pos_ in ("PROPN", "NOUN", "PRON", "ADJ") for a in ph.actors(t) if a not in speakers]
        if about:
            out.append(Report(tuple(dict.fromkeys(speakers)), tuple(dict.fromkeys(about))))
    return tuple(out)


def _threat_at(tok: Any, sent: Any, ph: Phrases, words: _Words) -> Threat | None:
    """ "Iran would respond firmly", "would be met with a decisive response", "reserved the right
    to respond", "will not go unanswered", "would not tolerate": a retaliation word under a future or vowing head; the threatener is the nearest
    actor subject above it."""
    negated_at = tok if tok.pos_ == "VERB" else tok.head
    litotes = tok.lemma_.lower() in words.retaliation_litotes and any(c.dep_ == "neg" for c in negated_at.children) \
        and (tok.pos_ == "VERB" or tok.dep_ in ("acomp", "oprd", "advmod"))
    if not litotes and (tok.lemma_.lower() not in words.retaliation_words or not tok.pos_ in ("VERB", "NOUN")):
        return None
    if tok.pos_ == "NOUN" and _deliberated(tok, words):
        return None  # "would coordinate their response": a reply still being worked out is aimed at nobody yet
    if tok.dep_ == "compound":
        return None  # "the computer emergency response team": a name, not a reply
    marked = False
    threateners: list[str] = _vow_makers(tok, ph, words)
    victims: list[str] = []
    node = tok
    clause_ended = False
    if threateners:
        # "drawing a vow of retaliation from Kabul": the vow names who makes it, whoever the clause's subject is
        marked = True
    for _ in range(8 if not threateners else 0):
        if not clause_ended and (any(c.dep_ == "aux" and c.lower_ in words.retaliation_markers for c in node.children)
                                 or node.lemma_.lower() in words.retaliation_markers):
            marked = True
        if any(c.dep_ == "neg" for c in node.children) and not (litotes and node.i == negated_at.i):
            return None  # "will not go unanswered": the negation of the litotes is the vow itself
        if any(c.dep_ == "mark" and c.lower_ in words.open_question_marks for c in node.children):
            return None  # "have not said whether they will respond": a question left open is no vow
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and node.pos_ in ("VERB", "AUX"):
            clause_ended = True  # the vow's own clause ends here; higher up only its speaker is sought
            actors = [a for c in subjects if c.dep_ == "nsubj" for a in ph.actors(c)]
            if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "oprd") and tok.head.i == node.i:
                # "any Turkish troops who set foot there would be legitimate targets": the copula's subject is
                # what the vow is aimed at; the one vowing is the speaker above
                victims, actors = actors, []
            if actors and not threateners:
                threateners = actors
        if node.head.i == node.i or threateners or node.dep_ in ("acl", "relcl", "appos"):
            break  # "a move seen as a response to ...": a gloss on a noun, not a vow
        node = node.head
    if not marked or not threateners:
        return None
    if victims:
        return Threat(tuple(threateners), tuple(a for a in dict.fromkeys(victims) if a not in threateners))
    if any(p.dep_ == "prep" and p.lower_ in ("to", "against") and any(
            o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in o.children) and not ph.actors(o)
            for o in p.children) for p in tok.children):
        # "would respond to any attack on its interests in Libya": aimed at whoever attacks, which no name here tells
        return Threat(tuple(threateners), ())
    aimed = [a for o in _aimed_at(tok) for a in ph.actors(o) if a not in threateners]
    if aimed:
        # "would target them if the government in Baghdad failed ...": the object the vow is aimed at
        return Threat(tuple(threateners), tuple(dict.fromkeys(aimed)))
    named: list[str] = []
    for t in sent:
        if t.dep_ == "pobj" and t.head.lower_ in words.threat_topic_preps:
            continue  # "expels a diplomat over Transnistria": what the quarrel is about, not a party to it
        for a in ph.actors(t) if t.pos_ in ("PROPN", "NOUN", "ADJ") else []:
            if a not in threateners and a not in named:
                named.append(a)
    return Threat(tuple(threateners), tuple(named))


def _aimed_at(tok: Any) -> list[Any]:
    """What a retaliation verb is aimed at: its object ("would target them") or an "against"/"on" phrase
    ("would retaliate against Israel")."""
    if tok.pos_ != "VERB":
        return []
    return [c for c in tok.children if c.dep_ == "dobj"] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("against", "on") for o in p.children
        if o.dep_ == "pobj"]


def _vow_makers(tok: Any, ph: Phrases, words: _Words) -> list[str]:
    """The actors a vow names as its maker ("a vow of retaliation from Kabul", "Tehran's pledge of revenge")
    when ``tok`` is the retaliation noun the vow is of."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return []
    vow = tok.head.head
    if vow.pos_ != "NOUN" or vow.lemma_.lower() not in words.retaliation_markers:
        return []
    makers = [a for c in vow.children if c.dep_ == "poss" for a in ph.actors(c)]
    makers += [a for p in (*vow.children, *tok.children) if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
               for o in p.children if o.dep_ == "pobj" for a in ph.actors(o)]  # the parser hangs "from" on either
    return list(dict.fromkeys(makers))


def _deliberated(noun: Any, words: _Words) -> bool:
    """Whether a response noun is what a deliberating verb works out ("coordinate a united response",
    "discussed their response", "agreed on a joint response") rather than a reply vowed."""
    head = noun.head
    joint = [c for c in noun.children if c.dep_ == "amod"]
    if noun.dep_ == "nsubj":
        joint += [t for c in head.children if c.dep_ in ("acomp", "attr") for t in (c, *c.conjuncts)]
    if any(t.lower_ in words.joint_words for t in joint):
        return True  # "the bloc's response would be immediate, united and coordinated": a joint reply being agreed
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words.deliberating_verbs


def _reaction_at(tok: Any, ph: Phrases, lex: Lexicon, words: _Words) -> Reaction | None:
    """ "Moscow denounced the decision", "called the move a provocation": a condemnation whose
    object is a definite deed noun naming no actor of its own (those the sentence pass handles)."""
    if not tok.tag_.startswith("VB") or _cancelled(tok, words):
        return None
    lemma = tok.lemma_.lower()
    describes = lemma in words.reaction_describe_verbs
    welcomes = lemma in words.welcoming_verbs
    if not describes and not welcomes and lemma not in words.reaction_verbs:
        return None
    if describes and not any(t.i > tok.i and (t.lower_ in lex.condemning or t.lemma_.lower() in lex.condemning)
                             for t in tok.subtree):
        return None
    for obj in _objects(tok, describes, lex):
        types = (words.reaction_nouns or {}).get(obj.lemma_.lower())
        if obj.dep_ == "dobj" and obj.lower_ in words.deed_pronouns and lemma in words.pronoun_reaction_verbs:
            # "Poland condemned the attack, and Germany denounced it": the pronoun stands for the deed (an actor
            # reading of it that is only the reactor itself is no object)
            reactors = _deniers(tok, ph)
            if reactors and set(ph.actors(obj)) <= set(reactors):
                return Reaction(tuple(reactors), words.pronoun_reaction_types)
            continue
        if not types:
            continue
        relative = obj.i < tok.i and tok.dep_ in ("relcl", "acl") and tok.head.i == obj.i
        if not relative and not any(c.dep_ in ("det", "poss") and c.lower_ in words.reaction_determiners
                                    for c in obj.children):
            continue  # "condemned a decision to ...": not one already told
        reactors = _deniers(tok, ph)
        own = [a for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON" for a in ph.actors(c)]
        mine = bool(own) and set(own) <= set(reactors)
        if mine:
            pass  # "Tehran condemned its seizure": the reactor's own ship or envoy, not a doer
        elif ph.actors(obj) or any(c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
                                 and any(ph.actors(o) for o in c.children if o.dep_ == "pobj")
                                 for c in obj.children):
            continue  # "Tallinn's decision", "the strike by Israel": the sentence names the doer
        if reactors:
            return Reaction(tuple(reactors), types, RelationType.SUPPORTS if welcomes else RelationType.CONDEMNS, mine)
    return None


def _denial_at(tok: Any, ph: Phrases, lex: Lexicon, words: _Words) -> Denial | None:
    if tok.tag_ == "NNS":
        return _misparsed_denial(tok, ph, words)
    if not tok.tag_.startswith("VB"):
        return None
    lemma = tok.lemma_.lower()
    denies, describes = lemma in words.denial_verbs, lemma in words.describe_verbs
    if not (denies or describes) or _cancelled(tok, words):
        return None
    dismissive = any(t.i > tok.i and (t.lower_ in lex.dismissive or t.lemma_.lower() in lex.dismissive)
                     for t in tok.subtree)
    clause = denies and any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children)
    if not dismissive and not denies:
        return None
    stretch = charge_stretch(tok, words.claim_nouns) if denies and not _charge_relative(tok, words) else None
    if stretch is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > tok.i for c in tok.children):
        # "accused Tehran of smuggling weapons, a charge Iranian officials have always rejected", however parsed:
        # the charge made just before is what is denied, by the actors named between the charge and the verb
        named = [a for t in stretch if t.pos_ in ("NOUN", "PROPN", "ADJ") for a in ph.actors(t)]
        deniers = list(dict.fromkeys(named)) or _deniers(tok, ph)
        if not deniers:
            return None
        # the charge is the one the last verb of saying or accusing before it made ("The Pentagon said Soleimani
        # was plotting attacks, a charge Tehran has rejected": the Pentagon's)
        makers = [t for t in tok.sent if t.i < stretch.start - 1 and t.pos_ == "VERB"
                  and (t.lemma_.lower() in lex.reporting or t.lemma_.lower() in participation_words()["accusing"])]
        owners = [a for a in (speakers_of(makers[-1], ph, lex, []) if makers else []) if a not in deniers]
        return Denial(tuple(deniers), tuple(owners))
    deniers = _deniers(tok, ph)
    if not deniers:
        return None
    if clause and not dismissive:
        # "denied that it had ...": the clause's own frame says denied
        return Denial(tuple(deniers), clause=True, named=_clause_actors(tok, deniers, ph))
    for obj in _objects(tok, describes, lex):
        olemma = obj.lemma_.lower()
        if olemma in words.claim_nouns:
            if _is_title(obj, words):
                return None  # "rejected China's territorial claims": a dispute, not a denial
            if _circulating(obj, words):
                return None  # "dismissed rumours circulating on social media": no actor made the claim
            owners = [a for a in ph.actors(obj) if a not in deniers]
            owners += [a for p in obj.children if p.dep_ == "prep" and p.lower_ in ("by", "from", "of")
                       for o in p.children if o.dep_ == "pobj" for a in ph.actors(o) if a not in owners]
            # "brushed aside Greek claims", "denied the accusations made by Ukraine": the maker named on the claim
            named = [] if owners else [a for a in dict.fromkeys(_claim_owners(obj, ph) + _made_by(obj, ph)) if a not in deniers]
            return Denial(tuple(deniers), tuple(owners or named), reported=olemma not in words.unreported_claim_nouns)
        if olemma in words.involvement_nouns:
            events = [lex.event_nouns[o.lemma_.lower()] for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in lex.event_nouns]
            return Denial(tuple(deniers), (), events[0] if events else None)
        if denies and olemma in lex.event_nouns and not ph.actors(obj):
            return Denial(tuple(deniers), (), lex.event_nouns[olemma])  # "Serbia denied any build-up"
        if obj.tag_ in _WH and tok.dep_ == "relcl":
            return Denial(tuple(deniers))  # "... of taking part, which the Pentagon denied"
        if dismissive and obj.lower_ in words.claim_pronouns:
            if any(t.lemma_.lower() in words.claim_nouns and _circulating(t, words) for t in tok.sent):
                return None  # "dismissed rumours circulating online, calling them nonsense": still nobody's claim
            return Denial(tuple(deniers))  # "calling it baseless"
    if clause:
        # "denied the helicopters had crossed into Poland and called the accusations far-fetched"
        return Denial(tuple(deniers), clause=True, named=_clause_actors(tok, deniers, ph))
    return None


def _charge_relative(tok: Any, words: _Words) -> bool:
    """ "..., a charge Tehran has rejected" parsed right, the verb a relative on the claim noun: the sentence pass
    answers the claimant itself (extract's rejected charges)."""
    return tok.dep_ == "relcl" and tok.head.lemma_.lower() in words.claim_nouns


def _clause_actors(tok: Any, deniers: list[str], ph: Phrases) -> tuple[str, ...]:
    """The actors the denied clause under ``tok`` names besides the deniers (its own pronouns count as theirs)."""
    out: list[str] = []
    for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i):
        for t in clause.subtree:
            if t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                out += [a for a in ph.actors(t) if a not in deniers and a not in out]
    return tuple(out)


def _copular_denial(tok: Any, ph: Phrases, lex: Lexicon, words: _Words) -> Denial | None:
    """ "Moscow said the accusations were groundless", "insisted the reports were 'absurd'": a speaker calling a
    claim false in a clause of its own."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.reporting or _cancelled(tok, words):
        return None
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if not any(t.lower_ in lex.dismissive or t.lemma_.lower() in lex.dismissive for c in said for t in c.subtree):
            continue
        claim = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if claim is None or (claim.lemma_.lower() not in words.claim_nouns and claim.lower_ not in words.claim_pronouns):
            continue
        deniers = _deniers(tok, ph)
        if not deniers or _is_title(claim, words):
            return None
        owners = [a for a in ph.actors(claim) or _claim_owners(claim, ph) if a not in deniers]
        return Denial(tuple(deniers), tuple(dict.fromkeys(owners)))
    return None


def _made_by(claim: Any, ph: Phrases) -> list[str]:
    """ "the accusations made by Ukraine", "claims levelled by Manila": the agent of a participle on the claim."""
    return [a for v in claim.children if v.dep_ == "acl" and v.tag_ == "VBN" for g in v.children
            if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in ph.actors(q)]


def _nominal_denial(noun: Any, ph: Phrases, words: _Words) -> Denial | None:
    """ "Iran's denial of the US claims came hours later": a denial named with its maker and the claim's maker."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.denial_nouns:
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in noun.children):
        return None
    deniers = [a for c in noun.children if c.dep_ == "poss" for a in ph.actors(c)]
    claims = [q for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children
              if q.dep_ == "pobj" and q.lemma_.lower() in words.claim_nouns and not _is_title(q, words)]
    owners = [a for q in claims for a in dict.fromkeys(ph.actors(q) or _claim_owners(q, ph) + _made_by(q, ph))
              if a not in deniers]
    if not deniers or not owners:
        return None
    return Denial(tuple(dict.fromkeys(deniers)), tuple(dict.fromkeys(owners)))


def _claim_owners(claim: Any, ph: Phrases) -> list[str]:
    """ "the Ukrainian allegations", "Kyiv's claims", "the accusations by Washington": who made the claim."""
    owners = [a for c in claim.children if c.dep_ in ("poss", "amod", "compound") and c.i < claim.i for a in ph.own(c, 1)]
    return owners + [a for p in claim.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                     for q in p.children if q.dep_ == "pobj" for a in ph.actors(q)]


def _misparsed_denial(tok: Any, ph: Phrases, words: _Words) -> Denial | None:
    """ "a charge France rejects" parsed as a noun compound ("France rejects") hung on the claim,
    or with the claim noun as one more compound ("charge Greece rejects")."""
    if tok.lemma_.lower() not in words.denial_verbs:
        return None
    before = [c for c in tok.subtree if c.dep_ in ("compound", "nsubj") and c.i < tok.i]
    if tok.head.i < tok.i and tok.head.lemma_.lower() in words.claim_nouns:
        claim = tok.head
    else:
        claim = next((c for c in before if c.lemma_.lower() in words.claim_nouns), None)
    if claim is None:
        return None
    deniers = [a for c in before if c.i > claim.i for a in ph.actors(c)]
    return Denial(tuple(dict.fromkeys(deniers))) if deniers else None


def _cancelled(tok: Any, words: _Words) -> bool:
    """ "did not deny", "has never denied", "neither confirmed nor denied", "refused to deny": no denial was made."""
    if withheld(tok, words.negation):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.cancelling_heads


def _deniers(tok: Any, ph: Phrases) -> list[str]:
    subj = subject_of(tok)
    if subj is None and tok.dep_ == "acl":  # "allegations denied by Moscow"
        subj = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    return ph.actors(subj) if subj is not None else []


def _objects(tok: Any, describes: bool, lex: Lexicon) -> list[Any]:
    """What the verb denies: its object, a passive subject, the subject of a small clause, or
    the noun a relative clause hangs on ("a charge Paris denies")."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if describes:
        # "called the reports fake" parsed as a small clause, "the reports propaganda" as a compound
        out += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd")
                for s in c.children if s.dep_ == "nsubj"]
        out += [m for o in list(out) if o.lemma_.lower() in lex.dismissive
                for m in o.children if m.dep_ in ("compound", "nmod") and m.i < o.i]
        # "called the American allegations groundless" parsed with the verdict as a noun predicate over the claim
        out += [m for c in tok.children if c.dep_ in ("oprd", "attr") and not out
                and (c.lower_ in lex.dismissive or c.lemma_.lower() in lex.dismissive)
                for m in c.children if m.dep_ in ("compound", "nmod") and m.i < c.i]
    if not out and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
        out.append(tok.head)
    return out


def _circulating(claim: Any, words: _Words) -> bool:
    """Whether a claim noun is told as going round rather than made by someone ("rumours circulating online",
    "reports in local media", "speculation on social media"): its origin is given and is no actor."""
    for c in claim.children:
        if c.dep_ == "acl" and c.lemma_.lower() in words.circulating_verbs and not any(g.dep_ == "agent" for g in c.children):
            return True  # but "the accusations made by Ukraine" were made by someone
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
                t.lower_ in words.media_words or t.lemma_.lower() in words.media_words
                for o in c.children if o.dep_ == "pobj" for t in o.subtree):
            return True
    return False


def _is_title(obj: Any, words: _Words) -> bool:
    return any((c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.title_modifiers)
               or (c.dep_ == "prep" and c.lower_ in words.title_preps) for c in obj.children)


# after the article: pair denials with claims --------------------------------------------------

def _by_sentence(relations: Sequence[Relation], notes: Sequence[SentenceNote]) -> dict[int, list[Relation]]:
    """The article's relations grouped by the index of the sentence they come from."""
    index = {note.char_start: i for i, note in enumerate(notes)}
    grouped: dict[int, list[Relation]] = {}
    for rel in relations:
        i = index.get(rel.char_start) if rel.char_start is not None else None
        if i is not None:
            grouped.setdefault(i, []).append(rel)
    return grouped


def _keep_new(candidates: Iterable[Relation], seen: set, out: list[Relation]) -> None:
    """Append the candidates whose key is not yet seen (the sentence pass's or an earlier one's)."""
    for rel in candidates:
        if _key(rel) not in seen:
            seen.add(_key(rel))
            out.append(rel)


def cross_sentence_denials(relations: Sequence[Relation], notes: Sequence[SentenceNote], article: str = "",
                           published: Any = None) -> list[Relation]:
    """Denied copies of the claims later sentences deny, and ``DENIES`` to their accusers.

    Nothing the sentence pass already produced (same relation, status and sentence) is repeated.
    """
    words = _words()
    by_sentence = _by_sentence(relations, notes)
    seen = {_key(r) for r in relations}
    out: list[Relation] = []
    origin = (article, published)
    for i, note in enumerate(notes):
        for denial in (*note.denials, *note.clause_denials):
            _keep_new(_answer(denial, i, notes, by_sentence, words, origin), seen, out)
    if out:
        log.debug("cross-sentence denials added %d relations", len(out))
    return out


def event_reactions(relations: Sequence[Relation], notes: Sequence[SentenceNote]) -> list[Relation]:
    """``CONDEMNS`` (or ``SUPPORTS``, for a welcome) from each reacting actor to whoever did the deed its noun
    points back to.

    The deeds ``carried_targets`` completes come first (returned too), so a reaction may point at them.

    The deed is the latest relation of a fitting type within ``reaction_window`` sentences (the
    reaction's own sentence first) whose source is not a reactor; a reaction whose sentence
    already condemns someone is left as the sentence pass read it.
    """
    words = _words()
    out: list[Relation] = carried_targets(relations, notes)
    relations = [*relations, *out]
    by_sentence = _by_sentence(relations, notes)
    seen = {_key(r) for r in relations}
    for i, note in enumerate(notes):
        for reaction in note.reactions:
            if any(r.type == reaction.stance and r.source in reaction.reactors for r in by_sentence.get(i, [])):
                continue
            _keep_new(_react(reaction, i, note, by_sentence, words), seen, out)
    if out:
        log.debug("event reactions added %d relations", len(out))
    return out


def retaliation_threats(relations: Sequence[Relation], notes: Sequence[SentenceNote], article: str,
                        published: Any = None) -> list[Relation]:
    """``THREATENS`` from whoever vows retaliation to the actor it is aimed at: another actor its
    sentence names, else the doer of the latest hostile deed against the threatener a few
    sentences back. A sentence that already holds a threat by the same actor is left alone."""
    words = _words()
    index = {note.char_start: i for i, note in enumerate(notes)}
    by_sentence: dict[int, list[Relation]] = {}
    for rel in relations:
        i = index.get(rel.char_start) if rel.char_start is not None else None
        if i is not None:
            by_sentence.setdefault(i, []).append(rel)
    seen = {(r.source, r.type, r.target) for r in relations if r.type == RelationType.THREATENS}
    out: list[Relation] = []
    for i, note in enumerate(notes):
        for threat in note.threats:
            if any(r.type == RelationType.THREATENS and r.source in threat.threateners for r in by_sentence.get(i, [])):
                continue
            targets = list(threat.named)
            if not targets:
                for j in _window(i, words.threat_window):
                    deeds = [r for r in by_sentence.get(j, []) if r.type in words.hostile_types
                             and r.target in threat.threateners and r.source not in threat.threateners
                             and r.status in (Status.ASSERTED, Status.CONFIRMED)]
                    if deeds:
                        targets = list(dict.fromkeys(r.source for r in deeds))
                        break
            for source in threat.threateners:
                for target in targets:
                    if (source, RelationType.THREATENS, target) in seen:
                        continue
                    seen.add((source, RelationType.THREATENS, target))
                    out.append(Relation(source=source, type=RelationType.THREATENS, target=target,
                                        status=Status.ASSERTED, confidence=words.confidence,
                                        article=article, sentence=note.text, char_start=note.char_start,
                                        char_end=note.char_end, published=published))
    return out


def carried_targets(relations: Sequence[Relation], notes: Sequence[SentenceNote], article: str = "",
                    published: Any = None) -> list[Relation]:
    """Counterparts for deeds that name none, from the latest deed of the same type a sentence or two back.

    "The EU imposed sanctions on Minsk. Britain and Canada followed suit with measures of their own": when
    the nearest earlier sentence holding a relation of that type (within ``carry_window``, same paragraph
    or the one before) has one target, each doer here takes it, unless the doer is that target.
    Deeds resolved this way count for later sentences, so a run of pledges carries its recipient along.
    """
    words = _words()
    by_sentence = _by_sentence(relations, notes)
    seen = {_key(r) for r in relations}
    known = {(r.source, r.type, r.target, r.status) for r in relations}
    out: list[Relation] = []
    for i, note in enumerate(notes):
        for orphan in note.orphans:
            ref = _current_deed(orphan, i, notes, by_sentence, words)
            if ref is None:
                continue
            rel = Relation(source=orphan.source, type=orphan.type, target=ref.target, status=orphan.status,
                           attributed_to=orphan.attributed_to, mode=orphan.mode, confidence=words.carry_confidence,
                           article=article or ref.article, sentence=note.text, char_start=note.char_start,
                           char_end=note.char_end, published=published if published is not None else ref.published)
            if (rel.source, rel.type, rel.target, rel.status) in known:
                continue  # the article already tells it: a second copy would only be paired with later denials
            if _key(rel) not in seen:
                seen.add(_key(rel))
                out.append(rel)
                by_sentence.setdefault(i, []).append(rel)
        for follow in note.follows:
            for rel in _followed(follow, i, notes, by_sentence, words):
                if _key(rel) not in seen:
                    seen.add(_key(rel))
                    out.append(rel)
                    by_sentence.setdefault(i, []).append(rel)
    if out:
        log.debug("carried targets added %d relations", len(out))
    return out


def _followed(follow: Follow, i: int, notes: Sequence[SentenceNote], by_sentence: dict[int, list[Relation]],
              words: _Words) -> Iterator[Relation]:
    """The deed a follower repeats: the named leader's latest of the given types in the article so far, or
    for "followed suit" every relation of the latest deed (doer and type) within ``carry_window`` sentences."""
    followers = set(follow.followers)
    deeds: list[Relation] = []
    if follow.leaders:
        for j in range(i, -1, -1):
            deeds = [r for r in by_sentence.get(j, []) if r.source in follow.leaders and r.type in follow.types
                     and r.status in (Status.ASSERTED, Status.CONFIRMED)]
            if deeds:
                break
    else:
        for j in range(i, max(-1, i - words.carry_window - 1), -1):
            if len({notes[k].paragraph for k in range(j, i + 1)}) > 2:
                break
            here = [r for r in by_sentence.get(j, []) if r.type in words.follow_types and r.source not in followers
                    and r.status in (Status.ASSERTED, Status.CONFIRMED)]
            if here:
                last = here[-1]
                deeds = [r for r in here if r.source == last.source and r.type == last.type]
                break
    note = notes[i]
    for deed in deeds:
        for follower in follow.followers:
            if follower != deed.target:
                yield Relation(source=follower, type=deed.type, target=deed.target, status=Status.ASSERTED,
                               mode=deed.mode, confidence=words.carry_confidence, article=deed.article,
                               sentence=note.text, char_start=note.char_start, char_end=note.char_end,
                               published=deed.published)


def _current_deed(orphan: Orphan, i: int, notes: Sequence[SentenceNote], by_sentence: dict[int, list[Relation]],
                  words: _Words) -> Relation | None:
    """The nearest relation of the orphan's type (another doer's in the same sentence first) when every one in
    the window has the same target."""
    if any(r.type == orphan.type and r.source == orphan.source for r in by_sentence.get(i, [])):
        return None  # the sentence pass found this doer's counterpart
    nearest: Relation | None = None
    targets: set[str] = set()
    for j in range(i, max(-1, i - words.carry_window - 1), -1):
        if len({notes[k].paragraph for k in range(j, i + 1)}) > 2:
            break  # not across a whole paragraph
        rels = [r for r in by_sentence.get(j, []) if r.type == orphan.type and r.status != Status.DENIED]
        if rels and nearest is None:
            nearest = rels[-1]
        targets |= {r.target for r in rels}
    if nearest is None or len(targets) != 1 or nearest.target in (orphan.source, *orphan.attributed_to):
        return None  # two counterparts in view, or "Kyiv said North Korea was preparing to send troops"
    return nearest


def _react(reaction: Reaction, i: int, note: SentenceNote, by_sentence: dict[int, list[Relation]],
           words: _Words) -> Iterator[Relation]:
    reactors = set(reaction.reactors)
    # "condemned the bombing" may answer a bombing someone alleged; a vaguer noun ("the decision", "its
    # seizure") needs a deed told as done, not a claim reported in passing
    unheld = (Status.DENIED,) if len(reaction.types) == 1 else (Status.DENIED, Status.ALLEGED)

    def fitting(j: int) -> list[Relation]:
        return [r for r in by_sentence.get(j, []) if r.type in reaction.types and r.status not in unheld
                and r.source not in reactors and (not reaction.own or r.target in reactors)]

    for j in _window(i, words.reaction_window):
        deeds = fitting(j)
        if deeds:
            break
    else:
        # "Ukraine's air force said Russia launched 40 missiles ... [six sentences on] ... Poland condemned the
        # attack": far from any deed of its kind, a noun of one kind is the article's main deed, the first told
        first = next((j for j in range(i) if fitting(j)), None) if len(reaction.types) == 1 else None
        if first is None:
            return
        deeds = fitting(first)
    ref = deeds[-1]
    for doer in dict.fromkeys(r.source for r in deeds):
        for reactor in reaction.reactors:
            if reactor != doer:
                yield Relation(source=reactor, type=reaction.stance, target=doer, status=Status.ASSERTED,
                               confidence=words.reaction_confidence, article=ref.article, sentence=note.text,
                               char_start=note.char_start, char_end=note.char_end, published=ref.published)


def _key(rel: Relation) -> tuple:
    return rel.source, rel.type, rel.target, rel.status, rel.char_start


def _window(i: int, window: int) -> range:
    """Sentences a denial may answer, nearest first (so its own paragraph before earlier ones)."""
    return range(i, max(-1, i - window - 1), -1)


def _answer(denial: Denial, i: int, notes: Sequence[SentenceNote], by_sentence: dict[int, list[Relation]],
            words: _Words, origin: tuple[str, Any] = ("", None)) -> Iterator[Relation]:
    for j in _window(i, words.window):
        claims, accusers = _claims_against(denial, by_sentence.get(j, []), words, notes[j].means)
        if claims or accusers:
            break
    else:
        yield from _answer_report(denial, i, notes, words, origin, by_sentence)
        return
    note = notes[i]
    deniers = denial.deniers
    if denial.clause:
        here = by_sentence.get(i, [])
        if any(r.status == Status.DENIED and set(r.attributed_to) & set(deniers) for r in here):
            return  # the sentence pass read the clause's denial and its accuser
        named = set(denial.named or ())
        claims = [r for r in claims if denial.named is not None and named <= {r.source, r.target, *r.attributed_to}]
        if not claims:
            if any(r.type == RelationType.DENIES and r.source in deniers for r in here):
                return  # the clause says what it denies; it is not the earlier claim
    for claim in claims:
        yield Relation(source=claim.source, type=claim.type, target=claim.target, status=Status.DENIED,
                       attributed_to=deniers, mode=claim.mode, confidence=words.confidence, article=claim.article,
                       sentence=note.text, char_start=note.char_start, char_end=note.char_end,
                       published=claim.published)
    ref = claims[0] if claims else by_sentence[j][0]  # an accusation made in sentence j
    for denier in deniers:
        for accuser in accusers:
            if accuser != denier and accuser not in deniers:
                yield Relation(source=denier, type=RelationType.DENIES, target=accuser, status=Status.ASSERTED,
                               confidence=words.confidence, article=ref.article, sentence=note.text,
                               char_start=note.char_start, char_end=note.char_end, published=ref.published)


def _answer_report(denial: Denial, i: int, notes: Sequence[SentenceNote], words: _Words,
                   origin: tuple[str, Any], by_sentence: dict[int, list[Relation]] | None = None) -> Iterator[Relation]:
    """ "Iran's foreign ministry rejected the report": no claim against the denier was read, but a report
    about it was made a few sentences back; the denier answers whoever made that report."""
    if (denial.clause and denial.named != ()) or denial.type is not None:
        return  # a denied clause naming others says itself what is denied
    deniers = set(denial.deniers)
    for j in _window(i - 1, words.window - 1 if denial.reported else 0):
        # "China dismissed that account. '...,' a spokesperson said": a report that explains the denial just
        # made is the denier's side, not an accusation
        allies = {a for d in ((*notes[j - 1].denials, *notes[j - 1].clause_denials) if j >= 1 else ())
                  for a in d.deniers}
        for report in reversed(notes[j].reports if j >= 0 else ()):
            if not deniers & set(report.about):
                continue
            accusers = [a for a in report.speakers if a not in deniers and a not in allies
                        and (not denial.owners or a in denial.owners)]
            if not accusers:
                continue
            note = notes[i]
            for denier in denial.deniers:
                for accuser in accusers:
                    yield Relation(source=denier, type=RelationType.DENIES, target=accuser, status=Status.ASSERTED,
                                   confidence=words.confidence, article=origin[0], sentence=note.text,
                                   char_start=note.char_start, char_end=note.char_end, published=origin[1])
            return
    told = [r for j in _window(i - 1, words.window - 1) for r in (by_sentence or {}).get(j, [])
            if r.status == Status.ALLEGED and r.source in denial.deniers]
    if denial.owners and not told:
        # "said the Ukrainian allegations were false", "brushed aside Greek claims": the claim's maker is named,
        # so it is answered even when no earlier sentence told the claim (one told by someone else makes the
        # named maker doubtful)
        note = notes[i]
        for denier in denial.deniers:
            for owner in denial.owners:
                yield Relation(source=denier, type=RelationType.DENIES, target=owner, status=Status.ASSERTED,
                               confidence=words.confidence, article=origin[0], sentence=note.text,
                               char_start=note.char_start, char_end=note.char_end, published=origin[1])


def _claims_against(denial: Denial, rels: Iterable[Relation], words: _Words,
                    means: frozenset[tuple[RelationType, str]] = frozenset()) -> tuple[list[Relation], list[str]]:
    """Claims of one sentence the denial answers, and who made them ([] , [] if none fits)."""
    deniers = set(denial.deniers)
    owners = set(denial.owners)
    rels = list(rels)
    accusations = [r for r in rels if r.type == RelationType.ACCUSES and r.target in deniers
                   and r.source not in deniers and (not owners or r.source in owners)]
    accusers = list(dict.fromkeys(r.source for r in accusations))
    claims: list[Relation] = []
    for r in rels:
        if r.type in (RelationType.ACCUSES, RelationType.DENIES) or r.status not in _CLAIM_STATUSES:
            continue
        if denial.type is not None and r.type != denial.type:
            continue
        if deniers & set(r.attributed_to):
            continue  # the denier's own statement
        if r.status == Status.ALLEGED and (r.type, r.target) in means:
            continue  # "of becoming a party to the war by arming Ukraine, which the alliance rejects"
        if not (r.source in deniers or (r.target in deniers and r.type in words.shared_types)):
            continue
        if r.status == Status.ASSERTED:
            if not accusations:
                continue  # stated as fact and claimed by nobody: nothing to deny
        elif owners and not owners & set(r.attributed_to):
            continue
        claims.append(r)
        if r.status != Status.ASSERTED:
            accusers += [a for a in r.attributed_to if a not in accusers]
    return claims, [a for a in accusers if a not in deniers]
