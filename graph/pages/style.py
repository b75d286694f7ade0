"""How a page looks: colours by actor kind and relation family, dashes by status, the legend.

The choices live in ``data/style.yaml`` so that a reader can restyle pages without code;
this module only reads them, checks they cover the codebook, and turns numbers into sizes.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from graph.errors import ValidationError
from graph.model import ActorKind, Family, Status

__all__ = ["STYLE_PATH", "Style", "load_style"]

STYLE_PATH = Path(__file__).with_name("data") / "style.yaml"
_FALLBACK_COLOUR = "#999999"


@dataclass(frozen=True, slots=True)
class Style:
    """The parsed style file: look-ups by kind, family and status, plus size rules."""

    kinds: Mapping[str, Mapping[str, Any]]
    families: Mapping[str, Mapping[str, Any]]
    statuses: Mapping[str, Mapping[str, Any]]
    nodes: Mapping[str, Any]
    edges: Mapping[str, Any]
    layout: Mapping[str, Any]

    def kind_colour(self, kind: str | None) -> str:
        """Fill colour of an actor of ``kind``; an unknown kind gets a neutral grey."""
        return str(self.kinds.get(kind or "", {}).get("colour", _FALLBACK_COLOUR))

    def family_colour(self, family: str | None) -> str:
        return str(self.families.get(family or "", {}).get("colour", _FALLBACK_COLOUR))

    def dashes(self, status: str | None) -> list[int] | bool:
        """A vis-network dash array for ``status``, or False for a solid line."""
        value = self.statuses.get(status or "", {}).get("dashes", False)
        return list(value) if value else False

    def node_size(self, weighted_degree: float) -> float:
        n = self.nodes
        size = n["min_size"] + n["size_per_sqrt_degree"] * math.sqrt(max(weighted_degree, 0.0))
        return round(min(float(n["max_size"]), size), 2)

    def edge_width(self, articles: int) -> float:
        e = self.edges
        width = e["min_width"] + e["width_per_log2_articles"] * math.log2(max(articles, 1))
        return round(min(float(e["max_width"]), width), 2)

    def stabilization_iterations(self, node_count: int) -> int:
        """Fewer physics steps for very large graphs, so that they still open promptly."""
        lay = self.layout
        if node_count > int(lay["large_graph_nodes"]):
            return int(lay["large_graph_iterations"])
        return int(lay["stabilization_iterations"])

    def legend_html(self) -> str:
        """The legend as an HTML fragment: node colours, edge colours and line styles."""
        parts = ['<div class="legend-group"><h3>Actors (fill)</h3>']
        for kind in ActorKind:
            spec = self.kinds[kind.value]
            parts.append(
                f'<div class="legend-row"><span class="swatch-node" style="background:{html.escape(spec["colour"])}">'
                f'</span>{html.escape(spec["label"])}</div>'
            )
        parts.append('</div><div class="legend-group"><h3>Relations (colour)</h3>')
        for family in Family:
            spec = self.families[family.value]
            parts.append(f'<div class="legend-row">{_line_svg(spec["colour"], False)}{html.escape(spec["label"])}</div>')
        parts.append('</div><div class="legend-group"><h3>Status (line)</h3>')
        for status in Status:
            spec = self.statuses[status.value]
            parts.append(f'<div class="legend-row">{_line_svg("#444444", spec.get("dashes") or False)}'
                         f'{html.escape(spec["label"])}</div>')
        parts.append('<div class="legend-note">Arrow: who does it to whom. Width: number of articles. '
                     'Size: how connected an actor is.</div></div>')
        return "".join(parts)


def _line_svg(colour: str, dashes: list[int] | bool) -> str:
    dash = f' stroke-dasharray="{",".join(str(int(d)) for d in dashes)}"' if dashes else ""
    return (f'<svg class="swatch-line" width="38" height="10" aria-hidden="true"><line x1="1" y1="5" x2="37" y2="5" '
            f'stroke="{html.escape(colour)}" stroke-width="3"{dash}/></svg>')


@lru_cache(maxsize=4)
def load_style(path: Path = STYLE_PATH) -> Style:
    """Read and check a style file; every actor kind, family and status must have an entry."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValidationError(f"cannot read page style {path}: {err}") from err
    if not isinstance(data, dict):
        raise ValidationError(f"page style {path} must be a mapping")
    for section, enum, key in (("kinds", ActorKind, "colour"), ("families", Family, "colour"),
                               ("statuses", Status, "dashes")):
        entries = data.get(section) or {}
        missing = [m.value for m in enum if m.value not in entries or key not in entries[m.value]]
        if missing:
            raise ValidationError(f"page style {path}: {section} lacks {key} for {', '.join(missing)}")
    for section in ("nodes", "edges", "layout"):
        if not isinstance(data.get(section), dict):
            raise ValidationError(f"page style {path}: missing section {section!r}")
    return Style(data["kinds"], data["families"], data["statuses"], data["nodes"], data["edges"], data["layout"])
