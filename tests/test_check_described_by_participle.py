"""A participle between a colour and its noun ("a white collared shirt", "a red striped scarf") describes
the noun: the colour stays on the thing (check28, issue 23). It cut the phrase, so the colour was lost and
"X layered over a white collared shirt" gave no relation to read: a draft with the two things swapped
passed. Invented examples."""

from assistant.check import check_draft
from assistant.check.binding import note_phrases
from assistant.kinds.caption import CaptionTask


def _facts(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft).facts


def test_the_colour_before_a_participle_and_its_noun_is_the_noun_s():
    assert [(p.head.lower, [a.lower for a in p.attrs]) for p in note_phrases("A white collared shirt.")] == [
        ("shirt", ["white"])]


def test_a_relation_over_such_a_thing_swapped_is_raised():
    fact = _facts("An orange jumpsuit is layered over a white collared shirt.",
                  "A white collared shirt is layered over an orange jumpsuit.")[0]
    assert fact.status == "contradicted" and "swapped" in fact.evidence
    terse = _facts("orange jumpsuit layered over white collared shirt",
                   "A white collared shirt is layered over an orange jumpsuit.")[0]
    assert terse.status == "contradicted"


def test_guard_the_relation_kept_passes():
    assert _facts("An orange jumpsuit is layered over a white collared shirt.",
                  "An orange jumpsuit is layered over a white collared shirt.")[0].status == "kept"
    # a participle after a noun still ends its phrase: "dogs chased cats" is two things
    assert [p.head.lower for p in note_phrases("Two black dogs chased white cats.")] == ["dogs", "cats"]
