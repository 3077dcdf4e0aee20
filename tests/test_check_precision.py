"""The precision benchmark on human text: hand labels as data, figures per rule family."""

import json
import shutil
from pathlib import Path

import pytest

from assistant import cli
from assistant.eval import precision
from assistant.eval.precision import FAMILIES, Label, read_labels

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(DATA / "defacto-sample.jsonl", folder / precision.DEFACTO_FILE)
    shutil.copy(DATA / "iiw-sample.jsonl", folder / precision.IIW_FILE)
    return folder


def test_the_shipped_labels_are_valid_unique_and_give_reasons():
    lines = [line for line in precision.LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = [Label.model_validate_json(line) for line in lines]
    assert len(labels) == len(read_labels()) >= 150  # one label per (report, kind, key)
    assert all(lb.family in FAMILIES and lb.reason.strip() for lb in labels)
    assert {lb.report.split(":")[0] for lb in labels} == {"defacto", "iiw"}


def test_halves_are_fixed_by_the_report_id(data_dir):
    reports = precision.select_reports(data_dir)
    assert [r.half for r in reports] == [r.half for r in precision.select_reports(data_dir)]
    assert {r.source for r in reports} <= {"defacto", "iiw"} and reports


def test_figures_come_from_the_labels_and_unlabelled_alarms_are_listed(data_dir, tmp_path):
    results, _ = precision.run(str(data_dir), labels_path=tmp_path / "none.jsonl")
    found = [(x["report"], a) for x in results for a in x["alarms"]]
    assert found, "the sample rows raise at least one alarm"
    report, alarm = found[0]
    labels = tmp_path / "labels.jsonl"
    true = Label(report=report, kind=alarm["kind"], key=alarm["key"], family=alarm["family"], true=True, reason="r")
    gone = Label(report=report, kind="dropped", key="n99", family="matching", true=True, reason="no longer raised")
    labels.write_text(true.model_dump_json() + "\n" + gone.model_dump_json() + "\n")
    _, figures = precision.run(str(data_dir), labels_path=labels)
    fam = figures["all"]["families"]
    assert fam[alarm["family"]]["true"] == 1 and fam[alarm["family"]]["labelled"] == 1
    assert fam["matching"]["true_labelled"] >= 1 and figures["all"]["total"]["recall"] < 1
    assert len(figures["unlabelled"]) == len(found) - 1
    assert figures["gold_rewrite_pass"]["rows"] >= 1


def test_eval_cli_checker_precision(data_dir, capsys):
    assert cli.main(["eval", "--dataset", "checker-precision", "--path", str(data_dir), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["dataset"] == "checker-precision" and "dev" in summary["figures"]


def test_eval_cli_checker_precision_needs_a_folder(tmp_path, capsys):
    assert cli.main(["eval", "--dataset", "checker-precision", "--path", str(tmp_path / "x.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert "folder" in err and "\n" not in err
