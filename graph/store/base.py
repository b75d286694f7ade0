"""The store interface: what every caller above ``graph/`` may ask of a graph database.

Two implementations, ``Neo4jStore`` and ``LadybugStore``, hide their Cypher dialects here;
nothing above this module knows which one it talks to, except named queries, which pick a
dialect variant by ``Store.dialect``.
"""

from __future__ import annotations

import abc
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import networkx as nx

from graph.errors import ValidationError
from graph.model import Actor, ActorKind, Article, Relation, RelationType, Status
from graph.snapshot import build_graph

__all__ = ["ANALYTIC_PROPERTIES", "Batch", "Mention", "Store", "Stats"]

#: Actor properties that analytics may write back, with their types. A fixed list because the
#: embedded store needs a column per property, and so that no user text names a property.
ANALYTIC_PROPERTIES: dict[str, type] = {
    "pagerank": float,
    "betweenness": float,
    "degree_in": int,
    "degree_out": int,
    "bloc": int,
}


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention the loaders could not resolve, kept for curation."""

    text: str
    article: str
    sentence: str = ""
    label: str = ""

    @property
    def key(self) -> str:
        import hashlib

        return hashlib.sha1(f"{self.article}\x1f{self.text}\x1f{self.sentence}".encode()).hexdigest()[:20]

    def to_row(self) -> dict[str, Any]:
        return {"key": self.key, "text": self.text, "article": self.article, "sentence": self.sentence, "label": self.label}


@dataclass(slots=True)
class Batch:
    """What one transaction writes: actors, articles, relations and unresolved mentions.

    Relation endpoints that are not among ``actors`` are created if missing, with the kind
    ``kinds`` gives them (else organization); an existing actor is never changed by such a stub,
    so a batch that only knows ids rewrites no actor.
    """

    actors: list[Actor] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)
    kinds: dict[str, ActorKind] = field(default_factory=dict)

    def actor_rows(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Rows for explicit actors, and stub rows for endpoints named only by relations."""
        explicit = {a.id: a.to_row() for a in self.actors}
        stubs: dict[str, dict[str, Any]] = {}
        for rel in self.relations:
            for end in (rel.source, rel.target, *rel.attributed_to):
                if end not in explicit and end not in stubs:
                    stubs[end] = Actor(end, self.kinds.get(end, ActorKind.ORGANIZATION)).to_row()
        return list(explicit.values()), list(stubs.values())

    def relation_rows(self) -> dict[RelationType, list[dict[str, Any]]]:
        """Relation rows grouped by type, deduplicated by merge key (last one wins)."""
        published = {a.id: a.published for a in self.articles}
        grouped: dict[RelationType, dict[str, dict[str, Any]]] = {}
        for rel in self.relations:
            row = rel.to_row()
            if row["published"] is None:
                row["published"] = published.get(rel.article)
            grouped.setdefault(rel.type, {})[row["rid"]] = row
        return {t: list(rows.values()) for t, rows in grouped.items()}


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of what a store holds."""

    actors: int
    articles: int
    relations: int
    by_type: dict[str, int]
    by_status: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "actors": self.actors,
            "articles": self.articles,
            "relations": self.relations,
            "by_type": dict(sorted(self.by_type.items())),
            "by_status": dict(sorted(self.by_status.items())),
        }


class Store(abc.ABC):
    """A graph store. Use as a context manager or call ``close()``."""

    #: "neo4j" or "ladybug": which dialect variant of a named query to run.
    dialect: str = ""

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the store lives: a Bolt URI or a file path."""

    @abc.abstractmethod
    def init(self) -> None:
        """Create constraints, indexes or tables; safe to call again."""

    @abc.abstractmethod
    def write(self, batch: Batch) -> None:
        """Write one batch in one transaction: all of it or nothing. Idempotent."""

    @abc.abstractmethod
    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True) -> list[dict[str, Any]]:
        """Run one statement; rows as plain dicts (nodes and relationships as property dicts).

        With ``read_only`` the store itself refuses a write (``ReadOnlyViolation``).
        """

    @abc.abstractmethod
    def reset(self) -> None:
        """Delete every node and relationship (the schema stays)."""

    #: How the dialect names a relationship's type and its property map (``type(r)``/``label(r)``).
    _type_of: str = "type(r)"
    _properties_of: str = "properties(r)"

    def _relation_rows(self, since: str | None, until: str | None,
                       statuses: Sequence[str] | None, types: Sequence[str] | None) -> list[dict[str, Any]]:
        """Relation rows ``{source, target, type, rid, <RELATION_FIELDS>}`` passing the filters."""
        params = {"since": since, "until": until, "statuses": statuses, "types": types}
        where = [clause for clause, name in (
            ("r.published >= $since", "since"), ("r.published <= $until", "until"),
            ("r.status IN $statuses", "statuses"), (f"{self._type_of} IN $types", "types"),
        ) if params[name] is not None and params[name] != ""]
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        rows = self.run(
            f"MATCH (a:Actor)-[r]->(b:Actor) {clause}"
            f"RETURN a.id AS source, b.id AS target, {self._type_of} AS type, {self._properties_of} AS props "
            "ORDER BY r.rid",
            # Only the parameters the statement uses: LadybugDB cannot type an unused null.
            {k: v for k, v in params.items() if v is not None and v != ""},
        )
        return [{"source": row["source"], "target": row["target"], "type": row["type"], **row["props"]} for row in rows]

    @abc.abstractmethod
    def set_actor_properties(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Write analytic properties (``ANALYTIC_PROPERTIES``) onto existing actors.

        Each row is ``{"id": ..., name: value ...}``; returns the number of actors updated.
        """

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection or file lock."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Shared behaviour, written once over the abstract primitives.

    def write_many(self, batches: Iterable[Batch]) -> int:
        """Write each batch in its own transaction; returns the number of relations written."""
        total = 0
        for batch in batches:
            self.write(batch)
            total += len(batch.relations)
        return total

    def stats(self) -> Stats:
        actors = self.run("MATCH (a:Actor) RETURN count(a) AS n")[0]["n"]
        articles = self.run("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]
        by_type: Counter[str] = Counter()
        by_status: Counter[str] = Counter()
        for row in self._count_relations():
            by_type[row["type"]] += row["n"]
            by_status[row["status"]] += row["n"]
        return Stats(actors, articles, sum(by_type.values()), dict(by_type), dict(by_status))

    def _count_relations(self) -> list[dict[str, Any]]:
        """Rows ``{type, status, n}`` over all actor-to-actor relations."""
        return self.run(f"MATCH (:Actor)-[r]->(:Actor) RETURN {self._type_of} AS type, r.status AS status, count(*) AS n")

    def to_networkx(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        statuses: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
    ) -> nx.MultiDiGraph:
        """Every actor, the relations that pass the filters, and article metadata.

        Filters run inside the database, so a date window over a large store is cheap.
        """
        status_list = sorted(Status.parse(s).value for s in statuses) if statuses is not None else None
        type_list = sorted(RelationType.parse(t).value for t in types) if types is not None else None
        actors = self.run("MATCH (a:Actor) RETURN a AS actor ORDER BY a.id")
        articles = self.run("MATCH (a:Article) RETURN a AS article ORDER BY a.id")
        relations = self._relation_rows(since, until, status_list, type_list)
        return build_graph(
            actors=[row["actor"] for row in actors],
            relations=relations,
            articles=[row["article"] for row in articles],
        )

    @staticmethod
    def _check_analytic_rows(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        """Group write-back rows by property, refusing names outside ``ANALYTIC_PROPERTIES``."""
        by_prop: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            for name, value in row.items():
                if name == "id":
                    continue
                if name not in ANALYTIC_PROPERTIES:
                    allowed = ", ".join(ANALYTIC_PROPERTIES)
                    raise ValidationError(f"cannot write actor property {name!r} (allowed: {allowed})")
                cast = ANALYTIC_PROPERTIES[name]
                by_prop.setdefault(name, []).append({"id": row["id"], "value": None if value is None else cast(value)})
        return by_prop
