"""A developer bench given a file that is not there answers in one line, as the product's CLI does."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_compose_names_a_missing_file_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    done = subprocess.run([sys.executable, "bench/bench_compose.py", "--dataset", "iiw", "--path", str(missing),
                           "--limit", "1", "--out", str(tmp_path / "out.json")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: dataset file not found: {missing}"
    assert not (tmp_path / "out.json").exists()
