"""A terse note with a hedge made a sentence without the model, the hedge kept as typed and on its
fact: "Maybe home office." -> "Maybe there is a home office."; "About 6 people near gate." -> "There are
about 6 people near the gate."; "Building probably a church." -> "The building is probably a church.";
"Dog maybe sleeping on couch." -> "The dog is maybe sleeping on the couch." (`participle_verbs`). Two
hedges, a hedge inside a longer phrase or after a comma: the model's to place. `fragments.as_sentence`
tries it on a hedged fragment; `polish.complete_fragments` keeps what the check passes."""

from __future__ import annotations

from assistant import lexicon
from assistant.compose import fragments, typed
from assistant.check.number_forms import MONTHS, WEEKDAYS
from assistant.compose.sentences import terminated
from assistant.text import tokenize

#: hedges only of a measure or a count: "Approximately 3 boats." -> "There are approximately 3 boats." (`count_hedged`)
_COUNT_HEDGES = frozenset({"approximately", "roughly"})
#: first words after a hedge that open no noun phrase to say "there is" of: a negation, a degree ("too dark"), an
#: identification ("same person", "the owner", "his car")
_NO_THING = frozenset("not no never none one too very so quite rather fairly pretty somewhat slightly just only also still "
                      "even more less most least same the this that these those his her their its my our your".split())
#: words of a time: "Maybe winter." says when, not what there is
_TIMES = frozenset("morning afternoon evening night noon midnight dawn dusk sunset sunrise twilight daytime nighttime night-time today yesterday "
                   "tonight tomorrow weekend winter summer spring autumn fall season".split()) | MONTHS | WEEKDAYS


def hedged_sentence(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """`fragment` as a sentence with its one hedge where it was typed, or None (`hedge_first`,
    `count_hedged`, `subject_hedged`)."""
    text = fragment.strip()
    words = [t.lower for t in tokenize(text)]
    hedges = lexicon.load().note_hedges
    if "," in text or sum(w in hedges for w in words) + len(lexicon.hedge_phrases(words)) != 1 and \
            not lexicon.is_quantity_hedge(tokenize(text), 0):
        return None
    for make in (hedge_first, count_hedged, subject_hedged):
        made = make(text, names)
        if made is not None:
            return made
    return None


def hedge_first(text: str, names: frozenset[str] | None = None) -> str | None:
    """"Maybe home office." -> "Maybe there is a home office.": the hedge typed first, before a noun
    phrase, stays first, over the whole "there is". None where no thing is named: a name, a time, a negation, an
    identification ("Maybe John.", "Probably Tuesday.", "Maybe same person.", "Maybe 3."), or a hedge of a count."""
    us = typed.units(text)
    if len(us) < 2 or us[0].lower not in lexicon.load().note_hedges or us[1].comma_before:
        return None
    if us[1].lower not in fragments.DETERMINERS and lexicon.number_value(us[1].lower) is None and (
            lexicon.can_be_verb(us[1].lower) and not lexicon.can_be_noun(us[1].lower) or us[1].lower.endswith("ing")):
        return None  # "Maybe parked near the gate": a doing whose subject is unsaid, no "there is a parked ..."
    named = us[1:]
    if us[0].lower in _COUNT_HEDGES or named[0].lower in _NO_THING or any(
            u.text[:1].isupper() or u.lower in _TIMES or u.lower.rstrip("s") in _TIMES for u in named) or \
            all(lexicon.number_value(u.lower) is not None for u in named):
        return None  # "Maybe John.", "Probably Tuesday.", "Maybe same person.", "Maybe 3.": no "there is" of a thing
    rest = text[us[1].start:]
    there = fragments.there_is(terminated(rest[:1].upper() + rest[1:]), names)
    if there is None:
        return None
    return f"{us[0].text[:1].upper()}{us[0].text[1:]} {there[:1].lower()}{there[1:]}"


def count_hedged(text: str, names: frozenset[str] | None = None) -> str | None:
    """"About 6 people near the gate." -> "There are about 6 people near the gate.": a hedged count first,
    kept as typed inside the noun phrase."""
    tokens = tokenize(text)
    if not tokens or not (lexicon.is_quantity_hedge(tokens, 0) or tokens[0].lower in _COUNT_HEDGES):
        return None
    count = next((t.lower for t in tokens[1:3] if lexicon.number_value(t.lower) is not None), None)
    if count is None or lexicon.number_value(count) == 1 or all(
            lexicon.number_value(t.lower) is not None or t.lower in ("a", "an", "or", "to") for t in tokens[1:] if t.text.isalnum()):
        return None  # "About 6.": a count of nothing named
    rest = text[tokens[1].start:]
    there = fragments.there_is(terminated(rest[:1].upper() + rest[1:]), names)
    if there is None or not there.startswith("There are "):
        return None
    return f"There are {tokens[0].lower} {there.removeprefix('There are ')}"


def subject_hedged(text: str, names: frozenset[str] | None = None) -> str | None:
    """"Building probably a church." -> "The building is probably a church."; "Sky possibly overcast." ->
    "The sky is possibly overcast.": a bare noun phrase (one to three plain words), its hedge, then a noun
    phrase with its article or only describing words."""
    us = typed.units(text.rstrip(".!"))
    hedges = lexicon.load().note_hedges
    at = next((k for k, u in enumerate(us) if u.lower in hedges), None)
    if at is None or not 1 <= at <= 3 or at + 1 >= len(us) or any(u.comma_before for u in us[1:]):
        return None
    subject = us[:at]
    if any(u.lower in fragments.DETERMINERS | fragments.PHRASE_START or not u.text.isalpha() for u in subject) or \
            not typed.noun_word(subject[-1]):
        return None
    said = us[at + 1:]
    articled = said[0].lower in ("a", "an") and len(said) > 1
    describing = all(typed.attribute(u.lower, strict=False) or u.lower == "and" for u in said)
    if not (articled or describing):
        return None
    made = typed.subject_after_the(text[subject[0].start:subject[-1].end], names)
    if made is None:
        return None
    phrase, be = made
    return terminated(f"{phrase} {be} {us[at].text} {text[said[0].start:said[-1].end]}")


def hedged_tail(fragment: str, names: frozenset[str] | None = None) -> str | None:
    """"Rug beige, maybe wool." -> "The rug is beige, maybe wool.": a hedged comma part at the end (the hedge, then
    up to four words with no verb) stays as typed after the rest made a sentence (`fragments.as_sentence`)."""
    text = fragment.strip().rstrip(".!")
    head, _, tail = text.rpartition(",")
    words = [t.lower for t in tokenize(tail)]
    if not head or "," in head or not words or words[0] not in lexicon.load().note_hedges or len(words) > 5 or \
            sum(w in lexicon.load().note_hedges for w in words) > 1:
        return None
    made = fragments.as_sentence(terminated(head), names)
    if made is None or made.startswith("There ") or fragments.unwritten(made):
        return None  # "There is a wet road, maybe rain.": which the hedge is on, the model's to say
    return terminated(f"{made.rstrip('.!')},{tail}")
