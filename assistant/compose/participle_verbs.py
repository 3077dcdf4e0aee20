"""A terse note's participles made its sentence's verbs, without the model: "The sandals, featuring
an open-toe design, adorned with straps." -> "The sandals feature an open-toe design and are adorned
with straps."; "A man, wearing a hat, holding a cup." -> "A man wears a hat and holds a cup.";
"Dog looking up, wagging tail." -> "The dog is looking up and wagging a tail." Not a participle after an
object's comma or a subject's "of"/"with" noun ("Man holding a cup, filled with coffee": the cup's, maybe),
nor two where a hedge would spread, nor an unknown capital (a name?) not among the notes' names. "There is"
before such a note leaves its participles a list, read as the note pasted. `fragments.as_sentence` tries it; `polish.complete_fragments` keeps what the
check passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant import lexicon
from assistant.check import clauses, word_forms
from assistant.compose import doers, dropped_be, fragments, passives, typed
from assistant.compose.sentences import VIEW_RE, terminated
from assistant.text import indefinite_article, quotation_spans, tokenize

#: verbs by which a thing has, shows or frames another: their -ing form becomes the present tense
#: ("featuring" -> "features"); "is featuring" is no English. Others take "is" ("is lying", "is smiling").
STATE_VERBS = word_forms.HAVING_VERBS | frozenset(
    "depict reveal resemble read boast add create suggest indicate hint contrast complement match extend stretch "
    "span lead occupy dominate give offer provide emit mirror form consist belong accent highlight evoke convey "
    "exude mark appear seem overlap adorn decorate enclose encircle exhibit showcase present portray capture "
    "convey lend bring".split())
#: -ing words that name a thing as often as a doing ("building", "painting"): a verb only before its object
#: ("holding a cup"), or, for these, before a place ("sitting on a bench")
POSTURES = frozenset("sit stand hang rest lie lean perch run walk swim float fly stretch grow climb".split())
#: verbs of how a thing moves along its way, whose -ing form names a thing too ("landing", "sailing", "winding"): before
#: a place, after a thing's noun, what it does ("The plane landing on the runway": "is landing")
MOTIONS = frozenset("land sail drift hover glide soar wind flow taxi".split())
#: words after which an -ed form says where or how a thing is put ("adorned with", "parked on", "pulled back")
#: -ing words that open a compound noun more often than they govern an object ("dining table", "living room");
#: another -ing word that may name a thing reads as the verb before a bare object ("holding cup", "chewing bone")
COMPOUND_FIRST = frozenset("dining living swimming parking washing sitting waiting building running cutting changing "
                            "drinking shopping baking frying sleeping walking fishing sailing climbing racing landing "
                            "dressing writing reading boarding ceiling lighting painting railing awning clothing "
                            "seating setting opening flooring siding housing filling topping frosting icing".split())
#: verbs whose -ing form before a noun says what the noun is like ("captivating blend", "towering trees")
DESCRIBING = frozenset("amaze astonish captivate charm delight enchant excite fascinate intrigue interest inspire "
                       "impress stun strike surprise please relax soothe welcome invite calm comfort appeal dazzle "
                       "mesmerize mesmerise overwhelm tower loom sprawl gleam shimmer sparkle glisten bustle swirl "
                       "flow wind roll surround glow blaze contrast match complement accent".split())
#: verbs of having that read as well with "is" ("is wearing", "is holding"): beside another "is ...ing" they take it
_EITHER = frozenset("wear hold carry face support reflect cast".split())
_AFTER_PLACED = fragments.PHRASE_START | frozenset("toward towards around up down out back away off together apart "
                                                   "and w left right".split())  # "w/": "with"; "angled left"
#: nouns of a quality, no thing: "adding depth", not "adding a depth"
_QUALITIES = frozenset("depth warmth texture interest character charm elegance drama balance movement color colour "
                       "life energy space dimension perspective scale context symmetry harmony vibrancy whimsy "
                       "sophistication authenticity realism mystery tranquility serenity contrast height".split())

#: words the dictionary does not know that open or join phrases: no noun before a participle
_FUNCTION_WORDS = fragments.DETERMINERS | fragments.PHRASE_START | frozenset("and or nor but".split())

Kind = Literal["present", "progressive", "passive"]


@dataclass(frozen=True)
class _Predicate:
    """One participle's phrase, as a verb's: its kind, the adverbs before it, the participle, the rest."""

    kind: Kind
    adverbs: str
    word: str
    rest: str


def participles_as_verbs(fragment: str, names: frozenset[str] | None = None, *, single: bool = False) -> str | None:
    """`fragment` (a noun phrase, then participles' phrases: "SUBJECT, -ing ..., -ed ...", or "SUBJECT
    -ing ..., -ing ...") as a sentence whose verbs they are, joined by "and"; a list continued after a
    comma ("wearing a hat, a scarf") stays with its participle. Only two or more participles, or one
    set off by a comma, unless `single`. None where the subject has a verb, a hedge or a number unsaid,
    or a comma part is no participle, list item or place."""
    text = fragment.strip().rstrip(".!").strip()
    if not text or ":" in text or any("," in text[a:b] for a, b in quotation_spans(text)) or VIEW_RE.match(text):
        return None  # "Animals: group of ...": a heading is no subject; "A wide shot of a city, spanning ...": the city's
    parts = [p.strip() for p in text.split(",")]
    if any(not p for p in parts):
        return None
    split = _subject_end(parts[0], names)
    if split is None:
        return None
    subject, first = parts[0][:split].strip(), parts[0][split:].strip()
    doer = doers.living(subject, names)
    aside = not first
    pieces = ([first] if first else []) + parts[1:]
    aside_words: list[str] = []  # "The rings, light brown hue, coated in ...": what the subject is, before its verb
    while aside and pieces and _predicate(pieces[0], doer) is None and _described(pieces[0]):
        aside_words.append(pieces.pop(0))
    predicates: list[_Predicate] = []
    continued = False  # a participle after a place or an item ("on a napkin, speckled with ...") may be its
    for piece in pieces:
        made = _predicate(piece.removeprefix("and ").strip() if predicates else piece, doer)
        if made is not None and (continued or predicates and made.kind != "passive" and
                                 " by " in f" {predicates[-1].rest} "):
            return None  # "dominated by a woman, wearing a hat": the hat is the woman's, as may be what follows a list
        if made is not None:
            predicates.append(made)
        elif predicates and _continues(piece) and not _second_clause(piece):
            last = predicates[-1]
            predicates[-1] = _Predicate(last.kind, last.adverbs, last.word, f"{last.rest}, {piece}")
            continued = True
        else:
            return None
    if not predicates or len(predicates) == 1 and not (aside or single) or aside_words and len(predicates) > 1:
        return None  # an aside and two verbs: whose the second is, is unsure
    passive = [passives.passive_participle(p.word, p.rest.split(" ", 1)[0].lower().rstrip("/"), doer, places=True)
               for p in predicates if p.kind == "passive"]
    if passive and not any(passive) and (doer or aside_words):
        # "The woman, smiling, distinguished by her hat.": a living thing's past tense, maybe; "A cat, curled on a
        # cushion, tucked under a blanket." stays passive: "tucked" is, and the participles of one list read alike
        return None
    if not _owned_by_subject(subject, predicates, aside, names):
        return None
    if doers.living(subject, names):  # "Woman reading book": what she does, "is reading"; a sign "reads"
        predicates = [_Predicate("progressive", p.adverbs, p.word, p.rest)
                      if set(lexicon.verb_lemmas(p.word)) & doers.DONE_BY_THE_LIVING else p for p in predicates]
    if any(p.kind == "progressive" for p in predicates):  # "is riding a bike and wearing a helmet", not "and wears"
        predicates = [_Predicate("progressive", p.adverbs, p.word, p.rest)
                      if p.kind == "present" and set(lexicon.verb_lemmas(p.word)) & _EITHER else p for p in predicates]
    made = _subject(subject, names)
    if made is None:
        return None
    subject, be = made
    if aside_words:
        subject = f"{subject}, {', '.join(aside_words)},"
    return terminated(f"{subject} {_joined([_verb_phrase(p, be) for p in predicates], predicates)}")


#: nouns of a stuff or a game, no thing to count: "eating rice", not "eating a rice"
_MASS = frozenset("rice soccer football baseball basketball tennis golf hockey cricket volleyball rugby chess "
                  "graffiti fruit food bread meat pasta soup cereal coffee tea milk juice wine beer cheese candy "
                  "salad popcorn sushi pizza cake ivy moss hay straw wood metal glass fabric cloth lace leather "
                  "silk denim wool cotton fur foam paper cardboard plastic stone marble concrete brick makeup "
                  "lipstick jewelry lettering signage artwork decor clothing gear".split()) | fragments.UNCOUNTED
#: pronouns that name a person with no article and take "is": "Someone wearing a hat" -> "Someone wears a hat"
_PERSON_PRONOUNS = frozenset("someone somebody everyone everybody anyone anybody nobody".split())


def _owned_by_subject(subject: str, predicates: list[_Predicate], aside: bool,
                     names: frozenset[str] | None = None) -> bool:
    """Whether every participle plainly says what the subject does or is: not one after an object's
    comma ("Man holding a cup, filled with coffee": the cup's, maybe) unless only the living subject
    can do it (`doers`: "Cyclist riding bike, wearing helmet"), nor after a subject with a
    noun of its own ("Photo of a dog, lying on grass": the dog's), nor two whose hedge would spread
    to both ("is possibly holding a toy and sitting")."""
    hedges = lexicon.load().note_hedges
    if len(predicates) > 1 and any(set(p.adverbs.lower().split()) & hedges for p in predicates):
        return False
    if aside and _phrases(subject, _JOINS):
        return False  # "Painting of a woman, holding a fan": the woman may hold it
    if aside:
        return True  # "The sandals, featuring ..., adorned with ...": each set off after the subject alone
    return all(not p.rest or all(w.lower() in fragments.PARTICLES or lexicon.can_be_adverb(w.lower()) and not lexicon.can_be_noun(w.lower())
                                 for w in p.rest.split()) or
               doers.done_by_the_holder(after.word) and doers.living(subject, names, doer_nouns=True) and doers.lifeless(p.rest)
               for p, after in zip(predicates, predicates[1:]))


def _second_clause(piece: str) -> bool:
    """A comma part after "and"/"but"/"while" with a subject and its own participle ("and woman frowning"):
    a second clause, no list's next item; half mended, it would read wrong (`joined` mends both or neither)."""
    words = piece.lower().split()
    return len(words) > 2 and words[0] in ("and", "but", "while", "whereas") and any(
        w.endswith("ing") and lexicon.verb_lemmas(w) for w in words[2:])


def _described(piece: str) -> bool:
    """A comma part that says what the subject is or is like, set off before its verb: a noun phrase
    ("light brown hue", "vibrant mix of blue"), describing words ("dense and soft"), or a list's next item."""
    us = typed.units(piece)
    if not us or us[0].lower in fragments.PHRASE_START or clauses.has_verb(tokenize(piece), piece):
        return False
    if len(us) > 1 and passives.a_doing(us[0].lower) and us[1].lower in fragments.PHRASE_START:
        return False  # "walked by the river": a verb's phrase `_predicate` refused, no description
    return us[0].lower in ("and", "or") or piece.startswith(("+", "&")) or _continues(piece) or all(
        typed.attribute(u.lower, strict=False) or lexicon.can_be_adverb(u.lower) or u.lower in ("and", "or") for u in us)


def _subject_end(part: str, names: frozenset[str] | None = None) -> int | None:
    """Where the subject ends in the first comma part: its end (the participles follow after a
    comma), or where its first participle after a noun starts; None where it is no plain noun phrase."""
    us = typed.units(part)
    if not us or us[0].lower in fragments.PHRASE_START or word_forms.past_or_participle(us[0].lower) and \
            not typed.noun_word(us[0]) or len(us) > 1 and us[1].lower in ("of", "to") and (
                us[0].lower in fragments.TO_PLACES or us[0].lower in ("left", "right")):
        return None  # "In the yard, ...": a place first; "Seen from above, ...": a phrase of its own
    for k in range(1, len(us)):
        if _predicate(part[us[k].start:], doers.living(part[:us[k].start], names)) is None:
            if word_forms.past_participle(us[k].lower) and typed.noun_word(us[k - 1]) and \
                    us[k - 1].lower not in fragments.DETERMINERS and (k + 1 == len(us) or not typed.noun_word(us[k + 1])):
                return None  # "Sauce speckled w/ red flecks": a participle whose phrase is not read; no subject
            continue
        before = us[k - 1]
        named = before.lower in dropped_be.PRONOUN_BE or before.lower not in _FUNCTION_WORDS and (
            typed.noun_word(before) or before.text.isalpha() and not lexicon.known_word(before.lower))  # "Gazebo perched"
        # a participle after a word that describes, a place's pronoun or a verb: no subject before it
        subject = part[:us[k].start]
        if any(j and typed.noun_word(us[j - 1]) and us[j].lower.endswith("ing") and lexicon.verb_lemmas(us[j].lower)
               for j in range(k)):
            return None  # "Troll wearing boots standing on ...": the second participle may be the boots'
        # no phrase whose noun the participle may be said of ("wall w/ shadows falling", "view of statue climbing")
        return us[k].start if named and not _verbed(subject) and _phrases(subject, _JOINS) == 0 and \
            _phrases(subject) <= 1 else None
    return None if _verbed(part) or _phrases(part) > 1 else len(part)


#: words that join a noun to the subject's: a participle right after may be said of that noun
_JOINS = frozenset("with w of and or +".split())


def _phrases(subject: str, words: frozenset[str] = fragments.PHRASE_START | _JOINS) -> int:
    """How many of `words` (prepositions and joins, by default) the subject has: after more than one a
    participle may be said of any of its nouns ("Lions at the gate with a wall, placed on a pillar")."""
    return sum(1 for t in tokenize(subject.replace("+", " + ")) if t.lower in words) + subject.count("+")


def _verbed(phrase: str) -> bool:
    """Whether a subject has a verb of its own ("Streetlights line the side"), a hedge (the model's to
    place), a pronoun with more after it ("They on the grass") or ends on what describes ("Wall behind him
    vibrant green": a predicate of its own)."""
    words = [t.lower for t in tokenize(phrase.replace(" + ", " and "))]
    if not words or clauses.has_verb(tokenize(phrase.replace(" + ", " and ")), phrase.replace(" + ", " and ")) or \
            any(w in lexicon.load().note_hedges for w in words) or bool(lexicon.hedge_phrases(words)):
        return True
    if words[0] in dropped_be.PRONOUN_BE and len(words) > 1:
        return True
    if any(lexicon.can_be_verb(w) and nxt in fragments.DETERMINERS - {"that"} and w not in fragments.DETERMINERS
           for w, nxt in zip(words[1:], words[2:])):
        return True  # "Streetlights line the left side": a verb before its object's article
    last = typed.units(phrase)[-1]
    return len(words) > 1 and typed.attribute(last.lower) and not typed.noun_word(last)


def _predicate(piece: str, doer: bool = False) -> _Predicate | None:
    """A comma part that opens (after adverbs) with a participle: "featuring an open-toe design",
    "neatly pulled back". None for an -ing word that describes ("striking red car") or names a thing
    ("building in the background"), an -ed one before its noun ("patterned wall"). `doer`: said of a
    living thing, whose -ing word before a bare object is what it does ("Woman reading book", not a
    reading book as "reading lamp" is)."""
    us = typed.units(piece)
    k = 0
    while k < len(us) - 1 and (us[k].lower.endswith("ly") and lexicon.can_be_adverb(us[k].lower) or
                               us[k].lower in lexicon.load().note_hedges):
        k += 1
    if k >= len(us) or us[k].comma_before:
        return None
    word, after = us[k].lower, us[k + 1].lower if k + 1 < len(us) else ""
    lemmas = lexicon.verb_lemmas(word)
    if not lemmas or "-" in word or word in lexicon.load().directions or word in ("left", "right") or \
            word in ("shot", "followed", "preceded"):  # "full shot of ...": a noun; "followed by": a list's order
        return None  # "at bottom left of ...": a side, not "leave"
    adverbs, rest = piece[:us[k].start].strip(), piece[us[k].end:].strip()
    if word.endswith("ing"):
        opens_object = after in fragments.DETERMINERS or lexicon.number_value(after) is not None or \
            after.endswith(("'s", "’s")) or bool(rest) and rest[0] in "\"“'"
        noun = lexicon.can_be_noun(word) and not opens_object and not (
            set(lemmas) & (POSTURES | MOTIONS) and (after in fragments.PHRASE_START or not after)) and not (
            (word not in COMPOUND_FIRST or doer) and after and after not in fragments.PHRASE_START | {"and", "or"})
        describing = (lexicon.can_be_adjective(word) or set(lemmas) & DESCRIBING) and not opens_object and \
            after not in fragments.PHRASE_START | fragments.PARTICLES and not (doer and after and doers.done_by_a_doer(word))
        # "striking" alone: what it is like ("is striking, contrasting ..."); a woman's "reading book": what she does
        if noun or describing:
            return None
        if _second_participle(rest):
            return None
        kind: Kind = "present" if set(lemmas) & STATE_VERBS else "progressive"
        return _Predicate(kind, adverbs, word, _object_articled(rest))
    if not word_forms.past_participle(word) or not (after in _AFTER_PLACED or not after or lexicon.can_be_adverb(after)
                                                    or after in lexicon.load().colors):
        return None
    if passives.a_doing(word) or not doer and after in passives.AGENT_WORDS and \
            not passives.passive_participle(word, after, doer):
        return None  # "Old man, tired, walked by the river.", "Street bustled with ...": a past tense, no "is walked"
    if _second_participle(rest):
        return None
    return _Predicate("passive", adverbs, word, _placed(rest))


def _second_participle(rest: str) -> bool:
    """Another participle in a participle's phrase with no comma before it ("wearing a shirt and shorts
    standing by a rail", "holding a stick + holding a bag"): whose it is, the phrase does not say."""
    us = typed.units(rest)
    return "+" in rest and any(u.lower.endswith("ing") for u in us) or any(
        k and not u.comma_before and (u.lower.endswith("ing") or word_forms.past_participle(u.lower)) and
        typed.noun_word(us[k - 1]) and _predicate(rest[u.start:]) is not None for k, u in enumerate(us))


#: pronouns an object may be, which take no article: "watching them", not "watching a them"
_PRONOUNS = frozenset("it them him her me us you one itself themselves himself herself each something someone somebody "
                      "anything anyone everything everyone nothing nobody this that these those".split())


def _object_articled(rest: str) -> str:
    """A terse object after its verb with its articles: "open-toe design" -> "an open-toe design"."""
    if not rest:
        return rest
    us = typed.units(rest)
    named = [u.lower for u in us[:next((k for k, u in enumerate(us) if u.lower in fragments.PHRASE_START), len(us))]]
    head = named[-1] if named else ""
    if us[0].lower not in fragments.PHRASE_START | _PRONOUNS and typed.takes_a(us) and rest[:1].isalpha() and \
            not set(named) & (_QUALITIES | _MASS | fragments.PARTICLES) and not (head.endswith("s") and not head.endswith("ss")):
        rest = f"{indefinite_article(us[0].lower)} {rest}"
    return _placed(rest)


def _placed(rest: str) -> str:
    """The place phrases of a participle's phrase with their articles ("on rug" -> "on the rug", "in soft
    hue" -> "in a soft hue"); a "with" phrase stays as typed ("trimmed with fur")."""
    return typed.articled(rest, with_a=False) if rest else rest


def _continues(piece: str) -> bool:
    """A comma part that goes on with the participle before it: a list's next item ("a scarf", "and
    gloves"), a place ("in the background"), or an absolute phrase ("its tail raised")."""
    words = piece.split()
    first = words[0].lower()
    if first in fragments.PHRASE_START or first in fragments.DETERMINERS or first in ("and", "or"):
        return True
    if len(words) > 1 and first.endswith("ed") and passives.a_doing(first) and words[1].lower() in fragments.PHRASE_START:
        return False  # "walked by the river": a verb's phrase `_predicate` refused, no list item
    if all(typed.attribute(u.lower, strict=False) or lexicon.can_be_adverb(u.lower) for u in typed.units(piece)):
        return False  # "..., clearly visible": what the subject is like, no list item
    return fragments.there_is(terminated(piece[:1].upper() + piece[1:]), english=False) is not None


def _subject(subject: str, names: frozenset[str] | None) -> tuple[str, str] | None:
    """The subject as the sentence opens it ("Man in coat" -> "The man in a coat": a bare singular noun
    gets "The", as `typed.subject_after_the` gives it), and its "is"/"are"."""
    first = subject.split(" ", 1)[0].lower()
    if first in dropped_be.PRONOUN_BE:
        return subject, dropped_be.PRONOUN_BE[first]
    if first in _PERSON_PRONOUNS:
        return subject, "is"
    typed_first = subject.split(" ", 1)[0]
    if typed_first[:1].isupper() and first not in fragments.DETERMINERS and lexicon.number_value(first) is None and (
            typed_first in (names or ()) or not lexicon.known_word(first)):
        # "John wearing a cap": a name takes no article and "wears"; a capital the dictionary does not know may be one
        if not doers.a_name(subject, names) or any(w in ("and", "or", "&", "+", "with", "w") for w in subject.lower().split()):
            return None
        return subject, "is"
    if fragments.NO_THERE_OPENERS & {first} - {"his", "her", "its", "their", "both", "all", "these", "those", "this"}:
        return None
    be = fragments.be_for(subject)
    if be is None:
        return None
    words = subject.split()
    head = [w.lower() for w in words[:next((k for k, w in enumerate(words) if k and w.lower() in fragments.PHRASE_START),
                                          len(words))]]  # "Backdrop bokeh of green hues": "bokeh" takes the article
    bare = first not in fragments.DETERMINERS and lexicon.number_value(first) is None and not (
        be == "are" and not first.endswith(("'s", "’s"))) and head[-1] not in fragments.UNCOUNTED
    if not bare:
        return subject, be
    made = typed.subject_after_the(subject, names)
    if made is None:
        return None
    phrase, be = made
    article, _, rest = phrase.partition(" ")
    return (f"{article} {typed.articled(rest)}" if article == "The" else phrase), be


def _verb_phrase(p: _Predicate, be: str) -> str:
    adverbs = f"{p.adverbs} " if p.adverbs else ""
    rest = f"{'' if p.rest.startswith(',') else ' '}{p.rest}" if p.rest else ""
    if p.kind == "present":
        return f"{adverbs}{_present(p.word, be)}{rest}"
    return f"{be} {adverbs}{p.word}{rest}"


def _present(word: str, be: str) -> str:
    """"featuring" -> "features" after a singular subject, "feature" after a plural one."""
    from lemminflect import getInflection  # noqa: PLC0415

    lemma = next(iter(set(lexicon.verb_lemmas(word)) & STATE_VERBS), lexicon.verb_lemmas(word)[0])
    if be == "are":
        return lemma
    return (getInflection(lemma, "VBZ") or (lemma + "s",))[0]


def _joined(phrases: list[str], predicates: list[_Predicate]) -> str:
    """Verb phrases joined by "and" (by commas before it, for three or more); a second "is" of the
    same kind as the one before goes ("is lying on a rug and wagging a tail")."""
    out = [phrases[0]]
    for k in range(1, len(phrases)):
        phrase = phrases[k]
        if predicates[k].kind == predicates[k - 1].kind != "present":
            phrase = phrase.split(" ", 1)[1]
        out.append(phrase)
    if len(out) == 1:
        return out[0]
    if len(out) == 2:
        return f"{out[0]} and {out[1]}"
    return f"{', '.join(out[:-1])}, and {out[-1]}"


def participle_after_noun(before: str, word: str) -> bool:
    """An -ing verb right after a noun, with a phrase of its own ("trees lining", "children playing"); not
    one that names or describes a thing ("dining table", "amazing view"). `fragments.there_is` ends its
    head noun there."""
    return word.endswith("ing") and bool(lexicon.verb_lemmas(word)) and word not in COMPOUND_FIRST and \
        not lexicon.can_be_adjective(word) and lexicon.can_be_noun(before) and before not in fragments.DETERMINERS and \
        not lexicon.can_be_adjective(before)


def name_doing(first: str, second: str, names: frozenset[str] | None) -> bool:
    """A name (one of the notes', or a capital the dictionary does not know before a person's doing), then an -ing verb: "Rose wearing
    a cap" says what she does; `fragments.there_is` leaves it to `participles_as_verbs`."""
    if not (first[:1].isupper() and second.endswith("ing") and lexicon.verb_lemmas(second)):
        return False
    # an unknown capital only before what a person does ("Anja wearing"; not "Northern mocking bird")
    return first in (names or ()) or first.lower() not in fragments.STARTERS and not lexicon.known_word(first.lower()) \
        and doers.done_by_a_doer(second)
