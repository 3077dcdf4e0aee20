"""Prompt-lookup speculative decoding on the embedded model, measured on real prompts (issue 25).

    flock /tmp/model.lock .venv/bin/python bench/bench_lookup.py [--captions 3] [--rewrites 2]
        [--settings off,2x2,4x3,15x3] [--temperature 0] [--out FILE]
    flock /tmp/model.lock .venv/bin/python bench/bench_lookup.py --batch-cost
    .venv/bin/python bench/bench_lookup.py --replay FILE [FILE ...] [--settings ...]   # no model

Not wired into the product: on this project's 2-core CPUs a llama.cpp pass of k tokens costs
about k passes of one up to k = 8 (`--batch-cost`), so checking guesses costs what it saves
(docs/EVAL.md, 2026-12-06 afternoon, speed27). `speculate` below is how it would be wired.

The prompts are the product's first model call (captured through the fake model, so they are
exactly what `compose` sends) and the raw baseline's, for IIW development rows with terse and
full notes and DeFacto validation rows (../shared/data). The model is loaded once; each prompt
is answered in every setting (`off`, or NxM: N guessed tokens after a match of up to M tokens,
`assistant/llm/lookup.py`), greedy by default, so the texts should be identical across
settings. The first setting evaluates the prompt cold (its prefill figures are the prompt's);
the others reuse it and evaluate its last token again. Per setting and side: prefill seconds,
tokens generated and their seconds, llama.cpp passes per generated token; the peak RSS.

`--batch-cost`: milliseconds of one pass of k tokens (every token's logits, as a guess check
needs) after about 1,000 tokens of context. `--replay`: llama.cpp passes per token each setting
would take on recorded answers (this bench's --out, or bench_stages.py's), with the library's
own guesser, and the generation time that predicts from the `--batch-cost` figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import types
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def prompts(captions: int, rewrites: int) -> list[dict]:
    """The product's first request and the raw baseline's, per row and notes style."""
    from assistant.eval.baseline import raw_messages  # noqa: PLC0415
    from assistant.eval.datasets import DefactoRow, IIWRow, read_rows  # noqa: PLC0415
    from assistant.eval.terse import terse_task  # noqa: PLC0415

    out = []
    for _, row in read_rows(DATA / "iiw400-dev.jsonl", IIWRow, captions).rows:
        for style, task in (("terse", terse_task(row)), ("full", row.task())):
            out += _pair(f"caption-{style}-{row.key[-12:]}", task, raw_messages(task))
    rows = [r for _, r in read_rows(DATA / "defacto-val.jsonl", DefactoRow).rows if r.instructions()]
    taken = 0
    for row in rows:  # rows whose rewrite asks the model (not every edit is made by rule)
        if taken == rewrites:
            break
        pair = _pair(f"rewrite-{row.key}", row.task(), raw_messages(row.task()))
        if pair[0]["side"] == "product":
            out += pair
            taken += 1
    return out


def _pair(name: str, task: Any, raw: list[dict]) -> list[dict]:
    from assistant import llm  # noqa: PLC0415
    from assistant.compose import compose  # noqa: PLC0415
    from assistant.llm.fake import FakeModel  # noqa: PLC0415

    fake = FakeModel()  # answers nothing: only the first request is wanted
    with fake.installed():
        try:
            compose(task, llm.ModelSpec(model="fake/test"), max_repairs=0)
        except Exception:  # noqa: BLE001 - the fake's empty queue ends the compose
            pass
    pair = [{"name": name, "side": "raw", "messages": raw, "max_tokens": max(1024, len(task.notes) // 2 + 256)}]
    if fake.calls:  # none when every note is kept as written
        first = fake.calls[0]
        pair.insert(0, {"name": name, "side": "product", "messages": first["messages"],
                        "max_tokens": first["params"]["max_tokens"]})
    return pair


class Probe:
    """Counts and times llama.cpp passes (the first of a request is its prompt) and counts the
    tokens sampled; `close` puts the model's own methods back."""

    def __init__(self, llm: Any):
        self.llm, self.eval, self.sample = llm, llm.eval, llm.sample
        self.passes: list[tuple[int, float]] = []
        self.sampled = 0

        def timed(tokens):
            started = time.perf_counter()
            self.eval(tokens)
            self.passes.append((len(tokens), time.perf_counter() - started))

        def counted(*args, **kwargs):
            self.sampled += 1
            return self.sample(*args, **kwargs)
        llm.eval, llm.sample = timed, counted

    def close(self) -> None:
        self.llm.eval = self.eval
        del self.llm.sample


def answer(model: Any, prompt: dict, temperature: float) -> dict:
    """One request; its prompt is evaluated anew only where llama.cpp does not hold it already
    (the first setting's run of a prompt is cold: its prefill is the prompt's)."""
    probe = Probe(model.llm)
    started = time.perf_counter()
    pieces = []
    for chunk in model.llm.create_chat_completion(messages=prompt["messages"], temperature=temperature,
                                                  max_tokens=prompt["max_tokens"], stream=True, seed=0):
        pieces.append(chunk["choices"][0]["delta"].get("content") or "")
    wall = time.perf_counter() - started
    probe.close()
    (prompt_tokens, prefill_s), decode = probe.passes[0], probe.passes[1:]
    return {"prompt_tokens": prompt_tokens, "prefill_s": prefill_s, "text": "".join(pieces),
            "tokens": probe.sampled, "passes": len(decode) + 1, "generate_s": wall - prefill_s}


def speculate(llm: Any, guess_tokens: int, match_tokens: int) -> None:
    """Draft with the library's `LlamaPromptLookupDecoding` in the loaded model `llm`: up to
    `guess_tokens` tokens after an earlier occurrence of the last `match_tokens` (down to 1).
    `generate` evaluates the sampled token and the guesses in one pass and keeps a guess only
    while the sampler, run on that pass's logits, picks it: the text of plain decoding.

    Passing the draft model to `Llama()` instead forces logits for every evaluated token,
    copied into an n_ctx x vocabulary array (8192 x 151,936 floats: 5 GB virtual, 0.6 MB
    touched a token, prompt included; sized for 512 tokens, and failing past them, unless
    logits_all=True), and an output-layer product for every prompt token. Here the draft
    model is attached after construction and every token's logits are asked of llama.cpp
    only in a pass short enough to be a guess check."""
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding  # noqa: PLC0415

    llm.draft_model = LlamaPromptLookupDecoding(max_ngram_size=match_tokens, num_pred_tokens=guess_tokens)
    every_up_to = guess_tokens + 1

    def evaluate(self: Any, tokens: Any) -> None:
        every = len(tokens) <= every_up_to
        self._ctx.kv_cache_seq_rm(-1, self.n_tokens, -1)
        for i in range(0, len(tokens), self.n_batch):
            batch = tokens[i:i + self.n_batch]
            self._batch.set_batch(batch=batch, n_past=self.n_tokens, logits_all=every)
            self._ctx.decode(self._batch)
            self.input_ids[self.n_tokens:self.n_tokens + len(batch)] = batch
            self.n_tokens += len(batch)
        self._requires_eval = False

    llm.eval = types.MethodType(evaluate, llm)


def batch_cost(model: Any, sizes: tuple[int, ...] = (1, 2, 3, 4, 6, 8, 10, 16), repeats: int = 5) -> dict[int, float]:
    """Median milliseconds of one pass of k tokens with every token's logits, at ~1,000 tokens
    of context (the product's first draft starts at about that)."""
    llama = model.llm
    context = llama.tokenize(Path(__file__).read_text().encode())[:1000]
    llama.reset()
    llama.eval(context)
    out = {}
    for k in sizes:
        seconds = []
        for _ in range(repeats):
            llama._ctx.kv_cache_seq_rm(-1, len(context), -1)
            started = time.perf_counter()
            llama._batch.set_batch(batch=context[100:100 + k], n_past=len(context), logits_all=True)
            llama._ctx.decode(llama._batch)
            seconds.append(time.perf_counter() - started)
        out[k] = round(1000 * statistics.median(seconds), 1)
    return out


#: `--batch-cost` on 2026-12-06 13:07-13:22 (AMD EPYC, 2 threads, other sessions' test suites on
#: the machine): milliseconds of a pass of k tokens. `--replay` predicts time from it.
PASS_MS = {1: 35, 2: 71, 3: 97, 4: 116, 6: 170, 8: 250, 10: 290, 16: 300}


def pass_ms(k: int) -> float:
    sizes = sorted(PASS_MS)
    below = max(s for s in sizes if s <= min(k, sizes[-1]))
    above = min(s for s in sizes if s >= min(k, sizes[-1]))
    if below == above:
        return PASS_MS[below]
    return PASS_MS[below] + (PASS_MS[above] - PASS_MS[below]) * (k - below) / (above - below)


def replay(files: list[Path], settings: list[str]) -> dict:
    """Per setting and kind of call: passes per token on the recorded answers, and the
    generation time that predicts relative to plain decoding (`PASS_MS`)."""
    import numpy as np  # noqa: PLC0415
    from llama_cpp import Llama  # noqa: PLC0415
    from llama_cpp.llama_chat_format import format_chatml  # noqa: PLC0415
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding  # noqa: PLC0415

    from assistant.llm import embedded  # noqa: PLC0415

    vocab = Llama(model_path=str(embedded.weights_path()), vocab_only=True, verbose=False)
    end_of_turn = vocab.tokenize(b"<|im_end|>", add_bos=False, special=True)
    calls = []
    for kind, messages, text in recorded(files):
        prompt = vocab.tokenize(format_chatml(messages=messages).prompt.encode(), special=True)
        calls.append((kind, prompt, vocab.tokenize(text.encode(), add_bos=False, special=True) + end_of_turn))
    out: dict[str, dict] = {}
    for setting in (s for s in settings if s != "off"):
        guess, match = (int(x) for x in setting.split("x"))
        draft = LlamaPromptLookupDecoding(max_ngram_size=match, num_pred_tokens=guess)
        totals: dict[str, list[float]] = {}
        for kind, prompt, answer_tokens in calls:
            passes, ms = _replayed(draft, guess, prompt, answer_tokens, np)
            t = totals.setdefault(kind, [0, 0, 0.0])
            t[0], t[1], t[2] = t[0] + passes, t[1] + len(answer_tokens) - 1, t[2] + ms
        out[setting] = {kind: {"tokens": int(t[1]), "passes_per_token": round(t[0] / t[1], 3),
                               "time_vs_plain": round(t[2] / (t[1] * PASS_MS[1]), 2)} for kind, t in totals.items()}
        print(setting, json.dumps(out[setting]), flush=True)
    return out


def _replayed(draft: Any, guess: int, prompt: list[int], answer_tokens: list[int], np: Any) -> tuple[int, float]:
    """Passes and predicted milliseconds to write `answer_tokens` after the prompt's pass (which
    samples the first), greedy acceptance of the guesses."""
    ids, i, passes, ms = list(prompt) + answer_tokens[:1], 1, 0, 0.0
    while i < len(answer_tokens):
        guessed = list(draft(np.array(ids, dtype=np.intc))[:guess])
        kept = 0
        while kept < len(guessed) and i + kept < len(answer_tokens) and guessed[kept] == answer_tokens[i + kept]:
            kept += 1
        passes, ms = passes + 1, ms + pass_ms(1 + len(guessed))
        ids += answer_tokens[i:i + kept + 1]
        i += kept + 1
    return passes, ms


def recorded(files: list[Path]) -> list[tuple[str, list[dict], str]]:
    """(kind, messages, answer) of every recorded call: this bench's --out (first setting) or
    bench_stages.py's --out (kind: draft, patch, raw)."""
    out = []
    for path in files:
        data = json.loads(path.read_text())
        if "settings" in data:
            first = next(iter(data["settings"].values()))
            prompts_by_name = {(p["name"], p["side"]): p for p in prompts(data.get("captions", 3), data.get("rewrites", 2))}
            out += [(r["side"], prompts_by_name[(r["name"], r["side"])]["messages"], r["text"]) for r in first["runs"]]
            continue
        for row in data["rows"]:
            for side in ("product", "raw"):
                for call in (c for c in row[side]["calls"] if c["kind"] not in ("score", "edits")):  # read, not asked
                    messages = [{"role": role, "content": content} for role, content in json.loads(call["request"])]
                    out.append(("raw" if side == "raw" else call["kind"], messages, call["text"]))
    return out


def peak_rss_mb() -> int:
    status = Path("/proc/self/status").read_text()
    return round(next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captions", type=int, default=3, help="IIW development rows (terse and full notes each)")
    parser.add_argument("--rewrites", type=int, default=2, help="DeFacto validation rows whose rewrite asks the model")
    parser.add_argument("--settings", default="off,2x2,4x3,15x3", help="off or NxM, comma-separated; the first is "
                        "the reference for identical texts")
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=RESULTS / "lookup.json")
    parser.add_argument("--batch-cost", action="store_true", help="only the milliseconds of a pass of k tokens")
    parser.add_argument("--replay", type=Path, nargs="+", help="no model: passes per token on recorded answers")
    args = parser.parse_args()
    from assistant.llm import embedded  # noqa: PLC0415

    if args.replay:
        replay(args.replay, args.settings.split(","))
        return
    model = embedded.EmbeddedModel(prompt_cache=False)
    if args.batch_cost:
        print(json.dumps({"pass_ms_by_tokens": batch_cost(model)}))
        return
    asked = prompts(args.captions, args.rewrites)
    settings = args.settings.split(",")
    runs: dict[str, list[dict]] = {s: [] for s in settings}
    for prompt in asked:  # prompt-major: each prompt is evaluated once, by the first setting
        model.llm.reset()
        for setting in settings:
            use(model.llm, setting)
            runs[setting].append({"name": prompt["name"], "side": prompt["side"],
                                  **answer(model, prompt, args.temperature)})
        print(prompt["name"], prompt["side"], [(r[-1]["tokens"], round(r[-1]["generate_s"], 2))
                                               for r in runs.values()], flush=True)
    use(model.llm, "off")
    result = {"command": " ".join(sys.argv), "temperature": args.temperature, "peak_rss_mb": peak_rss_mb(),
              "captions": args.captions, "rewrites": args.rewrites, "settings": {}}
    for setting in settings:
        result["settings"][setting] = {
            "sides": {side: _side([r for r in runs[setting] if r["side"] == side]) for side in ("product", "raw")},
            "texts_differ": [f"{r['name']}/{r['side']}" for r, first in zip(runs[setting], runs[settings[0]])
                             if r["text"] != first["text"]],
            "runs": runs[setting]}
        print(setting, json.dumps({k: v for k, v in result["settings"][setting].items() if k != "runs"}))
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    model.close()


def use(llm: Any, setting: str) -> None:
    """Plain decoding ("off") or prompt lookup "NxM" on the loaded model."""
    llm.__dict__.pop("eval", None)
    llm.draft_model = None
    if setting != "off":
        guess, match = (int(x) for x in setting.split("x"))
        speculate(llm, guess, match)


def _side(runs: list[dict]) -> dict:
    tokens = sum(r["tokens"] for r in runs)
    generate_s = sum(r["generate_s"] for r in runs)
    return {"prompts": len(runs), "prompt_tokens_evaluated": sum(r["prompt_tokens"] for r in runs),
            "prefill_s": round(sum(r["prefill_s"] for r in runs), 2), "tokens": tokens,
            "generate_s": round(generate_s, 2), "tokens_per_s": round(tokens / generate_s, 2),
            "passes_per_token": round(sum(r["passes"] for r in runs) / tokens, 3)}


if __name__ == "__main__":
    main()
