"""Terse notes that say what a thing is like or what it is, made sentences without the model
(`fragments.as_sentence` tries them after `typed`'s shapes): a noun, its place and its attributes
("Kettle on stove black." -> "The kettle on the stove is black."), a name and the noun phrase that
describes it ("Villa Rosa large, white building." -> "Villa Rosa is a large, white building."), and a
participle's phrase typed before either ("Seen from the left, old mill ..."). Each returns None where
it cannot tell."""

from __future__ import annotations

import re

from assistant import lexicon
from assistant.check import clauses, missed_verbs
from assistant.check.word_forms import past_or_participle, past_tense
from assistant.compose import dropped_be, fragments, owned, placed_verbs, typed
from assistant.compose.sentences import VIEW_RE, terminated
from assistant.text import ARTICLES, indefinite_article, tokenize


def _adverb(word: str) -> bool:
    return word.endswith("ly") and lexicon.can_be_adverb(word)


def placed_predicate(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """`_placed_predicate`, and where a phrase follows after a comma ("Coffee in mug frothy, with tiny
    bubbles on top."), of the words before it with that phrase kept after them."""
    made = _placed_predicate(fragment, names)
    head, comma, rest = fragment.strip().partition(",")
    words = rest.split()
    if made is None and comma and words and (words[0].lower() in fragments.PHRASE_START or
                                             words[0].lower().endswith("ing") and lexicon.can_be_verb(words[0].lower())):
        first = _placed_predicate(terminated(head), names)
        made = None if first is None else terminated(f"{first[:-1]},{rest}")
    return made


def _placed_predicate(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Grass in front of the hut short and green." -> "The grass in front of the hut is short and
    green.": a bare noun phrase, its place (a preposition's phrase of a few words, ending in a noun),
    then attributes to the end of the sentence. The attributes are the noun's, as a terse note types
    a thing, where it is, and what it is like; the place gets its articles. None for any other shape,
    a count or a determiner before the noun, or a noun the same in both numbers."""
    us = typed.units(fragment.strip().rstrip(".!"))
    # "Some of the older sheds ...": a part of a group, whose "of" is no place
    part = len(us) > 3 and us[0].lower in _PARTS and us[1].lower == "of"
    p = next((k for k, u in enumerate(us) if u.lower in fragments.PHRASE_START and (not part or k > 2)), None)
    if p is None or p == 0 or len(us) < p + 3 or us[p].lower not in _WHERE or any(c in fragment for c in '"“:'):
        return None  # "Sky with few clouds scattered ...": what "with" has is no place, and the participle is the clouds'
    a = len(us)  # the attributes run back from the end: "short and green", "worn, grey"
    while a > p + 2 and (typed.attribute(us[a - 1].lower, strict=False) or _adverb(us[a - 1].lower) or
                         us[a - 1].lower in typed.LIST_WORDS):
        a -= 1
    k = len(us)
    if a == len(us):  # or they run on to a preposition's phrase: "short and trimmed with low bushes"
        a, k = _attributes_before_phrase(us, p)
    said = us[a:k]
    # the last attribute no noun ("trim", "well"): where the attributes end must be sure; "on corner left", "at
    # bottom left of", "next to": a direction is the place's, not the thing's; a participle first is the last noun's
    if not said or said[0].lower in typed.LIST_WORDS or any(u.lower in _PLACE_ENDS for u in said) or \
            "-" not in said[0].lower and said[0].lower not in lexicon.load().colors and (
                past_or_participle(said[0].lower) or said[0].lower.endswith("ing")) or not typed.attribute(said[-1].lower) and \
            not past_or_participle(said[-1].lower) or said[0].comma_before \
            or not typed.noun_word(us[a - 1]) or a - p > 6 or any(u.comma_before for u in us[1:a]):
        return None
    head, place = us[:p], us[p:a]
    if any(not u.text.replace("-", "").replace("'", "").isalpha() or u.lower in ("and", "or") for u in head) or \
            any(u.lower in ("and", "or") or u.lower in dropped_be.PRONOUN_BE for u in place):
        return None
    first = head[0].lower
    text = fragment.strip()
    if part:  # "Some of shorter sheds" -> "Some of the shorter sheds"
        be = fragments.be_for(text[us[2].start:head[-1].end])
        group = ("of " if us[2].lower in fragments.DETERMINERS else "of the ") + text[us[2].start:head[-1].end]
        if be is None or clauses.has_verb(tokenize(text[place[0].start:place[-1].end]), text[place[0].start:place[-1].end]):
            return None
        tail = f" {typed.articled(text[us[k].start:])}" if k < len(us) else ""
        return terminated(f"{head[0].text} {group} {typed.articled(text[place[0].start:place[-1].end])} {be} "
                          f"{text[said[0].start:said[-1].end]}{tail}")
    if first in fragments.DETERMINERS - ARTICLES or lexicon.number_value(first) is not None:
        return None
    start = head[1].start if first in ARTICLES and len(head) > 1 else head[0].start
    if first in ARTICLES and len(head) == 1:
        return None
    if clauses.has_verb(tokenize(text[place[0].start:place[-1].end]), text[place[0].start:place[-1].end]):
        return None  # "Boy near the gate holding ...": a verb is the model's to place
    subject = typed.subject_after_the(text[start:head[-1].end], names)
    if subject is None:
        return None
    phrase, be = subject
    where = typed.articled(text[place[0].start:place[-1].end])
    tail = f" {typed.articled(text[us[k].start:])}" if k < len(us) else ""
    return terminated(f"{phrase} {where} {be} {text[said[0].start:said[-1].end]}{tail}")


#: words after which a place goes on, never an attribute of the thing ("on corner left", "next to the door")
_PLACE_ENDS = frozenset("left right top bottom middle center centre front back side next".split())
#: the camera's direction after a participle, before a view ("Looking up a wide view of ..."): a particle, no preposition
_DIRECTED = fragments.PARTICLES - fragments.PHRASE_START - {"toward", "towards"}


#: words for a part of a group before "of" ("some of the sheds")
_PARTS = frozenset("some most many several few all both".split())


def _attributes_before_phrase(us: list, p: int) -> tuple[int, int]:
    """Where attributes after a noun start and end when a preposition's phrase follows them, the
    attributes joined by "and" and perhaps ending in a participle ("short and trimmed"); (len, len)
    where there are none."""
    for a in range(p + 2, min(len(us) - 1, p + 7)):
        # "with pale yellow trim along ...": a word before that may describe too is the colour's, not a noun
        if not (typed.noun_word(us[a - 1]) and typed.attribute(us[a].lower, strict=False)) or us[a].comma_before or \
                us[a - 1].lower in fragments.DETERMINERS or typed.attribute(us[a - 1].lower, strict=False) and \
                us[a - 1].lower not in lexicon.load().directions:
            continue
        k = a + 1
        while k < len(us) and not us[k].comma_before and (
                typed.attribute(us[k].lower, strict=False) or us[k].lower in typed.LIST_WORDS or
                us[k - 1].lower in typed.LIST_WORDS and past_or_participle(us[k].lower)):
            k += 1
        if k < len(us) and us[k].lower in fragments.PHRASE_START and not us[k].comma_before and \
                us[k - 1].lower not in typed.LIST_WORDS:
            return a, k
    return len(us), len(us)


def name_described(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Villa Rosa large, pink stone house with a tower." -> "Villa Rosa is a large, pink stone house
    with a tower.": a name (capitalised words the notes write as a name, two or more), then a noun
    phrase that describes it. None where the name is unsure, or the phrase is plural or no noun
    phrase (`fragments.there_is`)."""
    us = typed.units(fragment.strip())
    k = 0
    while k < len(us) and us[k].text[:1].isupper() and not (k and us[k].comma_before):
        k += 1
    if k < 2 or k >= len(us) or us[k].comma_before or us[0].lower in fragments.DETERMINERS or names is None or \
            any(u.text not in names for u in us[:k]):
        return None  # "Black Lego box": a sentence's first word is capitalised anyway; it must be a name too
    rest = fragment.strip()[us[k].start:]
    if us[k].lower in fragments.PHRASE_START or not (typed.attribute(us[k].lower, strict=False) or typed.noun_word(us[k])):
        return None
    if typed.noun_word(us[k]) and not typed.attribute(us[k].lower, strict=False) and not us[k].comma_before:
        return None  # "Native American sketch, ...": a noun right after the name is what the name describes
    there = fragments.there_is(rest, names)
    if there is None or not there.startswith("There is "):
        return None
    return f"{fragment.strip()[:us[k - 1].end]} is {there.removeprefix('There is ')}"


def lead_phrase_kept(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Seen from the left, old mill with a red door." -> "Seen from the left, there is an old mill
    with a red door.": a participle's phrase typed first, up to its comma, stays as written before
    the rest made a sentence (`fragments.as_sentence`). None where the phrase has another comma
    shape, or the rest is not mended."""
    text = fragment.strip()
    comma = text.find(",")
    words = text.split()
    if len(words) > 3 and words[0].lower().endswith("ing") and words[1].lower() in _DIRECTED \
            and (comma < 0 or comma > len(" ".join(words[:3]))) and VIEW_RE.match(" ".join(words[2:])):
        comma = len(f"{words[0]} {words[1]}")  # "Looking up a wide view of ...": the camera's direction, its comma left out
    if comma < 0:
        return None
    lead, rest = text[:comma], text[comma + 1:].strip()
    tail = rest.split(",", 1)
    if len(tail) > 1 and _adjective_cut(lead, tail[0]):  # "on radiant, sunny day,": the lead runs to the next comma
        lead, rest = f"{lead}, {tail[0].strip()}", tail[1].strip()
    words = lead.split()
    first = words[0].lower() if words else ""
    if not rest or len(words) < 2 or len(words) > 10 or not (past_or_participle(first) or first.endswith("ing") and
                                                             lexicon.can_be_verb(first)) or \
            typed.noun_word(typed.units(lead)[0]) or not (words[1].lower() in fragments.PHRASE_START | fragments.PARTICLES or
                                                          _adverb(words[1].lower())):
        return None  # "Inclined green hill with ...": a participle before a noun describes it; no phrase of its own
    mended = fragments.as_sentence(terminated(rest[:1].upper() + rest[1:]), names)
    if mended is None:
        return None
    keep = mended.split(" ", 1)[0] not in ("There", "The") and mended.split(" ", 1)[0].lower() not in fragments.STARTERS
    return f"{lead}, {mended if keep else mended[:1].lower() + mended[1:]}"


def _adjective_cut(lead: str, after: str) -> bool:
    """A comma between two adjectives of one noun at a lead phrase's end ("Captured at eye-level on
    radiant" + "sunny day"): the lead ends on a describing word and what follows is a describing word
    and its noun, with no verb of its own."""
    last, words = (lead.split() or [""])[-1].lower(), after.split()  # ", , a blue.": no lead at all
    return len(words) == 2 and typed.adjective_first(last) and typed.attribute(words[0].lower(), strict=False) and \
        typed.noun_word(typed.units(words[1])[0])


#: prepositions that say where a thing is, after which "is"/"are" may stand ("The cup is on the table")
_WHERE = frozenset("in on at under over above below behind beside near against along across between inside "
                   "outside atop beneath underneath".split())
#: the words that open a noun phrase "There is" reads badly before ("There is the cup ...")
_DEFINITE = frozenset("the this that these those".split())


def be_placed(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"The blue cup on the shelf by the window." -> "The blue cup is on the shelf by the window.":
    a definite noun phrase then its place gets "is"/"are" before the place ("There is the blue cup
    ..." is no English). None where the phrase before the place has a comma, a verb or a list."""
    us = typed.units(fragment.strip().rstrip(".!"))
    if len(us) < 3 or us[0].lower not in _DEFINITE:
        return None
    p = next((k for k, u in enumerate(us) if u.lower in _WHERE), None)
    if p is None or p < 2 or not typed.noun_word(us[p - 1]):
        return None
    head = us[:p]
    text = fragment.strip()
    phrase = text[:head[-1].end]
    # "The skyscrapers cluster mostly toward the right in ...": a preposition or an adverb before the place, a verb's
    if any(u.comma_before or u.lower in ("and", "or") or not u.text.replace("-", "").replace("'", "").isalpha()
           or u.lower in fragments.PHRASE_START | {"toward", "towards"} or _adverb(u.lower) for u in head[1:]) or \
            any(u.lower.endswith("s") and lexicon.can_be_verb(u.lower) for u in head[1:-1]) or \
            clauses.has_verb(tokenize(phrase), phrase) or _doing_in(head):
        return None
    rest = text[us[p].start:]
    if clauses.has_verb(tokenize(rest), rest) or clauses.may_have_verb(text) or \
            re.search(r"\b(?:which|whom|who|that|where)\b", rest, re.I):
        return None  # "The light behind the camera bounces off ...": the verb is there already
    be = fragments.be_for(phrase)
    return None if be is None else terminated(f"{phrase} {be} {rest}")


def _doing_in(head: list[typed.Unit]) -> bool:
    """Whether the phrase before a place holds its thing's -ing verb after its noun ("The boy running", "The man
    holding a cup", "The fan spinning"): "is" goes before the doing (`participle_verbs`), never "The boy running is
    along ..."; after a lifeless thing an -ing word that is a noun too names it ("The hotel building", "The wall
    hanging"), and one after describing words is the thing's ("The long winding road"); a verb of how a thing moves
    or lies is its doing ("The plane landing", "The sign hanging"), but after a surface a thing is put on, the thing
    put there ("The wall hanging", "The floor covering")."""
    from assistant.compose import doers, participle_verbs  # noqa: PLC0415 - they build on fragments and typed, as this module does

    for k in range(2, len(head)):
        w, prev = head[k].lower, head[k - 1]
        if not (w.endswith("ing") and lexicon.can_be_verb(w) and typed.noun_word(prev)):
            continue
        # right before the place: "The plane landing on ..." ("plane" may describe, as "long" in "long winding road")
        if k == len(head) - 1 and set(lexicon.verb_lemmas(w)) & (participle_verbs.POSTURES | participle_verbs.MOTIONS) \
                and prev.lower not in _SURFACES and not typed.attribute(prev.lower):
            return True
        if not typed.attribute(prev.lower, strict=False) and (
                not lexicon.can_be_noun(w) or doers.a_person_or_animal(" ".join(u.lower for u in head[1:k]))):
            return True
    return False


#: surfaces of a room or a thing that another is hung, laid or set on: before an -ing noun, a compound names what
#: is put there ("wall hanging", "floor covering", "table setting"), no doing of the surface's
_SURFACES = frozenset("wall walls ceiling floor door window table roof stair stairs shelf".split())


def parts_joined(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Two chairs near table, and on table few vases." -> "There are two chairs near table, and on
    the table, there are few vases.": two verbless parts joined by ", and", each made a sentence
    (`fragments.as_sentence`) and joined again. None where there is not exactly one such join, or
    either part is not mended."""
    text = fragment.strip()
    pieces = text.split(", and ")
    if len(pieces) != 2 or not all(p.strip() for p in pieces) or "," in pieces[0]:
        return None  # "cars, shrubs, lampposts, and houses": a list's last item, no part of its own
    second = pieces[1].strip()
    made = [fragments.as_sentence(terminated(pieces[0]), names),
            fragments.as_sentence(terminated(second[:1].upper() + second[1:]), names)]
    if any(m is None or "," in m.rstrip(".") and m.count(",") > p.count(",") + 1 for m, p in zip(made, pieces)):
        return None
    first, other = made[0].rstrip(".!"), made[1]
    keep = other.split(" ", 1)[0] not in ("There", "The", "In", "On", "At") and \
        other.split(" ", 1)[0].lower() not in fragments.STARTERS | fragments.PHRASE_START | owned.OWNERS | set(dropped_be.PRONOUN_BE)
    return f"{first}, and {other if keep else other[:1].lower() + other[1:]}"


#: determiners before which "There is" reads badly but "has"/"have" after the noun does
_HAVING_OPENERS = frozenset("the this that these those all both most each every".split())


def with_has(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"All chairs with green cushions." -> "All chairs have green cushions.": a determined noun
    phrase, then "with" and what it has, and nothing else: "with" becomes "has"/"have". None where
    the phrase before "with" has a comma, a verb or a place, or what follows has a verb."""
    us = typed.units(fragment.strip().rstrip(".!"))
    if len(us) >= 3 and us[0].lower in dropped_be.PRONOUN_BE and us[1].lower == "with" and not us[2].comma_before:
        rest = fragment.strip()[us[2].start:]  # "She with messy bun." -> "She has a messy bun."
        had = typed.articled(f"with {rest}").removeprefix("with ")
        has = "have" if dropped_be.PRONOUN_BE[us[0].lower] == "are" else "has"
        return None if clauses.has_main_verb(tokenize(rest), rest) else terminated(f"{us[0].text} {has} {had}")
    if len(us) < 4 or us[0].lower not in _HAVING_OPENERS:
        return None
    w = next((k for k, u in enumerate(us) if u.lower == "with"), None)
    if w is None or w < 2 or not typed.noun_word(us[w - 1]) or us[w].comma_before or \
            any(u.lower == "with" for u in us[w + 1:]):
        return None
    text = fragment.strip()
    phrase, rest = text[:us[w - 1].end], text[us[w + 1].start:]
    if _living_then_past(us[:w], names):
        return None  # "The woman bore with a bouquet.": a past tense after a living subject is its verb
    if any(u.comma_before or u.lower in fragments.PHRASE_START or u.lower in ("and", "or") for u in us[1:w]) or \
            clauses.has_verb(tokenize(phrase), phrase) or clauses.may_have_verb(terminated(rest)):
        return None
    be = fragments.be_for(phrase)
    if be is None:
        return None
    had = typed.articled(f"with {rest}").removeprefix("with ")  # "with long handle" -> "has a long handle"
    return terminated(f"{phrase} {'have' if be == 'are' else 'has'} {had}")


def _living_then_past(us: list[typed.Unit], names: frozenset[str] | None) -> bool:
    """Whether the phrase `us` ends in a word that may be a verb's past tense ("bore", "rose", "spoke", "lay")
    after a noun of a living thing (`doers.living`): that word is the living thing's verb, not a noun of a
    compound ("The woman bore", "The man spoke"; "The garden shed" names a shed)."""
    from assistant.compose import doers  # noqa: PLC0415 - it builds on modules that ask this one

    return len(us) > 2 and past_tense(us[-1].lower) and not us[-2].lower.endswith(("'s", "s'", "’s")) and \
        doers.living(" ".join(u.text for u in us[:-1]), names)  # "the girl's cast": a possessive owns the noun


#: nouns for a part of a thing after a side ("left side of the wall"): the side is the noun's, no place typed first
_SIDE_PARTS = frozenset("side half part corner edge end hand wing".split())
#: words that say which part with the side ("left upper arm", "left back pocket", "right hind leg"): a part, no place
_PART_PLACES = frozenset("rear hind inner outer".split())


def side_placed(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Left tan-colored shed with red roof." -> "On the left, there is a tan-colored shed with red
    roof.": a side of the picture typed before a noun phrase is its place ("There is a left ..."
    reads as the side being the thing's). Only where a describing word or a count stands between the
    side and the noun: "Left wall with poster", "Left eye blue" name a part ("the left wall"), as
    "Left side of wall" does. None there, for "left of" (a place of its own, `typed.place_first`),
    "leftmost" (no place phrase says it in the note's words), or a rest that is no noun phrase
    (`fragments.there_is`)."""
    us = typed.units(fragment.strip())
    n = fragments.side_first([u.lower for u in us])
    if n is None or us[n - 1].lower not in ("left", "right") or us[n].lower in _SIDE_PARTS | _PART_PLACES | {"of"} or \
            us[n].lower in lexicon.load().directions or \
            any(u.comma_before for u in us[1:n]) or not (typed.attribute(us[n].lower, strict=False) or
                                                        lexicon.number_value(us[n].lower) is not None):
        return None  # "Left wall with a poster", "Left eye blue": a bare noun after the side names a part ("the left wall")
    rest = fragment.strip()[us[n].start:]
    there = fragments.there_is(terminated(rest[:1].upper() + rest[1:]), names)
    if there is None:
        return None
    side = fragment.strip()[:us[n - 1].end].lower()
    return f"On the {side}, {there[:1].lower()}{there[1:]}"


def article_before_subject(fragment: str) -> str | None:
    """"Card bears inscription "OPEN"." -> "The card bears inscription "OPEN".", "Detailed close-up
    captures bowl of noodles." -> "A detailed close-up captures bowl of noodles.": a sentence typed
    with its verb (`missed_verbs.verb_before_bare_object`) after a bare singular subject gets the
    subject's article: "a" before a camera's shot or view (the caption prompt's "A close-up view
    shows ..."), "the" before a thing. The subject may open with describing words listed with commas
    ("High-angle, wide shot captures ..."). None where the subject has a determiner, a count, a name,
    a preposition or a verb of its own, or the fragment opens otherwise."""
    text = fragment.strip()
    placed = _place_kept(text)
    if placed is not None:
        return placed
    parts = text.split(",")
    k = 0
    while k < len(parts) - 1 and _describing_part(parts[k]):
        k += 1  # "High-angle," "close-up shot captures ...": the shot's adjectives
    lead = ",".join(parts[:k])
    part = parts[k]
    at = missed_verbs.verb_before_bare_object(part)
    placed_verb = at is None and not lead and len(parts) == 1
    if placed_verb:
        at = placed_verbs.verb_after_place(part)  # "Girl in red dress holds ...": its verb after its own phrase
    if at is None or not missed_verbs.bare_singular_subject(part.strip(), at):
        return None
    us = typed.units(part.strip())
    words = tokenize(part)
    subject = [t.lower for t in words[:at]]
    places = [k for k, w in enumerate(subject) if w in fragments.PHRASE_START]
    # one short place of the subject's own may stand before its verb ("Ambulance in foreground boasts ...")
    if places and (len(places) > 1 or places[0] == 0 or len(subject) - places[0] > 3) or \
            any(w in ("and", "or") or not w.replace("-", "").isalpha() for w in subject) or \
            (lead and not us) or us and us[0].text[1:] != us[0].text[1:].lower():
        return None
    end = words[places[0]].start if places else words[at].start  # the subject's noun ends before its place or verb
    head = next((u.lower for u in reversed(us) if u.end <= end), "")
    if places:
        from assistant.compose.fallback import PLACE_PREPOSITIONS  # noqa: PLC0415
        from assistant.compose.restore import with_articles  # noqa: PLC0415

        cut = len(lead) + (1 if lead else 0) + words[at].start
        if placed_verb:  # "with umbrella" -> "with an umbrella", "in long coat" -> "in a long coat"
            text = placed_verbs.object_articled(typed.articled(text[:cut]) + text[cut:])
        else:
            text = with_articles(text[:cut], PLACE_PREPOSITIONS - {"of"}) + text[cut:]  # "in foreground" -> "in the foreground"
    return _articled_subject(text, head)


def _articled_subject(text: str, head: str) -> str:
    """`text` opened by its subject's article: "a" before a camera's shot or view (the caption
    prompt's "A close-up view shows ..."), "the" before a thing (`head`: the subject's noun)."""
    framing = lexicon.load().framing
    shot = head in framing or head in ("close-up", "closeup") or any(p in framing for p in head.split("-"))
    article = indefinite_article(text.split()[0].lower()) if shot else "the"
    return terminated(f"{article.capitalize()} {text[:1].lower()}{text[1:]}")


def article_before_aside(fragment: str) -> str | None:
    """"Drizzle of syrup, thick, golden liquid, coats top of pancake." -> "The drizzle of syrup, ...,
    coats ...": a bare singular subject whose verb follows an aside (`missed_verbs.verb_after_aside`)
    gets its article. None where the subject opens with a determiner, a count or a name."""
    text = fragment.strip()
    if not missed_verbs.verb_after_aside(text, bare=True) or missed_verbs.verb_after_aside(text):
        return None
    subject = text.split(",", 1)[0].split()
    first = subject[0]
    if first.lower() in fragments.DETERMINERS | fragments.PHRASE_START or lexicon.number_value(first.lower()) is not None \
            or first[1:] != first[1:].lower() or not first.isalpha() or not lexicon.can_be_noun(first.lower()):
        return None  # "In the far background, behind ..., stands a garage": a place first, its subject last
    head = next((w.lower() for w, nxt in zip(subject, subject[1:] + [""]) if nxt.lower() in ("of", "")), "")
    return _articled_subject(text, head)


def _place_kept(text: str) -> str | None:
    """"Right of chair, wooden crate holds life preserver." -> "Right of the chair, the wooden crate
    holds life preserver.": a place typed first, up to its comma, gets its articles and stays before
    the rest given its subject's article (`article_before_subject`). None where the text opens
    otherwise or the place has a verb."""
    from assistant.compose.fallback import PLACE_PREPOSITIONS  # noqa: PLC0415
    from assistant.compose.restore import with_articles  # noqa: PLC0415

    place, _, rest = text.partition(",")
    words = place.lower().split()
    if not rest.strip() or len(words) < 2 or not (words[0] in PLACE_PREPOSITIONS - {"of"} or
                                                  words[0] in ("left", "right") and words[1] == "of" or
                                                  words[0] in fragments.TO_PLACES and words[1] == "to" or
                                                  words[0] in ("further", "farther") and len(words) == 2) or \
            clauses.has_verb(tokenize(place), place):
        return None
    rest = rest.strip()
    made = article_before_subject(rest[:1].upper() + rest[1:])
    if made is None:
        return None
    return f"{with_articles(place, PLACE_PREPOSITIONS | {'toward', 'towards'})}, {made[:1].lower()}{made[1:]}"


def _describing_part(part: str) -> bool:
    """A part between commas that is one describing word ("High-angle", "close-up")."""
    words = part.split()
    return len(words) == 1 and (typed.attribute(words[0].lower(), strict=False) or "-" in words[0])
