"""A browsable site: an overview page, one ego page per actor, and an index linking them.

Returns ``{relative path: text}``; the CLI decides where it goes. vis-network is written
once under ``assets/`` and linked by relative URLs, so the site still opens offline from
files, without repeating 700 kB of script in every page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path
from string import Template

import networkx as nx

from graph.errors import EmptyGraphError
from graph.pages.assets import vis_assets
from graph.pages.build import PageOptions, render_page
from graph.pages.style import Style, load_style
from graph.pages.view import ViewOptions, actor_info, fold_relations, select_view

__all__ = ["SiteOptions", "build_site"]

_INDEX = Path(__file__).with_name("data") / "index.html"


@dataclass(frozen=True, slots=True)
class SiteOptions:
    """``radius`` of each actor's page; ``overview`` cuts (max nodes, min articles) apply to all pages."""

    title: str = "stategraph"
    radius: int = 1
    overview: ViewOptions = ViewOptions()


def build_site(G: nx.MultiDiGraph, options: SiteOptions = SiteOptions(), style: Style | None = None) -> dict[str, str]:
    """Every file of the site, keyed by its path relative to the site folder.

    ``index.html`` lists the actors with at least one drawn relation, most connected first;
    ``overview.html`` is the whole graph; ``actors/<ID>.html`` is each actor's ego view.
    """
    style = style or load_style()
    folded = fold_relations(G, options.overview.evidence_per_edge)
    infos = actor_info(G, folded)
    overview = select_view(G, replace(options.overview, actor=None), folded=folded, infos=infos)
    files: dict[str, str] = {}
    assets = vis_assets()
    files["assets/vis-network.min.js"] = assets.js
    files["assets/vis-network.css"] = assets.css
    files["overview.html"] = render_page(overview, style, PageOptions(
        title=f"{options.title}: overview", asset_href="assets/", node_href="actors/{id}.html",
        subtitle="Double-click an actor to open its page."))
    rows = []
    ranked = sorted((infos[n] for n in G if infos[n].weighted_degree > 0),
                    key=lambda a: (-a.weighted_degree, a.id))
    for actor in ranked:
        ego = replace(options.overview, actor=actor.id, radius=options.radius)
        try:
            view = select_view(G, ego, folded=folded, infos=infos)
        except EmptyGraphError:
            continue
        files[f"actors/{actor.id}.html"] = render_page(view, style, PageOptions(
            title=f"{actor.name} ({actor.id})", asset_href="../assets/", node_href="{id}.html",
            subtitle=f"Relations within {options.radius} step{'s' * (options.radius != 1)}."))
        rows.append(
            f'<tr data-names="{html.escape(" ".join([actor.id, actor.name, *actor.aliases]).lower(), quote=True)}">'
            f'<td><a href="actors/{html.escape(actor.id, quote=True)}.html">{html.escape(actor.name)}</a></td>'
            f"<td>{html.escape(actor.id)}</td><td>{html.escape(actor.kind)}</td>"
            f"<td>{actor.relations_out}</td><td>{actor.relations_in}</td><td>{actor.articles}</td></tr>"
        )
    files["index.html"] = Template(_INDEX.read_text(encoding="utf-8")).substitute(
        title=html.escape(options.title), count=f"{len(rows):,}", rows="\n".join(rows))
    return files
