"""The networkx snapshot: the one bridge from a store to analytics, pages and export.

Shape of the ``nx.MultiDiGraph`` that ``Store.to_networkx()`` and ``build_graph()`` return:

- ``G.graph["articles"]``: ``{article_id: {"id", "url", "title", "outlet", "published"}}``.
- One node per actor, keyed by its id, with attributes ``kind`` (str), ``name`` (str),
  ``aliases`` (list[str]) and any analytic property written back (``pagerank``, ``bloc`` ...).
- One edge per stored relation, keyed by its merge key ``rid``, from source id to target id,
  with attributes ``type`` (str, a RelationType value), ``family`` (str), ``status`` (str),
  ``attributed_to`` (list[str]), ``mode`` (str or None), ``confidence`` (float),
  ``article`` (id), ``sentence``, ``char_start``, ``char_end`` (int or None) and
  ``published`` (ISO date string or None).

Analytics, pages and export are tested on graphs built here by hand, never through Cypher.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import networkx as nx

from graph.model import Actor, Article, Relation, RelationType

__all__ = ["ACTOR_FIELDS", "RELATION_FIELDS", "build_graph", "filter_relations"]

ACTOR_FIELDS = ("kind", "name", "aliases")
RELATION_FIELDS = (
    "type", "status", "attributed_to", "mode", "confidence", "article",
    "sentence", "char_start", "char_end", "published",
)


def build_graph(
    actors: Iterable[Actor | Mapping[str, Any]] = (),
    relations: Iterable[Relation | Mapping[str, Any]] = (),
    articles: Iterable[Article | Mapping[str, Any]] = (),
) -> nx.MultiDiGraph:
    """A snapshot from records or plain rows; relation endpoints missing from ``actors`` are
    added as organizations so that the graph is always whole.

    >>> G = build_graph(relations=[Relation("PRK", "SUPPLIES", "RUS")])
    >>> sorted(G.nodes), G.number_of_edges()
    (['PRK', 'RUS'], 1)
    """
    G = nx.MultiDiGraph()
    G.graph["articles"] = {}
    for art in articles:
        row = art.to_row() if isinstance(art, Article) else dict(art)
        G.graph["articles"][row["id"]] = {k: row.get(k) for k in ("id", "url", "title", "outlet", "published")}
    for actor in actors:
        row = actor.to_row() if isinstance(actor, Actor) else dict(actor)
        attrs = {k: v for k, v in row.items() if k != "id" and v is not None}
        attrs["aliases"] = list(attrs.get("aliases") or [])
        attrs.setdefault("name", row["id"])
        G.add_node(row["id"], **attrs)
    for rel in relations:
        row = rel.to_row() if isinstance(rel, Relation) else dict(rel)
        if "rid" not in row:
            row["rid"] = Relation.from_json({k: v for k, v in row.items() if k != "family"}).key
        for end in (row["source"], row["target"]):
            if end not in G:
                G.add_node(end, kind="organization", name=end, aliases=[])
        attrs = {k: row.get(k) for k in RELATION_FIELDS}
        attrs["attributed_to"] = list(attrs["attributed_to"] or [])
        attrs["family"] = RelationType.parse(attrs["type"]).family.value
        G.add_edge(row["source"], row["target"], key=row["rid"], **attrs)
    return G


def filter_relations(
    G: nx.MultiDiGraph,
    *,
    since: str | None = None,
    until: str | None = None,
    statuses: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """A copy of ``G`` keeping the edges that pass every filter, and every node.

    Dates compare as ISO strings; an edge without a date passes no date filter.
    """
    statuses = set(statuses) if statuses is not None else None
    types = {RelationType.parse(t).value for t in types} if types is not None else None
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        published = d.get("published")
        if since and (not published or published < since):
            continue
        if until and (not published or published > until):
            continue
        if statuses is not None and d.get("status") not in statuses:
            continue
        if types is not None and d.get("type") not in types:
            continue
        if (d.get("confidence") or 0.0) < min_confidence:
            continue
        H.add_edge(u, v, key=k, **d)
    return H
