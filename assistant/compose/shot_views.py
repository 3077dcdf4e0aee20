"""A terse note that opens on its shot's words set off by a comma, then the picture's noun ("Eye-level,
close-up view of old plane on runway."; "High-angle, wide-shot photograph of harbour"), as what the view
shows: "An eye-level, close-up view shows an old plane on the runway." `view_shows` (below) reads a view
whose words are not separated by commas ("Close-up view of ..."); here the first of them is (a camera's
angle or distance, `check.framing.SHOTS`), and "photograph", "photo", "image" and "picture" name the view
too. `polish.fragment_mend` tries it where the other mends make nothing."""

from __future__ import annotations

import re

from assistant.check import framing
from assistant.compose import fragments
from assistant.compose.sentences import VIEW_RE, terminated
from assistant.text import indefinite_article

#: a shot's word, then a comma, after any article: "Eye-level, ", "High angle, ", "A close-up, "
_SHOT_FIRST_RE = re.compile(r"^(?:(?:an?|the)\s+)?(?!(?:an?|the)\b)([\w'-]+(?:[\s-][\w'-]+)?),\s+(?=\S)", re.I)
#: the view's describing words and its noun, then "of": "close-up view of", "full-shot black-and-white photograph of"
_VIEW_OF_RE = re.compile(r"^((?:[\w-]+\s+){0,3}?(?:view|shot|close-up|closeup|photograph|photo|image|picture))\s+of\s+(?=\S)",
                         re.I)


def shot_listed_view(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Eye-level, close-up view of old plane on runway." -> "An eye-level, close-up view shows an old
    plane on the runway.": None unless the fragment opens on a shot's word and a comma, then a view's
    noun phrase and "of", and what follows is a noun phrase (`fragments.there_is`)."""
    text = fragment.strip()
    first = _SHOT_FIRST_RE.match(text)
    if first is None or not framing.shots(first.group(1)):
        return None
    view = _VIEW_OF_RE.match(text[first.end():])
    if view is None or len(view.group(1).split()) < 2 or re.search(r"\b(?:a|an|the|this|that)\b", view.group(1), re.I):
        return None  # "Eye-level, photograph of ...": a comma before a bare noun is no list of its words
    rest = text[first.end() + view.end():]
    thing = fragments.there_is(rest, names, known=True)
    if thing is None:
        return None
    shown = f"{first.group(1)}, {view.group(1)}"
    thing = re.sub(r"^There (?:is|are) ", "", thing)
    if rest[:1].isupper() and thing.lower().startswith(rest[:1].lower()):
        thing = rest[:1] + thing[1:]  # a name keeps its capital ("World War II-era plane")
    elif rest[:1].isupper() and (at := thing.find(" ")) > 0 and thing[at + 1:at + 2].lower() == rest[:1].lower():
        thing = f"{thing[:at + 1]}{rest[:1]}{thing[at + 2:]}"  # after its article: "a World War II-era plane"
    return terminated(f"{indefinite_article(shown.lower()).capitalize()} {shown[:1].lower()}{shown[1:]} shows {thing}")


def view_shows(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """A view of something, as what the view shows: "A close-up view of a red mug." -> "A close-up
    view shows a red mug.", terse "Close-up, red mug with a chip." -> "A close-up view shows a red
    mug with a chip." (the caption prompt's own form; "There is a close-up view of ..." reads as the
    note pasted)."""
    text = fragment.strip()
    said = text.split(maxsplit=2)
    if len(said) == 3 and fragments.done_to([w.lower() for w in said[:2]]):
        text = said[2]  # "Captured in close-up, ...": the view said as a doing; "A captured in close-up view" no English
    m = VIEW_RE.match(text)
    if m is None:
        return None
    view = m.group(1).strip()
    if re.search(r"\b(?:a|an|the|this|that|these|those)\b", view, re.I):
        return None  # "Looking down a close-up of ...": a phrase of its own before the view ("A looking down a ...")
    if not re.search(r"\b(?:view|shot)$", view, re.I):
        view += " view"  # "close-up" -> "close-up view"; "wide shot" stays ("A wide shot view shows" no English)
    thing = fragments.there_is(text[m.end():], names, known=True)
    if thing is None:
        return None
    thing = re.sub(r"^There (?:is|are) ", "", thing)
    return f"{indefinite_article(view).capitalize()} {view[:1].lower() + view[1:]} shows {thing}"
