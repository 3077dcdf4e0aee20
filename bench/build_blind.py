"""Build the frozen cases of the blind check set (issue 23); run once, then never again.

    .venv/bin/python bench/build_blind.py captions --path ../shared/data   # composes on the embedded model
    .venv/bin/python bench/build_blind.py defacto --path ../shared/data --rows N

`captions` composes IIW_ROWS rows twice (full and terse notes) and writes the caption cases;
`defacto` (no model) replaces the DeFacto cases with the first N rows in the set's order.
The rule that picks the rows is in assistant/eval/blind.py and labels/README.md.
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from assistant.eval import blind, precision

ROOT = Path(__file__).resolve().parent.parent


def _named() -> set[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for folder in ("docs", "tests", "bench", "assistant/eval/labels") for p in (ROOT / folder).rglob("*")
             if p.is_file() and p.suffix in (".md", ".py", ".jsonl", ".txt", ".toml")
             and "checker-blind" not in p.name]
    texts.append((ROOT / "README.md").read_text(encoding="utf-8"))
    texts.append(subprocess.run(["git", "log", "--all", "--format=%B"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout)
    return blind.mentioned(texts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("captions", "defacto"))
    parser.add_argument("--path", default="../shared/data")
    parser.add_argument("--rows", type=int, default=100)
    args = parser.parse_args()
    named = _named()
    existing = blind.read_cases() if blind.CASES.exists() else []
    if args.what == "captions":
        from assistant import llm  # noqa: PLC0415

        precision_keys = {r.id.split(":", 1)[1].split("#")[0] for r in precision.select_reports(args.path)
                          if r.source == "iiw"}
        rows = blind.iiw_candidates(args.path, named, precision_keys)[:blind.IIW_ROWS]
        spec = llm.resolve_spec()
        cases = blind.caption_cases(rows, spec, lambda s: print(s, flush=True))
        keep = [c for c in existing if c.source == "defacto"]
    else:
        cases = [blind.defacto_case(r) for r in blind.defacto_candidates(args.path, named)[:args.rows]]
        keep = [c for c in existing if c.source != "defacto"]
    blind.write_cases(keep + cases if args.what == "defacto" else cases + keep)
    print(f"{len(cases)} {args.what} cases written to {blind.CASES}")


if __name__ == "__main__":
    main()
