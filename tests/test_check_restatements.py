"""Alarms on human rewrites that restate the original or the note in other words (issue 23: the
false alarms of the DeFacto first looks, check23ab). Invented examples, each with a look-alike
where the alarm stays."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _report(note: str, draft: str, original: str):
    return check_draft(split_notes(note), draft, original=original)


def test_a_name_both_sides_of_a_replacement_share_is_the_notes_description():
    # "Hornets manager" / "Hornet manager": the note's name for whom the original calls "Harbour City
    # manager"; only what he says changes, so the result need not write "Hornet"
    note = ("Replace the information about Hornets manager saying he would resign with the information about "
            "Hornet manager saying that he would stay until May.")
    original = "Harbour City manager Tom Hale says he would resign."
    f = _report(note, "Harbour City manager Tom Hale says he would stay until May.", original).facts[0]
    assert f.status == "kept", f
    # a name only the new side gives is still the edit's to write
    note2 = "Replace the information about the manager with the information about Ruth Vance."
    f2 = _report(note2, "Harbour City manager Tom Hale says he would resign.", original).facts[0]
    assert f2.status in ("dropped", "contradicted") and f2.tier == "certain", f2


def _unsupported(note: str, draft: str, original: str) -> list[str]:
    return [u.text for u in _report(note, draft, original).unsupported]


def test_a_few_words_of_the_original_said_again_where_no_note_asks_are_no_new_content():
    # "opened" -> "launched": the writer words again what the original says; the note is elsewhere
    original = "A council in Kent has opened an inquiry into missing funds at the harbour office."
    draft = "A council in Kent has launched an inquiry into missing funds."
    assert _unsupported("Remove the information about the harbour office from the summary.", draft, original) == []


def test_a_rewording_that_brings_in_a_name_a_number_or_the_opposite_stays_an_alarm():
    note = "Remove the information about the harbour office from the summary."
    original = "A council in Kent has opened an inquiry into missing funds at the harbour office."
    assert "closed" in " ".join(_unsupported(note, "A council in Kent has closed an inquiry into missing funds.",
                                             original))
    assert _unsupported(note, "A council in Kent has opened Operation Gull into missing funds.", original)
    # words put in where nothing stood are no rewording
    assert "secret" in " ".join(_unsupported(note, "A council in Kent has opened a secret inquiry into missing funds.",
                                             original))


def test_a_rewording_where_a_note_describes_the_new_value_stays_an_alarm():
    # "Modify ... what they opened": the new words are the value the writer took from elsewhere
    original = "A council in Kent has opened an inquiry into missing funds at the harbour office."
    draft = "A council in Kent has launched an inquiry into missing funds."
    note = "Modify the information about what the council did in the summary."
    assert "launched" in " ".join(_unsupported(note, draft, original))


def test_one_plain_word_for_a_longer_run_of_the_original_is_a_rewording():
    # "made a late tactical switch as" -> "helped": the original said shorter, between its own words
    original = "The coach made a late tactical switch as his side beat the leaders on Sunday."
    draft = "The coach helped his side beat the leaders."
    assert _unsupported("Remove the information about Sunday from the summary.", draft, original) == []
    # a longer run put in is a clause of the writer's, still raised
    long = "The coach hired three new analysts who watched his side beat the leaders."
    assert _unsupported("Remove the information about Sunday from the summary.", long, original)


def test_a_noun_that_names_nothing_in_particular_for_what_a_removal_takes_out_is_a_stand_in():
    note = "Remove the information about the shotgun from the summary."
    original = "Two men were hurt after a shotgun was fired outside a pub in Leeds."
    assert _unsupported(note, "Two men were hurt after an incident outside a pub in Leeds.", original) == []
    # a name removed, described: "a member's" for the removed name
    assert _unsupported("Remove the information about the man's name from the summary.",
                        "The row over a member's resignation has split the Harbour Party.",
                        "The row over Tom Vale's resignation has split the Harbour Party.") == []
    # a thing in particular in its place is a claim of the writer's
    assert "knife" in " ".join(_unsupported(note, "Two men were hurt after a knife attack outside a pub in Leeds.",
                                            original))


def test_an_addition_that_names_its_thing_is_judged_by_its_name_and_half_its_words():
    original = "Harbour Town have lost their opening match of the season."
    note = "Add the information about Maria Lind being the newly appointed coach of the club to the summary."
    f = _report(note, "Harbour Town, coached by Maria Lind, appointed in May, have lost their opening match.",
                original).facts[0]
    assert f.status == "kept", f
    # the name missing is still the addition not made
    f2 = _report(note, "Harbour Town, coached by a newly appointed coach, have lost their opening match.",
                 original).facts[0]
    assert f2.status == "dropped", f2


def test_a_removal_keeps_what_it_names_as_the_exception():
    note = "Remove the information about everything except the mayor's speech from the summary."
    original = "Crowds cheered in Ashford as the mayor's speech opened the new bridge on Friday."
    assert _report(note, "The mayor's speech opened the new bridge.", original).facts[0].status == "kept"


def test_a_quoted_part_named_as_where_is_no_part_of_what_a_removal_takes_out():
    note = 'Remove the information about northern from the "Norway" part from the summary.'
    original = "Six climbers were rescued from a glacier in northern Norway on Monday."
    f = _report(note, "Six climbers were rescued from a glacier in Norway on Monday.", original).facts[0]
    assert f.status == "kept", f
    # the word it takes out, left, is still the removal not made
    f2 = _report(note, original, original).facts[0]
    assert f2.status == "dropped", f2


def test_a_removal_whose_figure_went_keeps_the_words_it_qualified_as_context():
    note = "Remove the information about 12% growth in yearly sales from the summary."
    original = "Bramble Foods, the region's largest baker, has reported 12% growth in yearly sales."
    f = _report(note, "Bramble Foods, the region's largest baker, has reported growth in yearly sales.", original).facts[0]
    assert f.status == "kept", f
    # the figure left is still the removal not made
    f2 = _report(note, original, original).facts[0]
    assert f2.status in ("dropped", "contradicted"), f2


def test_an_addition_whose_every_name_is_written_anew_is_made():
    note = "Add the information about it being officially inaugurated in Port Ellen at the end to the summary."
    original = "The island's new ferry terminal has opened to the public."
    f = _report(note, "The island's new ferry terminal has opened to the public in Port Ellen.", original).facts[0]
    assert f.status == "kept", f
    # the name not written is still the addition not made
    f2 = _report(note, "The island's new ferry terminal has opened to the public at last.", original).facts[0]
    assert f2.status == "dropped", f2


def test_a_word_run_together_with_its_article_supports_the_word():
    note = "Remove the information about the council from the summary."
    original = "A woman with ahypersensitivity to pollen has won a case against the council."
    assert _unsupported(note, "A woman with a hypersensitivity to pollen has won a case.", original) == []
    # a word that merely begins like an article is no such slip ("another", "abroad", "theme")
    from assistant.check.written_otherwise import article_dropped
    assert [article_dropped(w) for w in ("another", "abroad", "theme", "ahypersensitivity")] == [
        "", "", "", "hypersensitivity"]
