"""Build the frozen cases of the blind check set (issue 23) or of the second development set;
run once, then never again.

    .venv/bin/python bench/build_blind.py captions --path ../shared/data   # composes on the embedded model
    .venv/bin/python bench/build_blind.py defacto --path ../shared/data [--rows N]
    .venv/bin/python bench/build_blind.py human --path ../shared/data     # IIW human caption sentences
    .venv/bin/python bench/build_blind.py defacto|captions|human|raw --set dev2 --path ../shared/data
    .venv/bin/python bench/build_blind.py defacto|captions|human --set blind2 --file /work/extra/<file>.jsonl
    .venv/bin/python bench/build_blind.py defacto|captions --set blind3 --file /work/extra/<file>.jsonl
    .venv/bin/python bench/build_blind.py captions|defacto --set blind4 --file <file>.jsonl
    .venv/bin/python bench/build_blind.py captions|raw --set blind5 --file <file>.jsonl
    .venv/bin/python bench/build_blind.py defacto-test --set dev2 --file /work/extra/defacto-test.jsonl [--positions 215-399|600-778]
    .venv/bin/python bench/build_blind.py defacto-train --set dev2 --file /work/extra/defacto-train.jsonl [--source defacto-train2|defacto-train3|defacto-train4|defacto-train5]

`captions` composes IIW_ROWS rows (dev2: DEV2_IIW_ROWS) twice (full and terse notes) and writes
the caption cases; `defacto` (no model) replaces the DeFacto cases with the first N rows in the
set's order (all by default: 172 for the blind set, 40 for dev2); `sentences` (no model) adds dev2's `iiw-sentences` source; `human` (no model) adds the
IIW human caption sentences (IIW_HUMAN_ROWS, dev2: DEV2_HUMAN_ROWS). `--set dev2` picks rows in
neither the blind set nor checker-precision. The rules that pick the rows are in
assistant/eval/blind.py and labels/README.md. `raw` (dev2 only; embedded model) adds the raw
model's caption from the full notes of the same DEV2_IIW_ROWS rows (`caption-raw:<key>`). `now`
(dev2 only; embedded model) composes, with this code, the `caption-now-full` / `caption-now-terse`
source on the rows `now_captions.now_rows` picks. `defacto-test` (dev2 only; no model) replaces the
`defacto-test` cases with rows of DeFacto's test split (`--file`), positions
`defacto_test.POSITIONS` of their hash order (`assistant/eval/defacto_test.py`); `--positions 215-399`
builds the second chunk, source `defacto-test2`, instead, and `--positions 600-778` the third, `defacto-test3`.
`defacto-train` (dev2 only; no model) replaces the `defacto-train` cases with rows of DeFacto's train split
(`--file`), positions 0-199 of their own hash order (`assistant/eval/defacto_train.py`); `--source defacto-train2`
builds positions 200-299 instead, `--source defacto-train3` positions 300-399, `--source defacto-train4`
positions 400-499, `--source defacto-train5` positions 500-599 (later positions are a future blind set's and are
never built).
`new` (dev2 only; embedded model) composes, with
this code, the `caption-new-full` / `caption-new-terse` source on the first `--rows` rows of `--file`
(default 30; no later line is read), and adds those rows' `iiw-new-human` sentences:

    flock /tmp/model.lock .venv/bin/python bench/build_blind.py new --set dev2 --file /work/extra/iiw400-rest.jsonl

`dci` (dev2 only; no model) adds the `caption-dci-full` / `caption-dci-terse` source: the product's captions of
DCI rows 1-20 (`eval/dci_captions.py`) from the results of one bench run, which also composes the raw model's:

    flock /tmp/model.lock .venv/bin/python bench/bench_compose.py --dataset iiw --path /work/extra/dci-heldout.jsonl \
        --notes both --offset 0 --limit 20 --out /tmp/dci.json
    .venv/bin/python bench/build_blind.py dci --set dev2 --file /work/extra/dci-heldout.jsonl --composed /tmp/dci.json

`locnar` (dev2 only; no model) adds the `caption-locnar-full` / `caption-locnar-terse` source the same way: the
product's captions of LocNar_Eval rows 1-12 (`eval/locnar_captions.py`; notes written by IIW's PaLI model):

    flock /tmp/model.lock .venv/bin/python bench/bench_compose.py --dataset iiw --path /work/extra/locnar-100.jsonl \
        --notes both --limit 12 --out /tmp/check23ad-locnar.json
    .venv/bin/python bench/build_blind.py locnar --set dev2 --file /work/extra/locnar-100.jsonl \
        --composed /tmp/check23ad-locnar.json

`locnar2` (dev2 only; no model) adds the `caption-locnar2-full` / `caption-locnar2-terse` source: the product's
captions of lines 21-32 of locnar-dev101-160.jsonl (LocNar_Eval lines 121-132), from one `bench_stages.py` run
of the product only (the caption prompt of this code is recorded in `made_by`):

    F=/work/extra/rows/locnar-dev101-160.jsonl
    flock /tmp/model.lock .venv/bin/python bench/bench_stages.py --set $F:full --set $F:terse --offset 20 \
        --limit 12 --no-raw --out /tmp/check23ah-locnar2.json
    .venv/bin/python bench/build_blind.py locnar2 --set dev2 --file $F --composed /tmp/check23ah-locnar2.json

`locnar3` (dev2 only; no model) adds `caption-locnar3-full` / `caption-locnar3-terse` the same way, from lines 41-52
(LocNar_Eval lines 141-152):

    flock /tmp/model.lock .venv/bin/python bench/bench_stages.py --set $F:full --set $F:terse --offset 40 \
        --limit 12 --no-raw --out /tmp/check23aj-locnar3.json
    .venv/bin/python bench/build_blind.py locnar3 --set dev2 --file $F --composed /tmp/check23aj-locnar3.json

`--set blind2` builds the second blind set (`eval/blind2.py`) from `--file`: defacto-test.jsonl for
`defacto`, iiw400-rest.jsonl for `human` and `captions` (the embedded model; run it under
`flock /tmp/model.lock`).

`--set blind3` builds the third blind set (`eval/blind3.py`) from `--file`: defacto-train.jsonl for `defacto`
(no model), rows/locnar-heldout.jsonl for `captions` (the embedded model, under `flock /tmp/model.lock`).

`--set blind4` builds the fourth blind set (`eval/blind4.py`) from `--file`: rows/locnar-heldout.jsonl for
`captions` (LocNar_Eval rows 191-215, then 216-240; the embedded model, under `flock /tmp/model.lock`; `made_by`
ends in "at <commit>", the code that composed), defacto-val.jsonl for `defacto` (no model; run after `captions`:
the validation rows no other set holds, in blind4's hash order, until the set has `blind4.ALARMS_WANTED` alarms).

`--set blind5` builds the fifth blind set (`eval/blind5.py`) from `--file` rows/locnar-heldout.jsonl (LocNar_Eval
rows 301-330), both steps on the embedded model under `flock /tmp/model.lock`: `captions` (the product's, full and
terse notes), then `raw` (`caption-raw`: the raw model's caption of the terse notes, rows in file order until the
set has `blind5.ALARMS_WANTED` alarms). No DeFacto validation row is left for it.

`old-tasks` and `old` (dev2 only) make the `caption-old-full` / `caption-old-terse` source: captions
composed by the old caption prompt (`old_captions.OLD_PROMPT`, the code of commit `old_captions.OLD_COMMIT`) on
the next DEV2_OLD_ROWS rows. This code only makes the notes and freezes the answers; the old code
composes, in a worktree of that commit with its own venv (the old code is not kept here):

    .venv/bin/python bench/build_blind.py old-tasks --set dev2 --path ../shared/data > /tmp/old_tasks.jsonl
    git worktree add --detach /tmp/wt-old a827c51    # then make its venv
    flock /tmp/model.lock /tmp/wt-old/.venv/bin/python old_compose.py /tmp/old_tasks.jsonl /tmp/old_out.jsonl
    .venv/bin/python bench/build_blind.py old --set dev2 --composed /tmp/old_out.jsonl --path ../shared/data

where old_compose.py, run by the old venv, reads each `{id, notes}` line and appends
`{"id", "draft": compose(CaptionTask(notes=notes), llm.resolve_spec(), stream=False).text,
"made_by": f"{draft.model} {draft.prompt_version}"}` (old `assistant.notes.CaptionTask` and
`assistant.compose.compose`). `old` refuses an answer of another prompt version.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from functools import partial
from pathlib import Path

from assistant.eval import (blind, blind2, blind3, blind4, blind5, dci_captions, defacto_test, defacto_train, fresh_sentences, locnar_captions, new_captions,
                            now_captions, old_captions, precision)
from assistant.eval.datasets import IIWRow, read_rows

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


def old_rows(path: str, taken: set[str]) -> list:
    return blind.dev2_iiw_rows(path, taken)[blind.DEV2_IIW_ROWS:blind.DEV2_IIW_ROWS + old_captions.DEV2_OLD_ROWS]


def build_new(file: str, rows: int) -> None:
    """dev2's `caption-new-*` and `iiw-new-human` sources from the first `rows` rows of `file`."""
    from assistant import llm  # noqa: PLC0415

    existing = blind.read_cases(blind.DEV2_CASES) if blind.DEV2_CASES.exists() else []
    done = {c.id for c in existing}
    iiw = new_captions.new_rows(file, rows)
    human = [c for c in (blind.iiw_human_case(r, new_captions.HUMAN_SOURCE) for r in iiw) if c and c.id not in done]
    with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
        out.writelines(c.model_dump_json() + "\n" for c in human)
        print(f"{len(human)} iiw-new-human cases added", flush=True)
        for case in blind.caption_cases(iiw, llm.resolve_spec(), done, sources=new_captions.SOURCES):
            out.write(case.model_dump_json() + "\n")
            out.flush()
            print(case.id, flush=True)


def build_bench_captions(what: str, file: str, composed: str) -> None:
    """dev2's `caption-dci-*` (`dci_captions`) or `caption-locnar-*` (`locnar_captions`) source from a bench run's
    results; cases already built are kept."""
    existing = blind.read_cases(blind.DEV2_CASES)
    done = {c.id for c in existing}
    made = dci_captions.dci_cases if what == "dci" else locnar_captions.locnar_cases
    cases = [c for c in made(file, composed) if c.id not in done]
    with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
        out.writelines(c.model_dump_json() + "\n" for c in cases)
    print(f"{len(cases)} caption-{what} cases added to {blind.DEV2_CASES}")


def build_locnar2(file: str, composed: str, what: str = "locnar2") -> None:
    """dev2's `caption-locnar2-*` (or, WHAT locnar3, `caption-locnar3-*`) source from a `bench_stages.py` run;
    cases already built are kept."""
    from assistant import prompts  # noqa: PLC0415

    done = {c.id for c in blind.read_cases(blind.DEV2_CASES)}
    made_by = f"embedded {prompts.load('caption').version}"
    which = {"locnar2": (locnar_captions.LOCNAR2_LINES, locnar_captions.SOURCES2),
             "locnar3": (locnar_captions.LOCNAR3_LINES, locnar_captions.SOURCES3)}[what]
    cases = [c for c in locnar_captions.locnar2_cases(file, composed, made_by, *which) if c.id not in done]
    with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
        out.writelines(c.model_dump_json() + "\n" for c in cases)
    print(f"{len(cases)} caption-{what} cases added to {blind.DEV2_CASES}")


def build_dev2(what: str, path: str, rows: int | None, composed: str | None = None, file: str | None = None,
               positions: str = "0-199", source: str = defacto_train.SOURCE) -> None:
    """The second development set: rows neither the blind set nor checker-precision holds."""
    taken = blind.taken_rows(path)
    existing = blind.read_cases(blind.DEV2_CASES) if blind.DEV2_CASES.exists() else []
    if what == "old-tasks":
        for task in old_captions.old_caption_tasks(old_rows(path, taken)):
            print(json.dumps(task))
    elif what == "old":
        answers = [json.loads(line) for line in Path(composed).read_text(encoding="utf-8").splitlines() if line.strip()]
        done = {c.id for c in existing}
        cases = [c for c in old_captions.old_caption_cases(old_captions.old_caption_tasks(old_rows(path, taken)), answers)
                 if c.id not in done]
        with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
            out.writelines(c.model_dump_json() + "\n" for c in cases)
        print(f"{len(cases)} old-prompt caption cases added to {blind.DEV2_CASES}")
    elif what in ("captions", "raw", "now"):
        from assistant import llm  # noqa: PLC0415

        iiw = blind.dev2_iiw_rows(path, taken)[:blind.DEV2_IIW_ROWS]
        build = blind.caption_cases if what == "captions" else blind.raw_caption_cases
        if what == "now":
            iiw = now_captions.now_rows(path, taken, existing)
            build = partial(blind.caption_cases, sources=now_captions.SOURCES)
        with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
            for case in build(iiw, llm.resolve_spec(), {c.id for c in existing}):
                out.write(case.model_dump_json() + "\n")
                out.flush()
                print(case.id, flush=True)
    elif what == "defacto":
        cases = [blind.defacto_case(r) for r in blind.dev2_defacto_rows(path, taken)[:rows]]
        blind.write_cases(cases + [c for c in existing if c.source != "defacto"], blind.DEV2_CASES)
        print(f"{len(cases)} defacto cases written to {blind.DEV2_CASES}")
    elif what == "defacto-test":
        source, chunk = defacto_test.source_of(positions)
        cases = [blind.defacto_case(r, source) for r in defacto_test.rows(file, chunk)]
        blind.write_cases([c for c in existing if c.source != source] + cases, blind.DEV2_CASES)
        print(f"{len(cases)} {source} cases written to {blind.DEV2_CASES}")
    elif what == "defacto-train":
        cases = [blind.defacto_case(r, source) for r in defacto_train.rows(file, source)]
        blind.write_cases([c for c in existing if c.source != source] + cases, blind.DEV2_CASES)
        print(f"{len(cases)} {source} cases written to {blind.DEV2_CASES}")
    elif what == "sentences":
        rows = {r.key: r for _, r in read_rows(Path(path) / blind.IIW_FILE, IIWRow).rows}
        done = {c.id for c in existing}
        cases = [c for k in fresh_sentences.DEV2_SENTENCE_ROWS + fresh_sentences.DEV2_SENTENCE_ROWS_LATER
                 for c in fresh_sentences.iiw_sentence_cases(rows[k])
                 if c.id not in done]
        with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
            out.writelines(c.model_dump_json() + "\n" for c in cases)
        print(f"{len(cases)} iiw-sentences cases added to {blind.DEV2_CASES}")
    else:
        found = (blind.iiw_human_case(r) for r in blind.dev2_iiw_rows(path, taken))
        cases = [c for c in found if c is not None][:blind.DEV2_HUMAN_ROWS]
        with blind.DEV2_CASES.open("a", encoding="utf-8") as out:
            out.writelines(c.model_dump_json() + "\n" for c in cases if c.id not in {e.id for e in existing})
        print(f"{len(cases)} iiw-human cases added to {blind.DEV2_CASES}")


def build_blind2(what: str, file: str) -> None:
    """The second blind set (`eval/blind2.py`): `file` is defacto-test.jsonl (defacto) or
    iiw400-rest.jsonl (captions, human). Cases already built are kept; captions skip them."""
    path = blind.BLIND2_CASES
    existing = blind.read_cases(path) if path.exists() else []
    done = {c.id for c in existing}
    if what == "defacto":
        cases = [blind.defacto_case(r) for r in blind2.defacto_rows(file)]
        blind.write_cases(cases + [c for c in existing if c.source != "defacto"], path)
        print(f"{len(cases)} defacto cases written to {path}")
    elif what == "human":
        cases = [c for c in map(blind.iiw_human_case, blind2.iiw_rows(file)) if c is not None and c.id not in done]
        with path.open("a", encoding="utf-8") as out:
            out.writelines(c.model_dump_json() + "\n" for c in cases)
        print(f"{len(cases)} iiw-human cases added to {path}")
    else:
        from assistant import llm  # noqa: PLC0415

        with path.open("a", encoding="utf-8") as out:
            for case in blind.caption_cases(blind2.iiw_rows(file), llm.resolve_spec(), done):
                out.write(case.model_dump_json() + "\n")
                out.flush()
                print(case.id, flush=True)


def build_blind3(what: str, file: str) -> None:
    """The third blind set (`eval/blind3.py`): `file` is defacto-train.jsonl (defacto) or locnar-heldout.jsonl
    (captions). Cases already built are kept; captions skip them."""
    existing = blind.read_cases(blind3.CASES) if blind3.CASES.exists() else []
    if what == "defacto":
        cases = [blind.defacto_case(r, blind3.DEFACTO_SOURCE) for r in blind3.defacto_rows(file)]
        blind.write_cases(cases + [c for c in existing if c.source != blind3.DEFACTO_SOURCE], blind3.CASES)
        print(f"{len(cases)} {blind3.DEFACTO_SOURCE} cases written to {blind3.CASES}")
        return
    from assistant import llm  # noqa: PLC0415

    with blind3.CASES.open("a", encoding="utf-8") as out:
        for case in blind.caption_cases(blind3.locnar_rows(file), llm.resolve_spec(), {c.id for c in existing}):
            out.write(case.model_dump_json() + "\n")
            out.flush()
            print(case.id, flush=True)


def build_blind4(what: str, file: str, path: str) -> None:
    """The fourth blind set (`eval/blind4.py`): `file` is locnar-heldout.jsonl (captions) or defacto-val.jsonl
    (defacto; `path` is the data folder checker-precision reads). Cases already built are kept; captions skip them."""
    existing = blind.read_cases(blind4.CASES) if blind4.CASES.exists() else []
    if what == "defacto":
        others = [c for c in existing if c.source != "defacto"]
        rows = blind4.defacto_rows(file, blind4.taken_defacto(path))
        cases = blind4.enough(rows, sum(len(blind.alarms(c)) for c in others))
        blind.write_cases(others + cases, blind4.CASES)
        print(f"{len(rows)} unused validation rows; {len(cases)} defacto cases written to {blind4.CASES}")
        return
    from assistant import llm  # noqa: PLC0415

    rows = blind4.locnar_rows(file) + blind4.locnar_rows(file, blind4.LOCNAR_LINES_MORE)
    append_at_commit(blind4.CASES, blind.caption_cases(rows, llm.resolve_spec(), {c.id for c in existing}))


def append_at_commit(path: Path, cases) -> None:
    """Append each case to `path` as soon as it is made, `made_by` ending in "at <commit>" (the code that composed)."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.strip()
    with path.open("a", encoding="utf-8") as out:
        for case in cases:
            out.write(case.model_copy(update={"made_by": f"{case.made_by} at {commit}"}).model_dump_json() + "\n")
            out.flush()
            print(case.id, flush=True)


def build_blind5(what: str, file: str) -> None:
    """The fifth blind set (`eval/blind5.py`) from locnar-heldout.jsonl: `captions` (the product's, full and terse
    notes), then `raw` (the raw model's of the terse notes, rows in order until the set has `blind5.ALARMS_WANTED`
    alarms). Both on the embedded model; cases already built are kept and skipped."""
    from assistant import llm  # noqa: PLC0415

    existing = blind.read_cases(blind5.CASES) if blind5.CASES.exists() else []
    done, rows = {c.id for c in existing}, blind5.locnar_rows(file)
    if what == "captions":
        append_at_commit(blind5.CASES, blind.caption_cases(rows, llm.resolve_spec(), done))
        return
    so_far = sum(len(blind.alarms(c)) for c in existing)
    print(f"{len(existing)} cases raise {so_far} alarms; raw captions until {blind5.ALARMS_WANTED}", flush=True)
    append_at_commit(blind5.CASES, blind5.raw_cases(rows, llm.resolve_spec(), done, so_far))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("captions", "defacto", "human", "raw", "old-tasks", "old", "sentences", "now",
                                           "defacto-test", "defacto-train", "new", "dci", "locnar", "locnar2", "locnar3"))
    parser.add_argument("--set", choices=("blind", "dev2", "blind2", "blind3", "blind4", "blind5"), default="blind")
    parser.add_argument("--path", default="../shared/data")
    parser.add_argument("--rows", type=int, default=None, help="defacto: the first N rows (default: all); new: the first N rows of --file (default 30)")
    parser.add_argument("--composed", help="old: the old code's answers, JSONL {id, draft, made_by}; dci, locnar: the --out "
                        "file of the bench_compose.py --notes both run")
    parser.add_argument("--file", help="defacto-test: DeFacto's test split (data/test.jsonl), JSONL; defacto-train: its "
                        "train split (data/train.jsonl); new: a file of "
                        "IIW-400 rows outside iiw400-dev.jsonl; blind2: defacto-test.jsonl or iiw400-rest.jsonl")
    parser.add_argument("--positions", default="0-199",
                        help="defacto-test: the chunk of the hash order, 0-199 (defacto-test), 215-399 (defacto-test2) or "
                        "600-778 (defacto-test3)")
    parser.add_argument("--source", choices=tuple(defacto_train.SOURCE_POSITIONS), default=defacto_train.SOURCE,
                        help="defacto-train: the chunk of its hash order, defacto-train (0-199), defacto-train2 (200-299), "
                        "defacto-train3 (300-399), defacto-train4 (400-499) or defacto-train5 (500-599)")
    args = parser.parse_args()
    if args.set == "blind5":
        if args.what not in ("captions", "raw") or not args.file:
            parser.error("blind5 builds captions, then raw, from --file")
        build_blind5(args.what, args.file)
        return
    if args.what in ("raw", "old-tasks", "old", "now", "defacto-test", "defacto-train", "new", "dci", "locnar", "locnar2", "locnar3") and args.set != "dev2":
        parser.error(f"{args.what} is a dev2 source only")
    if args.what == "old" and not args.composed:
        parser.error("old needs --composed FILE")
    if args.what in ("defacto-test", "defacto-train") and not args.file:
        parser.error(f"{args.what} needs --file FILE")
    if args.what in ("dci", "locnar", "locnar2", "locnar3"):
        if not (args.file and args.composed):
            parser.error(f"{args.what} needs --file FILE and --composed OUT")
        if args.what in ("locnar2", "locnar3"):
            build_locnar2(args.file, args.composed, args.what)
        else:
            build_bench_captions(args.what, args.file, args.composed)
        return
    if args.what == "new":
        if not args.file:
            parser.error("new needs --file FILE")
        build_new(args.file, args.rows or new_captions.NEW_ROWS)
        return
    if args.set == "blind2":
        if args.what not in ("captions", "defacto", "human") or not args.file:
            parser.error("blind2 builds captions, defacto or human, from --file")
        build_blind2(args.what, args.file)
        return
    if args.set == "blind3":
        if args.what not in ("captions", "defacto") or not args.file:
            parser.error("blind3 builds captions or defacto, from --file")
        build_blind3(args.what, args.file)
        return
    if args.set == "blind4":
        if args.what not in ("captions", "defacto") or not args.file:
            parser.error("blind4 builds captions or defacto, from --file")
        build_blind4(args.what, args.file, args.path)
        return
    if args.set == "dev2":
        build_dev2(args.what, args.path, args.rows, args.composed, args.file, args.positions, args.source)
        return
    named = _named()
    existing = blind.read_cases() if blind.CASES.exists() else []
    if args.what == "captions":
        from assistant import llm  # noqa: PLC0415

        precision_keys = {r.id.split(":", 1)[1].split("#")[0] for r in precision.select_reports(args.path)
                          if r.source == "iiw"}
        rows = blind.iiw_candidates(args.path, named, precision_keys)[:blind.IIW_ROWS]
        with blind.CASES.open("a", encoding="utf-8") as out:  # one case at a time: nothing composed is lost
            for case in blind.caption_cases(rows, llm.resolve_spec(), {c.id for c in existing}):
                out.write(case.model_dump_json() + "\n")
                out.flush()
                print(case.id, flush=True)
    elif args.what == "human":
        precision_keys = {r.id.split(":", 1)[1].split("#")[0] for r in precision.select_reports(args.path)
                          if r.source == "iiw"}
        found = (blind.iiw_human_case(r) for r in blind.iiw_candidates(args.path, named, precision_keys))
        cases = [c for c in found if c is not None][:blind.IIW_HUMAN_ROWS]
        with blind.CASES.open("a", encoding="utf-8") as out:
            out.writelines(c.model_dump_json() + "\n" for c in cases if c.id not in {e.id for e in existing})
        print(f"{len(cases)} iiw-human cases added to {blind.CASES}")
    else:
        cases = [blind.defacto_case(r) for r in blind.defacto_candidates(args.path, named)[:args.rows]]
        blind.write_cases([c for c in existing if c.source != "defacto"] + cases)
        print(f"{len(cases)} defacto cases written to {blind.CASES}")


if __name__ == "__main__":
    main()
