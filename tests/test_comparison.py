"""The comparison kind end to end: import, compose (CLI, app, batch), the choice check on the
composed rationale, review, and every export (Label Studio pairwise, TRL preference columns
that load with `datasets`, our JSONL and CSV round trips)."""

import json

import pytest

from assistant import formats, kinds
from assistant.app import accounts, db, projects, store
from assistant.app.export import export_project
from assistant.compose import compose
from assistant.errors import BadInputError
from assistant.kinds.comparison.task import ComparisonTask
from assistant_ui.handlers import App

PROMPT = "When did the statute take effect?"
RESPONSE_A = "It took effect in 1999, under the old code."
RESPONSE_B = "It took effect in 2001 (Statute 12, section 4)."
NOTES = "A: wrong year, 1999 not 2001\nB cites the statute"
GOOD = ("Response B is better than response A. Response A gives the wrong year: 1999, not 2001. "
        "Response B cites the statute.")


def _task(choice="B", notes=NOTES, **extra):
    return ComparisonTask(notes=notes, prompt=PROMPT, response_a=RESPONSE_A, response_b=RESPONSE_B,
                          choice=choice, **extra)


def test_the_kind_is_in_the_registry_with_its_fields():
    kind = kinds.get("comparison")
    assert kind.import_fields() == ("id", "prompt", "response_a", "response_b")
    assert [f.name for f in kind.marks()] == ["choice", "flags_a", "flags_b"]
    assert "comparison" in kinds.NAMES


def test_a_faithful_rationale_passes_and_opens_with_the_verdict(fake, fake_spec):
    fake.enqueue([GOOD])
    draft = compose(_task(), fake_spec)
    assert draft.kind == "comparison"
    assert draft.text.startswith("Response B is better than response A.")
    assert draft.check.certain_ok, draft.check.model_dump()
    assert {"1999", "2001", "statute"} <= set(draft.text.replace(".", " ").replace(",", " ").replace(":", " ").split())


def test_a_flipped_verdict_is_replaced_by_the_annotators_choice(fake, fake_spec):
    fake.enqueue([GOOD.replace("Response B is better than response A.", "Response A is better than response B.")])
    draft = compose(_task(), fake_spec)
    assert draft.text.startswith("Response B is better than response A.")
    assert "Response A is better" not in draft.text
    assert draft.check.certain_ok
    assert any("choice" in c.reason for c in draft.changes)


def test_a_reason_moved_to_the_other_response_goes_in_on_its_own_side(fake, fake_spec):
    fake.enqueue(["Response B is better than response A. Response B gives the wrong year: 1999, not 2001. "
                  "Response B cites the statute."])
    draft = compose(_task(), fake_spec)
    assert "Response A: wrong year, 1999 not 2001." in draft.text
    assert "Response B gives the wrong year" not in draft.text
    assert draft.check.certain_ok
    assert draft.kept_verbatim == ["n1"]


def test_the_check_of_an_edited_rationale_catches_a_swap_and_a_flip():
    kind = kinds.get("comparison")
    task = _task()
    assert kind.check(task, GOOD).certain_ok
    swapped = GOOD.replace("Response A", "Response X").replace("Response B", "Response A").replace("Response X", "Response B")
    flipped = GOOD.replace("Response B is better than response A.", "Response A is better than response B.")
    for text in (swapped, flipped):
        report = kind.check(task, text)
        assert not report.certain_ok, text


def test_questions_ask_for_a_reason_about_each_response_and_every_flag():
    from assistant.compose import questions_for  # noqa: PLC0415

    asked = questions_for(_task(notes="B cites the statute", flags_a=["hallucination"]))
    items = {q.item for q in asked}
    assert "reason_a" in items and "reason_b" not in items and "hallucination" in items


def test_a_comparison_needs_a_choice_and_known_flags():
    kind = kinds.get("comparison")
    item = {"prompt": PROMPT, "response_a": RESPONSE_A, "response_b": RESPONSE_B}
    with pytest.raises(BadInputError, match="choice"):
        kind.build(item, NOTES, {})
    with pytest.raises(BadInputError, match="choice"):
        kind.build(item, NOTES, {"choice": "C"})
    with pytest.raises(BadInputError, match="unknown flag"):
        kind.build(item, NOTES, {"choice": "A", "flags_a": ["nonsense"]})
    assert kind.build(item, NOTES, {"choice": "tie"}).choice == "tie"


def test_the_cli_composes_a_comparison(tmp_path, fake):
    from assistant.cli import main  # noqa: PLC0415

    for name, text in (("n.txt", NOTES), ("p.txt", PROMPT), ("a.txt", RESPONSE_A), ("b.txt", RESPONSE_B)):
        (tmp_path / name).write_text(text)
    fake.enqueue([GOOD])
    args = ["compose", "--kind", "comparison", "--notes", str(tmp_path / "n.txt"), "--prompt", str(tmp_path / "p.txt"),
            "--response-a", str(tmp_path / "a.txt"), "--response-b", str(tmp_path / "b.txt"), "--choice", "B",
            "--model", "fake/test", "--json"]
    assert main(args) == 0


def test_the_cli_says_what_a_comparison_needs(tmp_path, capsys):
    from assistant.cli import main  # noqa: PLC0415

    (tmp_path / "n.txt").write_text(NOTES)
    assert main(["compose", "--kind", "comparison", "--notes", str(tmp_path / "n.txt"), "--choice", "A"]) == 2
    assert "--kind comparison needs --prompt FILE" in capsys.readouterr().err
    assert main(["compose", "--kind", "caption", "--notes", str(tmp_path / "n.txt"), "--choice", "A"]) == 2
    assert "--choice is for --kind comparison" in capsys.readouterr().err


@pytest.fixture
def team(tmp_path, fake, fake_spec):
    sessions = db.connect(f"sqlite:///{tmp_path / 'app.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-2")
        project = projects.create_project(s, "prefs", "comparison")
        rows = [{"id": "q1", "prompt": PROMPT, "response_a": RESPONSE_A, "response_b": RESPONSE_B},
                {"id": "q2", "prompt": "Hi?", "response_a": "Hello <script>alert(1)</script>"},  # no response_b
                {"id": "q3", "prompt": "2+2?", "response_a": "4", "response_b": "5"}]
        (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
        result = projects.import_tasks(s, project, str(tmp_path / "c.jsonl"))
        assert result.imported == 2 and result.skipped[0][0] == 2 and "response_b" in result.skipped[0][1]
    return App(sessions, fake_spec)


def test_the_app_composes_reviews_and_exports_a_comparison(team, fake, tmp_path):
    from datasets import load_dataset  # noqa: PLC0415

    view = team.next_task("ann")
    assert view["kind"] == "comparison" and view["item"]["response_b"] == RESPONSE_B and view["marks"]["choice"] is None
    with pytest.raises(BadInputError, match="choice"):
        list(team.compose("ann", view["task_id"], NOTES, []))
    fake.enqueue([GOOD])
    *_, final = list(team.compose("ann", view["task_id"], NOTES, [], marks={"choice": "B", "flags_a": ["factual_error"]}))
    assert final["draft"].startswith("Response B is better")
    with team.sessions() as s:
        drafted = store.latest(s, s.get(db.Task, view["task_id"]), "draft")
        assert drafted.data["check"]["certain_ok"], drafted.data["check"]
    again = team.next_task("ann")  # the choice and flags come back with the notes
    assert again["marks"] == {"choice": "B", "flags_a": ["factual_error"], "flags_b": []}
    team.submit("ann", view["task_id"], NOTES, [], final["draft"], marks={"choice": "B", "flags_a": ["factual_error"]})
    review = team.review_task("lea", view["task_id"])
    assert review["item"]["response_a"] == RESPONSE_A and review["item"]["response_b"] == RESPONSE_B
    assert review["marks"]["choice"] == "B"
    team.decide("lea", view["task_id"], "approve", "")

    with team.sessions() as s:
        out = tmp_path / "prefs.parquet"
        export_project(s, "prefs", "hf", out)
        rows = load_dataset("parquet", data_files=str(out), split="train")
        assert rows.column_names[:5] == ["item_id", "prompt", "chosen", "rejected", "rationale"]
        assert rows[0]["chosen"] == RESPONSE_B and rows[0]["rejected"] == RESPONSE_A
        assert rows[0]["rationale"].startswith("Response B is better")
        jsonl = tmp_path / "prefs.jsonl"
        export_project(s, "prefs", "jsonl", jsonl)
        record = formats.read(jsonl, "jsonl")[0]
        assert (record.kind, record.choice, record.flags_a, record.response_b) == ("comparison", "B", ["factual_error"], RESPONSE_B)
        for fmt, name in (("csv", "prefs.csv"), ("label-studio", "prefs-ls.json")):
            export_project(s, "prefs", fmt, tmp_path / name)
            back = formats.read(tmp_path / name, fmt)[0]
            assert (back.choice, back.final_text, back.response_a) == ("B", record.final_text, RESPONSE_A), fmt
        task = json.loads((tmp_path / "prefs-ls.json").read_text())[0]
        assert {r["type"] for r in task["annotations"][0]["result"]} >= {"choices", "textarea"}


def test_batch_drafts_comparison_lines(tmp_path, fake, fake_spec):
    from assistant.batch import run_batch  # noqa: PLC0415

    line = {"id": "c1", "kind": "comparison", "notes": NOTES, "prompt": PROMPT, "response_a": RESPONSE_A,
            "response_b": RESPONSE_B, "choice": "B"}
    (tmp_path / "in.jsonl").write_text(json.dumps(line) + "\n" + json.dumps({**line, "id": "c2", "choice": None}) + "\n")
    fake.enqueue([GOOD])
    run_batch(str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), fake_spec, concurrency=1, progress=False)
    results = {r["id"]: r for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert results["c1"]["status"] == "done" and results["c1"]["text"].startswith("Response B is better")
    assert results["c2"]["status"] == "failed" and "choice" in results["c2"]["error"]


def test_a_reason_that_reports_an_error_is_quoted_not_applied():
    """"says Wirral, should be Moreton" is what response A got wrong: a rationale that quotes both
    values carries it (in a rewrite the same note is an edit, and "Wirral" left in is a problem)."""
    task = _task(notes="A: says Wirral, should be Moreton\nB: has Moreton")
    kind = kinds.get("comparison")
    good = ("Response B is better than response A. Response A says Wirral, but it should be Moreton. "
            "Response B has Moreton.")
    report = kind.check(task, good)
    assert report.certain_ok and {f.id: f.status for f in report.facts}["n1"] == "kept", report.model_dump()
    assert not kind.check(task, "Response B is better than response A. Response B has Moreton.").ok


def test_the_cli_checks_a_rationale_as_a_comparison(tmp_path, capsys):
    from assistant.cli import main  # noqa: PLC0415

    for name, text in (("n.txt", NOTES), ("p.txt", PROMPT), ("a.txt", RESPONSE_A), ("b.txt", RESPONSE_B),
                       ("good.txt", GOOD), ("flipped.txt", GOOD.replace("Response B is better than response A.",
                                                                        "Response A is better than response B."))):
        (tmp_path / name).write_text(text)
    base = ["check", "--kind", "comparison", "--notes", str(tmp_path / "n.txt"), "--prompt", str(tmp_path / "p.txt"),
            "--response-a", str(tmp_path / "a.txt"), "--response-b", str(tmp_path / "b.txt"), "--choice", "B", "--json"]
    assert main([*base, "--draft", str(tmp_path / "good.txt")]) == 0
    capsys.readouterr()
    assert main([*base, "--draft", str(tmp_path / "flipped.txt")]) == 1
    facts = {f["id"]: f["status"] for f in json.loads(capsys.readouterr().out)["facts"]}
    assert facts["choice"] == "contradicted"
    assert main(["check", "--notes", str(tmp_path / "n.txt"), "--draft", str(tmp_path / "good.txt"), "--choice", "B"]) == 2
    assert "--choice is for --kind comparison: add --kind" in capsys.readouterr().err
