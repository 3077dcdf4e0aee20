"""The app launched in this test process (fake model) with the production launch settings."""

from __future__ import annotations

import threading
from contextlib import contextmanager

from assistant import llm
from assistant.app import accounts, db, projects
from assistant.llm.fake import FakeModel
from tests.serve_process import free_port
from tests.test_eval import echo_model

RESPONSE = "The return policy lasts six months and no receipt is needed."


@contextmanager
def running_app(tmp_path, tasks: int = 3, outputs: list | None = None, rows: list[tuple[str, dict]] | None = None,
                kind: str = "rewrite"):
    """Yields (url, demo, app, fake) with users ann/ann-password and lea/lea-password and a
    rewrite project `answers` of `tasks` tasks (or of `rows`: (item id, payload) pairs; with
    kind="caption", a caption project `streets` of `rows` {"image": path})."""
    from assistant_ui.app import launch  # noqa: PLC0415
    from assistant_ui.handlers import App  # noqa: PLC0415

    sessions = db.connect(f"sqlite:///{tmp_path / 'app.db'}")
    with sessions() as s:
        accounts.add_user(s, "ann", "annotator", "ann-password")
        accounts.add_user(s, "lea", "lead", "lea-password")
        project = projects.create_project(s, "answers" if kind == "rewrite" else "streets", kind)
        for item, payload in rows or [(f"r{i}", {"prompt": "Can I return shoes?", "response": RESPONSE})
                                      for i in range(tasks)]:
            projects.add_task(s, project, item, payload)
    fake = FakeModel(outputs if outputs is not None else [echo_model] * 50)
    port = free_port()
    with fake.installed():
        app = App(sessions, llm.ModelSpec(model="fake/test", retries=1))
        demo = launch(app, port=port, prevent_thread_lock=True, quiet=True)
        try:
            yield f"http://127.0.0.1:{port}", demo, app, fake
        finally:
            threading.Thread(target=demo.close, daemon=True).start()
