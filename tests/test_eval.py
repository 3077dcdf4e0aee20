"""Evaluation: dataset reading, defect generation, the checker suite, the pipeline runs, the CLI."""

import json
import random
import re
from pathlib import Path

import pytest

from assistant import cli
from assistant.eval import metrics
from assistant.llm.fake import FakeHTTPError
from assistant.check import check_draft
from assistant.eval.datasets import DefactoRow, IIWRow, read_rows
from assistant.shorthand import written_out
from assistant.eval.defects import alter_quote, change_number, flip_negation, swap_direction, base_for, cases_for_row
from assistant.errors import BadInputError
from assistant.eval.checker import caught, caught_certain
from assistant.eval.pipeline import instruction_compliance, parse_instruction
from assistant.eval.run import evaluate

DATA = Path(__file__).parent / "data"
IIW = str(DATA / "iiw-sample.jsonl")
DEFACTO = str(DATA / "defacto-sample.jsonl")


# ------------------------------------------------------------------ a fake that writes faithful drafts


def _block(tag: str, text: str):
    return json.loads(re.search(rf"<{tag}>\s*(.*?)\s*</{tag}>", text, re.S).group(1))


_PATCH_ITEM = re.compile(r'^(N\d+): write one sentence that states this note: (".*")$', re.M)


def echo_model(messages):
    """A faithful fake. Compose: one sentence per note, in the note's own words; a patch
    answers each missing note with the note itself; a rewrite keeps each targeted sentence
    and adds each addition as written. Judge: every note stated."""
    first_user = next(m["content"] for m in messages if m["role"] == "user")
    if "reviewer" in messages[0]["content"]:
        notes = _block("notes_json", first_user)
        return {"verdicts": [{"id": n["id"], "stated": "yes", "hedge_kept": None} for n in notes]}
    last = messages[-1]["content"]
    if len(messages) > 2 and _PATCH_ITEM.search(last):
        return "\n".join(f"{label}: {json.loads(note)}" for label, note in _PATCH_ITEM.findall(last))
    if "<items_json>" in first_user:
        items = _block("items_json", first_user)
        return "\n".join(f"{i['label']}: {i.get('sentence') or i.get('add')}" for i in items)
    if "<original_response_json>" in first_user:
        return _block("original_response_json", first_user)
    notes = _block("notes_json", first_user)
    if isinstance(notes, dict):  # a caption's notes by line label: one labelled line each
        return "\n".join(f"{label}: {n.rstrip('.')}." for label, n in notes.items())
    return "\n".join(n.rstrip(".") + "." for n in notes)  # a caption's notes in order: a line each


# ------------------------------------------------------------------ datasets


def test_iiw_rows_become_caption_notes_with_labels():
    rows = read_rows(IIW, IIWRow)
    assert len(rows.rows) == 4 and not rows.skipped
    _, row = rows.rows[0]
    lines = row.note_lines()
    assert lines[0].startswith("Echinops bannaticus flowers: A group of small echinops")
    assert "There are green leaves below the flowers." in lines  # second sentence, no label
    assert row.task().kind == "caption" and len(row.task().observations()) == len(lines)


def test_defacto_rows_map_error_types_to_flags():
    rows = read_rows(DEFACTO, DefactoRow)
    _, row = rows.rows[0]
    assert row.task().flags == row.flags() and set(row.flags()) <= {"factual_error", "hallucination"}
    assert row.task().response == row.candidate
    assert rows.rows[-1][1].instructions() == []  # the row without instructions is read, not rejected


def test_malformed_lines_are_skipped_with_line_numbers(tmp_path):
    good = (DATA / "iiw-sample.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"{not json\n" + good.encode() + b"\n\n" + b'{"objects": []}\n' + b"\xff\xfe bad\n")
    rows = read_rows(path, IIWRow)
    assert [n for n, _ in rows.rows] == [2]
    reasons = {s.line: s.reason for s in rows.skipped}
    assert set(reasons) == {1, 4, 5}
    assert "not JSON" in reasons[1] and "objects" in reasons[4] and "UTF-8" in reasons[5]


@pytest.mark.parametrize("content", [b"", b"\n\n", b"[1, 2]\n"])
def test_a_dataset_without_usable_rows_is_one_clear_error(tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    with pytest.raises(BadInputError, match="no usable rows"):
        read_rows(path, IIWRow)
    with pytest.raises(BadInputError, match="not found"):
        read_rows(tmp_path / "missing.jsonl", IIWRow)


# ------------------------------------------------------------------ defect generation


def test_mutators_change_exactly_the_unit_they_name():
    rng = random.Random(0)
    assert change_number("Two dogs sit on 3 chairs.", rng)[0] in {
        "Three dogs sit on 3 chairs.", "Two dogs sit on 4 chairs.", "Two dogs sit on 5 chairs.",
        "Two dogs sit on 13 chairs."}
    assert swap_direction("A cup on the left side.", rng)[0] == "A cup on the right side."
    assert flip_negation("The sign is red.", rng)[0] == "The sign is not red."
    assert flip_negation("There is no text on it.", rng)[0] == "There is some text on it."
    assert alter_quote('The sign reads "PLEASE WALK BIKES".', rng)[0] == 'The sign reads "PLEASE WALK".'
    assert alter_quote('It says "LOVE".', rng)[0] == 'It says "LOXE".'
    assert change_number("A dog.", rng) is None and swap_direction("A dog.", rng) is None


def test_cases_are_deterministic_and_carry_ground_truth():
    rows = [r for _, r in read_rows(IIW, IIWRow).rows]
    labels = [o.label for r in rows for o in r.objects]
    first = cases_for_row(rows[0], labels, seed=3)
    again = cases_for_row(rows[0], labels, seed=3)
    assert [(c.variant, c.draft) for c in first] == [(c.variant, c.draft) for c in again]
    base = base_for(rows[0].key, rows[0].note_lines())
    for case in first:
        if case.variant == "hedge":  # the note gains a hedge, the draft keeps the plain sentence
            assert case.notes != base.notes and case.draft == base.text
        elif case.defect and case.variant not in ("dropped", "invented_object"):
            assert case.draft != base.text and case.span is not None
        if case.variant == "dropped":
            assert len(case.draft) < len(base.text)
    assert {"verbatim", "reordered", "merged"} <= {c.variant for c in first if not c.defect}


def test_caught_needs_the_right_note_or_a_span_in_the_changed_text():
    rows = [r for _, r in read_rows(IIW, IIWRow).rows]
    case = next(c for c in cases_for_row(rows[0], [o.label for o in rows[1].objects])
                if c.variant == "direction")
    report = check_draft(case.notes, case.draft)
    assert caught(case, report)
    clean = check_draft(case.notes, base_for(rows[0].key, rows[0].note_lines()).text)
    assert not caught(case, clean)
    # the swap leaves a note's direction missing or its opposite in surplus: certain either way
    assert caught_certain(case, report) and not caught_certain(case, clean)


def test_checker_catches_a_swap_when_the_same_direction_stays_nearby():
    notes = base_for("r", ["A bee sits on the left flower, left of the stem"]).notes
    report = check_draft(notes, "A bee sits on the right flower, left of the stem.")
    assert not report.ok and any("right" in u.text and "1 times" not in u.reason for u in report.unsupported)


def test_a_draft_repeating_directions_the_notes_state_is_not_flagged():
    notes = base_for("r", ["a cup on the left", "a pen on the right"]).notes
    assert check_draft(notes, "A pen is on the right and a cup on the left.").ok


# ------------------------------------------------------------------ metrics


def test_metrics_behave_at_their_edges():
    assert metrics.token_f1("a b c", "a b c") == 1.0 and metrics.token_f1("x", "y") == 0.0
    assert metrics.chrf("the same text", "the same text") == pytest.approx(100.0)
    assert metrics.chrf("completely other", "the same text") < 30
    assert metrics.kept_share("one two three four", "one two five", {"four"}) == pytest.approx(2 / 3)
    assert metrics.kept_share("gone", "x", {"gone"}) is None
    assert metrics.cohen_kappa([(True, True), (False, False)]) == 1.0
    assert metrics.cohen_kappa([(True, True)]) is None


def test_instruction_compliance_reads_the_templates():
    assert parse_instruction("Replace the information about Wirral with the information about Moreton.") == {
        "kind": "replace", "old": "Wirral", "new": "Moreton"}
    original = "A Wirral biscuit factory is to close."
    replace = "Replace the information about Wirral with the information about Moreton."
    good = instruction_compliance(replace, "A Moreton biscuit factory is to close.", "A Moreton factory closes.",
                                  original)
    bad = instruction_compliance(replace, original, "A Moreton factory closes.", original)
    assert good["complied"] and not bad["complied"] and bad["old_left"] == ["wirral"]
    assert instruction_compliance("Make it better.", "x", "y", original)["complied"] is None
    # a removal that describes instead of quoting cannot be measured by words: not counted as done
    described = "Remove the information about the first names of both people from the summary."
    assert parse_instruction(described)["old"] == "the first names of both people"
    assert instruction_compliance(described, original, original, original)["complied"] is None


# ------------------------------------------------------------------ runs


def test_checker_suite_runs_on_real_rows_and_reports_every_type():
    results, summary = evaluate("checker", IIW, progress=False)
    figures = summary["figures"]
    assert summary["rows_read"] == 4 and figures["cases"] == len(results)
    assert set(figures["defects"]) >= {"dropped", "number", "negation", "direction", "quote", "hedge",
                                        "invented_object", "invented_attribute"}
    assert figures["faithful"]["verbatim"]["cases"] == 4
    assert 0 <= figures["false_alarm_rate"] <= 1
    assert all(("caught" in r) == r["defect"] for r in results)
    assert all(d["caught_certain"] <= d["caught"] for d in figures["defects"].values())
    assert 0 <= figures["certain_false_alarm_rate"] <= figures["false_alarm_rate"]


def test_iiw_eval_with_a_faithful_fake_measures_full_recall_and_agreement(fake, fake_spec):
    fake.enqueue([echo_model] * 4 * 2)
    results, summary = evaluate("iiw", IIW, limit=2, model=fake_spec.model, progress=False)
    figures = summary["figures"]
    assert figures["rows"] == 2 and figures["rows_failed"] == 0
    assert figures["fact_recall"] is not None and figures["notes_checked"] > 5
    judge = figures["judge"]
    assert judge["pairs"] == figures["notes_checked"]
    # the judge says every note is stated: disagreements are exactly the checker's drops
    assert judge["checker_dropped_judge_kept"] == figures["notes_dropped"]
    assert summary["model"] == "fake/test" and summary["prompt_versions"]["judge"].startswith("judge-")


def test_overlap_referee_agrees_with_the_checker_on_complete_drafts(fake, fake_spec):
    fake.enqueue([echo_model] * 4)
    results, summary = evaluate("iiw", IIW, limit=2, model=fake_spec.model, judge="none", progress=False)
    overlap = summary["figures"]["overlap"]
    assert overlap["notes"] == summary["figures"]["notes_checked"]
    assert all(p["coverage"] == 1.0 and p["checker_kept"] for r in results for p in r["overlap"])
    for threshold in (0.5, 0.7, 0.8):
        assert overlap[f"at_{threshold}"]["checker_kept_overlap_missing"] == []


def test_the_referee_reads_the_words_not_the_checker():
    from assistant.eval.baseline import score  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415

    notes = split_notes("red bus on the left\nthree tall palm trees behind the station")
    kept_both = score(notes, "A red bus is on the left. Three tall palm trees stand behind the station.")
    assert kept_both["checker_kept"] == 2 and kept_both["referee_kept_0.8"] == 2
    one_short = score(notes, "A red bus is on the left.")
    assert one_short["checker_kept"] == 1 and one_short["referee_kept_0.5"] == 1
    assert one_short["unreported_missing_0.5"] == []  # the check reported it: not a silent loss


def test_coverage_is_the_share_of_a_notes_content_words():
    assert metrics.coverage("red bus on the left", "A red bus waits.") == 1.0
    assert metrics.coverage("green plants at the edge of the house", "small green plants") == 0.5
    assert metrics.coverage("on the left", "anything") is None


def test_a_failing_row_is_recorded_and_the_run_goes_on(fake, fake_spec):
    fake.enqueue([FakeHTTPError(400, "the provider refused"), echo_model])
    results, summary = evaluate("iiw", IIW, limit=2, model=fake_spec.model, judge="none", progress=False)
    assert "ModelError" in results[0]["error"] and "error" not in results[1]
    assert summary["figures"]["rows_failed"] == 1 and "judge" not in summary["figures"]


def test_defacto_eval_reports_compliance_similarity_and_kept_original(fake, fake_spec):
    fake.enqueue([echo_model] * 20)
    results, summary = evaluate("defacto", DEFACTO, model=fake_spec.model, progress=False)
    figures = summary["figures"]
    assert figures["rows_skipped_no_instructions"] == 1 and figures["rows"] == 4
    # the echo model changes nothing it is sent: what complies are the literal edits and the
    # removals located in the response ("Wright being the St Johnstone manager"), applied
    # without the model; the first names of both people are not found, and not judged
    assert figures["instruction_compliance"] == 1
    assert figures["chrf_mean"] > figures["chrf_original_mean"]
    # no judged instruction left undone, none unreported (a target not found is reported:
    # tests/test_rewrite_locate.py)
    assert figures["unmet_instructions"] == 0 and figures["unmet_not_reported"] == []


def test_eval_cli_writes_rows_summary_and_report(tmp_path, capsys):
    out = tmp_path / "out"
    code = cli.main(["eval", "--dataset", "checker", "--path", IIW, "--limit", "2", "--json", "--out", str(out)])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rows_read"] == 2 and summary["command"].startswith("annotation-assistant eval")
    rows = [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]
    assert len(rows) == summary["figures"]["cases"]
    assert "| defect | cases | caught | recall |" in (out / "report.md").read_text()


def test_eval_cli_bad_input_is_one_line(tmp_path, capsys):
    assert cli.main(["eval", "--dataset", "iiw", "--path", str(tmp_path / "nope.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: dataset file not found") and "\n" not in err
    assert cli.main(["eval", "--dataset", "checker", "--path", IIW, "--limit", "0"]) == 2


def test_baseline_raw_scores_product_raw_model_and_human_text_alike(fake, fake_spec):
    fake.enqueue(["Hi"] + [echo_model, "A caption.", "A caption."] * 4)  # the raw model writes almost nothing
    results, summary = evaluate("iiw", IIW, limit=2, model=fake_spec.model, baseline="raw", progress=False)
    # one untimed warm-up call first (a first call reads the weights in; for captions it holds the
    # caption prompt's shared prefix, as the app's server evaluates it at start), then the rows
    warm_up = fake.calls.pop(0)
    assert warm_up["params"]["max_tokens"] == 1 and warm_up["messages"][0]["role"] == "system"
    figures = summary["figures"]
    assert set(figures) >= {"product", "raw", "human", "latency_p50_ratio"}
    assert figures["product"]["referee_fact_recall_0.7"] == 1.0 and figures["product"]["unreported_missing_0.7"] == 0
    assert figures["raw"]["referee_fact_recall_0.7"] < 0.5
    assert all(r["human"]["calls"] == 0 and r["human"]["text"] for r in results)
    # the raw baseline is one plain chat message with the notes pasted in: no system prompt
    raw_calls = [c for c in fake.calls if len(c["messages"]) == 1]
    assert raw_calls and raw_calls[0]["messages"][0]["content"].startswith("Write a caption for an image")


def test_baseline_on_terse_notes_gives_both_sides_the_terse_notes_and_prose_figures(fake, fake_spec):
    from assistant.eval.datasets import IIWRow, read_rows  # noqa: PLC0415
    from assistant.eval.terse import terse_notes  # noqa: PLC0415

    fake.enqueue(["Hi"] + [echo_model, "A caption.", "A caption."] * 4)
    results, summary = evaluate("iiw", IIW, limit=2, model=fake_spec.model, baseline="raw", progress=False,
                                notes="terse")
    fake.calls.pop(0)  # the warm-up
    assert summary["notes"] == "terse"
    first = read_rows(IIW, IIWRow, 1).rows[0][1]
    raw_calls = [c for c in fake.calls if len(c["messages"]) == 1]
    asked = raw_calls[0]["messages"][0]["content"]
    assert "Use every fact." in asked and asked.endswith("\n".join(terse_notes(first)))
    product_notes = [_block("notes_json", c["messages"][-1]["content"]) for c in fake.calls if len(c["messages"]) == 2]
    # the product gives its model the notes with their shorthand written out (assistant/shorthand.py)
    assert product_notes[0] == [written_out(n) for n in terse_notes(first)]
    side = summary["figures"]["product"]
    assert {"clean_share", "fragments", "repeats", "labels", "copied_share", "pasted_sentence_share"} <= set(side)
    # the echo fake pastes every terse note as a sentence: the figures say so (a fragment
    # mended without the model, "There are ...", adds a few words of its own: 0.78 since
    # "a group of flower plants", "a layer of square tiles" are read as noun phrases and mended)
    assert side["copied_share"] > 0.75 and summary["figures"]["raw"]["copied_share"] == 0.0
    assert all("fragments" in r["product"] for r in results)


def test_terse_notes_are_refused_outside_the_iiw_baseline(capsys):
    assert cli.main(["eval", "--dataset", "defacto", "--path", DEFACTO, "--notes", "terse", "--baseline", "raw"]) == 2
    assert "--notes terse is for --dataset iiw --baseline raw" in capsys.readouterr().err


TERSE_HAND = Path(__file__).resolve().parent.parent / "bench" / "terse-hand.jsonl"


def test_the_hand_written_terse_notes_are_valid_rows_in_the_annotators_style():
    from assistant.eval.datasets import HandRow  # noqa: PLC0415

    read = read_rows(TERSE_HAND, HandRow)
    assert not read.skipped and len(read.rows) >= 15
    notes = [line for _, r in read.rows for line in r.notes.splitlines()]
    # fragments, not sentences: no line ends in a full stop, and the shorthand is there
    assert not any(n.rstrip().endswith(".") for n in notes)
    assert sum("maybe" in n or "?" in n for n in notes) >= 8 and any("+" in n for n in notes)
    assert len({r.key for _, r in read.rows}) == len(read.rows)


def test_baseline_on_hand_written_terse_notes_has_no_human_side(fake, fake_spec, tmp_path):
    rows = tmp_path / "hand.jsonl"
    rows.write_text('{"key": "h1", "notes": "red bus L\\n3 pedestrians, maybe 4"}\n'
                    '{"key": "h2", "notes": "grey cat on sofa"}\n')
    fake.enqueue(["Hi"] + [echo_model, "A caption.", "A caption."] * 4)
    results, summary = evaluate("terse-hand", str(rows), model=fake_spec.model, baseline="raw", progress=False)
    fake.calls.pop(0)  # the warm-up
    figures = summary["figures"]
    assert {"product", "raw"} <= set(figures) and "human" not in figures
    assert [r["notes"] for r in results] == [2, 1]
    raw_calls = [c for c in fake.calls if len(c["messages"]) == 1]
    assert raw_calls[0]["messages"][0]["content"].endswith("red bus L\n3 pedestrians, maybe 4")
    assert figures["product"]["referee_fact_recall_0.7"] == 1.0 and figures["raw"]["referee_fact_recall_0.7"] < 0.5


def test_hand_written_notes_are_measured_against_the_raw_model_only(capsys):
    assert cli.main(["eval", "--dataset", "terse-hand", "--path", str(TERSE_HAND)]) == 2
    assert "add --baseline raw" in capsys.readouterr().err
