"""Store fixtures shared by every test: the embedded store and the real local Neo4j.

The Neo4j half never skips: it uses ``STATEGRAPH_TEST_NEO4J`` when set (``scripts/test`` sets
it), else starts a private Neo4j for the session with ``scripts/neo4j-local`` and stops it after;
if Neo4j cannot start, the tests that need it fail.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from graph.store import Store, open_store
from graph.store.ladybug import LadybugStore

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Bolt URI of a real Neo4j that this test session may empty at will."""
    given = os.environ.get("STATEGRAPH_TEST_NEO4J")
    if given:
        yield given
        return
    launcher = REPO / "scripts" / "neo4j-local"
    home = tmp_path_factory.mktemp("neo4j")
    started = subprocess.run(
        [str(launcher), "start", "--dir", str(home), "--port", "0"],
        capture_output=True, text=True, timeout=600,
    )
    if started.returncode != 0 or not started.stdout.strip():
        pytest.fail(f"could not start the local Neo4j:\n{started.stdout}\n{started.stderr}", pytrace=False)
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(launcher), "stop", "--dir", str(home)], capture_output=True, timeout=180)


@pytest.fixture
def ladybug_store(tmp_path: Path) -> Iterator[LadybugStore]:
    """A fresh embedded store in the test's own folder."""
    store = LadybugStore(tmp_path / "graph.lbug")
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Store]:
    """The session's Neo4j, emptied before the test."""
    store = open_store(neo4j_uri)
    store.init()
    store.reset()
    yield store
    store.close()


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request: pytest.FixtureRequest) -> Store:
    """Each store in turn: the contract every caller relies on holds for both."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def store_setting(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A ``--store`` value for CLI tests, parametrize indirectly with "ladybug" or "neo4j"."""
    kind = getattr(request, "param", "ladybug")
    if kind == "neo4j":
        uri = request.getfixturevalue("neo4j_uri")
        with open_store(uri) as s:
            s.init()
            s.reset()
        return uri
    return str(tmp_path / "cli.lbug")


@pytest.fixture(scope="session")
def seed_article() -> Path:
    path = SHARED / "articles" / "seed-north-korea-denies-arms-to-russia.txt"
    if not path.exists():
        pytest.fail(f"the seed article is missing at {path}", pytrace=False)
    return path
