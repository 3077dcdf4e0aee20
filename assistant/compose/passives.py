"""Whether an -ed word right after its subject is a passive participle that "is"/"are" may go before
("The cups topped with cream." -> "The cups are topped with cream."), or a finite past tense that must
stay as written ("The old man walked by the river.", "The dog played with the ball."). Read from the
lexicon's verb data, since the dictionary says nothing of which verbs take an object:

- a form that is only a participle ("hidden", "written"), or the -ed form of a verb of placement or
  state (`passive_verbs`: "parked", "topped") or of having or showing (`word_forms.HAVING_VERBS`:
  "covered", "framed"): such a verb wants an object, so with none after it, it is passive;
- any other verb only before "by"/"with" ("punctuated by purple lines", "dotted with rocks"; with
  `places`, before a place too), said of a lifeless thing, and not one whose doer is a living thing (`doers.DOER_VERBS`: "walked by", "played
  with"), a posture or one that says how a thing looks of itself (`participle_verbs`: "glowed with",
  "bustled with");
- of a living thing, only a verb by which a thing has or shows another (`participle_verbs.STATE_VERBS`,
  less "appear" and "seem", the lexicon's hedges) before "by"/"with" ("Both deer adorned with white
  spots"); never another ("The man waited by the
  door.", "The woman distinguished by ..." are left as typed).
`fragments.be_before_participle` and `participle_verbs` ask it before they write "is"/"are"."""

from __future__ import annotations

from assistant import lexicon
from assistant.check import word_forms
from assistant.text import tokenize

#: verbs that take no object, said of things ("drift", "teem", "sway"): their -ed form after a subject is its past
#: tense, never a passive ("The lamp drifted with the wind.", "The square teemed with people.")
NO_OBJECT = frozenset("drift float sway flutter glide sail bob drip trickle seep ooze teem swarm brim bristle overflow "
                      "throb pulse hum buzz ripple flicker twinkle shiver tremble quiver wobble dangle sag "
                      "droop slump vanish fade crackle smoulder smolder blossom bloom thrive wander meander zigzag soar "
                      "hover emerge erupt collapse crumble arrive rise fall happen exist vibrate resound reverberate "
                      "stream gush surge rustle creak jingle clatter glimmer glint".split())
#: words after a participle that name who or what did it: "punctuated by lines", "dotted with rocks"
AGENT_WORDS = frozenset({"by", "with", "w", "w/"})  # "w/": a note's "with"


def by_the_lexicon(word: str) -> bool:
    """Whether `word` is passive whatever follows it: only a participle, or the -ed form of a verb of
    placement, state, having or showing (`passive_verbs`, `HAVING_VERBS`)."""
    if word_forms.only_participle(word):
        return True
    return bool(set(lexicon.verb_lemmas(word)) & (lexicon.load().passive_verbs | word_forms.HAVING_VERBS))


def a_doing(word: str) -> bool:
    """Whether the -ed `word` is the past tense of a doing of the living (`doers.DOER_VERBS`: "walked",
    "played"), a posture (`participle_verbs.POSTURES`: "rested") or a look a thing has of itself
    (`participle_verbs.DESCRIBING`: "glowed", "bustled") or a verb that takes no object (`NO_OBJECT`: "drifted"), and no verb `by_the_lexicon` makes passive."""
    from assistant.compose import doers, participle_verbs  # noqa: PLC0415 - both build on modules that ask this one

    lemmas = set(lexicon.verb_lemmas(word))
    return bool(lemmas & (doers.DOER_VERBS | participle_verbs.POSTURES | participle_verbs.DESCRIBING | NO_OBJECT)) and \
        not by_the_lexicon(word)


def passive_participle(word: str, after: str, living: bool, *, places: bool = False) -> bool:
    """Whether the -ed `word`, right after its subject (adverbs aside) and before `after` (the next
    word, lower case, or ""), is a passive participle; `living`: the subject names a living thing.
    `places`: a lifeless subject's participle before a place or a particle is one too, unless its verb
    is a doing, a posture or a look (`participles_as_verbs` reads terse notes so: "Boat, anchored in
    the harbour"; "Hands, clasped, rested on the table" keeps "rested")."""
    from assistant.compose import participle_verbs  # noqa: PLC0415 - it builds on modules that ask this one

    if not word_forms.past_participle(word):
        return False
    if by_the_lexicon(word):
        return True
    if a_doing(word):
        return False
    lemmas = set(lexicon.verb_lemmas(word))
    if living:  # "Both deer adorned with white spots"; not "The man waited by the door", "The man appeared with ..."
        return after in AGENT_WORDS and bool(lemmas & participle_verbs.STATE_VERBS - lexicon.load().draft_hedges)
    return after in AGENT_WORDS or places


def passive_at(fragment: str, at: int) -> bool:
    """Whether the -ed word at `at` of `fragment`, after its subject, is passive (`passive_participle`)."""
    from assistant.compose import doers  # noqa: PLC0415 - it builds on modules that ask this one

    after = [t.lower for t in tokenize(fragment[at:])]
    return bool(after) and passive_participle(after[0], after[1] if len(after) > 1 else "",
                                              doers.living(fragment[:at].strip(), None))
