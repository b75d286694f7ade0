"""scripts/neo4j-local starts a real Neo4j that the driver can use, enforces READ access mode and
survives a stop/start on the same directory (the contract the neo4j_store fixture relies on)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import neo4j
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "neo4j-local"

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="java is not installed")


def _run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def _start(data_dir: Path) -> str:
    proc = _run("start", "--dir", str(data_dir), "--port", "0")
    assert proc.returncode == 0, proc.stderr
    uri = proc.stdout.strip().splitlines()[-1]
    assert uri.startswith("bolt://127.0.0.1:"), proc.stdout
    return uri


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    data_dir = tmp_path_factory.mktemp("neo4j-local")
    uri = _start(data_dir)
    yield data_dir, uri
    _run("stop", "--dir", str(data_dir))


def test_start_is_idempotent_and_status_reports_uri(server) -> None:
    data_dir, uri = server
    again = _run("start", "--dir", str(data_dir), "--port", "0")
    assert again.returncode == 0
    assert again.stdout.strip().splitlines()[-1] == uri
    status = _run("status", "--dir", str(data_dir))
    assert status.returncode == 0
    assert status.stdout.strip().endswith(uri)
    assert (data_dir / "neo4j.pid").is_file()


def test_write_then_read_mode_refuses_writes(server) -> None:
    _, uri = server
    with neo4j.GraphDatabase.driver(uri) as driver:
        driver.verify_connectivity()
        assert driver.get_server_info().agent == "Neo4j/5.26.30"
        with driver.session() as session:
            node = session.run("CREATE (n:T {x: 1}) RETURN n").single()["n"]
            assert node["x"] == 1 and "T" in node.labels
        with driver.session(default_access_mode=neo4j.READ_ACCESS) as session:
            with pytest.raises(neo4j.exceptions.ClientError) as auto:
                session.run("CREATE (n:T {x: 2})").consume()
            assert auto.value.code == "Neo.ClientError.Statement.AccessMode"
        with driver.session() as session:
            with pytest.raises(neo4j.exceptions.ClientError) as managed:
                session.execute_read(lambda tx: tx.run("MATCH (n:T) SET n.x = 3").consume())
            assert managed.value.code == "Neo.ClientError.Statement.AccessMode"
            rows = session.execute_read(lambda tx: tx.run("MATCH (n:T) RETURN n.x AS x").data())
            assert rows == [{"x": 1}]


def test_load_csv_cannot_read_outside_import_dir(server) -> None:
    _, uri = server
    with neo4j.GraphDatabase.driver(uri) as driver, driver.session() as session:
        with pytest.raises(neo4j.exceptions.ClientError) as err:
            session.execute_read(
                lambda tx: tx.run("LOAD CSV FROM 'file:///etc/hostname' AS r RETURN r").data()
            )
        assert err.value.code == "Neo.ClientError.Statement.ExternalResourceFailed"


def test_stop_then_start_same_dir_keeps_data(tmp_path: Path) -> None:
    uri = _start(tmp_path)
    with neo4j.GraphDatabase.driver(uri) as driver:
        driver.execute_query("CREATE (:Kept {k: 'v'})")
    stop = _run("stop", "--dir", str(tmp_path))
    assert stop.returncode == 0, stop.stderr
    assert not (tmp_path / "neo4j.pid").exists()
    assert "stopped cleanly" in (tmp_path / "neo4j.log").read_text()
    assert _run("status", "--dir", str(tmp_path)).returncode == 3
    uri = _start(tmp_path)
    try:
        with neo4j.GraphDatabase.driver(uri) as driver:
            records = driver.execute_query("MATCH (n:Kept) RETURN n.k AS k").records
            assert [r["k"] for r in records] == ["v"]
    finally:
        assert _run("stop", "--dir", str(tmp_path)).returncode == 0


def test_bad_option_fails_with_one_message(tmp_path: Path) -> None:
    proc = _run("start", "--dir", str(tmp_path), "--port", "notaport")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "neo4j-local: invalid --port: notaport"
