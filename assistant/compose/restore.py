"""A note the model's sentence nearly carries, made whole without a model call.

From terse notes the model's sentence for a note often drops a word or two ("A graffiti text
"SOUTH" is on ..." for "black + white graffiti text "SOUTH" on ..."; "... is placed on a white
floor" for "white floor with canon placed, in middle of floor"). The patch call the check then
asks for doubles a caption's time, and a small model often answers it with the note as typed
or its own instructions, so the note went in verbatim, a fragment beside the model's sentence.
Here the note's missing words go back into the model's sentence instead: a modifier before
the noun it modifies in the note ("black and white graffiti text"), or the phrase that holds
it at the sentence's end, with the articles a terse note leaves out (", in the middle of the
floor"). The check decides: a sentence is kept only where the note is now carried, no other
note is lost, the problem count falls and the sentence reads no worse.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant import lexicon
from assistant.check import CheckReport, check_draft, clauses, prose
from assistant.compose import fragments, repeats
from assistant.compose.dropped_be import TIMES
from assistant.compose.models import SentenceChange
from assistant.compose.fragments import UNCOUNTED
from assistant.compose.sentences import (
    LABEL_RE,
    before_sentence,
    label_as_topic,
    names_label,
    place_fronted,
    spell_shorthand,
    terminated,
    word_count,
)
from assistant.notes import Observation
from assistant.text import Token, in_spans, indefinite_article, quotation_spans, tokenize

MAX_MISSING_WORDS = 6
"""A note missing more of its words than this is not nearly carried: the patch writes it."""
CANDIDATE_SENTENCES = 2
"""The sentences sharing most of a note's words that are tried for it."""

#: words that start a phrase ("in the middle of the floor"): repeats.py's, and "of"
PREPOSITIONS = repeats.PREPOSITIONS | {"of"}
#: words after which a noun takes no article
_DETERMINED = frozenset("a an the this that these those my your his her its our their some any each every no "
                        "another both either all several many few much more most it them him us me one "
                        "which whom whose what half".split())
#: nouns used without an article after a preposition ("on top", "in front of")
_BARE = frozenset("top front eye".split())  # "at eye level"
#: nouns bare after one preposition only, in its set phrases ("at home", "on fire", "under construction"); "the
#: view of the school" still takes its article
_BARE_AFTER = {"at": frozenset("home work school college university church sea rest lunch breakfast dinner war "
                               "peace risk".split()),
               "on": frozenset("fire foot horseback vacation holiday sale stage duty display guard strike board "
                               "record trial time".split()),
               "under": frozenset("construction repair renovation attack control pressure review way".split())}
#: nouns bare only in idioms after "in", "into" or "out of" ("in view", "out of focus"): "with a view of"
_BARE_IN = frozenset("focus view sight place contrast addition particular general total motion bloom silhouette "
                     "profile unison use trouble love charge line class hospital prison jail town time order danger "
                     "debt person public tears pain shock silence stock fashion season flames progress action "
                     "operation service transit".split())  # "in contrast", "in motion", "in bloom", "in trouble"
#: words before "of" that measure or sort what follows ("a touch of whimsy", "a cup of tea", "made of
#: wood", "a row of trees"): what follows is a kind or a stuff, named for the first time, with no "the".
#: After a part or a place ("the middle of the floor", "the edge of the table") it takes one.
_AMOUNT_OF = frozenset("touch hint dash splash pinch drop bit sense feeling air kind kinds type types sort sorts "
                       "lot lots plenty full made cup cups glass glasses bowl bowls jar jars bottle bottles mug "
                       "plate plates slice slices piece pieces pair pairs bunch bunches pile piles stack stacks "
                       "handful variety assortment array mix mixture collection cluster clusters group groups row "
                       "rows line lines flock herd crowd team series set sets layer layers patch patches strip "
                       "stretch shade shades hue hues tone tones swirl swirls burst bursts sea blanket carpet "
                       "host number couple dozen".split())
#: what a thing is drawn, written or done in, named bare after "in" ("drawn in pencil", "in black ink", "in
#: bold font", "covered in moss"): a medium, a stuff or a way, not a place (`bare_in`)
MEDIA = frozenset("pencil ink charcoal chalk crayon crayons marker pastel pastels graphite watercolor watercolour "
                  "watercolors watercolours oil oils acrylic acrylics gouache tempera enamel lacquer varnish ballpoint "
                  "biro font typeface script cursive print handwriting lettering capitals italics bold outline "
                  "relief miniature moss fur ivy frost foam lichen mold mould soot grime dew felt".split())
#: likenesses before "of": what follows is named for the first time ("painting of woman" -> "of a woman")
_LIKENESSES = frozenset("drawing painting picture poster photo photograph mural illustration cartoon sketch image "
                        "portrait statue statuette sculpture figurine carving replica model bust engraving etching "
                        "rendering depiction likeness caricature silhouette shape figure doodle".split())
#: what a picture has one of, "the" even after a likeness ("a photo of the sky")
_ONE_OF = frozenset("sky sun moon horizon sea ocean earth world".split())
#: a sentence ending in one of these takes a phrase without a comma ("A red bus is on the left.")
_COPULAS = frozenset("is are was were be".split())
#: what may stand between two words of one noun phrase
_GLUE = frozenset(["and", "or", "&"])


def restore_missing(sentences: list[str], observations: list[Observation], report: CheckReport,
                    changes: list[SentenceChange]) -> tuple[list[str], CheckReport]:
    """Each note the check finds dropped or contradicted, restored into the sentence that
    carries most of it, where the check gets better (see the module's docstring)."""
    by_id = {o.id: o for o in observations}
    for fact in report.facts:
        if fact.status not in ("dropped", "contradicted") or fact.kind != "fact" or not fact.checked:
            continue
        note = by_id[fact.id]
        for i in _nearest(note.text, sentences):
            found = _first_kept(sentences, i, note, observations, report)
            if found is not None:
                new, report = found
                changes.append(SentenceChange(before=sentences[i], after=new, how="patch", notes=[note.id],
                                              reason="the note's missing words put back into the sentence that "
                                              "carried the rest of it (no model call)"))
                sentences = sentences[:i] + [new] + sentences[i + 1:]
                break
    return sentences, report


def _first_kept(sentences: list[str], i: int, note: Observation, observations: list[Observation],
                report: CheckReport) -> tuple[str, CheckReport] | None:
    unmet, count = report.unmet(), report.problem_count()
    for new in restored(sentences[i], note.text):
        if word_count(new) > prose.LONG_WORDS or _unwritten(new) > _unwritten(sentences[i]):
            continue
        trial = check_draft(observations, " ".join(sentences[:i] + [new] + sentences[i + 1:]))
        if note.id not in trial.unmet() and trial.unmet() <= unmet and trial.problem_count() < count:
            return new, trial
    return None


def _unwritten(text: str) -> int:
    return sum(r.kind in ("fragment", "label") for r in prose.remarks(text))


def _nearest(note: str, sentences: list[str]) -> list[int]:
    """The sentences sharing at least half of the note's content words, most first."""
    want = [_keys(t) for t in tokenize(note) if _content(t)]
    if not want:
        return []
    scores = []
    for i, s in enumerate(sentences):
        have = _sentence_keys(s)
        hits = sum(bool(k & have) for k in want)
        if hits * 2 >= len(want):
            scores.append((-hits, i))
    return [i for _, i in sorted(scores)[:CANDIDATE_SENTENCES]]


def restored(sentence: str, note: str) -> Iterator[str]:
    """`sentence` with the words of `note` it lacks put back: each run of missing words before
    the word it modifies in the note, or failing that as the phrase that holds it, at the end;
    then every run as a phrase at the end. Nothing where too much is missing."""
    text = spell_shorthand(note)
    if (m := LABEL_RE.match(text)) and names_label(m.group(1), text[m.end():]):
        text = text[m.end():]
    elif m and not names_label(m.group(1), sentence) and (fronted := place_fronted(m.group(1), sentence)):
        yield terminated(fronted)  # the place its heading gives, before the sentence ("In the background, ...")
    elif m and not names_label(m.group(1), sentence) and (topic := label_as_topic(m.group(1), sentence)):
        yield terminated(topic)  # the heading the sentence lacks, as its topic ("A close-up view of the furniture shows ...")
    runs = _missing_runs(text, sentence)
    if not runs or sum(len(r) for r in runs) > MAX_MISSING_WORDS:
        return
    if fronted := _fronted(sentence, text, runs):
        yield fronted
    seen = set()
    for anchored in (True, False):
        out: str | None = sentence
        for run in runs:
            out = (anchored and (_in_gap(out, text, run) or _before_anchor(out, text, run))) or _as_phrase(out, text, run)
            if out is None:
                break
        if out is not None and out != sentence and out not in seen:
            seen.add(out)
            yield out


#: Words that make the opening phrase a shot, one of many ("in a close-up", "captured in a wide shot").
_SHOTS = frozenset("shot view close closeup photo photograph picture snapshot angle".split())


def _fronted(sentence: str, note: str, runs: list[list[int]]) -> str | None:
    """The note's opening phrase that holds every missing word, before the sentence, where it
    says how or where ("in detailed close-up shot at eye-level, penguin gazes ..." and "A penguin
    gazes ..." give "In a detailed close-up shot at eye-level, a penguin gazes ..."): from a
    preposition (or a participle and one: "captured in") to the comma after the last missing word."""
    tokens = tokenize(note)
    first = 1 if len(tokens) > 1 and tokens[0].lower.endswith("ed") and tokens[1].lower in PREPOSITIONS else 0
    if tokens[first].lower not in PREPOSITIONS or tokens[first].lower == "of":
        return None
    end = runs[-1][-1] + 1
    while end < len(tokens) and not _breaks(note, tokens[end - 1], tokens[end]):
        end += 1
    if end >= len(tokens) or note[tokens[end - 1].end:tokens[end].start].strip() != ",":
        return None  # the phrase is the whole note, or ends otherwise
    have = _sentence_keys(sentence)
    said = [bool(_keys(t) & have) for t in tokens[first + 1:end] if _content(t)]
    if any(_content(t) and not _keys(t) & have for t in tokens[end:]) or 2 * sum(said) >= len(said):
        return None  # a missing word after the phrase, or the sentence says the phrase already in part
    phrase = note[tokens[0].start:tokens[end - 1].end]
    head = tokens[first + 1]
    if any(t.lower in _SHOTS for t in tokens[first + 1:end]) and head.lower not in lexicon.load().stop:
        cut = head.start - tokens[0].start  # a shot is one of many: "in close-up" -> "in a close-up"
        phrase = phrase[:cut] + indefinite_article(head.text) + " " + phrase[cut:]
    else:
        phrase = with_articles(phrase)
    return terminated(before_sentence(phrase[:1].upper() + phrase[1:], sentence))


def _modifier(t: Token) -> bool:
    """A number, a colour, a possessive or an adjective that is no verb form ("4", "grey",
    "person's", "dry"; not "projecting")."""
    low = t.lower
    return (lexicon.number_value(low) is not None or low in lexicon.load().colors or low.endswith("'s")
            or _content(t) and lexicon.can_be_adjective(low) and not low.endswith(("ing", "ed")))


def _content(t: Token) -> bool:
    return t.text[:1].isalnum() and t.lower not in lexicon.load().stop


def _keys(t: Token) -> frozenset[str]:
    value = lexicon.number_value(t.lower)
    return frozenset({f"#{value}"}) if value is not None else lexicon.key(t.lower)


def _sentence_keys(sentence: str) -> set[str]:
    return set().union(*(_keys(t) for t in tokenize(sentence))) if sentence else set()


def _joined(text: str, a: Token, b: Token) -> bool:
    """Whether nothing but spaces, "+" or a hyphen stands between two tokens."""
    return not text[a.end:b.start].strip(" +-&")


def _missing_runs(note: str, sentence: str) -> list[list[int]]:
    """The note's content words the sentence lacks (by root or synonym), as runs of token
    indexes that stand together in the note ("black + white")."""
    tokens = tokenize(note)
    have = _sentence_keys(sentence)
    missing = [k for k, t in enumerate(tokens) if _content(t) and not _keys(t) & have]
    runs: list[list[int]] = []
    for k in missing:
        last = runs[-1][-1] if runs else None
        if last is not None and all(tokens[j].lower in _GLUE for j in range(last + 1, k)) and all(
                _joined(note, tokens[j], tokens[j + 1]) for j in range(last, k)):
            runs[-1] += list(range(last + 1, k + 1))
        else:
            runs.append([k])
    return [_whole_words(note, tokens, run) for run in runs]


def _whole_words(note: str, tokens: list[Token], run: list[int]) -> list[int]:
    """`run` grown over the parts of a hyphenated word it cuts: "white" of "off-white" is missing,
    but "off" is a stop word, and "white" alone put back says another colour."""
    start, end = run[0], run[-1]
    while start > 0 and note[tokens[start - 1].end:tokens[start].start] == "-":
        start -= 1
    while end + 1 < len(tokens) and note[tokens[end].end:tokens[end + 1].start] == "-":
        end += 1
    return list(range(start, end + 1))


def _in_gap(sentence: str, note: str, run: list[int]) -> str | None:
    """The run, with the small words around it in the note, put back between the two words
    that stand on either side of it in the note, where the sentence has those two words, as
    typed, side by side:
    "A medium shot captures ..." and "medium shot at eye-level captures ..." give "A medium shot
    at eye-level captures ...", "adding whimsy" and "adding touch of whimsy" give "adding touch
    of whimsy". Nothing else of the sentence moves."""
    tokens = tokenize(note)
    left, right = run[0] - 1, run[-1] + 1
    while left >= 0 and not _content(tokens[left]) and tokens[left].text[:1].isalnum():
        left -= 1
    while right < len(tokens) and not _content(tokens[right]) and tokens[right].text[:1].isalnum():
        right += 1
    if left < 0 or right >= len(tokens) or not _content(tokens[left]) or not _content(tokens[right]) or any(
            _breaks(note, tokens[k], tokens[k + 1]) for k in range(left, right)):
        return None
    words = tokenize(sentence)
    # the same two words as typed: "person hand" for "person's hand" would lose the owner
    at = next((k for k in range(len(words) - 1) if words[k].lower == tokens[left].lower and
               words[k + 1].lower == tokens[right].lower and not sentence[words[k].end:words[k + 1].start].strip()),
              None)
    if at is None:
        return None
    gap = note[tokens[left].end:tokens[right].start].strip()
    return sentence[:words[at].end] + " " + gap + " " + sentence[words[at + 1].start:]


def _before_anchor(sentence: str, note: str, run: list[int]) -> str | None:
    """The run (with the note's modifiers before it) put before the noun it modifies in the
    note, where the sentence has that noun: "A graffiti text" -> "A black and white graffiti text"."""
    tokens = tokenize(note)
    end = run[-1] + 1
    if end >= len(tokens) or not _content(tokens[end]):
        return None
    # "eye-level, wide-shot photograph": a modifier before another with a comma goes before that one
    listed = note[tokens[run[-1]].end:tokens[end].start].strip() == "," and _modifier_word(
        note, tokens, run[0], run[-1]) and (_modifier(tokens[end]) or end + 1 < len(tokens)
                                            and note[tokens[end].end:tokens[end + 1].start] == "-")
    if not listed and not _joined(note, tokens[run[-1]], tokens[end]):
        return None
    start = run[0]
    while start > 0 and _modifier(tokens[start - 1]) and _joined(note, tokens[start - 1], tokens[start]):
        start -= 1  # "dry" of "dry grass ground": the modifiers before the run go with it
    chain = note[tokens[start].start:tokens[end].start].strip()
    if listed and start > 0 and not _breaks(note, tokens[start - 1], tokens[start]):
        return None  # "bright red, blue car": the run is the end of another chain
    chain_keys = set().union(*(_keys(t) for t in tokens[start:end]))
    anchor = _keys(tokens[end])
    words = tokenize(sentence)
    at = next((k for k, w in enumerate(words) if _keys(w) & anchor), None)
    if at is None or at in clauses.verbs(words, sentence):
        return None  # "A dog happily eye-level sits": a modifier goes before a noun, never the sentence's verb
    first = at  # the sentence's own modifiers of the noun that the chain says again give way to it
    while first > 0 and _content(words[first - 1]) and _keys(words[first - 1]) & chain_keys \
            and _joined(sentence, words[first - 1], words[first]):
        first -= 1
    before, rest = sentence[:words[first].start], sentence[words[at].start:]
    if not before.strip():  # the chain opens the sentence: it takes the capital
        chain = chain[:1].upper() + chain[1:]
        if rest[:1].isupper() and rest.split(" ", 1)[0][1:].islower():
            rest = rest[:1].lower() + rest[1:]
    return terminated(article_before(before, chain) + chain + " " + rest)


def _modifier_word(note: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether tokens k..last are one modifier: a modifier word, or a hyphened word whose last
    part may be an adjective ("eye-level", "wide-shot"; not "tree-house")."""
    if k == last:
        return _modifier(tokens[k])
    return all(note[tokens[j].end:tokens[j + 1].start] == "-" for j in range(k, last)) and (
        _modifier(tokens[last]) or lexicon.can_be_adjective(tokens[last].lower) or lexicon.can_be_noun(tokens[last].lower)
        and lexicon.can_be_adjective(tokens[k].lower))


def article_before(before: str, word: str) -> str:
    """`before` with its last word "a" or "an" as `word` needs ("a orange" -> "an orange")."""
    head, _, last = before.rstrip().rpartition(" ")
    if last.lower() not in ("a", "an") or not word[:1].isalpha():
        return before
    want = indefinite_article(word)
    want = want.capitalize() if last[:1].isupper() else want
    return (head + " " if head else "") + want + " "


def _as_phrase(sentence: str, note: str, run: list[int]) -> str | None:
    """The note's phrase that holds the run (from the preposition before it to the next comma
    or the note's end), at the end of the sentence, with articles: ", in the middle of the floor"."""
    tokens = tokenize(note)
    start = None
    for k in range(run[0], -1, -1):
        if k < run[0] and _breaks(note, tokens[k], tokens[k + 1]):
            break
        if tokens[k].lower in PREPOSITIONS and tokens[k].lower != "of":  # "of floor" is no phrase alone
            start = k
            break
    if start is None:
        return None
    end = run[-1] + 1
    while end < len(tokens) and not _breaks(note, tokens[end - 1], tokens[end]):
        end += 1
    object_ = next((t for t in tokens[start + 1:end] if _content(t)), None)
    if object_ is None or _keys(object_) & _sentence_keys(sentence):
        return None  # "on the table" for "under the table": the sentence relates that thing otherwise
    phrase = with_articles(note[tokens[start].start:tokens[end - 1].end])
    body = sentence.rstrip()
    if not body.endswith("."):
        return None  # a quote or a question at the end: nothing is appended to it
    body = body[:-1].rstrip(",;: ")
    last = tokenize(body)[-1].lower if tokenize(body) else ""
    return body + (" " if last in _COPULAS else ", ") + phrase + "."


def _breaks(text: str, a: Token, b: Token) -> bool:
    return any(c in text[a.end:b.start] for c in ",;:()\"“”")


def with_articles(phrase: str, after: frozenset[str] = PREPOSITIONS, *, likeness_of_only: bool = False) -> str:
    """A terse phrase with "the" before each bare singular noun after a preposition (of `after`):
    "in middle of floor" -> "in the middle of the floor"; "on top", "under it", "with 2 poles",
    "on corners", "at night", "in pencil" (`bare_in`) stay; "in" before a thing worn and "of" after a likeness
    take "a" ("in a white dress", "painting of a woman"). `likeness_of_only`: only the "a" after a likeness's "of"."""
    tokens = tokenize(phrase)
    quotes = quotation_spans(phrase)
    out, at = [], 0
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if t.lower not in after or not nxt.text[:1].isalpha() or nxt.lower in _DETERMINED | PREPOSITIONS \
                or nxt.lower.endswith("'s") or lexicon.number_value(nxt.lower) is not None or nxt.lower in _BARE \
                or nxt.text[:1].isupper() or k and tokens[k - 1].lower == nxt.lower or nxt.lower in _BARE_IN and (
                    t.lower in ("in", "into") or t.lower == "of" and k and tokens[k - 1].lower == "out") \
                or t.lower == "of" and k and tokens[k - 1].lower in _AMOUNT_OF \
                or likeness_of_only and t.lower == "of" and not (k and tokens[k - 1].lower in _LIKENESSES) \
                or nxt.lower in _BARE_AFTER.get(t.lower, ()):
            continue  # "side by side", "hand in hand": a word said again after its preposition takes none
        head = _head(phrase, tokens, k + 1)
        if in_spans(nxt.start, quotes) or _labelled(tokens, k + 1):
            continue  # a sign's words ('"Best dad in world"'), a label after its noun ("at stop 5", "gate B12")
        if head.endswith("s") and not head.endswith(("ss", "us", "is")) or head in UNCOUNTED \
                or head in lexicon.load().colors or t.lower == "at" and nxt.lower in TIMES \
                or t.lower in ("in", "into") and bare_in(head):  # "painted in red", "at night", "drawn in pencil"
            continue
        # "in" before what a person wears names it for the first time: "girl in a white dress"; so does "of"
        # after a likeness: "painting of a woman"
        worn = t.lower == "in" and any(head in lexicon.load().categories.get(c, ()) for c in _WORN) or \
            t.lower == "of" and k and tokens[k - 1].lower in _LIKENESSES and _one_new_thing(phrase, tokens, k + 1, head)
        if likeness_of_only and not worn:
            continue
        out.append(phrase[at:nxt.start] + (indefinite_article(nxt.lower) if worn else "the") + " ")
        at = nxt.start
    return "".join(out) + phrase[at:]


def bare_in(head: str) -> bool:
    """Whether the noun `head` after "in" names what a thing is made, drawn or written in, not where it is
    (`MEDIA`, a material of the lexicon, a mass noun): "in pencil", "in black ink", "carved in stone"."""
    return head in MEDIA or head in lexicon.load().materials - _VESSELS or head in UNCOUNTED


#: materials that name a vessel too: "water in the glass", "beans in the tin"
_VESSELS = frozenset("glass tin".split())


def _one_new_thing(text: str, tokens: list[Token], k: int, head: str) -> bool:
    """Whether the noun phrase at tokens[k] (up to its `head`) names one living thing for the first time: no plural
    in it ("shape of squares arranged ..."), no quoted name after it ("shape of letter "W""), and nothing a
    picture has one of ("photo of sky")."""
    if head in _ONE_OF or not lexicon.names_living([head]):
        return False  # "a" only before a living thing: not "sculpture of a marble", "painting of a nature"
    for j in range(k, len(tokens)):
        if fragments.plural_noun(tokens[j].lower):
            return False
        if tokens[j].lower == head:
            return j + 1 >= len(tokens) or not in_spans(tokens[j + 1].start, quotation_spans(text))
    return True


def _labelled(tokens: list[Token], k: int) -> bool:
    """The noun at tokens[k] is followed by its label, a number or a code ("stop 5", "gate B12",
    "floor 3"): it is named by it and takes no article."""
    label = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return bool(label) and (label[:1].isdigit() or len(label) <= 4 and label[:1].isupper() and any(c.isdigit() for c in label))


#: the categories of `[categories]` whose members a person wears
_WORN = ("clothing", "garment", "footwear")


def _head(text: str, tokens: list[Token], k: int) -> str:
    """The last word of the noun phrase starting at tokens[k]."""
    head = tokens[k].lower
    for j in range(k + 1, len(tokens)):
        if tokens[j].lower in PREPOSITIONS | _GLUE or _breaks(text, tokens[j - 1], tokens[j]):
            break
        head = tokens[j].lower
    return head
