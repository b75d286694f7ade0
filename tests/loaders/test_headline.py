"""Title Case headlines are truecased for the parser; offsets and evidence keep the published text."""

from __future__ import annotations

import pytest

from graph.model import Article
from loaders.headline import is_title_case, name_words, truecase

from extracted import edge_rows as rows

BODY = "\nThe move drew swift reactions from officials in the region on Monday."


@pytest.mark.parametrize("line", [
    "Turkey Shoots Down Russian Warplane Near Syrian Border",
    "Maduro Orders Troops Into Drills Near Guyana as British Warship Arrives",
    "Analysis: Why Beijing Is Betting on Moscow",
])
def test_title_case_lines_are_recognised(line: str) -> None:
    assert is_title_case(line)


@pytest.mark.parametrize("line", [
    "Turkey shoots down Russian warplane near Syrian border",
    "The European Union and the United States imposed sanctions on Iran.",
    "Kim Meets Putin",  # too short to tell a title from a row of names
    "NATO Summit Opens In Vilnius.",  # a sentence, not a headline
])
def test_other_lines_are_not(line: str) -> None:
    assert not is_title_case(line)


def test_truecase_keeps_names_acronyms_and_sentence_openings() -> None:
    names = frozenset({"Iran", "Guyana", "British"})
    assert truecase("U.S., EU Slap New Sanctions on Iran's IRGC After Drone Attack", names) == \
        "U.S., EU slap new sanctions on Iran's IRGC after drone attack"
    assert truecase("Maduro Orders Troops Into Drills Near Guyana as British Warship Arrives", names,
                    lambda w: w == "Maduro") == "Maduro orders troops into drills near Guyana as British warship arrives"
    assert truecase('"We Will Respond," Says Taiwan After Chinese Drills', frozenset({"Taiwan", "Chinese"})) == \
        '"We will respond," says Taiwan after Chinese drills'
    assert truecase("Analysis: Why Beijing Is Betting on McDonald's Rival", frozenset({"Beijing"})) == \
        "Analysis: Why Beijing is betting on McDonald's rival"


def test_truecase_never_changes_length_or_other_lines() -> None:
    line = "Poland Expels Russian Diplomats Over Sabotage Plot"
    assert len(truecase(line, frozenset())) == len(line)
    plain = "Poland expelled Russian diplomats over a sabotage plot, Warsaw said."
    assert truecase(plain, frozenset()) == plain


def test_name_words_are_capitalised_inside_sentences_and_never_lower() -> None:
    words = name_words(["Officials in Moscow said the Kremlin would respond on Monday.",
                        "The talks failed. Talks would go on, Moscow said.", "Navy Ships Head To Gulf As Tensions Rise"])
    assert {"Moscow", "Kremlin", "Monday"} <= words
    assert "Officials" not in words and "Talks" not in words  # sentence openers only
    assert "Navy" not in words  # a title's capitals are no evidence


@pytest.mark.parametrize(("headline", "expected"), [
    ("Turkey Shoots Down Russian Warplane Near Syrian Border", ("TUR", "ATTACKS", "RUS", "asserted")),
    ("Poland Expels Russian Diplomats Over Sabotage Plot", ("POL", "REDUCES_RELATIONS", "RUS", "asserted")),
    ("Pakistan Denies Supplying Arms To Taliban Fighters", ("PAK", "SUPPLIES", "TALIBAN", "denied")),
    ("Japan Pledges Fresh Aid To Ukraine As Kishida Visits Kyiv", ("JPN", "SUPPLIES", "UKR", "planned")),
])
def test_title_case_headline_is_read(extractor, headline, expected) -> None:
    assert expected in rows(extractor, headline + BODY)


def test_evidence_is_the_headline_as_published(extractor) -> None:
    text = "Turkey Shoots Down Russian Warplane Near Syrian Border" + BODY
    (rel,) = [r for r in extractor.extract(Article("h1", text=text)).relations if r.type.value == "ATTACKS"]
    assert rel.sentence == "Turkey Shoots Down Russian Warplane Near Syrian Border"
    assert text[rel.char_start:rel.char_end] == rel.sentence


def test_blocking_sanctions_is_not_imposing_them(extractor) -> None:
    got = rows(extractor, "Hungary Blocks EU Sanctions On Russian Oil" + BODY)
    assert ("HUN", "SANCTIONS", "RUS", "asserted") not in got


def test_all_caps_headline_is_brought_to_sentence_case() -> None:
    from loaders.headline import is_all_caps
    known = {"Russia", "Lithuania", "Poland", "U.S."}.__contains__
    assert is_all_caps("RUSSIA SANCTIONS LITHUANIA OVER TAIWAN OFFICE")
    assert not is_all_caps("NATO and EU leaders met in Brussels on Monday")
    assert truecase("RUSSIA SANCTIONS LITHUANIA OVER TAIWAN OFFICE", frozenset({"Taiwan"}), known) == \
        "Russia sanctions Lithuania over Taiwan office"
    assert truecase("NATO WARNS MOSCOW AS U.S. SENDS TROOPS TO POLAND", frozenset({"NATO", "Moscow"}), known) == \
        "NATO warns Moscow as U.S. sends troops to Poland"


def test_all_caps_headline_is_read(extractor) -> None:
    got = rows(extractor, "TURKEY SHOOTS DOWN RUSSIAN WARPLANE NEAR SYRIAN BORDER" + BODY)
    assert ("TUR", "ATTACKS", "RUS", "asserted") in got, got


def test_links_to_other_stories_and_credits_are_not_read(extractor) -> None:
    text = ("Russia on Monday imposed sanctions on Lithuania.\n"
            "Read more: China downgrades ties with Lithuania over Taiwan\n"
            "RELATED: US warns Russia over Ukraine build-up\n"
            "(Reporting by John Doe in Vilnius; Editing by Alex Smith)")
    assert rows(extractor, text) == {("RUS", "SANCTIONS", "LTU", "asserted")}


def test_a_json_record_s_headline_is_read(extractor, tmp_path) -> None:
    import json

    from loaders.readers import read_path

    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x1", "title": "Turkey shoots down Russian warplane near Syrian border",
                             "text": "The incident happened on Tuesday morning, officials said."}) + "\n")
    (article,) = [a for a in read_path(f) if isinstance(a, Article)]
    got = {(r.source, r.type.value, r.target) for r in extractor.extract(article).relations}
    assert ("TUR", "ATTACKS", "RUS") in got
