"""Speech acts that news words indirectly: what another actor must do, pressing with an infinitive, a second
appeal tacked onto a first, requests an actor acts on, verdicts through a small clause or a participle hung on
a request, and complaints lodged against an actor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extracted import claim_rows

H = "Headline\n"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Polish President Andrzej Duda also said Minsk must give "credible explanations" and stop harassing'
                 ' Polish diplomats.', {("POL", "REQUESTS", "BLR", "asserted", ())}, id="said-must"),
    pytest.param('"Belgrade should withdraw its troops from the boundary line," the Kosovo prime minister told reporters.',
                 {("XKX", "REQUESTS", "SRB", "asserted", ())}, id="quoted-should"),
    pytest.param("Japan's foreign minister said on Monday that Pyongyang must return the abducted citizens.",
                 {("JPN", "REQUESTS", "PRK", "asserted", ())}, id="said-that-must"),
    pytest.param("Washington has made clear that Beijing must not provide lethal aid to Moscow.",
                 {("USA", "REQUESTS", "CHN", "asserted", ())}, id="made-clear-must-not"),
], )
def test_what_another_actor_must_do_is_asked(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param('"Russia must have known about the plan," the British foreign secretary said.', id="inference"),
    pytest.param("The German chancellor said Russia must be held accountable for the attack.", id="passive"),
    pytest.param("The Turkish president said Turkey must defend its borders.", id="own-duty"),
    pytest.param('"We must respond firmly," the Iranian foreign minister said.', id="we"),
    pytest.param("The French president said Europe must not be naive.", id="copula"),
    pytest.param("Analysts said Russia must find new buyers for its oil.", id="no-state-speaker"),
    pytest.param("The Japanese prime minister did not say Beijing must apologise.", id="negated-report"),
    pytest.param('"Moscow must understand that its actions carry a price," the US president said.', id="insight"),
    pytest.param("Russia must find new buyers for its oil.", id="article-voice"),
    pytest.param("Washington made a deal that Beijing must honour.", id="made-no-statement"),
    pytest.param('The Chinese government has warned that Vilnius "must bear all the consequences" of its decision.',
                 id="consequences-to-bear"),
])
def test_no_request_from_other_musts(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Washington, a State Department spokesman said the United States was following events closely and"
                 " encouraged Serbia and Kosovo to engage in dialogue.",
                 {("USA", "REQUESTS", "SRB", "asserted", ()), ("USA", "REQUESTS", "XKX", "asserted", ())}, id="encourage"),
    pytest.param("Berlin pressured Warsaw to accept the compromise.", {("DEU", "REQUESTS", "POL", "asserted", ())},
                 id="pressure"),
    pytest.param("Hungary has said it would encourage Ukraine to negotiate.",
                 {("HUN", "REQUESTS", "UKR", "planned", ("HUN",))}, id="announced"),
])
def test_pressing_with_an_infinitive_requests(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Washington encouraged Kosovo's bid for membership.", id="no-infinitive"),
    pytest.param("Washington did not encourage Kosovo to apply.", id="negated"),
    pytest.param("A State Department official said Washington encouraged its two allies to resolve differences.",
                 id="unnamed-plural"),
])
def test_no_request_from_pressing_without_addressee_or_infinitive(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokesman for the U.S. State Department said Washington was aware of the reports and urged Hamas to"
                 " release the hostages, while calling on Israel to protect civilians.",
                 {("USA", "REQUESTS", "HAMAS", "asserted", ()), ("USA", "REQUESTS", "ISR", "asserted", ())},
                 id="while-calling"),
    pytest.param("The Egyptian foreign minister urged Hamas to accept the proposal and called on Israel to halt its"
                 " offensive.", {("EGY", "REQUESTS", "HAMAS", "asserted", ()), ("EGY", "REQUESTS", "ISR", "asserted", ())},
                 id="and-called"),
    pytest.param("Turkey asked Sweden to extradite the suspects, urging Finland to lift its arms embargo.",
                 {("TUR", "REQUESTS", "SWE", "asserted", ()), ("TUR", "REQUESTS", "FIN", "asserted", ())},
                 id="urging"),
])
def test_second_appeal_is_the_first_speakers(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_appeal_the_addressee_is_asked_to_make_stays_theirs(extractor) -> None:
    # what Hamas is asked to do (a base form) is not a second appeal by the Egyptian minister
    rows = claim_rows(extractor, H + "The Egyptian foreign minister urged Hamas to accept the proposal and call on"
                      " Israel to halt its offensive.")
    assert ("EGY", "REQUESTS", "ISR", "asserted", ()) not in rows
    assert ("EGY", "REQUESTS", "HAMAS", "asserted", ()) in rows


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("At Kenya's request, the UN Security Council held an emergency meeting on Tuesday.",
                 {("KEN", "REQUESTS", "UNSC", "asserted", ())}, id="possessor"),
    pytest.param("The Security Council met at the request of France and Britain.",
                 {("FRA", "REQUESTS", "UNSC", "asserted", ()), ("GBR", "REQUESTS", "UNSC", "asserted", ())}, id="of"),
])
def test_what_is_done_at_an_actors_request_was_asked(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_no_request_without_a_requester(extractor) -> None:
    assert claim_rows(extractor, H + "At the request of the families, the Security Council held a minute's silence.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Australia filed a complaint against China at the World Trade Organization over the barley tariffs.",
                 {("AUS", "REQUESTS", "WTO", "asserted", ()), ("AUS", "ACCUSES", "CHN", "asserted", ())}, id="against"),
    pytest.param("Canada responded on Tuesday by filing complaints against Japan and India at the World Trade"
                 " Organization.", {("CAN", "REQUESTS", "WTO", "asserted", ()), ("CAN", "ACCUSES", "JPN", "asserted", ()),
                                    ("CAN", "ACCUSES", "IND", "asserted", ())}, id="by-filing"),
    pytest.param("The EU lodged a case at the WTO over China's trade curbs.",
                 {("EU", "REQUESTS", "WTO", "asserted", ()), ("EU", "ACCUSES", "CHN", "asserted", ())}, id="over-deed"),
])
def test_complaint_against_an_actor_accuses_it(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Lithuania did not file a complaint against China.", id="negated"),
    pytest.param("Mexico said it would file a complaint against Ecuador at the ICJ.", id="announced"),
])
def test_no_accusation_from_a_complaint_not_lodged(extractor, text) -> None:
    assert not any(r[1] == "ACCUSES" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ethiopia's parliament on Tuesday declared Eritrea an enemy state.",
                 {("ETH", "CONDEMNS", "ERI", "asserted", ())}, id="declared-enemy"),
    pytest.param('Iran called the United States "the main enemy" of the Muslim world.',
                 {("IRN", "CONDEMNS", "USA", "asserted", ())}, id="called-enemy"),
])
def test_branding_an_enemy_condemns(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_not_an_enemy_condemns_nobody(extractor) -> None:
    assert claim_rows(extractor, H + "The minister said Russia was not an enemy of Europe.") == set()


def test_verdict_in_a_participle_hung_on_a_request_is_the_requesters(extractor) -> None:
    text = (H + "Eritrean forces seized the border town of Zalambessa last week. The UN envoy, in a call with the Eritrean"
            ' president, pressed him to pull back, describing the occupation of Zalambessa as "an unlawful act."')
    assert claim_rows(extractor, text) == {("UN", "REQUESTS", "ERI", "asserted", ()), ("UN", "CONDEMNS", "ERI", "asserted", ())}


def test_neutral_description_in_a_participle_condemns_nobody(extractor) -> None:
    text = (H + "Eritrean forces seized the border town of Zalambessa last week. The UN envoy, in a call with the Eritrean"
            ' president, pressed him to pull back, describing the occupation of Zalambessa as "a temporary measure."')
    assert claim_rows(extractor, text) == {("UN", "REQUESTS", "ERI", "asserted", ())}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"We strongly request that South Korea take measures to prevent a recurrence," the Japanese defence'
                 " minister told reporters.", {("JPN", "REQUESTS", "KOR", "asserted", ())}, id="quoted-we-request"),
    pytest.param("Ankara insisted that Stockholm extradite the suspects before any vote.",
                 {("TUR", "REQUESTS", "SWE", "asserted", ())}, id="insist-subjunctive"),
    pytest.param("Japan asked that China release the detained businessman.",
                 {("JPN", "REQUESTS", "CHN", "asserted", ())}, id="ask-that"),
])
def test_subjunctive_clause_asks_its_subject(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Ankara insisted that Stockholm had extradited nobody.", id="insist-claims"),
    pytest.param("The German foreign minister suggested that Russia was behind the attack.", id="suggest-claims"),
    pytest.param("Ankara did not insist that Stockholm extradite the suspects.", id="negated"),
])
def test_no_request_from_an_indicative_clause(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A spokeswoman for the French foreign ministry said Paris wanted the talks to continue and called on"
                 " Turkey to stay out of the conflict.", {("FRA", "REQUESTS", "TUR", "asserted", ())}, id="past-on-infinitive"),
    pytest.param("Foreign ministers from the Group of Seven followed this month with a joint statement calling for a"
                 " swift withdrawal of Eritrean forces.", {("G7", "REQUESTS", "ERI", "asserted", ())}, id="statement-calling-for"),
])
def test_appeal_hung_on_a_clause_is_its_speakers(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_appeal_with_its_own_subject_is_that_subjects(extractor) -> None:
    rows = claim_rows(extractor, H + "Moscow wants Kyiv to surrender territory and Washington called on Beijing to stay"
                      " neutral.")
    assert not any(r[:3] in (("RUS", "REQUESTS", "CHN"), ("UKR", "REQUESTS", "CHN")) for r in rows), rows


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Britain warned Iran on Saturday that it would face "serious consequences" if it did not quickly free the'
                 " tanker.", {("GBR", "THREATENS", "IRN", "asserted", ()), ("GBR", "REQUESTS", "IRN", "asserted", ())},
                 id="warned-it-would-face"),
    pytest.param("The EU threatened to suspend trade preferences for Georgia if the government did not withdraw the bill.",
                 {("EU", "REQUESTS", "GEO", "asserted", ()), ("EU", "THREATENS", "GEO", "asserted", ())},
                 id="threatened-if-not"),
    pytest.param("Turkey warned that it would veto the bid if Sweden did not extradite the suspects.",
                 {("TUR", "REQUESTS", "SWE", "asserted", ()), ("TUR", "THREATENS", "SWE", "asserted", ())},
                 id="warned-that-if-not"),
    pytest.param("Washington told Seoul it would withdraw its troops unless the South paid more for their upkeep.",
                 {("USA", "REQUESTS", "KOR", "asserted", ())}, id="told-unless-no-threat-verb"),
])
def test_ultimatum_under_a_threat_verb_threatens_too(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Turkey said it would veto the bid if Sweden extradited nobody.", id="plain-condition"),
    pytest.param("Turkey did not threaten to veto the bid if Sweden failed to act.", id="negated-threat"),
])
def test_no_ultimatum_threat_without_a_held_over_step(extractor, text) -> None:
    assert not any(r[1] in ("THREATENS", "REQUESTS") for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A delegation held talks with the leaders of Mali's military junta on Saturday.\n\nECOWAS leaders condemned"
                 " the putsch and closed their borders.", {("ECOWAS", "CONDEMNS", "MLI", "asserted", ())},
                 id="junta-named-in-an-earlier-paragraph"),
    pytest.param("Soldiers seized power in Niger on Wednesday. The African Union condemned the coup in Niger.",
                 {("AU", "CONDEMNS", "NER", "asserted", ())}, id="coup-in-country"),
])
def test_condemned_coup_is_the_juntas(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_condemned_coup_with_no_country_named_condemns_nobody(extractor) -> None:
    assert claim_rows(extractor, H + "The coup leaders met the delegation. The African Union condemned the coup.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Beijing lashed out at Washington over the arms sale.", {("CHN", "CONDEMNS", "USA", "asserted", ())},
                 id="lash-out-at"),
    pytest.param("Turkey hit out at Sweden on Monday for allowing the protest.",
                 {("TUR", "CONDEMNS", "SWE", "asserted", ())}, id="hit-out-at"),
    pytest.param("Russia rounded on Britain over the expulsions.", {("RUS", "CONDEMNS", "GBR", "asserted", ())},
                 id="round-on"),
    pytest.param("Iran took aim at Saudi Arabia in a speech on Monday.", {("IRN", "CONDEMNS", "SAU", "asserted", ())},
                 id="take-aim-at"),
    pytest.param("China railed against the sanctions imposed by Washington.", {("CHN", "CONDEMNS", "USA", "asserted", ())},
                 id="rail-against-deed"),
])
def test_idioms_of_attacking_in_words_condemn(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Beijing did not lash out at Washington over the arms sale.", id="negated"),
    pytest.param("Turkey could hit out at Sweden if the protest goes ahead.", id="hedged"),
    pytest.param("Turkey hit out at critics of the deal.", id="no-actor"),
    pytest.param("The ball hit the post and Russia took the lead.", id="literal"),
])
def test_no_condemnation_from_idioms_not_aimed_at_an_actor(extractor, text) -> None:
    assert not any(r[1] == "CONDEMNS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("China voiced firm opposition to the US arms sale to Taiwan.",
                 {("USA", "SUPPLIES", "TWN", "asserted", ()), ("CHN", "CONDEMNS", "USA", "asserted", ())}, id="opposition-to"),
    pytest.param("China expressed strong dissatisfaction with and firm opposition to the decision announced by the United"
                 " States.", {("CHN", "CONDEMNS", "USA", "asserted", ())}, id="dissatisfaction-with-and-opposition-to"),
])
def test_opposition_voiced_to_a_deed_condemns_its_owner(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("China voiced firm support for the US proposal.", id="support"),
    pytest.param("The opposition party expressed concern about the economy.", id="domestic-opposition"),
    pytest.param("China did not express opposition to the US plan.", id="negated"),
])
def test_no_condemnation_without_opposition_to_an_owned_deed(extractor, text) -> None:
    assert not any(r[1] == "CONDEMNS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


def test_criticism_drawn_by_a_deed_condemns_its_owner(extractor) -> None:
    assert claim_rows(extractor, H + "Russia's decision to close the border drew sharp criticism from Finland.") == {
        ("FIN", "CONDEMNS", "RUS", "asserted", ())}


def test_praise_drawn_condemns_nobody(extractor) -> None:
    assert claim_rows(extractor, H + "Russia's decision to reopen the border drew praise from Finland.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mali sought military assistance from Russia.", {("MLI", "REQUESTS", "RUS", "asserted", ())}, id="sought-from"),
    pytest.param("Kyiv appealed for Western support.", {("UKR", "REQUESTS", "WEST", "asserted", ())}, id="appealed-for"),
    pytest.param("Washington wants Beijing to use its influence on Pyongyang.",
                 {("USA", "REQUESTS", "CHN", "asserted", ())}, id="wants-to"),
])
def test_help_sought_and_wants_are_requests(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Kyiv thanked Washington for its support.", id="thanks"),
    pytest.param("Mali sought to attract investment from Russia.", id="infinitive"),
    pytest.param("Washington does not want Kyiv to negotiate yet.", id="negated-want"),
    pytest.param("Kyiv appealed for international support.", id="no-giver"),
    pytest.param("Beijing wants Taiwan to be part of China.", id="wants-a-state"),
    pytest.param("Moscow wants the West to believe that the talks failed.", id="wants-a-belief"),
])
def test_no_request_without_a_giver_or_an_ask(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Greece laid the blame for the crisis squarely on Turkey.", {("GRC", "ACCUSES", "TUR", "asserted", ())},
                 id="laid-blame-on"),
    pytest.param("Israel pinned the blame on Hezbollah.", {("ISR", "ACCUSES", "HEZBOLLAH", "asserted", ())}, id="pinned"),
    pytest.param("Serbia pointed the finger at Kosovo.", {("SRB", "ACCUSES", "XKX", "asserted", ())}, id="finger"),
    pytest.param("The Philippines charged that Chinese vessels had rammed its supply boat.",
                 {("PHL", "ACCUSES", "CHN", "asserted", ())}, id="charged-that"),
])
def test_blame_laid_and_charges_accuse(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Greece did not lay the blame on Turkey.", id="negated"),
    pytest.param("Greece would lay the blame on Turkey if talks failed.", id="hedged"),
    pytest.param("The ministry charged that the report was biased.", id="charge-on-no-actor"),
    pytest.param("Serbia pointed to the agreement signed with Kosovo.", id="pointed-to"),
])
def test_no_accusation_without_blame_laid_on_an_actor(extractor, text) -> None:
    assert not any(r[1] == "ACCUSES" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Ukraine renewed its appeal to NATO for air defence systems.", {("UKR", "REQUESTS", "NATO", "asserted", ())},
                 id="appeal-to"),
    pytest.param("Poland made a formal request to Germany for reparations.", {("POL", "REQUESTS", "DEU", "asserted", ())},
                 id="request-to"),
    pytest.param("Kyiv has repeatedly pleaded with the West for more weapons.", {("UKR", "REQUESTS", "WEST", "asserted", ())},
                 id="pleaded-with"),
    pytest.param("Athens called for Turkey to withdraw its survey ship.", {("GRC", "REQUESTS", "TUR", "asserted", ())},
                 id="call-for-x-to"),
])
def test_requests_addressed_to_an_actor(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Ukraine rejected the appeal to NATO made by Hungary.", id="rejected-appeal"),
    pytest.param("Kyiv did not plead with the West for weapons.", id="negated"),
    pytest.param("Athens called for calm after the incident.", id="call-for-calm"),
])
def test_no_request_addressed_without_a_voiced_request(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Ankara denounced as "unacceptable" the Swedish decision to allow the protest.',
                 {("TUR", "CONDEMNS", "SWE", "asserted", ())}, id="shifted-object"),
    pytest.param("India termed the Chinese remarks unwarranted.", {("IND", "CONDEMNS", "CHN", "asserted", ())},
                 id="unwarranted"),
])
def test_verdicts_in_other_word_orders(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


def test_shifted_object_with_a_neutral_verdict_condemns_nobody(extractor) -> None:
    assert claim_rows(extractor, H + 'Ankara described as "temporary" the Swedish decision to allow the protest.') == set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Serbia came under pressure from Washington to recognise Kosovo.",
                 {("USA", "REQUESTS", "SRB", "asserted", ())}, id="came-under-pressure-from"),
    pytest.param("Washington stepped up pressure on Tehran to return to the talks.",
                 {("USA", "REQUESTS", "IRN", "asserted", ())}, id="stepped-up-pressure-on"),
    pytest.param("Belarus faced calls from Lithuania to release the detained journalist.",
                 {("LTU", "REQUESTS", "BLR", "asserted", ())}, id="faced-calls-from"),
])
def test_pressure_to_act_requests(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Washington stepped up pressure on Tehran.", id="no-infinitive"),
    pytest.param("Serbia came under pressure from rising prices to cut taxes.", id="no-actor-presses"),
    pytest.param("Washington could put pressure on Tehran to return to the talks.", id="hedged"),
])
def test_no_request_from_pressure_without_an_ask(extractor, text) -> None:
    assert not any(r[1] == "REQUESTS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kyiv reacted angrily to the Hungarian veto.", {("UKR", "CONDEMNS", "HUN", "asserted", ())},
                 id="reacted-angrily"),
    pytest.param("Russia's decision was met with condemnation from the European Union.",
                 {("EU", "CONDEMNS", "RUS", "asserted", ())}, id="met-with-condemnation"),
])
def test_angry_reactions_and_condemnation_met_condemn(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Kyiv reacted calmly to the Hungarian veto.", id="calm"),
    pytest.param("Russia's decision was met with praise from the European Union.", id="praise"),
])
def test_no_condemnation_from_calm_reactions_or_praise(extractor, text) -> None:
    assert not any(r[1] == "CONDEMNS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"This act is a violation of our sovereignty, and India will bear full responsibility for the consequences,"'
                 " the Pakistani foreign ministry said.", {("PAK", "THREATENS", "IND", "asserted", ())},
                 id="will-bear-responsibility-for-consequences"),
    pytest.param("The Iranian foreign minister said Israel would pay a heavy price for the strike.",
                 {("IRN", "THREATENS", "ISR", "asserted", ())}, id="would-pay-a-price"),
    pytest.param("The Chinese government said Vilnius must bear all the consequences of its decision.",
                 {("CHN", "THREATENS", "LTU", "asserted", ())}, id="must-bear-consequences"),
])
def test_consequences_foretold_for_another_actor_threaten_it(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The Russian foreign ministry said Russia would bear the costs of the new pipeline.", id="own-costs"),
    pytest.param('"We will pay any price to defend our land," the Ukrainian president said.', id="we"),
    pytest.param("The ministry did not say Israel would pay a price.", id="negated-report"),
    pytest.param("Analysts said Israel would pay a heavy price.", id="no-state-speaker"),
    pytest.param("Israel paid a heavy price for the war, the Iranian minister said.", id="past"),
])
def test_no_threat_from_consequences_not_foretold_for_another(extractor, text) -> None:
    assert not any(r[1] == "THREATENS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Seoul is outraged at Tokyo's decision to restrict exports.", {("KOR", "CONDEMNS", "JPN", "asserted", ())},
                 id="outraged-at"),
    pytest.param("Canberra was deeply disappointed by the Chinese decision.", {("AUS", "CONDEMNS", "CHN", "asserted", ())},
                 id="disappointed-by"),
    pytest.param("Berlin expressed disappointment at Warsaw's refusal.", {("DEU", "CONDEMNS", "POL", "asserted", ())},
                 id="expressed-disappointment"),
])
def test_displeasure_at_a_deed_condemns_its_owner(extractor, text, expected) -> None:
    assert claim_rows(extractor, H + text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Seoul was not disappointed by Tokyo's decision.", id="negated"),
    pytest.param("Canberra was disappointed by the result of the vote.", id="no-owner"),
    pytest.param("Seoul would be outraged at any such decision by Tokyo.", id="hypothetical"),
])
def test_no_condemnation_from_displeasure_without_an_owned_deed(extractor, text) -> None:
    assert not any(r[1] == "CONDEMNS" for r in claim_rows(extractor, H + text)), claim_rows(extractor, H + text)
