"""The snapshot folded into pair graphs: one weighted edge per ordered pair, or one signed
edge per unordered pair. Centrality, blocs, balance, ego networks and paths work on these.
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from graph.analytics.filters import iter_relations
from graph.analytics.weights import Weights, load_weights
from graph.errors import EmptyGraphError

__all__ = ["aggregate", "signed_graph"]


def aggregate(G: nx.MultiDiGraph, statuses: Iterable[str] | None = None, weights: Weights | None = None) -> nx.DiGraph:
    """One edge per ordered pair with ``count`` (relations), ``weight`` (summed Goldstein
    weight), ``abs_weight`` (summed absolute weight) and ``families`` ({family: count}).

    Every actor of the snapshot stays a node. Raises EmptyGraphError when no relation counts.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("RUS", "ATTACKS", "UKR")])
    >>> aggregate(G)["RUS"]["UKR"]["weight"]
    -10.0
    """
    table = weights or load_weights()
    value = {t: w.weight for t, w in table.items()}
    pairs: dict[tuple[str, str], list] = {}
    for u, v, d in iter_relations(G, statuses):
        acc = pairs.get((u, v))
        if acc is None:
            acc = pairs[(u, v)] = [0, 0.0, 0.0, {}]
        w = value[d["type"]]
        acc[0] += 1
        acc[1] += w
        acc[2] += abs(w)
        fam = acc[3]
        fam[d["family"]] = fam.get(d["family"], 0) + 1
    if not pairs:
        raise EmptyGraphError(_EMPTY)
    A = nx.DiGraph()
    A.add_nodes_from(G.nodes)
    A.add_edges_from(
        (u, v, {"count": c, "weight": w, "abs_weight": a, "families": f}) for (u, v), (c, w, a, f) in pairs.items()
    )
    return A


def signed_graph(G: nx.MultiDiGraph, statuses: Iterable[str] | None = None, weights: Weights | None = None) -> nx.Graph:
    """One undirected edge per pair of actors with a net tone: ``weight`` is the sum over both
    directions of sign(type) * |weight(type)|, ``sign`` is +1 or -1. Types with sign 0
    (REQUESTS), self-loops and pairs whose tone cancels out are left out.

    Directions are folded because Heider balance and bloc partitions are about who stands with
    whom, not who acted first. Raises EmptyGraphError when no relation counts.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("RUS", "ATTACKS", "UKR"), Relation("UKR", "ACCUSES", "RUS")])
    >>> signed_graph(G)["RUS"]["UKR"]
    {'weight': -12.0, 'sign': -1}
    """
    table = weights or load_weights()
    value = {t: w.sign * abs(w.weight) for t, w in table.items()}
    net: dict[tuple[str, str], float] = {}
    seen = False
    for u, v, d in iter_relations(G, statuses):
        seen = True
        w = value[d["type"]]
        if w == 0 or u == v:
            continue
        key = (u, v) if u < v else (v, u)
        net[key] = net.get(key, 0.0) + w
    if not seen:
        raise EmptyGraphError(_EMPTY)
    S = nx.Graph()
    S.add_nodes_from(G.nodes)
    S.add_edges_from((u, v, {"weight": w, "sign": 1 if w > 0 else -1}) for (u, v), w in net.items() if w != 0)
    return S


_EMPTY = "no relations to analyse (widen --since/--until, --status or --types)"
