"""A counted group stands for the states just named only when the count fits a few of them: "the two
countries" after "Britain and France" does; "Thirty-two countries" or "more than two countries" do not."""

from __future__ import annotations

from tests.loaders.extracted import edge_rows


def test_compound_numbers_are_not_the_states_just_named(extractor) -> None:
    text = "Israel struck Gaza. China condemned the strike. Thirty-two countries backed a motion urging Iran to cooperate."
    assert all(target != "IRN" for _, _, target, _ in edge_rows(extractor, text))


def test_more_than_two_is_not_the_pair(extractor) -> None:
    text = "Japan and Korea held talks. More than two countries called on Russia to withdraw."
    assert all(source not in ("JPN", "KOR") or target != "RUS" for source, _, target, _ in edge_rows(extractor, text))


def test_the_two_countries_are_the_pair(extractor) -> None:
    rows = edge_rows(extractor, "Britain and France sent jets. The two countries urged Russia to withdraw.")
    assert {("GBR", "REQUESTS", "RUS", "asserted"), ("FRA", "REQUESTS", "RUS", "asserted")} <= rows
