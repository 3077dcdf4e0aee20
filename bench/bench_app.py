"""The app's round trip in a real browser on the embedded model, started by the README's command.

    .venv/bin/python bench/bench_app.py [--port 7861] [--tasks N] [--no-answers]

Starts `annotation-assistant serve` on a fresh SQLite file (first run: accounts and sample
projects), waits until the embedded model is loaded, then drives Debian's chromium:

- page load: the sign-in page, and signing in until the workspace shows;
- per sample task (three captions, one rewrite): compose (Ctrl+Enter) until the first
  streamed text and until the checked draft shows, answering the first question (the draft
  is composed again), checking the kept draft, submitting;
- the lead's side on the first task: queue, diff, send back with a comment; the annotator
  sees the comment and resubmits; the lead approves (only with all four tasks).

`--tasks N` does the first N sample tasks only (a smaller run: `--tasks 3` is three captions,
three composes and their answers; with `--no-answers`, the three composes alone). The
compose deadline is raised to 600 s, so a slow compose on a busy machine is measured, not
refused. The figures list every compose in order: the first compose
after `serve` started against the second is `first_vs_second`.

Screenshots go to test-artifacts/embedded-*.png. Figures depend on the machine and on what
else runs on it; they are wall-clock seconds in the browser, model time included.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant_ui.annotator import COMPOSING  # noqa: E402
from bench.common import save  # noqa: E402
from tests.test_browser import ARTIFACTS, CHROMIUM, FLAGS, _open, _submit_sign_in, _textarea  # noqa: E402

NOTES = {  # what the drawn sample images show (examples/make_images.py)
    "desk": "laptop on a wooden desk, screen on\na blue mug and a white mug on the right\npotted plant on the left",
    "shopfront": 'green sign reads "OPEN 9-5"\nbrown door on the right\nshop window on the left, maybe a bakery',
    "street": "red bus on the left\n3 pedestrians on the right\nwet road, maybe rain",
}
REWRITE_NOTES = "policy says 3 months, not six\na receipt is required\nso the shoes cannot be returned"
TIMEOUT_MS = 240_000  # a compose with two repair rounds takes well under a minute here


def start_server(port: int, db: Path) -> tuple[subprocess.Popen, dict[str, str], dict[str, float]]:
    command = [str(Path(sys.executable).parent / "annotation-assistant"), "serve", "--port", str(port),
               "--db", f"sqlite:///{db}"]
    started = time.perf_counter()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={"ANNOTATION_ASSISTANT_COMPOSE_DEADLINE": "600",  # measure a slow compose, not fail it
                                   **os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    lines, marks = [], {}
    for line in server.stdout:
        lines.append(line)
        if "Running on" in line:
            marks["serving_s"] = time.perf_counter() - started
        if "embedded model ready" in line or "did not load" in line:
            marks["model_ready_s"] = time.perf_counter() - started
        if "serving_s" in marks and "model_ready_s" in marks:
            break
    output = "".join(lines)
    print(output, file=sys.stderr)
    # keep reading what the server prints (a compose's error line), or a full pipe would block it
    threading.Thread(target=lambda: [print("server:", line, end="", file=sys.stderr) for line in server.stdout],
                     daemon=True).start()
    if "did not load" in output:
        raise SystemExit("the embedded model did not load")
    return server, dict(re.findall(r"user: (\w+)\s+password: (\S+)", output)), marks


def sign_in(browser, url: str, name: str, password: str, timings: dict):
    t0 = time.perf_counter()
    context, page = _open(browser, url, TIMEOUT_MS)
    timings.setdefault("sign_in_page_s", []).append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    _submit_sign_in(page, name, password)
    timings.setdefault("workspace_after_sign_in_s", []).append(time.perf_counter() - t0)
    return context, page


def run_compose(page, start, timings: dict, key: str) -> None:
    """`start` triggers a compose; the streaming box shows while the model writes and hides
    when the checked draft is shown."""
    streaming = page.locator("#aa-streaming")
    t0 = time.perf_counter()
    start()
    streaming.wait_for(state="visible")
    # the model's first words, not the "Composing from your notes…" the box shows until they come
    page.wait_for_function("p => { const v = (document.querySelector('#aa-streaming textarea') || {}).value;"
                           " return v && !v.startsWith(p) }", arg=COMPOSING)
    timings.setdefault(f"{key}_first_text_s", []).append(time.perf_counter() - t0)
    streaming.wait_for(state="hidden")
    page.locator("#aa-provenance .aa-sentence").first.wait_for()
    timings.setdefault(f"{key}_s", []).append(time.perf_counter() - t0)


def annotate(page, notes: str, timings: dict, flags: list[str] = (), answer: bool = True) -> dict:
    page.locator("#aa-next").click()
    # "Task 2 (project, item)", not the previous "Task 1 (item desk) submitted": filling the notes before
    # the task has loaded would see them cleared by its arrival
    page.locator("#aa-status", has_text=re.compile(r"Task \d+ \([\w-]+, ")).wait_for()
    for flag in flags:
        page.locator("#aa-flags").get_by_label(flag).check()
    _textarea(page, "aa-notes").fill(notes)
    run_compose(page, lambda: _textarea(page, "aa-notes").press("Control+Enter"), timings, "compose")
    record = {"task": page.locator("#aa-status").inner_text(), "questions": 0,
              "problems_after_compose": page.locator("#aa-problems").inner_text()[:300]}
    if answer and page.locator("#aa-answer").is_visible():
        record["questions"] = sum(page.locator(f"#aa-answer-{i}").is_visible() for i in range(3))
        record["question"] = page.locator("#aa-answer-0").inner_text().strip()[:200]
        _textarea(page, "aa-answer-0").fill("not visible")
        run_compose(page, lambda: page.locator("#aa-answer").click(), timings, "answer_and_recompose")
        record["problems_after_answer"] = page.locator("#aa-problems").inner_text()[:300]
    page.locator("#aa-check").click()
    page.locator("#aa-problems").wait_for()
    record["draft"] = _textarea(page, "aa-final").input_value()
    return record


def submit(page) -> None:
    page.locator("#aa-submit").click()
    page.locator("#aa-status", has_text="submitted").wait_for()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=7861, help="port for the app (default 7861)")
    parser.add_argument("--no-answers", action="store_true",
                        help="compose each task once, without answering a question and composing again")
    parser.add_argument("--tasks", type=int, default=4, choices=range(1, 5), metavar="N",
                        help="the first N of the four sample tasks (default 4: all, and the lead's round trip)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    ARTIFACTS.mkdir(exist_ok=True)
    timings: dict[str, list[float]] = {}
    records = []
    with tempfile.TemporaryDirectory() as tmp:
        server, passwords, marks = start_server(args.port, Path(tmp) / "bench.db")
        url = f"http://127.0.0.1:{args.port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
                pages = []
                try:
                    round_trip(browser, url, passwords, timings, records, pages, args.tasks, not args.no_answers)
                except BaseException:  # an interrupted run too: what it measured so far
                    for i, page in enumerate(pages):  # where it stopped, for the one who reads the error
                        page.screenshot(path=str(ARTIFACTS / f"embedded-failure-{i}.png"), full_page=True)
                        shown = " | ".join(t.strip() for t in page.locator("#aa-status, .toast-body").all_inner_texts())
                        print(f"page {i} shows: {shown}", file=sys.stderr)
                    print(f"timings so far: {timings}", file=sys.stderr)
                    raise
                browser.close()
            model_calls = drafts_made(Path(tmp) / "bench.db")
        finally:
            server.terminate()
            server.wait(timeout=60)
    figures = {k: {"runs": len(v), "p50_s": round(statistics.median(v), 2), "max_s": round(max(v), 2)}
               for k, v in timings.items()}
    command = ".venv/bin/python bench/bench_app.py" + (f" --tasks {args.tasks}" if args.tasks != 4 else "") + (
        " --no-answers" if args.no_answers else "")
    save("app", {"command": command, "load_average": os.getloadavg(), **{k: round(v, 1) for k, v in marks.items()},
                 "first_vs_second": first_vs_second(timings), "figures": figures,
                 "in_order": {k: [round(x, 2) for x in v] for k, v in timings.items() if k.startswith("compose")},
                 "drafts": model_calls, "tasks": records,
                 "round_trip": "sent back, resubmitted, approved" if args.tasks == 4 else "annotator only"})


def drafts_made(path: Path) -> list[dict]:
    """Each draft the server stored, in order: its model calls (the first draft and its
    repairs) and its seconds in the server, so composes of different notes compare per call."""
    import sqlite3  # noqa: PLC0415

    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT task_id, data FROM events WHERE kind = 'draft' ORDER BY id").fetchall()
    out = []
    for task_id, data in rows:
        found = json.loads(data)
        calls, seconds = found.get("calls") or 0, found.get("latency_s") or 0.0
        out.append({"task": task_id, "calls": calls, "server_s": round(seconds, 2),
                    "per_call_s": round(seconds / calls, 2) if calls else None})
    return out


def first_vs_second(timings: dict) -> dict:
    """The first compose after `serve` started against the second, until the first streamed
    text and until the checked draft (the issue's target: the first within 1.3x of the second)."""
    out = {}
    for key in ("compose_first_text_s", "compose_s"):
        runs = timings.get(key, [])
        if len(runs) >= 2:
            out[key] = {"first": round(runs[0], 2), "second": round(runs[1], 2), "ratio": round(runs[0] / runs[1], 2)}
    return out


def round_trip(browser, url: str, passwords: dict, timings: dict, records: list, pages: list, tasks: int = 4,
               answers: bool = True) -> None:
    """Annotator: four tasks. Lead: send the first back. Annotator: resubmit. Lead: approve."""
    ann_ctx, ann = sign_in(browser, url, "annotator", passwords["annotator"], timings)
    pages.append(ann)
    for i, image in enumerate(("desk", "shopfront", "street")[:tasks]):  # the queue's order
        records.append(annotate(ann, NOTES[image], timings, answer=answers))
        if i == 0:
            ann.screenshot(path=str(ARTIFACTS / "embedded-annotator.png"), full_page=True)
        submit(ann)
    if tasks < 4:
        ann_ctx.close()
        return
    records.append(annotate(ann, REWRITE_NOTES, timings, flags=["factual_error"], answer=answers))
    submit(ann)

    lead_ctx, lead = sign_in(browser, url, "lead", passwords["lead"], timings)
    pages.append(lead)
    lead.get_by_role("tab", name="Review").click()
    t0 = time.perf_counter()
    lead.locator("#aa-refresh").click()
    lead.locator("#aa-queue", has_text="sample-rewrites").wait_for()
    timings["lead_queue_s"] = [time.perf_counter() - t0]
    lead.locator("#aa-task-id input").fill("1")
    t0 = time.perf_counter()
    lead.locator("#aa-open").click()
    lead.locator("#aa-diff-draft").wait_for()
    lead.locator("#aa-outcome", has_text="submitted").wait_for()
    timings["lead_open_task_s"] = [time.perf_counter() - t0]
    lead.screenshot(path=str(ARTIFACTS / "embedded-lead.png"), full_page=True)
    _textarea(lead, "aa-review-comment").fill("say what is on the laptop screen")
    lead.locator("#aa-send-back").click()
    lead.locator("#aa-outcome", has_text="returned").wait_for()

    ann.reload()
    ann.get_by_text("Signed in as annotator").wait_for()
    ann.locator("#aa-next").click()
    ann.locator("#aa-comment", has_text="laptop screen").wait_for()
    final = _textarea(ann, "aa-final")
    final.fill(final.input_value() + " The laptop screen shows a plain blue background.")
    submit(ann)
    lead.locator("#aa-task-id input").fill("1")  # a decision moved the lead on to the next task
    lead.locator("#aa-open").click()
    lead.locator("#aa-diff-draft", has_text="plain blue").wait_for()
    lead.locator("#aa-approve").click()
    lead.locator("#aa-outcome", has_text="approved").wait_for()
    ann_ctx.close()
    lead_ctx.close()


if __name__ == "__main__":
    main()
