"""Centrality on the pair graph: who is acted upon, who acts, and who sits between.

PageRank needs non-negative weights, so it runs on relation counts per pair by default
(``weight="count"``): attention of any tone makes an actor central. ``weight="abs_weight"``
weighs each relation by its absolute Goldstein weight instead, so an attack counts more than a
meeting. Betweenness counts hops on the directed pair graph (no weights); on more than
``EXACT_BETWEENNESS_LIMIT`` actors it is estimated from ``betweenness_samples`` sources
(Brandes and Pich), because exact betweenness is O(n·m).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Literal

import networkx as nx

from graph.analytics.aggregate import aggregate
from graph.errors import EmptyGraphError, ValidationError

__all__ = ["EXACT_BETWEENNESS_LIMIT", "ActorCentrality", "centrality", "weighted_pagerank"]

EXACT_BETWEENNESS_LIMIT = 2000
PagerankWeight = Literal["count", "abs_weight"]


@dataclass(slots=True)
class ActorCentrality:
    """One actor's scores. Degrees count distinct partners, overall and per family."""

    actor: str
    pagerank: float = 0.0
    betweenness: float = 0.0
    degree_in: int = 0
    degree_out: int = 0
    in_by_family: dict[str, int] = field(default_factory=dict)
    out_by_family: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def weighted_pagerank(A: nx.DiGraph, weight: PagerankWeight = "count", alpha: float = 0.85) -> dict[str, float]:
    """PageRank of a pair graph from ``aggregate`` with the given non-negative edge weight.

    >>> A = nx.DiGraph([("A", "B", {"count": 3}), ("B", "A", {"count": 1})])
    >>> round(weighted_pagerank(A)["A"], 3)
    0.5
    """
    if weight not in ("count", "abs_weight"):
        raise ValidationError(f"PageRank weight must be 'count' or 'abs_weight', got {weight!r}")
    if A.number_of_nodes() == 0:
        raise EmptyGraphError("PageRank of a graph without actors")
    try:
        return nx.pagerank(A, alpha=alpha, weight=weight)
    except nx.PowerIterationFailedConvergence as err:
        raise EmptyGraphError(f"PageRank did not converge: {err}") from err


def centrality(
    G: nx.MultiDiGraph | nx.DiGraph,
    statuses: Iterable[str] | None = None,
    *,
    weight: PagerankWeight = "count",
    betweenness: bool = True,
    betweenness_samples: int | None = None,
    seed: int = 0,
) -> list[ActorCentrality]:
    """Scores for every actor, highest PageRank first.

    ``G`` is a snapshot, or a pair graph already made by ``aggregate``. Betweenness is exact
    up to ``EXACT_BETWEENNESS_LIMIT`` actors, else sampled from ``betweenness_samples``
    (default 32) sources with ``seed``; ``betweenness=False`` skips it.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("RUS", "ATTACKS", "UKR"), Relation("USA", "SUPPLIES", "UKR")])
    >>> top = centrality(G)[0]
    >>> top.actor, top.degree_in, top.in_by_family
    ('UKR', 2, {'force': 1, 'material': 1})
    """
    A = G if not G.is_multigraph() else aggregate(G, statuses)
    if A.number_of_edges() == 0:
        raise EmptyGraphError("no relations to analyse (widen --since/--until, --status or --types)")
    ranks = weighted_pagerank(A, weight)
    between: dict[str, float] = {}
    if betweenness:
        n = A.number_of_nodes()
        k = None
        if betweenness_samples is not None or n > EXACT_BETWEENNESS_LIMIT:
            k = min(n, betweenness_samples or 32)
        between = nx.betweenness_centrality(A, k=k, seed=seed, normalized=True)
    scores = {a: ActorCentrality(a, pagerank=ranks.get(a, 0.0), betweenness=between.get(a, 0.0)) for a in A.nodes}
    for u, v, d in A.edges(data=True):
        src, dst = scores[u], scores[v]
        src.degree_out += 1
        dst.degree_in += 1
        for fam in d["families"]:
            src.out_by_family[fam] = src.out_by_family.get(fam, 0) + 1
            dst.in_by_family[fam] = dst.in_by_family.get(fam, 0) + 1
    for s in scores.values():
        s.in_by_family = dict(sorted(s.in_by_family.items()))
        s.out_by_family = dict(sorted(s.out_by_family.items()))
    return sorted(scores.values(), key=lambda s: (-s.pagerank, s.actor))
