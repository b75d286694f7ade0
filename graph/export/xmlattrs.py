"""Attributes that GraphML and GEXF can carry: flat scalars, lists JSON-encoded, None dropped.

Both formats hold only strings, numbers and booleans per attribute, so a list (``aliases``,
``attributed_to``) is written as its JSON text (``["USA", "GBR"]``: unambiguous whatever the
items contain, and read back by ``json.loads``); an attribute that is None is left out, which
both formats read as "no value". The article table travels as one JSON graph attribute.
Every node and edge also gets a ``label`` (actor name, relation type) for display.
"""

from __future__ import annotations

import json
import re
from typing import Any

import networkx as nx

from graph.errors import ExportError
from graph.export.records import actor_records, article_records, relation_records
from graph.snapshot import RELATION_FIELDS
from graph.model import RelationType

__all__ = ["LIST_ATTRIBUTES", "flatten", "unflatten"]

#: Attributes that hold lists, JSON-encoded in XML formats.
LIST_ATTRIBUTES = ("aliases", "attributed_to")

# Characters XML 1.0 cannot hold at all; a carriage return would be read back as a newline.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def flatten(G: nx.MultiDiGraph, *, relation_key: str = "type") -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes XML can carry; the relation type under ``relation_key``.

    Edges keep their merge key (``rid``) as the edge id; nodes and edges are in sorted order so
    that two exports of the same store are identical.
    """
    H = nx.MultiDiGraph()
    H.graph["articles"] = _text(json.dumps(article_records(G), ensure_ascii=False), "the article table")
    for record in actor_records(G):
        node = record.pop("id")
        attrs = {"label": record["name"], **record}
        H.add_node(node, **_encode(attrs, f"actor {node}"))
    for record in relation_records(G, with_rid=True):
        u, v, rid = record.pop("source"), record.pop("target"), record.pop("rid")
        rel_type = record.pop("type")
        attrs = {"label": rel_type, relation_key: rel_type, "family": RelationType(rel_type).family.value, **record}
        H.add_edge(u, v, key=rid, **_encode(attrs, f"relation {u} {rel_type} {v} ({rid})"))
    return H


def unflatten(H: nx.MultiDiGraph, *, relation_key: str = "type") -> nx.MultiDiGraph:
    """The snapshot shape back from a graph read from GraphML or GEXF written by ``flatten``."""
    G = nx.MultiDiGraph()
    articles = json.loads(H.graph.get("articles") or "[]")
    G.graph["articles"] = {a["id"]: a for a in articles}
    for node, data in H.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k not in ("label", "id")}
        attrs["aliases"] = json.loads(attrs.get("aliases") or "[]")
        G.add_node(node, **attrs)
    for u, v, key, data in H.edges(keys=True, data=True):
        attrs: dict[str, Any] = {k: data.get(k) for k in RELATION_FIELDS if k != "type"}
        attrs["type"] = data[relation_key]
        attrs["family"] = data.get("family")
        attrs["attributed_to"] = json.loads(data.get("attributed_to") or "[]")
        G.add_edge(u, v, key=key, **attrs)
    return G


def _encode(attrs: dict[str, Any], what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = json.dumps(list(value), ensure_ascii=False)
        if isinstance(value, str):
            value = _text(value, f"{what}, {name}")
        out[name] = value
    return out


def _text(value: str, what: str) -> str:
    bad = _XML_ILLEGAL.search(value)
    if bad:
        raise ExportError(
            f"{what}: the character U+{ord(bad.group()):04X} cannot be written to XML; "
            "export as json, csv or cypher instead"
        )
    return value
