"""A person the gazetteer knows, once named in full, is the same person by bare surname later on."""

from __future__ import annotations

from extracted import edge_rows as rows


def test_bare_surname_after_full_name_speaks_for_the_state(extractor) -> None:
    text = ("Guyanese President Irfaan Ali spoke to reporters in Georgetown on Monday.\n"
            "Ali accused Caracas of defying the world court.")
    assert ("GUY", "ACCUSES", "VEN", "asserted") in rows(extractor, text)


def test_surname_with_honorific(extractor) -> None:
    text = ("Irfaan Ali, Guyana's president, flew to Brasilia on Monday.\n"
            "Mr. Ali later accused Venezuela of massing troops on the border.")
    assert ("GUY", "ACCUSES", "VEN", "asserted") in rows(extractor, text)


def test_surname_before_the_full_name_is_not_resolved(extractor) -> None:
    text = "Ali accused Caracas of defying the world court.\nGuyanese President Irfaan Ali spoke on Monday."
    assert not any(r[0] == "GUY" for r in rows(extractor, text))


def test_surname_inside_another_full_name_is_someone_else(extractor) -> None:
    text = ("Guyanese President Irfaan Ali spoke to reporters on Monday.\n"
            "Separately, the negotiator Ali Bagheri accused Washington of bad faith.")
    assert not any(r[0] == "GUY" and r[2] == "USA" for r in rows(extractor, text))


def test_titled_person_by_apposition_then_by_surname(extractor) -> None:
    for intro in ("Kenya's foreign minister, Alfred Mutua, spoke on Monday.",
                  "Alfred Mutua, Kenya's foreign minister, spoke on Monday."):
        got = rows(extractor, intro + "\nMutua accused Somalia of harbouring militants.")
        assert ("KEN", "ACCUSES", "SOM", "asserted") in got, intro


def test_chinese_surname_comes_first(extractor) -> None:
    text = "Chinese foreign ministry spokesman Zhao Lijian spoke on Monday.\nZhao accused Washington of hypocrisy."
    assert ("CHN", "ACCUSES", "USA", "asserted") in rows(extractor, text)


def test_former_office_holder_speaks_for_no_state(extractor) -> None:
    text = "Former Kenyan foreign minister Alfred Mutua spoke on Monday.\nMutua accused Somalia of harbouring militants."
    assert not any(r[0] == "KEN" for r in rows(extractor, text))


def test_two_officials_sharing_a_surname_are_left_alone(extractor) -> None:
    text = ("Chinese foreign ministry spokesman Wang Wenbin spoke on Monday, and Taiwanese envoy Wang Ting-yu replied.\n"
            "Wang accused Washington of hypocrisy.")
    assert not any(r[2] == "USA" for r in rows(extractor, text))
