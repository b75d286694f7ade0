"""The walkthrough notebook runs top to bottom on the embedded store, and is kept without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "walkthrough.ipynb"


def test_notebook_is_kept_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    assert [cell.execution_count for cell in code] == [None] * len(code)
    assert [cell.outputs for cell in code] == [[]] * len(code)


def test_notebook_runs_top_to_bottom(seed_article):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [cell.outputs for cell in nb.cells if cell.cell_type == "code"]
    text = "\n".join(o.get("text", "") for cell in outputs for o in cell if o.output_type == "stream")
    assert f"seed article: {seed_article} (found)" in text
    assert "actors " in text and "bloc 0: " in text
    html = [o["data"]["text/html"] for cell in outputs for o in cell if "text/html" in o.get("data", {})]
    assert any("contested" in h.lower() or "<table>" in h for h in html)
    assert any("<iframe srcdoc=" in h for h in html)
    images = [o for cell in outputs for o in cell if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the centrality plot
    assert "removed " in text
