"""The Neo4j store, through the official driver.

Writes are batched (``UNWIND $rows``, one statement per relation type, all in one managed
transaction that the driver retries on transient errors). Relationship types are composed only
from ``RelationType`` members and backtick-quoted; every value is a parameter.
"""

from __future__ import annotations

import logging
from typing import Any, Iterable, Iterator, Mapping

import neo4j
from neo4j import exceptions as neo4j_errors

from graph.errors import AuthError, QueryError, ReadOnlyViolation, StoreError, StoreUnavailable
from graph.model import RelationType
from graph.store.base import Batch, Store

__all__ = ["Neo4jStore"]

log = logging.getLogger(__name__)

_SCHEMA = [
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT unresolved_key IF NOT EXISTS FOR (m:Unresolved) REQUIRE m.key IS UNIQUE",
    "CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)",
    "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
    *(
        f"CREATE INDEX rel_{t.value.lower()}_rid IF NOT EXISTS FOR ()-[r:`{t.value}`]-() ON (r.rid)"
        for t in RelationType
    ),
]

_MERGE_ACTORS = (
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "SET a.kind = row.kind, a.name = row.name, a.aliases = row.aliases"
)
_MERGE_STUBS = (
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "ON CREATE SET a.kind = row.kind, a.name = row.name, a.aliases = row.aliases"
)
_MERGE_ARTICLES = (
    "UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
    "SET a.url = row.url, a.title = row.title, a.outlet = row.outlet, a.published = row.published"
)
_MERGE_UNRESOLVED = (
    "UNWIND $rows AS row MERGE (m:Unresolved {key: row.key}) "
    "SET m.text = row.text, m.label = row.label, m.article = row.article, m.sentence = row.sentence"
)
_SET_RELATION = (
    "SET r.status = row.status, r.attributed_to = row.attributed_to, r.mode = row.mode, "
    "r.confidence = row.confidence, r.article = row.article, r.sentence = row.sentence, "
    "r.char_start = row.char_start, r.char_end = row.char_end, r.published = row.published"
)


def _merge_relations(rel_type: RelationType) -> str:
    return (
        "UNWIND $rows AS row MATCH (a:Actor {id: row.source}) MATCH (b:Actor {id: row.target}) "
        f"MERGE (a)-[r:`{rel_type.value}` {{rid: row.rid}}]->(b) {_SET_RELATION}"
    )


def _plain(value: Any) -> Any:
    """Driver values as plain Python: nodes and relationships become their property dicts."""
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return {k: _plain(v) for k, v in dict(value).items() if v is not None}
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt."""

    dialect = "neo4j"

    def __init__(self, uri: str, *, auth: tuple[str, str] | None = None, database: str | None = None) -> None:
        self._uri = uri
        self._database = database
        self._schema_ready = False
        try:
            # Server notifications (an unknown property key in a user query ...) are not errors; keep
            # them out of the user's terminal.
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=auth, connection_timeout=10, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
        except neo4j_errors.AuthError as err:
            self._close_quietly()
            raise AuthError(f"Neo4j at {uri} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD") from err
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.DriverError, OSError, ValueError) as err:
            self._close_quietly()
            raise StoreUnavailable(
                f"cannot reach Neo4j at {uri}; start a local one with `scripts/neo4j-local start` "
                "or point --store at a running server"
            ) from err
        except neo4j_errors.Neo4jError as err:
            self._close_quietly()
            raise StoreUnavailable(f"Neo4j at {uri} refused the connection: {err.message}") from err

    @property
    def location(self) -> str:
        return self._uri if not self._database else f"{self._uri} (database {self._database})"

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
        self._driver = None

    def close(self) -> None:
        self._close_quietly()

    def _session(self, read_only: bool) -> neo4j.Session:
        if self._driver is None:
            raise StoreError("the store is closed")
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        return self._driver.session(database=self._database, default_access_mode=mode)

    def init(self) -> None:
        with self._session(read_only=False) as session:
            for statement in _SCHEMA:
                session.run(statement).consume()
        self._schema_ready = True

    def write(self, batch: Batch) -> None:
        if not self._schema_ready:
            self.init()
        statements = list(self._statements(self._prepare(batch)))
        if not statements:
            return

        def work(tx: neo4j.ManagedTransaction) -> None:
            for cypher, params in statements:
                tx.run(cypher, params).consume()

        try:
            with self._session(read_only=False) as session:
                session.execute_write(work)
        except neo4j_errors.Neo4jError as err:
            raise StoreError(f"writing to Neo4j at {self._uri} failed, nothing was written: {err.message}") from err
        except neo4j_errors.DriverError as err:
            raise StoreUnavailable(f"lost the connection to Neo4j at {self._uri}, nothing was written: {err}") from err

    @staticmethod
    def _prepare(batch: Batch) -> Batch:
        return batch

    def _statements(self, batch: Batch) -> Iterator[tuple[str, dict[str, Any]]]:
        """The batched statements that write one batch: one per node kind and relation type."""
        explicit, stubs = batch.actor_rows()
        if stubs:
            yield _MERGE_STUBS, {"rows": stubs}
        if explicit:
            yield _MERGE_ACTORS, {"rows": explicit}
        if batch.articles:
            yield _MERGE_ARTICLES, {"rows": [a.to_row() for a in batch.articles]}
        if batch.unresolved:
            yield _MERGE_UNRESOLVED, {"rows": [m.to_row() for m in batch.unresolved]}
        for rel_type, rows in batch.relation_rows().items():
            yield _merge_relations(rel_type), {"rows": rows}

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, dict(params or {}))
            return [{k: _plain(v) for k, v in record.items()} for record in result]

        try:
            with self._session(read_only) as session:
                return session.execute_read(work) if read_only else session.execute_write(work)
        except neo4j_errors.Neo4jError as err:
            code = err.code or ""
            if read_only and ("AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code or "WriteOnReadOnly" in code):
                raise ReadOnlyViolation("this query writes to the store; pass --write to allow writes") from err
            message = (err.message or str(err)).splitlines()[0]
            raise QueryError(message) from err
        except neo4j_errors.DriverError as err:
            raise StoreUnavailable(f"lost the connection to Neo4j at {self._uri}: {err}") from err

    def reset(self) -> None:
        # In batches, so that a large store does not need one huge transaction.
        with self._session(read_only=False) as session:
            session.run(
                "MATCH (n) WHERE n:Actor OR n:Article OR n:Unresolved "
                "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()

    def set_actor_properties(self, rows: Iterable[Mapping[str, Any]]) -> int:
        by_prop = self._check_analytic_rows(rows)
        if not by_prop:
            return 0

        def work(tx: neo4j.ManagedTransaction) -> int:
            updated = 0
            for name, prop_rows in by_prop.items():
                # ``name`` is one of ANALYTIC_PROPERTIES, checked above; values are parameters.
                record = tx.run(
                    f"UNWIND $rows AS row MATCH (a:Actor {{id: row.id}}) SET a.`{name}` = row.value RETURN count(a) AS n",
                    {"rows": prop_rows},
                ).single()
                updated = max(updated, record["n"] if record else 0)
            return updated

        with self._session(read_only=False) as session:
            return session.execute_write(work)
