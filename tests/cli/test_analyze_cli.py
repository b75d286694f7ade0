"""``stategraph analyze`` end to end through CliRunner, on a real embedded store (and Neo4j
for write-back)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.model import Article, Relation
from graph.store import Batch, Store, open_store
from stategraph.cli.main import cli

RELATIONS = [
    Relation("RUS", "ATTACKS", "UKR", article="a1", sentence="s1"),
    Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="s2"),
    Relation("USA", "SUPPLIES", "UKR", article="a2", sentence="s3"),
    Relation("GBR", "SUPPORTS", "UKR", article="a3", sentence="s4"),
    Relation("GBR", "COOPERATES", "USA", article="a3", sentence="s5"),
    Relation("USA", "SANCTIONS", "RUS", article="a3", sentence="s6"),
    Relation("GBR", "SANCTIONS", "RUS", article="a3", sentence="s7"),
    Relation("PRK", "SUPPLIES", "RUS", "alleged", ["USA"], article="a4", sentence="s8"),
    Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"], article="a5", sentence="s9"),
    Relation("PRK", "DENIES", "USA", article="a5", sentence="s10"),
    Relation("USA", "CONDEMNS", "PRK", article="a5", sentence="s11"),
]
ARTICLES = [Article("a1", published="2022-02-24"), Article("a2", published="2022-03-01"),
            Article("a3", published="2023-05-01"), Article("a4", published="2023-09-01"),
            Article("a5", published="2023-09-02")]


def _fill(store: Store) -> None:
    store.init()
    store.write(Batch(articles=list(ARTICLES), relations=list(RELATIONS)))


@pytest.fixture
def filled(tmp_path: Path) -> str:
    location = str(tmp_path / "analyze.lbug")
    with open_store(location) as store:
        _fill(store)
    return location


def run(location: str, *args: str):
    return CliRunner().invoke(cli, ["--store", location, "analyze", *args])


def test_dyads_json(filled):
    result = run(filled, "dyads", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    first = data["dyads"][0]
    assert (first["source"], first["target"], first["relations"], first["articles"]) == ("RUS", "UKR", 2, 2)
    assert first["weight_mean"] == -10.0
    prk = next(d for d in data["dyads"] if (d["source"], d["target"]) == ("PRK", "RUS"))
    assert prk["by_status"] == {"alleged": 1}
    assert data["most_hostile"][0]["source"] == "RUS"
    coop = [(d["source"], d["target"], d["weight_sum"]) for d in data["most_cooperative"]]
    assert coop == [("PRK", "RUS", 7.0), ("USA", "UKR", 7.0), ("GBR", "USA", 6.0), ("GBR", "UKR", 4.0)]


def test_dyads_status_and_date_filters(filled):
    result = run(filled, "dyads", "--format", "csv", "--status", "alleged,denied")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["source"], r["target"], r["by_status"]) for r in rows] == [("PRK", "RUS", "alleged=1;denied=1")]
    result = run(filled, "dyads", "--format", "json", "--since", "2022-01-01", "--until", "2022-12-31")
    assert {(d["source"], d["target"]) for d in json.loads(result.output)["dyads"]} == {("RUS", "UKR"), ("USA", "UKR")}


def test_dyads_types_filter_and_table(filled):
    result = run(filled, "dyads", "--types", "sanctions")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "pairs: 2"
    assert lines[2].split() == ["source", "target", "relations", "articles", "weight_sum", "weight_mean",
                                "by_family", "by_status"]
    assert lines[3].split()[:2] == ["GBR", "RUS"]


def test_centrality_csv_and_plot(filled, tmp_path):
    png = tmp_path / "bars.png"
    result = run(filled, "centrality", "--format", "csv", "--plot", str(png))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["actor"] == "UKR"
    assert {r["actor"]: r["degree_in"] for r in rows}["RUS"] == "3"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dyads_heatmap(filled, tmp_path):
    png = tmp_path / "heat.png"
    assert run(filled, "dyads", "--plot", str(png)).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_blocs_and_balance(filled):
    result = run(filled, "blocs", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert sorted(map(sorted, data["blocs"])) == [["GBR", "UKR", "USA"], ["PRK", "RUS"]]
    assert data["frustrated"] == 0
    result = run(filled, "balance", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["triangles"], data["balanced"]) == (5, 5)
    assert data["by_negatives"] == {"0": 1, "1": 0, "2": 4, "3": 0}


def test_claims(filled):
    result = run(filled, "claims", "--format", "json")
    assert result.exit_code == 0, result.output
    [claim] = json.loads(result.output)
    assert (claim["source"], claim["type"], claim["target"]) == ("PRK", "SUPPLIES", "RUS")
    assert (claim["claimed_by"], claim["denied_by"]) == (["USA"], ["PRK"])


def test_ego_and_path(filled):
    result = run(filled, "ego", "prk", "--hops", "1", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["distances"] == {"PRK": 0, "RUS": 1, "USA": 1}
    result = run(filled, "path", "PRK", "GBR")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["hops  path", "2     PRK -> RUS -> GBR", "2     PRK -> USA -> GBR"]
    result = run(filled, "path", "UKR", "PRK", "--directed")
    assert result.output == "no path from UKR to PRK\n"


@pytest.mark.parametrize("args,line", [
    (["dyads", "--status", "rumoured"],
     "Error: unknown status 'rumoured' (allowed: asserted, alleged, denied, confirmed, planned)"),
    (["dyads", "--since", "yesterday"], "Error: --since must be an ISO date like 2022-09-22, got 'yesterday'"),
    (["dyads", "--since", "2024-01-01", "--until", "2023-01-01"], "Error: --since 2024-01-01 is after --until 2023-01-01"),
    (["dyads", "--since", "2030-01-01"], "Error: no relations to analyse (widen --since/--until, --status or --types)"),
    (["centrality", "--plot", "out.svg"], "Error: --plot needs a .png file name, got 'out.svg'"),
    (["ego", "XYZ"], "Error: unknown actor 'XYZ'"),
], ids=["status", "date", "window", "empty", "plot-suffix", "actor"])
def test_bad_input_gives_one_error_line(filled, args, line):
    result = run(filled, *args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == line


def test_bad_type_is_refused(filled):
    result = run(filled, "dyads", "--types", "HUGS")
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown relation type 'HUGS'")


def test_plot_into_missing_directory_writes_nothing(filled, tmp_path):
    target = tmp_path / "nope" / "x.png"
    result = run(filled, "centrality", "--write-back", "--plot", str(target))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: cannot write {str(target)!r}: directory {str(target.parent)!r} does not exist"
    with open_store(filled) as store:
        assert store.run("MATCH (a:Actor {id: $id}) RETURN a.pagerank AS p", {"id": "PRK"}) == [{"p": None}]


def test_write_back_is_visible_on_the_store(store: Store):
    _fill(store)
    location = store.location
    if store.dialect == "ladybug":
        store.close()  # one process, one open embedded database: let the CLI open it
    result = CliRunner().invoke(cli, ["--store", location, "analyze", "centrality", "--write-back"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["--store", location, "analyze", "blocs", "--write-back"])
    assert result.exit_code == 0, result.output
    with open_store(location) as check:
        rows = check.run("MATCH (a:Actor {id: $id}) RETURN a.pagerank AS p, a.degree_out AS d, a.bloc AS b",
                         {"id": "PRK"})
        ukr = check.run("MATCH (a:Actor {id: $id}) RETURN a.bloc AS b", {"id": "UKR"})
        rus = check.run("MATCH (a:Actor {id: $id}) RETURN a.bloc AS b", {"id": "RUS"})
    assert rows[0]["p"] > 0
    assert rows[0]["d"] == 2
    assert rows[0]["b"] == rus[0]["b"] != ukr[0]["b"]
