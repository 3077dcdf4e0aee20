"""Public datasets as batch task lines (our TaskLine schema), to draft them with `batch`.

IIW-400: one caption task per row; the notes are the object descriptions as eval reads them
(one note per description sentence, the object's label leading), the image is the row's
image key (IIW ships keys, not files). DeFacto: one rewrite task per row; the notes are the
annotator's instructions, the flags come from the error labels.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.eval.datasets import DefactoRow, IIWRow, read_rows
from assistant.records import TaskLine


def task_lines(dataset: str, path: str | Path, limit: int | None = None) -> list[TaskLine]:
    """One task per row that has notes (a DeFacto row without instructions has nothing to
    rewrite from, and is left out)."""
    if dataset == "iiw":
        return [TaskLine(id=row.key or f"line-{n}", kind="caption", notes=notes, image=row.key or None)
                for n, row in read_rows(path, IIWRow, limit=limit).rows if (notes := "\n".join(row.note_lines()))]
    return [TaskLine(id=row.key or f"line-{n}", kind="rewrite", notes=notes, response=row.candidate, flags=row.flags())
            for n, row in read_rows(path, DefactoRow, limit=limit).rows if (notes := "\n".join(row.instructions()))]


def write_task_lines(dataset: str, path: str | Path, out: str | Path, limit: int | None = None) -> int:
    lines = task_lines(dataset, path, limit)
    Path(out).write_text("".join(json.dumps(t.model_dump(exclude_defaults=True), ensure_ascii=False) + "\n"
                                 for t in lines), encoding="utf-8")
    return len(lines)
