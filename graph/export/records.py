"""The snapshot as ordered, sorted records: the one reading of a graph that every writer shares.

Key order and sort order are fixed here so that every format lists the same things the same
way, and two exports of the same store are identical.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.model import RelationType
from graph.store.base import ANALYTIC_PROPERTIES

__all__ = ["ACTOR_KEYS", "ARTICLE_KEYS", "RELATION_KEYS", "actor_records", "article_records", "relation_records"]

#: Actor keys in dump order; analytic properties (``ANALYTIC_PROPERTIES``) follow when set.
ACTOR_KEYS = ("id", "kind", "name", "aliases")
ARTICLE_KEYS = ("id", "url", "title", "outlet", "published")
#: The codebook's order for one relation.
RELATION_KEYS = (
    "source", "type", "target", "status", "attributed_to", "mode", "confidence",
    "sentence", "article", "char_start", "char_end", "published",
)


def actor_records(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One record per node, sorted by id; analytic properties only where they are set."""
    records = []
    for node in sorted(G.nodes):
        data = G.nodes[node]
        record: dict[str, Any] = {
            "id": node,
            "kind": data.get("kind") or "organization",
            "name": data.get("name") or node,
            "aliases": [str(a) for a in data.get("aliases") or []],
        }
        for name, cast in ANALYTIC_PROPERTIES.items():
            if data.get(name) is not None:
                record[name] = cast(data[name])
        records.append(record)
    return records


def article_records(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One record per article of ``G.graph["articles"]``, sorted by id."""
    articles = G.graph.get("articles") or {}
    return [{k: (articles[a].get(k) if k != "id" else a) for k in ARTICLE_KEYS} for a in sorted(articles)]


def relation_records(G: nx.MultiDiGraph, *, with_rid: bool = False) -> list[dict[str, Any]]:
    """One record per edge, sorted by article, position in it, then the claim itself.

    With ``with_rid`` each record ends with ``rid``, the edge's merge key.
    """
    records = []
    for u, v, key, data in G.edges(keys=True, data=True):
        record: dict[str, Any] = {"source": u, "type": RelationType.parse(data["type"]).value, "target": v}
        for name in RELATION_KEYS[3:]:
            record[name] = data.get(name)
        record["attributed_to"] = list(record["attributed_to"] or [])
        if record["confidence"] is not None:
            record["confidence"] = float(record["confidence"])
        for name in ("article", "sentence"):
            record[name] = record[name] or ""
        if with_rid:
            record["rid"] = key
        records.append(record)
    records.sort(key=_relation_order)
    return records


def _relation_order(r: dict[str, Any]) -> tuple[Any, ...]:
    start = r["char_start"]
    return (r["article"], start is None, start or 0, r["source"], r["type"], r["target"], r["status"], r["sentence"])
