"""The model's verb in its plural form after a singular subject, and a look named without its article, on
invented sentences (prose36, issue 25): "The vase, with its handles, boast smooth, pale green glaze." ->
"The vase, with its handles, boasts a smooth, pale green glaze." (assistant/compose/agreement.py)."""

import pytest

from assistant.check import prose
from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment,mended", [
    ("The vase, with its handles, boast smooth, pale green glaze.",
     "The vase, with its handles, boasts a smooth, pale green glaze."),
    ("The shell boasts glossy, deep amber sheen.", "The shell boasts a glossy, deep amber sheen."),
    ("The lamp, tall and slim, throw a warm light.", "The lamp, tall and slim, throws a warm light."),
])
def test_the_verb_agrees_and_the_look_gets_its_article(fragment, mended):
    assert prose.has_fragment(fragment)
    assert fragment_mend(fragment) == mended


def test_a_base_form_that_is_a_past_tense_too_is_left():
    assert "casts" not in (fragment_mend("The lamp, tall and slim, cast a warm light.") or "")


@pytest.mark.parametrize("sentence", ["The dogs, with their tails, boast soft, brown fur.",
                                      "The cup holds hot, dark coffee.", "The woman standing near the gate."])
def test_a_plural_subject_or_a_mass_object_is_left(sentence):
    """A plural's base form agrees; "coffee" is no look: no "a" before its describing words."""
    mended = fragment_mend(sentence)
    assert mended is None or not any(w in mended for w in ("boasts", "a hot", "hots", "nears"))
