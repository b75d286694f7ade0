"""Actor resolution: which actor a name in the text stands for.

The gazetteer joins every state of the ``countryinfo`` package (names, ISO3 ids, capitals,
demonyms, spellings) with the curated files in ``data/actors/`` (intergovernmental bodies,
territories, blocs, armed groups, metonyms, organs and state media) and any file a user passes
with ``--actors``. Matching runs one precompiled spaCy ``PhraseMatcher`` over a parsed doc;
the longest match wins, and a name listed in ``ignore.yaml`` ("Washington Post") blocks the
shorter actor name inside it. Some names only count when the article names their state
elsewhere ("the North" needs North Korea), which ``resolve_contextual`` decides per article.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

from graph.errors import InputError, ValidationError
from graph.model import Actor, ActorKind, check_actor_id

__all__ = ["ActorMatch", "ContextRule", "Gazetteer", "default_gazetteer"]

log = logging.getLogger(__name__)

_DATA = Path(__file__).with_name("data") / "actors"
_CURATED = ("historical.yaml", "states.yaml", "places.yaml", "organs.yaml", "people.yaml", "igos.yaml", "territories.yaml", "blocs.yaml",
            "armed_groups.yaml", "organizations.yaml")
_IGNORE = "__IGNORE__"


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A name that stands for ``id`` only if the article also names one of ``requires`` (and every one of
    ``requires_all``: "the European powers" are the E3 where Britain, France and Germany are named)."""

    id: str
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_next: tuple[str, ...] = ()
    requires_all: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One name found in a doc: token span ``[start, end)`` and what it may stand for."""

    start: int
    end: int
    text: str
    id: str | None
    rules: tuple[ContextRule, ...] = ()


@dataclass
class Gazetteer:
    """Names to actor ids, with each actor's kind and display name."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    contextual: dict[str, list[ContextRule]] = field(default_factory=dict)
    _matchers: dict[int, Any] = field(default_factory=dict, repr=False)
    _countryinfo_names: set[str] = field(default_factory=set, repr=False)
    _excluded: set[str] = field(default_factory=set, repr=False)
    # generic organ names ("Security Council") a possessive state makes its own: "Armenia's Security Council"
    possessable: set[str] = field(default_factory=set)
    # demonyms of the countryinfo states ("Russian", "Turkish"): before a generic organ they name its owner
    demonyms: set[str] = field(default_factory=set)
    # words after a hyphen that make a name a mere label ("a London-based monitor", "Crimea-related sanctions")
    label_suffixes: set[str] = field(default_factory=set, repr=False)
    # words before a name that make it a people, not a state ("ethnic Albanians")
    label_prefixes: set[str] = field(default_factory=set, repr=False)
    # spelling pairs of multi-word names ("Organization"/"Organisation"), read from spellings.yaml
    spelling_pairs: dict[str, str] = field(default_factory=dict, repr=False)

    # building ---------------------------------------------------------------------------

    @classmethod
    def default(cls) -> "Gazetteer":
        """The states of ``countryinfo`` plus every curated data file."""
        gaz = cls()
        states = yaml.safe_load((_DATA / "states.yaml").read_text(encoding="utf-8")) or {}
        gaz._excluded = set(states.get("exclude_iso") or ())
        gaz.spelling_pairs = _spelling_pairs(_DATA / "spellings.yaml")
        gaz._add_countryinfo()
        for name in _CURATED:
            gaz.add_file(_DATA / name)
        gaz._add_ignore(_DATA / "ignore.yaml")
        return gaz

    def copy(self) -> "Gazetteer":
        return Gazetteer(dict(self.actors), dict(self.names), {k: list(v) for k, v in self.contextual.items()},
                         possessable=set(self.possessable), demonyms=set(self.demonyms),
                         label_suffixes=set(self.label_suffixes), label_prefixes=set(self.label_prefixes),
                         spelling_pairs=dict(self.spelling_pairs))

    def add(self, actor_id: str, kind: ActorKind | str, names: Iterable[str], name: str = "") -> None:
        """Add (or extend) an actor; its names override earlier owners of the same name."""
        actor_id = check_actor_id(actor_id)
        kind = ActorKind(kind)
        names = [n.strip() for n in names if n and n.strip()]
        old = self.actors.get(actor_id)
        aliases = tuple(dict.fromkeys([*(old.aliases if old else ()), *names]))
        display = name or (old.name if old else "") or (names[0] if names else actor_id)
        self.actors[actor_id] = Actor(actor_id, kind, display, aliases)
        for alias in names:
            for variant in _variants(alias):
                self.names[variant] = actor_id
            for other in self._respelled(alias):
                for variant in _variants(other):
                    self.names.setdefault(variant, actor_id)

    def _respelled(self, name: str) -> list[str]:
        """A multi-word name in its other spelling ("Organisation for Security and Co-operation in Europe"
        for "Organization for Security and Cooperation in Europe"): wire copy spells bodies both ways."""
        words = name.split()
        if len(words) < 2 or not self.spelling_pairs:
            return []
        swapped = [self.spelling_pairs.get(w, w) for w in words]
        return [" ".join(swapped)] if swapped != words else []

    def add_file(self, path: Path) -> None:
        """Read a yaml (``kind``, ``actors: [{id, kind?, name?, names}]``) or csv (id, kind, names) file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"cannot read actors file {path}: {err.strerror or err}") from err
        if path.suffix.lower() == ".csv":
            rows = list(csv.DictReader(text.splitlines()))
            default_kind = None
            entries = [
                {"id": r.get("id", ""), "kind": r.get("kind"), "name": r.get("name", ""),
                 "names": [n for n in (r.get("names") or "").replace("|", ";").split(";")]}
                for r in rows
            ]
            drop: list[str] = []
            contextual: list[dict[str, Any]] = []
        else:
            try:
                data = yaml.safe_load(text) or {}
            except yaml.YAMLError as err:
                mark = getattr(err, "problem_mark", None)
                where = f" at line {mark.line + 1}" if mark is not None else ""
                raise InputError(f"actors file {path} is not valid YAML{where}: {getattr(err, 'problem', None) or err}") from err
            if not isinstance(data, dict):
                raise InputError(f"actors file {path} must hold a mapping with an 'actors' list")
            default_kind = data.get("kind")
            entries = data.get("actors") or []
            drop = data.get("drop") or []
            contextual = data.get("contextual") or []
            for name in data.get("possessable") or []:
                self.possessable.update(v.lower() for v in _variants(str(name)))
            self.demonyms.update(str(name) for name in data.get("demonyms") or [])
        for entry in entries:
            try:
                kind = entry.get("kind") or default_kind
                if not kind:
                    raise ValidationError(f"actor {entry.get('id')!r} has no kind")
                self.add(str(entry["id"]).strip(), kind, [str(n) for n in entry.get("names") or []],
                         str(entry.get("name") or ""))
            except (KeyError, ValueError, TypeError, AttributeError) as err:
                raise InputError(f"bad actor entry in {path}: {entry!r} ({err})") from err
        for name in drop:
            for variant in _variants(str(name)):
                if self.names.get(variant) and variant in self._countryinfo_names:
                    del self.names[variant]
        for rule in contextual:
            unless = tuple(rule.get("unless") or ())
            if rule.get("unless_other_state"):
                # a generic organ name stands for its usual owner only where the article names no other state
                unless += tuple(sorted(i for i, a in self.actors.items() if a.kind == ActorKind.STATE and i != rule["id"]))
            ctx = ContextRule(rule["id"], tuple(rule.get("requires") or ()), unless,
                              tuple(rule.get("unless_next") or ()), tuple(rule.get("requires_all") or ()))
            for name in rule.get("names") or []:
                for variant in _variants(str(name)):
                    self.contextual.setdefault(variant, []).append(ctx)
        self._matchers.clear()

    def _add_countryinfo(self) -> None:
        try:
            from countryinfo._cache import load_countries
        except ImportError as err:  # pragma: no cover - a declared dependency
            raise InputError("the countryinfo package is not installed") from err
        countries = load_countries()["countries"]
        seen: set[str] = set()
        added: set[str] = set()
        for data in sorted(countries.values(), key=lambda d: -(d.get("population") or 0)):
            iso = (data.get("ISO") or {}).get("alpha3")
            if not iso or len(iso) != 3 or iso in self._excluded:
                continue
            names = [data.get("name") or ""]
            names += [a for a in data.get("altSpellings") or [] if isinstance(a, str) and len(a) > 3]
            capital = data.get("capital")
            names += capital if isinstance(capital, list) else [capital or ""]
            demonym = data.get("demonym") or ""
            if demonym and "," not in demonym and "/" not in demonym:
                names += [demonym, _plural(demonym)]
                self.demonyms.add(demonym)
            names = [n.strip() for n in names if n and n.strip() and n.strip() not in seen and n.isascii()]
            seen.update(names)
            added.update(v for n in names for v in _variants(n))
            self.add(iso, ActorKind.STATE, names, name=self.actors[iso].name if iso in self.actors else (data.get("name") or iso))
        self._countryinfo_names = added

    def _add_ignore(self, path: Path) -> None:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name in data.get("names") or []:
            for variant in _variants(str(name)) + [f"the {name}", f"The {name}"]:
                self.names.setdefault(variant, _IGNORE)
        self.label_suffixes.update(str(w).lower() for w in data.get("label_suffixes") or [])
        self.label_prefixes.update(str(w).lower() for w in data.get("label_prefixes") or [])

    # lookup -----------------------------------------------------------------------------

    def kind_of(self, actor_id: str) -> ActorKind | None:
        """The kind of a known actor id, or None."""
        actor = self.actors.get(actor_id)
        return actor.kind if actor else None

    def actor(self, actor_id: str) -> Actor:
        """The Actor record for an id; unknown ids become organizations named by their id."""
        return self.actors.get(actor_id) or Actor(actor_id, ActorKind.ORGANIZATION, actor_id)

    def lookup(self, name: str) -> str | None:
        """The actor id an exact name stands for (no context rules), or None."""
        found = self.names.get(name.strip())
        return None if found in (None, _IGNORE) else found

    def matcher(self, nlp: Any) -> Any:
        """A PhraseMatcher over every name, built once per vocab."""
        key = id(nlp.vocab)
        if key not in self._matchers:
            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            all_names = sorted(set(self.names) | set(self.contextual))
            docs = list(nlp.tokenizer.pipe(all_names))
            for name, doc in zip(all_names, docs):
                matcher.add(name, [doc])
            self._matchers[key] = matcher
        return self._matchers[key]

    def find(self, doc: Any, nlp: Any) -> list[ActorMatch]:
        """Longest non-overlapping names in ``doc``; ignore-names are dropped after blocking."""
        matcher = self.matcher(nlp)
        strings = nlp.vocab.strings
        contextual = self.contextual
        # equal lengths: a name that does not lean on a leading "the" wins ("The West African bloc")
        found = sorted(matcher(doc), key=lambda m: (-(m[2] - m[1]), strings[m[0]] in contextual and strings[m[0]] not in self.names,
                                                   doc[m[1]].lower_ == "the", m[1]))
        taken = bytearray(len(doc))
        out: list[ActorMatch] = []
        for match_id, start, end in found:
            if any(taken[start:end]):
                continue
            name = strings[match_id]
            actor_id = self.names.get(name)
            rules = tuple(self.contextual.get(name, ()))
            if actor_id is None and not rules:
                continue
            # a name cut out of a longer person's name blocks nothing: of "Crown Prince Mohammed" and "Mohammed
            # bin Salman", overlapping in "Crown Prince Mohammed bin Salman", the one the parser's name holds wins
            if actor_id != _IGNORE and _inside_person(doc, start, end):
                continue
            for i in range(start, end):
                taken[i] = 1
            if actor_id == _IGNORE or self._label(doc, start, end):
                continue
            out.append(ActorMatch(start, end, doc[start:end].text, actor_id, rules))
        out.sort(key=lambda m: m.start)
        return self._titled(doc, self._possessed(doc, out))

    def _label(self, doc: Any, start: int, end: int) -> bool:
        """A name hyphened to a label word names a place or a topic, not an actor at work ("a London-based
        monitor", "Crimea-related sanctions", "a Soviet-era missile"), and a demonym after "ethnic" names a
        people ("Kosovo's ethnic Albanian majority")."""
        if start and doc[start - 1].lower_ in self.label_prefixes:
            return True
        return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
                and not doc[end].whitespace_ and doc[end + 1].lower_ in self.label_suffixes)

    def _titled(self, doc: Any, found: list[ActorMatch]) -> list[ActorMatch]:
        """A listed person named with an office of another actor holds that office here: "NATO Secretary-General
        Javier Solana" (later the EU's foreign policy chief), "Dutch Prime Minister Mark Rutte" (later NATO's
        head). People change offices; the title the article gives them is the one that counts."""
        office, posting, out_of_office = _holder_titles()
        out = list(found)
        for k, m in enumerate(found):
            if m.id is not None and doc[m.start].ent_type_ == "PERSON" and self._out_of_power(doc, found, k):
                out[k] = ActorMatch(m.start, m.end, m.text, None)
        for k in range(1, len(out)):
            m, prev = out[k], out[k - 1]
            if (m.id is None or prev.id is None or prev.id == m.id or doc[m.start].ent_type_ != "PERSON"
                    or self.kind_of(prev.id) not in _OFFICE_KINDS or self.kind_of(m.id) not in _OFFICE_KINDS):
                continue
            between = [t for t in doc[prev.end:m.start] if t.tag_ != "POS" and t.text != "-"]
            words = {t.lower_ for t in between}
            before = doc[prev.start - 1].lower_ if prev.start else ""
            if (not between or len(between) > 5 or not words & office or words & posting
                    or not words <= office | _TITLE_MODIFIERS or before in out_of_office or words & out_of_office):
                continue
            out[k] = ActorMatch(m.start, m.end, m.text, prev.id)
        for k in range(len(out) - 1):
            m = out[k]
            if m.id is not None and doc[m.start].ent_type_ == "PERSON":
                holder = self._appositive_office(doc, out[k + 1], m, office | _TITLE_MODIFIERS, office, posting | out_of_office)
                if holder is not None:
                    out[k] = ActorMatch(m.start, m.end, m.text, holder)
        return [m for m in out if m.id is not None or m.rules]

    def _appositive_office(self, doc: Any, nxt: ActorMatch, m: ActorMatch, title_words: frozenset[str],
                           office: frozenset[str], barred: frozenset[str]) -> str | None:
        """The actor whose office an apposition gives a listed person, when it is not the listing's: "Karel De
        Gucht, the Belgian foreign minister", "Ahmed Aboul Gheit, Egypt's foreign minister"; and the armed group
        a relative clause has the person lead: "Sharif Sheikh Ahmed, who chairs the executive council of the
        Islamic Courts" (later Somalia's president)."""
        if nxt.id is None or nxt.id == m.id or m.end >= len(doc) or doc[m.end].text != ",":
            return None
        kind = self.kind_of(nxt.id)
        span = doc[m.end + 1:nxt.start]
        if [t.lower_ for t in span] in ([], ["the"]) and kind in _OFFICE_KINDS:
            after = []
            for t in doc[nxt.end:nxt.end + 6]:
                if t.is_punct or t.pos_ not in ("NOUN", "PROPN", "ADJ", "PART", "ADP", "DET"):
                    break
                if t.tag_ != "POS":
                    after.append(t.lower_)
            words = set(after)
            if after and words <= title_words and words & office and not words & barred:
                return nxt.id
            return None
        if (kind == ActorKind.ARMED_GROUP and 2 <= len(span) <= 8 and span[0].lower_ == "who"
                and span[1].lemma_.lower() in _LEADING_VERBS and not any(t.is_punct for t in span)):
            return nxt.id
        return None

    def _out_of_power(self, doc: Any, found: list[ActorMatch], k: int) -> bool:
        """Whether the title just before a listed person puts them out of power: "Israeli opposition leader Yair
        Lapid", "the exiled former president" (the words back to the previous name or punctuation)."""
        words = _out_of_power_words()
        start = found[k - 1].end if k else 0
        i = found[k].start - 1
        while i >= start and i >= found[k].start - 5 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].tag_ == "VBN"):
            if doc[i].lower_ in words:
                return True
            i -= 1
        return False

    def _possessed(self, doc: Any, found: list[ActorMatch]) -> list[ActorMatch]:
        """A generic organ name owned by a state ("Armenia's Security Council", "the Russian Security Council",
        "the Security Council of Ukraine") is that state's organ, not the body the bare name stands for."""
        out: list[ActorMatch] = []
        for k, m in enumerate(found):
            name = m.text.lower()
            if name.removeprefix("the ") in self.possessable:
                owner = self._organ_owner(doc, found, k)
                if owner is not None:
                    m = ActorMatch(m.start, m.end, m.text, owner.id, () if owner.id is not None else owner.rules)
            out.append(m)
        return out

    def _organ_owner(self, doc: Any, found: list[ActorMatch], k: int) -> ActorMatch | None:
        """The actor that owns the generic organ ``found[k]``: a possessor, a demonym before it, or a state
        after "of"; None when the organ stands alone (then it is the body its bare name stands for)."""
        m = found[k]
        prev = found[k - 1] if k else None
        if prev is not None and (prev.id is not None or prev.rules):
            between = doc[prev.end:m.start]
            # "Armenia's Security Council", "Iran's Supreme National Security Council", "Russia's
            # powerful Security Council"
            if (prev.id is not None and len(between) and between[0].tag_ == "POS" and len(between) <= 4
                    and all(t.is_title or t.lower_ == "and" or t.pos_ == "ADJ" for t in between[1:])):
                return prev
            # "the Russian Security Council", "the Iranian Supreme National Security Council": a demonym
            # (not a state's name, which may only label the topic of a UN session) with at most the
            # organ's own capitalised words between
            if ((prev.text in self.demonyms or doc[prev.end - 1].tag_ == "JJ") and len(between) <= 2 and all(t.is_title for t in between)
                    and (prev.id is None or self.kind_of(prev.id) == ActorKind.STATE)):
                return prev
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and nxt.id is not None and self.kind_of(nxt.id) == ActorKind.STATE:
            # "the Security Council of Ukraine", "the National Security Council of the Republic of Korea"
            if [t.lower_ for t in doc[m.end:nxt.start]] in (["of"], ["of", "the"]):
                return nxt
        return None


def resolve_contextual(matches: Sequence[ActorMatch], docs_next: Sequence[str | None], present: set[str]) -> list[str | None]:
    """Per match the actor id, deciding contextual names by the article's other actors."""
    out: list[str | None] = []
    for match, nxt in zip(matches, docs_next):
        if match.id is not None:
            out.append(match.id)
            continue
        chosen = None
        for rule in match.rules:
            if rule.requires and not any(r in present for r in rule.requires):
                continue
            if rule.requires_all and not all(r in present for r in rule.requires_all):
                continue
            if any(u in present for u in rule.unless):
                continue
            if nxt is not None and nxt in rule.unless_next:
                continue
            chosen = rule.id
            break
        out.append(chosen)
    return out


# actors whose offices a title names: a state or an intergovernmental body (an armed group's "foreign minister"
# of a state it rules, "Taliban Foreign Minister", keeps the listing's id)
_OFFICE_KINDS = (ActorKind.STATE, ActorKind.IGO)
# verbs of a relative clause that make a person the leader of what follows ("who chairs the Islamic Courts")
_LEADING_VERBS = frozenset({"chair", "lead", "head", "command", "run"})
# words that qualify an office in a title ("Prime Minister", "foreign policy chief", "Deputy Secretary of State")
_TITLE_MODIFIERS = frozenset({"prime", "foreign", "defence", "defense", "policy", "deputy", "vice", "first", "high", "supreme",
                              "acting", "interim", "interior", "finance", "affairs", "state", "of", "the", "security", "general"})


@lru_cache(maxsize=1)
def _holder_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(offices held for the actor named before them, postings to it, words that put a title out of office)."""
    from loaders.lexicon import word_lists

    lists = word_lists("titles.yaml")
    return lists.holder_titles, lists.posting_titles, lists.not_in_office


@lru_cache(maxsize=1)
def _out_of_power_words() -> frozenset[str]:
    from loaders.lexicon import word_lists

    return word_lists("titles.yaml").out_of_power


def _spelling_pairs(path: Path) -> dict[str, str]:
    """Each word of a spelling pair mapped to the other (both ways)."""
    data = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    out: dict[str, str] = {}
    for pair in data.get("pairs") or []:
        a, b = (str(w) for w in pair)
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


def _inside_person(doc: Any, start: int, end: int) -> bool:
    """True when the NER sees a longer person's name around the match ("Jordan Bardella")."""
    for i in range(start, end):
        tok = doc[i]
        if tok.ent_type_ == "PERSON":
            ent_start, ent_end = _ent_bounds(doc, i)
            if ent_start < start or ent_end > end:
                return True
    return False


def _ent_bounds(doc: Any, i: int) -> tuple[int, int]:
    s = i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return s, e


def _variants(name: str) -> list[str]:
    name = " ".join(name.split())
    if not name:
        return []
    out = [name]
    if name.startswith("the "):
        out.append("The " + name[4:])
    return out


def _plural(demonym: str) -> str:
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")) or demonym.endswith("Swiss"):
        return demonym
    return demonym + "s"


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer.default()


def default_gazetteer(extra_files: Sequence[Path | str] = ()) -> Gazetteer:
    """The built-in gazetteer, extended by user files (yaml or csv) when given."""
    if not extra_files:
        return _default()
    gaz = _default().copy()
    for path in extra_files:
        gaz.add_file(Path(path))
    return gaz


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Every state's capital as the ``countryinfo`` package spells it, plus the usual variants.

    A capital compounded before an event ("the Damascus consulate strike") is where it happened,
    so rules that read doers from such modifiers need to tell capitals from state names.
    """
    from countryinfo._cache import load_countries

    names: set[str] = {"Kyiv", "Kiev", "Tel Aviv", "Naypyitaw", "Naypyidaw", "Washington"}
    for data in load_countries()["countries"].values():
        capital = data.get("capital")
        for name in capital if isinstance(capital, list) else [capital or ""]:
            if name and name.isascii():
                names.update(_variants(name))
    return frozenset(n for n in names if n)
