import pytest

from graph.analytics import Dyad, dyads, extreme_dyads
from graph.errors import EmptyGraphError
from graph.model import Relation
from graph.snapshot import build_graph


@pytest.fixture
def G():
    return build_graph(relations=[
        Relation("RUS", "ATTACKS", "UKR", article="a1", sentence="s1"),
        Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="s2"),
        Relation("RUS", "THREATENS", "UKR", "alleged", ["UKR"], article="a2", sentence="s3"),
        Relation("USA", "SUPPLIES", "UKR", article="a3"),
        Relation("USA", "MEETS", "UKR", article="a3", sentence="x"),
        Relation("UKR", "ACCUSES", "RUS", article="a4"),
        Relation("CHN", "MEETS", "RUS", "denied", ["CHN"], article="a5"),
    ])


def test_counts_weights_and_articles(G):
    by_pair = {(d.source, d.target): d for d in dyads(G)}
    rus = by_pair[("RUS", "UKR")]
    assert (rus.relations, rus.articles) == (3, 2)
    assert rus.by_family == {"dispute": 1, "force": 2}
    assert rus.by_status == {"alleged": 1, "asserted": 2}
    assert rus.weight_sum == pytest.approx(-26.0)
    assert rus.weight_mean == pytest.approx(-26.0 / 3)
    usa = by_pair[("USA", "UKR")]
    assert (usa.relations, usa.articles, usa.weight_sum, usa.weight_mean) == (2, 1, 9.0, 4.5)


def test_pairs_are_ordered_and_busiest_first(G):
    pairs = dyads(G)
    assert [(d.source, d.target) for d in pairs] == [("RUS", "UKR"), ("USA", "UKR"), ("UKR", "RUS")]


def test_denied_relations_are_left_out(G):
    assert ("CHN", "RUS") not in {(d.source, d.target) for d in dyads(G)}


def test_most_cooperative_and_most_hostile(G):
    coop, hostile = extreme_dyads(dyads(G), n=2)
    assert [(d.source, d.target) for d in coop] == [("USA", "UKR")]
    assert [(d.source, d.target) for d in hostile] == [("RUS", "UKR"), ("UKR", "RUS")]


def test_min_relations_and_ties():
    pairs = [Dyad("A", "B", 1, 1, -10.0, -10.0), Dyad("C", "D", 2, 2, -10.0, -5.0), Dyad("E", "F", 5, 5, 0.0, 0.0)]
    _, hostile = extreme_dyads(pairs)
    assert [d.source for d in hostile] == ["C", "A"]
    coop, hostile = extreme_dyads(pairs, min_relations=2)
    assert coop == [] and [d.source for d in hostile] == ["C"]


def test_empty_graph_raises():
    with pytest.raises(EmptyGraphError):
        dyads(build_graph())
    only_denied = build_graph(relations=[Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"])])
    with pytest.raises(EmptyGraphError, match="no relations to analyse"):
        dyads(only_denied)
