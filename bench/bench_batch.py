"""Batch drafting at provider speed: a local OpenAI-compatible stub answering every request
after a fixed latency, and `run_batch` through the real litellm path at several concurrencies.

    .venv/bin/python bench/bench_batch.py [--tasks 1000] [--concurrency 1,8,32,64] [--latency 0.3]

Reports, per concurrency, the wall time against the ideal (tasks x latency / concurrency)
and the CPU time per task of this process and its batch worker processes: everything the
engine does around the model call (prompt, litellm, HTTP client, validation, check,
questions, the result line and its fsync).
The stub runs in its own process (one asyncio loop), so its CPU time is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save  # noqa: E402

NOTES = "a red bus on the left\ntwo people on the pavement"
# compose today asks for JSON (response_format); the plain-text answer is for a plain-text compose
JSON_ANSWER = {"sentences": [{"text": "A red bus is on the left.", "notes": ["n1"]},
                             {"text": "Two people are on the pavement.", "notes": ["n2"]}], "questions": []}
TEXT_ANSWER = "A red bus is on the left. Two people are on the pavement."


def _answer(body: dict) -> tuple[bytes, str]:
    """The stub's answer to one chat request: plain JSON, or SSE chunks when it asks to stream
    (compose streams its draft in the app), as a provider answers."""
    content = json.dumps(JSON_ANSWER) if body.get("response_format") else TEXT_ANSWER
    model = body.get("model", "stub")
    usage = {"prompt_tokens": 500, "completion_tokens": 20, "total_tokens": 520}
    if not body.get("stream"):
        return json.dumps({
            "id": "stub", "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
            "usage": usage,
        }).encode(), "application/json"
    pieces = [content[i:i + 16] for i in range(0, len(content), 16)]
    events = [{"id": "stub", "object": "chat.completion.chunk", "created": 0, "model": model,
               "choices": [{"index": 0, "delta": {"role": "assistant", "content": p}, "finish_reason": None}]}
              for p in pieces]
    events.append({"id": "stub", "object": "chat.completion.chunk", "created": 0, "model": model,
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": usage})
    payload = b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"
    return payload, "text/event-stream"


def serve(port: int, latency: float) -> None:
    """One asyncio loop (aiohttp, already a litellm dependency): a provider's latency costs it
    no thread and almost no CPU, so the stub takes as little as it can of the cores the
    engine is measured on."""
    from aiohttp import web  # noqa: PLC0415

    async def chat(request: web.Request) -> web.Response:
        body = await request.json()
        await asyncio.sleep(latency)
        payload, kind = _answer(body)
        return web.Response(body=payload, content_type=kind)

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None, backlog=256)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_stub(latency: float) -> tuple[subprocess.Popen, int]:
    port = free_port()
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(port), "--latency", str(latency)])
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return child, port
        except OSError:
            time.sleep(0.05)
    child.kill()
    raise SystemExit("the stub server did not start")


def write_tasks(path: Path, count: int, prefix: str) -> None:
    path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "kind": "caption", "notes": NOTES}) + "\n"
                            for i in range(count)))


def one_run(spec, folder: Path, tasks: int, concurrency: int, latency: float, processes: int | None) -> dict:
    from assistant.batch import run_batch  # noqa: PLC0415

    tasks_file, out = folder / f"tasks-{concurrency}.jsonl", folder / f"out-{concurrency}.jsonl"
    write_tasks(tasks_file, tasks, f"c{concurrency}-")
    cpu, wall = time.process_time(), time.perf_counter()
    summary = run_batch(tasks_file, out, spec, concurrency=concurrency, progress=False, processes=processes)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu + summary.worker_cpu_s
    ideal = tasks * latency / concurrency
    lines = out.read_text().splitlines()
    assert len(lines) == tasks and summary.done == tasks, (summary.line(), lines[:1])
    return {"concurrency": concurrency, "processes": processes, "tasks": tasks, "wall_s": round(wall, 2), "ideal_s": round(ideal, 2),
            "over_ideal_pct": round((wall / ideal - 1) * 100, 1), "cpu_ms_per_task": round(cpu / tasks * 1000, 2),
            "done": summary.done, "flagged": summary.flagged, "failed": summary.failed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--concurrency", default="1,8,32,64")
    parser.add_argument("--latency", type=float, default=0.3, help="the stub's seconds per answer")
    parser.add_argument("--processes", type=int, default=1,
                        help="batch worker processes (default 1: in-process); their start is timed apart")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve, args.latency)

    from assistant import llm  # noqa: PLC0415
    from assistant.batch import run_batch  # noqa: PLC0415

    stub, port = start_stub(args.latency)
    try:
        spec = llm.ModelSpec(model="openai/stub", api_base=f"http://127.0.0.1:{port}/v1", api_key="sk-stub")
        with tempfile.TemporaryDirectory() as folder:
            # imports, clients, caches and the worker processes: not timed with the runs
            levels = [int(c) for c in args.concurrency.split(",")]
            start_s = None
            if args.processes > 1:  # the server the workers fork from: it imports the engine once
                from assistant.batch import prepare_workers  # noqa: PLC0415

                begun = time.perf_counter()
                prepare_workers()
                start_s = round(time.perf_counter() - begun, 2)
            write_tasks(Path(folder) / "warm.jsonl", 64, "warm-")
            for level in sorted(set(levels)):
                run_batch(Path(folder) / "warm.jsonl", Path(folder) / f"warm-out-{level}.jsonl", spec,
                          concurrency=level, progress=False, processes=args.processes)
            runs = []
            for concurrency in levels:
                runs.append(one_run(spec, Path(folder), args.tasks, concurrency, args.latency, args.processes))
                print(json.dumps(runs[-1]), file=sys.stderr)
    finally:
        stub.kill()
    command = "annotation-assistant batch via .venv/bin/python bench/bench_batch.py " + " ".join(sys.argv[1:])
    save("batch", {"command": command.strip(), "latency_s": args.latency, "cpus": os.cpu_count(),
                   "processes": args.processes, "start_s": start_s,
                   "load_avg_at_end": os.getloadavg(), "runs": runs})


if __name__ == "__main__":
    main()
