"""Speech acts as unseen news states them (third generation of unseen sets).

Who speaks: a document for the body that owns, adopted or issued it (also a bare "the resolution" told
before, a statement something is "said in"); a reporter for a charge the parser hangs on the reported clause.
Whom it is aimed at: the doer of the judged deed ("the offensive of the M23", "Sunday's strikes", the nearest
telling of "the trip"), the one the same clause charges (a bare demand or warning beside an accusation), the
summoned envoy's state, the one charged before ("repeated the accusation"), the owner of forces to be withdrawn,
the body a membership is asked of, the doer of a deed that answers a request or draws a vow. Which act: a verdict
on a deed is no denial, a dismissed document is denied to its issuer, steps or a price held over a condition's
doer threaten it, a misparsed "a charge X officials rejected" keeps the charge told and adds the denial."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows


def _speech(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {r for r in rows if r[1] in ("ACCUSES", "CONDEMNS", "REQUESTS", "THREATENS", "DENIES", "SUPPORTS")}


@pytest.mark.parametrize("text, expected", [
    # a resolution or statement adopted by a body speaks for the body
    ("The Security Council passed a resolution deploring the offensive of the M23 near Goma.",
     {("UNSC", "CONDEMNS", "M23", "asserted")}),
    ("Houthi drones struck a Saudi refinery. The Arab League issued a statement that condemns the attack.",
     {("ARAB_LEAGUE", "CONDEMNS", "HOUTHIS", "asserted")}),
    # the owner of the document speaks
    ("The closing declaration of the African Union held the Sudanese government responsible for the famine.",
     {("AU", "ACCUSES", "SDN", "asserted")}),
    ("The Security Council adopted a resolution holding Pyongyang responsible for the sinking of the corvette.",
     {("UNSC", "ACCUSES", "PRK", "asserted")}),
])
def test_a_document_speaks_for_its_owner_or_adopter(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    # a document turned down or merely drafted is nobody's voice
    "The Security Council rejected a resolution holding Pyongyang responsible for the sinking.",
    "Russia vetoed a resolution deploring the offensive of the M23.",
    # a statement with no owner in sight
    "A statement condemning the offensive of the M23 circulated on social media.",
])
def test_a_document_without_an_issuer_speaks_for_no_one(extractor, text):
    assert not {r for r in _speech(edge_rows(extractor, text)) if r[1] in ("CONDEMNS", "ACCUSES")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya condemned the aggression of Al-Shabaab in the border region.", {("KEN", "CONDEMNS", "AL_SHABAAB", "asserted")}),
    ("Rwanda denounced the incursion of Congolese troops across the frontier.", {("RWA", "CONDEMNS", "COD", "asserted")}),
])
def test_an_agentive_of_phrase_names_the_condemned_doer(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


def test_the_of_phrase_of_an_invasion_is_its_victim_not_its_doer(extractor):
    assert not _speech(edge_rows(extractor, "Poland condemned the invasion of Ukraine."))


@pytest.mark.parametrize("text, expected", [
    ("Washington tightened its embargo on Havana. Ottawa and Mexico City protested against the legislation.",
     {("CAN", "CONDEMNS", "USA", "asserted"), ("MEX", "CONDEMNS", "USA", "asserted")}),
    ("Lithuania objected to the Russian deployment near its border.", {("LTU", "CONDEMNS", "RUS", "asserted")}),
    ("Belarus deployed troops to the Polish border. Poland complained about the deployment.",
     {("POL", "CONDEMNS", "BLR", "asserted")}),
])
def test_a_protest_aimed_at_a_deed_condemns_its_owner(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text", [
    "Poland protested against the weather.",
    "Lithuania did not object to the Russian deployment.",
    "Farmers in Poland protested against the decision.",
])
def test_a_protest_without_a_state_or_a_deed_condemns_no_one(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}


def test_a_bare_trip_is_the_one_told_last_not_an_older_visit(extractor):
    text = ("The Chinese premier visited Berlin in May. In June the US defence secretary flew to Thule, the American "
            "base in the north. Greenland's premier called the trip a provocation.")
    assert ("GRL", "CONDEMNS", "USA", "asserted") in edge_rows(extractor, text)
    assert ("GRL", "CONDEMNS", "CHN", "asserted") not in edge_rows(extractor, text)


def test_a_deed_only_named_in_passing_does_not_outrank_the_told_one(extractor):
    text = ("American warships struck a Syrian air base on Friday. Moscow said a Syrian air strike had hit a rebel depot. "
            "Iran condemned the strike.")
    rows = edge_rows(extractor, text)
    assert ("IRN", "CONDEMNS", "USA", "asserted") in rows
    assert ("IRN", "CONDEMNS", "SYR", "asserted") not in rows


@pytest.mark.parametrize("text, expected", [
    ("Israel held the Hamas leadership responsible for the rocket fire.", {("ISR", "ACCUSES", "HAMAS", "asserted")}),
    ("Israel did not hold the Hamas leadership responsible for the rocket fire.", set()),
])
def test_blame_on_an_object_with_a_trailing_adjective(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "ACCUSES"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Paris wrote that Turkey's unilateral moves were stoking tensions in the region.", {("FRA", "CONDEMNS", "TUR", "asserted")}),
    ('"Beijing\'s drills are stoking tension," the Japanese foreign minister said.', {("JPN", "CONDEMNS", "CHN", "asserted")}),
])
def test_a_deed_said_to_stoke_tension_is_condemned(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Analysts said the drought was fuelling tensions between herders.",
    "France said Turkey's moves were not stoking tensions.",
])
def test_tension_without_a_states_deed_condemns_no_one(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}


@pytest.mark.parametrize("text, expected", [
    # a deed named by its day is as definite as "the strikes"
    ("Israeli jets struck Gaza. Egypt called Sunday's strikes a flagrant violation.", {("EGY", "CONDEMNS", "ISR", "asserted")}),
    # "saw as" frames a verdict like "called"
    ("Beijing deployed carriers near Taiwan, a move Taipei saw as a provocation.", {("TWN", "CONDEMNS", "CHN", "asserted")}),
    # a landing told before is the occupation judged after
    ("Moroccan gendarmes landed on the islet. Spain denounced what it called the occupation of Spanish territory.",
     {("ESP", "CONDEMNS", "MAR", "asserted")}),
])
def test_verdicts_on_deeds_named_by_day_seen_as_or_told_as_a_landing(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text", [
    "Israeli and Egyptian officials met in Cairo. Egypt called Sunday's talks a success.",
    "Tokyo sees the talks with Seoul as an opportunity.",
])
def test_no_verdict_without_a_negative_word(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"}


@pytest.mark.parametrize("text, expected", [
    ("Seoul accused Tokyo of distorting history and demanded an apology.", {("KOR", "REQUESTS", "JPN", "asserted")}),
    ("Ankara condemned the Greek drills and demanded their withdrawal.", {("TUR", "REQUESTS", "GRC", "asserted")}),
    ("Moroccan gendarmes landed on the islet. Madrid denounced what it called the occupation of Spanish territory and "
     "demanded an immediate withdrawal.", {("ESP", "REQUESTS", "MAR", "asserted")}),
    # the demand hung on a reported clause about a thing is the reporter's
    ("Tokyo told parliament that the Chinese zone had no validity and demanded that Beijing revoke it.",
     {("JPN", "REQUESTS", "CHN", "asserted")}),
])
def test_a_demand_without_a_named_doer_is_made_of_whom_the_clause_charges(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "REQUESTS"} == expected


@pytest.mark.parametrize("text", [
    "Madrid praised the talks with Rabat and demanded an immediate withdrawal.",
    "Seoul accused Tokyo of distorting history and could demand an apology.",
])
def test_no_demand_on_someone_merely_named_beside_it(extractor, text):
    assert not {r for r in edge_rows(extractor, text) if r[1] == "REQUESTS"}


@pytest.mark.parametrize("text, expected", [
    ("Canberra summoned the Chinese ambassador to register the government's opposition.", {("AUS", "CONDEMNS", "CHN", "asserted")}),
    ("Canberra summoned the Chinese ambassador to register its objection to the new zone.", {("AUS", "CONDEMNS", "CHN", "asserted")}),
    ("Canberra summoned the Chinese ambassador to discuss trade.", set()),
])
def test_a_protest_lodged_by_summoning_an_envoy_is_made_to_the_envoys_state(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkey bought S-400s from Russia despite warnings from Washington that the purchase could expose Ankara to sanctions.",
     {("USA", "THREATENS", "TUR", "asserted")}),
    # the clause hung on the verb further up, right after the noun
    ("Delhi signed the contract, pressing ahead with the purchase despite repeated warnings from Washington that the "
     "deal could expose India to sanctions.", {("USA", "THREATENS", "IND", "asserted")}),
    # a warning that tells a fact foretells nothing
    ("Delhi pressed ahead despite warnings from Washington that India had made a mistake.", set()),
    ("Turkey bought S-400s from Russia despite warnings from analysts.", set()),
    ("The drills drew warnings from analysts that the region could see war.", set()),
])
def test_a_warning_from_an_actor_threatens_whom_its_clause_names(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"} == expected


def test_a_vow_drawn_by_a_deed_threatens_the_doer(extractor):
    rows = edge_rows(extractor, "Israeli jets struck Damascus, drawing a vow of retaliation from Syria.")
    assert ("SYR", "THREATENS", "ISR", "asserted") in rows


@pytest.mark.parametrize("text, expected", [
    ("The Security Council adopted a resolution on the crisis on Friday. The resolution also demands that the M23 "
     "immediately withdraw from Goma.", {("UNSC", "REQUESTS", "M23", "asserted")}),
    ("The Arab League issued a statement on Sunday. The statement called the storming of the embassy a flagrant "
     "violation by Iran.", {("ARAB_LEAGUE", "CONDEMNS", "IRN", "asserted")}),
    # no document told before: the bare "the resolution" speaks for no one
    ("The resolution demands that the M23 immediately withdraw from Goma.", set()),
])
def test_a_bare_document_speaks_for_the_issuer_told_before(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rwanda has begun deploying soldiers to Mozambique. The deployment follows a formal request from Maputo.",
     {("MOZ", "REQUESTS", "RWA", "asserted")}),
    ("Rwanda sent soldiers to Mozambique following a request from Maputo.", {("MOZ", "REQUESTS", "RWA", "asserted")}),
    ("Ankara granted a request from Tripoli for naval support.", {("LBY", "REQUESTS", "TUR", "asserted")}),
    ("Ankara turned down a request from Tripoli for naval support.", set()),
    ("Rwanda sent soldiers to Mozambique following no request from anyone.", set()),
])
def test_what_answers_a_request_was_asked_of_its_doer(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "REQUESTS"} == expected


@pytest.mark.parametrize("text, expected", [
    # the parser makes the denial the main verb and the charge a modifier of its subject
    ("Kyiv accused Moscow of shelling the plant, a charge Russian officials have denied.",
     {("UKR", "ACCUSES", "RUS", "asserted"), ("RUS", "DENIES", "UKR", "asserted")}),
    ("Riyadh accused Tehran of meddling in Arab affairs, a charge Iranian officials have always rejected.",
     {("SAU", "ACCUSES", "IRN", "asserted"), ("IRN", "DENIES", "SAU", "asserted")}),
    # a denial of one's own charge is still a denial
    ("Russian officials have denied the charge.", set()),
])
def test_a_charge_rejected_by_officials_is_told_as_made_and_denied(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ('"If Hezbollah attacks the platform, it will pay a heavy price," Israel\'s defence minister said.',
     {("ISR", "THREATENS", "HEZBOLLAH", "asserted")}),
    ('"If Tehran keeps meddling, the Kingdom will take whatever measures are necessary," Saudi Arabia\'s foreign minister said.',
     {("SAU", "THREATENS", "IRN", "asserted")}),
    ("Riyadh said it would take further steps if Tehran continued its interference.", {("SAU", "THREATENS", "IRN", "asserted")}),
    # a third party's step told by someone else, or a condition with no actor, threatens no one
    ('"If the talks fail, Russia will take measures," Turkey\'s foreign minister said.', set()),
    ('"If the weather turns, we will take measures," Greece\'s coast guard said.', set()),
    ("Riyadh said it would not take further steps if Tehran continued its interference.", set()),
])
def test_steps_or_a_price_held_over_a_conditions_doer_threaten_it(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Greece accused Turkey of violating its airspace. Athens renewed the charge on Monday.",
     {("GRC", "ACCUSES", "TUR", "asserted")}),
    ("Islamabad said the attack was planned abroad. Pakistan's foreign minister repeated the accusation on Saturday, "
     "telling reporters that the Indian government had planned the raid.", {("PAK", "ACCUSES", "IND", "asserted")}),
    # nothing charged before, or the charge not voiced again
    ("Pakistan's foreign minister repeated the accusation on Saturday.", set()),
    ("Greece accused Turkey of violating its airspace. Athens did not repeat the charge on Monday.",
     {("GRC", "ACCUSES", "TUR", "asserted")}),
])
def test_a_charge_voiced_again_accuses_the_one_charged_before(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "ACCUSES"} == expected


def test_a_pronoun_under_warned_is_the_one_warned_not_the_conditions_doer(extractor):
    text = ("Iran's president warned Bahrain that it would bear responsibility for all the consequences if Israel "
            "used its territory.")
    assert {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"} == {("IRN", "THREATENS", "BHR", "asserted")}


@pytest.mark.parametrize("text, expected", [
    # a deed branded is condemned, not denied
    ('Kigali called the US measures "unjustified and unwarranted".', {("RWA", "CONDEMNS", "USA", "asserted")}),
    # a claim branded is denied (and, as now, condemned)
    ("Kigali called the US accusations unjustified.", {("RWA", "DENIES", "USA", "asserted"), ("RWA", "CONDEMNS", "USA", "asserted")}),
])
def test_branding_a_deed_is_a_verdict_not_a_denial(extractor, text, expected):
    assert _speech(edge_rows(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow expressed support for the measures taken by the Kazakh leadership.", {("RUS", "SUPPORTS", "KAZ", "asserted")}),
    ("Moscow expressed support for the measures.", set()),
    ("Moscow did not express support for the measures taken by the Kazakh leadership.", set()),
])
def test_backing_voiced_for_a_deed_supports_its_owner(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "SUPPORTS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Kigali says the Congolese army is fighting beside the rebels and accuses the Congolese government of arming them.",
     {("RWA", "ACCUSES", "COD")}),
    # the conjunct with its own subject keeps it (its status is the reporting frame's business)
    ("Kigali says the Congolese army is fighting beside the rebels and Kinshasa accuses the Rwandan army of arming them.",
     {("COD", "ACCUSES", "RWA")}),
])
def test_a_charge_hung_on_a_reported_clause_is_the_reporters(extractor, text, expected):
    assert {r[:3] for r in edge_rows(extractor, text) if r[1] == "ACCUSES"} == expected


def test_a_vow_hung_on_a_reported_clause_keeps_no_borrowed_target(extractor):
    text = 'The Polisario said Paris had "sided with the occupier" and vowed to continue its armed struggle.'
    assert not {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"}


@pytest.mark.parametrize("text, expected", [
    ("Washington said that Denmark would face steep tariffs if it stood in the way.", {("USA", "THREATENS", "DNK", "asserted")}),
    ("The EU warned that Ankara would face sanctions.", {("EU", "THREATENS", "TUR", "asserted")}),
    ("Analysts said Turkey would face sanctions.", set()),
    ("Ankara said it would face sanctions.", set()),
    # a mere possibility is no threat
    ("The EU said Turkey could face sanctions.", set()),
])
def test_measures_foretold_for_another_actor_threaten_it(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"} == expected


@pytest.mark.parametrize("text, expected", [
    ('The Arab League adopted a statement on Sunday. Tehran\'s spokesman said Sunday\'s statement was "a repetition '
     'of unfounded claims".', {("IRN", "DENIES", "ARAB_LEAGUE", "asserted")}),
    ('The Arab League adopted a statement on Sunday. Tehran\'s spokesman said the statement was an important step.', set()),
    ("Tehran's spokesman said Sunday's statement was a repetition of unfounded claims.", set()),
])
def test_a_document_dismissed_as_unfounded_is_denied_to_its_issuer(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "DENIES"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Kyiv's request to join NATO was discussed in Brussels.", {("UKR", "REQUESTS", "NATO")}),
    ("The minister will present Argentina's request to become a global partner of NATO.", {("ARG", "REQUESTS", "NATO")}),
    # a state to be joined is no body asked for membership
    ("Finland's request to join Sweden in the talks was noted.", set()),
])
def test_a_request_to_join_a_body_asks_the_body(extractor, text, expected):
    assert {r[:3] for r in edge_rows(extractor, text) if r[1] == "REQUESTS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ankara accused Athens of maximalist claims and warned that Turkey would protect its rights with determination.",
     {("TUR", "THREATENS", "GRC", "asserted")}),
    ("The Algerian presidency accused Morocco of killing three lorry drivers and warned that the killings would not go unpunished.",
     {("DZA", "THREATENS", "MAR", "asserted")}),
    # praise beside a warning aims it at no one; a warning with its own target keeps it
    ("Algiers praised Rabat and warned that the drought would worsen.", set()),
    ("Ankara accused Athens of maximalist claims and warned Cyprus against drilling.", {("TUR", "THREATENS", "CYP", "asserted")}),
])
def test_a_warning_beside_a_charge_is_aimed_at_the_charged(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "THREATENS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkey moved hundreds of soldiers into a camp near Mosul. Baghdad said in a statement, which described the "
     "incursion as a serious breach of Iraqi sovereignty, that it would go to the Security Council.",
     {("IRQ", "CONDEMNS", "TUR", "asserted")}),
    ("Egypt said in a statement, which called the talks with Sudan a success, that it would attend.", set()),
])
def test_a_statement_said_in_speaks_for_the_speaker(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Ankara moved troops into a camp near Mosul. The Arab League called for the soldiers to be withdrawn at once.",
     {("ARAB_LEAGUE", "REQUESTS", "TUR", "asserted")}),
    ("Ankara moved troops into a camp near Mosul. The Arab League called for the withdrawal of the soldiers.",
     {("ARAB_LEAGUE", "REQUESTS", "TUR", "asserted")}),
    ("The Arab League called for Turkish soldiers to be withdrawn.", {("ARAB_LEAGUE", "REQUESTS", "TUR", "asserted")}),
    # forces no one was told to own, or a demand that is no withdrawal
    ("The Arab League called for the soldiers to be withdrawn.", set()),
    ("Ankara moved troops into a camp near Mosul. The Arab League called for the soldiers to be paid.", set()),
])
def test_a_demand_that_forces_be_withdrawn_asks_their_owner(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "REQUESTS"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Spanish commandos retook the islet at dawn on Wednesday. Rabat condemned Wednesday's assault as an act of war.",
     {("MAR", "CONDEMNS", "ESP", "asserted")}),
    ("Spanish commandos stormed the islet at dawn. Rabat called the raid an act of war.", {("MAR", "CONDEMNS", "ESP", "asserted")}),
    ("Spanish commandos stormed the islet at dawn. Rabat called the raid a success.", set()),
])
def test_a_storming_told_before_is_the_assault_or_raid_judged_after(extractor, text, expected):
    assert {r for r in edge_rows(extractor, text) if r[1] == "CONDEMNS"} == expected
