"""Deeds on the fourth generation of unseen news, on sentences written for these tests: links cut or restored,
partiality ("tilting towards"), forces stationed around a town or on patrol off a coast, crews seized, agentive nouns of supply and backing (paymaster, creditor, patron), measures a state is under,
aid counted in a sum and cut, topic modifiers that name no doer ("Crimea-related sanctions"), access granted,
targets the parser hung elsewhere (a participle, a container, the topic of an agreement),
"persona non grata" parsed as a clause, a military presence built up, ground recaptured, and the other party of
a dropped deal named only in its relative clause or on the verb, a purchase stopped (the buyer sanctions the seller),
trips of private or carried people (no meeting), help offered that is the possessor's own, envoys forced out,
hands shaken and signatures put to a text, and the accused of "accused neighbouring Eritrea of arming ..." (a
participle parsed as a verb), and the subject of a passive with a by-agent doing its infinitive ("was reported
by military sources to be patrolling")."""

from __future__ import annotations

import pytest

from extracted import edge_rows as rows


# links, like ties, are cut or restored -------------------------------------------------------------------

def test_severing_links_reduces_relations(extractor):
    got = rows(extractor, "Hungary severed its rail and road links with Serbia on Friday.")
    assert got == {("HUN", "REDUCES_RELATIONS", "SRB", "asserted")}, got


def test_restoring_links_cooperates(extractor):
    got = rows(extractor, "Ankara restored air links with Yerevan after a decade.")
    assert got == {("TUR", "COOPERATES", "ARM", "asserted")}, got


def test_a_link_that_opens_is_no_deed(extractor):
    assert rows(extractor, "The new rail link between the two capitals opened on Monday.") == set()


# partiality ------------------------------------------------------------------------------------------------

def test_tilting_towards_a_party_supports_it(extractor):
    got = rows(extractor, "Pakistan's president accused Washington of tilting towards New Delhi in the dispute.")
    assert got == {("PAK", "ACCUSES", "USA", "asserted"), ("USA", "SUPPORTS", "IND", "alleged")}, got


def test_a_craft_tilting_towards_a_place_supports_no_one(extractor):
    assert rows(extractor, "The plane tilted towards the runway before landing.") == set()


# forces in place: stationed around a town, on patrol off a coast ---------------------------------------------

def test_troops_stationed_around_a_town_mobilize(extractor):
    got = rows(extractor, "Kenya has stationed 3,000 troops around Kismayo, a port city in Somalia.")
    assert got == {("KEN", "MOBILIZES", "SOM", "asserted")}, got


@pytest.mark.parametrize("text,expected", [
    ("A Russian frigate was patrolling off the Norwegian coast on Tuesday.", ("RUS", "MOBILIZES", "NOR", "asserted")),
    ("Chinese destroyers patrolled near Taiwan for a third day.", ("CHN", "MOBILIZES", "TWN", "asserted")),
], ids=["off-coast", "near"])
def test_patrols_off_or_near_a_state_mobilize(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_a_patrol_of_ones_own_harbour_is_no_deployment(extractor):
    assert rows(extractor, "Coast guard officers patrolled the harbour.") == set()


# people seized ------------------------------------------------------------------------------------------

def test_seizing_a_states_sailors_attacks_it(extractor):
    got = rows(extractor, "The Houthis seized 25 Indian sailors in the Red Sea.")
    assert got == {("HOUTHIS", "ATTACKS", "IND", "asserted")}, got


def test_seizing_documents_attacks_no_one(extractor):
    assert rows(extractor, "Rebels seized a cache of documents in the capital.") == set()


# agentive nouns of supply and backing -------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Iran has been Hezbollah's paymaster and armourer for decades.", ("IRN", "SUPPLIES", "HEZBOLLAH", "asserted")),
    ("Beijing is Islamabad's largest creditor and investor.", ("CHN", "SUPPLIES", "PAK", "asserted")),
    ("Beijing is Islamabad's largest investor and creditor.", ("CHN", "SUPPLIES", "PAK", "asserted")),
    ("Russia is Abkhazia's main patron.", ("RUS", "SUPPORTS", "ABKHAZIA", "asserted")),
], ids=["paymaster", "creditor-first", "creditor-second", "patron"])
def test_agentive_nouns(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


# a measure a state is under -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Iraq has been under sweeping UN sanctions since 1990.", ("UN", "SANCTIONS", "IRQ", "asserted")),
    ("Iran remains under U.S. sanctions.", ("USA", "SANCTIONS", "IRN", "asserted")),
], ids=["has-been", "remains"])
def test_a_state_under_sanctions_is_sanctioned(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_coming_under_criticism_is_still_censure(extractor):
    got = rows(extractor, "Syria came under fresh criticism from Turkey.")
    assert got == {("TUR", "CONDEMNS", "SYR", "asserted")}, got


# aid counted in a sum -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Washington said it was cutting $80 million in aid to Nicaragua.", ("USA", "SANCTIONS", "NIC", "asserted")),
    ("Washington suspended millions of dollars in military assistance to Egypt.", ("USA", "SANCTIONS", "EGY", "asserted")),
], ids=["cutting", "suspended"])
def test_aid_cut_in_a_sum_sanctions(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_aid_pledged_in_a_sum_is_a_supply(extractor):
    got = rows(extractor, "Norway pledged $40 million in humanitarian aid to Sudan.")
    assert got == {("NOR", "SUPPLIES", "SDN", "planned")}, got


# a topic modifier names no doer ---------------------------------------------------------------------------

def test_a_related_place_is_not_the_sanctioner(extractor):
    got = rows(extractor, "Moscow's Ukraine-related sanctions on Washington remain.")
    assert got == {("RUS", "SANCTIONS", "USA", "asserted")}, got


# access granted to a state's forces -------------------------------------------------------------------------

def test_granting_troops_access_cooperates(extractor):
    got = rows(extractor, "The Philippines agreed to grant American troops access to four more bases.")
    assert got == {("PHL", "COOPERATES", "USA", "asserted")}, got


def test_backing_given_to_an_indirect_object_supports_it(extractor):
    got = rows(extractor, "Germany gave Kyiv its full backing.")
    assert got == {("DEU", "SUPPORTS", "UKR", "asserted")}, got


# targets the parser hung elsewhere --------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The council extended a U.N. arms embargo imposed on Libya in 2011.", ("UN", "SANCTIONS", "LBY", "asserted")),
    ("Sanctions imposed on Russia by the European Union were extended.", ("EU", "SANCTIONS", "RUS", "asserted")),
], ids=["compound-source", "by-agent"])
def test_a_participle_places_the_measure(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_a_container_holds_the_drills_place(extractor):
    got = rows(extractor, "Ethiopian troops began a series of drills near the border with Eritrea.")
    assert got == {("ETH", "MOBILIZES", "ERI", "asserted")}, got


@pytest.mark.parametrize("text,expected", [
    ("Japan signed an agreement on defence cooperation with the Philippines.", ("JPN", "COOPERATES", "PHL", "asserted")),
    ("India signed a memorandum on trade with Japan.", ("IND", "COOPERATES", "JPN", "asserted")),
], ids=["cooperation", "trade"])
def test_an_agreement_on_cooperation_with_a_party(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


# persona non grata parsed as a clause -------------------------------------------------------------------

def test_persona_non_grata_clause(extractor):
    got = rows(extractor, "Colombia declared Venezuela's ambassador persona non grata.")
    assert got == {("COL", "REDUCES_RELATIONS", "VEN", "asserted")}, got


# a military presence built up ------------------------------------------------------------------------------

def test_a_presence_built_up_near_a_state_mobilizes(extractor):
    got = rows(extractor, "Russian forces have steadily built up their military presence near Finland.")
    assert got == {("RUS", "MOBILIZES", "FIN", "asserted")}, got


def test_a_firms_presence_mobilizes_nothing(extractor):
    assert rows(extractor, "The company has built up its presence in Asia.") == set()


# ground taken back -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Ethiopian forces recaptured the town of Badme from Eritrea.", ("ETH", "ATTACKS", "ERI", "asserted")),
    ("Georgian troops briefly recaptured South Ossetia.", ("GEO", "ATTACKS", "SOUTH_OSSETIA", "asserted")),
], ids=["from", "object"])
def test_recapturing_ground_attacks_its_holder(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_recapturing_the_initiative_attacks_no_one(extractor):
    assert rows(extractor, "Kenya recaptured the initiative in the talks.") == set()


# a dropped deal's other party ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Chad ended the defence pact that lets French soldiers use its bases.", ("TCD", "REDUCES_RELATIONS", "FRA", "asserted")),
    ("Colombia suspended the accord that it had reached with the FARC.", ("COL", "REDUCES_RELATIONS", "FARC", "asserted")),
    ("Mali tore up its defence accord with France.", ("MLI", "REDUCES_RELATIONS", "FRA", "asserted")),
    ("Guinea tears up mining accord with Australia after audit", ("GIN", "REDUCES_RELATIONS", "AUS", "asserted")),
], ids=["forces-let-in", "reached-with", "with-on-the-verb", "headline-up"])
def test_a_dropped_deal_cuts_relations_with_its_other_party(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_a_dropped_deal_with_no_other_party_cuts_nothing(extractor):
    assert rows(extractor, "Mali scrapped the agreement that the government signed in 2015.") == set()


# a purchase stopped sanctions the seller ----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Poland stopped buying Russian coal last year.", ("POL", "SANCTIONS", "RUS", "asserted")),
    ("Germany said it would halt purchases of Russian oil.", ("DEU", "SANCTIONS", "RUS", "planned")),
], ids=["verb", "noun"])
def test_stopping_a_purchase_sanctions_the_seller(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


def test_stopping_a_supply_still_sanctions_the_receiver(extractor):
    got = rows(extractor, "Russia stopped supplying gas to Poland.")
    assert got == {("RUS", "SANCTIONS", "POL", "asserted")}, got


# private people and people carried meet no state --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chinese tourists visited Japan in record numbers.",
    "South Korean students travelled to Beijing for the games.",
    "The two captured pilots were flown to Moscow on Monday.",
    "The detained officers were handed over to Ivan Petrov, the Bulgarian envoy who chairs the OSCE, and flown to Moscow.",
], ids=["tourists", "students", "carried", "carried-bare-participle"])
def test_no_meeting_of_states(extractor, text):
    assert rows(extractor, text) == set()


@pytest.mark.parametrize("text,expected", [
    ("The Chinese foreign minister visited Japan.", ("CHN", "MEETS", "JPN", "asserted")),
    ("Putin flew to Beijing on Monday.", ("RUS", "MEETS", "CHN", "asserted")),
    ("Putin has flown to Beijing.", ("RUS", "MEETS", "CHN", "asserted")),
], ids=["minister", "leader-flies", "leader-has-flown"])
def test_officials_still_meet(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


# help offered is the possessor's own -------------------------------------------------------------------

def test_a_bodys_help_offered_goes_to_no_one_named(extractor):
    assert rows(extractor, "Qatar offered the Gulf Cooperation Council's help to end the dispute.") == set()


def test_a_states_arms_supplied_still_go_to_it(extractor):
    got = rows(extractor, "Russia supplied most of India's weapons.")
    assert got == {("RUS", "SUPPLIES", "IND", "asserted")}, got


# envoys forced out ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Niger forced out France's ambassador last year.", ("NER", "REDUCES_RELATIONS", "FRA", "asserted")),
    ("Mali drove the French ambassador out of Bamako.", ("MLI", "REDUCES_RELATIONS", "FRA", "asserted")),
], ids=["forced-out", "drove-out-of"])
def test_forcing_out_an_envoy_reduces_relations(extractor, text, expected):
    got = rows(extractor, text)
    assert got == {expected}, got


@pytest.mark.parametrize("text", [
    "Protesters drove the Israeli ambassador out of Amman.",
    "Mali forced out the French troops.",
], ids=["protesters", "troops-not-envoys"])
def test_no_expulsion_without_a_state_or_an_envoy(extractor, text):
    assert not any(r[1] == "REDUCES_RELATIONS" for r in rows(extractor, text))


# signatures, handshakes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Xi shook hands with Biden in Bali.", {("CHN", "MEETS", "USA", "asserted")}),
    ("Japan initialled a trade agreement with Vietnam.", {("JPN", "COOPERATES", "VNM", "asserted")}),
    ("The leaders of Armenia and Azerbaijan put their signatures to a joint declaration on Friday.",
     {("ARM", "COOPERATES", "AZE", "asserted")}),
], ids=["shook-hands", "initialled", "signatures"])
def test_handshakes_and_signatures(extractor, text, expected):
    got = rows(extractor, text)
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "The town changed hands twice.",
    "The petition gathered a million signatures.",
], ids=["changed-hands", "petition"])
def test_no_relation_in_other_hands_or_signatures(extractor, text):
    assert rows(extractor, text) == set()


# "accused neighbouring X of ...": the participle the parser made a verb of ----------------------------

def test_accused_neighbour_is_the_doer(extractor):
    got = rows(extractor, "Ethiopia accused neighbouring Eritrea of arming the Islamic Courts Union.")
    assert got == {("ETH", "ACCUSES", "ERI", "asserted"), ("ERI", "SUPPLIES", "ICU", "alleged")}, got


def test_accused_without_the_participle_is_unchanged(extractor):
    got = rows(extractor, "Uganda accused Rwanda of backing the M23.")
    assert got == {("UGA", "ACCUSES", "RWA", "asserted"), ("RWA", "SUPPORTS", "M23", "alleged")}, got


# the subject of a passive does its infinitive, not the by-agent --------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A Nigerian navy vessel was reported by military sources to be patrolling off the Gambian coast.",
     {("NGA", "MOBILIZES", "GMB", "alleged")}),
    ("Iran is believed by Western analysts to be supplying drones to Russia.", {("IRN", "SUPPLIES", "RUS", "alleged")}),
], ids=["reported-by", "believed-by"])
def test_a_passive_subject_does_the_infinitive(extractor, text, expected):
    got = rows(extractor, text)
    assert got == expected, got
