"""Issue 26 against a real Label Studio: its own SQLite, a free port, a legacy API token.
Create a project with our labeling config, import our export, read back the annotations and
predictions, export from Label Studio, import that back here and compare field by field;
chromium shows the task and its image loads.

Label Studio pins many packages of its own, so it never goes into our venv: make its venv
with `bash bench/label_studio_venv.sh` (about 3 minutes) and run
`ANNOTATION_ASSISTANT_LABEL_STUDIO=/tmp/ls-venv/bin/label-studio pytest -m label_studio`.
Without that variable the test is skipped.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from assistant.app import accounts, db, export, projects
from assistant.cli import main
from tests.test_export import FINAL, app, approved  # noqa: F401 - the fixtures

pytestmark = pytest.mark.label_studio
LABEL_STUDIO = os.environ.get("ANNOTATION_ASSISTANT_LABEL_STUDIO")
CHROMIUM = "/usr/bin/chromium"
CONFIG = """<View>
  <Image name="image" value="$image"/>
  <Text name="notes" value="$notes"/>
  <TextArea name="caption" toName="image" rows="5" editable="true" maxSubmissions="1"/>
</View>"""
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabelStudio:
    def __init__(self, url: str, token: str, user: str, password: str):
        self.url, self.token, self.user, self.password = url, token, user, password

    def call(self, method: str, path: str, body=None):
        request = urllib.request.Request(self.url + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"Token {self.token}",
                                                  "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                raw = response.read()
        except urllib.error.HTTPError as e:
            pytest.fail(f"{method} {path}: HTTP {e.code}: {e.read()[:1000]!r}")
        return json.loads(raw) if raw else None


@pytest.fixture
def label_studio(tmp_path):
    if not LABEL_STUDIO:
        pytest.skip("set ANNOTATION_ASSISTANT_LABEL_STUDIO to a label-studio executable (bench/label_studio_venv.sh)")
    port, token, user, password = _free_port(), secrets.token_hex(20), "lead@example.com", secrets.token_hex(8)
    env = {**os.environ, "LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED": "true",
           "LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT": str(tmp_path.parent),  # storage: a folder under it "LABEL_STUDIO_BASE_DATA_DIR": str(tmp_path / "ls"),
           "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true", "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "",
           "COLLECT_ANALYTICS": "false"}
    log = (tmp_path / "label-studio.log").open("w")
    process = subprocess.Popen([LABEL_STUDIO, "start", "--no-browser", "--internal-host", "127.0.0.1",
                                "--port", str(port), "--data-dir", str(tmp_path / "ls"), "--username", user,
                                "--password", password, "--user-token", token, "--enable-legacy-api-token"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                with urllib.request.urlopen(url + "/health", timeout=5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Label Studio did not start: " + (tmp_path / "label-studio.log").read_text()[-2000:])
                time.sleep(1)
        yield LabelStudio(url, token, user, password)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _fields(record):
    return record.model_dump(exclude={"task_id", "project"})


def test_a_real_label_studio_round_trip(app, approved, tmp_path, label_studio):  # noqa: F811
    from PIL import Image  # noqa: PLC0415

    for name in ("a", "b"):  # Label Studio's labeling view fails on a 4x4 image once a task has a prediction
        Image.new("RGB", (64, 48), (200, 30, 30)).save(tmp_path / f"{name}.png")
    with app.sessions() as s:
        records = export.export_records(s, projects.get_project(s, "streets"), "all")
    url = f"sqlite:///{tmp_path / 'app.db'}"
    out = tmp_path / "out" / "streets-ls.json"
    assert main(["export", "--project", "streets", "--format", "label-studio", "--status", "all",
                 "--image-root", str(tmp_path.parent), "--out", str(out), "--db", url]) == 0

    project = label_studio.call("POST", "/api/projects", {"title": "streets", "label_config": CONFIG})
    label_studio.call("POST", "/api/storages/localfiles", {"project": project["id"], "path": str(tmp_path),
                                                            "title": "images", "use_blob_urls": False})
    label_studio.call("POST", f"/api/projects/{project['id']}/import", json.loads(out.read_text()))
    tasks = label_studio.call("GET", f"/api/tasks?project={project['id']}&fields=all")
    tasks = tasks["tasks"] if isinstance(tasks, dict) else tasks
    by_item = {t["data"]["item_id"]: t for t in tasks}
    assert by_item["a"]["annotations"][0]["result"][0]["value"]["text"] == [FINAL]
    assert by_item["a"]["predictions"][0]["model_version"] == "fake/test"
    assert by_item["b"]["annotations"] == [] and by_item["a"]["data"]["image"] == f"/data/local-files/?d={tmp_path.name}/a.png"

    exported = label_studio.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
    (tmp_path / "ls-export.json").write_text(json.dumps(exported))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "label-studio-export.json").write_text(json.dumps(exported, indent=1))
    elsewhere = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert main(["project", "add", "again", "--kind", "caption", "--db", elsewhere]) == 0
    assert main(["import", "--project", "again", str(tmp_path / "ls-export.json"), "--db", elsewhere]) == 0
    with db.connect(elsewhere)() as s:
        back = export.export_records(s, projects.get_project(s, "again"), "all")
    back = sorted(back, key=lambda r: r.item_id)
    assert [_fields(r) for r in back] == [_fields(r) for r in sorted(records, key=lambda r: r.item_id)]

    _the_image_renders(label_studio, project["id"], by_item["a"]["id"])


def _the_image_renders(label_studio: LabelStudio, project: int, task: int) -> None:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.goto(label_studio.url + "/user/login/")
        page.fill("input[name=email]", label_studio.user)
        page.fill("input[name=password]", label_studio.password)
        page.press("input[name=password]", "Enter")
        page.wait_for_load_state("networkidle", timeout=60_000)
        page.goto(f"{label_studio.url}/projects/{project}/data?task={task}")
        # the labeling view fetches $image and shows it from a blob: URL (the data manager's
        # thumbnail on the left loads the local-files URL directly)
        image = page.locator("img[src^='blob:']").first
        try:
            image.wait_for(timeout=90_000)
            page.wait_for_function("img => img.complete && img.naturalWidth === 64", arg=image.element_handle(),
                                   timeout=60_000)
            assert "There was an issue loading URL" not in page.content()
        finally:
            page.screenshot(path=str(ARTIFACTS / "label-studio-task.png"))
        browser.close()


REWRITE_CONFIG = """<View>
  <Text name="prompt" value="$prompt"/>
  <Text name="response" value="$response"/>
  <Text name="notes" value="$notes"/>
  <TextArea name="rewrite" toName="response" rows="5" editable="true" maxSubmissions="1"/>
</View>"""


def _round_trip(label_studio: LabelStudio, title: str, config: str, ours: Path, kind: str, tmp_path: Path) -> list:
    """Import our export into a new Label Studio project, export it from there, import that
    into a new project here; the tasks Label Studio holds and our records that come back."""
    project = label_studio.call("POST", "/api/projects", {"title": title, "label_config": config})
    label_studio.call("POST", f"/api/projects/{project['id']}/import", json.loads(ours.read_text()))
    tasks = label_studio.call("GET", f"/api/tasks?project={project['id']}&fields=all")
    tasks = tasks["tasks"] if isinstance(tasks, dict) else tasks
    exported = label_studio.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
    (tmp_path / f"{title}-ls-export.json").write_text(json.dumps(exported))
    elsewhere = f"sqlite:///{tmp_path / (title + '-back.db')}"
    assert main(["project", "add", title, "--kind", kind, "--db", elsewhere]) == 0
    assert main(["import", "--project", title, str(tmp_path / f"{title}-ls-export.json"), "--db", elsewhere]) == 0
    with db.connect(elsewhere)() as s:
        back = export.export_records(s, projects.get_project(s, title), "all")
    return tasks, sorted(back, key=lambda r: r.item_id)


def test_a_real_label_studio_round_trip_of_rewrites_and_of_a_batch(tmp_path, fake, fake_spec, label_studio):  # noqa: F811
    """Rewrites (the final text as the annotation on the response) and a batch's pre-drafts
    (the draft as a prediction, status open) go to Label Studio and come back the same."""
    from assistant.batch import BatchResult  # noqa: PLC0415
    from assistant_ui.handlers import App  # noqa: PLC0415
    from tests.test_eval import echo_model  # noqa: PLC0415

    url = f"sqlite:///{tmp_path / 'rw.db'}"
    sessions = db.connect(url)
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "password-1")
        accounts.add_user(s, "lea", "lead", "password-2")
        project = projects.create_project(s, "answers", "rewrite")
        projects.add_task(s, project, "r1", {"prompt": "How long do I have?", "response": "You have six months to return it."})
    app = App(sessions, fake_spec)
    fake.enqueue([echo_model] * 6)
    view = app.next_task("ann")
    notes = "policy says 3 months, not six"
    list(app.compose("ann", view["task_id"], notes, ["factual_error"]))
    final = "You have 3 months to return it."
    app.submit("ann", view["task_id"], notes, ["factual_error"], final)
    app.decide("lea", view["task_id"], "approve", "")
    with sessions() as s:
        records = export.export_records(s, projects.get_project(s, "answers"), "all")
    out = tmp_path / "answers-ls.json"
    assert main(["export", "--project", "answers", "--format", "label-studio", "--status", "all", "--out", str(out),
                 "--db", url]) == 0
    tasks, back = _round_trip(label_studio, "answers", REWRITE_CONFIG, out, "rewrite", tmp_path)
    assert tasks[0]["annotations"][0]["result"][0]["value"]["text"] == [final]
    assert tasks[0]["data"]["response"] == "You have six months to return it."
    assert [_fields(r) for r in back] == [_fields(r) for r in records]

    # a batch of pre-drafted captions: the draft is a prediction, the task open
    from PIL import Image  # noqa: PLC0415

    lines = []
    for n in range(2):
        Image.new("RGB", (64, 48), (30, 30, 200)).save(tmp_path / f"p{n}.png")
        task = {"id": f"p{n}", "kind": "caption", "notes": f"{n + 2} blue boats", "image": str(tmp_path / f"p{n}.png")}
        lines.append(BatchResult.model_validate({"id": f"p{n}", "status": "done", "task": task,
                                                 "text": f"{n + 2} blue boats.", "model": "fake/test",
                                                 "finished_at": "2026-12-04T10:00:00"}))
    results = tmp_path / "results.jsonl"
    results.write_text("".join(line.model_dump_json() + "\n" for line in lines))
    out = tmp_path / "batch-ls.json"
    assert main(["export", "--batch", str(results), "--format", "label-studio", "--image-root", str(tmp_path.parent),
                 "--out", str(out)]) == 0
    tasks, back = _round_trip(label_studio, "boats", CONFIG, out, "caption", tmp_path)
    by_item = {t["data"]["item_id"]: t for t in tasks}
    assert set(by_item) == {"p0", "p1"} and all(t["annotations"] == [] for t in tasks)
    assert by_item["p0"]["predictions"][0]["result"][0]["value"]["text"] == ["2 blue boats."]
    assert [(r.item_id, r.status, r.notes, r.draft.text if r.draft else None) for r in back] == [
        ("p0", "open", "2 blue boats", "2 blue boats."), ("p1", "open", "3 blue boats", "3 blue boats.")]
