"""The command line's arguments: every command, its options and help."""

from __future__ import annotations

import argparse

from assistant import __version__, kinds
from assistant.formats import FORMATS
from assistant.app import team_commands
from assistant.notes import MAX_NOTES_CHARS, MAX_RESPONSE_CHARS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotation-assistant",
        description="Compose captions and response rewrites from annotators' notes; check every fact.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser(
        "compose",
        help="compose a " + " or a ".join(k.output for k in kinds.KINDS.values()) + " from notes, checked against them",
        description="Compose from terse notes: " + "; ".join(f"--kind {k.name}: {k.summary}" for k in kinds.KINDS.values())
        + ". The draft is checked against the notes, repaired when it drops, alters or invents content, and "
        "questions are asked for missing details.",
    )
    c.add_argument("--kind", choices=kinds.NAMES, required=True, help="what to compose")
    c.add_argument("--notes", required=True, metavar="FILE",
                   help=f"notes file: one observation per line or bullet; ';' splits further (max {MAX_NOTES_CHARS:,} chars)")
    _kind_args(c)
    _model_args(c)
    c.add_argument("--max-repairs", type=int, default=1, metavar="N",
                   help="patch rounds when the check fails: 1 patches only what is missing, 0 none (default 1)")
    c.add_argument("--interactive", action="store_true",
                   help="ask the draft's questions on the terminal, fold the answers into the notes (an answer "
                   "that refines a note is shown as an edit to confirm), and compose again")
    c.add_argument("--json", action="store_true", help="print one JSON object instead of readable text")

    k = sub.add_parser(
        "check",
        help="check a draft against notes (no LLM); exit 0 no certain problem, 1 certain problems, 2 bad input",
        description="Check a draft against notes without any model: dropped or altered facts, "
        "lost hedges, unsupported content. With --response the draft is checked as a rewrite "
        "of that response; with --kind, as that kind checks it, given the kind's fields as for compose "
        "(--kind comparison adds the choice check: the verdict and the side of every reason). "
        "Exit 0 when the draft has no certain problem (items to have a look at may "
        "remain: the words differ, often a rewording), 1 when it has a certain problem (a number, "
        "name, colour, direction, negation or quote that differs, a contradiction, an edit not made, "
        "a lost hedge), 2 on bad input.",
    )
    k.add_argument("--notes", required=True, metavar="FILE", help="notes file")
    k.add_argument("--draft", required=True, metavar="FILE", help="the draft to check")
    k.add_argument("--kind", choices=kinds.NAMES, help="check as this kind (default: rewrite with --response, "
                   "else caption)")
    _kind_args(k)
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
    e.add_argument("--dataset", choices=["iiw", "defacto", "terse-hand", "checker", "checker-precision", "checker-blind",
                                         "checker-dev2", "checker-blind2", "checker-blind3", "checker-blind4", "checker-blind5"],
                   required=True,
                   help="which evaluation (terse-hand: captions from the hand-written terse notes of "
                   "bench/terse-hand.jsonl, with --baseline raw; checker reads IIW-400 rows too; checker-precision scores the "
                   "checker on human text against hand labels; checker-blind re-checks the frozen blind set "
                   "of issue 23 against its labels; checker-dev2 does the same on the second development set, checker-blind2 to "
                   "checker-blind5 on the second to fifth blind sets)")
    e.add_argument("--path", required=True, metavar="FILE",
                   help="the dataset's JSONL file (checker-precision, checker-blind, checker-dev2: the folder "
                   "with both datasets)")
    e.add_argument("--limit", type=int, metavar="N", help="evaluate only the first N valid rows")
    e.add_argument("--offset", type=int, default=0, metavar="K", help="skip the first K valid rows (default 0)")
    e.add_argument("--baseline", choices=["raw"],
                   help="iiw/defacto: also run the raw model (the notes pasted into one chat message, no check, "
                   "no repair) on the same rows, and score both alike")
    e.add_argument("--notes", choices=["full", "terse"], default="full",
                   help="iiw with --baseline raw: the notes as IIW wrote them (full) or as annotators type them "
                   "(terse: fragments, digits, '+', 'w/'; assistant/eval/terse.py)")
    _model_args(e)
    e.add_argument("--judge", metavar="M",
                   help="iiw: model for the independent judge (default: the --model); 'none' skips it")
    e.add_argument("--seed", type=int, default=0, help="checker: seed of the generated defects (default 0)")
    e.add_argument("--json", action="store_true", help="print the summary as JSON")
    e.add_argument("--out", metavar="DIR", help="also write rows.jsonl, summary.json and report.md to DIR")
    _app_commands(sub)
    _interop_commands(sub)
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
    uo = usub.add_parser("sign-out", help="end every sign-in of an account (a lost laptop, a shared browser)",
                         description="End every session of an account, in every running app process (each "
                                     "notices within a few seconds). A new password does this too.")
    uo.add_argument("name", help="sign-in name")
    _db_arg(uo)

    pr = sub.add_parser("project", help="manage projects", description="Manage projects.")
    psub = pr.add_subparsers(dest="project_command", required=True, metavar="ACTION")
    pa = psub.add_parser("add", help="create a project", description="Create a project of one kind with a "
                         "guideline checklist and a flag taxonomy.")
    pa.add_argument("name", help="project name")
    pa.add_argument("--kind", choices=kinds.NAMES, required=True, help="what its tasks produce: "
                    + "; ".join(f"{k.name}: {k.summary}" for k in kinds.KINDS.values()))
    pa.add_argument("--checklist", metavar="NAME_OR_PATH", help="guideline checklist (default: the kind's own)")
    pa.add_argument("--flags", metavar="LIST", help="rewrite: comma-separated flags offered (default: all)")
    _db_arg(pa)

    i = sub.add_parser("import", help="import tasks into a project from JSONL (or a folder of images)",
                       description="Import tasks. JSONL, one task per line: caption {\"id\", \"image\"} (path "
                       "relative to the file, or a public http(s) URL); rewrite {\"id\", \"prompt\", "
                       "\"response\"}. For a caption project FILE may also be a folder of images. Our own exports "
                       "(jsonl, csv, .parquet, label-studio) and Label Studio's export of them come back with their "
                       "notes, draft, final text and review. Ids the project already has are skipped (--update "
                       "replaces them); bad lines are refused and reported by number; nothing usable: exit 2.")
    i.add_argument("--project", required=True, metavar="P", help="project name")
    i.add_argument("file", metavar="FILE", help="JSONL file or folder of images")
    i.add_argument("--map", metavar="OURS=THEIRS,...",
                   help="rename fields: --map image=img,response=text reads our 'image' from their 'img' (the "
                   "keys of a Label Studio task's data, or of a JSONL line); a JSON array is read as a Label Studio export")
    i.add_argument("--update", action="store_true",
                   help="replace the items whose id the project already has (default: skip them); a record's "
                   "work that differs is appended to the task's history")
    i.add_argument("--image-root", metavar="DIR",
                   help="resolve relative image paths and Label Studio local-files links (/data/local-files/?d=...) "
                   "against DIR instead of the file's folder")
    _db_arg(i)
    team_commands.add_parsers(sub, _db_arg)


def _model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="M",
                   help="litellm model string (openai/gpt-4o-mini, ollama/llama3, ...) or 'embedded'; "
                   "default: $ANNOTATION_ASSISTANT_MODEL, else embedded")
    p.add_argument("--api-base", metavar="URL",
                   help="base URL of an OpenAI-compatible server; default: $ANNOTATION_ASSISTANT_API_BASE")


METAVARS = {"text": "TEXT", "long_text": "FILE", "image": "PATH_OR_URL", "flags": "LIST", "choice": None}


def _kind_args(parser) -> None:
    """An option for each field a kind declares (--image, --response, --choice, ...), once each."""
    for option, (spec, used_by) in kind_options().items():
        parser.add_argument(option, dest=spec.name, metavar=METAVARS[spec.type], choices=spec.choices or None,
                            default="" if spec.type == "flags" else None,
                            help="; ".join(f"{name}: {kinds.get(name).field(spec.name).help}" for name in used_by)
                            + (f" (max {MAX_RESPONSE_CHARS:,} chars)" if spec.type == "long_text" else ""))


def kind_options() -> dict[str, tuple[kinds.FieldSpec, list[str]]]:
    """`compose`'s options for the kinds' fields: --response, --flags, --image, ... each once,
    with the kinds that use it."""
    options: dict[str, tuple[kinds.FieldSpec, list[str]]] = {}
    for kind in kinds.KINDS.values():
        for spec in kind.fields:
            options.setdefault("--" + spec.name.replace("_", "-"), (spec, []))[1].append(kind.name)
    return options


def _interop_commands(sub) -> None:
    x = sub.add_parser("export", help="export a project's tasks: jsonl, label-studio, hf (Parquet/JSONL) or csv",
                       description="Export a project's tasks with their notes, AI draft, final text, check report, "
                       "sentence provenance, questions and review. jsonl: our schema (see 'schema'); label-studio: "
                       "Label Studio's task JSON (final text as a TextArea annotation, the draft as a prediction); "
                       "hf: Parquet when FILE ends in .parquet, else JSONL, for datasets.load_dataset; csv: one row "
                       "per task, nested fields as JSON, UTF-8 with BOM.")
    source = x.add_mutually_exclusive_group(required=True)
    source.add_argument("--project", metavar="P", help="project name")
    source.add_argument("--batch", metavar="FILE",
                        help="export a batch's results file instead (drafts only: no final text or review yet)")
    x.add_argument("--format", required=True, choices=FORMATS, help="file format")
    x.add_argument("--status", default="approved", choices=["approved", "submitted", "all"],
                   help="approved (default); submitted: waiting for review; all: every task, drafted or not")
    x.add_argument("--include-gold", action="store_true",
                   help="also export gold (known-answer) copies, which are left out by default")
    x.add_argument("--out", required=True, metavar="FILE", help="file to write (replaced whole)")
    x.add_argument("--kind", choices=kinds.NAMES,
                   help="--batch: only this kind of task (a Label Studio project takes one kind)")
    x.add_argument("--image-root", metavar="DIR",
                   help="label-studio: link images under DIR as /data/local-files/?d=<path under DIR> (DIR = Label "
                   "Studio's LABEL_STUDIO_LOCAL_FILES_DOCUMENT_ROOT)")
    x.add_argument("--image-url-prefix", metavar="URL",
                   help="label-studio: link images as URL + <path under --image-root> (or + the file name)")
    _db_arg(x)

    sc = sub.add_parser("schema", help="print the JSON Schema of our records",
                        description="Print the JSON Schema (from the pydantic models) of an export record "
                        "(default), of a task line (batch input) or of a batch result line.")
    sc.add_argument("--of", choices=["record", "task", "result"], default="record", help="which schema")

    b = sub.add_parser("batch", help="draft a JSONL file of tasks, N at a time, resumable",
                       description="Compose and check a draft for every task of a JSONL file ({\"id\", \"kind\": "
                       "\"caption\"|\"rewrite\", \"notes\", \"image\", \"prompt\", \"response\", \"flags\"} per "
                       "line), up to --concurrency at a time, with a progress bar. Each task's result is appended to "
                       "--out as one line carrying its id; a rerun skips the ids already there. A failing task is "
                       "recorded with its error; 429s lower the concurrency instead of failing the run.")
    b.add_argument("--in", dest="in_path", required=True, metavar="FILE", help="tasks, one JSON object per line")
    b.add_argument("--out", required=True, metavar="FILE", help="results, one JSON object per line (appended)")
    _model_args(b)
    b.add_argument("--concurrency", type=int, default=8, metavar="N",
                   help="tasks in flight (default 8; the embedded model runs one at a time)")
    b.add_argument("--processes", type=int, default=1, metavar="N",
                   help="worker processes that share the tasks in flight (default 1: this process drafts). "
                   "About 3 s to start the first time; worth it from about 32 in flight (4 workers measured "
                   "best on 2 cores). The embedded model always drafts in this process")
    b.add_argument("--fallback-model", metavar="M", help="model that answers when --model still fails after its retries")
    b.add_argument("--fallback-api-base", metavar="URL", help="base URL for the fallback model's server")
    b.add_argument("--into-project", metavar="P",
                   help="also store the drafts as tasks of project P; annotators still write notes first")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    _db_arg(b)

    cv = sub.add_parser("convert", help="turn a dataset (IIW-400, DeFacto) into batch task lines",
                        description="Write batch task lines from a public dataset's JSONL: iiw rows become caption "
                        "tasks (notes from the object descriptions, image = the row's image key), defacto rows "
                        "rewrite tasks (notes from the instructions, flags from the error labels).")
    cv.add_argument("--dataset", choices=["iiw", "defacto"], required=True, help="the dataset's format")
    cv.add_argument("--path", required=True, metavar="FILE", help="the dataset's JSONL file")
    cv.add_argument("--limit", type=int, metavar="N", help="only the first N valid rows")
    cv.add_argument("--out", required=True, metavar="FILE", help="task lines to write")
