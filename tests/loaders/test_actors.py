"""Actor resolution: gazetteer names, longest match, ambiguity, context rules and user files."""

from __future__ import annotations

import pytest

from extracted import named as found
from graph.errors import InputError, StategraphError
from graph.model import ActorKind
from loaders.actors import default_gazetteer
from loaders.nlp import load_model


@pytest.mark.parametrize(
    "text, name, actor_id",
    [
        ("Officials in Pyongyang spoke.", "Pyongyang", "PRK"),
        ("The Kremlin said so.", "The Kremlin", "RUS"),
        ("The White House said so.", "The White House", "USA"),
        ("The U.S. said so.", "U.S.", "USA"),
        ("Kyiv said so.", "Kyiv", "UKR"),
        ("Kosovo said so.", "Kosovo", "XKX"),
        ("Taipei said so.", "Taipei", "TWN"),
        ("The Republic of China said so.", "Republic of China", "TWN"),
        ("The People's Republic of China said so.", "People's Republic of China", "CHN"),
        ("Russian forces advanced.", "Russian", "RUS"),
        ("North Korean officials spoke.", "North Korean", "PRK"),
        ("KCNA reported it.", "KCNA", "PRK"),
        ("The PLA Eastern Command held drills.", "PLA Eastern Command", "CHN"),
        ("Xinhua reported it.", "Xinhua", "CHN"),
        ("TASS reported it.", "TASS", "RUS"),
        ("The U.N. Security Council met.", "U.N. Security Council", "UNSC"),
        ("The UN General Assembly voted.", "UN General Assembly", "UNGA"),
        ("NATO met.", "NATO", "NATO"),
        ("ECOWAS met.", "ECOWAS", "ECOWAS"),
        ("Fighting in Donetsk went on.", "Donetsk", "DONETSK"),
        ("Fighting in Luhansk went on.", "Luhansk", "LUHANSK"),
        ("Somaliland signed a deal.", "Somaliland", "SOMALILAND"),
        ("Nagorno-Karabakh was attacked.", "Nagorno-Karabakh", "NAGORNO_KARABAKH"),
        ("The West sanctioned Moscow.", "The West", "WEST"),
        ("M23 rebels advanced.", "M23", "M23"),
        ("The Houthis fired drones.", "Houthis", "HOUTHIS"),
        ("Wagner fighters arrived.", "Wagner", "WAGNER"),
        ("Downing Street said so.", "Downing Street", "GBR"),
        ("Kinshasa said so.", "Kinshasa", "COD"),
        ("Brazzaville said so.", "Brazzaville", "COG"),
        ("Ankara said so.", "Ankara", "TUR"),
    ],
)
def test_names_resolve(gaz, nlp, text, name, actor_id):
    assert (name, actor_id) in found(gaz, nlp, text)


def test_longest_match_wins(gaz, nlp):
    assert found(gaz, nlp, "The U.N. Security Council met.") == [("U.N. Security Council", "UNSC")]
    assert found(gaz, nlp, "South Korea and North Korea met.") == [("South Korea", "KOR"), ("North Korea", "PRK")]


def test_ignore_names_block_shorter_actor_names(gaz, nlp):
    assert found(gaz, nlp, "The Washington Post reported it.") == []
    assert found(gaz, nlp, "Leaders of Latin America met.") == []
    assert found(gaz, nlp, "The West African bloc ECOWAS met.") == [("ECOWAS", "ECOWAS")]


def test_the_north_needs_north_korea_in_the_article(gaz, nlp):
    assert ("the North", "PRK") in found(gaz, nlp, "North Korea fired. Officials in the North said so.")
    assert ("the North", None) in found(gaz, nlp, "Officials in the North of England said so.")


def test_bare_korea_follows_the_article(gaz, nlp):
    assert ("Korean", "KOR") in found(gaz, nlp, "South Korea said Korean firms would invest.")


def test_kind_of_and_actor_records(gaz):
    assert gaz.kind_of("PRK") == ActorKind.STATE
    assert gaz.kind_of("UNSC") == ActorKind.IGO
    assert gaz.kind_of("DONETSK") == ActorKind.TERRITORY
    assert gaz.kind_of("WEST") == ActorKind.BLOC
    assert gaz.kind_of("HAMAS") == ActorKind.ARMED_GROUP
    assert gaz.kind_of("NO_SUCH_ACTOR") is None
    prk = gaz.actor("PRK")
    assert prk.name == "North Korea" and "Pyongyang" in prk.aliases
    assert gaz.actor("ACME").kind == ActorKind.ORGANIZATION


def test_lookup(gaz):
    assert gaz.lookup("Moscow") == "RUS"
    assert gaz.lookup("Washington Post") is None
    assert gaz.lookup("Nowhere Land") is None


def test_user_yaml_file_extends(tmp_path, nlp):
    path = tmp_path / "extra.yaml"
    path.write_text("kind: organization\nactors:\n  - {id: EXXONMOBIL, name: ExxonMobil, names: [ExxonMobil, Exxon]}\n")
    gaz = default_gazetteer([path])
    assert gaz.kind_of("EXXONMOBIL") == ActorKind.ORGANIZATION
    assert ("Exxon", "EXXONMOBIL") in found(gaz, nlp, "Exxon drilled off Guyana.")
    assert default_gazetteer().kind_of("EXXONMOBIL") is None


def test_user_csv_file_extends(tmp_path, nlp):
    path = tmp_path / "extra.csv"
    path.write_text("id,kind,names\nPDVSA,organization,PDVSA;Petroleos de Venezuela\n")
    gaz = default_gazetteer([path])
    assert ("PDVSA", "PDVSA") in found(gaz, nlp, "PDVSA exported oil.")


@pytest.mark.parametrize(
    "content, message",
    [
        ("actors: [", "not valid YAML"),
        ("- just a list\n", "must hold a mapping"),
        ("actors:\n  - {id: lower, kind: state, names: [X]}\n", "bad actor entry"),
        ("actors:\n  - {id: FOO, names: [Foo]}\n", "has no kind"),
    ],
)
def test_bad_user_file(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        default_gazetteer([path])


def test_missing_model_is_a_clear_error():
    with pytest.raises(StategraphError, match="cannot be loaded"):
        load_model("no_such_spacy_model_xyz")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai troops attacked Cambodia on Monday.", ("THA", "KHM")),
        ("Togolese soldiers attacked Ghana on Monday.", ("TGO", "GHA")),
        ("Bosnian forces attacked Serbia on Monday.", ("BIH", "SRB")),
        ("Congolese troops attacked Rwanda on Monday.", ("COD", "RWA")),
        ("Ecuadorian police attacked Peru on Monday.", ("ECU", "PER")),
    ],
    ids=["thai", "togolese", "bosnian", "congolese", "ecuadorian"],
)
def test_demonyms_that_name_a_state_before_a_noun(text, expected):
    from graph.model import Article
    from loaders.extract import Extractor

    relations = Extractor().extract(Article(id="d", text=text)).relations
    assert (expected[0], "ATTACKS", expected[1]) in {(r.source, r.type.value, r.target) for r in relations}


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [("Thais", "THA"), ("Quito", "ECU"), ("Argentinian", "ARG"), ("Uzbek", "UZB"), ("Slovene", "SVN"),
     ("Nepalese", "NPL"), ("Brasília", "BRA"), ("Bogotá", "COL"), ("Peruvian", "PER"), ("Lomé", "TGO")],
)
def test_more_state_names_resolve(name, actor_id):
    assert default_gazetteer().lookup(name) == actor_id


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain, France and Germany wrote. The European powers warned Iran.", ("The European powers", "E3")),
    ("Britain and France wrote. The European powers warned Iran.", ("The European powers", None)),
    ("Britain, France and Germany wrote. The Europeans warned Iran.", ("The Europeans", "E3")),
    ("Britain, France, Germany and the EU wrote. The Europeans warned Iran.", ("The Europeans", None)),
    ("The E3 wrote. The Europeans warned Iran.", ("The Europeans", "E3")),
], ids=["all-three", "two-of-three", "adjective", "eu-present", "e3-named"])
def test_the_european_powers_are_the_e3_only_where_all_three_are_named(gaz, nlp, text, expected):
    assert expected in found(gaz, nlp, text)


def test_a_capital_that_is_a_common_name_needs_its_state(gaz, nlp):
    assert ("La Paz", "BOL") in found(gaz, nlp, "Bolivia protested. Chile sent envoys to La Paz.")
    assert ("Santiago", None) in found(gaz, nlp, "Cuba protested. Officials in Santiago said so.")


@pytest.mark.parametrize(("text", "actor"), [("Singapore condemned the strike.", "SGP"),
                                              ("Djibouti expelled the envoy.", "DJI"),
                                              ("Monaco froze the assets.", "MCO")])
def test_city_states_named_like_their_capital_resolve(gaz, nlp, text, actor):
    assert (text.split()[0], actor) in found(gaz, nlp, text)


def test_a_territorys_capital_stands_for_the_territory(gaz, nlp):
    assert ("Stepanakert", "NAGORNO_KARABAKH") in found(gaz, nlp, "Shells fell on Stepanakert.")
