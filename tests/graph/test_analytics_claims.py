import pytest

from graph.analytics import contested_claims
from graph.errors import EmptyGraphError
from graph.model import Relation
from graph.snapshot import build_graph


def test_alleged_and_denied_relation_is_contested():
    G = build_graph(relations=[
        Relation("PRK", "SUPPLIES", "RUS", "alleged", ["USA"], article="a1"),
        Relation("PRK", "SUPPLIES", "RUS", "alleged", ["KOR", "USA"], article="a2", sentence="again"),
        Relation("PRK", "SUPPLIES", "RUS", "confirmed", ["GBR"], article="a2"),
        Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"], article="a3"),
        Relation("PRK", "SUPPLIES", "RUS", "denied", ["RUS"], article="a4"),
        Relation("PRK", "DENIES", "USA", article="a3"),
        Relation("RUS", "ATTACKS", "UKR", article="a1"),
    ])
    [claim] = contested_claims(G)
    assert (claim.source, claim.type, claim.target) == ("PRK", "SUPPLIES", "RUS")
    assert claim.claimed_by == ["GBR", "KOR", "USA"]
    assert claim.denied_by == ["PRK", "RUS"]
    assert (claim.claim_articles, claim.denial_articles) == (2, 2)
    assert claim.by_status == {"alleged": 2, "confirmed": 1, "denied": 2}


def test_denial_alone_or_allegation_alone_is_not_contested():
    G = build_graph(relations=[
        Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"], article="a1"),
        Relation("IRN", "SUPPLIES", "RUS", "alleged", ["USA"], article="a1"),
        Relation("IRN", "SUPPLIES", "UKR", "denied", ["IRN"], article="a1"),
    ])
    assert contested_claims(G) == []


def test_claims_are_ordered_by_coverage():
    G = build_graph(relations=[
        Relation("A", "ATTACKS", "B", "alleged", ["C"], article="a1"),
        Relation("A", "ATTACKS", "B", "denied", ["A"], article="a2"),
        Relation("X", "SUPPLIES", "Y", "asserted", article="a3"),
        Relation("X", "SUPPLIES", "Y", "alleged", ["Z"], article="a4"),
        Relation("X", "SUPPLIES", "Y", "denied", ["X"], article="a5"),
    ])
    claims = contested_claims(G)
    assert [(c.source, c.claim_articles, c.denial_articles) for c in claims] == [("X", 2, 1), ("A", 1, 1)]
    assert claims[0].claimed_by == ["Z"]


def test_empty_graph_raises():
    with pytest.raises(EmptyGraphError):
        contested_claims(build_graph())
