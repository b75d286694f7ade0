"""Blocs: a partition of the signed graph with positive ties inside and negative ties between.

This is correlation clustering: minimise the frustration, the summed |weight| of positive edges
between blocs and negative edges inside them. A multilevel local search in the style of
Kernighan–Lin and Louvain/Leiden: start from singletons, move each actor (in a seeded random
order, then revisiting only the neighbours of actors that moved) to the bloc where its net tie
weight is highest (a fresh bloc when every bloc repels it); fold each bloc into one node and
move those, which merges blocs whose mutual ties are net positive; repeat until nothing
improves, then refine actor by actor; keep the best of a few seeded
restarts. The number of blocs is found, not given. Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
from collections import deque
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
    max_levels: int = 30,
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
    best = _search(adj, random.Random(seed * 1_000_003), max_levels)
    best_cost = _cost(adj, best)
    for r in range(1, restarts):
        labels = _search(adj, random.Random(seed * 1_000_003 + r), max_levels)
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


def _search(adj: list[list[tuple[int, float]]], rng: random.Random, max_levels: int) -> list[int]:
    """Multilevel local search (as in Louvain): move actors, fold each bloc into one node, move
    those (a move of a folded node merges or shifts a whole bloc), and so on; then refine once
    more actor by actor. Every move lowers the frustration, so it ends."""
    n = len(adj)
    labels = list(range(n))
    level = adj
    for _ in range(max_levels):
        moved = _move(level, list(range(len(level))), rng)
        renumber: dict[int, int] = {}
        for label in moved:
            renumber.setdefault(label, len(renumber))
        if len(renumber) == len(level):
            break
        labels = [renumber[moved[label]] for label in labels]
        level = _fold(level, [renumber[label] for label in moved], len(renumber))
    return _move(adj, labels, rng)


def _move(adj: list[list[tuple[int, float]]], labels: list[int], rng: random.Random) -> list[int]:
    """Move nodes to the bloc that pulls hardest until none gains; a queue revisits only the
    neighbours of nodes that moved (as in Leiden's fast local moving)."""
    n = len(adj)
    sizes = [0] * (max(labels, default=0) + 1)
    for label in labels:
        sizes[label] += 1
    order = list(range(n))
    rng.shuffle(order)
    queue = deque(order)
    queued = [True] * n
    while queue:
        i = queue.popleft()
        queued[i] = False
        pull: dict[int, float] = {}
        for j, w in adj[i]:
            b = labels[j]
            pull[b] = pull.get(b, 0.0) + w
        cur = labels[i]
        target, score = cur, pull.get(cur, 0.0)
        for b, s in pull.items():
            if s > score + _EPS:
                target, score = b, s
        if score < -_EPS and sizes[cur] > 1:
            target = len(sizes)
            sizes.append(0)
        if target == cur:
            continue
        sizes[cur] -= 1
        sizes[target] += 1
        labels[i] = target
        for j, _w in adj[i]:
            if not queued[j] and labels[j] != target:
                queued[j] = True
                queue.append(j)
    return labels


def _fold(adj: list[list[tuple[int, float]]], labels: list[int], count: int) -> list[list[tuple[int, float]]]:
    """The graph of blocs: summed weights between them (ties inside a bloc drop out)."""
    between: list[dict[int, float]] = [{} for _ in range(count)]
    for i, row in enumerate(adj):
        a = labels[i]
        acc = between[a]
        for j, w in row:
            b = labels[j]
            if a != b:
                acc[b] = acc.get(b, 0.0) + w
    return [[(b, w) for b, w in acc.items() if w] for acc in between]


def _cost(adj: list[list[tuple[int, float]]], labels: list[int]) -> float:
    cost = 0.0
    for i, row in enumerate(adj):
        for j, w in row:
            if i < j and (w > 0) != (labels[i] == labels[j]):
                cost += abs(w)
    return cost
