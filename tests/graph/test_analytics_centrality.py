import networkx as nx
import pytest

from graph.analytics import aggregate, centrality, weighted_pagerank
from graph.errors import EmptyGraphError, ValidationError
from graph.model import Relation
from graph.snapshot import build_graph


@pytest.fixture
def G():
    return build_graph(relations=[
        Relation("RUS", "ATTACKS", "UKR", sentence="1"),
        Relation("RUS", "ATTACKS", "UKR", sentence="2"),
        Relation("RUS", "THREATENS", "UKR", sentence="3"),
        Relation("USA", "SUPPLIES", "UKR"),
        Relation("UKR", "ACCUSES", "RUS"),
        Relation("PRK", "SUPPLIES", "RUS"),
        Relation("CHN", "MEETS", "RUS", "denied", ["CHN"]),
    ])


def test_aggregate_folds_relations_into_pairs(G):
    A = aggregate(G)
    assert A["RUS"]["UKR"] == {"count": 3, "weight": -26.0, "abs_weight": 26.0, "families": {"force": 2, "dispute": 1}}
    assert not A.has_edge("CHN", "RUS")
    assert set(A.nodes) == set(G.nodes)


@pytest.mark.parametrize("weight", ["count", "abs_weight"])
def test_weighted_pagerank_matches_networkx(G, weight):
    A = aggregate(G)
    reference = nx.DiGraph()
    reference.add_nodes_from(A.nodes)
    for u, v, d in A.edges(data=True):
        reference.add_edge(u, v, w=d[weight])
    expected = nx.pagerank(reference, weight="w")
    got = weighted_pagerank(A, weight)
    assert got == pytest.approx(expected)
    by_scores = {s.actor: s.pagerank for s in centrality(G, weight=weight)}
    assert by_scores == pytest.approx(expected)


def test_weight_choice_changes_ranking():
    G = build_graph(relations=[Relation("A", "MEETS", "B", sentence=str(i)) for i in range(3)]
                    + [Relation("A", "ATTACKS", "C")])
    by_count = {s.actor: s.pagerank for s in centrality(G, weight="count")}
    by_abs = {s.actor: s.pagerank for s in centrality(G, weight="abs_weight")}
    assert by_count["B"] > by_count["C"]
    assert by_abs["C"] > by_abs["B"]


def test_degrees_count_distinct_partners_per_family(G):
    scores = {s.actor: s for s in centrality(G)}
    ukr = scores["UKR"]
    assert (ukr.degree_in, ukr.degree_out) == (2, 1)
    assert ukr.in_by_family == {"dispute": 1, "force": 1, "material": 1}
    assert ukr.out_by_family == {"dispute": 1}
    assert scores["CHN"].degree_out == 0


def test_betweenness_on_a_chain():
    G = build_graph(relations=[Relation("A", "SUPPLIES", "B"), Relation("B", "SUPPLIES", "C")])
    scores = {s.actor: s.betweenness for s in centrality(G)}
    assert scores == pytest.approx({"A": 0.0, "B": 0.5, "C": 0.0})


def test_sampled_betweenness_is_deterministic():
    G = build_graph(relations=[Relation(f"N{i}", "MEETS", f"N{(i + 1) % 30}") for i in range(30)])
    first = [s.betweenness for s in centrality(G, betweenness_samples=5, seed=3)]
    assert first == [s.betweenness for s in centrality(G, betweenness_samples=5, seed=3)]
    assert any(first)


def test_errors():
    with pytest.raises(EmptyGraphError):
        centrality(build_graph())
    with pytest.raises(ValidationError, match="PageRank weight must be"):
        weighted_pagerank(nx.DiGraph([("A", "B")]), "weight")  # type: ignore[arg-type]
