"""Notes the annotator already wrote as finished sentences, taken as written.

A note typed as prose ("Chandelier: A silver chandelier hangs from a beige ceiling.") needs no
packaging: on every recorded run the 1.5B model gave such notes back word for word (95% of its
caption sentences were a note's words in order), at the cost of writing every word again, which
is most of a caption's time on two cores. Such a note goes into the caption as the annotator
wrote it (its "label:" heading dropped where the sentence names it), and the model is asked only
for the notes that are not yet prose: fragments, shorthand, sentences too long to read. The
deterministic check gates the whole caption as before; nothing the annotator wrote is reworded.

A note counts as written only when it looks typed as prose, not jotted: it starts with a capital
letter, ends with a full stop, and the prose figures find no fragment, shorthand, heading or
over-long sentence in it ("silver chandelier hangs from beige roof" is a note, not a sentence).
"""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import prose
from assistant.check.binding import is_noun, same_attr, sentence_phrases
from assistant.check.word_forms import maybe_verb
from assistant.check.words import Word, words
from assistant.compose.models import SentenceChange
from assistant.compose.sentences import LABEL_RE, NUMBER_LABEL_RE, names_label, parse_labelled, word_count
from assistant.notes import Observation
from assistant.text import sentences as split_sentences
from assistant.text import ARTICLES, tokenize

#: A written sentence longer than this goes to the model to be split (as caption.LONG_SENTENCE_WORDS).
MAX_WORDS = 35

_UNWRITTEN_KINDS = frozenset({"fragment", "shorthand", "label", "long"})
# a capital (after an opening quote) at the start, a full stop (before a closing quote or bracket) at the end
_PROSE_START_RE = re.compile(r"^[\"'“‘(]?[A-Z]")
_PROSE_END_RE = re.compile(r"\.[\"'”’)]?$")


def as_written(note: str) -> str | None:
    """The caption sentence(s) of a note the annotator wrote as finished prose, or None when the
    note needs writing: its heading dropped where the sentence names it ("Poster: A poster of
    ..." -> "A poster of ..."; a heading the sentence does not name is information, so such a
    note goes to the model)."""
    text = " ".join(note.split())
    if (m := LABEL_RE.match(text)) is not None:
        if not (names_label(m.group(1), text[m.end():]) or _member_named(m.group(1), text[m.end():])):
            return None
        text = text[m.end():]
    if not (_PROSE_START_RE.match(text) and _PROSE_END_RE.search(text)):
        return None
    if any(r.kind in _UNWRITTEN_KINDS for r in prose.remarks(text)) or not _describes(text):
        return None
    if any(word_count(s.text) > MAX_WORDS for s in split_sentences(text)):
        return None
    return text


def _member_named(label: str, rest: str) -> bool:
    """A one-word category heading whose sentence names a member of it ("Person: A woman ...")."""
    words = tokenize(label)
    return len(words) == 1 and lexicon.names_member(words[0].lower, (t.lower for t in tokenize(rest)))


_ADDRESSES_RE = re.compile(r"\b(?:you|your|yours|please)\b", re.I)
# an order put as a statement about the task: "The caption must say ...", "The assistant should ..."
_TASK_ORDER_RE = re.compile(r"\b(?:the|this|that|my)\s+(?:caption|draft|description|assistant|notes?|prompt|output|answer)"
                            r"(?:\s+above|\s+below)?\s+(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|is\s+to)\b", re.I)


def _describes(text: str) -> bool:
    """Whether each sentence states something, as a caption does: no sentence that opens with a
    order ("Ignore ...", "Mention that ..."), speaks to someone ("you", "please") or tells the
    task what to do ("The caption must ..."). Such a note is not caption prose; the model gets it, as data, to describe."""
    if _ADDRESSES_RE.search(text) or _TASK_ORDER_RE.search(text):
        return False
    for s in split_sentences(text):
        words = [w.lower for w in tokenize(s.text)] + ["", ""]
        if _order(*words[:2]):
            return False
    return True


def _order(word: str, after: str = "") -> bool:
    """A verb's bare form that is no noun or adjective too ("ignore", "write", "do"): a sentence it
    opens is an order. "Parked cars line the road." opens with a participle, "Three dogs sit."
    with a number: statements. A bare form that is also a noun opens an order where an object
    follows it at once ("Mention that ...", "Say the car ...", "Disregard all notes"): a noun
    subject is followed by its verb ("Water covers the floor.")."""
    if word in _NEGATED_ORDERS:
        return True
    if word in _STATEMENT_OPENERS or not lexicon.is_verb_base(word):
        return False
    return after in _OBJECT_OPENERS or not (lexicon.can_be_noun(word) or lexicon.can_be_adjective(word))


#: an order said as a prohibition ("Don't mention the car.", "Never say ...")
_NEGATED_ORDERS = frozenset("don't dont never".split())
#: words that open the object of an order, never the verb of a noun subject
_OBJECT_OPENERS = frozenset("that the a an all any every each this these those it them me us him her "
                            "my our your their his its everything nothing only no".split())


#: words that open statements and that lemminflect also knows as verbs
_STATEMENT_OPENERS = frozenset("a an the this that these those there it its is are was were has had "
                               "some many several each every one two three four five".split())


def written_notes(observations: list[Observation]) -> dict[str, str]:
    """Note id -> its sentence(s) as written, for the notes that need no model (`as_written`)."""
    return {o.id: text for o in observations if (text := as_written(o.text)) is not None}


def still_as_written(observations: list[Observation], text: str) -> list[str]:
    """The notes whose sentences stand in `text` word for word as the annotator wrote them: not
    those a later polish merged or split, and also those an earlier draft kept (a compose again)."""
    return [o.id for o in observations if (sentence := as_written(o.text)) is not None and sentence in text]


def interleaved(answer: str, observations: list[Observation], written: dict[str, str],
                complete: bool = True) -> str:
    """The caption in the notes' order: each written note's sentence, and for each note the model
    was asked about (labelled N1, N2, ... in the order asked) its answer line. While the answer is
    still arriving (`complete` False) the text stops before the first asked note whose line is
    not yet finished, so that it only grows. An answer without labels goes in where the first
    asked note stands: nothing the model wrote is lost."""
    label_of = {o.id: f"N{i + 1}" for i, o in enumerate(o for o in observations if o.id not in written)}
    answer = _numbers_as_labels(answer)
    lines = parse_labelled(answer)
    by_note = {note: lines.get(label) for note, label in label_of.items()}
    if not lines and answer.strip():
        first = next(iter(label_of), None)
        by_note = {first: answer.strip()} if complete and first else {}
    last = _last_label(answer)
    out: list[str] = []
    for o in observations:
        if o.id in written:
            out.append(written[o.id])
            continue
        line = by_note.get(o.id)
        if line is None:
            if complete:
                continue  # the model skipped it: the check reports it and a patch writes it
            break
        out.append(line)
        if not complete and last == label_of[o.id]:
            break  # its line may still be growing
    if complete:  # lines under labels no note was asked by, kept at the end
        asked_labels = set(label_of.values())
        out += [text for label, text in lines.items() if label not in asked_labels]
    return " ".join(part.strip() for part in out if part.strip())


# "A tall man ...", "An old door ...": a sentence that introduces its subject
_INDEFINITE_RE = re.compile(r"^(A|An)\s+(?=\w)")
_INTRODUCED_RE = re.compile(r"\b(?:a|an)\s+$", re.I)


def introduced_again(sentences: list[str], written: dict[str, str], changes: list[SentenceChange]) -> list[str]:
    """A model sentence that opens with "A tall man ..." after the annotator's own sentence
    introduced "a tall man" reads as a second man: the model, asked only for the jotted notes,
    never saw the written ones. Its "A" becomes "The" when an earlier written sentence introduced
    a thing of the same head with at least every word the model's phrase gives it; a phrase with
    a word of its own ("A short man") is another thing, and stays."""
    own = {s.text for text in written.values() for s in split_sentences(text)}
    out: list[str] = []
    for sentence in sentences:
        m = _INDEFINITE_RE.match(sentence)
        if m and sentence not in own and any(_introduces(e, sentence, m.end()) for e in out if e in own):
            after = "The " + sentence[m.end():]
            changes.append(SentenceChange(before=sentence, after=after, how="patch",
                                          reason="the thing was introduced by a note written as a sentence"))
            sentence = after
        out.append(sentence)
    return out


def _introduces(earlier: str, sentence: str, start: int) -> bool:
    """Whether `earlier` introduces ("a"/"an") the thing named at `start` of `sentence`: the same
    words in the same order ("tall man"; "gray" for "grey"), and no noun after them that would make
    it another thing ("tall man servant"); a word that may be a verb ("holds") ends the phrase.
    What an "of" phrase is of names the thing too ("a glass of wine" is not "a glass of water"),
    and a thing the written sentence denies ("There isn't a dog") was never introduced."""
    line = [w for w in words(sentence) if w.tok.start >= start]
    theirs = words(earlier)
    for phrases in sentence_phrases(earlier):
        for q in phrases:
            given = sorted((q.head, *q.attrs, *q.nouns), key=lambda w: w.tok.start)
            if not _INTRODUCED_RE.search(earlier[:given[0].tok.start]) or len(line) < len(given) \
                    or any(w.negation for w in theirs if w.tok.start < given[0].tok.start):
                continue
            after = line[len(given)] if len(line) > len(given) else None
            of_same = after is None or after.lower != "of" or \
                _same_of(line[len(given):], [w for w in theirs if w.tok.start > given[-1].tok.start])
            if all(same_attr(w, g) for w, g in zip(line, given)) and of_same and _same_place(line[len(given):], theirs) \
                    and (after is None or after.is_stop or not is_noun(after) or maybe_verb(after.lower)):
                return True
    return False


_PLACE_WORDS = frozenset("by near beside behind under above below on in at next inside outside against".split())


def _same_place(rest: list[Word], theirs: list[Word]) -> bool:
    """Whether a place said right after the thing ("a white chair by the door") is one the written
    sentence says too: "A white chair stands by the window." and "a white chair by the door" are two chairs."""
    if not rest or rest[0].lower not in _PLACE_WORDS:
        return True
    place = next((w for w in rest[1:] if not w.is_stop), None)
    return place is None or any(same_attr(place, w) for w in theirs)


def _same_of(mine: list[Word], theirs: list[Word]) -> bool:
    """Whether both go on "of" into the same word, past an article ("a glass of water", "a piece of the cake")."""
    a, b = _of_what(mine), _of_what(theirs)
    return a is not None and b is not None and same_attr(a, b)


def _of_what(ws: list[Word]) -> Word | None:
    rest = [w for w in ws[1:] if w.lower not in ARTICLES]
    return rest[0] if ws and ws[0].lower == "of" and rest else None


def _numbers_as_labels(answer: str) -> str:
    """An answer that numbers two or more of its lines "1:", "2:" as the labels "N1:", "N2:": put
    where the first asked note stands, the numbers would stay in the caption mid-line."""
    if parse_labelled(answer) or len(NUMBER_LABEL_RE.findall(answer)) < 2:
        return answer
    return NUMBER_LABEL_RE.sub(lambda m: f"N{m.group(1)}: ", answer)


_LABEL_AT_LINE_RE = re.compile(r"^\s*\**\s*(N\d+)\s*\**\s*[:.)\-–]", re.M | re.I)


def _last_label(answer: str) -> str | None:
    labels = _LABEL_AT_LINE_RE.findall(answer)
    return labels[-1].upper() if labels and not answer.endswith("\n") else None
