"""Article readers: files and directories in, ``Article`` records out, with every problem said.

Formats are chosen by extension:

- ``.txt .text .md``: plain text. The first line is also taken as the title when it looks like one
  (3 to 25 words, alone in its paragraph, not ending like a sentence); the text keeps it.
- ``.html .htm``: the article body and its metadata (title, date, site name, url) through trafilatura.
- ``.json``: one record or a list of records ``{id, url, title, outlet, published, text}``.
- ``.jsonl``: one record per line.
- ``.xml .rss .atom``: an RSS or Atom feed (feedparser); each entry whose content or summary carries
  text becomes an article, its HTML stripped.
- a directory is walked recursively in sorted order (a directory's files, then its subdirectories); files with other extensions are ignored there,
  but a file with an unknown extension named explicitly is reported as skipped.

Nothing is raised for bad input: the readers yield ``Skipped(path, reason)`` for a file or record
that is not loaded and ``Notice(path, message)`` for one that loaded with a caveat (a non-UTF-8
file decoded as cp1252 or latin-1), and go on with the rest. In JSON, JSONL and feeds a bad record
(malformed line, no text, bad date, not English) skips only that record and the reason names it.

An article's id is the record's ``id`` when a JSON or JSONL record gives one, otherwise the first 16
hex digits of the SHA-1 of its whitespace-collapsed text, so the same text always gets the same id.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from graph.errors import ValidationError
from graph.model import Article
from loaders.language import english_ratio, is_english

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "Notice",
    "Skipped",
    "article_id",
    "read_path",
    "read_paths",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Skipped:
    """A file or record that was not loaded, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Notice:
    """A file that loaded but deserves a word (e.g. decoded with a fallback encoding)."""

    path: str
    message: str


Item = Article | Skipped | Notice

_TEXT, _HTML, _JSON, _JSONL, _FEED = "text", "html", "json", "jsonl", "feed"
EXTENSIONS: Mapping[str, str] = {
    ".txt": _TEXT, ".text": _TEXT, ".md": _TEXT,
    ".html": _HTML, ".htm": _HTML,
    ".json": _JSON, ".jsonl": _JSONL,
    ".xml": _FEED, ".rss": _FEED, ".atom": _FEED,
}
"""File extensions the readers understand, and the format each one selects."""

_RECORD_KEYS = ("id", "url", "title", "outlet", "published", "text")
_SNIFF = 65_536


def article_id(text: str) -> str:
    """A stable id for a text: the SHA-1 of its whitespace-collapsed form, first 16 hex digits."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def read_paths(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article under ``paths``, in order, with a Skipped or Notice for each problem."""
    for path in paths:
        yield from read_path(path, max_bytes=max_bytes)


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles of one file, or of every known file under a directory (recursively, sorted)."""
    p = Path(path)
    if p.is_dir():
        for child in _walk(p):
            yield from _read_file(child, EXTENSIONS[child.suffix.lower()], max_bytes)
        return
    if not p.exists():
        yield Skipped(str(p), "no such file or directory")
        return
    fmt = EXTENSIONS.get(p.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(EXTENSIONS))
        yield Skipped(str(p), f"unknown extension {p.suffix or '(none)'!r}; readable: {known}")
        return
    yield from _read_file(p, fmt, max_bytes)


def _walk(root: Path) -> Iterator[Path]:
    """Known files under ``root`` in sorted order; hidden entries and symlinked dirs are not followed."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            child = Path(dirpath, name)
            if not name.startswith(".") and child.suffix.lower() in EXTENSIONS:
                yield child


def _read_file(path: Path, fmt: str, max_bytes: int) -> Iterator[Item]:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skipped(where, f"larger than {max_bytes:,} bytes ({size:,}); raise --max-bytes to load it")
            return
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        yield Skipped(where, f"cannot read: {err.strerror or err}")
        return
    if len(data) > max_bytes:  # grew since stat()
        yield Skipped(where, f"larger than {max_bytes:,} bytes; raise --max-bytes to load it")
        return
    if not data.strip():
        yield Skipped(where, "empty file")
        return
    if _looks_binary(data):
        yield Skipped(where, "binary file, not text")
        return
    if fmt == _FEED:  # an XML feed declares its own encoding; feedparser honours it
        yield from _read_feed(where, data)
        return
    text, encoding = _decode(data)
    if encoding is not None:
        yield Notice(where, f"not valid UTF-8; decoded as {encoding}, some characters may be wrong")
    readers: dict[str, Callable[[str, str], Iterator[Item]]] = {
        _TEXT: _read_text, _HTML: _read_html, _JSON: _read_json, _JSONL: _read_jsonl,
    }
    yield from readers[fmt](where, text)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 64 KiB (UTF-16 with a BOM is text)."""
    head = data[:_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * len(head)


def _decode(data: bytes) -> tuple[str, str | None]:
    """The text, and the fallback encoding used (None for UTF-8 or a declared UTF-16 BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _article(where: str, text: str, label: str = "", **meta: Any) -> Item:
    """An Article from text and metadata, or a Skipped saying which check failed."""
    prefix = f"{label}: " if label else ""
    text = text.strip()
    if not text:
        return Skipped(where, f"{prefix}no text")
    title = str(meta.get("title") or "").strip()
    if title and not _starts_with(text, title):
        # a record's or page's headline is part of the article as published (a .txt file has it as its first
        # line): it is read like the body, and it often carries the story's main claim
        text = f"{title}\n{text}"
    if not is_english(text):
        ratio, _ = english_ratio(text)
        return Skipped(where, f"{prefix}not English ({ratio:.0%} English function words); skipped")
    meta = {k: (str(v).strip() or None) if v is not None else None for k, v in meta.items()}
    meta["id"] = meta.get("id") or article_id(text)
    try:
        return Article(text=text, **meta)
    except ValidationError as err:
        return Skipped(where, f"{prefix}{err}")


def _starts_with(text: str, title: str) -> bool:
    """Whether the body already opens with its headline (spacing and case aside)."""
    squash = lambda value: " ".join(value.split()).casefold()  # noqa: E731
    return squash(text[: len(title) + 200]).startswith(squash(title))


# -- plain text ---------------------------------------------------------------------------------

_SENTENCE_END = (".", ",", ";", ":", "!")


def _read_text(where: str, text: str) -> Iterator[Item]:
    yield _article(where, text, title=_plain_title(text))


def _plain_title(text: str) -> str | None:
    """The first line when it stands alone and reads like a headline, else None."""
    paragraphs = text.strip().split("\n\n", 1)
    first = paragraphs[0].strip()
    if len(paragraphs) < 2 or "\n" in first:
        return None
    first = first.lstrip("#").strip()
    words = first.split()
    if not 3 <= len(words) <= 25 or first.endswith(_SENTENCE_END):
        return None
    return first


# -- HTML ---------------------------------------------------------------------------------------


_MIN_BODY_WORDS = 10


def _read_html(where: str, text: str) -> Iterator[Item]:
    import trafilatura  # heavy; only when an HTML file is read

    try:
        found = trafilatura.extract(
            text, output_format="json", with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},  # no dates guessed from prose
        )
    except (ValueError, RecursionError) as err:  # trafilatura is tolerant; guard hostile trees anyway
        log.debug("trafilatura failed on %s: %s", where, err)
        found = None
    record = json.loads(found) if found else {}
    body = record.get("text") or ""
    if len(body.split()) < _MIN_BODY_WORDS:  # a menu or a login form is not an article
        yield Skipped(where, "no article body found")
        return
    yield _article(
        where, body, title=record.get("title"), outlet=record.get("source-hostname") or record.get("hostname"),
        url=record.get("source"), published=_loose_date(record.get("date")),
    )


def _loose_date(value: object) -> str | None:
    """An ISO date from page or feed metadata, or None: a bad date there is not worth a skip."""
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


# -- JSON and JSONL -----------------------------------------------------------------------------


def _read_json(where: str, text: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(where, f"not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}")
        return
    except RecursionError:
        yield Skipped(where, "not valid JSON: nested too deeply")
        return
    if isinstance(data, Mapping):
        yield _record(where, data, "")
    elif isinstance(data, list):
        if not data:
            yield Skipped(where, "empty list of records")
        for number, item in enumerate(data, start=1):
            yield _record(where, item, f"record {number}")
    else:
        yield Skipped(where, f"expected an article object or a list of them, got {type(data).__name__}")


def _read_jsonl(where: str, text: str) -> Iterator[Item]:
    """One record per line; a malformed line skips that record only, named by its line number."""
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        label = f"line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"{label}: not valid JSON: {err.msg} at column {err.colno}")
            continue
        except RecursionError:
            yield Skipped(where, f"{label}: not valid JSON: nested too deeply")
            continue
        yield _record(where, data, label)
    if not seen:
        yield Skipped(where, "empty file")


def _record(where: str, data: object, label: str) -> Item:
    prefix = f"{label}: " if label else ""
    if not isinstance(data, Mapping):
        return Skipped(where, f"{prefix}expected an article object, got {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str):
        return Skipped(where, f"{prefix}no 'text' string (an article record has {', '.join(_RECORD_KEYS)})")
    meta = {}
    for key in ("id", "url", "title", "outlet", "published"):
        value = data.get(key)
        if isinstance(value, bool) or (value is not None and not isinstance(value, (str, int))):
            return Skipped(where, f"{prefix}{key!r} must be a string, got {type(value).__name__}")
        meta[key] = value
    return _article(where, text, label, **meta)


# -- RSS and Atom -------------------------------------------------------------------------------


def _read_feed(where: str, data: bytes) -> Iterator[Item]:
    import feedparser  # only when a feed is read

    feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        yield Skipped(where, "no feed entries found" + (f" ({problem})" if problem else ""))
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        title = entry.get("title")
        label = f"entry {number}" + (f" ({title[:60]!r})" if title else "")
        contents = [c.get("value", "") for c in entry.get("content", [])]
        html = max(contents + [entry.get("summary", "")], key=len)
        yield _article(
            where, _strip_html(html), label, title=title, url=entry.get("link"), outlet=outlet,
            published=_loose_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        )


_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"})
_HIDDEN = frozenset({"script", "style", "noscript", "template"})


class _TextOnly(HTMLParser):
    """Text of an HTML fragment: scripts and styles dropped, block tags as paragraph breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _strip_html(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
