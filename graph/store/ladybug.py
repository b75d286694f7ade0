"""The embedded default store: LadybugDB (PyPI ``ladybug``), a file beside the user, no server.

Its Cypher differs from Neo4j's in ways this module hides: the schema must exist before a write
(one relationship table per relation type), ``type(r)`` is ``label(r)``, nodes and
relationships come back as dicts with ``_LABEL``/``_ID`` keys, and only one process may open a
database for writing at a time.

Writes go through Arrow tables: ``LOAD FROM`` to merge nodes and ``COPY`` to bulk-insert new
relations, both inside one transaction per batch. Automatic checkpoints are off (a checkpoint
forced on every commit made loading five times slower); the database checkpoints on close.
Known engine limit (0.22): a checkpoint after a transaction that merged new nodes, bulk-copied
relations and was then rolled back can crash the process; so every table is built before the
transaction opens and data errors fail before anything begins.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import ladybug
import pyarrow as pa

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

# Rows travel as Arrow tables (``LOAD FROM $rows``, ``COPY ... FROM $rows``): converting a list of
# Python dicts into LadybugDB values costs more than the writes themselves.
_ACTOR_SCHEMA = pa.schema([("id", pa.string()), ("kind", pa.string()), ("name", pa.string()),
                           ("aliases", pa.list_(pa.string()))])
_ARTICLE_SCHEMA = pa.schema([(k, pa.string()) for k in ("id", "url", "title", "outlet", "published")])
_MENTION_SCHEMA = pa.schema([(k, pa.string()) for k in ("key", "text", "article", "sentence", "label")])
_RELATION_SCHEMA = pa.schema([
    ("from", pa.string()), ("to", pa.string()), ("rid", pa.string()), ("status", pa.string()),
    ("attributed_to", pa.list_(pa.string())), ("mode", pa.string()), ("confidence", pa.float64()),
    ("article", pa.string()), ("sentence", pa.string()), ("char_start", pa.int64()),
    ("char_end", pa.int64()), ("published", pa.string()),
])

_MERGE_ACTORS = (
    "LOAD FROM $rows MERGE (a:Actor {id: id}) SET a.kind = kind, a.name = name, a.aliases = aliases"
)
_MERGE_STUBS = (
    "LOAD FROM $rows MERGE (a:Actor {id: id}) ON CREATE SET a.kind = kind, a.name = name, a.aliases = aliases"
)
_MERGE_ARTICLES = (
    "LOAD FROM $rows MERGE (a:Article {id: id}) "
    "SET a.url = url, a.title = title, a.outlet = outlet, a.published = published"
)
_MERGE_UNRESOLVED = (
    "LOAD FROM $rows MERGE (m:Unresolved {key: key}) "
    "SET m.text = text, m.label = label, m.article = article, m.sentence = sentence"
)


def _existing_rids(rel_type: RelationType) -> str:
    """Which rids of ``$keys`` are stored already: a hash join over the relation table (an
    ``IN $list`` filter would compare every stored rid with every key)."""
    return f"LOAD FROM $keys MATCH ()-[r:`{rel_type.value}`]->() WHERE r.rid = key RETURN key"


def _copy_relations(rel_type: RelationType) -> str:
    """Bulk-insert relations that are new (their rid is not in the table yet)."""
    return f"COPY `{rel_type.value}` FROM $rows"


def _update_relations(rel_type: RelationType) -> str:
    """Overwrite the properties of relations that are already stored (a reload)."""
    return (
        f"LOAD FROM $rows MATCH ()-[r:`{rel_type.value}`]->() WHERE r.rid = rid SET r.status = status, r.attributed_to = attributed_to, r.mode = mode, "
        "r.confidence = confidence, r.article = article, r.sentence = sentence, "
        "r.char_start = char_start, r.char_end = char_end, r.published = published"
    )


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def _relation_table(rows: list[dict[str, Any]]) -> pa.Table:
    renamed = [{**row, "from": row["source"], "to": row["target"]} for row in rows]
    return pa.Table.from_pylist(renamed, schema=_RELATION_SCHEMA)


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
    _type_of = "label(r)"
    _properties_of = "r"

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
            # Checkpoint on close rather than on commit: an automatic checkpoint inside a
            # commit made a 100,000-relation load five times slower.
            self._db = ladybug.Database(str(self._path), auto_checkpoint=False)
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
        """Run statements in one transaction; roll everything back on any error.

        ``statements`` may be a generator that queries the open transaction as it goes.
        """
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
        if self._conn is None:
            raise StoreError("the store is closed")
        try:
            # Every Arrow table is built before the transaction opens, so that bad data fails
            # here, with nothing begun.
            prepared = self._prepare(batch)
            self._in_transaction(self._statements(prepared))
        except (RuntimeError, pa.ArrowException) as err:
            raise StoreError(f"writing to {self._path} failed, nothing was written: {err}") from err

    @staticmethod
    def _prepare(batch: Batch) -> dict[str, Any]:
        explicit, stubs = batch.actor_rows()
        relations = {}
        for rel_type, rows in batch.relation_rows().items():
            keys = pa.table({"key": pa.array([r["rid"] for r in rows], pa.string())})
            relations[rel_type] = (rows, keys, _relation_table(rows))
        return {
            "stubs": _table(stubs, _ACTOR_SCHEMA) if stubs else None,
            "actors": _table(explicit, _ACTOR_SCHEMA) if explicit else None,
            "articles": _table([a.to_row() for a in batch.articles], _ARTICLE_SCHEMA) if batch.articles else None,
            "unresolved": _table([m.to_row() for m in batch.unresolved], _MENTION_SCHEMA) if batch.unresolved else None,
            "relations": relations,
        }

    def _statements(self, prepared: dict[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """The statements that write one prepared batch. Runs inside the transaction: which
        relations are new (bulk ``COPY``) and which are stored (updated) is decided there."""
        for key, cypher in (("stubs", _MERGE_STUBS), ("actors", _MERGE_ACTORS),
                            ("articles", _MERGE_ARTICLES), ("unresolved", _MERGE_UNRESOLVED)):
            if prepared[key] is not None:
                yield cypher, {"rows": prepared[key]}
        for rel_type, (rows, keys, table) in prepared["relations"].items():
            stored = {r["key"] for r in self._execute(_existing_rids(rel_type), {"keys": keys})}
            if not stored:
                yield _copy_relations(rel_type), {"rows": table}
                continue
            new = [r for r in rows if r["rid"] not in stored]
            if new:
                yield _copy_relations(rel_type), {"rows": _relation_table(new)}
            yield _update_relations(rel_type), {"rows": _relation_table([r for r in rows if r["rid"] in stored])}

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
