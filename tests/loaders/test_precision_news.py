"""Precision on full-length news copy, on sentences written for these tests: constructions that made the
extractor report relations the article does not hold (a deed argued against, ...)."""

from __future__ import annotations

import pytest

from extracted import claim_rows as rows


# a deed argued against ("warned X against doing Y") is not done ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo warned Seoul against hosting the Chinese defence minister.",
     {("JPN", "THREATENS", "KOR", "asserted", ())}),
    ("Lithuania voted against sending more troops to Poland.", set()),
    ("For years Moscow cautioned Finland against joining NATO.", set()),
    ("Ankara argued against imposing sanctions on Iran, officials said.", set()),
], ids=["warned-addressee", "voted-against", "cautioned", "argued-against"])
def test_a_gerund_deed_argued_against_is_not_done(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain sent tanks to Ukraine after warning against any delay.",
     {("GBR", "SUPPLIES", "UKR", "asserted", ())}),
    ("Estonia protested against what it called Russia's attack on its border post.",
     {("EST", "CONDEMNS", "RUS", "asserted", ()), ("RUS", "ATTACKS", "EST", "asserted", ())}),
    ("Norway sided with Kyiv against Moscow by sending air defence systems to Ukraine.",
     {("NOR", "SUPPLIES", "UKR", "asserted", ()), ("NOR", "SUPPORTS", "UKR", "asserted", ())}),
], ids=["noun-after-against", "what-it-called", "by-sending"])
def test_deeds_not_argued_against_stand(extractor, text, expected):
    assert rows(extractor, text) == expected


# "the three governments": the states the sentence before named, when just that many --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Norway is the country most often named in the talks. Norway hosted the talks. Under the accord, Japan and "
     "South Korea will give the Philippines patrol boats. The three governments also signed a pact on maritime security.",
     {("JPN", "COOPERATES", "KOR", "asserted", ()), ("JPN", "COOPERATES", "PHL", "asserted", ()),
      ("KOR", "COOPERATES", "PHL", "asserted", ())}),
    ("Brazil's neighbours Argentina and Chile have sided with the new government in Brasilia. In a joint statement, "
     "the two governments said they would send envoys to Brasilia.",
     {("ARG", "SUPPORTS", "BRA", "asserted", ()), ("CHL", "SUPPORTS", "BRA", "asserted", ()),
      ("ARG", "MEETS", "BRA", "planned", ("ARG", "CHL")), ("CHL", "MEETS", "BRA", "planned", ("ARG", "CHL"))}),
], ids=["three-named-before", "two-subjects-before"])
def test_a_counted_group_stands_for_the_states_just_named(extractor, text, expected):
    assert rows(extractor, text) == expected


def test_a_counted_group_skips_a_sentence_naming_another_number(extractor):
    text = ("Egypt met Sudan. Egypt met Ethiopia. Egypt accused Ethiopia of stalling. Kenya, Uganda and Tanzania voiced "
            "concern. The two countries signed a water accord.")
    assert ("EGY", "COOPERATES", "ETH", "asserted", ()) in rows(extractor, text)
    assert not any(r[0] in ("KEN", "UGA", "TZA") and r[1] == "COOPERATES" for r in rows(extractor, text))


# "its neighbour" is a state; "their EU neighbours" are members of a body, left unnamed -------------------

@pytest.mark.parametrize("text", [
    "The European Union criticised Belarus on Monday. Belarus has massed troops on the border with its neighbour.",
    "ASEAN leaders met in Jakarta on Monday. Cambodia has deployed troops along the border with its neighbour.",
], ids=["eu-before", "asean-before"])
def test_a_neighbour_is_never_a_body(extractor, text):
    got = rows(extractor, text)
    assert not any(r[2] in ("EU", "ASEAN") and r[1] == "MOBILIZES" for r in got), got


def test_neighbours_named_by_a_body_are_its_unnamed_members(extractor):
    text = ("Russia stopped gas deliveries to Hungary and Slovakia. The European Commission said both countries were "
            "already receiving gas from their EU neighbours.")
    assert rows(extractor, text) == {("RUS", "SANCTIONS", "HUN", "asserted", ()), ("RUS", "SANCTIONS", "SVK", "asserted", ())}


def test_a_partner_named_in_apposition_is_still_that_partner(extractor):
    assert rows(extractor, "Russia said it had deployed troops to its ally Belarus.") == {
        ("RUS", "MOBILIZES", "BLR", "asserted", ())}


# a pledge of backing is backing given as it is made; a pledged delivery stays planned ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey has repeatedly pledged to stand by Azerbaijan.", {("TUR", "SUPPORTS", "AZE", "asserted", ())}),
    ("Canada promised to back Ukraine for as long as it takes.", {("CAN", "SUPPORTS", "UKR", "asserted", ())}),
    ("Japan pledged to send tanks to Ukraine.", {("JPN", "SUPPLIES", "UKR", "planned", ("JPN",))}),
    ("Japan will support Ukraine.", {("JPN", "SUPPORTS", "UKR", "planned", ("JPN",))}),
    ("Officials said Japan had pledged to support Ukraine.", {("JPN", "SUPPORTS", "UKR", "planned", ("JPN",))}),
    ("Japan and South Korea will give the Philippines patrol boats. The three governments also agreed to deepen "
     "cooperation on cyber defence.",
     {("JPN", "COOPERATES", "KOR", "asserted", ()), ("JPN", "COOPERATES", "PHL", "asserted", ()),
      ("KOR", "COOPERATES", "PHL", "asserted", ())}),
    ("Vietnam and Indonesia agreed to expand cooperation on fisheries.", {("VNM", "COOPERATES", "IDN", "asserted", ())}),
    ("Vietnam and Indonesia will expand cooperation on fisheries.", {("VNM", "COOPERATES", "IDN", "planned", ("VNM",))}),
    ("Kenya agreed to send police officers to Haiti.", {("KEN", "SUPPLIES", "HTI", "planned", ("KEN",))}),
], ids=["pledged-stand-by", "promised-back", "pledged-delivery", "will-support", "reported-pledge",
        "agreed-to-deepen-cooperation", "agreed-to-expand-cooperation", "will-expand-cooperation", "agreed-delivery"])
def test_a_pledged_stance_is_held_now(extractor, text, expected):
    assert rows(extractor, text) == expected


# "warned that ...": the warned party is the clause's subject, its condition's doer, its object, or whom a
# measure falls on -- not an actor named deeper in the clause ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Germany warned that further steps against Georgia would bring sanctions on the Russian banking sector.",
     {("DEU", "THREATENS", "RUS", "asserted", ())}),
    ("Seoul warned that it would respond if Japan extended the curbs.", {("KOR", "THREATENS", "JPN", "asserted", ())}),
    ("Ankara warned that it would block any bid by Sweden.", {("TUR", "THREATENS", "SWE", "asserted", ())}),
    ("China warned that Taiwan independence forces would face punishment.", {("CHN", "THREATENS", "TWN", "asserted", ())}),
], ids=["measure-on", "condition-doer", "own-step", "clause-subject"])
def test_the_warned_party_is_who_the_warning_is_about(extractor, text, expected):
    assert rows(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Tokyo warned that a long dispute would hurt the campaign against the Islamic State group.",
    "Berlin warned that a drawn-out quarrel would weaken the coalition fighting in Mali.",
], ids=["campaign-against", "fighting-in"])
def test_an_actor_named_deep_in_a_warned_effect_is_not_threatened(extractor, text):
    assert not any(r[1] == "THREATENS" for r in rows(extractor, text))


# a supply cut in part is still cut: "paused part of its assistance to X" sanctions X, supplies nothing ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Washington has suspended part of its military aid to Cairo.", {("USA", "SANCTIONS", "EGY", "asserted", ())}),
    ("Germany halted a batch of arms deliveries to Turkey.", {("DEU", "SANCTIONS", "TUR", "asserted", ())}),
    ("Germany sent part of its arms deliveries to Ukraine.", {("DEU", "SUPPLIES", "UKR", "asserted", ())}),
], ids=["suspended-part-of", "halted-a-batch-of", "sent-part-of"])
def test_a_supply_cut_in_part_is_a_sanction(extractor, text, expected):
    assert rows(extractor, text) == expected


# "blamed X on Y": Y is accused, whatever "which" in X stands for ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The fire broke out near the Polish border, which Warsaw blamed on Russian saboteurs.",
     {("POL", "ACCUSES", "RUS", "asserted", ())}),
    ("An explosion hit the pipeline to the Chinese border, which Kazakhstan blamed on Uzbek smugglers.",
     {("KAZ", "ACCUSES", "UZB", "asserted", ())}),
    ("Tehran blamed Israel for the explosion at the Natanz site.", {("IRN", "ACCUSES", "ISR", "asserted", ())}),
    ("Seoul blamed North Korea.", {("KOR", "ACCUSES", "PRK", "asserted", ())}),
], ids=["which-on", "which-on-other-place", "blamed-for", "bare-blame"])
def test_blame_on_names_the_accused(extractor, text, expected):
    assert rows(extractor, text) == expected


# "sanctioned X over its invasion": "its" is the sanctioned party -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The EU sanctioned Russia over its invasion of Ukraine.",
     {("EU", "SANCTIONS", "RUS", "asserted", ()), ("RUS", "ATTACKS", "UKR", "asserted", ())}),
    ("Norway and Denmark imposed an arms embargo on Riyadh after its invasion of Yemen.",
     {("NOR", "SANCTIONS", "SAU", "asserted", ()), ("DNK", "SANCTIONS", "SAU", "asserted", ()),
      ("SAU", "ATTACKS", "YEM", "asserted", ())}),
    ("Britain imposed sanctions on Belarus over its invasion of Lithuania and its support for Russia.",
     {("GBR", "SANCTIONS", "BLR", "asserted", ()), ("BLR", "ATTACKS", "LTU", "asserted", ()),
      ("BLR", "SUPPORTS", "RUS", "asserted", ())}),
], ids=["sanctioned-over", "embargo-after", "second-reason"])
def test_its_in_the_reason_for_a_hostile_step_is_the_target(extractor, text, expected):
    assert rows(extractor, text) == expected


def test_its_in_the_reason_for_a_friendly_step_keeps_its_subject(extractor):
    assert rows(extractor, "Germany sent tanks to Ukraine after its request.") == {("DEU", "SUPPLIES", "UKR", "asserted", ())}


# forces sent to a place an actor only qualifies are deployed there, not supplied to the actor -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Washington sent warships to Chinese-held reefs.", {("USA", "MOBILIZES", "CHN", "asserted", ())}),
    ("Moscow sent troops to Georgian territory.", {("RUS", "MOBILIZES", "GEO", "asserted", ())}),
    ("Russia sent troops to Belarus.", {("RUS", "SUPPLIES", "BLR", "asserted", ())}),
    ("Germany sent tanks to Ukrainian forces.", {("DEU", "SUPPLIES", "UKR", "asserted", ())}),
    ("Ankara supplied drones to the army of Libya.", {("TUR", "SUPPLIES", "LBY", "asserted", ())}),
], ids=["warships-to-reefs", "troops-to-territory", "troops-to-state", "tanks-to-forces", "drones-to-an-army"])
def test_forces_sent_to_a_place_are_deployed(extractor, text, expected):
    assert rows(extractor, text) == expected


# "He"/"She" after "X, who called it 'useless', is due to ...": a quote in the subject's own relative clause
# does not make the sentence a quotation of someone else ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Honduras cut ties with Taipei, Honduran Foreign Minister Eduardo Reina said on Sunday. Tsai, who called '
     'China\'s conduct "suppression", is due to leave for Guatemala on Wednesday. She is expected to meet Japanese '
     'Prime Minister Fumio Kishida in Tokyo.',
     {("HND", "REDUCES_RELATIONS", "TWN", "asserted", ()), ("TWN", "CONDEMNS", "CHN", "asserted", ()),
      ("TWN", "MEETS", "JPN", "planned", ("TWN",))}),
    ('Ukraine\'s army pulled back, Ukrainian Defence Minister Oleksii Reznikov said on Sunday. Lukashenko, who called '
     'the talks "useless", is due to fly to Moscow on Friday. He is expected to meet Chinese Premier Li Qiang there.',
     {("BLR", "MEETS", "RUS", "planned", ("BLR",)), ("BLR", "MEETS", "CHN", "planned", ("BLR",))}),
], ids=["she-after-relative-quote", "he-after-relative-quote"])
def test_a_pronoun_after_a_quote_in_a_relative_clause_is_the_subject(extractor, text, expected):
    assert rows(extractor, text) == expected


def test_a_pronoun_after_a_quoted_sentence_is_still_the_speaker(extractor):
    text = ('Honduras cut ties with Taipei on Sunday. "We will not bow," Tsai said on Monday. She is expected to meet '
            'Japanese Prime Minister Fumio Kishida in Tokyo.')
    assert ("TWN", "MEETS", "JPN", "planned", ("TWN",)) in rows(extractor, text)


# "Russia's ambassador to the UN, Vasily Nebenzia, dismissed the vote. He accused ...": a titled person
# named in apposition is the "he" of the next sentence, not the last speaker quoted ----------------------

def test_he_after_a_titled_person_subject_is_that_person(extractor):
    text = ('The UN General Assembly on Thursday adopted a resolution backing Georgia.\n\n'
            '"Today the world has shown its resolve," Georgian Foreign Minister Ilia Darchiashvili told the hall.\n\n'
            'Russia\'s ambassador to the UN, Vasily Nebenzia, dismissed the vote as "counterproductive" and insisted the '
            'people had exercised their rights. He accused the Western sponsors of the resolution of hypocrisy.')
    got = rows(extractor, text)
    assert ("RUS", "ACCUSES", "WEST", "asserted", ()) in got, got
    assert not any(r[0] == "GEO" and r[1] == "ACCUSES" for r in got), got


def test_he_after_an_untitled_subject_keeps_the_last_speaker(extractor):
    text = ('"Today the world has shown its resolve," Georgian Foreign Minister Ilia Darchiashvili told the hall.\n\n'
            'The vote passed easily. He accused Russia of aggression.')
    assert ("GEO", "ACCUSES", "RUS", "asserted", ()) in rows(extractor, text)


# "demanded that the government expel ...": a subjunctive deed is asked for, not done ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon's parliament voted to demand that the government expel all Syrian troops.", set()),
    ("Moscow demanded that Kyiv halt its attacks on Russian territory.", {("RUS", "REQUESTS", "UKR", "asserted", ())}),
    ("Jakarta demanded that Canberra free the crew and protested the sinking of their boats.",
     {("IDN", "REQUESTS", "AUS", "asserted", ()), ("IDN", "CONDEMNS", "AUS", "asserted", ())}),
], ids=["voted-to-demand-expel", "demanded-halt", "protest-after-demand"])
def test_a_demanded_deed_is_not_done(extractor, text, expected):
    assert rows(extractor, text) == expected
