import pytest

from graph.analytics import HAPPENING, dyads, happening_statuses, iter_relations, select
from graph.errors import ValidationError
from graph.model import Relation
from graph.snapshot import build_graph


@pytest.fixture
def G():
    return build_graph(relations=[
        Relation("RUS", "ATTACKS", "UKR", article="a1", published="2022-02-24"),
        Relation("PRK", "SUPPLIES", "RUS", "alleged", ["USA"], article="a2", published="2023-09-01"),
        Relation("PRK", "SUPPLIES", "RUS", "denied", ["PRK"], article="a3", published="2023-09-02"),
        Relation("USA", "SANCTIONS", "RUS", article="a4", published="2024-01-10"),
        Relation("CHN", "MEETS", "RUS", article="a5"),
    ])


def test_denied_is_not_happening_by_default(G):
    assert "denied" not in HAPPENING
    kept = [(u, v, d["status"]) for u, v, d in iter_relations(G)]
    assert ("PRK", "RUS", "denied") not in kept
    assert len(kept) == 4


def test_statuses_can_name_denied(G):
    assert [(u, v) for u, v, _ in iter_relations(G, ["denied"])] == [("PRK", "RUS")]


def test_status_names_are_validated():
    assert happening_statuses(["ALLEGED", "denied"]) == {"alleged", "denied"}
    with pytest.raises(ValidationError, match="unknown status 'rumoured'"):
        happening_statuses(["rumoured"])


def test_select_by_date_window(G):
    H = select(G, since="2023-01-01", until="2023-12-31")
    assert [(u, v, d["status"]) for u, v, d in H.edges(data=True)] == [("PRK", "RUS", "alleged")]
    assert set(H.nodes) == set(G.nodes)


def test_select_by_status_and_type(G):
    H = select(G, statuses=["asserted"], types=["attacks", "SANCTIONS"])
    assert sorted((u, d["type"]) for u, _, d in H.edges(data=True)) == [("RUS", "ATTACKS"), ("USA", "SANCTIONS")]


def test_undated_edges_fail_date_filters_but_pass_otherwise(G):
    assert ("CHN", "RUS") not in {(u, v) for u, v in select(G, since="2000-01-01").edges()}
    assert ("CHN", "RUS") in {(u, v) for u, v in select(G).edges()}


def test_analytics_honour_the_default(G):
    pair = {(d.source, d.target): d for d in dyads(G)}[("PRK", "RUS")]
    assert pair.by_status == {"alleged": 1}
    pair = {(d.source, d.target): d for d in dyads(G, ["alleged", "denied"])}[("PRK", "RUS")]
    assert pair.by_status == {"alleged": 1, "denied": 1}
