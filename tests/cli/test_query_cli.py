"""`stategraph query` and `stategraph cypher` through the CLI, on both stores."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from graph.store import open_store
from queries import get_query, list_queries
from stategraph.cli.main import cli
from tests.queries.fixture_graph import fill

BOTH = pytest.mark.parametrize("store_setting", ["ladybug", "neo4j"], indirect=True)


def invoke(setting: str, *args: str):
    return CliRunner().invoke(cli, ["--store", setting, *args], catch_exceptions=False)


@pytest.fixture
def filled_setting(store_setting: str) -> str:
    """A ``--store`` value whose store holds the fixture graph (closed again, so the CLI may open it)."""
    with open_store(store_setting) as store:
        fill(store)
    return store_setting


def test_list_json_names_descriptions_parameters(tmp_path) -> None:
    result = invoke(str(tmp_path / "s.lbug"), "query", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [q["name"] for q in listed] == [q.name for q in list_queries()]
    dyad = next(q for q in listed if q["name"] == "dyad")
    assert dyad["description"] == "Everything between two actors, both directions, by date."
    assert [(p["name"], p["type"], p["required"]) for p in dyad["parameters"]] == [
        ("a", "actor", True), ("b", "actor", True)]
    hops = next(q for q in listed if q["name"] == "neighbourhood")["parameters"][1]
    assert (hops["type"], hops["default"]) == ("int[1..3]", "2")


def test_list_table(tmp_path) -> None:
    result = invoke(str(tmp_path / "s.lbug"), "query", "list")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["name", "parameters", "description"]
    assert any(line.startswith("path ") and "from:actor to:actor" in line for line in result.output.splitlines())


def test_show_prints_the_file(tmp_path) -> None:
    result = invoke(str(tmp_path / "s.lbug"), "query", "show", "path")
    assert result.exit_code == 0
    assert result.output == get_query("path").source_for("neo4j")
    assert "allShortestPaths" in result.output
    result = invoke(str(tmp_path / "s.lbug"), "query", "show", "path", "--dialect", "ladybug")
    assert "* ALL SHORTEST" in result.output


@BOTH
def test_run_named_query_json_table_csv(filled_setting: str) -> None:
    result = invoke(filled_setting, "query", "path", "--param", "from=IRN", "--param", "to=ukr", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["chain"] for r in rows] == ["IRN -[SUPPLIES]-> RUS -[ATTACKS]-> UKR",
                                          "IRN -[SUPPLIES]-> RUS <-[ATTACKS]- UKR"]
    result = invoke(filled_setting, "query", "who-does", "-p", "target=RUS", "-p", "type=SUPPLIES", "--format", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["source"], r["status"], r["relations"]) for r in table] == [
        ("IRN", "alleged", "1"), ("PRK", "alleged", "1"), ("PRK", "denied", "1")]
    result = invoke(filled_setting, "query", "recognitions")
    assert result.exit_code == 0
    assert result.output.splitlines()[2].split()[:4] == ["ABK", "territory", "RUS", "asserted"]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["query", "nope"], "Error: no named query 'nope' (see `stategraph query list`)"),
        (["query", "dyad", "-p", "a=RUS"], "Error: query 'dyad' needs --param b=... (the other actor)"),
        (["query", "dyad", "-p", "a=RUS", "-p", "b=PRK", "-p", "c=1"],
         "Error: query 'dyad' has no parameter 'c' (parameters: a, b)"),
        (["query", "neighbourhood", "-p", "id=RUS", "-p", "hops=7"],
         "Error: parameter 'hops' must be between 1 and 3, got 7"),
        (["query", "show", "nope"], "Error: no named query 'nope' (see `stategraph query list`)"),
    ],
    ids=["unknown-query", "missing-param", "unknown-param", "out-of-range", "show-unknown"],
)
def test_bad_named_query_input(tmp_path, args: list[str], line: str) -> None:
    setting = str(tmp_path / "s.lbug")
    result = invoke(setting, *args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [line]
    assert not (tmp_path / "s.lbug").exists()  # refused before the store was opened


def test_malformed_param_is_a_usage_error(tmp_path) -> None:
    result = invoke(str(tmp_path / "s.lbug"), "query", "dyad", "-p", "a")
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "Error: Invalid value for '--param': expected key=value, got 'a'"


@BOTH
def test_cypher_params_are_json_decoded(filled_setting: str) -> None:
    result = invoke(filled_setting, "cypher", "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, $n + 1 AS m "
                    "ORDER BY id", "-p", 'ids=["RUS", "PRK"]', "-p", "n=41", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"id": "PRK", "m": 42}, {"id": "RUS", "m": 42}]
    result = invoke(filled_setting, "cypher", "MATCH (a:Actor {id: $id}) RETURN a AS actor", "-p", "id=ABK",
                    "--format", "json")
    assert json.loads(result.output) == [{"actor": {"id": "ABK", "kind": "territory", "name": "Abkhazia",
                                                    "aliases": []}}]


@BOTH
def test_cypher_is_read_only_without_write(filled_setting: str) -> None:
    statement = "MATCH (a:Actor {id: 'KOR'}) SET a.name = 'Korea' RETURN a.name AS name"
    result = invoke(filled_setting, "cypher", statement)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["Error: this query writes to the store; pass --write to allow writes"]
    check = invoke(filled_setting, "cypher", "MATCH (a:Actor {id: 'KOR'}) RETURN a.name AS name", "--format", "json")
    assert json.loads(check.output) == [{"name": "South Korea"}]
    result = invoke(filled_setting, "cypher", statement, "--write", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Korea"}]


@BOTH
def test_cypher_syntax_error_is_one_line(filled_setting: str) -> None:
    result = invoke(filled_setting, "cypher", "MATCH (a RETURN a")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
