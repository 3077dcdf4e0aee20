"""Support comes from everything the human supplied."""

import pytest

from assistant.check import check_draft
from assistant.notes import split_notes

ORIGINAL = "The head of the International Cricket Council said the colour of the kit was wrong."


@pytest.mark.parametrize("note, draft", [
    ("Replace the clash with preparations for a clash.", "They are prepared to clash."),  # derivation
    ("Modify the growth figures for schools.", "Schools will grow."),  # derivation by ending
    ("Modify the name of the body.", "The head of the ICC said the colour of the kit was wrong."),  # acronym
    ("Modify the head to Mr Smith.", "Mr Smith of the International Cricket Council said the colour of the kit was wrong."),
    ("Modify the colour.", "The head of the International Cricket Council said the color of the kit was wrong."),
])
def test_words_the_human_supplied_are_supported(note, draft):
    report = check_draft(split_notes(note), draft, original=ORIGINAL)
    assert report.unsupported == [], report.unsupported


def test_content_from_nowhere_stays_unsupported():
    notes = split_notes("Add the information about name of the person killed to the summary.")
    report = check_draft(notes, "Rodolfo Illanes has been beaten to death.",
                         original="The head of the federation has been beaten to death.")
    assert [u.text for u in report.unsupported] == ["Rodolfo Illanes"]
    assert report.facts[0].status == "verify"


def test_an_unrelated_word_sharing_only_a_short_beginning_is_not_supported():
    report = check_draft(split_notes("a contest"), "A contest with content.")
    assert [u.text for u in report.unsupported] == ["content"]


@pytest.mark.parametrize("note_word, draft_word", [("detention", "detained"), ("decision", "decided"),
                                                   ("description", "described"), ("extension", "extended")])
def test_a_verb_supported_by_its_noun_in_ion(note_word, draft_word):
    report = check_draft(split_notes(f"the {note_word} of the man"), f"The man was {draft_word}.")
    assert report.unsupported == [], report.unsupported


def test_a_given_name_completing_a_supplied_name_is_a_look_not_certain():
    """"Elon Musk" where the notes say "Musk": still shown, as a "have a look"; a name the
    notes do not have at all stays certain."""
    report = check_draft(split_notes("Musk visited the plant"), "Elon Musk visited the plant with Jeff Bezos.")
    tiers = {s.text: s.tier for s in report.unsupported}
    assert tiers == {"Elon": "check", "Jeff Bezos": "certain"}


def test_letters_are_the_notes_text_in_other_words():
    """"The letters ..." for the note's "text" (lexicon-2026.12.05.1) is no new content."""
    from assistant.kinds.caption import CaptionTask

    report = check_draft(CaptionTask(notes='a shop sign with black text "SALE"').observations(),
                         'The black letters "SALE" are on a shop sign.')
    assert report.ok, (report.unsupported, report.facts)


def test_a_tone_word_before_a_colour_the_notes_give_is_no_new_content():
    """"Electric-blue", "canary yellow", "painted a bright red" say the notes' colour more exactly
    (lexicon `shades`, `colouring`, lexicon-2026.12.05.5); a tone word before a colour no note
    gives, or "pale" (which changes the colour), is still shown."""
    notes = split_notes("a blue kayak on a yellow dock")
    assert check_draft(notes, "An electric-blue kayak on a canary yellow dock.").ok
    assert check_draft(notes, "A blue kayak on a dock painted a bright yellow.").ok
    assert [u.text for u in check_draft(notes, "A neon green kayak on a yellow dock.").unsupported] == ["neon green"]
    assert [u.text for u in check_draft(notes, "A pale blue kayak on a yellow dock.").unsupported] == ["pale"]


def test_polished_is_a_word_for_reflective():
    assert check_draft(split_notes("a reflective black floor"), "A polished black floor.").ok


@pytest.mark.parametrize("draft", [
    "A quite long red bench.", "A fairly long red bench.", "The image showcases a long red bench.",
])
def test_degree_words_and_showcases_state_no_fact(draft):
    """"Quite", "fairly", "further back", "showcases" (lexicon-2026.12.05.7 framing) add nothing
    a note must back."""
    assert check_draft(split_notes("a long red bench"), draft).unsupported == []


def test_pale_is_light_of_a_colour():
    assert check_draft(split_notes("a light blue door"), "A pale blue door.").ok


@pytest.mark.parametrize("draft", [
    "The wall is composed of red bricks and has a small window.",
    "The wall consists of red bricks and a small window.",
    "The wall, comprised of red bricks, has a small window.",
])
def test_a_thing_said_to_be_made_of_its_parts_adds_no_fact(draft):
    """"is composed of", "consists of", "comprised of" link a thing to its parts as "made of" and
    "has" do (lexicon framing, issue 23, check23i); what the parts are still needs support."""
    notes = split_notes("A wall of red bricks with a small window.")
    assert check_draft(notes, draft).unsupported == []
    report = check_draft(notes, "The wall is composed of red bricks and blue tiles and has a small window.")
    assert [u.text for u in report.unsupported] == ["blue tiles"]


def test_soft_medium_rich_and_muted_are_tones_of_a_colour_the_notes_give():
    """"a soft blue", "medium brown", "a rich red", "muted green" name the notes' colour's tone
    (lexicon-2026.12.05.14 `shades`, check23i); before a colour no note gives they stay shown."""
    notes = split_notes("a blue kayak on a brown dock by a red hut with a green door")
    assert check_draft(notes, "A soft blue kayak on a medium brown dock by a rich red hut with a muted green door.").ok
    assert [u.text for u in check_draft(notes, "A soft pink kayak on a brown dock by a red hut with a green door.").unsupported] \
        == ["soft pink"]


@pytest.mark.parametrize("draft", [
    "Old books are arranged on a wooden shelf.", "Old books are affixed to a wooden shelf.",
    "Old books are mounted on a wooden shelf.",
])
def test_placement_verbs_say_where_a_thing_is_not_what_it_is(draft):
    """"arranged on", "affixed to", "mounted on" place a thing as "placed on" does (lexicon-2026.12.05.15
    framing, check23i); where the notes give no place, the place is still shown."""
    assert check_draft(split_notes("old books on a wooden shelf"), draft).ok
    report = check_draft(split_notes("old books"), draft)
    assert [u.text for u in report.unsupported] == ["wooden shelf"]


def test_a_close_up_view_is_framing_not_an_unsupported_up_or_a_near():
    """'close-up' is one framing word: its parts say no direction ('close' as 'near', 'up') and
    nothing the notes lack, where the notes say "close view"; a real 'up' still counts."""
    from assistant.kinds.caption import CaptionTask
    obs = CaptionTask(notes="close view of an old metal door handle").observations()
    report = check_draft(obs, "A close-up view shows an old metal door handle.")
    assert report.ok and report.unsupported == []
    looking = CaptionTask(notes="dog close to the door, looking up").observations()
    assert not check_draft(looking, "A dog is far from the door, looking down.").ok


def test_a_cut_never_leaves_half_a_hyphenated_word():
    from assistant.compose.polish import cut_span
    assert cut_span("A close-up view shows a handle.", 8, 10) is None
    assert cut_span("A bright red bus stands here.", 2, 8) == "A red bus stands here."
