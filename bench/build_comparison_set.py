"""Build the choice-check set (assistant/eval/labels/comparison-choice.jsonl).

    .venv/bin/python bench/build_comparison_set.py model --path ../shared/data [--limit 40]
    .venv/bin/python bench/build_comparison_set.py assemble --path ../shared/data

`model` (run once; the default embedded model, 1.5-4 minutes a call on the busy machine) asks
for a rationale for each of the first LIMIT pairs (bench/comparison_rows.py), in one of several
styles, and appends the raw answers to bench/comparison-model-raw.jsonl (resumable: rows already
there are skipped). Every raw answer was then read by hand; bench/comparison-review.json says for
each whether it is kept as a correct rationale (and which sentence states the verdict) or
dropped, and why. An answer not in the review is left out.

`assemble` (no model) writes the set: for every pair, a template rationale
(bench/comparison_templates.py) and the kept model rationale, each as `correct` plus two
corrupted variants: `swapped` (A and B exchanged throughout, bench/comparison_swap.py) and
`flipped` (A and B exchanged in the verdict sentence only). Rows carry `split` (dev / blind, by a
hash of the DeFacto row id, fixed before any rule was written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from comparison_rows import Pair, pairs, split_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "bench" / "comparison-model-raw.jsonl"
REVIEW = ROOT / "bench" / "comparison-review.json"
OUT = ROOT / "assistant" / "eval" / "labels" / "comparison-choice.jsonl"

STYLES = (
    "Call them 'Response A' and 'Response B'. Give the verdict first, then the reasons.",
    "Call them 'the first response' (A) and 'the second response' (B); never write the letters. "
    "Give the reasons first and the verdict last.",
    "Write in the first person ('I prefer ...'). Call them A and B.",
    "Call them 'Summary A' and 'Summary B'. Say what is wrong with the worse one, then what the better "
    "one gets right, and end with the verdict.",
    "Call them 'Response A' and 'Response B'. Use 'it' when you continue about the same response.",
)

SYSTEM = ("You write the rationale of a preference judgement between two one-sentence summaries of a "
          "news article. Use only the annotator's reasons; state every reason on the response it is "
          "about; add no new facts. Plain prose, two to four sentences. Answer in two lines:\n"
          "VERDICT: <one sentence stating which response is better>\n"
          "REASONS: <the reasons>")


def _messages(pair: Pair, style: str) -> list[dict]:
    user = (f"Response A: {pair.response_a}\nResponse B: {pair.response_b}\n"
            f"The annotator chose: Response {pair.choice}\n"
            f"The annotator's reasons (the label says which response each is about):\n{pair.notes()}\n\n"
            f"Style: {style}")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def build_model(path: str, limit: int) -> None:
    from assistant import llm  # noqa: PLC0415: the model is loaded only for this step

    done = {json.loads(line)["doc_id"] for line in RAW.read_text().splitlines()} if RAW.exists() else set()
    spec = llm.ModelSpec(max_tokens=220)
    for i, pair in enumerate(pairs(path)[:limit]):
        if pair.doc_id in done:
            continue
        style = STYLES[i % len(STYLES)]
        completion = llm.complete(_messages(pair, style), spec)
        row = {"doc_id": pair.doc_id, "style": i % len(STYLES), "raw": completion.text,
               "latency_s": round(completion.latency_s, 1)}
        with RAW.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(json.dumps(row, ensure_ascii=False), flush=True)


def parse_raw(raw: str) -> tuple[str, str] | None:
    """(verdict sentence, reasons) from a VERDICT/REASONS answer, or None when it has neither."""
    verdict = ""
    reasons: list[str] = []
    part = None
    for line in raw.strip().splitlines():
        head, _, rest = line.partition(":")
        if head.strip().upper() in ("VERDICT", "REASONS"):
            part = head.strip().upper()
            line = rest
        if not line.strip():
            continue
        if part == "VERDICT" and not verdict:
            verdict = line.strip()
        elif part == "REASONS":
            reasons.append(line.strip())
    return (verdict, " ".join(reasons)) if verdict and reasons else None


def model_text(raw: str, style: int) -> tuple[str, str | None]:
    """(rationale, verdict sentence) of a raw answer: a VERDICT/REASONS answer is put together
    with the verdict where its style asked for it; any other answer is taken as written, its
    verdict sentence named by hand in the review (None here)."""
    parts = parse_raw(raw)
    if parts is None:
        return " ".join(raw.split()), None
    verdict, reasons = parts
    return (f"{reasons} {verdict}" if style in (1, 3) else f"{verdict} {reasons}"), verdict


def _model_rationales() -> dict[str, tuple[str, str]]:
    """doc_id -> (rationale, verdict sentence) for every model answer the review keeps. A review
    entry: {"keep": bool, "why": str, "text": fixed rationale (optional), "verdict": the verdict
    sentence as it stands in the text (optional when the answer has a VERDICT line)}."""
    if not RAW.exists() or not REVIEW.exists():
        return {}
    review = json.loads(REVIEW.read_text())
    out: dict[str, tuple[str, str]] = {}
    for line in RAW.read_text().splitlines():
        row = json.loads(line)
        entry = review.get(row["doc_id"], {})
        if entry.get("keep") is not True:
            continue
        text, verdict = model_text(row["raw"], row["style"])
        text = entry.get("text", text)
        verdict = entry.get("verdict", verdict)
        if not verdict or verdict not in text:
            raise SystemExit(f"review of {row['doc_id']}: the verdict sentence is not in the text")
        out[row["doc_id"]] = (text, verdict)
    return out


def _variants(pair: Pair, source: str, text: str, verdict: str) -> list[dict]:
    from comparison_swap import flip_verdict, swap_sides  # noqa: PLC0415

    base = {"doc_id": pair.doc_id, "split": split_of(pair.doc_id), "source": source, "task": pair.task()}
    rows = [{**base, "variant": "correct", "rationale": text}]
    swapped = swap_sides(text)
    if swapped != text:
        rows.append({**base, "variant": "swapped", "rationale": swapped})
    flipped = text.replace(verdict, flip_verdict(verdict), 1)
    if flipped != text:
        rows.append({**base, "variant": "flipped", "rationale": flipped})
    return rows


def assemble(path: str) -> None:
    from comparison_templates import template_rationales  # noqa: PLC0415

    model = _model_rationales()
    rows: list[dict] = []
    for k, pair in enumerate(pairs(path)):
        for j, (verdict, reasons, last) in enumerate(template_rationales(pair, k)):
            rows += _variants(pair, f"template{j}", f"{reasons} {verdict}" if last else f"{verdict} {reasons}", verdict)
        if pair.doc_id in model:
            rows += _variants(pair, "model", *model[pair.doc_id])
    for i, row in enumerate(rows):
        row["id"] = f"{row['source']}:{row['doc_id']}:{row['variant']}"
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("model", "assemble"))
    ap.add_argument("--path", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    if args.what == "model":
        build_model(args.path, args.limit)
    else:
        assemble(args.path)


if __name__ == "__main__":
    main()
