"""Demands told through a demanded deed (loaders/demands.py): "called for the withdrawal of X's forces"
requests X, the actor who must do the deed; on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import Extractor

from extracted import Claim, claim_rows as rows, edge_rows


def requests(extractor: Extractor, text: str) -> set[Claim]:
    return {r for r in rows(extractor, text) if r[1] == "REQUESTS"}


def asserted(source: str, *targets: str) -> set[Claim]:
    return {(source, "REQUESTS", t, "asserted", ()) for t in targets}


@pytest.mark.parametrize("text, expected", [
    # forces that must go: demonym, adjective before the deed, possessor
    ("NATO called for the complete withdrawal of Belarusian units from the border area.", asserted("NATO", "BLR")),
    ("The Arab League pressed for an Israeli pullout from the occupied territories.", asserted("ARAB_LEAGUE", "ISR")),
    ("Berlin renewed its call for the pullout of Russian soldiers from Georgia.", asserted("DEU", "RUS")),
    ("Kenya and Uganda called for a ceasefire and the withdrawal of M23 rebels.",
     asserted("KEN", "M23") | asserted("UGA", "M23")),
    # what must be given back: its holder ("by", a nested "of", "from")
    ("Canberra demanded the immediate release of the journalist detained by Beijing.", asserted("AUS", "CHN")),
    ("Manila sought the return of the fishermen seized by Chinese coastguards.", asserted("PHL", "CHN")),
    ("Poland demanded the handover of the wreckage held by Russia.", asserted("POL", "RUS")),
    ("Nigeria sought the extradition of the oil executive from Britain.", asserted("NGA", "GBR")),
    ("Ankara is seeking the extradition of dozens of Kurdish militants from Sweden and Finland.",
     asserted("TUR", "SWE", "FIN")),
    ("Ukraine said it had demanded the return of prisoners of war held by Russia.", asserted("UKR", "RUS")),
    # a deed that must stop: its doer
    ("Oslo urged an end to Russia's blockade of the Black Sea ports.", asserted("NOR", "RUS")),
    ("Brussels called for a halt to the Turkish-led offensive in northern Syria.", asserted("EU", "TUR")),
    ("Jordan appealed for a cessation of Israeli strikes on Gaza.", asserted("JOR", "ISR")),
    ("Tokyo demanded the lifting of Chinese curbs on seafood imports.", asserted("JPN", "CHN")),
    ("Beijing called for an end to American naval patrols in the strait.", asserted("CHN", "USA")),
    ("Vienna called for a halt to the Russian shelling of the nuclear plant.", asserted("AUT", "RUS")),
    # restraint, compliance, an apology or guarantees: whoever must give them
    ("Indonesia called for restraint from Cambodia and Thailand.", asserted("IDN", "KHM", "THA")),
    ("London insisted on Tehran's compliance with the nuclear deal.", asserted("GBR", "IRN")),
    ("Warsaw demanded reparations from Germany for wartime losses.", asserted("POL", "DEU")),
    ("Ukraine said it had sought guarantees from the United States.", asserted("UKR", "USA")),
    # wanting a deed, a statement or a renewed demand voicing it
    ("Canberra wants the release of the two Australians held by Myanmar's junta.", asserted("AUS", "MMR")),
    ("Georgia issued a statement demanding the withdrawal of Russian soldiers from Abkhazia.", asserted("GEO", "RUS")),
    ("Tokyo renewed demands for the return of citizens abducted by Pyongyang.", asserted("JPN", "PRK")),
    # a demand announced is planned, the pipeline decides
    ("Armenia said it would press for the pullout of Azerbaijani troops.",
     {("ARM", "REQUESTS", "AZE", "planned", ("ARM",))}),
])
def test_demanded_deed_requests_its_doer(extractor: Extractor, text: str, expected: set[Claim]) -> None:
    assert requests(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Egypt applauded the withdrawal of Sudanese forces from the border.",  # welcomed, not demanded
    "Hungary criticised the release of the prisoners held by Ukraine.",
    "Pakistan welcomed the halt to Indian shelling.",
    "The withdrawal of French troops from Mali ended in August.",  # a deed told, no speech act
    "Mali completed the pullout of its soldiers from the north.",
    "Russia called for the withdrawal of its own peacekeepers.",  # a demand of itself
    "Serbia did not call for the withdrawal of NATO troops from Kosovo.",  # negated
    "Turkey might seek the extradition of the suspects from Greece.",  # hedged
    "The UN called for an end to the fighting.",  # no doer named
    "India demanded the safe return of the crew.",  # no holder named
    "Kyiv called for an end to Ukrainian suffering.",  # suffering is no deed done to others
    "Moscow demanded an end to the Syrian civil war.",
    "Ankara sought the return of Turkish citizens from Syria.",  # "from" a place, not a holder
    "The UN called for the evacuation of Ukrainian civilians.",
    "Belgrade called for the withdrawal of Kosovo's recognition by other states.",  # a recognition is no force
    "Hungary does not want the withdrawal of American troops.",
    "Egypt insisted on the withdrawal of the troops from the Sinai.",  # "from" a place is no doer
])
def test_no_request_without_a_demanded_deed_of_another(extractor: Extractor, text: str) -> None:
    assert requests(extractor, text) == set()


def test_rejected_calls_request_nothing(extractor: Extractor) -> None:
    text = "Kosovo rejected Serbia's demands for the withdrawal of its police."
    assert requests(extractor, text) == set()


# the doer told before: a holder named earlier, the owner of forces this paragraph named ------------

@pytest.mark.parametrize("text, expected", [
    ("Iranian guards seized two British sailors in the Gulf on Monday. London demanded their release.",
     asserted("GBR", "IRN")),
    ("The navigator, who bailed out over the border, was captured by Azerbaijani troops. "
     "Yerevan demanded his prompt return.", asserted("ARM", "AZE")),
    ("Belarus arrested the opposition blogger Ivan Petrov on Sunday. The EU called for the release of Petrov.",
     asserted("EU", "BLR")),
    ("Ankara keeps some 30,000 soldiers in the north of the island. Nicosia has long demanded their withdrawal.",
     asserted("CYP", "TUR")),
])
def test_doer_recalled_from_the_article(extractor: Extractor, text: str, expected: set[Claim]) -> None:
    assert requests(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Moscow keeps troops in Syria. Russia called for the withdrawal of its forces.",  # its own, still
    "Belarus arrested the blogger Ivan Petrov. The EU called for the release of Maria Kolesnikova.",  # another person
    "Iran held talks with Oman on Monday. London demanded their release.",  # talks hold nobody
    "Ankara keeps soldiers in the north.\n\nNicosia demanded their withdrawal.",  # another paragraph
])
def test_no_recalled_doer_where_none_was_told(extractor: Extractor, text: str) -> None:
    assert requests(extractor, text) == set()


def test_held_person_is_remembered_only_a_little_way_back(extractor: Extractor) -> None:
    told = "Iranian guards seized two British sailors in the Gulf.\n\n"
    filler = "".join(f"Oil prices rose for the {n} day.\n\n" for n in ("first", "second", "third"))
    assert requests(extractor, told + "London demanded their release.") == asserted("GBR", "IRN")
    assert requests(extractor, told + filler + "London demanded their release.") == set()


def test_detainees_nationality_is_not_asked(extractor):
    got = edge_rows(extractor, "Washington demanded the release of two Canadians detained by China.")
    assert ("USA", "REQUESTS", "CHN", "asserted") in got and ("USA", "REQUESTS", "CAN", "asserted") not in got, got
