"""Deterministic fact check of a draft against the notes (no LLM).

For every observation: is its key content carried into the draft (kept), missing or altered
(dropped), or carried but stated as certain when the note was hedged (hedge_lost)? Then:
which content in the draft has no support in the notes (or, for rewrites, in the kept part
of the original response)? Every problem is reported with evidence; nothing is hidden.

One module per rule family:
- words:         shared analysis (word features, a note's key units, the indexed draft)
- matching:      notes to the sentences that carry them
- numbers:       numbers and counts, in digits or words
- negation:      negation and polarity
- spatial:       directions and colours, and surplus directions
- quotes:        quoted text, verbatim
- hedges:        hedged notes stay hedged (word and phrase hedges, prompts/hedges.toml)
- unsupported:   draft content with no support (support: what the human supplied, as lookups)
- binding:       attributes belong to their objects
- prose:         prose figures of a caption: written, or the notes pasted (style remarks)
- clauses:       a sentence's verbs: finite, participles, relative clauses, cut ends (for prose)
- instructions:  which kind of note: fact, literal edit, descriptive instruction, style
- edit_parsing:  edit notes read as edits (old and new sides, described or literal)
- edit_checks:   edits and descriptive instructions checked against the result
- report:        the report types
- checker:       check_draft, which runs them all
"""

from assistant.check.checker import check_draft
from assistant.check.edit_parsing import Edit, literal_edit, parse_edit
from assistant.check.instructions import STYLE_FLAGS, NoteClass, classify
from assistant.check.report import CheckReport, FactCheck, ObsKind, SentenceProvenance, Span, Status

__all__ = ["CheckReport", "Edit", "FactCheck", "NoteClass", "ObsKind", "SentenceProvenance", "Span", "Status",
           "STYLE_FLAGS", "check_draft", "classify", "literal_edit", "parse_edit"]
