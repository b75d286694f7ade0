"""Actors of 1990s and 2000s news: states that no longer exist, renamed bodies, armed groups of past
wars and the office holders of the time; and the past of a state ("a former Soviet republic") is not
that state."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows, named


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Soviet troops pulled out of Kabul in 1989.", "Soviet", "SUN"),
    ("The Yugoslav army moved tanks toward the border.", "Yugoslav", "YUG"),
    ("Serb police fired on the village.", "Serb", "SRB"),
    ("The talks were chaired by the OAU in Addis Ababa.", "OAU", "OAU"),
    ("Envoys of the Organization of African Unity arrived on Monday.", "Organization of African Unity", "OAU"),
    ("The CSCE sent monitors.", "CSCE", "OSCE"),
    ("The European Community recognised Slovenia.", "European Community", "EU"),
    ("UNSCOM inspectors left Baghdad.", "UNSCOM", "UN"),
    ("ECOMOG troops patrolled Freetown.", "ECOMOG", "ECOWAS"),
    ("The RUF seized the diamond fields.", "RUF", "RUF"),
    ("Fighters of the Islamic Courts Union entered Mogadishu.", "Islamic Courts Union", "ICU"),
    ("UNITA rejected the peace plan.", "UNITA", "UNITA"),
    ("Bosnian Serbs shelled Sarajevo.", "Bosnian Serbs", "REPUBLIKA_SRPSKA"),
    ("Milosevic met the envoy in Belgrade.", "Milosevic", "YUG"),
    ("Yeltsin flew to Minsk.", "Yeltsin", "RUS"),
    ("Kohl spoke to reporters.", "Kohl", "DEU"),
    ("Mandela spoke to reporters.", "Mandela", "ZAF"),
    ("Skopje applied as the Former Yugoslav Republic of Macedonia.", "Former Yugoslav Republic of Macedonia", "MKD"),
])
def test_past_actors_resolve(gaz, nlp, text: str, name: str, actor: str) -> None:
    assert (name, actor) in named(gaz, nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    ("Estonia, a former Soviet republic, joined NATO in 2004.", "Soviet"),
    ("Poland sent Soviet-era tanks to Ukraine.", "Soviet"),
    ("Moscow opposes NATO expansion into the post-Soviet space.", "Soviet"),
    ("The two former Yugoslav neighbours recognised Kosovo.", "Yugoslav"),
    ("Kosovo Serbs blocked the roads to the border.", "Serbs"),
])
def test_the_past_of_a_state_is_no_actor(gaz, nlp, text: str, word: str) -> None:
    assert all(not n.endswith(word) and word not in n for n, _ in named(gaz, nlp, text))


def test_bare_ambiguous_surnames_stay_unresolved(gaz, nlp) -> None:
    # Sharon and Castro name other people too (a first name; a later Honduran president)
    found = dict(named(gaz, nlp, "Sharon and Castro attended the dinner."))
    assert found.get("Sharon") is None and found.get("Castro") is None


def test_relations_of_past_actors(extractor) -> None:
    rows = edge_rows(extractor, "The Organization of African Unity condemned Eritrea's incursion into Ethiopia.")
    assert ("OAU", "CONDEMNS", "ERI", "asserted") in rows
    rows = edge_rows(extractor, "Soviet troops invaded Afghanistan in December 1979.")
    assert rows == {("SUN", "ATTACKS", "AFG", "asserted")}


def test_former_republic_gives_no_relation_with_the_union(extractor) -> None:
    rows = edge_rows(extractor, "Estonia, a former Soviet republic, joined NATO in 2004.")
    assert all("SUN" not in (source, target) for source, _, target, _ in rows)
