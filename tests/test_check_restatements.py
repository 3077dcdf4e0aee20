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
