"""Pipeline overhead per compose with a zero-latency fake model (everything but the model:
prompt rendering, the litellm seam, validation, the check, questions).

    .venv/bin/python bench/bench_pipeline.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save, summary, timed  # noqa: E402

from assistant.compose import compose  # noqa: E402
from assistant.llm.fake import FakeModel  # noqa: E402
from assistant.llm import ModelSpec  # noqa: E402
from assistant.kinds.caption import CaptionTask  # noqa: E402

NOTES = "red bus on the left\n3 pedestrians\nwet road, maybe rain\nno text visible\novercast daylight\nshot at eye level"
ANSWER = ("A red bus is on the left. Three pedestrians are on the wet road, perhaps after rain. "
          "No text is visible in the overcast daylight, shot at eye level.")
PATCHED = "A red bus is on the left. No text is visible in the overcast daylight, shot at eye level."
PATCH = "N2: There are 3 pedestrians.\nN3: The road is wet, maybe from rain."


def main() -> None:
    fake = FakeModel(chunk_size=10_000)
    task = CaptionTask(notes=NOTES)
    spec = ModelSpec(model="fake/bench")
    with fake.installed():
        def once():
            fake.enqueue([ANSWER])
            draft = compose(task, spec)
            assert draft.check.ok and draft.attempts == 1

        stats = summary(timed(once, runs=100, warmup=5))

        def patched():
            fake.enqueue([PATCHED, PATCH])
            draft = compose(task, spec)
            assert draft.attempts == 2 and not draft.check.dropped

        patch_stats = summary(timed(patched, runs=50, warmup=2))
        fake.chunk_size = 4

        def streamed():
            fake.enqueue([ANSWER])
            compose(task, spec)

        stream_stats = summary(timed(streamed, runs=50, warmup=2))
    save("pipeline", {"command": ".venv/bin/python bench/bench_pipeline.py", "compose_overhead": stats,
                      "compose_overhead_with_one_patch_round": patch_stats,
                      "compose_overhead_streaming_4char_chunks": stream_stats})


if __name__ == "__main__":
    main()
