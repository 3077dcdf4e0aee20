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


def test_a_replay_answers_recorded_edit_gains_and_asks_a_live_model_for_what_it_lacks(tmp_path):
    from bench.bench_stages import _edits_key  # noqa: PLC0415

    edits = [[7, 7, "a "], [0, 1, "The c"]]
    tape = tmp_path / "tape.json"
    tape.write_text(json.dumps({"rows": [{"product": {"calls": [
        {"kind": "edits", "request": _edits_key("Cat on mat.", edits, -2.5), "gains": [3.5, None], "text": ""},
    ]}}]}))
    player = Replay(tape)
    assert player.score_edits("Cat on mat.", [(7, 7, "a "), (0, 1, "The c")], -2.5) == [3.5, None]
    assert player.score_edits("Dog on mat.", [(7, 7, "a ")], -2.5) is None
    assert player.score_misses == 1

    class Live:
        def score(self, texts):
            return [-1.0 for _ in texts]

        def score_edits(self, text, edits, expect):
            return [2.0 for _ in edits]
    player = Replay(tape, Live())
    assert player.score_edits("Dog on mat.", [(7, 7, "a ")], -2.5) == [2.0]
    assert player.score(["A dog."]) == [-1.0] and player.score_misses == 0
    assert [c["kind"] for c in player.calls] == ["edits", "score"]


def test_a_recording_holds_what_the_model_wrote_scored_and_gained_and_replays_it(tmp_path):
    from bench.bench_stages import Probe  # noqa: PLC0415

    class Llm:  # the llama.cpp calls Probe times; nothing is decoded here
        def eval(self, tokens):
            pass

        def sample(self, *a, **k):
            return 0

        def save_state(self):
            return None

        def load_state(self, state):
            pass

    class Model:
        llm = Llm()

        def stream(self, messages, params):
            self.llm.eval([1, 2, 3])
            yield "A cat "
            yield "naps."
            yield (12, 3)

        def score(self, texts):
            return [-float(len(t)) for t in texts]

        def score_edits(self, text, edits, expect):
            return [1.5 if r == "a " else None for _, _, r in edits]
    model = Model()
    probe = Probe(model)
    messages = [{"role": "system", "content": "caption"}, {"role": "user", "content": "cat naps"}]
    assert "".join(p for p in model.stream(messages, {"max_tokens": 8}) if isinstance(p, str)) == "A cat naps."
    assert model.score(["A cat."]) == [-6.0]
    assert model.score_edits("Cat naps on mat.", [(12, 12, "a "), (0, 1, "The c")], -2.5) == [1.5, None]
    assert [c["kind"] for c in probe.calls] == ["draft", "score", "edits"]
    assert probe.calls[0]["prefill_tokens"] == 3 and probe.calls[0]["completion_tokens"] == 3
    tape = tmp_path / "tape.json"
    tape.write_text(json.dumps({"rows": [{"product": {"calls": probe.calls}}]}))
    player = Replay(tape)
    assert "".join(p for p in player.stream(messages, {}) if isinstance(p, str)) == "A cat naps."
    assert player.score(["A cat."]) == [-6.0]
    assert player.score_edits("Cat naps on mat.", [(12, 12, "a "), (0, 1, "The c")], -2.5) == [1.5, None]
    assert (player.misses, player.score_misses) == (0, 0)


def test_the_lookup_bench_reads_a_tape_with_edit_gains_as_its_model_calls_only(tmp_path):
    # review47: an "edits" call has no messages; bench_lookup.recorded took its [text, edits, expect] for them
    from bench.bench_lookup import recorded  # noqa: PLC0415
    from bench.bench_stages import _edits_key  # noqa: PLC0415

    messages = [{"role": "system", "content": "caption"}, {"role": "user", "content": "notes"}]
    tape = tmp_path / "tape.json"
    tape.write_text(json.dumps({"rows": [{"product": {"calls": [
        {"kind": "draft", "request": _key(messages), "text": "Cat naps on sofa."},
        {"kind": "edits", "request": _edits_key("Cat naps on sofa.", [(12, 12, "the ")], -2.5), "gains": [2.0],
         "text": ""},
    ]}, "raw": {"calls": []}}]}))
    assert recorded([tape]) == [("draft", messages, "Cat naps on sofa.")]
