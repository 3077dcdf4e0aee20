"""Which first-look alarms the review policy (`assistant/check/edit_review.py`) removes (issue 23, check23ak).

    .venv/bin/python bench/first_sight_review.py [--list]

For each DeFacto first-look source of `bench/certain_kinds.py` (FIRST_LOOKS), the code of its first look
(`git archive` of that commit into a temporary folder) raises its alarms on the frozen checker-dev2 cases,
scored by that commit's labels; then the policy's conditions are applied to each check-tier instruction
alarm and "corrected by" span with this code's parsing: a leftover of the old side only (not a given-name
removal, where that first look's code had one) and a result that did something of the edit's kind; missing
new-side words all common words written in a related form; a corrected span of a check-tier edit.
Development rows only (never the blind sets). Prints removed / kept, false / true, by kind and by source.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from certain_kinds import FIRST_LOOKS, LABELS_PATH  # noqa: E402

_RUN = """
import json, sys
sys.path.insert(0, sys.argv[1])
from assistant.eval import blind
from assistant.check import check_draft
from assistant.notes import split_notes
source, labels = sys.argv[2], [blind.AlarmLabel.model_validate_json(l) for l in open(sys.argv[3]) if l.strip()]
out = []
for case in blind.read_cases(blind.DEV2_CASES):
    if case.source != source:
        continue
    facts = {f.id: (f.kind, f.tier) for f in check_draft(split_notes(case.notes), case.draft, original=case.original).facts}
    for a in blind.alarms(case):
        lab = blind.find_label(a, labels)
        out.append(dict(case=a.case, key=a.key, kind=a.kind, family=a.family, tier=a.tier, evidence=a.evidence,
                        factkind=facts.get(a.key, (None,))[0], facts=facts, true=None if lab is None else lab.true))
print(json.dumps(out))
"""


def first_look_alarms(source: str, commit: str, work: Path) -> list[dict]:
    code = work / commit
    if not code.exists():
        code.mkdir()
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    labels = subprocess.run(["git", "show", f"{commit}:{LABELS_PATH}"], cwd=ROOT, check=True, capture_output=True,
                            text=True).stdout
    path = work / f"{source}.labels"
    path.write_text("\n".join(l for l in labels.splitlines() if f'"case": "{source}:' in l and '"type": "miss"' not in l))
    run = subprocess.run([sys.executable, "-c", _RUN, str(code), source, str(path)], cwd=code, check=True,
                         capture_output=True, text=True)
    return json.loads(run.stdout)


def removed(a: dict, case, had_given_names: bool) -> bool:
    from assistant.check import edit_parsing, edit_review  # noqa: PLC0415
    from assistant.check.given_names import given_names  # noqa: PLC0415
    from assistant.check.words import Draft  # noqa: PLC0415
    from assistant.notes import split_notes  # noqa: PLC0415
    from assistant.text import quoted  # noqa: PLC0415

    ev = a["evidence"]
    if a["kind"] == "unsupported":
        nid = re.search(r"corrected by (n\d+)", ev)
        return bool(nid) and a["facts"].get(nid.group(1), [None, None])[1] != "certain"
    if a["factkind"] != "edit":
        return False
    edit = edit_parsing.parse_edit({o.id: o for o in split_notes(case.notes)}[a["key"]].text)
    if edit is None:
        return False
    draft = Draft.cached(case.draft)
    lacking = re.findall(r"missing ([^;]+)", ev)
    if "still present" in ev and not lacking:
        if had_given_names and edit.kind == "remove" and not quoted(edit.old) and given_names(edit.old, case.original):
            return False
        return edit_review.acted(edit, draft, case.original)
    return bool(lacking) and "negated" not in ev and not edit_review.names_any(lacking, edit.new) and (
        edit_review.written_related(lacking, draft, edit.new) and edit_review.acted(edit, draft, case.original))


def kind_of(a: dict) -> str:
    ev = a["evidence"]
    if a["kind"] == "unsupported":
        return "corrected-word span"
    if "still" in ev:
        return "new side missing and old side left" if "missing" in ev else "old side still present"
    return "new side missing" if "missing" in ev else "other"


def main() -> None:
    from assistant.eval import blind  # noqa: PLC0415

    cases = {c.id: c for c in blind.read_cases(blind.DEV2_CASES)}
    tally: dict[str, Counter] = defaultdict(Counter)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for source, commit in FIRST_LOOKS.items():
            had = "_given_names_removed" in subprocess.run(
                ["git", "show", f"{commit}:assistant/check/edit_checks.py"], cwd=ROOT, capture_output=True,
                text=True).stdout
            for a in first_look_alarms(source, commit, Path(tmp)):
                if a["tier"] != "check" or not (a["family"] == "instructions" or "corrected" in a["evidence"]):
                    continue
                gone = removed(a, cases[a["case"]], had)
                for key in (kind_of(a), source, "all"):
                    tally[key][(gone, a["true"])] += 1
                rows.append((source, kind_of(a), gone, a["true"], a["case"], a["key"], a["evidence"][:90]))
    print("| check-tier alarms at first sight | removed false / true | kept false / true |")
    print("| --- | --- | --- |")
    for key, t in tally.items():
        print(f"| {key} | {t[(True, False)]} / {t[(True, True)]} | {t[(False, False)]} / {t[(False, True)]} |")
    if "--list" in sys.argv:
        for r in rows:
            print(*r, sep=" | ")


if __name__ == "__main__":
    main()
