"""The team workflow on the command line: `guideline show|set`, `quality` (agreement, gold
accuracy, the information-flow figure, edge cases), `team settings` and `gold add`.

Only argparse at import time: `check` and `compose` must start fast, so the database layer
loads inside each command.
"""

from __future__ import annotations

import sys

COMMANDS = ("guideline", "quality")


def add_parsers(sub, db_arg) -> None:
    g = sub.add_parser("guideline", help="show or edit a project's versioned guideline",
                       description="Show or edit a project's guideline (guidance, checklist items, flags). "
                       "Every edit is a new version; later drafts record the version they used.")
    gsub = g.add_subparsers(dest="guideline_command", required=True, metavar="ACTION")
    gs = gsub.add_parser("show", help="print a version (default: the current one)")
    gs.add_argument("--project", required=True, metavar="P", help="project name")
    gs.add_argument("--version", type=int, metavar="N", dest="guideline_version", help="version number")
    gs.add_argument("--items", action="store_true", help="print the checklist as editable `id | question | cues` lines")
    db_arg(gs)
    ge = gsub.add_parser("set", help="save a new version with the given parts replaced")
    ge.add_argument("--project", required=True, metavar="P", help="project name")
    ge.add_argument("--text", metavar="FILE", help="guidance text")
    ge.add_argument("--items", metavar="FILE", help="checklist lines `id | question | cue, cue`")
    ge.add_argument("--flags", metavar="LIST", help="rewrite: comma-separated flags the project uses")
    db_arg(ge)


    q = sub.add_parser("quality", help="team quality: settings, gold tasks, and the figures report",
                       description="Dual annotation (k per item), gold tasks, and the quality report: agreement "
                       "per pair, accuracy on gold tasks, new facts per active minute, edge cases per 100 tasks.")
    qsub = q.add_subparsers(dest="quality_command", required=True, metavar="ACTION")
    qr = qsub.add_parser("report", help="print a project's quality figures")
    qr.add_argument("--project", required=True, metavar="P", help="project name")
    qr.add_argument("--json", action="store_true", help="print JSON")
    db_arg(qr)
    qs = qsub.add_parser("settings", help="set annotators per item (k) and the gold rate")
    qs.add_argument("--project", required=True, metavar="P", help="project name")
    qs.add_argument("--k", type=int, required=True, help="annotators per item: 1 or 2")
    qs.add_argument("--gold-rate", type=float, default=0.0, help="share of each annotator's tasks that are gold (0-0.5)")
    db_arg(qs)
    qg = qsub.add_parser("gold", help="mark a task as gold with its reference notes")
    qg.add_argument("--task", type=int, required=True, help="task id")
    qg.add_argument("--reference", required=True, metavar="FILE", help="reference notes")
    db_arg(qg)


def run(args, read_text) -> int:
    return {"guideline": cmd_guideline, "quality": cmd_quality}[args.command](args, read_text)


def cmd_quality(args, read_text) -> int:
    import json  # noqa: PLC0415

    from assistant.app import assignment, db, projects, quality_report  # noqa: PLC0415
    from assistant.app.browse import describe  # noqa: PLC0415
    from assistant.app.db import Task  # noqa: PLC0415
    from assistant.errors import BadInputError  # noqa: PLC0415

    sessions = db.connect(args.db)
    with sessions() as s:
        if args.quality_command == "gold":
            task = s.get(Task, args.task)
            if task is None:
                raise BadInputError(f"no task {args.task}")
            assignment.mark_gold(s, task, None, read_text(args.reference, "reference notes"))
            print(f"{describe(task)} is gold", file=sys.stderr)
            return 0
        project = projects.get_project(s, args.project)
        if args.quality_command == "settings":
            found = assignment.set_settings(s, project, None, args.k, args.gold_rate)
            print(f"{project.name}: k = {found.annotators_per_item}, gold rate = {found.gold_rate}", file=sys.stderr)
            return 0
        report = quality_report.report(s, project)
    print(json.dumps(report, indent=2) if args.json else quality_report.as_text(report))
    return 0


def cmd_guideline(args, read_text) -> int:
    from assistant.app import db, guidelines, projects  # noqa: PLC0415

    sessions = db.connect(args.db)
    with sessions() as s:
        project = projects.get_project(s, args.project)
        if args.guideline_command == "show":
            g = (guidelines.get(s, project, args.guideline_version) if args.guideline_version
                 else guidelines.current(s, project))
            print(guidelines.items_text(g) if args.items else guidelines.as_text(project, g))
            return 0
        g = guidelines.save(
            s, project, None,
            text=read_text(args.text, "guideline text") if args.text else None,
            items=read_text(args.items, "checklist") if args.items else None,
            flags=[f for f in args.flags.split(",") if f.strip()] if args.flags is not None else None,
            note="edited on the command line")
    print(f"saved the {project.name!r} guideline as version {g.version}", file=sys.stderr)
    return 0

