"""Dyads: how each ordered pair of actors relates, and which pairs lean furthest either way."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Sequence

import networkx as nx

from graph.analytics.filters import iter_relations
from graph.analytics.weights import Weights, load_weights
from graph.errors import EmptyGraphError

__all__ = ["Dyad", "dyads", "extreme_dyads"]


@dataclass(slots=True)
class Dyad:
    """What ``source`` did to ``target``: relation counts by family and status, distinct
    articles, and the summed and mean cooperation–conflict weight."""

    source: str
    target: str
    relations: int = 0
    articles: int = 0
    weight_sum: float = 0.0
    weight_mean: float = 0.0
    by_family: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def dyads(G: nx.MultiDiGraph, statuses: Iterable[str] | None = None, weights: Weights | None = None) -> list[Dyad]:
    """Every ordered pair with at least one counted relation, busiest first.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[Relation("RUS", "ATTACKS", "UKR", article="a1"),
    ...                            Relation("RUS", "THREATENS", "UKR", article="a1")])
    >>> d = dyads(G)[0]
    >>> (d.source, d.target, d.relations, d.articles, d.weight_mean)
    ('RUS', 'UKR', 2, 1, -8.0)
    """
    table = weights or load_weights()
    out: dict[tuple[str, str], Dyad] = {}
    articles: dict[tuple[str, str], set[str]] = {}
    for u, v, d in iter_relations(G, statuses):
        dyad = out.get((u, v))
        if dyad is None:
            dyad = out[(u, v)] = Dyad(u, v)
            articles[(u, v)] = set()
        dyad.relations += 1
        dyad.weight_sum += table[d["type"]].weight
        dyad.by_family[d["family"]] = dyad.by_family.get(d["family"], 0) + 1
        dyad.by_status[d["status"]] = dyad.by_status.get(d["status"], 0) + 1
        if d.get("article"):
            articles[(u, v)].add(d["article"])
    if not out:
        raise EmptyGraphError("no relations to analyse (widen --since/--until, --status or --types)")
    for key, dyad in out.items():
        dyad.articles = len(articles[key])
        dyad.weight_mean = dyad.weight_sum / dyad.relations
        dyad.by_family = dict(sorted(dyad.by_family.items()))
        dyad.by_status = dict(sorted(dyad.by_status.items()))
    return sorted(out.values(), key=lambda d: (-d.relations, d.source, d.target))


def extreme_dyads(pairs: Sequence[Dyad], n: int = 5, min_relations: int = 1) -> tuple[list[Dyad], list[Dyad]]:
    """The ``n`` most cooperative and ``n`` most hostile pairs among those with at least
    ``min_relations`` relations.

    Ranked by summed weight, so that volume counts as well as tone (a single attack and a
    year of shelling have the same mean); ties go to the busier pair, then by name. A pair
    appears on the cooperative side only with a positive sum and on the hostile side only
    with a negative one.

    >>> a, b = Dyad("A", "B", 2, 2, 12.0, 6.0), Dyad("C", "D", 1, 1, -10.0, -10.0)
    >>> [(d.source, d.target) for side in extreme_dyads([a, b]) for d in side]
    [('A', 'B'), ('C', 'D')]
    """
    pool = [d for d in pairs if d.relations >= min_relations]
    coop = sorted((d for d in pool if d.weight_sum > 0), key=lambda d: (-d.weight_sum, -d.relations, d.source, d.target))
    host = sorted((d for d in pool if d.weight_sum < 0), key=lambda d: (d.weight_sum, -d.relations, d.source, d.target))
    return coop[:n], host[:n]
