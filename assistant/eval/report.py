"""Writing evaluation results: per-row JSONL, the summary as JSON, a short Markdown report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import BadInputError


def write_outputs(out_dir: str, results: list[dict], summary: dict) -> list[Path]:
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / "rows.jsonl", out / "summary.json", out / "report.md"]
        with paths[0].open("w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        paths[1].write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        paths[2].write_text(markdown(summary), encoding="utf-8")
    except OSError as e:
        raise BadInputError(f"cannot write results to {out_dir}: {e.strerror or e}") from None
    return paths


def markdown(summary: dict) -> str:
    lines = [f"# Evaluation: {summary['dataset']}", "", f"Command: `{summary['command']}`", ""]
    meta = {k: summary.get(k) for k in ("path", "rows_read", "rows_skipped_malformed", "model", "judge",
                                        "prompt_versions", "lexicon_version", "seed", "started", "duration_s")}
    lines += [f"- {k}: {_fmt(v)}" for k, v in meta.items() if v is not None] + [""]
    figures = summary["figures"]
    if summary["dataset"] == "checker-precision":
        lines += _precision_lines(figures)
    elif summary["dataset"] in ("checker-blind", "checker-dev2", "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5"):
        lines += _blind_lines(figures)
    elif summary["dataset"] == "checker":
        lines += ["| defect | cases | caught | recall | excluded | caught by a certain problem |",
                  "| --- | --- | --- | --- | --- | --- |"]
        lines += [f"| {k} | {d['cases']} | {d['caught']} | {_fmt(d['recall'])} | {d['excluded']} | "
                  f"{d['caught_certain']} ({_fmt(d['recall_certain'])}) |" for k, d in figures["defects"].items()]
        lines += ["", "| faithful variant | cases | false alarms | rate | of them certain |", "| --- | --- | --- | --- | --- |"]
        lines += [f"| {k} | {d['cases']} | {d['false_alarms']} | {_fmt(d['rate'])} | {d['certain_false_alarms']} |"
                  for k, d in figures["faithful"].items()]
        lines += ["", f"Minimum recall {_fmt(figures['min_recall'])} (either tier); false-alarm rate on faithful variants "
                  f"{_fmt(figures['false_alarm_rate'])} (certain {_fmt(figures['certain_false_alarm_rate'])})."]
    else:
        lines += ["| figure | value |", "| --- | --- |"]
        for k, v in figures.items():
            if isinstance(v, dict):
                for kk, vv in v.items():
                    lines.append(f"| {k}.{kk} | {_fmt(vv)} |")
            else:
                lines.append(f"| {k} | {_fmt(v)} |")
    return "\n".join(lines) + "\n"


def _precision_lines(figures: dict) -> list[str]:
    lines: list[str] = []
    for half in ("dev", "held-out", "all"):
        f = figures[half]
        lines += [f"## {half}: {f['reports']} reports, {f['passing']} pass the check", "",
                  "| family | alarms | labelled | true | precision | true alarms still raised | recall |",
                  "| --- | --- | --- | --- | --- | --- | --- |"]
        for name, d in [*f["families"].items(), ("total", f["total"])]:
            lines.append(f"| {name} | {d['raised']} | {d['labelled']} | {d['true']} | {_fmt(d['precision'])} | "
                         f"{d['true_raised']} of {d['true_labelled']} | {_fmt(d['recall'])} |")
        lines.append("")
    gold = figures["gold_rewrite_pass"]
    lines.append(f"DeFacto gold rewrites passing the check: {gold['passed']} of {gold['rows']}.")
    unlabelled = figures["unlabelled"]
    lines += ["", f"Alarms without a label: {len(unlabelled)}."]
    lines += [f"- {a['report']} {a['kind']} {a['key']!r}: {a['evidence']}" for a in unlabelled]
    return lines


def _blind_lines(figures: dict) -> list[str]:
    """Figures only: the blind set's cases and labels are not printed (a new alarm's text is,
    so that someone who does not develop the rules can label it). checker-dev2 prints the same."""
    lines = [f"Cases: {_fmt(figures['cases'])}.", "",
             "| alarms | raised | labelled | true | precision |", "| --- | --- | --- | --- | --- |"]
    groups = [("all", figures["all"]), *((f"source {k}", d) for k, d in figures["by_source"].items()),
              *((f"kind {k}", d) for k, d in figures["by_kind"].items()),
              *((f"family {k}", d) for k, d in figures["by_family"].items()),
              *((f"tier {k}", d) for k, d in figures["by_tier"].items())]
    lines += [f"| {name} | {d['raised']} | {d['labelled']} | {d['true']} | {_fmt(d['precision'])} |" for name, d in groups]
    kept = figures["true_alarms_kept"]
    lines += ["", f"True alarms still raised: {kept['still_raised']} of {kept['true_labelled']} "
              f"(recall {_fmt(kept['recall'])})."]
    m = figures["misses"]
    lines += ["", f"Labelled misses on captions now raised: {m['raised']} of {m['labelled']} (share {_fmt(m['share'])}).",
              "", "| misses | labelled | raised | share |", "| --- | --- | --- | --- |"]
    lines += [f"| {k} | {d['labelled']} | {d['raised']} | {_fmt(d['share'])} |"
              for k, d in [*m["by_problem"].items(), *m["by_source"].items()]]
    unlabelled = figures["unlabelled"]
    lines += ["", f"Alarms without a label: {len(unlabelled)} (to be labelled by someone who does not develop "
              "the rules; guide in assistant/eval/labels/README.md)."]
    lines += [f"- {a['case']} {a['kind']} {a['key']!r} ({a['tier']}): {a['evidence']}" for a in unlabelled]
    relabel = figures.get("relabel", [])
    lines += ["", f"Alarms scored by a label given under another status: {len(relabel)} (the note's verdict changed "
              "since it was labelled; add a label for the status it has now, by the same guide)."]
    lines += [f"- {a['case']} {a['kind']} (labelled as {a['label_kind']}) {a['key']!r} ({a['tier']}): {a['evidence']}"
              for a in relabel]
    return lines


def _fmt(v: Any) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, dict):
        return ", ".join(f"{k} {_fmt(x)}" for k, x in v.items())
    return str(v)
