"""Export formats and the dump reader, on hand-built snapshots (no store)."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from graph.errors import ExportError, InputError
from graph.export import (
    Dump, csv_tables, cypher_script, dump_batches, dumps, gexf_bytes, graphml_bytes, loads, read_gexf, read_graphml,
    read_csv_tables, split_statements,
)
from graph.export.cypherscript import cypher_value
from graph.export.records import RELATION_KEYS
from graph.model import Actor, Article, Relation
from graph.snapshot import build_graph

TRICKY = (
    'Officials said: "It\'s a \'fake\' claim" \\ C:\\new\\table\r\n'
    "second line\ttab. Arabic: كوريا الشمالية تنفي. Русский: Россия отрицает. "
    "中文：朝鲜否认。 Emoji: 🚀🇰🇵"
)

ACTORS = [
    Actor("PRK", "state", "North Korea", ("DPRK", "Pyongyang", "朝鲜")),
    Actor("RUS", "state", "Russia"),
    Actor("USA", "state", "United States"),
    Actor("UKR", "state", "Ukraine"),
]
ARTICLES = [
    Article("a1", url="https://example.org/a1?x=1&y=2", title=TRICKY, outlet="Example News", published="2022-09-22"),
    Article("a2", title="Later", published="2023-03-01"),
]
RELATIONS = [
    Relation("PRK", "SUPPLIES", "RUS", "alleged", ("USA",), "weapons", 0.82, "a1", TRICKY, 100, 160, "2022-09-22"),
    Relation("PRK", "SUPPLIES", "RUS", "denied", ("PRK",), "weapons", 0.9, "a1", "We never exported.", 200, 242,
             "2022-09-22"),
    Relation("PRK", "DENIES", "USA", "asserted", (), None, 0.8, "a1", "We never exported.", 200, 242, "2022-09-22"),
    Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="the invasion of Ukraine", published="2023-03-01"),
]


def snapshot(relations=RELATIONS, actors=ACTORS) -> nx.MultiDiGraph:
    G = build_graph(actors, relations, ARTICLES)
    G.nodes["PRK"]["pagerank"] = 0.3125
    G.nodes["PRK"]["bloc"] = 2
    return G


def rebuild(dump: Dump) -> nx.MultiDiGraph:
    G = build_graph(dump.actors, dump.relations, dump.articles)
    for row in dump.actor_properties:
        G.nodes[row["id"]].update({k: v for k, v in row.items() if k != "id"})
    return G


# JSON dump


def test_dump_is_independent_of_insertion_order():
    assert dumps(snapshot()) == dumps(snapshot(list(reversed(RELATIONS)), list(reversed(ACTORS))))


def test_dump_layout_one_record_per_line_in_codebook_order():
    lines = dumps(snapshot()).splitlines()
    assert lines[0] == '{"format": "stategraph-dump", "version": 1,'
    assert lines[1] == '"actors": ['
    assert lines[2] == (
        '{"id": "PRK", "kind": "state", "name": "North Korea", "aliases": ["DPRK", "Pyongyang", "朝鲜"], '
        '"pagerank": 0.3125, "bloc": 2},'
    )
    relations_at = lines.index('"relations": [')
    first = json.loads(lines[relations_at + 1].rstrip(","))
    assert tuple(first) == RELATION_KEYS
    assert first["sentence"] == TRICKY
    assert lines[-1] == "]}"
    assert len(lines) == 1 + (1 + 4 + 1) + (1 + 2 + 1) + (1 + 4 + 1)


def test_dump_of_an_empty_graph():
    text = dumps(build_graph())
    assert text == '{"format": "stategraph-dump", "version": 1,\n"actors": [],\n"articles": [],\n"relations": []}\n'
    assert loads(text) == Dump()


def test_dump_reads_back_to_the_same_dump():
    text = dumps(snapshot())
    dump = loads(text)
    assert [r.sentence for r in dump.relations].count(TRICKY) == 1
    assert dump.actor_properties == [{"id": "PRK", "pagerank": 0.3125, "bloc": 2}]
    assert dumps(rebuild(dump)) == text


def _edit(transform) -> str:
    doc = json.loads(dumps(snapshot()))
    transform(doc)
    return json.dumps(doc)


BAD_DUMPS = [
    ("truncated", dumps(snapshot())[:300],
     "d.json: not valid JSON at line 5, column 51: Unterminated string starting at"),
    ("not-an-object", "[]", "d.json, top level: expected a JSON object, got a list"),
    ("other-format", _edit(lambda d: d.update(format="gexf")), "d.json, format: expected 'stategraph-dump', got 'gexf'"),
    ("future-version", _edit(lambda d: d.update(version=2)),
     "d.json, version: unsupported version 2 (this stategraph reads 1)"),
    ("missing-section", _edit(lambda d: d.pop("articles")), "d.json, articles: missing key"),
    ("extra-section", _edit(lambda d: d.update(nodes=[])), "d.json, nodes: unknown key"),
    ("unknown-type", _edit(lambda d: d["relations"][3].update(type="X")),
     "d.json, relations[3]: unknown relation type 'X' (allowed: SUPPLIES, SUPPORTS, COOPERATES, MEETS, RECOGNIZES, "
     "REQUESTS, ACCUSES, CONDEMNS, DENIES, THREATENS, SANCTIONS, REDUCES_RELATIONS, MOBILIZES, ATTACKS)"),
    ("confidence", _edit(lambda d: d["relations"][0].update(confidence=1.5)),
     "d.json, relations[0]: confidence must be in [0, 1], got 1.5"),
    ("unknown-relation-key", _edit(lambda d: d["relations"][1].update(weight=2)),
     "d.json, relations[1]: unknown key(s) weight"),
    ("dangling-target", _edit(lambda d: d["actors"].pop(1)),
     "d.json, relations[0].target: actor 'RUS' is not among the dump's actors"),
    ("dangling-article", _edit(lambda d: d["articles"].pop(1)),
     "d.json, relations[3].article: article 'a2' is not among the dump's articles"),
    ("duplicate-relation", _edit(lambda d: d["relations"].append(d["relations"][0])),
     "d.json, relations[4]: duplicate of relations[0] (same claim, article and sentence)"),
    ("duplicate-actor", _edit(lambda d: d["actors"].append(d["actors"][0])),
     "d.json, actors[4]: duplicate actor id 'PRK' (also actors[0])"),
    ("actor-kind", _edit(lambda d: d["actors"][2].update(kind="country")),
     "d.json, actors[2].kind: unknown actor kind 'country' (allowed: state, igo, territory, bloc, armed_group, "
     "organization)"),
    ("actor-id", _edit(lambda d: d["actors"][0].update(id="prk")),
     "d.json, actors[0].id: actor id must be an upper-case id like 'PRK' or 'NAGORNO_KARABAKH', got 'prk'"),
    ("actor-property", _edit(lambda d: d["actors"][0].update(pagerank="high")),
     "d.json, actors[0].pagerank: expected a number, got 'high'"),
    ("actor-unknown-property", _edit(lambda d: d["actors"][0].update(colour="red")),
     "d.json, actors[0].colour: unknown key"),
    ("aliases", _edit(lambda d: d["actors"][0].update(aliases="DPRK")),
     "d.json, actors[0].aliases: expected a list of strings"),
    ("published", _edit(lambda d: d["articles"][0].update(published="22/09/2022")),
     "d.json, articles[0].published: published must be an ISO date like 2022-09-22, got '22/09/2022'"),
    ("article-title", _edit(lambda d: d["articles"][1].update(title=5)),
     "d.json, articles[1].title: expected a string or null, got a number"),
]


@pytest.mark.parametrize("text, message", [(t, m) for _, t, m in BAD_DUMPS], ids=[i for i, _, _ in BAD_DUMPS])
def test_bad_dump_names_its_first_fault(text, message):
    with pytest.raises(InputError) as info:
        loads(text, name="d.json")
    assert str(info.value) == message + "; nothing was imported"


def test_dump_that_is_not_utf8():
    with pytest.raises(InputError, match=r"^d.json: not UTF-8 text \(byte 2\); nothing was imported$"):
        loads(b'{"\xff', name="d.json")


def test_batches_never_split_an_article_and_carry_full_actors():
    many = [Relation("RUS", "ATTACKS", "UKR", article="a2", sentence=f"strike {i}") for i in range(3)]
    lonely = Actor("UN", "igo", "United Nations")
    dump = loads(dumps(snapshot(RELATIONS + many, ACTORS + [lonely])))
    batches = list(dump_batches(dump, max_relations=2))
    by_batch = [{r.article for r in b.relations} for b in batches]
    assert by_batch == [{"a1"}, {"a2"}]
    assert [len(b.relations) for b in batches] == [3, 4]
    assert batches[0].actors[0] == lonely  # named by no relation, so it travels first
    assert {a.id: a.kind.value for a in batches[1].actors} == {"RUS": "state", "UKR": "state"}
    assert {a.id for a in batches[0].articles} == {"a1"}


# GraphML and GEXF


def test_graphml_reads_back_with_everything():
    data = graphml_bytes(snapshot())
    plain = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert (plain.number_of_nodes(), plain.number_of_edges()) == (4, 4)
    assert plain.nodes["PRK"]["aliases"] == '["DPRK", "Pyongyang", "朝鲜"]'
    assert plain.nodes["PRK"]["label"] == "North Korea"
    assert "mode" not in plain.edges["RUS", "UKR", Relation("RUS", "ATTACKS", "UKR", article="a2",
                                                            sentence="the invasion of Ukraine").key]
    assert dumps(read_graphml(io.BytesIO(data))) == dumps(snapshot())


def test_graphml_is_stable():
    assert graphml_bytes(snapshot()) == graphml_bytes(snapshot(list(reversed(RELATIONS))))


def test_gexf_reads_back_with_everything_but_the_article_table():
    data = gexf_bytes(snapshot())
    plain = nx.read_gexf(io.BytesIO(data))
    assert (plain.number_of_nodes(), plain.number_of_edges()) == (4, 4)
    edge = next(d for _, _, d in plain.edges(data=True) if d["status"] == "alleged")
    assert (edge["label"], edge["relation"], edge["weight"]) == ("SUPPLIES", "SUPPLIES", 0.82)
    G = read_gexf(io.BytesIO(data))
    G.graph["articles"] = snapshot().graph["articles"]
    assert dumps(G) == dumps(snapshot())


@pytest.mark.parametrize("writer", [graphml_bytes, gexf_bytes], ids=["graphml", "gexf"])
def test_xml_formats_refuse_characters_xml_cannot_hold(writer):
    bad = Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="bell\x07")
    with pytest.raises(ExportError) as info:
        writer(snapshot([bad]))
    assert str(info.value) == (
        f"relation RUS ATTACKS UKR ({bad.key}), sentence: the character U+0007 cannot be written to XML; "
        "export as json, csv or cypher instead"
    )


# CSV for neo4j-admin


def test_csv_has_the_neo4j_admin_headers():
    tables = csv_tables(snapshot())
    assert sorted(tables) == ["actors.csv", "articles.csv", "relations.csv"]
    assert tables["actors.csv"].splitlines()[0] == (
        "id:ID(Actor),:LABEL,kind,name,aliases:string[],pagerank:float,betweenness:float,degree_in:int,"
        "degree_out:int,bloc:int"
    )
    assert tables["articles.csv"].splitlines()[0] == "id:ID(Article),:LABEL,url,title,outlet,published"
    assert tables["relations.csv"].splitlines()[0] == (
        ":START_ID(Actor),:END_ID(Actor),:TYPE,rid,status,attributed_to:string[],mode,confidence:float,article,"
        "sentence,char_start:int,char_end:int,published"
    )
    assert tables["actors.csv"].splitlines()[1] == (
        '"PRK","Actor","state","North Korea","DPRK;Pyongyang;朝鲜",0.3125,,,,2'
    )


def test_csv_reads_back_to_the_same_graph():
    assert dumps(read_csv_tables(csv_tables(snapshot()))) == dumps(snapshot())


def test_csv_refuses_an_array_item_with_the_delimiter():
    actors = [Actor("PRK", "state", "North Korea", ("DPRK; the North",))]
    with pytest.raises(ExportError) as info:
        csv_tables(snapshot(actors=actors))
    assert str(info.value) == (
        "aliases:string[] of PRK: the array item 'DPRK; the North' holds the array delimiter ';'; "
        "export as json or cypher instead"
    )


# Cypher script


@pytest.mark.parametrize("value, literal", [
    ("plain", "'plain'"),
    ("it's \"q\" \\", "'it\\'s \\\"q\\\" \\\\'"),
    ("a\nb\r\tc\x01", "'a\\nb\\r\\tc\\u0001'"),
    ("Россия", "'\\u0420\\u043e\\u0441\\u0441\\u0438\\u044f'"),
    ("🚀", "'\\ud83d\\ude80'"),
    (None, "null"),
    (True, "true"),
    (3, "3"),
    (0.82, "0.82"),
    (1.5e20, "1.5e20"),
    (["USA", "it's"], "['USA', 'it\\'s']"),
    ([], "[]"),
], ids=["plain", "quotes", "control", "cyrillic", "emoji", "null", "bool", "int", "float", "exponent", "list", "empty"])
def test_cypher_literals(value, literal):
    assert cypher_value(value) == literal


def test_cypher_literal_refuses_nan():
    with pytest.raises(ExportError, match="cannot be written as a Cypher literal"):
        cypher_value(float("nan"))


def test_cypher_script_is_ascii_one_statement_per_line():
    script = cypher_script(snapshot())
    assert script.isascii()
    statements = split_statements(script)
    assert len(statements) == 2 + 4 + 2 + 4
    assert statements[2] == (
        "MERGE (a:Actor {id: 'PRK'}) SET a.kind = 'state', a.name = 'North Korea', "
        "a.aliases = ['DPRK', 'Pyongyang', '\\u671d\\u9c9c'], a.pagerank = 0.3125, a.bloc = 2"
    )
    last = statements[-1]
    rid = Relation("RUS", "ATTACKS", "UKR", article="a2", sentence="the invasion of Ukraine").key
    assert last == (
        "MATCH (a:Actor {id: 'RUS'}) MATCH (b:Actor {id: 'UKR'}) "
        f"MERGE (a)-[r:`ATTACKS` {{rid: '{rid}'}}]->(b) SET r.status = 'asserted', r.attributed_to = [], "
        "r.confidence = 1.0, r.sentence = 'the invasion of Ukraine', r.article = 'a2', r.published = '2023-03-01'"
    )
    assert all(s.count("`") in (0, 2) for s in statements)


def test_public_surface_is_importable():
    import graph.export as package

    assert sorted(package.__all__) == sorted(set(package.__all__))
    assert all(getattr(package, name, None) is not None for name in package.__all__)
