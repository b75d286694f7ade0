"""How the article holds a relation: asserted, alleged, denied, confirmed or planned.

``modality`` reads negation, future and intent, and hypothetical modals on the path from the
cue up to its reporting verb; ``decide`` joins that with the reporting frame into a status and
``attributed_to``, or None when the sentence does not hold the relation at all (a negation in
the article's own voice, a bare "could").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from graph.model import RelationType, Status

from loaders.attribution import Frame
from loaders.lexicon import Lexicon, data_file

__all__ = ["Modality", "SPEECH_ACTS", "blamed_blasts", "breached", "circumstantial", "conditional_deed", "decide",
           "expected_arrivals", "intent_adjectives", "modality", "participation_words", "threatened", "withheld"]

SPEECH_ACTS = frozenset({
    RelationType.ACCUSES, RelationType.CONDEMNS, RelationType.DENIES, RelationType.THREATENS,
    RelationType.REQUESTS, RelationType.SUPPORTS, RelationType.RECOGNIZES,
})
"""Types that a speaker performs by speaking: reported, they are facts about the speaker."""


_INTENT_NOUNS = frozenset({"intention", "plan", "bid", "effort", "attempt", "offer", "pledge", "promise", "threat",
                           "readiness"})
"""Nouns of intent above a cue ("plans to export"): what they govern is still to come."""

_VOICED = frozenset({RelationType.ACCUSES, RelationType.CONDEMNS, RelationType.DENIES, RelationType.REQUESTS})
"""Speech acts whose doer is named as doing them: with no other speaker, the article reports them."""

_BLOCKING = {"prep", "advcl", "relcl", "npadvmod"}
"""Links past which a head's negation or intent no longer scopes over the cue."""


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    refused: bool = False
    conditional: bool = False
    disclaimed: bool = False
    background: bool = False
    intent_head: Any = None
    """The verb or noun of intent above the cue ("move to restore"): its subject is who plans the deed."""
    hearsay: bool = False
    """ "Iran has reportedly supplied missiles": the writer passes the claim on without vouching for it."""
    unfounded: bool = False
    """ "said it had seen no evidence that China was arming Russia": the claim is disowned, not made or denied."""
    unreal: bool = False
    """ "warned that any American support for a counter-strike would ...": a deed named as any such deed is supposed."""
    lapsed: bool = False
    """ "Duda, who had been due to meet Zelenskyy, cancelled": a plan told in the past perfect has been overtaken."""
    continued: bool = False
    """ "the two sides will keep talking": the future is the going on of something already under way."""
    unaltered: bool = False
    """ "the findings did not change Warsaw's support for Kyiv": a negated verb of altering over the deed."""


def _headline_infinitive(verb: Any) -> bool:
    """Whether ``verb`` is a headline's "Japan to send destroyers", "Kim to visit Moscow, Kremlin says": a to-infinitive
    with its own subject before the "to" that heads the sentence (or a clause reported after it), which in news
    prose only a headline writes for an announced step."""
    if verb.pos_ != "VERB" or not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        return False
    kids = list(verb.children)
    to = next((c for c in kids if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
    if to is None or any(c.dep_ in ("aux", "auxpass", "mark") and c.i != to.i for c in kids):
        return False
    return any(c.dep_ in ("nsubj", "dep") and c.i == to.i - 1 and c.pos_ in ("PROPN", "NOUN") for c in kids)


def modality(frame: Frame, lex: Lexicon) -> Modality:
    """Negation, future/intent and hypothetical modals between the cue and its frame verb."""
    negated = future = hypothetical = refused = disclaimed = False
    intent_head = None
    stop = frame.verb
    conditional = _in_condition(frame.path, stop)
    presupposed = _in_background(frame.path, stop)
    hearsay = _hearsay(frame.path, stop)
    if any(_refused_comment(t, lex) for t in frame.path[1:]) or (stop is not None and _refused_comment(stop, lex)):
        refused = True  # "declined to comment on whether it supplied drones": nothing is claimed
    if _open_question(frame.path, stop):
        refused = True  # "have not said whether they will withdraw their ambassador": nothing is claimed
    if frame.path and frame.path[0].pos_ == "VERB" and _lemma(frame.path[0]) in _status_words()["reviewing_verbs"]:
        refused = True  # "would review support for Islamabad": a step put under review is neither told nor planned
    if frame.path and frame.path[0].pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in _status_words()["planned_modifiers"] for c in frame.path[0].children):
        future = True  # "Indonesia's planned purchase of Su-35s from Russia", "the proposed sale": still to come
    if frame.path and _lemma(frame.path[0]) in _status_words()["promise_cues"]:
        future = True  # "has pledged $300 million to the mission": given when the promise is kept
    if frame.path and _headline_infinitive(frame.path[0]):
        future = True  # a headline's "Russia to sanction Estonian officials": a step announced, still to come
    continued = unaltered = False
    own = False  # the clause below has its own tense or auxiliary: the head's mood stays with the head
    for k, tok in enumerate(frame.path):
        if stop is not None and tok.i == stop.i:
            break
        if k == 1 and _speaking_participle(frame.path[0], lex):
            break  # "has vowed to block the bids, accusing Sweden of ...": the accusing is done as the vow is made
        if k >= 1 and _semicolon_between(frame.path[k - 1], tok):
            break  # "Estonia expels a diplomat; Moscow vows ...": a headline's second clause is not above the first
        if k >= 1 and frame.path[k - 1].dep_ == "conj" and _finite(frame.path[k - 1]):
            own = True  # "did not want war and urged X to ...": the negation is want's, not urge's
            continue
        if own and k >= 1 and frame.path[k - 1].dep_ == "conj":
            continue
        if k >= 2 and frame.path[k - 1].dep_ == "prep" and frame.path[k - 1].lower_ in ("for", "of") \
                and tok.pos_ == "NOUN" and _lemma(tok) in _status_words()["preparation_nouns"]:
            future = True  # "preparations for a summit between the EU and Russia": the summit is still to come
            break
        if k >= 2 and frame.path[k - 1].dep_ in _BLOCKING and not _intent_of(frame.path[k - 1], tok):
            if frame.path[k - 1].dep_ == "prep" and _same_deed_negated(frame.path[0], tok, lex):
                negated = True  # "the two sides did not meet face to face during the talks": nor did they in them
            if frame.path[k - 1].lower_ == "for" and tok.pos_ == "ADJ" and _negated_predicate(tok, lex):
                # "the atmosphere is 'not right' for a bilateral meeting": a deed put off, neither claimed nor denied
                refused = True
            break
        if k == 1 and frame.path[0].dep_ == "relcl" and not _infinitival(frame.path[0]):
            break  # "Sudan, whose government has sided with Cairo, did not comment": the main clause's mood stays there
        lemma = _lemma(tok)
        if tok.pos_ == "VERB" and lemma in _status_words()["altering_verbs"] and any(c.dep_ == "neg" for c in tok.children) \
                and (k == 0 or (frame.path[k - 1].dep_ == "dobj" and frame.path[0].pos_ == "NOUN")):
            # "the findings did not change Warsaw's support for Kyiv": the deed stands, unaltered (a nominal deed's
            # path may start at the verb it is the object of)
            unaltered = True
            break
        if k >= 1 and tok.pos_ == "VERB" and lemma in _status_words()["failure_heads"] and frame.path[k - 1].dep_ == "xcomp" \
                and _lemma(frame.path[k - 1]) not in _status_words()["stop_heads"]:
            # "has failed to cut its ties with the rebels": the deed was not done, and no one denies it ("failed to
            # stop Azerbaijan's offensive" is not here: what was not stopped went on)
            refused = True
            break
        if k >= 1 and tok.pos_ == "VERB" and lemma in _status_words()["continuing_heads"] and frame.path[k - 1].dep_ == "xcomp":
            continued = True  # "will keep talking", "will continue to hold talks": under way already
        persisting = tok.pos_ in ("VERB", "AUX") and lemma in _status_words()["persisting_verbs"] and (
            (k >= 1 and frame.path[k - 1].dep_ in ("nsubj", "nsubjpass") and frame.path[0].pos_ == "NOUN")
            or (k == 0 and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in tok.children)))
        if k >= 1 and lemma in _status_words()["stop_heads"] and tok.pos_ == "VERB" \
                and frame.path[k - 1].dep_ in ("xcomp", "dobj", "ccomp"):
            break  # "agreed to stop arming the Houthis": the plan is the stopping; the arming is going on
        if tok.i != frame.path[0].i and lemma in lex.intent_heads and tok.pos_ in ("VERB", "AUX", "NOUN") \
                and not (tok.pos_ == "VERB" and frame.path[k - 1].dep_ == "nsubj"):
            # "the purchase, agreed last year, ...": a deed that is the active subject of an intent verb was not intended by itself
            future = True
            intent_head = intent_head if intent_head is not None else tok
        if k >= 1 and tok.pos_ == "ADJ" and lemma in _status_words()["intent_adjectives"] \
                and frame.path[k - 1].dep_ == "xcomp":
            future = True  # "is due to visit Moscow", "stands ready to send troops": announced, still to come
            intent_head = intent_head if intent_head is not None else tok
        if k >= 1 and lemma in _status_words()["arranged_copulas"] and frame.path[k - 1].dep_ == "xcomp" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in frame.path[k - 1].children):
            future = True  # "is to host talks", "was to sign the deal on Friday": arranged, still to come
            intent_head = intent_head if intent_head is not None else tok
        if k >= 1 and _permission(tok, frame.path[k - 1]) and any(c.dep_ == "neg" for c in tok.children):
            refused = True  # "did not give Turkey a green light to invade", "did not allow it to": nothing told of the deed
            break
        if k >= 1 and frame.path[k - 1].dep_ in ("xcomp", "ccomp") and _authorizing(tok):
            # "approved a motion allowing the government to send troops", "parliament authorised the army to deploy":
            # a deed a legislature or its act permits is still to come
            future = True
            intent_head = intent_head if intent_head is not None else tok
        if k >= 1 and tok.lower_ in lex.future_aux and tok.tag_ == "VBG" and frame.path[k - 1].dep_ == "xcomp":
            future = True  # "we are not going to support them": "going to" is a future, parsed as a head verb
        if tok.i != frame.path[0].i and lemma in lex.refusal_heads:
            refused = True
        if lemma in lex.approval_heads and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.approved_nouns
                                               for c in tok.children):
            future = True  # "approved an arms sale to Taiwan": the transfer is still to come
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in lex.negation for d in c.children)
                for c in tok.children):
            negated = True  # "No Indian aircraft crossed the Line of Control": a negated subject denies the deed
        for child in tok.children:
            if child.dep_ == "dobj" and child.lower_ in _status_words()["negative_objects"] and tok.pos_ == "VERB":
                negated = True  # "had signed nothing with Israel", "has sent none to Kyiv": nothing was done
            if child.dep_ == "neg" and any(c.i == child.i + 1 and c.lower_ in _status_words()["affirming_after_negation"]
                                           for c in tok.children):
                continue  # "cannot but stand with Saudi Arabia": a negated modal with "but" affirms
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "det") and child.lower_ in lex.negation):
                negated = True
                if tok.i != frame.path[0].i and (lemma in lex.intent_heads or lemma in _INTENT_NOUNS):
                    disclaimed = True  # "had no plans to host a base": an intent disowned, no claim denied
            elif child.dep_ == "aux" and persisting:
                continue  # "sanctions on Russia would remain in place": the sanctions stand now; only their lasting is to come
            elif child.dep_ == "aux":
                aux = child.lower_
                if aux in lex.future_aux or child.lemma_.lower() in lex.future_aux:
                    future = True
                elif aux == "would" and frame.kind == "report":
                    future = True  # reported "will": "said Egypt would send troops"
                elif aux in lex.hypothetical_aux:
                    hypothetical = True
        if tok.pos_ in ("NOUN", "PROPN") and tok.i != frame.path[0].i:
            # "intention to purchase", "plans to export": a noun of intent above the cue
            if lemma in _INTENT_NOUNS:
                future = True
    unfounded = stop is not None and stop.pos_ == "NOUN" \
        and any(c.dep_ in ("det", "neg") and c.lower_ in lex.negation for c in stop.children)
    cue = frame.path[0] if frame.path else None
    if cue is not None and cue.pos_ in ("VERB", "AUX"):
        # "any Japanese deployment to the strait would be met with force": a deed noun the verb has as its subject
        cue = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    unreal = cue is not None and cue.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _status_words()["supposing_determiners"] for c in cue.children)
    lapsed = intent_head is not None and frame.kind != "report" and _lemma(intent_head) in _status_words()["lapsing_heads"] \
        and _past_perfect(intent_head)
    return Modality(negated, future, hypothetical, refused, conditional, disclaimed, presupposed, intent_head,
                    hearsay, unfounded, unreal, lapsed, continued, unaltered)


def _speaking_participle(cue: Any, lex: Lexicon) -> bool:
    """ "..., accusing Sweden of harbouring militants", "..., calling the move illegal": a speaking participle
    set off as an adjunct (no "to", no mark of its own) is said now, whatever mood the verb it hangs on has."""
    lemma = _lemma(cue)
    return cue.dep_ == "advcl" and cue.tag_ == "VBG" \
        and (lemma in lex.reporting or lemma in lex.describe_verbs or lemma in _status_words()["accusing_verbs"]) \
        and not any(c.dep_ in ("mark", "aux", "neg") for c in cue.children)


def _negated_predicate(adj: Any, lex: Lexicon) -> bool:
    """Whether an adjective is negated, on itself ("not right") or on its copula ("is not ready")."""
    own = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.negation) for c in adj.children)
    return own or (adj.dep_ == "acomp" and any(c.dep_ == "neg" for c in adj.head.children))


def _same_deed_negated(cue: Any, head: Any, lex: Lexicon) -> bool:
    """Whether a mutual deed named by a noun ("the talks") sits in a phrase of a negated verb of the same deed
    ("did not meet face to face during the talks"): the parties are said not to have done it there either."""
    noun = lex.nouns.get(cue.lemma_.lower())
    verb = lex.verbs.get(head.lemma_.lower())
    return cue.pos_ == "NOUN" and noun is not None and verb is not None and noun.type == verb.type \
        and noun.type.symmetric and any(c.dep_ == "neg" for c in head.children)


def _permission(head: Any, below: Any) -> bool:
    """Whether ``head`` grants leave for the deed below it: a verb of permission ("allow Turkey to invade") or a
    verb giving a permission noun ("give a green light to Turkey to invade")."""
    if head.pos_ != "VERB":
        return False
    words = _status_words()
    if _lemma(head) in words["authorizing_verbs"]:
        return below.dep_ in ("xcomp", "ccomp")
    leave = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in words["permission_nouns"]]
    return bool(leave) and (below.i in {c.i for c in leave} or below.dep_ in ("xcomp", "ccomp", "advcl"))


def _authorizing(verb: Any) -> bool:
    """Whether ``verb`` permits a deed by law: a verb of permission hung on a legal act ("a motion allowing ...") or
    said of a legislature ("lawmakers authorised ...")."""
    words = _status_words()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["authorizing_verbs"]:
        return False
    if verb.dep_ in ("acl", "relcl") and _lemma(verb.head) in words["legal_acts"]:
        return True
    return any(c.dep_ == "nsubj" and _lemma(c) in words["legislatures"] for c in verb.children)


def _infinitival(clause: Any) -> bool:
    """ "a fund to invest in Lithuanian industries": a to-infinitive relative names the purpose of its noun and
    shares the mood of the clause that sets the noun up (unlike "whose government has sided with Cairo")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _hearsay(path: list[Any], stop: Any) -> bool:
    """Whether a hearsay adverb ("reportedly", "allegedly") modifies the cue or a verb above it in its clause."""
    adverbs = _status_words()["hearsay_adverbs"]
    for k, tok in enumerate(path):
        if stop is not None and tok.i == stop.i:
            break
        if k >= 1 and path[k - 1].dep_ in ("advcl", "relcl", "acl", "parataxis"):
            break  # "..., which reportedly began in May": the adverb is another clause's
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children):
            return True
    return False


def breached(cue: Any) -> bool:
    """Whether a nominal ``cue`` is what a breach is of ("in breach of EU sanctions", "in violation of the embargo"):
    a rule in force, named to say what was broken."""
    prep = cue.head
    return cue.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _status_words()["breach_nouns"]


def expected_arrivals() -> frozenset[str]:
    """Words announcing a visitor's arrival in a place ("was expected in Beirut", "is due in Moscow")."""
    return _status_words()["expected_arrivals"]


def blamed_blasts() -> frozenset[str]:
    """Harms ("explosion", "sabotage") that, blamed on an actor, are claimed to be its attack."""
    return _status_words()["blamed_blasts"]


def intent_adjectives() -> frozenset[str]:
    """Adjectives of readiness ("due", "ready", "poised") whose to-infinitive names a deed still to come."""
    return _status_words()["intent_adjectives"]


def threatened(head: Any, rtype: RelationType) -> bool:
    """Whether ``head`` ("threatened to cut ties") makes a hostile deed below it a threat rather than a plan."""
    words = _status_words()
    return _lemma(head) in words["threat_heads"] and rtype.value in words["threatened_types"]


def conditional_deed(verb: Any, rtype: RelationType) -> bool:
    """Whether a hostile deed's verb carries its own "if"/"unless" clause ("will impose sanctions if it buys")."""
    if verb is None or rtype.value not in _status_words()["threatened_types"]:
        return False
    marks = _status_words()["condition_marks"]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


def participation_words() -> dict[str, frozenset[Any]]:
    """Words for "accused X of taking part" (accusing verbs, words of a share in a deed, the deeds one can share)
    and for "the two leaders said" (marks of parties speaking together)."""
    words = _status_words()
    return {"accusing": words["accusing_verbs"], "participation": words["participation_words"],
            "deeds": frozenset(RelationType.parse(t) for t in words["shared_deeds"]),
            "joint": words["joint_speaker_marks"]}


def _open_question(path: list[Any], stop: Any) -> bool:
    """Whether the cue sits in a "whether" clause whose head is negated ("have not said whether ...") or says the
    matter is open ("it is unclear whether ..."): a question left open, which no one claims."""
    words = _status_words()
    for tok in path:
        if any(c.dep_ == "mark" and c.lower_ in words["open_question_marks"] for c in tok.children):
            head = tok.head
            if head.i != tok.i and (any(c.dep_ == "neg" for c in head.children) or _lemma(head) in words["open_question_heads"]
                                    or any(c.dep_ == "acomp" and _lemma(c) in words["open_question_heads"]
                                           for c in head.children)):
                return True
        if stop is not None and tok.i == stop.i:
            break
    return False


def _refused_comment(obj: Any, lex: Lexicon) -> bool:
    """ "declined to comment", "refused to say", "declined to confirm": ``obj`` is a comment refused."""
    return obj.dep_ == "xcomp" and _lemma(obj) in _status_words()["refusal_objects"] \
        and _lemma(obj.head) in lex.refusal_heads


def _in_background(path: list[Any], stop: Any) -> bool:
    """Whether the cue sits in an "after ..." clause, or a "when ..." relative on a time ("in May, when ..."), under
    a speaker's own deed: told as background."""
    for tok in path:
        if stop is not None and tok.i == stop.i:
            break
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _status_words()["background_marks"]
                                       for c in tok.children):
            return True
        if tok.dep_ == "relcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _status_words()["background_relatives"]
                                       for c in tok.children):
            return True  # "failed to act in May, when Azerbaijani troops advanced": the deed dates what is said
    return False


def _intent_of(prep: Any, noun: Any) -> bool:
    """ "no intention of invading": the deed is the object of an intent noun, in its scope."""
    return prep.dep_ == "prep" and prep.lower_ in ("of", "to") and noun.lemma_.lower() in _INTENT_NOUNS


def _semicolon_between(child: Any, head: Any) -> bool:
    """A semicolon of ``head``'s own between it and ``child``: two clauses side by side, not one inside the other."""
    lo, hi = sorted((child.i, head.i))
    return any(c.text == ";" and lo < c.i < hi for c in head.children)


def _finite(verb: Any) -> bool:
    """A conjoined verb with its own tense, auxiliary or negation ("... and urged", "... and would stand by")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _in_condition(path: list[Any], stop: Any) -> bool:
    """Whether the cue sits inside an "if"/"unless" clause below its frame: a condition, not a deed."""
    for k, tok in enumerate(path):
        if stop is not None and tok.i == stop.i:
            break
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _status_words()["condition_marks"]
                                       for c in tok.children):
            return True
    return False


def _lemma(tok: Any) -> str:
    """The token's lemma, with the tagger's known misreadings ("hoped" -> "hop") put right."""
    lemma = tok.lemma_.lower()
    return _status_words()["misread_lemmas"].get(tok.lower_, lemma)


@lru_cache(maxsize=1)
def _status_words() -> dict[str, Any]:
    data = data_file("status.yaml")
    return {
        "circumstance_preps": frozenset(str(w).lower() for w in data.get("circumstance_preps") or ()),
        "background_marks": frozenset(str(w).lower() for w in data.get("background_marks") or ()),
        "condition_marks": frozenset(str(w).lower() for w in data.get("condition_marks") or ()),
        "stop_heads": frozenset(str(w).lower() for w in data.get("stop_heads") or ()),
        "open_question_marks": frozenset(str(w).lower() for w in data.get("open_question_marks") or ()),
        "open_question_heads": frozenset(str(w).lower() for w in data.get("open_question_heads") or ()),
        "promise_cues": frozenset(str(w).lower() for w in data.get("promise_cues") or ()),
        "misread_lemmas": {str(k).lower(): str(v).lower() for k, v in (data.get("misread_lemmas") or {}).items()},
        "refusal_objects": frozenset(str(w).lower() for w in data.get("refusal_objects") or ()),
        "arranged_copulas": frozenset(str(w).lower() for w in data.get("arranged_copulas") or ()),
        "threat_heads": frozenset(str(w).lower() for w in data.get("threat_heads") or ()),
        "threatened_types": frozenset(str(w).upper() for w in data.get("threatened_types") or ()),
        "accusing_verbs": frozenset(str(w).lower() for w in data.get("accusing_verbs") or ()),
        "participation_words": frozenset(str(w).lower() for w in data.get("participation_words") or ()),
        "shared_deeds": tuple(str(w).upper() for w in data.get("shared_deeds") or ()),
        "joint_speaker_marks": frozenset(str(w).lower() for w in data.get("joint_speaker_marks") or ()),
        "hearsay_adverbs": frozenset(str(w).lower() for w in data.get("hearsay_adverbs") or ()),
        "intent_adjectives": frozenset(str(w).lower() for w in data.get("intent_adjectives") or ()),
        "background_relatives": frozenset(str(w).lower() for w in data.get("background_relatives") or ()),
        "blamed_blasts": frozenset(str(w).lower() for w in data.get("blamed_blasts") or ()),
        "breach_nouns": frozenset(str(w).lower() for w in data.get("breach_nouns") or ()),
        "expected_arrivals": frozenset(str(w).lower() for w in data.get("expected_arrivals") or ()),
        "continuing_verbs": frozenset(str(w).lower() for w in data.get("continuing_stances") or ()),
        "stances_held": {str(k).upper(): frozenset(str(w).lower() for w in v or ())
                         for k, v in (data.get("stances_held") or {}).items()},
        "announcing_confirmations": frozenset(str(w).lower() for w in data.get("announcing_confirmations") or ()),
        "lapsing_heads": frozenset(str(w).lower() for w in data.get("lapsing_heads") or ()),
        "decision_heads": frozenset(str(w).lower() for w in data.get("decision_heads") or ()),
        "decided_types": frozenset(str(w).upper() for w in data.get("decided_types") or ()),
        "supposing_determiners": frozenset(str(w).lower() for w in data.get("supposing_determiners") or ()),
        "negation": frozenset(str(w).lower() for w in data.get("negation") or ()),
        "planned_modifiers": frozenset(str(w).lower() for w in data.get("planned_modifiers") or ()),
        "preparation_nouns": frozenset(str(w).lower() for w in data.get("preparation_nouns") or ()),
        "reviewing_verbs": frozenset(str(w).lower() for w in data.get("reviewing_verbs") or ()),
        "negative_objects": frozenset(str(w).lower() for w in data.get("negative_objects") or ()),
        "permission_nouns": frozenset(str(w).lower() for w in data.get("permission_nouns") or ()),
        "authorizing_verbs": frozenset(str(w).lower() for w in data.get("authorizing_verbs") or ()),
        "legal_acts": frozenset(str(w).lower() for w in data.get("legal_acts") or ()),
        "legislatures": frozenset(str(w).lower() for w in data.get("legislatures") or ()),
        "altering_verbs": frozenset(str(w).lower() for w in data.get("altering_verbs") or ()),
        "unaltered_types": frozenset(str(w).upper() for w in data.get("unaltered_types") or ()),
        "failure_heads": frozenset(str(w).lower() for w in data.get("failure_heads") or ()),
        "continuing_heads": frozenset(str(w).lower() for w in data.get("continuing_heads") or ()),
        "ongoing_types": frozenset(str(w).upper() for w in data.get("ongoing_types") or ()),
        "persisting_verbs": frozenset(str(w).lower() for w in data.get("persisting_verbs") or ()),
        "affirming_after_negation": frozenset(str(w).lower() for w in data.get("affirming_after_negation") or ()),
    }


def _circumstance_preps() -> frozenset[str]:
    return _status_words()["circumstance_preps"]


def continuing_verbs() -> frozenset[str]:
    """Verbs whose infinitive goes on with a stance already held ("will continue to stand by Kyiv")."""
    return _status_words()["continuing_verbs"]


def announced(frame: Frame) -> bool:
    """Whether a confirming frame's verb only announces ("confirmed", "verified") rather than owns up
    ("admitted", "acknowledged"): an announcement of the speaker's own deed confirms no claim by itself."""
    return frame.kind == "confirm" and frame.verb is not None and _lemma(frame.verb) in _status_words()["announcing_confirmations"]


def circumstantial(cue: Any, verb: Any) -> bool:
    """Whether a nominal ``cue`` hangs on ``verb`` only through a phrase of time or circumstance
    ("had not fulfilled its obligations during the incursions"): the verb's negation or mood is
    about something else, not the deed the noun names."""
    preps = _circumstance_preps()
    tok = cue
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in preps:
            return True
        tok = tok.head
    return False


def _past_perfect(head: Any) -> bool:
    """Whether an intent head is in the past perfect ("had planned to", "had been due to"): outside reported speech
    (where "said it had agreed to" is only the tense shifted back) news tells an arrangement that way when it fell
    through."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _decided(rtype: RelationType, mod: Modality) -> bool:
    """Whether the intent above a cue is a decision already made ("had decided to terminate ties") on a step
    that deciding performs: the decision is the deed, not a plan."""
    head = mod.intent_head
    words = _status_words()
    return head is not None and head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN") \
        and _lemma(head) in words["decision_heads"] and rtype.value in words["decided_types"] \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in head.children)


def _held_stance_told(rtype: RelationType, mod: Modality) -> bool:
    """Whether the intent above a reported cue is a stance decided in the past ("said Laos agreed to give China
    access"), which holds from when it was taken, rather than a future step (a reported pledge, only a promise
    told, stays planned)."""
    head = mod.intent_head
    words = _status_words()
    return head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN") and _lemma(head) in words["decision_heads"] \
        and _lemma(head) in words["stances_held"].get(rtype.value, ()) \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in head.children)


def withheld(verb: Any, negation: frozenset[str]) -> bool:
    """Whether a verb of saying is itself negated, so nothing was said: "did not deny", "has neither
    confirmed nor denied" (the "neither ... nor" hangs on the first verb of the pair)."""
    if any(c.dep_ == "neg" or (c.dep_ in ("preconj", "cc", "advmod") and c.lower_ in negation) for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in negation and verb.head.i < c.i < verb.i
                                       for c in verb.head.children)


def decide(rtype: RelationType, source: str, frame: Frame, mod: Modality) -> tuple[Status, tuple[str, ...]] | None:
    """The status and ``attributed_to`` of one relation, or None to drop it."""
    speakers = tuple(s for s in frame.speakers)
    if mod.refused or mod.unfounded or frame.kind in ("request", "topic"):
        return None
    if mod.unaltered and rtype.value not in _status_words()["unaltered_types"]:
        return None  # "the deal would not affect deliveries to Kyiv": whose deliveries is seldom said; no claim is made
    if mod.conditional and rtype != RelationType.THREATENS:
        return None  # "will retaliate if NATO deploys forces": the deployment is only a condition  # a refusal to comment, or a deed someone asks for, holds nothing
    if mod.unreal and frame.kind != "deny" and not mod.negated:
        return None  # "any attack would be met with force": a supposed deed, whoever speaks of it
    if frame.kind == "deny":
        if mod.negated or (frame.verb is not None and withheld(frame.verb, _status_words()["negation"])):
            return None  # "has neither confirmed nor denied carrying out the strike": no denial was made
        return Status.DENIED, speakers
    if mod.negated:
        if mod.future and frame.kind == "report" and not mod.disclaimed:
            return None  # "said it would not restore ties": a refusal of a step still to come denies no claim
        if frame.kind in ("report", "confirm") and speakers:
            return Status.DENIED, speakers
        return None
    if frame.kind == "confirm":
        if frame.verb is not None and any(c.dep_ == "neg" for c in frame.verb.children):
            return None  # "has never acknowledged that ...", "did not confirm ...": nothing is confirmed
        return Status.CONFIRMED, speakers
    held = _status_words()["stances_held"].get(rtype.value, ())
    promiser = mod.intent_head if mod.intent_head is not None else frame.path[0] if frame.path \
        and frame.path[0].pos_ == "VERB" and _lemma(frame.path[0]) in _status_words()["promise_cues"] else None
    if mod.future and promiser is not None and not frame.kind == "report" and _lemma(promiser) in held:
        # "offered Poland its full support" (the offer is the cue, its noun the backing): offered backing is given
        # "Erdogan has pledged to stand by Baku": the pledge of backing is the backing, given as it is made;
        # "the three governments agreed to deepen cooperation": the agreement is the cooperation
        return Status.ASSERTED, ()
    if mod.future and mod.intent_head is not None and frame.kind == "report" and _held_stance_told(rtype, mod):
        # "US officials said Phnom Penh agreed to give China's navy access": the agreement told is the
        # cooperation told; it is the speaker's claim, not a plan
        return decide(rtype, source, frame, replace(mod, future=False, intent_head=None))
    if mod.future and mod.lapsed and not _decided(rtype, mod):
        return None  # "who had been due to meet Zelenskyy in New York, cancelled the encounter": no plan stands
    if mod.future and _decided(rtype, mod):
        # "has decided to sever relations", "agreed to restrict arms sales": a step taken by deciding it is taken
        return decide(rtype, source, frame, replace(mod, future=False, intent_head=None))
    if mod.future and mod.continued and rtype.value in _status_words()["ongoing_types"]:
        return Status.ASSERTED, ()  # "Mexico and the US will keep talking": the talks are going on
    if mod.future and rtype != RelationType.THREATENS:  # a threat is made now, whatever it promises
        return Status.PLANNED, speakers or (source,)
    if frame.kind == "report":
        if mod.background and not mod.hypothetical and frame.verb is not None:
            # "Japan protested after Chinese ships entered its waters, the government said", "Belarus said it
            # was recalling its envoy, days after the EU imposed sanctions": the source vouches for its own
            # step; the deed that came before is the article's background
            return Status.ASSERTED, ()
        if not speakers and rtype in _VOICED:
            # "a UN panel has accused Russia of ..., according to a report": the accusation was made;
            # a claim nobody is named for leaves the speech act itself in the article's voice
            return Status.ASSERTED, ()
        if not speakers and frame.organ:
            # "Moldova expelled a diplomat, the foreign ministry said": an unnamed office tells of its own state's deed
            return Status.ASSERTED, ()
        if source in speakers and mod.hypothetical and rtype not in SPEECH_ACTS:
            return None  # "soldiers might be firing on Fijians," Howard said: an actor supposing its own deed tells none
        if source in speakers:
            # a speech act, or an actor telling of its own deed: the article reports a fact about it
            return Status.ASSERTED, ()
        return Status.ALLEGED, speakers
    if mod.hypothetical:
        return None
    if mod.hearsay:
        return Status.ALLEGED, speakers
    return Status.ASSERTED, ()
