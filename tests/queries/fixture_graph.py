"""The fixture graph every named-query test runs on, written the same way to both stores.

Small enough to check by hand. Its shape matters in three places:

- PRK SUPPLIES RUS is alleged (by USA) in a1 and denied (by PRK) in a2: a contested claim.
- RUS and PRK are joined by four relations and RUS and UKR by two, so a walk that may reuse a
  relation (LadybugDB's default ``*1..k``) counts more chains than Neo4j's paths do.
- KOR has no relations at all.
"""

from __future__ import annotations

from graph.model import Actor, Article, Relation
from graph.store import Batch, Mention, Store

ACTORS = [
    Actor("PRK", "state", "North Korea", ("DPRK",)),
    Actor("RUS", "state", "Russia", ("Russian Federation",)),
    Actor("UKR", "state", "Ukraine"),
    Actor("USA", "state", "United States", ("US", "Washington")),
    Actor("KOR", "state", "South Korea"),
    Actor("ABK", "territory", "Abkhazia"),
    Actor("IRN", "state", "Iran"),
    Actor("CHN", "state", "China"),
]
ARTICLES = [
    Article("a1", "https://news.example/a1", "Shells for Russia", "Wire", "2023-09-01"),
    Article("a2", "https://news.example/a2", "Pyongyang denies", "Wire", "2023-09-05"),
    Article("a3", "https://news.example/a3", "Front line", "Daily", "2023-10-01"),
    Article("a4", "https://news.example/a4", "Aid and sanctions", "Daily", "2023-10-10"),
    Article("a5", "https://news.example/a5", "Summit", "Post", "2023-11-01"),
]


def _rel(source: str, rtype: str, target: str, article: str, sentence: str, **kw: object) -> Relation:
    return Relation(source, rtype, target, article=article, sentence=sentence, **kw)  # type: ignore[arg-type]


RELATIONS = [
    _rel("PRK", "SUPPLIES", "RUS", "a1", "Washington said North Korea supplied shells to Russia.",
         status="alleged", attributed_to=("USA",), mode="artillery shells", confidence=0.8, char_start=0, char_end=55),
    _rel("PRK", "SUPPLIES", "RUS", "a2", "Pyongyang denied supplying Russia.",
         status="denied", attributed_to=("PRK",), char_start=10, char_end=44),
    _rel("PRK", "DENIES", "USA", "a2", "Pyongyang denied supplying Russia."),
    _rel("USA", "ACCUSES", "PRK", "a1", "Washington said North Korea supplied shells to Russia."),
    _rel("RUS", "ATTACKS", "UKR", "a3", "Russia shelled Ukrainian positions."),
    _rel("UKR", "ATTACKS", "RUS", "a3", "Ukraine struck a Russian depot."),
    _rel("USA", "SUPPLIES", "UKR", "a4", "The United States sent weapons to Ukraine.", mode="weapons"),
    _rel("USA", "SANCTIONS", "PRK", "a4", "Washington sanctioned North Korean firms."),
    _rel("RUS", "RECOGNIZES", "ABK", "a5", "Russia recognises Abkhazia."),
    _rel("RUS", "MEETS", "PRK", "a5", "Putin met Kim."),
    _rel("PRK", "MEETS", "RUS", "a5", "Kim met Putin again."),
    _rel("IRN", "SUPPLIES", "RUS", "a3", "Kyiv and Washington say Iran sends drones to Russia.",
         status="alleged", attributed_to=("UKR", "USA"), mode="drones"),
    _rel("CHN", "COOPERATES", "RUS", "a4", "China and Russia deepened trade."),
]
MENTIONS = [
    Mention("Wagner", "a3", "Wagner fighters moved north.", "ORG"),
    Mention("Wagner", "a4", "Wagner was paid in gold.", "ORG"),
    Mention("Transnistria", "a5", "Transnistria watched closely.", "GPE"),
]
PAGERANK = {"RUS": 0.25, "PRK": 0.125}


def fill(store: Store) -> Store:
    """Write the fixture graph (and a little analytics) into ``store``."""
    store.write(Batch(actors=ACTORS, articles=ARTICLES, relations=RELATIONS, unresolved=MENTIONS))
    store.set_actor_properties([{"id": k, "pagerank": v, "bloc": 1} for k, v in PAGERANK.items()])
    return store
