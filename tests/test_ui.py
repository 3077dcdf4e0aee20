"""The app's handlers as plain functions: roles, notes saved first, no AI text before notes."""

import pytest

from assistant.app import accounts, db, projects, store
from assistant.errors import BadInputError
from assistant.llm.fake import FakeHTTPError
from assistant_ui.handlers import App, Forbidden
from tests.conftest import import_images
from tests.test_eval import echo_model


@pytest.fixture
def app(tmp_path, fake, fake_spec):
    sessions = db.connect(f"sqlite:///{tmp_path / 'app.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-2")
        project = projects.create_project(s, "streets", "caption")
        import_images(s, project, tmp_path, ["a"])
        rewrite = projects.create_project(s, "answers", "rewrite")
        (tmp_path / "r.jsonl").write_text('{"id": "r", "prompt": "How long?", "response": "Six months."}\n')
        projects.import_tasks(s, rewrite, str(tmp_path / "r.jsonl"))
    return App(sessions, fake_spec)


def _compose(app, task_id, notes, flags=()):
    *partials, final = list(app.compose("ann", task_id, notes, list(flags)))
    return partials, final


def test_roles_are_enforced_by_every_handler(app):
    with pytest.raises(Forbidden):
        app.review_queue("ann", None, "submitted", None)
    with pytest.raises(Forbidden):
        app.decide("ann", 1, "approve", "")
    with pytest.raises(Forbidden):
        app.stats("ann")
    with pytest.raises(Forbidden):
        app.next_task("lea")
    with pytest.raises(Forbidden, match="sign in"):
        app.next_task(None)
    assert app.authenticate("ann", "password-1") and not app.authenticate("ann", "nope")


def test_no_ai_text_before_notes_and_notes_are_saved_before_the_model(app, fake):
    view = app.next_task("ann")
    assert view["draft"] == "" and view["notes"] == "" and view["kind"] == "caption"
    with pytest.raises(Exception, match="write your notes first"):
        _compose(app, view["task_id"], "   ")
    fake.enqueue([FakeHTTPError(400, "bad request")])
    with pytest.raises(Exception, match="notes are saved"):
        _compose(app, view["task_id"], "red bus on the left\nwet road, maybe rain")
    again = app.next_task("ann")  # the same held task comes back with the notes intact
    assert again["task_id"] == view["task_id"] and again["notes"] == "red bus on the left\nwet road, maybe rain"
    with app.sessions() as s:
        kinds = [e.kind for e in store.history(s, s.get(db.Task, view["task_id"]))]
    assert kinds == ["claim", "notes", "draft_failed"]


def test_compose_streams_then_shows_provenance_questions_and_problems(app, fake):
    fake.enqueue([echo_model])
    view = app.next_task("ann")
    partials, final = _compose(app, view["task_id"], "red bus on the left\nwet road, maybe rain\n<b>x</b>")
    assert partials and all("partial" in p for p in partials)
    assert partials[0] == {"partial": ""}  # first, as soon as the notes are stored: the page shows progress
    assert final["ok"] and final["draft"].startswith("There is a red bus on the left.")
    assert "<b>x</b>" not in final["provenance_html"] and "&lt;b&gt;" in final["provenance_html"]
    assert final["questions"]  # the caption checklist asks for what the notes leave out
    notes = app.answer("ann", view["task_id"], "red bus on the left\nwet road, maybe rain", [],
                       final["questions"][:1], ["daylight, overcast"])["notes"]
    assert notes.endswith("daylight, overcast")
    checked = app.check_edit("ann", view["task_id"], notes, [], "A bus.")
    assert not checked["ok"] and "Dropped" in checked["problems_html"]
    # the message names the item, not only the task number
    assert app.submit("ann", view["task_id"], notes, [], "A bus.")["message"].startswith("Task 1 (item a) submitted")
    with app.sessions() as s:
        kinds = [e.kind for e in store.history(s, s.get(db.Task, view["task_id"]))]
    assert kinds[:3] == ["claim", "notes", "draft"] and "answer" in kinds and kinds[-2:] == ["edit", "submit"]


def test_lead_sees_diffs_and_history_and_sends_back_with_a_comment(app, fake):
    fake.enqueue([echo_model])
    view = app.next_task("ann")
    notes = "red bus on the left"
    _compose(app, view["task_id"], notes)
    app.submit("ann", view["task_id"], notes, [], "A red bus waits on the left.")
    queue = app.review_queue("lea", "ann", "submitted", None)
    assert [row[0] for row in queue] == [view["task_id"]]
    review = app.review_task("lea", view["task_id"])
    assert "<ins" in review["diff_draft_html"] and review["final"] == "A red bus waits on the left."
    assert [h[2] for h in review["history"]][:2] == ["claim", "notes"]
    assert "returned" in app.decide("lea", view["task_id"], "send_back", "name the street")
    back = app.next_task("ann")
    assert back["task_id"] == view["task_id"] and back["comment"] == "name the street"
    assert back["draft"]  # the earlier draft returns with its notes
    app.submit("ann", view["task_id"], notes, [], "A red bus waits on the left of Main Street.")
    assert "approved" in app.decide("lea", view["task_id"], "approve", "")
    assert app.stats("lea")[0][0] == "ann"


def test_rewrite_task_shows_prompt_response_and_flags(app, fake):
    view = app.next_task("ann")
    app.submit("ann", view["task_id"], "red bus", [], "A red bus.")  # finish the caption task first
    rewrite = app.next_task("ann")
    assert rewrite["kind"] == "rewrite" and rewrite["response"] == "Six months." and rewrite["prompt"] == "How long?"
    assert "hallucination" in rewrite["flags_offered"] and "hallucination" in rewrite["flag_help"]


def test_review_queue_filters_by_flag(app, fake):
    caption = app.next_task("ann")
    app.submit("ann", caption["task_id"], "red bus", [], "A red bus.")
    rewrite = app.next_task("ann")
    app.submit("ann", rewrite["task_id"], "3 months, not six", ["factual_error"], "Three months.")
    assert [r[0] for r in app.review_queue("lea", None, "submitted", "factual_error")] == [rewrite["task_id"]]
    assert app.review_queue("lea", None, "submitted", "tone") == []
    assert len(app.review_queue("lea", None, "submitted", None)) == 2


def test_only_a_lead_manages_projects_tasks_and_accounts(app, tmp_path):
    for call in (lambda: app.projects("ann"), lambda: app.add_account("ann", "eve", "lead", "password-3"),
                 lambda: app.add_project("ann", "p", "caption", []),
                 lambda: app.add_rewrite_task("ann", "answers", "", "text", "")):
        with pytest.raises(Forbidden):
            call()
    assert app.add_account("lea", "eve", "annotator", "password-3") == "Created annotator 'eve'."
    assert app.authenticate("eve", "password-3")
    with pytest.raises(Exception, match="at least 8"):
        app.add_account("lea", "bob", "annotator", "short")


def test_lead_adds_tasks_in_the_app(app, tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setenv("ANNOTATION_ASSISTANT_HOME", str(tmp_path / "home"))
    app.add_project("lea", "fresh", "caption", [])
    upload = tmp_path / "upload" / "harbour.png"
    upload.parent.mkdir()
    Image.new("RGB", (8, 8), (200, 0, 0)).save(upload)
    assert app.add_tasks("lea", "fresh", [str(upload)]) == (
        "Imported 1 task(s) into 'fresh'; skipped 0 already there; updated 0; refused 0.")
    # the same image again is the same item: the message says why nothing was added
    assert "Imported 0 task(s) into 'fresh'; skipped 1 already there" in app.add_tasks("lea", "fresh", [str(upload)])
    upload.unlink()  # Gradio's temporary upload goes away; the task keeps its own copy
    (tmp_path / "not-an-image.png").write_text("<script>alert(1)</script>")
    with pytest.raises(Exception, match="not-an-image.png: not a readable image"):
        app.add_tasks("lea", "fresh", [str(tmp_path / "not-an-image.png")])
    with pytest.raises(Exception, match="only go into a caption project"):
        app.add_tasks("lea", "answers", [str(tmp_path / "not-an-image.png")])
    with pytest.raises(Exception, match="1 to 80 characters"):
        app.add_project("lea", "   ", "caption", [])
    assert app.add_rewrite_task("lea", "answers", "Why?", "Because.", "why-1") == "Added Task 4 (item why-1) to 'answers'."
    with pytest.raises(Exception, match="response"):
        app.add_rewrite_task("lea", "answers", "Why?", "", "")
    assert {r[0]: r[2] for r in app.projects("lea")} == {"answers": 2, "fresh": 1, "streets": 1}

    # the annotator sees the uploaded image from the app's own copy
    for done in (1, 2):  # the queue serves tasks in order: first the older two
        assert app.next_task("ann")["task_id"] == done
        app.submit("ann", done, "a red bus", [], "A red bus.")
    view = app.next_task("ann")
    assert view["message"] == "Task 3 (fresh, harbour)"
    assert view["image"].startswith(str(tmp_path / "home" / "uploads")) and Image.open(view["image"]).size == (8, 8)


def test_a_bare_answer_is_stored_as_a_note_about_its_question(app, fake):
    fake.enqueue([echo_model])
    view = app.next_task("ann")
    _, final = _compose(app, view["task_id"], "red bus on the left")
    text_question = next(q for q in final["questions"] if "visible text" in q)
    notes = app.answer("ann", view["task_id"], "red bus on the left", [], [text_question], ["none"])["notes"]
    assert notes == "red bus on the left\nvisible text: none"
    with app.sessions() as s:
        answer = store.latest(s, s.get(db.Task, view["task_id"]), "answer")
    assert answer.text == "none" and answer.data["question"] == text_question  # the typed answer, as typed


def test_a_bug_during_compose_is_one_line_and_keeps_the_notes(app, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("index out of range\n  at frame 7")

    monkeypatch.setattr("assistant.app.service.annotate.compose_events", crash)  # not a model error: a bug in our own code
    view = app.next_task("ann")
    with pytest.raises(BadInputError) as raised:
        _compose(app, view["task_id"], "red bus on the left")
    assert "notes are saved" in str(raised.value) and "\n" not in str(raised.value)
    assert app.next_task("ann")["notes"] == "red bus on the left"
    with app.sessions() as s:
        failed = store.latest(s, s.get(db.Task, view["task_id"]), "draft_failed")
    assert failed.data["error"] == "unexpected RuntimeError: index out of range at frame 7"


def test_an_answer_that_refines_a_note_is_proposed_as_an_edit_not_appended(app, fake):
    fake.enqueue([echo_model])
    view = app.next_task("ann")
    notes = "red bus on the left\nmaybe 3 pedestrians"
    _, final = _compose(app, view["task_id"], notes)
    count_q = next(q for q in final["questions"] if "maybe 3 pedestrians" in q)
    result = app.answer("ann", view["task_id"], notes, [], [count_q], ["4"])
    # the hedged note is edited, not joined by a second note that disagrees with it
    assert result["notes"] == "red bus on the left\n4 pedestrians"
    assert [(e.note, e.before, e.after) for e in result["edits"]] == [("n2", "maybe 3 pedestrians", "4 pedestrians")]
    with app.sessions() as s:
        task = s.get(db.Task, view["task_id"])
        assert store.latest(s, task, "notes").text == notes  # not saved until the annotator composes with it
        answer = store.latest(s, task, "answer")
        assert answer.text == "4" and answer.data["edit"]["after"] == "4 pedestrians"
    fake.enqueue([echo_model])
    _compose(app, view["task_id"], result["notes"])  # confirming: both versions stay in the history
    with app.sessions() as s:
        texts = [e.text for e in store.history(s, s.get(db.Task, view["task_id"])) if e.kind == "notes"]
    assert texts[-2:] == [notes, "red bus on the left\n4 pedestrians"]


def test_compose_shows_kept_verbatim_notes_and_changed_sentences(app, fake):
    fake.enqueue(["A red bus is on the left.", "N2: Some people."])
    view = app.next_task("ann")
    _, final = _compose(app, view["task_id"], "red bus on the left\n3 pedestrians <script>x</script>")
    assert "Kept verbatim n2" in final["problems_html"] and "aa-verbatim" in final["provenance_html"]
    assert "Changed sentences" in final["problems_html"] and "<script>" not in final["problems_html"]


def test_a_note_typed_as_a_sentence_is_tagged_as_written_and_only_the_jotted_one_reaches_the_model(app, fake):
    fake.enqueue(["N1: There are three pedestrians."])
    view = app.next_task("ann")
    _, final = _compose(app, view["task_id"], "A red bus stands on the left.\n3 pedestrians")
    assert final["draft"] == "A red bus stands on the left. There are three pedestrians."
    html = final["provenance_html"]
    assert 'title="carries n1 · as you wrote it"' in html and 'title="carries n2"' in html  # not the model's
    assert "red bus" not in fake.calls[0]["messages"][-1]["content"]


def test_streamed_text_reaches_the_page_by_sentence_and_by_time_not_by_token(app, fake, monkeypatch):
    """A provider's tokens would each be a page update (Gradio's per-event work on the server,
    hundreds a second per annotator from a fast provider): the text so far goes out at most
    every PARTIAL_EVERY_S and at each sentence's end, and the page still ends with all of it."""
    fake.chunk_size = 1  # one character per streamed piece
    fake.enqueue([echo_model])
    view = app.next_task("ann")
    partials, final = _compose(app, view["task_id"], "a red bus is on the left\nthe road is wet, maybe rain\nthere are no people")
    texts = [p["partial"] for p in partials]
    assert len(final["draft"]) > 40 and 1 < len(texts) <= 8  # per sentence here: the fake answers at once
    assert all(b.startswith(a) for a, b in zip(texts, texts[1:]))  # it only grows
    assert texts[-1].lower() == final["draft"].lower()  # all of the stream was shown before the checked draft
    monkeypatch.setattr(app.service, "PARTIAL_EVERY_S", 0.0)  # every piece, as before: many times more updates
    fake.enqueue([echo_model])
    every, _ = _compose(app, view["task_id"], "a red bus is on the left\nthe road is wet, maybe rain\nthere are no people")
    assert len(every) > 4 * len(texts)


def test_a_compose_again_never_leaves_a_worse_draft(app, fake, monkeypatch):
    """The new draft checks worse than the one it replaces: the earlier one stays on screen,
    the page says so, and the history keeps both. Compose itself rarely ends worse (it cuts
    or patches what fails), so the second compose's final draft is made worse here."""
    from assistant.check import check_draft
    from assistant.app.service import annotate

    notes = "3 dogs on the left\na red ball on the grass"
    view = app.next_task("ann")
    fake.enqueue([echo_model])
    _, first = _compose(app, view["task_id"], notes)
    assert first["ok"] and "message" not in first
    real = annotate.compose_events

    def worse(task, *args, **kwargs):
        for event in real(task, *args, **kwargs):
            if isinstance(event, annotate.FinalDraft):
                text = "Two dogs are on the left. A blue ball is on the grass."  # wrong count, colour
                event = annotate.FinalDraft(draft=event.draft.model_copy(
                    update={"text": text, "check": check_draft(task.observations(), text)}))
            yield event

    monkeypatch.setattr(annotate, "compose_events", worse)
    fake.enqueue([echo_model])
    _, again = _compose(app, view["task_id"], notes)
    monkeypatch.setattr(annotate, "compose_events", real)
    assert again["draft"] == first["draft"] and again["ok"]
    assert again["message"].startswith("The new draft checked worse (") and "earlier draft is kept" in again["message"]
    assert "earlier draft is kept" in again["problems_html"]
    with app.sessions() as s:
        drafts = [e for e in store.history(s, s.get(db.Task, view["task_id"])) if e.kind == "draft"]
    assert [d.text for d in drafts] == [first["draft"], drafts[1].text, first["draft"]]
    assert "Two dogs" in drafts[1].text and drafts[2].data["kept_over_new_draft"]
    fake.queue.clear()
    fake.enqueue([echo_model])  # a compose again that is as good replaces it as usual
    _, third = _compose(app, view["task_id"], notes + "\nsunny day")
    assert "message" not in third and third["draft"].endswith("sunny day.")


def test_a_compose_after_an_answer_rewrites_only_the_sentences_it_affects(app, fake):
    """Refining: the sentences of the last draft whose notes did not change stay as they were;
    the edited note is written anew by a patch call (no new first draft), and an added note
    gets a sentence of its own."""
    view = app.next_task("ann")
    fake.enqueue([lambda m: "A red bus is on the left. There may be 3 dogs."])
    _, first = _compose(app, view["task_id"], "red bus on the left\nmaybe 3 dogs")
    assert first["draft"] == "A red bus is on the left. There may be 3 dogs."
    fake.calls.clear()
    fake.enqueue([echo_model] * 3)
    *_, edited = app.compose("ann", view["task_id"], "red bus on the left\n3 dogs", [], refine=True)
    assert edited["draft"].startswith("A red bus is on the left. ")  # kept byte for byte
    assert "may be" not in edited["draft"] and "3 dogs" in edited["draft"]
    assert all(c["messages"][-2]["role"] == "assistant" for c in fake.calls)  # patches only, no first draft
    fake.calls.clear()
    *_, added = app.compose("ann", view["task_id"], "red bus on the left\n3 dogs\ndaylight", [], refine=True)
    assert added["draft"].startswith(edited["draft"].removesuffix(".")[:40]) and "aylight" in added["draft"]
    assert len(fake.calls) == 1 and fake.calls[0]["messages"][-2]["role"] == "assistant"
    with app.sessions() as s:
        drafts = [e for e in store.history(s, s.get(db.Task, view["task_id"])) if e.kind == "draft"]
    assert drafts[-1].data["sentences_kept"] == 2 and drafts[-1].data["refined_from"] == drafts[-2].id


def test_a_compose_after_an_answer_keeps_the_sentences_of_notes_in_shorthand(app, fake):
    """"cup L" is read the same way on both sides of an answer: its sentence ("on the left") is
    kept, not thrown away as if the note had changed because one side was read as typed."""
    view = app.next_task("ann")
    fake.enqueue([lambda m: "A cup is on the left. A dog sits on the grass."])
    _, first = _compose(app, view["task_id"], "cup L\ndog on grass")
    assert first["draft"] == "A cup is on the left. A dog sits on the grass."
    fake.calls.clear()
    fake.enqueue([echo_model] * 3)
    *_, added = app.compose("ann", view["task_id"], "cup L\ndog on grass\nred ball", [], refine=True)
    assert added["draft"].startswith("A cup is on the left. A dog sits on the grass.")
    with app.sessions() as s:
        drafts = [e for e in store.history(s, s.get(db.Task, view["task_id"])) if e.kind == "draft"]
    assert drafts[-1].data["sentences_kept"] == 2
