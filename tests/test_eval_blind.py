"""The blind set's scorer (assistant/eval/blind.py) on a tiny made-up fixture."""

from __future__ import annotations

import json
from types import SimpleNamespace

from assistant.eval import blind
from assistant.eval.run import evaluate

CAPTION = blind.Case(id="caption-full:x", source="caption-full",
                     notes="two red mugs on the left of the table\nA white cat sleeps on the sofa",
                     draft="Two red mugs wait on the left of the table. A dog runs in the garden.")
REWRITE = blind.Case(id="defacto:1", source="defacto",
                     notes="Replace the information about Paris with the information about Lyon.",
                     draft="The mayor of Paris spoke on Monday.", original="The mayor of Paris spoke.")


def _alarm(case, kind, key, true, family="matching"):
    return blind.AlarmLabel(case=case, kind=kind, key=key, family=family, true=true, reason="test").model_dump_json()


def _write(tmp_path):
    cases, labels = tmp_path / "cases.jsonl", tmp_path / "labels.jsonl"
    blind.write_cases([CAPTION, REWRITE], cases)
    lines = [
        _alarm("caption-full:x", "dropped", "n2", True),
        _alarm("caption-full:x", "unsupported", "wait", False),
        _alarm("caption-full:x", "unsupported", "dog runs", True),  # a shorter span finds the raised one
        _alarm("caption-full:x", "dropped", "n1", True),  # labelled true, not raised now
        _alarm("defacto:1", "dropped", "n1", True),
        _alarm("defacto:1", "unsupported", "Paris", False),
        blind.MissLabel(case="caption-full:x", span="A dog runs", problem="unsupported", reason="t").model_dump_json(),
        blind.MissLabel(case="caption-full:x", note="n1", span="Two red mugs", problem="detail_dropped",
                        reason="t").model_dump_json(),
    ]
    labels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cases, labels


def test_precision_recall_misses_and_unlabelled_alarms(tmp_path):
    cases, labels = _write(tmp_path)
    _, fig = blind.run(cases, labels)
    # raised: caption n2, 'wait', 'dog runs in the garden'; rewrite n1, 'Paris', 'Monday' (no label)
    assert fig["all"] == {"raised": 6, "labelled": 5, "true": 3, "precision": 0.6}
    # the rewrite's replacement left undone is a contradiction; its label (kind "dropped") still finds it
    assert fig["by_kind"]["dropped"] == {"raised": 1, "labelled": 1, "true": 1, "precision": 1.0}
    assert fig["by_kind"]["contradicted"] == {"raised": 1, "labelled": 1, "true": 1, "precision": 1.0}
    assert fig["by_kind"]["unsupported"]["precision"] == round(1 / 3, 4)
    assert fig["by_source"]["defacto"]["precision"] == 0.5
    # per tier, adding up to all: 'wait' and 'dog runs ...' are content words (check), the rest certain
    assert fig["by_tier"]["check"] == {"raised": 2, "labelled": 2, "true": 1, "precision": 0.5}
    assert sum(t["raised"] for t in fig["by_tier"].values()) == fig["all"]["raised"]
    assert fig["true_alarms_kept"] == {"true_labelled": 4, "still_raised": 3, "recall": 0.75}
    assert fig["misses"]["labelled"] == 2 and fig["misses"]["raised"] == 1
    assert fig["misses"]["by_problem"]["unsupported"]["share"] == 1.0
    assert [(a["case"], a["key"]) for a in fig["unlabelled"]] == [("defacto:1", "Monday")]
    # the contradiction scored by its 'dropped' label is listed to be labelled again as it reads now
    assert [(a["case"], a["kind"], a["label_kind"]) for a in fig["relabel"]] == [("defacto:1", "contradicted", "dropped")]


def test_a_label_for_the_status_an_alarm_has_now_is_the_one_that_scores_it(tmp_path):
    cases, labels = _write(tmp_path)
    with labels.open("a", encoding="utf-8") as f:
        f.write(_alarm("defacto:1", "contradicted", "n1", False) + "\n")
    _, fig = blind.run(cases, labels)
    assert fig["by_kind"]["contradicted"] == {"raised": 1, "labelled": 1, "true": 0, "precision": 0.0}
    assert fig["relabel"] == []


def test_a_renamed_status_or_a_grown_span_still_finds_its_label():
    labels = [blind.AlarmLabel(case="c", kind="dropped", key="n3", family="matching", true=True, reason="r"),
              blind.AlarmLabel(case="c", kind="unsupported", key="green roof", family="unsupported", true=False,
                               reason="r")]
    renamed = blind.Alarm("c", "contradicted", "n3", "matching", "certain", "", "")
    grown = blind.Alarm("c", "unsupported", "a green roof on it", "unsupported", "check", "", "")
    other = blind.Alarm("c", "dropped", "n4", "matching", "check", "", "")
    assert blind.find_label(renamed, labels) is labels[0]
    assert blind.find_label(grown, labels) is labels[1]
    assert blind.find_label(other, labels) is None


def test_tiers_are_read_when_the_checker_has_them():
    assert blind.tier_of(SimpleNamespace()) == "certain"
    assert blind.tier_of(SimpleNamespace(tier=None)) == "certain"
    assert blind.tier_of(SimpleNamespace(tier="check")) == "check"


def test_a_miss_counts_as_raised_by_a_span_the_problem_note_points_at():
    case = blind.Case(id="c", source="caption-terse", notes="n", draft="A wooden barn with a green roof.")
    miss = blind.MissLabel(case="c", span="green roof", problem="attribute_moved", reason="r")
    pointing = blind.Alarm("c", "contradicted", "n2", "matching", "certain", "", "", extra_spans=[(21, 26)])
    elsewhere = blind.Alarm("c", "unsupported", "wooden", "unsupported", "check", "", "", 2, 8)
    assert blind.miss_raised(miss, case, [pointing])
    assert not blind.miss_raised(miss, case, [elsewhere])


def test_the_eval_entry_point_scores_the_frozen_set(tmp_path, monkeypatch):
    cases, labels = _write(tmp_path)
    monkeypatch.setattr(blind, "CASES", cases)
    monkeypatch.setattr(blind, "LABELS", labels)
    _, summary = evaluate("checker-blind", "../shared/data", progress=False)
    assert summary["figures"]["all"]["precision"] == 0.6
    json.dumps(summary)  # the summary is what --json prints


def test_the_cli_prints_figures_and_only_the_unlabelled_alarms(tmp_path, monkeypatch, capsys):
    from assistant import cli

    cases, labels = _write(tmp_path)
    monkeypatch.setattr(blind, "CASES", cases)
    monkeypatch.setattr(blind, "LABELS", labels)
    assert cli.main(["eval", "--dataset", "checker-blind", "--path", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| all | 6 | 5 | 3 | 0.6 |" in out
    assert "True alarms still raised: 3 of 4" in out
    assert "Alarms without a label: 1" in out and "'Monday'" in out
    assert "dog runs" not in out  # labelled alarms and misses are not printed
