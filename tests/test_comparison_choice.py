"""The choice check of comparison rationales: the stated choice, the sides of the reasons, and
the figures on the stored set (assistant/eval/labels/comparison-choice.jsonl)."""

from __future__ import annotations

import pytest

from assistant.check.report import CheckReport
from assistant.kinds.comparison.choice import CHOICE_ID, check_comparison
from assistant.kinds.comparison.evaluation import Case, evaluate, read_cases, score
from assistant.kinds.comparison.sides import segments
from assistant.kinds.comparison.task import ComparisonTask

NOTES = "A: wrong year, 1999 not 2001\nB: cites the statute"


def _task(choice: str = "B", notes: str = NOTES) -> ComparisonTask:
    return ComparisonTask(notes=notes, prompt="When was the act passed?", response_a="It was passed in 1999.",
                          response_b="It was passed in 2001, per section 4 of the statute.", choice=choice)


def _fact(report: CheckReport, fid: str):
    return next(f for f in report.facts if f.id == fid)


def _consistent(report: CheckReport) -> None:
    """The report's lists and flags follow from its facts."""
    assert report.contradicted == [f.id for f in report.facts if f.status == "contradicted"]
    assert report.dropped == [f.id for f in report.facts if f.status == "dropped"]
    assert report.hedges_lost == [f.id for f in report.facts if f.status == "hedge_lost"]
    certain = any(f.tier == "certain" for f in report.facts if f.status in ("dropped", "contradicted", "hedge_lost"))
    assert report.certain_ok is not certain
    if not report.ok:
        assert report.problem_count() > 0


def test_correct_rationale_passes():
    report = check_comparison(_task(), "Response B is better: it cites the statute. Response A gives the wrong "
                                       "year, 1999 instead of 2001.")
    _consistent(report)
    choice = _fact(report, CHOICE_ID)
    assert (choice.status, choice.text, choice.kind) == ("kept", "Choice: B", "fact")
    assert [f.status for f in report.facts] == ["kept", "kept", "kept"]
    assert report.certain_ok
    assert CHOICE_ID in report.sentences[0].notes
    # the words that name the sides and state the choice are never "unsupported"
    assert not any("Response" in u.text or "better" in u.text for u in report.unsupported)


def test_flipped_verdict_is_a_certain_problem():
    report = check_comparison(_task(), "Response A is better. Response A gives the wrong year, 1999 instead of "
                                       "2001, while Response B cites the statute.")
    _consistent(report)
    choice = _fact(report, CHOICE_ID)
    assert (choice.status, choice.tier) == ("contradicted", "certain")
    assert "Response A is better." in choice.evidence
    assert not report.certain_ok and CHOICE_ID in report.contradicted
    assert [f.status for f in report.facts[1:]] == ["kept", "kept"]  # the reasons are where they belong


def test_argued_for_the_other_side_is_a_flipped_verdict():
    for text in ("I would go with A, which gives 1999 rather than 2001; B cites the statute.",
                 "Response B is worse: it cites the statute, but A has the wrong year, 1999 not 2001."):
        assert _fact(check_comparison(_task(), text), CHOICE_ID).status == "contradicted", text


def test_swapped_reasons_are_caught_on_the_note():
    report = check_comparison(_task(), "Response B is better. Response B gives the wrong year, 1999 instead of "
                                       "2001, while Response A cites the statute.")
    _consistent(report)
    assert _fact(report, CHOICE_ID).status == "kept"
    year, statute = _fact(report, "n1"), _fact(report, "n2")
    assert (year.status, year.tier) == ("contradicted", "certain")
    assert "gives it to Response B" in year.evidence and "wrong year" in year.evidence
    assert (statute.status, statute.tier) == ("contradicted", "certain")
    assert not report.certain_ok


def test_no_stated_choice_is_dropped_for_a_look():
    report = check_comparison(_task(), "Response A gives the wrong year, 1999 instead of 2001. Response B cites "
                                       "the statute.")
    _consistent(report)
    choice = _fact(report, CHOICE_ID)
    assert (choice.status, choice.tier) == ("dropped", "check")
    assert report.certain_ok and not report.ok


@pytest.mark.parametrize("text", [
    "Neither response is better: A has the wrong year, 1999 not 2001, and B cites the statute but no date.",
    "It's a tie. Response A gives the wrong year (1999, not 2001); Response B cites the statute.",
    "Both are equally flawed: A's year is wrong, 1999 not 2001, and B only cites the statute.",
])
def test_tie(text):
    report = check_comparison(_task("tie"), text)
    assert _fact(report, CHOICE_ID).status == "kept", report.facts[0].evidence
    assert not report.contradicted


def test_tie_against_a_side():
    tie = "Neither response is better. Response A has the wrong year, 1999 not 2001; Response B cites the statute."
    assert _fact(check_comparison(_task("B"), tie), CHOICE_ID).status == "contradicted"
    side = "Response B is better: it cites the statute, and A has the wrong year, 1999 not 2001."
    flipped = _fact(check_comparison(_task("tie"), side), CHOICE_ID)
    assert (flipped.status, flipped.tier) == ("contradicted", "certain")


def test_first_and_second_response_wording():
    right = ("I prefer the second response, since it cites the statute; the first one gives the wrong year, 1999 "
             "rather than 2001.")
    report = check_comparison(_task(), right)
    assert _fact(report, CHOICE_ID).status == "kept" and not report.contradicted
    swapped = ("I prefer the second response. The second one gives the wrong year, 1999 rather than 2001, while "
               "the first response cites the statute.")
    report = check_comparison(_task(), swapped)
    assert {"n1", "n2"} <= set(report.contradicted)
    assert "Response B" in _fact(report, "n1").evidence


def test_numbered_responses_as_public_preference_sets_write_them():
    """HelpSteer2-Preference's human justifications say "@Response 2 is better than @Response 1"."""
    right = "@Response 2 is better than @Response 1 because it cites the statute. @Response 1 gives the wrong year, 1999 not 2001."
    report = check_comparison(_task(), right)
    assert _fact(report, CHOICE_ID).status == "kept" and not report.contradicted
    flipped = right.replace("@Response 2 is better than @Response 1", "@Response 1 is better than @Response 2")
    assert _fact(check_comparison(_task(), flipped), CHOICE_ID).status == "contradicted"


def test_quoted_words_name_no_side():
    task = _task("B", 'A: adds "in the second one-day international", not in the article')
    text = ('The first summary includes "in the second one-day international", which is not in the article. '
            "The second summary should be preferred.")
    report = check_comparison(task, text)
    assert [s.side for s in segments(text)] == ["A", "B"]
    assert _fact(report, CHOICE_ID).status == "kept" and not report.contradicted


def test_pronoun_continues_the_subject():
    text = "Response A gives the wrong year, 1999 instead of 2001. Response B cites the statute, so it is better."
    report = check_comparison(_task(), text)
    assert _fact(report, CHOICE_ID).status == "kept" and not report.contradicted
    assert [s.side for s in segments(text)] == ["A", "B"]


@pytest.mark.parametrize("text", [
    "B is clearer, but A is correct, so A is better.",
    "B is better written, but A is correct, so A is the better response.",
    "Although B may be better at style and clearer, I prefer A because it is correct.",
    "B is clearer than A. Still, A is correct, and correctness matters more: A wins.",
])
def test_merits_of_the_losing_side_are_no_false_alarm(text):
    task = _task("A", "A: correct\nB: clearer")
    report = check_comparison(task, text)
    assert _fact(report, CHOICE_ID).status == "kept", text
    assert not report.contradicted, [f.evidence for f in report.facts if f.status == "contradicted"]


def test_a_stated_and_unconceded_other_side_is_contradicted():
    report = check_comparison(_task("A", "A: correct\nB: clearer"), "A is correct, so A is better. B is clearer. "
                                                                   "Overall, B is better.")
    choice = _fact(report, CHOICE_ID)
    assert choice.status == "contradicted" and "also states the choice" in choice.evidence


def test_hedged_reasons_stay_hedged():
    task = _task(notes="A: maybe the wrong year, 1999 not 2001\nB: cites the statute")
    hedged = check_comparison(task, "Response B is better: it cites the statute. Response A perhaps gives the "
                                    "wrong year, 1999 instead of 2001.")
    assert [f.status for f in hedged.facts] == ["kept", "kept", "kept"]
    certain = check_comparison(task, "Response B is better: it cites the statute. Response A gives the wrong "
                                     "year, 1999 instead of 2001.")
    _consistent(certain)
    assert certain.hedges_lost == ["n1"] and _fact(certain, "n1").status == "hedge_lost"
    assert _fact(certain, CHOICE_ID).status == "kept"


def test_article_a_is_not_a_side():
    task = _task("A", "A: names the Moreton factory\nB: says Wirral")
    text = "Response A is better. A Moreton factory is what A names, while B says Wirral."
    report = check_comparison(task, text)
    assert [s.side for s in segments(text)] == ["A", None, "A", "B"]  # "A Moreton factory" is no naming
    assert not report.contradicted, [f.evidence for f in report.facts]


# ------------------------------------------------------------------ the stored set


def test_the_stored_set_meets_the_targets():
    """Recall >= 0.95 on swapped and on flipped, false alarms <= 5%, on the dev and the blind part."""
    figures = evaluate()
    for split in ("dev", "blind"):
        f = figures[split]
        assert f.correct >= 50 and f.swapped >= 50 and f.flipped >= 50, f
        assert f.recall_swapped >= 0.95, f.missed
        assert f.recall_flipped >= 0.95, f.missed
        assert f.false_alarm_rate <= 0.05, f.false_alarms


def test_the_set_holds_model_and_template_rationales():
    cases = read_cases()
    sources = {c.source for c in cases}
    assert "model" in sources and any(s.startswith("template") for s in sources)
    assert {c.variant for c in cases} == {"correct", "swapped", "flipped"}
    # every corrupted rationale has its correct one in the set
    correct = {(c.source, c.doc_id) for c in cases if c.variant == "correct"}
    assert all((c.source, c.doc_id) in correct for c in cases)


def test_the_scorer_can_fail():
    """A corrupted rationale stored as correct is a false alarm; a correct one stored as
    flipped is a miss."""
    cases = [c for c in read_cases() if c.split == "dev"][:30]
    relabelled = [Case(**{**c.model_dump(), "variant": "correct" if c.variant == "flipped" else
                          "flipped" if c.variant == "correct" else c.variant}) for c in cases]
    f = score(relabelled, "dev")
    assert f.false_alarm_rate > 0.5 and f.recall_flipped < 0.5
