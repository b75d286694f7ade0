"""Readers: every format yields Articles; every bad input yields a Skipped or Notice and the rest loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.model import Article
from loaders.language import english_ratio, is_english
from loaders.readers import Notice, Skipped, article_id, read_path, read_paths

ENGLISH = (
    "North Korea denied on Thursday that it was supplying weapons and ammunition to Russia, "
    "calling the allegations rumours spread by hostile forces. The United States said in a report "
    "that Moscow was buying shells and rockets from Pyongyang for the war in Ukraine."
)
FRENCH = (
    "La Corée du Nord a démenti jeudi fournir des armes et des munitions à la Russie, qualifiant ces "
    "accusations de rumeurs répandues par des forces hostiles visant à ternir son image auprès du monde."
)


def items(path, **kw):
    return list(read_path(path, **kw))


def articles(found):
    return [i for i in found if isinstance(i, Article)]


def skipped(found):
    return [i for i in found if isinstance(i, Skipped)]


# -- formats --------------------------------------------------------------------------------------


def test_plain_text_with_headline(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"North Korea denies arming Russia\n\n{ENGLISH}\n", encoding="utf-8")
    (art,) = items(f)
    assert art.title == "North Korea denies arming Russia"
    assert art.text == f"North Korea denies arming Russia\n\n{ENGLISH}"
    assert art.id == article_id(art.text) and len(art.id) == 16
    assert art.url is None and art.published is None


def test_plain_text_first_sentence_is_not_a_title(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(ENGLISH + "\n\nSecond paragraph here.", encoding="utf-8")
    (art,) = items(f)
    assert art.title is None


def test_id_is_stable_under_whitespace(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("  " + ENGLISH.replace(" ", "   ", 3), encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH + "\n", encoding="utf-8")
    a, b = articles(items(tmp_path))
    assert a.id == b.id


def test_html_body_and_metadata_scripts_dropped(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}.</p>" for s in ENGLISH.split(". "))
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Pyongyang denies | World Desk</title>"
        '<meta property="og:site_name" content="World Desk">'
        '<meta property="og:url" content="https://example.org/news/1">'
        '<meta name="date" content="2022-09-22">'
        "<script>var leak = 'SECRET_SCRIPT_TEXT';</script></head><body><nav>Home | World</nav>"
        f"<article><h1>Pyongyang denies arming Moscow</h1>{body}</article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (art,) = items(f)
    assert "North Korea denied on Thursday" in art.text
    assert "SECRET_SCRIPT_TEXT" not in art.text
    assert art.title == "Pyongyang denies arming Moscow"
    assert art.outlet == "World Desk"
    assert art.url == "https://example.org/news/1"
    assert art.published == "2022-09-22"


def test_json_single_record_keeps_given_id(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    record = {"id": "art-1", "url": "https://x.org/1", "title": "T", "outlet": "O", "published": "2023-01-02", "text": ENGLISH}
    f.write_text(json.dumps(record), encoding="utf-8")
    (art,) = items(f)
    assert (art.id, art.url, art.title, art.outlet, art.published) == ("art-1", "https://x.org/1", "T", "O", "2023-01-02")
    assert art.text == "T\n" + ENGLISH  # the headline is read with the body


def test_json_list_bad_record_skipped_others_load(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"text": ENGLISH}, {"body": "x"}, {"text": ENGLISH + " More.", "published": "yesterday"}]))
    found = items(f)
    assert [a.text for a in articles(found)] == [ENGLISH]
    assert [s.reason.split(":")[0] for s in skipped(found)] == ["record 2", "record 3"]
    assert "no 'text' string" in skipped(found)[0].reason
    assert "ISO date" in skipped(found)[1].reason


def test_jsonl_malformed_line_is_skipped_by_number_and_rest_loads(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "one", "text": ENGLISH}) + "\n{not json\n\n" + json.dumps({"id": "two", "text": ENGLISH}) + "\n[1, 2]\n"
    )
    found = items(f)
    assert [a.id for a in articles(found)] == ["one", "two"]
    reasons = [s.reason for s in skipped(found)]
    assert reasons[0].startswith("line 2: not valid JSON")
    assert reasons[1] == "line 5: expected an article object, got list"


def test_malformed_json_file(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text('{"text": "unterminated')
    (s,) = items(f)
    assert isinstance(s, Skipped) and s.reason.startswith("not valid JSON: Unterminated string")


def test_deeply_nested_json_does_not_crash(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "b.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": ENGLISH}))
    found = items(tmp_path)
    assert skipped(found)[0] == Skipped(str(tmp_path / "a.json"), "not valid JSON: nested too deeply")
    assert skipped(found)[1] == Skipped(str(tmp_path / "b.jsonl"), "line 1: not valid JSON: nested too deeply")
    assert [a.text for a in articles(found)] == [ENGLISH]


def test_feed_entries_become_articles_html_stripped(tmp_path: Path) -> None:
    f = tmp_path / "world.rss"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World Desk</title>'
        "<item><title>Seoul sanctions Moscow</title><link>https://example.org/1</link>"
        "<pubDate>Thu, 22 Sep 2022 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;South Korea imposed sanctions on Russia on Thursday.&lt;/p&gt;"
        "&lt;script&gt;alert('x')&lt;/script&gt;&lt;p&gt;The ministry said the measures target banks.&lt;/p&gt;"
        "</description></item>"
        "<item><title>Photo</title><link>https://example.org/2</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    found = items(f)
    (art,) = articles(found)
    assert art.text == ("Seoul sanctions Moscow\n"
                        "South Korea imposed sanctions on Russia on Thursday.\n\nThe ministry said the measures target banks.")
    assert (art.title, art.url, art.outlet, art.published) == (
        "Seoul sanctions Moscow", "https://example.org/1", "World Desk", "2022-09-22")
    assert skipped(found) == [Skipped(str(f), "entry 2 ('Photo'): no text")]


def test_atom_feed_content(tmp_path: Path) -> None:
    f = tmp_path / "feed.atom"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        '<entry><title>Talks</title><link href="https://w.org/a"/><updated>2024-03-01T08:00:00Z</updated>'
        f'<content type="html">&lt;p&gt;{ENGLISH}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    (art,) = items(f)
    assert art.text == "Talks\n" + ENGLISH and art.published == "2024-03-01" and art.outlet == "Wire"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    f = tmp_path / "a.xml"
    f.write_text("<root><x>hello</x></root>")
    (s,) = items(f)
    assert isinstance(s, Skipped) and s.reason.startswith("no feed entries found")


def test_directory_walked_recursively_sorted_unknown_ignored(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ENGLISH + " Z.")
    (tmp_path / "a.txt").write_text(ENGLISH + " A.")
    (tmp_path / "c.TXT").write_text(ENGLISH + " C.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    found = items(tmp_path)
    assert [a.text[-2:] for a in found] == ["A.", "C.", "Z."]  # a directory's files, then its subdirectories
    assert all(isinstance(a, Article) for a in found)


def test_read_paths_chains(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH)
    found = list(read_paths([tmp_path / "a.txt", tmp_path / "missing.txt", str(tmp_path / "a.txt")]))
    assert [type(i).__name__ for i in found] == ["Article", "Skipped", "Article"]


# -- bad input ------------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    assert items(tmp_path / "nope.txt") == [Skipped(str(tmp_path / "nope.txt"), "no such file or directory")]


@pytest.mark.parametrize("content", [b"", b"  \n\n\t "], ids=["zero-bytes", "whitespace"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(content)
    assert items(f) == [Skipped(str(f), "empty file")]


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 200],
    ids=["nul-bytes", "control-chars"],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(content)
    assert items(f) == [Skipped(str(f), "binary file, not text")]


def test_cp1252_text_decoded_with_notice(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(("\u201cWe never exported weapons,\u201d " + ENGLISH).encode("cp1252"))
    notice, art = items(f)
    assert notice == Notice(str(f), "not valid UTF-8; decoded as cp1252, some characters may be wrong")
    assert art.text.startswith("\u201cWe never exported weapons,\u201d")


def test_latin1_fallback_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"\x81 " + ENGLISH.encode("latin-1"))  # 0x81 is undefined in cp1252
    notice, art = items(f)
    assert "decoded as latin-1" in notice.message
    assert art.text.endswith("Ukraine.")


def test_utf8_bom_is_not_a_fallback(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    (art,) = items(f)
    assert art.text == ENGLISH


def test_html_without_article_body(tmp_path: Path) -> None:
    f = tmp_path / "login.html"
    f.write_text("<html><head><title>Login</title><script>var a = 1;</script></head>"
                 "<body><nav>Home</nav><form><input name='u'></form></body></html>")
    assert items(f) == [Skipped(str(f), "no article body found")]


def test_non_english_text_skipped(tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_text(FRENCH, encoding="utf-8")
    (s,) = items(f)
    assert isinstance(s, Skipped) and s.reason.startswith("not English (")


def test_non_english_record_in_jsonl_skips_that_record(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": FRENCH}) + "\n" + json.dumps({"text": ENGLISH}) + "\n", encoding="utf-8")
    found = items(f)
    assert [a.text for a in articles(found)] == [ENGLISH]
    assert skipped(found)[0].reason.startswith("line 1: not English")


def test_oversized_file_refused_unless_allowed(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ENGLISH * 3)
    size = f.stat().st_size
    (s,) = items(f, max_bytes=100)
    assert s == Skipped(str(f), f"larger than 100 bytes ({size:,}); raise --max-bytes to load it")
    assert isinstance(items(f, max_bytes=size)[0], Article)


def test_default_limit_is_five_million_bytes(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with f.open("w") as out:
        out.write(ENGLISH * (5_000_001 // len(ENGLISH) + 1))
    (s,) = items(f)
    assert s.reason.startswith("larger than 5,000,000 bytes (")


def test_unknown_extension_named_explicitly(tmp_path: Path) -> None:
    f = tmp_path / "a.docx"
    f.write_bytes(b"x")
    (s,) = items(f)
    assert isinstance(s, Skipped) and s.reason.startswith("unknown extension '.docx'; readable: .atom .htm")


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "3-good.txt").write_text(ENGLISH)
    (tmp_path / "4-fr.txt").write_text(FRENCH)
    found = items(tmp_path)
    assert [type(i).__name__ for i in found] == ["Skipped", "Skipped", "Article", "Skipped"]


def test_huge_single_line_and_hostile_html(tmp_path: Path) -> None:
    (tmp_path / "line.txt").write_text((ENGLISH + " ") * 5000)  # ~1.5 MB, no newline
    (tmp_path / "deep.html").write_text("<div>" * 50_000 + "x" + "</div>" * 50_000)
    scripts = "<script>" + "while(1){}" * 10_000 + "</script>"
    (tmp_path / "script.html").write_text(f"<html><body>{scripts}<article><p>{ENGLISH}</p></article>{scripts}</body></html>")
    found = items(tmp_path)
    by_name = {Path(i.path).name if not isinstance(i, Article) else "article:" + i.text[:5]: i for i in found}
    assert by_name["deep.html"] == Skipped(str(tmp_path / "deep.html"), "no article body found")
    texts = [a.text for a in articles(found)]
    assert len(texts) == 2
    assert any(t == ENGLISH for t in texts)  # script.html: body only, no script
    assert all("while(1)" not in t for t in texts)


# -- language check -------------------------------------------------------------------------------


def test_language_heuristic() -> None:
    ratio, words = english_ratio(ENGLISH)
    assert words == 43 and ratio > 0.3
    assert is_english(ENGLISH) and not is_english(FRENCH)
    assert not is_english("Северная Корея отрицает поставки оружия и боеприпасов России на фоне войны на Украине сегодня.")
    assert is_english("Kim Jong Un")  # too short to judge


def test_short_name_heavy_english_is_english_but_short_foreign_text_is_not() -> None:
    brief = "Alfred Mutua, Kenya's foreign minister, spoke on Monday. Mutua accused Somalia of harbouring militants."
    assert english_ratio(brief)[0] < 0.15 and is_english(brief)
    assert is_english("Kenya Airways, Safaricom, Equity Bank, KCB Group, Nairobi Securities Exchange, Mombasa Port, Kisumu County.")
    assert not is_english("El ministro de Asuntos Exteriores dijo que las conversaciones con la delegación se reanudarán en mayo.")
    assert not is_english("Der Außenminister sagte, dass die Gespräche mit der Delegation im Mai fortgesetzt werden sollen.")
    assert not is_english("Северная Корея отрицает поставки оружия и боеприпасов России на фоне войны на Украине.")


def test_long_text_is_judged_by_its_english_share_alone() -> None:
    names = " ".join(["Kenya Airways, Safaricom, Equity Bank, KCB Group, Nairobi, Mombasa, Kisumu, Nakuru."] * 8)
    assert not is_english(names)


def test_headline_already_opening_the_body_is_not_repeated(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    body = "Seoul Sanctions Moscow\n" + ENGLISH
    f.write_text(json.dumps({"title": "Seoul sanctions  Moscow", "text": body}), encoding="utf-8")
    (art,) = articles(items(f))
    assert art.text == body and art.title == "Seoul sanctions  Moscow"
