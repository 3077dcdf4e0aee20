"""A terse note typed with its verb after its subject's own short phrase ("Girl in red dress holds
blue balloon."): where that verb is (`verb_after_place`), so that no "There is" goes before the note,
and the object after it with its articles (`object_articled`), which `predicates.article_before_subject`
writes with the subject's."""

from __future__ import annotations

from assistant import lexicon
from assistant.check import word_forms
from assistant.compose import fragments, typed
from assistant.text import indefinite_article, tokenize


#: prepositions whose short phrase a terse note puts between a thing and its verb ("man in coat walks dog")
_SUBJECT_PHRASE = frozenset("in on at with near by behind beside under above inside outside".split())


def verb_after_place(text: str) -> int | None:
    """The index (among `text`'s words) of an -s word that is the verb of a terse sentence whose
    subject's own short phrase stands before it ("Old man in long coat walks small dog.", "Girl with
    kite runs down hill"): a bare noun, a preposition, at most three describing words and a noun,
    then the -s word and what it governs (an article, a count, a describing word or a noun that is
    no -s verb itself). "There is" before such a note would leave its verb dangling ("There is a man in
    coat walks dog."); it needs only its articles. None where no such word is: "Jar of coffee beans on
    shelf" ("of" opens no place; "beans" governs nothing)."""
    tokens = tokenize(text)
    lowers = [t.lower for t in tokens]
    p = next((k for k, w in enumerate(lowers) if w in _SUBJECT_PHRASE), None)
    if p is None or p == 0 or not lexicon.can_be_noun(lowers[p - 1]) or lowers[p - 1] in fragments.DETERMINERS:
        return None
    for n in range(p + 1, min(p + 5, len(lowers) - 2)):
        if any(c in text[tokens[n - 1].end:tokens[n].start] for c in ",;:"):
            return None
        w, after = lowers[n + 1], lowers[n + 2]
        # the noun before the verb names a thing, no colour ("with black frames glass"), and
        # no "+" or comma joins what follows to it; a participle after the -s word is a noun's ("light rays coming")
        noun = lexicon.can_be_noun(lowers[n]) and lowers[n] not in lexicon.load().colors
        if noun and w.endswith("s") and not w.endswith("ss") and word_forms.maybe_verb(w) and \
                not any(c in text[tokens[n].end:tokens[n + 2].start] for c in ",+&") and (
                    after in fragments.DETERMINERS or lexicon.number_value(after) is not None or
                    after in lexicon.load().colors or lexicon.can_be_adjective(after) or
                    lexicon.can_be_noun(after) and not (after.endswith("s") and word_forms.maybe_verb(after))) and \
                after not in fragments.PHRASE_START | {"and", "or"} and not after.endswith(("ing", "ed")):
            return n + 1
        if not (lowers[n] in fragments.DETERMINERS or lexicon.can_be_adjective(lowers[n]) or lexicon.can_be_noun(lowers[n])):
            return None
    return None


def object_articled(text: str) -> str:
    """A terse sentence's object after its verb (`verb_after_place`) with its articles:
    "a" before a bare singular countable noun ("walks small dog" -> "walks a small dog"), "the" in
    the place phrases after it ("on leash" -> "on the leash"). After a subject's own longer phrase the
    verb reads as one only so."""
    at = verb_after_place(text)
    words = tokenize(text)
    if at is None or at + 1 >= len(words):
        return text
    start = words[at + 1].start
    rest = text[start:]
    if typed.takes_a(typed.units(rest)):
        rest = f"{indefinite_article(words[at + 1].lower)} {rest}"
    return text[:start] + typed.articled(rest)
