"""Blocs: a partition of the signed graph with positive ties inside and negative ties between.

This is correlation clustering: minimise the frustration, the summed |weight| of positive edges
between blocs and negative edges inside them. A local search in the style of Kernighan–Lin
and Louvain: start from singletons, move each actor (in a seeded random order) to the bloc
where its net tie weight is highest (a fresh bloc when every bloc repels it), merge blocs whose
mutual ties are net positive, repeat until nothing improves; keep the best of a few seeded
restarts. The number of blocs is found, not given. Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

import networkx as nx

from graph.analytics.aggregate import signed_graph
from graph.errors import EmptyGraphError

__all__ = ["BlocPartition", "blocs", "frustration"]

_EPS = 1e-9


@dataclass(slots=True)
class BlocPartition:
    """Blocs (largest first; the index is the bloc id), who is in which, and how well it fits.

    ``unplaced`` lists actors without any signed tie. ``frustrated_share`` is the share of
    signed pairs that contradict the partition; ``frustrated_weight_share`` weighs them by |weight|.
    """

    blocs: list[list[str]]
    membership: dict[str, int]
    unplaced: list[str] = field(default_factory=list)
    edges: int = 0
    frustrated: int = 0
    frustrated_share: float = 0.0
    frustrated_weight_share: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def frustration(S: nx.Graph, membership: dict[str, int]) -> tuple[int, float, int, float]:
    """``(frustrated, frustrated_weight, edges, total_weight)`` of a partition of a signed graph.

    >>> S = nx.Graph([("A", "B", {"weight": 1.0}), ("A", "C", {"weight": -2.0})])
    >>> frustration(S, {"A": 0, "B": 0, "C": 0})
    (1, 2.0, 2, 3.0)
    """
    count, weight, edges, total = 0, 0.0, 0, 0.0
    for u, v, w in S.edges(data="weight"):
        if w == 0 or u not in membership or v not in membership:
            continue
        edges += 1
        total += abs(w)
        same = membership[u] == membership[v]
        if (w > 0) != same:
            count += 1
            weight += abs(w)
    return count, weight, edges, total


def blocs(
    G: nx.MultiDiGraph | nx.Graph,
    statuses: Iterable[str] | None = None,
    *,
    seed: int = 0,
    restarts: int = 3,
    max_rounds: int = 30,
) -> BlocPartition:
    """Partition the actors with signed ties into blocs.

    ``G`` is a snapshot, or an undirected signed graph (edge attribute ``weight``) such as
    ``signed_graph`` returns.

    >>> S = nx.Graph([("A", "B", {"weight": 1}), ("C", "D", {"weight": 1}), ("A", "C", {"weight": -1}),
    ...               ("B", "D", {"weight": -1})])
    >>> p = blocs(S)
    >>> p.blocs, p.frustrated
    ([['A', 'B'], ['C', 'D']], 0)
    """
    S = signed_graph(G, statuses) if G.is_directed() else G
    nodes = sorted(n for n in S.nodes if S.degree(n) > 0)
    if not nodes:
        raise EmptyGraphError("no signed ties to partition (only neutral relations, or none)")
    index = {n: i for i, n in enumerate(nodes)}
    adj: list[list[tuple[int, float]]] = [[] for _ in nodes]
    for u, v, w in S.edges(data="weight"):
        if w and u != v:
            adj[index[u]].append((index[v], float(w)))
            adj[index[v]].append((index[u], float(w)))
    best = _search(adj, random.Random(seed * 1_000_003), max_rounds)
    best_cost = _cost(adj, best)
    for r in range(1, restarts):
        labels = _search(adj, random.Random(seed * 1_000_003 + r), max_rounds)
        cost = _cost(adj, labels)
        if cost < best_cost - _EPS:
            best, best_cost = labels, cost
    groups: dict[int, list[str]] = {}
    for i, label in enumerate(best):
        groups.setdefault(label, []).append(nodes[i])
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    membership = {a: b for b, group in enumerate(ordered) for a in group}
    count, weight, edges, total = frustration(S, membership)
    return BlocPartition(
        blocs=ordered,
        membership=membership,
        unplaced=sorted(n for n in S.nodes if n not in index),
        edges=edges,
        frustrated=count,
        frustrated_share=count / edges if edges else 0.0,
        frustrated_weight_share=weight / total if total else 0.0,
    )


def _search(adj: list[list[tuple[int, float]]], rng: random.Random, max_rounds: int) -> list[int]:
    n = len(adj)
    labels = list(range(n))
    sizes = [1] * n + [0] * n
    fresh = n
    order = list(range(n))
    for _ in range(max_rounds):
        changed = False
        rng.shuffle(order)
        moved = True
        passes = 0
        while moved and passes < max_rounds:
            moved, passes = False, passes + 1
            for i in order:
                pull: dict[int, float] = {}
                for j, w in adj[i]:
                    b = labels[j]
                    pull[b] = pull.get(b, 0.0) + w
                cur = labels[i]
                stay = pull.get(cur, 0.0)
                target, score = cur, stay
                for b, s in pull.items():
                    if s > score + _EPS:
                        target, score = b, s
                if score < -_EPS and sizes[cur] > 1:
                    if fresh >= len(sizes):
                        sizes.extend([0] * n)
                    target, fresh = fresh, fresh + 1
                if target != cur:
                    sizes[cur] -= 1
                    sizes[target] += 1
                    labels[i] = target
                    moved = changed = True
        if _merge(adj, labels, sizes):
            changed = True
        if not changed:
            break
    return labels


def _merge(adj: list[list[tuple[int, float]]], labels: list[int], sizes: list[int]) -> bool:
    """Merge pairs of blocs whose ties to each other are net positive, strongest first."""
    between: dict[tuple[int, int], float] = {}
    for i, row in enumerate(adj):
        a = labels[i]
        for j, w in row:
            b = labels[j]
            if a < b:
                between[(a, b)] = between.get((a, b), 0.0) + w
    taken: set[int] = set()
    into: dict[int, int] = {}
    for (a, b), w in sorted(between.items(), key=lambda kv: (-kv[1], kv[0])):
        if w <= _EPS:
            break
        if a in taken or b in taken:
            continue
        taken.update((a, b))
        into[b] = a
    for i, label in enumerate(labels):
        if label in into:
            labels[i] = into[label]
            sizes[into[label]] += 1
            sizes[label] -= 1
    return bool(into)


def _cost(adj: list[list[tuple[int, float]]], labels: list[int]) -> float:
    cost = 0.0
    for i, row in enumerate(adj):
        for j, w in row:
            if i < j and (w > 0) != (labels[i] == labels[j]):
                cost += abs(w)
    return cost
