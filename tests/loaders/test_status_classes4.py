"""Status and attribution classes first seen in the fourth corpus, on sentences written for these
tests (other actors and wording than the corpus articles)."""

from __future__ import annotations

from extracted import claim_rows as rows


def test_speaker_after_a_semicolon_does_not_report_the_first_clause(extractor):
    got = rows(extractor, "Estonia expels Belarusian envoy; Minsk says the step is hostile.")
    assert ("EST", "REDUCES_RELATIONS", "BLR", "asserted", ()) in got, got
    assert not any(r[:3] == ("EST", "REDUCES_RELATIONS", "BLR") and r[3] == "alleged" for r in got), got


def test_unnamed_ministry_telling_its_own_deed_is_asserted(extractor):
    got = rows(extractor, "Lithuania expelled two Belarusian diplomats on Monday, the foreign ministry said.")
    assert ("LTU", "REDUCES_RELATIONS", "BLR", "asserted", ()) in got, got


def test_named_third_party_speaker_still_alleges(extractor):
    got = rows(extractor, "Lithuania expelled two Belarusian diplomats on Monday, Poland's foreign ministry said.")
    assert ("LTU", "REDUCES_RELATIONS", "BLR", "alleged", ("POL",)) in got, got


def test_support_handed_over_is_one_supply_not_also_backing(extractor):
    got = rows(extractor, "A leaked UN report said Rwandan officers had provided logistical support to Sudanese militias.")
    assert got == {("RWA", "SUPPLIES", "SDN", "alleged", ("UN",))}, got


def test_denied_support_handed_over_is_denied_once(extractor):
    got = rows(extractor, "Oman's officials had provided military support to Yemen, a Saudi report said. "
                          "Muscat rejected the report as fabricated.")
    denied = [r for r in got if r[0] == "OMN" and r[3] == "denied"]
    assert denied == [("OMN", "SUPPLIES", "YEM", "denied", ("OMN",))], got
    assert ("OMN", "DENIES", "SAU", "asserted", ()) in got, got


def test_participle_describing_an_actor_inside_a_claim_is_the_articles_voice(extractor):
    got = rows(extractor, "An EU report said Iranian officers had sent drones to Houthi rebels attacking Saudi Arabia.")
    assert got == {("HOUTHIS", "ATTACKS", "SAU", "asserted", ()),
                   ("IRN", "SUPPLIES", "HOUTHIS", "alleged", ("EU",))}, got


def test_participle_that_is_the_evidence_itself_stays_claimed(extractor):
    got = rows(extractor, "Kenya found evidence of Somali troops fighting alongside al-Shabaab in Kenya, an official said.")
    assert ("SOM", "SUPPORTS", "AL_SHABAAB", "alleged", ("KEN",)) in got, got
    assert not any(r[3] == "asserted" and r[0] == "SOM" for r in got), got


def test_deed_that_a_vote_is_about_is_not_done_by_anyone(extractor):
    got = rows(extractor, "Georgia's intelligence agency said Russia was paying bloggers ahead of a referendum on joining NATO, "
                          "a charge Moscow dismissed as absurd.")
    assert not any(r[1] == "COOPERATES" for r in got), got


def test_rejected_charge_answers_its_claimant_without_the_deed(extractor):
    got = rows(extractor, "Georgia's intelligence agency said Russia was paying bloggers ahead of a referendum on joining NATO, "
                          "a charge Moscow dismissed as absurd.")
    assert got == {("RUS", "DENIES", "GEO", "asserted", ())}, got


def test_rejected_allegation_after_an_accusation(extractor):
    got = rows(extractor, "Vietnam accused Beijing of stirring unrest, an allegation China denied.")
    assert ("CHN", "DENIES", "VNM", "asserted", ()) in got, got


def test_talks_on_a_deed_hold_no_deed(extractor):
    assert rows(extractor, "Armenia held a referendum on joining the EU.") == set()


def test_unfriendly_step_condemns_the_doer_of_the_expulsion(extractor):
    got = rows(extractor, "Latvia expelled a Belarusian diplomat on Monday. "
                          "Belarus's foreign ministry called the expulsion an unfriendly step.")
    assert ("BLR", "CONDEMNS", "LVA", "asserted", ()) in got, got


def test_will_not_go_unanswered_is_a_vow(extractor):
    got = rows(extractor, "Latvia expelled a Belarusian diplomat on Monday. Minsk said the move would not go unanswered.")
    assert ("BLR", "THREATENS", "LVA", "asserted", ()) in got, got


def test_went_unanswered_is_no_vow(extractor):
    got = rows(extractor, "Latvia expelled a Belarusian diplomat on Monday. Minsk said the move will go unanswered.")
    assert not any(r[1] == "THREATENS" for r in got), got


def test_vow_is_not_aimed_at_what_the_quarrel_is_about(extractor):
    got = rows(extractor, 'Georgia expels Russian envoy over Abkhazia; Moscow says step "will not go unanswered"')
    assert ("RUS", "THREATENS", "GEO", "asserted", ()) in got, got
    assert not any(r[1] == "THREATENS" and r[2] == "ABKHAZIA" for r in got), got


def test_will_treat_as_a_legitimate_target_is_a_threat(extractor):
    got = rows(extractor, "Tehran said it would treat any Israeli aircraft as a legitimate target.")
    assert ("IRN", "THREATENS", "ISR", "asserted", ()) in got, got


def test_being_a_target_told_in_the_past_is_no_threat(extractor):
    got = rows(extractor, "Russia said Ukraine had become a target of Polish propaganda.")
    assert not any(r[1] == "THREATENS" for r in got), got


def test_would_not_tolerate_is_a_warning(extractor):
    got = rows(extractor, "Thai troops shelled a Cambodian border post on Sunday. "
                          "Phnom Penh said it would not tolerate any further violation of its territory by Thailand.")
    assert ("KHM", "THREATENS", "THA", "asserted", ()) in got, got


def test_tolerated_without_negation_is_no_warning(extractor):
    got = rows(extractor, "Phnom Penh said it would tolerate Thai patrols near the border.")
    assert not any(r[1] == "THREATENS" for r in got), got
