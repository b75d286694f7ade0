"""Precision on the third generation of unseen news, on sentences written for these tests: how a status or an
actor was misread (a charge rejected after an accusation, a step a legislature authorises, the
venue of a gathering)."""

from __future__ import annotations

import pytest

from extracted import claim_rows as rows


# "X accused Y of Z, a charge W rejected": the charged deed is denied, the accusing stands --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ottawa accused Beijing of supplying drones to Moscow, a charge Chinese diplomats have always denied.",
     {("CAN", "ACCUSES", "CHN", "asserted", ()), ("CHN", "SUPPLIES", "RUS", "alleged", ("CAN",)),
      ("CHN", "SUPPLIES", "RUS", "denied", ("CHN",)), ("CHN", "DENIES", "CAN", "asserted", ())}),
    ("Athens accused Ankara of supplying weapons to Libya, a charge Turkey has repeatedly denied.",
     {("GRC", "ACCUSES", "TUR", "asserted", ()), ("TUR", "SUPPLIES", "LBY", "alleged", ("GRC",)),
      ("TUR", "SUPPLIES", "LBY", "denied", ("TUR",)), ("TUR", "DENIES", "GRC", "asserted", ())}),
    ("Riyadh accused Tehran of smuggling missiles to the Houthis, a charge Iranian officials have always "
     "rejected, and said the talks were over.",
     {("SAU", "ACCUSES", "IRN", "asserted", ()), ("IRN", "SUPPLIES", "HOUTHIS", "alleged", ("SAU",)),
      ("IRN", "SUPPLIES", "HOUTHIS", "denied", ("IRN",)), ("IRN", "DENIES", "SAU", "asserted", ())}),
    ("Kenya accused Somalia of attacking Kenyan border posts, a charge Somali officials have long rejected.",
     {("KEN", "ACCUSES", "SOM", "asserted", ()), ("SOM", "ATTACKS", "KEN", "alleged", ("KEN",)),
      ("SOM", "ATTACKS", "KEN", "denied", ("SOM",)), ("SOM", "DENIES", "KEN", "asserted", ())}),
], ids=["denied-diplomats", "appos-misparse", "nmod-misparse-and-said", "relative-parse"])
def test_a_charge_rejected_after_an_accusation_denies_the_deed(extractor, text, expected):
    assert rows(extractor, text) == expected


def test_a_charge_rejected_answers_whoever_said_it(extractor):
    text = "The Pentagon said Iran had been planning to attack American bases in Syria, a charge Tehran has rejected."
    assert ("IRN", "DENIES", "USA", "asserted", ()) in rows(extractor, text)


def test_a_charge_merely_repeated_is_no_denial(extractor):
    text = "Ottawa accused Beijing of supplying drones to Moscow, a charge that was repeated on Monday."
    assert rows(extractor, text) == {("CAN", "ACCUSES", "CHN", "asserted", ()),
                                     ("CHN", "SUPPLIES", "RUS", "alleged", ("CAN",))}


# "denied the US allegation that it had supplied drones": the content clause of the claim is denied ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Iran denied the US allegation that it had supplied drones to Russia.",
     {("IRN", "DENIES", "USA", "asserted", ()), ("IRN", "SUPPLIES", "RUS", "denied", ("IRN",))}),
    ("North Korea dismissed the South Korean accusation that it had shipped shells to Russia.",
     {("PRK", "DENIES", "KOR", "asserted", ()), ("PRK", "SUPPLIES", "RUS", "denied", ("PRK",))}),
], ids=["denied-allegation-that", "dismissed-accusation-that"])
def test_the_claim_a_denial_names_is_denied(extractor, text, expected):
    assert rows(extractor, text) == expected


# a step a legislature authorises is still to come -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's parliament approved a motion allowing the government to send troops to Haiti.",
     {("KEN", "SUPPLIES", "HTI", "planned", ("KEN",))}),
    ("Hungarian lawmakers authorised the government to deploy troops to Chad.",
     {("HUN", "MOBILIZES", "TCD", "planned", ("HUN",))}),
    ("Belarus allowed Russian troops to attack Ukraine from its territory.",
     {("BLR", "SUPPORTS", "RUS", "asserted", ()), ("RUS", "ATTACKS", "UKR", "asserted", ())}),
], ids=["motion-allowing", "lawmakers-authorised", "a-state-allowing-a-deed-done"])
def test_a_deed_authorised_by_law_is_planned(extractor, text, expected):
    assert rows(extractor, text) == expected


# the venue of a gathering is not who it stands for -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Arab foreign ministers meeting in Cairo condemned Iran.", set()),
    ("NAIROBI, March 3 (Reuters): African ministers meeting in emergency session in Nairobi on Sunday accused "
     "Rwanda of backing the rebels.", set()),
    ("A summit in Cairo condemned Israel.", set()),
    ("A meeting of the Arab League in Cairo condemned Israel.", {("ARAB_LEAGUE", "CONDEMNS", "ISR", "asserted", ())}),
    ("The Egyptian foreign minister spoke at a conference in Riyadh and condemned Israel.",
     {("EGY", "CONDEMNS", "ISR", "asserted", ())}),
], ids=["participle-meeting", "dateline-and-session", "summit-in", "meeting-of-a-body", "speaker-named-otherwise"])
def test_a_gathering_is_not_the_state_it_meets_in(extractor, text, expected):
    assert rows(extractor, text) == expected


# an envoy named with no state is not guessed from the state last named ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Canada protested. At the United Nations, Ambassador Joan Fraser asked the Security Council to condemn the launch.",
     set()),
    ("Japan protested strongly. The ambassador later urged China to release the detained crew.", set()),
    ("Japan protested strongly. Foreign Minister Yoko Kamikawa urged China to release the detained crew.",
     {("JPN", "REQUESTS", "CHN", "asserted", ())}),
], ids=["titled-ambassador", "bare-ambassador", "a-minister-still-is"])
def test_an_envoy_is_not_the_state_last_named(extractor, text, expected):
    assert rows(extractor, text) == expected


# "its EU partners": the members of a body, spoken of as the body ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia deployed troops near Kosovo. Romania asked its European Union partners to send envoys to Belgrade.",
     {("SRB", "MOBILIZES", "XKX", "asserted", ()), ("ROU", "REQUESTS", "EU", "asserted", ())}),
    ("Russia massed troops on the border. Lithuania urged its NATO allies to send more troops to the Baltic.",
     {("LTU", "REQUESTS", "NATO", "asserted", ())}),
    ("Gas flows stopped. Bulgaria said it was receiving gas from its EU neighbours.", set()),
], ids=["eu-partners", "nato-allies", "neighbours-left-unnamed"])
def test_partners_in_a_body_are_the_body(extractor, text, expected):
    assert rows(extractor, text) == expected


# a deed said not to have been done: nothing as its object, or a mutual deed denied by its own verb -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Lebanon had signed nothing with Israel.", set()),
    ("Lebanon signed an agreement with Israel.", {("LBN", "COOPERATES", "ISR", "asserted", ())}),
    ("Azerbaijan and Armenia did not meet during the negotiations in Geneva.", set()),
    ("Lebanon and Israel did not meet face to face during the talks, which were held in Naqoura.", set()),
    ("Lebanon and Israel met face to face during the talks, which were held in Naqoura.",
     {("LBN", "MEETS", "ISR", "asserted", ())}),
    ("Russian troops did not attack Ukrainian positions during the offensive, which began in May.",
     {("RUS", "ATTACKS", "UKR", "asserted", ())}),
], ids=["signed-nothing", "signed-something", "did-not-meet-during-negotiations", "did-not-meet-during-talks-held",
        "met-during-talks", "one-sided-deed-in-an-offensive-stands"])
def test_a_deed_said_not_done_is_not_asserted(extractor, text, expected):
    assert rows(extractor, text) == expected


# a speech act in a participle beside a denial is made, not denied ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Iran denied the report, accusing Israel of spreading lies.", {("IRN", "ACCUSES", "ISR", "asserted", ())}),
    ("China dismissed the accusations, warning Washington against interference.",
     {("CHN", "THREATENS", "USA", "asserted", ())}),
    ("Pakistan denied any role in the attack, urging India to share evidence.",
     {("PAK", "REQUESTS", "IND", "asserted", ())}),
    ("Russia denied sending troops to Belarus.", {("RUS", "SUPPLIES", "BLR", "denied", ("RUS",))}),
], ids=["accusing", "warning", "urging", "the-denied-gerund-stays-denied"])
def test_a_participle_beside_a_denial_is_said(extractor, text, expected):
    assert rows(extractor, text) == expected


# "X would be legitimate targets": X is what the vow is aimed at, the speaker vows ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Haftar's forces vowed to fight on. His spokesman said that any Turkish troops who set foot in Libya would be "
     "legitimate targets.", {("LNA", "THREATENS", "TUR", "asserted", ())}),
    ("Hezbollah warned on Sunday. Its leader said Israeli ships off the coast would be legitimate targets.",
     {("HEZBOLLAH", "THREATENS", "ISR", "asserted", ())}),
    ("Iran said it would respond to any Israeli attack.", {("IRN", "THREATENS", "ISR", "asserted", ())}),
], ids=["troops-would-be-targets", "ships-would-be-targets", "a-vow-to-respond-stays"])
def test_the_subject_of_would_be_targets_is_threatened(extractor, text, expected):
    assert rows(extractor, text) == expected


# "a vow of retaliation from Kabul": the vow's maker threatens, not the clause's subject -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistani jets bombed militant hideouts in Afghanistan's Paktika Province in December, drawing a vow of "
     "retaliation from Kabul.",
     {("PAK", "ATTACKS", "AFG", "asserted", ()), ("AFG", "THREATENS", "PAK", "asserted", ())}),
], ids=["vow-from"])
def test_a_vow_names_its_maker(extractor, text, expected):
    assert rows(extractor, text) == expected


def test_a_possessed_pledge_is_its_possessors(extractor):
    found = rows(extractor, "Israel struck an airbase in Syria, prompting Tehran's pledge of revenge.")
    assert ("IRN", "THREATENS", "ISR", "asserted", ()) in found
    assert not any(r[0] == "ISR" and r[1] == "THREATENS" for r in found)


# a step put under review is neither told nor planned -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tokyo froze new loans on Friday and said it would review support for Islamabad.", set()),
    ("Germany said it would reconsider its support for Kyiv.", set()),
    ("Germany said it would increase its support for Kyiv.", {("DEU", "SUPPORTS", "UKR", "planned", ("DEU",))}),
], ids=["review-support", "reconsider-support", "increase-support-stays-planned"])
def test_a_step_under_review_is_not_held(extractor, text, expected):
    assert rows(extractor, text) == expected


# "the Nordic governments": a group a named region or kind narrows, none when the kind is unknown ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Washington and Copenhagen clashed over Greenland. Germany, France and the Nordic governments lined up behind "
     "Copenhagen.", {("DEU", "SUPPORTS", "DNK", "asserted", ()), ("FRA", "SUPPORTS", "DNK", "asserted", ())}),
    ("Iran and Saudi Arabia clashed. The Gulf states accused Iran of meddling.",
     {("SAU", "ACCUSES", "IRN", "asserted", ())}),
    ("Turkey and Greece traded barbs. The Andean governments urged Ankara to show restraint.",
     {("TUR", "CONDEMNS", "GRC", "asserted", ()), ("GRC", "CONDEMNS", "TUR", "asserted", ())}),
    ("Mali, Burkina Faso and Niger left ECOWAS in January. The juntas accused the bloc of serving France.",
     {(a, t, "ECOWAS", "asserted", ()) for a in ("MLI", "BFA", "NER") for t in ("ACCUSES", "REDUCES_RELATIONS")}),
], ids=["nordic", "gulf", "unknown-kind", "no-kind-the-last-group"])
def test_a_named_kind_narrows_a_group(extractor, text, expected):
    assert rows(extractor, text) == expected


# a vow: not in an open question, not in a name, aimed at what its verb names ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Estonia expelled a Russian diplomat. Russian officials have not said whether they will respond by withdrawing "
     "their own ambassador from Tallinn.", {("EST", "REDUCES_RELATIONS", "RUS", "asserted", ())}),
    ("Estonia expelled a Russian diplomat. Russia said it would respond.",
     {("EST", "REDUCES_RELATIONS", "RUS", "asserted", ()), ("RUS", "THREATENS", "EST", "asserted", ())}),
    ("NATO said it would send experts to help Estonia's computer emergency response team.", set()),
    ("Turkey moved troops into Iraq. Kataib Hezbollah, one of the Iranian-backed factions, said it would target the "
     "Turkish soldiers if the government in Baghdad failed to secure their departure.",
     {("TUR", "MOBILIZES", "IRQ", "asserted", ()), ("KATAIB_HEZBOLLAH", "THREATENS", "TUR", "asserted", ())}),
], ids=["open-question", "a-vow-to-respond", "response-team", "target-object"])
def test_what_a_vow_is(extractor, text, expected):
    assert rows(extractor, text) == expected


# a deed planned, prepared for or refused is not told as done -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia's planned purchase of 11 Sukhoi fighter jets from Russia has stalled.",
     {("RUS", "SUPPLIES", "IDN", "planned", ("RUS",))}),
    ("Indonesia's purchase of 11 Sukhoi fighter jets from Russia was completed in May.",
     {("RUS", "SUPPLIES", "IDN", "asserted", ())}),
    ("The dispute has overshadowed preparations for a summit between the EU and Russia in Samara.",
     {("EU", "MEETS", "RUS", "planned", ("EU",))}),
    ("Georgia has drifted from the West. Ministers point to the Georgian government's refusal to restore diplomatic "
     "ties with Moscow.", set()),
], ids=["planned-purchase", "completed-purchase", "preparations-for-a-summit", "refusal-to-restore"])
def test_a_deed_planned_or_refused_is_not_done(extractor, text, expected):
    assert rows(extractor, text) == expected


# "..., in a vote that Managua rejected": the article's aside on how an act was received ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('The Organization of American States urged Nicaragua and Costa Rica to withdraw security forces from the '
     'wetland, in a vote that Managua immediately rejected as a "political ambush".',
     {("OAS", "REQUESTS", "NIC", "asserted", ()), ("OAS", "REQUESTS", "CRI", "asserted", ()),
      ("NIC", "CONDEMNS", "OAS", "asserted", ())}),
    ("Lithuania said it would let Taiwan open a representative office in Vilnius, in a move that Beijing condemned.",
     {("LTU", "COOPERATES", "TWN", "planned", ("LTU",)), ("CHN", "CONDEMNS", "LTU", "asserted", ())}),
], ids=["in-a-vote-that", "in-a-move-that"])
def test_a_reaction_glossed_on_an_act_is_the_articles(extractor, text, expected):
    assert rows(extractor, text) == expected


# "would respond to any attack on its forces in Syria": a vow aimed at whoever attacks, not at the place named ------

@pytest.mark.parametrize(("text", "expected"), [
    ("Israel struck Syria. Iran said it would respond to any attack on its forces in Syria.",
     {("ISR", "ATTACKS", "SYR", "asserted", ())}),
    ("Iran said it would respond to any Israeli attack.", {("IRN", "THREATENS", "ISR", "asserted", ())}),
], ids=["any-attack-unnamed", "any-attack-by-a-named-state"])
def test_a_vow_against_any_attack_is_not_aimed_at_a_place(extractor, text, expected):
    assert rows(extractor, text) == expected


# "the atmosphere is not right for a meeting": a deed put off is neither claimed nor denied -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Modi and Xi will both attend the G20 summit in Hamburg, but Chinese officials have said the atmosphere is "not '
     'right" for a formal bilateral meeting between India and China.', set()),
    ("Chinese officials said the atmosphere was right for a bilateral meeting between India and China.",
     {("IND", "MEETS", "CHN", "alleged", ("CHN",))}),
], ids=["not-right-for", "right-for-stands"])
def test_a_deed_a_predicate_puts_off_is_not_held(extractor, text, expected):
    assert rows(extractor, text) == expected


# leave withheld ("did not give Turkey a green light to invade") tells nothing of the deed --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"The United States did not give a green light to Turkey to invade Syria," the vice-president said.', set()),
    ("Washington did not allow Ankara to send troops to Syria, the envoy said.", set()),
    ("Moscow did not send troops to Syria, the Kremlin said.", {("RUS", "SUPPLIES", "SYR", "denied", ("RUS",))}),
], ids=["no-green-light", "did-not-allow", "a-deed-itself-negated-is-denied"])
def test_leave_withheld_tells_nothing_of_the_deed(extractor, text, expected):
    assert rows(extractor, text) == expected


# "..., the country's defence ministry said": the country is that of the clause told, not the nearest name ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Argentina signed an agreement with Denmark, the country's defence ministry said.",
     {("ARG", "COOPERATES", "DNK", "asserted", ())}),
    ("Kenya signed a security pact with Haiti, the country's foreign ministry said on Monday.",
     {("KEN", "COOPERATES", "HTI", "asserted", ())}),
    ("Poland sent tanks to Ukraine, where the country's army has struggled.",
     {("POL", "SUPPLIES", "UKR", "asserted", ())}),
], ids=["trailing-ministry", "trailing-ministry-on-monday", "not-a-speaker"])
def test_the_country_of_a_trailing_speaker_is_the_clauses_subject(extractor, text, expected):
    assert rows(extractor, text) == expected
# a headline's "X to do Y" announces a step ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Russia to sanction Estonian officials over monument row",
     {("RUS", "SANCTIONS", "EST", "planned", ("RUS",))}),
    ("Japan to send destroyers to the Philippines",
     {("JPN", "SUPPLIES", "PHL", "planned", ("JPN",))}),
    ("Poland to expel Russian diplomats\n\nWarsaw gave no details.",
     {("POL", "REDUCES_RELATIONS", "RUS", "planned", ("POL",))}),
    ("Poland expels Russian diplomats", {("POL", "REDUCES_RELATIONS", "RUS", "asserted", ())}),
], ids=["to-sanction", "to-send", "to-expel-with-body", "finite-headline-stays-asserted"])
def test_a_headline_infinitive_is_planned(extractor, text, expected):
    assert rows(extractor, text) == expected


