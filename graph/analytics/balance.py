"""Structural balance (Heider; Cartwright and Harary): in a balanced triangle the friend of a
friend is a friend and the enemy of an enemy is a friend, i.e. the product of its three signs
is positive. Triangles are those of the undirected signed pair graph (``signed_graph``).

Counting is exact and uses sparse matrix products on the ties oriented by degree (each
triangle counted once, its value the product of its signs), row block by row block, so it
scales to a million pairs without listing every triangle. The most unbalanced triads are found exactly by listing triangles only among the
strongest ties: a triad's strength is its weakest |weight|, so every triad stronger than the
weakest tie kept lies wholly inside the kept ties; the kept set doubles until it holds enough.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

import networkx as nx
import numpy as np
from scipy import sparse

from graph.analytics.aggregate import signed_graph
from graph.errors import EmptyGraphError

__all__ = ["BalanceReport", "Triad", "balance"]

_ROW_BLOCK = 2048


@dataclass(slots=True)
class Triad:
    """Three actors, the net weight of each of their ties (a-b, a-c, b-c) and the weakest |weight|."""

    actors: tuple[str, str, str]
    weights: tuple[float, float, float]
    strength: float

    @property
    def balanced(self) -> bool:
        a, b, c = self.weights
        return a * b * c > 0

    def to_json(self) -> dict[str, Any]:
        return {"actors": list(self.actors), "weights": list(self.weights), "strength": self.strength,
                "balanced": self.balanced}


@dataclass(slots=True)
class BalanceReport:
    """Signed triangle counts. ``by_negatives[k]`` counts triangles with k negative ties
    (0 and 2 are balanced, 1 and 3 are not)."""

    triangles: int
    balanced: int
    unbalanced: int
    balanced_share: float
    by_negatives: dict[int, int] = field(default_factory=dict)
    most_unbalanced: list[Triad] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["most_unbalanced"] = [t.to_json() for t in self.most_unbalanced]
        return data


def balance(G: nx.MultiDiGraph | nx.Graph, statuses: Iterable[str] | None = None, *, top: int = 10) -> BalanceReport:
    """Share of balanced triangles and the ``top`` strongest unbalanced triads.

    ``G`` is a snapshot, or an undirected signed graph (edge attribute ``weight``).

    >>> S = nx.Graph([("A", "B", {"weight": 1}), ("B", "C", {"weight": 1}), ("A", "C", {"weight": -1})])
    >>> r = balance(S)
    >>> r.triangles, r.balanced, r.most_unbalanced[0].actors
    (1, 0, ('A', 'B', 'C'))
    """
    S = signed_graph(G, statuses) if G.is_directed() else G
    edges = [(u, v, float(w)) for u, v, w in S.edges(data="weight") if w and u != v]
    if not edges:
        raise EmptyGraphError("no signed ties to check for balance (only neutral relations, or none)")
    counts = _count_by_negatives(S.nodes, edges)
    balanced = counts[0] + counts[2]
    total = sum(counts.values())
    return BalanceReport(
        triangles=total,
        balanced=balanced,
        unbalanced=total - balanced,
        balanced_share=balanced / total if total else 0.0,
        by_negatives=counts,
        most_unbalanced=_strongest_unbalanced(edges, top) if top > 0 and counts[1] + counts[3] else [],
    )


def _count_by_negatives(nodes: Iterable[str], edges: list[tuple[str, str, float]]) -> dict[int, int]:
    index = {n: i for i, n in enumerate(nodes)}
    n = len(index)
    rows = np.fromiter((index[u] for u, _, _ in edges), dtype=np.int64, count=len(edges))
    cols = np.fromiter((index[v] for _, v, _ in edges), dtype=np.int64, count=len(edges))
    signs = np.fromiter((1 if w > 0 else -1 for _, _, w in edges), dtype=np.int64, count=len(edges))
    # Orient each tie from the lower- to the higher-degree actor: every triangle is then the
    # one path u->v->w closed by u->w, and no actor has more than sqrt(2m) out-ties, so the
    # products stay near O(m^1.5) even with hubs tied to everyone.
    degree = np.bincount(rows, minlength=n) + np.bincount(cols, minlength=n)
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), degree))] = np.arange(n)
    forward = rank[rows] < rank[cols]
    lo, hi = np.where(forward, rows, cols), np.where(forward, cols, rows)

    def oriented(values: np.ndarray, mask: np.ndarray | None = None) -> sparse.csr_matrix:
        if mask is not None:
            return sparse.csr_matrix((values[mask], (lo[mask], hi[mask])), shape=(n, n))
        return sparse.csr_matrix((values, (lo, hi)), shape=(n, n))

    def closed(X: sparse.csr_matrix) -> int:
        total = 0
        for start in range(0, n, _ROW_BLOCK):
            block = X[start:start + _ROW_BLOCK]
            total += int((block @ X).multiply(block).sum())
        return total

    ones = np.ones(len(edges), dtype=np.int64)
    everything = closed(oriented(ones))          # t0 + t1 + t2 + t3
    signed = closed(oriented(signs))             # t0 - t1 + t2 - t3 (product of signs)
    t0 = closed(oriented(ones, signs > 0))
    t3 = closed(oriented(ones, signs < 0))
    t1 = (everything - signed) // 2 - t3
    return {0: t0, 1: t1, 2: everything - t0 - t1 - t3, 3: t3}


def _strongest_unbalanced(edges: list[tuple[str, str, float]], top: int) -> list[Triad]:
    ordered = sorted(edges, key=lambda e: -abs(e[2]))
    keep = min(len(ordered), max(1000, 50 * top))
    while True:
        threshold = abs(ordered[keep - 1][2])
        while keep < len(ordered) and abs(ordered[keep][2]) == threshold:
            keep += 1
        found = _unbalanced_triangles(ordered[:keep])
        if len(found) >= top or keep == len(ordered):
            break
        keep = min(len(ordered), keep * 2)
    found.sort(key=lambda t: (-t.strength, -sum(map(abs, t.weights)), t.actors))
    return found[:top]


def _unbalanced_triangles(edges: list[tuple[str, str, float]]) -> list[Triad]:
    adj: dict[str, dict[str, float]] = {}
    for u, v, w in edges:
        adj.setdefault(u, {})[v] = w
        adj.setdefault(v, {})[u] = w
    rank = {n: (len(nbrs), n) for n, nbrs in adj.items()}
    out: list[Triad] = []
    for u, nbrs in adj.items():
        higher = {v for v in nbrs if rank[v] > rank[u]}
        for v in higher:
            for x in higher & adj[v].keys():
                if rank[x] <= rank[v]:
                    continue
                a, b, c = sorted((u, v, x))
                wab, wac, wbc = adj[a][b], adj[a][c], adj[b][c]
                if wab * wac * wbc < 0:
                    out.append(Triad((a, b, c), (wab, wac, wbc), min(abs(wab), abs(wac), abs(wbc))))
    return out
