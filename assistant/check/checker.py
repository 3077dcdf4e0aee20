"""check_draft: every rule family over one draft, gathered into one report."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from assistant import lexicon
from assistant.check import (actions, attributes, bonds, conversed, cut_items, details, doers, edit_checks, edit_parsing, edit_sides, edit_tiers, framing,
                             fronted, generic_heads, hedges, inside, instructions, joins, likeness, matching, negation,
                             objects, parts, place_forms, places_taken, prose, prospects, reattached, relations, shades, sides,
                             sides_lost, spatial, spellings, told_apart, trait_moved, traits_lost, two_sides, word_senses, worn)
from assistant.check.number_forms import other_writings
from assistant.check.numbers import combine_numbers, fmt_number
from assistant.check.report import PROBLEM_STATUSES, CheckReport, FactCheck, SentenceProvenance
from assistant.check.restated import restated
from assistant.check.stand_ins import removed_names, stand_ins
from assistant.check.unsupported import supplied, unsupported
from assistant.check.words import Draft, Word, note_key, note_words, words
from assistant.notes import Observation


@dataclass
class _Verdict:
    fact: FactCheck
    support: str  # the note text that counts as support for the draft's words
    forbidden: set[str]  # words the note corrects away
    review: bool = False  # an edit held for review (`edit_review`)
    carried: bool = False  # dropped for a detail its sentences lost, which still carry the rest (`_detail_lost`)


def check_draft(observations: list[Observation], draft: str, *, original: str | None = None,
                as_facts: bool = False) -> CheckReport:
    """Check `draft` against the notes' observations; `original` makes it a rewrite check.
    `as_facts`: every note is content to carry, none an edit to make (a comparison's reasons
    report what a response got wrong: "says Wirral, should be Moreton" is quoted, not applied)."""
    lex = lexicon.load()
    draft = unwrapped(draft)
    parsed = Draft.cached(draft)
    facts: list[FactCheck] = []
    forbidden: dict[str, str] = {}  # corrected word -> note id
    support_words: list[Word] = []
    read_from: list[tuple[str, str]] = []  # what each note's support words are read from (`supplied`)
    sentence_notes: list[list[str]] = [[] for _ in parsed.sents]
    to_review: list[str] = []

    texts = tuple(o.text for o in observations)  # every rule takes them as a tuple (its caches key by it)
    for obs in observations:
        read = obs
        if original is not None and not as_facts:
            read = obs.model_copy(update={"text": spellings.as_original_spells(obs.text, original)})
        verdict = _check_observation(read, parsed, original, texts, as_facts)
        if read is not obs:
            verdict.fact = verdict.fact.model_copy(update={"text": obs.text})
        facts.append(verdict.fact)
        if verdict.review:
            to_review.append(obs.id)
        support_words += (note_words(verdict.support) + absence_words(verdict.support) + vague_places(obs.text)
                          + other_writings(verdict.support))
        read_from.append((verdict.support, obs.text))
        for word in verdict.forbidden:
            forbidden.setdefault(word, obs.id)
        if verdict.fact.status not in ("dropped", "contradicted") or verdict.carried:
            for s in verdict.fact.sentences:
                sentence_notes[s].append(obs.id)

    # Corrected words stop being forbidden where another note states them as fact.
    if forbidden:
        stated = frozenset().union(*(lexicon.key(w.lower) for w in support_words if not w.is_stop))
        forbidden = {w: nid for w, nid in forbidden.items() if not lexicon.key(w) & stated}
    if original:
        support_words += ([w for w in words(original) if w.lower not in forbidden] + list(_gendered(original))
                          + list(other_writings(original)))
    note_units = {o.id: set(_note_units(o.text)) for o in observations}
    # a sentence also "carries" a note's place when it says it in other words of the note's thing
    located = [have + [n for n in said if n not in have]
               for have, said in zip(sentence_notes, relations.places_said(parsed, [(o.id, o.text) for o in observations]))]
    support = supplied(support_words, (tuple(read_from), original, frozenset(forbidden) if original else None),
                       () if original is not None or as_facts else texts)
    spans = unsupported(parsed, support, forbidden, spatial.placed_again(parsed, located, note_units))
    def swapped(unit: str, i: int, d: Draft, tally: spatial.Tally) -> str | None:
        # a mention that says the note's relation from the other side accounts for the opposite the
        # notes give: another mention of the word beside it is content, not a swap
        return None if any(d.words[j].direction == unit and relations.said_conversely(d, j, texts)
                           for j in range(len(d.words))) else spatial.direction_swapped(unit, i, d, tally)

    marked = [w for w in support_words if w.direction or w.negation]  # all the two counts below count of them
    # the draft's "on top of" is "on" where the notes say no "top"; beside their "top" it is counted, as theirs is
    on_top = None if any(w.direction == "top" for w in marked) else word_senses.on_top_at
    for counted, label, differs, idle in ((spatial.counted_direction, lambda u: f"'{u}'", swapped, on_top),
                                          (negation.counted_negation, lambda u: "a negation", negation.negation_flips,
                                           negation.compares_at)):
        spans = spatial.surplus(parsed, marked, located, note_units, spans, counted, label, differs, idle)
    if original is not None:
        spans = generic_heads.generic_heads(restated(stand_ins(spans, draft, original, removed_names(texts)), draft,
                                                     original, texts), parsed, " ".join([original, *texts]))
        spans += [u for u in prospects.stated_as_done(parsed, original, texts)
                  if not any(u.start < v.end and v.start < u.end for v in spans)]
    if original is None:
        hedged = {o.id for o in observations if o.hedged}
        by_id = {o.id: o.text for o in observations}
        for extra in (relations.unrelated(parsed, texts), hedges.added(parsed, sentence_notes, hedged, by_id),
                      spatial.sides_added(parsed, texts), spatial.turned_to_side(parsed, texts)):
            spans += [u for u in extra if not any(u.start < v.end and v.start < u.end for v in spans)]
    spans.sort(key=lambda u: u.start)

    dropped = [f.id for f in facts if f.status == "dropped"]
    contradicted = [f.id for f in facts if f.status == "contradicted"]
    hedges_lost = [f.id for f in facts if f.status == "hedge_lost"]
    provenance = [
        SentenceProvenance(text=s.text, start=s.start, end=s.end, notes=notes)
        for s, notes in zip(parsed.sents, sentence_notes)
    ]
    certain = any(f.tier == "certain" for f in facts if f.status in PROBLEM_STATUSES) or any(
        u.tier == "certain" for u in spans)
    return CheckReport(
        ok=not (dropped or contradicted or hedges_lost or spans),
        certain_ok=not certain,
        facts=facts,
        dropped=dropped,
        contradicted=contradicted,
        hedges_lost=hedges_lost,
        unsupported=spans,
        sentences=provenance,
        lexicon_version=lex.versions(),
        to_verify=[f.id for f in facts if f.status == "verify"],
        to_review=to_review,
        style=[] if original else prose.remarks(draft, [o.text for o in observations]),
    )


@lru_cache(maxsize=4096)
def _note_units(note: str) -> frozenset[str]:
    """The directions and negations a note's own text counts (`spatial.surplus`)."""
    return frozenset(u for w in note_words(note) for u in spatial.counted_direction(w) + negation.counted_negation(w))


_GENDERED = (({"she", "her", "hers", "herself"}, "woman"), ({"he", "him", "his", "himself"}, "man"))


@lru_cache(maxsize=1024)
def _gendered(original: str) -> tuple[Word, ...]:
    """"woman" where the original says "she" or "her", "man" for "he", "him", "his": a rewrite told to
    drop a person's name says who it was by the gender the original gives ("A woman writes about
    her illness"), no new fact."""
    said = {w.lower for w in words(original)}
    return tuple(words(" ".join(noun for pronouns, noun in _GENDERED if said & pronouns)))


@lru_cache(maxsize=4096)
def absence_words(note: str) -> tuple[Word, ...]:
    """The words that state the absence of what the note negates ("clear", "cloudless" for "no
    clouds"), or its opposite ("closed" for "not open"): a draft that says so in one word says
    what the note says."""
    ws = note_words(note)
    lex = lexicon.load()
    said = [a for i in negation.negated_indices(ws, note, 0)
            for form in lexicon.lemmas(ws[i].lower) | {ws[i].lower}
            for a in (*lex.absence.get(form, ()), *sorted(lexicon.opposites(form)))]
    return tuple(words(" ".join(dict.fromkeys(said)))) if said else ()


_QUOTE_MARKS = '"“”'

# "make the area of the incident more general", "the location less specific"
_VAGUER_RE = re.compile(r"\b(?:area|location|place|places|where|address|site)\b.*\b(?:more\s+(?:general|vague)|less\s+"
                        r"(?:specific|precise|exact)|vaguer|broader)\b", re.I | re.S)


@lru_cache(maxsize=4096)
def vague_places(note: str) -> tuple[Word, ...]:
    """The words that place a thing loosely ("near the A96" for "on the A96"), which a note asking
    for a place to be said more generally licenses."""
    return tuple(words("near nearby around close")) if _VAGUER_RE.search(note) else ()


def unwrapped(draft: str) -> str:
    """A draft given back inside one pair of double quotes ('"A sign with the word 'OPEN'."',
    as chat models answer "write a caption") with spaces for those two marks: they quote the
    whole answer, not text on the sign, and would hide the quotes inside. Offsets stay."""
    body = draft.strip()
    if len(body.split()) < 4 or body[0] not in _QUOTE_MARKS or body[-1] not in _QUOTE_MARKS:
        return draft  # a short draft that is one quote ('"OPEN"') is the quote itself
    if sum(draft.count(q) for q in _QUOTE_MARKS) != 2:
        return draft
    first, last = draft.index(body[0]), draft.rindex(body[-1])
    return draft[:first] + " " + draft[first + 1 : last] + " " + draft[last + 1 :]


def _bound(fact: FactCheck, obs: Observation, draft: Draft, notes: tuple[str, ...]) -> FactCheck:
    """A caption note is kept only when its object keeps its attributes (binding.py) and stays named (objects.py)."""
    moved = attributes.misplaced(obs.text, notes, draft)
    if not moved and (reversed_ := relations.relation_reversed(obs.text, draft, fact.sentences, notes)
                      or two_sides.sides_stacked(obs.text, draft, fact.sentences, tuple(notes))):
        return fact.model_copy(update={"status": "contradicted", "tier": "certain", "evidence": reversed_,
                                       "missing": [reversed_]})
    if not moved and (look := attributes.count_changed(obs.text, draft, fact.sentences, tuple(notes)) or
                      attributes.one_and_several(obs.text, draft, fact.sentences, notes) or
                      told_apart.things_merged(obs.text, draft, fact.sentences) or
                      joins.changed(obs.text, draft, fact.sentences) or joins.part_moved(obs.text, draft, tuple(notes))
                      or joins.subject_moved(obs.text, draft) or joins.likeness_equated(obs.text, draft, fact.sentences)
                      or joins.placed_on_itself(obs.text, draft, fact.sentences)
                      or joins.joined_elsewhere(obs.text, draft, fact.sentences, tuple(notes))
                      or parts.narrowed_to_one(obs.text, draft, fact.sentences)
                      or places_taken.place_taken(obs.text, draft, fact.sentences, notes)
                      or relations.placed_opposite(obs.text, draft, fact.sentences, notes)
                      or likeness.split_off(obs.text, draft) or inside.made_in(obs.text, draft, fact.sentences, notes)
                      or sides.side_unplaced(obs.text, draft, fact.sentences)
                      or told_apart.merged(obs.text, draft, fact.sentences, notes)
                      or actions.action_reversed(obs.text, draft, fact.sentences, notes)
                      or actions.action_moved(obs.text, draft, fact.sentences, notes)
                      or actions.verb_made_modifier(obs.text, draft, fact.sentences)
                      or worn.worn_moved(obs.text, draft, tuple(notes))
                      or bonds.bond_weakened(obs.text, draft, tuple(notes))
                      or place_forms.place_cut_off(obs.text, draft, fact.sentences)
                      or reattached.given_to_subject(obs.text, draft, fact.sentences)
                      or doers.doer_moved(obs.text, draft, fact.sentences, tuple(notes))
                      or trait_moved.trait_moved(obs.text, draft, fact.sentences, tuple(notes))):
        # a plural is no written number, a join may be read the note's way: a look, not certain
        return fact.model_copy(update={"status": "contradicted", "tier": "check", "evidence": look, "missing": [look]})
    if not moved:
        carriers = _with_antecedents(draft, fact.sentences)
        lost = objects.object_missing(obs.text, draft, carriers, tuple(notes))
        if lost:
            evidence = f"the note is about the {lost}; the sentence that carries it never names it"
        elif other := objects.other_object_missing(obs.text, draft, carriers):
            lost, evidence = other, f"the note names the {other}; the sentences that carry it leave it out"
        elif evidence := fronted.place_lost(obs.text, draft, carriers):
            lost = evidence
        elif evidence := parts.said_apart(obs.text, draft, carriers):
            lost = evidence
        elif evidence := attributes.attribute_dropped(obs.text, draft, carriers) or shades.tone_cut(
                obs.text, draft, carriers) or shades.shade_dropped(obs.text, draft, carriers) or shades.colour_cut_off(
                obs.text, draft, carriers) or details.said_only_by_another(obs.text, draft, fact.sentences, tuple(notes)) \
                or cut_items.item_cut_off(obs.text, draft, fact.sentences):
            lost = evidence
        else:
            return fact
        return fact.model_copy(update={"status": "dropped", "tier": "check", "evidence": evidence, "missing": [lost]})
    status = "contradicted" if any(m.other_value for m in moved) else "dropped"
    tier = "certain" if any(m.certain for m in moved) else "check"
    return fact.model_copy(update={"status": status, "tier": tier, "evidence": "; ".join(m.evidence for m in moved),
                                   "missing": [m.evidence for m in moved]})


def _detail_lost(fact: FactCheck, obs: Observation, draft: Draft, notes: tuple[str, ...]) -> FactCheck | None:
    """A side or describing word of the note's thing that no sentence naming the thing says (`sides_lost`,
    `traits_lost`): the note is dropped, yet its sentences still carry the rest of it, so what they say
    beyond the notes is read as before (a doubt they add is still no note's)."""
    if side := sides_lost.side_lost(obs.text, draft, fact.sentences, notes):
        evidence, tier = side[0], "certain" if side[1] else "check"
    elif not (evidence := traits_lost.trait_lost(obs.text, draft, fact.sentences)):
        return None
    else:
        tier = "check"
    return fact.model_copy(update={"status": "dropped", "tier": tier, "evidence": evidence, "missing": [evidence]})


_PRONOUN_SUBJECT_RE = re.compile(r"^(?:it|they|he|she)\b(?!\s*['’])", re.I)


def _with_antecedents(draft: Draft, carriers: list[int]) -> list[int]:
    """The sentences that carry a note, with the sentence before each one whose subject is a
    pronoun ("A mirror with black borders. It also has the text "STOP" at the bottom."): "it" is
    the thing that sentence named, so the borders are still the mirror's."""
    out = set(carriers)
    for s in sorted(carriers, reverse=True):
        while s > 0 and _PRONOUN_SUBJECT_RE.match(draft.sents[s].text):
            s -= 1
            out.add(s)
    return sorted(out)


def _restated(fact: FactCheck, obs: Observation, draft: Draft) -> tuple[FactCheck, str]:
    """A note whose only lost units are directions, stated the other way round with its
    objects swapped ("the bus is right of the car" for "car left of the bus"), is kept; the
    opposite directions it uses count as the note's words (support for the draft's "right")."""
    lex = lexicon.load()
    lost = set(fact.missing)
    if not lost or not lost <= set(lex.directions.values()):
        return fact, obs.text
    s = relations.relation_restated(obs.text, draft, lost, fact.sentences)
    if s is None:
        return fact, obs.text
    said = " ".join(w.tok.text for w in draft.sentence_words(s)
                    if w.direction and any(w.direction in lex.direction_opposites.get(u, ()) for u in lost))
    kept = fact.model_copy(update={"status": "kept", "tier": None, "missing": [], "sentences": [s],
                                   "evidence": f"{draft.sents[s].text} (the relation said the other way round)"})
    return kept, f"{obs.text} {said}"


def _check_observation(obs: Observation, draft: Draft, original: str | None, notes: tuple[str, ...],
                       as_facts: bool = False) -> _Verdict:
    kind = instructions.classify(obs, rewrite=original is not None)
    if as_facts and kind != "style":
        kind = "fact"
    if kind == "style":
        return _Verdict(FactCheck(id=obs.id, text=obs.text, hedged=obs.hedged, status="kept", kind="style",
                                  checked=False, evidence="style instruction: not checked automatically; review the diff"),
                        obs.text, set())
    if original is not None and not as_facts and instructions.is_remark(obs.text):
        return _Verdict(FactCheck(id=obs.id, text=obs.text, hedged=obs.hedged, status="kept", kind="instruction",
                                  checked=False, evidence="a remark about the task (it could not be judged, or needs "
                                                          "no change), not an instruction: nothing to check"),
                        obs.text, set())
    if kind == "fact":
        fact = matching.check_fact(obs, note_key(obs.text), draft, bound=original is None, notes=tuple(notes))
        support = obs.text + (worn.wear_words(obs.text) if original is None else "")
        if original is None and fact.status == "dropped" and (wear := worn.wear_said(obs.text, draft, fact.missing)):
            fact = fact.model_copy(update={"status": "kept", "tier": None, "missing": [], "sentences": wear,
                                           "evidence": " ".join(draft.sents[s].text for s in wear)})
        if original is None and fact.status in ("dropped", "contradicted"):
            fact, support = _restated(fact, obs, draft)
        elif original is None and fact.status == "kept" and (said := conversed.conversed_words(obs.text, draft)):
            support = f"{support} {said}"  # the note's relation said from the other side (`matching`)
        if original is None and fact.status in ("kept", "hedge_lost"):
            fact = _bound(fact, obs, draft, notes)
        if original is None and fact.status == "kept" and (shot := framing.shot_dropped(obs.text, draft.text)):
            fact = fact.model_copy(update={"status": "dropped", "tier": "check", "missing": [shot],
                                           "evidence": f"the note gives the shot ({shot}); no sentence says it"})
        if original is None and fact.status == "kept" and (lost := _detail_lost(fact, obs, draft, notes)):
            return _Verdict(lost, support, set(), carried=True)
        return _Verdict(fact, support, set())
    edit = edit_parsing.parse_edit(obs.text)
    supplied = frozenset().union(*(_asked_words(n) for n in notes if n != obs.text))
    if kind == "edit" and edit is not None:
        v = edit_checks.check_edit(obs, edit, draft, original, supplied)
        if edit.kind == "remove" and original is not None:
            v = dataclasses.replace(v, support=f"{v.support} {edit_sides.names_not_in(edit.old, original)}")
    else:
        v = edit_checks.check_instruction(obs, edit, draft, original)
    fact = _opposite_claim(v.fact, obs, draft, original, supplied)
    if v.review is not None and fact is v.fact:
        fact = v.review  # no contradiction found: the weak evidence is shown for review, not as a problem
    return _Verdict(fact, v.support, v.forbidden, fact is v.review)


@lru_cache(maxsize=4096)
def _asked_words(note: str) -> frozenset[str]:
    """Roots of the content words a note asks the result to say (an edit's new side), and its
    numbers (as `fmt_number` writes them): another note's removal does not find them as leftovers."""
    edit = edit_parsing.parse_edit(note)
    if edit is None or not edit.new:
        return frozenset()
    ws = note_words(edit.new, meta=True)
    return frozenset(r for w in ws if not w.is_stop and w.number is None for r in lexicon.roots(w.lower)) | {
        fmt_number(n) for n in combine_numbers(ws)}


def _negates_itself(note: str) -> bool:
    """"The summary should not say the company was fined": the negation is the instruction's, not
    the claim's, so the claim has no polarity to keep."""
    ws = note_words(note)
    return any(ws[i].lower in _TELLING for i in negation.negated_indices(ws, note, 0))


_REPLACE_RE = re.compile(r"^\s*(?:please\s+)?(?:replace|change|swap|substitute|switch)\b", re.I)
_TELLING = frozenset({"say", "says", "state", "states", "mention", "mentions", "include", "includes", "add",
                      "claim", "claims", "imply", "suggest"})


def _opposite_claim(fact: FactCheck, obs: Observation, draft: Draft, original: str | None = None,
                    supplied: frozenset[str] = frozenset()) -> FactCheck:
    """An instruction or edit whose result still states the opposite of what the note says
    ("outside the window, so the answer should say no" against "you are well within the
    window") is a contradiction, never only "verify"."""
    if fact.status in ("kept", "contradicted") or _negates_itself(obs.text):
        return fact
    # "replace X with Y" says Y; X is the claim it corrects ("him being released without charge" for
    # "the man being charged"). A note in other forms states its claim whole ("the customer is outside
    # the window, so the answer should say no")
    edit = edit_parsing.parse_edit(obs.text)
    if edit is not None and edit.kind == "remove":
        return fact  # a removal states nothing of what it takes out: its opposite in the result is no contradiction
    said = edit.new if edit is not None and edit.new and _REPLACE_RE.match(obs.text) else obs.text
    claim = matching.check_fact(obs, note_key(said, meta=True), draft)
    if claim.status != "contradicted" or _polarity_not_the_notes(claim, obs.text, draft, original, supplied):
        return fact
    tier = edit_tiers.contradiction_tier(claim.missing)
    return fact.model_copy(update={"status": "contradicted", "tier": tier, "evidence": claim.evidence,
                                   "missing": claim.missing, "sentences": claim.sentences, "checked": True})


def _polarity_not_the_notes(claim: FactCheck, note: str, draft: Draft, original: str | None,
                            supplied: frozenset[str] = frozenset()) -> bool:
    """A negation the note's words meet in the result that is no claim of the note's: the note
    negates nothing and every negation of the result was the original's ("will not play in the
    team's first match", where the original would not play in Saturday's opener: the note moves
    the match, not the playing); or the note's own cue of failure or absence is there, stated with
    another verb ("failed to make sure the figures were accurate" for "failing to publish accurate
    figures"), or its own denial said in fewer words, reaching a word its cue did not (`negation.denied_further`:
    "has not backed down from statements" for "is not backing down from his statements"); or every cue of the result is one another note asks for ("their engine failed" is
    the other note's; it does not deny this note's "a mile north of the island")."""
    flips = [m for m in claim.missing if " " in m]  # the reasons; a bare word is only missing
    if not flips or not all("negated" in m for m in flips):
        return False
    note_cues = [w for w in note_words(note) if w.negation]
    if all("is negated in the draft" in m for m in flips) and not note_cues and edit_sides.cues_asked_elsewhere(
            [w for s in claim.sentences for w in draft.sentence_words(s)], supplied):
        return True
    if all("is negated in the draft" in m for m in flips) and not note_cues and original is not None:
        return negation.no_more_negations(draft.words, words(original))
    if all("no longer negated" in m for m in flips):
        return negation.cue_restated(note_words(note), [w for s in claim.sentences for w in draft.sentence_words(s)])
    if all("is negated in the draft" in m for m in flips) and note_cues:  # the note's own denial, in fewer words
        seen = [w for s in claim.sentences for w in draft.sentence_words(s)]
        return all(negation.denied_further(note_words(note), seen, m.split("'")[1], note) for m in flips)
    return False

