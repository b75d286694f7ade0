"""db, ingest and stats through the CLI, on both stores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from stategraph.cli.main import cli

BOTH = pytest.mark.parametrize("store_setting", ["ladybug", "neo4j"], indirect=True)

LINES = [
    {"source": "PRK", "type": "SUPPLIES", "target": "RUS", "status": "alleged", "attributed_to": ["USA", "GBR"],
     "mode": "weapons", "confidence": 0.82, "sentence": "Washington said ...", "article": "a1",
     "char_start": 10, "char_end": 30},
    {"source": "PRK", "type": "DENIES", "target": "USA", "sentence": "We never ...", "article": "a1"},
    {"source": "UNSC", "type": "SANCTIONS", "target": "PRK", "sentence": "The U.N. ...", "article": "a2",
     "published": "2022-09-23"},
]


def invoke(setting: str, *args: str):
    return CliRunner().invoke(cli, ["--store", setting, *args], catch_exceptions=False)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def stats(setting: str) -> dict:
    result = invoke(setting, "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@BOTH
def test_ingest_twice_leaves_stats_unchanged(store_setting, tmp_path):
    path = write_jsonl(tmp_path / "rel.jsonl", LINES)
    first = invoke(store_setting, "ingest", str(path))
    assert first.exit_code == 0, first.output
    assert "Ingested 3 relations" in first.output
    after_one = stats(store_setting)
    assert after_one == {"actors": 5, "articles": 2, "relations": 3,
                         "by_type": {"DENIES": 1, "SANCTIONS": 1, "SUPPLIES": 1},
                         "by_status": {"alleged": 1, "asserted": 2}}
    assert invoke(store_setting, "ingest", str(path)).exit_code == 0
    assert stats(store_setting) == after_one


@BOTH
@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('{"source": "PRK", "type": "BOMBS", "target": "RUS"}', "line 2: unknown relation type 'BOMBS'"),
        ('{"source": "PRK", "type": "ATTACKS", "target": "RUS", "status": "rumoured"}', "line 2: unknown status 'rumoured'"),
        ('{"source": "prk", "type": "ATTACKS", "target": "RUS"}', "line 2: source must be an upper-case id"),
        ('{"source": "PRK", "type": "ATTACKS"}', "line 2: missing key 'target'"),
        ('[1, 2]', "line 2: a relation must be a JSON object"),
        ('{"source": "PRK", "type": "ATTACKS", "target": "RUS", "confidence": 7}', "line 2: confidence must be in [0, 1]"),
        ('{"source": "PRK", "type": "ATTACKS", "target": "RUS", "extra": 1}', "line 2: unknown key(s) extra"),
    ],
    ids=["json", "type", "status", "id", "missing", "array", "confidence", "key"],
)
def test_a_malformed_file_loads_nothing(store_setting, tmp_path, bad_line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(LINES[0]) + "\n" + bad_line + "\n" + json.dumps(LINES[2]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", store_setting, "ingest", str(path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}, ")
    assert message in result.output
    assert result.output.rstrip().endswith("nothing was loaded")
    assert stats(store_setting)["relations"] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "no relations in the file"), (b"\xff\xfe\x00\x01binary", "line 1: not UTF-8 text")],
    ids=["empty", "binary"],
)
def test_empty_and_binary_files_are_refused(tmp_path, content, message):
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.lbug"), "ingest", str(path)])
    assert result.exit_code == 1
    assert message in result.output


def test_a_missing_file_is_one_error_line(tmp_path):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.lbug"), "ingest", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope.jsonl'}: no such file\n"


def test_ingest_gives_known_ids_their_kind(tmp_path):
    setting = str(tmp_path / "s.lbug")
    path = write_jsonl(tmp_path / "rel.jsonl", LINES)
    assert invoke(setting, "ingest", str(path)).exit_code == 0
    rows = invoke(setting, "stats").output
    assert "relations  3" in rows
    from graph.store import open_store

    with open_store(setting) as s:
        kinds = {r["id"]: r["kind"] for r in s.run("MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind")}
    assert kinds["PRK"] == "state"
    assert kinds["UNSC"] in ("igo", "organization")


def test_stats_table_without_format(tmp_path):
    setting = str(tmp_path / "s.lbug")
    invoke(setting, "ingest", str(write_jsonl(tmp_path / "r.jsonl", LINES)))
    out = invoke(setting, "stats").output
    assert out.splitlines()[:3] == ["actors     5", "articles   2", "relations  3"]
    assert "SANCTIONS  1" in out


def test_db_reset_needs_yes(tmp_path):
    setting = str(tmp_path / "s.lbug")
    invoke(setting, "ingest", str(write_jsonl(tmp_path / "r.jsonl", LINES)))
    refused = CliRunner().invoke(cli, ["--store", setting, "db", "reset"])
    assert refused.exit_code == 2
    assert "pass --yes to confirm" in refused.output
    assert stats(setting)["relations"] == 3
    assert invoke(setting, "db", "reset", "--yes").exit_code == 0
    assert stats(setting)["relations"] == 0


@BOTH
def test_db_init_and_status(store_setting):
    result = invoke(store_setting, "db", "init")
    assert result.exit_code == 0
    assert "Initialised" in result.output
    status = invoke(store_setting, "db", "status")
    assert "actors: 0  articles: 0  relations: 0" in status.output


def test_store_from_the_environment(tmp_path):
    setting = str(tmp_path / "env.lbug")
    result = CliRunner().invoke(cli, ["db", "status"], env={"STATEGRAPH_STORE": setting})
    assert result.exit_code == 0
    assert setting in result.output


def test_unreachable_neo4j_names_the_uri_and_the_fix():
    result = CliRunner().invoke(cli, ["--store", "bolt://127.0.0.1:9", "stats"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: cannot reach Neo4j at bolt://127.0.0.1:9; start a local one with "
        "`scripts/neo4j-local start` or point --store at a running server\n"
    )


def test_wrong_credentials_are_named(neo4j_uri, monkeypatch):
    # The local Neo4j runs without auth, so any credentials are accepted there; a server that
    # checks them answers AuthError, which the store maps. Check the mapping with the real driver
    # error raised by verify_connectivity.
    import neo4j

    from graph.errors import AuthError
    from graph.store.neo4j import Neo4jStore

    def refuse(self):
        raise neo4j.exceptions.AuthError("The client is unauthorized due to authentication failure.")

    monkeypatch.setattr(neo4j._sync.driver.BoltDriver, "verify_connectivity", refuse, raising=True)
    with pytest.raises(AuthError, match="refused the credentials; check NEO4J_USER and NEO4J_PASSWORD"):
        Neo4jStore(neo4j_uri, auth=("neo4j", "wrong"))


def test_a_locked_embedded_store_is_one_error_line(tmp_path):
    setting = str(tmp_path / "locked.lbug")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from graph.store import open_store; s = open_store(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", setting],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(cli, ["--store", setting, "stats"])
        assert result.exit_code == 1
        assert result.output == (
            f"Error: the embedded store {setting} is in use by another process; "
            "wait for it to finish (only one process may write at a time)\n"
        )
    finally:
        holder.kill()
        holder.wait()
