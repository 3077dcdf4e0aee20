"""Where a caption's seconds go, per stage, product against raw, on the embedded model (issue 25).

    flock /tmp/model.lock .venv/bin/python bench/bench_stages.py --set FILE:terse [--set FILE2:full ...]
        [--offset K] [--limit N] [--out FILE]
    .venv/bin/python bench/bench_stages.py --replay FILE --set ...   # no model: answers from an earlier --out

For each row, `compose` then the raw baseline (as bench_compose.py runs them), the embedded model
instrumented from outside (nothing in the product changes): per model call, the prompt's tokens,
those evaluated anew (prefill) and their seconds, the tokens generated and their seconds (decode:
each token's eval and its sampling), the prompt-cache state copies; per patch call, what it was
asked for (missing note, hedge, fragment, split, unsupported, contradiction). The rest of a compose
(check, polish, streaming, litellm) is its time outside model calls. Prints per-row lines and the
medians; writes every figure, and every request with its answer, to --out (default
bench/results/stages.json). `--replay` answers each request from such a file instead of the model
(a request it lacks gets an empty answer, counted as a miss): what a change to patch decisions or
polish does to the same drafts, without the model (latencies then are Python time only).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS  # noqa: E402


class Probe:
    """Times the embedded model's calls from outside: wraps its `stream`, its llama.cpp `eval`,
    `sample`, `save_state` and `load_state` (instance attributes; the class is untouched)."""

    def __init__(self, model: Any):
        self.calls: list[dict] = []
        self._wrap_stream(model)
        self._wrap_score(model)
        self._wrap_score_edits(model)
        self._wrap_llm(model.llm)

    def _wrap_score(self, model: Any) -> None:
        """Records each `score` (the texts and their log-likelihoods) as a call of kind "score"."""
        inner = model.score
        probe = self

        def score(texts):
            started = time.perf_counter()
            scores = inner(texts)
            probe.calls.append(_score_call(texts, scores, time.perf_counter() - started))
            return scores
        model.score = score

    def _wrap_score_edits(self, model: Any) -> None:
        """Records each `score_edits` (the text, its edits and their gains) as a call of kind "edits"."""
        inner = model.score_edits
        probe = self

        def score_edits(text, edits, expect):
            started = time.perf_counter()
            gains = inner(text, edits, expect)
            probe.calls.append(_edits_call(text, edits, expect, gains, time.perf_counter() - started))
            return gains
        model.score_edits = score_edits

    def _wrap_stream(self, model: Any) -> None:
        inner = model.stream
        probe = self

        def stream(messages, params):
            call = {"kind": _call_kind(messages), "request": _key(messages), "text": "", "prefill_tokens": 0, "prefill_s": 0.0, "decode_tokens": 0,
                    "decode_s": 0.0, "sample_s": 0.0, "state_s": 0.0, "max_tokens": params.get("max_tokens")}
            probe.calls.append(call)
            started = time.perf_counter()
            for piece in inner(messages, params):
                if isinstance(piece, tuple):
                    call["prompt_tokens"], call["completion_tokens"] = piece
                else:
                    call["text"] += piece
                yield piece
            call["wall_s"] = time.perf_counter() - started
        model.stream = stream

    def _wrap_llm(self, llm: Any) -> None:
        probe = self
        evaluate, sample, save, load = llm.eval, llm.sample, llm.save_state, llm.load_state

        def timed_eval(tokens):
            started = time.perf_counter()
            evaluate(tokens)
            call = probe.calls[-1]
            # the first eval of a call is its prompt (what the prefix cache did not hold)
            first = call["prefill_tokens"] == 0 and call["decode_tokens"] == 0
            key = "prefill" if first else "decode"
            call[f"{key}_tokens"] += len(tokens)
            call[f"{key}_s"] += time.perf_counter() - started

        def timed(fn, key):
            def inner(*a, **k):
                started = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    if probe.calls:
                        probe.calls[-1][key] += time.perf_counter() - started
            return inner

        llm.eval = timed_eval
        llm.sample = timed(sample, "sample_s")
        llm.save_state = timed(save, "state_s")
        llm.load_state = timed(load, "state_s")


class Replay:
    """Answers each request from the calls an earlier run recorded (`--replay`)."""

    def __init__(self, path: Path, live: Any = None):
        """`live`, a model with `score` and `score_edits` (the embedded one), scores what the tape lacks."""
        calls = [c for r in json.loads(path.read_text())["rows"] for side in ("product", "raw")
                 if side in r and "calls" in r[side] for c in r[side]["calls"]]
        self.live = live
        self.gains = {c["request"]: c["gains"] for c in calls if c["kind"] == "edits"}
        self.answers = {c["request"]: c["text"] for c in calls}
        # a patch asked for fewer items than the recorded one: its answer's lines for those items
        self.by_history = {json.dumps(json.loads(c["request"])[:-1]): c["text"] for c in calls if c["kind"] == "patch"}
        self.scores = {c["request"]: c["scores"] for c in calls if c["kind"] == "score"}
        self.calls: list[dict] = []
        self.misses = 0
        self.score_misses = 0

    def score(self, texts):
        """The recorded log-likelihoods of these texts, or None (the mend they were for is not made)."""
        scores = self.scores.get(json.dumps(list(texts)))
        if scores is None and self.live is not None:
            scores = self.live.score(list(texts))
        self.score_misses += scores is None
        if scores is not None:
            self.calls.append(_score_call(texts, scores, 0.0))
        return scores

    def score_edits(self, text, edits, expect):
        """The recorded gains of these edits, or None (no edit is made)."""
        gains = self.gains.get(_edits_key(text, edits, expect))
        if gains is None and self.live is not None:
            gains = self.live.score_edits(text, edits, expect)
        self.score_misses += gains is None
        if gains is not None:
            self.calls.append(_edits_call(text, edits, expect, gains, 0.0))
        return gains

    def stream(self, messages, params):
        from assistant.compose.sentences import parse_labelled  # noqa: PLC0415

        text = self.answers.get(_key(messages))
        if text is None and _key(messages[:-1]) in self.by_history:
            asked = {line.split(":", 1)[0] for line in messages[-1]["content"].splitlines() if ":" in line}
            recorded = parse_labelled(self.by_history[_key(messages[:-1])])
            text = "\n".join(f"{label}: {line}" for label, line in recorded.items() if label in asked)
        self.misses += text is None
        self.calls.append({"kind": _call_kind(messages), "request": _key(messages), "text": text or "", "wall_s": 0.0,
                           "prefill_tokens": 0, "prefill_s": 0.0, "decode_tokens": 0, "decode_s": 0.0, "sample_s": 0.0,
                           "state_s": 0.0, "miss": text is None})
        if text:
            yield text
        yield (0, 0)


def _asked(call: dict) -> list[dict]:
    """A patch call's items, from its request: "N2: write one sentence ...", "S5: rewrite ...; why; why."."""
    items = []
    for line in json.loads(call["request"])[-1][1].splitlines():
        label, _, text = line.partition(": ")
        if label[:1] in "NS" and label[1:].isdigit():
            why = text.split("; ")[1:] if label[0] == "S" else "missing note"
            items.append({"label": label, "why": why})
    return items


def _score_call(texts: list[str], scores: list[float] | None, wall_s: float) -> dict:
    """A `score` as a call: no text written, no prompt cached; its time under wall_s."""
    return {"kind": "score", "request": json.dumps(list(texts)), "scores": scores, "text": "", "wall_s": wall_s,
            "prefill_tokens": 0, "prefill_s": 0.0, "decode_tokens": 0, "decode_s": 0.0, "sample_s": 0.0, "state_s": 0.0}


def _edits_key(text: str, edits, expect: float) -> str:
    return json.dumps([text, [list(e) for e in edits], expect])


def _edits_call(text: str, edits, expect: float, gains: list | None, wall_s: float) -> dict:
    """A `score_edits` as a call: no text written; its time under wall_s."""
    return {"kind": "edits", "request": _edits_key(text, edits, expect), "gains": gains, "text": "", "wall_s": wall_s,
            "prefill_tokens": 0, "prefill_s": 0.0, "decode_tokens": 0, "decode_s": 0.0, "sample_s": 0.0, "state_s": 0.0}


def _key(messages: list[dict]) -> str:
    return json.dumps([[m["role"], m["content"]] for m in messages])


def _call_kind(messages: list[dict]) -> str:
    if messages[0]["role"] != "system":
        return "raw"
    return "draft" if len(messages) <= 2 else "patch"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True, metavar="FILE:NOTES",
                        help="IIW-style JSONL rows and the notes style (full or terse); repeatable")
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--no-raw", action="store_true", help="the product only")
    parser.add_argument("--out", type=Path, default=RESULTS / "stages.json")
    parser.add_argument("--replay", type=Path, default=None, help="answers from this earlier --out, no model")
    args = parser.parse_args()

    from assistant import llm  # noqa: PLC0415
    from assistant.eval.baseline import run_product, run_raw, score  # noqa: PLC0415
    from assistant.eval.datasets import IIWRow, read_rows  # noqa: PLC0415
    from assistant.eval.terse import terse_task  # noqa: PLC0415
    from assistant.llm.embedded import shared_model  # noqa: PLC0415

    spec = llm.resolve_spec()
    if args.replay:
        probe = Replay(args.replay)
        llm.register_local("replay", lambda: probe)
        spec = llm.resolve_spec("replay/tape")
    else:
        probe = Probe(shared_model())
    out: list[dict] = []
    summaries: dict[str, Any] = {}
    for one in args.set:
        path, _, notes = one.rpartition(":")
        rows = read_rows(path, IIWRow).rows[args.offset:][:args.limit]
        if not args.replay:  # the caption prompt's shared prefix evaluated once, as the app's server does at start
            from assistant.compose.caption import warm_up_messages  # noqa: PLC0415

            llm.complete(warm_up_messages(), spec.model_copy(update={"max_tokens": 1}))
        done = []
        for line, row in rows:
            task = terse_task(row) if notes == "terse" else row.task()
            result: dict[str, Any] = {"set": one, "line": line, "notes": len(task.observations())}
            sides = [("product", run_product)] + ([] if args.no_raw else [("raw", run_raw)])
            for name, run in sides:
                probe.calls.clear()
                try:
                    text, latency, _, *extra = run(task, spec)
                except Exception as e:  # noqa: BLE001 - a failed row is a figure, not the end of the run
                    result[name] = {"error": f"{type(e).__name__}: {e}"}
                    continue
                calls = [dict(c) for c in probe.calls]
                model_s = sum(c["wall_s"] for c in calls)
                figures = score(task.observations(), text)
                result[name] = {"latency_s": latency, "model_s": model_s, "outside_model_s": latency - model_s,
                                "calls": calls, "patch_items": [_asked(c) for c in calls if c["kind"] == "patch"],
                                "words": figures["words"],
                                "checker_kept": figures["checker_kept"], "facts": figures["facts"],
                                "referee_kept_0.5": figures["referee_kept_0.5"], "clean": figures.get("clean"),
                                "polished": figures["polished"], "unsupported": figures["unsupported"],
                                "verbatim": len(extra[0]["kept_verbatim"]) if extra else None, "text": text}
            done.append(result)
            out.append(result)
            print(_row_line(result), flush=True)
            summaries[one] = _summary(done)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps({"summary": summaries, "rows": out}, indent=1))
        print(one, json.dumps(summaries[one], indent=1), flush=True)
    if args.replay:
        print(f"replay misses: {probe.misses}")


def _row_line(r: dict) -> str:
    p = r["product"]
    if "error" in p:
        return f"line {r['line']}: product {p['error']}"
    parts = [f"line {r['line']:>3} notes {r['notes']:>2} product {p['latency_s']:5.1f}s (outside model "
             f"{p['outside_model_s']:.2f}s)"]
    for c in p["calls"]:
        parts.append(f"{c['kind']}: prefill {c['prefill_tokens']}/{c.get('prompt_tokens', '?')} tok "
                     f"{c['prefill_s']:.1f}s, decode {c['decode_tokens']} tok {c['decode_s']:.1f}s "
                     f"(+sample {c['sample_s']:.2f}s, state {c['state_s']:.2f}s), wall {c['wall_s']:.1f}s")
    for items in p["patch_items"]:
        parts.append("patch asked: " + "; ".join(f"{i['label']} {i['why']}" for i in items))
    if "raw" in r and "error" not in r["raw"]:
        c = r["raw"]["calls"][0] if r["raw"]["calls"] else {}
        parts.append(f"raw {r['raw']['latency_s']:.1f}s: prefill {c.get('prefill_tokens')} tok "
                     f"{c.get('prefill_s', 0):.1f}s, decode {c.get('decode_tokens')} tok {c.get('decode_s', 0):.1f}s")
    return "\n    ".join(parts)


def _summary(rows: list[dict]) -> dict:
    def med(values):
        values = sorted(values)
        return round(statistics.median(values), 2) if values else None

    def p90(values):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(0.9 * len(values)))], 2) if values else None

    out: dict[str, Any] = {"rows": len(rows)}
    for side in ("product", "raw"):
        sides = [r[side] for r in rows if side in r and "error" not in r[side]]
        if not sides:
            continue
        calls = [c for s in sides for c in s["calls"]]
        out[side] = {
            "latency_p50_s": med([s["latency_s"] for s in sides]), "latency_p90_s": p90([s["latency_s"] for s in sides]),
            "outside_model_p50_s": med([s["outside_model_s"] for s in sides]),
            "calls": sum(c["kind"] not in ("score", "edits") for c in calls), "rows_with_patch": sum(any(c["kind"] == "patch" for c in s["calls"]) for s in sides),
            "checker_kept": sum(s["checker_kept"] for s in sides), "facts": sum(s["facts"] for s in sides),
            "referee_kept_0.5": sum(s["referee_kept_0.5"] for s in sides),
            "clean": sum(bool(s["clean"]) for s in sides), "polished": sum(s["polished"] for s in sides),
            "unsupported": sum(s["unsupported"] for s in sides), "words": sum(s["words"] for s in sides),
        }
        for kind in ("draft", "patch", "raw", "score", "edits"):
            of = [c for c in calls if c["kind"] == kind]
            if of:
                out[side][kind] = {k: round(sum(c[k] for c in of), 2) for k in
                                   ("prefill_tokens", "prefill_s", "decode_tokens", "decode_s", "sample_s", "state_s",
                                    "wall_s")} | {"n": len(of)}
    if "raw" in out and out["raw"]["latency_p50_s"]:
        out["ratio_p50"] = round(out["product"]["latency_p50_s"] / out["raw"]["latency_p50_s"], 2)
    return out


if __name__ == "__main__":
    main()
