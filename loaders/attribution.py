"""Who makes a claim: the reporting clause above a cue, "according to X", or the quote's speaker.

``frame_of`` walks up the dependency tree from a cue to the nearest reporting, denial or
confirmation verb (or a claim noun: "an assessment claiming ..."), and names its speaker.
Quoted sentences without a reporting verb of their own continue the paragraph's speaker, or
the last speaker of the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping


from loaders.coref import Phrases
from loaders.lexicon import Lexicon, data_file

__all__ = ["Frame", "charge_clause", "charge_stretch", "frame_of", "opening_speakers", "paragraph_speakers", "quoted_sentences", "sentence_quote_speakers",
           "speakers_of"]

_CLAUSE_DEPS = {"nsubjpass", "ccomp", "xcomp", "pcomp", "advcl", "conj", "parataxis", "acl", "relcl", "dobj", "prep", "pobj", "aux", "dep", "attr", "oprd"}
_REQUESTS = {"call", "urge", "demand", "ask", "press", "tell"}
_STOP = {"stop", "end", "cease", "halt", "withdraw"}
_CITING = {"cite", "quote"}
_ADDRESSED = {"warn", "caution", "advise", "encourage", "implore", "pressure", "pressurize", "push", "invite"}
"""Verbs that, with an addressee and a to-clause, ask the addressee to do (or not do) something."""
_QUOTES = {'"', "“", "”", "''", "``"}


@dataclass
class Frame:
    """The reporting frame of a cue: ``kind`` is assert, report, deny, confirm or request."""

    kind: str = "assert"
    speakers: list[str] = field(default_factory=list)
    verb: Any = None
    path: list[Any] = field(default_factory=list)
    organ: bool = False
    """The speaker is an unnamed organ ("the foreign ministry said"): the doer's own office, not a third party."""


def speakers_of(verb: Any, phrases: Phrases, lex: Lexicon, discourse_speakers: list[str]) -> list[str]:
    """The actors making the statement of a reporting verb (or claim noun)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        got = phrases.actors(verb)
        if got:
            return got
        if verb.dep_ == "ROOT":
            # "Khartoum in turn charges that ...": a verb the tagger read as a plural noun keeps its subject before it
            got = [a for c in verb.children if c.dep_ in ("nsubj", "dep", "compound", "nmod") and c.i < verb.i
                   for a in phrases.actors(c)]
            if got:
                return got
        head = verb.head
        if head.dep_ == "prep" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
            # "Qatar said in a statement that ...", "Riyadh has for years accused ...": the statement or the
            # span of time hangs on the verb whose subject speaks, not on the last paragraph's speaker
            head = head.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return speakers_of(head, phrases, lex, discourse_speakers)
        return list(discourse_speakers)
    subj = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            subj = child
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    subj = pobj
    if subj is None:
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            head = verb.head
            if head.pos_ in ("NOUN", "PROPN"):
                return speakers_of(head, phrases, lex, discourse_speakers)
            return speakers_of(head, phrases, lex, discourse_speakers)
        if verb.dep_ == "acl" and verb.head.i != verb.i:
            return speakers_of(verb.head, phrases, lex, discourse_speakers)
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if before is not None and before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("appos", "dep", "npadvmod") \
                and before.head.i < before.i:
            # "In a post on Telegram, Ukraine's air force said ...": the speaker parsed onto the opening phrase
            return phrases.actors(before) or _affiliated(before, phrases)
        return []
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they") and discourse_speakers:
        before = _previous_doer(verb, subj, phrases)
        if before and not set(before) & set(discourse_speakers):
            # "Russia's FSB gave a very different account. It said the Ukrainian boats had crossed ...": "it" is the
            # actor the sentence before was about, not whoever the article quoted last
            return before
        return list(discourse_speakers)
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
        earlier = _paragraph_speaker(verb, phrases, lex)
        if earlier:
            # '"...," a ministry spokesman said. He said ...': the person speaking is the paragraph's speaker,
            # not whichever state was named last
            return earlier
    if verb.lemma_.lower() in _words("continuing_verbs") and _bare_office(subj):
        # "..., the foreign minister added": the office that was speaking goes on, whatever state was named last
        return _office_antecedent(verb, subj, phrases, discourse_speakers)
    got = _unplaced(subj, phrases.actors(subj), phrases)
    if got and subj.pos_ == "NOUN" and not any(t.i in phrases.actor_at for t in subj.subtree) \
            and set(got) <= _reported_actors(verb, phrases) and _opens_with_quote(verb):
        # '"North Korea has sent troops to Russia," a spokesman told reporters': an unnamed office holder is not
        # the state named in their own quote; the speaker the article quoted last goes on
        got = [a for a in discourse_speakers]
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she") and got and verb.sent.start == 0 \
            and verb.doc[0].text in _QUOTES and set(got) <= _reported_actors(verb, phrases):
        # a paragraph opening '"Russia is attacking Ukraine every day," he said': a person is not a state named in
        # their own words; the speaker the article quoted last goes on
        got = [a for a in discourse_speakers]
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i != subj.i and other.pos_ != "PRON":
            # "Chad, Sudan and Libya announced": a list parsed as several subjects
            got += [a for a in phrases.actors(other) if a not in got]
    if not got:
        got = _cited(verb, subj, phrases)
    if not got:
        got = _affiliated(subj, phrases)
    if not got:
        got = _state_outlet(subj, phrases)
    if not got:
        got = _authored(subj, phrases)
    if not got and subj.lemma_.lower() in lex.claim_nouns and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in lex.reporting:
        # "Naranjo told reporters that documents showed that ...": the evidence speaks through who cites it, even
        # when that person names no actor; not through whoever the article quoted before
        return speakers_of(verb.head, phrases, lex, discourse_speakers)
    if not got and (subj.lemma_.lower() in lex.claim_nouns) and discourse_speakers:
        return list(discourse_speakers)
    if not got:
        got = _office_antecedent(verb, subj, phrases, discourse_speakers)
    return got


def _previous_doer(verb: Any, subj: Any, phrases: Phrases) -> list[str]:
    """The actors of the main subject of the sentence just before ``verb``'s in the same paragraph, when it agrees in
    number with the pronoun ``subj`` ("it": one actor named in the singular)."""
    if verb.sent.start == 0:
        return []
    prev = verb.doc[verb.sent.start - 1].sent
    subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if len(subjects) != 1:
        return []
    plural = subjects[0].tag_ in ("NNS", "NNPS") or bool(subjects[0].conjuncts)
    if plural != (subj.lower_ == "they"):
        return []
    return phrases.actors(subjects[0])


def _opens_with_quote(verb: Any) -> bool:
    """Whether the sentence of ``verb`` opens with a quotation mark ('"...," a spokesman said')."""
    first = next((t for t in verb.sent if not t.is_space), None)
    return first is not None and first.text in _QUOTES


def _reported_actors(verb: Any, phrases: Phrases) -> set[str]:
    """Actors named inside what ``verb`` reports (its clausal complements: the quote or that-clause)."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis", "dep"):
            for t in c.subtree:
                if t.i in phrases.actor_at:
                    out.add(phrases.actor_at[t.i])
    return out


def _office_antecedent(verb: Any, subj: Any, phrases: Phrases, discourse_speakers: list[str]) -> list[str]:
    """ "The ministry added that ...": a bare office ("the ministry", "the spokesman") stands for the
    same office named earlier in the paragraph, or, with a verb of continuing, for the last speaker."""
    if not _bare_office(subj):
        return []
    for tok in reversed(list(subj.doc[:subj.left_edge.i])):
        if tok.lemma_.lower() == subj.lemma_.lower() and tok.pos_ == subj.pos_:
            got = phrases.actors(tok)
            if got:
                return got
    if verb.lemma_.lower() in _words("continuing_verbs"):
        return list(discourse_speakers)
    return []


def _unplaced(subj: Any, got: list[str], phrases: Phrases) -> list[str]:
    """ "Diplomats in Vienna said": the city people are posted in is not the state they speak for.

    Only actors named by the subject's own modifiers ("Iranian diplomats in Vienna") are kept.
    """
    if subj.lemma_.lower() not in _posted_speakers() and subj.lower_ not in _posted_speakers():
        return got
    placed = [a for c in subj.children if c.dep_ == "prep" and c.lower_ in _location_preps()
              for o in c.children if o.dep_ == "pobj" for a in phrases.actors(o)]
    if not placed:
        return got
    own = [a for c in subj.children if c.dep_ in ("compound", "amod", "nmod", "poss") for a in phrases.actors(c)]
    return [a for a in got if a not in placed or a in own]


def _paragraph_speaker(verb: Any, phrases: Phrases, lex: Lexicon) -> list[str]:
    """The actors of the latest earlier speaker in the paragraph (a reporting or denying verb whose subject names an
    actor) when the speakers before it are unnamed ("a ministry spokesman"): who "he" or "she" goes on for. A person
    named just before is left to the pronoun's own reading."""
    for sent in reversed([s for s in verb.doc.sents if s.end <= verb.sent.start]):
        for tok in reversed(list(sent)):
            if tok.pos_ != "VERB" or (tok.lemma_.lower() not in lex.reporting and tok.lemma_.lower() not in lex.denial):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            if subj.pos_ == "PROPN":
                return []  # a person named just before ("Armen Grigorian, the secretary of ..."): coref knows them
            got = phrases.actors(subj) or _affiliated(subj, phrases)
            if got:
                return got
    return []


def _bare_office(subj: Any) -> bool:
    """ "the ministry", "the foreign minister": an office with "the" and no name or modifier naming an actor."""
    kids = list(subj.children)
    return subj.lemma_.lower() in _words("bare_offices") and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and all(c.pos_ != "PROPN" for c in kids) and not any(c.dep_ in ("poss", "nmod") for c in kids)


def _affiliated(subj: Any, phrases: Phrases) -> list[str]:
    """ "UN experts say", "a panel of UN experts said": people speaking for the body they belong to."""
    if subj.lemma_.lower() not in _speaker_groups():
        return []
    out: list[str] = []
    for c in subj.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < subj.i and c.pos_ in ("PROPN", "ADJ"):
            out += [a for a in phrases.actors(c) if a not in out]
        elif c.dep_ == "prep" and c.lower_ == "of" and not out:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += [a for a in phrases.actors(o) or _affiliated(o, phrases) if a not in out]
    return out


def _state_outlet(subj: Any, phrases: Phrases) -> list[str]:
    """ "China's state broadcaster CCTV said", "Iran's official news agency said": an outlet of the state (a state
    mark or the state's possessive; status.yaml state_outlets, state_outlet_marks) speaks for that state."""
    before = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
    if not any(t.lemma_.lower() in _words("state_outlets") for t in before):
        return []
    if not any(t.lower_ in _words("state_outlet_marks") or t.dep_ == "poss" for t in before):
        return []  # "a Japanese news agency said": a paper of a country is not its government
    out: list[str] = []
    for t in before:
        if t.dep_ in ("poss", "amod", "compound", "nmod") and t.i != subj.i:
            out += [a for a in phrases.actors(t) if a not in out]
    return out


def _authored(subj: Any, phrases: Phrases) -> list[str]:
    """ "A report by a U.N. monitoring group said ...", "a statement from Iran's foreign ministry said ...": a document
    (status.yaml authored_documents) speaks for whoever it is by, named or described in apposition ("a report by
    Richard Butler, the chief U.N. weapons inspector"); not for whoever the article quoted last."""
    if subj.lemma_.lower() not in _words("authored_documents"):
        return []
    out: list[str] = []
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ not in _words("authorship_preps"):
            continue
        for author in prep.children:
            if author.dep_ != "pobj":
                continue
            got = phrases.actors(author) or _affiliated(author, phrases)
            if not got:
                got = [a for c in author.children if c.dep_ == "appos"
                       for a in phrases.actors(c) or _affiliated(c, phrases)]
            out += [a for a in got if a not in out]
    return out


def _cited(verb: Any, subj: Any, phrases: Phrases) -> list[str]:
    """ "The Journal, citing Saudi and U.S. officials, reported ...": a medium speaks for its sources."""
    out: list[str] = []
    for head in (verb, subj):
        for c in head.children:
            if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in _CITING:
                for o in c.children:
                    if o.dep_ in ("dobj", "pobj"):
                        out += [a for a in phrases.actors(o) if a not in out]
    return out


def frame_of(cue: Any, phrases: Phrases, lex: Lexicon, discourse_speakers: list[str],
             quote_speakers: list[str] | None, quoted: bool) -> Frame:
    """The nearest reporting frame above ``cue`` in its sentence."""
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i < cue.i \
            and phrases.actors(cue.head) and not (cue.head.dep_ == "pobj" and cue.head.head.lower_ == "of") \
            and cue.head.lemma_.lower() not in lex.claim_nouns:  # "Kinshasa's charges that Kigali is arming"
        # "... provided support to M23 rebels fighting Congolese forces": the participle describes
        # who the rebels are, in the article's own voice, not what the speaker claims ("evidence of
        # troops fighting ..." is the claim itself; "a resolution censuring Iran" describes no actor)
        return Frame("assert", [], None, [cue])
    if _topic(cue):
        # "a referendum on joining the EU": a deed named as what a vote or talk is about, done by no one yet
        return Frame("topic", [], None, [cue])
    path = [cue]
    tok = cue
    while tok.head.i != tok.i:
        child, tok = tok, tok.head
        path.append(tok)
        lemma = tok.lemma_.lower()
        if child.dep_ in ("appos", "npadvmod") and child.pos_ == "NOUN" and len(path) >= 3 \
                and path[-3].dep_ in ("acl", "relcl"):
            # "..., a move widely seen as a response to Japanese curbs": the writer's gloss on
            # what was said, not part of the statement
            return Frame("assert", [], None, path)
        if child.dep_ == "relcl" and _glossed_actor(child, tok, phrases):
            return Frame("assert", [], None, path)
        if child.dep_ == "relcl" and _glossed_act(child, tok):
            # "urged both to withdraw their forces, in a vote that Managua rejected": the writer tells who
            # reacted to the act, whatever mood the clause the act is attached to has
            return Frame("assert", [], None, path)
        if _contrast_aside(child):
            later = [a for a in child.ancestors if a.i > child.right_edge.i]
            told = next((a for a in later if a.pos_ == "VERB" and a.lemma_.lower() in lex.reporting), None)
            if told is not None:
                # "..., while Merkel urged de-escalation, her spokesman said": the report after the aside tells
                # it, not the one before it that it happens to hang from
                said = speakers_of(told, phrases, lex, discourse_speakers)
                return Frame("report", said, told, path[:-1], organ=not said and _unnamed_organ(told))
            if not later:
                path.pop()  # the aside's own words end the frame; what it hangs from is not said of it
                break
        if child.dep_ not in _CLAUSE_DEPS:
            continue
        if child.i < tok.i and any(c.text == ";" and child.i < c.i < tok.i for c in tok.children):
            # "Moldova expels a diplomat; Moscow says ...": clauses side by side, the second reports nothing of the first
            continue
        if tok.pos_ in ("VERB", "AUX") and child.dep_ == "prep" and child.lower_ in _words("opposing_preps") \
                and len(path) >= 3 and path[-3].dep_ == "pcomp" and path[-3].tag_ == "VBG":
            # "warned Washington against hosting her", "voted against sending troops": a deed argued against is not done
            return Frame("request", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
        if tok.pos_ in ("VERB", "AUX") and (child.dep_ != "prep" or lemma in ("accuse", "blame", "charge", "suspect")
                                            or (child.lower_ == "for" and lemma in lex.verbs)):
            kind = None
            if lemma in _REQUESTS and child.dep_ == "xcomp" and child.lemma_.lower() in _STOP:
                # "called on Rwanda to stop its support": the caller holds that the support goes on
                return Frame("report", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
            if lemma in _ADDRESSED and child.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.children):
                # "warned Serbia not to recognise the annexation": a demand on the addressee, not a deed
                return Frame("request", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
            if lemma in _REQUESTS and lemma != "tell" and child.dep_ == "ccomp" and (child.tag_ == "VB" or (
                    child.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in child.children))) \
                    and not any(c.dep_ in ("aux", "auxpass") for c in child.children) \
                    and not any(t.tag_ in ("VBD", "VBZ") for t in path[:-2]):
                # "voted to demand that the government expel all foreign troops": a subjunctive asked for, not done
                # ("demanded that Australia release the men and protested the burning": the protest, in the past, is made)
                return Frame("request", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
            if lemma in _REQUESTS and child.dep_ == "xcomp":
                # "urged Israel and Hamas to agree a ceasefire": asked for, not done
                return Frame("request", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
            if lemma in lex.denial and child.dep_ == "dobj" and child.i == cue.i and lemma in _words("deed_rejections") \
                    and _others_deed(cue, tok, phrases):
                # "Algeria rejected Washington's recognition of Moroccan sovereignty": the deed is opposed, not denied
                return Frame("assert", [], None, path)
            if lemma in lex.denial and child.dep_ == "advcl" and _side_participle(child, tok):
                kind = None  # "denied the report, accusing Israel of lying": said beside the denial, not denied
            elif lemma in lex.denial and child.dep_ in ("ccomp", "xcomp", "pcomp", "dobj", "advcl", "nsubjpass"):
                kind = "deny"
                if child.dep_ != "dobj" and child.i < tok.i and charge_clause(tok, lex.claim_nouns):
                    kind = None  # "accused Baku of shelling, a charge Baku denied": the charge is denied, not the clause
            elif lemma in lex.confirmation and child.dep_ in ("ccomp", "xcomp", "pcomp", "dobj", "nsubjpass"):
                kind = "confirm"
            elif lemma in lex.reporting and child.dep_ == "dobj" and lemma in _words("deed_senses"):
                kind = None  # "Niger had concluded a secret agreement to sell uranium": a deed done, not a finding told
            elif lemma in lex.reporting and child.dep_ in ("ccomp", "xcomp", "parataxis", "dobj", "advcl"):
                kind = "report" if not _reduced_relative(tok, child) and not _side_clause(child) else None
            elif lemma in ("accuse", "blame", "charge", "suspect") and child.dep_ == "prep" and child.lower_ in ("of", "for"):
                kind = "report"
            elif child.dep_ == "prep" and child.lower_ == "for" and lemma in lex.verbs \
                    and lex.verbs[lemma].type.value in ("SANCTIONS", "CONDEMNS", "ACCUSES", "REDUCES_RELATIONS"):
                kind = "report"  # "sanctioned three firms for supplying Iran": the sanctioner's charge
            if kind:
                said = speakers_of(tok, phrases, lex, discourse_speakers)
                return Frame(kind, said, tok, path, organ=kind == "report" and not said and _unnamed_organ(tok))
        elif tok.pos_ == "NOUN" and lemma in lex.claim_nouns and child.dep_ in ("acl", "ccomp", "relcl"):
            rejecter = tok.head
            if tok.dep_ in ("dobj", "nsubjpass") and rejecter.pos_ == "VERB" and rejecter.lemma_.lower() in lex.denial \
                    and not any(c.dep_ == "neg" for c in rejecter.children):
                # "officials rejected reports that Iran was arming Moscow": the rejecter denies the claim
                return Frame("deny", speakers_of(rejecter, phrases, lex, discourse_speakers), rejecter, [*path, rejecter])
            return Frame("report", speakers_of(tok, phrases, lex, discourse_speakers), tok, path)
    sent = cue.sent
    for t in sent:
        if t.lower_ == "according" and _presupposed(cue):
            # "Greece's acquisition of jets from France has shifted the balance, according to X":
            # X vouches for the effect; the possessed deed in the subject is taken as known
            return Frame("assert", [], None, path)
        if t.lower_ == "according":
            for prep in t.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return Frame("report", _source_actors(pobj, phrases, lex), t, path)
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for pobj in nxt.children:
                    if pobj.dep_ == "pobj":
                        return Frame("report", _source_actors(pobj, phrases, lex), t, path)
                return Frame("report", [], t, path)
    trailing = _trailing_report(cue, lex)
    if trailing is not None:
        # "X has sent troops to Y, the spy agency said on Friday": a reporting clause parsed as a conjunct
        said = speakers_of(trailing, phrases, lex, discourse_speakers)
        return Frame("report", said, trailing, path, organ=not said and _unnamed_organ(trailing))
    if quoted:
        return Frame("report", list(quote_speakers or discourse_speakers), None, path)
    for t in sent:
        # a misparsed "an assessment claiming X was buying ...": a claim verb before the cue
        if t.i >= cue.i:
            break
        if t.pos_ == "VERB" and t.dep_ in ("acl", "advcl") and t.lemma_.lower() in ("claim", "allege", "say", "suggest", "report"):
            return Frame("report", speakers_of(t, phrases, lex, discourse_speakers), t, path)
    return Frame("assert", [], None, path)


def _side_participle(clause: Any, verb: Any) -> bool:
    """Whether an adverbial participle stands beside ``verb`` rather than being its object: set off by a comma, or
    after the verb's own object ("dismissed the accusations, warning Washington", "denied it, calling on Kyiv")."""
    if clause.tag_ != "VBG" or clause.i < verb.i or any(c.dep_ in ("mark", "aux") for c in clause.children):
        return False
    comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    return comma or any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)


def charge_clause(verb: Any, claim_nouns: frozenset[str]) -> bool:
    """Whether a denial verb closes "X accused Y of Z, a charge W denied" parsed with the accusation as the verb's
    clause: a claim noun stands between the comma before the verb and the verb ("a charge Iranian officials have
    always rejected", or the charge as the verb's object). What is denied is the charged deed, not the accusing
    (unlike "denied the allegation that it had supplied drones", whose clause follows the claim noun)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in claim_nouns and c.i < verb.i for c in verb.children):
        return True
    return charge_stretch(verb, claim_nouns) is not None


def charge_stretch(verb: Any, claim_nouns: frozenset[str]) -> Any:
    """The words between a trailing ", a charge" and the verb that rejects it (", a charge Ankara has repeatedly
    denied" gives "Ankara has repeatedly"), whatever the parser hung them on; None when the verb does not close
    such an appended charge."""
    comma = next((t.i for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.text == ","), None)
    if comma is None or verb.i - comma < 3 or verb.doc[comma + 1].lower_ not in ("a", "an"):
        return None
    claim = next((t for t in verb.doc[comma + 2:min(comma + 4, verb.i)]
                  if t.pos_ == "NOUN" and t.lemma_.lower() in claim_nouns), None)
    return None if claim is None else verb.doc[claim.i + 1:verb.i]


def _glossed_act(clause: Any, noun: Any) -> bool:
    """Whether a relative clause with a subject of its own glosses an act named in an "in" phrase ("in a vote that
    Managua rejected", "in a move Beijing condemned"): the article's aside on how the act was received."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.lemma_.lower() not in _words("glossed_acts"):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children)


def _glossed_actor(clause: Any, head: Any, phrases: Phrases) -> bool:
    """Whether a relative clause is the writer's gloss on a named actor's record ("suggested that the Security
    Council, which has imposed nine rounds of sanctions on Pyongyang, could ease them"): set off by a comma, its
    "which"/"who" the actor, its verb past or perfect. What the speaker claims is the main clause, not the gloss."""
    wh = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")), None)
    if wh is None or wh.i == 0 or wh.doc[wh.i - 1].text != "," or not phrases.actors(head):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def _others_deed(noun: Any, verb: Any, phrases: Phrases) -> bool:
    """Whether ``noun`` names its doer ("Washington's recognition", "the recognition by Washington") and the
    doer is not the subject of ``verb`` (one's own deed rejected is still a denial)."""
    doers = [a for c in noun.children if c.dep_ == "poss" for a in phrases.actors(c)]
    doers += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for o in c.children if o.dep_ == "pobj" for a in phrases.actors(o)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = phrases.actors(subj) if subj is not None else []
    return bool(doers) and not set(doers) & set(own)


def _source_actors(source: Any, phrases: Phrases, lex: Lexicon) -> list[str]:
    """Who an "according to" source speaks for: the actor it names ("according to Ukraine"), the body its
    people belong to ("according to two U.S. officials"), or the issuer of a statement or report ("according
    to a statement from the Ukrainian embassy", "a report by UN experts")."""
    got = phrases.actors(source) or _affiliated(source, phrases)
    if got or source.lemma_.lower() not in lex.claim_nouns:
        return got
    issuers = [c for c in source.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    # "according to a statement released by the Indian army", "a report issued by UN experts"
    issuers += [p for c in source.children if c.dep_ == "acl" for p in c.children
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")]
    for c in issuers:
        for o in c.children:
            if o.dep_ == "pobj":
                got += [a for a in phrases.actors(o) or _affiliated(o, phrases) if a not in got]
    return got


def _presupposed(cue: Any) -> bool:
    """Whether ``cue`` is a possessed noun ("Greece's acquisition") heading its clause's subject."""
    return cue.pos_ == "NOUN" and cue.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "poss" for c in cue.children)


def _topic(cue: Any) -> bool:
    """Whether ``cue`` is a gerund naming the subject matter of a noun ("talks on joining NATO")."""
    prep = cue.head
    return cue.dep_ == "pcomp" and cue.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in _topic_preps() \
        and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _topic_nouns()


def _unnamed_organ(verb: Any) -> bool:
    """Whether the subject of ``verb`` is a bare "the (foreign) ministry": an office naming no actor of its own."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _own_organs():
        return False
    kids = list(subj.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and all(c.dep_ in ("det", "compound", "amod") and c.pos_ not in ("PROPN",) for c in kids)


@lru_cache(maxsize=1)
def _status_data() -> Mapping[str, Any]:
    return data_file("status.yaml")


def _side_clause(child: Any) -> bool:
    """ "France told four diplomats to leave, while Ukraine expelled 13": a clause opened by a contrast or time
    conjunction (status.yaml side_clause_marks) stands beside the telling; it is not what was told."""
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _words("side_clause_marks") for c in child.children)


def _contrast_aside(child: Any) -> bool:
    """ "..., while Germany urged Russia to reopen the port": an adverbial clause with its own subject, set off by a
    comma and a contrast mark (status.yaml contrast_marks), is the writer's aside on the clause before it."""
    if child.dep_ != "advcl" or child.pos_ not in ("VERB", "AUX"):
        return False
    mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in _words("contrast_marks")), None)
    if mark is None or mark.i == 0 or child.doc[mark.i - 1].text != ",":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in child.children)


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    """One word list of status.yaml, read once (it is asked for on every clause)."""
    return frozenset(str(w).lower() for w in _status_data().get(name) or ())


def _own_organs() -> frozenset[str]:
    return _words("own_organs")


def _posted_speakers() -> frozenset[str]:
    return _words("posted_speakers")


def _location_preps() -> frozenset[str]:
    return _words("location_preps")


def _speaker_groups() -> frozenset[str]:
    return _words("speaker_groups")


def _topic_preps() -> frozenset[str]:
    return _words("topic_preps")


def _topic_nouns() -> frozenset[str]:
    return _words("topic_nouns")


def _reduced_relative(verb: Any, clause: Any) -> bool:
    """ "companies it says helped the group": a reporting verb inside a relative clause, not a frame.

    A reporting verb that follows its clause is a trailing attribution only after a comma or a quote.
    """
    if clause.i > verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = subj.left_edge if subj is not None else verb
    if first.i == 0:
        return False
    before = verb.doc[first.i - 1]
    return not before.is_punct and before.i > clause.i and before.pos_ in ("NOUN", "PROPN")


def _trailing_report(cue: Any, lex: Lexicon) -> Any:
    """A reporting verb after the cue, set off by a comma, that heads no clause of its own."""
    sent = cue.sent
    for t in sent:
        if t.i <= cue.i or t.pos_ != "VERB" or t.lemma_.lower() not in ("say", "tell", "add", "report", "claim", "allege", "state", "announce"):
            continue
        if t.dep_ not in ("conj", "parataxis", "ROOT") or any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        first = subj.left_edge if subj is not None and subj.i < t.i else t
        if first.i == 0:
            continue
        before = t.doc[first.i - 1]
        if before.text in (",", "\u201d", '"', "''"):
            if t.dep_ == "ROOT" and cue.i in {x.i for x in t.subtree}:
                continue  # a frame of its own already; nothing trails
            return t
    return None


def quoted_sentences(doc: Any) -> list[bool]:
    """Per sentence of ``doc``: does it sit inside quotation marks (wholly or from its start)?"""
    inside = False
    out: list[bool] = []
    for sent in doc.sents:
        starts_inside = inside
        first = next((t for t in sent if not t.is_space), None)
        starts_quote = first is not None and first.text in _QUOTES
        quote_tokens = 0
        for t in sent:
            if t.text in ("“", "``"):
                inside = True
                quote_tokens += 1
            elif t.text in ("”", "''"):
                inside = False
                quote_tokens += 1
            elif t.text == '"':
                inside = not inside
                quote_tokens += 1
        out.append(starts_inside or (starts_quote and quote_tokens >= 1))
    return out


def sentence_quote_speakers(sent: Any, phrases: Phrases, lex: Lexicon, discourse_speakers: list[str]) -> list[str]:
    """The named speaker of a quote in ``sent`` ('"...," Lavrov replied.'), or [] when it has no quote or names none:
    later unattributed quotes of the paragraph go on for the speaker quoted last, not the paragraph's first."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _QUOTES:
        return []  # only a sentence that opens with a quote ('"...," he said'), not a scare-quoted phrase
    inside = False
    for t in sent:
        if t.text in _QUOTES:
            inside = t.text not in ("”", "''") and (t.text in ("“", "``") or not inside)
            continue
        if not inside and t.pos_ == "VERB" and (t.lemma_.lower() in lex.reporting or t.lemma_.lower() in _words("quote_verbs")) \
                and not any(c.dep_ == "neg" for c in t.children):
            got = speakers_of(t, phrases, lex, discourse_speakers)
            if got:
                return got
    return []


def paragraph_speakers(doc: Any, phrases: Phrases, lex: Lexicon, discourse_speakers: list[str]) -> list[str]:
    """The speaker of a paragraph's quotes: the subject of its first reporting verb near a quote."""
    for sent in doc.sents:
        if not any(t.text in _QUOTES for t in sent):
            continue
        for t in sent:
            if t.pos_ == "VERB" and t.lemma_.lower() in ("say", "tell", "add", "state", "write", "declare", "insist", "stress", "claim", "warn", "note"):
                got = speakers_of(t, phrases, lex, discourse_speakers)
                if got:
                    return got
    return []


def opening_speakers(doc: Any, phrases: Phrases, lex: Lexicon) -> list[str]:
    """A paragraph with no named quote speaker speaks for the actor of its first speech verb.

    Its pronouns ("She accused ...", "his government expelled ...") are that actor's, not the
    previous paragraph's speaker's.
    """
    for sent in doc.sents:
        # "Kigali dismissed the findings. '...,' spokeswoman Yolande Makolo said.": a quote whose
        # speaker names no actor speaks for the actor the paragraph opened with
        root = sent.root
        if any(c.dep_ == "neg" for c in root.children) or root.lemma_.lower() in lex.refusal_heads:
            continue  # "The Kremlin did not comment", "declined to say": whoever said nothing quotes nothing
        if root.pos_ == "VERB" and (root.lemma_.lower() in lex.denial or root.lemma_.lower() in lex.reporting):
            got = speakers_of(root, phrases, lex, [])
            if got:
                return got
    return []
