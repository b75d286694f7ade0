"""Fixtures for the named-query tests: each store in turn, holding the fixture graph."""

from __future__ import annotations

import pytest

from graph.store import Store
from tests.queries.fixture_graph import fill


@pytest.fixture
def filled(store: Store) -> Store:
    """Each store in turn, holding the fixture graph."""
    return fill(store)
