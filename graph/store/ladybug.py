"""The embedded default store: LadybugDB (PyPI ``ladybug``), a file beside the user, no server.

Its Cypher differs from Neo4j's in ways this module hides: the schema must exist before a write
(one relationship table per relation type), ``type(r)`` is ``label(r)``, nodes and
relationships come back as dicts with ``_LABEL``/``_ID`` keys, and only one process may open a
database for writing at a time.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import ladybug

from graph.errors import QueryError, ReadOnlyViolation, StoreError, StoreLocked, StoreUnavailable
from graph.model import RelationType
from graph.store.base import ANALYTIC_PROPERTIES, Batch, Store

__all__ = ["LadybugStore"]

log = logging.getLogger(__name__)

_TYPES = {float: "DOUBLE", int: "INT64"}
_ACTOR_COLUMNS = ", ".join(f"{name} {_TYPES[t]}" for name, t in ANALYTIC_PROPERTIES.items())
_RELATION_COLUMNS = (
    "rid STRING, status STRING, attributed_to STRING[], mode STRING, confidence DOUBLE, "
    "article STRING, sentence STRING, char_start INT64, char_end INT64, published STRING"
)
_SCHEMA = [
    "CREATE NODE TABLE IF NOT EXISTS Actor(id STRING PRIMARY KEY, kind STRING, name STRING, "
    f"aliases STRING[], {_ACTOR_COLUMNS})",
    "CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, url STRING, title STRING, "
    "outlet STRING, published STRING)",
    "CREATE NODE TABLE IF NOT EXISTS Unresolved(key STRING PRIMARY KEY, text STRING, label STRING, "
    "article STRING, sentence STRING)",
    *(f"CREATE REL TABLE IF NOT EXISTS `{t.value}`(FROM Actor TO Actor, {_RELATION_COLUMNS})" for t in RelationType),
]

_MERGE_ACTORS = (
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "SET a.kind = row.kind, a.name = row.name, a.aliases = CAST(row.aliases AS STRING[])"
)
_MERGE_STUBS = (
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "ON CREATE SET a.kind = row.kind, a.name = row.name, a.aliases = CAST(row.aliases AS STRING[])"
)
_MERGE_ARTICLES = (
    "UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
    "SET a.url = CAST(row.url AS STRING), a.title = CAST(row.title AS STRING), "
    "a.outlet = CAST(row.outlet AS STRING), a.published = CAST(row.published AS STRING)"
)
_MERGE_UNRESOLVED = (
    "UNWIND $rows AS row MERGE (m:Unresolved {key: row.key}) "
    "SET m.text = row.text, m.label = row.label, m.article = row.article, m.sentence = row.sentence"
)
_SET_RELATION = (
    # Explicit casts: a batch whose column is all null would otherwise bind as the wrong type.
    "SET r.status = row.status, r.attributed_to = CAST(row.attributed_to AS STRING[]), "
    "r.mode = CAST(row.mode AS STRING), r.confidence = CAST(row.confidence AS DOUBLE), "
    "r.article = row.article, r.sentence = row.sentence, "
    "r.char_start = CAST(row.char_start AS INT64), r.char_end = CAST(row.char_end AS INT64), "
    "r.published = CAST(row.published AS STRING)"
)


def _merge_relations(rel_type: RelationType) -> str:
    return (
        "UNWIND $rows AS row MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target}) "
        f"MERGE (a)-[r:`{rel_type.value}` {{rid: row.rid}}]->(b) {_SET_RELATION}"
    )


def _plain(value: Any) -> Any:
    """A node or relationship dict without LadybugDB's internal keys and null properties."""
    if isinstance(value, dict) and "_LABEL" in value:
        out = {k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
        return out
    if isinstance(value, dict):
        if "_nodes" in value and "_rels" in value:
            return {"nodes": [_plain(n) for n in value["_nodes"]], "relationships": [_plain(r) for r in value["_rels"]]}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class LadybugStore(Store):
    """A LadybugDB database file; the schema is created on open."""

    dialect = "ladybug"

    def __init__(self, path: Path | str) -> None:
        self._path = Path(path)
        if self._path.exists() and self._path.is_dir() and not any(self._path.iterdir()):
            # An empty directory is where a user wants the store; put the file inside it.
            self._path = self._path / "graph.lbug"
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreUnavailable(f"cannot create the store directory {self._path.parent}: {err.strerror}") from err
        try:
            self._db = ladybug.Database(str(self._path))
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as err:
            message = str(err)
            if "lock" in message.lower():
                raise StoreLocked(
                    f"the embedded store {self._path} is in use by another process; "
                    "wait for it to finish (only one process may write at a time)"
                ) from err
            raise StoreUnavailable(f"cannot open the embedded store {self._path}: {message}") from err
        self.init()

    @property
    def location(self) -> str:
        return str(self._path)

    def init(self) -> None:
        for statement in _SCHEMA:
            self._conn.execute(statement)

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    # Transactions and queries.

    def _execute(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        if self._conn is None:
            raise StoreError("the store is closed")
        result = self._conn.execute(cypher, dict(params or {}))
        results = result if isinstance(result, list) else [result]
        rows: list[dict[str, Any]] = []
        for res in results:
            columns = res.get_column_names()
            while res.has_next():
                rows.append(dict(zip(columns, (_plain(v) for v in res.get_next()))))
        return rows

    def _in_transaction(self, statements: Iterable[tuple[str, Mapping[str, Any]]], read_only: bool = False) -> list[dict[str, Any]]:
        """Run statements in one transaction; roll everything back on any error."""
        self._execute("BEGIN TRANSACTION READ ONLY" if read_only else "BEGIN TRANSACTION")
        rows: list[dict[str, Any]] = []
        try:
            for cypher, params in statements:
                rows = self._execute(cypher, params)
        except BaseException:
            self._rollback()
            raise
        self._execute("COMMIT")
        return rows

    def _rollback(self) -> None:
        """Roll back, unless the engine already did (it aborts a transaction on a binder error)."""
        try:
            self._execute("ROLLBACK")
        except RuntimeError as err:
            if "no active transaction" not in str(err).lower():
                raise

    def write(self, batch: Batch) -> None:
        explicit, stubs = batch.actor_rows()
        statements: list[tuple[str, Mapping[str, Any]]] = []
        if stubs:
            statements.append((_MERGE_STUBS, {"rows": stubs}))
        if explicit:
            statements.append((_MERGE_ACTORS, {"rows": explicit}))
        if batch.articles:
            statements.append((_MERGE_ARTICLES, {"rows": [a.to_row() for a in batch.articles]}))
        if batch.unresolved:
            statements.append((_MERGE_UNRESOLVED, {"rows": [m.to_row() for m in batch.unresolved]}))
        for rel_type, rows in batch.relation_rows().items():
            statements.append((_merge_relations(rel_type), {"rows": rows}))
        if not statements:
            return
        try:
            self._in_transaction(statements)
        except RuntimeError as err:
            raise StoreError(f"writing to {self._path} failed, nothing was written: {err}") from err

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True) -> list[dict[str, Any]]:
        try:
            return self._in_transaction([(cypher, params or {})], read_only=read_only)
        except RuntimeError as err:
            message = str(err)
            if "read-only transaction" in message or "read only transaction" in message.lower():
                raise ReadOnlyViolation("this query writes to the store; pass --write to allow writes") from err
            raise QueryError(message.splitlines()[0] if message else "query failed") from err

    def reset(self) -> None:
        statements: list[tuple[str, Mapping[str, Any]]] = [
            (f"MATCH ()-[r:`{t.value}`]->() DELETE r", {}) for t in RelationType
        ]
        statements += [(f"MATCH (n:{label}) DELETE n", {}) for label in ("Actor", "Article", "Unresolved")]
        self._in_transaction(statements)

    def set_actor_properties(self, rows: Iterable[Mapping[str, Any]]) -> int:
        by_prop = self._check_analytic_rows(rows)
        statements = [
            (f"UNWIND $rows AS row MATCH (a:Actor {{id: row.id}}) SET a.{name} = row.value RETURN count(a) AS n",
             {"rows": prop_rows})
            for name, prop_rows in by_prop.items()
        ]
        if not statements:
            return 0
        self._execute("BEGIN TRANSACTION")
        updated = 0
        try:
            for cypher, params in statements:
                updated = max(updated, self._execute(cypher, params)[0]["n"])
        except BaseException:
            self._rollback()
            raise
        self._execute("COMMIT")
        return updated

    def _count_relations(self) -> list[dict[str, Any]]:
        return self.run(
            "MATCH (:Actor)-[r]->(:Actor) RETURN label(r) AS type, r.status AS status, count(*) AS n"
        )

    def _relation_rows(self, since: str | None, until: str | None,
                       statuses: Sequence[str] | None, types: Sequence[str] | None) -> list[dict[str, Any]]:
        where = []
        if since:
            where.append("r.published >= $since")
        if until:
            where.append("r.published <= $until")
        if statuses is not None:
            where.append("r.status IN $statuses")
        if types is not None:
            where.append("label(r) IN $types")
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        params = {"since": since, "until": until, "statuses": statuses, "types": types}
        rows = self.run(
            f"MATCH (a:Actor)-[r]->(b:Actor) {clause}"
            "RETURN a.id AS source, b.id AS target, label(r) AS type, r AS props ORDER BY r.rid",
            {k: v for k, v in params.items() if v is not None},
        )
        return [{"source": row["source"], "target": row["target"], "type": row["type"], **row["props"]} for row in rows]
