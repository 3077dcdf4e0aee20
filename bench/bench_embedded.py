"""Embedded-model compose latency for a 6-note caption: p50 over several runs, with and
without llama.cpp prompt caching (reuse of the evaluated shared system-prompt prefix).
One model call per compose (no repair rounds), so the runs are comparable.

    .venv/bin/python bench/bench_embedded.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save, summary  # noqa: E402

from assistant import llm  # noqa: E402
from assistant.llm import embedded  # noqa: E402
from assistant.compose import compose  # noqa: E402
from assistant.kinds.caption import CaptionTask  # noqa: E402

NOTES = [
    "red bus on the left\n3 pedestrians\nwet road, maybe rain\nno text visible\novercast daylight\nshot at eye level",
    "black dog on a sofa\ndog is asleep\nabout 2 cushions\nwarm lamp light\nwindow behind, probably evening\nclose-up",
    "two kids on bicycles\nkids wear helmets\npark path\nautumn leaves, orange\nsunny\nwide shot from the side",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="composes per mode (default 5)")
    args = parser.parse_args()
    started = time.perf_counter()
    path = embedded.weights_path()
    verify_s = time.perf_counter() - started
    result = {"command": f".venv/bin/python bench/bench_embedded.py --runs {args.runs}",
              "weights_verify_s": round(verify_s, 2)}
    spec = llm.ModelSpec(model="embedded", max_tokens=400)
    for cached in (True, False):
        model = embedded.EmbeddedModel(path, prompt_cache=cached)
        llm.register_local("embedded", lambda m=model: m)
        result["load_s"] = round(model.load_seconds, 2)
        compose(CaptionTask(notes=NOTES[0]), spec, max_repairs=0)  # warm-up
        seconds, tokens = [], []
        for i in range(args.runs):
            task = CaptionTask(notes=NOTES[i % len(NOTES)])
            t = time.perf_counter()
            draft = compose(task, spec, max_repairs=0)
            seconds.append(time.perf_counter() - t)
            tokens.append((draft.usage.prompt_tokens, draft.usage.completion_tokens))
        result["with_prompt_cache" if cached else "without_prompt_cache"] = {
            **summary(seconds), "tokens_prompt_completion": tokens}
        del model
    save("embedded", result)


if __name__ == "__main__":
    main()
