"""The command line, and the composition root: the one module that reaches every layer
(engine, app, eval, and the UI for `serve`), each imported lazily so `check` starts fast.

Exit codes: 0 success (for `check`: the draft passes), 1 `check` found problems,
2 bad input or a failure the user must act on. Errors print one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from assistant import __version__
from assistant.app import team_commands
from assistant.errors import AssistantError, BadInputError, ModelOutputError, one_line, validation_line
from assistant.notes import MAX_NOTES_CHARS, MAX_RESPONSE_CHARS

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
#: Largest input file read (bytes); larger files are refused before reading them whole.
MAX_FILE_BYTES = 1_000_000


def read_text(path: str, what: str, limit: int | None = None) -> str:
    """A UTF-8 text file, or one clear BadInputError."""
    p = Path(path)
    if not p.exists():
        raise BadInputError(f"{what} file not found: {path}")
    if not p.is_file():
        raise BadInputError(f"{what} path is not a file: {path}")
    if p.stat().st_size > MAX_FILE_BYTES:
        raise BadInputError(f"{what} file is {p.stat().st_size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadInputError(f"{what} file is not UTF-8 text ({path}, byte {e.start})") from None
    if not text.strip():
        raise BadInputError(f"{what} file is empty: {path}")
    if limit is not None and len(text) > limit:
        raise BadInputError(f"{what} file has {len(text):,} characters; the limit is {limit:,} ({path})")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotation-assistant",
        description="Compose captions and response rewrites from annotators' notes; check every fact.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser(
        "compose",
        help="compose a caption or a rewrite from notes, checked against them",
        description="Compose a polished caption (--kind caption) or a rewrite of a model response "
        "(--kind rewrite) from terse notes. The draft is checked against the notes, repaired "
        "when it drops, alters or invents content, and questions are asked for missing details.",
    )
    c.add_argument("--kind", choices=["caption", "rewrite"], required=True, help="what to compose")
    c.add_argument("--notes", required=True, metavar="FILE",
                   help=f"notes file: one observation per line or bullet; ';' splits further (max {MAX_NOTES_CHARS:,} chars)")
    c.add_argument("--response", metavar="FILE", help=f"rewrite: the original model response (max {MAX_RESPONSE_CHARS:,} chars)")
    c.add_argument("--flags", default="", metavar="LIST",
                   help="rewrite: comma-separated error flags, e.g. hallucination,conciseness")
    c.add_argument("--prompt", metavar="FILE", help="rewrite: the user prompt the response answered")
    c.add_argument("--image", metavar="PATH_OR_URL", help="caption: the image, kept with the task for reference")
    _model_args(c)
    c.add_argument("--max-repairs", type=int, default=2, metavar="N", help="repair rounds when the check fails (default 2)")
    c.add_argument("--json", action="store_true", help="print one JSON object instead of readable text")

    k = sub.add_parser(
        "check",
        help="check a draft against notes (no LLM); exit 0 passes, 1 problems, 2 bad input",
        description="Check a draft against notes without any model: dropped or altered facts, "
        "lost hedges, unsupported content. With --response the draft is checked as a rewrite "
        "of that response. Exit 0 when the draft passes, 1 when it has problems, 2 on bad input.",
    )
    k.add_argument("--notes", required=True, metavar="FILE", help="notes file")
    k.add_argument("--draft", required=True, metavar="FILE", help="the draft to check")
    k.add_argument("--response", metavar="FILE", help="the original response, for rewrites")
    k.add_argument("--json", action="store_true", help="print the check object as JSON")

    e = sub.add_parser(
        "eval",
        help="measure draft faithfulness on real annotations, or the checker's accuracy",
        description="Evaluate on public annotation data. iiw: compose captions from IIW-400 object notes "
        "and measure fact recall, lost hedges, unsupported content, questions, repairs, latency, and the "
        "checker's agreement with two independent referees (word overlap, and an LLM judge). defacto: rewrite DeFacto summaries from their "
        "instructions and measure compliance, similarity to the human rewrite (chrF, token F1) and how much "
        "of the original is kept, and whether every unmet instruction is in the check. checker: generate drafts with known defects and faithful variants from "
        "IIW-400 notes and measure the checker's recall per defect and its false alarms (no model).",
    )
    e.add_argument("--dataset", choices=["iiw", "defacto", "checker"], required=True,
                   help="which evaluation (checker reads IIW-400 rows too)")
    e.add_argument("--path", required=True, metavar="FILE", help="the dataset's JSONL file")
    e.add_argument("--limit", type=int, metavar="N", help="evaluate only the first N valid rows")
    _model_args(e)
    e.add_argument("--judge", metavar="M",
                   help="iiw: model for the independent judge (default: the --model); 'none' skips it")
    e.add_argument("--seed", type=int, default=0, help="checker: seed of the generated defects (default 0)")
    e.add_argument("--json", action="store_true", help="print the summary as JSON")
    e.add_argument("--out", metavar="DIR", help="also write rows.jsonl, summary.json and report.md to DIR")
    _app_commands(sub)
    return parser


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL",
                   help="SQLAlchemy database URL (sqlite:///file.db, postgresql+psycopg://...); default: "
                   "$ANNOTATION_ASSISTANT_DB, else a SQLite file in the data folder")


def _app_commands(sub) -> None:
    s = sub.add_parser("serve", help="start the web app (annotator workspace and lead review)",
                       description="Start the web app on the embedded model by default. On a database with "
                       "no accounts yet it creates a lead and an annotator and prints their passwords once; "
                       "on one with no projects it adds sample projects. More accounts: 'user add'.")
    s.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    s.add_argument("--no-samples", action="store_true", help="do not add the sample projects on a first run")
    _model_args(s)
    _db_arg(s)

    u = sub.add_parser("user", help="manage accounts", description="Manage the app's accounts.")
    usub = u.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    ua = usub.add_parser("add", help="create an account (the password is asked, or read from $ANNOTATION_ASSISTANT_PASSWORD)",
                         description="Create an account. The password is asked twice on a terminal, or read from "
                         "$ANNOTATION_ASSISTANT_PASSWORD; it is stored hashed (scrypt).")
    ua.add_argument("name", help="sign-in name")
    ua.add_argument("--role", choices=["annotator", "lead"], required=True, help="what the account may do")
    _db_arg(ua)
    up = usub.add_parser("password", help="set a new password (asked, or read from $ANNOTATION_ASSISTANT_PASSWORD)",
                         description="Set an account's password. It is asked twice on a terminal, or read from "
                         "$ANNOTATION_ASSISTANT_PASSWORD.")
    up.add_argument("name", help="sign-in name")
    _db_arg(up)

    pr = sub.add_parser("project", help="manage projects", description="Manage projects.")
    psub = pr.add_subparsers(dest="project_command", required=True, metavar="ACTION")
    pa = psub.add_parser("add", help="create a project", description="Create a project of one kind with a "
                         "guideline checklist and a flag taxonomy.")
    pa.add_argument("name", help="project name")
    pa.add_argument("--kind", choices=["caption", "rewrite"], required=True, help="what its tasks produce")
    pa.add_argument("--checklist", metavar="NAME_OR_PATH", help="guideline checklist (default: the kind's own)")
    pa.add_argument("--flags", metavar="LIST", help="rewrite: comma-separated flags offered (default: all)")
    _db_arg(pa)

    i = sub.add_parser("import", help="import tasks into a project from JSONL (or a folder of images)",
                       description="Import tasks. JSONL, one task per line: caption {\"id\", \"image\"} (path "
                       "relative to the file, or a URL); rewrite {\"id\", \"prompt\", \"response\"}. For a "
                       "caption project FILE may also be a folder of images. Bad lines are skipped and reported.")
    i.add_argument("--project", required=True, metavar="P", help="project name")
    i.add_argument("file", metavar="FILE", help="JSONL file or folder of images")
    _db_arg(i)
    team_commands.add_parsers(sub, _db_arg)


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="M",
                   help="litellm model string (openai/gpt-4o-mini, ollama/llama3, ...) or 'embedded'; "
                   "default: $ANNOTATION_ASSISTANT_MODEL, else embedded")
    p.add_argument("--api-base", metavar="URL",
                   help="base URL of an OpenAI-compatible server; default: $ANNOTATION_ASSISTANT_API_BASE")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "eval":
            return cmd_eval(args, argv)
        if args.command == "serve":
            from assistant_ui.serve import cmd_serve  # noqa: PLC0415 - the UI loads only to serve

            return cmd_serve(args)
        if args.command in team_commands.COMMANDS:
            return team_commands.run(args, read_text)
        if args.command in ("user", "project", "import"):
            from assistant.app import commands  # noqa: PLC0415

            return getattr(commands, f"cmd_{args.command}")(args)
        return cmd_compose(args)
    except ModelOutputError as e:
        print(f"error: {e} (last output: {e.last_output[:200]!r})", file=sys.stderr)
        return EXIT_BAD_INPUT
    except AssistantError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # a bug or a library failure: still one line, never a traceback
        if os.environ.get("ANNOTATION_ASSISTANT_DEBUG"):
            raise
        detail = one_line(e)
        print(f"error: unexpected {type(e).__name__}: {detail} (set ANNOTATION_ASSISTANT_DEBUG=1 for the traceback)",
              file=sys.stderr)
        return EXIT_BAD_INPUT


def _task_from_args(args):
    from pydantic import ValidationError  # noqa: PLC0415

    from assistant.notes import CaptionTask, RewriteTask, parse_flags  # noqa: PLC0415

    notes = read_text(args.notes, "notes", MAX_NOTES_CHARS)
    try:
        if args.kind == "caption":
            if args.response or args.flags or args.prompt:
                raise BadInputError("--response, --flags and --prompt are for --kind rewrite")
            return CaptionTask(notes=notes, image=args.image)
        if not args.response:
            raise BadInputError("--kind rewrite needs --response FILE")
        return RewriteTask(
            notes=notes,
            response=read_text(args.response, "response", MAX_RESPONSE_CHARS),
            prompt=read_text(args.prompt, "prompt", MAX_RESPONSE_CHARS) if args.prompt else None,
            flags=parse_flags(args.flags),
        )
    except ValidationError as e:
        raise BadInputError(validation_line(e)) from None


def cmd_compose(args) -> int:
    from assistant import llm  # noqa: PLC0415
    from assistant.compose import compose  # noqa: PLC0415

    task = _task_from_args(args)
    spec = llm.resolve_spec(args.model, args.api_base)
    llm.validate(spec)
    if args.max_repairs < 0:
        raise BadInputError("--max-repairs must be 0 or more")
    draft = compose(task, spec, max_repairs=args.max_repairs)
    if args.json:
        print(json.dumps(draft.contract(), ensure_ascii=False, indent=2))
    else:
        from assistant.report import render_draft  # noqa: PLC0415

        print(render_draft(draft))
    return EXIT_OK


def cmd_check(args) -> int:
    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    notes = read_text(args.notes, "notes", MAX_NOTES_CHARS)
    observations = split_notes(notes)
    if not observations:
        raise BadInputError(f"notes file has no observations: {args.notes}")
    draft = read_text(args.draft, "draft", MAX_RESPONSE_CHARS)
    original = read_text(args.response, "response", MAX_RESPONSE_CHARS) if args.response else None
    report = check_draft(observations, draft, original=original)
    if args.json:
        print(json.dumps(report.contract(), ensure_ascii=False, indent=2))
    else:
        from assistant.report import render_check  # noqa: PLC0415

        print(render_check(report))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_eval(args, argv: list[str] | None) -> int:
    import shlex  # noqa: PLC0415

    from assistant.eval.report import markdown, write_outputs  # noqa: PLC0415
    from assistant.eval.run import evaluate  # noqa: PLC0415

    if args.limit is not None and args.limit < 1:
        raise BadInputError("--limit must be 1 or more")
    command = "annotation-assistant " + shlex.join(sys.argv[1:] if argv is None else argv)
    results, summary = evaluate(args.dataset, args.path, limit=args.limit, model=args.model,
                                api_base=args.api_base, judge=args.judge, seed=args.seed, command=command)
    if args.out:
        for path in write_outputs(args.out, results, summary):
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(markdown(summary))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
