"""Articles a terse note's sentence left out, put back where the model reads them as likelier.

Annotators type notes without articles ("adding touch of whimsy to composition"), and the small
embedded model copies them so: about half the articles of the source text were missing from
captions composed from its terse cut. No rule tells "adding touch" (wants "a") from "revealing
sharp teeth" (wants none), but the model can, by reading (`llm.edit_gains`): one pass over the
caption finds the places where it expected "the", "a" or "an" (at least MIN_EXPECTED likely, and
likelier than the word there), and an article is put in where the words from it on read likelier
with it than without by MIN_GAIN, each place judged alone in the caption as it is. The places are
the words a rule allows a noun phrase to start at (`places`). The model writes nothing, so it
cannot add a word of its own; each sentence changed must keep every note as the check reads it
(`polish.mend_each`). Only a model that runs here can score; with any other the caption stays.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from assistant import llm
from assistant.check.clauses import verbs
from assistant.check.word_forms import COLLECTIVES, past_or_participle, plural
from assistant.compose.likely_verbs import bare_word
from assistant.compose.models import SentenceChange
from assistant.compose.polish import mend_each
from assistant.notes import Observation
from assistant.text import indefinite_article, tokenize

log = logging.getLogger(__name__)

#: Nats by which the words from an article to the next place must read likelier with it.
MIN_GAIN = 1.0
#: How likely (log) the model must have found an article in a place for the place to be tried: where
#: it expected none, a surprising word is a surprising word, not a missing article.
MIN_EXPECTED = -2.5
#: Words of a sentence the polish figure calls too long past (`baseline.score`'s "polished").
LONG_WORDS = 40
#: Characters of caption read at once (some 300 tokens: what the scoring context holds with the edits).
PIECE_CHARS = 1400

# An article never comes before these (they are determiners, pronouns, numbers, or words that are no noun
# phrase's start) ...
_NOT_BEFORE = frozenset("""a an the this that these those its his her their our your my some any each every no
none both all either neither another other such which what whose who whom where when while whereas as than
of in on at with without by for from to into onto over under near beside behind between among through across
along around above below beneath atop upon within against toward towards via per
and or but nor yet so if then there here it it's they them he him she we us you i me one two three four five
six seven eight nine ten eleven twelve several many few more most much less least
is are was were be been being has have had do does did can could may might will would shall should must
not very also too just only even still almost nearly about approximately
someone somebody something anyone anybody anything everyone everybody everything nobody nothing else
little""".split())  # "little light" (hardly any) is not "a little light" (some)
# ... nor right after these (the place is inside a noun phrase that has its determiner, or after a number).
_NOT_AFTER = frozenset("""a an the this that these those its his her their our your my some any each every no
another either neither such what whose one two three four five six seven eight nine ten several many few
both all per""".split())  # "$5 per pound"


class Place(NamedTuple):
    """Where an article may go: before the word at `start` (a character of the caption), in sentence
    `sentence`; `first` for a sentence's first word."""

    sentence: int
    start: int
    first: bool


def places(sentences: list[str]) -> list[Place]:
    """Every word of the caption `" ".join(sentences)` an article may stand before: a word of letters,
    lower case (a sentence's first word capitalised, and no name after it), outside quotes and
    parentheses, not itself a determiner, pronoun, preposition or number word, and not after one
    of those that begin a noun phrase."""
    out, offset = [], 0
    for k, sentence in enumerate(sentences):
        words = list(re.finditer(r"\S+", sentence))
        for j, m in enumerate(words):
            word = m.group()
            if j == 0:
                ok = (re.fullmatch(r"[A-Z][a-z'’-]+[,;:]?", word) is not None and len(words) > 1
                      and not words[1].group()[:1].isupper())
            else:
                before = words[j - 1].group()
                ok = (re.fullmatch(r"[a-z][a-z'’-]*[,;:.!?]?", word) is not None and not before.endswith(("-", "—", "–"))
                      and bare_word(before) not in _NOT_AFTER and not re.search(r"\d", before)
                      and not re.search(r"['’]s?$", before.rstrip(",;:")) and not _inside_marks(sentence[:m.start()]))
            after = bare_word(words[j + 1].group()) if j + 1 < len(words) else ""
            if ok and bare_word(word) not in _NOT_BEFORE and not _no_noun_phrase(word, after, words[j - 1].group() if j else ""):
                out.append(Place(k, offset + m.start(), j == 0))
        offset += len(sentence) + 1
    return out


def verb_places(sentences: list[str]) -> list[Place]:
    """Where "is" or "are" may be missing: before the first verb of a sentence when that verb is a bare
    participle right after its subject ("Scene bathed in light", "A towel casually placed on the chair",
    before the adverb), read by the fragment figure as a past tense, or the first participle after a noun
    in a sentence with no verb that the mends before left so. A caption describes in the present,
    so such a verb is mostly a note's participle; the model decides, as for an article."""
    out, offset = [], 0
    for k, sentence in enumerate(sentences):
        tokens = tokenize(sentence)
        i = next(verbs(tokens, sentence), None)
        if i is None:  # no verb at all: the first participle after a noun ("Lamp perched on the shelf.")
            i = next((j for j in range(1, len(tokens)) if tokens[j - 1].lower not in _NOT_AFTER | _PREPOSITIONS
                      and re.fullmatch(r"[a-z]+(?:ed|en)", tokens[j].text)), None)
        if i is not None and i >= 1 and re.fullmatch(r"[a-z]+(?:ed|en)", tokens[i].text) and past_or_participle(tokens[i].lower) \
                and tokens[i - 1].lower not in _AUXILIARIES and not sentence[tokens[i - 1].end:tokens[i].start].strip() \
                and not _inside_marks(sentence[:tokens[i].start]):
            at = i - 1 if i >= 2 and tokens[i - 1].lower.endswith("ly") else i
            out.append(Place(k, offset + tokens[at].start, False))
        offset += len(sentence) + 1
    return out


_AUXILIARIES = frozenset("""is are was were be been being am has have had do does did will would can could may might
must shall should get gets got not""".split())
_BE = ("is", "are")


def _no_noun_phrase(word: str, after: str, before: str) -> bool:
    """Whether `word` cannot begin a noun phrase here: a participle before its preposition ("Sled,
    pulled by ...", "Captured from ..."), a word before "to" ("Adjacent to the door", "next to"), a side
    said as "right of", a word that ends its phrase before a comma or the sentence's end after "is" ("is
    rectangular, ..."), or a predicate before a preposition ("is rectangular in shape")."""
    bare = bare_word(word)
    if re.fullmatch(r"[a-z]+(?:ed|en)", bare) and after in _PREPOSITIONS:
        return True
    if after == "to" or bare in ("left", "right") and after == "of":  # "Adjacent to the door", "Right of the lamp"
        return True
    return bare_word(before) in _COPULAS and (after in _PREPOSITIONS or word.endswith((",", ".", ";", ":")))


_PREPOSITIONS = frozenset("""of in on at with without by for from to into onto over under near beside behind between
among through across along around above below beneath atop upon within against toward towards via""".split())
_COPULAS = frozenset("is are was were be been being seems appears looks remains".split())


def _plural_head(text: str, start: int) -> bool:
    """Whether the words at `start` run to a comma or the sentence's end and end on a plural noun, with no
    preposition, join or relative word between: an object such as "gold peep-toe heels," (a verb may follow a
    subject, so only a phrase that ends with its clause is read)."""
    head = ""
    for word in text[start:].split():
        if head and bare_word(word) in _PREPOSITIONS | _PHRASE_ENDS or bare_word(word) in COLLECTIVES \
                or re.search(r"['’]s?$", word.rstrip(",.;:!?")):
            return False  # "a dozen petals", "a pair of heels", "a person's legs": the article is theirs
        head = bare_word(word)
        if word[-1:] in ",.;:!?\"”’)":
            return plural(head)
    return False


_PHRASE_ENDS = frozenset("and or but with that which who whose while as is are was were".split())


def _next_word(text: str, start: int) -> int:
    """Where the word after the one at `start` begins."""
    m = re.compile(r"\S+\s+").match(text, start)
    return m.end() if m else len(text)


def _inside_marks(text: str) -> bool:
    """Whether the end of `text` is inside a quotation or parentheses; a single quote opens at a word's
    start ('fresh, ‘fresh) and closes at its end (fish', fish’) where one is open, so "dog’s" and the
    "dogs’" before a quotation neither open nor close one."""
    singles = 0
    for m in _SINGLE_QUOTE_RE.finditer(text):
        singles = singles + 1 if m.group(1) else max(0, singles - 1)
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("(") > text.count(")") or singles > 0


_SINGLE_QUOTE_RE = re.compile(r"(‘|(?<![^\s(\[“\"—–])')|(?<=\S)['’](?![A-Za-z])")


def with_articles(sentences: list[str], gains: Callable[[str, list[tuple[int, int, str]]], list | None],
                  fixed: frozenset[int] = frozenset()) -> list[str] | None:
    """The sentences with the articles the model reads as likelier, or None where it finds none or
    cannot score. `gains(text, edits)` is `llm.edit_gains` with MIN_EXPECTED; the caption is read in
    pieces of whole sentences of at most PIECE_CHARS characters; the sentences numbered in `fixed` are
    read, never changed (a piece of them only is not read)."""
    out, changed = list(sentences), False
    for first, last in _pieces(sentences):
        if all(k in fixed for k in range(first, last)):
            continue
        piece = sentences[first:last]
        text = " ".join(piece)
        edits, meta = [], []
        for place in (p for p in places(piece) if first + p.sentence not in fixed):
            word = text[place.start:].split(maxsplit=1)[0]
            for article in ("the", indefinite_article(bare_word(word))):
                if article != "the" and not place.first and _plural_head(text, place.start):
                    continue  # "a gold peep-toe heels": "a" before a plural the model may read past
                edits.append((place.start, place.start + 1, f"{article.capitalize()} {word[0].lower()}") if place.first
                             else (place.start, place.start, f"{article} "))
                meta.append((place, article))
        for place in (p for p in verb_places(piece) if first + p.sentence not in fixed):
            for be in _BE:
                edits.append((place.start, place.start, f"{be} "))
                meta.append((place, be))
        scored = gains(text, edits) if edits else None
        if scored is None:
            continue
        best: dict[Place, tuple[float, str]] = {}
        for (place, article), gain in zip(meta, scored):
            if gain is not None and gain >= MIN_GAIN and gain > best.get(place, (float("-inf"), ""))[0]:
                best[place] = (gain, article)
        kept: list[tuple[Place, str]] = []
        for place in sorted(best, key=lambda p: p.start):
            last = kept[-1] if kept else None
            if last and last[0].sentence == place.sentence and _next_word(text, last[0].start) == place.start \
                    and best[place][1] not in _BE and last[1] not in _BE:
                # "the white the napkin": the likelier; "a cup. A dog" are two sentences' articles, "The lamp is" two words
                if best[place][0] <= best[kept[-1][0]][0]:
                    continue
                kept.pop()
            kept.append((place, best[place][1]))
        added = [0] * len(piece)
        for place, article in kept:  # no sentence pushed past LONG_WORDS by its articles (then it reads as too long)
            words = len(piece[place.sentence].split())
            if words <= LONG_WORDS and words + added[place.sentence] + 1 > LONG_WORDS:
                kept = [x for x in kept if x[0] != place]
            else:
                added[place.sentence] += 1
        for place, article in reversed(kept):
            k = first + place.sentence
            start = place.start - sum(len(s) + 1 for s in piece[:place.sentence])
            s = out[k]
            out[k] = (f"{s[:start]}{article.capitalize()} {s[start].lower()}{s[start + 1:]}" if place.first
                      else f"{s[:start]}{article} {s[start:]}")
            changed = True
    return out if changed else None


def _pieces(sentences: list[str]) -> list[tuple[int, int]]:
    """Runs of whole sentences of at most PIECE_CHARS characters (a sentence longer is a piece alone)."""
    out, first, size = [], 0, 0
    for k, s in enumerate(sentences):
        if k > first and size + len(s) + 1 > PIECE_CHARS:
            out.append((first, k))
            first, size = k, 0
        size += len(s) + 1
    return out + ([(first, len(sentences))] if sentences else [])


def with_likely_articles(sentences: list[str], observations: list[Observation], changes: list[SentenceChange],
                         spec: llm.ModelSpec, warnings: list[str] | None = None, as_written: Iterable[str] = ()) -> list[str]:
    """`with_articles` on the caption, each changed sentence taken where the check finds every note
    still carried; the caption as it was where `spec`'s model cannot score. A sentence of a note the
    annotator wrote as finished prose (`as_written`: those notes' texts) stays as they wrote it; a
    caption of such sentences only costs no reading."""
    written = tuple(as_written)
    def gains(text: str, edits: list[tuple[int, int, str]]) -> list | None:
        try:
            return llm.edit_gains(text, edits, MIN_EXPECTED, spec)
        except Exception as e:  # the caption stays as it is; nothing the annotator typed depends on this
            log.warning("scoring failed: %s", e)
            if warnings is not None and not any(w.startswith("articles were not") for w in warnings):
                warnings.append(f"articles were not put back: the model could not score the caption ({e})")
            return None

    fixed = frozenset(k for k, s in enumerate(sentences) if any(s.strip() and s.strip() in w for w in written))
    revised = with_articles(sentences, gains, fixed)
    if revised is None:
        return sentences
    better = dict(zip(sentences, revised))
    return mend_each(sentences, observations, changes, lambda s: better.get(s),
                     "articles the model reads as likelier put back", every_note=True)
