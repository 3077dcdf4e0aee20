"""bench/bench_word_vectors.py on an invented vocabulary: the model's BPE, a word's vector, and the
scores and sweep its table reports (no weights file needed)."""

import numpy as np

from bench.bench_word_vectors import auc, scores, sweep, unmatched
from bench.word_vectors import Vectors


def _vectors() -> Vectors:
    # byte-level BPE writes a leading space as "Ġ"; "Ġho" + "st" merge to the one token "Ġhost"
    tokens = ["Ġ", "h", "o", "s", "t", "m", "c", "a", "Ġh", "Ġho", "st", "Ġhost", "Ġm", "Ġmc", "Ġc", "Ġca", "Ġcat"]
    merges = ["Ġ h", "Ġh o", "s t", "Ġho st", "Ġ m", "Ġm c", "Ġ c", "Ġc a", "Ġca t"]
    rows = np.zeros((len(tokens), 3), dtype=np.float32)
    for name, row in {"Ġhost": [1, 0, 0], "Ġmc": [0.8, 0.6, 0], "Ġcat": [0, 0, 1], "h": [0, 1, 0], "o": [0, 1, 0],
                      "st": [0, 0, 1]}.items():
        rows[tokens.index(name)] = row
    return Vectors(rows, {t: i for i, t in enumerate(tokens)}, {tuple(m.split()): r for r, m in enumerate(merges)})


def test_bpe_merges_by_rank_and_keeps_the_leading_space_as_its_own_variant():
    v = _vectors()
    assert v.tokens("host") == ["Ġhost"]
    assert v.tokens("host", space=False) == ["h", "o", "st"]  # no merge joins "h" and "o" without the space
    assert np.allclose(v.vector("Host", "space"), [1, 0, 0])  # lower-cased, one token's row
    bare = v.vector("host", "bare")  # mean of h, o, st = (0, 2/3, 1/3), made unit length
    assert np.allclose(bare, np.array([0, 2, 1]) / np.sqrt(5))
    assert np.isclose(np.linalg.norm(v.vector("host", "both")), 1.0)


def test_scores_take_every_flagged_word_to_its_nearest_source_word():
    v = _vectors()
    got = scores(v, "space", ["mc", "cat"], [["host"], ["cat"]])
    assert np.isclose(got["maxmax"], 1.0)  # "cat" is in the source
    assert np.isclose(got["minmax"], 0.8)  # "mc" is 0.8 from "host", its nearest
    assert scores(v, "space", [], [["host"]]) == {"maxmax": -1.0, "minmax": -1.0, "phrase": -1.0}


def test_a_flagged_word_the_source_has_is_no_question_of_wording():
    assert unmatched(["hosts", "gardener"], [["host"]]) == ["gardener"]


def test_sweep_counts_false_alarms_cleared_and_true_ones_lost():
    rows = [{"label": False, "s": 0.9}, {"label": False, "s": 0.2}, {"label": True, "s": 0.5}]
    by_t = {r["threshold"]: r for r in sweep(rows, "s")}
    assert by_t[0.6]["false_cleared"] == 1 and by_t[0.6]["true_lost"] == 0
    assert by_t[0.4]["true_lost"] == 1
    assert max(r["threshold"] for r in by_t.values() if r["true_lost"] == 0) == 0.9  # just above the best true
    assert auc([0.9, 0.2], [0.5]) == 0.5 and auc([0.9], [0.5]) == 1.0
