"""The loader: headers, typing and validation of parameters, literal substitution."""

from __future__ import annotations

import re

import pytest

from graph.errors import QueryError
from graph.model import Family, RelationType, Status
from queries import QUERY_DIR, get_query, list_queries

REQUIRED = {
    "actor-profile", "dyad", "who-does", "done-to", "contested-claims", "allegations-by", "evidence",
    "allies", "adversaries", "recognitions", "arms-network", "path", "neighbourhood", "most-active",
    "between-dates", "unresolved",
}


def test_every_required_query_is_there() -> None:
    names = {q.name for q in list_queries()}
    assert REQUIRED <= names
    assert all(q.description and q.texts["neo4j"].startswith(("MATCH", "CALL {")) for q in list_queries())


def test_bind_types_and_defaults() -> None:
    bound = get_query("neighbourhood").bind({"id": "rus"})
    assert bound == {"id": "RUS", "hops": 2}
    assert get_query("allies").bind({"id": "RUS"})["types"] == ["COOPERATES", "MEETS", "RECOGNIZES", "SUPPORTS"]
    assert get_query("adversaries").bind({"id": "RUS", "types": "force,SANCTIONS"})["types"] == [
        "ATTACKS", "MOBILIZES", "SANCTIONS"]
    assert get_query("arms-network").bind({"statuses": '["denied", "ALLEGED"]'})["statuses"] == ["alleged", "denied"]
    assert get_query("between-dates").bind({"since": "2023-01-02", "until": "2023-02-03T10:00"})["until"] == "2023-02-03"
    assert get_query("who-does").bind({"target": "UKR", "type": "attacks"}) == {"target": "UKR", "type": "ATTACKS"}


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("dyad", {"a": "RUS"}, "query 'dyad' needs --param b=... (the other actor)"),
        ("dyad", {"a": "RUS", "b": "PRK", "c": "X"}, "query 'dyad' has no parameter 'c' (parameters: a, b)"),
        ("neighbourhood", {"id": "RUS", "hops": "4"}, "parameter 'hops' must be between 1 and 3, got 4"),
        ("neighbourhood", {"id": "RUS", "hops": "2; DROP"}, "parameter 'hops' (int): expected an integer, got '2; DROP'"),
        ("who-does", {"target": "UKR", "type": "HUGS"}, "parameter 'type' (type): unknown relation type 'HUGS'"),
        ("between-dates", {"since": "yesterday", "until": "2023-01-01"},
         "parameter 'since' (date): published must be an ISO date like 2022-09-22, got 'yesterday'"),
        ("most-active", {"family": "friendship"}, "parameter 'family' (family): unknown family 'friendship'"),
        ("dyad", {"a": "not an id", "b": "PRK"}, "parameter 'a' (actor): actor id must be an upper-case id"),
        ("dyad", {"a": "", "b": "PRK"}, "parameter 'a' needs a value (one actor)"),
    ],
    ids=["missing", "unknown", "range", "not-int", "bad-type", "bad-date", "bad-family", "bad-actor", "empty-required"],
)
def test_bind_refuses(name: str, raw: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError) as err:
        get_query(name).bind(raw)
    assert str(err.value).startswith(message)


def test_unknown_query() -> None:
    with pytest.raises(QueryError, match=r"^no named query 'nope' \(see `stategraph query list`\)$"):
        get_query("nope")


def test_literal_is_written_in_and_nothing_else() -> None:
    query = get_query("neighbourhood")
    text, params = query.render("ladybug", query.bind({"id": "RUS", "hops": "3"}))
    assert "* TRAIL 1..3]" in text and "{{" not in text
    assert params == {"id": "RUS"}
    text, params = query.render("neo4j", query.bind({"id": "RUS"}))
    assert "-[*1..2]-" in text and params == {"id": "RUS"}
    allies = get_query("allies")
    text, params = allies.render("neo4j", allies.bind({"id": "RUS", "types": "force,SANCTIONS"}))
    assert "-[r:`ATTACKS`|`MOBILIZES`|`SANCTIONS`]-" in text
    assert params == {"id": "RUS", "statuses": ["alleged", "asserted", "confirmed", "planned"]}


def test_variant_is_chosen_by_dialect() -> None:
    query = get_query("path")
    assert "allShortestPaths" in query.cypher_for("neo4j")
    assert "ALL SHORTEST" in query.cypher_for("ladybug")
    assert get_query("recognitions").cypher_for("ladybug") == get_query("recognitions").cypher_for("neo4j")
    with pytest.raises(QueryError, match="unknown dialect 'sql'"):
        query.cypher_for("sql")


def test_literals_in_files_come_from_the_codebook() -> None:
    """Types and statuses spelt in .cypher files are codebook members; most-active's families match."""
    types = {t.value for t in RelationType}
    statuses = {s.value for s in Status}
    for path in QUERY_DIR.glob("*.cypher"):
        body = "\n".join(line for line in path.read_text().splitlines() if not line.startswith("//"))
        for word in re.findall(r"'([A-Za-z_]+)'", body):
            if word.isupper():
                assert word in types, (path.name, word)
        for word in re.findall(r"\.status = '([a-z]+)'", body):
            assert word in statuses, (path.name, word)
        for labels in re.findall(r"\[r?:([A-Z_|]+)\]", body):
            assert set(labels.split("|")) <= types, (path.name, labels)
    for family in Family:
        members = sorted(t.value for t in RelationType if t.family is family)
        case = re.search(rf"IN \[([^\]]*)\] THEN '{family.value}'", get_query("most-active").cypher_for("ladybug"))
        assert case and sorted(re.findall(r"'([A-Z_]+)'", case.group(1))) == members, family
        degree = re.search(rf"WHEN '{family.value}' THEN \[COUNT {{ \(a\)-\[:([A-Z_|]+)\]->\(\) }}, "
                           rf"COUNT {{ \(a\)<-\[:([A-Z_|]+)\]-\(\) }}\]", get_query("most-active").cypher_for("neo4j"))
        assert degree and sorted(degree.group(1).split("|")) == members == sorted(degree.group(2).split("|")), family
