"""Sentence tools both pipelines share: a sentence ended and capitalised, a note as a sentence
in its own words, the model's labelled answers, whether a sentence says anything new, and
whether a changed draft checks no worse."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant import lexicon
from assistant.check import check_draft, prose
from assistant.check.word_forms import past_or_participle
from assistant.shorthand import written_out
from assistant.notes import Observation
from assistant.text import ARTICLES, indefinite_article, tokenize


def terminated(sentence: str) -> str:
    """The sentence capitalised and ending in punctuation; after a closing quote or bracket with
    none inside it ('sign above the door "ROSE BAKERY"') the full stop goes after it: without one
    the next line ran into the quote's sentence."""
    sentence = sentence.strip()
    if sentence and (sentence[-1] not in ".!?\"'”’)" or sentence[-1] in "\"'”’)" and sentence[-2:-1] not in ".!?"):
        sentence += "."
    return sentence[:1].upper() + sentence[1:]


def word_count(text: str) -> int:
    return len(tokenize(text))


# "Sculpture: A few ..." - a note's "label:" copied as a heading; prose has none.
LABEL_RE = re.compile(r"^([^\W\d][\w'-]*(?: [\w'-]+){0,3}):\s+")


_ANSWER_RE = re.compile(r"^\s*\**\s*([NSA]\d+)\s*\**\s*[:.)\-–]\s*(.*)$", re.I)
#: "1: ", "2) ": a bare number with a separator, a line label only where an answer numbers its lines so
NUMBER_LABEL_RE = re.compile(r"^\s*[*_]*\s*(\d+)\s*[*_]*\s*[:)\]]\s*[*_]*\s*", re.M)
#: A line label still arriving at the end of a streamed answer ("N1" before its colon).
PARTIAL_LABEL_RE = re.compile(r"(?:^|\n)\s*\**\s*N?\d*\s*\**\s*$", re.I)  # "n1" as "N1" (_ANSWER_RE)


def parse_labelled(answer: str) -> dict[str, str]:
    """'N3: text' lines -> {'N3': 'text'}; a label's later lines continue its text."""
    out: dict[str, str] = {}
    label = None
    for line in answer.splitlines():
        m = _ANSWER_RE.match(line)
        if m:
            label = m.group(1).upper()
            out[label] = m.group(2).strip().strip('"“”')
        elif label and line.strip():
            out[label] = (out[label] + " " + line.strip()).strip()
    return out


def problems(draft: str | list[str], observations: list[Observation],
             original: str | None = None) -> tuple[set[str], int]:
    """The notes a draft (a text, or caption sentences) leaves unmet, and its problem count."""
    text = draft if isinstance(draft, str) else " ".join(draft)
    unmet, count = _problems(text, tuple(observations), original, check_draft, id(lexicon.load()))
    return set(unmet), count


@lru_cache(maxsize=512)
def _problems(text: str, observations: tuple[Observation, ...], original: str | None, check: Callable,
              lexicon_id: int) -> tuple[frozenset[str], int]:
    """`problems`, remembered: each mend the polish tries is judged against the same current
    draft (`not_worse` checks both), and the fallbacks check again what the pipeline checked last;
    on DCI development captions a third of a compose's checks were repeats. Keyed by the check
    function and the lexicon in use too, so that a test's stand-in or another lexicon is never
    answered from a result of the real one."""
    report = check(list(observations), text, original=original)
    return frozenset(report.unsettled()), report.problem_count() + len(report.to_review)


def not_worse(trial: str | list[str], current: str | list[str], observations: list[Observation],
              original: str | None = None) -> bool:
    return _no_worse(problems(trial, observations, original), problems(current, observations, original))


def better(trial: str | list[str], current: str | list[str], observations: list[Observation],
           original: str | None = None) -> bool:
    """`not_worse`, and fewer notes unmet or fewer problems: a follow-up answer that leaves the
    check where it was has only changed words no note asked about."""
    after, before = problems(trial, observations, original), problems(current, observations, original)
    return _no_worse(after, before) and after != before


def _no_worse(after: tuple[set[str], int], before: tuple[set[str], int]) -> bool:
    """No note unmet that was met, and no more problems."""
    return after[0] <= before[0] and after[1] <= before[1]


_NEGATIONS = frozenset("no not never without none nor".split())


def _word_keys(text: str) -> list[frozenset[str]]:
    """The lemma keys of `text`'s words in order: function words left out, negations kept."""
    return [lexicon.lemmas(t.lower.removesuffix("'s")) for t in tokenize(text)
            if t.lower in _NEGATIONS or t.lower.endswith("n't")
            or (t.lower not in FUNCTION_WORDS and t.text[:1].isalnum())]


def note_words_lost(trial: list[str], current: list[str], observations: list[Observation]) -> list[str]:
    """The words of the notes (by lemma or a synonym of the lexicon's; the check's leniency aside:
    "either side", a count) that `current` has and `trial` no longer has anywhere."""
    notes = set().union(*(k for o in observations for k in _word_keys(o.text)))
    # a word is still there when a synonym of the lexicon's stands for it ("under" by "below")
    have = set().union(*_word_keys(" ".join(trial)),
                       *(lexicon.key(t.lower) for t in tokenize(" ".join(trial)) if t.text[:1].isalpha()))
    lost = []
    for t in tokenize(" ".join(current)):
        if t.lower in _NO_FACT:
            continue
        keys = _word_keys(t.text)
        if keys and keys[0] & notes and not keys[0] & have:
            lost.append(t.lower)
    return lost


#: words that join a fact to another and state none themselves ("A text is also under ...")
_NO_FACT = frozenset("also very really".split())


#: words that say a thing is not the one said before ("another tall man", "a second woman")
_OTHER_ONE = frozenset("another second third other different".split())


def about_another(sentence: str) -> bool:
    """Whether `sentence` speaks of another thing than one before it: it is no repeat of that one,
    though every other word is the same ("A second woman walks a dog." after "A woman walks a dog.")."""
    return bool(_other_named(sentence))


def _other_named(sentence: str) -> dict[tuple[str, str], frozenset[str]]:
    """The words that say a thing is another one, each with the word after it ("another", "car"),
    and the nouns among the two words after it, one of which names the thing ("a second tall man":
    man)."""
    tokens = tokenize(sentence)
    # "a different man", terse "Different man ..." are another one; "in different sizes", "with
    # different font style" describe
    # "a third of the way", "the other one is": a fraction, or no thing named after it
    return {(t.lower, after): frozenset(u.lower for u in tokens[i + 1:i + 3] if lexicon.can_be_noun(u.lower))
            for i, t in enumerate(tokens)
            if t.lower in _OTHER_ONE and (t.lower != "different" or i == 0 or tokens[i - 1].lower in ARTICLES)
            and (after := tokens[i + 1].lower if i + 1 < len(tokens) else "") not in _NO_THING_AFTER}


_NO_THING_AFTER = frozenset("of and or to in on at".split())


def _another_thing(sentence: str, others: list[str]) -> bool:
    """Whether `sentence` and `others` speak of two things said alike: one side says "another car" (or
    "a second woman") where the other does not. Both saying "near another car" is one thing said twice."""
    mine = _other_named(sentence).keys()
    theirs = {pair: named for o in others for pair, named in _other_named(o).items()}
    words = {t.lower for t in tokenize(sentence)}
    # "A man walks ..." beside "A second tall man walks ...": the thing is named past its adjective
    return bool(mine - theirs.keys()) or any(pair not in mine and named & words for pair, named in theirs.items())


def says_nothing_new(sentence: str, others: list[str]) -> bool:
    """Whether another sentence already says `sentence`: each of its words (numbers and
    negations included) stands in one of `others`, by lemma ("falls" in "falling"), and each
    two neighbouring words stand close together in one of them, in order. Words scattered over
    sentences that relate them differently ("the car is left of the bus" beside "a bus on the
    left" and "a car on the right") are something new."""
    if _another_thing(sentence, others):
        return False  # one of two things said alike: neither repeats the other
    mine = _word_keys(sentence)
    theirs = [_word_keys(o) for o in others]
    if not mine or not all(any(k & w for ws in theirs for w in ws) for k in mine):
        return False

    def near(a: frozenset[str], b: frozenset[str]) -> bool:
        return any(a & ws[i] and any(b & w for w in ws[i + 1:i + 5]) for ws in theirs for i in range(len(ws)))

    return all(near(mine[i], mine[i + 1]) for i in range(len(mine) - 1))


# the shorthand of terse notes, spelled out when a note goes in verbatim: "+", "w/", "~5"
def verbatim_sentence(note: str) -> str:
    """A note as a sentence: its own words, capitalised and punctuated, hedge and all, its
    shorthand spelled out ("+", "w/", "~5"); a "label:" heading goes where the rest names it
    ("Poster: a poster of ..." -> "A poster of ...")."""
    text = spell_shorthand(" ".join(note.split()).rstrip(";,"))
    if (m := LABEL_RE.match(text)) and names_label(m.group(1), text[m.end():]):
        text = text[m.end():]
    elif m and (fronted := place_fronted(m.group(1), text[m.end():])):
        text = fronted  # "Background: A painting of ..." -> "In the background, a painting of ..."
    elif m and (topic := label_as_topic(m.group(1), text[m.end():])):
        text = topic
    return terminated(text)


def place_fronted(label: str, rest: str) -> str | None:
    """A "label:" heading that says where ("Background", "Left"), put before the rest as a place
    phrase: "In the background, a painting of ..."; None for any other heading or no rest."""
    where = _PLACE_LABELS.get(label.strip().lower())
    if not where or not rest.strip():
        return None
    return before_sentence(where, rest)


def before_sentence(phrase: str, rest: str) -> str:
    """`phrase` put before the sentence `rest`, with a comma; the sentence's first word lower-cased
    where it is an article or an adjective ("In the background, a painting of ...")."""
    where, rest = phrase, rest.strip()
    first = rest.split()[0]
    word = first.strip(",.;:").lower()
    # an article or an adjective starts the phrase ("A painting", "Red ball"): lower-cased after the
    # place; any other word may be a name ("Bob the dog", "Mount Fuji", "LED") and keeps its capital
    plain = first[1:] == first[1:].lower() and (word in lexicon.load().stop or lexicon.can_be_adjective(word))
    return f"{where}, {rest[:1].lower() + rest[1:] if plain else rest}"


# "A close-up view of", "An outdoor medium-shot view of", terse "close-up,": how the picture shows it
# (not "a photo of", "an image of": a poster's image of a horse is the poster's content)
VIEW_RE = re.compile(r"^(?:(?:an?|the)\s+)?((?:[\w-]+\s+){0,3}?(?:view|shot|close-up|closeup|close up))"
                      r"(?:\s+of\s+|\s*,\s*)(?=\S)", re.I)


def label_as_topic(label: str, rest: str) -> str | None:
    """A "label:" heading the rest does not name, as the topic of a sentence: "Furniture: A
    close-up view of a pine table ..." -> "A close-up view of the furniture shows a pine table
    ..."; "Sky: clear blue" -> "The sky is clear blue". None where
    the rest is a sentence of its own ("Tree: A bird sits on a branch") or names another thing
    or a count ("Cat: a pile of leaves"): "is" would say they are one."""
    rest = rest.strip().rstrip(".")
    topic = label.strip().lower() if label[1:] == label[1:].lower() else label.strip()
    topic = re.sub(r"^(?:an?|the)\s+", "", topic, flags=re.I)
    if not rest or not topic:
        return None
    if not prose.has_fragment(terminated(rest)):
        return None
    if m := VIEW_RE.match(rest):
        view = m.group(1)
        return f"{indefinite_article(view).capitalize()} {view} of the {topic} shows {rest[m.end():]}"
    first = rest.split()[0].lower()
    if first in _NOT_PREDICATES or lexicon.number_value(first) is not None or _names_other_thing(topic, rest):
        return None  # "Cat: a pile of leaves", "Floor: light brown wall": not what the thing is like
    verb = "are" if _plural_label(topic) else "is"
    return f"The {topic} {verb} {rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest}"


#: a rest starting with these is another thing or a count, no attribute of the label's thing
_NOT_PREDICATES = frozenset("a an the this that these those some many several few any each every no".split())


def _names_other_thing(topic: str, rest: str) -> bool:
    """Whether the words of `rest` before its first phrase or comma end in a noun that is no
    adjective and not the label's own noun ("light brown wall" for a floor; "rough concrete" and
    "clear blue" say what it is like)."""
    head = None
    for t in tokenize(rest):
        if t.lower in _PHRASE_WORDS:
            break
        head = t
        if rest[t.end:].lstrip()[:1] in ",;":
            break
    if head is None:
        return False
    word = head.lower
    own = lexicon.lemmas(topic.split()[-1].lower())
    return not (lexicon.can_be_adjective(word) or word in lexicon.load().colors or lexicon.lemmas(word) & own)


_PHRASE_WORDS = frozenset("with of in on at under over above below behind beside near into from by for and "
                          "w/".split())


def _plural_label(label: str) -> bool:
    last = label.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(lexicon.lemmas(last)) > 1


#: "label:" headings that say where: the note goes in as "In the background, ..."
_PLACE_LABELS = {"background": "In the background", "foreground": "In the foreground",
                 "left": "On the left", "right": "On the right", "top": "At the top", "bottom": "At the bottom",
                 "middle": "In the middle", "center": "In the center", "centre": "In the centre"}


def spell_shorthand(note: str) -> str:
    """A terse note's shorthand spelled out ("+", "w/", "~5", "x3", L/R: `shorthand.written_out`)."""
    return written_out(note)


def names_label(label: str, rest: str) -> bool:
    """Whether `rest` names every word of a "label:" heading, as a word (by lemma): "Poster: a
    poster of ..." does; "Cat: a scattered pile" and "TV: on the wall" do not."""
    have = set().union(*(lexicon.lemmas(t.lower) for t in tokenize(rest)))
    words = [t.lower for t in tokenize(label)]
    return bool(words) and all(lexicon.lemmas(w) & have for w in words)


FUNCTION_WORDS = frozenset("a an the of to in on at for and or but with by from about as is are was were be been "
                           "it its this that these those he she they his her their who which what information "
                           "add remove replace delete change instead not no should summary response sentence".split())


def content_words(text: str) -> set[str]:
    return {t.lower.removesuffix("'s") for t in tokenize(text) if t.lower not in FUNCTION_WORDS and len(t.text) > 1}


# "The right of the flower, another flower ...": a side of a thing typed first, which the model gave "The"
_SIDE_AS_THING_RE = re.compile(r"^The ((?:far |upper |lower |top |bottom )?(?:right|left)) of "
                               r"((?:(?:the|a|an|this|that|its|his|her|their) )?(?!way\b|passage\b)[^,]{2,60}),\s+(?=\S)")


def side_as_place(fragment: str) -> str | None:
    """"The right of the flower, another flower blooms." -> "To the right of the flower, another flower
    blooms.": a note's place typed first ("right of flower, ...") that a model's sentence made a
    thing with "The"; what follows its comma is the sentence. None for any other sentence."""
    m = _SIDE_AS_THING_RE.match(fragment.strip())
    rest = fragment.strip()[m.end():] if m else ""
    # "..., while the right, a white pot ...": the other side, said the same way
    rest = _OTHER_SIDE_RE.sub(lambda o: f"{o.group(1)} to the {o.group(2)}, " if _names_a_thing(rest[o.end():]) else o.group(0), rest)
    return f"To the {m.group(1)} of {m.group(2)}, {rest}" if m and _names_a_thing(rest) else None


_OTHER_SIDE_RE = re.compile(r"\b(while|and|whereas)\s+the\s+((?:far )?(?:right|left)),\s+", re.I)


_NOT_A_THING_YET = frozenset("with without in on at by of under over near behind beside from into".split())


def _names_a_thing(rest: str) -> bool:
    """Whether `rest` opens with a thing: its determiners, numbers and adjectives, then a noun ("another
    flower blooms", "tall lamp with a shade"), not the side's own words ("dented", "covered in snow",
    "overgrown with weeds")."""
    stop = lexicon.load().stop
    for word in (w.lower().strip(",.;:") for w in rest.split()):
        if word in _NOT_A_THING_YET or word.endswith(("ed", "ing")) and past_or_participle(word):  # not "red", "bed"
            return False
        if lexicon.can_be_noun(word) and word not in stop:
            return True
        if not (word in stop or word[:1].isdigit() or lexicon.can_be_adjective(word)):
            return False
    return False
