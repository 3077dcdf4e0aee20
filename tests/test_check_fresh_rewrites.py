"""Rewrites judged as a careful lead would (issue 23): the false-alarm classes a first look at fresh
DeFacto rows showed (dev2's defacto-test source), each fixed by a general rule. Every example is
invented, and each rule has a look-alike where the alarm stays."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes
from tests.held import held_for_review


def _check(notes: str, draft: str, original: str):
    return check_draft(split_notes(notes), draft, original=original)


def _fact(report, nid: str = "n1"):
    return next(f for f in report.facts if f.id == nid)


def _alarm(report, nid: str = "n1") -> bool:
    return _fact(report, nid).status in ("dropped", "contradicted", "hedge_lost")


def _review(report, nid: str = "n1") -> bool:
    """Held for review (check23ak): words of the old side left beside a change are no problem."""
    return held_for_review(_fact(report, nid))


def _flagged(report, word: str) -> bool:
    return any(word in u.text for u in report.unsupported)


# ------------------------------------------------------------------ removals: what the note takes out


def test_a_number_of_a_removed_claims_topic_says_which_thing_and_may_stay():
    """"the three boats being from Cornwall": the claim is where they are from; "three" says which boats."""
    note = "Remove the information about the part that says the three fishing boats are from Cornwall from the summary."
    original = "Three fishing boats from Cornwall have been rescued off the coast."
    assert not _alarm(_check(note, "Three fishing boats have been rescued off the coast.", original))
    assert _alarm(_check(note, original, original))


def test_a_removed_first_name_belongs_to_the_person_the_phrase_names_not_to_a_capital_elsewhere_in_the_note():
    """"first name of the coach and ... i.e. Rovers": Rovers is the club; the coach's first name is Dean."""
    note = ("Remove the information about first name of the coach and second part of the club name i.e. Rovers "
            "from the summary.")
    original = "Bristol Rovers coach Dean Holt says he will stay."
    assert not _alarm(_check(note, "Bristol coach Holt says he will stay.", original))
    kept = _check(note, "Bristol coach Dean Holt says he will stay.", original)
    assert _alarm(kept) and "dean" in _fact(kept).evidence


def test_an_owner_named_in_a_removal_is_whose_thing_goes_not_the_thing():
    """"Carter's position in the squad": the position goes, Carter stays."""
    note = "Remove the information about Carter's position in the squad from the summary."
    original = "Wolves defender Carter has signed a new deal."
    assert not _alarm(_check(note, "Wolves' Carter has signed a new deal.", original))
    assert _alarm(_check("Remove the information about Carter from the summary.",
                         "Wolves defender Carter has signed a new deal.", original))


def test_words_another_note_asks_to_add_are_no_leftover_of_a_removal():
    notes = ("Remove the information about the bridge reopening after repairs from the summary.\n"
             "Add the information about the bridge being closed for repairs to the summary.")
    original = "The Tay bridge has reopened after repairs."
    assert not _alarm(_check(notes, "The Tay bridge has been closed for repairs.", original))
    alone = "Remove the information about the bridge reopening after repairs from the summary."
    assert _alarm(_check(alone, "The Tay bridge has reopened after repairs.", original))


def test_a_removal_whose_names_are_all_gone_is_made_though_its_common_words_stay():
    """"the plan for the protest to be held in Leeds": Leeds is what the note takes out."""
    note = "Remove the information about the plan for the protest to be held in Leeds from the summary."
    original = "Police have arrested two men over a plan to disrupt a protest in Leeds."
    assert not _alarm(_check(note, "Police have arrested two men over a plan to disrupt a protest.", original))
    assert _alarm(_check(note, "Police have arrested two men over a plan to disrupt a protest in Leeds.", original))


def test_a_name_that_qualifies_a_removed_claims_topic_is_what_goes():
    """"French police making the arrests": the police still made them; that they were French goes.
    A topic that is the name itself ("Dupont making the arrests") is no qualifier: the claim must go."""
    note = "Remove the information about French police making the arrests from the summary."
    original = "French police have arrested three men over the theft."
    assert not _alarm(_check(note, "Police have arrested three men over the theft.", original))
    assert _alarm(_check(note, original, original))
    named = "Remove the information about Dupont making the arrests from the summary."
    assert _review(_check(named, "Police have arrested three men over the theft.",
                         "Dupont has arrested three men over the theft."))


def test_an_ing_word_the_original_writes_after_the_same_noun_is_a_compound_not_a_claims_verb():
    """"the drink driving charge": the original's "drink driving" is a thing, not "drink" doing "charge"."""
    note = "Remove the information about the mayor and the drink driving charge from the summary."
    original = "A close ally of the mayor has been charged with fraud and drink driving."
    assert not _alarm(_check(note, "A close ally has been charged with fraud.", original))
    assert _alarm(_check(note, original, original))


# ------------------------------------------------------------------ replacements and additions: the new side


def test_words_both_sides_of_a_replacement_share_and_the_original_lacks_describe_the_thing():
    """"the incident occurring in Leeds" -> "the incident occurring in Hunslet Road": "incident" and
    "occurring" are how the note names the thing, not words the result must use."""
    note = ("Replace the information about the incident occurring in Leeds with the information about the incident "
            "occurring in Hunslet Road.")
    original = "Two men have robbed a shop in Leeds."
    assert not _alarm(_check(note, "Two men have robbed a shop in Hunslet Road.", original))
    assert _alarm(_check(note, "Two men have robbed a shop in Leeds.", original))


def test_an_event_said_to_happen_needs_no_happen_and_an_arrival_is_arriving():
    note = "Add the information about the arrest happening after the woman arrived from Lisbon to the summary."
    original = "A woman has been arrested on suspicion of fraud."
    assert not _alarm(_check(note, "A woman has been arrested on suspicion of fraud upon her arrival from Lisbon.",
                             original))
    assert _alarm(_check(note, "A woman has been arrested on suspicion of fraud.", original))


def test_a_noun_in_ction_is_its_verb():
    note = "Replace the information about a five-year sentence with the information about a conviction."
    original = "A man has been jailed for five years for fraud."
    assert not _alarm(_check(note, "A man has been convicted of fraud.", original))
    assert _alarm(_check(note, "A man has been jailed of fraud.", original))


def test_a_name_the_note_misspells_is_right_as_the_original_writes_it():
    note = 'Add the information about Before the name Kowalsky, add "Dr" so it becomes "Dr Kowalsky" to the summary.'
    original = "Surgeon Anna Kowalski has been praised by the hospital."
    assert not _alarm(_check(note, "Surgeon Dr Kowalski has been praised by the hospital.", original))
    # the draft misspells a name the original does not write: still an alarm, a look since check23z (a name a
    # letter or two off may be the note's slip as well as the result's: written_otherwise.near)
    typo = _check("Replace the information about Derby with the information about Pontypridd.",
                  "A Pontypidd man has been nominated for an award.", "A Derby man has been nominated for an award.")
    assert _alarm(typo) and _fact(typo).tier == "check"


# ------------------------------------------------------------------ contradictions that are not


def test_a_negation_the_original_already_had_does_not_contradict_an_instruction_without_one():
    note = "Modify the information about Sunday's Premier League opener to say the team's first match in the summary."
    original = "Leeds United striker Tom Reed will not play in Sunday's Premier League opener against Hull, says manager Bill Moss."
    report = _check(note, "Leeds United's Tom Reed will not play in the team's first match, says Bill Moss.", original)
    assert _fact(report).status != "contradicted"
    new = _check("Add the information that the bridge has reopened to the summary.",
                 "The bridge has not reopened after repairs.", "The bridge is closed for repairs.")
    assert _fact(new).status == "contradicted"


def test_a_failure_the_text_states_with_the_notes_own_cue_is_no_lost_negation():
    note = "Add the information about the council failing to publish accurate figures to the summary."
    original = "The council has been fined."
    said = _check(note, "Councils must publish accurate figures each year, and the council failed to make sure "
                        "its figures were accurate.", original)
    assert not _alarm(said)
    assert _alarm(_check(note, "The council published accurate figures.", original))


# ------------------------------------------------------------------ unsupported: plain English the lists missed


def test_a_possessive_of_a_function_word_is_a_function_word():
    report = _check("Remove the information about the name of the area from the summary.",
                    "A project to protect an area's wildlife has been given funding.",
                    "A project to protect Exmoor's wildlife has been given funding.")
    assert not _flagged(report, "area")


def test_derivations_the_lemmas_miss():
    report = _check("Add the information about his belief in a robbery to the summary.",
                    "He believes the man was robbed.", "A man spoke to the police.")
    assert not _flagged(report, "believes") and not _flagged(report, "robbed")
    report = _check("Add the information about the robbery to the summary.", "A man believes he was robbed.",
                    "A man was hurt.")
    assert _flagged(report, "believes")


def test_everyone_is_a_function_word_like_everything():
    report = _check("Replace the information about 21 people dying with the information about all on board dying.",
                    "A plane has crashed, killing everyone on board.", "A plane has crashed, killing 21 people.")
    assert not _flagged(report, "everyone")


def test_a_number_written_into_a_code_is_part_of_a_name_not_a_count_to_take_out():
    """"the closure of the M4": the road is context the result may name again; a count stays exact."""
    note = "Remove the information about the closure of the M4 and Swindon from the summary."
    original = "The closure of the M4 near Swindon has caused long delays."
    assert not _alarm(_check(note, "Drivers on the M4 faced long delays.", original))
    counted = _check("Remove the information about the 4 lanes being closed from the summary.",
                     "All 4 lanes were closed, causing long delays.", "All 4 lanes were closed, causing long delays.")
    assert _alarm(counted)


def test_a_replaced_claim_about_the_same_thing_keeps_the_things_words():
    """"the stand-up show being cancelled" -> "it being unclear whether the show will be cancelled": the
    show is the same; only what is said of it changes."""
    note = ("Replace the information about the stand up show being cancelled with the information about it being "
            "unclear whether the show will be cancelled.")
    original = "A stand-up show on the radio has been cancelled after complaints."
    report = _check(note, "It is unclear whether a stand-up show on the radio will be cancelled after complaints.",
                    original)
    assert not _alarm(report) and not _flagged(report, "up")
    other = _check("Replace the information about Smith being the captain with the information about Jones being the "
                   "captain.", "Smith is the captain and Jones plays.", "Smith is the captain.")
    assert _review(other)


def test_think_feel_and_believe_say_one_thing_and_the_year_of_a_date_is_no_new_fact():
    report = _check("Replace the information about his fitness with the information about him thinking the team is "
                    "tired.", "The coach feels the team is tired at the end of the year.",
                    "The coach says he is fit for the 2019 season.")
    assert not _flagged(report, "feels") and not _flagged(report, "year")
    assert _flagged(_check("Add the information about the coach thinking the team is tired to the summary.",
                           "The coach feels the team is tired this year.", "The coach spoke."), "year")


def test_a_noun_in_ment_is_its_verb():
    note = "Add the information about engineers in Wales also being part of the development to the summary."
    original = "Engineers in Norway have developed a new kind of battery."
    assert not _alarm(_check(note, "Engineers in Norway and Wales have developed a new kind of battery.", original))
    assert _alarm(_check(note, "Engineers in Norway and Wales have built a new kind of battery.", original))


def test_data_and_details_say_one_thing():
    report = _check("Add the information about the club failing to give accurate data to the summary.",
                    "The club failed to give accurate details.", "The club was fined.")
    assert not _flagged(report, "details")


def test_a_person_the_original_calls_she_or_he_is_a_woman_or_a_man_when_the_name_goes():
    note = "Remove the information about the novelist's name and her job from the summary."
    original = "Novelist Jane Okafor writes about her fight with illness."
    report = _check(note, "A woman writes about her fight with illness.", original)
    assert not _flagged(report, "woman")
    report = _check(note, "A man writes about his fight with illness.", original)
    assert _flagged(report, "man")


def test_the_verb_of_a_removed_claim_going_takes_the_claim_with_it():
    """"the opposition criticising the plan": the criticism goes; the plan is what it was about."""
    note = "Remove the information about the opposition criticising the plan from the summary."
    original = "The new road plan has been criticised by the opposition as too costly."
    assert not _alarm(_check(note, "A new road plan has been announced.", original))
    assert _review(_check(note, "The new road plan has been criticised as too costly.", original))


def test_a_verb_that_only_ties_a_value_to_its_thing_need_not_be_repeated():
    """"the plan costing £5bn" is carried by "a £5bn plan"; the value itself stays required."""
    note = "Add the information about the scheme costing £4bn to the summary."
    original = "Ministers have announced a rail scheme."
    assert not _alarm(_check(note, "Ministers have announced a £4bn rail scheme.", original))
    assert _alarm(_check(note, "Ministers have announced a £3bn rail scheme.", original))


def test_a_blaze_is_a_fire():
    report = _check("Add the information about the fire starting in a kitchen to the summary.",
                    "Crews tackled a blaze that started in the kitchen of a pub.", "Crews tackled a pub fire.")
    assert not _alarm(report)


def test_a_claim_replaced_by_another_about_the_same_thing_keeps_the_thing_and_what_it_acted_on():
    report = _check("Replace the information about the board approving the merger with the information about the "
                    "board delaying a decision.",
                    "The board has delayed a decision on the merger with Acme.",
                    "The board has approved the merger with Acme.")
    assert not _alarm(report) and not _flagged(report, "merger")
    assert _alarm(_check("Replace the information about the board approving the merger with the information about "
                         "the board delaying a decision.", "The board has approved the merger with Acme.",
                         "The board has approved the merger with Acme."))


def test_a_replacement_is_contradicted_by_its_new_side_not_by_the_old_side_it_corrects():
    """"released without charge" is what the note asks; its "charged" is the claim it corrects."""
    note = ("Replace the information about the man being charged with the information about him being released "
            "without charge.")
    original = "A man has been charged after a van hit a wall in Leeds."
    report = _check(note, "A man has been released without charge after a van hit a wall in Leeds.", original)
    assert _fact(report).status != "contradicted" and not _flagged(report, "man")
    kept = _check(note, original, original)
    assert _alarm(kept)


def test_a_replacement_made_in_part_is_not_contradicted_by_the_old_side_it_corrects():
    note = ("Replace the information about the woman being charged with the information about her being released "
            "without charge and bailed.")
    original = "A woman has been charged after a van hit a wall in Leeds."
    report = _check(note, "A woman has been released without charge after a van hit a wall in Leeds.", original)
    assert _fact(report).status != "contradicted"


def test_a_value_given_by_what_it_is_needs_no_word_for_what_it_is():
    """"the date being 3 May" is carried by "on May 3": "date" says what 3 May is."""
    note = "Add the information about the date being 12 June to the summary."
    original = "The fair will go ahead."
    assert not _alarm(_check(note, "The fair will go ahead on June 12.", original))
    assert _alarm(_check(note, "The fair will go ahead on June 13.", original))


def test_an_age_the_notes_give_may_be_written_year_old():
    report = _check("Add the information about the woman being 52 to the summary.",
                    "A 52-year-old woman has been fined.", "A woman has been fined.")
    assert not _flagged(report, "year") and not _flagged(report, "old")
    report = _check("Add the information about the woman being fined to the summary.",
                    "A 52-year-old woman has been fined.", "A woman has been fined.")
    assert _flagged(report, "52")





@pytest.mark.parametrize("original, draft", [
    ("The mill has axed 90 jobs.", "The mill has cut 90 jobs."),
    ("The town has scrapped plans for a bypass.", "The town has abandoned plans for a bypass."),
    ("The gallery has bought a rare vase.", "The gallery has acquired a rare vase."),
    ("The bakery employs 40 staff.", "The bakery employs 40 workers."),
    ("A pupil was hurt in the fall.", "A student was hurt in the fall."),
    ("Divers found the wreck.", "Divers discovered the wreck."),
    ("The side clinched the cup.", "The side won the cup."),
    ("The review criticised the prison.", "The review condemned the prison."),
    ("Vets warned of a rise in cases.", "Vets cautioned about a rise in cases."),
    ("The thief fled the shop.", "The thief escaped the shop."),
])
def test_news_wordings_of_one_act_are_no_new_content(original, draft):
    report = _check("Remove the information about the weather from the summary.", draft, original)
    assert not report.unsupported, [u.text for u in report.unsupported]


def test_a_dictionary_word_of_the_note_is_never_respelled_as_a_name_of_the_original():
    from assistant.check.spellings import as_original_spells

    note = "Remove the information about the Mayor of Leeds from the summary."
    assert as_original_spells(note, "Removed from office, Mayors of Leeds spoke.") == note
    assert as_original_spells("Add the information about Barrosso's title to the summary.",
                              "Jose Barroso spoke.") == "Add the information about Barroso's title to the summary."


def test_a_first_name_of_a_title_is_the_first_word_of_the_name_after_the_title():
    note = "Remove the information about the first name of the Home Secretary from the summary."
    original = "Home Secretary Ann Lee has announced a review."
    kept = _check(note, "Home Secretary Ann Lee has announced an inquiry.", original)
    # raised as a look: the name is found by where it stands, not named by the note (edit_tiers.py)
    assert _alarm(kept) and _fact(kept).tier == "check"
    assert not _alarm(_check(note, "Home Secretary Lee has announced an inquiry.", original))
