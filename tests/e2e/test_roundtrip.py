"""Round trips through every export format, on the embedded store and the real Neo4j.

A snapshot's JSON dump is the yardstick: two graphs have the same content exactly when their
dumps are byte-identical (actors with analytic properties, articles, relations with provenance).
"""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from graph.export import (
    csv_tables, cypher_script, dumps, gexf_bytes, graphml_bytes, import_dump, loads, read_csv_tables, read_gexf,
    read_graphml, split_statements,
)
from graph.model import Actor, Article, Relation
from graph.store import Batch, Store

pytestmark = pytest.mark.neo4j

TRICKY = (
    'Officials said: "It\'s a \'fake\' claim" \\ C:\\new\\table\r\n'
    "second line\ttab. Arabic: كوريا الشمالية تنفي. Русский: Россия отрицает. "
    "中文：朝鲜否认。 Emoji: 🚀🇰🇵"
)


def seed(store: Store) -> None:
    """A small graph with every kind of value: lists, nulls, floats, analytic properties, odd text."""
    store.write(Batch(
        actors=[Actor("PRK", "state", "North Korea", ("DPRK", "Pyongyang", "朝鲜")), Actor("RUS", "state", "Russia"),
                Actor("USA", "state", "United States"), Actor("UKR", "state", "Ukraine"),
                Actor("UN", "igo", "United Nations")],
        articles=[Article("a1", url="https://example.org/a1?x=1&y=2", title=TRICKY, outlet="Example News",
                          published="2022-09-22"),
                  Article("a2", title="Later", published="2023-03-01"), Article("a3")],
        relations=[
            Relation("PRK", "SUPPLIES", "RUS", "alleged", ("USA", "GBR"), "weapons", 0.82, "a1", TRICKY, 100, 160),
            Relation("PRK", "SUPPLIES", "RUS", "denied", ("PRK",), "weapons", 0.9, "a1", "We never exported.", 200, 242),
            Relation("PRK", "DENIES", "USA", "asserted", (), None, 0.8, "a1", "We never exported.", 200, 242),
            Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="the invasion of Ukraine"),
            Relation("USA", "SUPPLIES", "UKR", "asserted", (), "weapons", 1 / 3, "a2", "Kyiv receives equipment"),
        ],
    ))
    store.set_actor_properties([{"id": "PRK", "pagerank": 0.123456789, "bloc": 1}, {"id": "RUS", "degree_in": 2}])


def sentences(G: nx.MultiDiGraph) -> set[str]:
    return {d["sentence"] for _, _, d in G.edges(data=True)}


def named_query_results(store: Store) -> dict[str, list]:
    """Every named query with plain parameters, rows in a canonical order (ties may come in any order)."""
    queries = pytest.importorskip("queries")
    values = {"actor": "PRK", "type": "SUPPLIES", "date": "2000-01-01"}
    second = {"accuser": "USA", "b": "RUS", "target": "RUS", "to": "UKR", "until": "2030-12-31"}
    results = {}
    for query in queries.list_queries():
        params = {p.name: second.get(p.name, values.get(p.kind, "PRK")) for p in query.params if p.required}
        rows = queries.run_named(store, query.name, params)
        results[query.name] = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in rows)
    return results


@pytest.mark.parametrize("direction", ["ladybug-to-neo4j", "neo4j-to-ladybug"])
def test_json_dump_carries_a_store_into_the_other(direction, ladybug_store, neo4j_store):
    source, target = (ladybug_store, neo4j_store) if direction.startswith("ladybug") else (neo4j_store, ladybug_store)
    seed(source)
    text = dumps(source.to_networkx())
    import_dump(target, loads(text))
    assert target.stats() == source.stats()
    assert dumps(target.to_networkx()) == text
    assert TRICKY in sentences(target.to_networkx())
    assert named_query_results(target) == named_query_results(source)


def test_json_import_json_is_byte_identical(store):
    seed(store)
    first = dumps(store.to_networkx())
    store.reset()
    import_dump(store, loads(first))
    assert dumps(store.to_networkx()) == first
    import_dump(store, loads(first))  # again: nothing changes
    assert dumps(store.to_networkx()) == first
    assert store.stats().to_json()["relations"] == 5


def test_graphml_reads_back(store):
    seed(store)
    G = store.to_networkx()
    data = graphml_bytes(G)
    plain = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert (plain.number_of_nodes(), plain.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges()) == (6, 5)
    back = read_graphml(io.BytesIO(data))
    assert TRICKY in sentences(back)
    assert dumps(back) == dumps(G)


def test_gexf_reads_back(store):
    seed(store)
    G = store.to_networkx()
    data = gexf_bytes(G)
    plain = nx.read_gexf(io.BytesIO(data))
    assert (plain.number_of_nodes(), plain.number_of_edges()) == (6, 5)
    back = read_gexf(io.BytesIO(data))
    back.graph["articles"] = G.graph["articles"]  # GEXF has no place for the article table
    assert TRICKY in sentences(back)
    assert dumps(back) == dumps(G)


def test_csv_reads_back(store):
    seed(store)
    G = store.to_networkx()
    back = read_csv_tables(csv_tables(G))
    assert TRICKY in sentences(back)
    assert dumps(back) == dumps(G)


@pytest.mark.parametrize("source_kind", ["ladybug", "neo4j"])
def test_cypher_script_recreates_the_graph_in_an_empty_neo4j(source_kind, ladybug_store, neo4j_store):
    source = ladybug_store if source_kind == "ladybug" else neo4j_store
    seed(source)
    G = source.to_networkx()
    expected_stats = source.stats()
    script = cypher_script(G)
    neo4j_store.reset()
    assert neo4j_store.stats().relations == 0
    for statement in split_statements(script):
        neo4j_store.run(statement, read_only=False)
    assert neo4j_store.stats() == expected_stats
    assert dumps(neo4j_store.to_networkx()) == dumps(G)
    assert TRICKY in sentences(neo4j_store.to_networkx())
    for statement in split_statements(script):  # MERGE all the way: running it twice changes nothing
        neo4j_store.run(statement, read_only=False)
    assert neo4j_store.stats() == expected_stats


@pytest.mark.parametrize("store_setting", ["ladybug", "neo4j"], indirect=True)
def test_cli_export_then_import_on_each_store(store_setting, tmp_path):
    from click.testing import CliRunner

    from graph.store import open_store
    from stategraph.cli.main import cli

    source = tmp_path / "source.lbug"
    with open_store(str(source)) as store:
        seed(store)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    runner = CliRunner()
    result = runner.invoke(cli, ["--store", str(source), "export", "--format", "json", "-o", str(first)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--store", store_setting, "import", str(first)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Imported 6 actors, 3 articles and 5 relations from ")
    result = runner.invoke(cli, ["--store", store_setting, "export", "--format", "json", "-o", str(second)])
    assert result.exit_code == 0, result.output
    assert second.read_bytes() == first.read_bytes()
