"""A Cypher script that recreates the graph in an empty Neo4j: parameter-free, one statement a line.

Run it with ``cypher-shell -f graph.cypher`` or statement by statement (``split_statements``).
Every value is a literal written here: strings single-quoted with quotes, backslashes, control
characters and every non-ASCII character escaped (``\\uXXXX``, a surrogate pair beyond the BMP), so the script
is plain ASCII and each statement fits on one line. Nodes and relations are MERGEd on ``id`` and
``rid``, so running the script twice changes nothing; relationship types come only from
``RelationType`` and are backtick-quoted.
"""

from __future__ import annotations

import math
from typing import Any, Iterable

import networkx as nx

from graph.errors import ExportError
from graph.export.records import actor_records, article_records, relation_records
from graph.model import RelationType

__all__ = ["cypher_script", "cypher_value", "split_statements"]

_HEADER = (
    "// stategraph cypher script: recreates the graph in an empty Neo4j (cypher-shell -f FILE).",
    "// One statement per line; every value is a literal.",
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;",
)
_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_script(G: nx.MultiDiGraph) -> str:
    """The script for a snapshot: schema, then actors, articles and relations in dump order."""
    lines = list(_HEADER)
    for record in actor_records(G):
        props = {k: v for k, v in record.items() if k != "id"}
        lines.append(f"MERGE (a:Actor {{id: {cypher_value(record['id'])}}}){_set('a', props)};")
    for record in article_records(G):
        props = {k: v for k, v in record.items() if k != "id"}
        lines.append(f"MERGE (a:Article {{id: {cypher_value(record['id'])}}}){_set('a', props)};")
    for record in relation_records(G, with_rid=True):
        rel_type = RelationType.parse(record.pop("type"))
        source, target, rid = record.pop("source"), record.pop("target"), record.pop("rid")
        lines.append(
            f"MATCH (a:Actor {{id: {cypher_value(source)}}}) MATCH (b:Actor {{id: {cypher_value(target)}}}) "
            f"MERGE (a)-[r:`{rel_type.value}` {{rid: {cypher_value(rid)}}}]->(b){_set('r', record)};"
        )
    return "\n".join(lines) + "\n"


def split_statements(script: str) -> list[str]:
    """The statements of a script ``cypher_script`` wrote, without comments or the final ``;``."""
    return [line.rstrip().removesuffix(";") for line in script.splitlines()
            if line.strip() and not line.lstrip().startswith("//")]


def cypher_value(value: Any) -> str:
    """A Cypher literal for a string, number, boolean, None or list of those."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"the number {value!r} cannot be written as a Cypher literal")
        return repr(value).replace("e+", "e")
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    raise ExportError(f"cannot write a {type(value).__name__} as a Cypher literal")


def _string(text: str) -> str:
    out = ["'"]
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:  # Cypher has no \U escape: a UTF-16 surrogate pair, as Java strings hold it
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
    out.append("'")
    return "".join(out)


def _set(var: str, props: dict[str, Any]) -> str:
    assignments = _assignments(var, props)
    return f" SET {', '.join(assignments)}" if assignments else ""


def _assignments(var: str, props: dict[str, Any]) -> Iterable[str]:
    # Property names come from the fixed record keys of graph.export.records, never from data.
    return [f"{var}.{name} = {cypher_value(value)}" for name, value in props.items() if value is not None]
