"""Interactive graph pages: a networkx snapshot in, self-contained HTML (vis-network) out.

``build_page`` makes one page; ``build_site`` makes an overview, a page per actor and an
index. Both return text and never write files: the caller decides where pages go.
"""

from graph.pages.build import PageOptions, build_page, page_data, render_page
from graph.pages.site import SiteOptions, build_site
from graph.pages.style import Style, load_style
from graph.pages.view import DrawnEdge, View, ViewOptions, actor_info, fold_relations, resolve_actor, select_view

__all__ = [
    "DrawnEdge",
    "PageOptions",
    "SiteOptions",
    "Style",
    "View",
    "ViewOptions",
    "actor_info",
    "build_page",
    "build_site",
    "fold_relations",
    "load_style",
    "page_data",
    "render_page",
    "resolve_actor",
    "select_view",
]
