"""Literal edits of a rewrite, applied without a model.

An annotator's note that names the exact text to change ("3 months, not six", "replace
'free' with 'paid'", "remove \"as we all know\"", "delete the sentence about prices", or
"replace the information about X with Y" where X stands in the response word for word) is
applied deterministically: the model never gets a chance to miss it or to touch anything
else. Notes that describe their target instead ("remove the first name") are left to the
model, and the check verifies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant import lexicon, surroundings
from assistant.check.edit_parsing import (CLAUSE_WORDS, EDIT_VERBS, Edit, is_described, number_or_name, parse_edit,
                                          states_a_value)
from assistant.text import ARTICLES, phrase_pattern, quoted, tokenize, unfinished
from assistant.text import sentences as split_sentences

EditKind = Literal["replace", "remove", "delete_sentence"]

# "the information about", "the part on", "from the summary": words about the text, not in it.
_META_RE = re.compile(
    r"^(?:the\s+)?(?:information|info|details?|part|claim|mention|statement|words?|phrase)s?\s+"
    r"(?:about|of|on|regarding|that)\s+|\s+(?:from|in|of)\s+the\s+(?:summary|response|answer|text|output)$",
    re.I,
)
_DOUBLED_RE = re.compile(r"\b(about|the|a|an|of|to|in|on|from|with)\s+\1\b", re.I)
_WITHIN_RE = re.compile(r"^(?P<part>.+?)\s+(?:from|in|of)\s+[\"“](?P<whole>[^\"”]+)[\"”]$")
_PART_RE = re.compile(r"^(?:the\s+)?(?=\S+(?:\s+\S+){0,2}\s+part$)|\s+part$", re.I)
# "replace X with Y" names both sides; "Y, not X" and "Y instead of X" put a value first
_REPLACE_VERB_RE = re.compile(r"^(?:please\s+)?(?:replace|change|swap|substitute|switch)\b", re.I)
# "with the information about being bound, not from, Hamburg": the new side describes a claim
# (a gerund of being or having) or corrects itself: words for the model to write, not to paste
_DESCRIBES_CLAIM_RE = re.compile(r"^(?:being|having)\b|,\s*not\b", re.I)
_MARKED_RE = re.compile(r"->|→|=>|⇒|,\s*not\s")  # "X -> Y", "Y, not X": a marked correction
_SHOULD_RE = re.compile(r"\bshould\b", re.I)
# "it's 1937, not 1932", "should be 1937 not 1932": the value follows
_PREFIX_RE = re.compile(r"^(?:it(?:'s|’s| is)\s+|should\s+be\s+)", re.I)
# "policy says", "the source states", "it should be": who says the value, not the value.
_ATTRIBUTION_RE = re.compile(r"^(?:[\w'-]+\s+){0,3}?(?:says?|said|states?|stated|shows?|is|are|was|were|should\s+be)\s+",
                             re.I)


@dataclass(frozen=True)
class LiteralEdit:
    """A note that names the exact text to change in the response."""

    kind: EditKind
    old: str
    """The text in the response to change or remove (for delete_sentence: what the sentence mentions)."""
    new: str = ""
    note_id: str = ""


def parse(note_id: str, note: str, response: str) -> LiteralEdit | None:
    """The literal edit a note asks for, or None when the note is not literal or its target
    does not stand in `response` word for word. Its form (which side is old, which new) is the
    check's reading (`check.edit_parsing.parse_edit`, the one table of edit forms), so compose and
    check never read one note two ways; what is decided here is only whether it can be applied
    without the model."""
    text = " ".join(note.split()).rstrip(".;")
    if not quoted(text):  # "about about": a slip of the keys (a quote is taken as written)
        text = _DOUBLED_RE.sub(r"\1", text)
    form = parse_edit(text)
    if form is None or form.kind not in ("replace", "remove"):
        return None  # an addition or "rephrase ...": only the model can write it
    kind: EditKind = "delete_sentence" if form.whole_sentence else form.kind
    old, new = _strip(form.old), _strip(form.new)
    if kind == "replace" and find(response, old) is None and (framed := surroundings.in_frame(response, old, new)):
        old, new = framed  # "that he died in Leeds" to "... in York": "died in Leeds" to "died in York"
    if kind == "replace":
        new = _PREFIX_RE.sub("", new)
        if ", not " in text.lower() or ",not " in text.lower():
            new = _ATTRIBUTION_RE.sub("", new)  # "policy says 3 months, not six": the value is "3 months"
        if not _pasteable(text, form, old, new):
            return None
    if not old or (kind == "replace" and not new):
        return None
    if kind != "delete_sentence" and find(response, old) is None:
        if (named := _PART_RE.sub("", old)) != old and _names_something(named):
            old = named  # "the relegation-threatened part", unless the response says "part"
        # 'remove the claim that it is a "brave one"': a removal's one quoted phrase names its text
        quotes = [q for q in quoted(form.old) if find(response, q)] if kind == "remove" else []
        if find(response, old) is None and len(quotes) == 1:
            old = quotes[0].strip()
        if find(response, old) is None:
            return None
    return LiteralEdit(kind=kind, old=old, new=new, note_id=note_id)


def _pasteable(text: str, form: Edit, old: str, new: str) -> bool:
    """Whether a replacement can go in word for word. Not a clause or an instruction as the value
    ("it closes on Fridays only, not permanently", "use the term guest instead of customer"), not a
    side that describes its content ("the number of injuries", "being bound for Hamburg"), and, in
    a form with no verb of editing and no marked correction ("Y instead of X", "Y (not X)", "X should
    be Y"), only a short value on each side, never a "should" ("the bus should be red" names no
    words to replace), unless the old side is quoted."""
    first = new.split()[0].lower() if new.split() else ""
    verb = bool(_REPLACE_VERB_RE.match(text))
    if not verb and (first in CLAUSE_WORDS or first in EDIT_VERBS):
        return False
    if is_described(old) or is_described(new) or _DESCRIBES_CLAIM_RE.search(new):
        return False
    if verb or _MARKED_RE.search(text) or quoted(form.old):
        return True
    short = len(old.split()) <= 2 and 0 < len(new.split()) <= 2 and states_a_value(new.split())
    return short and not _SHOULD_RE.search(text)


# "the first part", "the last part": a place in the text, not words of it
_POSITIONS = frozenset("the a an this that first last second third final middle opening closing other whole same "
                       "next previous beginning end latter former".split())


def _names_something(phrase: str) -> bool:
    return any(w.lower() not in _POSITIONS for w in phrase.split())


def _strip(part: str) -> str:
    part = part.strip().rstrip(".")
    inner = quoted(part)
    if len(inner) == 1 and len(inner[0]) >= len(part) - 4:
        return inner[0].strip()
    for _ in range(2):
        part = _META_RE.sub("", part).strip()
    if m := _WITHIN_RE.match(part):  # 'Tim from "Tim Henman"': the part named, inside the quote
        if m.group("part").lower() in m.group("whole").lower():
            return m.group("part").strip("\"'“”‘’ ")
    return part.strip("\"'“”‘’ ")


def find(text: str, phrase: str) -> tuple[int, int] | None:
    """(start, end) of `phrase` in `text`, case-insensitive, on word boundaries."""
    if not phrase.strip():
        return None
    m = re.search(phrase_pattern(phrase), text, re.I)
    return (m.start(), m.end()) if m else None


def apply(edit: LiteralEdit, sentence: str) -> str | None:
    """The sentence with the edit applied, None if its target is not in it, "" if it deletes the sentence."""
    if edit.kind == "delete_sentence":
        words = {t.lower for t in tokenize(edit.old) if len(t.text) > 3} or {t.lower for t in tokenize(edit.old)}
        have = set().union(*(lexicon.lemmas(t.lower) for t in tokenize(sentence)))  # "ticket" finds "Tickets"
        found = sum(bool(lexicon.lemmas(w) & have) for w in words)
        return "" if words and found * 2 >= len(words) + 1 else None
    span = find(sentence, edit.old)
    if span is None:
        return None
    if edit.kind == "replace":
        start, end = span
        new = surroundings.same_hyphens(sentence[start:end], edit.old, _without_repeats(sentence, span, edit.new))
    elif (listed := surroundings.without_list_item(sentence, *span)) is not None:  # "quiet, [calm] and safe"
        return tidy(listed, capital=sentence.lstrip()[:1].isupper())
    else:
        start, end = _widen_removal(sentence, span)
        if (before := re.search(r",\s*$", sentence[:start])) and (after := re.match(r"\s*,", sentence[end:])) and \
                surroundings.set_off(sentence, before.start(), end + after.end()):
            start, end = before.start(), end + after.end()  # "The driver, 42, was taken": the commas go with it
        if (close := surroundings.closing_apposition(sentence, start, end)) is not None:
            sentence = sentence[:close] + sentence[close + 1:]  # "Nationwide, the UK's lender, has" less the name
        new = ""
        if surroundings.owner_before_noun(sentence, start, end):
            new = "the "  # "since May's general election" -> "since the general election"
    if edit.kind == "replace" and start == 0 and new[:1].islower() and sentence[:1].isupper():
        new = new[0].upper() + new[1:]
    out = sentence[:start] + new + sentence[end:]
    if edit.kind == "replace" and number_or_name(edit.old):
        # "54 marathons in 54 days", 54 to 53: the value is replaced wherever it stands
        while (more := find(out[start + len(new):], edit.old)) is not None:
            at = start + len(new) + more[0]
            out, start = out[:at] + new + out[at + more[1] - more[0]:], at
    if edit.kind == "remove" and (short := surroundings.initials_left(sentence, span)) is not None:
        return short  # "by the National Rugby League (NRL)" less the long form is "by the NRL"
    if edit.kind == "remove" and surroundings.modifier_left(out, start + len(new)):
        return None  # "the UK's largest lender" less "largest lender": "the UK's," is no phrase
    if edit.kind == "remove":
        out = tidy(_article_agrees(out, start), capital=sentence.lstrip()[:1].isupper())
        if unfinished(out):  # "... is a brave one." less "brave one" is "... is.": not a sentence
            return None
        if _has_verb(sentence[start:end]) and not _has_verb(out):
            return ""  # the claim was the sentence: "Saturn is the largest planet in the solar system" goes whole
    return out


def _article_agrees(text: str, at: int) -> str:
    """"A popular Australian brand" less "popular" is "An Australian brand": the article right
    before a removal agrees with the word now after it (only where the letter decides: not
    before u-, eu-, one, or h-)."""
    m = re.search(r"\b(a|an|A|An)\s+$", text[:at])
    after = re.match(r"\s*([A-Za-z]+)", text[at:])
    if not m or not after:
        return text
    word = after.group(1).lower()
    if word.startswith(("u", "eu", "one", "h")):
        return text
    want = "an" if word[0] in "aeio" else "a"
    if m.group(1).lower() == want:
        return text
    article = want.capitalize() if m.group(1)[0].isupper() else want
    return text[:m.start(1)] + article + text[m.end(1):]


def _has_verb(text: str) -> bool:
    return any(lexicon.can_be_verb(t.text) for t in tokenize(text) if t.text[:1].isalpha())


def _word(w: str) -> str:
    return w.lower().strip(".,;:!?\"'“”‘’()")


def _without_repeats(sentence: str, span: tuple[int, int], new: str) -> str:
    """The new text less the words it repeats from around the target, where a note gave the
    right value with its context: "3 months, not six" turns "six months" into "3 months",
    not "3 months months"; "completed in 1889, not 1899" puts "1889" in "completed in 1899";
    "a cup has about 95 mg, not 500 mg" turns "A typical cup has about 500 mg" into "... about
    95 mg"; "children under 18 go free, not under 12" turns "Children under 12 always go free"
    into "Children under 18 always go free". Leading words must end the text before the target
    (after an article of the note's own); trailing words must follow it, at once or, two or
    more of them, a word or two on."""
    words = new.split()
    if len(words) < 2:
        return new
    start, end = span
    before = [_word(w) for w in sentence[:start].split()]
    after = [_word(w) for w in sentence[end:].split()]
    target = [_word(w) for w in sentence[start:end].split()]
    mine = [_word(w) for w in words]
    lead = 0
    for skip in ((0, 1) if mine[0] in ARTICLES else (0,)):
        for k in range(len(mine) - skip - 1, 0, -1):
            head = mine[skip:skip + k]
            adjacent = k <= len(before) and before[-k:] == head
            if target[:k] != head and (adjacent or _ends_clause(head, before)):
                lead = max(lead, skip + k)
                break
    trail = 0
    for k in range(len(mine) - lead - 1, 0, -1):
        tail = mine[-k:]
        if target[-k:] != tail and any(after[j:j + k] == tail for j in range(3 if k >= 2 else 1)):
            trail = k
            break
    return " ".join(words[lead:len(words) - trail])


def _ends_clause(head: list[str], before: list[str]) -> bool:
    """Whether the note's leading words stand, in order, among the last words before the target,
    the last of them right before it: "approved by the EMA" against "was approved in 2019 by
    [the FDA]" (a word or two of the sentence may come between the note's words)."""
    if len(head) < 2 or not before or head[-1] != before[-1]:
        return False
    window, at = before[-(len(head) + 2):-1], 0
    for word in head[:-1]:
        try:
            at = window.index(word, at) + 1
        except ValueError:
            return False
    return True


def _widen_removal(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """A removed phrase takes its article and the word that tied it in with it: "armed with a
    bat and a baseball bat" loses "and a baseball bat"; "jailed for eight years", "for eight years";
    "lives in London now", "lives now". A removed modifier ("at relegation-threatened Halifax",
    "a rare game") takes neither: the words before it belong to the noun after it; only an
    "and" joining it to the modifier before goes. A phrase that ties in with nothing before it
    takes the "and" after it: "has two cranes and a fence", "has a fence"."""
    start, end = span
    # 'should step down "now", says': the quote marks go with the only words they held
    if start > 0 and end < len(sentence) and sentence[start - 1] in "\"“'‘" and sentence[end] in "\"”'’":
        start, end = start - 1, end + 1
    if m := _POSSESSIVE_RE.match(sentence[end:]):
        return start, end + m.end()  # "Egypt's Al Ahly": the owner goes with its 's, the thing owned stays
    if (m := _RELATIVE_OPENING_RE.search(sentence[:start])) and _clause_goes_on(sentence[end:]):
        # "a chief who was diagnosed with meningitis has been ...": the relative clause was the
        # removed words; its "who was" goes with them, and a comma that closed it too
        closing = re.match(r"\s*,", sentence[end:]) if m.group(0).lstrip().startswith(",") else None
        return m.start(), end + (closing.end() if closing else 0)
    if (joined := surroundings.coordinate_adjective(sentence, start, end)) is not None:
        return joined  # "the old, rusty car" less "old": "the rusty car"
    if _modifier(sentence[start:end], sentence[end:]):
        # "an old and rare coin", "Wasps and Italy scrum-half": the "and" joined two modifiers; "Tom Hart
        # and ex-director Ann Lee": two people, a name before it and a name after the title
        people = re.match(r"\s+[A-Z]", sentence[end:]) and re.search(r"[A-Z][\w'’-]*\s+(?:and|or)\s+$", sentence[:start])
        if (m := re.search(r"\b(?:and|or)\s+$", sentence[:start], re.I)) and not people:
            start = m.start()
        return start, end
    if m := re.search(r"\b(?:a|an|the)\s+$", sentence[:start], re.I):
        start = m.start()
    if m := re.search(rf"\b(?:and|or|{_PLACE_TIME})\s+$", sentence[:start], re.I):
        start = m.start()
    elif m := re.match(r"\s+(?:and|or)\b", sentence[end:], re.I):
        end += m.end()  # the first of two: "has two cranes and a fence" -> "has a fence"
    return start, end


def _modifier(phrase: str, after: str) -> bool:
    """Whether a phrase modifies the word after it: a word follows, and the phrase ends in an
    adjective (lemminflect's dictionary), a hyphenated participle ("relegation-threatened"), or
    a capitalised word before another ("Rio Paralympics"); or the word after is a name or a
    noun that is no adverb, so the phrase stood inside its noun phrase ("the northern Afghan
    city", "of predecessor Mark Harrison", "the Liverpool striker"): the article and the
    preposition before it belong to what follows."""
    if not re.match(r"\s+[\w\"“']", after) or not phrase.split():
        return False
    last = phrase.split()[-1].strip("\"“”'’")
    if last[:1].isupper() and re.match(r"\s+[A-Z]", after):
        return True  # a name before a name: "the Rio Paralympics", "Arron Banks"
    if lexicon.can_be_adjective(last) or re.search(r"\w-\w+(?:ed|ing)$", last):
        return True
    following = re.match(r"\s+([\w'’-]+)", after)
    word = following.group(1) if following else ""
    if not word or word.lower() in _FUNCTION_WORDS:
        return False
    if word[:1].isupper():
        return True
    if not lexicon.known_word(word):
        return True  # a word the dictionary lacks ("winger") is a noun far more often than anything else
    return lexicon.can_be_noun(word) and not lexicon.can_be_adverb(word) and not lexicon.can_be_verb(word)


# the opening of a relative clause left bare before a removed phrase: "who was", ", which has been"
_RELATIVE_OPENING_RE = re.compile(r"(?:\s*,)?\s*\b(?:who|which|that)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?$", re.I)
# what follows a relative clause that ends there: the main clause's verb, or punctuation
_CLAUSE_GOES_ON_RE = re.compile(r"\s*(?:,|[.;:!?]|$|(?=(?:has|have|had|is|are|was|were|will|would|can|could|may|might|"
                                r"must|should|did|does|do)\b))", re.I)


def _clause_goes_on(after: str) -> bool:
    """Whether the main clause goes on after a relative clause ends: an auxiliary, punctuation, or
    a finite verb that can be nothing else ("... that was damaged by the storm reopened")."""
    if _CLAUSE_GOES_ON_RE.match(after):
        return True
    word = re.match(r"\s*([a-z]+)\b", after)
    return bool(word and re.search(r"(?:ed|s)$", word.group(1)) and lexicon.can_be_verb(word.group(1)) and
                not lexicon.can_be_noun(word.group(1)) and not lexicon.can_be_adjective(word.group(1)))


# prepositions a removed place, time or thing takes with it ("a camp near Calais": "a camp")
_PLACE_TIME = ("for|in|of|with|at|on|by|from|about|to|as|near|outside|inside|into|onto|within|across|behind|beside|"
               "under|over|during|since|until|through|via|against|among|towards?")
_POSSESSIVE_RE = re.compile(r"['’]s?(?=\s)")
_FUNCTION_WORDS = frozenset(f"and or but nor so yet than then that which who whom whose when where while if because "
                            f"{_PLACE_TIME.replace('|', ' ').replace('towards?', 'toward towards')} after before "
                            f"is are was were be been has have had will would can could may might must should".split())
_DANGLING = rf"(?:{_PLACE_TIME}|and|or|but|the|a|an|which|who|that)"


def tidy(sentence: str, *, capital: bool = True) -> str:
    """Mend what a removal leaves behind: doubled spaces and commas, empty brackets, a
    preposition or article left before punctuation."""
    s = re.sub(r"\(\s*\)|\[\s*\]", "", sentence)
    for _ in range(3):
        s = re.sub(rf"\s+{_DANGLING}(?=\s*[,.;:!?)]|$)", "", s, flags=re.I)
        s = re.sub(r"\s*,\s*(?:,\s*)+", ", ", s)
        s = re.sub(r"\s+([,.;:!?)])", r"\1", s)
        s = re.sub(r",(?=[.;:!?])", "", s)
        s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"^[\s,;:]+", "", s).strip()
    if s and s[0].islower() and capital:
        s = s[0].upper() + s[1:]
    return s


# An addition whose words are all in the note and whose place the response names: "the plans
# being budget plans" (a qualifier before the thing), "honorific of the first minister i.e. Mr."
# (a title before the person's name). Written in without the model, as a replacement of the
# words that get the addition.
_QUALIFIER_RE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?P<thing>[\w'’ -]+?)\s+being\s+(?:just\s+|only\s+)?(?:the\s+|a\s+|an\s+)?"
                           r"(?P<qualified>[\w'’ -]+)$", re.I)
_HONORIFIC_RE = re.compile(r"^(?:the\s+)?(?:personal\s+)?(?:honorific|title|form\s+of\s+address)\s+of\s+(?:the\s+)?"
                           r"(?P<whom>.+?)\s*,?\s*(?:i\.?\s?e\.?|namely|that\s+is|:)\s*(?P<title>Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof)\.?$",
                           re.I)


def addition(note_id: str, note: str, response: str) -> LiteralEdit | None:
    """The literal edit an addition amounts to, or None when only the model can write it."""
    form = parse_edit(" ".join(note.split()).rstrip(".;"))
    if form is None or form.kind != "add" or not form.new:
        return None
    side = _strip(form.new)
    if m := _QUALIFIER_RE.match(side):
        return _qualifier(note_id, m.group("thing").strip(), m.group("qualified").strip(), response)
    if m := _HONORIFIC_RE.match(side):
        return _honorific(note_id, m.group("whom").strip(), m.group("title"), response)
    return None


def _qualifier(note_id: str, thing: str, qualified: str, response: str) -> LiteralEdit | None:
    """"the plans being budget plans": "plans" in the response becomes "budget plans" (the
    qualified side ends in the thing's own noun, and adds at most three words before it)."""
    words, head = qualified.split(), thing.split()
    if not head or len(words) <= len(head) or len(words) - len(head) > 3:
        return None
    if [w.lower() for w in words[-len(head):]] != [w.lower() for w in head] or find(response, thing) is None:
        return None
    return LiteralEdit(kind="replace", old=thing, new=qualified, note_id=note_id)


def _honorific(note_id: str, whom: str, title: str, response: str) -> LiteralEdit | None:
    """"honorific of the first minister i.e. Mr.": the title goes before the name that follows
    the words naming the person ("First Minister Peter Robinson" -> "First Minister Mr. Peter
    Robinson"), or before the name the note gives; never twice."""
    title = title.capitalize() + ("" if title.lower() in ("miss", "sir", "dame") else ".")
    span = find(response, whom)
    whom = response[span[0]:span[1]] if span else whom  # as the response writes it: "First Minister"
    rest = response[span[1]:] if span else ""
    m = re.match(r"\s+([A-Z][\w'’-]+)", rest) if span else None
    name = m.group(1) if m else (whom if whom[:1].isupper() and find(response, whom) else None)
    if not name or re.search(rf"\b{re.escape(title.rstrip('.'))}\.?\s+{re.escape(name)}", response):
        return None
    old = f"{whom} {name}" if m else name
    if find(response, old) is None:
        return None
    return LiteralEdit(kind="replace", old=old, new=f"{whom} {title} {name}" if m else f"{title} {name}",
                       note_id=note_id)


# "Rewrite the summary by Mercedes was penalized for ...": the note gives the whole new text
_RESTATE_RE = re.compile(r"^(?:please\s+)?(?:rewrite|rephrase|change)\s+(?:the\s+)?(?:summary|response|answer|text)\s+"
                         r"(?:by|as|to\s+say|to\s+read|so\s+that\s+it\s+(?:says|reads)|saying|stating)\s*:?\s+(?P<text>.+)$",
                         re.I | re.S)


def restatement(note_id: str, note: str, response: str) -> LiteralEdit | None:
    """A note that gives the whole text the response should be, for a response of one sentence:
    a statement of at least five words that opens with a capital, as a sentence does ("by
    Mercedes was penalized ..."), not a way to go about it ("by focusing on ...")."""
    m = _RESTATE_RE.match(" ".join(note.split()))
    if m is None or len(split_sentences(response)) != 1:
        return None
    text = m.group("text").strip()
    first = text.split()[0]
    # "Naming the club ...", "Correctly naming the club ...": a way to go about it; "The building
    # was sold ...": the new text (a second word in "-ing" is a gerund only after an adverb)
    lead, second = [w.lower() for w in (text.split() + [""])[:2]]
    gerund = lead.endswith("ing") or lexicon.can_be_adverb(lead) and second.endswith("ing") and lexicon.can_be_verb(second)
    if len(text.split()) < 5 or not first[:1].isupper() or first.lower() in EDIT_VERBS or gerund:
        return None
    old = response.strip()
    return LiteralEdit(kind="replace", old=old, new=text if text[-1] in ".!?" else text + ".", note_id=note_id)
