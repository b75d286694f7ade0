"""The shared relation filter: by default a ``denied`` relation does not count as happening."""

from __future__ import annotations

from typing import Iterable, Iterator

import networkx as nx

from graph.model import Status
from graph.snapshot import filter_relations

__all__ = ["HAPPENING", "happening_statuses", "iter_relations", "select"]

#: Statuses under which a relation counts as having happened (all but ``denied``).
HAPPENING: frozenset[str] = frozenset(s.value for s in Status if s is not Status.DENIED)


def happening_statuses(statuses: Iterable[str] | None = None) -> frozenset[str]:
    """The statuses asked for, validated, or ``HAPPENING`` when none are given.

    >>> sorted(happening_statuses(["Alleged"]))
    ['alleged']
    """
    if statuses is None:
        return HAPPENING
    return frozenset(Status.parse(s).value for s in statuses)


def iter_relations(G: nx.MultiDiGraph, statuses: Iterable[str] | None = None) -> Iterator[tuple[str, str, dict]]:
    """``(source, target, attrs)`` for each snapshot edge whose status counts.

    Iterating instead of copying keeps a million-edge snapshot in memory once.
    """
    keep = happening_statuses(statuses)
    for u, v, d in G.edges(data=True):
        if d.get("status") in keep:
            yield u, v, d


def select(
    G: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    statuses: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """A filtered copy of the snapshot, with ``HAPPENING`` as the default statuses.

    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[{"source": "PRK", "type": "SUPPLIES", "target": "RUS", "status": "denied"}])
    >>> select(G).number_of_edges()
    0
    """
    return filter_relations(G, since=since, until=until, statuses=happening_statuses(statuses), types=types)
