"""Terse notes read as a caption, with no model: how far the offline fragment mends reach.

    .venv/bin/python bench/notes_as_caption.py PATH [PATH ...] [--limit N] [--show left|mends]
    .venv/bin/python bench/notes_as_caption.py PATH [PATH ...] --dump FILE   (then --diff OLD NEW)

Each IIW-shaped row's notes are made terse (`assistant/eval/terse.py`, as `bench_compose.py --notes
terse` cuts them); each terse note is capitalised and given a full stop, the note shorthand is
written out and the sentences go through `complete_fragments` (as the product does after its draft,
so each mend is kept only where the check finds every note still carried). Fragments are counted
by the prose figures, before and after the mends; a caption is "clean" here when none is left.

`--dump FILE` writes, for every fragment among the rows' terse notes and the sentences of their
human texts (the IIW column), the sentence `polish.fragment_mend` makes of it (ungated by the
check: the shapes the mends write, to read). `--diff OLD NEW` prints the fragments whose mend
differs between two dumps (made by two commits of the code), to read every mend a change alters.
Figures on rows whose texts were read are development figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def caption_of_notes(notes: list[str]) -> list[str]:
    """Each terse note as a sentence of its own, as typed: capital first, a full stop last."""
    from assistant.compose.sentences import terminated  # noqa: PLC0415

    return [terminated(n[:1].upper() + n[1:]) for n in notes if n.strip()]


def row_figures(notes: list[str]) -> dict:
    """Fragments of one row's terse notes read as a caption, before and after the offline mends."""
    from assistant.check import prose  # noqa: PLC0415
    from assistant.compose.polish import complete_fragments, write_out_shorthand  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    observations = split_notes("\n".join(notes))
    before = write_out_shorthand(caption_of_notes(notes), observations, [])
    changes: list = []
    after = complete_fragments(before, observations, changes)
    texts = [o.text for o in observations]
    left = [r.text for r in prose.remarks(" ".join(after), texts) if r.kind == "fragment"]
    return {"notes": len(notes), "fragments": prose.figures(" ".join(before), texts).fragments,
            "left": left, "mends": [(c.before, c.after) for c in changes]}


def _rows(path: str, limit: int | None) -> list:
    from assistant.eval.datasets import IIWRow, read_rows  # noqa: PLC0415

    return [row for _, row in read_rows(path, IIWRow).rows[:limit]]


def figures(paths: list[str], limit: int | None, show: str | None) -> None:
    from assistant.eval.terse import terse_notes  # noqa: PLC0415

    for path in paths:
        total: Counter[str] = Counter()
        for k, row in enumerate(_rows(path, limit)):
            got = row_figures(terse_notes(row))
            total.update(rows=1, notes=got["notes"], fragments=got["fragments"], left=len(got["left"]),
                         clean=not got["left"], mended=len(got["mends"]))
            for sentence in got["left"] if show == "left" else ():
                print(f"{Path(path).name}:{k}\tleft\t{sentence}")
            for before, after in got["mends"] if show == "mends" else ():
                print(f"{Path(path).name}:{k}\tmend\t{before}\t->\t{after}")
        print(json.dumps({"path": path} | dict(total)))


def dump(paths: list[str], limit: int | None, out: str) -> None:
    from assistant.check import prose  # noqa: PLC0415
    from assistant.compose.fragments import note_names  # noqa: PLC0415
    from assistant.compose.polish import fragment_mend  # noqa: PLC0415
    from assistant.eval.terse import terse_notes  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    made: dict[str, str | None] = {}
    for path in paths:
        for row in _rows(path, limit):
            notes = terse_notes(row)
            names = note_names(split_notes("\n".join(notes)))
            for text in [" ".join(caption_of_notes(notes)), row.iiw]:
                for r in prose.remarks(text):
                    if r.kind == "fragment" and r.text not in made:
                        made[r.text] = fragment_mend(r.text, names)
    Path(out).write_text(json.dumps(made, indent=0, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({"fragments": len(made), "mended": sum(v is not None for v in made.values())}))


def diff(old: str, new: str) -> None:
    a = json.loads(Path(old).read_text(encoding="utf-8"))
    b = json.loads(Path(new).read_text(encoding="utf-8"))
    changed = [k for k in a.keys() & b.keys() if a[k] != b[k]]
    for k in sorted(changed):
        print(f"{k}\n  old: {a[k]}\n  new: {b[k]}")
    print(json.dumps({"fragments": len(a.keys() & b.keys()), "changed": len(changed)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="IIW-shaped JSONL files (objects with label and description)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows of each file")
    parser.add_argument("--show", choices=["left", "mends"], default=None,
                        help="print each fragment left after the mends, or each mend made")
    parser.add_argument("--dump", metavar="FILE", help="write each fragment's ungated mend (JSON) instead")
    parser.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="print the mends two dumps disagree on")
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
    elif args.dump:
        dump(args.paths, args.limit, args.dump)
    else:
        figures(args.paths, args.limit, args.show)


if __name__ == "__main__":
    main()
