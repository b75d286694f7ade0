"""GraphML through networkx's writer: for Gephi, yEd, Cytoscape and networkx itself.

Attributes as ``graph.export.xmlattrs`` encodes them: lists as JSON text, None left out, a
``label`` on every node (actor name) and edge (relation type), the edge id is the merge key.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from graph.errors import InputError
from graph.export.xmlattrs import flatten, unflatten

__all__ = ["graphml_bytes", "read_graphml"]


def graphml_bytes(G: nx.MultiDiGraph) -> bytes:
    """The snapshot as a GraphML document (UTF-8)."""
    buffer = io.BytesIO()
    # Default key ids (d0, d1 ...): node and edge both have a "label", and key ids must be unique.
    nx.write_graphml(flatten(G), buffer, encoding="utf-8")
    return buffer.getvalue()


def read_graphml(path: Path | io.BytesIO) -> nx.MultiDiGraph:
    """A snapshot-shaped graph from a GraphML file that ``graphml_bytes`` wrote."""
    try:
        H = nx.read_graphml(path, force_multigraph=True)
    except (nx.NetworkXError, OSError, SyntaxError) as err:
        raise InputError(f"{path}: not a GraphML file stategraph can read: {err}") from err
    return unflatten(H)
