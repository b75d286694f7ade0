"""Precision classes found on unseen news: constructions that made the extractor report relations the article
does not hold (a membership read as the states just named, a response still being worked out read as a threat,
a denial withheld, a refusal read as a denial, a supposed deed, a rumour's unnamed source, a statement's speaker
lost through a preposition, a decision taken read as a plan). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from extracted import claim_rows, sorted_claim_rows


def _threats(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t, _, _ in claim_rows(extractor, text) if typ == "THREATENS"}


# "the 27 member states", "coordinate their response": no threat by the states named before -------------------

_EXPELLED = ("Hungary said on Monday it would expel two Russian diplomats, and Finland and Sweden each announced "
             "the expulsion of one Russian attache. ")


@pytest.mark.parametrize("text", [
    _EXPELLED + "The EU's top diplomat voiced solidarity with Budapest and said the 27 member states would "
                "coordinate their response.",
    _EXPELLED + "The bloc's foreign policy chief said the member states would discuss a joint response on Friday.",
    _EXPELLED + "Germany's chancellor called Budapest and said he would convene NATO ambassadors to coordinate a "
                "united diplomatic response.",
    _EXPELLED + "Officials said the three countries would weigh their response to Moscow.",
], ids=["27-member-states", "member-states-discuss", "convene-to-coordinate", "weigh-response"])
def test_a_response_still_being_worked_out_threatens_nobody(extractor, text):
    assert _threats(extractor, text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia expelled two Estonian diplomats on Monday. Estonia said it would respond firmly.", {("EST", "RUS")}),
    ("Iran struck an Israeli base on Sunday. Israel vowed a swift response.", {("ISR", "IRN")}),
], ids=["would-respond", "vowed-response"])
def test_a_vowed_response_still_threatens(extractor, text, expected):
    assert _threats(extractor, text) == expected


def test_counted_states_through_a_modifier_are_no_group_of_a_different_size(extractor):
    # "the 12 NATO allies": the number hangs on a modifier; twelve is not the two states just named
    text = ("Poland and Lithuania accused Belarus of pushing migrants over the border. "
            "The 12 NATO allies said they would stand by Warsaw.")
    assert not any(src in ("POL", "LTU") and typ == "SUPPORTS" and tgt == "POL"
                   for src, typ, tgt, _, _ in claim_rows(extractor, text))


# a denial withheld ("neither confirmed nor denied") and a refusal ("would not restore ties") deny nothing -----

@pytest.mark.parametrize("text", [
    "Syria accused Turkey of shelling its border town. Turkey has neither confirmed nor denied shelling the town.",
    "Syria accused Turkey of shelling its border town. Ankara did not deny the accusation.",
], ids=["neither-nor", "did-not-deny-accusation"])
def test_a_withheld_denial_denies_nothing(extractor, text):
    got = claim_rows(extractor, text)
    assert not any(typ == "DENIES" or status == "denied" for _, typ, _, status, _ in got)
    assert ("TUR", "ATTACKS", "SYR", "alleged", ("SYR",)) in got


def test_a_denial_made_still_counts(extractor):
    text = "Syria accused Turkey of shelling its border town. Turkey denied the accusation."
    got = claim_rows(extractor, text)
    assert ("TUR", "DENIES", "SYR", "asserted", ()) in got
    assert ("TUR", "ATTACKS", "SYR", "denied", ("TUR",)) in got


@pytest.mark.parametrize("text", [
    "Chile said it would not restore diplomatic ties with Nicaragua while Ortega stayed in office.",
    "\"We are not going to support Serbia in this dispute,\" the Croatian foreign minister told reporters.",
    "Kenya said it will never recognise Somaliland.",
], ids=["would-not-restore", "not-going-to", "will-never"])
def test_a_refused_step_is_no_denied_row(extractor, text):
    assert claim_rows(extractor, text) == set()


def test_a_past_deed_denied_by_its_doer_stays_denied(extractor):
    text = "Hungary said it had never sold weapons to Serbia."
    assert claim_rows(extractor, text) == {("HUN", "SUPPLIES", "SRB", "denied", ("HUN",))}


# "any American support for ...": a supposed deed is no claim ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tehran told Washington that any American support for an Israeli strike would put its bases at risk.",
    "Beijing warned that any Japanese deployment to the Taiwan Strait would be met with force.",
], ids=["any-support", "any-deployment"])
def test_a_supposed_deed_is_no_relation(extractor, text):
    assert not any(typ in ("SUPPORTS", "MOBILIZES", "SUPPLIES") for _, typ, _, _, _ in claim_rows(extractor, text))


def test_a_deed_without_any_is_still_claimed(extractor):
    text = "Tehran said American support for Israel had made the region less safe."
    assert ("USA", "SUPPORTS", "ISR", "alleged", ("IRN",)) in claim_rows(extractor, text)


# rumours that go round name no accuser ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tokyo urged the junta to free the prisoners and said it was watching Beijing closely. China's embassy "
    "dismissed rumours circulating online that it had trained the junta's soldiers, calling them nonsense.",
    "Tokyo urged the junta to free the prisoners and said it was watching Beijing closely. China's embassy "
    "rejected reports in local media that it had trained the junta's soldiers.",
], ids=["circulating-online", "in-local-media"])
def test_a_rumour_that_goes_round_names_no_accuser(extractor, text):
    assert not any(typ == "DENIES" for _, typ, _, _, _ in claim_rows(extractor, text))


def test_a_report_made_by_a_state_still_names_its_accuser(extractor):
    text = ("Japan said China had trained the junta's soldiers. China's embassy dismissed the report as "
            "nonsense.")
    assert ("CHN", "DENIES", "JPN", "asserted", ()) in claim_rows(extractor, text)


# "said in a statement that ...", "have for years accused ...": the speaker is the verb's subject --------------

_BEFORE = "Hamas said in a statement that Egypt should not bow to pressure.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_BEFORE + "Jordan said in a statement that it \"deeply regretted\" the remarks and urged Lebanese officials "
               "to act.", ("JOR", "REQUESTS", "LBN", "asserted", ())),
    (_BEFORE + "Britain and France have for years accused Iran of arming the Houthis, an allegation Tehran "
               "rejects.", ("IRN", "SUPPLIES", "HOUTHIS", "alleged", ("FRA", "GBR"))),
], ids=["statement-that", "for-years-accused"])
def test_a_statement_hung_on_a_preposition_is_its_verbs_subjects(extractor, text, expected):
    got = sorted_claim_rows(extractor, text)
    assert expected in got
    assert not any("HAMAS" in claimants for _, _, _, _, claimants in got)


def test_for_years_accused_denial_answers_the_accusers(extractor):
    text = _BEFORE + "Britain and France have for years accused Iran of arming the Houthis, an allegation Tehran rejects."
    denies = {(s, t) for s, typ, t, _, _ in claim_rows(extractor, text) if typ == "DENIES"}
    assert denies == {("IRN", "GBR"), ("IRN", "FRA")}


# "has decided to sever relations": the decision is the step ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Panama's foreign minister said his government had decided to break off diplomatic relations with Taiwan.",
     {("PAN", "REDUCES_RELATIONS", "TWN", "asserted", ())}),
    ("EU interior ministers agreed on Tuesday to restrict arms sales to Belarus.",
     {("EU", "SANCTIONS", "BLR", "asserted", ())}),
    ("The Gambian government resolved to recognise the People's Republic of China.",
     {("GMB", "RECOGNIZES", "CHN", "asserted", ())}),
], ids=["had-decided-to-break", "agreed-to-restrict", "resolved-to-recognise"])
def test_a_decision_taken_on_a_declared_step_is_the_step(extractor, text, expected):
    assert claim_rows(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Panama said it would decide next month whether to break off relations with Taiwan.", set()),
    ("Germany decided to send tanks to Ukraine.", {("DEU", "SUPPLIES", "UKR", "planned", ("DEU",))}),
    ("Panama will decide to cut ties with Taiwan if pressed.", set()),
], ids=["will-decide-whether", "decided-to-send-stays-planned", "future-decision"])
def test_a_decision_still_to_come_or_on_a_delivery_is_no_step_taken(extractor, text, expected):
    got = claim_rows(extractor, text)
    assert not any(status == "asserted" and typ in ("REDUCES_RELATIONS", "SUPPLIES") for _, typ, _, status, _ in got)
    if expected:
        assert expected <= got


# the writer's gloss on an actor's record inside a reported clause is background --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow's envoy suggested that the Security Council, which has imposed four rounds of sanctions on Tehran "
     "since 2010, could ease the measures.", ("UNSC", "SANCTIONS", "IRN", "asserted", ())),
    ("Seoul said that Japan, which sent patrol boats to Manila last year, would host the talks.",
     ("JPN", "SUPPLIES", "PHL", "asserted", ())),
], ids=["which-has-imposed", "which-sent"])
def test_a_relative_gloss_on_a_named_actor_is_the_articles_voice(extractor, text, expected):
    assert expected in claim_rows(extractor, text)


def test_a_restrictive_or_present_relative_stays_the_speakers_claim(extractor):
    got = claim_rows(extractor, "Kyiv said the drones that Iran supplies to Russia had struck Odesa.")
    assert not any(r[:4] == ("IRN", "SUPPLIES", "RUS", "asserted") for r in got)


# who speaks: a verb misread as a noun, evidence cited by a person ----------------------------------------------

def test_a_charge_misread_as_a_noun_keeps_its_subject_as_claimant(extractor):
    text = "Kinshasa in turn charges that Kigali is arming and training the M23 rebels."
    assert ("RWA", "SUPPLIES", "M23", "alleged", ("COD",)) in claim_rows(extractor, text)


def test_evidence_cited_by_an_unplaced_person_is_not_the_last_speakers_claim(extractor):
    text = ("\"Ukraine will pay for this,\" Lukashenko said.\n\n"
            "Investigator Ivan Petrenko told reporters in Warsaw that papers found on the drivers showed that "
            "Belarus had supplied fuel to Russia.")
    got = claim_rows(extractor, text)
    assert ("BLR", "SUPPLIES", "RUS", "alleged", ()) in got
    assert not any(r[:4] == ("BLR", "SUPPLIES", "RUS", "asserted") for r in got)


def test_a_stateless_person_speaking_of_himself_is_no_state(extractor):
    text = ("Arms dealer Petar Ivanov, whose warehouses Bulgarian prosecutors searched in May, said he had never "
            "sold weapons to Georgia.")
    assert not any(t == "SUPPLIES" for _, t, _, _, _ in claim_rows(extractor, text))


def test_an_office_holder_speaking_of_his_state_still_counts(extractor):
    text = "Bulgarian Prime Minister Kiril Petkov said he had never sold weapons to Georgia."
    assert ("BGR", "SUPPLIES", "GEO", "denied", ("BGR",)) in claim_rows(extractor, text)


_CUT = ("Russia halted gas deliveries to Finland on Tuesday.\n\nEU foreign policy chief Kaja Kallas accused Moscow of "
        "blackmail.\n\n\"This proves again that Russia cannot be trusted as a supplier,\" she said in a statement, adding "
        "that the bloc's response would be ")


def test_a_response_told_as_shared_threatens_nobody(extractor):
    assert _threats(extractor, _CUT + "\"swift, united and coordinated\".") == set()


def test_a_response_told_as_swift_still_threatens(extractor):
    assert _threats(extractor, _CUT + "swift.") == {("EU", "RUS")}


# a plan told in the past perfect has fallen through ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Czech President Petr Pavel, who had been due to meet Zelenskyy in Prague, called off the visit.",
    "Hungary had planned to send troops to Georgia, but the deployment was cancelled.",
], ids=["had-been-due", "had-planned"])
def test_a_plan_in_the_past_perfect_is_no_planned_row(extractor, text):
    assert not any(status == "planned" for _, _, _, status, _ in claim_rows(extractor, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Czech President Petr Pavel is due to meet Zelenskyy in Prague.", ("CZE", "MEETS", "UKR", "planned", ("CZE",))),
    ("Hungary plans to send troops to Georgia.", ("HUN", "SUPPLIES", "GEO", "planned", ("HUN",))),
    ("Panama said its government had decided to break off relations with Taiwan.",
     ("PAN", "REDUCES_RELATIONS", "TWN", "asserted", ())),
], ids=["is-due", "plans", "had-decided-stays-a-step"])
def test_a_plan_in_force_or_a_decision_taken_stays(extractor, text, expected):
    assert expected in claim_rows(extractor, text)


# "His successor, <name>, said": the name in apposition, not the pronoun's guessed owner ----------------------

def test_a_named_apposition_outranks_a_pronoun_possessor(extractor):
    text = ("India's foreign ministry said it would help.\n\n"
            "His successor, Ranil Wickremesinghe, told parliament that Colombo had asked Japan to join the talks.")
    assert ("LKA", "REQUESTS", "JPN", "asserted", ()) in claim_rows(extractor, text)


def test_a_pronoun_possessor_without_a_named_apposition_still_resolves(extractor):
    text = "Kenya recalled its ambassador from Somalia on Monday."
    assert claim_rows(extractor, text) == {("KEN", "REDUCES_RELATIONS", "SOM", "asserted", ())}


# "the government" a state's own institution addresses is that state's ------------------------------------------

@pytest.mark.parametrize("text", [
    "Armenia's parliament on Tuesday declared Azerbaijan an aggressor and called on the government to sever all "
    "ties with Baku.",
    "Georgia's parliament urged the government to recall its envoy from Russia.",
], ids=["called-on-the-government", "urged-the-government"])
def test_the_government_a_parliament_addresses_is_its_own(extractor, text):
    got = claim_rows(extractor, text)
    assert not any(t == "REQUESTS" for _, t, _, _, _ in got), got


def test_a_parliament_calling_on_a_named_state_still_requests(extractor):
    text = "Armenia's parliament on Tuesday called on Baku to withdraw its troops."
    assert ("ARM", "REQUESTS", "AZE", "asserted", ()) in claim_rows(extractor, text)
