"""The blind check set of issue 23 and a second development set: frozen cases, hand labels, and the scorer.

The final, untouched check of the checker. Its cases are frozen text (notes, draft, and for rewrites the
original), so the check re-runs on exactly the same input whatever compose or the data files become:
- `defacto:<doc_id>`: a DeFacto validation row checked as a rewrite (notes = the annotator's
  instructions, draft = the human summary, original = the model's candidate);
- `caption-full:<key>` / `caption-terse:<key>`: a caption the product composed on the embedded model from an
  IIW-400 dev row's object notes, as written (`IIWRow.note_lines`) or made terse (`eval/terse.py`), checked against them.

Labels (`labels/checker-blind.jsonl`) are of two types: `alarm` (an alarm the checker raised, true or false)
and `miss` (a real problem in a caption the checker did not raise). How the rows were chosen and how to label:
`labels/README.md`, section "Blind set (issue 23)".
People who develop the checker's rules do not read the cases or the labels; the scorer prints figures, and
lists only alarms that have no label yet, for someone else to label.

`checker-dev2` (`labels/checker-dev2-cases.jsonl`, `labels/checker-dev2.jsonl`) is built, labelled and scored
the same way on rows in neither the blind set nor checker-precision; it is for developing the rules, so anyone
may read it (rule: DEV2_CASES below, and labels/README.md).
`checker-blind2`, `-blind3`, `-blind4`, `-blind5` are blind sets like the first (`eval/blind2.py` ... `blind5.py`)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from assistant.eval.datasets import DefactoRow, IIWRow, read_rows

LABELS_DIR = Path(__file__).resolve().parent / "labels"
CASES, LABELS = LABELS_DIR / "checker-blind-cases.jsonl", LABELS_DIR / "checker-blind.jsonl"
DEFACTO_FILE, IIW_FILE = "defacto-val.jsonl", "iiw400-dev.jsonl"

#: The selection rule. Rows are ordered by SHA-1 of SALT + id, after leaving out every row
#: earlier work is known to have read (see `labels/README.md`).
SALT = "issue-23-blind:"
#: DeFacto: positions among the rows with instructions that earlier work used by position:
#: the 129 labelled for checker precision (0-128; they also cover the first-40-rows pipeline
#: eval and the bench's offsets 0-40 and 100-115) and the bench's offset 200-215.
DEFACTO_USED = (range(0, 129), range(200, 215))
#: IIW: row positions earlier work used: the pipeline eval (0-29), compose development
#: (1-20) and benches (offsets 0-40, 100-115, 200-215), plus every row of the precision set.
IIW_USED = (range(0, 40), range(100, 115), range(200, 215))
IIW_ROWS = 12
IIW_NOTES = (3, 8)  # note lines per row: enough to compose, short enough to read every word

#: IIW human caption sentences: the first sentence of a row's human description that carries
#: at least half of a note's content stems (the precision set asks 70%, and its 21 rows are
#: every row that qualifies there), with the notes it carries; the first rows in hash order.
IIW_HUMAN_ROWS = 10
IIW_HUMAN_MATCH = 0.5

#: The second development set (`checker-dev2`): the same cases, labels and scorer, on rows in
#: neither the blind set nor checker-precision, so rules can be developed on it. Its rule:
#: every DeFacto row with instructions and a human summary left over, in file order (40 rows);
#: IIW rows in file order outside the positions in IIW_USED, with 3-8 note lines: the first
#: DEV2_IIW_ROWS composed as captions, and (since 40 DeFacto rows raise few alarms) the first
#: DEV2_HUMAN_ROWS with a human caption sentence that carries a note (`iiw_human_case`).
DEV2_CASES = LABELS_DIR / "checker-dev2-cases.jsonl"
DEV2_LABELS = LABELS_DIR / "checker-dev2.jsonl"
BLIND2_CASES, BLIND2_LABELS = LABELS_DIR / "checker-blind2-cases.jsonl", LABELS_DIR / "checker-blind2.jsonl"  # blind2.py
BLIND3_CASES, BLIND3_LABELS = LABELS_DIR / "checker-blind3-cases.jsonl", LABELS_DIR / "checker-blind3.jsonl"  # blind3.py
BLIND4_CASES, BLIND4_LABELS = LABELS_DIR / "checker-blind4-cases.jsonl", LABELS_DIR / "checker-blind4.jsonl"  # blind4.py
BLIND5_CASES, BLIND5_LABELS = LABELS_DIR / "checker-blind5-cases.jsonl", LABELS_DIR / "checker-blind5.jsonl"  # blind5.py
#: 4 rows first (caption-2026.12.04.1), 6 more on 2026-12-04 evening (caption-2026.12.04.2), 8 more
#: on 2026-12-05 (the prompt of that day; `made_by` says which). The builder skips cases already
#: built, so raising this and re-running `captions` adds the next rows.
DEV2_IIW_ROWS = 18
#: 6, then 12 on 2026-12-05, 24 and 36 on 2026-12-05 morning (45 rows have a case in all).
DEV2_HUMAN_ROWS = 36

SetName = Literal["checker-blind", "checker-dev2", "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5"]
Source = Literal["defacto", "iiw-human", "caption-full", "caption-terse", "caption-raw", "caption-old-full", "caption-old-terse",
                 "iiw-sentences", "caption-now-full", "caption-now-terse", "defacto-test", "defacto-test2", "caption-new-full",
                 "caption-new-terse", "iiw-new-human", "defacto-test3", "defacto-train", "defacto-train2", "caption-dci-full",
                 "caption-dci-terse", "defacto-train3", "defacto-train4", "defacto-train5", "caption-locnar-full",
                 "caption-locnar-terse", "caption-locnar2-full", "caption-locnar2-terse", "caption-locnar3-full",
                 "caption-locnar3-terse"]
SOURCES: tuple[Source, ...] = get_args(Source)


class Case(BaseModel):
    """One frozen check input."""

    model_config = ConfigDict(extra="forbid")
    id: str
    """<source>:<doc_id> (defacto, defacto-test*, defacto-train*), <source>:<image key> (the caption-* sources),
    <source>:<image key>#<sentence> (iiw-human, iiw-sentences, iiw-new-human)."""
    source: Source
    notes: str
    """The notes as the check reads them (one observation per line)."""
    draft: str
    """The text checked: the human summary (defacto, defacto-test*, defacto-train*) or the product's caption."""
    original: str | None = None
    """The response rewritten (defacto: the model's candidate); None for captions."""
    made_by: str = ""
    """For captions: the model and prompt version that composed the draft ("raw" for the raw
    model's; "... at <commit>" when older code composed it)."""


# ------------------------------------------------------------------ choosing rows


def _order(ids: Iterable[str]) -> list[str]:
    return sorted(ids, key=lambda i: hashlib.sha1((SALT + i).encode()).hexdigest())


def _used(position: int, ranges: tuple[range, ...]) -> bool:
    return any(position in r for r in ranges)


def mentioned(repo_texts: Iterable[str]) -> set[str]:
    """Every number and IIW key written anywhere in the repository's docs, tests, benches,
    labels and commit messages: a row named there was read by someone."""
    found: set[str] = set()
    for text in repo_texts:
        found |= set(re.findall(r"\b\d{2,5}\b|aar_test_\d+", text))
    return found


def defacto_candidates(data_dir: str | Path, named: set[str]) -> list[DefactoRow]:
    """DeFacto rows with instructions and a human summary nobody used by position or named,
    in the set's hash order."""
    rows = [r for _, r in read_rows(Path(data_dir) / DEFACTO_FILE, DefactoRow).rows if r.instructions()]
    free = {r.key: r for i, r in enumerate(rows)
            if not _used(i, DEFACTO_USED) and r.feedback.summary.strip() and r.key not in named}
    return [free[k] for k in _order(free)]


def iiw_candidates(data_dir: str | Path, named: set[str], precision_keys: set[str]) -> list[IIWRow]:
    """IIW rows nobody used by position, named, or put in the precision set, with 3-8 note
    lines, in the set's hash order."""
    rows = [r for _, r in read_rows(Path(data_dir) / IIW_FILE, IIWRow).rows]
    free = {r.key: r for i, r in enumerate(rows)
            if not _used(i, IIW_USED) and r.key not in named and r.key not in precision_keys
            and IIW_NOTES[0] <= len(r.note_lines()) <= IIW_NOTES[1]}
    return [free[k] for k in _order(free)]


def set_files(name: SetName) -> tuple[Path, Path]:
    """The cases and labels files of a labelled set."""
    return {"checker-dev2": (DEV2_CASES, DEV2_LABELS), "checker-blind2": (BLIND2_CASES, BLIND2_LABELS),
            "checker-blind3": (BLIND3_CASES, BLIND3_LABELS), "checker-blind4": (BLIND4_CASES, BLIND4_LABELS),
            "checker-blind5": (BLIND5_CASES, BLIND5_LABELS)}.get(name, (CASES, LABELS))


def row_key(case_id: str) -> str:
    """The dataset row a case or report id stands on: `caption-full:<key>`, `iiw:<key>#2` -> key."""
    return case_id.split(":", 1)[1].split("#")[0]


def taken_rows(data_dir: str | Path) -> set[str]:
    """`<source>:<row key>` of every row in the blind set (its cases file: ids only) or in
    checker-precision; source is defacto or iiw."""
    from assistant.eval.precision import select_reports  # noqa: PLC0415

    ids = [c.id for c in read_cases(CASES)] + [r.id for r in select_reports(data_dir)]
    return {("defacto:" if i.startswith("defacto:") else "iiw:") + row_key(i) for i in ids}


def dev2_defacto_rows(data_dir: str | Path, taken: set[str]) -> list[DefactoRow]:
    """Every DeFacto row with instructions and a human summary not taken, in file order."""
    rows = read_rows(Path(data_dir) / DEFACTO_FILE, DefactoRow).rows
    return [r for _, r in rows
            if r.instructions() and r.feedback.summary.strip() and f"defacto:{r.key}" not in taken]


def dev2_iiw_rows(data_dir: str | Path, taken: set[str]) -> list[IIWRow]:
    """IIW rows not taken and outside the positions earlier work used, with 3-8 note lines, in
    file order (the builder takes the first DEV2_IIW_ROWS, or DEV2_HUMAN_ROWS with a case)."""
    return [r for i, (_, r) in enumerate(read_rows(Path(data_dir) / IIW_FILE, IIWRow).rows)
            if not _used(i, IIW_USED) and f"iiw:{r.key}" not in taken
            and IIW_NOTES[0] <= len(r.note_lines()) <= IIW_NOTES[1]]


def defacto_case(row: DefactoRow, source: Source = "defacto") -> Case:
    return Case(id=f"{source}:{row.key}", source=source, notes="\n".join(row.instructions()),
                draft=row.feedback.summary, original=row.candidate)


def iiw_human_case(row: IIWRow, source: Source = "iiw-human") -> Case | None:
    """The row's first human caption sentence that carries a note, with the notes it carries
    (as `precision._iiw_report`, at IIW_HUMAN_MATCH)."""
    from assistant.eval.metrics import content_stems, coverage  # noqa: PLC0415
    from assistant.eval.precision import IIW_MIN_STEMS  # noqa: PLC0415
    from assistant.text import sentences  # noqa: PLC0415

    lines = [line for line in row.note_lines() if len(content_stems(line)) >= IIW_MIN_STEMS]
    for i, sent in enumerate(sentences(row.iiw)):
        carried = [line for line in lines if (coverage(line, sent.text) or 0) >= IIW_HUMAN_MATCH]
        if carried:
            return Case(id=f"{source}:{row.key}#{i}", source=source, notes="\n".join(carried), draft=sent.text)
    return None


def caption_cases(rows: list[IIWRow], spec, done: set[str] = frozenset(),
                  sources: tuple[Source, Source] = ("caption-full", "caption-terse")) -> Iterator[Case]:
    """Compose each row's caption from its full notes and from its terse notes (the only
    model calls of the set), one after the other in this process, as `sources` (full, terse);
    cases in `done` are skipped, so an interrupted build goes on where it stopped."""
    from assistant.compose import compose  # noqa: PLC0415
    from assistant.eval.terse import terse_task  # noqa: PLC0415

    for row in rows:
        for source, task in zip(sources, (row.task(), terse_task(row)), strict=True):
            if f"{source}:{row.key}" in done:
                continue
            draft = compose(task, spec, stream=False)
            yield Case(id=f"{source}:{row.key}", source=source, notes=task.notes, draft=draft.text,
                       made_by=f"{draft.model} {draft.prompt_version}")


def raw_caption_cases(rows: list[IIWRow], spec, done: set[str] = frozenset(), task=IIWRow.task) -> Iterator[Case]:
    """The caption the raw model writes from each row's `task` (full notes; blind5: `terse.terse_task`), the
    benchmark's raw baseline (`baseline.run_raw`: one chat message, no checker, no repair). It paraphrases where
    the product keeps the notes' words, so its alarms are of the kind older, freer prompts raise."""
    from assistant.eval.baseline import run_raw  # noqa: PLC0415

    for row in rows:
        if f"caption-raw:{row.key}" in done:
            continue
        text, _, _ = run_raw(task(row), spec)
        yield Case(id=f"caption-raw:{row.key}", source="caption-raw", notes=task(row).notes, draft=text,
                   made_by=f"{spec.model} raw")


def write_cases(cases: list[Case], path: Path | None = None) -> None:
    (path or CASES).write_text("".join(c.model_dump_json() + "\n" for c in cases), encoding="utf-8")


def read_cases(path: Path | None = None) -> list[Case]:
    path = path or CASES
    return [Case.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------ alarms and labels

#: Statuses that are not alarms; any other status (dropped, hedge_lost, contradicted, ...) is.
NOT_ALARMS = ("kept", "verify")
MissType = Literal["attribute_moved", "kind_changed", "relation_changed", "detail_dropped", "contradiction",
                   "unsupported", "hedge_lost"]


class AlarmLabel(BaseModel):
    """One hand label of one alarm the checker raised."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["alarm"] = "alarm"
    case: str
    kind: str
    """The fact status (dropped, hedge_lost, ...) or "unsupported"."""
    key: str
    """The note id (a fact's status) or the span text (unsupported)."""
    family: str
    """The rule family that raised it when it was labelled."""
    true: bool
    """True when a careful lead would want to be told."""
    reason: str


class MissLabel(BaseModel):
    """A real problem in a caption that the checker did not raise when the set was labelled."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["miss"] = "miss"
    case: str
    note: str | None = None
    """The id of the note it concerns, if any (n1, n2, ...)."""
    span: str
    """The draft's words that are wrong (a substring of the draft)."""
    problem: MissType
    reason: str


@dataclass
class Alarm:
    case: str
    kind: str
    key: str
    family: str
    tier: str
    text: str
    evidence: str
    start: int = -1
    end: int = -1
    extra_spans: list[tuple[int, int]] = field(default_factory=list)


def tier_of(x) -> str:
    """certain or check; a checker without tiers raises everything as certain."""
    return getattr(x, "tier", None) or "certain"


def alarms(case: Case) -> list[Alarm]:
    """Every alarm the current checker raises on the case."""
    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.eval.precision import fact_family, span_family  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    report = check_draft(split_notes(case.notes), case.draft, original=case.original)
    out = []
    for f in report.facts:
        if f.status in NOT_ALARMS:
            continue
        spans = [(s.start, s.end) for s in _spans_of(f)]
        out.append(Alarm(case.id, f.status, f.id, fact_family(f), tier_of(f), f.text, f.evidence, extra_spans=spans))
    for u in report.unsupported:
        out.append(Alarm(case.id, "unsupported", u.text, span_family(u.reason), tier_of(u), u.text, u.reason,
                         u.start, u.end))
    return out


def _spans_of(fact) -> list:
    """Spans of the draft a problem fact points at (any Span-valued field: a later checker may
    add some); `concerns` is for verify items, but is read too when present."""
    from assistant.check.report import Span  # noqa: PLC0415

    found = []
    for name in type(fact).model_fields:
        value = getattr(fact, name)
        values = value if isinstance(value, list) else [value]
        found += [v for v in values if isinstance(v, Span)]
    return found


def read_labels(path: Path | None = None) -> tuple[list[AlarmLabel], list[MissLabel]]:
    path = path or LABELS
    if not path.exists():
        return [], []
    alarm_labels: list[AlarmLabel] = []
    misses: list[MissLabel] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if '"type": "miss"' in line or '"type":"miss"' in line:
            misses.append(MissLabel.model_validate_json(line))
        else:
            alarm_labels.append(AlarmLabel.model_validate_json(line))
    return alarm_labels, misses


def _same(a: Alarm, lb: AlarmLabel) -> bool:
    """An alarm is a labelled one: the same note with a problem (its status may have been
    renamed, dropped -> contradicted), or a span inside or around the labelled span."""
    if a.case != lb.case:
        return False
    if a.kind == "unsupported" or lb.kind == "unsupported":
        return a.kind == lb.kind and (a.key in lb.key or lb.key in a.key)
    return a.key == lb.key


def find_label(a: Alarm, labels: list[AlarmLabel]) -> AlarmLabel | None:
    near = [lb for lb in labels if _same(a, lb)]
    exact = [lb for lb in near if lb.kind == a.kind and lb.key == a.key]
    return (exact or sorted(near, key=lambda lb: (lb.kind != a.kind, abs(len(lb.key) - len(a.key)))) or [None])[0]


def miss_raised(miss: MissLabel, case: Case, raised: list[Alarm]) -> bool:
    """A labelled miss is raised now: an alarm names its note, or an alarm's span of the draft
    overlaps the miss's words."""
    start = case.draft.find(miss.span)
    where = (start, start + len(miss.span)) if start >= 0 else None
    for a in raised:
        if miss.note and a.kind != "unsupported" and a.key == miss.note:
            return True
        spans = ([(a.start, a.end)] if a.start >= 0 else []) + a.extra_spans
        if where and any(s < where[1] and where[0] < e for s, e in spans):
            return True
    return False


# ------------------------------------------------------------------ figures

Progress = Callable[[int], None]


def run(cases_path: Path | None = None, labels_path: Path | None = None,
        progress: Progress | None = None) -> tuple[list[dict], dict]:
    """Re-run the current checker on the frozen cases and score it against the labels."""
    cases = read_cases(cases_path or CASES)
    alarm_labels, misses = read_labels(labels_path or LABELS)
    results: list[dict] = []
    raised: dict[str, list[Alarm]] = {}
    for case in cases:
        found = raised[case.id] = alarms(case)
        results.append({"case": case.id, "source": case.source,
                        "alarms": [_alarm_row(a, find_label(a, alarm_labels)) for a in found]})
        if progress:
            progress(1)
    by_id = {c.id: c for c in cases}
    flat = [a for x in results for a in x["alarms"]]
    figures = {
        "cases": {s: sum(c.source == s for c in cases) for s in SOURCES} | {"all": len(cases)},
        "all": _precision(flat),
        "by_source": {s: _precision([a for x in results if x["source"] == s for a in x["alarms"]]) for s in SOURCES},
        "by_kind": _grouped(flat, "kind"), "by_family": _grouped(flat, "family"),
        "by_tier": _grouped(flat, "tier"),
        "true_alarms_kept": _kept(alarm_labels, raised),
        "misses": _misses(misses, by_id, raised),
        "unlabelled": [a for a in flat if a["label"] is None],
        # scored by a label given to the note under another status (dropped -> contradicted):
        # the old verdict may not fit the new alarm, so these are listed to be labelled again
        "relabel": [a for a in flat if a["label"] is not None and a["label_kind"] != a["kind"]],
    }
    return results, figures


def _alarm_row(a: Alarm, label: AlarmLabel | None) -> dict:
    return {"case": a.case, "kind": a.kind, "key": a.key, "family": a.family, "tier": a.tier, "text": a.text,
            "evidence": a.evidence, "label": None if label is None else label.true,
            "label_kind": None if label is None else label.kind}


def _precision(rows: list[dict]) -> dict:
    labelled = [a for a in rows if a["label"] is not None]
    true = sum(a["label"] for a in labelled)
    return {"raised": len(rows), "labelled": len(labelled), "true": true,
            "precision": round(true / len(labelled), 4) if labelled else None}


def _grouped(rows: list[dict], key: str) -> dict:
    return {v: _precision([a for a in rows if a[key] == v]) for v in sorted({a[key] for a in rows})}


def _kept(labels: list[AlarmLabel], raised: dict[str, list[Alarm]]) -> dict:
    """Alarms labelled true that the checker still raises (recall of the labelled true ones)."""
    true = [lb for lb in labels if lb.true and lb.case in raised]
    kept = sum(any(_same(a, lb) for a in raised[lb.case]) for lb in true)
    return {"true_labelled": len(true), "still_raised": kept,
            "recall": round(kept / len(true), 4) if true else None}


def _misses(misses: list[MissLabel], cases: dict[str, Case], raised: dict[str, list[Alarm]]) -> dict:
    """Labelled misses on captions that the checker now raises."""
    known = [m for m in misses if m.case in cases]
    hit = [miss_raised(m, cases[m.case], raised[m.case]) for m in known]

    def share(sel: list[bool]) -> dict:
        return {"labelled": len(sel), "raised": sum(sel), "share": round(sum(sel) / len(sel), 4) if sel else None}

    return share(hit) | {
        "by_problem": {p: share([h for m, h in zip(known, hit) if m.problem == p])
                       for p in sorted({m.problem for m in known})},
        "by_source": {s: share([h for m, h in zip(known, hit) if cases[m.case].source == s])
                      for s in SOURCES if s.startswith("caption")},
    }
