"""The codebook as code: actor kinds, relation types, statuses, and the three records.

``RelationType`` is the single allow-list from which relationship types ever reach Cypher:
stores compose a relationship type only from a member of this enum, never from user text.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Callable, Iterable, Mapping

from graph.errors import ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Family",
    "Relation",
    "RelationType",
    "Status",
    "parse_date",
]


class ActorKind(StrEnum):
    """What an actor is (codebook, Actors)."""

    STATE = "state"
    IGO = "igo"
    TERRITORY = "territory"
    BLOC = "bloc"
    ARMED_GROUP = "armed_group"
    ORGANIZATION = "organization"


class Family(StrEnum):
    """Families of relation types, used by lenient scoring and by analytics."""

    MATERIAL = "material"
    COOPERATION = "cooperation"
    APPEAL = "appeal"
    DISPUTE = "dispute"
    COERCION = "coercion"
    FORCE = "force"


class RelationType(StrEnum):
    """The 14 relation types of the codebook; the only relationship types stores write."""

    SUPPLIES = "SUPPLIES"
    SUPPORTS = "SUPPORTS"
    COOPERATES = "COOPERATES"
    MEETS = "MEETS"
    RECOGNIZES = "RECOGNIZES"
    REQUESTS = "REQUESTS"
    ACCUSES = "ACCUSES"
    CONDEMNS = "CONDEMNS"
    DENIES = "DENIES"
    THREATENS = "THREATENS"
    SANCTIONS = "SANCTIONS"
    REDUCES_RELATIONS = "REDUCES_RELATIONS"
    MOBILIZES = "MOBILIZES"
    ATTACKS = "ATTACKS"

    @property
    def family(self) -> Family:
        return _FAMILIES[self]

    @property
    def symmetric(self) -> bool:
        """COOPERATES and MEETS read the same in either direction (codebook scoring)."""
        return self in (RelationType.COOPERATES, RelationType.MEETS)

    @classmethod
    def parse(cls, value: object) -> "RelationType":
        """The member named by ``value`` (case-insensitive), or a ValidationError."""
        return _parse_member(cls, value, str.upper, "relation type")


_FAMILIES: dict[RelationType, Family] = {
    RelationType.SUPPLIES: Family.MATERIAL,
    RelationType.SUPPORTS: Family.COOPERATION,
    RelationType.COOPERATES: Family.COOPERATION,
    RelationType.MEETS: Family.COOPERATION,
    RelationType.RECOGNIZES: Family.COOPERATION,
    RelationType.REQUESTS: Family.APPEAL,
    RelationType.ACCUSES: Family.DISPUTE,
    RelationType.CONDEMNS: Family.DISPUTE,
    RelationType.DENIES: Family.DISPUTE,
    RelationType.THREATENS: Family.DISPUTE,
    RelationType.SANCTIONS: Family.COERCION,
    RelationType.REDUCES_RELATIONS: Family.COERCION,
    RelationType.MOBILIZES: Family.FORCE,
    RelationType.ATTACKS: Family.FORCE,
}


class Status(StrEnum):
    """How the article holds a relation (codebook, Status)."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    DENIED = "denied"
    CONFIRMED = "confirmed"
    PLANNED = "planned"

    @classmethod
    def parse(cls, value: object) -> "Status":
        """The member named by ``value`` (case-insensitive), or a ValidationError."""
        return _parse_member(cls, value, str.lower, "status")


def _parse_member(enum: type[StrEnum], value: object, case: Callable[[str], str], what: str) -> Any:
    """The member of ``enum`` that ``value`` names, or an error listing the allowed values."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(case(value.strip()))
        except ValueError:
            pass
    allowed = ", ".join(m.value for m in enum)
    raise ValidationError(f"unknown {what} {value!r} (allowed: {allowed})")


_ID = re.compile(r"^[A-Z0-9][A-Z0-9_]{0,63}$")


def check_actor_id(value: object, what: str = "actor id") -> str:
    """An actor id as the codebook spells it (upper-case, digits, underscores)."""
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(f"{what} must be an upper-case id like 'PRK' or 'NAGORNO_KARABAKH', got {value!r}")
    return value


def parse_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` string from a date, a datetime or an ISO string; None stays None.

    Dates travel as ISO strings on both stores so that comparisons and output are identical.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    raise ValidationError(f"published must be an ISO date like 2022-09-22, got {value!r}")


@dataclass(frozen=True, slots=True)
class Actor:
    """A node: a state, body, territory, bloc, armed group or organization."""

    id: str
    kind: ActorKind
    name: str = ""
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_actor_id(self.id)
        object.__setattr__(self, "kind", ActorKind(self.kind))
        object.__setattr__(self, "aliases", tuple(self.aliases))

    def to_row(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind.value, "name": self.name or self.id, "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: where it came from and, while extracting, its text."""

    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    text: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValidationError("article id must be a non-empty string")
        object.__setattr__(self, "published", parse_date(self.published))

    def to_row(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "title": self.title, "outlet": self.outlet, "published": self.published}


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed edge with its evidence: the codebook's JSON shape, validated."""

    source: str
    type: RelationType
    target: str
    status: Status = Status.ASSERTED
    attributed_to: tuple[str, ...] = ()
    mode: str | None = None
    confidence: float = 1.0
    article: str = ""
    sentence: str = ""
    char_start: int | None = None
    char_end: int | None = None
    published: str | None = None

    def __post_init__(self) -> None:
        check_actor_id(self.source, "source")
        check_actor_id(self.target, "target")
        object.__setattr__(self, "type", RelationType.parse(self.type))
        object.__setattr__(self, "status", Status.parse(self.status))
        if isinstance(self.attributed_to, str) or not isinstance(self.attributed_to, Iterable):
            raise ValidationError(f"attributed_to must be a list of actor ids, got {self.attributed_to!r}")
        attributed = tuple(dict.fromkeys(check_actor_id(a, "attributed_to") for a in self.attributed_to))
        object.__setattr__(self, "attributed_to", attributed)
        if self.mode is not None and not isinstance(self.mode, str):
            raise ValidationError(f"mode must be a string, got {self.mode!r}")
        if isinstance(self.confidence, bool) or not isinstance(self.confidence, (int, float)):
            raise ValidationError(f"confidence must be a number in [0, 1], got {self.confidence!r}")
        if not (0.0 <= float(self.confidence) <= 1.0) or math.isnan(self.confidence):
            raise ValidationError(f"confidence must be in [0, 1], got {self.confidence!r}")
        object.__setattr__(self, "confidence", float(self.confidence))
        if not isinstance(self.article, str) or not isinstance(self.sentence, str):
            raise ValidationError("article and sentence must be strings")
        for name in ("char_start", "char_end"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ValidationError(f"{name} must be a non-negative integer, got {value!r}")
        object.__setattr__(self, "published", parse_date(self.published))

    @property
    def key(self) -> str:
        """The merge key: the same claim from the same sentence of the same article is one edge."""
        parts = (self.source, self.type.value, self.target, self.status.value, self.article, self.sentence)
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]

    def to_json(self) -> dict[str, Any]:
        """The codebook's JSON shape, keys in the codebook's order."""
        return {
            "source": self.source,
            "type": self.type.value,
            "target": self.target,
            "status": self.status.value,
            "attributed_to": list(self.attributed_to),
            "mode": self.mode,
            "confidence": round(self.confidence, 4),
            "sentence": self.sentence,
            "article": self.article,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "published": self.published,
        }

    def to_row(self) -> dict[str, Any]:
        """The flat row stores write (``rid`` is the merge key); built directly, as it runs
        once per relation on every write."""
        return {
            "source": self.source, "type": self.type.value, "target": self.target,
            "status": self.status.value, "attributed_to": list(self.attributed_to), "mode": self.mode,
            "confidence": self.confidence, "sentence": self.sentence, "article": self.article,
            "char_start": self.char_start, "char_end": self.char_end, "published": self.published,
            "rid": self.key,
        }

    @classmethod
    def from_json(cls, obj: object) -> "Relation":
        """Validate one decoded JSON object in the codebook's shape."""
        if not isinstance(obj, Mapping):
            raise ValidationError(f"a relation must be a JSON object, got {type(obj).__name__}")
        unknown = set(obj) - _JSON_KEYS
        if unknown:
            raise ValidationError(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        for key in ("source", "type", "target"):
            if key not in obj:
                raise ValidationError(f"missing key {key!r}")
        data = dict(obj)
        data["attributed_to"] = data.get("attributed_to") or ()
        data["status"] = data.get("status") or Status.ASSERTED
        data["article"] = data.get("article") or ""
        data["sentence"] = data.get("sentence") or ""
        if data.get("confidence") is None:
            data["confidence"] = 1.0
        return cls(**data)

    @classmethod
    def from_json_line(cls, line: str) -> "Relation":
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValidationError(f"not valid JSON: {err.msg} at column {err.colno}") from err
        return cls.from_json(obj)


_JSON_KEYS = {
    "source", "type", "target", "status", "attributed_to", "mode", "confidence",
    "sentence", "article", "char_start", "char_end", "published",
}
