"""Do static word vectors from the embedded model's input embeddings tell rewording from new content?

Issue 23. For every labelled CHECK-TIER alarm of the development sets (checker-dev2, which holds
the first looks defacto-train1..4, and checker-precision; never checker-blind or checker-blind2)
this scores how near, in the model's token-embedding space (bench/word_vectors.py; no generation),
the flagged words come to the words they were checked against. A high score should mean a
rewording (a false alarm) that a demotion could clear; the table says how many false alarms each
threshold clears and how many true alarms it would lose.

What is compared (content words: the checker's own words() without stop words, numbers, one-letter
tokens):
  unsupported span: the span's content words  against  the content words of every note (and the
                    original, for a rewrite): what the checker read as support.
  dropped note:     the content words of its missing units (entries of at most four words, a
                    leading "missing " cut; a sentence of explanation gives none)  against  the
                    content words of the whole draft.
Scores (an alarm with no word to compare scores -1, so no threshold clears it):
  maxmax  max over flagged words of (max over source words of the cosine)
  minmax  min over flagged words of (max over source words of the cosine): every word has a near one
  phrase  max over runs of 1-3 consecutive source content words of cos(mean of the flagged words,
          mean of the run)

    .venv/bin/python bench/bench_word_vectors.py [--matrix input|output] [--variant space|bare|both]
        [--centre] [--path ../shared/data] [--list N]

Writes bench/results/word-vectors-MATRIX-VARIANT[-centred].json and prints markdown tables.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS  # noqa: E402
from bench.word_vectors import VARIANTS, Vectors  # noqa: E402

SCORES = ("maxmax", "minmax", "phrase")
#: Pairs the issue names as rewordings the check should accept, and pairs that must stay apart.
SHOULD_MATCH = [("host", "presenter"), ("victorious", "won"), ("seasons", "years"), ("agreed", "signed"),
                ("close", "near"), ("planned", "scheduled")]
MUST_NOT = [("red", "blue"), ("left", "right"), ("two", "three"), ("cat", "dog"), ("approved", "rejected")]


def content(text: str) -> list[str]:
    from assistant.check.words import words  # noqa: PLC0415

    return [w.lower for w in words(text) if not w.is_stop and w.number is None and len(w.lower) > 1
            and any(c.isalpha() for c in w.lower)]


def flagged_and_source(item: dict) -> tuple[list[str], list[list[str]]]:
    """The alarm's flagged content words, and the runs of source content words (one per note,
    original and draft sentence) they are compared with."""
    from assistant.text import sentences  # noqa: PLC0415

    if item["kind"] == "unsupported":
        flagged = content(item["text"])
        texts = list(item["notes"]) + ([s.text for s in sentences(item["original"])] if item["original"] else [])
    else:
        units = [m.removeprefix("missing ") for m in item["missing"]]
        flagged = [w for u in units if len(u.split()) <= 4 for w in content(u)]
        texts = [s.text for s in sentences(item["draft"])]
    runs = [c for t in texts if (c := content(t))]
    return unmatched(list(dict.fromkeys(flagged)), runs), runs


def unmatched(flagged: list[str], runs: list[list[str]]) -> list[str]:
    """The flagged words whose synonym key (lexicon.key: lemmas, derivations, our word lists) no source
    word shares: the words the lists could not match. A flagged word the source has as it is was
    flagged for something else (whose thing it is, a count, a place), which no similarity speaks to."""
    from assistant import lexicon  # noqa: PLC0415

    keys = {k for r in runs for w in r for k in lexicon.key(w)}
    return [w for w in flagged if not lexicon.key(w) & keys]


def scores(vec: Vectors, variant: str, flagged: list[str], runs: list[list[str]]) -> dict[str, float]:
    fv = [v for w in flagged if (v := vec.vector(w, variant)) is not None]
    source = list(dict.fromkeys(w for r in runs for w in r))
    if not fv or not source:
        return dict.fromkeys(SCORES, -1.0)
    f = np.stack(fv)
    s = np.stack([vec.vector(w, variant) for w in source])
    sims = f @ s.T  # flagged x source
    best = sims.max(axis=1)
    grams = [np.mean([vec.vector(w, variant) for w in r[i : i + n]], axis=0)
             for r in runs for n in (1, 2, 3) for i in range(len(r) - n + 1)]
    g = np.stack(grams)
    g /= np.linalg.norm(g, axis=1, keepdims=True)
    m = f.mean(axis=0)
    m /= np.linalg.norm(m)
    return {"maxmax": float(best.max()), "minmax": float(best.min()), "phrase": float((g @ m).max())}


def auc(false: list[float], true: list[float]) -> float | None:
    """P(a false alarm scores above a true one), ties half: 0.5 is chance, 1.0 perfect separation."""
    if not false or not true:
        return None
    t = np.array(true)
    return float(sum((x > t).sum() + 0.5 * (x == t).sum() for x in false) / (len(false) * len(true)))


#: Cosine thresholds of the sweep (besides the one just above the best-scoring true alarm).
THRESHOLDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)


def sweep(rows: list[dict], score: str) -> list[dict]:
    """Cleared = score >= t, for t just above the best-scoring true alarm (no true alarm lost) and
    for each of THRESHOLDS."""
    true = [r[score] for r in rows if r["label"]]
    false = [r[score] for r in rows if not r["label"]]
    out = []
    for t in sorted({max(true, default=0.0) + 1e-9, *THRESHOLDS}, reverse=True):
        out.append({"threshold": round(float(t), 4), "false_cleared": sum(x >= t for x in false),
                    "false": len(false), "true_lost": sum(x >= t for x in true), "true": len(true)})
    return out


def collect_rows(vec: Vectors, variant: str, data_dir: str) -> list[dict]:
    from bench.bench_second_opinion import collect  # noqa: PLC0415

    rows = []
    for item in collect(data_dir):
        d = item.__dict__ | {"uid": item.uid}
        if item.label is None:
            continue
        flagged, runs = flagged_and_source(d)
        rows.append({"set": item.set, "source": item.report.split(":")[0], "kind": item.kind, "family": item.family,
                     "label": bool(item.label), "text": item.text, "flagged": flagged,
                     **scores(vec, variant, flagged, runs)})
    return rows


def set_figures(rows: list[dict]) -> dict:
    out: dict = {}
    groups = {"dev2": [r for r in rows if r["set"] == "dev2"],
              "dev2 first looks (defacto-train1..4)": [r for r in rows if r["source"].startswith("defacto-train")],
              "precision": [r for r in rows if r["set"] == "precision"],
              "both, content words only (families unsupported + matching)":
                  [r for r in rows if r["family"] in ("unsupported", "matching")]}
    for name, mine in groups.items():
        false, true = [r for r in mine if not r["label"]], [r for r in mine if r["label"]]
        one = [r for r in mine if len(r["flagged"]) == 1]
        out[name] = {"alarms": len(mine), "false": len(false), "scored": sum(r["maxmax"] > -1 for r in mine),
                     # no vectors at all: fewer unmatched words, more likely a rewording
                     "auc_word_count": _round(auc([-len(r["flagged"]) for r in false], [-len(r["flagged"]) for r in true])),
                     "auc_minmax_one_word": _round(auc([r["minmax"] for r in one if not r["label"]],
                                                       [r["minmax"] for r in one if r["label"]])),
                     **{s: {"auc": _round(auc([r[s] for r in mine if not r["label"]], [r[s] for r in mine if r["label"]])),
                            "sweep": sweep(mine, s)} for s in SCORES}}
    return out


def pair_figures(vec: Vectors, variant: str, n: int = 8) -> dict:
    vocab = vec.single_token_words()
    m = np.stack([vec.vector(w, variant) for w in vocab])
    out = {}
    for kind, pairs in (("should match", SHOULD_MATCH), ("must not match", MUST_NOT)):
        for a, b in pairs:
            va, vb = vec.vector(a, variant), vec.vector(b, variant)
            sims = m @ va
            order = [vocab[i] for i in np.argsort(-sims) if vocab[i] != a]
            rank = 1 + int((sims > float(va @ vb)).sum()) - (a in vocab)
            out[f"{a}/{b}"] = {"kind": kind, "cosine": round(float(va @ vb), 3), "rank_of_b": rank,
                               "neighbours_of_a": order[:n]}
    return out


def _round(x):
    return None if x is None else round(x, 3)


def markdown(result: dict) -> str:
    out = [f"matrix {result['matrix']}, variant {result['variant']}, centred {result['centre']}", "",
           "| group | alarms (false) | scored | AUC maxmax | AUC minmax | AUC phrase | AUC word count (no vectors) "
           "| AUC minmax, one-word alarms |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for g, d in result["sets"].items():
        out.append(f"| {g} | {d['alarms']} ({d['false']}) | {d['scored']} | "
                   + " | ".join(str(d[s]["auc"]) for s in SCORES) + f" | {d['auc_word_count']} | {d['auc_minmax_one_word']} |")
    out += ["", "| group | score | threshold | false cleared | true lost |", "| --- | --- | --- | --- | --- |"]
    for g, d in result["sets"].items():
        for s in SCORES:
            for t in d[s]["sweep"]:
                out.append(f"| {g} | {s} | {t['threshold']} | {t['false_cleared']}/{t['false']} | {t['true_lost']}/{t['true']} |")
    out += ["", "| pair | kind | cosine | rank of the second among the first's neighbours | nearest neighbours of the first |",
            "| --- | --- | --- | --- | --- |"]
    for p, d in result["pairs"].items():
        out.append(f"| {p} | {d['kind']} | {d['cosine']} | {d['rank_of_b']} | {', '.join(d['neighbours_of_a'])} |")
    return "\n".join(out)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--matrix", choices=["input", "output"], default="input")
    p.add_argument("--variant", choices=VARIANTS, default="space")
    p.add_argument("--centre", action="store_true", help="subtract the mean row before taking cosines")
    p.add_argument("--path", default="../shared/data")
    p.add_argument("--list", type=int, default=0, help="also print the N best-scoring (minmax) alarms of each label")
    args = p.parse_args()
    from assistant.llm.embedded import weights_path  # noqa: PLC0415

    try:
        import gguf  # noqa: F401, PLC0415
    except ImportError:
        sys.exit("error: the gguf package is not installed: pip install -c constraints.txt -e '.[bench]'")

    vec = Vectors.load(weights_path(), args.matrix, args.centre)
    rows = collect_rows(vec, args.variant, args.path)
    result = {"matrix": args.matrix, "variant": args.variant, "centre": args.centre,
              "sets": set_figures(rows), "pairs": pair_figures(vec, args.variant)}
    RESULTS.mkdir(exist_ok=True)
    name = f"word-vectors-{args.matrix}-{args.variant}{'-centred' if args.centre else ''}"
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=1))
    (RESULTS / f"{name}-rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(markdown(result))
    for label in (False, True):
        best = sorted((r for r in rows if r["label"] == label), key=lambda r: -r["minmax"])[: args.list]
        for r in best:
            print(f"{'true ' if label else 'false'} {r['minmax']:.3f} {r['set']} {r['family']}: {r['text'][:70]!r} {r['flagged']}")


if __name__ == "__main__":
    main()
