"""A snapshot in, one self-contained interactive HTML page out (a string; the caller writes it).

The page is vis-network (the library pyvis wraps) driven by a small script of ours in
``data/page.js``. Everything taken from articles or actors reaches the page as JSON inside a
``<script type="application/json">`` element, with ``<``, ``>`` and ``&`` escaped, and the
script puts it on screen only through ``textContent``, so no article text is ever parsed as
HTML. Text placed straight into the HTML (title, header) goes through ``html.escape``.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from graph.pages.assets import vis_assets
from graph.pages.style import Style, load_style
from graph.pages.view import DrawnEdge, View, ViewOptions, select_view

__all__ = ["PageOptions", "build_page", "page_data", "render_page"]

_DATA = Path(__file__).with_name("data")
_LABEL_MAX = 28


@dataclass(frozen=True, slots=True)
class PageOptions:
    """How a page is put together, apart from what it shows (``ViewOptions``).

    ``asset_href``: None inlines vis-network; a folder URL (like ``../assets/``) links the
    ``vis-network.min.js``/``.css`` written there once for a whole site.
    ``node_href``: a pattern like ``{id}.html``; double-clicking an actor opens that page.
    """

    title: str = "stategraph"
    asset_href: str | None = None
    node_href: str | None = None
    subtitle: str = ""


@lru_cache(maxsize=8)
def _data_file(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


def _json_for_script(value: Any) -> str:
    """JSON that cannot close the ``<script>`` element it sits in, nor start markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "\u2026"


def _smooth(edges: tuple[DrawnEdge, ...], step: float) -> list[dict[str, Any] | bool]:
    """Curves that keep parallel relations between one pair apart.

    A lone edge is straight. Edges sharing a pair alternate sides of the straight line and
    curve more the further down the list they are; an edge drawn against the pair's
    canonical direction flips clockwise/counter-clockwise so that its side stays the same.
    """
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(edges):
        by_pair[(min(e.source, e.target), max(e.source, e.target))].append(i)
    smooth: list[dict[str, Any] | bool] = [False] * len(edges)
    for (low, _high), members in by_pair.items():
        if len(members) == 1 and edges[members[0]].source != edges[members[0]].target:
            continue
        for rank, i in enumerate(members):
            clockwise = rank % 2 == 0
            if edges[i].source != low:
                clockwise = not clockwise
            roundness = round(step * (rank // 2 + 1), 3)
            smooth[i] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW", "roundness": roundness}
    return smooth


def _node_tip(a: Any, names: dict[str, str], node_href: str | None) -> dict[str, Any]:
    rows = [["kind", a.kind], ["id", a.id]]
    if a.aliases:
        rows.append(["aliases", ", ".join(a.aliases)])
    rows.append(["relations", f"{a.relations_out} out, {a.relations_in} in"])
    rows.append(["articles", str(a.articles)])
    tip: dict[str, Any] = {"head": a.name, "rows": rows}
    if node_href:
        tip["hint"] = "Double-click to open this actor's page."
    return tip


def _edge_tip(e: DrawnEdge, names: dict[str, str]) -> dict[str, Any]:
    who = ", ".join(names.get(a, a) for a in e.attributed_to)
    rows = [["type", e.type], ["status", e.status]]
    if who:
        verb = {"denied": "denied by", "planned": "announced by", "confirmed": "confirmed by"}.get(e.status, "alleged by")
        rows.append([verb, who])
    rows.append(["evidence", f"{e.relations} relation{'s' * (e.relations != 1)} from "
                 f"{len(e.articles)} article{'s' * (len(e.articles) != 1)}"])
    evidence = [{"sentence": ev.sentence, "title": ev.title or ev.article or "untitled article",
                 "outlet": ev.outlet or "", "date": ev.published or ""} for ev in e.evidence]
    head = f"{names.get(e.source, e.source)} \u2192 {e.label} \u2192 {names.get(e.target, e.target)}"
    return {"head": head, "rows": rows, "evidence": evidence}


def page_data(view: View, style: Style, options: PageOptions = PageOptions()) -> dict[str, Any]:
    """The JSON the page script draws: vis-network nodes, edges, options and page facts."""
    names = {a.id: a.name for a in view.actors}
    nodes = []
    for a in view.actors:
        node: dict[str, Any] = {
            "id": a.id, "label": _short(a.name), "size": style.node_size(a.weighted_degree),
            "color": {"background": style.kind_colour(a.kind), "border": "#333333",
                      "highlight": {"background": style.kind_colour(a.kind), "border": "#000000"}},
            "tip": _node_tip(a, names, options.node_href),
            "search": [a.id, a.name, *a.aliases],
        }
        if a.id == view.focus:  # the ego view's centre keeps a firm ring, selected or not
            node["borderWidth"] = 3
            node["borderWidthSelected"] = 4
        nodes.append(node)
    edges = []
    for i, (e, smooth) in enumerate(zip(view.edges, _smooth(view.edges, float(style.edges["roundness_step"])))):
        colour = style.family_colour(e.family)
        edges.append({
            "id": f"e{i}", "from": e.source, "to": e.target, "label": e.label,
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
            "width": style.edge_width(e.weight), "dashes": style.dashes(e.status),
            "smooth": smooth, "tip": _edge_tip(e, names),
            "kind": {"type": e.type, "status": e.status, "family": e.family, "articles": len(e.articles)},
        })
    count = len(nodes)
    lay = style.layout
    vis_options = {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": count <= 100},
        "nodes": {"shape": "dot", "borderWidth": 1,
                  "font": {"size": int(style.nodes["font_size"]), "face": "sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": False,
                  "selectionWidth": 1.5, "hoverWidth": 0.5,
                  "font": {"size": int(style.edges["font_size"]), "face": "sans-serif", "color": "#333333",
                           "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
                  "scaling": {"label": {"enabled": True, "drawThreshold": int(style.edges["label_draw_threshold"])}}},
        "physics": {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": lay["gravitational_constant"],
                          "centralGravity": lay["central_gravity"], "springLength": lay["spring_length"],
                          "springConstant": lay["spring_constant"], "damping": lay["damping"],
                          "avoidOverlap": lay["avoid_overlap"]},
            "stabilization": {"enabled": True, "iterations": style.stabilization_iterations(count),
                              "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": count > 500,
                        "hideEdgesOnZoom": count > 1500, "multiselect": False},
    }
    meta = {
        "title": options.title, "focus": view.focus, "actors": len(nodes), "edges": len(edges),
        "candidates": view.candidates, "leftOut": view.left_out, "maxNodes": view.options.max_nodes,
        "nodeHref": options.node_href,
    }
    return {"nodes": nodes, "edges": edges, "options": vis_options, "meta": meta}


def _summary_html(view: View, data: dict[str, Any]) -> str:
    relations = sum(e.relations for e in view.edges)
    text = (f"{len(view.actors):,} actors, {len(view.edges):,} drawn relations "
            f"({relations:,} extracted relations)")
    parts = [f'<span id="summary">{html.escape(text)}</span>']
    if view.left_out:
        note = (f"Showing the {len(view.actors):,} most connected of {view.candidates:,} actors: "
                f"{view.left_out:,} left out (raise --max-nodes to see more).")
        parts.append(f'<span id="left-out" class="warning">{html.escape(note)}</span>')
    return " ".join(parts)


def render_page(view: View, style: Style | None = None, options: PageOptions = PageOptions()) -> str:
    """The HTML of one page showing ``view``."""
    style = style or load_style()
    data = page_data(view, style, options)
    if options.asset_href is None:
        assets = vis_assets()
        vis_css = f"<style>{assets.css}</style>"
        vis_js = f"<script>{assets.js}</script>"
    else:
        href = html.escape(options.asset_href, quote=True)
        vis_css = f'<link rel="stylesheet" href="{href}vis-network.css">'
        vis_js = f'<script src="{href}vis-network.min.js"></script>'
    subtitle = f'<span class="subtitle">{html.escape(options.subtitle)}</span>' if options.subtitle else ""
    names = sorted({s for n in data["nodes"] for s in n["search"] if s})
    datalist = "".join(f'<option value="{html.escape(s, quote=True)}"></option>' for s in names)
    return Template(_data_file("page.html")).substitute(
        title=html.escape(options.title),
        subtitle=subtitle,
        vis_css=vis_css,
        vis_js=vis_js,
        page_css=_data_file("page.css"),
        page_js=_data_file("page.js"),
        summary=_summary_html(view, data),
        legend=style.legend_html(),
        datalist=datalist,
        data=_json_for_script(data),
    )


def build_page(
    G: nx.MultiDiGraph,
    view_options: ViewOptions = ViewOptions(),
    page_options: PageOptions = PageOptions(),
    style: Style | None = None,
) -> str:
    """The interactive page for snapshot ``G``: select what to show, then render it.

    Raises ``EmptyGraphError`` when nothing is left to draw and ``QueryError`` for an
    unknown ``view_options.actor``.
    """
    return render_page(select_view(G, view_options), style, page_options)
