"""What a page shows: relations folded into drawn edges, then the ego, article and size cuts.

A pure function of the snapshot (``graph.snapshot``): one drawn edge per
(source, type, target, status), carrying the evidence of every relation folded into it.
Pages, sites and tests share this step, so what is drawn and what is counted agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

import networkx as nx

from graph.errors import EmptyGraphError, QueryError, ValidationError
from graph.model import RelationType, Status

__all__ = ["ActorInfo", "DrawnEdge", "Evidence", "View", "ViewOptions", "actor_info", "fold_relations", "resolve_actor", "select_view"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence behind a drawn edge, with where and when it was published."""

    sentence: str
    article: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class DrawnEdge:
    """All relations with one (source, type, target, status), drawn as one line."""

    source: str
    target: str
    type: str
    status: str
    family: str
    relations: int
    articles: tuple[str, ...]
    attributed_to: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    @property
    def weight(self) -> int:
        """Distinct articles, at least one: what the edge width and actor sizes count."""
        return max(len(self.articles), 1)

    @property
    def label(self) -> str:
        """``supplies (alleged)``: the type in plain words and the status."""
        return f"{self.type.lower().replace('_', ' ')} ({self.status})"


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """An actor as a page shows it: who it is and how much the graph says about it."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    relations_out: int
    relations_in: int
    articles: int
    weighted_degree: int


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """Cuts made after the store's own filters (dates, statuses, types)."""

    actor: str | None = None
    radius: int = 1
    min_articles: int = 1
    max_nodes: int = 300
    evidence_per_edge: int = 3

    def __post_init__(self) -> None:
        for name, low in (("radius", 0), ("min_articles", 1), ("max_nodes", 1), ("evidence_per_edge", 0)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ValidationError(f"{name} must be an integer >= {low}, got {value!r}")


@dataclass(frozen=True, slots=True)
class View:
    """The actors and drawn edges of one page, and what was left out."""

    actors: tuple[ActorInfo, ...]
    edges: tuple[DrawnEdge, ...]
    focus: str | None
    candidates: int
    left_out: int
    options: ViewOptions = field(default_factory=ViewOptions)


def fold_relations(G: nx.MultiDiGraph, evidence_limit: int = 3) -> list[DrawnEdge]:
    """One ``DrawnEdge`` per (source, type, target, status), newest evidence first.

    >>> from graph.snapshot import build_graph
    >>> G = build_graph(relations=[{"source": "PRK", "type": "SUPPLIES", "target": "RUS", "article": "a1"},
    ...                            {"source": "PRK", "type": "SUPPLIES", "target": "RUS", "article": "a2"}])
    >>> [(e.label, e.relations, e.articles) for e in fold_relations(G)]
    [('supplies (asserted)', 2, ('a1', 'a2'))]
    """
    meta: dict[str, dict[str, Any]] = G.graph.get("articles") or {}
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        groups[(u, d.get("type") or "", v, d.get("status") or Status.ASSERTED.value)].append(d)
    drawn = []
    for (u, rtype, v, status), rels in sorted(groups.items()):
        family = rels[0].get("family") or RelationType.parse(rtype).family.value
        attributed = tuple(sorted({a for d in rels for a in (d.get("attributed_to") or [])}))
        evidence: list[tuple[tuple[str, float], Evidence]] = []
        seen: set[tuple[str, str]] = set()
        for d in rels:
            article = d.get("article") or ""
            sentence = d.get("sentence") or ""
            if not sentence or (article, sentence) in seen:
                continue
            seen.add((article, sentence))
            info = meta.get(article) or {}
            published = info.get("published") or d.get("published")
            ev = Evidence(sentence, article, info.get("title"), info.get("outlet"), published, info.get("url"))
            evidence.append(((published or "", float(d.get("confidence") or 0.0)), ev))
        evidence.sort(key=lambda item: (item[0][0], item[0][1], item[1].article), reverse=True)
        articles = tuple(sorted({d.get("article") for d in rels if d.get("article")}))
        drawn.append(DrawnEdge(u, v, rtype, status, family, len(rels), articles, attributed,
                               tuple(ev for _, ev in evidence[:evidence_limit])))
    return drawn


def resolve_actor(G: nx.MultiDiGraph, text: str) -> str:
    """The id of the actor ``text`` names: its id (any case), its name or one of its aliases."""
    wanted = text.strip()
    if wanted in G:
        return wanted
    if wanted.upper() in G:
        return wanted.upper()
    folded = wanted.casefold()
    for node, d in G.nodes(data=True):
        names = [d.get("name") or "", *(d.get("aliases") or [])]
        if any(n.casefold() == folded for n in names if n):
            return node
    raise QueryError(f"unknown actor {text!r}")


def actor_info(G: nx.MultiDiGraph, edges: Iterable[DrawnEdge]) -> dict[str, ActorInfo]:
    """Every actor of ``G`` with its relation and article counts over the drawn ``edges``."""
    out: dict[str, int] = defaultdict(int)
    inc: dict[str, int] = defaultdict(int)
    weight: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        out[e.source] += e.relations
        inc[e.target] += e.relations
        for end in {e.source, e.target}:
            weight[end] += e.weight
            articles[end].update(e.articles)
    infos = {}
    for node in G.nodes:
        d = G.nodes[node]
        infos[node] = ActorInfo(node, str(d.get("kind") or "organization"), str(d.get("name") or node),
                                tuple(d.get("aliases") or ()), out[node], inc[node], len(articles[node]), weight[node])
    return infos


def _ego(edges: list[DrawnEdge], centre: str, radius: int) -> set[str]:
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        neighbours[e.source].add(e.target)
        neighbours[e.target].add(e.source)
    reached, frontier = {centre}, {centre}
    for _ in range(radius):
        frontier = {n for f in frontier for n in neighbours[f]} - reached
        reached |= frontier
    return reached


def select_view(
    G: nx.MultiDiGraph,
    options: ViewOptions = ViewOptions(),
    *,
    folded: list[DrawnEdge] | None = None,
    infos: dict[str, ActorInfo] | None = None,
) -> View:
    """The actors and edges one page draws.

    Order of cuts: drawn edges with fewer than ``min_articles`` articles go; an ego view keeps
    actors within ``radius`` steps (either direction) of ``actor``; actors without a drawn
    edge go; if more than ``max_nodes`` remain, the most connected (by weighted degree) stay
    and the rest are counted in ``left_out``. ``folded``/``infos`` let a site fold once.
    """
    if G.number_of_nodes() == 0:
        raise EmptyGraphError("the graph is empty: the store holds no actors yet (load some articles first)")
    focus = resolve_actor(G, options.actor) if options.actor is not None else None
    edges = folded if folded is not None else fold_relations(G, options.evidence_per_edge)
    infos = infos if infos is not None else actor_info(G, edges)
    edges = [e for e in edges if e.weight >= options.min_articles]
    if focus is not None:
        keep = _ego(edges, focus, options.radius)
        edges = [e for e in edges if e.source in keep and e.target in keep]
    if not edges:
        where = f" around {focus!r}" if focus else ""
        raise EmptyGraphError(f"no relations to draw{where}: {G.number_of_edges()} relations "
                              f"in the snapshot, none pass the filters")
    present = {n for e in edges for n in (e.source, e.target)}
    ranked = sorted(present, key=lambda n: (n != focus, -infos[n].weighted_degree, n))
    kept = ranked[: options.max_nodes]
    kept_set = set(kept)
    edges = [e for e in edges if e.source in kept_set and e.target in kept_set]
    return View(tuple(infos[n] for n in kept), tuple(edges), focus, len(present), len(present) - len(kept), options)
