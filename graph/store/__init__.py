"""Open the store a setting names: a Bolt URI for Neo4j, anything else an embedded LadybugDB path."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from graph.store.base import ANALYTIC_PROPERTIES, Batch, Mention, Stats, Store

__all__ = ["ANALYTIC_PROPERTIES", "Batch", "Mention", "Stats", "Store", "default_store_path", "open_store"]

NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def default_store_path() -> Path:
    """The embedded store a new user gets: ``graph.lbug`` in the user's data directory."""
    return Path(platformdirs.user_data_dir("stategraph")) / "graph.lbug"


def open_store(setting: str | None = None) -> Store:
    """The store named by ``setting`` (or ``STATEGRAPH_STORE``, or the default path).

    Neo4j credentials come from ``NEO4J_USER``/``NEO4J_PASSWORD`` and the database from
    ``NEO4J_DATABASE``; without a password the connection is made without auth.
    """
    setting = setting or os.environ.get("STATEGRAPH_STORE") or str(default_store_path())
    if setting.lower().startswith(NEO4J_SCHEMES):
        from graph.store.neo4j import Neo4jStore

        user = os.environ.get("NEO4J_USER") or os.environ.get("NEO4J_USERNAME") or "neo4j"
        password = os.environ.get("NEO4J_PASSWORD")
        auth = (user, password) if password else None
        return Neo4jStore(setting, auth=auth, database=os.environ.get("NEO4J_DATABASE") or None)
    from graph.store.ladybug import LadybugStore

    return LadybugStore(Path(setting).expanduser())
