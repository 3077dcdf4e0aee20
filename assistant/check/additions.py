"""What an addition ("Add the information about X to the summary") asks of the result, when its side
names its thing: human rewrites often make it in other words (issue 23: the first looks' "instructions
done in other words reported unmet")."""

from __future__ import annotations

import dataclasses

from assistant.check.edit_effects import asserted, in_text
from assistant.check.words import Draft, Key


def judged_key(key: Key, draft: Draft, original: str) -> Key:
    """An addition that names its thing (a name, a number) is judged by those, as a replacement's new
    side is: half of its common words are enough ("after John's departure" -> "left"), unless one is
    the original's own word the result took out ("developed" -> "built"). When each name it gives is
    written where the original did not, and it gives no number, the addition is made ("it being opened
    in St Helena at the end" -> "... has opened in St Helena"): the rest describes it. A number keeps its
    counted word ("the 12th contest" is not "a 12th time")."""
    if not (key.names or key.numbers) or any(in_text(u, original) and not in_text(u, draft.text) for u in key.content):
        return key
    key = dataclasses.replace(key, lenient=True)
    if not key.numbers and _all_added(key.names, draft, original):
        key = dataclasses.replace(key, content=[])
    return key


def _all_added(units: list[str], draft: Draft, original: str) -> bool:
    """Every unit is asserted by the draft more often than by the original."""
    before = Draft.cached(original)
    return bool(units) and all(asserted(u, draft) > asserted(u, before) for u in units)
