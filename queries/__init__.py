"""Named Cypher queries: one ``.cypher`` file per question, loaded by name, typed by its header.

A file starts with comment lines that describe it::

    // name: who-does
    // description: Who does TYPE to an actor: the sources of one relation type into a target.
    // param: target actor -- the actor on the receiving end
    // param: type type = "" -- a relation type; empty means every type
    // param: hops int[1..3] = 2 literal -- how far to walk

A parameter line is ``NAME KIND [= DEFAULT] [literal] [-- description]``; a parameter without a
default is required. Kinds: ``string``, ``int`` (optionally ``int[LO..HI]``), ``float``, ``date``
(ISO ``YYYY-MM-DD``), ``actor`` (an actor id, upper-cased), ``type`` (a relation type), ``types``
(relation types or family names, comma-separated or a JSON list), ``status``, ``statuses`` and
``family``. An empty default (``""``) means "any": the Cypher tests ``$x = ''`` because the
embedded store cannot bind a null parameter to a type.

Values always travel as parameters, with two exceptions, both marked ``literal`` and written in
place of ``{{name}}`` after validation:

- an ``int[LO..HI]``: neither dialect accepts a parameter as a variable-length bound
  (``*1..$k``), so the int is checked against its range and written as digits;
- ``types``: a relationship-type disjunction (``[r:{{types}}]``) lets both stores expand only
  those types from a node (Neo4j cannot when the types come as ``type(r) IN $types``). Every
  name is a ``RelationType`` member, backtick-quoted, as the codebook's allow-list requires.

Nothing else is ever substituted into Cypher text.

Where the embedded store's dialect differs, ``NAME.ladybug.cypher`` sits beside ``NAME.cypher``;
its header must declare the same parameters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from graph.errors import QueryError, ValidationError
from graph.model import Family, RelationType, Status, check_actor_id, parse_date

__all__ = ["DIALECTS", "NamedQuery", "Param", "get_query", "list_queries", "run_named"]

#: The dialects a store may speak; a variant file is named ``NAME.<dialect>.cypher``.
DIALECTS = ("neo4j", "ladybug")

QUERY_DIR = Path(__file__).parent
_KINDS = ("string", "int", "float", "date", "actor", "type", "types", "status", "statuses", "family")
_PARAM_LINE = re.compile(
    r"^(?P<name>[a-z][a-z0-9_]*)\s+(?P<kind>[a-z]+)(?:\[(?P<lo>-?\d+)\.\.(?P<hi>-?\d+)\])?"
    r"(?:\s*=\s*(?P<default>\"[^\"]*\"|\S+))?(?P<literal>\s+literal)?\s*(?:--\s*(?P<doc>.*))?$"
)
_PLACEHOLDER = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: its kind, default (raw text; None when required) and range."""

    name: str
    kind: str
    default: str | None = None
    description: str = ""
    low: int | None = None
    high: int | None = None
    literal: bool = False

    @property
    def required(self) -> bool:
        return self.default is None

    def to_json(self) -> dict[str, Any]:
        kind = f"{self.kind}[{self.low}..{self.high}]" if self.low is not None else self.kind
        return {"name": self.name, "type": kind, "required": self.required, "default": self.default,
                "description": self.description}

    def convert(self, raw: Any) -> Any:
        """The typed value of ``raw`` (text from the command line, or an already typed value)."""
        try:
            value = _CONVERTERS[self.kind](raw)
        except (ValidationError, ValueError, TypeError) as err:
            raise QueryError(f"parameter {self.name!r} ({self.kind}): {_reason(err)}") from err
        if self.kind == "int" and self.low is not None and not (self.low <= value <= self.high):
            raise QueryError(f"parameter {self.name!r} must be between {self.low} and {self.high}, got {value}")
        return value


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A named question: its description, parameters, and Cypher per dialect."""

    name: str
    description: str
    params: tuple[Param, ...]
    texts: Mapping[str, str] = field(default_factory=dict)
    paths: Mapping[str, Path] = field(default_factory=dict)

    def cypher_for(self, dialect: str) -> str:
        """The Cypher (header stripped) for ``dialect``: its variant if one exists, else the shared text."""
        if dialect not in DIALECTS:
            raise QueryError(f"unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
        return self.texts.get(dialect, self.texts["neo4j"])

    def source_for(self, dialect: str) -> str:
        """The file text as written, header included (what ``query show`` prints)."""
        self.cypher_for(dialect)  # validates the dialect
        return self.paths.get(dialect, self.paths["neo4j"]).read_text(encoding="utf-8")

    def bind(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """Typed parameters from ``raw``: defaults filled in, unknown or missing names refused."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            allowed = ", ".join(known) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {allowed})")
        bound: dict[str, Any] = {}
        for param in self.params:
            if param.name in raw:
                bound[param.name] = param.convert(raw[param.name])
                if param.required and bound[param.name] in ("", []):
                    raise QueryError(f"parameter {param.name!r} needs a value ({param.description or param.kind})")
            elif param.required:
                raise QueryError(f"query {self.name!r} needs --param {param.name}=... ({param.description or param.kind})")
            else:
                bound[param.name] = param.convert(param.default)
        return bound

    def render(self, dialect: str, bound: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        """The statement and its parameters: ``literal`` ones written in, everything else passed."""
        literals = {p.name: p for p in self.params if p.literal}
        text = _PLACEHOLDER.sub(lambda m: _literal(literals[m.group(1)], bound[m.group(1)]), self.cypher_for(dialect))
        params = {k: v for k, v in bound.items() if k not in literals and f"${k}" in text}
        return text, params

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description,
                "parameters": [p.to_json() for p in self.params],
                "variants": sorted(d for d in self.texts if d != "neo4j")}


def list_queries() -> list[NamedQuery]:
    """Every named query in ``queries/``, sorted by name."""
    return list(_load_all().values())


def get_query(name: str) -> NamedQuery:
    """The named query ``name``, or a QueryError pointing at ``stategraph query list``."""
    queries = _load_all()
    if name not in queries:
        raise QueryError(f"no named query {name!r} (see `stategraph query list`)")
    return queries[name]


def run_named(store: Any, name: str, raw_params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a named query read-only on ``store`` in its dialect; rows as plain dicts."""
    query = get_query(name)
    cypher, params = query.render(store.dialect, query.bind(raw_params or {}))
    return store.run(cypher, params, read_only=True)


@lru_cache(maxsize=1)
def _load_all() -> dict[str, NamedQuery]:
    files: dict[str, dict[str, Path]] = {}
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        stem = path.name[: -len(".cypher")]
        name, _, dialect = stem.partition(".")
        if dialect and dialect not in DIALECTS:
            raise QueryError(f"{path.name}: unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
        files.setdefault(name, {})[dialect or "neo4j"] = path
    queries: dict[str, NamedQuery] = {}
    for name, variants in sorted(files.items()):
        if "neo4j" not in variants:
            raise QueryError(f"named query {name!r} has a variant but no {name}.cypher")
        parsed = {dialect: _parse(path) for dialect, path in variants.items()}
        base = parsed["neo4j"]
        for dialect, other in parsed.items():
            if (other[0], other[2]) != (base[0], base[2]):
                raise QueryError(f"{name}.{dialect}.cypher: header differs from {name}.cypher")
        queries[name] = NamedQuery(name, base[1], base[2], {d: p[3] for d, p in parsed.items()}, dict(variants))
    return queries


def _parse(path: Path) -> tuple[str, str, tuple[Param, ...], str]:
    """``(name, description, params, body)`` of one file; its header must name the file."""
    header: dict[str, str] = {}
    params: list[Param] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("//"):
            body_start = i
            break
        key, _, value = stripped[2:].strip().partition(":")
        key, value = key.strip(), value.strip()
        if key == "param":
            params.append(_parse_param(path, value))
        elif key in ("name", "description"):
            header[key] = value
    body = "\n".join(lines[body_start:]).strip()
    expected = path.name.split(".")[0]
    if header.get("name") != expected:
        raise QueryError(f"{path.name}: header 'name: {header.get('name')}' does not match the file name")
    if not header.get("description") or not body:
        raise QueryError(f"{path.name}: needs a description line and a statement")
    names = {p.name for p in params}
    for placeholder in _PLACEHOLDER.findall(body):
        if placeholder not in names or not next(p for p in params if p.name == placeholder).literal:
            raise QueryError(f"{path.name}: {{{{{placeholder}}}}} is not a declared literal parameter")
    return header["name"], header["description"], tuple(params), body


def _parse_param(path: Path, text: str) -> Param:
    match = _PARAM_LINE.match(text)
    if not match or match["kind"] not in _KINDS:
        raise QueryError(f"{path.name}: cannot read parameter line {text!r}")
    default = match["default"]
    if default is not None and default.startswith('"'):
        default = default[1:-1]
    low = int(match["lo"]) if match["lo"] is not None else None
    high = int(match["hi"]) if match["hi"] is not None else None
    literal = bool(match["literal"])
    if literal and not (match["kind"] == "types" or (match["kind"] == "int" and low is not None)):
        raise QueryError(f"{path.name}: literal parameter {match['name']!r} must be int[LO..HI] or types")
    param = Param(match["name"], match["kind"], default, (match["doc"] or "").strip(), low, high, literal)
    if default is not None:
        param.convert(default)  # a header whose default does not parse is a bug in the file
    return param


def _literal(param: Param, value: Any) -> str:
    """The text written for a ``literal`` parameter: digits, or backtick-quoted codebook types."""
    if param.kind == "types":
        return "|".join(f"`{RelationType.parse(t).value}`" for t in value)
    return str(int(value))


# Converters: raw text (or an already typed value) to the value the Cypher expects.

def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(f"expected text, got {raw!r}")
    return raw


def _int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError(f"expected an integer, got {raw!r}")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"\s*-?\d+\s*", raw):
        return int(raw)
    raise ValueError(f"expected an integer, got {raw!r}")


def _float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ValueError(f"expected a number, got {raw!r}")
    try:
        return float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"expected a number, got {raw!r}") from None


def _date(raw: Any) -> str:
    if raw == "":
        return ""
    value = parse_date(raw)
    return value or ""


def _actor(raw: Any) -> str:
    text = _text(raw).strip()
    return "" if text == "" else check_actor_id(text.upper())


def _listish(raw: Any) -> list[Any]:
    """A list from a JSON list, a comma-separated string, or a list."""
    if isinstance(raw, (list, tuple)):
        return list(raw)
    text = _text(raw).strip()
    if text.startswith("["):
        try:
            decoded = json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"not a JSON list: {err.msg}") from err
        if isinstance(decoded, list):
            return decoded
    return [part.strip() for part in text.split(",") if part.strip()]


def _type(raw: Any) -> str:
    text = _text(raw).strip()
    return "" if text == "" else RelationType.parse(text).value


def _types(raw: Any) -> list[str]:
    """Relation types, where a family name stands for all its types (``force`` = MOBILIZES, ATTACKS)."""
    out: list[str] = []
    for item in _listish(raw):
        family = str(item).strip().lower()
        if family in {f.value for f in Family}:
            out += [t.value for t in RelationType if t.family.value == family]
        else:
            out.append(RelationType.parse(item).value)
    if not out:
        raise ValueError("expected at least one relation type or family")
    return sorted(dict.fromkeys(out))


def _status(raw: Any) -> str:
    text = _text(raw).strip()
    return "" if text == "" else Status.parse(text).value


def _statuses(raw: Any) -> list[str]:
    out = sorted(dict.fromkeys(Status.parse(item).value for item in _listish(raw)))
    if not out:
        raise ValueError("expected at least one status")
    return out


def _family(raw: Any) -> str:
    text = _text(raw).strip().lower()
    if text and text not in {f.value for f in Family}:
        raise ValueError(f"unknown family {text!r} (allowed: {', '.join(f.value for f in Family)})")
    return text


_CONVERTERS = {
    "string": _text, "int": _int, "float": _float, "date": _date, "actor": _actor, "type": _type,
    "types": _types, "status": _status, "statuses": _statuses, "family": _family,
}


def _reason(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__
