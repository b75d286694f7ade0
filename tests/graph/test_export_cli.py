"""`stategraph export` and `stategraph import` through the CLI, on the embedded store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from stategraph.cli.main import cli

LINES = [
    {"source": "PRK", "type": "SUPPLIES", "target": "RUS", "status": "alleged", "attributed_to": ["USA"],
     "mode": "weapons", "confidence": 0.82, "sentence": 'He said "it\'s fake" \\ again\nРоссия 中文 🚀',
     "article": "a1", "char_start": 10, "char_end": 30, "published": "2022-09-22"},
    {"source": "PRK", "type": "DENIES", "target": "USA", "sentence": "We never ...", "article": "a1",
     "published": "2022-09-22"},
    {"source": "UNSC", "type": "SANCTIONS", "target": "PRK", "status": "planned", "attributed_to": ["UNSC"],
     "sentence": "The U.N. ...", "article": "a2", "published": "2023-01-05"},
]


def invoke(setting: str, *args: str):
    return CliRunner().invoke(cli, ["--store", setting, *args])


@pytest.fixture
def loaded(tmp_path: Path) -> str:
    setting = str(tmp_path / "src.lbug")
    source = tmp_path / "rels.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in LINES) + "\n", encoding="utf-8")
    result = invoke(setting, "ingest", str(source))
    assert result.exit_code == 0, result.output
    return setting


def stats(setting: str) -> dict:
    result = invoke(setting, "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("fmt, name", [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json"),
                                       ("cypher", "g.cypher"), ("csv", "csvdir")])
def test_export_each_format(loaded, tmp_path, fmt, name):
    out = tmp_path / name
    result = invoke(loaded, "export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"Exported 4 actors, 2 articles and 3 relations to {out} ({fmt})\n"
    if fmt == "csv":
        assert sorted(p.name for p in out.iterdir()) == ["actors.csv", "articles.csv", "relations.csv"]
    else:
        assert out.stat().st_size > 0
    assert not list(tmp_path.glob("**/.*.part"))


def test_export_filters_pass_through(loaded, tmp_path):
    out = tmp_path / "f.json"
    result = invoke(loaded, "export", "--format", "json", "-o", str(out), "--since", "2022-01-01",
                    "--until", "2022-12-31", "--types", "supplies,denies", "--status", "alleged")
    assert result.exit_code == 0, result.output
    relations = json.loads(out.read_text(encoding="utf-8"))["relations"]
    assert [(r["source"], r["type"], r["target"]) for r in relations] == [("PRK", "SUPPLIES", "RUS")]
    result = invoke(loaded, "export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"),
                    "--types", "SANCTIONS", "--types", "ATTACKS")
    G = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert [d["type"] for _, _, d in G.edges(data=True)] == ["SANCTIONS"]


@pytest.mark.parametrize("args, error", [
    (["--types", "HUGS"], "Error: unknown relation type 'HUGS' (allowed: SUPPLIES, SUPPORTS, COOPERATES, MEETS, "
                          "RECOGNIZES, REQUESTS, ACCUSES, CONDEMNS, DENIES, THREATENS, SANCTIONS, REDUCES_RELATIONS, "
                          "MOBILIZES, ATTACKS)"),
    (["--status", "rumoured"], "Error: unknown status 'rumoured' (allowed: asserted, alleged, denied, confirmed, planned)"),
    (["--since", "last week"], "Error: --since must be an ISO date like 2022-09-22, got 'last week'"),
], ids=["type", "status", "date"])
def test_export_refuses_bad_filters(loaded, tmp_path, args, error):
    out = tmp_path / "g.json"
    result = invoke(loaded, "export", "--format", "json", "-o", str(out), *args)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == error
    assert not out.exists()


def test_export_into_a_missing_directory(loaded, tmp_path):
    out = tmp_path / "nowhere" / "g.json"
    result = invoke(loaded, "export", "--format", "json", "-o", str(out))
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: the directory {out.parent} does not exist\n"


def test_csv_export_onto_a_file(loaded, tmp_path):
    out = tmp_path / "taken"
    out.write_text("keep me")
    result = invoke(loaded, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 1
    assert result.output == f"Error: {out}: exists and is not a directory (csv export writes a directory)\n"
    assert out.read_text() == "keep me"


def test_unknown_format_is_a_usage_error(loaded, tmp_path):
    result = invoke(loaded, "export", "--format", "xlsx", "-o", str(tmp_path / "x"))
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.output


def test_import_round_trip_is_byte_identical_and_idempotent(loaded, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert invoke(loaded, "export", "--format", "json", "-o", str(first)).exit_code == 0
    target = str(tmp_path / "dst.lbug")
    for _ in range(2):
        result = invoke(target, "import", str(first))
        assert result.exit_code == 0, result.output
        assert result.output == f"Imported 4 actors, 2 articles and 3 relations from {first} into {target}\n"
    assert stats(target) == stats(loaded)
    assert invoke(target, "export", "--format", "json", "-o", str(second)).exit_code == 0
    assert second.read_bytes() == first.read_bytes()


def test_bad_dump_imports_nothing(loaded, tmp_path):
    good = tmp_path / "good.json"
    assert invoke(loaded, "export", "--format", "json", "-o", str(good)).exit_code == 0
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["relations"][2]["type"] = "X"
    bad = tmp_path / "dump.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    target = str(tmp_path / "dst.lbug")
    result = invoke(target, "import", str(bad))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}, relations[2]: unknown relation type 'X' (allowed: SUPPLIES,")
    assert result.output.endswith("; nothing was imported\n")
    assert stats(target)["relations"] == 0 and stats(target)["actors"] == 0


def test_truncated_dump_names_line_and_column(loaded, tmp_path):
    good = tmp_path / "good.json"
    assert invoke(loaded, "export", "--format", "json", "-o", str(good)).exit_code == 0
    cut = tmp_path / "cut.json"
    cut.write_bytes(good.read_bytes()[:-40])
    last_line = len(cut.read_text(encoding="utf-8").splitlines())
    result = invoke(str(tmp_path / "dst.lbug"), "import", str(cut))
    assert result.exit_code == 1
    assert re.fullmatch(
        rf"Error: {re.escape(str(cut))}: not valid JSON at line {last_line}, column \d+: "
        r"Unterminated string starting at; nothing was imported\n",
        result.output,
    ), result.output


def test_import_of_a_missing_file(tmp_path):
    missing = tmp_path / "none.json"
    result = invoke(str(tmp_path / "dst.lbug"), "import", str(missing))
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no such file\n"
