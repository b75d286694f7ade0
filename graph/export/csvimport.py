"""CSV in the layout ``neo4j-admin database import full`` reads: two node files, one relationship file.

``actors.csv``     ``id:ID(Actor),:LABEL,kind,name,aliases:string[],pagerank:float,...``
``articles.csv``   ``id:ID(Article),:LABEL,url,title,outlet,published``
``relations.csv``  ``:START_ID(Actor),:END_ID(Actor),:TYPE,rid,status,attributed_to:string[],...``

Strings are always quoted (``"`` doubled inside), so an empty string stays an empty string; an
empty unquoted field is a missing value (None, or an empty list). Arrays use neo4j-admin's
default ``;`` delimiter, so an array item holding ``;`` cannot be written (ExportError).
Sentences may hold newlines: import with ``--multiline-fields=true``. ``read_csv_tables`` reads the three files back the way neo4j-admin does (typed columns, arrays
split, an empty unquoted field absent), for checking an export or loading it into networkx.
Import into Neo4j with::

    neo4j-admin database import full --nodes=actors.csv --nodes=articles.csv \\
        --relationships=relations.csv --multiline-fields=true neo4j
"""

from __future__ import annotations

from typing import Any, Sequence

import networkx as nx

from graph.errors import ExportError, InputError
from graph.export.records import ARTICLE_KEYS, actor_records, article_records, relation_records
from graph.model import RelationType
from graph.store.base import ANALYTIC_PROPERTIES

__all__ = ["ARRAY_DELIMITER", "CSV_FILES", "csv_tables", "read_csv_tables"]

ARRAY_DELIMITER = ";"
CSV_FILES = ("actors.csv", "articles.csv", "relations.csv")

_NEO4J_TYPES = {float: "float", int: "int"}
# (record key, header) per column; the header carries neo4j-admin's type.
_ACTOR_COLUMNS = (
    ("id", "id:ID(Actor)"), (None, ":LABEL"), ("kind", "kind"), ("name", "name"), ("aliases", "aliases:string[]"),
    *((name, f"{name}:{_NEO4J_TYPES[t]}") for name, t in ANALYTIC_PROPERTIES.items()),
)
_ARTICLE_COLUMNS = (
    ("id", "id:ID(Article)"), (None, ":LABEL"), ("url", "url"), ("title", "title"),
    ("outlet", "outlet"), ("published", "published"),
)
_RELATION_COLUMNS = (
    ("source", ":START_ID(Actor)"), ("target", ":END_ID(Actor)"), ("type", ":TYPE"), ("rid", "rid"),
    ("status", "status"), ("attributed_to", "attributed_to:string[]"), ("mode", "mode"),
    ("confidence", "confidence:float"), ("article", "article"), ("sentence", "sentence"),
    ("char_start", "char_start:int"), ("char_end", "char_end:int"), ("published", "published"),
)


def csv_tables(G: nx.MultiDiGraph) -> dict[str, str]:
    """``{file name: CSV text}`` for the three files of ``CSV_FILES``."""
    return {
        "actors.csv": _table(_ACTOR_COLUMNS, actor_records(G), "Actor"),
        "articles.csv": _table(_ARTICLE_COLUMNS, article_records(G), "Article"),
        "relations.csv": _table(_RELATION_COLUMNS, relation_records(G, with_rid=True), None),
    }


def _table(columns: Sequence[tuple[str | None, str]], records: list[dict[str, Any]], label: str | None) -> str:
    lines = [",".join(header for _, header in columns)]
    for record in records:
        cells = []
        for key, header in columns:
            value = label if key is None else record.get(key)
            cells.append(_cell(value, f"{header} of {record.get('id') or record.get('rid')}"))
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def _cell(value: Any, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return ""
        items = [str(v) for v in value]
        for item in items:
            if ARRAY_DELIMITER in item:
                raise ExportError(
                    f"{what}: the array item {item!r} holds the array delimiter {ARRAY_DELIMITER!r}; "
                    "export as json or cypher instead"
                )
        return _quote(ARRAY_DELIMITER.join(items))
    return _quote(str(value))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def read_csv_tables(tables: dict[str, str]) -> nx.MultiDiGraph:
    """A snapshot-shaped graph from ``{file name: CSV text}`` as ``csv_tables`` writes it."""
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    for record in _records(tables["articles.csv"]):
        record.pop(":LABEL", None)
        G.graph["articles"][record["id"]] = {k: record.get(k) for k in ARTICLE_KEYS}
    for record in _records(tables["actors.csv"]):
        record.pop(":LABEL", None)
        G.add_node(record.pop("id"), **{"aliases": [], **record})
    for record in _records(tables["relations.csv"]):
        source, target = record.pop(":START_ID"), record.pop(":END_ID")
        record["type"] = record.pop(":TYPE")
        record.setdefault("attributed_to", [])
        record["family"] = RelationType.parse(record["type"]).family.value
        G.add_edge(source, target, key=record.pop("rid"), **record)
    return G


def _records(text: str) -> list[dict[str, Any]]:
    """Typed records of one file; a header ``name:ID(group)`` or ``:START_ID(group)`` keeps its name."""
    header, *rows = _split_rows(text)
    columns = []
    for name, _ in header:
        prop, _, kind = name.partition(":")
        kind = kind.split("(")[0]
        columns.append((prop if prop else f":{kind}", kind))
    records = []
    for row in rows:
        record: dict[str, Any] = {}
        for (prop, kind), (value, quoted) in zip(columns, row):
            if value == "" and not quoted:
                continue
            if kind == "float":
                record[prop] = float(value)
            elif kind == "int":
                record[prop] = int(value)
            elif kind == "string[]":
                record[prop] = value.split(ARRAY_DELIMITER)
            else:
                record[prop] = value
        records.append(record)
    return records


def _split_rows(text: str) -> list[list[tuple[str, bool]]]:
    """Rows of ``(value, quoted)`` cells; a quoted cell may hold commas, newlines and doubled quotes."""
    rows: list[list[tuple[str, bool]]] = []
    row: list[tuple[str, bool]] = []
    cell: list[str] = []
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"' and not cell and not quoted:
            end = i + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    raise InputError("a quoted CSV field is never closed")
                if text[end + 1:end + 2] != '"':
                    break
                end += 2
            cell.append(text[i + 1:end].replace('""', '"'))
            quoted, i = True, end + 1
            continue
        if ch in ",\n":
            row.append(("".join(cell), quoted))
            cell, quoted = [], False
            if ch == "\n":
                rows.append(row)
                row = []
        else:
            cell.append(ch)
        i += 1
    if cell or row:
        row.append(("".join(cell), quoted))
        rows.append(row)
    return rows
