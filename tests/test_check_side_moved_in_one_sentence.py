"""A side the note gives its thing, moved to another thing inside one sentence: "A man holds a striped umbrella,
and a woman ... walks a small dog on the left." passed as kept, the sentence naming the man says "left"
(review50's leftover miss, check32, issue 23). The clause that names the thing is read, where a sentence joins
two clauses that each have a verb. Invented examples."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask

NOTES = "man on left holds striped umbrella\nwoman in red coat walks small dog"


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(CaptionTask(notes=notes).observations(), draft).facts if f.id == nid)


def test_a_side_moved_to_another_clauses_thing_is_lost():
    for notes, draft in (
            (NOTES, "A man holds a striped umbrella, and a woman in a red coat walks a small dog on the left."),
            ("boy on right flies kite\ngirl in yellow dress reads book",
             "A boy flies a kite; a girl in a yellow dress reads a book on the right."),
            ("in background, tall pine trees line the ridge\nwooden cabin with smoke from chimney",
             "Tall pine trees line the ridge, while a wooden cabin with smoke from its chimney sits in the background.")):
        fact = _fact(notes, draft)
        assert (fact.status, fact.tier) == ("dropped", "certain"), draft


def test_guard_the_side_in_the_things_own_clause_or_one_list_passes():
    for draft in ("On the left, a man holds a striped umbrella, and a woman in a red coat walks a small dog.",
                  "A man on the left holds a striped umbrella, and a woman in a red coat walks a small dog.",
                  "A man holds a striped umbrella, and he stands on the left while a woman in a red coat walks a "
                  "small dog.",
                  "A man and a woman in a red coat stand on the left; he holds a striped umbrella, she walks a small "
                  "dog."):
        assert _fact(NOTES, draft).status == "kept", draft
