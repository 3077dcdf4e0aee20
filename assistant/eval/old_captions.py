"""The `caption-old-full` / `caption-old-terse` source of checker-dev2: captions composed by the
caption prompt that composed the blind set's captions, which paraphrased more than today's.

This code makes the notes (`IIWRow.task`, `eval/terse.py`) and freezes the answers; the old code
composes, in a worktree of OLD_COMMIT with its own venv (`bench/build_blind.py`, `old-tasks`
and `old`, says how). The rows: `labels/README.md`, "Second development set".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from assistant.eval.blind import Case
from assistant.eval.datasets import IIWRow

#: The rows: the next DEV2_OLD_ROWS of `blind.dev2_iiw_rows` after the first DEV2_IIW_ROWS, each
#: from its full and its terse notes (`caption-old-full:<key>`, `caption-old-terse:<key>`).
OLD_COMMIT = "a827c51"
OLD_PROMPT = "caption-2026.11.30.2"
DEV2_OLD_ROWS = 24


def old_caption_tasks(rows: list[IIWRow]) -> Iterator[dict]:
    """What the old code is asked to compose: `{id, notes}` for each row's full and terse notes
    (the notes made by this code, so they are the same kind as the blind set's)."""
    from assistant.eval.terse import terse_task  # noqa: PLC0415

    for row in rows:
        for source, task in (("caption-old-full", row.task()), ("caption-old-terse", terse_task(row))):
            yield {"id": f"{source}:{row.key}", "notes": task.notes}


def old_caption_cases(tasks: Iterable[dict], composed: Iterable[dict]) -> Iterator[Case]:
    """Freeze the old code's answers (`{id, draft, made_by}`, made_by "<model> <prompt version>")
    as cases; an answer from another prompt version is refused, so the source holds only the old
    prompt's captions."""
    answers = {a["id"]: a for a in composed}
    for task in tasks:
        answer = answers.get(task["id"])
        if answer is None:
            continue
        if not answer["made_by"].endswith(OLD_PROMPT):
            raise ValueError(f"{task['id']} was composed by {answer['made_by']!r}, not {OLD_PROMPT}")
        yield Case(id=task["id"], source=task["id"].split(":", 1)[0], notes=task["notes"], draft=answer["draft"],
                   made_by=f"{answer['made_by']} at {OLD_COMMIT}")
