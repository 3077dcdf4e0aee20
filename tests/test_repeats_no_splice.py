"""A repeat is not merged into a comma splice (prose37, issue 25; invented notes): two notes that say one hand's
doing twice with different verbs were run together as "In her right hand, she lifts tall lantern, she swings tall
lantern in her right hand, while ..." (`repeats._merged`), two clauses joined by a comma; the two sentences stay."""

from assistant.check import prose
from assistant.compose.repeats import merge_repeats
from assistant.notes import Observation


def test_a_merge_that_makes_a_splice_is_refused():
    notes = ["in her right hand, she lifts tall lantern, while her left hand holds small, round mirror",
             "she swings tall lantern in her right hand, while her left hand holds small, round mirror"]
    observations = [Observation(id=f"n{i + 1}", text=t) for i, t in enumerate(notes)]
    sentences = ["In her right hand, she lifts tall lantern, while her left hand holds small, round mirror.",
                 "She swings tall lantern in her right hand, while her left hand holds small, round mirror."]
    out = merge_repeats(list(sentences), observations, [], 60)
    assert not any(r.kind == "splice" for r in prose.remarks(" ".join(out)))
    assert "swings" in " ".join(out) and "lifts" in " ".join(out)
