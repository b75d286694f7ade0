"""CSV in the layout ``neo4j-admin database import full`` reads: two node files, one relationship file.

``actors.csv``     ``id:ID(Actor),:LABEL,kind,name,aliases:string[],pagerank:float,...``
``articles.csv``   ``id:ID(Article),:LABEL,url,title,outlet,published``
``relations.csv``  ``:START_ID(Actor),:END_ID(Actor),:TYPE,rid,status,attributed_to:string[],...``

Strings are always quoted (``"`` doubled inside), so an empty string stays an empty string; an
empty unquoted field is a missing value (None, or an empty list). Arrays use neo4j-admin's
default ``;`` delimiter, so an array item holding ``;`` cannot be written (ExportError).
Sentences may hold newlines: import with ``--multiline-fields=true``. Import with::

    neo4j-admin database import full --nodes=actors.csv --nodes=articles.csv \\
        --relationships=relations.csv --multiline-fields=true neo4j
"""

from __future__ import annotations

from typing import Any, Sequence

import networkx as nx

from graph.errors import ExportError
from graph.export.records import actor_records, article_records, relation_records
from graph.store.base import ANALYTIC_PROPERTIES

__all__ = ["ARRAY_DELIMITER", "CSV_FILES", "csv_tables"]

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
