"""`annotation-assistant serve`: the composition root that wires the app's storage, the model
seam and the Gradio UI together. Only the command line reaches this module."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from assistant import kinds, llm
from assistant.app import db, first_run

from .app import launch
from .handlers import App


def cmd_serve(args) -> int:
    spec = llm.resolve_spec(args.model, args.api_base)
    llm.validate(spec)
    sessions = db.connect(args.db)
    with sessions() as s:
        accounts = first_run.create_accounts(s)
        samples = [] if args.no_samples else first_run.add_samples(s)
    if accounts or samples:
        print(first_run.announce(accounts, samples), flush=True)
    print(f"database: {db.display_url(db.resolve_url(args.db))}; model: {spec.model}", file=sys.stderr)
    _warm_up_checker()
    skip_absent_matplotlib()
    pin_gradio_temp_dir()
    # the first compose of the day should cost what the tenth does: every kind's pipeline
    # (langchain-core's prompt templates: about 1 s of CPU to import, which a first compose
    # paid inside the request, holding the GIL every other request needs) and the model
    # (embedded) or litellm's request path are warmed while the first annotators sign in
    threading.Thread(target=warm_up if spec.model == llm.EMBEDDED else warm_up_provider, daemon=True).start()
    launch(App(sessions, spec), host=args.host, port=args.port)
    return 0


def _warm_up_checker() -> None:
    """Load the checker's word lists (lemminflect's dictionaries) before the first request:
    loaded lazily, twenty annotators' first checks would each decompress them at once."""
    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.kinds.caption import CaptionTask  # noqa: PLC0415

    check_draft(CaptionTask(notes="two red buses, maybe parked").observations(), "Two red buses are parked.")


def skip_absent_matplotlib() -> None:
    """Gradio runs every event inside `import matplotlib` (to switch its backend) and shrugs
    off the ImportError. Without matplotlib installed, that failed import searches every
    folder on sys.path again on each event: 2% of the server's CPU under load (py-spy,
    docs/RELIABILITY.md). A None in sys.modules makes the import fail at once, the documented
    way to mark a module absent; an installed matplotlib is left alone."""
    if "matplotlib" not in sys.modules and importlib.util.find_spec("matplotlib") is None:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]


def pin_gradio_temp_dir() -> None:
    """Gradio resolves its temp folder (a realpath, a system call per path part) every time it
    builds a component, and it builds one for every output an event updates or leaves alone.
    Its GRADIO_TEMP_DIR setting, set to the folder it would resolve anyway, spares that: a
    sixth of each build (bench: 0.18 -> 0.15 ms a Textbox). A folder the user set is kept."""
    if not os.environ.get("GRADIO_TEMP_DIR"):
        os.environ["GRADIO_TEMP_DIR"] = str((Path(tempfile.gettempdir()) / "gradio").resolve())


def warm_up_prompt() -> list[dict]:
    """A caption request as compose sends it, on sample notes: everything before the notes
    (system prompt, instructions) is the prefix every caption request shares."""
    from assistant.compose.caption import warm_up_messages  # noqa: PLC0415

    return warm_up_messages()


def import_pipelines() -> None:
    """Import every kind's compose pipeline (each kind names its module; it is imported on
    the kind's first compose otherwise)."""
    for kind in kinds.KINDS.values():
        kind.module()


def warm_up_provider() -> None:
    import_pipelines()
    llm.warm_up()


def warm_up() -> None:
    """Load the embedded model and send it the shared prompt prefix the way a compose does
    (through litellm, whose import and first streamed call are most of a first request's extra
    cost) while the first annotator writes notes (they come first anyway): the first compose
    of the day then costs what the tenth does."""
    from assistant.llm import embedded  # noqa: PLC0415

    import_pipelines()
    started = time.perf_counter()
    try:
        embedded.shared_model()
        loaded = time.perf_counter() - started
        warmed = llm.warm_embedded(warm_up_prompt())
    except Exception as e:  # noqa: BLE001 - compose reports it again, in the page
        print(f"warning: the embedded model did not load: {e}", file=sys.stderr, flush=True)
        return
    print(f"embedded model ready ({loaded:.1f} s to load, {warmed:.1f} s to evaluate the shared prompt)",
          file=sys.stderr, flush=True)
