"""Printing rows as a table, JSON or CSV: the one place commands format output."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from pathlib import Path
from typing import Any, Iterable, Sequence

import click

from graph.errors import ExportError

__all__ = ["echo_rows", "echo_table", "render_cell", "write_files"]


def render_cell(value: Any) -> str:
    """A cell as text: lists joined, dicts as compact JSON, floats to 4 places, None empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e-3 and value else f"{value:.4f}".rstrip("0").rstrip(".") or "0"
    if isinstance(value, (list, tuple)):
        return ", ".join(render_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def echo_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, max_width: int = 60) -> None:
    """Aligned columns; long cells are cut with an ellipsis."""
    cells = [[_cut(render_cell(c), max_width) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def echo_rows(rows: list[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Rows of dicts in ``table``, ``json`` (a list of row objects) or ``csv``."""
    if columns is None:
        columns = list(dict.fromkeys(k for row in rows for k in row))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([render_cell(row.get(c)) for c in columns])
        click.echo(buffer.getvalue(), nl=False)
    elif not rows:
        click.echo("(no rows)")
    else:
        echo_table(columns, [[row.get(c) for c in columns] for row in rows])


def _cut(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def write_files(directory: Path, files: dict[str, bytes], shown: Path) -> None:
    """Write every file to a temporary name first, then move them all into place, so a
    failure leaves no half-written file. ``shown`` is the path named in errors."""
    if not directory.is_dir():
        raise ExportError(f"{shown}: the directory {directory} does not exist")
    for name in files:
        if (directory / name).is_dir():
            raise ExportError(f"{directory / name}: is a directory")
    temps: dict[str, str] = {}
    try:
        for name, data in files.items():
            temp = str(directory / f".{name}.{uuid.uuid4().hex[:12]}.part")
            temps[name] = temp
            with open(temp, "xb") as handle:  # honours the umask, unlike mkstemp
                handle.write(data)
        for name, temp in temps.items():
            os.replace(temp, directory / name)
    except OSError as err:
        for temp in temps.values():
            if os.path.exists(temp):
                os.unlink(temp)
        raise ExportError(f"{shown}: cannot write: {err.strerror}") from err
