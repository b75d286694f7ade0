"""Speech acts as the fourth generation of unseen news states them.

Verdicts: a deed named by a noun of its own (an abduction, the arrests, the tariffs) or summed up after the clause
that told it ("a launch Seoul condemned", "in what Tehran called an act of piracy") is its doer's; a seizure of
power or a takeover is the putschists' coup, not the latest seizure of a ship; "politically motivated" brands; a
speaker told aside ("X, the ministry said, amounted to ...") judges; opposing a deed told as a gerund clause
("opposes Pakistan sheltering ...") condemns its doer; "the blockade" may be traffic halted. Requests: an
expectation that another actor complies, a meeting of a body asked for, a deadline set for an actor to act (not
one to leave), an appeal made in talks with someone, a subjunctive the tagger misreads, a plan's appeal in its
authors' voice ("a peace plan drafted by U.S. and Rwandan facilitators calls on Eritrea"). Threats: a harm held over an
actor until or unless it acts (unless: a request too), or a hostile step if it acts; "the aggressors will pay"
threatens all who attacked the latest victim; so does a harm the speaker vows ("We will fight them") and measures
threatened on a condition ("threatened to take all necessary measures if Ethiopia began filling the dam"). A deed
"in violation of" the law is condemned; a charge laid next or quickly ("went on to charge that ...", "was quick to place the blame on") accuses. A fight only
vowed is not "the offensive" a body denounces. Not requests: what an actor "must not become". Backing given to an actor supports
it. A claim branded ("called the accusation a provocation") is also denied to its maker; a document branded is
only condemned."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows

_ACTS = ("ACCUSES", "CONDEMNS", "REQUESTS", "THREATENS", "DENIES", "SUPPORTS")


def _speech(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r for r in rows if r[1] in _ACTS}


@pytest.mark.parametrize("text, expected", [
    # a deed noun of its own finds the doer the article told
    ("Gunmen kidnapped a Nigerian diplomat in Niamey on Monday, and Nigeria accused Niger of abducting him. "
     "Nigeria's foreign minister called the abduction \"an outrageous act\".",
     {("NGA", "ACCUSES", "NER", "asserted"), ("NGA", "CONDEMNS", "NER", "asserted")}),
    ("Armenia detained three Azerbaijani soldiers near the border. Baku called the arrests \"an illegal provocation\".",
     {("AZE", "CONDEMNS", "ARM", "asserted")}),
    ("Turkey imposed tariffs on Greek steel. Athens described the tariffs as politically motivated.",
     {("GRC", "CONDEMNS", "TUR", "asserted")}),
    # a seizure of power is a coup: its doers are the putschists, not the latest seizer of a ship
    ("Iran seized a British tanker in the Gulf. Guinea-Bissau's army seized power in a coup on Tuesday. "
     "The African Union condemned the seizure of power as a grave violation of the charter.",
     {("AU", "CONDEMNS", "GNB", "asserted")}),
    ("On Tuesday the Malian army seized power in a coup and detained the president. "
     "France said the takeover was \"totally unacceptable\".",
     {("FRA", "CONDEMNS", "MLI", "asserted")}),
    # a deed summed up after the clause that told it
    ("The British navy has seized two Iranian ships, in what Tehran called an act of piracy.",
     {("IRN", "CONDEMNS", "GBR", "asserted")}),
    ("North Korea fired two missiles over Japan on Thursday, a launch Seoul condemned as a grave provocation.",
     {("KOR", "CONDEMNS", "PRK", "asserted")}),
    # a speaker told aside
    ("Turkey's drilling, the Greek foreign ministry said, amounts to a flagrant violation of international law.",
     {("GRC", "CONDEMNS", "TUR", "asserted")}),
    # a deed opposed with its doer as the subject of a gerund clause
    ("India firmly opposes Pakistan sheltering armed groups on its soil, the Indian foreign ministry said.",
     {("IND", "CONDEMNS", "PAK", "asserted")}),
])
def test_a_verdict_on_a_deed_condemns_its_doer(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # no verdict, or a praising one
    "Turkey imposed tariffs on Greek steel. Athens described the tariffs as justified by the market.",
    "On Tuesday the Malian army seized power in a coup and detained the president. France said the takeover was a necessary step.",
    "North Korea fired two missiles over Japan on Thursday, a launch Seoul described as no surprise.",
    # opposition withheld
    "India does not oppose Pakistan joining the talks, the Indian foreign ministry said.",
])
def test_no_verdict_no_condemnation(extractor, text):
    assert not {r for r in _speech(edge_rows(extractor, text)) if r[1] == "CONDEMNS"}


@pytest.mark.parametrize("text, expected", [
    # an expectation that another actor complies
    ("Prime Minister Taavi Roivas said Tallinn expected Moscow to release the officer immediately.",
     {("EST", "REQUESTS", "RUS", "asserted")}),
    ("The European Union said it expected Moscow to restore free passage through the strait.",
     {("EU", "REQUESTS", "RUS", "asserted")}),
    # a meeting of a body asked for
    ("Moscow also asked for an urgent session of the U.N. Security Council.",
     {("RUS", "REQUESTS", "UNSC", "asserted")}),
    # a deadline set for an actor to act
    ("The Economic Community of West African States had given Jammeh, who has ruled the Gambia since 1994, "
     "until midnight on Wednesday to hand over to Barrow.",
     {("ECOWAS", "REQUESTS", "GMB", "asserted")}),
    ("The European Union gave Iran two weeks to comply with the inspectors' demands.",
     {("EU", "REQUESTS", "IRN", "asserted")}),
])
def test_an_expectation_a_session_or_a_deadline_asks(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # a forecast, not an expectation of compliance
    "Washington expects Beijing to retaliate against the tariffs.",
    # a deadline to leave expels an envoy
    "Saudi Arabia has given Canada's ambassador 24 hours to leave the kingdom.",
    # money given for a purpose is no deadline
    "Washington gave Kyiv $2 billion to buy weapons.",
    # a state, not a deed asked of an actor
    "Russia's statement said: \"Russia insists on a return to talks. The people of Iraq must not become the hostage of someone's ambitions.\"",
])
def test_no_request_without_an_ask(extractor, text):
    assert not {r for r in _speech(edge_rows(extractor, text)) if r[1] == "REQUESTS"}


@pytest.mark.parametrize("text, expected", [
    # a harm held over an actor unless it acts
    ("\"If President Milosevic will not make peace, we will limit his ability to make war,\" Clinton said.",
     {("USA", "THREATENS", "YUG", "asserted"), ("USA", "REQUESTS", "YUG", "asserted")}),
    # coercion continued until an actor acts
    ("Russia halted all traffic with Georgia. Foreign Minister Sergei Lavrov said the measures would remain in force "
     "until Tbilisi abandoned what he called its anti-Russian course.",
     {("RUS", "THREATENS", "GEO", "asserted")}),
    ("A Turkish defence ministry spokesman said the air strikes would continue until the PKK laid down its arms.",
     {("TUR", "THREATENS", "PKK", "asserted")}),
    # "the aggressors will pay": whoever the article last told attacking
    ("American and British missiles struck Baghdad. In a televised address, President Saddam Hussein vowed that "
     "\"the aggressors\" would pay for what he called a cowardly crime.",
     {("IRQ", "THREATENS", "USA", "asserted"), ("IRQ", "THREATENS", "GBR", "asserted")}),
])
def test_a_harm_held_over_an_actor_threatens_it(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a welcome step held over an actor asks it
    ("Spain said it would recognise Guaido unless Maduro called an election.", {("ESP", "REQUESTS", "VEN", "asserted")}),
    # talks continued until a deal: no coercion
    ("Germany said the talks would continue until Russia and Ukraine agreed on a ceasefire.", set()),
])
def test_no_threat_without_a_harm(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


def test_a_benefit_withheld_unless_an_actor_acts_only_asks(extractor):
    assert _speech(edge_rows(extractor, "Turkey will block the bid unless Sweden extradites the suspects.")) == {
        ("TUR", "REQUESTS", "SWE", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Germany gave Poland its full support in the investigation.", {("DEU", "SUPPORTS", "POL", "asserted")}),
    ("Japan extended its full backing to Manila on Friday.", {("JPN", "SUPPORTS", "PHL", "asserted")}),
    ("Japan did not give Manila its support.", set()),
])
def test_backing_given_to_an_actor_supports_it(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a claim branded is denied to its maker, named with it (and, as the house reads it, condemned) or told before
    ("Seoul said the North had fired shells at the island. Pyongyang called the South's claims a provocation.",
     {("PRK", "DENIES", "KOR", "asserted"), ("PRK", "CONDEMNS", "KOR", "asserted")}),
    ("Washington accused Cuba of hosting a Chinese spy base. Havana called the accusation a provocation.",
     {("USA", "ACCUSES", "CUB", "asserted"), ("CUB", "DENIES", "USA", "asserted")}),
    ("Russia's Defence Ministry described statements by Ukrainian officials about Russian missiles falling in Poland "
     "as \"a deliberate provocation\".", {("RUS", "DENIES", "UKR", "asserted")}),
    # a document branded is condemned
    ("China called the G7 statement a gross interference in its internal affairs.", {("CHN", "CONDEMNS", "G7", "asserted")}),
])
def test_a_branded_claim_is_denied_a_branded_document_condemned(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an appeal that names no one is made to whom the speaker was talking with
    ("German Chancellor Angela Merkel, in a call with Russian President Vladimir Putin, urged de-escalation and dialogue.",
     {("DEU", "REQUESTS", "RUS", "asserted")}),
    ("In a telephone conversation with Erdogan, Biden called for restraint.", {("USA", "REQUESTS", "TUR", "asserted")}),
    # no talks, no addressee
    ("Biden called for restraint on Monday.", set()),
    # a bare verb the tagger reads as a noun still asks the clause's subject
    ("Baku has insisted that Armenia first remove from its constitution a preamble reference.",
     {("AZE", "REQUESTS", "ARM", "asserted")}),
])
def test_an_appeal_in_talks_or_a_subjunctive_asks(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "REQUESTS"} == expected


def test_a_blockade_told_as_traffic_halted_is_the_halters(extractor):
    text = "Russia halted air, rail, road and sea traffic with Georgia on Tuesday.\nGeorgia called the blockade \"completely disproportionate\"."
    assert _speech(edge_rows(extractor, text)) == {("GEO", "CONDEMNS", "RUS", "asserted")}


def test_the_aggressors_are_all_who_attacked_the_latest_victim(extractor):
    text = ("American bombers struck Baghdad overnight. British jets also hit targets in Iraq.\n"
            "In a televised address, President Saddam Hussein vowed that \"the aggressors\" would pay for their crime.")
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "THREATENS"} == {
        ("IRQ", "THREATENS", "USA", "asserted"), ("IRQ", "THREATENS", "GBR", "asserted")}


@pytest.mark.parametrize("text, expected", [
    ("Niger went on to charge that Washington was trying to deny Nigeriens the right to choose their partners.",
     {("NER", "ACCUSES", "USA", "asserted")}),
    # a charge only foreseen is not laid
    ("Niger is expected to charge that Washington was trying to deny Nigeriens the right to choose their partners.", set()),
])
def test_a_charge_laid_next_is_laid(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "ACCUSES"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Iran seized a British tanker in the Gulf. Britain said the seizure was in clear violation of international law.",
     {("GBR", "CONDEMNS", "IRN", "asserted")}),
    ("Iran seized a British tanker in the Gulf. Britain said the seizure was in the Strait of Hormuz.", set()),
])
def test_a_deed_in_violation_of_the_law_is_condemned(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"The Ethiopians have crossed into our land with tanks and planes. We will fight them in every village,\" "
     "the head of the Islamic Courts Union said.", {("ICU", "THREATENS", "ETH", "asserted")}),
    ("\"We will strike back against Israel with full force,\" the Hezbollah leader said.",
     {("HEZBOLLAH", "THREATENS", "ISR", "asserted")}),
    # a vow withheld, or a fight beside someone
    ("\"We will not fight Russia,\" the Finnish president said.", set()),
    ("\"We will fight terrorism alongside Iraq,\" the Turkish president said.", set()),
])
def test_a_harm_the_speaker_vows_threatens(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "THREATENS"} == expected


def test_a_fight_only_vowed_is_not_the_offensive_denounced(extractor):
    text = ("Ethiopian jets bombed the airport, widening an offensive against the Islamic Courts Union. \"We will fight "
            "them in every village,\" the head of the Islamic Courts Union said of the Ethiopians. The Arab League "
            "denounced the offensive in a statement issued in Cairo.")
    assert ("ARAB_LEAGUE", "CONDEMNS", "ETH", "asserted") in edge_rows(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # the clause hung on the addressee of "told" is what was told
    ("Russian border guards captured three Ukrainian navy boats near the Kerch Strait on Sunday.\n"
     "The vote came after Poroshenko told a late-night security council meeting that the seizure was \"an act of aggression\".",
     {("UKR", "CONDEMNS", "RUS", "asserted")}),
    ("Russian border guards captured three Ukrainian navy boats near the Kerch Strait on Sunday.\n"
     "The vote came after Poroshenko told a late-night security council meeting that the seizure was over.", set()),
])
def test_a_verdict_told_to_a_meeting(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Egypt threatened to take \"all necessary measures\" if Ethiopia began filling the dam.",
     {("EGY", "THREATENS", "ETH", "asserted")}),
    # no actor in the condition, or no threat made
    ("Egypt threatened to take \"all necessary measures\" if the dam was filled.", set()),
    ("Egypt did not threaten to take measures if Ethiopia began filling the dam.", set()),
])
def test_measures_threatened_on_a_condition_threaten_its_doer(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "THREATENS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("NATO said its analysis matched Warsaw's, but NATO was quick to place the blame on the Kremlin.",
     {("NATO", "ACCUSES", "RUS", "asserted")}),
    # blame withheld
    ("NATO was reluctant to place the blame on the Kremlin.", set()),
])
def test_blame_placed_quickly_is_placed(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "ACCUSES"} == expected


@pytest.mark.parametrize("text, expected", [
    ("A peace plan drafted by U.S. and Rwandan facilitators calls on Eritrea to pull its troops out of Badme.",
     {("USA", "REQUESTS", "ERI", "asserted"), ("RWA", "REQUESTS", "ERI", "asserted")}),
    ("A proposal put forward by Qatar urges Hamas to release the hostages.", {("QAT", "REQUESTS", "HAMAS", "asserted")}),
    # a resolution's drafter does not speak for it
    ("The resolution, drafted by France, calls on Israel to halt settlement construction.", set()),
])
def test_a_plan_asks_in_its_authors_voice(extractor, text, expected):
    assert {r for r in _speech(edge_rows(extractor, text)) if r[1] == "REQUESTS"} == expected
