"""Sentence splitting keeps quoted text whole: a quote's closing mark stays with its sentence,
and a full stop or "!" inside a quotation on one line ends no sentence. A caption is split into
sentences and joined again by compose, so a lost quote mark or a cut inside a quote changed the
text the annotator transcribed."""

from assistant.compose.caption import clean_caption
from assistant.text import quotation_spans, sentences


def test_a_closing_quote_stays_with_its_sentence():
    text = 'The sign says "OPEN." A dog waits.'
    assert [s.text for s in sentences(text)] == ['The sign says "OPEN."', "A dog waits."]
    assert " ".join(clean_caption(text)) == text
    # the offsets still point into the text
    assert all(text[s.start:s.end] == s.text for s in sentences(text))


def test_a_stop_inside_a_quotation_ends_no_sentence():
    text = 'A tag reads "New! 42156, Hybrid car" in black. A cat sleeps.'
    assert [s.text for s in sentences(text)] == ['A tag reads "New! 42156, Hybrid car" in black.', "A cat sleeps."]
    said = 'He said "We will win. It is our time." The crowd cheered.'
    assert [s.text for s in sentences(said)] == ['He said "We will win. It is our time."', "The crowd cheered."]


def test_sentences_outside_quotes_split_as_before():
    assert [s.text for s in sentences("Dr. Smith arrived. He sat (on the left.) Then he left!")] == [
        "Dr. Smith arrived.", "He sat (on the left.)", "Then he left!"]
    assert [s.text for s in sentences("A cat.\n\nA dog.")] == ["A cat.", "A dog."]


def test_a_quote_that_ends_with_a_stop_inside_a_sentence_ends_no_sentence():
    """'the text "Keep out." is painted on it': the stop is the quote's; a lower-case word goes on."""
    text = 'A board with the text "Keep out." is attached to a post. A dog sits.'
    assert [s.text for s in sentences(text)] == ['A board with the text "Keep out." is attached to a post.', "A dog sits."]


def test_an_unclosed_quote_pairs_with_nothing():
    """'"TECHNIC. At ...': the quote before TECHNIC is never closed. Paired with the next mark (the
    one that opens "18+"), it made the sentence end between them a quotation's, and two sentences
    one of 41 words."""
    text = '"LEGO" + "TECHNIC. At the bottom left, "18+/42143" and a logo.'
    assert [s.text for s in sentences(text)] == ['"LEGO" + "TECHNIC.', 'At the bottom left, "18+/42143" and a logo.']
    assert [text[a:b] for a, b in quotation_spans(text)] == ['"LEGO"', '"18+/42143"']


def test_quote_marks_pair_by_the_side_they_face():
    assert [t[a:b] for t in ['He is 5\'10" tall. A "red" car.'] for a, b in quotation_spans(t)] == ['"red"']
    assert quotation_spans("“Stop” sign") == [(0, 6)]
    assert [s.text for s in sentences('A sign reads "Wet paint. Keep off." A dog sits.')] == [
        'A sign reads "Wet paint. Keep off."', "A dog sits."]


def test_a_quotation_inside_one_of_the_other_kind_is_part_of_it():
    """'reads “Beware. Do not feed the "friendly" ducks.”': the straight mark inside opened a
    quotation of its own, the curly one was dropped as unclosed, and the sentence was cut inside
    the sign's text ('A sign reads “Beware.')."""
    text = 'A sign reads “Beware. Do not feed the "friendly" ducks.” A dog sits.'
    assert [s.text for s in sentences(text)] == ['A sign reads “Beware. Do not feed the "friendly" ducks.”', "A dog sits."]
    assert [text[a:b] for a, b in quotation_spans(text)] == ['“Beware. Do not feed the "friendly" ducks.”']
    text = 'A poster says "Meet the “new” boss. Same as the old." A cat sleeps.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['"Meet the “new” boss. Same as the old."']
    # an unclosed quotation keeps the ones inside it, and a mixed pair is still one quotation
    text = '"TECHNIC. At the bottom left, “18+” and a logo.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['“18+”']
    assert [text[a:b] for t in ['The “OPEN" sign and "CLOSED” one.'] for a, b in quotation_spans(t)
            for text in [t]] == ['“OPEN"', '"CLOSED”']
