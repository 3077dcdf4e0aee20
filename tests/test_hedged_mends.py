"""A hedged terse fragment made a sentence without the model, its hedge kept as typed and on its fact
(assistant/compose/hedged.py, tried by `fragments.as_sentence`); every mend still passes the check
(`polish.complete_fragments`). Every example is invented."""

import pytest

from assistant.check import prose
from assistant.compose import fragments
from assistant.compose.polish import complete_fragments
from assistant.notes import split_notes


@pytest.mark.parametrize("fragment, sentence", [
    ("Maybe old barn.", "Maybe there is an old barn."),  # the hedge typed first stays first
    ("Possibly a kiosk behind the fence.", "Possibly there is a kiosk behind the fence."),
    ("Probably snow.", "Probably there is snow."),
    ("Maybe 4 cups on tray.", "Maybe there are 4 cups on tray."),
    ("About 12 geese near the pond.", "There are about 12 geese near the pond."),  # a hedged count stays on the count
    ("Tower probably a lighthouse.", "The tower is probably a lighthouse."),  # a hedge after its subject stays there
    ("Lawn possibly damp.", "The lawn is possibly damp."),
    ("Cat maybe dozing on rug.", "The cat is maybe dozing on the rug."),  # before its participle: before its verb
    ("Van likely parked on curb.", "The van is likely parked on the curb."),
])
def test_a_hedged_fragment_becomes_a_sentence_with_its_hedge(fragment, sentence):
    assert fragments.as_sentence(fragment, frozenset()) == sentence
    assert not any(r.kind == "fragment" for r in prose.remarks(sentence))


@pytest.mark.parametrize("fragment", [
    "Maybe a fox, possibly a dog.",  # two hedges: which covers what is the model's to say
    "Probably a heron, standing in reeds.",  # the hedge is on the subject, before a participle's aside
    "Woman maybe smiling, holding cup.",  # a hedge would spread to both verbs
    "Maybe 1 lamp.",  # "There are about" only for more than one
])
def test_no_mend_where_the_hedge_would_move_or_spread(fragment):
    made = fragments.as_sentence(fragment, frozenset())
    assert made is None or made.split()[:2] == fragment.split()[:2] or "maybe" not in made.lower().split()[2:]


def test_the_check_passes_the_hedged_mend():
    note = "maybe old barn"
    assert complete_fragments(["Maybe old barn."], split_notes(note), []) == ["Maybe there is an old barn."]
    note = "tower probably a lighthouse"
    assert complete_fragments(["Tower probably a lighthouse."], split_notes(note), []) == \
        ["The tower is probably a lighthouse."]


@pytest.mark.parametrize("fragment, sentence", [
    ("Sofa grey, possibly velvet.", "The sofa is grey, possibly velvet."),
    ("Hall dim, maybe evening.", "The hall is dim, maybe evening."),
    ("Gate open, maybe closing soon.", "The gate is open, maybe closing soon."),
])
def test_a_hedged_part_after_a_comma_stays_as_typed_after_its_sentence(fragment, sentence):
    assert fragments.as_sentence(fragment, frozenset()) == sentence


def test_a_hedged_tail_after_a_noun_phrase_is_left_where_it_was():
    # "There is a muddy path, maybe rain.": whether the hedge is on the path is unsure; no new "is" made
    made = fragments.as_sentence("Muddy path, maybe rain.", frozenset())
    assert made is None or made.startswith("There is a muddy path")
    note = "sofa grey, possibly velvet"
    assert complete_fragments(["Sofa grey, possibly velvet."], split_notes(note), []) == ["The sofa is grey, possibly velvet."]


@pytest.mark.parametrize("fragment", [
    "Maybe John.", "Maybe Paris.", "Maybe St Paul's.",  # a name: who or where it is, no "there is"
    "Probably Tuesday.", "Probably Monday morning.", "Maybe winter.",  # a time: when, no thing
    "Maybe same person.", "Maybe too dark.", "Probably not a dog.",  # an identification, a degree, a negation
    "Maybe 3.", "About 6.",  # a count of nothing named
])
def test_no_there_is_after_a_hedge_where_no_thing_is_named(fragment):
    made = fragments.as_sentence(fragment, frozenset())
    assert made is None or "there " not in made.lower()
    assert complete_fragments([fragment], split_notes(fragment.lower().rstrip(".")), []) == [fragment]


@pytest.mark.parametrize("fragment, sentence, mended", [
    ("Approximately 3 boats.", "There are approximately 3 boats.", None),  # a hedge of a count stays on the count
    # the mend gives the place's thing the article a pasted note gets (`restore.with_articles`)
    ("Roughly 40 people at rally.", "There are roughly 40 people at rally.", "There are roughly 40 people at the rally."),
])
def test_a_measure_hedge_first_stays_on_its_count(fragment, sentence, mended):
    assert fragments.as_sentence(fragment, frozenset()) == sentence
    assert complete_fragments([fragment], split_notes(fragment.lower().rstrip(".")), []) == [mended or sentence]
