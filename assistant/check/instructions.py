"""Which kind of note this is: a fact to carry, a literal edit, a descriptive instruction,
or a style instruction (edits themselves are read in edit_parsing, checked in edit_checks)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from assistant import lexicon
from assistant.check.edit_parsing import parse_edit
from assistant.notes import Observation, flag_taxonomy
from assistant.text import quoted, tokenize

#: Flags that ask for a different style of the whole response, not a fact in one sentence.
STYLE_FLAGS = ("conciseness", "verbosity", "tone", "formatting", "grammar")
_STYLE_EXTRA = frozenset({"shorten", "shorter", "longer", "long", "simplify", "simpler", "clearer", "tighten"})

# Non-edit notes about the text as a whole: "entire summary needs to be rewritten ...".
_INSTRUCTION_RE = re.compile(
    r"\b(?:summary|summary's|response|answer|rewrite|rewritten|rephrase|reword)\b|^(?:make|keep|use|focus|explain|talk)\b",
    re.I)

NoteClass = Literal["fact", "edit", "instruction", "style"]


def classify(observation: Observation | str, *, rewrite: bool = True) -> NoteClass:
    """Which kind of note this is.

    - "edit": a literal edit, applied and checked strictly (new present, old gone);
    - "instruction": a descriptive instruction ("add the county", "remove the first name",
      "modify the location"): the reviewer verifies it;
    - "style": a style instruction ("make it shorter"), in rewrites only;
    - "fact": an observation the result must carry.
    `rewrite=False` (captions): only explicit edit phrasing makes a note an edit or an
    instruction, so "shorter grass" stays a fact.
    """
    return _classify(observation.text if isinstance(observation, Observation) else observation, rewrite)


@lru_cache(maxsize=4096)
def _classify(text: str, rewrite: bool) -> NoteClass:
    """`classify` by the note's text: a pure function of it, asked of every note in every check."""
    edit = parse_edit(text)
    if edit is not None:
        return "instruction" if edit.descriptive else "edit"
    if rewrite and is_style(text) or is_text_instruction(text):
        return "style"
    if rewrite and _INSTRUCTION_RE.search(text) and not quoted(text):
        return "instruction"
    return "fact"


# A note about the text itself, in captions too: "must be one sentence", "keep it under 50 words",
# "no more than two sentences", "write it in the present tense". It names a unit of text or a
# way of writing, and opens like an instruction; "shorter grass" stays a fact.
_TEXT_UNITS = (r"(?:sentences?|words?|paragraphs?|lines?|characters?|caption|tense|tone|voice|bullet(?:s|\s+points?)?|"
               r"list|concise|brief|formal|informal|spelling)")
_TEXT_INSTRUCTION_RES = (
    re.compile(r"^(?:(?:it|the\s+(?:caption|text|description|answer|response))\s+)?(?:must|should|needs?\s+to|has\s+to|"
               r"keep|make|write|use|limit|no\s+more\s+than|at\s+most|max(?:imum)?)\b.*\b" + _TEXT_UNITS + r"\b", re.I | re.S),
    # the whole note is a length: "one sentence", "under 50 words", "2 paragraphs max"
    re.compile(r"^(?:in\s+|under\s+|max(?:imum)?\s+)?(?:one|a\s+single|two|three|\d+)\s+(?:short\s+)?"
               r"(?:sentences?|words?|paragraphs?|lines?)(?:\s+(?:max(?:imum)?|at\s+most|or\s+(?:less|fewer)))?\.?$", re.I),
)


# A remark about the task, not an instruction: the annotator could not judge the text ("cannot
# evaluate, it is in Welsh") or found nothing to change ("no changes needed"). There is nothing to
# carry out, so nothing can be missing.
_REMARK_RE = re.compile(
    r"^(?:i\s+)?(?:cannot|can't|can\s+not|could\s+not|couldn't|unable\s+to|not\s+able\s+to|impossible\s+to)\s+"
    r"(?:be\s+)?(?:evaluated?|judged?|assess(?:ed)?|rated?|compared?|reviewed?|read|understood|understand)\b"
    r"|^no\s+(?:changes?|edits?|corrections?|instructions?)\s+(?:are\s+|is\s+)?(?:needed|required|necessary|to\s+give)\b"
    r"|^nothing\s+(?:needs\s+to\s+be\s+|to\s+)(?:changed?|add(?:ed)?|fix(?:ed)?|correct(?:ed)?|edit(?:ed)?)\b", re.I)


# "no changes needed except ...", "cannot evaluate the tone, but the year is 1937": a remark that
# goes on to ask for something is an instruction
_GOES_ON_RE = re.compile(r"\b(?:but|except|however|apart\s+from|other\s+than|although|though)\b|[.;:!?]\s+\S", re.I)


def is_remark(text: str) -> bool:
    """A note that declines the task or finds nothing to change, and only that ("cannot evaluate,
    it is in Welsh"): no instruction to check. One that goes on to an edit is an instruction."""
    text = text.strip()
    return (bool(_REMARK_RE.match(text)) and not quoted(text) and not _GOES_ON_RE.search(text.rstrip(".!"))
            and not any(ch.isdigit() for ch in text))


def is_text_instruction(text: str) -> bool:
    """A note that asks for a way of writing, not a fact to carry ("must be one sentence")."""
    return any(r.match(text.strip()) for r in _TEXT_INSTRUCTION_RES) and not quoted(text)


@lru_cache(maxsize=1)
def _style_cues() -> frozenset[str]:
    cues: set[str] = set(_STYLE_EXTRA)
    for fid in STYLE_FLAGS:
        cues.update(c for c in flag_taxonomy()[fid].cues if " " not in c)
    return frozenset(cues - {"remove", "delete", "drop", "cut", "fix", "list", "code", "table", "paragraph"})


@lru_cache(maxsize=4096)
def is_style(text: str) -> bool:
    words = {w.lower for w in tokenize(text)}
    return bool(words & _style_cues()) and not quoted(text) and not any(lexicon.number_value(w) is not None for w in words)
