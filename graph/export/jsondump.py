"""The ``stategraph-dump`` JSON: every actor, article and relation with its provenance.

Layout (UTF-8, one record per line, keys in a fixed order, records sorted, floats as Python's
shortest round-trip repr), so that two dumps of the same store are byte-identical and a diff
between two dumps reads record by record::

    {"format": "stategraph-dump", "version": 1,
    "actors": [
    {"id": "PRK", "kind": "state", "name": "North Korea", "aliases": ["DPRK"], "pagerank": 0.21},
    ...
    ],
    "articles": [
    {"id": "a1", "url": "...", "title": "...", "outlet": "...", "published": "2022-09-22"},
    ...
    ],
    "relations": [
    {"source": "PRK", "type": "SUPPLIES", "target": "RUS", "status": "alleged", "attributed_to": ["USA"],
     "mode": "weapons", "confidence": 0.82, "sentence": "...", "article": "a1", "char_start": 1234,
     "char_end": 1381, "published": "2022-09-22"},
    ...
    ]}

Actors: ``id``, ``kind``, ``name``, ``aliases`` and any analytic property written back
(``pagerank``, ``betweenness``, ``degree_in``, ``degree_out``, ``bloc``). Articles: ``id``,
``url``, ``title``, ``outlet``, ``published``. Relations: the codebook's JSON shape. Unresolved
mentions are not part of a snapshot, so not of a dump.

``loads`` checks a whole dump before anything uses it and names the first bad key. On import a
relation whose ``published`` is null takes its article's date, as in every write to a store, so
a dump written by hand may come back with those dates filled in; a dump of a store comes back
byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import networkx as nx

from graph.errors import ExportError, InputError, ValidationError
from graph.export.records import ACTOR_KEYS, ARTICLE_KEYS, actor_records, article_records, relation_records
from graph.model import Actor, ActorKind, Article, Relation
from graph.store.base import ANALYTIC_PROPERTIES

__all__ = ["DUMP_FORMAT", "DUMP_VERSION", "Dump", "dumps", "loads", "read_dump"]

DUMP_FORMAT = "stategraph-dump"
DUMP_VERSION = 1
_TOP_KEYS = ("format", "version", "actors", "articles", "relations")
_ARTICLE_TEXT = ("url", "title", "outlet")


@dataclass(slots=True)
class Dump:
    """A validated dump: records ready for a store, and the analytic properties of actors."""

    actors: list[Actor] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    #: ``{"id": ..., "pagerank": ...}`` rows for ``Store.set_actor_properties``.
    actor_properties: list[dict[str, Any]] = field(default_factory=list)


def dumps(G: nx.MultiDiGraph) -> str:
    """The dump of a snapshot as text (see the module docstring for the layout)."""
    sections = {
        "actors": actor_records(G),
        "articles": article_records(G),
        "relations": relation_records(G),
    }
    try:
        parts = [f'{{"format": "{DUMP_FORMAT}", "version": {DUMP_VERSION},']
        for i, (name, records) in enumerate(sections.items()):
            end = "," if i < len(sections) - 1 else "}"
            if not records:
                parts.append(f'"{name}": []{end}')
                continue
            parts.append(f'"{name}": [')
            parts.append(",\n".join(json.dumps(r, ensure_ascii=False, allow_nan=False) for r in records))
            parts.append(f"]{end}")
    except ValueError as err:
        raise ExportError(f"the graph holds a value JSON cannot carry: {err}") from err
    return "\n".join(parts) + "\n"


def read_dump(path: Path, *, max_bytes: int = 1_000_000_000) -> Dump:
    """Read and validate a dump file; errors name the file and the first bad key."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory, expected a .json dump")
        if path.stat().st_size > max_bytes:
            raise InputError(f"{path}: larger than {max_bytes:,} bytes")
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from err
    return loads(raw, name=str(path))


def loads(data: str | bytes, *, name: str = "dump") -> Dump:
    """Validate a whole dump and return its records, or raise InputError naming the first fault."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: not UTF-8 text (byte {err.start}); nothing was imported") from err
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as err:
        raise InputError(
            f"{name}: not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}; nothing was imported"
        ) from err
    except RecursionError as err:
        raise InputError(f"{name}: JSON nested too deeply; nothing was imported") from err
    try:
        return _validate(doc)
    except _Fault as fault:
        raise InputError(f"{name}, {fault.where}: {fault.message}; nothing was imported") from fault.__cause__


class _Fault(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where, self.message = where, message


def _validate(doc: Any) -> Dump:
    if not isinstance(doc, dict):
        raise _Fault("top level", f"expected a JSON object, got {_kind(doc)}")
    unknown = sorted(set(doc) - set(_TOP_KEYS))
    if unknown:
        raise _Fault(unknown[0], "unknown key")
    for key in _TOP_KEYS:
        if key not in doc:
            raise _Fault(key, "missing key")
    if doc["format"] != DUMP_FORMAT:
        raise _Fault("format", f"expected {DUMP_FORMAT!r}, got {doc['format']!r}")
    if doc["version"] != DUMP_VERSION or isinstance(doc["version"], bool):
        raise _Fault("version", f"unsupported version {doc['version']!r} (this stategraph reads {DUMP_VERSION})")
    for key in ("actors", "articles", "relations"):
        if not isinstance(doc[key], list):
            raise _Fault(key, f"expected a list, got {_kind(doc[key])}")

    dump = Dump()
    seen: dict[str, int] = {}
    for i, obj in enumerate(doc["actors"]):
        where = f"actors[{i}]"
        actor, props = _actor(obj, where)
        if actor.id in seen:
            raise _Fault(where, f"duplicate actor id {actor.id!r} (also actors[{seen[actor.id]}])")
        seen[actor.id] = i
        dump.actors.append(actor)
        if props:
            dump.actor_properties.append({"id": actor.id, **props})

    articles: dict[str, int] = {}
    for i, obj in enumerate(doc["articles"]):
        where = f"articles[{i}]"
        article = _article(obj, where)
        if article.id in articles:
            raise _Fault(where, f"duplicate article id {article.id!r} (also articles[{articles[article.id]}])")
        articles[article.id] = i
        dump.articles.append(article)

    keys: dict[str, int] = {}
    for i, obj in enumerate(doc["relations"]):
        where = f"relations[{i}]"
        try:
            rel = Relation.from_json(obj)
        except (ValidationError, TypeError) as err:
            raise _Fault(where, str(err)) from err
        for role, end in (("source", rel.source), ("target", rel.target)):
            if end not in seen:
                raise _Fault(f"{where}.{role}", f"actor {end!r} is not among the dump's actors")
        if rel.article and rel.article not in articles:
            raise _Fault(f"{where}.article", f"article {rel.article!r} is not among the dump's articles")
        if rel.key in keys:
            raise _Fault(where, f"duplicate of relations[{keys[rel.key]}] (same claim, article and sentence)")
        keys[rel.key] = i
        dump.relations.append(rel)
    return dump


def _actor(obj: Any, where: str) -> tuple[Actor, dict[str, Any]]:
    if not isinstance(obj, Mapping):
        raise _Fault(where, f"expected a JSON object, got {_kind(obj)}")
    allowed = set(ACTOR_KEYS) | set(ANALYTIC_PROPERTIES)
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _Fault(f"{where}.{unknown[0]}", "unknown key")
    for key in ("id", "kind"):
        if key not in obj:
            raise _Fault(f"{where}.{key}", "missing key")
    kind = obj["kind"]
    if kind not in {k.value for k in ActorKind}:
        allowed_kinds = ", ".join(k.value for k in ActorKind)
        raise _Fault(f"{where}.kind", f"unknown actor kind {kind!r} (allowed: {allowed_kinds})")
    name = obj.get("name")
    if name is not None and not isinstance(name, str):
        raise _Fault(f"{where}.name", f"expected a string, got {_kind(name)}")
    aliases = obj.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _Fault(f"{where}.aliases", "expected a list of strings")
    try:
        actor = Actor(obj["id"], ActorKind(kind), name or "", tuple(aliases))
    except ValidationError as err:
        raise _Fault(f"{where}.id", str(err)) from err
    props: dict[str, Any] = {}
    for prop, cast in ANALYTIC_PROPERTIES.items():
        value = obj.get(prop)
        if value is None:
            continue
        numeric = (int, float) if cast is float else (int,)
        if isinstance(value, bool) or not isinstance(value, numeric):
            raise _Fault(f"{where}.{prop}", f"expected {'a number' if cast is float else 'an integer'}, got {value!r}")
        props[prop] = cast(value)
    return actor, props


def _article(obj: Any, where: str) -> Article:
    if not isinstance(obj, Mapping):
        raise _Fault(where, f"expected a JSON object, got {_kind(obj)}")
    unknown = sorted(set(obj) - set(ARTICLE_KEYS))
    if unknown:
        raise _Fault(f"{where}.{unknown[0]}", "unknown key")
    if "id" not in obj:
        raise _Fault(f"{where}.id", "missing key")
    if not isinstance(obj["id"], str) or not obj["id"].strip():
        raise _Fault(f"{where}.id", "article id must be a non-empty string")
    for key in _ARTICLE_TEXT:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise _Fault(f"{where}.{key}", f"expected a string or null, got {_kind(obj[key])}")
    try:
        return Article(obj["id"], *(obj.get(k) for k in _ARTICLE_TEXT), published=obj.get("published"))
    except ValidationError as err:
        raise _Fault(f"{where}.published", str(err)) from err


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)
