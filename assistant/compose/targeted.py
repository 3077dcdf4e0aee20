"""A rewrite's model requests for just the sentences the notes target: one request naming
every targeted sentence (`rewrite_targets`, for style flags and notes), or one short request
per sentence and per addition (`edit_sentences`); the answers cleaned to one sentence and
taken only where they are content, not an echo of the instructions."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import replace

from assistant import lexicon, prompts
from assistant.compose.models import ChangeHow
from assistant.compose.run import Run
from assistant.compose.segments import Segment, join_segments, target
from assistant.check.words import words
from assistant.compose.sentences import better, content_words, not_worse, parse_labelled, says_nothing_new, terminated
from assistant.notes import Observation, flag_taxonomy
from assistant.kinds.rewrite import RewriteTask
from assistant.text import sentences as split_sentences
from assistant.text import word_runs


ADD_RE = re.compile(r"^\s*(?:please\s+)?(?:add|insert|include|mention|also\s+say)\b", re.I)
INSTRUCTION_RE = re.compile(r"^\s*(?:please\s+)?(?:add|insert|include|mention|remove|delete|replace|change)\b", re.I)


def rewrite_targets(prompt: prompts.PromptSet, task: RewriteTask, segs: list[Segment], notes: list[Observation],
                    run: Run, how: ChangeHow = "model", everywhere: list[Observation] | None = None) -> None:
    """Send the sentences the notes target (every sentence, with the `everywhere` notes, when
    that is a list) and additions; put the model's lines back in place of just those."""
    by_sentence: dict[int, list[Observation]] = {}
    if everywhere is not None:
        for i, seg in enumerate(segs):
            if seg.text:
                by_sentence[i] = list(everywhere)
    additions: list[Observation] = []
    for obs in notes:
        if ADD_RE.match(obs.text):
            additions.append(obs)
            continue
        index = target(obs, segs)
        # A correction that names nothing in the response ("remove the first names") is
        # about the response as a whole: every sentence is sent with it, never an addition.
        for i in [index] if index is not None else [i for i, seg in enumerate(segs) if seg.text]:
            by_sentence.setdefault(i, []).append(obs)
    items = [{"label": f"S{i + 1}", "sentence": segs[i].text, "notes": [o.text for o in obs]}
             for i, obs in sorted(by_sentence.items())]
    reason = {i: "; ".join(f"{o.id}: {o.text}" for o in obs) or "flags: " + ", ".join(task.flags)
              for i, obs in by_sentence.items()}
    items += [{"label": f"A{k + 1}", "add": o.text} for k, o in enumerate(additions)]
    if not items:
        return
    taxonomy = flag_taxonomy()
    messages = prompt.render(
        # the response as it stands after the literal edits: the model cannot copy back what they removed
        user_prompt=prompts.as_data(task.prompt or ""), response=prompts.as_data(join_segments(segs)),
        flags=prompts.as_data([{"flag": f, "meaning": taxonomy[f].description} for f in task.flags]),
        targets=prompts.as_data(items),
    )
    budget = sum(len(str(i)) for i in items) // 2 + 96
    reply = run.ask(messages, budget)
    answer = parse_labelled(reply)
    if not answer and len(items) == 1 and reply.strip():  # one item, answered without its label
        answer = {items[0]["label"]: " ".join(reply.split())}
    for i, obs in sorted(by_sentence.items()):
        new = answer.get(f"S{i + 1}")
        if new is not None and new.strip() != segs[i].text:
            segs[i].change(new.strip(), how, None, reason[i])
            segs[i].notes += [o.id for o in obs]
    last = max(by_sentence, default=len(segs) - 1)
    for k, obs in enumerate(additions):
        new = answer.get(f"A{k + 1}", "").strip()
        if new and not INSTRUCTION_RE.match(new):  # an echo of the instruction is not content
            seg = Segment(text="", gap=" ", original="")
            seg.change(terminated(new), how, obs.id, f"{obs.id}: {obs.text}")
            segs.insert(last + 1 + k, seg)
            if segs[last + k].gap == "":
                segs[last + k].gap = " "


def edit_sentences(task: RewriteTask, segs: list[Segment], notes: list[Observation], run: Run,
                   asked: dict[str, list[dict]], observations: list[Observation], how: ChangeHow = "model",
                   located: dict[str, tuple[Segment, str]] | None = None) -> None:
    """One short request per sentence the notes target, and per addition. A sentence asked
    before (`asked`: its conversation so far) is asked again as a follow-up naming the notes
    still unmet: the prefix is already evaluated, and the model sees what it answered. A
    follow-up's answer is taken only where the check of all `observations` gets no worse.
    A note in `located` goes to the sentence its words were found in, with those words named."""
    focused = prompts.load("rewrite_sentence")
    located = located or {}

    def sent(obs: Observation) -> str:
        if obs.id in located:
            return focused.render_followup("located", note=obs.text, words=located[obs.id][1])["content"]
        return obs.text

    groups: dict[str, tuple[Segment, list[Observation], bool]] = {}
    additions = [o for o in notes if ADD_RE.match(o.text)]
    for obs in notes:
        if obs in additions:
            continue
        index = segs.index(located[obs.id][0]) if obs.id in located and located[obs.id][0] in segs else target(obs, segs)
        # A correction that names nothing in the response ("remove the first names") is
        # about the response as a whole: every sentence is asked with it, never an addition.
        for i in [index] if index is not None else [i for i, seg in enumerate(segs) if seg.text]:
            seg = segs[i]
            groups.setdefault(f"s:{id(seg)}", (seg, [], False))[1].append(obs)
    for obs in additions:
        # An addition rides with the request for the sentence it is to follow, when that
        # sentence is asked anyway (one call, not two); otherwise it is a request of its own.
        placed = next((s for s in segs if obs.id in s.notes), None)
        if placed is None and f"add:{obs.id}" in asked:
            host = None  # asked on its own before: asked again in that conversation
        elif placed is None:
            at = _addition_at(obs, segs)
            host = next((s for s in reversed(segs[:at]) if s.text), None)
        else:
            host = placed if placed.original else None
        if host is not None and (f"s:{id(host)}" in groups or f"s:{id(host)}" in asked):
            groups.setdefault(f"s:{id(host)}", (host, [], False))[1].append(obs)
        else:
            groups[f"add:{obs.id}"] = (placed or Segment(text="", gap=" ", original=""), [obs], True)
    for key, (seg, group, addition) in groups.items():
        if key in asked:
            messages = asked[key] + [focused.render_followup(
                "patch", items=prompts.as_data([sent(o) for o in group]))]
        elif addition and not seg.text and len(group) == 1:
            # a sentence of its own: the text, and what to add without the instruction's words
            messages = [focused.system_message(),
                        focused.render_followup("add", text=prompts.as_data(join_segments(segs)),
                                                content=prompts.as_data(addition_content(group[0].text)))]
        else:
            others = [s.text for s in segs if s.text and s is not seg]
            context = {"response": join_segments(segs)} if others or addition else {}
            if task.prompt:
                context["prompt"] = task.prompt
            messages = focused.render(context=prompts.as_data(context), notes=prompts.as_data([sent(o) for o in group]),
                                      sentence=prompts.as_data(seg.text))
        # one sentence: about a token per 3-4 characters of the sentence and of what the notes
        # bring in; a model that goes on to write the response out again is cut short
        budget = len(seg.text) // 3 + sum(len(o.text) for o in group) // 4 + 32
        reply = run.ask(messages, budget)
        asked[key] = messages + [{"role": "assistant", "content": reply}]
        reason = "; ".join(f"{o.id}: {o.text}" for o in group)
        if not addition and not reply.strip() and any(_DELETES_RE.search(o.text) for o in group):
            seg.change("", how, None, reason)  # an empty answer to "delete that sentence"
            seg.notes += [o.id for o in group if o.id not in seg.notes]
            continue
        answer = said_once(one_sentence(reply), join_segments(segs))
        if addition and seg not in segs and (host := _rewritten_host(answer, segs, group)):
            # asked to add, the model wrote the addition into a sentence it gave back whole
            trial = join_segments([replace(s, text=answer) if s is host else s for s in segs])
            if not_worse(trial, join_segments(segs), observations, task.response):
                host.change(answer, how, None, reason)
                host.notes += [o.id for o in group if o.id not in host.notes]
            else:
                run.warnings.append(f"{reason}: the model wrote the addition into a sentence, but the check of that "
                                    "sentence got worse: it was not taken")
            continue
        new = _usable(answer, seg, segs, group, addition and seg not in segs)
        if not new or _echoes_prompt(new, messages, " ".join([task.response] + [o.text for o in group])):
            continue  # an answer that recites our instructions is no sentence of the response
        new = names_as_written(seg.text, new, [o.text for o in group])
        if not addition and (lost := names_lost(seg.text, new, group, located)):
            run.warnings.append(f"the model's rewrite of a sentence left out {', '.join(lost)}, which no note asks to "
                                "remove: the sentence was kept as it was")
            continue
        if how == "patch" and seg in segs:  # a follow-up's answer is taken where the check gets better
            trial = join_segments([replace(s, text=new) if s is seg else s for s in segs])
            if not better(trial, join_segments(segs), observations, task.response):
                continue
        if addition and seg not in segs:
            seg.change(terminated(new), how, group[0].id, reason)
            at = _addition_at(group[0], segs)
            if at > 0 and segs[at - 1].gap == "":
                segs[at - 1].gap = " "
            segs.insert(at, seg)
        else:
            seg.change(terminated(new) if addition else new, how, None, reason)
            seg.notes += [o.id for o in group if o.id not in seg.notes]


_ADD_WRAPPER_RE = re.compile(r"^\s*(?:please\s+)?(?:add|insert|include|mention|also\s+say)\s+"
                             r"(?:(?:to|in|into)\s+the\s+(?:summary|response|text|answer)\s+)?(?:that\s+)?"
                             r"(?:(?:the\s+)?(?:missing\s+)?(?:information|info|details?|mention)\s+(?:about|of|on|that)\s+)?",
                             re.I)
_ADD_TAIL_RE = re.compile(r"\s+(?:to|in|into)\s+the\s+(?:summary|response|text|answer)\s*\.?\s*$|\s*\.\s*$", re.I)


def addition_content(note: str) -> str:
    """What an addition asks to add, without the instruction's words: "Add the information about the
    joint news conference to the summary." -> "the joint news conference"."""
    content = _ADD_TAIL_RE.sub("", _ADD_WRAPPER_RE.sub("", " ".join(note.split()), count=1)).strip(" ,;:")
    return content or note


# a note that asks for the whole sentence to go: the one case where an empty answer is an edit
_DELETES_RE = re.compile(r"\b(?:remove|delete|drop|cut|omit)\b.*\b(?:sentence|entirely|altogether|whole|completely)\b|"
                         r"\b(?:sentence|it)\b.*\b(?:should go|must go|goes)\b", re.I)
_LABEL_ANSWER_RE = re.compile(r"^\s*(?:[SNA]\d+|(?:the\s+)?(?:edited|rewritten|revised|new|corrected)\s+sentence)\s*[:.)\-–]\s*",
                              re.I)
# what a chat model says around its answer: "Sure!", "Here's the revised sentence:", "Note: ..."
_CHATTER_RE = re.compile(r"^\s*(?:(?:sure|okay|ok|certainly|of course|done)\s*[!,.:]\s*|"
                         r"here(?:'s| is)\b[^:\n]{0,60}:\s*)", re.I)
_ASIDE_RE = re.compile(r"^\s*\(?(?:note|notes|explanation|changes?|i (?:changed|removed|replaced|added))\b[^:]{0,20}[:,]", re.I)
# the words of an edit described instead of made ("... has been replaced with ...")
_META_ANSWER_RE = re.compile(r"\b(?:has been (?:replaced|removed|changed|modified) (?:with|by|to|from)\b|"
                             r"the information about|the (?:summary|instruction)s?\b)", re.I)


def one_sentence(reply: str) -> str:
    """The model's answer to a one-sentence request: no label, no chatter, no quotes, one line."""
    lines = [_LABEL_ANSWER_RE.sub("", _CHATTER_RE.sub("", line)).strip() for line in reply.splitlines() if line.strip()]
    text = " ".join(line for line in lines if line and not _ASIDE_RE.match(line)).strip()
    text = _LABEL_ANSWER_RE.sub("", _CHATTER_RE.sub("", text)).strip()
    pairs = {'"': '"', "“": "”", "'": "'"}
    if len(text) > 1 and pairs.get(text[0]) == text[-1] and not any(q in text[1:-1] for q in '"“”'):
        text = text[1:-1].strip()
    return text


_REPEAT_MIN = 4  # words in a row


def said_once(answer: str, text: str) -> str:
    """`answer` without a closing "<preposition> <words>" that repeats words it already said, where
    `text` does not say them twice: "The talks between the two leaders were held between the two
    leaders." -> "The talks between the two leaders were held."."""
    end = re.search(r"[.!?]?\s*$", answer)
    for m in re.finditer(r"\s+(?:between|of|in|by|at|for|with|on|from|to|about)\s+", answer[:end.start()]):
        run, before = answer[m.end():end.start()].strip(), answer[:m.start()]
        verb = before.split()[-1].lower() if before.split() else ""
        if (lexicon.can_be_verb(verb) and not lexicon.can_be_noun(verb) and len(run.split()) >= _REPEAT_MIN
                and not re.search(r"[,;:]", run) and run.lower() in before.lower() and text.lower().count(run.lower()) <= 1):
            return before.rstrip() + (end.group().strip() or ".")
    return answer


def _restates(sentence: str, other: str) -> bool:
    """Whether `sentence` says little beyond `other`: three quarters of its content words are there."""
    mine = content_words(sentence)
    return bool(mine) and len(mine & content_words(other)) * 4 >= len(mine) * 3


def _usable(new: str, seg: Segment, segs: list[Segment], notes: list[Observation], addition: bool = False) -> str:
    """The part of an answer to take: "" for an echo of a note's instruction or a description
    of an edit. An addition's answer loses the sentences that restate a sentence of the
    response (a model asked to add often writes the response out again); an edit's, those
    that say nothing another sentence does not."""
    if not new or any(INSTRUCTION_RE.match(new) and _restates(new, o.text) for o in notes):
        return ""
    if _META_ANSWER_RE.search(new) and not _META_ANSWER_RE.search(seg.original or seg.text):
        return ""
    others = [s.text for s in segs if s.text and (addition or s is not seg)]
    if addition:
        kept = [p.text for p in split_sentences(new) if not any(_restates(p.text, o) for o in others)]
    else:
        kept = [p.text for p in split_sentences(new) if not says_nothing_new(p.text, others)]
    return " ".join(kept)


def _rewritten_host(answer: str, segs: list[Segment], notes: list[Observation]) -> Segment | None:
    """The sentence of the response an addition's answer is, rewritten with the addition in it:
    one sentence that keeps every content word of that sentence and brings words of the notes
    ("... the death of partner L'Wren Scott" -> "... the death of Mick Jagger's partner L'Wren
    Scott"). Such an answer restates that sentence, so it is no sentence to add after it."""
    if len(split_sentences(answer)) != 1:
        return None
    mine = content_words(answer)
    brought = {w for o in notes for w in content_words(o.text)}
    hosts = [seg for seg in segs if seg.text and (theirs := content_words(seg.text)) and theirs <= mine
             and (mine - theirs) & brought]
    # the sentence it restates most of: "Jagger toured Europe." is inside the answer too, but the
    # answer is the longer sentence about the death rewritten
    return max(hosts, key=lambda seg: len(content_words(seg.text)), default=None)


# a note that asks for a name to go by describing it: a person ("the league name", "who the
# player is"), or a place, a time or a reason ("about where the injury occurred", "the county
# the borehole is in", "about why the trains stop"), whose words are so often names
_NAMES_A_NAME_RE = re.compile(r"\b(?:names?|titles?|who|whom|whose|person|people)\b|"
                              r"\b(?:about|remove|delete|replace|change)\s+(?:where|when|why)\b|"
                              r"\bthe\s+(?:location|place|venue|county|city|town|village|country|region|province|"
                              r"street|date|reason|cause)\b", re.I)
# an acronym in a note ("WW2", "CSG"): its letters, digits aside
_ACRONYM_RE = re.compile(r"\b([A-Z]{2,})\d*\b")


def names_lost(before: str, after: str, notes: list[Observation], located: dict[str, tuple[Segment, str]]) -> list[str]:
    """The names of `before` that `after` leaves out though no note names them or the words
    located for it: a small model asked to remove "Erik being a defender" also drops "Erik
    Sviatchenko". A note that asks for a name, a place, a time or a reason by describing it is
    let through, and so are the words an acronym of a note stands for."""
    if any(_NAMES_A_NAME_RE.search(o.text) for o in notes):
        return []
    allowed = {w.lower for o in notes for w in words(o.text)}
    allowed |= {w.lower for o in notes if o.id in located for w in words(located[o.id][1])}
    allowed |= _spelled_acronyms(before, [o.text for o in notes])
    kept = {w.lower for w in words(after)}
    return list(dict.fromkeys(w.tok.text for w in words(before)
                              if w.is_name and w.lower not in kept and w.lower not in allowed))


def names_as_written(before: str, after: str, notes: list[str]) -> str:
    """`after` with the names of `before` spelt as `before` spells them, where the model respelt one
    ("Philippino" written "Philippine"): a capitalised word of `after` that `before` lacks, with the
    same first four letters as a name `before` has and `after` lacks, and nearly the same letters.
    A word the notes write is what they ask for ("it was Austria", not "Australia"): it stays."""
    had = {w.tok.text for w in words(before) if w.is_name}
    asked = {w.lower for note in notes for w in words(note)}
    for w in words(after):
        word = w.tok.text
        if not word[:1].isupper() or word in had or word.lower() in asked:
            continue
        near = [n for n in had if n not in after and n[:4].lower() == word[:4].lower()
                and SequenceMatcher(None, n.lower(), word.lower()).ratio() >= 0.8]
        if len(near) == 1:
            after = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", near[0], after)
    return after


def _spelled_acronyms(text: str, notes: list[str]) -> set[str]:
    """The words of `text` an acronym of the notes stands for: "World War Two" for "WW2"
    (consecutive capitalised words whose initials spell the acronym's letters), lower-cased."""
    found: set[str] = set()
    ws = words(text)
    for letters in {m.group(1) for note in notes for m in _ACRONYM_RE.finditer(note)}:
        for i in range(len(ws) - len(letters) + 1):
            run = ws[i:i + len(letters)]
            if all(w.tok.text[:1] == c for w, c in zip(run, letters)):
                found |= {w.lower for w in run}
    return found


_ECHO_WORDS = 6  # this many words in a row from the instructions, not from the text: a recital


_JSON_BLOCK_RE = re.compile(r"<(\w+_json)>.*?</\1>", re.S)


def _echoes_prompt(answer: str, messages: list[dict], text: str) -> bool:
    """The answer repeats a run of the instructions' words (the system prompt's, a request's outside
    its data) that the text being edited and its notes do not have (seen on the embedded model: "The context, the notes and the sentence arrive as
    JSON ..." taken as the new sentence)."""
    system = " ".join(m["content"] for m in messages if m.get("role") == "system")
    # a request's own lines are ours too ("Write one new sentence to go after that text."), the
    # data it sends between tags is not
    asked = " ".join(_JSON_BLOCK_RE.sub(" ", m["content"]) for m in messages if m.get("role") == "user")
    ours = (word_runs(system, _ECHO_WORDS) | word_runs(asked, _ECHO_WORDS)) - word_runs(text, _ECHO_WORDS)
    return bool(ours & word_runs(answer, _ECHO_WORDS))


def _addition_at(obs: Observation, segs: list[Segment]) -> int:
    """An addition goes after the sentence it shares most words with, else at the end."""
    index = target(obs, segs)
    return index + 1 if index is not None else len(segs)
