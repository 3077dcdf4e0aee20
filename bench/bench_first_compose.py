"""The first request after `serve`'s warm-up against the second, until the first streamed
token, in one process on the embedded model (no browser, no app):

    .venv/bin/python bench/bench_first_compose.py [--warm-up seam|direct]

`seam` (what `serve` does): the shared caption prompt goes through the model seam
(`llm.warm_embedded`: litellm imported and its streaming path run once). `direct` (what it
did before): the same prompt sent to llama.cpp directly, so the first real request still
imports litellm. Then two caption requests with different notes (two sample tasks), each
timed until its first token. Run under `py-spy record` to see what the first one spends.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant import llm, prompts  # noqa: E402
from assistant.llm import embedded  # noqa: E402
from assistant.compose.caption import notes_data  # noqa: E402
from assistant_ui.serve import warm_up_prompt  # noqa: E402
from bench.bench_app import NOTES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--warm-up", choices=("seam", "direct"), default="seam")
    args = parser.parse_args()
    model = embedded.shared_model()
    started = time.perf_counter()
    if args.warm_up == "seam":
        llm.warm_embedded(warm_up_prompt())
    else:
        for _ in model.stream(warm_up_prompt(), {"max_tokens": 1, "temperature": 0.0}):
            pass
    warm = time.perf_counter() - started
    first_token = []
    for image in ("desk", "shopfront"):
        messages = prompts.load("caption").render(observations=notes_data(NOTES[image].splitlines()))
        started = time.perf_counter()
        pieces = iter(llm.stream(messages, llm.ModelSpec(model=llm.EMBEDDED, max_tokens=64)))
        next(pieces)
        first_token.append(time.perf_counter() - started)
        for _ in pieces:
            pass
    print(f"warm-up {args.warm_up}: {warm:.1f} s; first token of the first request {first_token[0]:.2f} s, "
          f"of the second {first_token[1]:.2f} s ({first_token[0] / first_token[1]:.2f}x); "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
