"""Graph pages opened from files in headless Chromium: drawn, searchable, offline, inert text.

Run with ``-m browser``; they skip without Chromium locally and fail under CI=true.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from chromium_driver import console_messages, launch, open_page, requested_urls, wait_for
from graph.model import Actor, ActorKind, Article, Relation
from graph.pages import SiteOptions, ViewOptions, build_page, build_site, page_data, select_view
from graph.pages.style import load_style
from graph.snapshot import build_graph
from synthetic import synthetic_graph

pytestmark = pytest.mark.browser

INJECTED = 'Seoul said <script>window.pwned = "script"</script><img src=x onerror="window.pwned = \'img\'"> arms moved.'


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    session = launch(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield session
    finally:
        session.quit()


def _graph():
    actors = [Actor("PRK", ActorKind.STATE, "North Korea", ("DPRK",)), Actor("RUS", ActorKind.STATE, "Russia"),
              Actor("USA", ActorKind.STATE, "United States"), Actor("UKR", ActorKind.STATE, "Ukraine"),
              Actor("NATO", ActorKind.IGO, "NATO", ("the Alliance",)), Actor("WAGNER", ActorKind.ARMED_GROUP, "Wagner")]
    articles = [Article("a1", None, "Shells", "Wire", "2023-09-01"), Article("a2", None, "Talks", "Daily", "2023-09-05")]
    rels = [
        Relation("PRK", "SUPPLIES", "RUS", "alleged", ("USA",), article="a1", sentence="Washington said shells went."),
        Relation("PRK", "SUPPLIES", "RUS", "denied", ("PRK",), article="a2", sentence="Pyongyang denied it."),
        Relation("RUS", "MEETS", "PRK", article="a2", sentence="Putin met Kim."),
        Relation("RUS", "ATTACKS", "UKR", article="a1", sentence="Russia shelled Kyiv."),
        Relation("NATO", "SUPPORTS", "UKR", article="a2", sentence="NATO backed Kyiv."),
        Relation("WAGNER", "ATTACKS", "UKR", "alleged", ("UKR",), article="a1", sentence="Kyiv blamed Wagner."),
        Relation("USA", "SANCTIONS", "RUS", "planned", ("USA",), article="a2", sentence="Washington will sanction."),
    ]
    return build_graph(actors, rels, articles)


def _write(tmp_path: Path, name: str, html_text: str) -> Path:
    path = tmp_path / name
    path.write_text(html_text, encoding="utf-8")
    return path


def _counts(driver: Any) -> list[int]:
    return driver.execute_script(
        "var d = window.stategraphNetwork.body.data; return [d.nodes.length, d.edges.length];")


def _assert_quiet(driver: Any) -> None:
    """No console errors, and nothing but file: and data: URLs requested."""
    assert console_messages(driver) == []
    urls = requested_urls(driver)
    assert urls, "the performance log recorded no requests at all"
    assert [u for u in urls if not u.startswith(("file:", "data:"))] == []


def _hover(driver: Any, canvas_point_js: str) -> str:
    """Move the mouse to a canvas point and return the tooltip text vis-network shows."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    canvas = driver.find_element(By.CSS_SELECTOR, "#network canvas")
    point = driver.execute_script(
        f"var n = window.stategraphNetwork; return n.canvasToDOM({canvas_point_js});")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)).perform()
    return wait_for(lambda: driver.execute_script(
        "var t = document.querySelector('div.vis-tooltip');"
        "return t && t.style.visibility !== 'hidden' && t.textContent ? t.textContent : null;"), timeout=10)


def test_page_draws_every_actor_and_relation_quietly(driver, tmp_path):
    G = _graph()
    view = select_view(G)
    expected = page_data(view, load_style())
    page = _write(tmp_path, "graph.html", build_page(G))
    open_page(driver, page)
    driver.save_screenshot(str(tmp_path / "graph.png"))
    assert _counts(driver) == [len(expected["nodes"]), len(expected["edges"])] == [6, 7]
    assert driver.execute_script("return window.stategraphNetwork.physics.options.enabled") is False
    assert driver.find_element("id", "summary").text == "6 actors, 7 drawn relations (7 extracted relations)"
    _assert_quiet(driver)
    assert (tmp_path / "graph.png").stat().st_size > 10_000


def test_search_box_focuses_actor_by_alias(driver, tmp_path):
    from selenium.webdriver.common.keys import Keys

    page = _write(tmp_path, "graph.html", build_page(_graph()))
    open_page(driver, page)
    before = driver.execute_script("return window.stategraphNetwork.getViewPosition()")
    box = driver.find_element("id", "search")
    box.send_keys("the alliance", Keys.ENTER)
    assert driver.execute_script("return window.stategraphNetwork.getSelectedNodes()") == ["NATO"]

    def centred_on_nato() -> bool:
        return driver.execute_script(
            "var n = window.stategraphNetwork, v = n.getViewPosition(), p = n.getPositions(['NATO']).NATO;"
            "return Math.abs(v.x - p.x) < 1 && Math.abs(v.y - p.y) < 1;")

    wait_for(centred_on_nato, timeout=10)
    after = driver.execute_script("return window.stategraphNetwork.getViewPosition()")
    assert after != before
    assert driver.find_element("id", "search-status").text == "Found NATO (NATO)."
    box.clear()
    box.send_keys("Atlantis", Keys.ENTER)
    assert driver.find_element("id", "search-status").text == "No actor matches \u201cAtlantis\u201d."
    assert driver.execute_script("return window.stategraphNetwork.getSelectedNodes()") == ["NATO"]
    driver.save_screenshot(str(tmp_path / "search.png"))
    _assert_quiet(driver)


def test_injected_markup_in_a_sentence_shows_as_text_and_runs_nothing(driver, tmp_path):
    G = build_graph(
        [Actor("KOR", ActorKind.STATE, "South Korea <b>bold</b>"), Actor("PRK", ActorKind.STATE, "North Korea")],
        [Relation("PRK", "SUPPLIES", "KOR", "alleged", ("KOR",), article="x1", sentence=INJECTED)],
        [Article("x1", None, "<img src=y onerror=\"window.pwned='title'\">Report", "Wire", "2024-01-01")],
    )
    page = _write(tmp_path, "injected.html", build_page(G))
    open_page(driver, page)
    edge_text = _hover(driver, "window.stategraphNetwork.body.edges[window.stategraphNetwork.body.edgeIndices[0]]"
                               ".edgeType.getPoint(0.5)")
    assert INJECTED in edge_text
    assert "<img src=y onerror=\"window.pwned='title'\">Report" in edge_text
    assert "supplies (alleged)" in edge_text and "alleged by" in edge_text
    driver.save_screenshot(str(tmp_path / "tooltip.png"))
    node_text = _hover(driver, "window.stategraphNetwork.getPositions(['KOR']).KOR")
    assert "South Korea <b>bold</b>" in node_text and "kind" in node_text
    assert driver.execute_script("return typeof window.pwned") == "undefined"
    assert driver.execute_script(
        "return document.querySelectorAll('div.vis-tooltip script, div.vis-tooltip img, div.vis-tooltip b').length") == 0
    _assert_quiet(driver)


def test_large_page_settles_stops_and_says_what_was_left_out(driver, tmp_path):
    G = synthetic_graph(360)
    page = _write(tmp_path, "large.html", build_page(G, ViewOptions(max_nodes=300)))
    open_page(driver, page, timeout=120)
    driver.save_screenshot(str(tmp_path / "large.png"))
    nodes, edges = _counts(driver)
    view = select_view(G, ViewOptions(max_nodes=300))
    assert nodes == 300 and edges == len(view.edges)
    assert driver.find_element("id", "left-out").text == (
        f"Showing the 300 most connected of {view.candidates} actors: {view.left_out} left out "
        "(raise --max-nodes to see more).")
    assert driver.execute_script("return window.stategraphNetwork.physics.options.enabled") is False
    first = driver.execute_script("return window.stategraphNetwork.getPositions()")
    driver.execute_script("return new Promise(function (done) { setTimeout(done, 300); });")
    assert driver.execute_script("return window.stategraphNetwork.getPositions()") == first  # no jiggle
    _assert_quiet(driver)


def test_site_index_links_to_actor_pages_that_open_offline(driver, tmp_path):
    from selenium.webdriver.common.by import By

    site = tmp_path / "site"
    for relative, text in build_site(_graph(), SiteOptions(title="Site")).items():
        target = site / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    driver.get("about:blank")
    requested_urls(driver)
    console_messages(driver)
    driver.get((site / "index.html").as_uri())
    links = driver.find_elements(By.CSS_SELECTOR, "#actors a")
    assert [link.text for link in links] == ["Russia", "North Korea", "Ukraine", "NATO", "United States", "Wagner"]
    links[2].click()
    wait_for(lambda: driver.execute_script("return window.stategraphStable === true"))
    assert driver.current_url == (site / "actors" / "UKR.html").as_uri()
    assert _counts(driver) == [4, 3]
    assert driver.execute_script("return window.stategraphNetwork.getSelectedNodes()") == ["UKR"]
    driver.save_screenshot(str(tmp_path / "site-ukr.png"))
    _assert_quiet(driver)


@pytest.mark.parametrize("ci, outcome", [("true", "failed"), ("", "skipped")], ids=["ci-fails", "local-skips"])
def test_missing_chromium_fails_under_ci_and_skips_locally(monkeypatch, ci, outcome):
    import chromium_driver

    monkeypatch.setattr(chromium_driver, "CHROMIUM_CANDIDATES", ("/nonexistent/chromium",))
    monkeypatch.setenv("CI", ci)
    expected = pytest.fail.Exception if outcome == "failed" else pytest.skip.Exception
    with pytest.raises(expected, match="chromium and chromium-driver packages are not installed"):
        chromium_driver.require_chromium()
