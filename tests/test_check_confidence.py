"""Certain means certain (issue 23): a value that differs from a note's is a certain problem only
when the draft says it of the note's own thing, bound unambiguously; otherwise the alarm stays
raised, as a "have a look" (check tier). Every example is invented: captions and rewrites, true
contradictions beside look-alikes whose differing value belongs to something else."""

import pytest

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _rewrite(notes: str, draft: str, original: str):
    return check_draft(RewriteTask(notes=notes, response=original, flags=[]).observations(), draft, original=original)


def _fact(report, nid="n1"):
    return next(f for f in report.facts if f.id == nid)


def _certain_contradictions(report):
    return [f.id for f in report.facts if f.status == "contradicted" and f.tier == "certain"]


# ------------------------------------------------------------------ the value's phrase, read right


def test_a_colour_in_a_relative_clause_is_the_nearest_things():
    """"in front of the house, which is painted yellow": the house is yellow, not the car the
    note calls white (the "of" before the house does not reach past the comma)."""
    report = _caption("a white car parked in front of the house", "A car is parked in front of the house, which is painted yellow.")
    assert not _certain_contradictions(report), report.facts
    # said of the car itself, it is one
    report = _caption("a white car parked in front of the house", "A yellow car is parked in front of the house.")
    assert _certain_contradictions(report) == ["n1"], report.facts


def test_a_noun_ending_in_ed_is_no_participle():
    """"a brown cat bed" is a bed; read as "cat" + the verb "bed", the bed's colour went to the cat."""
    notes = "a grey cat on the sofa\na brown rug on the floor"
    report = _caption(notes, "A grey cat sits on the sofa. A brown rug lies on the floor. The room has a brown cat bed.")
    assert not _certain_contradictions(report), report.facts
