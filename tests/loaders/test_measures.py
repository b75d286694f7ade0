"""Diplomatic and economic measures and mutual deeds (loaders/measures.py), on sentences written for these
tests: border closures, envoys called home or told to leave, contacts and pacts suspended, entry bans on a
regime's people, trade cut off, expulsions told as nouns, recognition switched, and deeds told as mutual."""

from __future__ import annotations

import pytest

from extracted import Claim, claim_rows as rows

# the types these rules emit, and the ones a wrong reading would bring in
_TYPES = {"SANCTIONS", "REDUCES_RELATIONS", "RECOGNIZES", "ACCUSES", "CONDEMNS", "THREATENS", "ATTACKS",
          "COOPERATES", "SUPPLIES"}


def found(extractor, text: str) -> set[Claim]:
    return {r for r in rows(extractor, text) if r[1] in _TYPES}


def done(source: str, rtype: str, *targets: str) -> set[Claim]:
    return {(source, rtype, t, "asserted", ()) for t in targets}


def planned(source: str, rtype: str, target: str, by: tuple[str, ...] | None = None) -> set[Claim]:
    return {(source, rtype, target, "planned", by or (source,))}


def both_ways(a: str, rtype: str, b: str) -> set[Claim]:
    return done(a, rtype, b) | done(b, rtype, a)


@pytest.mark.parametrize("text, expected", [
    # a frontier shut is a sanction on the neighbour across it
    ("Niger shut its border with Benin last week.", done("NER", "SANCTIONS", "BEN")),
    ("Algeria sealed the frontier with Morocco.", done("DZA", "SANCTIONS", "MAR")),
    ("Uganda closed all of its land crossings with Kenya on Monday.", done("UGA", "SANCTIONS", "KEN")),
    ("Chad closed its border with Sudan.", done("TCD", "SANCTIONS", "SDN")),  # the cue rule's reading, once
    # envoys called home: a cut with the state they were posted to
    ("Kenya was withdrawing its diplomats from Somalia, the foreign ministry said.", done("KEN", "REDUCES_RELATIONS", "SOM")),
    ("The PLO recalled its envoy in Washington for consultations.", done("PLO", "REDUCES_RELATIONS", "USA")),
    ("Ghana pulled its ambassador out of Togo.", done("GHA", "REDUCES_RELATIONS", "TGO")),
    ("Kenya recalled its high commissioner to Somalia.", done("KEN", "REDUCES_RELATIONS", "SOM")),
    ("Uganda's ambassador was recalled from Kinshasa.", done("UGA", "REDUCES_RELATIONS", "COD")),
    ("China recalled its envoy in Vilnius to Beijing.", done("CHN", "REDUCES_RELATIONS", "LTU")),
    ("Kuwait brought home its envoy in Beirut.", done("KWT", "REDUCES_RELATIONS", "LBN")),
    ("Washington ordered out 60 Russians it described as intelligence officers.", done("USA", "REDUCES_RELATIONS", "RUS")),
    # envoys told to leave, their state unnamed: the one the article last cut ties with
    ("Brazil expelled three Russian diplomats. Italy told two diplomats to leave.",
     done("BRA", "REDUCES_RELATIONS", "RUS") | done("ITA", "REDUCES_RELATIONS", "RUS")),
    ("Egypt answered by ordering Qatar's consul general in Cairo to return home.", done("EGY", "REDUCES_RELATIONS", "QAT")),
    ("Chad ordered all Sudanese nationals to leave within a week.", done("TCD", "REDUCES_RELATIONS", "SDN")),
    ("Chad ordered Sudanese nationals found without permits to leave.", done("TCD", "REDUCES_RELATIONS", "SDN")),
    # contacts and pacts suspended
    ("Russia suspended all military contacts with Turkey.", done("RUS", "REDUCES_RELATIONS", "TUR")),
    ("Russia suspended its arms-control pact with Washington.", done("RUS", "REDUCES_RELATIONS", "USA")),
    ("Bolivia withdrew from negotiations with Chile.", done("BOL", "REDUCES_RELATIONS", "CHL")),
    ("Ecuador pulled out of talks with Colombia.", done("ECU", "REDUCES_RELATIONS", "COL")),
    # another state's mission shut
    ("Russia shut Poland's consulate in Kaliningrad.", done("RUS", "REDUCES_RELATIONS", "POL")),
    # a member suspended from a body
    ("The African Union suspended Guinea from all its activities.", done("AU", "REDUCES_RELATIONS", "GIN")),
    ("The African Union acted on Wednesday, suspending Mali's membership until order is restored.",
     done("AU", "REDUCES_RELATIONS", "MLI")),
    # entry refused to a state's people
    ("Britain denied entry to three Russian officials.", done("GBR", "SANCTIONS", "RUS")),
    ("Washington revoked the visas of Nicaraguan officials.", done("USA", "SANCTIONS", "NIC")),
    ("The Myanmar army seized power on Monday. New Zealand barred the generals from entering the country.",
     done("NZL", "SANCTIONS", "MMR")),
    # trade cut off: a sanction on the other party
    ("Nigeria halted all financial flows with Niger.", done("NGA", "SANCTIONS", "NER")),
    ("Norway restricted arms sales to Ankara.", done("NOR", "SANCTIONS", "TUR")),
    ("Russia suspended all flights to Georgia.", done("RUS", "SANCTIONS", "GEO")),
    ("Bahrain and Egypt halted flights to and from Qatar.",
     done("BHR", "SANCTIONS", "QAT") | done("EGY", "SANCTIONS", "QAT")),
    # expulsions told as nouns: every announcer cuts ties
    ("Lisbon and Madrid both announced the expulsion of two Iranian embassy staff.",
     done("PRT", "REDUCES_RELATIONS", "IRN") | done("ESP", "REDUCES_RELATIONS", "IRN")),
    ("Prague's expulsion of 18 Russian diplomats angered Moscow.", done("CZE", "REDUCES_RELATIONS", "RUS")),
    # a switch of recognition: the new side recognised, the old one (named, or the rival) dropped
    ("Nauru's government switched its recognition from Taipei to Beijing.",
     done("NRU", "RECOGNIZES", "CHN") | done("NRU", "REDUCES_RELATIONS", "TWN")),
    ("The Dominican Republic ditched Taipei for Beijing.",
     done("DOM", "RECOGNIZES", "CHN") | done("DOM", "REDUCES_RELATIONS", "TWN")),
    ("Nicaragua broke with Israel and established ties with Iran.",
     done("NIC", "REDUCES_RELATIONS", "ISR") | done("NIC", "COOPERATES", "IRN")),
    # measures told by their noun: the doer is the possessor, the "by" agent or who carries the deed out
    ("Burundi's closure of its border with Rwanda hurt traders.", done("BDI", "SANCTIONS", "RWA")),
    ("Peru announced the recall of its ambassador from Mexico.", done("PER", "REDUCES_RELATIONS", "MEX")),
    ("Kenya ordered the withdrawal of its diplomats from Somalia.", done("KEN", "REDUCES_RELATIONS", "SOM")),
    ("Japan announced the suspension of military contacts with Myanmar.", done("JPN", "REDUCES_RELATIONS", "MMR")),
    ("Russia ordered a halt to all imports from Georgia.", done("RUS", "SANCTIONS", "GEO")),
    # recognition taken back cuts ties, and recognises nothing
    ("Paraguay withdrew its recognition of Kosovo.", done("PRY", "REDUCES_RELATIONS", "XKX")),
    ("Suriname revoked its recognition of Kosovo in 2017.", done("SUR", "REDUCES_RELATIONS", "XKX")),
    ("Togo derecognised Kosovo last year.", done("TGO", "REDUCES_RELATIONS", "XKX")),
    # deeds told as mutual: one row each way, and no reading of the verb alone
    ("Ethiopia and Eritrea blamed one another for the collapse of the talks.", both_ways("ETH", "ACCUSES", "ERI")),
    ("Armenia traded accusations with Azerbaijan.", both_ways("ARM", "ACCUSES", "AZE")),
    ("Serbia and Kosovo traded barbs over the plates.", both_ways("SRB", "CONDEMNS", "XKX")),
    ("Israeli and Lebanese troops exchanged fire on Tuesday.", both_ways("ISR", "ATTACKS", "LBN")),
    ("Rabat and Algiers hurled accusations at each other.", both_ways("MAR", "ACCUSES", "DZA")),
    ("Moscow and Prague expelled each other's diplomats.", both_ways("RUS", "REDUCES_RELATIONS", "CZE")),
    ("Vietnam and Cambodia traded tariffs last year.", both_ways("VNM", "SANCTIONS", "KHM")),
])
def test_measures_told(extractor, text, expected) -> None:
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the pipeline's status machinery holds for these rules too: intent, report, threat
    ("Japan will suspend high-level political and military contacts with Myanmar.",
     planned("JPN", "REDUCES_RELATIONS", "MMR")),
    ("Honduras will switch recognition to Beijing.",
     planned("HND", "RECOGNIZES", "CHN") | planned("HND", "REDUCES_RELATIONS", "TWN")),
    ("Sweden will restrict arms sales to Ankara.", planned("SWE", "SANCTIONS", "TUR")),
    ("Thailand's army seized power on Monday. Australia said it would bar the junta leaders from entering the country.",
     planned("AUS", "SANCTIONS", "THA")),
    ("Kyiv said Minsk had shut its border with Ukraine.", {("BLR", "SANCTIONS", "UKR", "alleged", ("UKR",))}),
    ("Chad threatened to close its border with Sudan.", done("TCD", "THREATENS", "SDN")),
])
def test_measures_keep_their_status(extractor, text, expected) -> None:
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Uganda reopened its border with Kenya.",
    "Niger did not close its border with Benin.",
    "Kenya withdrew its troops from Somalia.",
    "The ministry summoned the Kenyan ambassador on Monday.",
    "Japan will expand contacts with Myanmar.",
    "Moscow condemned the expulsion of Russian diplomats.",  # the condemner expels no one
    "Tehran agreed to stop weapons shipments to the Houthis.",  # a concession, no sanction
    "Colombia broke with tradition on Friday.",
    "Armenia and Azerbaijan did not accuse each other of violating the truce.",
    "France broke with Washington over the Iraq war.",  # a disagreement, no switch
    "China vowed to stop the flow of fentanyl to the United States.",  # a flow of drugs is no trade
    "Pakistan's expulsion of Afghan migrants drew criticism.",  # migrants are no envoys
    "Ukrainian forces ousted Russia from the town.",
    "Ankara closed its own consulate in Mosul.",  # one's own mission may close for its staff's safety
    "Xi ended talks with Putin on Friday.",  # talks ended may only be over
    "Kyiv called for the closure of Belarus's border with Russia.",  # asked for, not done
    "The withdrawal of French troops from Mali was completed in August.",  # troops are no envoys
    "Moscow condemned the closure of the consulate.",
    "Riyadh ordered its citizens to leave the country.",  # its own people: no one else's state is named
    "Ghana told its diplomats to return home.",  # no host named
    "Japan barred its citizens from travelling to Russia.",  # no measure on Russia, and no visit either
    "Canada refused entry to the ship.",
    "Azerbaijan Airlines has suspended flights to seven Russian cities.",  # a carrier's own step
    "Paraguay did not withdraw its recognition of Kosovo.",
])
def test_no_measure_where_none_is_taken(extractor, text) -> None:
    assert not {r for r in found(extractor, text) if r[1] != "SUPPLIES"}, found(extractor, text)


def test_parties_of_a_shared_charge_do_not_accuse_each_other(extractor) -> None:
    assert found(extractor, "Seoul and Tokyo accused Pyongyang of firing missiles.") == \
        done("KOR", "ACCUSES", "PRK") | done("JPN", "ACCUSES", "PRK")


def test_one_type_for_one_verb(extractor) -> None:
    """ "suspended exchanges with China" cuts relations; it is not also read as a trade cut."""
    assert found(extractor, "Canada will suspend all military exchanges with China.") == \
        planned("CAN", "REDUCES_RELATIONS", "CHN")


def test_no_switch_to_a_rival_by_itself(extractor) -> None:
    """A pronoun misread as the government losing the ally does not switch to its own rival."""
    text = "Taipei lost a partner on Monday, with Nauru announcing it would switch recognition to Beijing."
    assert not {r for r in found(extractor, text) if r[0] == "TWN" and r[1] == "RECOGNIZES"}


def test_a_regimes_people_need_a_state_named_before(extractor) -> None:
    assert not {r for r in found(extractor, "The EU said it would bar the junta leaders from entering the bloc.")
                if r[1] == "SANCTIONS"}
