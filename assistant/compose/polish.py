"""Mending a caption's sentences without a model call, each change kept only where the check
gets no worse: words no note supports cut out, repeats dropped, "label:" headings stripped,
fragments written as sentences (assistant/compose/fragments.py), note shorthand written out,
run-on sentences split at clause breaks, comma splices split into their two sentences (where:
assistant/compose/splits.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant import lexicon
from assistant.check import CheckReport, check_draft, clauses, prose, word_forms
from assistant.compose import agreement, fragments, placed_verbs, predicates, shot_views, tails, typed
from assistant.compose.fragments import (
    DETERMINERS,
    PHRASE_START,
    as_sentence,
    heading_named,
    note_names,
    unwritten,
)
from assistant.check.missed_verbs import object_after_verb
from assistant.compose.models import ChangeHow, SentenceChange
from assistant.compose.fallback import PLACE_PREPOSITIONS
from assistant.compose.participle_verbs import participles_as_verbs
from assistant.compose.restore import PREPOSITIONS, article_before, with_articles
from assistant.compose.splits import split_run_on, split_splices
from assistant.compose.sentences import LABEL_RE, problems, says_nothing_new, side_as_place, terminated, word_count
from assistant.notes import Observation
from assistant.shorthand import written_out
from assistant.text import sentences as split_sentences
from assistant.text import tokenize, unfinished

POLISH_SENTENCE_WORDS = 30
"""A finished draft's sentence over this many words is cut at a clause or list break, where one
is (no model call): a caption reads well at 25 words a sentence on average."""
REPEATS_MAX_NOTES = 60
"""Over this many notes a caption is a long list, and looking for sentences that repeat others
(a check per candidate) would cost minutes: it is left out."""


class OneSentenceAtATime:
    """Judges changes of one sentence at a time, from the last sentence to the first, against
    the notes that sentence carries (and those of sentences already changed) rather than all
    notes: only they can be lost by changing it, and a caption of hundreds of notes would
    otherwise cost a check of every note per candidate (minutes, at the notes' size limit)."""

    def __init__(self, sentences: list[str], observations: list[Observation], every_note: bool = False):
        self.observations = observations
        self.every_note = every_note
        self.report = check_draft(observations, " ".join(sentences))
        self.spans: list[tuple[int, int]] = []
        at = 0
        for sentence in sentences:
            self.spans.append((at, at + len(sentence)))
            at += len(sentence) + 1
        self.touched: set[str] = set()

    def _notes_at(self, i: int) -> set[str]:
        if self.every_note:
            return {o.id for o in self.observations}
        # and its neighbours': a note's match may run across a sentence end
        start, end = self.spans[max(0, i - 1)][0], self.spans[min(len(self.spans) - 1, i + 1)][1]
        near = {k for k, p in enumerate(self.report.sentences) if p.start < end and p.end > start}
        return {f.id for f in self.report.facts if near & set(f.sentences)}

    def not_worse(self, trial: list[str], current: list[str], i: int) -> bool:
        """Whether `trial` (`current` with sentence i removed or replaced by the sentences
        between i and the unchanged rest) is no worse; the sentences after i may have changed
        already, those before it not. Notes: the notes in scope lose nothing. Unsupported
        spans: those of the new sentences against every note, no more than the old one's."""
        ids = self._notes_at(i) | self.touched
        scope = [o for o in self.observations if o.id in ids]
        if scope:
            lost_now = problems(current, scope)[0]
            if not problems(trial, scope)[0] <= lost_now:
                return False
        new = trial[i:len(trial) - (len(current) - i - 1)]
        if new and len(check_draft(self.observations, " ".join(new)).unsupported) > \
                len(check_draft(self.observations, current[i]).unsupported):
            return False
        self.touched |= ids
        return True


def split_long(sentences: list[str], observations: list[Observation],
               changes: list[SentenceChange]) -> list[str]:
    """Comma splices split into their sentences (`split_splices`), and long sentences the patch
    left (or that came verbatim) split at clause or list breaks (`split_run_on`): over
    POLISH_SENTENCE_WORDS words, or over the mean prose.MEAN_WORDS while the caption's sentences
    are over it on average; each split kept where the check does not get worse."""
    counts = [word_count(s) for s in sentences]
    limit = prose.MEAN_WORDS if counts and sum(counts) / len(counts) > prose.MEAN_WORDS else POLISH_SENTENCE_WORDS

    def mend(sentence: str) -> list[str]:
        return [part for piece in split_splices(sentence) for part in split_run_on(piece, limit)]

    # at any number of notes, as before: a long list pasted verbatim is where long sentences are
    return mend_each(sentences, observations, changes, mend, "a run-on sentence split at its clause breaks",
                      how="split", max_notes=None)


def drop_repeats(sentences: list[str], observations: list[Observation],
                  changes: list[SentenceChange]) -> list[str]:
    """A sentence whose every word the rest of the caption already has (a patch or a verbatim
    note next to the draft's wording of the same note) goes, where the check also finds every
    note still carried: repetition is not polish, and no word of the caption is lost."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = OneSentenceAtATime(sentences, observations)
    for i in reversed(range(len(sentences))):
        if len(sentences) > 1 and says_nothing_new(sentences[i], sentences[:i] + sentences[i + 1:]):
            trial = sentences[:i] + sentences[i + 1:]
            if judge.not_worse(trial, sentences, i):
                changes.append(SentenceChange(before=sentences[i], after="", how="removed",
                                              reason="it repeated what other sentences of the caption say"))
                sentences = trial
    return sentences


def strip_headings(sentences: list[str], observations: list[Observation],
                   changes: list[SentenceChange]) -> list[str]:
    """A "label:" heading left before a sentence ("Ford f-100 ranger truck: A white Ford truck
    ...") goes, where the check finds every note still carried without it."""
    if len(observations) > REPEATS_MAX_NOTES:
        return sentences
    judge = None
    for i in reversed(range(len(sentences))):
        m = LABEL_RE.match(sentences[i])
        if not m or not any(r.kind == "label" for r in prose.remarks(sentences[i])) or not tokenize(sentences[i][m.end():]):
            continue
        judge = judge or OneSentenceAtATime(sentences, observations)
        trial = sentences[:i] + [terminated(sentences[i][m.end():])] + sentences[i + 1:]
        named = heading_named(m.group(1), sentences[i][m.end():])
        if not judge.not_worse(trial, sentences, i) and named is not None:
            trial = sentences[:i] + [named] + sentences[i + 1:]  # the heading is content: it names the thing
        if judge.not_worse(trial, sentences, i):
            changes.append(SentenceChange(before=sentences[i], after=trial[i], how="patch",
                                          reason="a note's heading before the sentence: not prose"))
            sentences = trial
    return sentences




def cut_unsupported(sentences: list[str], observations: list[Observation], report: CheckReport,
                    changes: list[SentenceChange]) -> tuple[list[str], CheckReport]:
    """Words no note supports cut out without a model call where the sentence still reads as
    one and the check gets better ("stands in the background." -> "stands."; "A beautiful red
    bus" -> "A red bus"): what is left for a patch call is what needs the model."""
    starts = [s.start for s in report.sentences]
    for span in sorted(report.unsupported, key=lambda u: -u.start):
        i = next((k for k in reversed(range(len(starts))) if starts[k] <= span.start), None)
        if i is None or i >= len(sentences):
            continue
        local = span.start - starts[i], span.end - starts[i]
        cut = cut_span(sentences[i], *local)
        if cut is None or word_count(cut) < 4:
            continue
        # "A red bus is." for "is on the right": the restore step puts the note's direction there
        if prose.has_fragment(cut) and not (
                unfinished(cut) and _has_direction(span.text)):
            continue
        trial = sentences[:i] + [cut] + sentences[i + 1:]
        lost, count = problems(sentences, observations)
        lost_trial, count_trial = problems(trial, observations)
        if lost_trial <= lost and count_trial < count:
            changes.append(SentenceChange(before=sentences[i], after=cut, how="patch",
                                          reason=f"{span.text!r}: no note supports it"))
            sentences = trial
            report = check_draft(observations, " ".join(sentences))
            starts = [s.start for s in report.sentences]
    return sentences, report


def _has_direction(text: str) -> bool:
    directions = lexicon.load().directions
    return any(w.lower().strip(".,") in directions for w in text.split())


def cut_span(sentence: str, start: int, end: int) -> str | None:
    """`sentence` without [start, end); a phrase that ends there ("in the background") goes
    whole; None where the span is not within the sentence."""
    if not (0 <= start < end <= len(sentence)) or sentence[start:end].strip() != sentence[start:end].strip(" ,"):
        return None
    if sentence[start - 1:start] == "-" or sentence[end:end + 1] == "-":
        return None  # part of a hyphenated word: "close-up" must not become "close-"
    rest = sentence[end:].lstrip()
    before = sentence[:start].rstrip()
    words = before.split(" ")
    if rest.startswith(",") and words[-1].lower() in DETERMINERS and (len(words) < 2 or words[-2].lower() not in
                                                                      PHRASE_START):  # "A beautiful, light-filled"
        rest = rest[1:].lstrip()
        return terminated(" ".join(f"{before} {rest}".split()))
    ends_phrase = not rest[:1].isalnum() or rest.split(" ", 1)[0].lower() in PHRASE_START | {"and", "or"}
    if not ends_phrase and not all(lexicon.can_be_adjective(t.text) or lexicon.can_be_adverb(t.text)
                                   for t in tokenize(sentence[start:end])):
        return None  # a noun or a verb inside a phrase: what is left would not read ("A sits ...")
    if ends_phrase:
        words = before.split(" ")
        while words and words[-1].lower() in DETERMINERS:
            words.pop()
        if words and words[-1].lower() in PHRASE_START and len(words) < len(before.split(" ")):
            words.pop()
        before = " ".join(words)
    # only the article at the cut agrees anew ("an old red" -> "a red"); one the writer put
    # elsewhere stays as written ("A in front of" is no "An in front of")
    text = f"{article_before(before, rest).rstrip()} {rest}"
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*(?=[,.;:!?])", "", text)
    text = re.sub(r"^(\W*\w+)\s*,\s*", r"\1 ", text) if re.match(r"^\W*(?:a|an|the)\s*,", text, re.I) else text
    text = " ".join(text.split())
    return terminated(text) if tokenize(text) else None



def complete_fragments(sentences: list[str], observations: list[Observation],
                       changes: list[SentenceChange]) -> list[str]:
    """A sentence with no main verb ("Gray clouds.", "A white balcony with glass walls.", "A car
    parked on a floor.") becomes a sentence (`as_sentence`: "There are gray clouds.", "A car is
    parked on a floor."), without a model call, where the check finds every note still carried:
    a fragment reads as the notes pasted."""
    names = note_names(observations)

    def mender(tails_first: bool) -> Callable[[str], list[str] | None]:
        def mend(sentence: str) -> list[str] | None:
            if not prose.has_fragment(sentence):
                return None
            whole = fragment_mend(sentence, names, tails_first=tails_first)  # two sentences where a phrase ran into a clause
            return [terminated(s.text) for s in split_sentences(whole)] if whole is not None else None
        return mend

    # every note judged, not only those near the sentence: "Building pale mauve." made "The building is pale
    # mauve." says that one building is mauve, which the check reads against other notes' buildings; a fragment
    # whose "is" the check refuses gets the other mends after
    for tails_first in (True, False):
        sentences = mend_each(sentences, observations, changes, mender(tails_first),
                               "a fragment with no verb, written as a sentence", every_note=True)
    return sentences


def fragment_mend(fragment: str, names: frozenset[str] | None = None, *, tails_first: bool = True) -> str | None:
    """What `complete_fragments` writes for a fragment before the check judges it, or None: where
    a word may be its verb (`clauses.may_have_verb`, past the -s nouns a "with" governs;
    `missed_verbs.object_after_verb`, before an object with no article) only "The"
    before a bare subject ("The building features ..." reads either way; "There is" would not), else
    `as_sentence`; either with "the" before a place's thing typed without it, as a pasted note gets
    (`fallback.pasted`: "Cat on sofa." -> "There is a cat on the sofa.": the model copies terse notes too),
    where the fragment has no article at all. `tails_first`: the model's dropped "is" (`tails`) tried first."""
    whole = _mended(fragment, names, tails_first)
    if whole is None or _ARTICLE_RE.search(fragment):
        return whole  # a fragment with an article of its own chose where to leave them out ("in black ink")
    # "in" before anything but a part of the scene may say a stuff or a way ("in thick fur", "in bold font");
    # "of" after anything but a thing's part or a likeness ("painting of woman": a woman) is left bare
    whole = with_articles(whole, frozenset({"of"}), likeness_of_only=True)  # "portrait of an old man"
    return _IN_SCENE_RE.sub(r"\1 the ", with_articles(_PART_OF_RE.sub(r"\1 of the ", whole),
                                                      PLACE_PREPOSITIONS - {"in", "into", "of"}))


_ARTICLE_RE = re.compile(r"\b(?:a|an|the)\b", re.I)
#: a thing's part before "of" and a bare noun, which takes "the" ("at edge of road" -> "at edge of the road")
_PART_OF_RE = re.compile(r"\b(edge|side|corner|top|bottom|middle|center|centre|front|back|end|base|foot|rear|rim|"
                         r"surface|wall|roof|door|window|floor|left|right) of (?!(?:a|an|the|this|that|these|those|his|her|its|"
                         r"their|my|our|your|it|them|him|us|me|you|one|each|both|all|some)\b)(?=[a-z])")
#: "in" before a part of the picture, which takes "the" ("in bottom right corner", "in distance")
_IN_SCENE_RE = re.compile(r"\b(in|into) (?=(?:(?:bottom|top|upper|lower|left|right|far|back|front)[\s-]+){0,3}"
                          r"(?:background|foreground|distance|middle|center|centre|corner|sky|air|frame|image|"
                          r"picture|photo|scene|field|sea|water)\b)", re.I)


def _mended(fragment: str, names: frozenset[str] | None, tails_first: bool) -> str | None:
    words = fragment.split(" ", 2)
    if len(words) == 3 and words[0] in ("A", "An", "The") and fragments.done_to(words[1:2] + words[2].lower().split(" ", 1)[:1]):
        bare = words[1][:1].upper() + words[1][1:] + " " + words[2]  # "A captured in close-up, ...": the model's stray article
        return bare if not unwritten(bare) else _mended(bare, names, tails_first) or bare  # the stray "A" goes all the same
    if (placed := side_as_place(fragment)) is not None:  # "The right of the flower, ..." -> "To the right of ..."
        rest = placed.split(", ", 1)[1]  # "another flower blooms" is a sentence of its own: no "there are"
        return _mended(placed, names, tails_first) if unwritten(placed) and unwritten(rest[:1].upper() + rest[1:]) \
            else placed
    if tails_first and (whole := tails.head_mended(fragment, names) or (  # "..., while the saucer casts a shadow."
            # "The plate, reading "AB 1," mounted ...": where `participles_as_verbs` makes no verbs of the asides
            tails.be_after_asides(fragment, names) if participles_as_verbs(fragment, names) is None else None)) \
            is not None and not unwritten(whole):
        return whole
    if (verb := _verb_then_adverb(fragment)) is not None and fragment[:1].isupper() and \
            (made := typed.subject_after_the(fragment[:verb].strip(), names)) is not None and made[0] != fragment[:verb].strip():
        whole = terminated(f"{made[0]} {fragment[verb:]}")  # "Man in gray coat gazes intently ..." -> "The man ..."
        return None if unwritten(whole) else whole
    if _verb_after_participle_aside(fragment):
        return None  # "Waters of the sea, punctuated by pools, command attention.": a sentence; no "There are"
    if (whole := agreement.agreed(fragment)) is not None:  # "The vase, ..., boast smooth, pale glaze." -> "boasts a ..."
        return whole
    if clauses.may_have_verb(with_nouns_masked(fragment)) or object_after_verb(fragment) or verb is not None or \
            placed_verbs.verb_after_place(fragment) is not None:
        # "A man in a coat waits at ...", "Paper bears inscription ...": only the subject's article
        whole = typed.the_before_subject(fragment) or predicates.article_before_subject(fragment) or \
            predicates.article_before_aside(fragment) or predicates.lead_phrase_kept(fragment, names)
        return None if whole is None or unwritten(whole) else whole
    if (whole := predicates.article_before_aside(fragment)) is not None:  # "Drizzle of syrup, thick, ..., coats ..."
        return None if unwritten(whole) else whole
    if (whole := shot_views.shot_listed_view(fragment, names)) is not None and not unwritten(whole):
        return whole  # "Eye-level, close-up view of ..." -> "An eye-level, close-up view shows ..."
    return as_sentence(fragment, names, model_mends=tails_first)


def _verb_then_adverb(fragment: str) -> int | None:
    """An -s word that may be a verb, right after a noun, then an -ly adverb and a preposition, a
    determiner or the end ("Man in gray coat gazes intently into camera", "Dog sits quietly."): the
    subject's verb, so no "There is" goes before it; where it starts, or None. Not after a count, a determiner or a preposition
    ("Two cups slightly tilted"), nor before a participle or a describing word."""
    ts = tokenize(fragment)
    for i in range(1, len(ts) - 1):
        w, before, adverb = ts[i].lower, ts[i - 1].lower, ts[i + 1].lower
        after = ts[i + 2].lower if i + 2 < len(ts) and ts[i + 2].text[:1].isalnum() else ""
        if w.endswith("s") and word_forms.maybe_verb(w) and adverb.endswith("ly") and lexicon.can_be_adverb(adverb) and \
                (lexicon.can_be_noun(before) or not lexicon.known_word(before)) and before not in DETERMINERS and lexicon.number_value(before) is None and \
                "," not in fragment[ts[i - 1].end:ts[i + 1].start] and (not after or after in DETERMINERS or after in PREPOSITIONS):
            return ts[i].start
    return None


def _verb_after_participle_aside(fragment: str) -> bool:
    """A plural noun phrase, a participle's aside set off by commas, then a verb's base form and its object
    ("Azure waters, punctuated by pools, command attention."): the subject's verb after the aside."""
    parts = [p.strip() for p in fragment.strip().rstrip(".!").split(",")]
    if len(parts) < 3 or fragments.be_for(parts[0]) != "are" or clauses.has_verb(tokenize(parts[0]), parts[0]):
        return False
    last = tokenize(parts[-1])
    if len(last) < 2 or not lexicon.is_verb_base(last[0].lower) or last[1].lower in PREPOSITIONS | {"and", "or"}:
        return False
    return all((w := tokenize(p)) and w[0].lower.endswith(("ed", "ing", "en")) and lexicon.verb_lemmas(w[0].lower)
               for p in parts[1:-1])


def with_nouns_masked(sentence: str) -> str:
    """`sentence` with the -s noun a "with" governs ("chairs with round backs near the table") put as
    "it": after "with" and only describing words, an -s word is that phrase's noun, never a verb, and
    `clauses.may_have_verb` would read it as one. "A woman with a dog walks ...": "walks" follows a
    noun, so it stays."""
    us = typed.units(sentence)
    out, at = [], 0
    for i, u in enumerate(us):
        if u.lower != "with":
            continue
        k = i + 1
        while k < len(us) and not us[k].comma_before and (us[k].lower in DETERMINERS or lexicon.number_value(
                us[k].lower) is not None or typed.attribute(us[k].lower, strict=False)) and not us[k].lower.endswith("s"):
            k += 1
        if k < len(us) and k - i <= 3 and not us[k].comma_before and us[k].lower.endswith("s"):
            out.append(sentence[at:us[i + 1].start] + "it")
            at = us[k].end
    return "".join(out) + sentence[at:]


def write_out_shorthand(sentences: list[str], observations: list[Observation],
                        changes: list[SentenceChange]) -> list[str]:
    """Note shorthand a sentence still carries ("A cup is L.", "~10 people", "blue + white")
    written out (`shorthand.written_out`), without a model call, where the check finds every
    note still carried."""

    def mend(sentence: str) -> str | None:
        return terminated(written_out(sentence)) if prose.shorthand(sentence) else None

    return mend_each(sentences, observations, changes, mend, "note shorthand written out")


def mend_each(sentences: list[str], observations: list[Observation], changes: list[SentenceChange],
               mend: Callable[[str], str | list[str] | None], reason: str, how: ChangeHow = "patch",
               max_notes: int | None = REPEATS_MAX_NOTES, every_note: bool = False) -> list[str]:
    """Each sentence `mend` rewrites (it returns None or the sentence itself for one it leaves,
    or the sentences it becomes), last first, taken where the check finds every note still
    carried and no more words unsupported (`OneSentenceAtATime`; with `every_note`, every note
    judged, not only those near the sentence); none over `max_notes` notes, where the mends are
    tried on few sentences and the checks would cost minutes."""
    if max_notes is not None and len(observations) > max_notes:
        return sentences
    judge = None
    for i in reversed(range(len(sentences))):
        whole = mend(sentences[i])
        parts = [whole] if isinstance(whole, str) else whole
        if not parts or parts == [sentences[i]]:
            continue
        judge = judge or OneSentenceAtATime(sentences, observations, every_note)
        trial = sentences[:i] + parts + sentences[i + 1:]
        if judge.not_worse(trial, sentences, i):
            _record(changes, sentences[i], " ".join(parts), reason, how)
            sentences = trial
    return sentences


def _record(changes: list[SentenceChange], before: str, after: str, reason: str, how: ChangeHow = "patch") -> None:
    """A sentence mended without the model; a note put in verbatim stays counted as such (still
    the note's words, now a sentence)."""
    inserted = next((c for c in changes if c.how == "verbatim" and c.after == before), None)
    if inserted is not None:
        inserted.after = after
    else:
        changes.append(SentenceChange(before=before, after=after, how=how, reason=reason))
