"""A fragment that opens on commas (", , a blue.") is mended or left as it is by `polish.fragment_mend`,
never a crash: `predicates.lead_phrase_kept` read the last word of an empty lead (review49, invented)."""

import pytest

from assistant.compose.polish import fragment_mend


@pytest.mark.parametrize("fragment", [", , a blue.", ", , , a red cup on the left."])
def test_a_fragment_opening_on_commas_is_no_crash(fragment):
    assert fragment_mend(fragment) is None or fragment_mend(fragment).endswith(".")
