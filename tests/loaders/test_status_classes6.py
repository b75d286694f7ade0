"""Status and attribution of relations the extractor finds but held wrongly (hearsay adverbs,
owning up to a deed, refused comments, speakers placed in a foreign city, denials of a clause that
only points back at an earlier claim), on sentences written for these tests."""

from __future__ import annotations

import pytest


from extracted import claim_rows as rows


# hearsay adverbs: the writer passes a claim on without vouching for it ---------------------------

@pytest.mark.parametrize("text", [
    "Belarus has reportedly sold artillery shells to Russia.",
    "Belarus allegedly sold artillery shells to Russia last year.",
    "Belarus purportedly sold artillery shells to Russia.",
], ids=["reportedly", "allegedly", "purportedly"])
def test_a_hearsay_adverb_makes_the_deed_alleged_by_nobody_named(extractor, text):
    assert rows(extractor, text) == {("BLR", "SUPPLIES", "RUS", "alleged", ())}


def test_a_hearsay_adverb_keeps_a_named_speaker(extractor):
    got = rows(extractor, "Lithuania said Belarus had reportedly sold artillery shells to Russia.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ("LTU",))}


def test_without_a_hearsay_adverb_the_deed_stays_asserted(extractor):
    assert rows(extractor, "Belarus sold artillery shells to Russia last year.") == {
        ("BLR", "SUPPLIES", "RUS", "asserted", ())}


def test_a_hearsay_adverb_in_a_relative_clause_does_not_reach_the_main_deed(extractor):
    got = rows(extractor, "Belarus sold artillery shells to Russia, which reportedly paid in gold.")
    assert ("BLR", "SUPPLIES", "RUS", "asserted", ()) in got, got


# owning up to a deed -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Belarus acknowledged that it had sold artillery shells to Russia.",
    "Belarus admitted selling artillery shells to Russia.",
    "Belarus conceded that it had sold artillery shells to Russia.",
], ids=["acknowledged", "admitted", "conceded"])
def test_owning_up_to_a_deed_confirms_it(extractor, text):
    assert rows(extractor, text) == {("BLR", "SUPPLIES", "RUS", "confirmed", ("BLR",))}


def test_an_acknowledgement_by_a_third_state_confirms_its_claim(extractor):
    got = rows(extractor, "Poland acknowledged that Belarus had sold artillery shells to Russia.")
    assert got == {("BLR", "SUPPLIES", "RUS", "confirmed", ("POL",))}


def test_a_negated_acknowledgement_confirms_nothing(extractor):
    got = rows(extractor, "Belarus has never acknowledged that it sold artillery shells to Russia.")
    assert not any(r[3] == "confirmed" for r in got), got


# refusals to comment on a deed ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Belarus declined to comment on whether it had sold artillery shells to Russia.",
    "The Belarusian defence ministry refused to say whether it sold artillery shells to Russia.",
    "Minsk declined to confirm that it had sold artillery shells to Russia.",
], ids=["comment-on-whether", "say-whether", "confirm-that"])
def test_a_refused_comment_claims_nothing(extractor, text):
    assert rows(extractor, text) == set()


def test_a_refusal_elsewhere_in_the_sentence_does_not_cancel_a_deed(extractor):
    got = rows(extractor, "Belarus sold artillery shells to Russia, and Kazakhstan declined to comment.")
    assert got == {("BLR", "SUPPLIES", "RUS", "asserted", ())}


# where speakers are is not whom they speak for ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Diplomats in Geneva said Belarus had sold artillery shells to Russia.",
    "Belarus sold artillery shells to Russia, two sources in Warsaw said.",
    "Observers at the talks in Ankara said Belarus had sold artillery shells to Russia.",
], ids=["diplomats-in", "sources-in", "observers-at"])
def test_a_city_the_speakers_are_in_is_not_their_state(extractor, text):
    assert rows(extractor, text) == {("BLR", "SUPPLIES", "RUS", "alleged", ())}


def test_a_nationality_of_posted_speakers_still_names_their_state(extractor):
    got = rows(extractor, "Polish diplomats in Geneva said Belarus had sold artillery shells to Russia.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ("POL",))}


def test_officials_in_their_own_capital_still_speak_for_it(extractor):
    got = rows(extractor, "Officials in Warsaw said Belarus had sold artillery shells to Russia.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ("POL",))}


# a denial whose clause only points back at the claim --------------------------------------------

def test_a_denied_clause_naming_only_the_denier_denies_the_earlier_claim(extractor):
    got = rows(extractor, "Poland accused Belarus of shelling Polish border posts. "
                          "Minsk denied that the incident was deliberate.")
    assert got == {
        ("POL", "ACCUSES", "BLR", "asserted", ()),
        ("BLR", "ATTACKS", "POL", "alleged", ("POL",)),
        ("BLR", "ATTACKS", "POL", "denied", ("BLR",)),
        ("BLR", "DENIES", "POL", "asserted", ()),
    }


def test_a_denied_clause_about_the_deniers_own_forces_denies_the_earlier_claim(extractor):
    got = rows(extractor, "Chad accused Sudan of attacking Chadian border villages. "
                          "Sudan's army denied that its units were involved.")
    assert ("SDN", "ATTACKS", "TCD", "denied", ("SDN",)) in got, got
    assert ("SDN", "DENIES", "TCD", "asserted", ()) in got, got


def test_a_denied_clause_about_a_transfer_denies_the_reported_supply(extractor):
    got = rows(extractor, "Latvia said Iran had supplied drones to the Houthis. "
                          "Tehran denied that any such transfer had taken place.")
    assert got == {
        ("IRN", "SUPPLIES", "HOUTHIS", "alleged", ("LVA",)),
        ("IRN", "SUPPLIES", "HOUTHIS", "denied", ("IRN",)),
        ("IRN", "DENIES", "LVA", "asserted", ()),
    }


def test_a_denied_clause_naming_another_actor_does_not_deny_the_earlier_claim(extractor):
    got = rows(extractor, "Chad accused Sudan of attacking Chadian border villages. "
                          "Sudan denied that rebels from Libya were involved.")
    assert not any(r[3] == "denied" and r[1] == "ATTACKS" for r in got), got
    assert ("SDN", "DENIES", "TCD", "asserted", ()) in got, got


def test_the_target_of_an_attack_does_not_deny_it_by_rejecting_a_claim(extractor):
    got = rows(extractor, "Laos said Thai soldiers had shelled Laotian villages. Thailand said Laos had fired first. "
                          "Laos rejected that claim as baseless.")
    assert ("THA", "ATTACKS", "LAO", "denied", ("LAO",)) not in got, got


def test_rejecting_the_report_answers_only_whoever_made_that_report(extractor):
    got = rows(extractor, "Egypt accused Ethiopia of hoarding water. Sudan said Ethiopia had supplied arms to the RSF. "
                          "Addis Ababa rejected the report.")
    assert ("ETH", "DENIES", "SDN", "asserted", ()) in got, got
    assert ("ETH", "DENIES", "EGY", "asserted", ()) not in got, got


# a bare office continues the speaker already named ----------------------------------------------

def test_the_ministry_added_is_the_ministry_named_before_in_the_paragraph(extractor):
    got = rows(extractor, "The Vietnamese foreign ministry said China had sent warships to the Paracels. "
                          "The ministry added that Beijing had also deployed troops to Laos.")
    assert ("CHN", "MOBILIZES", "LAO", "alleged", ("VNM",)) in got, got


def test_an_office_that_adds_continues_the_last_speaker_over_a_paragraph(extractor):
    got = rows(extractor, "Canada said on Monday that Iran had supplied drones to Russia.\n\n"
                          "Tehran has also sent missiles to Moscow, the foreign minister added.")
    assert got == {("IRN", "SUPPLIES", "RUS", "alleged", ("CAN",))}


def test_a_bare_ministry_telling_of_its_own_states_deed_stays_asserted(extractor):
    got = rows(extractor, "Latvia expelled a Belarusian diplomat, the foreign ministry said.")
    assert got == {("LVA", "REDUCES_RELATIONS", "BLR", "asserted", ())}


def test_a_bare_office_that_only_says_does_not_borrow_an_earlier_paragraphs_speaker(extractor):
    got = rows(extractor, "Canada said on Monday that Iran had supplied drones to Russia.\n\n"
                          "Latvia expelled a Belarusian diplomat, the foreign ministry said.")
    assert ("LVA", "REDUCES_RELATIONS", "BLR", "asserted", ()) in got, got


# arranged and imminent deeds are planned by the subject of the arranging head --------------------

def test_a_copula_with_a_to_infinitive_is_an_arrangement_of_its_subject(extractor):
    got = rows(extractor, "Qatar is to host talks between Israel and Hamas.")
    assert got == {("ISR", "MEETS", "HAMAS", "planned", ("QAT",))}


@pytest.mark.parametrize("text", [
    "Vietnam is poised to buy fighter jets from India.",
    "Vietnam is slated to buy fighter jets from India.",
], ids=["poised", "slated"])
def test_an_imminent_purchase_is_planned_by_the_buyer(extractor, text):
    assert rows(extractor, text) == {("IND", "SUPPLIES", "VNM", "planned", ("VNM",))}


def test_a_copula_without_a_to_infinitive_plans_nothing(extractor):
    got = rows(extractor, "Vietnam is a buyer of fighter jets from India.")
    assert not any(r[3] == "planned" for r in got), got


# rejecting reports that ..., and deeds named only to date a claim --------------------------------

def test_rejecting_reports_that_a_deed_happened_denies_it(extractor):
    got = rows(extractor, "Venezuelan officials rejected reports that Caracas was arming Hezbollah.")
    assert got == {("VEN", "SUPPLIES", "HEZBOLLAH", "denied", ("VEN",))}


def test_rejecting_reports_answers_whoever_made_them(extractor):
    got = rows(extractor, "Colombia said Venezuela was arming Hezbollah. "
                          "Venezuelan officials rejected reports that Caracas was arming Hezbollah.")
    assert got == {
        ("VEN", "SUPPLIES", "HEZBOLLAH", "alleged", ("COL",)),
        ("VEN", "SUPPLIES", "HEZBOLLAH", "denied", ("VEN",)),
        ("VEN", "DENIES", "COL", "asserted", ()),
    }


def test_reports_that_are_not_rejected_stay_a_claim(extractor):
    got = rows(extractor, "Colombian officials cited reports that Caracas was arming Hezbollah.")
    assert not any(r[3] == "denied" for r in got), got


def test_a_known_deed_that_only_dates_a_claim_is_background(extractor):
    got = rows(extractor, "Belarus insisted the shells were sold years before Russia's invasion of Ukraine.")
    assert ("RUS", "ATTACKS", "UKR", "asserted", ()) in got, got


def test_a_deed_that_is_the_claim_itself_stays_alleged(extractor):
    got = rows(extractor, "Ukraine said Russia's invasion of Moldova had been planned for months.")
    assert ("RUS", "ATTACKS", "UKR", "asserted", ()) not in got, got
    assert not any(r[:3] == ("RUS", "ATTACKS", "MDA") and r[3] == "asserted" for r in got), got


# threatened deeds and rejected deeds ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "row"), [
    ("Beijing threatened to impose sanctions on Vilnius.", ("CHN", "THREATENS", "LTU", "asserted", ())),
    ("Ankara has threatened to sever diplomatic ties with Abu Dhabi.", ("TUR", "THREATENS", "ARE", "asserted", ())),
    ("Iran threatened to strike Israel.", ("IRN", "THREATENS", "ISR", "asserted", ())),
], ids=["sanctions", "ties", "strike"])
def test_a_threatened_hostile_deed_is_a_threat_not_a_plan(extractor, text, row):
    got = rows(extractor, text)
    assert row in got, got
    assert not any(r[3] == "planned" for r in got), got


def test_a_threat_that_was_not_made_gives_nothing(extractor):
    got = rows(extractor, "Beijing did not threaten to impose sanctions on Vilnius.")
    assert not any(r[1] in ("THREATENS", "SANCTIONS") for r in got), got


def test_a_friendly_deed_under_threaten_is_not_turned_into_a_threat(extractor):
    got = rows(extractor, "Ankara threatened to withdraw unless Abu Dhabi agreed, and plans to sign a deal with Qatar.")
    assert not any(r[1] == "THREATENS" and r[2] == "QAT" for r in got), got


def test_rejecting_another_actors_named_deed_opposes_it_without_denying_it(extractor):
    got = rows(extractor, "Tunisia rejected Washington's recognition of Kosovo.")
    assert ("USA", "RECOGNIZES", "XKX", "asserted", ()) in got, got
    assert not any(r[3] == "denied" for r in got), got


def test_rejecting_ones_own_named_deed_is_still_a_denial(extractor):
    got = rows(extractor, "Uganda rejected its support for the M23 rebels.")
    assert got == {("UGA", "SUPPORTS", "M23", "denied", ("UGA",))}


# a claim disowned with "no evidence" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Pentagon said it had seen no evidence that Belarus was selling shells to Russia.",
    "Poland found no proof that Belarus had sold shells to Russia.",
    "There is no indication that Belarus is selling shells to Russia, Lithuania said.",
], ids=["no-evidence", "no-proof", "no-indication"])
def test_no_evidence_of_a_deed_claims_nothing(extractor, text):
    assert not any(r[:3] == ("BLR", "SUPPLIES", "RUS") for r in rows(extractor, text))


def test_evidence_of_a_deed_is_a_claim(extractor):
    got = rows(extractor, "Poland said it had evidence that Belarus was selling shells to Russia.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ("POL",))}


# rejecting a report whose claim was not read as a relation ---------------------------------------

def test_rejecting_the_report_answers_the_sources_a_newspaper_cited(extractor):
    got = rows(extractor, "The Times, citing Polish and Latvian officials, reported that Minsk had agreed to halt "
                          "covert fuel shipments to the region. Belarus's foreign ministry rejected the report.")
    assert ("BLR", "DENIES", "POL", "asserted", ()) in got, got
    assert ("BLR", "DENIES", "LVA", "asserted", ()) in got, got


def test_rejecting_a_report_about_someone_else_answers_no_report(extractor):
    got = rows(extractor, "The Times, citing Polish officials, reported that Minsk had agreed to halt covert fuel "
                          "shipments to the region. Ankara rejected the report.")
    assert not any(r[1] == "DENIES" and r[0] == "TUR" for r in got), got


def test_a_denied_clause_naming_only_the_parties_of_the_claim_denies_it(extractor):
    got = rows(extractor, "Lithuanian officials said Belarusian drones had attacked Lithuanian border posts. "
                          "Belarus denied its drones had crossed into Lithuania and called the accusations absurd.")
    assert ("BLR", "ATTACKS", "LTU", "denied", ("BLR",)) in got, got
    assert ("BLR", "DENIES", "LTU", "asserted", ()) in got, got


def test_a_denied_clause_naming_a_party_outside_the_claim_leaves_it(extractor):
    got = rows(extractor, "Lithuanian officials said Belarusian drones had attacked Lithuanian border posts. "
                          "Belarus denied that Russia had sent the drones.")
    assert ("BLR", "ATTACKS", "LTU", "denied", ("BLR",)) not in got, got


# accused of taking part in a deed just told --------------------------------------------------------

def test_accused_of_taking_part_shares_the_deed_just_told(extractor):
    got = rows(extractor, "Saudi jets bombed the port of Aden in Yemen. "
                          "The Houthis accused Egypt and Jordan of taking part, which Cairo denied.")
    assert ("EGY", "ATTACKS", "YEM", "alleged", ("HOUTHIS",)) in got, got
    assert ("JOR", "ATTACKS", "YEM", "alleged", ("HOUTHIS",)) in got, got
    assert ("EGY", "ATTACKS", "YEM", "denied", ("EGY",)) in got, got
    assert ("EGY", "DENIES", "HOUTHIS", "asserted", ()) in got, got


def test_accused_of_involvement_in_a_named_deed_shares_that_deed(extractor):
    got = rows(extractor, "Sudan signed a trade deal with Egypt. Russian missiles hit Kharkiv in Ukraine on Monday. "
                          "Kyiv accused Minsk of involvement in the attack.")
    assert ("BLR", "ATTACKS", "UKR", "alleged", ("UKR",)) in got, got
    assert not any(r[0] == "BLR" and r[1] == "COOPERATES" for r in got), got


def test_an_accusation_of_something_else_shares_no_deed(extractor):
    got = rows(extractor, "Russian missiles hit Kharkiv in Ukraine on Monday. Kyiv accused Minsk of lying.")
    assert not any(r[0] == "BLR" and r[1] == "ATTACKS" for r in got), got


def test_no_deed_told_before_gives_no_shared_deed(extractor):
    got = rows(extractor, "Kyiv accused Minsk of taking part.")
    assert got == {("UKR", "ACCUSES", "BLR", "asserted", ())}


# "accused <common noun> of <gerund>": the accused does the deed -----------------------------------

def test_the_accused_named_by_a_common_noun_does_the_deed(extractor):
    got = rows(extractor, "Somalia accused an Al-Shabaab faction of colluding with Eritrea.")
    assert ("AL_SHABAAB", "COOPERATES", "ERI", "alleged", ("SOM",)) in got, got
    assert not any(r[0] == "SOM" and r[1] == "COOPERATES" for r in got), got


def test_the_accused_named_by_a_common_noun_can_deny_afterwards(extractor):
    got = rows(extractor, "Nigeria accused Chadian soldiers of attacking Nigerian fishermen. "
                          "Chad called the accusation baseless.")
    assert ("TCD", "ATTACKS", "NGA", "alleged", ("NGA",)) in got, got
    assert ("TCD", "DENIES", "NGA", "asserted", ()) in got, got


# "according to a statement from ...", "the two leaders said" --------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Belarus sold artillery shells to Russia, according to a statement from the Polish embassy.", "POL"),
    ("Belarus sold artillery shells to Russia, according to a report by Lithuanian investigators.", "LTU"),
    ("Belarus sold artillery shells to Russia, according to two Latvian officials.", "LVA"),
], ids=["statement-from", "report-by", "officials"])
def test_according_to_a_statement_speaks_for_its_issuer(extractor, text, speaker):
    assert rows(extractor, text) == {("BLR", "SUPPLIES", "RUS", "alleged", (speaker,))}


def test_according_to_unnamed_people_names_no_speaker(extractor):
    got = rows(extractor, "Belarus sold artillery shells to Russia, according to people familiar with the matter.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ())}


def test_the_two_leaders_telling_of_their_own_agreement_is_asserted(extractor):
    got = rows(extractor, "Kenya and Ethiopia signed a defence pact, the two leaders said in a joint statement.")
    assert ("KEN", "COOPERATES", "ETH", "asserted", ()) in got, got
    assert not any(r[3] == "alleged" for r in got), got


def test_two_officials_telling_of_a_third_partys_deed_keep_it_alleged(extractor):
    got = rows(extractor, "Belarus sold artillery shells to Russia, the two officials said.")
    assert got == {("BLR", "SUPPLIES", "RUS", "alleged", ())}


# a deed in an "after" clause is background, whichever side the speaker stands -----------------------

def test_a_deed_in_an_after_clause_under_a_leading_speaker_is_background(extractor):
    got = rows(extractor, "Belarus said it was recalling its envoy to the bloc, days after the EU imposed "
                          "sanctions on Belarus over the diversion of a passenger jet.")
    assert ("EU", "SANCTIONS", "BLR", "asserted", ()) in got, got
    assert not any(r[:3] == ("EU", "SANCTIONS", "BLR") and r[3] == "alleged" for r in got), got


def test_the_claim_itself_stays_alleged_beside_an_after_clause(extractor):
    got = rows(extractor, "Lithuania said Belarus had sent migrants across the border after the EU imposed sanctions.")
    assert not any(r[0] == "BLR" and r[3] == "asserted" for r in got), got


# wire copy: misparsed opening phrases, quotes over paragraphs ------------------------------------

def test_a_speaker_parsed_onto_an_opening_phrase_still_speaks(extractor):
    got = rows(extractor, "In a post on Telegram, Georgia's air force said Russia had launched 12 drones at "
                          "Georgia overnight.")  # parsed with "force" as an apposition of "Telegram"
    assert got == {("RUS", "ATTACKS", "GEO", "alleged", ("GEO",))}


def test_a_quote_continued_in_the_next_paragraph_keeps_its_speaker(extractor):
    got = rows(extractor, 'The Dutch foreign minister told parliament: "Iran has supplied drones to Russia.\n\n'
                          '"North Korea has shipped shells to Russia too."')
    assert got == {("IRN", "SUPPLIES", "RUS", "alleged", ("NLD",)), ("PRK", "SUPPLIES", "RUS", "alleged", ("NLD",))}


def test_a_paragraph_after_a_closed_quote_is_the_articles_own(extractor):
    got = rows(extractor, '"Iran has supplied drones to Russia," the Dutch foreign minister said.\n\n'
                          "Moldova expelled a Russian diplomat on Friday.")
    assert ("MDA", "REDUCES_RELATIONS", "RUS", "asserted", ()) in got, got


# "an attack X blamed on Y" -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "row"), [
    ("A car bomb killed nine Somali soldiers in Mogadishu, an attack Somalia blamed on al-Shabaab.",
     ("AL_SHABAAB", "ATTACKS", "SOM", "alleged", ("SOM",))),
    ("Niger blamed the bombing on Boko Haram.", ("BOKO_HARAM", "ATTACKS", "NER", "alleged", ("NER",))),
], ids=["appositive", "direct"])
def test_an_attack_blamed_on_an_actor_is_its_alleged_attack_on_the_blamer(extractor, text, row):
    got = rows(extractor, text)
    assert row in got, got


def test_an_attack_blamed_on_policies_names_no_attacker(extractor):
    got = rows(extractor, "Belgrade had nothing to do with the attack, which Serbia blamed on Kosovo's policies.")
    assert not any(r[1] == "ATTACKS" for r in got), got


def test_blame_for_something_other_than_an_attack_claims_no_attack(extractor):
    got = rows(extractor, "Sudan blamed the crisis on the RSF.")
    assert not any(r[1] == "ATTACKS" for r in got), got


# "he said" after an unnamed spokesman ---------------------------------------------------------------

def test_he_goes_on_for_the_paragraphs_speaker_not_the_last_named_state(extractor):
    got = rows(extractor, "Armenia said Azerbaijani troops had shelled Armenian villages.\n\n"
                          'Azerbaijan\'s defence ministry rejected the account. "These claims are baseless," a ministry '
                          "spokesman said. He said Armenian forces had shelled Azerbaijani positions first.")
    assert ("ARM", "ATTACKS", "AZE", "alleged", ("AZE",)) in got, got
    assert ("ARM", "ATTACKS", "AZE", "asserted", ()) not in got, got


def test_he_with_a_named_speaker_before_stays_that_speaker(extractor):
    got = rows(extractor, "Peskov, the Kremlin spokesman, spoke on Monday. He said Ukraine had shelled Russian border towns.")
    assert ("UKR", "ATTACKS", "RUS", "alleged", ("RUS",)) in got, got


# "X said the accusations were groundless" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Latvia said Belarus was arming the Wagner group. Minsk said the accusations were groundless.",
    'Latvia said Belarus was arming the Wagner group. Belarus insisted the claims were "absurd".',
], ids=["said", "insisted"])
def test_calling_the_claims_groundless_in_a_clause_denies_them(extractor, text):
    got = rows(extractor, text)
    assert ("BLR", "SUPPLIES", "WAGNER", "denied", ("BLR",)) in got, got
    assert ("BLR", "DENIES", "LVA", "asserted", ()) in got, got


def test_calling_the_claims_credible_denies_nothing(extractor):
    got = rows(extractor, "Latvia said Belarus was arming the Wagner group. Poland said the claims were credible.")
    assert not any(r[3] == "denied" or r[1] == "DENIES" for r in got), got


def test_saying_the_claims_were_not_groundless_denies_nothing(extractor):
    got = rows(extractor, "Latvia said Belarus was arming the Wagner group. Minsk said the claims were not groundless.")
    assert not any(r[3] == "denied" for r in got), got


# a hostile step announced on a condition is a threat -------------------------------------------------

@pytest.mark.parametrize(("text", "threat"), [
    ("Tokyo will impose sanctions on Pyongyang if it tests another missile, the foreign ministry said.",
     ("JPN", "THREATENS", "PRK", "asserted", ())),
    ("If Azerbaijan attacks Armenia again, Russia will expel Azerbaijani diplomats, Lavrov said.",
     ("RUS", "THREATENS", "AZE", "asserted", ())),
], ids=["sanctions-if", "if-expel"])
def test_a_conditional_hostile_step_is_a_threat(extractor, text, threat):
    got = rows(extractor, text)
    assert threat in got, got


def test_an_unconditional_announced_step_is_no_threat(extractor):
    got = rows(extractor, "Tokyo will impose sanctions on Pyongyang next week, the foreign ministry said.")
    assert not any(r[1] == "THREATENS" for r in got), got


def test_a_conditional_friendly_step_is_no_threat(extractor):
    got = rows(extractor, "Tokyo will supply patrol boats to Manila if parliament approves the budget.")
    assert not any(r[1] == "THREATENS" for r in got), got


def test_he_after_a_named_person_keeps_that_persons_state(extractor):
    got = rows(extractor, "Armen Grigorian, an adviser to the Armenian prime minister, told reporters that Armenia had "
                          "asked Russia for help. He said Yerevan had also appealed to the CSTO.")
    assert ("ARM", "REQUESTS", "CSTO", "asserted", ()) in got, got
