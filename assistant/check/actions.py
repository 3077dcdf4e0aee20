"""What one thing of the notes does to another, kept the notes' way round.

"old man walking a brown dog" carried by "A brown dog is walking an old man", or "tree reflected in
the lake" by "the lake is reflected in the tree": every word is still there, so the content match
passes the note; only who does what to whom changed. relations.py does this for place words
("left of", "holding"); here any verb that joins two things is the relation.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from assistant import lexicon
from assistant.check.binding import Phrase, attr_kind, is_noun, note_phrases, same_head, sentence_phrases, window_sentences
from assistant.check.endings import PREPOSITIONS
from assistant.check.sentence_memo import remembered
from assistant.check.words import Draft, Word, note_words

Action = tuple[Phrase, str, Phrase]
#: Verbs that hold both ways: "a woman hugging a man" is "a man hugging a woman".
_BOTH_WAYS = frozenset({"hug", "kiss", "meet", "touch", "face", "marry", "resemble", "match", "join", "border", "talk",
                        "chat", "embrace", "greet", "play"})


def action_reversed(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """The note's "X <verb> Y" carried by a sentence that says "Y <verb> X", where no note says it so."""
    for x, _, y, a, b in _same_actions(note_text, draft, sentences, notes):
        if y.names(a.head) and x.names(b.head) and not x.names(a.head) and not y.names(b.head):
            return (f"the note says '{_span(note_text, x, y)}', the draft '{_span(draft.text, a, b)}': who does what "
                    "to whom is swapped")
    return None


def action_moved(note_text: str, draft: Draft, sentences: list[int], notes: list[str]) -> str | None:
    """The note's "X <verb> Y" carried by a sentence in which X does it to what another note has
    another thing do it to ("a man holds a brown bag" where the bag is the woman's): the things
    of two notes traded, each word still there."""
    for x, verb, y, a, b in _same_actions(note_text, draft, sentences, notes):
        if x.names(a.head) and not y.names(b.head) and any(
                v == verb and y2.names(b.head) and not x2.names(a.head)
                for t in notes if t != note_text for x2, v, y2 in _note_actions(t)):
            return (f"the note says '{_span(note_text, x, y)}', the draft '{_span(draft.text, a, b)}', what another "
                    "note gives another thing")
    return None


def _same_actions(note_text: str, draft: Draft, sentences: list[int],
                  notes: list[str]) -> Iterator[tuple[Phrase, str, Phrase, Phrase, Phrase]]:
    """Each action of the note (X, verb, Y) with one of the same verb (A, B) in the sentences that
    carry the note, which no note states the draft's way round."""
    if not sentences:
        return
    for x, verb, y in _note_actions(note_text):
        for s in window_sentences(note_text, draft, sentences):
            for a, said, b in _sentence_actions(draft.text, s):
                if said == verb and not _stated(a, verb, b, notes):
                    yield x, verb, y, a, b


def _span(text: str, p: Phrase, q: Phrase) -> str:
    """The text from the first of two phrases' heads to the end of the other's (a passive names
    its doer second: "a dog walked by a man")."""
    first, last = sorted((p.head, q.head), key=lambda w: w.tok.start)
    return text[first.tok.start:last.tok.end]


def _stated(a: Phrase, verb: str, b: Phrase, notes: list[str]) -> bool:
    return any(v == verb and x.names(a.head) and y.names(b.head) for t in notes for x, v, y in _note_actions(t))


@lru_cache(maxsize=4096)
def _note_actions(note_text: str) -> tuple[Action, ...]:
    return tuple(_actions(note_words(note_text), note_phrases(note_text)))


@lru_cache(maxsize=4096)
def _sentence_actions(text: str, s: int) -> tuple[Action, ...]:
    return remembered(_read_actions, text, s)  # `_actions` reads the sentence's words and phrases only


def _read_actions(text: str, s: int) -> tuple[Action, ...]:
    return tuple(_actions(Draft.cached(text).sentence_words(s), sentence_phrases(text)[s]))


def _actions(ws: list[Word] | tuple[Word, ...], found: tuple[Phrase, ...] | list[Phrase]) -> list[Action]:
    """Each verb with the thing right before it (only function words between, "a dog is walking")
    and the one after it ("walking a man"), the other way round for a passive with its doer ("a dog
    walked by a man", "a sky covered with clouds"), so that a note and a draft in either voice
    compare. A verb with another place word keeps it ("perched on", "reflected in"): "the lake
    reflects the tree" is no "tree reflected in the lake" turned round."""
    partitives = lexicon.load().partitives
    out = []
    for i, w in enumerate(ws):
        verb = _verb(w)
        if verb is None:
            continue
        things = [p for p in _cut_at(found, w) if p.head.lower not in partitives]
        x = next((p for p in reversed(things) if p.head.tok.end <= w.tok.start), None)
        y = next((p for p in things if _start(p) >= w.tok.end), None)
        if x is None or y is None or same_head(x.head, y.head):
            continue
        before = [v for v in ws[:i] if v.tok.start >= x.head.tok.end]
        after = [v for v in ws[i + 1:] if v.tok.start < _start(y)]
        if all(v.is_stop for v in before) and all(v.is_stop for v in after):
            prep = next((v.lower for v in after if v.lower not in _DETERMINERS), "")
            if w.lower.endswith("ed") and prep in _AGENT:
                out.append((y, verb, x))
            elif prep not in _ALONGSIDE:
                out.append((x, f"{verb} {prep}".strip(), y))
    return out


#: After a participle, the words that name who or what does it: "walked by a man", "covered with clouds".
_AGENT = frozenset({"by", "with"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "some", "this", "that"})
#: Words that make the two things do it together, whatever the verb: "a woman walking with a man" is
#: "a man walking with a woman", "a horse grazing beside a cow" a cow grazing beside a horse.
_ALONGSIDE = frozenset({"with", "beside", "alongside", "near", "next", "among", "amid", "together"})


def _verb(w: Word) -> str | None:
    """The verb's lemma, for a word that can only be read as a verb form here: "walking", "walks",
    "reflected"; not a word that is a place, a colour or a function word."""
    if w.is_stop or w.direction or w.color or not w.lower.endswith(("ing", "ed", "s")):
        return None
    lemma = next((v for v in lexicon.verb_lemmas(w.lower) if v != w.lower), None)
    return None if lemma is None or lemma in _BOTH_WAYS or w.lower in lexicon.load().ing_nouns else lemma


def _cut_at(found: tuple[Phrase, ...] | list[Phrase], w: Word) -> list[Phrase]:
    """The phrases with the one that swallowed the verb `w` cut in two at it: the phrase reader takes
    "man holds" for a thing named "holds" and "girl feeds goat" for one goat."""
    out = []
    for p in found:
        inside = sorted((p.head, *p.attrs, *p.nouns), key=lambda v: v.tok.start)
        if not any(v.tok.start == w.tok.start for v in inside):
            out.append(p)
            continue
        for part in ([v for v in inside if v.tok.start < w.tok.start], [v for v in inside if v.tok.start > w.tok.start]):
            nouns = [v for v in part if is_noun(v) and attr_kind(v.lower) is None]
            if nouns:
                out.append(Phrase(head=nouns[-1], attrs=[v for v in part if v not in nouns], nouns=nouns[:-1]))
    return out


def _start(p: Phrase) -> int:
    return min(w.tok.start for w in (p.head, *p.attrs, *p.nouns))


def verb_made_modifier(note_text: str, draft: Draft, sentences: list[int]) -> str | None:
    """The note's verb with its thing after it ("pot sports face carved into its top", "man sports
    thick beard") carried by a sentence that puts a determiner right before the verb ("featuring a
    sports face", "a sports beard"): the verb has become a word for the kind of the thing, which no
    note says, and what the note's thing does is lost. Only a word the note reads as a verb: right after
    its doer, never after a determiner, a preposition or an attribute ("kids on sports field"), nor
    after a comma, where a list reads it as a noun ("red coat, hat, sports bag")."""
    if not sentences:
        return None
    for v, thing in _verbs_with_things(note_text):
        for s in window_sentences(note_text, draft, sentences):
            sw = draft.sentence_words(s)
            for k, (det, said) in enumerate(zip(sw, sw[1:])):
                if det.lower not in _DETERMINERS or said.lower != v.lower:
                    continue
                kind = next((w for w in sw[k + 2:k + 2 + _REACH] if _same_word(w, thing)), None)
                if kind is not None:
                    return (f"the note says the thing '{v.tok.text}' a {thing.tok.text}; the draft's "
                            f"'{draft.text[det.tok.start:kind.tok.end]}' makes '{v.tok.text}' a kind of {thing.tok.text}")
    return None


@lru_cache(maxsize=4096)
def _verbs_with_things(note_text: str) -> tuple[tuple[Word, Word], ...]:
    """The note's verbs that read as verbs, each with the thing after it (`verb_made_modifier`)."""
    ws = note_words(note_text)
    return tuple((v, thing) for i, v in enumerate(ws) if (thing := _thing_after(ws, i)) is not None and _finite(v)
                 and _read_as_verb(note_text, ws, i))


#: How many words the verb's thing may stand after it: its attributes between ("sports thick beard").
_REACH = 3


def _thing_after(ws: list[Word], i: int) -> Word | None:
    """The noun the word i does something to: the next word, or the first after its attributes."""
    for w in ws[i + 1:i + 1 + _REACH]:
        if not w.lower.isalpha() or w.is_stop:
            return None
        if is_noun(w) and attr_kind(w.lower) in (None, "other"):
            return w
        if attr_kind(w.lower) is None:
            return None
    return None


def _finite(w: Word) -> bool:
    """A verb's -s form ("sports", "features"), not a place or colour word; stop words count ("features")."""
    if w.direction or w.color or not w.lower.endswith("s"):
        return False
    return any(v != w.lower for v in lexicon.verb_lemmas(w.lower))


def _read_as_verb(text: str, ws: list[Word], i: int) -> bool:
    """The note's word i follows a noun (its doer) with nothing between."""
    if i == 0:
        return False
    prev = ws[i - 1]
    if text[prev.tok.end:ws[i].tok.start].strip():
        return False
    return not prev.is_stop and prev.lower.isalpha() and is_noun(prev) and attr_kind(prev.lower) is None \
        and _verb(prev) is None and prev.lower not in PREPOSITIONS  # "grass beneath flowers": no doer


def _same_word(a: Word, b: Word) -> bool:
    return a.lower == b.lower or bool(lexicon.lemmas(a.lower) & lexicon.lemmas(b.lower))
