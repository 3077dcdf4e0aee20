"""Comparisons against a real Label Studio (the fixture of tests/test_label_studio_live.py:
its own SQLite, a free port, skipped without ANNOTATION_ASSISTANT_LABEL_STUDIO). A project
with our pairwise config takes our tasks with their annotations and predictions; an
annotator's tie made through Label Studio's API is added; Label Studio's own JSON export
reads back with our reader with every choice, flag and rationale, markup verbatim."""

from __future__ import annotations

import json
import time

import pytest

from assistant.kinds.comparison import export as cx
from tests.test_comparison_export import HOSTILE, _record, _records
from tests.test_label_studio_live import ARTIFACTS, CHROMIUM, label_studio  # noqa: F401 - the fixture

pytestmark = pytest.mark.label_studio


def _tasks(label_studio, project: int) -> dict[str, dict]:  # noqa: F811
    tasks = label_studio.call("GET", f"/api/tasks?project={project}&fields=all")
    tasks = tasks["tasks"] if isinstance(tasks, dict) else tasks
    return {t["data"]["item_id"]: t for t in tasks}


def test_comparisons_round_trip_through_a_real_label_studio(tmp_path, label_studio):  # noqa: F811
    records = [*_records(), _record("c6", "A", response_b=HOSTILE, rationale=HOSTILE)]
    cx.write_label_studio(records, tmp_path / "ls.json")
    project = label_studio.call("POST", "/api/projects", {"title": "pairs", "label_config": cx.label_config()})
    label_studio.call("POST", f"/api/projects/{project['id']}/import", json.loads((tmp_path / "ls.json").read_text()))

    held = _tasks(label_studio, project["id"])
    assert set(held) == {"c1", "c2", "c3", "c4", "c5", "c6"}
    [annotation] = held["c3"]["annotations"]
    assert {r["from_name"]: r["value"] for r in annotation["result"]}["choice"] == {"choices": ["tie"]}
    assert held["c1"]["predictions"][0]["model_version"] == "fake/test" and held["c5"]["annotations"] == []
    assert held["c6"]["data"]["response_b"] == HOSTILE

    # an annotator chooses in Label Studio: c5, open here, becomes a tie with a rationale
    tie = [{"from_name": "choice", "to_name": "prompt", "type": "choices", "value": {"choices": ["tie"]}},
           {"from_name": "rationale", "to_name": "prompt", "type": "textarea", "value": {"text": ["Both are right."]}}]
    label_studio.call("POST", f"/api/tasks/{held['c5']['id']}/annotations", {"result": tie})

    exported = label_studio.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "label-studio-comparison-export.json").write_text(json.dumps(exported, indent=1))
    (tmp_path / "ls-export.json").write_text(json.dumps(exported))
    back = {r.item_id: r for r in cx.read_label_studio(tmp_path / "ls-export.json")}
    assert set(back) == set(held)
    for record in records[:4] + records[5:]:
        got = back[record.item_id]
        assert (got.choice, got.rationale, got.flags_a, got.flags_b) == (
            record.choice, record.rationale, record.flags_a, record.flags_b), record.item_id
        assert (got.prompt, got.response_a, got.response_b, got.notes, got.status) == (
            record.prompt, record.response_a, record.response_b, record.notes, record.status)
        assert (got.draft_rationale, got.draft_model) == (record.draft_rationale, record.draft_model)
    assert (back["c5"].choice, back["c5"].rationale, back["c5"].status) == ("tie", "Both are right.", "submitted")
    assert back["c5"].annotator is None and back["c6"].rationale == HOSTILE  # this export names users by id only

    # a snapshot export with whole objects, stripped of our record: Label Studio's own
    # results, prediction and user carry the work
    snapshot = _snapshot(label_studio, project["id"])
    (ARTIFACTS / "label-studio-comparison-snapshot.json").write_text(json.dumps(snapshot, indent=1))
    for task in snapshot:
        del task["data"][cx.LS_RECORD_KEY]
    bare = {r.item_id: r for r in cx.read_label_studio(snapshot)}
    assert {k: (r.choice, r.rationale, r.flags_a, r.flags_b) for k, r in bare.items()} == {
        k: (r.choice, r.rationale, r.flags_a, r.flags_b) for k, r in back.items()}
    assert (bare["c1"].draft_rationale, bare["c1"].draft_model) == (records[0].draft_rationale, "fake/test")
    assert bare["c5"].annotator == label_studio.user and bare["c6"].response_b == HOSTILE

    _markup_shows_as_text(label_studio, project["id"], held["c6"]["id"])


def _snapshot(label_studio, project: int) -> list[dict]:  # noqa: F811
    options = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}
    made = label_studio.call("POST", f"/api/projects/{project}/exports/", {"title": "full", "serialization_options": options})
    deadline = time.monotonic() + 120
    while label_studio.call("GET", f"/api/projects/{project}/exports/{made['id']}")["status"] != "completed":
        assert time.monotonic() < deadline, "the snapshot export did not complete in 120 s"
        time.sleep(1)
    return label_studio.call("GET", f"/api/projects/{project}/exports/{made['id']}/download?exportType=JSON")


def _markup_shows_as_text(label_studio, project: int, task: int) -> None:  # noqa: F811
    """In the labeling view the hostile response is shown as its characters: no dialog, no
    element made from it."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(label_studio.url + "/user/login/")
        page.fill("input[name=email]", label_studio.user)
        page.fill("input[name=password]", label_studio.password)
        page.press("input[name=password]", "Enter")
        page.wait_for_load_state("networkidle", timeout=60_000)
        page.goto(f"{label_studio.url}/projects/{project}/data?task={task}")
        try:
            page.get_by_text("<script>alert(1)</script>", exact=False).first.wait_for(timeout=90_000)
            page.wait_for_timeout(1000)  # an onerror handler would have fired by now
            assert dialogs == []
            assert page.locator("img[src='x']").count() == 0 and page.locator("[name='x']").count() == 0
        finally:
            page.screenshot(path=str(ARTIFACTS / "label-studio-comparison-task.png"), full_page=True)
        browser.close()
