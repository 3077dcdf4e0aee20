"""What each command of the engine does (compose, check, eval, export, schema, batch,
convert); the app's commands are in assistant/app/commands.py and team_commands.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant import kinds
from assistant.errors import BadInputError
from assistant.notes import MAX_NOTES_CHARS, MAX_RESPONSE_CHARS, parse_flags

from .parser import METAVARS, kind_options

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


def _task_from_args(args):
    notes = read_text(args.notes, "notes", MAX_NOTES_CHARS)
    kind = kinds.get(args.kind)
    mine = {f.name for f in kind.fields}
    for option, (spec, used_by) in kind_options().items():
        if spec.name not in mine and getattr(args, spec.name):
            raise BadInputError(f"{option} is for --kind {' or --kind '.join(used_by)}")
    values = {}
    for spec in kind.fields:
        value = getattr(args, spec.name)
        if kind.needs(spec.name) and not value:
            raise BadInputError(f"--kind {kind.name} needs --{spec.name.replace('_', '-')} {METAVARS[spec.type]}")
        if value and spec.type == "long_text":
            value = read_text(value, spec.name.replace("_", " "), MAX_RESPONSE_CHARS)
        elif spec.type == "flags":
            value = parse_flags(value)
        values[spec.name] = value
    return kind.build(values, notes, values)


def cmd_compose(args) -> int:
    from assistant import llm  # noqa: PLC0415

    task = _task_from_args(args)
    spec = llm.resolve_spec(args.model, args.api_base)
    llm.validate(spec)
    if args.max_repairs < 0:
        raise BadInputError("--max-repairs must be 0 or more")
    if args.interactive and args.json:
        raise BadInputError("--interactive talks on the terminal; it does not combine with --json")
    live = sys.stderr if not args.json and sys.stderr.isatty() else None
    draft = _compose_streamed(task, spec, args.max_repairs, live)
    while args.interactive and draft.questions:
        answered = _ask_on_terminal(task, draft)
        if answered is None:
            break
        task = answered
        draft = _compose_streamed(task, spec, args.max_repairs, live)
    if args.json:
        print(json.dumps(draft.contract(), ensure_ascii=False, indent=2))
    else:
        from assistant.report import render_draft  # noqa: PLC0415

        print(render_draft(draft))
        if args.interactive:
            print(f"\nnotes now:\n{task.notes}")
    return EXIT_OK


def _compose_streamed(task, spec, max_repairs: int, live):
    """Compose, showing the draft on `live` (a terminal's stderr) as it is written."""
    from assistant.compose import FinalDraft, TextDelta, compose_events, unanswered  # noqa: PLC0415

    from assistant import llm  # noqa: PLC0415

    draft = None
    for event in compose_events(task, llm.started(spec), max_repairs=max_repairs):
        if isinstance(event, TextDelta) and live:
            print(event.delta, end="", file=live, flush=True)
        elif isinstance(event, FinalDraft):
            draft = event.draft
    if live:
        print("\n", file=live, flush=True)
    if draft is not None and (empty := unanswered(draft)) is not None:
        raise empty
    return draft


def _ask_on_terminal(task, draft):
    """The draft's questions, answered on the terminal. An answer that refines a note is
    proposed as an edit of that note and applied only when confirmed; other answers become new
    notes. None when nothing was answered (the loop ends)."""
    from assistant.questions import answer_note, apply_note_edit, load_checklist, propose_edit  # noqa: PLC0415

    checklist = load_checklist(task.kind)
    notes, answered = task.notes, False
    print("\nquestions (Enter skips one):", file=sys.stderr)
    for q in draft.questions:
        try:
            answer = input(f"  {q.id}. {q.question}\n  > ").strip()
        except EOFError:
            break
        if not answer:
            continue
        edit = propose_edit(q, answer, draft.observations)
        if edit is not None:
            try:
                ok = input(f"  change {edit.note} from {edit.before!r} to {edit.after!r}? [Y/n] ").strip().lower()
            except EOFError:
                ok = "n"
            if ok in ("", "y", "yes"):
                notes, answered = apply_note_edit(notes, edit), True
                continue
        notes, answered = notes.rstrip("\n") + "\n" + answer_note(q.question, answer, checklist), True
    return task.model_copy(update={"notes": notes}) if answered else None


def cmd_check(args) -> int:
    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    notes = read_text(args.notes, "notes", MAX_NOTES_CHARS)
    observations = split_notes(notes)
    if not observations:
        raise BadInputError(f"notes file has no observations: {args.notes}")
    draft = read_text(args.draft, "draft", MAX_RESPONSE_CHARS)
    if args.kind:  # the kind's own check, with its fields (a comparison's choice and sides)
        report = kinds.get(args.kind).check(_task_from_args(args), draft)
    else:  # the notes alone, or as a rewrite of --response: no compose module to load
        for option, (spec, used_by) in kind_options().items():
            if spec.name != "response" and getattr(args, spec.name):
                raise BadInputError(f"{option} is for --kind {' or --kind '.join(used_by)}: add --kind")
        original = read_text(args.response, "response", MAX_RESPONSE_CHARS) if args.response else None
        report = check_draft(observations, draft, original=original)
    if args.json:
        print(json.dumps(report.contract(), ensure_ascii=False, indent=2))
    else:
        from assistant.report import render_check  # noqa: PLC0415

        print(render_check(report))
    return EXIT_OK if report.certain_ok else EXIT_PROBLEMS  # "have a look" items alone do not fail


def cmd_eval(args, argv: list[str] | None) -> int:
    import shlex  # noqa: PLC0415

    from assistant.eval.report import markdown, write_outputs  # noqa: PLC0415
    from assistant.eval.run import evaluate  # noqa: PLC0415

    if args.limit is not None and args.limit < 1:
        raise BadInputError("--limit must be 1 or more")
    command = "annotation-assistant " + shlex.join(sys.argv[1:] if argv is None else argv)
    if args.baseline and args.dataset == "checker":
        raise BadInputError("--baseline is for --dataset iiw or defacto")
    if args.offset < 0:
        raise BadInputError("--offset must be 0 or more")
    if args.notes == "terse" and not (args.baseline and args.dataset == "iiw"):
        raise BadInputError("--notes terse is for --dataset iiw --baseline raw")
    results, summary = evaluate(args.dataset, args.path, limit=args.limit, model=args.model,
                                api_base=args.api_base, judge=args.judge, seed=args.seed, command=command,
                                baseline=args.baseline, offset=args.offset, notes=args.notes)
    if args.out:
        for path in write_outputs(args.out, results, summary):
            print(f"wrote {path}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(markdown(summary))
    return EXIT_OK


def cmd_export(args) -> int:
    if args.batch:
        from assistant import formats  # noqa: PLC0415
        from assistant.batch import export_record, read_results  # noqa: PLC0415

        records = [export_record(r, n) for n, r in enumerate(read_results(args.batch), start=1)]
        if args.kind:
            records = [r for r in records if r.kind == args.kind]
        formats.write(records, args.format, args.out, images=_image_links(args))
        print(f"exported {len(records)} batch result(s) of {args.batch} to {args.out} ({args.format})")
        return EXIT_OK
    from assistant.app import db, projects, quality  # noqa: PLC0415
    from assistant.app.export import export_project  # noqa: PLC0415

    with db.connect(args.db)() as s:
        count = export_project(s, args.project, args.format, args.out, args.status,
                               include_gold=getattr(args, "include_gold", False), images=_image_links(args))
        summary = quality.flow_summary(s, projects.get_project(s, args.project))
    print(f"exported {count} {args.status} task(s) of {args.project!r} to {args.out} ({args.format})")
    print(summary)
    return EXIT_OK


def _image_links(args):
    from assistant.label_studio import ImageLinks  # noqa: PLC0415

    root, prefix = getattr(args, "image_root", None), getattr(args, "image_url_prefix", None)
    if root and not Path(root).is_dir():
        raise BadInputError(f"--image-root {root} is not a folder")
    return ImageLinks(Path(root) if root else None, prefix) if root or prefix else None


def cmd_schema(args) -> int:
    from assistant.batch import BatchResult  # noqa: PLC0415
    from assistant.records import ExportRecord, TaskLine  # noqa: PLC0415

    model = {"record": ExportRecord, "task": TaskLine, "result": BatchResult}[args.of]
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_batch(args) -> int:
    from assistant import llm  # noqa: PLC0415
    from assistant.batch import effective_concurrency, run_batch  # noqa: PLC0415

    spec = llm.resolve_spec(args.model, args.api_base)
    if args.fallback_model:
        spec = spec.model_copy(update={"fallback": llm.ModelSpec(model=args.fallback_model,
                                                                 api_base=args.fallback_api_base)})
        llm.validate(spec.fallback)
    llm.validate(spec)
    concurrency = effective_concurrency(spec, args.concurrency)
    if concurrency < args.concurrency:
        print(f"note: the embedded model runs one task at a time (asked for {args.concurrency})", file=sys.stderr)
    sessions = project = checklist = None
    if args.into_project:  # fail on a missing project before drafting anything
        from assistant.app import db, guidelines, projects  # noqa: PLC0415

        sessions = db.connect(args.db)
        with sessions() as s:
            project = projects.get_project(s, args.into_project)
            # pre-drafts ask what the project's guideline asks, as a draft composed in the app does
            checklist = guidelines.checklist(project, guidelines.current(s, project))
    summary = run_batch(args.in_path, args.out, spec, concurrency=concurrency, progress=not args.no_progress,
                        processes=args.processes, checklist=checklist)
    for warning in summary.warnings[:20]:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    if sessions is not None and project is not None:
        from assistant.app.predraft import store_predrafts  # noqa: PLC0415

        with sessions() as s:
            result = store_predrafts(s, s.merge(project), args.out, Path(args.in_path).parent)
        print(f"stored {result.imported} pre-drafted task(s) in {project.name!r}"
              + (f"; not stored {len(result.skipped)} (first: {result.problems(1)[0]})" if result.skipped else ""),
              file=sys.stderr)
    return EXIT_OK


def cmd_convert(args) -> int:
    from assistant.eval.convert import write_task_lines  # noqa: PLC0415

    count = write_task_lines(args.dataset, args.path, args.out, limit=args.limit)
    print(f"wrote {count} task line(s) to {args.out}", file=sys.stderr)
    return EXIT_OK
