"""The model seam's fallback: a primary that still fails after its retries hands the call to
the fallback model, and the answer says which model gave it."""

import pytest

from assistant import llm
from assistant.compose import compose, output_budget
from assistant.errors import ModelError
from assistant.llm.fake import FakeHTTPError, FakeModel
from assistant.kinds.caption import CaptionTask
from tests.test_eval import echo_model

MESSAGES = [{"role": "user", "content": "hi"}]


@pytest.fixture
def backup():
    model = FakeModel()
    with model.installed("backup"):
        yield model


def _spec(retries=1):
    return llm.ModelSpec(model="fake/test", retries=retries, fallback=llm.ModelSpec(model="backup/one", retries=0))


def test_a_failing_primary_falls_back_after_its_retries(fake, backup):
    fake.enqueue([FakeHTTPError(503, "busy"), FakeHTTPError(503, "still busy")])
    backup.enqueue(["from the backup"])
    with llm.record_completions() as records:
        result = llm.complete(MESSAGES, _spec(retries=1), wait_max=0.001)
    assert result.text == "from the backup" and result.model == "backup/one"
    assert len(fake.calls) == 2 and len(backup.calls) == 1  # the primary's retries came first
    assert [r.model for r in records] == ["backup/one"]


def test_a_working_primary_never_calls_the_fallback(fake, backup):
    fake.enqueue(["primary"])
    assert llm.complete(MESSAGES, _spec(), wait_max=0.001).model == "fake/test"
    assert backup.calls == []


def test_when_both_fail_the_error_names_both(fake, backup):
    fake.enqueue([FakeHTTPError(400, "bad request")])
    backup.enqueue([FakeHTTPError(503, "backup down")])
    with pytest.raises(ModelError, match="bad request.*fallback 'backup/one'.*backup down"):
        llm.complete(MESSAGES, _spec(retries=0), wait_max=0.001)


def test_compose_through_a_fallback_records_who_answered(fake, backup):
    fake.enqueue([FakeHTTPError(429, "slow down")])
    backup.enqueue([echo_model])
    with llm.record_completions() as records:
        draft = compose(CaptionTask(notes="red bus on the left"), _spec(retries=0))
    # the first draft is streamed: the fallback takes over before any text was shown
    assert draft.check.ok and [r.model for r in records] == ["backup/one"]
    assert backup.calls[0]["params"]["max_tokens"] == output_budget(CaptionTask(notes="red bus on the left"))


def test_rate_limits_are_recognised_through_the_error_chain(fake):
    fake.enqueue([FakeHTTPError(429, "slow down")])
    with pytest.raises(ModelError) as raised:
        llm.complete(MESSAGES, llm.ModelSpec(model="fake/test", retries=0))
    assert llm.is_rate_limited(raised.value) and not llm.is_rate_limited(ModelError("other"))


def test_a_sentence_that_contradicts_its_note_gives_way_to_the_note():
    """The draft's only sentence for a note says another colour: the note, pasted, takes its place.
    Pasted beside it, the caption said the door twice, once wrongly, and the contradiction stayed."""
    from assistant.check import check_draft  # noqa: PLC0415
    from assistant.compose.fallback import verbatim_fallback  # noqa: PLC0415
    from assistant.kinds.caption import CaptionTask  # noqa: PLC0415

    obs = CaptionTask(notes="red bus on the left\nblue door on the right, maybe open").observations()
    changes = []
    out, kept = verbatim_fallback(["A red bus is on the left.", "A green door is on the right, and it is possibly open."],
                                  obs, changes)
    assert out == ["A red bus is on the left.", "Blue door on the right, maybe open."]
    assert kept == ["n2"] and changes[0].before.startswith("A green door")
    assert check_draft(obs, " ".join(out)).ok
    # a sentence that also carries another note stays; the note goes in beside it
    both = ["A red bus is on the left, next to a green door on the right that is possibly open."]
    out, _ = verbatim_fallback(both, obs, [])
    assert both[0] in out and len(out) == 2
