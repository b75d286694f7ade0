"""Option values shared by commands: comma-or-repeated lists and ISO dates."""

from __future__ import annotations

from typing import Iterable

from graph.errors import ValidationError
from graph.model import parse_date

__all__ = ["iso_date", "split_values"]


def split_values(values: Iterable[str]) -> list[str]:
    """Values of a repeated option, each of which may be a comma list: ``--types A,B --types C``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def iso_date(value: str | None, flag: str) -> str | None:
    """An ISO date from an option, or an error naming the option."""
    try:
        return parse_date(value)
    except ValidationError as err:
        raise ValidationError(f"{flag} must be an ISO date like 2022-09-22, got {value!r}") from err
