"""One quality report of a project, as data (for JSON and export summaries) and as text."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assistant.app import assignment, quality
from assistant.app.db import Project


def report(session: Session, project: Project) -> dict[str, Any]:
    return {
        "project": project.name,
        "settings": assignment.settings(session, project).model_dump(),
        "gold_accuracy": quality.gold_accuracy(session, project),
        "agreement": quality.agreement_by_pair(items := quality.agreement(session, project)),
        "items": [it.model_dump() for it in items],
        "information_flow": {"definition": quality.FLOW_DEFINITION,
                             "rows": quality.information_flow(session, project),
                             "over_time": quality.flow_over_time(session, project)},
    }


def _table(rows: list[dict]) -> list[str]:
    if not rows:
        return ["  (none yet)"]
    keys = list(rows[0])
    return ["  " + " | ".join(keys)] + ["  " + " | ".join("-" if r[k] is None else str(r[k]) for k in keys) for r in rows]


def as_text(data: dict[str, Any]) -> str:
    s = data["settings"]
    lines = [f"{data['project']}: k = {s['annotators_per_item']} annotator(s) per item, gold rate {s['gold_rate']}",
             "", "Accuracy on gold tasks (fact recall of the reference notes; contradictions, a wrong count, colour, "
             "side or negation; omissions), fewest contradictions first:",
             *_table(data["gold_accuracy"]),
             "", "Dual annotation, fact-level agreement of the notes per pair and for the project:",
             *_table(data["agreement"]),
             "", "Information flow: new facts per active minute; edge cases per 100 tasks:",
             *_table(data["information_flow"]["rows"]),
             "", "Definition: " + data["information_flow"]["definition"]]
    return "\n".join(lines)
