"""Instructions in rewrite notes, checked: a literal edit strictly (the new content present,
the old content gone); a descriptive instruction as "verify", pointing at the part of the
result it most likely concerns, unless the result plainly ignores it."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from assistant import lexicon
from assistant.check import additions, edit_effects, edit_review, edit_sides, edit_tiers, matching, negation, number_forms, property_values, written_otherwise
from assistant.check.edit_effects import added_any, asserted, in_text, removed_any, still_present
from assistant.check.edit_parsing import Edit, claim_of, targets
from assistant.check.given_names import given_names
from assistant.check.numbers import fmt_number
from assistant.check.report import FactCheck, Span, Status, Tier
from assistant.check.words import Draft, Key, Word, note_key, note_words, words
from assistant.notes import Observation
from assistant.text import fold, quoted


@dataclass
class EditVerdict:
    """An instruction's verdict, the text that counts as support, and the words it corrects."""

    fact: FactCheck
    support: str
    forbidden: set[str]
    review: FactCheck | None = None  # shown instead of `fact` unless a contradiction is found (`edit_review`)


def _base(obs: Observation) -> dict:
    return dict(id=obs.id, text=obs.text, hedged=obs.hedged)


# ------------------------------------------------------------------ literal edits


def check_edit(obs: Observation, edit: Edit, draft: Draft, original: str | None,
               supplied: frozenset[str] = frozenset()) -> EditVerdict:
    """A literal edit, strictly: the new side present, the old side gone. A removal of several
    things (`edit_parsing.targets`) is made only when each of them is gone. `supplied`: roots of
    the words other notes ask the result to say (no leftover of this edit's old side)."""
    if edit.kind == "remove" and original is not None and (long := edit_sides.spelled_out(edit.old, original)):
        edit = dataclasses.replace(edit, old=f'"{long}"')  # "the meaning of PSNI": its long form, quoted
    parts = targets(edit.old) if edit.kind == "remove" else []
    if len(parts) > 1:
        verdicts = [check_edit(obs, dataclasses.replace(edit, old=part), draft, original, supplied) for part in parts]
        unmet = [(part, v) for part, v in zip(parts, verdicts) if v.fact.status != "kept" and v.review is None]
        if not unmet:  # each part made; one left for review says so
            return next((v for v in verdicts if v.review is not None or not v.fact.checked), verdicts[0])
        part, worst = max(unmet, key=lambda pv: pv[1].fact.tier == "certain")
        fact = worst.fact.model_copy(update={"evidence": f"{part!r}: {worst.fact.evidence}"})
        return EditVerdict(fact, worst.support, set().union(*(v.forbidden for _, v in unmet)))
    base = _base(obs)
    if edit.kind == "remove" and original is not None and not quoted(edit.old) and (given := given_names(edit.old, original)):
        return _given_names_removed(obs, given, draft, original, edit.new + " " + edit.rest)
    new_key = _side_key(edit.new, lenient=edit.kind == "replace")
    if edit.kind == "add" and original is not None:
        new_key = additions.judged_key(new_key, draft, original)
    old_key = _side_key(edit.old, first_quote=edit.kind == "remove")
    if edit.kind == "replace" and original is not None:
        new_key = _without_description(new_key, old_key, original)
    new_key = edit_sides.without_named_kind(edit_sides.without_speaker(new_key, draft), edit.new, draft)
    if ties := edit_sides.ties(edit.new):
        new_key = dataclasses.replace(new_key, content=[u for u in new_key.content if u not in ties])
    new_units = ({r for u in new_key.words() for r in lexicon.key(u)} | {fmt_number(n) for n in new_key.numbers}
                 | {r for q in new_key.quotes for w in note_words(q) for r in lexicon.key(w.lower)})
    owners = edit_sides.owners(edit.old) | edit_sides.same_topic(edit)
    if edit.kind == "remove":
        owners |= edit_sides.kept_by_exception(edit.old)
    old_only = [u for u in old_key.words() if not (lexicon.key(u) & new_units) and u not in owners
                and not lexicon.roots(u) & supplied]
    codes = edit_sides.in_codes(edit.old)  # "the M4": no count to take out
    old_numbers = [fmt_number(n) for n in old_key.numbers if n not in new_key.numbers and n not in codes
                   and fmt_number(n) not in supplied]  # "two visits" another note asks for
    old_quotes = [q for q in old_key.quotes if q not in new_key.quotes]
    support = edit.new + " " + edit.rest
    if new_key.empty() and not (old_only or old_numbers or old_quotes):
        if edit.kind == "remove" and original is not None and not removed_any(Draft.cached(original), draft):
            return _nothing_removed(obs, support)  # "the part of Leeds that ...": only its owner named, and kept
        return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                     evidence="edit instruction names nothing the checker can verify; review the diff"),
                           support, set())

    problems: list[str] = []
    sentences_used: list[int] = []
    hedge_kept = True
    tier: Tier = "check"
    plain = False  # the result plainly differs from the note: a literal lacking, flipped or left
    lacking: list[str] = []  # the new side's units the result does not write, none flipped
    if not new_key.empty():
        m = matching.best_match(new_key, draft, want_hedge=obs.hedged)
        if m.flipped and negation.cue_restated(note_words(edit.new), draft.words[draft.first[m.window[0]]:draft.first[m.window[1]]]):
            # "failed to make sure the figures were accurate" for "failing to publish accurate figures"
            m = dataclasses.replace(m, flipped=[f for f in m.flipped if "no longer negated" not in f])
        if m.flipped and _polarity_not_the_edits(edit, draft.words[draft.first[m.window[0]]:draft.first[m.window[1]]],
                                                 original, supplied):
            m = dataclasses.replace(m, flipped=[f for f in m.flipped if "is negated in the draft" not in f])
        if m.flipped:  # "the gale causing power cuts" -> "without power": the note names the absence; or denies it too
            said, seen = note_words(edit.new), draft.words[draft.first[m.window[0]]:draft.first[m.window[1]]]
            m = dataclasses.replace(m, flipped=[f for f in m.flipped if not (f.endswith("is negated in the draft") and (
                edit_effects.absence_named(said, f.split("'")[1]) or negation.denied_further(said, seen, f.split("'")[1], edit.new)))])
        # the literal written as text is written ("Wolves" for "the Wolves", "St Mirren" for "St. Mirren")
        m = dataclasses.replace(m, missing=[u for u in m.missing if not written_otherwise.carried(
            written_otherwise.as_written(u, edit.new), draft)])
        if m.missing and edit.kind == "add" and original is not None:  # "foul" for the original's "foal"
            m = dataclasses.replace(m, missing=[u for u in m.missing if not written_otherwise.misspelt_by_note(u, edit.new, draft, original)])
        if m.missing and number_forms.said_otherwise(edit.new, draft.words, draft.text):
            # the value in another form: "a year and a half" for "18 months", "half" for "50%"
            m = dataclasses.replace(m, missing=[u for u in m.missing if not number_forms.only_values(u)])
        problems += [f"missing {x}" for x in m.missing] + m.flipped
        lacking = list(m.missing) if not m.flipped else []
        sentences_used = list(range(*m.window)) if not m.missing else []
        hedge_kept = m.hedged
        plain = bool(problems) and matching.missing_tier(new_key, m) == "certain"
        # a name, number or quote missing is certain; a negation the result puts on the side's
        # words is a look (first looks: each time the original's own negation, kept)
        critical = set(m.missing) & matching.critical_units(new_key)
        if m.missing and matching.missing_tier(new_key, dataclasses.replace(m, flipped=[])) == "certain" and not all(
                written_otherwise.near(written_otherwise.as_written(u, edit.new), draft) for u in critical
        ) and not edit_tiers.named_in_its_place(critical, new_key, draft, original, edit.new, supplied):
            tier = "certain"  # not when each literal missing is there in a near form, or named otherwise: a look
    problem, still = old_side_problem(edit, old_only, old_numbers, old_quotes, draft, original,
                                      frozenset(old_key.names), supplied)
    if problem not in (None, UNVERIFIABLE) and '"' not in problem and edit_effects.left_as_context(
            edit, still, frozenset(old_key.names), old_only, old_numbers, not problems and not new_key.empty(),
            draft, original):
        problem = None  # "health and social care providers" -> "health care providers": the words left are context
    elsewhere = edit.kind == "replace" and not problems and still and edit_sides.counts_elsewhere(still, edit.old, draft)
    if elsewhere:  # "2 people" -> "four people": the "two carriages" and "2 June" left count other things,
        problem = None  # which the corrected number does not back
    if problem == UNVERIFIABLE and not problems and new_key.empty():
        if edit.kind == "remove" and original is not None and not removed_any(Draft.cached(original), draft):
            return _nothing_removed(obs, support)  # not found word for word ("the mayor's party"): something must go
        return EditVerdict(FactCheck(**base, status="kept", kind="edit", checked=False,
                                     evidence="names nothing found in the original to remove; review the diff"),
                           support, set())
    if lacking and len(lacking) == len(problems) and problem in (None, UNVERIFIABLE):
        effect = edit_effects.effect_there(edit, new_key, old_key, lacking, old_only, draft, original, obs.hedged)
        if effect is not None:
            return EditVerdict(FactCheck(**base, status=effect.status, kind="edit", evidence=effect.evidence,
                                         checked=effect.status == "kept"), support, set())
    if problem and problem != UNVERIFIABLE:
        problems.append(problem)
        # a number or a quote the edit takes out is still there, or the name that is the whole of
        # its old side ("replace Wirral with Moreton"); other words may be context the edit keeps
        named = not old_key.content and any(u in old_key.names for u in still)
        partly = edit_tiers.partly_made(old_only, draft, original)
        counted = any(u[:1].isdigit() for u in still) and not partly
        plain = plain or '"' in problem or named or counted
        # certain only for the literal the old side is, still where the original wrote it
        quotes_left = [q for q in old_key.quotes if f'"{q}"' in problem]
        if edit_tiers.old_side_tier(edit, old_key, still, quotes_left, draft, original, counts=not partly) == "certain":
            tier = "certain"
    status: Status = "dropped" if problems else "kept"
    if problem and problem != UNVERIFIABLE and edit.kind == "replace" and plain:
        status = "contradicted"  # the draft still states what the note says is wrong
        if len(problems) == 1 and not new_key.empty():
            # the new side is there too ("lost the final after they had won the semi-final", "30
            # days, not six months as first reported"): the old words may be another thing's
            tier = "check"
    if status == "kept" and obs.hedged and sentences_used and not hedge_kept:
        status, tier = "hedge_lost", edit_tiers.hedge_tier(edit.new)
    evidence = "; ".join(problems) if problems else f"{edit.kind} applied" + (
        f": {sentences_text(draft, sentences_used)}" if sentences_used else ""
    )
    # the corrected words are unsupported where they survive an edit that was not made
    forbid = set(still) if edit.kind != "remove" and (problem and problem != UNVERIFIABLE or elsewhere) else set()
    review = None
    if original is not None and status != "kept" and tier == "check":
        forbid = edit_review.certain_only(forbid, draft)  # a content word left may be context: no span
        review = edit_review.held(base, sentences_used, edit, draft, original, problems,
                                  problem if problem != UNVERIFIABLE else None, lacking)
    fact = FactCheck(**base, status=status, kind="edit", evidence=evidence, missing=list(problems),
                     sentences=sentences_used, tier=tier if status != "kept" else None)
    return EditVerdict(fact, support, forbid, review)


def _nothing_removed(obs: Observation, support: str) -> EditVerdict:
    evidence = "nothing was removed from the original"
    return EditVerdict(FactCheck(**_base(obs), status="dropped", kind="edit", evidence=evidence, missing=[evidence],
                                 tier="check"), support, set())


def _given_names_removed(obs: Observation, given: list[str], draft: Draft, original: str, support: str) -> EditVerdict:
    """A removal of "X's first name": the given names the original writes before X must go; the
    words "first" and "name" are the note's description ("for the first time" may stay). Check
    tier: the name is found by where it stands, not named by the note."""
    before = Draft.cached(original)
    still = [g for g in given if asserted(g, draft) >= asserted(g, before)]
    if still:
        evidence = "still present: " + ", ".join(still)
        return EditVerdict(FactCheck(**_base(obs), status="dropped", kind="edit", evidence=evidence, missing=[evidence],
                                     tier="check"), support, set())
    return EditVerdict(FactCheck(**_base(obs), status="kept", kind="edit", evidence="removed: " + ", ".join(given)),
                       support, set())


def _polarity_not_the_edits(edit: Edit, window: list[Word], original: str | None, supplied: frozenset[str]) -> bool:
    """The negation cues of the result's words are no claim against an edit whose new side negates
    nothing: each is one the original had as often ("will no longer hold face-to-face meetings" ->
    "... face-to-face first meetings") or one another note asks for ("their engine failed")."""
    cues = [w for w in window if w.negation]
    if not cues or any(w.negation for w in note_words(edit.new + " " + edit.old)):
        return False
    if edit_sides.cues_asked_elsewhere(window, supplied):
        return True
    return negation.no_more_negations(cues, words(original) if original is not None else [])


def _without_description(new_key: Key, old_key: Key, original: str) -> Key:
    """The new side of a replacement without the words both sides share that the original does
    not have: "the incident occurring in Leeds" -> "the incident occurring in Hunslet Road" names
    the thing by "incident occurring"; only "Hunslet Road" is what the result must say. Names too,
    in any inflection: "Hornets manager" -> "Hornet manager" is the note's name for whom the original
    calls otherwise."""
    old = {r for u in old_key.content + old_key.names for r in lexicon.key(u)}

    def shared(u: str) -> bool:
        return bool(lexicon.key(u) & old) and not in_text(u, original)

    if not any(shared(u) for u in new_key.content + new_key.names):
        return new_key
    return dataclasses.replace(new_key, content=[u for u in new_key.content if not shared(u)],
                               names=[u for u in new_key.names if not shared(u)],
                               name_runs=[[u for u in run if not shared(u)] for run in new_key.name_runs])


def _side_key(side: str, *, lenient: bool = False, first_quote: bool = False) -> Key:
    """What one side of an edit names. A side with quoted text names exactly that, the rest
    only says where ('add "A petition was signed for" before "the government" part'); in a
    removal the first quote is the target and later ones are landmarks."""
    side = edit_sides.without_working(side)
    if not side.strip():
        return Key()
    quotes = [fold(q) for q in quoted(side)]
    if quotes:
        if first_quote:  # 'after "Leeds" remove the "City Museum"': the first quote is where, not what
            aimed = [q for q in quotes if q not in edit_sides.landmarks(side)]
            if not aimed and (rest := edit_sides.without_part(side)) != side and rest:
                return note_key(rest, meta=True, lenient=lenient)  # 'southern from the "Turkey" part'
            quotes = (aimed or quotes)[:1]
        return Key(quotes=quotes, lenient=lenient)
    return note_key(side, meta=True, lenient=lenient)


def sentences_text(draft: Draft, sents: list[int]) -> str:
    text = draft.text[draft.sents[sents[0]].start : draft.sents[sents[-1]].end]
    return text if len(text) <= 200 else text[:199] + "…"


UNVERIFIABLE = "unverifiable"


def old_side_problem(edit: Edit, old_units: list[str], old_numbers: list[str], old_quotes: list[str],
                     draft: Draft, original: str | None, names: frozenset[str] = frozenset(),
                     supplied: frozenset[str] = frozenset()) -> tuple[str | None, list[str]]:
    """What is wrong with the old side of a literal edit (None when it is gone), and the old
    words the draft still asserts.

    Quoted text and numbers are exact: each must be gone. Words count as gone when the draft
    asserts them fewer times than the original did, so a word that also occurs elsewhere
    ("manager" of another club) does not block the check; and most of them must be gone, not
    all: "the rest of the season" -> "eight weeks" may keep "season" as context. For "X being
    Y" only the claim Y is judged: dropping the topic X while the claim stays removes the
    wrong words. A number of the topic X says which thing it is and may stay ("the three boats
    being from Cornwall"); a name qualifying X that went takes the claim with it ("French police
    making the arrests": they are police now); and once every name of the old side (`names`)
    is gone, the common words left are context ("the plan for the protest to be held in Leeds").
    """
    before = Draft.cached(original) if original is not None else None
    claimed = claim_of(edit.old) if edit.kind == "remove" else None
    while claimed is not None and original is not None and edit_sides.compound_of(edit.old, claimed, original):
        claimed = claim_of(claimed)  # "the three fishing boats are from Cornwall": the claim is after "are"
    if claimed is not None:
        in_claim = {fmt_number(n) for n in note_key(claimed, meta=True).numbers}
        old_numbers = [u for u in old_numbers if u in in_claim]

    def remaining(units: list[str]) -> tuple[list[str], list[str]]:
        candidates = [u for u in units if original is None or in_text(u, original)]
        if before is None:
            return candidates, still_present(candidates, draft)
        # a removal takes out every mention, negated or not ("I don't think")
        negated = edit.kind == "remove"
        return candidates, [u for u in candidates
                            if 0 < asserted(u, draft, negated) >= asserted(u, before, negated)
                            and not edit_effects.in_another_role(u, draft, before, supplied,
                                                                 replacing=edit.kind == "replace")
                            and not (edit.kind == "remove" and edit_effects.no_longer_said(u, draft, before))]

    exact: list[str] = [f'"{q}"' for q in old_quotes
                        if (original is None or _quoted_in(q, original)) and _quoted_in(q, draft.text)]
    numbers, numbers_left = remaining(old_numbers)
    exact += numbers_left
    if exact:
        return "still present: " + ", ".join(exact), numbers_left
    # a mention left that counts another thing than the side's ("three men" replaced, "three people
    # were stabbed" kept) is the original's other count, no part of the edit left
    if edit.kind == "replace" and before is not None and (partly := [
            u for u in numbers if 0 < asserted(u, draft, False) and not edit_sides.counts_elsewhere([u], edit.old, draft)]):
        # "replace 54 with 53" made once where the original said 54 twice: the other 54 may be
        # another thing's, or the one the note meant too; a lead should have a look (check tier)
        return "still present in part: " + ", ".join(
            f"{u} ({asserted(u, draft, False)} of {asserted(u, before, False)} mentions left)" for u in partly), []
    topic = " ".join(edit.old[: len(edit.old) - len(claimed)].split()[:-1]) if claimed is not None else ""
    if claimed is not None and before is not None and _qualifier_gone(topic, draft, before):
        return None, []
    if claimed is not None and original is not None and edit_sides.others_of_its_list_kept(topic, claimed, draft, original):
        return None, []  # "Starbucks and Fiat being investigated": Apple, listed with them, still is
    if claimed is not None:
        claim = note_key(claimed, meta=True)
        claim_numbers = [fmt_number(n) for n in claim.numbers if fmt_number(n) in numbers]
        if claim_numbers and not set(claim_numbers) & set(numbers_left):
            return None, []  # "Martin being the first man to win four titles": its number went, so did the claim
        ranks = [u for u in claim.content if lexicon.ordinal_value(u) is not None and before is not None
                 and asserted(u, before, True)]
        if ranks and all(asserted(u, draft, True) < asserted(u, before, True) for u in ranks):
            return None, []  # "the ship which ranks as second on the list": "A second ship" -> "A ship"
        # an "-ing" verb opening the claim is its core: "the opposition criticising the plan" goes
        # with the criticism, the plan may stay
        opener = edit.old[: len(edit.old) - len(claimed)].split()[-1:]
        core = {o.lower() for o in opener if o.lower().endswith("ing") and o.lower() != "being"}
        candidates, still = remaining([u for u in old_units if u in set(claim.words()) | core])
        if (core and all(lexicon.roots(u) & supplied for u in core) and before is not None
                and all(asserted(c, draft, True) <= asserted(c, before, True) for c in core)
                and (not candidates and all(lexicon.roots(u) & supplied for u in claim.words())
                     or any(w.hedge and lexicon.roots(w.lower) & supplied for w in draft.words))):
            # another note says the act once again, otherwise ("filing a lawsuit" -> "threatening to
            # file"), or hedged, which the result writes ("it passing the test" -> "it possibly passing it")
            return None, []
        if candidates:
            # a claim is gone once a third of its words are: "her being the youngest member of
            # the crew" is removed by "a member of the crew"; "the Dundee coach" kept whole is not
            return ("claim still present: " + ", ".join(still) if 3 * (len(candidates) - len(still)) < len(candidates)
                    else None), still
    candidates, still = remaining(old_units)
    if not candidates and not numbers and not old_quotes:
        return UNVERIFIABLE, []
    if any(u in names for u in candidates) and not any(u in names for u in still):
        return None, still  # every name it takes out went; the common words left are context
    # the side's names another note asks for, each moved from its old spot ("the assault happening in
    # Sunderland" + "the suspects being from Sunderland" -> "two Sunderland men ... assaults"), and no
    # other name left: the claim went; the common words left are context
    asked = [u for u in names if lexicon.roots(u) & supplied and before is not None and in_text(u, original)]
    if asked and not any(edit_tiers.in_place(u, draft, before) for u in asked) and not any(u in names for u in still):
        return None, still
    if numbers and still and set(still) <= edit_sides.counted(edit.old):
        return None, still  # the count went: "more than 1000 runners taking part" -> "runners took part"
    if numbers and still and edit.kind == "remove" and not any(u in names for u in still):
        # every number of the side went and no name is left: "the 15% rise in annual profits" ->
        # "a rise in annual profits" took out the figure; the words it qualified are context
        return None, still
    return ("still present: " + ", ".join(still) if len(still) * 2 > len(candidates) else None), still


def _quoted_in(quote: str, text: str) -> bool:
    """The quoted words are in the text as whole words: 'Ian' is not left in "Brian"."""
    return re.search(rf"(?<!\w){re.escape(fold(quote))}(?!\w)", fold(text)) is not None


def _qualifier_gone(topic: str, draft: Draft, before: Draft) -> bool:
    """A removed claim's topic whose capitalised qualifiers the result took out while it keeps the
    topic's head ("French police making ...": police stays, French went): the claim was narrowed as
    the note asks. A topic that is a name itself ("Dupont making ...") has no such qualifier."""
    content = [w for w in words(topic, meta=True) if not (w.is_stop or w.negation or w.number is not None)]
    if len(content) < 2 or content[-1].tok.text[:1].isupper() or not asserted(content[-1].lower, draft):
        return False
    qualifiers = [w.lower for w in content[:-1] if w.tok.text[:1].isupper()]
    return bool(qualifiers) and all(0 < asserted(q, before, True) and asserted(q, draft, True) < asserted(q, before, True)
                                    for q in qualifiers)


# ------------------------------------------------------------------ descriptive instructions


def check_instruction(obs: Observation, edit: Edit | None, draft: Draft, original: str | None) -> EditVerdict:
    """A descriptive instruction: "verify" with the part of the result it most likely concerns,
    unless the result plainly ignores it (nothing removed, added or changed at all) or it
    names its target well enough to judge ("Byrne's first name": the words before Byrne)."""
    base = _base(obs)
    support = obs.text  # every word of a descriptive instruction is the human's own
    before = Draft.cached(original) if original is not None else None
    if before is not None:
        ignored = _ignored(edit, before, draft)
        if ignored:
            # a look, not certain: whether anything changed rests on how words are counted (first
            # looks: "All" -> "Most" read as unchanged), and a note read as an instruction only by its
            # words ("the summary is in Welsh") may be a remark, under which an unchanged result is right
            return EditVerdict(FactCheck(**base, status="dropped", kind="instruction", evidence=ignored,
                                         missing=[ignored], tier="check"), support, set())
    if edit is not None and edit.kind == "remove" and original is not None and before is not None:
        given = given_names(edit.old, original)
        if given:
            still = [g for g in given if asserted(g, draft) >= asserted(g, before)]
            if still:
                # the first name is found by where it stands, not named by the note: a look
                evidence = "still present: " + ", ".join(still)
                return EditVerdict(FactCheck(**base, status="dropped", kind="instruction", evidence=evidence,
                                             missing=[evidence], tier="check"), support, set())
            return EditVerdict(FactCheck(**base, status="kept", kind="instruction",
                                         evidence="removed: " + ", ".join(given)), support, set())
    if edit is not None and edit.kind == "remove" and original and (fact := property_values.verdict(base, edit.old, original, draft)):
        return EditVerdict(fact, support, set())  # "the year of the World Cup": its value gone, or still said
    where = concerns(obs.text, draft, before)
    evidence = "descriptive instruction: verify it in the result" + (f" (likely here: {where.text!r})" if where else "")
    sents = [s for s, sent in enumerate(draft.sents) if where and sent.start < where.end and where.start < sent.end]
    return EditVerdict(FactCheck(**base, status="verify", kind="instruction", checked=False, evidence=evidence,
                                 concerns=where, sentences=sents), support, set())


def _ignored(edit: Edit | None, before: Draft, after: Draft) -> str | None:
    if edit is not None and edit.kind == "remove":
        return None if removed_any(before, after) else "nothing was removed from the original"
    if edit is not None and edit.kind == "add":
        return None if added_any(before, after) else "nothing was added to the original"
    # every word counts: "All dogs" -> "Most dogs" changes only a stop word
    if Counter(w.lower for w in before.words) == Counter(w.lower for w in after.words):
        return "the result leaves the original unchanged"
    return None


def concerns(note: str, draft: Draft, before: Draft | None) -> Span | None:
    """The part of the result an instruction most likely concerns: of the stretches where the
    result differs from the original, the one sharing most words with the note (else the
    first); without an original, None."""
    if before is None:
        return None
    old = [w.lower for w in before.words]
    new = [w.lower for w in draft.words]
    note_roots = {r for w in note_words(note) if not w.is_stop for r in lexicon.roots(w.lower)}
    best: tuple[int, int, int, int] | None = None  # (words shared with the note, length, j1, j2)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if j1 == j2:  # a deletion: point at the word after it (or before, at the end)
            j1, j2 = (j1, j1 + 1) if j1 < len(new) else (max(0, j1 - 1), j1)
        if j1 >= j2:
            continue
        touched = old[i1:i2] + new[j1:j2]
        score = sum(1 for t in touched if lexicon.roots(t) & note_roots)
        if best is None or (score, j2 - j1) > best[:2]:
            best = (score, j2 - j1, j1, j2)
    if best is None:
        return None
    start, end = draft.words[best[2]].tok.start, draft.words[best[3] - 1].tok.end
    return Span(text=draft.text[start:end], start=start, end=end, reason="the result differs from the original here")
