"""The command line, and the composition root: the one package that reaches every layer
(engine, app, eval, and the UI for `serve`), each imported lazily so `check` starts fast.

parser.py    every command's arguments and help
commands.py  what the engine's commands do

Exit codes: 0 success (for `check`: no certain problem), 1 `check` found a certain problem,
2 bad input or a failure the user must act on. Errors print one line on stderr.
"""

from __future__ import annotations

import os
import sys

from assistant.app import team_commands
from assistant.errors import AssistantError, ModelOutputError, one_line

from . import commands
from .commands import EXIT_BAD_INPUT, read_text
from .parser import build_parser

__all__ = ["build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return commands.cmd_check(args)
        if args.command == "eval":
            return commands.cmd_eval(args, argv)
        if args.command == "serve":
            from assistant_ui.serve import cmd_serve  # noqa: PLC0415 - the UI loads only to serve

            return cmd_serve(args)
        if args.command in ("export", "schema", "batch", "convert"):
            return getattr(commands, f"cmd_{args.command}")(args)
        if args.command in team_commands.COMMANDS:
            return team_commands.run(args, read_text)
        if args.command in ("user", "project", "import"):
            from assistant.app import commands as app_commands  # noqa: PLC0415

            return getattr(app_commands, f"cmd_{args.command}")(args)
        return commands.cmd_compose(args)
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
