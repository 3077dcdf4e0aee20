"""The team quality workflow through the app's handlers: review all day, edge cases,
guidelines, gold tasks, dual annotation, the information-flow figure. Every lead action
refuses an annotator and an anonymous caller."""

import pytest
from sqlalchemy import select

from assistant.app import accounts, db, projects, store
from assistant_ui import review
from assistant_ui.handlers import App, Forbidden
from tests.conftest import import_images


@pytest.fixture
def app(tmp_path, fake, fake_spec):
    sessions = db.connect(f"sqlite:///{tmp_path / 'team.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "bob", "annotator", "password-2")
        accounts.add_user(s, "lea", "lead", "password-3")
        project = projects.create_project(s, "streets", "caption")
        import_images(s, project, tmp_path, list("abcdef"))
        rewrite = projects.create_project(s, "answers", "rewrite")
        (tmp_path / "r.jsonl").write_text('{"id": "r", "prompt": "How long?", "response": "It lasts six months."}\n')
        projects.import_tasks(s, rewrite, str(tmp_path / "r.jsonl"))
    return App(sessions, fake_spec)


def _do(app, who, notes, final):
    view = app.next_task(who)
    app.submit(who, view["task_id"], notes, [], final)
    return view["task_id"]


def test_queue_navigation_moves_through_the_listed_tasks():
    assert review.neighbour([3, 5, 9], None, 1) == 3
    assert review.neighbour([3, 5, 9], 5, 1) == 9 and review.neighbour([3, 5, 9], 5, -1) == 3
    assert review.neighbour([3, 5, 9], 9, 1) == 9  # clamped at the end
    assert review.neighbour([3, 9], 5, 1) == 9  # the decided task left the queue: the next by id
    assert review.neighbour([], 5, 1) is None


def test_review_shows_what_is_described_and_filters_finals_with_problems(app):
    clean = _do(app, "ann", "red bus on the left", "A red bus on the left.")
    flawed = _do(app, "ann", "two dogs", "Three dogs.")  # a contradiction: a certain problem
    look = _do(app, "ann", "two dogs", "Two dogs and a parrot.")  # an unsupported word: "have a look"
    assert [r[0] for r in app.review_queue("lea", None, "submitted", None, True)] == [flawed]
    assert [r[0] for r in app.review_queue("lea", None, "submitted", None)] == [clean, flawed, look]
    view = app.review_task("lea", clean)
    assert view["kind"] == "caption" and view["image"].endswith("a.png")
    with pytest.raises(Forbidden):
        app.review_queue("ann", None, "submitted", None, True)
    with pytest.raises(Forbidden):
        app.review_task(None, clean)


@pytest.fixture
def team(app):
    from assistant_ui.team import Team

    return Team(app)


def test_an_edge_case_is_escalated_answered_and_kept(app, team):
    view = app.next_task("ann")
    tid = view["task_id"]
    with pytest.raises(Exception, match="reason is required"):
        team.raise_edge_case("ann", tid, "red bus\nmaybe a tram?", [], "n2", "  ")
    with pytest.raises(Exception, match="no note 'n9'"):
        team.raise_edge_case("ann", tid, "red bus\nmaybe a tram?", [], "n9", "bus or tram")
    message = team.raise_edge_case("ann", tid, "red bus\nmaybe a tram?", [], "n2", "bus or <b>tram</b>?")
    assert message.startswith(f"Task {tid} (item a) is escalated") and "notes are saved" in message
    assert app.next_task("ann")["task_id"] != tid  # out of the annotator's hands; they move on
    assert [r[0] for r in app.review_queue("lea", None, "escalated", None)] == [tid]
    shown = team.edge_case_view("lea", tid)
    assert shown["open"] and "&lt;b&gt;tram&lt;/b&gt;" in shown["html"] and "maybe a tram?" in shown["html"]
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            team.answer_edge_case(who, tid, "resolve", "trams have rails")
        with pytest.raises(Forbidden):
            team.edge_case_view(who, tid)
    with pytest.raises(Exception, match="guidance"):
        team.answer_edge_case("lea", tid, "resolve", "")
    assert "returned" in team.answer_edge_case("lea", tid, "resolve", "Trams run on rails; none here, so: bus.")
    with pytest.raises(Exception, match="not escalated"):
        team.answer_edge_case("lea", tid, "unresolvable", "again")
    back = app.next_task("ann")  # a task sent back comes before the one they moved on to
    assert back["task_id"] == tid and back["comment"] == "Trams run on rails; none here, so: bus."
    assert back["comment_heading"] == "Your lead answered your edge case"  # plain words, no internal names
    assert back["notes"] == "red bus\nmaybe a tram?"  # nothing typed was lost
    with app.sessions() as s:
        from assistant.app import edge_cases

        fields = edge_cases.export_fields(s, s.get(db.Task, tid))
        kinds = [e.kind for e in store.history(s, s.get(db.Task, tid))]
    assert kinds == ["claim", "notes", "edge_case", "edge_answer"]
    assert fields["edge_cases"][0]["answer"] == "resolve" and not fields["unresolved_edge_case"]


def test_an_unresolvable_edge_case_stays_unresolved(app, team):
    tid = app.next_task("ann")["task_id"]
    team.raise_edge_case("ann", tid, "", [], "", "the image is blank")
    assert "unresolvable" in team.answer_edge_case("lea", tid, "unresolvable", "blank images cannot be captioned")
    with app.sessions() as s:
        from assistant.app import edge_cases

        task = s.get(db.Task, tid)
        assert task.status == "unresolvable" and task.holder_id is None
        assert edge_cases.export_fields(s, task)["unresolved_edge_case"]
    with pytest.raises(Forbidden):
        team.raise_edge_case("lea", tid, "", [], "", "a lead is not an annotator")


def test_a_guideline_edit_is_a_new_version_that_later_drafts_record(app, team, fake):
    from tests.test_eval import echo_model

    first = team.guideline("lea", "streets")
    assert first["version"] == 1 and "subject |" in first["items"]  # version 1: the prompts/ defaults
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            team.save_guideline(who, "streets", "x", first["items"], [])
        with pytest.raises(Forbidden):
            team.guideline(who, "streets")
    fake.enqueue([echo_model] * 4)  # two composes, each with a repair round for the echo's fragment
    tid = app.next_task("ann")["task_id"]
    assert "Guideline version 1" in team.guideline_for_task("ann", tid)
    list(app.compose("ann", tid, "red bus on the left", []))
    items = first["items"] + "\nweather | What is the weather <like>? | rain, sunny, snow, fog, weather"
    with pytest.raises(Exception, match="checklist line 1"):
        team.save_guideline("lea", "streets", "x", "no separator here", [])
    assert "version 2" in team.save_guideline("lea", "streets", "Name the <b>weather</b>.", items, [])
    *_, final = app.compose("ann", tid, "red bus on the left", [])
    assert "What is the weather <like>?" in final["questions"]  # the new checklist item asks
    app.submit("ann", tid, "red bus on the left", [], final["draft"])
    with app.sessions() as s:
        from assistant.app import guidelines

        drafts = [e for e in store.history(s, s.get(db.Task, tid)) if e.kind == "draft"]
        assert [d.data["guideline_version"] for d in drafts] == [1, 2]
        assert guidelines.version_used(s, s.get(db.Task, tid)) == 2
    # the annotator's next task shows what changed since the version they last saw, escaped
    shown = team.guideline_for_task("ann", app.next_task("ann")["task_id"])
    assert "changed since your last task" in shown and "version 1 → 2" in shown
    assert "&lt;b&gt;weather&lt;/b&gt;" in shown and "<b>weather</b>" not in shown
    assert [v[0] for v in team.guideline("lea", "streets")["versions"]] == [2, 1]


def test_a_resolved_edge_case_becomes_a_guideline_example(app, team):
    tid = app.next_task("ann")["task_id"]
    team.raise_edge_case("ann", tid, "a bus\nmaybe a tram", [], "n2", "bus or tram?")
    with pytest.raises(Exception, match="no resolved edge case"):
        team.promote_edge_case("lea", tid)
    team.answer_edge_case("lea", tid, "resolve", "rails mean tram")
    with pytest.raises(Forbidden):
        team.promote_edge_case("ann", tid)
    assert "version 2" in team.promote_edge_case("lea", tid)
    assert "Example 1 (note: maybe a tram): bus or tram? -> rails mean tram" in team.guideline("lea", "streets")["preview"]


def test_a_rewrite_project_chooses_its_flags(app, team):
    assert "version 2" in team.save_guideline("lea", "answers", "", "", ["factual_error", "hallucination"])
    caption = app.next_task("ann")
    app.submit("ann", caption["task_id"], "a cat", [], "A cat.")
    for _ in range(7):  # the remaining caption tasks first
        view = app.next_task("ann")
        if view["kind"] == "rewrite":
            break
        app.submit("ann", view["task_id"], "a cat", [], "A cat.")
    assert view["flags_offered"] == ["factual_error", "hallucination"]
    with pytest.raises(Exception, match="at least one flag"):
        team.save_guideline("lea", "answers", "", "", [])


def test_guidelines_from_the_command_line(app, tmp_path, capsys):
    from assistant.cli import main

    url = str(app.sessions.kw["bind"].url)
    (tmp_path / "guidance.txt").write_text("Say whether it rains.\n")
    assert main(["guideline", "set", "--project", "streets", "--text", str(tmp_path / "guidance.txt"), "--db", url]) == 0
    assert "version 2" in capsys.readouterr().err
    assert main(["guideline", "show", "--project", "streets", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "version 2" in out and "Say whether it rains." in out
    assert main(["guideline", "show", "--project", "streets", "--version", "1", "--items", "--db", url]) == 0
    assert capsys.readouterr().out.startswith("subject | What is the main subject")
    assert main(["guideline", "show", "--project", "streets", "--version", "7", "--db", url]) == 2
    assert "no guideline version 7" in capsys.readouterr().err


def test_gold_tasks_are_mixed_in_and_measure_each_annotator(app, team):
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            team.mark_gold(who, 6, "red bus on the left")
        with pytest.raises(Forbidden):
            team.quality_settings(who, "streets", 1, 0.25)
        with pytest.raises(Forbidden):
            team.gold_accuracy(who, "streets")
    with pytest.raises(Exception, match="reference notes"):
        team.mark_gold("lea", 6, "  ")
    assert "gold" in team.mark_gold("lea", 6, "red bus on the left\n3 dogs")
    assert team.quality_settings("lea", "streets", 1, 0.25) == {"annotators_per_item": 1, "gold_rate": 0.25}
    served = []
    for _ in range(4):
        view = app.next_task("ann")
        served.append(view["message"])
        app.submit("ann", view["task_id"], "red bus on the right\n3 dogs\na tree", [], "A red bus on the right.")
    # the 4th task is a copy of gold task 6 ("f"): indistinguishable from any other task
    assert [m.split("(")[1] for m in served] == ["streets, a)", "streets, b)", "streets, c)", "streets, f)"]
    assert served[3] != "Task 6 (streets, f)"  # a copy, never the original
    assert team.gold_accuracy("lea", "streets") == [["ann", 1, 0.5, 1, 0]]  # left/right contradicts, 3 dogs found
    bob_items = []
    for _ in range(6):
        view = app.next_task("bob")
        if view["task_id"] is None:
            break
        bob_items.append(view["message"])
        app.submit("bob", view["task_id"], "a cat", [], "A cat.")
    assert not any("Task 6 " in m for m in bob_items)
    with app.sessions() as s:
        from assistant.app import assignment

        copy = s.get(db.Task, int(served[3].split()[1]))
        assert assignment.is_gold_copy(s, copy) and assignment.export_fields(s, copy)["gold"]
    # blind to the annotator, not to the lead: the review queue names the gold copy
    queue = {row[0]: row[2] for row in app.review_queue("lea", "ann", "submitted", None)}
    assert queue[int(served[3].split()[1])] == "f (gold)" and queue[1] == "a"


def test_gold_and_settings_from_the_command_line(app, tmp_path, capsys):
    from assistant.cli import main

    url = str(app.sessions.kw["bind"].url)
    (tmp_path / "ref.txt").write_text("red bus on the left\n")
    assert main(["quality", "gold", "--task", "6", "--reference", str(tmp_path / "ref.txt"), "--db", url]) == 0
    assert main(["quality", "settings", "--project", "streets", "--k", "3", "--db", url]) == 2
    assert "1 to 2" in capsys.readouterr().err
    assert main(["quality", "settings", "--project", "streets", "--k", "1", "--gold-rate", "0.25", "--db", url]) == 0
    for _ in range(4):
        view = app.next_task("ann")
        app.submit("ann", view["task_id"], "red bus on the left", [], "A red bus on the left.")
    capsys.readouterr()
    assert main(["quality", "report", "--project", "streets", "--json", "--db", url]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["gold_accuracy"] == [{"annotator": "ann", "gold_tasks": 1, "fact_recall": 1.0, "contradictions": 0,
                                      "omissions": 0}]
    assert main(["quality", "report", "--project", "streets", "--db", url]) == 0
    assert "gold rate 0.25" in capsys.readouterr().out


@pytest.fixture
def pair(tmp_path, fake, fake_spec):
    """A k = 2 caption project with two items and two annotators."""
    from assistant_ui.team import Team

    sessions = db.connect(f"sqlite:///{tmp_path / 'pair.db'}")
    with sessions() as s:
        for name, role in (("ann", "annotator"), ("bob", "annotator"), ("lea", "lead")):
            accounts.add_user(s, name, role, "password-1")
        project = projects.create_project(s, "pairs", "caption")
        import_images(s, project, tmp_path, ["x", "y"])
    app = App(sessions, fake_spec)
    team = Team(app)
    team.quality_settings("lea", "pairs", 2, 0.0)
    return app, team


def test_dual_annotation_measures_agreement_and_keeps_the_adjudicated_record(pair):
    app, team = pair
    a1 = app.next_task("ann")
    b1 = app.next_task("bob")
    assert a1["message"] == "Task 1 (pairs, x)" and b1["message"] == "Task 2 (pairs, y)"
    app.submit("ann", a1["task_id"], "red bus on the left\n3 dogs\na tree", [], "A red bus on the left, 3 dogs, a tree.")
    a2 = app.next_task("ann")
    assert a2["message"] == "Task 4 (pairs, y)"  # the copy of y; never x again (task 3 is x's copy)
    b2_notes_seen = app.next_task("bob")  # bob still holds y
    assert b2_notes_seen["task_id"] == b1["task_id"]
    app.submit("bob", b1["task_id"], "a cat", [], "A cat.")
    b2 = app.next_task("bob")
    assert b2["message"].endswith("(pairs, x)") and b2["task_id"] != a1["task_id"]
    assert b2["notes"] == "" and b2["draft"] == ""  # neither sees the other's notes
    app.submit("bob", b2["task_id"], "red bus on the right\n3 dogs\n<i>a lamp</i>", [], "A red bus on the right.")
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            team.agreement(who, "pairs")
        with pytest.raises(Forbidden):
            team.adjudication_view(who, a1["task_id"])
        with pytest.raises(Forbidden):
            team.adjudicate(who, a1["task_id"], "x", "y")
    report = team.agreement("lea", "pairs")
    assert report["pairs"] == [["ann & bob", 1, 1, 2, 1, 0.25, 1, 0], ["(project)", 1, 1, 2, 1, 0.25, 1, 0]]
    assert report["disagreements"] == [[a1["task_id"], "x", "ann & bob", 1, 2, 1, "no"]]
    view = team.adjudication_view("lea", a1["task_id"])
    assert "&lt;i&gt;a lamp&lt;/i&gt;" in view["html"] and "<i>a lamp" not in view["html"]
    assert "red bus on the left" in view["html"] and "<del" in view["html"]
    with pytest.raises(Exception, match="adjudicated notes"):
        team.adjudicate("lea", a1["task_id"], "", "")
    assert "record" in team.adjudicate("lea", a1["task_id"], "red bus on the left\n3 dogs", "A red bus on the left, 3 dogs.")
    assert team.agreement("lea", "pairs")["disagreements"][0][-1] == "yes"
    with app.sessions() as s:
        from assistant.app.current import current_record

        for tid in (a1["task_id"], b2["task_id"]):  # either copy's record is the adjudicated one
            assert current_record(s, s.get(db.Task, tid)).text == "A red bus on the left, 3 dogs."
    from assistant.cli import main

    url = str(app.sessions.kw["bind"].url)
    assert main(["quality", "report", "--project", "pairs", "--db", url]) == 0


def test_the_quality_report_lists_agreement_per_pair(pair, capsys):
    from assistant.cli import main

    app, _ = pair
    a = app.next_task("ann")
    app.submit("ann", a["task_id"], "2 dogs", [], "Two dogs.")
    b = app.next_task("bob")  # y
    app.submit("bob", b["task_id"], "a cat", [], "A cat.")
    b = app.next_task("bob")  # x's copy
    app.submit("bob", b["task_id"], "2 dogs", [], "Two dogs.")
    queue = [row[2] for row in app.review_queue("lea", "", "submitted", None)]
    assert sorted(queue) == ["x", "x (2nd annotator)", "y"]
    url = str(app.sessions.kw["bind"].url)
    assert main(["quality", "report", "--project", "pairs", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "ann & bob | 1 | 1 | 0 | 0 | 1.0 | 0" in out


def test_information_flow_counts_new_facts_per_active_minute(app, team, tmp_path, capsys):
    from datetime import timedelta

    from assistant.app import quality

    with app.sessions() as s:
        ann = s.scalar(select(db.User).where(db.User.name == "ann"))
        project = projects.get_project(s, "answers")
        task = s.scalar(select(db.Task).where(db.Task.project_id == project.id))
        task.status, task.holder_id, task.annotator_id = "in_progress", ann.id, ann.id
        start = db.now()
        notes = "3 months, not six\nit costs 10 dollars\nit lasts months"
        s.add_all([db.Event(task_id=task.id, user_id=ann.id, kind="claim", created_at=start),
                   db.Event(task_id=task.id, user_id=ann.id, kind="notes", text=notes, data={"flags": []},
                            created_at=start + timedelta(minutes=2)),
                   # an hour away from the desk counts as the idle cap, not as work
                   db.Event(task_id=task.id, user_id=ann.id, kind="submit", text="It lasts 3 months and costs 10 dollars.",
                            data={"check": None}, created_at=start + timedelta(minutes=62))])
        task.status = "submitted"
        s.commit()
        flow = quality.task_flow(s, task)
    # "it lasts months" was already in the original response: carried, but not new information
    assert (flow.carried_facts, flow.new_facts, flow.active_minutes) == (3, 2, 7.0)
    tid = app.next_task("ann")["task_id"]
    team.raise_edge_case("ann", tid, "", [], "", "blank image")
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            team.information_flow(who, "answers")
    figure = team.information_flow("lea", "answers")
    assert "before any notes" in figure["definition"] and "original response" in figure["definition"]
    assert figure["rows"] == [["ann", 1, 2, 7.0, 0.29, 0.0], ["(project)", 1, 2, 7.0, 0.29, 0.0]]
    assert "<svg" in figure["chart_html"] and "aa-flow-line" in figure["chart_html"]
    captions = team.information_flow("lea", "streets")["rows"]
    assert captions[0][0] == "ann" and captions[0][-1] == 100.0  # one edge case on one task taken
    # the export's summary carries the same figures
    from assistant.cli import main

    url = str(app.sessions.kw["bind"].url)
    assert main(["export", "--project", "answers", "--format", "jsonl", "--status", "all",
                 "--out", str(tmp_path / "answers.jsonl"), "--db", url]) == 0
    assert "information flow in 'answers': 0.29 new facts per active minute (2 new facts in 7.0 active minutes" \
        in capsys.readouterr().out


def test_the_chart_escapes_names():
    from assistant_ui import render_team

    svg = render_team.line_chart({"<b>ann</b>": [("2026-11-24", 0.5), ("2026-11-25", 1.0)]}, "new facts")
    assert "&lt;b&gt;ann&lt;/b&gt;" in svg and "<b>ann" not in svg and svg.count("<circle") == 2


def test_export_fields_carry_the_guideline_version_edge_cases_and_leave_gold_out(app, team, fake):
    from assistant.app import team_export
    from tests.test_eval import echo_model

    fake.enqueue([echo_model])
    team.mark_gold("lea", 6, "a red bus")
    team.quality_settings("lea", "streets", 1, 0.5)
    tid = app.next_task("ann")["task_id"]
    list(app.compose("ann", tid, "red bus on the left", []))
    app.submit("ann", tid, "red bus on the left", [], "A red bus on the left.")
    gold_copy = app.next_task("ann")["task_id"]  # the 2nd task at a rate of 0.5
    team.raise_edge_case("ann", gold_copy, "a bus", [], "", "is it a bus?")
    with app.sessions() as s:
        tasks = [s.get(db.Task, tid), s.get(db.Task, gold_copy)]
        assert team_export.exportable(s, tasks) == tasks[:1]
        assert team_export.exportable(s, tasks, include_gold=True) == tasks
        first = team_export.fields(s, tasks[0])
        assert first["guideline_version"] == 1 and not first["gold"] and not first["unresolved_edge_case"]
        assert first["record"] == {"source": "final", "text": "A red bus on the left.", "notes": "red bus on the left"}
        second = team_export.fields(s, tasks[1])
        assert second["gold"] and second["unresolved_edge_case"] and second["edge_cases"][0]["reason"] == "is it a bus?"


def _adjudicated_item(pair):
    """Item x annotated by ann and bob (differently), then adjudicated by lea."""
    app, team = pair
    a = app.next_task("ann")
    app.submit("ann", a["task_id"], "red bus on the left\n3 dogs", [], "A red bus on the left, 3 dogs.")
    b = app.next_task("bob")  # y
    app.submit("bob", b["task_id"], "a cat", [], "A cat.")
    b = app.next_task("bob")  # x's copy
    app.submit("bob", b["task_id"], "red bus on the right\n3 dogs", [], "A red bus on the right, 3 dogs.")
    team.adjudicate("lea", a["task_id"], "red bus on the left\n3 dogs\na lamp", "A red bus on the left, 3 dogs, a lamp.")
    return a["task_id"], b["task_id"]


def test_the_adjudicated_version_is_the_record_everywhere(pair, tmp_path):
    """Review, approve, every export format and the figures read the adjudicated version; the
    history keeps both annotators' submissions."""
    from assistant import formats
    from assistant.app import export, quality
    from assistant.app.current import current_record

    app, team = pair
    first, second = _adjudicated_item(pair)
    for tid in (first, second):
        view = app.review_task("lea", tid)
        assert view["final"] == "A red bus on the left, 3 dogs, a lamp." and "a lamp" in view["notes"]
        assert "Adjudicated version" in view["record_html"] and "lea" in view["record_html"]
        assert any(row[2] == "submit" for row in view["history"])  # the annotator's version is kept
    assert "submitted" in app.review_task("lea", 2)["record_html"]  # y: no adjudication, the submitted work
    app.decide("lea", first, "approve", "")
    with app.sessions() as s:
        decision = store.latest(s, s.get(db.Task, first), "decision")
        assert decision.data["record"] == "adjudication" and decision.data["record_event"]
        project = projects.get_project(s, "pairs")
        records = {r.task_id: r for r in export.export_records(s, project, "all")}
        flow = quality.task_flow(s, s.get(db.Task, second))
        assert current_record(s, s.get(db.Task, second)).adjudicated
    for tid in (first, second):
        rec = records[tid]
        assert rec.final_text == "A red bus on the left, 3 dogs, a lamp." and rec.notes.endswith("a lamp")
        assert rec.record.source == "adjudication" and rec.final_check.ok
    assert records[2].final_text == "A cat." and records[2].record.source == "final"
    assert flow.carried_facts == 3  # the figure counts the adjudicated record's notes
    for fmt, suffix in (("jsonl", ".jsonl"), ("csv", ".csv"), ("label-studio", ".json")):
        out = tmp_path / f"x{suffix}"
        formats.write(list(records.values()), fmt, out)
        text = out.read_text(encoding="utf-8-sig")
        assert "A red bus on the left, 3 dogs, a lamp." in text and formats.read(out, fmt)[0].final_text.endswith("a lamp.")
    import json

    tasks = json.loads((tmp_path / "x.json").read_text())
    annotation = tasks[0]["annotations"][0]["result"][0]["value"]["text"]
    assert annotation == ["A red bus on the left, 3 dogs, a lamp."]


def test_a_decision_on_the_adjudicated_version_decides_both_annotations(pair):
    """The adjudicated version is the item's record: approving it from one copy approves the
    other too (it leaves the review queue), each history showing the decision; sending back
    returns only the copy on screen to its annotator."""
    app, _ = pair
    first, second = _adjudicated_item(pair)
    message = app.decide("lea", first, "approve", "")
    assert message == (f"Task {first} (item x): approved; so is the item's other annotation, Task {second} (item x) "
                       "(the adjudicated version is the item's record).")
    assert [row[0] for row in app.review_queue("lea", "", "submitted", "")] == [2]  # y only: no copy of x left
    with app.sessions() as s:
        for tid in (first, second):
            task = s.get(db.Task, tid)
            decision = store.latest(s, task, "decision")
            assert task.status == "approved"
            assert decision.data == {"decision": "approve", "record": "adjudication",
                                     "record_event": decision.data["record_event"], "copies": [first, second]}
    kinds = [row[2] for row in app.review_task("lea", second)["history"]]
    assert kinds[-1] == f"decision: approve (adjudicated version, with task {first})"
    # an item not adjudicated: one task, as before
    assert app.decide("lea", 2, "reject", "blurry") == "Task 2 (item y): rejected."


def test_rejecting_the_adjudicated_version_from_the_second_copy_rejects_both(pair):
    app, _ = pair
    first, second = _adjudicated_item(pair)
    app.decide("lea", second, "reject", "the lamp is not in the image")
    with app.sessions() as s:
        assert [s.get(db.Task, t).status for t in (first, second)] == ["rejected", "rejected"]
        assert store.latest(s, s.get(db.Task, first), "decision").text == "the lamp is not in the image"


def test_sending_back_an_adjudicated_item_returns_only_that_copy(pair):
    app, _ = pair
    first, second = _adjudicated_item(pair)
    assert app.decide("lea", second, "send_back", "say which dogs") == f"Task {second} (item x): returned."
    with app.sessions() as s:
        assert [s.get(db.Task, t).status for t in (first, second)] == ["submitted", "returned"]


def test_the_task_browser_lists_every_status_by_item_and_marks_gold(app, team, tmp_path):
    from assistant_ui.browser import TaskBrowser

    browser = TaskBrowser(team)
    long_final = "A red bus on the left. " + "It waits by the kerb in the rain. " * 8
    done = _do(app, "ann", "red bus on the left", long_final)
    held = app.next_task("bob")["task_id"]  # in progress: no review status lists it
    listed = browser.list("lea", "", "", "")
    assert {r[3] for r in listed["rows"]} >= {"submitted", "in_progress", "open"} and len(listed["rows"]) == 7
    assert [r[2] for r in browser.list("lea", "streets", "in_progress", "")["rows"]] == ["b"]
    assert [r[0] for r in browser.list("lea", "", "", "B")["rows"]] == [held]  # item id, any case
    assert [r[0] for r in browser.list("lea", "", "", "ann")["rows"]] == [done]  # annotator
    assert "1 task(s) in 'streets' with status submitted" in browser.list("lea", "streets", "submitted", "")["message"]
    with pytest.raises(Exception, match="status must be one of"):
        browser.list("lea", "", "nonsense", "")
    opened = browser.open("lea", done)
    assert opened["title"] == "Task 1 (item a) · streets · submitted" and opened["final"] == long_final
    assert [row[3] for row in opened["history"] if row[2] == "submit"] == [long_final.strip()]  # not cut off
    assert team.mark_gold("lea", 6, "a red bus").startswith("Task 6 (item f) is gold")
    assert browser.list("lea", "", "", "f")["rows"][0][5] == "gold"
    result = browser.export("lea", [done], "csv")
    assert "Task 1 (item a)" in result["message"] and "kerb in the rain" in open(result["path"], encoding="utf-8-sig").read()
    for who in ("ann", None):
        with pytest.raises(Forbidden):
            browser.list(who, "", "", "")
        with pytest.raises(Forbidden):
            browser.open(who, done)
        with pytest.raises(Forbidden):
            browser.export(who, [done], "jsonl")


def test_a_guideline_version_says_what_changed(app, team):
    first = team.guideline("lea", "streets")
    items = first["items"] + "\nsignage | What do the signs say? | sign"
    team.save_guideline("lea", "streets", "Name the weather.", items, [])
    team.save_guideline("lea", "streets", "Name the weather.", items.replace("What do the signs say?", "Signs?"), [])
    team.save_guideline("lea", "streets", "Name the weather.", items.replace("What do the signs say?", "Signs?"), [])
    changes = {row[0]: row[2] for row in team.guideline("lea", "streets")["versions"]}
    assert changes[2] == "guidance text; checklist: added signage"
    assert changes[3] == "checklist: changed signage" and changes[4] == "saved unchanged"


def test_an_ordinary_refusal_is_one_log_line_without_a_traceback(caplog):
    import gradio as gr

    from assistant.errors import BadInputError
    from assistant_ui.guard import guard

    def do_thing():
        raise BadInputError("the final text is empty")

    with pytest.raises(gr.Error) as raised:
        guard(do_thing)()
    assert raised.value.print_exception is False  # Gradio prints no traceback for it
    [line] = [r.getMessage() for r in caplog.records if r.name == "annotation_assistant.ui"]
    assert line == "refused do_thing: BadInputError: the final text is empty"
