"""What a thing has, said of the sentence's subject instead (check25, issue 23 item 4): a note's
"gown, featuring lace sleeves" drafted "... the gown, and features lace sleeves", which gives the
sleeves to the bride. Invented examples; every word of the note is in the wrong caption."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

NOTES = "bride, dressed in long ivory gown, featuring lace sleeves + pearl buttons"


def _fact(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts[0]


def test_what_a_thing_has_given_to_the_subject_is_a_look():
    fact = _fact(NOTES, "The bride is dressed in a long ivory gown and features lace sleeves and pearl buttons.")
    assert (fact.status, fact.tier) == ("contradicted", "check") and "bride" in fact.evidence
    mug = "man holding a white mug, featuring a red logo\nwindow behind man"
    fact = _fact(mug, "A man is holding a white mug, and features a red logo.")
    assert fact.status == "contradicted" and "mug" in fact.evidence


def test_what_a_thing_has_kept_on_it_passes():
    assert _fact(NOTES, "The bride is dressed in a long ivory gown featuring lace sleeves and pearl buttons.").status == "kept"
    assert _fact(NOTES, "The bride is dressed in a long ivory gown, which features lace sleeves and pearl buttons.").status == "kept"
    # the note's subject has it: no other thing between
    assert _fact("bride featuring lace sleeves, dressed in long ivory gown",
                 "The bride is dressed in a long ivory gown and features lace sleeves.").status == "kept"
    # after clothes, "sporting" is the wearer's
    assert _fact("man in blue jacket, sporting thick beard", "A man wears a blue jacket and sports a thick beard.").status == "kept"
