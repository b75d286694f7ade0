"""Speech acts in the many ways news prose states them (paraphrase matrix rules): blame laid by a trailing
participle, at an actor's door or in reported words; attacks in words by idiom or voiced criticism; threats
vowed or named as nouns; requests named with their maker; pressing with an infinitive read as purpose."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows


@pytest.mark.parametrize("text, expected", [
    # trailing participle: a second act of the main clause's subject
    ("South Korea condemned the strike, holding Pyongyang responsible for the attack.",
     {("KOR", "ACCUSES", "PRK", "asserted")}),
    ("France issued a statement on Friday, holding Moscow accountable for the plot.",
     {("FRA", "ACCUSES", "RUS", "asserted")}),
    # blame laid at an actor's door
    ("India laid the blame for the bombing at Pakistan's door.", {("IND", "ACCUSES", "PAK", "asserted")}),
    ("Moscow laid the blame at the feet of Kyiv.", {("RUS", "ACCUSES", "UKR", "asserted")}),
    # blame in reported words
    ("Poland said Belarus was to blame for the migrant crisis.", {("POL", "ACCUSES", "BLR", "asserted")}),
    ('"Russia is responsible for this crime," Ukraine\'s foreign minister said.', {("UKR", "ACCUSES", "RUS", "asserted")}),
])
def test_blame_constructions(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Seoul condemned the strike without holding Pyongyang responsible.",
    "Japan sent envoys, hoping to hold China responsible.",
    "Turkey said Russia was responsible for the security of the corridor.",
    "Russia did not say Ukraine was to blame.",
    "Moscow laid a wreath at the door of the embassy.",
])
def test_no_blame(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "ACCUSES"}


@pytest.mark.parametrize("text, expected", [
    ("Britain took Russia to task over the poisoning.", {("GBR", "CONDEMNS", "RUS", "asserted")}),
    ("Spain voiced strong criticism of Morocco's move.", {("ESP", "CONDEMNS", "MAR", "asserted")}),
    ("Italy levelled harsh criticism at France.", {("ITA", "CONDEMNS", "FRA", "asserted")}),
    # an attack in words still to come, vowed, is a threat
    ("Israel vowed to hit back at Hezbollah.", {("ISR", "THREATENS", "HEZBOLLAH", "asserted")}),
    ("Israel hit back at Hezbollah.", {("ISR", "CONDEMNS", "HEZBOLLAH", "asserted")}),
])
def test_words_as_attacks(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Britain refused to take Russia to task.",
    "Spain did not voice criticism of Morocco.",
    "Britain took the matter to court.",
])
def test_no_attack_in_words(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] in ("CONDEMNS", "THREATENS")}


@pytest.mark.parametrize("text, expected", [
    ("Beijing issued a stern warning to Manila.", {("CHN", "THREATENS", "PHL", "asserted")}),
    ("China's threats against Taiwan have intensified.", {("CHN", "THREATENS", "TWN", "asserted")}),
    ("Taiwan's request for arms from the United States was approved.", {("TWN", "REQUESTS", "USA", "asserted")}),
    ("Ukraine's appeal to NATO for more weapons went unanswered.", {("UKR", "REQUESTS", "NATO", "asserted")}),
    ("Lebanon's plea to the United Nations for aid went unheard.", {("LBN", "REQUESTS", "UN", "asserted")}),
])
def test_nominal_speech_acts(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Russia poses a threat to Finland.",
    "Beijing did not issue a warning to Manila.",
    "The drills are a threat to Taiwan's security.",
    "The request for arms was approved by the United States.",
])
def test_no_nominal_speech_act(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] in ("THREATENS", "REQUESTS")}


def test_pressing_infinitive_parsed_as_purpose(extractor):
    rows = edge_rows(extractor, "Poland pushed the EU to impose tougher sanctions on Russia.")
    assert ("POL", "REQUESTS", "EU", "asserted") in rows


def test_pushed_somewhere_asks_nothing(extractor):
    assert not edge_rows(extractor, "Poland pushed the EU to the brink to save face.")


def test_shrugged_off_answers_earlier_accusation(extractor):
    rows = edge_rows(extractor, "The Philippines accused China of ramming its boat. China shrugged off the accusation.")
    assert ("CHN", "DENIES", "PHL", "asserted") in rows
    assert ("CHN", "ATTACKS", "PHL", "denied") in rows


@pytest.mark.parametrize("text, expected", [
    # a vow to avenge is a vow of retaliation: against the actor the sentence blames, or the latest attacker
    ("Hamas vowed to avenge the killing, blaming Israel.",
     {("HAMAS", "ACCUSES", "ISR", "asserted"), ("HAMAS", "THREATENS", "ISR", "asserted")}),
    ("Israel struck Hamas positions in Gaza. Hamas vowed to avenge the dead.",
     {("ISR", "ATTACKS", "HAMAS", "asserted"), ("HAMAS", "THREATENS", "ISR", "asserted")}),
])
def test_vowed_vengeance(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


def test_vengeance_taken_is_no_threat(extractor):
    assert not edge_rows(extractor, "Hamas avenged the killing.")


@pytest.mark.parametrize("text, expected", [
    ("Japan held Beijing accountable, saying the talks had failed.", {("JPN", "ACCUSES", "CHN", "asserted")}),
    ("China says US to blame for tensions", {("CHN", "ACCUSES", "USA", "asserted")}),
    ("Seoul's accusation that Pyongyang hacked its banks was rejected.", {("KOR", "ACCUSES", "PRK", "asserted")}),
    ("Egypt faulted Ethiopia for the failure of the talks.", {("EGY", "ACCUSES", "ETH", "asserted")}),
])
def test_more_blame_constructions(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Seoul's accusation that the banks were hacked was rejected.",
    "Egypt faulted the deal.",
    "China says US not to blame for tensions",
])
def test_no_more_blame(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "ACCUSES"}


@pytest.mark.parametrize("text, expected", [
    # the verdict parsed as a noun predicate with the deed as its compound
    ("Germany called the Russian attack barbaric.", {("DEU", "CONDEMNS", "RUS", "asserted")}),
    ("Germany called Russia's attack barbaric.", {("DEU", "CONDEMNS", "RUS", "asserted")}),
])
def test_compound_verdict(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Germany did not call the Russian attack barbaric.",
    "Germany called the Russian attack justified.",
    "Germany called Russia's attack necessary.",
])
def test_no_compound_verdict(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}


@pytest.mark.parametrize("text, expected", [
    # the deed's doer named with it by "by"
    ("Moscow denounced the expulsion of its diplomats by Estonia.",
     {("EST", "REDUCES_RELATIONS", "RUS", "asserted"), ("RUS", "CONDEMNS", "EST", "asserted")}),
    # a passive condemnation of a deed: the agent judges the deed's doer
    ("The move by Lithuania was condemned by Beijing.", {("CHN", "CONDEMNS", "LTU", "asserted")}),
])
def test_condemned_deed_with_doer(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Moscow did not denounce the expulsion of its diplomats by Estonia.",
    "The decision by Lithuania was welcomed by Beijing.",
    "The move was condemned by Beijing.",
])
def test_no_condemned_deed(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}



@pytest.mark.parametrize("text, expected", [
    # a claim called false in a reported clause, its maker named with it
    ("The Kremlin said the Ukrainian allegations were false.", {("RUS", "DENIES", "UKR", "asserted")}),
    ("The Kremlin said the allegations by Kyiv were lies.", {("RUS", "DENIES", "UKR", "asserted")}),
    # an attack in words on a claim denies its maker
    ("Beijing hit back at the US claims, calling them lies.", {("CHN", "DENIES", "USA", "asserted")}),
    ("Kyiv lashed out at Moscow's accusations.", {("UKR", "DENIES", "RUS", "asserted")}),
    # threats that are always spoken to someone; "to" as a dative of the voicing verb
    ("Turkey issued an ultimatum to Sweden.", {("TUR", "THREATENS", "SWE", "asserted")}),
    ("Russia's warning to NATO came after the summit.", {("RUS", "THREATENS", "NATO", "asserted")}),
])
def test_claims_answered_and_threats_addressed(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The Kremlin said the Ukrainian allegations were not false.",
    "The Kremlin said the allegations were false.",
    "The drills are a warning to nobody.",
    "Russia's threat to Finland's security grew.",
])
def test_no_answer_or_threat(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] in ("DENIES", "THREATENS")}


@pytest.mark.parametrize("text, expected", [
    # the claim's maker named on the claim answers even with no earlier claim told
    ("Russia flatly denied the accusations made by Ukraine.", {("RUS", "DENIES", "UKR", "asserted")}),
    ("Turkey brushed aside Greek claims of airspace violations.", {("TUR", "DENIES", "GRC", "asserted")}),
    ("China shrugged off the Philippine accusations.", {("CHN", "DENIES", "PHL", "asserted")}),
    # a denial named as a noun
    ("Iran's denial of the US claims came hours later.", {("IRN", "DENIES", "USA", "asserted")}),
])
def test_denials_of_named_claims(extractor, text, expected):
    assert edge_rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Russia dismissed rumours made on social media.",
    "Russia did not deny the Ukrainian accusations.",
    "Iran's rejection of the US proposal came hours later.",
    "Iran's rejection of China's territorial claims was firm.",
])
def test_no_denial_of_named_claim(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "DENIES"}


def test_claim_called_groundless_through_a_compound_misparse(extractor):
    assert edge_rows(extractor, "Beijing called the American allegations groundless.") == {("CHN", "DENIES", "USA", "asserted")}


@pytest.mark.parametrize("text", [
    "Beijing did not call the American allegations groundless.",
    "Beijing called the American allegations serious.",
])
def test_claim_not_called_false(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "DENIES"}
