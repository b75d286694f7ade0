"""The vis-network library that pages draw with, taken from the copy pyvis ships.

Pages must open offline, so the script and stylesheet are inlined into each page (or, for a
site, written once beside the pages). pyvis's own page template cannot be used for this: it
always links a stylesheet and script from a content delivery network. We use the vis-network
9.1.2 files pyvis bundles in ``templates/lib``, located without importing pyvis (whose import
pulls in IPython).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.errors import ExportError

__all__ = ["VIS_VERSION", "VisAssets", "vis_assets"]

VIS_VERSION = "9.1.2"


@dataclass(frozen=True, slots=True)
class VisAssets:
    """The vis-network script and stylesheet as text."""

    js: str
    css: str


def _pyvis_lib_dir() -> Path:
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ExportError("pyvis is not installed; it provides the vis-network library that pages need")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / f"vis-{VIS_VERSION}"


@lru_cache(maxsize=1)
def vis_assets() -> VisAssets:
    """The vis-network files, read once per process.

    Refuses files that would end the inline ``<script>`` or ``<style>`` element early.
    """
    folder = _pyvis_lib_dir()
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as err:
        raise ExportError(f"cannot read vis-network {VIS_VERSION} from pyvis ({folder}): {err}") from err
    if "</script" in js.lower() or "</style" in css.lower():
        raise ExportError("the vis-network files cannot be inlined safely")
    return VisAssets(js=js, css=css)
