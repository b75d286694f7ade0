"""Who a noun phrase stands for: names, office holders, pronouns and descriptions.

``Discourse`` carries what one article has said so far (recent subjects, the last speaker,
people already tied to a state); ``Phrases`` answers, for a token of one parsed paragraph,
which actor ids its noun phrase names: the name itself, a possessor or adjective ("Russia's",
"Russian"), the "of/for/at" phrase of an office or organ ("a spokesman for the PLA"), every
conjunct ("Jordan, Qatar and Algeria"), or an earlier actor for "it", "we" and "the country".
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterator

from graph.model import ActorKind

from loaders.lexicon import Lexicon, data_file, word_lists

__all__ = ["Discourse", "Phrases"]


@lru_cache(maxsize=1)
def _coref_words() -> dict[str, frozenset[str]]:
    """Words of data/coref.yaml that the lexicon does not carry."""
    data = data_file("coref.yaml")
    return {key: frozenset(str(w).lower() if key != "hostile_types" else str(w).upper() for w in data.get(key) or ())
            for key in ("reason_preps", "hostile_types", "membership_modifiers", "home_governments",
                        "domestic_institutions", "subject_descriptions", "venue_heads", "venue_preps",
                        "posted_titles", "member_nouns", "part_quantifiers", "ruling_people")}


@lru_cache(maxsize=1)
def _fitting_descriptions() -> dict[str, frozenset[str]]:
    """data/coref.yaml ``fitting_descriptions``: a word of a description and the actors it can describe."""
    data = data_file("coref.yaml")
    return {str(k).lower(): frozenset(str(a).upper() for a in v or ())
            for k, v in (data.get("fitting_descriptions") or {}).items()}

_SUBJ = ("nsubj", "nsubjpass")
_MOD_DEPS = ("compound", "amod", "nmod", "npadvmod")
_WH = ("WDT", "WP", "WP$")
# relation types whose verbs take a party as their object ("accused it", "attacked it", "urged it")
_PARTY_OBJECT_TYPES = {"ACCUSES", "ATTACKS", "SANCTIONS", "THREATENS", "REQUESTS", "SUPPLIES"}
_GROUP_NOUNS = {"country", "side", "nation", "state", "government", "party", "junta", "neighbour", "neighbor", "capital", "regime"}
_FRONTIERS = {"border", "frontier", "boundary", "line"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PERSONS = {"diplomat", "official", "officer", "agent", "spy", "attache", "counsellor", "consul", "envoy", "leader", "commander", "general", "journalist", "citizen", "national"}
_FRONT_NOUNS = {"company", "firm", "entity", "business", "network", "front", "affiliate", "group", "individual", "bank", "militia"}
_TIES = {"tie", "link", "connect", "affiliate", "associate", "belong", "close"}
_LEADERS = {"leader", "president", "minister", "premier", "government", "capital"}
_PARTNERS = {"ally", "partner", "neighbour", "neighbor", "friend"}
_NEIGHBOURS = {"neighbour", "neighbor"}
_ATTACK_PREPS = {"at", "on", "against", "into"}
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
_SIDE_CLAUSES = {"advcl", "relcl"}
_PARTITIVES = {"one", "two", "three", "some", "several", "many", "dozens", "hundreds", "part", "parts", "most", "all"}


def _stray_subject(tok: Any) -> bool:
    """ "Russia sold tanks to Syria and Iran bought drones": a name the parser joined to the conjunct before it, right
    before a coordinated finite verb that has no subject of its own, is that verb's subject, not one of a list."""
    if tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc):
        return False
    verb = tok.doc[tok.i + 1]
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb.head.i < tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _quoted(sent: Any) -> set[int]:
    """Indices of the tokens of ``sent`` inside quotation marks (a quote left open runs to the sentence end)."""
    inside = False
    out: set[int] = set()
    for t in sent:
        if t.text in ("\u201c", "``"):
            inside = True
        elif t.text in ("\u201d", "''"):
            inside = False
        elif t.text == '"':
            inside = not inside
        elif inside:
            out.add(t.i)
    return out


@dataclass
class Discourse:
    """What the article has said so far, for pronouns and quotes that span sentences."""

    subjects: list[list[str]] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    last_speakers: list[str] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)
    events: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    relations: list[Any] = field(default_factory=list)
    agents: dict[Any, list[str]] = field(default_factory=dict)
    sentence_targets: dict[Any, list[str]] = field(default_factory=dict)
    sentence_sources: list[str] = field(default_factory=list)
    main_subjects: list[str] = field(default_factory=list)  # the main clause's subject of subjects[-1]
    warring: list[str] = field(default_factory=list)  # the last two parties of "fighting between X and Y"
    name_words: dict[str, set[str]] = field(default_factory=dict)  # lower-case words each actor was named with
    offices: dict[str, str] = field(default_factory=dict)  # office title -> the actor it was last named for ("spokesman for Niger's junta")

    def accusers_of(self, accused: list[str]) -> list[str]:
        """Who has accused these actors so far: ACCUSES sources and claimants of alleged relations."""
        out: list[str] = []
        for rel in reversed(self.relations):
            if rel.type.value == "ACCUSES" and rel.target in accused:
                found = [rel.source]
            elif rel.status.value == "alleged" and rel.source in accused:
                found = list(rel.attributed_to)
            else:
                continue
            out += [a for a in found if a not in out and a not in accused]
        return out


class Phrases:
    """Noun-phrase resolution inside one parsed paragraph."""

    def __init__(self, doc: Any, actor_at: dict[int, str], lex: Lexicon, discourse: Discourse,
                 kind_of: Callable[[str], ActorKind | None], quote_speakers: list[str] | None = None) -> None:
        self.doc = doc
        self.actor_at = actor_at
        self.lex = lex
        self.discourse = discourse
        self.kind_of = kind_of
        self.quote_speakers = quote_speakers or []
        self.used_coref = False
        # the relation candidates of each sentence (loaders.relations.candidates), read once per sentence
        self.candidate_cache: dict[tuple[int, int], list[Any]] = {}
        # Tokens whose antecedent is being looked up: resolving a pronoun may look at phrases
        # that hold pronouns, and a cycle must end rather than recurse forever.
        self._resolving: set[int] = set()
        for i, a in actor_at.items():
            discourse.name_words.setdefault(a, set()).add(doc[i].lower_)

    # public -----------------------------------------------------------------------------

    def actors(self, tok: Any) -> list[str]:
        """Actor ids the phrase headed by ``tok`` names, over all its conjuncts, in order."""
        out: list[str] = []
        members = [tok] if _stray_subject(tok) else [tok, *(c for c in tok.conjuncts if not _stray_subject(c))]
        for c in tok.children:
            if c.dep_ == "appos" and c.conjuncts and c.i in self.actor_at:
                members += [c, *c.conjuncts]  # "Mali, Burkina Faso and Niger" parsed as an apposition list
        for t in members:
            for a in self.own(t, 0):
                if a not in out:
                    out.append(a)
        return out

    def own(self, tok: Any, depth: int) -> list[str]:
        """Actor ids of one conjunct's phrase (not its siblings)."""
        if depth > 4:
            return []
        i = tok.i
        if i in self.actor_at:
            return [self.actor_at[i]]
        lower = tok.lower_
        if tok.tag_ == "WP$" or (tok.tag_ in _WH and tok.head.dep_ == "relcl"):
            # ", which" right after a name refers to that name ("concern in Washington, which urged")
            j = tok.i - 1
            while j >= 0 and self.doc[j].is_punct:
                j -= 1
            if j >= 0 and j in self.actor_at:
                return [self.actor_at[j]]
            return self.own(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if lower in self.lex.first_person:
                return list(self.quote_speakers[:1]) if self.quote_speakers else []
            if lower in ("they", "their", "them", "themselves"):
                group = self._plural_subject(tok) or self._previous_group(tok)
                if group:
                    return group
                if self._unnamed_rulers_before(tok):
                    return []  # "The generals have moved quickly ... They forced out": the generals, whoever they rule
                if lower == "them":
                    # "spoke to both leaders and urged them": the group named just before
                    for t in reversed(list(tok.sent)):
                        if t.i < tok.i and t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lemma_.lower() in _GROUP_NOUNS | _LEADERS:
                            group = self._group(t)
                            if len(group) > 1:
                                return group
            if lower == "him" or (lower == "her" and tok.tag_ == "PRP"):
                return self._object_person(tok)
            if lower in ("its", "their"):
                reason = self._punished_for(tok)
                if reason:
                    return reason
            if lower in self.lex.pronouns:
                found = self._antecedent_once(tok, None)
                return [found] if found else []
            return []
        if tok.lemma_.lower() in self.lex.non_state_heads and tok.pos_ in ("NOUN", "PROPN"):
            return []  # "Taiwan's main opposition party", "the German-Baltic Chamber of Commerce"
        if tok.pos_ in ("NOUN", "PROPN") and self._set_apart(tok):
            return []  # "opposition lawmakers", "Israeli opposition leader Yair Lapid"
        if tok.pos_ in ("NOUN", "PROPN") and self._some_members(tok, depth):
            return []  # "several NATO countries held a meeting": unnamed members, not NATO
        level = self._government_level(tok)
        if level is not None:
            return level
        if tok.lemma_.lower() in _PARTNERS and tok.pos_ == "NOUN":
            # "its ally": another actor than the possessor, the one the article last named
            owner = [a for c in tok.children if c.dep_ == "poss" for a in self.own(c, depth + 1)]
            named = [a for c in tok.children if c.dep_ in ("appos", "compound") and c.i > tok.i for a in self.own(c, depth + 1)]
            if owner and named:
                return named  # "its ally Belarus"
            bodies = [a for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                      for a in self.own(c, depth + 1) if self.kind_of(a) in (ActorKind.IGO, ActorKind.BLOC)]
            if owner and bodies and tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() not in _NEIGHBOURS:
                # "asked its European Union partners to convene a meeting": the members of a body, spoken to as
                # the body (one of them, "stood with its NATO ally", is the ally last named)
                return bodies
            if owner and tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() not in _NEIGHBOURS:
                return []  # "Kyiv was asking its partners for the data": an unnamed set of friends, not the last state named
            if owner:
                self.used_coref = True
                # "NATO said it stood with its ally": the last subject other than the owner, else the last name
                # a neighbour is a state, never the body that spoke of it ("the Assembly condemned Russia ... since
                # its forces invaded its neighbour"; "Nigeria, which chairs ECOWAS, cut power to its northern neighbour")
                fits = (lambda a: self.kind_of(a) == ActorKind.STATE) if tok.lemma_.lower() in _NEIGHBOURS else (lambda a: True)
                table = _fitting_descriptions()
                narrowed = next((table[c.lemma_.lower()] for c in tok.children
                                 if c.dep_ in ("amod", "compound") and c.lemma_.lower() in table), None)
                if narrowed is not None:
                    # "backed its Baltic ally": only an actor the modifier fits
                    fits = (lambda a, base=fits, only=narrowed: base(a) and a in only)
                if tok.lemma_.lower() in _NEIGHBOURS and any(
                        c.dep_ in ("compound", "amod") and c.i < tok.i and any(not fits(a) for a in self.own(c, depth + 1))
                        for c in tok.children):
                    return []  # "their EU neighbours": members of a body, left unnamed
                for group in reversed(self.discourse.subjects[-2:]):
                    others = [a for a in group if a not in owner]
                    if len(others) == 1 and len(group) <= 2 and fits(others[0]):
                        return others
                for a in reversed(self.discourse.mentions[-15:]):
                    if a not in owner and fits(a):
                        return [a]
                return []
        if tok.ent_type_ == "PERSON" and tok.text in self.discourse.people:
            return [self.discourse.people[tok.text]]
        found: list[str] = []
        if tok.lemma_.lower() in _FRONTIERS:
            # "its border with Belarus": the neighbour across it, not the owner
            withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if not withs and after is not None and after.lower_ == "with" and after.dep_ == "prep" \
                    and tok.dep_ == "pobj" and any(after.head.i == t.i for t in tok.ancestors):
                withs = [after]  # "deployed along the border with China": the parser hung "with China" on the verb
            found = [a for c in withs for p in c.children if p.dep_ == "pobj" for a in self.own(p, depth + 1)]
            if found:
                return found
        if tok.lemma_.lower() in self.lex.named_place_heads:
            # every conjunct: "the regions of Donetsk and Luhansk"
            found = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"
                     for t in (p, *p.conjuncts) for a in self.own(t, depth + 1)]
            if found:
                return found
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            # "His successor, Ranil Wickremesinghe, told parliament": the name in apposition is the person meant;
            # the pronoun's owner is someone else (the predecessor), and only guessed at
            found = [a for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" for a in self.own(c, depth + 1)]
            if found:
                return found
        for child in tok.children:
            if child.dep_ == "poss" and tok.lemma_.lower() != "counterpart":  # "his Russian counterpart"
                found = self.own(child, depth + 1) + [a for c in child.conjuncts for a in self.own(c, depth + 1)]
                if found:
                    break
        if not found:
            origins = [c.i for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in self.lex.origin_participles]
            for child in tok.children:
                if child.dep_ in _MOD_DEPS and child.i < tok.i:
                    if child.dep_ == "amod" and child.lemma_.lower() in self.lex.origin_participles:
                        continue  # "Iranian-made drones" are no Iranian actor
                    if any(self._hyphened(child, o) for o in origins):
                        continue  # "the UN-recognised government" flattened into sibling modifiers
                    got = self.own(child, depth + 1)
                    if got:
                        found = got + [a for c in child.conjuncts for a in self.own(c, depth + 1)]
                        break
        if not found and tok.pos_ != "VERB" and (tok.lemma_.lower() in self.lex.of_heads or lower in self.lex.of_heads):
            # "ministers meeting in Cairo" is no meeting of Egypt, nor "a summit in Cairo" Egypt's: the place of
            # a gathering is its venue, not who it stands for
            venue = tok.lemma_.lower() in _coref_words()["venue_heads"] or lower in _coref_words()["venue_heads"]
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in self.lex.of_preps \
                        and not (venue and child.lower_ in _coref_words()["venue_preps"]):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = [a for t in (pobj, *pobj.conjuncts) for a in self.own(t, depth + 1)]
                    if found:
                        break
        if not found:
            for child in tok.children:
                if child.dep_ == "appos":
                    found = self.own(child, depth + 1)
                    if found:
                        break
        if not found:
            # "the three European powers, known as the E3": the name the phrase goes by
            for child in tok.children:
                if child.dep_ == "acl" and child.lemma_.lower() == "know":
                    found = [a for p in child.children if p.dep_ == "prep" and p.lower_ == "as"
                             for q in p.children if q.dep_ == "pobj" for a in self.own(q, depth + 1)]
                    if found:
                        break
        fitting = self._fitting(tok) if not found and tok.pos_ == "NOUN" else None
        if fitting is not None:
            found = fitting  # none fitting named: no one, rather than whoever the bare head would point to
        elif not found and tok.pos_ == "NOUN":
            kinds = self.lex.descriptions.get(lower) or self.lex.descriptions.get(tok.lemma_.lower())
            if kinds and tok.lemma_.lower() in _coref_words()["subject_descriptions"] and (
                    tok.dep_ not in _SUBJ or tok.head.i != tok.sent.root.i
                    or any(t.i in self.actor_at for t in tok.sent if t.i < tok.i)):
                # only the main subject opening its sentence ("The military accused ..."): not "companies tied to
                # the army", nor "troops came under fire from Pakistani posts, the army said" (the army of the
                # troops, not the last name)
                kinds = None
            named = any(c.dep_ == "prep" and c.lower_ == "of" and any(q.dep_ == "pobj" and q.pos_ == "PROPN" for q in c.children)
                        for c in tok.children)  # "the northern state of Roraima" names a place; it points back to none
            if kinds and tok.tag_ == "NN" and not named and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                got = self._home_government(tok, depth) or self._named_with(tok) or self._antecedent_once(tok, kinds)
                found = [got] if got else []
        if not found and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "some", "among"):
            found = self.own(tok.head.head, depth + 1)
        if not found and lower in ("one",) and tok.dep_ == "attr":
            for child in tok.head.children:
                if child.dep_ in _SUBJ:
                    found = self.own(child, depth + 1)
        if not found and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            found = self._leader_of(tok, depth)
        if not found and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.dep_ in _SUBJ and depth == 0:
            found = self._titled(tok)
        if not found and tok.pos_ == "NOUN" and tok.dep_ in _SUBJ and depth == 0:
            found = self._bare_office(tok)
        if found and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            for part in (tok, *(c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "PERSON")):
                self.discourse.people.setdefault(part.text, found[0])
        if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in _FRONT_NOUNS:
            # "six companies tied to the RSF": fronts stand for the actor they are tied to
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in _TIES:
                    found = [a for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for q in p.children if q.dep_ == "pobj" for t in (q, *q.conjuncts) for a in self.own(t, depth + 1)]
                    if found:
                        break
        if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in _GROUP_NOUNS:
            found = self._group(tok)
        if not found and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS") and (
                tok.lemma_.lower() in self.lex.office_titles or tok.lemma_.lower() in self.lex.group_people) and any(
                c.lower_ in ("both", "two", "three") for c in tok.children) and (
                tok.lemma_.lower() in self.lex.office_titles or any(
                    c.lower_ in ("both", "the", "these", "those") for c in tok.children)):
            # a bare "two men attacked the embassy" are strangers, not the pair just named
            # "spoke to both foreign ministers", "the two leaders", "the three men": the states the article is about
            found = self._group(tok)
        return found

    def _some_members(self, tok: Any, depth: int) -> bool:
        """Whether ``tok`` heads a part of a body's membership ("several NATO countries", "three EU states", "some
        ASEAN members"): a plural member noun with a body as modifier and a quantifier or a bare number."""
        words = _coref_words()
        if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in words["member_nouns"]:
            return False
        kids = list(tok.children)
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "all", "its", "their") for c in kids) \
                or any(c.dep_ == "poss" for c in kids):
            return False  # "the two NATO allies", "its EU partners": members already named, or read elsewhere
        counted = any((c.dep_ in ("det", "amod", "nummod", "quantmod") and c.lower_ in words["part_quantifiers"])
                      or (c.dep_ == "nummod" and c.like_num) for c in kids)
        return counted and any(c.dep_ in _MOD_DEPS and c.i < tok.i and any(
            self.kind_of(a) in (ActorKind.IGO, ActorKind.BLOC) for a in self.own(c, depth + 1)) for c in kids)

    def _fitting(self, tok: Any) -> list[str] | None:
        """ "The island condemned Beijing's drills", "the former colonial power withdrew its ambassador": a definite
        description with a word only some actors fit stands for the latest actor named that fits (in this sentence
        before it, then the article's latest mentions), not for the latest subject."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return None
        if not (tok.dep_ in _SUBJ or (tok.dep_ == "poss" and tok.head.dep_ in _SUBJ)):
            return None  # an actor doing or saying something; "encircle the island" is left to the deed's own reading
        if tok.tag_ in ("NNS", "NNPS") and len(self._group_count(tok)) > 1:
            return None  # "the two Gulf states": a counted group, read as one (_region_fit)
        words = [tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i)]
        table = _fitting_descriptions()
        fits = next((table[w] for w in words if w in table), None)
        if fits is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the island of Taiwan" names its place
        for t in reversed(list(tok.sent)):
            if t.i < tok.i and t.i in self.actor_at and self.actor_at[t.i] in fits:
                self.used_coref = True
                return [self.actor_at[t.i]]
        for a in reversed(self.discourse.mentions[-15:]):
            if a in fits:
                self.used_coref = True
                return [a]
        return []

    def _home_government(self, tok: Any, depth: int) -> str | None:
        """ "Sudan's parliament ... called on the government to cut contact with Juba": "the government" that a
        state's own institution addresses is that state's, not the last state the sentence named."""
        if tok.lemma_.lower() not in _coref_words()["home_governments"]:
            return None
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return None
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "declared ... and called on the government": the subject is the first verb's
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.lemma_.lower() in _coref_words()["domestic_institutions"]:
                got = self.own(subj, depth + 1)
                if len(got) == 1 and self.kind_of(got[0]) == ActorKind.STATE:
                    return got[0]
        return None

    def _named_with(self, tok: Any) -> str | None:
        """ "The agency called on Tehran" after "the International Atomic Energy Agency": the last actor
        named with the description's own word, before any nearer actor of the same kind."""
        word = tok.lower_
        here = [self.actor_at[t.i] for t in tok.sent.doc if t.i < tok.i and t.i in self.actor_at]
        for a in reversed([*self.discourse.mentions[-30:], *here]):
            if word in self.discourse.name_words.get(a, ()):
                self.used_coref = True
                return a
        return None

    def _set_apart(self, tok: Any, depth: int = 0) -> bool:
        """Whether a modifier before ``tok`` (or inside one) marks it as no voice of its state: the
        opposition, dissidents, exiles speak against or apart from the government."""
        if depth > 3:
            return False
        for c in tok.children:
            if c.dep_ in _MOD_DEPS and c.i < tok.i:
                if c.lower_ in self.lex.non_state_modifiers or c.lemma_.lower() in self.lex.non_state_modifiers:
                    return True
                if self._set_apart(c, depth + 1):
                    return True
        return False

    def _government_level(self, tok: Any) -> list[str] | None:
        """ "the federal government", "the central government": a state's government named by its
        level, not by its state. It stands for the state last named (a federation for "federal"), in
        this sentence before it or earlier in the article; None when ``tok`` is no such phrase."""
        if tok.lemma_.lower() not in ("government", "authorities", "authority") or tok.pos_ != "NOUN":
            return None
        levels = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in self.lex.government_levels]
        if not levels or any(c.dep_ == "poss" or (c.i in self.actor_at and c.dep_ in _MOD_DEPS) for c in tok.children):
            return None
        federal = "federal" in levels
        here = [self.actor_at[t.i] for t in tok.sent if t.i < tok.i and t.i in self.actor_at]
        later = {self.actor_at[t.i] for t in tok.sent if t.i > tok.i and t.i in self.actor_at}  # whom it acts on
        for a in reversed([*self.discourse.mentions[-30:], *here]):
            if self.kind_of(a) == ActorKind.STATE and a not in later and (not federal or a in self.lex.federal_states):
                self.used_coref = True
                return [a]
        return []

    def _leader_of(self, tok: Any, depth: int) -> list[str]:
        """ "Jimmy Cherizier, a former officer who leads the Viv Ansanm coalition": the body the
        person's relative clause says they lead."""
        for t in tok.subtree:
            if t.dep_ == "relcl" and t.lemma_.lower() in self.lex.leading_verbs and t.i > tok.i and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children):
                for obj in (c for c in t.children if c.dep_ == "dobj"):
                    found = self.own(obj, depth + 1)
                    if found:
                        return found
        return []

    def _named_actor(self, t: Any) -> bool:
        """Whether ``t`` names an actor that a pronoun or description can point back to: not the first half of a
        made-in compound ("Iranian-made drones", "American-made weapons"), which names a maker, not a party of the
        sentence."""
        if t.i not in self.actor_at:
            return False
        marks = self.lex.origin_participles
        head = t.head
        if t.dep_ in ("npadvmod", "compound", "amod") and head.i > t.i and head.lemma_.lower() in marks \
                and head.tag_ == "VBN" and all(self.doc[k].text == "-" for k in range(t.i + 1, head.i)):
            return False
        nxt = t.i + 2
        return not (nxt < len(self.doc) and self.doc[t.i + 1].text == "-" and self.doc[nxt].tag_ == "VBN"
                    and self.doc[nxt].lemma_.lower() in marks)

    def _hyphened(self, child: Any, participle: int) -> bool:
        """Whether ``child`` is the first half of "X-participle" parsed as a sibling modifier."""
        gap = range(child.right_edge.i + 1, participle)
        return 0 < len(gap) <= 1 and all(self.doc[k].text == "-" for k in gap)

    def _antecedent_once(self, tok: Any, kinds: frozenset[str] | None) -> str | None:
        """``antecedent``, unless ``tok`` is already being resolved further up the stack."""
        with self._resolution_of(tok) as fresh:
            return self.antecedent(tok, kinds) if fresh else None

    @contextmanager
    def _resolution_of(self, tok: Any) -> Iterator[bool]:
        """Marks ``tok`` as being resolved while the block runs; yields False when it already is, so that
        a search that leads back to the phrase it started from ends instead of recursing."""
        if tok.i in self._resolving:
            yield False
            return
        self._resolving.add(tok.i)
        try:
            yield True
        finally:
            self._resolving.discard(tok.i)

    def _titled(self, tok: Any) -> list[str]:
        """ "Foreign Minister Badr Abdelatty said": an office holder with no state named speaks for the
        state the previous sentence was about (its only state subject)."""
        titles = [c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in self.lex.office_titles]
        if any(c.lemma_.lower() in _coref_words()["posted_titles"] for c in titles):
            return []  # "Ambassador Madeleine Albright asked the Council": posted between two states, owned by neither named
        if not titles or any(c.dep_ in ("poss", "amod") or c.i in self.actor_at for c in tok.subtree if c.i != tok.i):
            return []
        return self._previous_state(tok)

    def _subject_actors(self, t: Any) -> list[str]:
        """Actors of an earlier subject, guarded against resolving back into the asking subject."""
        self._resolving.add(t.i)
        try:
            return self.actors(t)
        finally:
            self._resolving.discard(t.i)

    def _leading_place(self, tok: Any) -> list[str]:
        """ "In Beijing, foreign ministry spokesman Geng Shuang said": a sentence-initial "in" phrase naming
        a state or its capital places the unnamed office there."""
        first = tok.sent[0]
        if first.lower_ != "in" or first.dep_ != "prep" or first.head.i != tok.head.i:
            return []
        places = [self.actor_at[p.i] for p in first.children if p.dep_ == "pobj" and p.i in self.actor_at]
        return [a for a in places if self.kind_of(a) == ActorKind.STATE][:1]

    def _bare_office(self, tok: Any) -> list[str]:
        """ "Beijing said ... . A foreign ministry spokesperson urged Tokyo": an office or organ named with
        no state, owner or "of" phrase speaks for the state the previous sentence was about."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lex.office_titles and lemma not in self.lex.organ_heads:
            return []
        if lemma in _coref_words()["posted_titles"]:
            return []  # "the ambassador said": the envoy of the state last named or of the one it hosts him
        if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in tok.children) or any(
                t.i in self.actor_at or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in tok.subtree if t.i != tok.i):
            return []
        if lemma in self.discourse.offices and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Abdramane, spokesman for the junta, said ... The spokesman also rejected": the office holder named before
            self.used_coref = True
            return [self.discourse.offices[lemma]]
        return self._previous_state(tok)

    def _previous_state(self, tok: Any) -> list[str]:
        """The state an unnamed office speaks for: the capital or state of a leading "In Beijing,", else
        the only state subject earlier in its own sentence ("Kremlin spokesman Peskov said ..., while
        Deputy Foreign Minister Ryabkov accused ..."), else of the sentence before."""
        framed = self._leading_place(tok)
        if framed:
            self.used_coref = True
            return framed
        earlier = [a for t in tok.sent if t.i < tok.i and t.dep_ in _SUBJ and t.pos_ != "PRON" and t.i not in self._resolving
                   for a in self._subject_actors(t) if self.kind_of(a) == ActorKind.STATE]
        if len(set(earlier)) == 1:
            self.used_coref = True
            return earlier[:1]
        sents = list(tok.doc.sents)
        idx = next((k for k, sent in enumerate(sents) if sent.start <= tok.i < sent.end), 0)
        if idx > 0:  # the paragraph's own previous sentence (paragraph speakers are read before it is processed)
            previous = self.sentence_subjects(sents[idx - 1])
        elif self.discourse.subjects:
            previous = self.discourse.subjects[-1]
        else:
            return []
        states = [a for a in previous if self.kind_of(a) == ActorKind.STATE]
        if len(states) > 1:
            # "Egypt has asked the Council to hold Ethiopia responsible": the main clause's subject
            main = self._main_subjects(sents[idx - 1]) if idx > 0 else self.discourse.main_subjects
            states = [a for a in main if a in states]
        if len(states) != 1:
            return []
        self.used_coref = True
        return states

    def _punished_for(self, tok: Any) -> list[str]:
        """ "sanctioned Russia over its invasion", "imposed restrictions on Ankara after its incursion": in the
        reason a hostile step gives, "its" is the party the step is taken against, not the one taking it."""
        words = _coref_words()
        noun = tok.head
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "over its crackdown and its support for Russia"
        if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in words["reason_preps"]:
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB":
            return []
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        hostile = words["hostile_types"]
        cue = self.lex.verbs.get(verb.lemma_.lower())
        if not ((cue is not None and cue.type.value in hostile) or any(
                o.lemma_.lower() in self.lex.nouns and self.lex.nouns[o.lemma_.lower()].type.value in hostile for o in objs)):
            return []
        for phrase in [*objs, *(p for h in (verb, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                                for p in c.children if p.dep_ == "pobj")]:
            got = self.actors(phrase)
            if got:
                self.used_coref = True
                return got
        return []

    def _object_person(self, tok: Any) -> list[str]:
        """ "expelled a Russian diplomat and ordered him to leave": an object pronoun stands for the
        last person named before it in the sentence who is not its own clause's subject."""
        with self._resolution_of(tok) as fresh:
            # "a spokesman ... and two companies linked to him": the companies lean on "him" again
            return self._object_person_unguarded(tok) if fresh else []

    def _object_person_unguarded(self, tok: Any) -> list[str]:
        clause_subjects: set[str] = set()
        for anc in (tok.head, *tok.head.ancestors):
            if anc.pos_ in ("VERB", "AUX"):
                for c in anc.children:
                    if c.dep_ in _SUBJ and c.i != tok.i:
                        clause_subjects.update(self.actors(c))
            if anc.dep_ in _SIDE_CLAUSES:
                break  # "the ambassador boarded a flight after Malaysia expelled him": the main clause's subject may be "him"
        for t in reversed(list(tok.sent)):
            if t.i >= tok.i or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("dobj", "pobj", "nsubjpass", "appos", "attr", "nsubj"):
                continue
            if t.pos_ == "NOUN" and t.lemma_.lower() not in self.lex.office_titles and t.lemma_.lower() not in _PERSONS:
                continue
            if t.pos_ == "PROPN" and t.ent_type_ in _PLACE_ENTITIES:
                continue  # "boarded a flight to Beijing after Malaysia expelled him": a place is never "him"
            got = [a for a in self.actors(t) if a not in clause_subjects]
            if got:
                self.used_coref = True
                return got[:1]
        return []

    def _plural_subject(self, tok: Any) -> list[str]:
        """ "Mali, Burkina Faso and Niger said they were leaving": a coordinated subject before the pronoun."""
        heads: dict[int, list[str]] = {}
        with self._resolution_of(tok) as fresh:
            if not fresh:
                return []  # "their" inside a subject that resolves through another "their": no cycle
            for t in tok.sent:
                if t.i >= tok.i:
                    break
                if t.dep_ in _SUBJ and t.pos_ != "PRON" and t.i not in self._resolving:
                    # "Chad, Sudan and Libya" may come out as several subjects of one verb
                    group = heads.setdefault(t.head.i, [])
                    group += [a for a in self.actors(t) if a not in group]
        for group in heads.values():
            if len(group) > 1:
                self.used_coref = True
                return group
        return []

    def _unnamed_rulers_before(self, tok: Any) -> bool:
        """Whether a plural pronoun opening its sentence's subject follows a sentence whose main subject is a group
        of rulers named by no actor ("The generals have moved quickly to realign the country. They ...")."""
        if tok.lower_ not in ("they", "their") or tok.sent.start == 0:
            return False
        subject = tok if tok.dep_ in _SUBJ else tok.head if tok.dep_ == "poss" and tok.head.dep_ in _SUBJ else None
        if subject is None or any(t.dep_ in _SUBJ and t.i < tok.i for t in tok.sent):
            return False
        prev = self.doc[tok.sent.start - 1].sent
        heads = [c for c in prev.root.children if c.dep_ in _SUBJ]
        return len(heads) == 1 and heads[0].tag_ == "NNS" and heads[0].lemma_.lower() in _coref_words()["ruling_people"] \
            and heads[0].i not in self._resolving and not self.actors(heads[0])

    def _previous_group(self, tok: Any) -> list[str]:
        """ "Japan and South Korea met in Tokyo. They agreed ...", "... . Their leaders met": a plural pronoun that
        opens its sentence's subject, with no subject before it, stands for every actor of the coordinated subject
        of the previous sentence's main clause, not for its first conjunct."""
        if tok.lower_ not in ("they", "their") or tok.i in self._resolving:
            return []
        subject = tok if tok.dep_ in _SUBJ else tok.head if tok.dep_ == "poss" and tok.head.dep_ in _SUBJ else None
        if subject is None or any(t.dep_ in _SUBJ and t.i < tok.i for t in tok.sent):
            return []
        sent = tok.sent
        if sent.start > 0:
            prev = self.doc[sent.start - 1].sent
            heads = [c for c in prev.root.children if c.dep_ in _SUBJ and c.pos_ != "PRON"]
            if len(heads) != 1 or not heads[0].conjuncts:
                return []
            group = self._subject_actors(heads[0])
        else:
            group = list(self.discourse.main_subjects) if self.discourse.subjects and \
                self.discourse.main_subjects == self.discourse.subjects[-1] else []
        if len(group) < 2:
            return []
        self.used_coref = True
        return group

    def _group(self, tok: Any) -> list[str]:
        """ "both countries", "the two sides", "the three juntas", "their countries": the states last named together."""
        children = list(tok.children)
        if any(c.dep_ == "compound" and c.lemma_.lower() in _coref_words()["membership_modifiers"] for c in children):
            return []  # "the member states": a body's membership, not the states the article just named
        count = 2 if any(c.lower_ == "both" for c in children) else None
        # "the 27 EU countries": the parser may hang the number on a modifier of the head rather than the head
        for c in [*children, *(g for c in children if c.dep_ in ("compound", "amod") for g in c.children)]:
            if c.dep_ == "nummod":
                count = _NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                if any(g.dep_ in ("compound", "quantmod", "nummod") for g in c.children):
                    count = None if count is None else 99  # "Thirty-two countries", "more than two": not a few just named
        plural = tok.tag_ in ("NNS", "NNPS")
        determined = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "their") for c in children)
        if count is None and not (plural and determined):
            return []
        if count is None:
            # "the juntas": the last group of states the article named together as a subject; "the Nordic
            # governments", "the Gulf states": only those a named region or kind fits, none if it is not known
            named_kinds = [c for c in children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
                           and c.i not in self.actor_at and c.pos_ in ("ADJ", "PROPN")]
            table = _fitting_descriptions()
            fits = [table.get(c.lower_) for c in named_kinds]
            if any(f is None for f in fits):
                return []
            for subjects in reversed(self.discourse.subjects[-4:]):
                states = [a for a in subjects if self.kind_of(a) == ActorKind.STATE and all(a in f for f in fits)]
                if len(states) > 1:
                    self.used_coref = True
                    return states
            return []
        if count < 2 or count > 6:
            return []
        region = self._region_fit(tok)
        if region is not None:
            return region
        if count == 2 and tok.lemma_.lower() in ("side", "party") and len(self.discourse.warring) == 2:
            # "called on both sides": the two parties to the fighting the article described
            self.used_coref = True
            return list(self.discourse.warring)
        if count == 2 and tok.lemma_.lower() in ("side", "party"):
            # "hosted talks between Israel and Hamas. It urged both sides": the two parties something was between
            pair = self._between_pair(tok)
            if pair:
                self.used_coref = True
                return pair
        named = self._states_just_named(tok, count)
        if named:
            self.used_coref = True
            return named
        states = [a for a in self.discourse.mentions if self.kind_of(a) == ActorKind.STATE]
        for subjects in reversed(self.discourse.subjects[-4:]):
            group = [a for a in subjects if self.kind_of(a) == ActorKind.STATE]
            if len(group) == count and all(states.count(a) > 1 for a in group):
                # a recent subject group of that size, if its members are more than passing mentions
                self.used_coref = True
                return group
        # else the article's main protagonists: the states it names most often (latest first on ties)
        last = {a: i for i, a in enumerate(states)}
        ranked = sorted(last, key=lambda a: (-states.count(a), -last[a]))
        if len(ranked) >= count:
            self.used_coref = True
            return ranked[:count]
        return []

    def _region_fit(self, tok: Any) -> list[str] | None:
        """ "the three Baltic states", "both Gulf states": a counted group with a named region or kind
        (coref.yaml fitting_descriptions) holds only states that fit it: all of them when the count is theirs, else
        the fitting states the article named last; None when the group names no such kind."""
        table = _fitting_descriptions()
        kinds = [table[c.lower_] for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                 and c.text[:1].isupper() and c.i not in self.actor_at and c.lower_ in table]
        if not kinds:
            return None
        fits = frozenset.intersection(*kinds)
        count = len(self._group_count(tok))
        self.used_coref = True
        if len(fits) == count:
            mentioned = [a for a in dict.fromkeys(reversed(self.discourse.mentions)) if a in fits]
            return mentioned + sorted(fits - set(mentioned))
        recent = [a for a in dict.fromkeys(reversed(self.discourse.mentions[-15:])) if a in fits]
        return recent[:count] if len(recent) >= count else []

    def _group_count(self, tok: Any) -> range:
        """The number a counted group gives ("both", "the three"), as a range of that length (empty if none)."""
        children = list(tok.children)
        if any(c.lower_ == "both" for c in children):
            return range(2)
        for c in [*children, *(g for c in children if c.dep_ in ("compound", "amod") for g in c.children)]:
            if c.dep_ == "nummod":
                return range(_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0))
        return range(0)

    def _between_pair(self, tok: Any) -> list[str]:
        """The two actors of the latest "between X and Y" in this sentence before ``tok`` or in the one before
        ("mediated talks between Russia and Ukraine"), or [] when there is none."""
        sents = [tok.sent]
        if tok.sent.start > 0:
            sents.append(self.doc[tok.sent.start - 1].sent)
        with self._resolution_of(tok) as fresh:
            if not fresh:
                return []  # "between both sides": the phrase itself, not a pair named before it
            for sent in sents:
                for t in reversed(list(sent)):
                    if t.i >= tok.i or t.lower_ != "between" or tok in t.subtree:
                        continue
                    pair = [a for p in t.children if p.dep_ == "pobj" and p.i not in self._resolving for a in self.actors(p)]
                    if len(pair) == 2:
                        return pair
        return []

    def _states_just_named(self, tok: Any, count: int) -> list[str]:
        """ "the United States and Britain will provide Australia ... The three governments agreed": a counted
        group stands for the states the sentence before named, when it named just that many, or else for the
        subjects of the last sentence that had some, when they were that many ("Mali and Burkina Faso ...
        the two governments"), before the article's most named states."""
        sent = tok.sent
        for t in reversed(list(sent)):
            # "forced out of Mali, Burkina Faso and Niger ..., and the three military governments": a list of just
            # that many states earlier in the same sentence
            if t.i >= tok.i or t.i not in self.actor_at or t.dep_ == "conj" or (
                    t.dep_ in _SUBJ and any(a.i == t.head.i for a in tok.ancestors)):
                continue  # "Germany and France have been pressing both sides": the clause's own subject is not them
            group = list(dict.fromkeys(self.actor_at[c.i] for c in (t, *t.conjuncts) if c.i in self.actor_at
                                       and self.kind_of(self.actor_at[c.i]) == ActorKind.STATE))
            if len(group) == count and len(t.conjuncts) + 1 == count:
                return group
        if sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        named = list(dict.fromkeys(self.actor_at[t.i] for t in prev if t.i in self.actor_at
                                   and self.kind_of(self.actor_at[t.i]) == ActorKind.STATE))
        if len(named) == count:
            return named
        for subj in (c for c in prev.root.children if c.dep_ in _SUBJ):
            left = subj.left_edge.i
            if left >= 2 and self.doc[left - 1].text == "," and (left - 2) in self.actor_at:
                continue  # "Chile, Argentina and Brazil expressed": a list the parser cut, not a group of two
            group = [a for a in self.actors(subj) if self.kind_of(a) == ActorKind.STATE]
            if len(group) == count:
                return group
        for t in prev:
            # "Trump hosted the leaders of Armenia and Azerbaijan ... the two governments asked": states named together
            # in a list of just that many, wherever the sentence before put them
            if t.i not in self.actor_at or t.dep_ == "conj" or len(t.conjuncts) + 1 != count:
                continue
            if t.i >= 2 and self.doc[t.i - 1].text == "," and (t.i - 2) in self.actor_at:
                continue  # "Chile, Argentina and Brazil expressed concern": a longer list the parser cut
            group = list(dict.fromkeys(self.actor_at[c.i] for c in (t, *t.conjuncts) if c.i in self.actor_at
                                       and self.kind_of(self.actor_at[c.i]) == ActorKind.STATE))
            if len(group) == count:
                return group
        return []

    def antecedent(self, tok: Any, kinds: frozenset[str] | None) -> str | None:
        """The nearest compatible actor before ``tok``: a subject of this sentence, then of earlier ones."""
        self.used_coref = True
        sent = tok.sent
        base = (lambda a: True) if not kinds else (lambda a: (self.kind_of(a) or ActorKind.ORGANIZATION).value in kinds)
        banned: set[str] = set()
        if tok.dep_ == "poss" and tok.head.dep_ == "attr":
            # "India has become its largest supplier": "its" is not the copula's own subject
            banned = {a for c in tok.head.head.children if c.dep_ in _SUBJ and c.i != tok.i for a in self.actors(c)}
        if tok.lower_ in ("it", "them") and tok.dep_ in ("dobj", "dative") and self._aimed_at_party(tok.head):
            # "imposed sanctions on Belarus, accusing it of ...", "warned Japan and urged it to": the object of
            # a verb aimed at a party is not its clause's own subject (that would be "itself"); the nearest
            # other name in the sentence comes first
            banned |= self._clause_subjects(tok)
            near = [self.actor_at[t.i] for t in reversed(list(sent)) if t.i < tok.i and self._named_actor(t)]
            got = [a for a in near if base(a) and a not in banned]
            if banned and got:
                return got[0]
        attacker = self._attacker(tok) if tok.lower_ in ("its", "their") else []
        if attacker:
            # "Lithuania said Russia had attacked its power grid", "Greece said Turkish jets violated its airspace":
            # what an attack hits belongs to another party than the attacker (that would be "its own")
            banned |= {a for c in attacker if c.i not in self._resolving for a in self._subject_actors(c)}
            near = [self.actor_at[t.i] for t in reversed(list(sent)) if t.i < tok.i and self._named_actor(t)]
            got = [a for a in near if base(a) and a not in banned]
            if banned and got:
                return got[0]
        punisher = self._punisher(tok) if tok.lower_ in ("its", "their") else None
        if punisher is not None:
            # "froze the assets of its central bank", "barred the leaders of its armed forces": the people or goods a
            # sanction's object is made of belong to the party punished, not to the one punishing
            banned |= self._clause_subjects(punisher)
            near = [self.actor_at[t.i] for t in reversed(list(sent)) if t.i < tok.i and self._named_actor(t)]
            got = [a for a in near if base(a) and a not in banned]
            if banned and got:
                return got[0]
        ok = (lambda a: base(a) and a not in banned) if banned else base
        if tok.lower_ in ("he", "she", "his", "her"):
            # a person: a named person earlier in this sentence ("imposed sanctions on Speaker Pelosi ...
            # her visit"), else the office holder subject, else the last speaker; never a name inside the
            # quote the person is saying ('"Russia has attacked our grid," he said')
            quoted = _quoted(sent)
            if tok.i in quoted:
                quoted = set()
            first = self._conjoined_subject(tok)
            if first:
                return first[0]
            for t in reversed(list(sent)):
                if t.i in quoted:
                    continue
                if t.i < tok.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ not in ("compound", "poss") \
                        and t.i not in self._resolving:
                    t = self._aside_person_subject(t, quoted) or t
                    got = self.actors(t)
                    if got:
                        return got[0]
                    if t.dep_ == "nsubj" and t.tag_ == "NNP" and any(a.i == t.head.i for a in tok.ancestors) \
                            and t.head.lemma_.lower() in self.lex.reporting:
                        return None  # "Gebrev, whom prosecutors ..., said he had never sold arms": a person with no
                        # state role speaking of himself, not whichever state the sentence named last
            for t in reversed(list(sent)):
                if t.i < tok.i and t.dep_ in _SUBJ and t.pos_ != "PRON" and t.i not in quoted:
                    got = self.actors(t)
                    if got:
                        return got[0]
            person = self._previous_person_subject(sent)
            if person:
                return person
            if self.discourse.last_speakers:
                return self.discourse.last_speakers[0]
        for anc in tok.ancestors:
            # "called on Rwanda to stop its support": the pronoun is the controller
            if anc.dep_ == "xcomp" and anc.head.lemma_.lower() in ("call", "urge", "ask", "press", "tell", "order"):
                ctrl = [c for c in anc.head.children if c.dep_ == "dobj"]
                ctrl += [p for c in anc.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                         for p in c.children if p.dep_ == "pobj"]
                for c in ctrl:
                    got = self.actors(c)
                    if got and (not kinds or ok(got[0])):
                        return got[0]
                break
        if kinds:
            # "Argentina signed a deal to buy jets from Denmark, the country's defence ministry said": the office of
            # "the country" that tells of a clause before it is that of the clause's subject, not the nearest name
            for a in self._reported_subject_actors(tok):
                if ok(a):
                    return a
        if kinds:
            # a description ("the group", "the country"): the nearest compatible name in this sentence
            for t in reversed(list(sent)):
                if t.i < tok.i and self._named_actor(t) and ok(self.actor_at[t.i]):
                    return self.actor_at[t.i]
        best = None
        for t in sent:
            if t.i >= tok.i:
                break
            if t.dep_ in _SUBJ and t.i != tok.i and not (t.pos_ == "PRON"):
                for a in self.actors(t):
                    if ok(a):
                        best = a
        if best:
            return best
        for subjects in reversed(self.discourse.subjects[-4:]):
            for a in subjects:
                if ok(a):
                    return a
        for t in reversed(list(sent)):
            if t.i < tok.i and self._named_actor(t) and ok(self.actor_at[t.i]):
                return self.actor_at[t.i]
        for a in reversed(self.discourse.mentions[-10:]):
            if ok(a):
                return a
        return None

    def _aside_person_subject(self, person: Any, quoted: set[int]) -> Any:
        """ "Merkel, in a call with Putin, urged de-escalation, her spokesman said": a person named in a phrase set
        between a person subject and its verb is not who a later "he"/"her" means; the subject is (None if
        ``person`` is not in such a phrase)."""
        if person.dep_ != "pobj":
            return None
        verb = next((a for a in person.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i < person.i:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < person.i and c.ent_type_ == "PERSON"
                     and c.pos_ == "PROPN" and c.i not in quoted and c.i not in self._resolving), None)
        return subj

    def _conjoined_subject(self, tok: Any) -> list[str]:
        """ "Lavrov said the blockade would last until Tbilisi changed course, and he warned ...": the subject of a
        verb conjoined to an earlier one is, as a person, that verb's named subject, whatever was named between."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= verb.i:
            return []
        first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if first is None or first.i in self._resolving or first.i in _quoted(tok.sent):
            return []
        return self.actors(first)

    def _reported_subject_actors(self, tok: Any) -> list[str]:
        """The actors of the subject of the clause a trailing speaker reports, when ``tok`` owns that speaker
        ("..., the country's defence ministry said"); [] otherwise."""
        if tok.dep_ != "poss" or tok.head.dep_ != "nsubj":
            return []
        verb = tok.head.head
        if verb.lemma_.lower() not in self.lex.reporting:
            return []
        told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i]
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < tok.i:
            told.append(verb.head)
        return [a for v in told for c in v.children if c.dep_ == "nsubj" and c.i not in self._resolving
                for a in self._subject_actors(c)]

    def _attacker(self, tok: Any) -> list[Any]:
        """The subject of the attack verb whose object possessive ``tok`` owns ("Russia had attacked its grid",
        "Hezbollah fired rockets at its north"), or [] when ``tok`` owns no such object, the object is marked
        "own", or the verb has no subject of its own (a gerund's doer is read elsewhere)."""
        noun = tok.head
        if tok.dep_ != "poss" or any(c.lower_ == "own" for c in noun.children):
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _PARTITIVES:
            noun = noun.head.head  # "shot down one of its drones": the attack hits the part
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in _ATTACK_PREPS:
            verb = verb.head
        elif noun.dep_ != "dobj":
            return []
        cue = self.lex.verbs.get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or cue is None or cue.type.value != "ATTACKS" or verb.lemma_.lower() in self.lex.describe_verbs:
            return []
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_lists("blame.yaml").charging_verbs:
            return []  # "charged that Chinese vessels had rammed its boat": blame.py reads a charge as an accusation
            # alone (tests/loaders/test_speech_acts_dev.py), so its deed is left as it was
        return [c for c in verb.children if c.dep_ in _SUBJ]

    def _punisher(self, tok: Any) -> Any:
        """The verb of a sanction whose object holds possessive ``tok`` through "of" ("froze the assets of its bank",
        "barred the leaders of its army"), or None (a possessive on the object itself, "imposed its toughest
        sanctions", is the punisher's own)."""
        noun = tok.head
        if tok.dep_ != "poss" or any(c.lower_ == "own" for c in noun.children):
            return None
        hops = 0
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") and hops < 3:
            noun, hops = noun.head.head, hops + 1
        verb = noun.head
        if hops == 0 or noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        cue = self.lex.verbs.get(verb.lemma_.lower())
        return verb if cue is not None and cue.type.value == "SANCTIONS" else None

    def _aimed_at_party(self, verb: Any) -> bool:
        """Whether ``verb`` is aimed at a party, so that its pronoun object is an actor ("accusing it",
        "urged it", "attacked it"), not a thing ("condemned it", "calling it a lie")."""
        lemma = verb.lemma_.lower()
        cue = self.lex.verbs.get(lemma)
        return lemma not in self.lex.describe_verbs and cue is not None and cue.type.value in _PARTY_OBJECT_TYPES

    def _clause_subjects(self, tok: Any) -> set[str]:
        """Actors of the subject of the clause holding ``tok``, inherited by a participle or infinitive
        from the verb above it ("The EU imposed sanctions, accusing it ..." is the EU's accusation)."""
        for anc in (tok.head, *tok.head.ancestors):
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in anc.children if c.dep_ in _SUBJ and c.i != tok.i]
            if subjects:
                return {a for c in subjects if c.i not in self._resolving for a in self._subject_actors(c)}
            if anc.dep_ not in ("advcl", "xcomp", "conj", "acl", "pcomp"):
                break
        return set()

    def _previous_person_subject(self, sent: Any) -> str | None:
        """The actor of the person the previous sentence was about, when that sentence quotes no one:
        "X's foreign minister ... met Mikati. He warned Israel ..." (he is the minister, not Mikati);
        "Minister X told the council that ... . '...,' she said" (she is the minister, whoever spoke last)."""
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        root = prev.root
        subject_span = {t.i for c in root.children if c.dep_ == "nsubj" for t in c.subtree}
        if any(t.is_quote for t in prev if t.i < root.i and t.i not in subject_span):
            return None  # a quote in the subject's own relative clause ("Tsai, who called it 'suppression', is due") quotes no one else
        for c in root.children:
            if c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or (c.pos_ in ("NOUN", "PROPN") and (
                    c.lemma_.lower() in self.lex.office_titles or c.lemma_.lower() in _PERSONS)
                    and any((a.dep_ == "appos" and a.pos_ == "PROPN") or a.i in self.actor_at for a in c.subtree if a.i != c.i))):
                # "Russia's ambassador to the UN, Vitaly Churkin, dismissed the vote. He accused ...": a titled person too
                got = self.actors(c)
                return got[0] if got else None
        return None

    def sentence_subjects(self, sent: Any) -> list[str]:
        """Actor ids in subject position in a sentence, for later pronouns (the main clause's
        subject is kept aside for office holders named in the next sentence)."""
        self._note_offices(sent)
        out: list[str] = []
        for t in sent:
            if t.dep_ in _SUBJ and t.pos_ != "PRON":
                for a in self.actors(t):
                    if a not in out:
                        out.append(a)
        if out:
            self.discourse.main_subjects = self._main_subjects(sent)
        return out

    def _note_offices(self, sent: Any) -> None:
        """Remembers the actor each office was named for ("Abdramane, spokesman for Niger's military government"), so
        that "the spokesman" of a later paragraph is that office holder, not the state named last."""
        for t in sent:
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.office_titles \
                    and any(c.dep_ in ("poss", "prep", "compound", "amod") for c in t.children):
                got = self.actors(t)
                if len(got) == 1:
                    self.discourse.offices[t.lemma_.lower()] = got[0]

    def _main_subjects(self, sent: Any) -> list[str]:
        return [a for c in sent.root.children if c.dep_ in _SUBJ and c.pos_ != "PRON" for a in self.actors(c)]
