"""Ego networks and shortest paths on the pair graph (one edge per ordered pair)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any, Iterable

import networkx as nx

from graph.analytics.aggregate import aggregate
from graph.errors import EmptyGraphError, QueryError, ValidationError

__all__ = ["EgoNetwork", "ego_network", "shortest_paths"]


@dataclass(slots=True)
class EgoNetwork:
    """The actors within ``radius`` hops of ``center`` (with their distance) and the pair
    edges among them: ``{source, target, relations, weight}``."""

    center: str
    radius: int
    distances: dict[str, int] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _pairs(G: nx.MultiDiGraph | nx.DiGraph, statuses: Iterable[str] | None, *actors: str) -> nx.DiGraph:
    if G.number_of_nodes() == 0:
        raise EmptyGraphError("the graph has no actors")
    for actor in actors:
        if actor not in G:
            raise QueryError(f"unknown actor {actor!r}")
    if not G.is_multigraph():
        return G
    try:
        return aggregate(G, statuses)
    except EmptyGraphError:
        A = nx.DiGraph()
        A.add_nodes_from(G.nodes)
        return A


def ego_network(
    G: nx.MultiDiGraph | nx.DiGraph, actor: str, radius: int = 1, statuses: Iterable[str] | None = None
) -> EgoNetwork:
    """Who is within ``radius`` hops of ``actor``, in either direction.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("PRK", "SUPPLIES", "RUS"), Relation("RUS", "ATTACKS", "UKR")])
    >>> ego_network(G, "PRK", 1).distances
    {'PRK': 0, 'RUS': 1}
    """
    if radius < 0:
        raise ValidationError(f"radius must be 0 or more, got {radius}")
    A = _pairs(G, statuses, actor)
    reach = nx.single_source_shortest_path_length(A.to_undirected(as_view=True), actor, cutoff=radius)
    distances = dict(sorted(reach.items(), key=lambda kv: (kv[1], kv[0])))
    edges = [
        {"source": u, "target": v, "relations": d["count"], "weight": d["weight"]}
        for u, v, d in A.subgraph(distances).edges(data=True)
    ]
    return EgoNetwork(actor, radius, distances, sorted(edges, key=lambda e: (e["source"], e["target"])))


def shortest_paths(
    G: nx.MultiDiGraph | nx.DiGraph,
    source: str,
    target: str,
    statuses: Iterable[str] | None = None,
    *,
    directed: bool = False,
    limit: int = 10,
) -> list[list[str]]:
    """Up to ``limit`` shortest paths (fewest hops) from ``source`` to ``target``, in name
    order; ``[]`` when they are not connected. Undirected unless ``directed``.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("PRK", "SUPPLIES", "RUS"), Relation("UKR", "ACCUSES", "RUS")])
    >>> shortest_paths(G, "PRK", "UKR"), shortest_paths(G, "PRK", "UKR", directed=True)
    ([['PRK', 'RUS', 'UKR']], [])
    """
    if limit < 1:
        raise ValidationError(f"limit must be 1 or more, got {limit}")
    A = _pairs(G, statuses, source, target)
    view = A if directed else A.to_undirected(as_view=True)
    try:
        paths = list(islice(nx.all_shortest_paths(view, source, target), limit * 100))
    except nx.NetworkXNoPath:
        return []
    return sorted(paths)[:limit]
