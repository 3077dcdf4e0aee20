"""A colour's shade stays with it: a note's "pale mauve" or "off-white" carried by a sentence that
says the plain colour, its shade cut off by a verb ("The building pale is mauve") or left out ("a
white car"). The content match passes both: the tone is a word elsewhere, or "off" a function word."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.check.binding import attr_kind, draft_phrases, note_phrases, same_head
from assistant.check.words import Draft, Word, note_words

#: Tone words that change the colour after them ("light blue" is not "blue"; lexicon.toml's
#: `shades` leaves them out for that reason).
_CHANGING_TONES = frozenset({"light", "dark", "pale", "deep"})
_COPULAS = frozenset({"is", "are", "was", "were"})


def tone_cut(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A note's "pale mauve" drafted "The building pale is mauve" or "The day light is gray": a
    verb put between the tone and its colour makes the tone part of the subject, so the colour
    said is another one. Not when the carrying sentences also say the tone before the colour."""
    toned = _toned(note_text)
    if not toned:
        return None
    said = [w for s in sentences for w in draft.sentence_words(s)]
    pairs = {(a.lower, b.color) for a, b in zip(said, said[1:]) if b.color}
    for i, w in enumerate(said[:-2]):
        cut = said[i + 2] if said[i + 2].lower not in ("a", "an") or i + 3 >= len(said) else said[i + 3]
        if (w.lower, cut.color) in toned - pairs and said[i + 1].lower in _COPULAS:
            return f"the note's {w.tok.text} {cut.tok.text}: the draft puts '{said[i + 1].tok.text}' between them"
    return None


@lru_cache(maxsize=4096)
def _toned(note_text: str) -> frozenset[tuple[str, str]]:
    """The note's tones and the colours they change ("pale", "mauve"): every check asks, of every note."""
    ws = note_words(note_text)
    return frozenset((w.lower, ws[i + 1].color) for i, w in enumerate(ws[:-1])
                     if w.lower in _CHANGING_TONES and ws[i + 1].color)


_OFF_SHADE = re.compile(r"\boff-([a-z]+)\b", re.I)


def shade_dropped(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A note's "off-white car" carried by "a white car": "off" is a function word to the match, so
    the colour it turns into another one is lost unseen. Not when a carrying sentence keeps the shade
    ("off-white", "off white")."""
    shades = _off_shades(note_text)
    if not shades:
        return None  # most notes give no "off-" shade: the sentences are not read
    said = " ".join(draft.sents[s].text for s in sentences)
    for colour in shades:
        if re.search(rf"\b{colour}\b", said, re.I) and not re.search(rf"\boff[-\s]{colour}\b", said, re.I):
            return f"the note's off-{colour}: the sentences that carry it say {colour}"
    return None


@lru_cache(maxsize=4096)
def _off_shades(note_text: str) -> tuple[str, ...]:
    """The colours of the note's "off-" shades ("white" of "off-white"), read once a note."""
    return tuple(m.group(1).lower() for m in _OFF_SHADE.finditer(note_text) if attr_kind(m.group(1).lower()) == "colour")


def colour_cut_off(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """A note's colour listed before its thing ("under grey, overcast sky") that a carrying sentence
    writes before a comma and then words no list has ("Under grey, there is an overcast sky"): the
    colour stands alone, the sky is only overcast. Not when any sentence gives the thing the colour
    ("a grey sky"), nor for a colour the note writes alone."""
    listed = _listed_colours(note_text)
    if not listed:
        return None
    given = {(a.color, p.head.lower) for p in draft_phrases(draft) for a in p.attrs if a.color}
    for s in sentences:
        ws, text = draft.sentence_words(s), draft.text
        for i, w in enumerate(ws[:-1]):
            head = next((h for a, h in listed if a.color == w.color and (w.color, h.lower) not in given), None)
            if head is None or "," not in text[w.tok.end:ws[i + 1].tok.start]:
                continue
            between = next((ws[i + 1:j] for j in range(i + 1, len(ws)) if same_head(head, ws[j])), None)
            if between and any(not (v.lower in _LISTING or attr_kind(v.lower)) for v in between):
                return f"the note's {w.tok.text} {head.tok.text}: the draft cuts '{w.tok.text}' off before it"
    return None


@lru_cache(maxsize=4096)
def _listed_colours(note_text: str) -> tuple[tuple[Word, Word], ...]:
    """Each colour the note lists before its thing past a comma, with the thing (read once a note)."""
    return tuple((a, p.head) for p in note_phrases(note_text) for a in p.attrs
                 if a.color and a.tok.end < p.head.tok.start and "," in note_text[a.tok.end:p.head.tok.start]
                 and not _WORN.search(note_text[:a.tok.start]))


#: "in" before a colour: the colour worn ("man in white, tall hat"), a colour the note writes alone.
_WORN = re.compile(r"\bin\s+$", re.I)

#: Words a list of a thing's attributes may hold between a colour and the thing ("grey, overcast sky").
_LISTING = frozenset({"and", "a", "an", "the", "very"})
