"""bench_stages' tape: what a recorded run's model wrote and scored is answered again on replay."""

import json

from bench.bench_stages import Replay, _key


def test_a_replay_answers_recorded_requests_and_scores_and_counts_what_it_lacks(tmp_path):
    messages = [{"role": "system", "content": "caption"}, {"role": "user", "content": "notes"}]
    tape = tmp_path / "tape.json"
    tape.write_text(json.dumps({"rows": [{"product": {"calls": [
        {"kind": "draft", "request": _key(messages), "text": "A cat is on the sofa."},
        {"kind": "score", "request": json.dumps(["A cat.", "A cat is here."]), "scores": [-9.5, -7.25], "text": ""},
    ]}}]}))
    player = Replay(tape)
    assert "".join(p for p in player.stream(messages, {}) if isinstance(p, str)) == "A cat is on the sofa."
    assert player.score(["A cat.", "A cat is here."]) == [-9.5, -7.25]
    assert player.score(["A dog."]) is None
    assert (player.misses, player.score_misses) == (0, 1)
    assert [c["kind"] for c in player.calls] == ["draft", "score"]
