"""Rewrites: note forms the literal edits now carry out (an addition that qualifies a thing or
puts a title before a name), a note that gives no content (never sent to the model), and a
literal edit the check still doubts (never sent to the model again). Invented examples; any
model call not scripted fails the test."""

from assistant.compose import compose
from assistant.kinds.rewrite import RewriteTask


def test_an_addition_that_qualifies_a_thing_is_written_in_without_the_model(fake, fake_spec):
    task = RewriteTask(response="The board has approved plans to close two libraries.",
                       notes="Add the information about the plans being spending plans to the summary.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.attempts == 0
    assert draft.text == "The board has approved spending plans to close two libraries."


def test_a_title_added_before_the_person_the_note_names(fake, fake_spec):
    task = RewriteTask(response="Health Secretary Jane Moss has said waiting lists will fall.",
                       notes="Remove the information about first name of the health secretary from the summary.\n"
                             "Add the information about personal honorific of the health secretary i.e. Mrs. to the "
                             "summary.")
    draft = compose(task, fake_spec)
    assert fake.calls == []
    assert draft.text == "Health Secretary Mrs. Moss has said waiting lists will fall."


def test_a_title_the_name_already_has_is_not_added_twice(fake, fake_spec):
    fake.enqueue(["Dr. Ann Lee opened the clinic."] * 2)
    task = RewriteTask(response="Dr. Ann Lee opened the clinic.", notes="Add the information about the title of Ann Lee i.e. Dr.")
    assert "Dr. Dr." not in compose(task, fake_spec).text


def test_a_note_that_gives_no_content_is_not_sent_to_the_model(fake, fake_spec):
    task = RewriteTask(response="Kim Hale's late header gave Rovers a win over City.",
                       notes="Modify the information about the goal scored in the summary.\n"
                             "Rewrite the summary by focusing on the main points found in the source text.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.text == task.response
    assert sum("asks for content the notes do not give" in w for w in draft.warnings) == 2


def test_a_note_that_gives_its_value_still_goes_to_the_model(fake, fake_spec):
    fake.enqueue(["Kim Hale's late header gave Rovers a draw with City."] * 2)
    task = RewriteTask(response="Kim Hale's late header gave Rovers a win over City.",
                       notes="Modify the information about the win to a draw in the summary.")
    compose(task, fake_spec)
    assert len(fake.calls) >= 1


def test_a_note_that_gives_the_whole_new_text_replaces_a_one_sentence_response(fake, fake_spec):
    task = RewriteTask(response="The council has closed the bridge for a month after a crash.",
                       notes="Rewrite the summary by The council closed the bridge to check its cables after floods.")
    draft = compose(task, fake_spec)
    assert fake.calls == [] and draft.text == "The council closed the bridge to check its cables after floods."


def test_a_way_to_rewrite_is_no_new_text(fake, fake_spec):
    fake.enqueue(["The council has closed the bridge."] * 2)
    task = RewriteTask(response="The council has closed the bridge for a month after a crash.",
                       notes="Rewrite the summary by Focusing on the closure and its length.")
    compose(task, fake_spec)
    assert len(fake.calls) >= 1


def test_an_addition_the_note_only_describes_is_asked_once(fake, fake_spec):
    fake.enqueue(["Ann Lee hopes her form returns."])
    task = RewriteTask(response="Ann Lee hopes her form returns.",
                       notes="Add the information about role of the player in the team to the summary.")
    compose(task, fake_spec)
    assert len(fake.calls) == 1  # no patch call: a second answer would be one more guess
