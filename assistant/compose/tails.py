"""A model's sentence that drops "is"/"are" before its predicate and then goes on: the head mended
alone, what follows kept as written. "The paper, pristine white, punctuated by purple lines, adding a
pop of color." -> "The paper, pristine white, is punctuated by purple lines, adding a pop of color.";
"The mug's handle partially visible in the corner, while the saucer casts a shadow." -> "The mug's
handle is partially visible in the corner, while the saucer casts a shadow." Only a mend that puts back
"is"/"are" (and "The" first) and nothing else; `fragments.as_sentence` tries it."""

from __future__ import annotations

from assistant import lexicon
from assistant.check import clauses, word_forms
from assistant.compose import doers, dropped_be, fragments, passives, typed
from assistant.compose.sentences import terminated
from assistant.text import quotation_spans, tokenize

#: words that open a second clause after a comma: its own subject and verb follow
_CLAUSE_JOINS = frozenset("while whereas".split())


def head_mended(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """`fragment` with "is"/"are" put back in its head, before a tail it keeps as written: a free
    participle's phrase at the end (", adding ...", ", further enhancing ..."), or ", while"/", whereas"
    and a clause with its own verb. None where there is no such tail, or the head takes more than "is"."""
    text = fragment.strip()
    for cut in _commas(text):
        tail = text[cut:]
        if not _is_tail(tail[1:].strip()):
            articled = _clause_articled(tail[1:].strip())
            if articled is None:
                continue
            tail = ", " + articled
        head = text[:cut].rstrip()
        whole = be_put_back(terminated(head), names)
        if whole is not None:
            return terminated(whole.rstrip().rstrip(".!") + tail.rstrip())
    return None


def be_put_back(head: str, names: frozenset[str] | None = None) -> str | None:
    """`head` (a fragment) with only "is"/"are" (and "The" first) put back: what `fragments.as_sentence`
    writes where that is all it adds, else `be_after_asides`. None where a word of the head may be its
    verb after all ("The shadow cast by the pig falls ...": no "is cast")."""
    from assistant.check.missed_verbs import object_after_verb  # noqa: PLC0415
    from assistant.compose import placed_verbs  # noqa: PLC0415
    from assistant.compose.polish import with_nouns_masked  # noqa: PLC0415 - polish reads this module

    if not fragments.unwritten(head) or clauses.may_have_verb(with_nouns_masked(head)) or object_after_verb(head) or \
            placed_verbs.verb_after_place(head) is not None:
        return None
    # "The lake below, a mirror of pines": the aside is what it is ("The lake is below, a mirror ..." reads the place as said)
    if (whole := be_before_apposition(head)) is not None and not fragments.unwritten(whole):
        return whole
    whole = fragments.as_sentence(head, names)
    if whole is not None and only_be_added(head, whole):
        return whole
    whole = be_after_asides(head, names) or be_before_attribute(head) or be_before_colour(head)
    return whole if whole is not None and not fragments.unwritten(whole) else None


#: words an attribute's phrase goes on with: a comparison, a place, a second attribute
_AFTER_ATTRIBUTE = fragments.PHRASE_START | frozenset({"than", "and"})


def be_before_attribute(head: str) -> str | None:
    """"The heel of the sandal noticeably thicker than the rest." -> "The heel of the sandal is noticeably
    thicker than the rest.": a subject opened by a determiner or a possessive (with one "of" phrase at
    most), its noun, then adverbs and a word that only describes (an adjective that is no noun and no
    verb form: "visible", "thicker"), then nothing, a comparison or a place; "is"/"are" before the adverbs."""
    text = head.strip().rstrip(".!")
    us = typed.units(text)
    for k in range(2, len(us) - 1):
        if not (us[k].lower.endswith("ly") and lexicon.can_be_adverb(us[k].lower)):
            continue
        j = k
        while j < len(us) and us[j].lower.endswith("ly") and lexicon.can_be_adverb(us[j].lower):
            j += 1
        subject = text[:us[k].start].strip()
        if j >= len(us) or any(u.comma_before for u in us[1:j + 1]) or not typed.noun_word(us[k - 1]):
            return None
        word = us[j].lower
        if not (lexicon.can_be_adjective(word) and not lexicon.can_be_noun(word) and not lexicon.can_be_verb(word)
                or word in lexicon.load().colors):  # "predominantly ginger": a colour is said of the subject
            return None
        if j + 1 < len(us) and us[j + 1].lower not in _AFTER_ATTRIBUTE:
            return None
        if not _opens_known_thing(subject.replace(" of ", " ", 1)) or " of " in subject.split(" of ", 1)[-1] and \
                subject.count(" of ") > 1 or clauses.has_verb(tokenize(subject), subject):
            return None
        be = fragments.be_for(subject.split(" of ", 1)[0])
        return None if be is None else terminated(f"{text[:us[k].start]}{be} {text[us[k].start:]}")
    return None


def be_before_colour(head: str) -> str | None:
    """"The fox's coat a deep orange." -> "The fox's coat is a deep orange.": a subject opened by a determiner or
    a possessive, then "a"/"an", describing words and a colour's name that ends it; "is"/"are" before the article."""
    text = head.strip().rstrip(".!")
    us = typed.units(text)
    at = next((k for k, u in enumerate(us) if k > 1 and u.lower in ("a", "an")), None)
    if at is None or at + 1 >= len(us) or any(u.comma_before for u in us[1:]) or us[-1].lower not in lexicon.load().colors \
            or not all(typed.attribute(u.lower, strict=False) for u in us[at + 1:-1]):
        return None
    subject = text[:us[at].start].strip()
    if not _opens_known_thing(subject) or clauses.has_verb(tokenize(subject), subject) or (be := fragments.be_for(subject)) is None \
            or any(lexicon.names_member(kind, [us[at - 1].lower]) for kind in ("person", "people")):
        return None  # "The woman a deep red.": a person wears a colour, is none
    return terminated(f"{subject} {be} {text[us[at].start:]}")


def be_before_apposition(head: str) -> str | None:
    """"The lake below, a mirror of pine trees." -> "The lake below is a mirror of pine trees.": a subject
    opened by a determiner or a possessive (a place word after its noun), a comma, and an aside that says what
    it is (`_apposition`, opened by "a"/"an") and ends the head; "is"/"are" instead of the comma."""
    text = head.strip().rstrip(".!")
    parts = _parts(text)
    if len(parts) != 2:
        return None
    subject, aside = text[:parts[0][1]].strip(), text[parts[1][0]:].strip()
    words = subject.split()
    known = subject if words[-1].lower() not in fragments.PLACE_WORDS else " ".join(words[:-1])
    if aside.split(" ", 1)[0].lower() not in ("a", "an") or not _apposition(aside) or not _opens_known_thing(known) or \
            clauses.has_verb(tokenize(subject), subject) or (be := fragments.be_for(known)) is None:
        return None
    return terminated(f"{subject} {be} {aside}")


def only_be_added(before: str, after: str) -> bool:
    """Whether `after` is `before` with one "is"/"are" put in before a word, and maybe "The" first;
    every other character as it was, commas too."""
    a, b = " ".join(before.split()), " ".join(after.split())
    if b.startswith("The ") and not a.startswith("The "):
        b = b[4:5].upper() + b[5:]
    a, b = a[:1].lower() + a[1:], b[:1].lower() + b[1:]
    return any(b[:k] + b[k + len(be):] == a for be in ("is ", "are ") for k in range(len(b))
               if b.startswith(be, k) and (k == 0 or b[k - 1] == " "))


def be_after_asides(head: str, names: frozenset[str] | None = None) -> str | None:
    """"The grave, blanketed in greenery, encircled by a mulch bed." -> "The grave, blanketed in
    greenery, is encircled by a mulch bed.": a subject opened by a determiner or a possessive, asides
    set off by commas (describing words, or a participle's phrase), then a last comma part that opens
    (after adverbs) on a passive participle (`passives.passive_participle`), or is adverbs and a word
    that only describes ("..., clearly visible"); "is"/"are" before it."""
    text = head.strip().rstrip(".!")
    parts = _parts(text)
    if len(parts) < 3:
        return None
    subject = text[:parts[0][1]]
    opened, first = subject, typed.units(subject)[:1]
    bare = first and first[0].lower not in fragments.DETERMINERS and (len(typed.units(subject)) == 1 and typed.noun_word(
        first[0]) and not word_forms.past_or_participle(subject.lower()) or first[0].lower.endswith(("'s", "’s"))
        or _things_of(subject))
    if bare:  # "Water, crystal-clear blue, ...": "The water"; "Car's plate, ...": "The car's plate"
        made = typed.subject_after_the(subject, names)
        opened = made[0] if made is not None else subject
    if not _opens_known_thing(opened.replace(" of ", " ", 1) if _things_of(subject) else opened) or \
            clauses.has_verb(tokenize(subject), subject):
        return None
    if not all(_aside(text[a:b]) or k == 1 and _apposition(text[a:b]) for k, (a, b) in enumerate(parts[:-1]) if k):
        return None
    start = parts[-1][0]
    last = typed.units(text[start:])
    if not last or text[start:start + 1] in "+&" or last[0].lower in ("and", "or"):
        return None  # "..., blue, red, + yellow": a list goes on
    k = 0
    while k < len(last) - 1 and lexicon.can_be_adverb(last[k].lower) and last[k].lower.endswith("ly"):
        k += 1
    word, after = last[k].lower, last[k + 1].lower if k + 1 < len(last) else ""
    if after in fragments.DETERMINERS or lexicon.number_value(after) is not None:
        return None  # "The water, calm, reflected the sky.": an object after it, a past tense; "is reflected the" is none
    # "..., clearly visible"; "..., striking green", "..., predominantly white": a colour and its describing words
    # "..., subtly visible beneath its wings": a place may follow the describing word
    described = (k == len(last) - 1 or after in fragments.PHRASE_START) and (_only_describes(word) or word in
                                                                            lexicon.load().colors) or \
        last[-1].lower in lexicon.load().colors and all(typed.attribute(u.lower, strict=False) for u in last[k:-1])
    if described and last[-1].lower in lexicon.load().colors and text[parts[-2][0]:parts[-2][1]].strip().lower() in \
            lexicon.load().colors:
        return None  # "..., blue, red, yellow": colours listed, not what the subject is
    if not described and (not word.endswith(("ed", "en")) or
                          not passives.passive_participle(word, after, doers.living(subject, names))):
        return None
    be = fragments.be_for(subject)
    if be is None:
        return None
    at = start + last[0].start
    return terminated(f"{opened}{text[len(subject):at]}{be} {text[at:]}")


def _things_of(subject: str) -> bool:
    """A bare plural, "of" and a noun ("Stems of orchids"): the things a terse note names, which take "The"."""
    words = subject.split()
    return len(words) == 3 and words[1].lower() == "of" and fragments.plural_noun(words[0].lower()) and \
        typed.noun_word(typed.units(subject)[-1])


def _apposition(piece: str) -> bool:
    """An aside that says what the subject is: describing words, a singular noun and its "of" phrase, no verb
    ("striking combination of brown and gray", "blend of white and ivory"; not "pair of cups", a list's item)."""
    us = typed.units(piece.strip())
    at = next((k for k, u in enumerate(us) if u.lower == "of"), None)
    if at is None or at == 0 or at + 1 >= len(us) or clauses.has_verb(tokenize(piece), piece):
        return False
    noun = us[at - 1].lower
    return typed.noun_word(us[at - 1]) and not fragments.plural_noun(noun) and noun not in word_forms.COLLECTIVES and \
        all(typed.attribute(u.lower, strict=False) for u in us[:at - 1] if u.lower not in ("a", "an"))


def _opens_known_thing(subject: str) -> bool:
    """A noun phrase opened by "the", a possessive or a demonstrative, ending on a noun ("The grave",
    "The frog's eyes", "Its lid"): the thing a model's sentence goes on about."""
    us = typed.units(subject)
    if len(us) < 2 and not (us and us[0].lower.endswith(("'s", "’s"))):
        return False
    first = us[0].lower
    return (first in ("the", "this", "that", "these", "those", "his", "her", "its", "their") or
            first.endswith(("'s", "’s"))) and typed.noun_word(us[-1]) and \
        not any(u.lower in fragments.PHRASE_START | {"and", "or"} for u in us)


def _aside(piece: str) -> bool:
    """A comma part set off after the subject: describing words ("pristine white") or a participle's
    phrase ("blanketed in lush greenery") with no verb of its own."""
    piece = piece.strip()
    us = typed.units(piece)
    if not us or clauses.has_verb(tokenize(piece), piece):
        return False
    if all(typed.attribute(u.lower, strict=False) or lexicon.can_be_adverb(u.lower) or 0 < k < len(us) - 1 and
           u.lower in ("and", "or") for k, u in enumerate(us)):
        return True  # "pristine white", "long and slender"
    at = next((k for k, u in enumerate(us) if u.lower == "with"), 0)
    if at and _aside(piece[:us[at].start]):
        return True  # "jet black with a matching wing": describing words and what goes with them
    if us[-1].lower in lexicon.load().colors and all(typed.noun_word(u) or "-" in u.lower or typed.attribute(
            u.lower, strict=False) for u in us[:-1]):
        return True  # a colour's name: "crystal-clear blue", "deep sea green"
    after = piece[us[0].end:].lstrip()
    if len(us) > 1 and us[0].lower.endswith("ing") and lexicon.verb_lemmas(us[0].lower) and (
            not lexicon.can_be_adjective(us[0].lower) or after[:1] in "\"“'" or us[1].lower in fragments.DETERMINERS):
        return True  # "reading "AOR 1482"", "bearing the word "Saab""
    return us[0].lower.endswith("ed") and lexicon.verb_lemmas(us[0].lower) != () and len(us) > 1 and \
        us[1].lower in fragments.PHRASE_START


def _is_tail(piece: str) -> bool:
    """A free participle's phrase ("adding a touch of color", "further enhancing the scene", "printed in
    bold letters", "flanked by two lamps"), a "with" phrase ("with red numbers"), a describing word's phrase ("reminiscent of a croissant") or
    a second clause with its own verb ("while the saucer casts a shadow")."""
    us = typed.units(piece)
    if len(us) < 2:
        return False
    if us[0].lower in _CLAUSE_JOINS:  # "while others seated or standing": its dropped "are" is no verb of its own
        rest = terminated(piece[us[1].start:][:1].upper() + piece[us[1].start:][1:])
        return not fragments.unwritten(rest) and dropped_be.be_inserted(rest) is None
    k = 0
    while k < len(us) - 1 and lexicon.can_be_adverb(us[k].lower) and not lexicon.can_be_noun(us[k].lower):
        k += 1
    word, after = us[k].lower, us[k + 1].lower if k + 1 < len(us) else ""
    if not after or us[k + 1].comma_before:
        return False
    if word == "with" and k == 0:  # "..., with red numbers": a phrase that goes with any clause before it
        return True
    if word.endswith("ing"):
        return bool(lexicon.verb_lemmas(word)) and not lexicon.can_be_adjective(word)
    if word.endswith(("ed", "en")) and after in fragments.PHRASE_START:  # "printed in bold", "flanked by headlights"
        return passives.by_the_lexicon(word) or after in passives.AGENT_WORDS and passives.passive_participle(word, after, False)
    # "reminiscent of a croissant": a word that only describes, and its phrase
    return after in fragments.PHRASE_START and _only_describes(word)


def _clause_articled(piece: str) -> str | None:
    """", while unicorn, on right, boasts horn and mane" -> ", while the unicorn, on right, boasts ...": a second
    clause whose subject is a bare singular noun, given "the" where the clause then reads as a sentence."""
    us = typed.units(piece)
    if len(us) < 3 or us[0].lower not in _CLAUSE_JOINS or us[1].lower in fragments.DETERMINERS or \
            not typed.noun_word(us[1]) or not fragments.bare_singular(us[1].lower) or us[1].text[:1].isupper():
        return None
    rest = "the " + piece[us[1].start:]
    if fragments.unwritten(terminated(rest[:1].upper() + rest[1:])):
        return None
    return f"{piece[:us[1].start]}{rest}"


def _only_describes(word: str) -> bool:
    """An adjective that is no verb form, and no noun unless in -ible/-able ("visible", "reminiscent")."""
    if lexicon.can_be_verb(word):
        return False
    return lexicon.can_be_adjective(word) and not lexicon.can_be_noun(word) or \
        word.endswith(("ible", "able")) and len(word) > 5  # the dictionary knows "visible" only as a noun


def _commas(text: str) -> list[int]:
    """Where the commas outside quotation marks are; a comma a quotation ends on ('reading "AB 12,"') is
    the phrase's, after its closing mark."""
    quoted = quotation_spans(text)
    out = []
    for i, ch in enumerate(text):
        if ch != ",":
            continue
        inside = next(((a, b) for a, b in quoted if a <= i < b), None)
        if inside is None:
            out.append(i)
        elif text[i + 1:inside[1]].strip() in ('"', "”"):
            out.append(inside[1] - 1)
    return out


def _parts(text: str) -> list[tuple[int, int]]:
    """The comma parts of `text` as [start, end) spans, commas in quotation marks left inside."""
    out, at = [], 0
    for i in _commas(text):
        out.append((at, i))
        at = i + 1
    out.append((at, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out]
