"""Cooperation–conflict weights per relation type, read from ``graph/data/weights.csv``.

Each relation type gets a Goldstein-style weight in [-10, +10] (the scale used with CAMEO event
data) and a sign for the signed graph of blocs and balance: +1 cooperative, -1 hostile, 0 left
out (REQUESTS mixes appeals and demands). The table is data so an analyst can change it.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Mapping

from graph.errors import ValidationError
from graph.model import RelationType

__all__ = ["TypeWeight", "Weights", "load_weights"]


@dataclass(frozen=True, slots=True)
class TypeWeight:
    """The weight and sign of one relation type, and why."""

    type: RelationType
    weight: float
    sign: int
    rationale: str = ""


Weights = Mapping[str, TypeWeight]
"""Weights keyed by relation type value (``"ATTACKS"``), as snapshot edges carry them."""


def load_weights(path: str | Path | None = None) -> dict[str, TypeWeight]:
    """The weight table at ``path``, or the packaged default; every type exactly once.

    >>> load_weights()["ATTACKS"].weight
    -10.0
    """
    if path is None:
        return dict(_default_weights())
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ValidationError(f"cannot read weights file {str(path)!r}: {err.strerror}") from err
    return _parse(text, str(path))


@functools.lru_cache(maxsize=1)
def _default_weights() -> dict[str, TypeWeight]:
    text = (resources.files("graph") / "data" / "weights.csv").read_text(encoding="utf-8")
    return _parse(text, "graph/data/weights.csv")


def _parse(text: str, where: str) -> dict[str, TypeWeight]:
    table: dict[str, TypeWeight] = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            rtype = RelationType.parse(row.get("type"))
            weight = float(row.get("weight") or "nan")
            sign = int(row.get("sign") or "")
        except (ValueError, TypeError) as err:
            raise ValidationError(f"{where} line {line}: {err}") from err
        if not -10.0 <= weight <= 10.0:
            raise ValidationError(f"{where} line {line}: weight {weight} is outside [-10, 10]")
        if sign not in (-1, 0, 1) or (sign != 0 and sign * weight <= 0):
            raise ValidationError(f"{where} line {line}: sign must be 0 or the sign of the weight")
        if rtype.value in table:
            raise ValidationError(f"{where} line {line}: {rtype.value} appears twice")
        table[rtype.value] = TypeWeight(rtype, weight, sign, (row.get("rationale") or "").strip())
    missing = [t.value for t in RelationType if t.value not in table]
    if missing:
        raise ValidationError(f"{where}: no weight for {', '.join(missing)}")
    return table
