"""Score extracted relations against hand-made gold files (the format of ``shared/gold``).

A gold file is JSONL, one row a line::

    {"source": [ids], "type": [types], "target": [ids], "status": [statuses],
     "attributed_to": [ids], "required": true}

Lists are acceptable alternatives. How a score is counted:

- Predictions are first deduplicated to (source, type, target, status); the duplicates' ``attributed_to``
  are merged.
- A prediction *fits* a gold row when its source, type, target and status are each among the row's
  alternatives; a symmetric type (COOPERATES, MEETS) fits with source and target swapped too.
  Three levels: **strict** (exact type), **lenient** (a type of the same family as one of the row's
  types), **edge** (exact type, status ignored).
- Matching is one-to-one: a prediction satisfies at most one required row and a required row is
  satisfied by at most one prediction. Each level takes a maximum matching (augmenting paths), so
  the count of true positives does not depend on the order of rows or predictions.
- A required row left unmatched is a miss (false negative). A prediction left unmatched is spurious
  (false positive) unless it fits an optional row: then it counts neither way. A second prediction
  fitting an already-satisfied required row (e.g. both UN and UNSC for one sanction) is spurious.
- Attribution accuracy: among the strictly matched required rows whose gold ``attributed_to`` is
  not empty, the share whose prediction names at least one of those actors.
- Precision, recall, F1 and attribution accuracy are None when their denominator is zero.
- Gold ids may be renamed first (``actor_aliases``): an id that slugs one of a known actor's names
  (``ISIS`` or ``DAESH`` for the gazetteer's ``ISLAMIC_STATE``) is scored as that actor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from graph.errors import InputError, ValidationError
from graph.model import Article, Relation, RelationType, Status, check_actor_id
from loaders.readers import EXTENSIONS, Notice, Skipped, read_path

__all__ = [
    "ArticleScore",
    "Counts",
    "actor_aliases",
    "GoldRow",
    "LEVELS",
    "Report",
    "Score",
    "dedupe",
    "describe_prediction",
    "evaluate_dir",
    "load_gold",
    "score",
]

LEVELS = ("strict", "lenient", "edge")
_SLUG = re.compile(r"[^A-Z0-9]+")
_GOLD_KEYS = {"source", "type", "target", "status", "attributed_to", "required"}


@dataclass(frozen=True)
class GoldRow:
    """One hand-made answer: acceptable alternatives for each field, and whether it must be found."""

    sources: frozenset[str]
    types: frozenset[RelationType]
    targets: frozenset[str]
    statuses: frozenset[Status]
    attributed_to: frozenset[str] = frozenset()
    required: bool = True
    line: int = 0

    def fits(self, pred: Relation, level: str = "strict") -> bool:
        """Whether ``pred`` is one of the answers this row accepts at ``level``."""
        if level == "lenient":
            type_ok = pred.type.family in {t.family for t in self.types}
        else:
            type_ok = pred.type in self.types
        if not type_ok or (level != "edge" and pred.status not in self.statuses):
            return False
        if pred.source in self.sources and pred.target in self.targets:
            return True
        return pred.type.symmetric and pred.target in self.sources and pred.source in self.targets

    def describe(self) -> str:
        """A compact one-line form for reports: ``PRK SUPPLIES RUS [alleged] by USA|GBR``."""

        def alt(values: Iterable[str]) -> str:
            return "|".join(sorted(values))

        text = f"{alt(self.sources)} {alt(self.types)} {alt(self.targets)} [{alt(self.statuses)}]"
        return text + (f" by {alt(self.attributed_to)}" if self.attributed_to else "")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one level, and the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, object]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Score:
    """The scores of one article (or a sum of articles), with the strict misses and spurious predictions."""

    strict: Counts = Counts()
    lenient: Counts = Counts()
    edge: Counts = Counts()
    attribution_hits: int = 0
    attribution_total: int = 0
    misses: tuple[GoldRow, ...] = ()
    spurious: tuple[Relation, ...] = ()

    @property
    def attribution(self) -> float | None:
        return self.attribution_hits / self.attribution_total if self.attribution_total else None

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.strict + other.strict, self.lenient + other.lenient, self.edge + other.edge,
            self.attribution_hits + other.attribution_hits, self.attribution_total + other.attribution_total,
            self.misses + other.misses, self.spurious + other.spurious,
        )

    def to_json(self) -> dict[str, object]:
        return {
            **{level: getattr(self, level).to_json() for level in LEVELS},
            "attribution": {"hits": self.attribution_hits, "total": self.attribution_total,
                            "accuracy": self.attribution},
            "misses": [row.describe() for row in self.misses],
            "spurious": [describe_prediction(pred) for pred in self.spurious],
        }


@dataclass(frozen=True)
class ArticleScore:
    """The score of one gold file against its article file."""

    name: str
    gold_path: str
    article_path: str
    gold_rows: int
    predictions: int
    score: Score


@dataclass(frozen=True)
class Report:
    """Per-article scores, their micro total, and what could not be paired or read."""

    articles: tuple[ArticleScore, ...]
    unpaired_gold: tuple[str, ...] = ()
    problems: tuple[Skipped | Notice, ...] = field(default=())
    renamed: tuple[tuple[str, str], ...] = ()  # (gold id, the actor id it was scored as)
    required_ids: tuple[tuple[str, int], ...] = ()  # each actor id of the required rows, with how many rows name it

    def unknown_ids(self, known: Collection[str]) -> list[tuple[str, int]]:
        """Gold actor ids outside ``known`` (an extractor that never names them cannot match their rows)."""
        return [(a, n) for a, n in self.required_ids if a not in known]

    @property
    def total(self) -> Score:
        """Micro totals: the counts of every article summed, then the rates taken."""
        total = Score()
        for article in self.articles:
            total = total + article.score
        return total

    def warnings(self) -> list[str]:
        """One line for each article file not read cleanly and each gold file left unpaired."""
        lines = [_problem(p) for p in self.problems]
        return lines + [f"{path}: no article file of the same base name; not scored" for path in self.unpaired_gold]

    def to_json(self) -> dict[str, object]:
        return {
            "articles": [
                {"name": a.name, "gold": a.gold_path, "article": a.article_path,
                 "gold_rows": a.gold_rows, "predictions": a.predictions, **a.score.to_json()}
                for a in self.articles
            ],
            "micro": {k: v for k, v in self.total.to_json().items() if k not in ("misses", "spurious")},
            "unpaired_gold": list(self.unpaired_gold),
            "problems": [_problem(p) for p in self.problems],
            "renamed": {gold: actor for gold, actor in self.renamed},
        }


def describe_prediction(pred: Relation) -> str:
    """A compact one-line form for reports, like GoldRow.describe."""
    text = f"{pred.source} {pred.type.value} {pred.target} [{pred.status.value}]"
    return text + (f" by {'|'.join(pred.attributed_to)}" if pred.attributed_to else "")


def _problem(item: Skipped | Notice) -> str:
    return f"{item.path}: {item.reason if isinstance(item, Skipped) else item.message}"


# -- gold files ---------------------------------------------------------------------------------


def actor_aliases(names: Mapping[str, object], known: Collection[str]) -> dict[str, str]:
    """Gold ids that spell one known actor's name as a slug, mapped to that actor's id.

    Annotators slug what they read: one writes ``ISIS`` or ``HRW`` where the gazetteer's id is
    ``ISLAMIC_STATE`` or ``HUMAN_RIGHTS_WATCH``. ``names`` maps each name to its actor id (the gazetteer's
    table); a slug that is itself a known id, or names two actors, is left alone.
    """
    found: dict[str, set[str]] = {}
    for name, actor in names.items():
        if not isinstance(actor, str) or actor not in known:
            continue
        slug = _SLUG.sub("_", name.upper()).strip("_")
        if slug and not slug.startswith("THE_") and slug not in known:
            found.setdefault(slug, set()).add(actor)
    return {slug: next(iter(ids)) for slug, ids in found.items() if len(ids) == 1}


def _renamed(row: GoldRow, aliases: Mapping[str, str]) -> GoldRow:
    def ids(values: frozenset[str]) -> frozenset[str]:
        return frozenset(aliases.get(v, v) for v in values)

    return replace(row, sources=ids(row.sources), targets=ids(row.targets), attributed_to=ids(row.attributed_to))


def load_gold(path: str | Path, aliases: Mapping[str, str] | None = None) -> list[GoldRow]:
    """The rows of one gold JSONL file; a malformed row raises ValidationError naming file and line.

    ``aliases`` (see ``actor_aliases``) renames gold ids to the ids the extractor gives the same actors.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file {p}: {err}") from err
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = _gold_row(line, number)
        except ValidationError as err:
            raise ValidationError(f"{p}, line {number}: {err}") from err
        rows.append(_renamed(row, aliases) if aliases else row)
    return rows


def _gold_row(line: str, number: int) -> GoldRow:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        raise ValidationError(f"not valid JSON ({getattr(err, 'msg', 'nested too deeply')})") from err
    if not isinstance(obj, Mapping):
        raise ValidationError(f"a gold row must be a JSON object, got {type(obj).__name__}")
    unknown = set(obj) - _GOLD_KEYS
    if unknown:
        raise ValidationError(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    required = obj.get("required", True)
    if not isinstance(required, bool):
        raise ValidationError(f"'required' must be true or false, got {required!r}")
    return GoldRow(
        sources=frozenset(check_actor_id(v, "source") for v in _alternatives(obj, "source")),
        types=frozenset(RelationType.parse(v) for v in _alternatives(obj, "type")),
        targets=frozenset(check_actor_id(v, "target") for v in _alternatives(obj, "target")),
        statuses=frozenset(Status.parse(v) for v in _alternatives(obj, "status")),
        attributed_to=frozenset(check_actor_id(v, "attributed_to") for v in _alternatives(obj, "attributed_to", True)),
        required=required,
        line=number,
    )


def _alternatives(obj: Mapping[str, object], key: str, may_be_empty: bool = False) -> list[object]:
    value = obj.get(key, [] if may_be_empty else None)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or (not value and not may_be_empty):
        raise ValidationError(f"{key!r} must be a non-empty list of alternatives, got {value!r}")
    return value


# -- scoring ------------------------------------------------------------------------------------


def dedupe(predictions: Iterable[Relation]) -> list[Relation]:
    """One prediction per (source, type, target, status), first seen first, attributions merged."""
    merged: dict[tuple[str, RelationType, str, Status], Relation] = {}
    for pred in predictions:
        key = (pred.source, pred.type, pred.target, pred.status)
        first = merged.setdefault(key, pred)
        if first is not pred and not set(pred.attributed_to) <= set(first.attributed_to):
            merged[key] = replace(first, attributed_to=first.attributed_to + pred.attributed_to)
    return list(merged.values())


def _max_matching(rows: Sequence[GoldRow], preds: Sequence[Relation], level: str,
                  prefer_last: frozenset[int]) -> dict[int, int]:
    """A maximum one-to-one matching, required row index -> prediction index (Kuhn's augmenting paths).

    Predictions in ``prefer_last`` (those fitting an optional row) are tried last, so that when
    choices tie, the ones left over are the ones that count neither way.
    """
    fits = [
        sorted((j for j, pred in enumerate(preds) if row.fits(pred, level)), key=lambda j: j in prefer_last)
        for row in rows
    ]
    owner: dict[int, int] = {}  # prediction -> row

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(rows)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _level(rows: Sequence[GoldRow], preds: Sequence[Relation], level: str) -> tuple[Counts, dict[int, int], list[int]]:
    required = [row for row in rows if row.required]
    optional = [row for row in rows if not row.required]
    neutral = frozenset(j for j, pred in enumerate(preds) if any(row.fits(pred, level) for row in optional))
    matching = _max_matching(required, preds, level, neutral)
    used = set(matching.values())
    spurious = [j for j in range(len(preds)) if j not in used and j not in neutral]
    counts = Counts(tp=len(matching), fp=len(spurious), fn=len(required) - len(matching))
    return counts, matching, spurious


def score(gold_rows: Sequence[GoldRow], predictions: Iterable[Relation]) -> Score:
    """Strict, lenient and edge counts, attribution accuracy, misses and spurious predictions."""
    preds = dedupe(predictions)
    required = [row for row in gold_rows if row.required]
    strict, matching, spurious = _level(gold_rows, preds, "strict")
    lenient, _, _ = _level(gold_rows, preds, "lenient")
    edge, _, _ = _level(gold_rows, preds, "edge")
    attributed = [(required[i], preds[j]) for i, j in matching.items() if required[i].attributed_to]
    hits = sum(bool(row.attributed_to & set(pred.attributed_to)) for row, pred in attributed)
    return Score(
        strict=strict, lenient=lenient, edge=edge,
        attribution_hits=hits, attribution_total=len(attributed),
        misses=tuple(row for i, row in enumerate(required) if i not in matching),
        spurious=tuple(preds[j] for j in spurious),
    )


# -- directories --------------------------------------------------------------------------------


def evaluate_dir(gold_dir: str | Path, articles_dir: str | Path,
                 extract: Callable[[Article], list[Relation]], aliases: Mapping[str, str] | None = None) -> Report:
    """Score ``extract`` on every gold file (``*.jsonl``) that has an article file of the same base name.

    Article files are the readable files directly in ``articles_dir``. An article file that cannot
    be read scores as if nothing were extracted (its rows all missed); why is in ``Report.problems``.
    Gold ids found in ``aliases`` are scored as the actor they name (``Report.renamed`` lists them).
    Raises InputError when a directory is missing, a base name is ambiguous, or nothing pairs.
    """
    gold_root, articles_root = Path(gold_dir), Path(articles_dir)
    for what, root in (("gold", gold_root), ("articles", articles_root)):
        if not root.is_dir():
            raise InputError(f"{what} directory {root} does not exist")
    articles = _articles_by_stem(articles_root)
    gold_files = sorted(gold_root.glob("*.jsonl"))
    pairs = [(g, articles[g.stem]) for g in gold_files if g.stem in articles]
    if not pairs:
        raise InputError(
            f"no gold file in {gold_root} has an article of the same base name in {articles_root}"
            f" ({len(gold_files)} gold file(s), {len(articles)} article file(s))"
        )
    scores, problems = [], []
    renamed: set[str] = set()
    named: dict[str, int] = {}
    for gold_path, article_path in pairs:
        raw = load_gold(gold_path)
        renamed.update(a for row in raw for a in (*row.sources, *row.targets, *row.attributed_to) if a in (aliases or {}))
        rows = [_renamed(row, aliases) for row in raw] if aliases else raw
        for row in rows:
            if row.required:
                for a in row.sources | row.targets:
                    named[a] = named.get(a, 0) + 1
        predictions: list[Relation] = []
        for item in read_path(article_path):
            if isinstance(item, Article):
                predictions.extend(extract(item))
            else:
                problems.append(item)
        scores.append(ArticleScore(
            name=gold_path.stem, gold_path=str(gold_path), article_path=str(article_path),
            gold_rows=len(rows), predictions=len(dedupe(predictions)), score=score(rows, predictions),
        ))
    unpaired = tuple(str(g) for g in gold_files if g.stem not in articles)
    return Report(articles=tuple(scores), unpaired_gold=unpaired, problems=tuple(problems),
                  renamed=tuple((a, aliases[a]) for a in sorted(renamed)) if aliases else (),
                  required_ids=tuple(sorted(named.items())))


def _articles_by_stem(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(_readable_files(root)):
        if path.stem in found:
            raise InputError(f"two article files share the base name {path.stem!r}: {found[path.stem]} and {path}")
        found[path.stem] = path
    return found


def _readable_files(root: Path) -> Iterator[Path]:
    for path in root.iterdir():
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in EXTENSIONS:
            yield path
