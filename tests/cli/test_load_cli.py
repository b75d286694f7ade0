"""CLI: ``stategraph extract`` and ``stategraph load`` (load against a fake store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import stategraph.cli.main as main
from graph.model import Relation
from graph.store.base import Batch
from stategraph.cli.main import cli

ARTICLE = "Washington said Iran was shipping drones to Russia.\n\nRussia invaded Ukraine in 2022.\n"


class FakeStore:
    """Records batches like a store would, keyed so that a second load changes nothing."""

    dialect = "fake"
    location = "memory"

    def __init__(self) -> None:
        self.batches: list[Batch] = []
        self.rows: dict[str, dict] = {}
        self.inits = 0

    def init(self) -> None:
        self.inits += 1

    def write(self, batch: Batch) -> None:
        self.batches.append(batch)
        for rows in batch.relation_rows().values():
            for row in rows:
                self.rows[row["rid"]] = row

    def close(self) -> None:
        pass


@pytest.fixture
def fake_store(monkeypatch) -> FakeStore:
    store = FakeStore()
    monkeypatch.setattr(main, "open_store", lambda setting=None: store)
    return store


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text("China deployed warships near Taiwan on Monday.\n", encoding="utf-8")
    return folder


def test_extract_jsonl_prints_codebook_objects(articles):
    result = CliRunner().invoke(cli, ["extract", str(articles / "one.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    keys = {"source", "type", "target", "status", "attributed_to", "mode", "confidence", "sentence", "article",
            "char_start", "char_end", "published"}
    assert lines and all(set(obj) == keys for obj in lines)
    triples = {(o["source"], o["type"], o["target"], o["status"]) for o in lines}
    assert ("IRN", "SUPPLIES", "RUS", "alleged") in triples
    assert ("RUS", "ATTACKS", "UKR", "asserted") in triples
    assert all(Relation.from_json(o).article == lines[0]["article"] for o in lines)


def test_extract_table_is_the_default(articles):
    result = CliRunner().invoke(cli, ["extract", str(articles)])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header[:4] == ["source", "type", "target", "status"]
    assert "MOBILIZES" in result.stdout and "ATTACKS" in result.stdout


def test_extract_reports_skipped_files_and_goes_on(articles, tmp_path):
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["extract", str(missing), str(articles / "one.txt"), "--format", "jsonl"])
    assert result.exit_code == 0
    assert f"Skipped {missing}:" in result.stderr
    assert result.stdout.strip()


def test_extract_nothing_readable_is_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(empty)])
    assert result.exit_code == 1
    assert f"Skipped {empty}:" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "Error: no article could be read"


def test_extract_with_user_actors(tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("kind: state\nactors:\n  - {id: FRD, name: Freedonia, names: [Freedonia]}\n"
                      "  - {id: SYL, name: Sylvania, names: [Sylvania]}\n", encoding="utf-8")
    text = tmp_path / "war.txt"
    text.write_text("Freedonia invaded Sylvania on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(text), "--format", "jsonl", "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["source"], o["type"], o["target"]) for o in objs] == [("FRD", "ATTACKS", "SYL")]


def test_extract_bad_actors_file_is_one_error_line(tmp_path, articles):
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors: [", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(articles), "--actors", str(actors)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"Error: actors file {actors} is not valid YAML")


def test_extract_max_bytes_refuses_large_files(articles):
    result = CliRunner().invoke(cli, ["extract", str(articles / "one.txt"), "--max-bytes", "10"])
    assert result.exit_code == 1
    assert "Skipped" in result.stderr and "Error: no article could be read" in result.stderr


def test_load_writes_one_batch_per_article_and_is_idempotent(fake_store, articles):
    runner = CliRunner()
    first = runner.invoke(cli, ["load", str(articles)])
    assert first.exit_code == 0, first.output
    assert len(fake_store.batches) == 2
    assert all(len(b.articles) == 1 for b in fake_store.batches)
    batch = next(b for b in fake_store.batches if any(r.type.value == "SUPPLIES" for r in b.relations))
    assert {a.id for a in batch.actors} >= {"IRN", "RUS", "USA", "UKR"}
    assert "Loaded 2 article(s)" in first.stdout
    assert "  ATTACKS: 1" in first.stdout and "  MOBILIZES: 1" in first.stdout
    rows_after_first = dict(fake_store.rows)
    second = runner.invoke(cli, ["load", str(articles)])
    assert second.exit_code == 0
    assert fake_store.rows == rows_after_first


def test_load_summary_lists_skipped_files(fake_store, articles):
    (articles / "blank.txt").write_text("   \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", str(articles)])
    assert result.exit_code == 0, result.output
    assert "Skipped 1 file(s):" in result.stdout
    assert str(articles / "blank.txt") in result.stdout


def test_load_nothing_readable_is_an_error(fake_store, tmp_path):
    result = CliRunner().invoke(cli, ["load", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == "Error: no article could be read"
    assert fake_store.batches == []


def _break_on(monkeypatch, word: str) -> None:
    """Make the extraction rules fault on any article that contains ``word``."""
    from loaders.extract import Extractor

    real = Extractor._extract_docs

    def faulty(self, article, docs):
        if word in article.text:
            raise RuntimeError("rule fault")
        return real(self, article, docs)

    monkeypatch.setattr(Extractor, "_extract_docs", faulty)


def test_load_goes_on_when_the_rules_fault_on_one_article(fake_store, articles, monkeypatch):
    _break_on(monkeypatch, "Taiwan")
    result = CliRunner().invoke(cli, ["load", str(articles)])
    assert result.exit_code == 0, result.output
    assert len(fake_store.batches) == 1
    assert "Taiwan" not in fake_store.batches[0].articles[0].text
    assert "Loaded 1 article(s)" in result.stdout
    assert "Skipped 1 file(s):" in result.stdout
    assert "extraction failed (RuntimeError: rule fault)" in result.stdout


def test_extract_goes_on_when_the_rules_fault_on_one_article(articles, monkeypatch):
    _break_on(monkeypatch, "Taiwan")
    result = CliRunner().invoke(cli, ["extract", str(articles), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {(r["source"], r["type"], r["target"]) for r in rows} >= {("IRN", "SUPPLIES", "RUS")}
    assert all(r["type"] != "MOBILIZES" for r in rows)
    assert "extraction failed (RuntimeError: rule fault)" in result.stderr
