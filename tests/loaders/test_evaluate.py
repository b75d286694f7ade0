"""The scorer: gold parsing, one-to-one matching at three levels, attribution, directories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError, ValidationError
from graph.model import Article, Relation
from loaders.evaluate import GoldRow, actor_aliases, dedupe, evaluate_dir, load_gold, score

SEED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "seed-north-korea-denies-arms-to-russia.jsonl"
TEXT = "North Korea denied that it was supplying weapons to Russia, the ministry said in a statement on Thursday."


def row(source, type_, target, status=("asserted",), attributed_to=(), required=True) -> dict:
    return {"source": list(source), "type": list(type_), "target": list(target), "status": list(status),
            "attributed_to": list(attributed_to), "required": required}


def gold(tmp_path: Path, *rows: dict, name: str = "a.jsonl") -> list[GoldRow]:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return load_gold(path)


def rel(source, type_, target, status="asserted", attributed_to=()) -> Relation:
    return Relation(source, type_, target, status, tuple(attributed_to))


needs_seed = pytest.mark.skipif(not SEED_GOLD.exists(), reason="the shared seed gold file is not beside this checkout")


@needs_seed
def test_load_seed_gold() -> None:
    rows = load_gold(SEED_GOLD)
    assert len(rows) == 20 and sum(r.required for r in rows) == 14
    assert rows[7].sources == {"UNSC", "UN"} and rows[7].line == 8


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "not valid JSON"),
        ('["PRK"]', "a gold row must be a JSON object, got list"),
        (json.dumps({**row(["PRK"], ["SUPPLY"], ["RUS"])}), "unknown relation type 'SUPPLY'"),
        (json.dumps({**row(["PRK"], ["SUPPLIES"], ["RUS"], status=["rumoured"])}), "unknown status 'rumoured'"),
        (json.dumps({**row(["prk"], ["SUPPLIES"], ["RUS"])}), "source must be an upper-case id"),
        (json.dumps({**row([], ["SUPPLIES"], ["RUS"])}), "'source' must be a non-empty list"),
        (json.dumps({**row(["PRK"], ["SUPPLIES"], ["RUS"]), "required": "yes"}), "'required' must be true or false"),
        (json.dumps({**row(["PRK"], ["SUPPLIES"], ["RUS"]), "weight": 2}), "unknown key(s) weight"),
    ],
    ids=["json", "not-object", "type", "status", "actor-id", "empty-list", "required", "unknown-key"],
)
def test_malformed_gold_names_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row(["PRK"], ["SUPPLIES"], ["RUS"])) + "\n\n" + line + "\n")
    with pytest.raises(ValidationError) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{path}, line 3: ")
    assert message in str(info.value)


def test_dedupe_merges_attribution() -> None:
    preds = dedupe([rel("PRK", "SUPPLIES", "RUS", "alleged", ["USA"]), rel("PRK", "SUPPLIES", "RUS", "alleged", ["GBR", "USA"]),
                    rel("PRK", "SUPPLIES", "RUS", "denied", ["PRK"])])
    assert [(p.status.value, p.attributed_to) for p in preds] == [("alleged", ("USA", "GBR")), ("denied", ("PRK",))]


@needs_seed
def test_seed_scored_by_hand() -> None:
    rows = load_gold(SEED_GOLD)
    preds = [
        rel("PRK", "SUPPLIES", "RUS", "alleged", ["USA"]),     # row 1: tp, attribution hit
        rel("PRK", "SUPPLIES", "RUS", "alleged", ["GBR"]),     # duplicate, merged
        rel("PRK", "SUPPLIES", "RUS", "denied", ["RUS"]),      # row 2: tp, attribution hit
        rel("IRN", "SUPPLIES", "RUS", "alleged", ["UKR"]),     # row 4: tp, attribution miss
        rel("UN", "SANCTIONS", "PRK"),                         # row 8: tp
        rel("UNSC", "SANCTIONS", "PRK"),                       # row 8 already taken: spurious
        rel("PRK", "COOPERATES", "RUS", "planned"),            # optional row 16 only: neutral (strict)
        rel("RUS", "CONDEMNS", "USA"),                         # strict fp; lenient fits RUS DENIES USA
        rel("PRK", "ATTACKS", "UKR"),                          # spurious everywhere
        rel("RUS", "ATTACKS", "UKR", "alleged", ["UKR"]),      # strict fp (status); edge tp
    ]
    s = score(rows, preds)
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (4, 4, 10)
    assert s.strict.precision == pytest.approx(0.5)
    assert s.strict.recall == pytest.approx(4 / 14)
    assert s.strict.f1 == pytest.approx(2 * 0.5 * (4 / 14) / (0.5 + 4 / 14))
    # lenient: + RUS CONDEMNS USA (dispute) -> RUS DENIES USA; PRK COOPERATES RUS planned fits no required row
    # (status), so it stays neutral through optional row 16.
    assert (s.lenient.tp, s.lenient.fp, s.lenient.fn) == (5, 3, 9)
    # edge: status ignored: + RUS ATTACKS UKR; PRK COOPERATES RUS still only optional.
    assert (s.edge.tp, s.edge.fp, s.edge.fn) == (5, 3, 9)
    assert (s.attribution_hits, s.attribution_total) == (2, 3)
    assert s.attribution == pytest.approx(2 / 3)
    assert {p.source + p.type.value for p in s.spurious} == {"UNSCSANCTIONS", "RUSCONDEMNS", "PRKATTACKS", "RUSATTACKS"}
    assert len(s.misses) == 10 and all(m.required for m in s.misses)


def test_symmetric_types_match_either_direction(tmp_path: Path) -> None:
    rows = gold(tmp_path, row(["USA"], ["MEETS"], ["CHN"]), row(["USA"], ["SUPPORTS"], ["UKR"]))
    s = score(rows, [rel("CHN", "MEETS", "USA"), rel("UKR", "SUPPORTS", "USA")])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 1, 1)


def test_matching_is_maximum_not_greedy(tmp_path: Path) -> None:
    # First prediction fits both rows; a greedy pass taking row 1 for it would strand the second.
    rows = gold(tmp_path, row(["UN", "UNSC"], ["SANCTIONS"], ["PRK"]), row(["UNSC"], ["SANCTIONS"], ["PRK"]))
    s = score(rows, [rel("UNSC", "SANCTIONS", "PRK"), rel("UN", "SANCTIONS", "PRK")])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (2, 0, 0)


def test_prediction_fitting_optional_row_counts_neither_way(tmp_path: Path) -> None:
    rows = gold(tmp_path, row(["USA"], ["ACCUSES"], ["PRK"], required=False))
    s = score(rows, [rel("USA", "ACCUSES", "PRK")])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (0, 0, 0)
    assert s.strict.precision is None and s.strict.recall is None and s.strict.f1 is None


def test_nothing_predicted(tmp_path: Path) -> None:
    rows = gold(tmp_path, row(["RUS"], ["ATTACKS"], ["UKR"]))
    s = score(rows, [])
    assert s.strict.precision is None and s.strict.recall == 0.0 and s.attribution is None


def test_lenient_family_but_not_across_families(tmp_path: Path) -> None:
    rows = gold(tmp_path, row(["PRK"], ["SUPPORTS"], ["RUS"]), row(["USA"], ["SANCTIONS"], ["RUS"]))
    s = score(rows, [rel("PRK", "COOPERATES", "RUS"), rel("USA", "CONDEMNS", "RUS")])
    assert (s.strict.tp, s.lenient.tp, s.lenient.fp) == (0, 1, 1)


def test_evaluate_dir_pairs_by_base_name(tmp_path: Path) -> None:
    g, a = tmp_path / "gold", tmp_path / "articles"
    g.mkdir(), a.mkdir()
    gold(g, row(["PRK"], ["SUPPLIES"], ["RUS"], ["denied"], ["PRK"]), name="one.jsonl")
    gold(g, row(["RUS"], ["ATTACKS"], ["UKR"]), name="lonely.jsonl")
    (a / "one.txt").write_text(TEXT)
    (a / "other.txt").write_text(TEXT)
    seen: list[Article] = []

    def extract(article: Article) -> list[Relation]:
        seen.append(article)
        return [rel("PRK", "SUPPLIES", "RUS", "denied", ["PRK"]), rel("PRK", "DENIES", "USA")]

    report = evaluate_dir(g, a, extract)
    assert [x.name for x in report.articles] == ["one"]
    assert [x.text for x in seen] == [TEXT]
    (one,) = report.articles
    assert (one.gold_rows, one.predictions) == (1, 2)
    assert (one.score.strict.tp, one.score.strict.fp, one.score.strict.fn) == (1, 1, 0)
    assert report.total.attribution == 1.0
    assert report.unpaired_gold == (str(g / "lonely.jsonl"),)
    assert report.warnings() == [f"{g / 'lonely.jsonl'}: no article file of the same base name; not scored"]


def test_evaluate_dir_unreadable_article_scores_as_empty(tmp_path: Path) -> None:
    g, a = tmp_path / "gold", tmp_path / "articles"
    g.mkdir(), a.mkdir()
    gold(g, row(["RUS"], ["ATTACKS"], ["UKR"]), name="x.jsonl")
    (a / "x.txt").write_bytes(b"")
    report = evaluate_dir(g, a, lambda art: [])
    assert report.total.strict.fn == 1
    assert report.warnings() == [f"{a / 'x.txt'}: empty file"]


def test_evaluate_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gold directory .* does not exist"):
        evaluate_dir(tmp_path / "nope", tmp_path, lambda art: [])
    (tmp_path / "g").mkdir()
    (tmp_path / "a").mkdir()
    with pytest.raises(InputError, match=r"no gold file in .* \(0 gold file\(s\), 0 article file\(s\)\)"):
        evaluate_dir(tmp_path / "g", tmp_path / "a", lambda art: [])
    gold(tmp_path / "g", row(["RUS"], ["ATTACKS"], ["UKR"]), name="x.jsonl")
    (tmp_path / "a" / "x.txt").write_text(TEXT)
    (tmp_path / "a" / "x.html").write_text("<p>x</p>")
    with pytest.raises(InputError, match="two article files share the base name 'x'"):
        evaluate_dir(tmp_path / "g", tmp_path / "a", lambda art: [])


def test_actor_aliases_map_slugged_names_to_their_actor() -> None:
    names = {"Islamic State": "ISIS", "ISIL": "ISIS", "the Islamic State": "ISIS", "Hezbollah": "HEZBOLLAH",
             "Congo": "COD", "Congo ": "COG", "Moscow": "RUS", "Russia": "RUS", "Washington Post": object()}
    aliases = actor_aliases(names, {"ISIS", "HEZBOLLAH", "COD", "COG", "RUS"})
    assert aliases["ISLAMIC_STATE"] == "ISIS" and aliases["ISIL"] == "ISIS"
    assert "HEZBOLLAH" not in aliases  # already an id
    assert "CONGO" not in aliases  # names two actors
    assert "THE_ISLAMIC_STATE" not in aliases and "WASHINGTON_POST" not in aliases


def test_evaluate_dir_renames_gold_ids_through_aliases(tmp_path: Path) -> None:
    g, a = tmp_path / "gold", tmp_path / "articles"
    g.mkdir(), a.mkdir()
    gold(g, row(["ISLAMIC_STATE"], ["ATTACKS"], ["IRQ"]), row(["USA"], ["ATTACKS"], ["ISLAMIC_STATE", "SYR"]), name="x.jsonl")
    (a / "x.txt").write_text(TEXT)
    preds = [rel("ISIS", "ATTACKS", "IRQ"), rel("USA", "ATTACKS", "ISIS")]
    plain = evaluate_dir(g, a, lambda art: preds)
    assert (plain.total.strict.tp, plain.total.strict.fn) == (0, 2) and plain.renamed == ()
    renamed = evaluate_dir(g, a, lambda art: preds, {"ISLAMIC_STATE": "ISIS"})
    assert (renamed.total.strict.tp, renamed.total.strict.fp, renamed.total.strict.fn) == (2, 0, 0)
    assert renamed.renamed == (("ISLAMIC_STATE", "ISIS"),)
