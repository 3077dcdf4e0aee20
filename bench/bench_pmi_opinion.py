"""Does the notes' lift of a flagged text's likelihood separate false check-tier alarms from true ones?

Issue 23, item 2, a signal that asks the model no question: pointwise mutual information under the
embedded model, over the labelled check-tier alarms that `bench_second_opinion.py collect` keeps
(checker-dev2 and checker-precision; never a blind set).

- an "unsupported" span: lift = log P(span | notes, the sentence before the span)
                               - log P(span | the sentence before the span)
- a "dropped" note (and a lost hedge): lift = log P(note | draft) - log P(note)

A false alarm (the draft says it in other words) should have a high lift, a true one (new content,
a note really dropped) a low one. Raw lifts are in nats; `per_token` divides by the span's or
note's tokens. The source goes before the text as plain text:

    Notes:\\n- <note>\\n- <note>\\n[\\nOriginal text:\\n<original>\\n]\\nText:\\n<sentence before the span><span>
    Text:\\n<draft>\\n\\nNote:\\n<note>            against            Note:\\n<note>

The product's `Likelihood.log_likelihoods` cuts a text at 128 tokens; here each (prefix, target) is
one sequence of at most MAX_BATCH_TOKENS tokens, the target kept whole and the source (notes, or
draft) cut from its front, and only the target's tokens are counted. The product's scoring is not
changed. Sequences are packed together into 512-token decodes.

    .venv/bin/python bench/bench_second_opinion.py collect      # the alarms, no model
    flock /tmp/model.lock .venv/bin/python bench/bench_pmi_opinion.py score [--set dev2] [--limit N]
    .venv/bin/python bench/bench_pmi_opinion.py figures

Scores are cached (bench/results/pmi-scores.jsonl): a run may stop at any point and the next
resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_second_opinion import ITEMS, _median, _read, auc, pick_threshold, tradeoff, tradeoff_table  # noqa: E402
from bench.common import RESULTS  # noqa: E402
from assistant.llm.likelihood import MAX_BATCH_TOKENS, MAX_SEQUENCES, Likelihood, log_softmax  # noqa: E402

SCORES = RESULTS / "pmi-scores.jsonl"
#: Items decoded between two writes of the cache.
CHUNK = 16


# ------------------------------------------------------------------ the texts


def queries(item: dict) -> dict[str, tuple[str, str, str]]:
    """For the two conditions, (source, context, target): the source is cut from its front when the
    whole does not fit; the target's tokens alone are scored."""
    if item["kind"] == "unsupported":
        source = "Notes:\n" + "".join(f"- {n}\n" for n in item["notes"])
        if item.get("original"):
            source += f"\nOriginal text:\n{item['original']}\n"
        before, span = _split(item["sentence"], item["text"])
        return {"cond": (source + "\n", "Text:\n" + before, span), "base": ("", "Text:\n" + before, span)}
    return {"cond": ("Text:\n" + item["draft"].strip() + "\n\n", "Note:\n", item["text"].strip()),
            "base": ("", "Note:\n", item["text"].strip())}


def _split(sentence: str, span: str) -> tuple[str, str]:
    """The sentence before the span, and the span with the space before it (a word's token holds it)."""
    at = sentence.find(span)
    if at < 0:
        return "", span
    before = sentence[:at]
    if before.endswith(" "):
        return before[:-1], " " + span
    return before, span


# ------------------------------------------------------------------ scoring


class PrefixLikelihood(Likelihood):
    """Target tokens' log-probabilities after a long prefix, on the product's `Likelihood` context
    (its 512-token batch); `log_likelihoods`, which the product uses, is not touched."""

    def tokens(self, text: str) -> list[int]:
        return self._tokens(text) if text else []

    def sequence(self, source: str, context: str, target: str) -> tuple[list[int], int]:
        """(prefix + target tokens, the number of target tokens), the source cut from the front to fit."""
        tgt = self.tokens(target)[: MAX_BATCH_TOKENS // 2]
        ctx = self.tokens(context)
        room = max(0, MAX_BATCH_TOKENS - len(tgt) - len(ctx))
        src = self.tokens(source)
        src = src[len(src) - room:] if len(src) > room else src
        return src + ctx + tgt, len(tgt)

    def score(self, seqs: list[tuple[list[int], int]]) -> list[list[float]]:
        """Each sequence's target log-probabilities, packed into as few decodes as fit."""
        out: list[list[float]] = []
        batch: list[tuple[list[int], int]] = []
        for s in seqs:
            if batch and (len(batch) == MAX_SEQUENCES or
                          sum(len(t) for t, _ in batch) + len(s[0]) > MAX_BATCH_TOKENS):
                out += self._decode(batch)
                batch = []
            batch.append(s)
        return out + (self._decode(batch) if batch else [])

    def _decode(self, batch: list[tuple[list[int], int]]) -> list[list[float]]:
        self._ctx.kv_cache_clear()
        rows, at = [], 0
        for tokens, n in batch:
            rows.append(range(at + len(tokens) - n - 1, at + len(tokens) - 1))  # row j predicts token j + 1
            at += len(tokens)
        logits = self._decode_rows([(t, i, 0) for i, (t, _) in enumerate(batch)], [j for r in rows for j in r])
        out = []
        for (tokens, n), r in zip(batch, rows):
            first = r.start - sum(len(t) for t, _ in batch[: len(out)])  # this sequence's own offset
            out.append([float(log_softmax(logits[j])[tokens[first + 1 + k]]) for k, j in enumerate(r)])
        return out


def score_items(items: list[dict], limit: int | None) -> None:
    from assistant.llm.embedded import EmbeddedModel  # noqa: PLC0415

    done = {r["uid"] for r in _read(SCORES)}
    todo = [i for i in items if i["label"] is not None and i["uid"] not in done]
    if limit:
        todo = todo[:limit]
    if not todo:
        print("nothing to score")
        return
    model = EmbeddedModel(n_ctx=512, prompt_cache=False)
    scorer = PrefixLikelihood(model.llm, model.llm.n_threads)
    print(f"model loaded in {model.load_seconds:.1f} s; {len(todo)} alarms", file=sys.stderr)
    with SCORES.open("a", encoding="utf-8") as f:
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start:start + CHUNK]
            began = time.perf_counter()
            seqs = [scorer.sequence(*queries(i)[c]) for i in chunk for c in ("cond", "base")]
            lps = scorer.score(seqs)
            ms = (time.perf_counter() - began) * 1000 / len(chunk)
            for n, item in enumerate(chunk):
                cond, base = lps[2 * n], lps[2 * n + 1]
                f.write(json.dumps({"uid": item["uid"], "cond": round(sum(cond), 4), "base": round(sum(base), 4),
                                    "n": len(cond), "prefix": len(seqs[2 * n][0]) - len(cond),
                                    "ms": round(ms, 1)}) + "\n")
            f.flush()
            print(f"{start + len(chunk)}/{len(todo)} ({ms:.0f} ms an alarm)", file=sys.stderr)


# ------------------------------------------------------------------ figures


def figures() -> dict:
    items = {i["uid"]: i for i in _read(ITEMS)}
    scores = [s for s in _read(SCORES) if s["uid"] in items and s["n"]]
    out: dict = {}
    for form in ("raw", "per_token"):
        rows = [{**items[s["uid"]], **s, "score": _lift(s, form)} for s in scores]
        per: dict = {"ms_per_alarm_p50": _median([r["ms"] for r in rows])}
        for set_name in ("dev2", "precision"):
            per[set_name] = _set_figures([r for r in rows if r["set"] == set_name])
        for tune, test in (("dev2", "precision"), ("precision", "dev2")):
            tuned = [r for r in rows if r["set"] == tune]
            if tuned:
                t = pick_threshold(tuned)
                per[f"tuned_on_{tune}"] = {"threshold": t, "on_" + tune: tradeoff(tuned, t),
                                           "on_" + test: tradeoff([r for r in rows if r["set"] == test], t)}
        out[form] = per
    return out


def _lift(s: dict, form: str) -> float:
    lift = s["cond"] - s["base"]
    return lift / s["n"] if form == "per_token" else lift


def _set_figures(rows: list[dict]) -> dict:
    if not rows:
        return {}
    res = {"alarms": len(rows), "true": sum(r["label"] for r in rows), "auc": _auc(rows)}
    for kind in ("dropped", "unsupported"):
        k = [r for r in rows if r["kind"] == kind]
        res[f"auc_{kind}"] = _auc(k)
        res[f"n_{kind}"] = f"{sum(not r['label'] for r in k)}/{sum(r['label'] for r in k)}"
    qs = sorted(r["score"] for r in rows)
    picks = [qs[int(q * (len(qs) - 1))] for q in (0.5, 0.7, 0.8, 0.9, 0.95)]
    res["tradeoff"] = [tradeoff(rows, t) for t in sorted(set(picks))]
    return res


def _auc(rows: list[dict]) -> float | None:
    got = auc([r["score"] for r in rows if not r["label"]], [r["score"] for r in rows if r["label"]])
    return None if got is None else round(got, 3)


def markdown(result: dict) -> str:
    out = ["| lift | set | alarms false/true (dropped; unsupported) | AUC all | AUC dropped | AUC unsupported |",
           "| --- | --- | --- | --- | --- | --- |"]
    for form, per in result.items():
        for s in ("dev2", "precision"):
            d = per.get(s) or {}
            if d:
                out.append(f"| {form} | {s} | {d['alarms'] - d['true']}/{d['true']} ({d['n_dropped']}; "
                           f"{d['n_unsupported']}) | {d['auc']} | {d['auc_dropped']} | {d['auc_unsupported']} |")
    out += ["", *tradeoff_table(result, "lift", "t (lift >= t: 'probably fine')", "t")]
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=["score", "figures", "show"])
    p.add_argument("--set", choices=["dev2", "precision", "both"], default="both")
    p.add_argument("--limit", type=int)
    args = p.parse_args()
    RESULTS.mkdir(exist_ok=True)
    items = [i for i in _read(ITEMS) if args.set in ("both", i["set"])]
    if args.step == "score":
        score_items(items, args.limit)
    elif args.step == "show":
        for i in items[: args.limit or 2]:
            for c, (src, ctx, tgt) in queries(i).items():
                print(f"[{c}] {src}{ctx}[[{tgt}]]\n")
    else:
        result = figures()
        (RESULTS / "pmi-opinion.json").write_text(json.dumps(result, indent=1))
        print(markdown(result))


if __name__ == "__main__":
    main()
