"""Coverage of the actor gazetteer: intergovernmental bodies, armed groups, organizations and territories
the news names, resolved on sentences written for these tests, and ordinary words that must stay words."""

from __future__ import annotations

import pytest

from extracted import named as found, sorted_claim_rows as rows
from graph.model import ActorKind
from loaders.evaluate import actor_aliases


@pytest.mark.parametrize(
    "text, name, actor_id",
    [
        # intergovernmental bodies, courts, missions
        ("ICAO opened an inquiry into the crash.", "ICAO", "ICAO"),
        ("The Permanent Court of Arbitration ruled for Manila.", "Permanent Court of Arbitration", "PCA"),
        ("Judges at the PCA in The Hague ruled.", "PCA", "PCA"),
        ("The G5 Sahel joint force was dissolved.", "G5 Sahel joint force", "G5_SAHEL"),
        ("The Alliance of Sahel States met in Niamey.", "Alliance of Sahel States", "AES"),
        ("Leaders of the East African Community met.", "East African Community", "EAC"),
        ("The OPCW found chlorine was used.", "OPCW", "OPCW"),
        ("UNRWA said its schools were hit.", "UNRWA", "UNRWA"),
        ("The United Nations Educational, Scientific and Cultural Organization listed the old city.",
         "United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
        ("The World Food Programme halted deliveries.", "World Food Programme", "WFP"),
        ("Mercosur and the EU closed a deal.", "Mercosur", "MERCOSUR"),
        ("CARICOM leaders urged calm.", "CARICOM", "CARICOM"),
        ("The Pacific Islands Forum met in Tonga.", "Pacific Islands Forum", "PIF"),
        ("The Eurasian Economic Union admitted a new observer.", "Eurasian Economic Union", "EAEU"),
        ("MINUSMA withdrew its last troops.", "MINUSMA", "MINUSMA"),
        ("KFOR troops were injured in the clashes.", "KFOR", "KFOR"),
        ("The EU's top court annulled the deal.", "EU's top court", "ECJ"),
        ("Gold id LAS: the LAS met in Cairo.", "LAS", "ARAB_LEAGUE"),
        # armed groups
        ("The Popular Mobilization Forces fired rockets at the base.", "Popular Mobilization Forces", "PMF"),
        ("Hashd al-Shaabi units took the town.", "Hashd al-Shaabi", "PMF"),
        ("Kataib Hezbollah claimed the drone strike.", "Kataib Hezbollah", "KATAIB_HEZBOLLAH"),
        ("The SPLM-N shelled Kadugli.", "SPLM-N", "SPLM_N"),
        ("RED-Tabara fighters crossed from Congo.", "RED-Tabara", "RED_TABARA"),
        ("Ambazonian separatists burned a school.", "Ambazonian separatists", "AMBAZONIA"),
        ("The Islamic State group claimed the bombing.", "Islamic State group", "ISLAMIC_STATE"),
        ("ISIS-K claimed the airport bombing.", "ISIS-K", "ISKP"),
        ("Islamic State Khorasan Province claimed it.", "Islamic State Khorasan Province", "ISKP"),
        ("The Baloch Liberation Army seized a train.", "Baloch Liberation Army", "BLA"),
        ("The Kachin Independence Army took the jade mines.", "Kachin Independence Army", "KIA"),
        ("Tren de Aragua was listed by Washington.", "Tren de Aragua", "TREN_DE_ARAGUA"),
        ("Jaish al-Adl attacked a border post.", "Jaish al-Adl", "JAISH_AL_ADL"),
        ("Tigray Defense Forces retook Mekelle.", "Tigray Defense Forces", "TPLF"),
        # organizations: companies, NGOs, parties and rival governments
        ("Amnesty International published a report.", "Amnesty International", "AMNESTY_INTERNATIONAL"),
        ("HRW documented the killings.", "HRW", "HUMAN_RIGHTS_WATCH"),
        ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", "MSF"),
        ("Boeing lost the tender.", "Boeing", "BOEING"),
        ("Tencent and ByteDance were banned.", "ByteDance", "BYTEDANCE"),
        ("The Kuomintang sent a delegation.", "Kuomintang", "KUOMINTANG"),
        ("The PLO rejected the plan.", "PLO", "PLO"),
        ("The National Transitional Council took Tripoli.", "National Transitional Council", "NTC"),
        ("The Syrian Observatory for Human Rights counted the dead.", "Syrian Observatory for Human Rights", "SOHR"),
        # state-owned firms speak for their state, like state agencies
        ("Gazprom halted deliveries.", "Gazprom", "RUS"),
        ("PDVSA exported crude.", "PDVSA", "VEN"),
        ("Shahed Aviation Industries builds the drones.", "Shahed Aviation Industries", "IRN"),
        ("Naval Group lost the submarine contract.", "Naval Group", "FRA"),
        ("An AZAL jet crashed near Aktau.", "AZAL", "AZE"),
        ("Petrobras drilled off the Amazon.", "Petrobras", "BRA"),
        # territories
        ("Peshmerga forces held the line.", "Peshmerga forces", "KURDISTAN_REGION"),
        ("Republika Srpska voted to leave the state court.", "Republika Srpska", "REPUBLIKA_SRPSKA"),
    ],
)
def test_new_names_resolve(gaz, nlp, text, name, actor_id):
    assert (name, actor_id) in found(gaz, nlp, text)


def test_a_longer_group_name_is_not_its_patron(gaz, nlp):
    assert found(gaz, nlp, "Kataib Hezbollah fired at the base.") == [("Kataib Hezbollah", "KATAIB_HEZBOLLAH")]
    assert found(gaz, nlp, "Islamic State West Africa Province raided the camp.") == [
        ("Islamic State West Africa Province", "ISWAP")]


@pytest.mark.parametrize(
    "text",
    [
        "A Boeing 737 crashed on take-off.",
        "The airline flies Airbus A320 jets.",
        "Ships crossed the Sea of Azov.",
        "Parliament passed an amnesty law for the rebels.",
        "Shell fragments hit the school.",
        "Continental Europe shivered.",
        "The Inflation Reduction Act, or IRA, angered carmakers.",
        "She sent the PDF to reporters.",
        "Total losses reached $4 billion.",
        "The Red Crescent evacuated the wounded.",
        "Leonardo da Vinci painted it.",
        "Saab Gripen jets flew over the capital.",
        "Return to the talks was the only option, the envoy said.",
    ],
)
def test_ordinary_words_and_products_are_no_actors(gaz, nlp, text):
    assert [aid for _, aid in found(gaz, nlp, text) if aid is not None and gaz.kind_of(aid) != ActorKind.STATE] == []


def test_every_new_file_brings_its_kind(gaz):
    assert gaz.kind_of("AMNESTY_INTERNATIONAL") == ActorKind.ORGANIZATION
    assert gaz.kind_of("PMF") == ActorKind.ARMED_GROUP
    assert gaz.kind_of("PCA") == ActorKind.IGO
    assert gaz.kind_of("ISLAMIC_STATE") == ActorKind.ARMED_GROUP
    assert gaz.kind_of("GAZPROM") is None


def test_gold_ids_spelled_after_a_name_score_as_the_gazetteer_id(gaz):
    aliases = actor_aliases(gaz.names, gaz.actors)
    assert aliases["GAZPROM"] == "RUS"
    assert aliases["SHAHED_AVIATION_INDUSTRIES"] == "IRN"
    assert aliases["HRW"] == "HUMAN_RIGHTS_WATCH"
    assert aliases["KMT"] == "KUOMINTANG"
    assert aliases["LAS"] == "ARAB_LEAGUE"
    assert "BOEING" not in aliases  # an id of its own


def test_militia_attack_belongs_to_the_militia(extractor):
    got = rows(extractor, "The Popular Mobilization Forces fired rockets at American troops in Syria.")
    assert got == {("PMF", "ATTACKS", "USA", "asserted", ())}, got


def test_kataib_hezbollah_is_not_hezbollah(extractor):
    got = rows(extractor, "Washington blamed Kataib Hezbollah for the drone attack on its base in Jordan.")
    assert ("USA", "ACCUSES", "KATAIB_HEZBOLLAH", "asserted", ()) in got, got
    assert not any("HEZBOLLAH" in (r[0], r[2]) for r in got), got


def test_ngo_accuses_a_state(extractor):
    got = rows(extractor, "Amnesty International accused Riyadh of executing dozens of protesters.")
    assert ("AMNESTY_INTERNATIONAL", "ACCUSES", "SAU", "asserted", ()) in got, got
    got = rows(extractor, "Human Rights Watch urged Nairobi to investigate the shootings.")
    assert ("HUMAN_RIGHTS_WATCH", "REQUESTS", "KEN", "asserted", ()) in got, got


def test_sanctioned_companies_are_targets(extractor):
    got = rows(extractor, "Beijing imposed sanctions on Boeing and Lockheed Martin over arms sales to Taipei.")
    assert ("CHN", "SANCTIONS", "BOEING", "asserted", ()) in got, got
    assert ("CHN", "SANCTIONS", "LOCKHEED_MARTIN", "asserted", ()) in got, got


def test_a_state_firm_acts_for_its_state(extractor):
    got = rows(extractor, "Russia's Gazprom cut off gas supplies to Moldova on Saturday.")
    assert ("RUS", "SANCTIONS", "MDA", "asserted", ()) in got, got
    got = rows(extractor, "The United States imposed sanctions on Shahed Aviation Industries.")
    assert got == {("USA", "SANCTIONS", "IRN", "asserted", ())}, got


def test_an_aircraft_is_not_its_maker(extractor):
    got = rows(extractor, "Iranian air defences shot down a Boeing 737 shortly after take-off from Tehran.")
    assert not any("BOEING" in (r[0], r[2]) for r in got), got
    got = rows(extractor, "Russian air defences hit an Azerbaijan Airlines Embraer jet over Grozny.")
    assert ("RUS", "ATTACKS", "AZE", "asserted", ()) in got, got
    assert not any("EMBRAER" in (r[0], r[2]) for r in got), got


def test_a_flag_carrier_named_after_its_country_stays_that_country(extractor):
    got = rows(extractor, "Iran admitted its forces shot down a Ukraine International Airlines jet near Tehran.")
    assert ("IRN", "ATTACKS", "UKR", "confirmed", ("IRN",)) in got, got


def test_court_and_rival_government(extractor):
    got = rows(extractor, "Beijing denounced the Permanent Court of Arbitration as illegitimate.")
    assert got == {("CHN", "CONDEMNS", "PCA", "asserted", ())}, got
    got = rows(extractor, "Manila asked the Permanent Court of Arbitration to rule on Beijing's claims.")
    assert ("PHL", "REQUESTS", "PCA", "asserted", ()) in got, got
    got = rows(extractor, "France recognised the National Transitional Council as Libya's government.")
    assert ("FRA", "RECOGNIZES", "NTC", "asserted", ()) in got, got


def test_party_and_liberation_organization_make_requests(extractor):
    got = rows(extractor, "The Kuomintang urged Beijing to show restraint.")
    assert got == {("KUOMINTANG", "REQUESTS", "CHN", "asserted", ())}, got
    got = rows(extractor, "The PLO called on the Security Council to act.")
    assert ("PLO", "REQUESTS", "UNSC", "asserted", ()) in got, got


def test_islamic_state_claim(extractor):
    got = rows(extractor, "The Islamic State group claimed the attack on Syrian soldiers near Palmyra.")
    assert ("ISLAMIC_STATE", "ATTACKS", "SYR", "asserted", ()) in got, got


def test_monitor_is_no_state_speaker(extractor):
    got = rows(extractor, "The Syrian Observatory for Human Rights said Turkish drones struck Kurdish positions in Qamishli.")
    assert not any("SYR" in r[4] for r in got), got
