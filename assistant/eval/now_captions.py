"""The `caption-now-full` / `caption-now-terse` source of checker-dev2 (2026-12-05, branch check23i):
captions composed by the product's code of the day the source was built, on rows no other source holds.

The blind set's product captions raise mostly false alarms (caption-full 2 of 7 true, caption-terse
3 of 16), while dev2's earlier product captions (prompts of 2026-12-04) raise almost none: they do
not show the false classes. This source asks what the current check says of the current compose's
captions, on rows no rule was written from. The rows: `labels/README.md`, "Second development set".
"""

from __future__ import annotations

from pathlib import Path

from assistant.eval import blind, old_captions
from assistant.eval.datasets import IIWRow, read_rows

#: The rows: `blind.dev2_iiw_rows` after the first DEV2_IIW_ROWS (product captions) and the next
#: DEV2_OLD_ROWS (old-prompt captions), leaving out rows any dev2 case holds (iiw-human,
#: iiw-sentences) and file positions from HELD_OUT_FROM on (kept for held-out caption looks);
#: the first DEV2_NOW_ROWS, each from its full and its terse notes.
DEV2_NOW_ROWS = 12
HELD_OUT_FROM = 172
SOURCES: tuple[blind.Source, blind.Source] = ("caption-now-full", "caption-now-terse")


def now_rows(data_dir: str | Path, taken: set[str], existing: list[blind.Case]) -> list[IIWRow]:
    """The source's rows, in `dev2_iiw_rows` order."""
    position = {r.key: i for i, (_, r) in enumerate(read_rows(Path(data_dir) / blind.IIW_FILE, IIWRow).rows)}
    held = {blind.row_key(c.id) for c in existing if not c.id.startswith("defacto:")} - {
        blind.row_key(c.id) for c in existing if c.source in SOURCES}
    after = blind.dev2_iiw_rows(data_dir, taken)[blind.DEV2_IIW_ROWS + old_captions.DEV2_OLD_ROWS:]
    free = [r for r in after if r.key not in held and position[r.key] < HELD_OUT_FROM]
    return free[:DEV2_NOW_ROWS]
