"""Deeds and ties stated in the many ways news prose words them (a paraphrase matrix, not single articles):
relative clauses over the goods, participles hung on the subject, forces sent near a state, event nouns
held by their doer, idiomatic and less common verbs, backing pledged as support rather than supplies,
flattened double objects, forces driven into a state, backed governments, blacklists, "-bound" goods,
relative clauses naming the doer of an event noun, headline verbs tagged as nouns."""

from __future__ import annotations

import pytest

from tests.loaders.extracted import edge_rows

A = "asserted"
P = "planned"

CASES = [
    # the goods are the relative clause's head, with or without "that"
    ("The drones that Iran sent to Russia were used against Kyiv.", {("IRN", "SUPPLIES", "RUS", A)}),
    ("The howitzers Germany provided to Ukraine arrived last week.", {("DEU", "SUPPLIES", "UKR", A)}),
    # a pronoun giver in the clause is left alone
    ("Putin mocked the tanks it has pledged to Kyiv.", set()),
    # a participle set off after the subject is the subject's deed
    ("Lavrov, visiting Pyongyang, praised the ties.", {("RUS", "MEETS", "PRK", A)}),
    # forces flown or sent near, around or off a state are deployed toward it
    ("China dispatched bombers near Taiwan on Friday.", {("CHN", "MOBILIZES", "TWN", A)}),
    ("Russia flew warplanes around Japan.", {("RUS", "MOBILIZES", "JPN", A)}),
    ("Germany sent tanks to Ukraine.", {("DEU", "SUPPLIES", "UKR", A)}),
    # an event noun held by its doer and aimed at a party, whatever verb it hangs on
    ("Russia's war against Georgia lasted five days.", set()),  # background war: the gold leaves it out
    ("Modi's talks with Putin ran late.", {("IND", "MEETS", "RUS", A)}),
    ("Brazil's trade with China hit a record.", {("BRA", "COOPERATES", "CHN", A)}),
    # idioms and less common verbs
    ("Qatar bankrolled Hamas for years.", {("QAT", "SUPPLIES", "HAMAS", A)}),
    ("Moscow rearmed the Syrian army.", {("RUS", "SUPPLIES", "SYR", A)}),
    ("Iran propped up the Houthis.", {("IRN", "SUPPORTS", "HOUTHIS", A)}),
    ("France teamed up with Germany on a new tank.", {("FRA", "COOPERATES", "DEU", A)}),
    ("Wang Yi sat down with Blinken in Munich.", {("CHN", "MEETS", "USA", A)}),
    ("Turkey occupied parts of Syria.", {("TUR", "ATTACKS", "SYR", A)}),
    ("Russian tanks rolled into Georgia in 2008.", {("RUS", "ATTACKS", "GEO", A)}),
    ("Saudi Arabia waged war on the Houthis.", {("SAU", "ATTACKS", "HOUTHIS", A)}),
    ("Russia's military buildup near Ukraine alarmed Kyiv.", {("RUS", "MOBILIZES", "UKR", A)}),
    ("China held war games near Taiwan.", {("CHN", "MOBILIZES", "TWN", A)}),
    ("Russia and Iran signed a strategic partnership.", {("RUS", "COOPERATES", "IRN", A)}),
    ("India will boost trade with Russia.", {("IND", "COOPERATES", "RUS", P)}),
    ("Japan forged an alliance with the Philippines.", {("JPN", "COOPERATES", "PHL", A)}),
    ("South Korea and Japan pledged closer cooperation.", {("KOR", "COOPERATES", "JPN", P)}),
    # backing lent or pledged sides with the party; backing of a material kind is a supply
    ("Ankara lent its full support to Baku.", {("TUR", "SUPPORTS", "AZE", A)}),
    ("Washington pledged military support to Kyiv.", {("USA", "SUPPLIES", "UKR", P)}),
    ("Iran showed solidarity with Lebanon.", {("IRN", "SUPPORTS", "LBN", A)}),
    # a double object flattened into the goods' compounds: the state named right after the verb receives them
    ("France gave Kyiv Caesar howitzers.", {("FRA", "SUPPLIES", "UKR", A)}),
    ("Washington will sell Poland Abrams tanks.", {("USA", "SUPPLIES", "POL", P)}),
    # forces driven into a state by a state invade it; money poured in does not
    ("Turkey poured troops into northern Iraq.", {("TUR", "ATTACKS", "IRQ", A)}),
    ("The EU poured money into Ukraine.", set()),
    # a backed government stands for the state it governs
    ("The Saudi-backed government in Yemen fled Sanaa.", {("SAU", "SUPPORTS", "YEM", A)}),
    # put on a blacklist: sanctioned; put on a list of partners: not
    ("Japan placed Russian firms on its sanctions list.", {("JPN", "SANCTIONS", "RUS", A)}),
    ("Britain added three Iranian officials to a blacklist.", {("GBR", "SANCTIONS", "IRN", A)}),
    ("NATO added Finland to its list of partners.", set()),
    # forces that fly near a state; a delegation that flies to it meets it
    ("Japanese fighter jets flew near Russia on Monday.", {("JPN", "MOBILIZES", "RUS", "asserted")}),
    ("The Russian delegation flew to Beijing.", {("RUS", "MEETS", "CHN", A)}),
    # the relative clause names the doer of any event noun, not only of sanctions
    ("The strikes that Israel carried out on Lebanon killed ten.", {("ISR", "ATTACKS", "LBN", A)}),
    ("The drills China staged around Taiwan lasted three days.", {("CHN", "MOBILIZES", "TWN", A)}),
    ("The attack that Iran condemned killed ten.", set()),
    # the state before "-bound" receives the goods; the goods' make names the supplier
    ("The Russia-bound shipment of Iranian drones arrived.", {("IRN", "SUPPLIES", "RUS", A)}),
    ("Moscow gathered tanks near the Finnish border.", {("RUS", "MOBILIZES", "FIN", A)}),
    ("Turkey sent reinforcements to the Syrian border.", {("TUR", "MOBILIZES", "SYR", A)}),
    ("Russia unleashed a barrage of missiles on Ukraine.", {("RUS", "ATTACKS", "UKR", A)}),
    ("Mali ended its defence cooperation with France.", {("MLI", "REDUCES_RELATIONS", "FRA", A)}),
    ("Washington kept sanctions on Caracas in place.", {("USA", "SANCTIONS", "VEN", A)}),
    # headline verbs the parser takes for plural nouns or leaves subjectless
    ("Russia shells Kharkiv as talks stall", {("RUS", "ATTACKS", "UKR", A)}),
    ("US sanctions Iran over drone sales", {("USA", "SANCTIONS", "IRN", A)}),
    ("Turkey hosts Ukraine for grain talks", {("TUR", "MEETS", "UKR", A)}),
    ("EU denounces Belarus over migrants", {("EU", "CONDEMNS", "BLR", A)}),
    ("Iran resupplies Hezbollah via Syria", {("IRN", "SUPPLIES", "HEZBOLLAH", A)}),
    ("China resupplied Russia last year.", {("CHN", "SUPPLIES", "RUS", A)}),
    ("US arms sales to Taiwan rose.", {("USA", "SUPPLIES", "TWN", A)}),
    ("Russia's shells hit Kharkiv.", {("RUS", "ATTACKS", "UKR", A)}),
    ("Iran arms Houthis, UN panel says", set()),  # the report's status is hidden by the misparse: left alone
    # headline "X to do Y" the parser leaves without a subject: an announced step (status.py), still to come
    ("Russia to sanction Ukraine", {("RUS", "SANCTIONS", "UKR", "planned")}),
    # what a party came under or faced, named by an adjective rather than a "from" phrase
    ("Kharkiv came under Russian shelling.", {("RUS", "ATTACKS", "UKR", A)}),
    ("Seoul faced Japanese criticism over the statue.", {("JPN", "CONDEMNS", "KOR", A)}),
    ("Israel faced an Iranian missile attack.", {("IRN", "ATTACKS", "ISR", A)}),
    ("Kyiv came under Russian fire.", set()),  # shooting or censure: left alone
    ("Israel has drawn Armenian anger.", set()),  # a feeling, not a protest
    # measures answered with, or aimed by a participle
    ("Washington responded with sweeping sanctions against Moscow.", {("USA", "SANCTIONS", "RUS", A)}),
    ("Biden announced new sanctions targeting Russia's energy sector.", {("USA", "SANCTIONS", "RUS", A)}),
    ("Israel launched strikes aimed at Hezbollah.", {("ISR", "ATTACKS", "HEZBOLLAH", A)}),
    ("Iran will respond with force against Israel.", {("IRN", "THREATENS", "ISR", A)}),
    # a guest welcomed to the host's own seat is a visit; a state welcomed into a body is not
    ("Biden welcomed Zelensky to the White House.", {("USA", "MEETS", "UKR", A)}),
    ("Kim Jong Un welcomed Putin to Pyongyang.", {("PRK", "MEETS", "RUS", A)}),
    ("Biden welcomed Sweden to NATO.", set()),
    # craft that swarm near a state; talks resumed are held
    ("Chinese coast guard ships swarmed near the Philippines.", {("CHN", "MOBILIZES", "PHL", A)}),
    ("Protesters swarmed the embassy.", set()),
    ("Iran resumed talks with the IAEA.", {("IRN", "MEETS", "IAEA", A)}),
    ("South Korea and Japan resumed their security dialogue.", {("KOR", "MEETS", "JPN", A)}),
    # negatives: nothing to tell
    ("The letter that France sent to Mali was leaked.", set()),
    ("The war in Ukraine continues.", set()),
    ("Biden sat in the Oval Office.", set()),
    ("The ministers sat down in Brussels.", set()),
    ("Hungary blocked Ukraine's talks with the European Union.", set()),
    ("Serbia's relations with Kosovo remain tense.", set()),
    # a halted trade is a sanction, not cooperation
    ("India halted trade with Russia.", {("IND", "SANCTIONS", "RUS", A)}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_paraphrased_deed(extractor, text: str, expected: set) -> None:
    assert edge_rows(extractor, text) == expected
