"""The team workflow on the command line: `guideline show|set`, `quality` (agreement, gold
accuracy, the information-flow figure, edge cases), `team settings` and `gold add`.

Only argparse at import time: `check` and `compose` must start fast, so the database layer
loads inside each command.
"""

from __future__ import annotations

import sys

COMMANDS = ("guideline",)


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


def run(args, read_text) -> int:
    return {"guideline": cmd_guideline}[args.command](args, read_text)


def cmd_guideline(args, read_text) -> int:
    from assistant.app import db, guidelines, store  # noqa: PLC0415

    sessions = db.connect(args.db)
    with sessions() as s:
        project = store.get_project(s, args.project)
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

