"""A developer bench given a file that is not there answers in one line, as the product's CLI does."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_bench_compose_names_a_missing_file_in_one_line(tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    done = subprocess.run([sys.executable, "bench/bench_compose.py", "--dataset", "iiw", "--path", str(missing),
                           "--limit", "1", "--out", str(tmp_path / "out.json")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: dataset file not found: {missing}"
    assert not (tmp_path / "out.json").exists()


def test_fetched_rows_names_a_missing_or_bad_file_in_one_line(tmp_path):
    """bench/fetched_rows.py reads files fetched from public snapshots: one that is not there, or is
    not JSON lines, is one line of error, and nothing is half written."""
    missing = tmp_path / "nowhere.jsonl"
    done = subprocess.run([sys.executable, "bench/fetched_rows.py", "--iiw", str(missing), "--defacto", str(missing),
                           "--out", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.strip() == f"error: cannot read {missing}: No such file or directory"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"image": "x", "DOCCI": "A cat."}\nnot json\n', encoding="utf-8")
    iiw = tmp_path / "iiw.jsonl"
    iiw.write_text("\n".join(["{}"] * 400) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "bench/fetched_rows.py", "--iiw", str(iiw), "--defacto", str(missing),
                           "--out", str(tmp_path / "out2")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "out2").exists()  # every file is read before any is written
    from bench.fetched_rows import read_described  # noqa: PLC0415

    with pytest.raises(ValueError, match=r"bad\.jsonl: line 2 is no row with an image and a 'DOCCI' text"):
        read_described(bad, "DOCCI")
    with pytest.raises(ValueError, match=r"bad\.jsonl: line 1 is no row with an image and a 'IIW' text"):
        read_described(bad, "IIW")  # a DOCCI file given as DCI_Test's
    dci = tmp_path / "dci.jsonl"
    dci.write_text('{"image": "x.jpg", "IIW": "A cat sits. A dog runs.", "ex_id": "1"}\n', encoding="utf-8")
    assert read_described(dci, "IIW") == [{"image/key": "x.jpg", "IIW": "A cat sits. A dog runs.",
                                          "objects": [{"label": "", "description": "A cat sits. A dog runs."}]}]


def test_fetched_rows_reads_locnar_rows_by_their_image_key(tmp_path):
    """LocNar_Eval's rows name the image "image/key" and the text "IIW-P5B"; a row with no image key is an
    error naming the line, not a row keyed None."""
    from bench.fetched_rows import read_described  # noqa: PLC0415

    locnar = tmp_path / "locnar.jsonl"
    locnar.write_text('{"IIW-P5B": "A red kite flies.", "image/key": "ab12", "image/source": "ab12_3"}\n'
                      '{"IIW-P5B": "A dog.", "image/source": "cd34"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"locnar\.jsonl: line 2 is no row with an image and a 'IIW-P5B' text"):
        read_described(locnar, "IIW-P5B")
    locnar.write_text('{"IIW-P5B": "A red kite flies.", "image/key": "ab12", "image/source": "ab12_3"}\n',
                      encoding="utf-8")
    assert read_described(locnar, "IIW-P5B") == [{"image/key": "ab12", "IIW": "A red kite flies.", "objects": [
        {"label": "", "description": "A red kite flies."}]}]
