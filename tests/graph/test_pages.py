"""Graph pages: folding relations, cuts, styling, escaping, the site, and the viz command."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import graph.pages as pages
from graph.errors import EmptyGraphError, QueryError, ValidationError
from graph.model import Actor, ActorKind, Article, Relation
from graph.pages import (
    PageOptions, SiteOptions, ViewOptions, build_page, build_site, fold_relations, load_style, page_data,
    resolve_actor, select_view,
)
from graph.pages.assets import vis_assets
from graph.pages.style import STYLE_PATH
from graph.snapshot import build_graph
from graph.store import Batch
from graph.store.ladybug import LadybugStore
from stategraph.cli.main import cli

INJECTED = 'Pyongyang <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> shipped shells.'

ACTORS = [
    Actor("PRK", ActorKind.STATE, "North Korea", ("DPRK", "Pyongyang")),
    Actor("RUS", ActorKind.STATE, "Russia", ("Moscow",)),
    Actor("USA", ActorKind.STATE, "United States", ("Washington",)),
    Actor("UKR", ActorKind.STATE, "Ukraine"),
    Actor("UN", ActorKind.IGO, "United Nations"),
    Actor("WAGNER", ActorKind.ARMED_GROUP, "Wagner Group"),
]
ARTICLES = [
    Article("a1", "file:///a1", "First", "Wire", "2023-09-01"),
    Article("a2", None, "Talks in Moscow", "Daily", "2023-09-05"),
    Article("a3", None, "Denial", "Daily", "2023-09-07"),
    Article("a4", None, "Shells <b>shipped</b>", "Wire & Co", "2023-09-09"),
]


def _rel(src, rtype, dst, status="asserted", article="a1", sentence="s", attributed=()):
    return Relation(src, rtype, dst, status, attributed, article=article, sentence=sentence,
                    published=next(a.published for a in ARTICLES if a.id == article))


RELATIONS = [
    _rel("PRK", "SUPPLIES", "RUS", "alleged", "a1", "Officials said shells were sent.", ("USA",)),
    _rel("PRK", "SUPPLIES", "RUS", "alleged", "a2", "Washington said Pyongyang sent rockets.", ("USA",)),
    _rel("PRK", "SUPPLIES", "RUS", "alleged", "a4", INJECTED, ("UKR",)),
    _rel("PRK", "SUPPLIES", "RUS", "alleged", "a3", "A fourth, older? no, a3 report."),
    _rel("PRK", "SUPPLIES", "RUS", "denied", "a3", "North Korea denied supplying Russia.", ("PRK",)),
    _rel("PRK", "DENIES", "USA", "asserted", "a3", "North Korea denied supplying Russia."),
    _rel("RUS", "MEETS", "PRK", "asserted", "a2", "Putin met Kim."),
    _rel("RUS", "ATTACKS", "UKR", "asserted", "a2", "Russia shelled Kyiv."),
    _rel("USA", "SANCTIONS", "RUS", "planned", "a4", "Washington will sanction Moscow."),
    _rel("UN", "REQUESTS", "RUS", "asserted", "a4", "The UN urged Russia to withdraw."),
]


@pytest.fixture
def G() -> nx.MultiDiGraph:
    return build_graph(ACTORS, RELATIONS, ARTICLES)


def _data(html_text: str) -> dict:
    match = re.search(r'<script type="application/json" id="stategraph-data">(.*?)</script>', html_text, re.S)
    assert match, "page has no data element"
    return json.loads(match.group(1))


# Folding relations into drawn edges


def test_fold_relations_aggregates_one_edge_per_source_type_target_status(G):
    folded = {(e.source, e.type, e.target, e.status): e for e in fold_relations(G)}
    alleged = folded[("PRK", "SUPPLIES", "RUS", "alleged")]
    assert alleged.relations == 4
    assert alleged.articles == ("a1", "a2", "a3", "a4")
    assert alleged.attributed_to == ("UKR", "USA")
    assert alleged.label == "supplies (alleged)"
    assert alleged.family == "material"
    # three sentences at most, newest article first, with the article's metadata
    assert [ev.article for ev in alleged.evidence] == ["a4", "a3", "a2"]
    assert alleged.evidence[2].title == "Talks in Moscow" and alleged.evidence[2].published == "2023-09-05"
    assert folded[("PRK", "SUPPLIES", "RUS", "denied")].relations == 1
    assert len(folded) == 7


def test_fold_relations_evidence_limit_and_missing_status_defaults_to_asserted():
    H = build_graph(relations=[{"source": "AAA", "type": "ATTACKS", "target": "BBB", "sentence": "x", "article": "q"}])
    (edge,) = fold_relations(H, evidence_limit=0)
    assert edge.status == "asserted" and edge.evidence == () and edge.weight == 1


# Cuts: ego, min articles, max nodes, actor names


def _chain() -> nx.MultiDiGraph:
    rels = [Relation(a, "MEETS", b, article=f"x{i}") for i, (a, b) in enumerate([("AAA", "BBB"), ("CCC", "BBB"), ("CCC", "DDD")])]
    return build_graph(relations=rels)


@pytest.mark.parametrize("radius, expected", [(0, set()), (1, {"AAA", "BBB", "CCC"}), (2, {"AAA", "BBB", "CCC", "DDD"})],
                         ids=["r0", "r1", "r2"])
def test_ego_view_follows_edges_both_ways(radius, expected):
    if not expected:
        with pytest.raises(EmptyGraphError, match="around 'BBB'"):
            select_view(_chain(), ViewOptions(actor="BBB", radius=radius))
        return
    view = select_view(_chain(), ViewOptions(actor="BBB", radius=radius))
    assert {a.id for a in view.actors} == expected
    assert view.focus == "BBB" and view.actors[0].id == "BBB"


def test_min_articles_drops_thin_edges(G):
    view = select_view(G, ViewOptions(min_articles=2))
    assert [(e.source, e.type, e.target, e.status) for e in view.edges] == [("PRK", "SUPPLIES", "RUS", "alleged")]
    assert {a.id for a in view.actors} == {"PRK", "RUS"}


def test_max_nodes_keeps_most_connected_and_counts_the_rest(G):
    view = select_view(G, ViewOptions(max_nodes=2))
    assert [a.id for a in view.actors] == ["RUS", "PRK"]
    assert view.candidates == 5 and view.left_out == 3
    assert all({e.source, e.target} <= {"RUS", "PRK"} for e in view.edges)
    page = build_page(G, ViewOptions(max_nodes=2))
    assert "Showing the 2 most connected of 5 actors: 3 left out" in page
    assert _data(page)["meta"]["leftOut"] == 3


def test_isolated_actors_are_not_drawn(G):
    view = select_view(G)
    assert "WAGNER" not in {a.id for a in view.actors}
    assert view.left_out == 0 and len(view.actors) == 5


@pytest.mark.parametrize("text, expected", [("PRK", "PRK"), ("prk", "PRK"), ("DPRK", "PRK"), ("north korea", "PRK"),
                                            ("Moscow", "RUS")])
def test_resolve_actor_by_id_name_or_alias(G, text, expected):
    assert resolve_actor(G, text) == expected


def test_unknown_actor_is_a_query_error(G):
    with pytest.raises(QueryError) as err:
        build_page(G, ViewOptions(actor="XYZ"))
    assert str(err.value) == "unknown actor 'XYZ'"


def test_empty_graph_and_filtered_away_graph_are_errors():
    with pytest.raises(EmptyGraphError, match="the store holds no actors"):
        build_page(build_graph())
    with pytest.raises(EmptyGraphError, match="no relations to draw"):
        build_page(build_graph(actors=ACTORS))


@pytest.mark.parametrize("field, value", [("radius", -1), ("max_nodes", 0), ("min_articles", 0)])
def test_view_options_refuse_bad_numbers(field, value):
    with pytest.raises(ValidationError, match=field):
        ViewOptions(**{field: value})


# What the page data says


def test_page_data_styles_nodes_and_edges(G):
    style = load_style()
    data = page_data(select_view(G), style)
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {(e["from"], e["kind"]["type"], e["to"], e["kind"]["status"]): e for e in data["edges"]}
    assert nodes["PRK"]["color"]["background"] == style.kinds["state"]["colour"]
    assert nodes["UN"]["color"]["background"] == style.kinds["igo"]["colour"] != nodes["PRK"]["color"]["background"]
    assert nodes["RUS"]["size"] > nodes["UN"]["size"]  # RUS has far more articles around it
    alleged = edges[("PRK", "SUPPLIES", "RUS", "alleged")]
    assert alleged["label"] == "supplies (alleged)"
    assert alleged["color"]["color"] == style.families["material"]["colour"]
    assert alleged["dashes"] == [8, 6]
    assert edges[("PRK", "SUPPLIES", "RUS", "denied")]["dashes"] == [2, 5]
    assert edges[("USA", "SANCTIONS", "RUS", "planned")]["dashes"] == [14, 5, 3, 5]
    assert edges[("RUS", "ATTACKS", "UKR", "asserted")]["dashes"] is False
    assert edges[("RUS", "ATTACKS", "UKR", "asserted")]["color"]["color"] == style.families["force"]["colour"]
    assert alleged["width"] > edges[("RUS", "ATTACKS", "UKR", "asserted")]["width"]
    assert alleged["tip"]["rows"][2] == ["alleged by", "Ukraine, United States"]
    assert [ev["date"] for ev in alleged["tip"]["evidence"]] == ["2023-09-09", "2023-09-07", "2023-09-05"]
    assert nodes["PRK"]["tip"]["rows"] == [["kind", "state"], ["id", "PRK"], ["aliases", "DPRK, Pyongyang"],
                                          ["relations", "6 out, 1 in"], ["articles", "4"]]
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_parallel_relations_between_a_pair_are_drawn_apart(G):
    data = page_data(select_view(G), load_style())
    pair = [e for e in data["edges"] if {e["from"], e["to"]} == {"PRK", "RUS"}]
    assert len(pair) == 3

    def shape(e):  # the curve in the pair's canonical frame (PRK -> RUS): side and roundness
        side = e["smooth"]["type"]
        if e["from"] != "PRK":
            side = "curvedCCW" if side == "curvedCW" else "curvedCW"
        return side, e["smooth"]["roundness"]

    assert len({shape(e) for e in pair}) == 3
    lone = next(e for e in data["edges"] if (e["from"], e["to"]) == ("RUS", "UKR"))
    assert lone["smooth"] is False


# Escaping and self-containment


def test_article_text_cannot_run_or_break_out_of_the_page(G):
    page = build_page(G)
    assert "window.pwned" in page  # the text is there ...
    assert "<script>window.pwned" not in page and "<img src=x" not in page  # ... but never as markup
    ours = page.replace(vis_assets().js, "")
    assert len(re.findall(r"<script\b", ours)) == 3  # data, vis-network, page script
    assert "<h1>stategraph</h1>" in page
    data = _data(page)
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["tip"]["evidence"]]
    assert INJECTED in sentences
    titles = [ev["title"] for e in data["edges"] for ev in e["tip"]["evidence"]]
    assert "Shells <b>shipped</b>" in titles


def test_title_is_html_escaped(G):
    page = build_page(G, page_options=PageOptions(title="<img src=x onerror=alert(1)> & co"))
    assert "<title>&lt;img src=x onerror=alert(1)&gt; &amp; co</title>" in page
    assert "<img src=x onerror" not in page


def test_page_is_self_contained(G):
    page = build_page(G)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "vis-network" in page and len(page) > 500_000  # vis-network inlined
    assert re.search(r"<link[^>]*stylesheet", page) is None
    assert 'window.stategraphNetwork = network' in page


def test_page_is_a_pure_function_of_graph_and_options(G):
    assert build_page(G) == build_page(G)


# Style file


def test_style_covers_every_kind_family_and_status():
    style = load_style()
    legend = style.legend_html()
    for label in ("armed group", "material (supplies)", "alleged: claimed, not vouched for", "planned: announced intent"):
        assert label in legend
    assert 'stroke-dasharray="8,6"' in legend


def test_style_missing_a_kind_is_refused(tmp_path):
    text = STYLE_PATH.read_text(encoding="utf-8").replace("  bloc:", "  blok:")
    broken = tmp_path / "style.yaml"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match="kinds lacks colour for bloc"):
        load_style(broken)


# Site


def test_site_has_index_overview_and_one_page_per_actor(G):
    files = build_site(G, SiteOptions(title="Test site"))
    actor_pages = sorted(name for name in files if name.startswith("actors/"))
    assert actor_pages == ["actors/PRK.html", "actors/RUS.html", "actors/UKR.html", "actors/UN.html", "actors/USA.html"]
    assert {"index.html", "overview.html", "assets/vis-network.min.js", "assets/vis-network.css"} <= set(files)
    index = files["index.html"]
    for page in actor_pages:
        assert f'href="{page}"' in index
    assert 'href="overview.html"' in index
    ukr = files["actors/UKR.html"]
    assert '<script src="../assets/vis-network.min.js"></script>' in ukr
    assert len(ukr) < 100_000  # vis-network is linked, not repeated
    assert {n["id"] for n in _data(ukr)["nodes"]} == {"UKR", "RUS"}
    assert _data(files["overview.html"])["meta"]["nodeHref"] == "actors/{id}.html"


def test_public_names_are_exported():
    assert sorted(pages.__all__) == sorted(
        ["DrawnEdge", "PageOptions", "SiteOptions", "Style", "View", "ViewOptions", "actor_info", "build_page",
         "build_site", "fold_relations", "load_style", "page_data", "render_page", "resolve_actor", "select_view"])
    for name in pages.__all__:
        assert getattr(pages, name) is not None


# The viz command, through the embedded store


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    path = tmp_path / "viz.lbug"
    store = LadybugStore(path)
    try:
        store.init()
        store.write(Batch(actors=ACTORS, articles=ARTICLES, relations=RELATIONS))
    finally:
        store.close()
    return str(path)


def _invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_viz_writes_one_page(store_path, tmp_path):
    out = tmp_path / "graph.html"
    result = _invoke("--store", store_path, "viz", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Wrote {out}: 5 actors, 7 drawn relations"
    data = _data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 7


def test_viz_filters_by_status_type_and_date(store_path, tmp_path):
    out = tmp_path / "g.html"
    result = _invoke("--store", store_path, "viz", "-o", str(out), "--status", "alleged,denied",
                     "--types", "supplies", "--since", "2023-09-03")
    assert result.exit_code == 0, result.output
    edges = _data(out.read_text(encoding="utf-8"))["edges"]
    assert sorted((e["kind"]["status"], e["kind"]["articles"]) for e in edges) == [("alleged", 3), ("denied", 1)]


def test_viz_ego_and_max_nodes(store_path, tmp_path):
    out = tmp_path / "g.html"
    result = _invoke("--store", store_path, "viz", "-o", str(out), "--actor", "ukr", "--radius", "1")
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in _data(out.read_text(encoding="utf-8"))["nodes"]} == {"UKR", "RUS"}
    result = _invoke("--store", store_path, "viz", "-o", str(out), "--max-nodes", "3")
    assert result.output.strip() == f"Wrote {out}: 3 actors, 5 drawn relations; 2 less connected actors left out (--max-nodes 3)"


@pytest.mark.parametrize("args, error", [
    (["--actor", "XYZ"], "Error: unknown actor 'XYZ'"),
    (["--types", "HUGS"], "Error: unknown relation type 'HUGS' (allowed: SUPPLIES, SUPPORTS, COOPERATES, MEETS, "
                          "RECOGNIZES, REQUESTS, ACCUSES, CONDEMNS, DENIES, THREATENS, SANCTIONS, REDUCES_RELATIONS, "
                          "MOBILIZES, ATTACKS)"),
    (["--since", "last week"], "Error: --since must be an ISO date like 2022-09-22, got 'last week'"),
    (["--status", "asserted", "--types", "SUPPLIES"],
     "Error: no relations to draw: 0 relations in the snapshot, none pass the filters"),
], ids=["unknown-actor", "bad-type", "bad-date", "nothing-left"])
def test_viz_bad_input_is_one_error_line_and_writes_nothing(store_path, tmp_path, args, error):
    out = tmp_path / "never.html"
    result = _invoke("--store", store_path, "viz", "-o", str(out), *args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [error]
    assert not out.exists()


def test_viz_on_an_empty_store(tmp_path):
    store = LadybugStore(tmp_path / "empty.lbug")
    store.init()
    store.close()
    result = _invoke("--store", str(tmp_path / "empty.lbug"), "viz", "-o", str(tmp_path / "g.html"))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: the graph is empty: the store holds no actors yet (load some articles first)"


def test_viz_site(store_path, tmp_path):
    site = tmp_path / "site"
    result = _invoke("--store", store_path, "viz", "--site", str(site))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Wrote {site / 'index.html'}: 5 actor pages and an overview"
    assert sorted(p.name for p in (site / "actors").iterdir()) == ["PRK.html", "RUS.html", "UKR.html", "UN.html", "USA.html"]
    assert (site / "assets" / "vis-network.min.js").stat().st_size > 400_000


def test_viz_refuses_output_and_site_together(store_path, tmp_path):
    result = _invoke("--store", store_path, "viz", "-o", str(tmp_path / "g.html"), "--site", str(tmp_path / "s"))
    assert result.exit_code == 2
    assert "Error: use either -o/--output or --site, not both" in result.output
