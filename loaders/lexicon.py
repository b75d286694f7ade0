"""The extractor's lexicons, read once from ``data/``: relation cues, status cues, coreference
words and object modes. Adding a verb is a data change (``data/cues.yaml``), not a code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from graph.errors import InputError
from graph.model import RelationType

__all__ = ["Cue", "Lexicon", "WordLists", "data_file", "load_lexicon", "spellings", "word_lists"]

_DATA = Path(__file__).with_name("data")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word: its relation type and where its arguments are found."""

    lemma: str
    type: RelationType
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    reverse: bool = False
    material: bool = False
    mode: str | None = None
    needs_object: tuple[str, ...] = ()
    governors: dict[str, RelationType] = field(default_factory=dict)
    holder_is_target: bool = False
    needs_modal: bool = False
    agentive: bool = False
    needs_xcomp: bool = False
    needs_with: tuple[str, ...] = ()
    target_kinds: tuple[str, ...] = ()
    carrier: bool = False
    retaliation: bool = False
    armed_subject: bool = False
    material_for: bool = False
    needs_modifier: tuple[str, ...] = ()
    craft_type: RelationType | None = None
    prep_types: dict[str, RelationType] = field(default_factory=dict)
    needs_prep: bool = False
    named_target: bool = False


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    light_verbs: frozenset[str]
    reporting: frozenset[str]
    denial: frozenset[str]
    confirmation: frozenset[str]
    claim_nouns: frozenset[str]
    future_aux: frozenset[str]
    intent_heads: frozenset[str]
    hypothetical_aux: frozenset[str]
    negation: frozenset[str]
    dismissive: frozenset[str]
    condemning: frozenset[str]
    describe_verbs: frozenset[str]
    refusal_heads: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    descriptions: dict[str, frozenset[str]]
    of_heads: frozenset[str]
    of_preps: frozenset[str]
    non_state_heads: frozenset[str]
    modes: dict[str, str]
    event_nouns: dict[str, RelationType]
    approval_heads: frozenset[str] = frozenset()
    approved_nouns: frozenset[str] = frozenset()
    responsibility_heads: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    control_participles: frozenset[str] = frozenset()
    origin_participles: frozenset[str] = frozenset()
    retaliatory_modifiers: frozenset[str] = frozenset()
    retaliatory_heads: frozenset[str] = frozenset()
    non_places: frozenset[str] = frozenset()
    craft: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    trade_nouns: frozenset[str] = frozenset()
    people_counts: frozenset[str] = frozenset()
    counted_members: frozenset[str] = frozenset()
    threat_instruments: frozenset[str] = frozenset()
    delisting_verbs: frozenset[str] = frozenset()
    list_nouns: frozenset[str] = frozenset()
    named_place_heads: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    group_people: frozenset[str] = frozenset()
    fighting_nouns: frozenset[str] = frozenset()
    judicial_heads: frozenset[str] = frozenset()
    non_state_modifiers: frozenset[str] = frozenset()
    federal_states: frozenset[str] = frozenset()
    government_levels: frozenset[str] = frozenset()
    aid_purposes: frozenset[str] = frozenset()
    organ_heads: frozenset[str] = frozenset()
    deed_nouns: frozenset[str] = frozenset()
    protest_partners: frozenset[str] = frozenset()
    protest_cues: frozenset[str] = frozenset()
    reception_verbs: frozenset[str] = frozenset()
    reception_nouns: frozenset[str] = frozenset()
    reception_attacks: frozenset[str] = frozenset()
    with_verbs: frozenset[str] = frozenset()
    deterrence_verbs: frozenset[str] = frozenset()
    blocking_verbs: frozenset[str] = frozenset()
    stopped_texts: frozenset[str] = frozenset()
    envoy_heads: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    joint_deeds: frozenset[str] = frozenset()
    feeling_verbs: frozenset[str] = frozenset()
    noun_aliases: dict[str, str] = field(default_factory=dict)
    deadline_verbs: frozenset[str] = frozenset()
    supply_cutters: frozenset[str] = frozenset()
    concession_heads: frozenset[str] = frozenset()
    dependence_verbs: frozenset[str] = frozenset()
    deadline_nouns: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()


_SPELLINGS = (("ization", "isation"), ("isation", "ization"), ("ize", "ise"), ("ise", "ize"), ("yze", "yse"), ("yse", "yze"))
"""American and British endings: "normalise relations" is "normalize relations", "mobilised" is "mobilized"."""


def spellings(word: str) -> tuple[str, ...]:
    """A word and its other spelling (-ize/-ise, -ization/-isation, -yze/-yse), if it has one."""
    for a, b in _SPELLINGS:
        if word.endswith(a) and len(word) > len(a) + 2:
            return word, word[: -len(a)] + b
    return (word,)


def _both(mapping: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` with each key also under its other spelling (a key written both ways keeps its own)."""
    out = dict(mapping)
    for key, value in mapping.items():
        for variant in spellings(key)[1:]:
            out.setdefault(variant, value)
    return out


def _cue(lemma: str, spec: dict[str, Any]) -> Cue:
    return Cue(
        lemma=lemma,
        type=RelationType.parse(spec["type"]),
        target=tuple(spec.get("target") or ()),
        source=tuple(spec.get("source") or ()),
        reverse=bool(spec.get("reverse")),
        material=bool(spec.get("material")),
        mode=spec.get("mode"),
        needs_object=tuple(spec.get("needs_object") or ()),
        governors=_both({k: RelationType.parse(v) for k, v in (spec.get("governors") or {}).items()}),
        holder_is_target=bool(spec.get("holder_is_target")),
        needs_modal=bool(spec.get("needs_modal")),
        agentive=bool(spec.get("agentive")),
        needs_xcomp=bool(spec.get("needs_xcomp")),
        needs_with=tuple(spec.get("needs_with") or ()),
        target_kinds=tuple(spec.get("target_kinds") or ()),
        carrier=bool(spec.get("carrier")),
        retaliation=bool(spec.get("retaliation")),
        armed_subject=bool(spec.get("armed_subject")),
        material_for=bool(spec.get("material_for")),
        needs_modifier=tuple(spec.get("needs_modifier") or ()),
        craft_type=RelationType.parse(spec["craft_type"]) if spec.get("craft_type") else None,
        prep_types={k: RelationType.parse(v) for k, v in (spec.get("prep_types") or {}).items()},
        needs_prep=bool(spec.get("needs_prep")),
        named_target=bool(spec.get("named_target")),
    )


def _read(name: str) -> dict[str, Any]:
    path = _DATA / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise InputError(f"cannot read lexicon {path}: {err}") from err


@lru_cache(maxsize=None)
def data_file(name: str) -> Mapping[str, Any]:
    """The parsed contents of ``data/NAME``, read once per process and read-only. A missing or malformed
    file is an InputError naming it, whichever rule module asks first."""
    return MappingProxyType(_read(name))


class WordLists:
    """The word lists of one data file: ``lists.holding_verbs`` is the file's ``holding_verbs`` list,
    lower-cased and under both spellings. A name the file lacks is an error, not an empty list."""

    def __init__(self, name: str, lists: dict[str, frozenset[str]]) -> None:
        self._name = name
        self._lists = lists

    def __getattr__(self, key: str) -> frozenset[str]:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._lists[key]
        except KeyError:
            raise AttributeError(f"data/{self._name} has no word list {key!r}") from None


@lru_cache(maxsize=None)
def word_lists(name: str) -> WordLists:
    """The word lists of one data file (``data/NAME``), read once.

    The small rule modules (blame, ultimatums, titles, boilerplate ...) keep their words in a file
    of their own; this is how each of them reads it.
    """
    lists = {str(key): frozenset(v for w in value for v in spellings(str(w).lower()))
             for key, value in _read(name).items() if isinstance(value, list)}
    return WordLists(name, lists)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every lexicon of ``data/``, validated against the codebook's relation types."""
    cues, status, coref, modes = _read("cues.yaml"), _read("status.yaml"), _read("coref.yaml"), _read("modes.yaml")
    fs = lambda items: frozenset(v for i in items or () for v in spellings(str(i).lower()))  # noqa: E731
    mode_of: dict[str, str] = {}
    for mode, words in modes.items():
        for word in words:
            mode_of.setdefault(str(word).lower(), mode)
    return Lexicon(
        verbs=_both({k: _cue(k, v) for k, v in (cues.get("verbs") or {}).items()}),
        nouns=_both({k: _cue(k, v) for k, v in (cues.get("nouns") or {}).items()}),
        light_verbs=fs(cues.get("light_verbs")),
        reporting=fs(status.get("reporting")),
        denial=fs(status.get("denial")),
        confirmation=fs(status.get("confirmation")),
        claim_nouns=fs(status.get("claim_nouns")),
        future_aux=fs(status.get("future_aux")),
        intent_heads=fs(status.get("intent_heads")),
        hypothetical_aux=fs(status.get("hypothetical_aux")),
        negation=fs(status.get("negation")),
        dismissive=fs(status.get("dismissive")),
        condemning=fs(status.get("condemning")),
        describe_verbs=fs(status.get("describe_verbs")),
        refusal_heads=fs(status.get("refusal_heads")),
        pronouns=fs(coref.get("pronouns")),
        first_person=fs(coref.get("first_person")),
        descriptions={k.lower(): fs(v) for k, v in (coref.get("descriptions") or {}).items()},
        of_heads=fs(coref.get("of_heads")),
        of_preps=fs(coref.get("of_preps")),
        non_state_heads=fs(coref.get("non_state_heads")),
        modes=_both(mode_of),
        event_nouns=_both({str(k).lower(): RelationType.parse(v) for k, v in (coref.get("event_nouns") or {}).items()}),
        approval_heads=fs(status.get("approval_heads")),
        approved_nouns=fs(status.get("approved_nouns")),
        responsibility_heads=fs(cues.get("responsibility_heads")),
        office_titles=fs(coref.get("office_titles")),
        control_participles=fs(cues.get("control_participles")),
        origin_participles=fs(cues.get("origin_participles")),
        retaliatory_modifiers=fs(cues.get("retaliatory_modifiers")),
        retaliatory_heads=fs(cues.get("retaliatory_heads")),
        non_places=fs(cues.get("non_places")),
        craft=fs(cues.get("craft")),
        travel_verbs=fs(cues.get("travel_verbs")),
        trade_nouns=fs(cues.get("trade_nouns")),
        people_counts=fs(cues.get("people_counts")),
        counted_members=fs(cues.get("counted_members")),
        threat_instruments=fs(cues.get("threat_instruments")),
        delisting_verbs=fs((cues.get("delisting") or {}).get("verbs")),
        list_nouns=fs((cues.get("delisting") or {}).get("lists")),
        named_place_heads=fs(coref.get("named_place_heads")),
        leading_verbs=fs(coref.get("leading_verbs")),
        group_people=fs(coref.get("group_people")),
        fighting_nouns=fs(coref.get("fighting_nouns")),
        judicial_heads=fs(cues.get("judicial_heads")),
        non_state_modifiers=fs(coref.get("non_state_modifiers")),
        federal_states=frozenset(str(i).upper() for i in coref.get("federal_states") or ()),
        government_levels=fs(coref.get("government_levels")),
        aid_purposes=fs(cues.get("aid_purposes")),
        organ_heads=fs(coref.get("organ_heads")),
        deed_nouns=fs(cues.get("deed_nouns")),
        protest_partners=fs(cues.get("protest_partners")),
        protest_cues=fs(cues.get("protest_cues")),
        reception_verbs=fs((cues.get("reception") or {}).get("verbs")),
        reception_nouns=fs((cues.get("reception") or {}).get("nouns")),
        reception_attacks=fs((cues.get("reception") or {}).get("attack_nouns")),
        with_verbs=fs(cues.get("with_verbs")),
        deterrence_verbs=fs(cues.get("deterrence_verbs")),
        blocking_verbs=fs(cues.get("blocking_verbs")),
        stopped_texts=fs(cues.get("stopped_texts")),
        envoy_heads=fs(cues.get("envoy_heads")),
        permission_verbs=fs(cues.get("permission_verbs")),
        joint_deeds=fs(cues.get("joint_deeds")),
        feeling_verbs=fs(cues.get("feeling_verbs")),
        noun_aliases={str(k).lower(): str(v).lower() for k, v in (cues.get("noun_aliases") or {}).items()},
        deadline_verbs=fs((cues.get("deadline") or {}).get("verbs")),
        supply_cutters=fs(cues.get("supply_cutters")),
        concession_heads=fs(cues.get("concession_heads")),
        dependence_verbs=fs(cues.get("dependence_verbs")),
        deadline_nouns=fs((cues.get("deadline") or {}).get("nouns")),
        departure_verbs=fs((cues.get("deadline") or {}).get("departures")),
    )
