"""Verbs the fragment rule may pass over: read before a fragment is mended without the model, and
by the prose figures (a sentence whose main clause has one is no fragment).

`clauses.may_have_verb` reads an -s word as a possible verb before a preposition or a determiner.
A terse sentence drops the article of its object too: "Paper bears inscription "OPEN".", "Medium shot
at eye level captures enchanting castle.", "Coins cast faint shadow on ...". There the fragment rule
finds no verb, and a mend wrote "There is the paper bears inscription ..." or "There is a medium
shot at eye level captures ...". Where a word may be such a verb, no "There is" and no "is" go in
(`polish.fragment_mend`); and where the word stands in a main clause, the sentence has its verb
(`main_verb_typed_tersely`, read by `prose`)."""

from __future__ import annotations

from assistant import lexicon
from assistant.check.clauses import FINITE, SUBORDINATORS
from assistant.check.endings import PREPOSITIONS
from assistant.check.word_forms import COLLECTIVES, PLURAL_NOUNS, maybe_verb, past_or_participle, past_participle, past_tense, plural
from assistant.text import in_spans, quotation_spans, tokenize

#: words that count or open a noun phrase: an -s word right after them is its noun ("two cartoon images")
_OPENERS = frozenset("a an the this that these those his her its their my our your some several many few both "
                     "each every all most other".split())
#: words after which an -s word goes on a noun phrase, never a verb ("rows of music stands", "grass and trees")
_PLACE_WORDS = PREPOSITIONS | frozenset({"toward", "towards"})
_NO_VERB_AFTER = _PLACE_WORDS | frozenset("and or & + nor".split())


def object_after_verb(fragment: str) -> bool:
    """Whether a word of a part of the fragment (between commas: "Right of chair, crate holds
    life preserver") may be its verb before a bare object (`verb_before_bare_object`). A part a
    subordinator or a join opens is left out: a mend keeps it as written ("Cup on the left is
    white, while saucer casts shadow beneath it.")."""
    return any(verb_before_bare_object(part) is not None for part in fragment.split(",")
               if part.split()[:1] and part.split()[0].lower() not in _NOT_MAIN)


#: words that open a part that is no main clause ("..., while one on the right sports ...")
_NOT_MAIN = SUBORDINATORS | frozenset("as if since that and or but".split())


def main_verb_typed_tersely(sentence: str) -> bool:
    """Whether a part of the sentence that is no subordinate clause (it opens with no "while",
    "which", "as", "and", ...) has such a verb after a subject with its determiner or a plural
    one: "The card bears inscription "OPEN".", "Lanterns cast faint shadow on path.", "Its eyes
    contrast with its beak." are sentences typed without an object's article, not fragments. A
    bare singular subject ("Card bears inscription ...") leaves the sentence a fragment, which the
    compose mend gives its article ("The card bears ..."); "Cup on the left, while saucer casts
    shadow." has its verb only in the "while" clause."""
    if verb_after_aside(sentence) or verb_after_fronted_place(sentence) or verb_after_subject_phrase(sentence) or \
            verb_after_of_phrase(sentence) or collective_verb(sentence) is not None:
        return True
    parts = sentence.split(",")
    for k, part in enumerate(parts):
        words = part.split()
        if not words or words[0].lower() in _NOT_MAIN:
            continue
        at = verb_before_bare_object(part)
        # "A high-angle, close-up shot captures ...": the subject opens where its listed adjectives do
        opener = sentence if k and all(_describing(p) for p in parts[:k]) else None
        if at is not None and not bare_singular_subject(part, at, opener):
            return True
    return False


def verb_after_aside(sentence: str, bare: bool = False) -> bool:
    """Whether the sentence is its subject, an aside set off by commas, then the subject's verb
    and what it governs: "The dog's ears, long and floppy, frame its face.", "Its eyes, deep shade
    of red, contrast with its beak." (a plural's base form, a singular's -s form, before an object,
    a place or an adverb). The subject opens with a determiner, an owner or a possessive, or is
    plural; a bare singular one ("Drizzle of sauce, thick, yellow liquid, graces ...") leaves the
    sentence a fragment, which the compose mend gives its article (`bare`: it is read too)."""
    from assistant.check.clauses import has_verb  # noqa: PLC0415

    parts = [p.strip() for p in sentence.split(",")]
    subject = [t.lower for t in tokenize(parts[0])]
    # a list goes on through "and", "+", "w/" ("Ground w/ dry leaves, small plants, twigs ..."); "A puppet
    # with a hat, wearing ..., stands ..." has its verb; "The cats, with their tails, watch ...": their own, no list
    if len(parts) < 3 or not 1 <= len(subject) <= 8 or _verb_before_head(parts[0]) or \
            _LISTING - {"with"} & set(parts[0].lower().split()) or \
            parts[1].split()[:1] and parts[1].split()[0].lower() in _LISTING and parts[1].split()[1:2] not in (["its"], ["their"], ["his"], ["her"]):
        return False
    head = subject[-1]
    many = plural(head) and head not in PLURAL_NOUNS
    determined = subject[0] in _OPENERS or subject[0].endswith(("'s", "’s"))
    if not (determined or many or bare) or not lexicon.can_be_noun(head.removesuffix("'s")):
        return False
    # an aside of one or two parts ("long and floppy", "thick, creamy yellow substance"), or a participle's
    # list closed by "and" ("clad in a red vest, a cap, and boots")
    for k in (2, 3, *range(4, min(len(parts), 7))):
        aside = [t.lower for p in parts[1:k] for t in tokenize(p)]
        if k > 3 and not _participle_list(parts[1:k]):
            continue
        if k >= len(parts) or not parts[k] or not aside or len(aside) > (8 if k <= 3 else 20) or any(
                has_verb(tokenize(p), p) and not _absolute(p) for p in parts[1:k]):
            return False
        if _verb_governs(parts[k], many, aside, _describing_aside(parts[1]) or _absolute(parts[1])) or k + 1 < len(parts) and _listed_describing(parts[k], parts[k + 1]) \
                and _verb_governs(f"{parts[k]} {parts[k + 1]}", many, aside):
            return True
    return False


def _participle_list(aside: list[str]) -> bool:
    """An aside of three or more parts that a participle opens and "and" closes: what the subject wears
    or holds, listed ("clad in a red vest, a cap, and boots", "wearing a hat, a scarf and gloves")."""
    first = [w.lower() for w in aside[0].split()[:1]]
    return bool(first) and aside[-1].split()[:1] == ["and"] and (first[0] in _LISTING_PARTICIPLES or (
        past_or_participle(first[0]) and lexicon.can_be_verb(first[0]) and not lexicon.can_be_noun(first[0])))


#: participles that open a list of what the subject wears, holds or carries
_LISTING_PARTICIPLES = frozenset("clad dressed wearing holding carrying sporting adorned decorated".split())


def _verb_before_head(part: str) -> bool:
    """Whether the subject's part has a verb of its own: not its last word where that may be the
    subject's noun ("Water beads", "Coffee cups": read alone, "beads" and "cups" may be a verb; an
    aside and the verb after it make them the nouns)."""
    from assistant.check.clauses import verbs  # noqa: PLC0415

    tokens = tokenize(part)
    return any(i != len(tokens) - 1 or not lexicon.can_be_noun(tokens[i].lower) for i in verbs(tokens, part))


def verb_after_fronted_place(sentence: str) -> bool:
    """Whether the sentence opens with places set off by commas ("In the background, ...", "On the
    left, behind the fence, ...") and what follows them has its main verb: "In the background, the
    dune, blanketed in greenery, stretches out." is the sentence "The dune, blanketed in greenery,
    stretches out." with its place first. A place before a list of things ("On the table, a cup, a
    saucer, a spoon.") or before a participle ("On the table, a cup filled with tea.") has none."""
    from assistant.check.clauses import has_main_verb, has_verb  # noqa: PLC0415

    rest = sentence
    while "," in rest:
        head, rest = rest.split(",", 1)
        words = head.lower().split()
        side = words[:2] == ["to", "the"] and len(words) > 2 and words[2] in ("left", "right", "far")  # "To the left of"
        if not words or words[0] not in PREPOSITIONS and not side or has_verb(tokenize(head), head):
            return False
        rest = rest.strip()
        if rest and (verb_after_aside(rest) or has_main_verb(tokenize(rest), rest) and _verb_after_subject(rest)):
            return True
    return False


def _verb_after_subject(rest: str) -> bool:
    """Whether the first verb of `rest` is in its first part, or follows an aside a participle opens
    ("the dune, blanketed in greenery, stretches out"), not a list's last noun ("tall trees, green
    leaves, tree trunks": "tree" is no verb there)."""
    from assistant.check.clauses import verbs  # noqa: PLC0415

    tokens = tokenize(rest)
    first = next(verbs(tokens, rest), None)
    if first is None:
        return False
    before = rest[:tokens[first].start].rstrip().rstrip(",").split(",")
    if len(before) == 1:
        return True
    opener = [w.lower() for w in before[-1].split()[:1]]
    # "a statue, its paint faded, stands ...": an absolute phrase is an aside too
    return bool(opener) and (opener[0].endswith(("ed", "ing")) or opener[0] in ("its", "his", "her", "their") or
                             opener[0].endswith("en") and
                             lexicon.can_be_verb(opener[0]) and not lexicon.can_be_adjective(opener[0]))  # not "green"


#: determiners that open the thing an "of" phrase names ("the leaves of the plant")
_OF_OPENERS = frozenset("the a an its his her their this that".split())


def verb_after_of_phrase(sentence: str) -> bool:
    """Whether the sentence's first part is a plural subject, "of" and a thing with its determiner, then
    a plural's verb before a determiner, a place or an adverb: "The leaves of the plant exhibit a
    spectrum of hues.", "Stems of the rose show a deep red." ("plant" is singular, so the base form
    after it agrees only with the plural subject). Not a noun before a bare noun ("The legs of the
    table top." stays a fragment)."""
    tokens = tokenize(sentence.split(",", 1)[0])
    lowers = [t.lower for t in tokens]
    at = lowers.index("of") if "of" in lowers else -1
    if at < 1 or at + 3 >= len(lowers) or lowers[at + 1] not in _OF_OPENERS or not plural(lowers[at - 1]) or \
            lowers[at - 1] in PLURAL_NOUNS or any(w in _NO_VERB_AFTER for w in lowers[:at]):
        return False
    for j in range(at + 3, min(len(lowers) - 1, at + 6)):
        w, prev, nxt = lowers[j], lowers[j - 1], lowers[j + 1]
        if prev in _NO_VERB_AFTER or prev == "of":
            return False  # "... of the cup and saucer", "... of the rim of ...": the phrase goes on
        if not lexicon.can_be_noun(prev) or prev in lexicon.load().colors or not lexicon.is_verb_base(w) or \
                w.endswith("s") or lexicon.can_be_adjective(w):
            continue
        adverb = nxt.endswith("ly") and lexicon.can_be_adverb(nxt) and not lexicon.can_be_adjective(nxt)
        return nxt in _OPENERS or nxt in _PLACE_WORDS or adverb
    return False


def collective_verb(sentence: str) -> int | None:
    """Where a group's plural ("a pair of speakers", "a row of trees") has its base-form verb, as people agree it, before
    an object, a place or an adverb ("... command attention", "... line the path"); None ("A pair of shoes by the door.",
    "A pile of leaves spread on the lawn": a base form that is its past forms too describes a lifeless thing)."""
    lowers = [t.lower for t in tokenize(sentence.split(",", 1)[0])]
    at = lowers.index("of") if "of" in lowers else -1
    if at < 1 or lowers[at - 1] not in COLLECTIVES or any(w in _NO_VERB_AFTER for w in lowers[:at]):
        return None
    for j in range(at + 2, min(len(lowers) - 1, at + 5)):
        w, prev, nxt = lowers[j], lowers[j - 1], lowers[j + 1]
        if prev not in _NO_VERB_AFTER and plural(prev) and prev not in PLURAL_NOUNS and lexicon.is_verb_base(w) and not w.endswith(("s", "ed", "ing")) and not lexicon.can_be_adjective(w) and (not (past_tense(w) and past_participle(w)) or lexicon.names_living([prev])):
            return j if nxt in _OPENERS or nxt in _PLACE_WORDS or lexicon.can_be_noun(nxt) and nxt not in lexicon.load().colors else None
    return None


#: prepositions of a subject's own phrase: where it is or what it has ("A man in a gray coat", "A man with a beard")
_SUBJECT_PHRASE = frozenset("in on with at near beside behind under inside atop".split())


#: words that open a second phrase: the -s word after it is that phrase's noun
_PHRASE_GOES_ON = frozenset("without within around across along to for than like".split())


def verb_after_subject_phrase(sentence: str) -> bool:
    """Whether the sentence's first part is a singular subject with a determiner, its own phrase of
    place or of what it has, whose noun has its determiner too, then an -s verb before a
    preposition, an adverb or a determiner: "A woman in a red dress smiles at the camera.", "A man
    with a beard gazes intently into the camera.". Not a list's noun: "A table with music stands in
    the corner." (no determiner before "music"), "Rows of music stands ..." (no place's phrase)."""
    tokens = tokenize(sentence.split(",", 1)[0])
    lowers = [t.lower for t in tokens]
    if len(lowers) < 6 or lowers[0] not in ("a", "an", "the", "this", "that", "his", "her", "its", "their"):
        return False
    at = next((j for j in range(2, len(lowers) - 3) if lowers[j] in _SUBJECT_PHRASE), None)
    head = lowers[at - 1] if at else ""
    if at is None or lowers[at + 1] not in ("a", "an", "the", "his", "her", "its", "their") or plural(head) \
            or not lexicon.can_be_noun(head) or lexicon.can_be_adjective(head) and not lexicon.can_be_noun(head):
        return False
    for i in range(at + 3, len(lowers) - 1):
        w, prev, nxt = lowers[i], lowers[i - 1], lowers[i + 1]
        if prev in _NO_VERB_AFTER | _PHRASE_GOES_ON or prev in SUBORDINATORS or i - at > 6:
            return False  # "... and trees", "... of cups", "... side without sun rays in ...": a phrase goes on
        noun = lexicon.can_be_noun(prev) or not lexicon.known_word(prev)  # "thobe": a noun the dictionary lacks
        if not (w.endswith("s") and not w.endswith("ss") and maybe_verb(w)) or not noun or \
                prev in _OPENERS or prev in lexicon.load().colors:
            continue  # "the stands", "gray coats": a noun after its describing word
        adverb = lexicon.can_be_adverb(nxt) and not lexicon.can_be_adjective(nxt) and nxt.endswith("ly")
        after = lowers[i + 2] if i + 2 < len(lowers) else ""
        # a place with its determiner ("smiles at the camera"); "fence posts in rows" is a compound in its place
        return nxt in _OPENERS or adverb or nxt in _PLACE_WORDS and after in _OPENERS
    return False


def _listed_describing(part: str, nxt: str) -> bool:
    """Whether the verb's part ends with a describing word listed before the next part's ("exhibit
    soft, fuzzy texture"): the object's adjectives set off by a comma; not a colour ("shade white, gray base")."""
    words, after = part.lower().split(), nxt.lower().split()
    colors = lexicon.load().colors
    # the next part's first word a describing word or a participle as one ("casts soft, diffused light")
    return len(words) == 2 and len(after) >= 2 and words[1] not in colors and lexicon.can_be_adjective(words[1]) \
        and (lexicon.can_be_adjective(after[0]) or after[0].endswith(("ed", "ing")) and past_or_participle(after[0])) \
        and after[0] not in colors


#: words that go on a list, not a subject's aside
_LISTING = frozenset("with w/ and + & or".split())


#: owners that open an absolute phrase ("her hair styled in waves")
_OWNERS = frozenset("its his her their".split())


def _absolute(piece: str) -> bool:
    """An aside that is an absolute phrase: an owner, its noun and a past participle ("her blonde hair styled
    in loose waves", "its tail raised"); the participle and what follows it are no verb of the sentence."""
    from assistant.check.clauses import verbs  # noqa: PLC0415

    tokens = tokenize(piece)
    if len(tokens) < 3 or tokens[0].lower not in _OWNERS:
        return False
    first = next((j for j in range(2, len(tokens)) if tokens[j].lower.endswith(("ed", "en"))
                  and lexicon.verb_lemmas(tokens[j].lower)), None)
    return first is not None and lexicon.can_be_noun(tokens[first - 1].lower) and \
        not any(i < first for i in verbs(tokens, piece))


def _describing_aside(piece: str) -> bool:
    """An aside that opens on a describing word before a preposition ("rectangular in shape with rounded
    corners", not a colour: "white on top"), on a participle that is no noun ("cascading loose"), or
    says what the subject is ("a cascade of loose, wavy locks"; not "a pair of cups"): it describes the
    subject and lists no thing, so a plural at its end is no list's item."""
    tokens = tokenize(piece)
    if len(tokens) < 2:
        return False
    first, nxt = tokens[0].lower, tokens[1].lower
    lowers = [t.lower for t in tokens]
    if first in ("a", "an") and "of" in lowers[2:4]:  # "a cascade of loose, wavy locks": what the subject is
        noun = lowers[lowers.index("of", 2) - 1]
        return lexicon.can_be_noun(noun) and not plural(noun) and noun not in COLLECTIVES
    if nxt == "of":  # "blanket of grey clouds": the same, typed without its article
        return lexicon.can_be_noun(first) and not plural(first) and first not in COLLECTIVES and \
            not lexicon.can_be_adjective(first) and lexicon.number_value(first) is None
    if nxt in PREPOSITIONS:  # "round in form": a describing word and its phrase, no "cup on the table"
        return lexicon.can_be_adjective(first) and first not in lexicon.load().colors
    return not lexicon.can_be_noun(first) and first.endswith("ing") and lexicon.can_be_verb(first) and \
        not lexicon.can_be_adjective(first)


def _verb_governs(part: str, many: bool, aside: list[str], describing: bool = False) -> bool:
    """Whether `part` opens with the subject's verb (`verb_after_aside`) and what it governs; `describing`:
    the aside describes the subject (`_describing_aside`), so its last plural is no list's item."""
    tokens = tokenize(part)
    if len(tokens) < 2:
        return False
    verb, after = tokens[0].lower, tokens[1].lower
    if lexicon.can_be_adjective(verb) or verb in lexicon.load().materials or verb in lexicon.load().colors:
        return False  # "..., dry twigs", "..., metal street light": a thing's describing word, no verb
    agrees = lexicon.is_verb_base(verb) and not verb.endswith(("s", "ed", "ing")) if many else \
        verb.endswith("s") and not verb.endswith("ss") and maybe_verb(verb)
    # "w/" is the notes' "with": "Flowers, in sharp focus, contrast w/ blurred background."
    with_shorthand = after == "w" and part[tokens[1].end:tokens[1].end + 1] == "/"
    governs = after in _OPENERS or after in _PLACE_WORDS or with_shorthand \
        or lexicon.can_be_adverb(after) and not lexicon.can_be_adjective(after) \
        or _opens_object(part, tokens, 1) or len(tokens) > 2 and tokens[2].lower == "of" and after.isalpha()
    # "The plates, white saucers, cup on the tray.": things listed, the last a noun before its place; "Beads,
    # round and clear, color spectrum.": two nouns at the end are a compound as likely as a verb and its object
    # ... but never before an article or an owner's word: "The face, blend of white stripes, features a black eye"
    listed = plural(aside[-1]) and lexicon.can_be_noun(verb) and not describing and after not in _ARTICLE_OR_OWNER or \
        many and len(tokens) == 2 and lexicon.can_be_noun(verb) and lexicon.can_be_noun(after)
    return agrees and governs and not listed and verb not in _NO_VERB_AFTER


_ARTICLE_OR_OWNER = frozenset("a an the his her its their".split())


def _describing(part: str) -> bool:
    """A part between commas that is a describing word, perhaps after "a"/"the" ("A high-angle")."""
    words = [w.lower() for w in part.split()]
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    return len(words) == 1 and (lexicon.can_be_adjective(words[0]) or "-" in words[0] or words[0] in lexicon.load().colors)


def bare_singular_subject(part: str, verb: int, opener: str | None = None) -> bool:
    """Whether the words before the verb (token `verb` of `part`) are a singular noun phrase with
    no determiner, count or name first ("Paper bears ...", "Detailed close-up captures ..."); the
    phrase opens in `opener` where given (the sentence, when adjectives listed with commas lead)."""
    tokens = [t for t in tokenize(part) if not in_spans(t.start, quotation_spans(part))]
    first = tokenize(opener)[0] if opener else tokens[0]
    return first.lower not in _OPENERS and lexicon.number_value(first.lower) is None and \
        first.text[1:] == first.lower[1:] and tokens[verb].lower.endswith("s") and \
        first.lower not in ("it", "he", "she", "this", "that", "one") and not first.lower.endswith(("'s", "’s"))


def verb_before_bare_object(text: str) -> int | None:
    """The index (among `text`'s words outside quotes) of a word that may be its verb before a
    bare object, or None: an -s word that may be a verb, or a plural's base form ("coins cast"),
    after a noun and before a word that only describes, a colour, a name, a quote or a noun
    ("Paper bears inscription", "Shot captures enchanting castle", "Ambulance boasts white body").
    Not an -s word a count or a plural quantifier makes a noun ("2 cartoon images"), nor one after
    a preposition or "and", nor a plural's base form before a colour ("Spectacles case black
    leather": a compound and its attribute as likely)."""
    quotes = quotation_spans(text)
    tokens = [t for t in tokenize(text) if not in_spans(t.start, quotes)]  # 'Text "I Support Books"': the sign's words
    lowers = [t.lower for t in tokens]
    counted = bool(lowers) and (lowers[0] in ("several", "many", "few", "both", "these", "those", "all", "most")
                                or (lexicon.number_value(lowers[0]) or 1) > 1)
    colors = lexicon.load().colors
    for i in range(1, len(lowers) - 1):
        w, prev = lowers[i], lowers[i - 1]
        if _in_phrase(text, tokens, lowers, i) or w in FINITE or prev in _NOT_MAIN:
            continue  # "Gray fence with green plants + rail track": a preposition's or a list's noun, no subject
        unknown = not lexicon.known_word(prev)  # "streetlights": a compound the dictionary lacks
        if prev in _NO_VERB_AFTER | _OPENERS or not (lexicon.can_be_noun(prev) or unknown) or prev in colors \
                or len(prev) < 2 or prev.endswith(("'s", "’s")) or not tokens[i - 1].text.islower() and i > 1 \
                or lexicon.number_value(prev) is not None or text[tokens[i - 1].end:tokens[i].start].strip():
            continue  # "car's license", "Texas state", "three houses": no subject's end
        many = plural(prev) and prev not in PLURAL_NOUNS or unknown and prev.endswith("s") and not prev.endswith(("ss", "us", "is"))
        verb = w.endswith("s") and not w.endswith("ss") and maybe_verb(w) and not counted or \
            many and lexicon.is_verb_base(w) and not lexicon.can_be_adjective(w) and w not in lexicon.load().materials \
            and lowers[i + 1] not in colors
        # after the subject's own short place its object is read by `_subject_place` ("... captures enchanting X")
        placed = any(_subject_place(text, tokens, lowers, j, i) for j in range(1, i) if lowers[j] in _PLACE_PREPOSITIONS | {"of"})
        if verb and (_opens_object(text, tokens, i + 1) or placed):
            return i
    return None


#: words of a subject's own place, which may stand between it and its verb ("one on right wields ...")
_OWN_PLACE = frozenset("the left right far foreground background distance center centre middle front back".split())


def _in_phrase(text: str, tokens: list, lowers: list[str], i: int) -> bool:
    """Whether word i follows a preposition, "w/", a join or a "+" in its part: the noun of that
    phrase or list, not the subject's verb; a place of a side or a part of the picture is the
    subject's own ("Robot in foreground boasts ...", "one on right wields ...")."""
    for j in range(i):
        if lowers[j] in _NO_VERB_AFTER | {"w"} and not (lowers[j] in PREPOSITIONS and j + 1 < i and (
                all(w in _OWN_PLACE for w in lowers[j + 1:i]) or _subject_place(text, tokens, lowers, j, i))):
            return True
    return "+" in text[:tokens[i].start] or "&" in text[:tokens[i].start]


#: prepositions of a place ("with" and "of" open what a thing has or is made of: "sun with light rays")
_PLACE_PREPOSITIONS = frozenset("in on at under over above below behind beside near inside outside atop beneath "
                                "underneath from".split())


def _subject_place(text: str, tokens: list, lowers: list[str], j: int, i: int) -> bool:
    """Whether the preposition at j opens a short place of the subject's noun before it, and word i
    after that place is the subject's verb before a named thing ("A medium shot at eye-level
    captures enchanting Cinderella Castle"): the place is one word (or one hyphenated), perhaps
    after "the", the only phrase of the subject, and the object has its noun or a name before a comma, a preposition
    or the end (an attribute alone, "stalks golden brown", is none)."""
    place = [k for k in range(j + 1, i) if lowers[k] not in ("the", "a", "an")]
    # one word, or one hyphenated ("eye-level"): "above wooden art pieces" is a noun phrase going on
    one_word = bool(place) and all(text[tokens[k - 1].end:tokens[k].start] == "-" for k in place[1:])
    if j < 1 or lowers[j] not in _PLACE_PREPOSITIONS | {"of"} or not one_word or any(w in _NO_VERB_AFTER for w in lowers[:j]) or \
            any(lowers[k] in _NO_VERB_AFTER | _OPENERS for k in place) or \
            not lexicon.can_be_noun(lowers[j - 1]) or not _joined(text, tokens, j - 1, i + 1):
        return False
    if i + 1 < len(tokens) and (lowers[i + 1] in _OPENERS - {"all", "most", "other"} or
                                i + 2 < len(tokens) and lowers[i + 2] == "of" and lowers[i + 1].isalpha()):
        return True  # "... garnishes the plate", "... graces top of waffle": a determiner or a part opens the object
    for k in range(i + 1, len(tokens)):
        word = tokens[k]
        if word.lower in _NO_VERB_AFTER | {"w"} or k > i + 1 and "," in text[tokens[k - 1].end:word.start]:
            return False  # "palm trees w/ trunks": a list or a "with" goes on, no object
        if word.text[:1].isupper() or lexicon.can_be_noun(word.lower) and not lexicon.can_be_adjective(word.lower) \
                and word.lower not in lexicon.load().colors:
            return True
    return False


def _joined(text: str, tokens: list, a: int, b: int) -> bool:
    """No punctuation but hyphens between tokens a and b."""
    return not any(c in text[tokens[a].end:tokens[b].start] for c in ",;:()\"“”")


def _opens_object(text: str, tokens: list, k: int) -> bool:
    """Whether word k may open a verb's object with no article: a quote, a name, a count, a noun,
    or a describing word or a colour before more of the phrase ("white body", "enchanting castle");
    not a preposition or a join, and not a describing word at the end or before "and" or a comma:
    that is an attribute after its noun ("Lights white.", "Lamps bright and round.")."""
    word, low = tokens[k].text, tokens[k].lower
    if text[tokens[k - 1].end:tokens[k].start].strip() not in ("", '"', "“"):
        return False  # "metal spears + spear": a list goes on; "Dinosaur sculpture: long ...": a heading
    if word[:1] in "\"“":
        return True
    if low in _NO_VERB_AFTER or low in _OPENERS or not word[:1].isalnum():
        return False
    if word[:1].isupper() or lexicon.number_value(low) is not None:
        return True
    describing = low in lexicon.load().colors or lexicon.can_be_adjective(low)
    if not describing:
        return lexicon.can_be_noun(low)
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return bool(after) and after[:1].isalnum() and after not in _NO_VERB_AFTER and \
        "," not in text[tokens[k].end:tokens[k + 1].start]
