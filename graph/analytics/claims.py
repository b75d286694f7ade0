"""Contested claims: the same relation (source, type, target) affirmed by some and denied by others.

The affirming side is every ``alleged``, ``confirmed`` or ``asserted`` record of the relation
(asserted records have no claimant, only an article); the denying side is every ``denied``
record. Statuses are therefore not filtered here: a denial is the point.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from graph.errors import EmptyGraphError
from graph.model import Status

__all__ = ["Claim", "contested_claims"]

_AFFIRMING = frozenset({Status.ALLEGED.value, Status.CONFIRMED.value, Status.ASSERTED.value})


@dataclass(slots=True)
class Claim:
    """One disputed relation: who affirms it, who denies it, and in how many articles."""

    source: str
    type: str
    target: str
    claimed_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    claim_articles: int = 0
    denial_articles: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def contested_claims(G: nx.MultiDiGraph) -> list[Claim]:
    """Relations with both an affirming and a denying record, most-reported first.

    >>> from graph.model import Relation
    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[
    ...     Relation("PRK", "SUPPLIES", "RUS", "alleged", ["USA"], article="a1"),
    ...     Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"], article="a2")])
    >>> c = contested_claims(G)[0]
    >>> c.claimed_by, c.denied_by, c.claim_articles, c.denial_articles
    (['USA'], ['PRK'], 1, 1)
    """
    if G.number_of_edges() == 0:
        raise EmptyGraphError("no relations to analyse (widen --since/--until or --types)")
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, d in G.edges(data=True):
        g = groups.setdefault((u, d["type"], v), {"claim": (set(), set()), "deny": (set(), set()), "status": {}})
        side = g["deny"] if d["status"] == Status.DENIED.value else g["claim"] if d["status"] in _AFFIRMING else None
        g["status"][d["status"]] = g["status"].get(d["status"], 0) + 1
        if side is None:
            continue
        side[0].update(d.get("attributed_to") or ())
        if d.get("article"):
            side[1].add(d["article"])
    out = []
    for (u, t, v), g in groups.items():
        claim, deny = g["claim"], g["deny"]
        if not g["status"].get(Status.DENIED.value) or not any(g["status"].get(s) for s in _AFFIRMING):
            continue
        out.append(Claim(u, t, v, sorted(claim[0]), sorted(deny[0]), len(claim[1]), len(deny[1]),
                         dict(sorted(g["status"].items()))))
    return sorted(out, key=lambda c: (-(c.claim_articles + c.denial_articles), c.source, c.type, c.target))
