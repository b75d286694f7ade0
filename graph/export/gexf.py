"""GEXF 1.2 through networkx's writer: Gephi's own format.

GEXF reserves the edge attribute ``type`` for direction, so the relation type travels as
``relation`` (and as the edge ``label``); the edge ``weight`` is the relation's confidence, which
Gephi uses for layout and filtering. Lists are JSON text and None is left out, as in GraphML.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from graph.errors import InputError
from graph.export.xmlattrs import flatten, unflatten

__all__ = ["gexf_bytes", "read_gexf"]

_RELATION_KEY = "relation"


def gexf_bytes(G: nx.MultiDiGraph) -> bytes:
    """The snapshot as a GEXF 1.2 document (UTF-8)."""
    H = flatten(G, relation_key=_RELATION_KEY)
    for _, _, key, data in H.edges(keys=True, data=True):
        data["id"] = key
        if "confidence" in data:
            data["weight"] = data["confidence"]
    H.graph.pop("articles")  # GEXF has no graph attributes; articles are named on each edge.
    buffer = io.BytesIO()
    nx.write_gexf(H, buffer, encoding="utf-8", version="1.2draft")
    return buffer.getvalue()


def read_gexf(path: Path | io.BytesIO) -> nx.MultiDiGraph:
    """A snapshot-shaped graph (without the article table) from a GEXF file ``gexf_bytes`` wrote."""
    try:
        H = nx.read_gexf(path, node_type=str)
    except (nx.NetworkXError, OSError, SyntaxError) as err:
        raise InputError(f"{path}: not a GEXF file stategraph can read: {err}") from err
    if not H.is_multigraph():
        H = nx.MultiDiGraph(H)
    for _, _, data in H.edges(data=True):
        data.pop("weight", None)
    return unflatten(H, relation_key=_RELATION_KEY)
