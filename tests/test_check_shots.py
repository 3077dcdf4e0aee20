"""The shot a caption note gives (eye-level, close-up, overhead, low-angle, aerial, wide, medium,
full) must be said somewhere in the caption (assistant/check/framing.py). Invented notes."""

import pytest

from assistant.check import check_draft
from assistant.check.framing import note_shots, shots
from assistant.notes import split_notes


def verdict(note, draft):
    f = check_draft(split_notes(note), draft).facts[0]
    return f.status, f.tier, f.missing


@pytest.mark.parametrize("note, draft, shot", [
    ("eye-level shot of a red kite over a beach", "A red kite flies over a beach.", "eye-level"),
    ("aerial view of a river through a green valley", "A river runs through a green valley.", "aerial"),
    ("medium shot of a potter shaping a clay bowl", "A potter shapes a clay bowl.", "medium"),
    ("full shot of a stone tower against a cloudy sky", "A stone tower rises against a cloudy sky.", "full"),
])
def test_a_caption_that_leaves_out_the_notes_shot_drops_it(note, draft, shot):
    assert verdict(note, draft) == ("dropped", "check", [shot])


@pytest.mark.parametrize("note, draft", [
    ("eye-level shot of a red kite over a beach", "Seen at eye level, a red kite flies over a beach."),
    ("close-up of a red kite over a beach", "A close up shows a red kite over a beach."),
    ("overhead view of a bowl of noodles on a table", "From above, a bowl of noodles sits on a table."),
    ("overhead view of a bowl of noodles on a table", "A bird's-eye view shows a bowl of noodles on a table."),
    # the shot is the picture's: another sentence may say it
    ("red kite over a beach\nwide shot of the beach", "A wide shot shows a beach. A red kite flies over the beach."),
])
def test_the_shot_said_in_any_form_or_sentence_is_kept(note, draft):
    assert all(f.status == "kept" for f in check_draft(split_notes(note), draft).facts)


def test_light_from_above_gives_no_shot():
    assert note_shots("light falling from above onto a desk") == frozenset()
    assert shots("light falling from above onto a desk") == {"overhead"}  # a draft's "from above" may say one


def test_a_rewrite_is_not_held_to_a_shot():
    report = check_draft(split_notes("say it is an aerial view"), "The photo is of a river.", original="The photo is of a river.")
    assert all("gives the shot" not in f.evidence for f in report.facts)
