"""The closed sets of the team app in one place: task statuses and history event kinds.

The columns stay plain strings in the database (a new status needs no schema change); code
that writes or branches on them uses these names, so a typo is a type error, not a task that
silently drops out of every queue.
"""

from __future__ import annotations

from typing import Literal, get_args

TaskStatus = Literal[
    "open", "in_progress", "submitted", "approved", "rejected", "returned",
    "escalated",  # an annotator raised an edge case; waiting for a lead's answer
    "unresolvable",  # a lead marked the edge case as not answerable; final, kept in exports
]
TASK_STATUSES: tuple[TaskStatus, ...] = get_args(TaskStatus)
#: Statuses a lead's queue lists when no status filter is chosen.
REVIEWABLE: tuple[TaskStatus, ...] = ("submitted", "approved", "rejected", "returned", "escalated", "unresolvable")
#: Statuses of work that is finished: submitted for review, or decided.
DONE: tuple[TaskStatus, ...] = ("submitted", "approved", "rejected")

EventKind = Literal[
    "claim", "notes", "draft", "draft_failed", "edit", "question", "answer", "submit", "decision",
    "edge_case",  # data: {note: id or "", note_text, reason}
    "edge_answer",  # data: {answer: EdgeAnswer, edge_event: id}
    "adjudication",  # text: the adjudicated final text; data: {notes, tasks: [ids]}
    "rejected",  # a save that could not land (a stale version, a lost hold): what was typed, kept
]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)

#: A lead's answer to an edge case.
EdgeAnswer = Literal["resolve", "send_back", "unresolvable"]
EDGE_ANSWERS: tuple[EdgeAnswer, ...] = get_args(EdgeAnswer)
