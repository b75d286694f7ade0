"""`stategraph evaluate`: a fake extractor with fixed relations, scores checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import stategraph.cli.evaluate as evaluate_module
from graph.model import Article, Relation
from stategraph.cli.main import cli

TEXT = "Russia invaded Ukraine, and North Korea denied that it was supplying weapons to Russia, officials said."
GOLD = [
    {"source": ["RUS"], "type": ["ATTACKS"], "target": ["UKR"], "status": ["asserted"], "attributed_to": [], "required": True},
    {"source": ["PRK"], "type": ["SUPPLIES"], "target": ["RUS"], "status": ["denied"], "attributed_to": ["PRK"], "required": True},
    {"source": ["PRK"], "type": ["DENIES"], "target": ["USA"], "status": ["asserted"], "attributed_to": [], "required": True},
    {"source": ["USA"], "type": ["ACCUSES"], "target": ["PRK"], "status": ["asserted"], "attributed_to": [], "required": False},
]
KNOWN = frozenset({"RUS", "UKR", "PRK", "USA"})
PREDICTIONS = [
    Relation("RUS", "ATTACKS", "UKR"),                               # tp
    Relation("PRK", "SUPPLIES", "RUS", "denied", ("USA",)),          # tp, attribution wrong
    Relation("USA", "ACCUSES", "PRK"),                               # optional: neutral
    Relation("PRK", "CONDEMNS", "USA", sentence="North Korea denied\n that it was supplying weapons."),  # strict fp
]


@pytest.fixture()
def dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A gold dir and an article dir with one pair, the command registered, and a fake extractor."""
    monkeypatch.setitem(cli.commands, "evaluate", evaluate_module.evaluate)
    monkeypatch.setattr(evaluate_module, "_load_extract", lambda *files: (lambda article: list(PREDICTIONS), {}, KNOWN))
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    (gold / "story.jsonl").write_text("".join(json.dumps(r) + "\n" for r in GOLD))
    (articles / "story.txt").write_text(TEXT)
    return gold, articles


def run(*args: str):
    return CliRunner().invoke(cli, ["evaluate", *args])


def test_table_last_three_lines_are_the_summary(dirs) -> None:
    result = run(*map(str, dirs))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # strict: tp 2 (RUS ATTACKS, PRK SUPPLIES), fp 1 (PRK CONDEMNS), fn 1 (PRK DENIES) -> P 2/3, R 2/3
    # lenient: PRK CONDEMNS USA is in DENIES' family -> tp 3, fp 0, fn 0
    # edge: as strict -> 0.67; attribution: 0 of 1 (PRK SUPPLIES RUS predicted as said by USA)
    assert lines[-3:] == [
        "strict   P 0.67  R 0.67  F1 0.67  (tp 2, fp 1, fn 1)",
        "lenient  P 1.00  R 1.00  F1 1.00  |  edge  P 0.67  R 0.67  F1 0.67",
        "attribution 0.00  (0 of 1 matched required rows with attribution)",
    ]
    assert lines[1].split()[:6] == ["story", "4", "4", "2", "1", "1"]
    assert "missed:" not in result.output


def test_verbose_lists_misses_and_spurious(dirs) -> None:
    result = run(*map(str, dirs), "--verbose")
    assert result.exit_code == 0, result.output
    assert "    missed:   PRK DENIES USA [asserted]" in result.output.splitlines()
    lines = result.output.splitlines()
    at = lines.index("    spurious: PRK CONDEMNS USA [asserted]")
    assert lines[at + 1] == "              from: North Korea denied that it was supplying weapons."


def test_json_format(dirs) -> None:
    result = run(*map(str, dirs), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["micro"]["strict"] == {"tp": 2, "fp": 1, "fn": 1, "precision": pytest.approx(2 / 3),
                                       "recall": pytest.approx(2 / 3), "f1": pytest.approx(2 / 3)}
    assert data["micro"]["attribution"] == {"hits": 0, "total": 1, "accuracy": 0.0}
    assert data["articles"][0]["spurious"] == ["PRK CONDEMNS USA [asserted]"]


def test_missing_dir(dirs, tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope"), str(dirs[1]))
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"Error: gold directory {tmp_path / 'nope'} does not exist"]


def test_no_pairs(dirs) -> None:
    gold, articles = dirs
    (articles / "story.txt").rename(articles / "other.txt")
    result = run(str(gold), str(articles))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: no gold file in {gold} has an article of the same base name in {articles}"
        " (1 gold file(s), 1 article file(s))"
    ]


def test_malformed_gold(dirs) -> None:
    gold, articles = dirs
    (gold / "story.jsonl").write_text(json.dumps(GOLD[0]) + "\n{broken\n")
    result = run(str(gold), str(articles))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: {gold / 'story.jsonl'}, line 2: not valid JSON (Expecting property name enclosed in double quotes)"
    ]


def test_extractor_sees_the_article(dirs, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Article] = []
    monkeypatch.setattr(evaluate_module, "_load_extract", lambda *files: (lambda a: seen.append(a) or [], {}, KNOWN))
    result = run(*map(str, dirs))
    assert result.exit_code == 0
    assert [a.text for a in seen] == [TEXT]
    assert result.output.splitlines()[-3] == "strict   P n/a  R 0.00  F1 n/a  (tp 0, fp 0, fn 3)"


def test_gold_ids_spelling_a_known_name_are_scored_as_that_actor(dirs, monkeypatch: pytest.MonkeyPatch) -> None:
    gold, articles = dirs
    rows = [dict(GOLD[0], source=["RUSSIAN_FEDERATION"])]
    (gold / "story.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    monkeypatch.setattr(evaluate_module, "_load_extract",
                        lambda *files: (lambda article: list(PREDICTIONS[:1]), {"RUSSIAN_FEDERATION": "RUS"}, KNOWN))
    result = run(str(gold), str(articles))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-3].startswith("strict   P 1.00  R 1.00")
    assert "Note: gold id RUSSIAN_FEDERATION scored as RUS (a name of RUS in the gazetteer)" in result.output


def test_actors_the_gazetteer_does_not_know_are_noted(dirs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluate_module, "_load_extract",
                        lambda *files: (lambda article: list(PREDICTIONS), {}, frozenset({"RUS", "UKR", "USA"})))
    result = run(*map(str, dirs))
    assert result.exit_code == 0, result.output
    assert "Note: required gold rows name actors the gazetteer does not know (extend it with --actors): PRK (2 rows)" \
        in result.output


def test_no_note_when_every_actor_is_known(dirs) -> None:
    result = run(*map(str, dirs))
    assert "does not know" not in result.output


def test_actors_file_extends_the_real_extractor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cli.commands, "evaluate", evaluate_module.evaluate)
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir(), articles.mkdir()
    row = {"source": ["NORTHERN_LIONS"], "type": ["ATTACKS"], "target": ["BDI"], "status": ["asserted"],
           "attributed_to": [], "required": True}
    (gold / "raid.jsonl").write_text(json.dumps(row) + "\n")
    (articles / "raid.txt").write_text("The Northern Lions Brigade attacked an army post in Burundi on Monday, killing four soldiers.")
    actors = tmp_path / "actors.yaml"
    actors.write_text("kind: armed_group\nactors:\n  - {id: NORTHERN_LIONS, names: [Northern Lions Brigade]}\n")
    plain = run(str(gold), str(articles))
    assert plain.exit_code == 0, plain.output
    assert "does not know (extend it with --actors): NORTHERN_LIONS (1 row)" in plain.output
    assert plain.output.splitlines()[-3].startswith("strict   P n/a  R 0.00")
    extended = run(str(gold), str(articles), "--actors", str(actors))
    assert extended.exit_code == 0, extended.output
    assert "does not know" not in extended.output
    assert extended.output.splitlines()[-3].startswith("strict   P 1.00  R 1.00"), extended.output
