"""`serve` warms the embedded model: it loads it and sends the prompt prefix every caption
request shares through the model seam (litellm imported, its streaming path run once, the
prefix in llama.cpp's cache), so the first compose of the day costs what later ones do. The
model itself is a stub here (tests/test_embedded.py runs the real one)."""

import os
import subprocess
import sys

from assistant import llm, prompts
from assistant.llm import embedded
from assistant.compose.caption import notes_data


class _Model:
    def __init__(self):
        self.calls: list[tuple[list[dict], dict]] = []

    def stream(self, messages, params):
        self.calls.append((messages, params))
        yield "A"
        yield (100, 1)


def test_serve_sends_the_shared_caption_prefix_through_the_seam(monkeypatch, capsys):
    from assistant_ui import serve

    model = _Model()
    monkeypatch.setattr(embedded, "shared_model", lambda: model)
    with llm.local_provider(llm.EMBEDDED, lambda: model):
        serve.warm_up()
    [(messages, params)] = model.calls  # one request, through litellm, for one token
    assert params["max_tokens"] == 1
    real = prompts.load("caption").render(observations=notes_data(["three dogs", "maybe a cat"]))
    # everything but the notes is what a real request sends: the prefix llama.cpp keeps
    assert [m["role"] for m in messages] == [m["role"] for m in real]
    assert messages[:-1] == real[:-1]
    shared = next(i for i, (a, b) in enumerate(zip(messages[-1]["content"], real[-1]["content"])) if a != b)
    assert shared > 0
    assert "s to evaluate the shared prompt)" in capsys.readouterr().err


def test_a_model_that_fails_to_load_is_one_warning(monkeypatch, capsys):
    from assistant_ui import serve

    def broken():
        raise RuntimeError("weights missing")

    monkeypatch.setattr(embedded, "shared_model", broken)
    serve.warm_up()
    assert capsys.readouterr().err.strip() == "warning: the embedded model did not load: weights missing"


def test_an_absent_matplotlib_is_not_searched_for_on_every_event(monkeypatch):
    """Gradio imports matplotlib around each event; absent, that import searched sys.path each
    time. After serve marks it absent, the import fails at once and Gradio's manager copes."""
    import importlib.util
    import sys

    import pytest
    from gradio.utils import MatplotlibBackendMananger

    from assistant_ui import serve

    monkeypatch.delitem(sys.modules, "matplotlib", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else object())
    searched = []
    monkeypatch.setattr(sys, "meta_path", [_Recorder(searched)] + sys.meta_path)
    serve.skip_absent_matplotlib()
    with MatplotlibBackendMananger():
        pass
    with pytest.raises(ImportError):
        import matplotlib  # noqa: F401
    assert "matplotlib" not in searched  # answered from sys.modules, no finder asked


def test_an_installed_matplotlib_is_left_alone(monkeypatch):
    import importlib.util
    import sys

    from assistant_ui import serve

    monkeypatch.delitem(sys.modules, "matplotlib", raising=False)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    serve.skip_absent_matplotlib()
    assert "matplotlib" not in sys.modules


class _Recorder:
    def __init__(self, names):
        self.names = names

    def find_spec(self, name, path=None, target=None):
        self.names.append(name)
        return None


def test_gradio_s_temp_folder_is_pinned_to_the_one_it_resolves_unless_set(monkeypatch, tmp_path):
    import gradio.utils

    from assistant_ui import serve

    monkeypatch.setenv("GRADIO_TEMP_DIR", "")  # unset for Gradio, and restored after the test
    resolved = gradio.utils.get_upload_folder()
    serve.pin_gradio_temp_dir()
    assert gradio.utils.get_upload_folder() == resolved  # the same folder, now without a realpath per build
    import os

    assert os.environ["GRADIO_TEMP_DIR"] == resolved
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path))
    serve.pin_gradio_temp_dir()
    assert gradio.utils.get_upload_folder() == str(tmp_path)


def test_serving_a_provider_imports_every_kinds_pipeline_before_the_first_compose():
    """A pipeline is imported on its kind's first compose otherwise: about 1 s of CPU
    (langchain-core) inside that request, 3 s to the first annotator on a 2-core machine."""
    code = (
        "import sys\n"
        "from assistant import kinds, llm\n"
        "from assistant_ui import serve\n"
        "pipelines = {k.pipeline for k in kinds.KINDS.values()}\n"
        "print(sorted(p for p in pipelines if p in sys.modules))\n"
        "llm.warm_up = lambda: print('provider warmed')\n"
        "serve.warm_up_provider()\n"
        "print(sorted(p for p in pipelines if p not in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    assert out.returncode == 0, out.stderr[-2000:]
    imported_before, warmed, missing_after = out.stdout.strip().splitlines()[-3:]
    assert imported_before == "[]"  # the app itself leaves them to the first compose
    assert warmed == "provider warmed" and missing_after == "[]"
