"""Who did it and on whose word, across the ways news prose refers back to actors (paraphrase matrix rules).

Each rule is tested on short passages written for it, with exact rows and claimants, and with negatives.
"""

from __future__ import annotations

from tests.loaders.extracted import sorted_claim_rows


# --- "its"/"their" owning what an attack hits is the other party, not the attacker ----------------------------

def test_possession_hit_by_attack_belongs_to_the_speaker(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Estonia said that Russia had attacked its undersea cables.")
    assert rows == {("RUS", "ATTACKS", "EST", "alleged", ("EST",))}


def test_possession_in_at_phrase_of_attack(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Japan said North Korean boats had fired shots at its patrol vessels.")
    assert ("PRK", "ATTACKS", "JPN", "alleged", ("JPN",)) in rows


def test_violated_its_airspace(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Cyprus said Turkish drones violated its airspace on Monday.")
    assert rows == {("TUR", "ATTACKS", "CYP", "alleged", ("CYP",))}


def test_own_possession_stays_with_the_attacker(extractor) -> None:
    # "its own positions": the attacker hit itself, so no attack on the speaker
    rows = sorted_claim_rows(extractor, "Ukraine said Russia had shelled its own positions by mistake.")
    assert not any(r[1] == "ATTACKS" and r[2] == "UKR" for r in rows)


def test_gerund_attack_keeps_the_accusers_possession(extractor) -> None:
    # the doer of "ramming" is the accused; "its vessel" is the accuser's (read as before)
    rows = sorted_claim_rows(extractor, "Vietnam accused China of ramming its fishing boat.")
    assert ("CHN", "ATTACKS", "VNM", "alleged", ("VNM",)) in rows


# --- a plural pronoun opening a sentence stands for the whole coordinated subject before it ------------------

def test_they_stands_for_both_conjuncts_of_previous_subject(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Greece and Cyprus held talks in Athens. They urged Turkey to halt drilling.")
    assert ("GRC", "REQUESTS", "TUR", "asserted", ()) in rows
    assert ("CYP", "REQUESTS", "TUR", "asserted", ()) in rows


def test_they_stands_for_three_conjuncts(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Kenya, Uganda and Tanzania issued a statement. They condemned Sudan's attack on the convoy.")
    assert {r[0] for r in rows if r[1:3] == ("CONDEMNS", "SDN")} == {"KEN", "UGA", "TZA"}


def test_their_leaders_stands_for_both(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Armenia and Azerbaijan traded fire overnight. Their foreign ministers met Russian officials in Moscow.")
    assert ("ARM", "MEETS", "RUS", "asserted", ()) in rows
    assert ("AZE", "MEETS", "RUS", "asserted", ()) in rows


def test_they_after_single_subject_is_not_a_group(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Peru hosted Chile's foreign minister. They signed a trade pact with Bolivia.")
    assert not any(r[0] == "CHL" and r[2] == "BOL" for r in rows)


# --- "he"/"she" saying a quote is never a name inside that quote --------------------------------------------

def test_he_said_after_quote_is_previous_person(extractor) -> None:
    text = ('Moldovan President Maia Sandu spoke in Chisinau on Tuesday. '
            '"Russia is attacking our energy grid," she said.')
    assert ("RUS", "ATTACKS", "MDA", "alleged", ("MDA",)) in sorted_claim_rows(extractor, text)


def test_titled_office_with_state_then_quote(extractor) -> None:
    text = ('Poland\'s foreign minister spoke to reporters on Monday. '
            '"Belarus is sending migrants to our border," he said.')
    rows = sorted_claim_rows(extractor, text)
    assert not any(r[3] == "alleged" and r[4] == ("BLR",) for r in rows)


def test_spokesperson_quote_is_not_asserted(extractor) -> None:
    text = ('The Chinese foreign ministry spokesperson responded on Thursday. '
            '"Washington is arming Taipei," she said.')
    assert ("USA", "SUPPLIES", "TWN", "alleged", ("CHN",)) in sorted_claim_rows(extractor, text)


# --- descriptions that only some actors fit: "the island", "the former colonial power" ------------------------

def test_the_island_is_the_island_state_not_the_last_subject(extractor) -> None:
    rows = sorted_claim_rows(extractor, "China flew bombers near Taiwan on Friday. The island accused Beijing of provocation.")
    assert ("TWN", "ACCUSES", "CHN", "asserted", ()) in rows
    assert not any(r[0] == "CHN" and r[1] == "ACCUSES" for r in rows)


def test_island_nation_as_possessor_of_a_ministry(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Russia sent warships to Sri Lanka. The island nation's foreign ministry urged India to stay calm.")
    assert ("LKA", "REQUESTS", "IND", "asserted", ()) in rows


def test_former_colonial_power(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Chad ordered the last French soldiers to leave. The former colonial power accused Chad of breaking the treaty.")
    assert ("FRA", "ACCUSES", "TCD", "asserted", ()) in rows
    assert ("TCD", "ACCUSES", "TCD", "asserted", ()) not in rows


def test_island_with_no_island_state_named_is_no_one(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Germany criticised China on Monday. The island nation urged Brazil to stay neutral.")
    assert not any(r[1] == "REQUESTS" for r in rows)


# --- "the military"/"the army" as a subject is the state the article is about ---------------------------------

def test_the_military_as_subject(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Myanmar's junta bought jets from Russia. The military accused Thailand of sheltering rebels.")
    assert ("MMR", "ACCUSES", "THA", "asserted", ()) in rows


def test_the_army_outside_a_subject_is_not_the_state(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Fighting raged in Sudan. The EU sanctioned two firms linked to the army.")
    assert ("EU", "SANCTIONS", "SDN", "asserted", ()) not in rows


# --- "both sides"/"the two sides": the two parties something was "between" --------------------------------

def test_both_sides_after_talks_between(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Qatar hosted talks between Congo and Rwanda. It urged both sides to respect the truce.")
    assert ("QAT", "REQUESTS", "COD", "asserted", ()) in rows
    assert ("QAT", "REQUESTS", "RWA", "asserted", ()) in rows


def test_the_two_sides_after_mediating_between(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Oman is mediating between Iran and the United States. It called on the two sides to keep talking.")
    assert {r[2] for r in rows if r[:2] == ("OMN", "REQUESTS")} == {"IRN", "USA"}


def test_both_sides_with_no_named_pair_names_no_one(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Kenya hosted talks between rival factions. It urged both sides to compromise.")
    assert not any(r[1] == "REQUESTS" for r in rows)


# --- the attack hits "one of its ..." ----------------------------------------------------------------------------

def test_attack_on_one_of_its_things(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Greece said Turkish jets had attacked one of its ships.")
    assert ("TUR", "ATTACKS", "GRC", "alleged", ("GRC",)) in rows


# --- "Title Name did X. He ..." in a new paragraph is that office holder, not the last paragraph's speaker -------

def test_titled_person_opening_a_paragraph_is_the_next_he(extractor) -> None:
    text = ("Mexican President Claudia Sheinbaum said the tariffs were unfair. She urged Washington to negotiate.\n\n"
            "Canada's Foreign Minister Melanie Joly responded on Tuesday. She accused the United States of breaking the trade pact.")
    rows = sorted_claim_rows(extractor, text)
    assert ("CAN", "ACCUSES", "USA", "asserted", ()) in rows
    assert ("MEX", "ACCUSES", "USA", "asserted", ()) not in rows


def test_untitled_previous_subject_leaves_the_speaker(extractor) -> None:
    # a subject with no office ("The talks") is no person: "he" goes on for the speaker before
    text = ("Kenyan President William Ruto said the war must end. He urged Sudan to accept talks.\n\n"
            "The talks stalled on Tuesday. He accused the RSF of blocking aid.")
    assert ("KEN", "ACCUSES", "RSF", "asserted", ()) in sorted_claim_rows(extractor, text)


# --- "its Baltic ally": a partner noun narrowed by a modifier only some actors fit -------------------------------

def test_baltic_ally_is_the_baltic_state(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Moscow halted oil deliveries to Latvia. Washington has backed its Baltic ally.")
    assert ("USA", "SUPPORTS", "LVA", "asserted", ()) in rows
    assert ("USA", "SUPPORTS", "RUS", "asserted", ()) not in rows


def test_baltic_ally_with_no_baltic_state_named_is_no_one(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Moscow threatened Poland. Washington has backed its Baltic ally.")
    assert not any(r[:2] == ("USA", "SUPPORTS") for r in rows)


# --- a counted group ("the three military governments") is a list of just that many states earlier in its sentence --

def test_counted_group_is_the_list_in_its_own_sentence(extractor) -> None:
    text = ("Britain criticised the coups. French forces left Mali and Niger after the coups, "
            "and the two juntas have since bought drones from Turkey.")
    rows = sorted_claim_rows(extractor, text)
    assert {r[2] for r in rows if r[:2] == ("TUR", "SUPPLIES")} == {"MLI", "NER"}


def test_counted_group_is_not_the_clauses_own_subject(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Germany and France have been urging both sides to talk.")
    assert ("DEU", "REQUESTS", "FRA", "asserted", ()) not in rows
    assert ("FRA", "REQUESTS", "DEU", "asserted", ()) not in rows


# --- a deed in a question left open is claimed by no one ------------------------------------------------------------

def test_not_said_whether_claims_nothing(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Hungarian officials have not said whether they will expel the Russian ambassador.")
    assert not any(r[1] == "REDUCES_RELATIONS" for r in rows)


def test_unclear_whether_claims_nothing(extractor) -> None:
    rows = sorted_claim_rows(extractor, "It is unclear whether Belarus will send troops to Ukraine.")
    assert not any(r[1] == "SUPPLIES" for r in rows)


def test_weighing_whether_stays_a_plan(extractor) -> None:
    # not an open question: the weigher's own plan
    rows = sorted_claim_rows(extractor, "Beijing is weighing whether to send arms to Russia.")
    assert ("CHN", "SUPPLIES", "RUS", "planned", ("CHN",)) in rows


def test_said_that_still_claims(extractor) -> None:
    rows = sorted_claim_rows(extractor, "Belarus said it would send troops to Ukraine.")
    assert ("BLR", "SUPPLIES", "UKR", "planned", ("BLR",)) in rows
