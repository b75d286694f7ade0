"""Cross-sentence relations read by loaders/discourse.py's post-passes: deeds that name no counterpart
take the one the last sentences gave their type ("Poland said it would dispatch 14 of its tanks")."""

from __future__ import annotations

import pytest

from graph.model import Article
from loaders.extract import Extraction, Extractor

from extracted import claims_of as rows


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article("d2", text=text, published="2024-05-01"))


# a deed with no counterpart takes the current one ---------------------------------------------

CARRIED = [
    pytest.param("Japan said it would send 200 armoured vehicles to Ukraine. Poland said it would dispatch 14 of its tanks.",
                 ("POL", "SUPPLIES", "UKR", "planned", ("POL",)), id="pledge-after-pledge"),
    pytest.param("Japan said it would send 200 armoured vehicles to Ukraine. Norway pledged more artillery shells.",
                 ("NOR", "SUPPLIES", "UKR", "planned", ("NOR",)), id="pledged-shells"),
    pytest.param("Canada imposed sanctions on Belarus in March. It later froze assets on its territory. "
                 "Australia then froze the assets of 12 officials.",
                 ("AUS", "SANCTIONS", "BLR", "asserted", ()), id="freeze-after-sanctions"),
]


@pytest.mark.parametrize("text,row", CARRIED)
def test_deed_without_counterpart_takes_the_current_one(extractor: Extractor, text: str, row: tuple) -> None:
    assert row in rows(run(extractor, text))


NOT_CARRIED = [
    pytest.param("Japan sent armoured vehicles to Ukraine. Spain sent tanks to Moldova. "
                 "Poland said it would dispatch 14 of its tanks.", "POL", id="two-recipients-in-view"),
    pytest.param("Japan said it would send armoured vehicles to Ukraine.\n\nKenya and Somalia signed a border deal. "
                 "Ethiopia protested.\n\nPoland said it would dispatch 14 of its tanks.", "POL",
                 id="across-a-paragraph"),
    pytest.param("Ukraine said Japan would send armoured vehicles to Ukraine. Ukraine said it would dispatch 14 of "
                 "its tanks.", "UKR", id="never-to-itself"),
    pytest.param("Kyiv said Japan would send armoured vehicles to Ukraine. Kyiv said North Korea was preparing to "
                 "send 10,000 soldiers.", "PRK", id="not-to-the-speaker"),
    pytest.param("Japan said it would send armoured vehicles to Ukraine. Seven sentences of weather follow. "
                 "It rained. It snowed. It hailed. It cleared. Poland said it would dispatch 14 of its tanks.", "POL",
                 id="too-far-back"),
]


@pytest.mark.parametrize("text,source", NOT_CARRIED)
def test_no_counterpart_without_one_clear_antecedent(extractor: Extractor, text: str, source: str) -> None:
    assert not [r for r in run(extractor, text).relations if r.source == source and r.type.value == "SUPPLIES"]


# reactions to a deed told just before ----------------------------------------------------------

REACTIONS = [
    pytest.param("Mali's junta ordered the French ambassador to leave within 72 hours. Paris swiftly rejected the order.",
                 ("FRA", "CONDEMNS", "MLI", "asserted", ()), id="rejected-the-order"),
    pytest.param("The UN General Assembly adopted a resolution demanding that Russia withdraw. "
                 "Russia dismissed the vote as counterproductive.",
                 ("RUS", "CONDEMNS", "UNGA", "asserted", ()), id="dismissed-the-vote"),
    pytest.param("The General Assembly passed a resolution condemning Moscow's annexation of Crimea. "
                 "The Kremlin denounced the resolution.",
                 ("RUS", "CONDEMNS", "UNGA", "asserted", ()), id="denounced-the-resolution"),
    pytest.param("Britain seized an Iranian tanker off Gibraltar. Tehran condemned its seizure as an act of piracy.",
                 ("IRN", "CONDEMNS", "GBR", "asserted", ()), id="its-seizure"),
    pytest.param("Russia launched a missile strike on Kyiv. Two people were killed. Poland condemned the attack, and "
                 "Germany denounced it.", ("DEU", "CONDEMNS", "RUS", "asserted", ()), id="denounced-it"),
    pytest.param("Russia launched a missile strike on Kyiv. Germany condemned it as barbaric.",
                 ("DEU", "CONDEMNS", "RUS", "asserted", ()), id="condemned-it-as"),
]


@pytest.mark.parametrize("text,row", REACTIONS)
def test_reaction_condemns_the_doer_of_the_deed_just_told(extractor: Extractor, text: str, row: tuple) -> None:
    assert row in rows(run(extractor, text))


NO_REACTION = [
    pytest.param("Britain says the tanker was carrying oil to Syria in breach of European Union sanctions on Damascus. "
                 "Tehran has condemned its seizure as an act of piracy.", "IRN", id="vague-noun-not-an-alleged-deed"),
    pytest.param("The UN General Assembly adopted a resolution demanding that Russia withdraw. "
                 "Russia rejected a vote planned for next week.", "RUS", id="indefinite-vote"),
    pytest.param("Kenya expelled Somalia's ambassador. Somalia said its seizure of the ship was legal.", "SOM",
                 id="no-condemning-verb"),
    pytest.param("The European Union imposed sanctions on Syria in 2011. Tehran condemned its seizure as an act of "
                 "piracy.", "IRN", id="its-seizure-was-not-done-to-the-reactor"),
    pytest.param("Ukraine said Russia supplied the rebels with rockets. Moscow denounced it as a lie.", "RUS",
                 id="pronoun-for-a-claim-is-no-deed"),
    pytest.param("Russia launched a missile strike on Kyiv. Germany rejected it.", "DEU",
                 id="rejecting-it-is-no-condemnation"),
]


@pytest.mark.parametrize("text,reactor", NO_REACTION)
def test_no_reaction_without_a_deed_told_as_done(extractor: Extractor, text: str, reactor: str) -> None:
    assert not [r for r in run(extractor, text).relations if r.source == reactor and r.type.value == "CONDEMNS"]


# welcoming a deed told just before supports its doer -----------------------------------------

WELCOMES = [
    pytest.param("Turkey's parliament voted to ratify Sweden's accession to NATO. "
                 "NATO Secretary-General Jens Stoltenberg welcomed the vote.",
                 ("NATO", "SUPPORTS", "TUR", "asserted", ()), id="welcomed-the-vote"),
    pytest.param("Kenya sent 400 police officers to Haiti on Tuesday. Haiti's transitional council hailed the deployment.",
                 ("HTI", "SUPPORTS", "KEN", "asserted", ()), id="hailed-the-deployment"),
    pytest.param("Seoul and Tokyo signed an agreement to restore intelligence sharing. Washington applauded the deal.",
                 ("USA", "SUPPORTS", "KOR", "asserted", ()), id="applauded-the-deal"),
]


@pytest.mark.parametrize("text,row", WELCOMES)
def test_welcome_supports_the_doer_of_the_deed_just_told(extractor: Extractor, text: str, row: tuple) -> None:
    assert row in rows(run(extractor, text))


def test_welcoming_an_untold_deed_supports_no_one(extractor: Extractor) -> None:
    text = "Kenya sent 400 police officers to Haiti on Tuesday. Haiti's council welcomed a decision by the bank."
    assert not [r for r in run(extractor, text).relations if r.source == "HTI" and r.type.value == "SUPPORTS"]


# denials of a claim or report made a few sentences back --------------------------------------

DENIALS = [
    pytest.param("Russia accused Vilnius of imposing a blockade on Kaliningrad. "
                 "Lithuania's foreign minister rejected that characterisation.",
                 ("LTU", "DENIES", "RUS", "asserted", ()), id="rejected-that-characterisation"),
    pytest.param("According to the European Commission, Chinese customs have refused to clear Lithuanian goods since "
                 "December. Several firms were affected. Beijing rejects that account.",
                 ("CHN", "DENIES", "EU", "asserted", ()), id="according-to-report"),
    pytest.param("Japan's defence minister told reporters that China's drills endangered Japanese fishermen. "
                 "Beijing brushed that complaint aside.",
                 ("CHN", "DENIES", "JPN", "asserted", ()), id="brushed-aside-right-after"),
    pytest.param("Taiwan said Honduras had demanded billions in aid. China dismissed that account. "
                 "The Honduran government made its own decision, a Chinese spokesperson said. "
                 "Honduras denied that it had sought payment.",
                 ("HND", "DENIES", "TWN", "asserted", ()), id="clause-denial-answers-the-report"),
]


@pytest.mark.parametrize("text,row", DENIALS)
def test_denial_answers_the_earlier_claimant(extractor: Extractor, text: str, row: tuple) -> None:
    assert row in rows(run(extractor, text))


NO_DENIAL = [
    pytest.param("The United States said it supported Georgia's sovereignty. Opposition leaders accused the government "
                 "of weakness. Georgia's prime minister rejected the criticism.", "GEO", "USA",
                 id="criticism-not-a-statement-further-back"),
    pytest.param("Japan's defence minister told reporters that China's drills endangered Japanese fishermen. "
                 "The drills ended on Sunday. Beijing brushed that complaint aside.", "CHN", "JPN",
                 id="complaint-only-right-after"),
    pytest.param("Taiwan said Honduras had demanded billions in aid. China dismissed that account. "
                 "The Honduran government made its own decision, a Chinese spokesperson said. "
                 "Honduras denied that it had sought payment.", "HND", "CHN",
                 id="co-denier-is-no-accuser"),
]


@pytest.mark.parametrize("text,denier,other", NO_DENIAL)
def test_no_denial_of_who_made_no_claim(extractor: Extractor, text: str, denier: str, other: str) -> None:
    assert (denier, "DENIES", other) not in {(r.source, r.type.value, r.target) for r in run(extractor, text).relations}


# followers repeat the deed told before --------------------------------------------------------

FOLLOWS = [
    pytest.param("Britain imposed sanctions on Iran on Monday. Canada and Australia followed suit.",
                 {("CAN", "SANCTIONS", "IRN", "asserted", ()), ("AUS", "SANCTIONS", "IRN", "asserted", ())},
                 id="followed-suit"),
    pytest.param("Saudi Arabia severed ties with Iran in 2016 after its embassy was stormed. "
                 "Iran hoped to restore ties with Bahrain, which followed Riyadh in severing relations.",
                 {("BHR", "REDUCES_RELATIONS", "IRN", "asserted", ())}, id="followed-the-leader-in"),
    pytest.param("Russia recognised Abkhazia as an independent state in 2008. Nicaragua followed Moscow in recognising "
                 "the region.", {("NIC", "RECOGNIZES", "ABKHAZIA", "asserted", ())}, id="followed-in-recognising"),
]


@pytest.mark.parametrize("text,expected", FOLLOWS)
def test_followers_repeat_the_deed(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= rows(run(extractor, text))


NO_FOLLOW = [
    pytest.param("Britain imposed sanctions on Iran on Monday. Canada did not follow suit.", "CAN", id="negated"),
    pytest.param("Russia recognised Abkhazia as an independent state in 2008. No other country has followed Russia in "
                 "recognising the region, and Nicaragua said it was studying the matter.", "NIC",
                 id="no-other-country"),
    pytest.param("Britain said Iran had sent drones to Russia. Canada followed suit.", "CAN", id="only-deeds-told-as-done"),
]


@pytest.mark.parametrize("text,source", NO_FOLLOW)
def test_no_follow_without_a_follower_or_a_deed(extractor: Extractor, text: str, source: str) -> None:
    assert not [r for r in run(extractor, text).relations if r.source == source]


# "measures of their own": each subject repeats the deed with its one target -------------------

def test_measures_of_their_own_take_the_current_target(extractor: Extractor) -> None:
    got = rows(run(extractor, "The EU imposed sanctions on Belarus on Monday. "
                              "Britain and Canada announced measures of their own."))
    assert {("GBR", "SANCTIONS", "BLR", "asserted", ()), ("CAN", "SANCTIONS", "BLR", "asserted", ())} <= got


def test_own_measures_beside_a_partner_in_the_same_sentence(extractor: Extractor) -> None:
    got = rows(run(extractor, "Japan, Britain and Canada unveiled coordinated penalties of their own, with Tokyo "
                              "imposing sanctions on Belarus's potash industry."))
    assert {("GBR", "SANCTIONS", "BLR", "asserted", ()), ("CAN", "SANCTIONS", "BLR", "asserted", ())} <= got


def test_own_measures_with_a_target_of_their_own_carry_nothing(extractor: Extractor) -> None:
    got = run(extractor, "Russia imposed sanctions on Ukraine. Poland announced measures of its own against "
                         "Moscow's allies.")
    assert not [r for r in got.relations if r.source == "POL" and r.target == "UKR"]


def test_a_counterpart_the_article_already_tells_is_not_repeated(extractor: Extractor) -> None:
    got = run(extractor, "Germany said it would send tanks to Ukraine. Berlin said it would also dispatch armoured "
                         "vehicles.")
    copies = [r for r in got.relations if (r.source, r.type.value, r.target) == ("DEU", "SUPPLIES", "UKR")]
    assert len(copies) == 1 and copies[0].char_start == 0
