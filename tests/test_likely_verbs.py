"""A fragment no rule mends gets the "is"/"are" the model finds likeliest (assistant/compose/likely_verbs.py),
through the seam's `log_likelihoods`: every sentence here is invented."""

import pytest

from assistant import llm
from assistant.check import prose
from assistant.compose import compose
from assistant.compose.likely_verbs import insert_be
from assistant.kinds.caption import CaptionTask

# a fragment no rule mends (since 390b5ce "The feline facing ..." is mended to "The feline faces ..." without the model;
# since prose36 a ", with ..." tail is kept after a mended head, so "..., with white patches on its chest" is too)
FRAGMENT = "The cat's fur predominantly ginger, white patches on its chest."
MENDED = "The cat's fur is predominantly ginger, white patches on its chest."


def is_fragment(sentence):
    return any(r.kind == "fragment" for r in prose.remarks(sentence))


def liking(*good: str, bad: tuple[str, ...] = ()):
    """A stand-in scorer: a text gains 10 for each phrase of `good` it holds, loses 10 for each of
    `bad`, and 0.1 a character (a longer text is less likely, as under a model)."""
    def score(text: str) -> float:
        return 10 * sum(g in text for g in good) - 10 * sum(b in text for b in bad) - 0.1 * len(text)
    return score


def scorer_of(score, asked=None):
    def scores(texts):
        if asked is not None:
            asked.append(list(texts))
        return [score(t) for t in texts]
    return scores


def test_the_be_goes_where_the_model_finds_the_sentence_likeliest():
    asked = []
    assert insert_be(FRAGMENT, scorer_of(liking("fur is predominantly"), asked)) == MENDED
    tried = [t for batch in asked for t in batch]
    # never after an article or a preposition, never before a verb already there
    assert not any(t.startswith(("The is", "The are")) for t in tried)
    assert not any(" the is " in t or " of is " in t for t in tried)
    assert FRAGMENT in asked[-1]  # the sentence as it was is scored against the winner


def test_a_comma_that_ended_the_subject_goes_and_a_noun_predicate_gets_its_article():
    fragment = "The gull's tail, mix of gray and white feathers, subtly visible behind its wing."
    assert insert_be(fragment, scorer_of(liking("tail is a mix"))) == \
        "The gull's tail is a mix of gray and white feathers, subtly visible behind its wing."
    assert insert_be("Two mugs on the right, one blue and one white.", scorer_of(liking("mugs are on"))) == \
        "Two mugs are on the right, one blue and one white."


def test_the_sentence_stays_when_no_mend_beats_it_or_the_model_cannot_score():
    # every insertion reads worse than the sentence as it was (longer, nothing gained)
    assert insert_be(FRAGMENT, scorer_of(liking())) is None
    assert insert_be(FRAGMENT, lambda texts: None) is None
    assert insert_be("Cat.", scorer_of(liking("Cat is"))) is None  # no place for a verb


def test_a_model_outside_this_process_cannot_score_and_nothing_is_sent(fake):
    assert llm.log_likelihoods(["A cat."], llm.ModelSpec(model="openai/gpt-4o-mini")) is None
    assert llm.log_likelihoods(["A cat."], llm.ModelSpec(model="fake/test")) is None  # the fake without a scorer
    fake.scorer = len
    assert llm.log_likelihoods(["A cat.", "A dog sits."], llm.ModelSpec(model="fake/test")) == [6.0, 11.0]
    assert llm.log_likelihoods([], llm.ModelSpec(model="fake/test")) == []


def test_a_scorer_that_answers_for_fewer_texts_is_an_error(fake):
    fake.score = lambda texts: [0.0]
    with pytest.raises(ValueError, match="scored 1 of 2"):
        llm.log_likelihoods(["a", "b"], llm.ModelSpec(model="fake/test"))


NOTES = "cat on the sofa\ncat's fur predominantly ginger, white patches on its chest"


def test_compose_mends_the_fragment_no_rule_mends_and_says_so(fake, fake_spec):
    assert is_fragment(FRAGMENT)
    fake.enqueue([f"A cat is on the sofa.\n{FRAGMENT}"])
    fake.scorer = liking("fur is predominantly")
    draft = compose(CaptionTask(notes=NOTES), fake_spec)
    assert draft.text == f"A cat is on the sofa. {MENDED}"
    assert draft.check.ok, draft.check.model_dump()
    change = next(c for c in draft.changes if c.after == MENDED)
    assert change.before == FRAGMENT and "likeliest" in change.reason
    assert all(FRAGMENT in batch or any("fur" in t for t in batch) for batch in fake.scored)  # only the fragment


def test_compose_leaves_the_fragment_where_the_model_cannot_score(fake, fake_spec):
    fake.enqueue([f"A cat is on the sofa.\n{FRAGMENT}"])
    draft = compose(CaptionTask(notes=NOTES), fake_spec)
    assert draft.text == f"A cat is on the sofa. {FRAGMENT}" and draft.check.ok
    assert len(fake.scored) == 1  # asked once, answered None: no second round


def test_sentences_that_are_no_fragments_cost_no_scoring(fake, fake_spec):
    fake.enqueue(["A cat is on the sofa.\nThe feline sits near the right side of the frame."])
    fake.scorer = liking("fur is predominantly")
    draft = compose(CaptionTask(notes="cat on the sofa\nfeline sits near right side of frame"), fake_spec)
    assert draft.text == "A cat is on the sofa. The feline sits near the right side of the frame."
    assert fake.scored == []


def test_a_failing_scorer_leaves_the_sentence_and_a_warning(fake, fake_spec):
    def broken(texts):
        raise RuntimeError("llama_decode returned 1")
    fake.enqueue([f"A cat is on the sofa.\n{FRAGMENT}"])
    fake.score = broken
    draft = compose(CaptionTask(notes=NOTES), fake_spec)
    assert FRAGMENT in draft.text
    assert any("could not score" in w for w in draft.warnings)


@pytest.mark.embedded
def test_the_embedded_model_puts_the_verb_where_a_reader_would():
    from assistant.llm import embedded  # noqa: PLC0415

    embedded.weights_path()  # verified weights from the pinned packages
    spec = llm.ModelSpec(model="embedded")

    def scores(texts):
        return llm.log_likelihoods(texts, spec)
    assert insert_be("The cat's fur predominantly ginger, with white patches on its chest.", scores) == \
        "The cat's fur is predominantly ginger, with white patches on its chest."
    assert insert_be("The gull's tail, mix of gray and white feathers, barely visible.", scores) == \
        "The gull's tail is a mix of gray and white feathers, barely visible."
    assert insert_be("A man in a red coat walks a dog on the beach.", scores) is None  # a sentence already
    # one text scores about the same alone and among others (the batch changes only rounding)
    alone, = scores(["A red bus is on the left."])
    among = scores(["Two mugs are on the right.", "A red bus is on the left.", "Gray clouds."])[1]
    assert abs(alone - among) < 1.0 and alone < 0


def test_a_verb_after_an_aside_keeps_the_asides_comma_and_a_second_clause_gets_its_own():
    fragment = "In the background, another plane, painted gray and white, parked beside the hangar."
    assert insert_be(fragment, scorer_of(liking("white, is parked"))) == \
        "In the background, another plane, painted gray and white, is parked beside the hangar."
    assert insert_be(fragment, scorer_of(liking())) is None



def tried(sentence):
    """Every text `insert_be` asks the model to score for `sentence`, in its first round."""
    asked = []
    insert_be(sentence, scorer_of(liking(), asked))
    return asked[0]


def test_no_be_goes_inside_a_quotation_or_parentheses():
    # what a sign says is quoted as written: an "is" inside it would misquote the sign
    sign = 'A sign reading "Fresh fish daily" above the stall.'
    assert insert_be(sign, scorer_of(liking('"Fresh is fish'))) != 'A sign reading "Fresh is fish daily" above the stall.'
    for sentence in (sign, "A sign reading “Fresh fish daily” above the stall.", "A mug (blue and white) on the left."):
        texts = tried(sentence)
        assert not any(b in t for t in texts for b in ("Fresh is", "fish is", "Fresh are", "fish are", "blue is",
                                                       "blue are")), texts
        assert any(" is above" in t or ") is on" in t for t in texts)  # after the quotation's or the aside's end


def test_no_be_after_a_possessive_or_before_a_conjunction():
    assert not any("cat's is" in t or "cat's are" in t for t in tried("The cat's fur mostly ginger."))
    assert not any(" is and" in t or " are and" in t for t in tried("The cat and dog asleep on the rug."))
    assert insert_be("The cat and dog asleep on the rug.", scorer_of(liking("dog are asleep"))) == \
        "The cat and dog are asleep on the rug."


def test_a_first_comma_between_subject_and_be_goes():
    # "The tail, is ..." is never written; a comma is kept only where it may close an aside opened before it
    texts = tried("The gull's tail, mix of gray and white feathers.")
    assert not any("tail, is" in t or "tail, are" in t for t in texts), texts
    assert "The gull's tail is mix of gray and white feathers." in texts


def test_a_spaced_comma_that_goes_leaves_no_double_space():
    assert insert_be("A cat , sleeping on the rug.", scorer_of(liking("cat is sleeping"))) == \
        "A cat is sleeping on the rug."


def test_two_words_get_no_verb():
    """"Ginger cat." has one place, and "Ginger is a cat." would make a name of the colour."""
    assert insert_be("Ginger cat.", scorer_of(liking("Ginger is a cat"))) is None


def test_a_sentence_whose_verb_follows_an_aside_is_left_as_it_is():
    """The fragment figure reads "stretches" after the aside as a plural; "The dune is a ridge of sand,
    stretches out ..." would be two verbs for one subject."""
    sentence = "The dune, tall ridge of pale sand, stretches out toward the sea."
    assert insert_be(sentence, scorer_of(liking("dune is"))) is None
    # a plural after a list's comma, before no particle, is no such verb
    assert insert_be("Two mugs on the right, cups of tea.", scorer_of(liking("mugs are on"))) == \
        "Two mugs are on the right, cups of tea."


def test_no_verb_goes_right_after_a_dash():
    asked = []
    insert_be("The sign – bright red letters on a white board.", scorer_of(liking(), asked))
    tried = [t for batch in asked for t in batch]
    assert tried and not any("– is" in t or "– are" in t for t in tried)  # no verb right after a dash


def test_a_failing_scorer_warns_once_for_all_fragments(fake, fake_spec):
    def broken(texts):
        raise RuntimeError("llama_decode returned 1")
    fake.enqueue([f"{FRAGMENT}\nThe dog's fur predominantly ginger, with a black patch on its nose."])
    fake.score = broken
    draft = compose(CaptionTask(notes="cat's fur predominantly ginger, with white patches on its chest\n"
                                      "dog's fur predominantly ginger, with a black patch on its nose"), fake_spec)
    assert sum("could not score" in w for w in draft.warnings) == 1, draft.warnings
