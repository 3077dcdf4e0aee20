"""bench/written_captions.py: the prose figures of captions composed with no model call."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rows_whose_notes_are_prose_are_composed_without_the_model_and_counted(tmp_path):
    row = {"image/key": "invented_1", "IIW": "", "objects": [
        {"label": "cat", "description": "A grey cat sleeps on the sofa."},
        {"label": "lamp", "description": "A brass lamp stands on the left."}]}
    terse = {"image/key": "invented_2", "IIW": "", "objects": [{"label": "dog", "description": "dog near gate"}]}
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (row, terse)) + "\n")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "written_captions.py"), str(path), "1", "2"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    assert stats["rows"] == 1 and stats["need_the_model"] == 1 and stats["clean"] == 1
