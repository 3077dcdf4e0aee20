import argparse
import json
import subprocess
import sys

import pytest

from assistant import cli
from assistant.cli import main
from assistant.notes import MAX_NOTES_CHARS
from assistant.llm.fake import FakeHTTPError

NOTES = "red bus on the left\n3 pedestrians\nwet road, maybe rain\n"
GOOD_DRAFT = "A red bus is on the left. Three pedestrians are on the wet road, perhaps after rain.\n"
BAD_DRAFT = "A red bus is on the right. Three pedestrians are on the wet road after rain. A dog barks.\n"


@pytest.fixture
def files(tmp_path):
    def write(name, content, mode="w"):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write


def run_cli(*args):
    """The installed console entry point in a real subprocess: exit code, stdout, stderr."""
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_check_passes_with_exit_0(files, capsys):
    code = main(["check", "--notes", files("n.txt", NOTES), "--draft", files("d.txt", GOOD_DRAFT), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["ok"] is True
    assert [f["status"] for f in out["facts"]] == ["kept", "kept", "kept"]
    assert set(out["facts"][0]) >= {"id", "text", "status", "evidence"}


def test_check_problems_exit_1_with_contract(files, capsys):
    code = main(["check", "--notes", files("n.txt", NOTES), "--draft", files("d.txt", BAD_DRAFT), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["ok"] is False
    assert out["contradicted"] == ["n1"] and out["hedges_lost"] == ["n3"] and out["certain_ok"] is False
    spans = [(u["text"], BAD_DRAFT[u["start"]:u["end"]]) for u in out["unsupported"]]
    assert ("right", "right") in spans and ("dog barks", "dog barks") in spans


def test_check_readable_output(files, capsys):
    code = main(["check", "--notes", files("n.txt", NOTES), "--draft", files("d.txt", BAD_DRAFT)])
    out = capsys.readouterr().out
    assert code == 1
    assert "Contradicted n1" in out and "Hedge lost n3" in out and "dog barks" in out and "[79:88]" in out


def test_check_exits_0_when_only_check_tier_items_remain(files, capsys):
    """Content words that do not match are a "have a look", not a failure: the exit code, like
    the lead's filter and the team figures, goes by certain problems only."""
    code = main(["check", "--notes", files("n.txt", "a statue of a person on a plinth"),
                 "--draft", files("d.txt", "A person stands on a plinth.")])
    out = capsys.readouterr().out
    assert code == 0
    assert "check: HAVE A LOOK" in out and "have a look" in out and "Dropped n1" in out


def test_check_rewrite_with_response(files, capsys):
    code = main(["check", "--notes", files("n.txt", "policy says 3 months, not six"),
                 "--draft", files("d.txt", "You have six months to return items."),
                 "--response", files("r.txt", "You have six months to return items."), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["contradicted"] == ["n1"]
    assert out["unsupported"][0]["reason"] == "corrected by n1"


@pytest.mark.parametrize(
    "make_args, message",
    [
        (lambda f: ["check", "--notes", "/no/such/file", "--draft", f("d.txt", GOOD_DRAFT)], "notes file not found"),
        (lambda f: ["check", "--notes", f("n.txt", "  \n"), "--draft", f("d.txt", GOOD_DRAFT)], "notes file is empty"),
        (lambda f: ["check", "--notes", f("n.txt", b"\xff\xfe red bus"), "--draft", f("d.txt", GOOD_DRAFT)], "not UTF-8"),
        (lambda f: ["check", "--notes", f("n.txt", "x" * (MAX_NOTES_CHARS + 5)), "--draft", f("d.txt", GOOD_DRAFT)], "limit"),
        (lambda f: ["compose", "--kind", "rewrite", "--notes", f("n.txt", NOTES), "--response", f("r.txt", "text"),
                    "--flags", "hallucination,bogus"], "unknown flag 'bogus'"),
        (lambda f: ["compose", "--kind", "caption", "--notes", f("n.txt", NOTES), "--model", "no-such-model-xyz"],
         "unknown model"),
        (lambda f: ["compose", "--kind", "rewrite", "--notes", f("n.txt", NOTES)], "needs --response"),
    ],
)
def test_bad_input_is_one_line_exit_2_no_traceback(files, make_args, message):
    code, out, err = run_cli(*make_args(files))
    assert code == 2, (out, err)
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_compose_json_contract(files, fake, capsys):
    fake.enqueue(["A red bus is on the left. Three pedestrians are on the wet road, perhaps after rain."])
    code = main(["compose", "--kind", "caption", "--notes", files("n.txt", NOTES), "--model", "fake/test", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["text"].startswith("A red bus is on the left.")
    assert out["model"] == "fake/test" and out["prompt_version"].startswith("caption-") and out["attempts"] == 1
    assert out["check"]["ok"] is True
    assert all(set(q) >= {"id", "question"} for q in out["questions"]) and out["questions"]
    assert out["kept_verbatim"] == [] and out["changes"] == [] and out["warnings"] == []


def test_compose_rewrite_readable(files, fake, capsys):
    code = main(["compose", "--kind", "rewrite", "--response", files("r.txt", "You have six months to return items."),
                 "--flags", "factual_error", "--notes", files("n.txt", "policy says 3 months, not six"),
                 "--prompt", files("p.txt", "How long can I return items?"), "--model", "fake/test"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == "You have 3 months to return items."
    assert "check: PASS" in out and "model fake/test" in out


def test_model_failure_is_one_line(files, fake, capsys):
    fake.enqueue([FakeHTTPError(400, "the provider refused the request")])
    code = main(["compose", "--kind", "caption", "--notes", files("n.txt", NOTES), "--model", "fake/test"])
    err = capsys.readouterr().err
    assert code == 2 and "refused the request" in err and len(err.strip().splitlines()) == 1


def test_help_for_every_command():
    commands = [["serve"], ["user", "add"], ["user", "password"], ["project", "add"], ["import"], ["eval"],
                ["compose"], ["check"]]
    for args in [["--help"]] + [c + ["--help"] for c in commands]:
        code, out, _ = run_cli(*args)
        assert code == 0 and "usage: annotation-assistant" in out, args
        assert len(out.split("options:")[0].splitlines()) > 2, args  # a description, not just usage

    def parsers(parser):
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from parsers(sub)

    for parser in parsers(cli.build_parser()):
        undocumented = [a.dest for a in parser._actions if not a.help and not isinstance(a, argparse._SubParsersAction)]
        assert not undocumented, f"{parser.prog}: no help for {undocumented}"
    assert "--api-base" in run_cli("compose", "--help")[1]


def test_unexpected_failure_is_one_line_not_a_traceback(files, capsys, monkeypatch):
    import assistant.check

    def broken(*args, **kwargs):
        raise ValueError("llama.cpp exploded\nwith a second line")

    monkeypatch.setattr(assistant.check, "check_draft", broken)
    monkeypatch.delenv("ANNOTATION_ASSISTANT_DEBUG", raising=False)
    code = main(["check", "--notes", files("n.txt", NOTES), "--draft", files("d.txt", GOOD_DRAFT)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "error: unexpected ValueError: llama.cpp exploded with a second line "
        "(set ANNOTATION_ASSISTANT_DEBUG=1 for the traceback)"
    ]
    monkeypatch.setenv("ANNOTATION_ASSISTANT_DEBUG", "1")
    with pytest.raises(ValueError):
        main(["check", "--notes", files("n.txt", NOTES), "--draft", files("d.txt", GOOD_DRAFT)])


def test_compose_interactive_asks_folds_answers_and_composes_again(files, fake, capsys, monkeypatch):
    answers = iter(["", "", "", "", "", "4", "y"])  # skip the checklist questions, answer the count

    def typed(prompt=""):
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None  # the annotator closes the terminal's input: the loop ends

    monkeypatch.setattr("builtins.input", typed)
    # "walk" is unsupported: the fallback, not a patch call, mends it (no second call for that)
    fake.enqueue(["A red bus is on the left. Maybe 3 pedestrians walk.",
                  "A red bus is on the left. Four pedestrians are there."])
    code = main(["compose", "--kind", "caption", "--interactive", "--notes",
                 files("n.txt", "red bus on the left\nmaybe 3 pedestrians"), "--model", "fake/test"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("A red bus is on the left. Four pedestrians are there.")
    assert out.rstrip().endswith("red bus on the left\n4 pedestrians")  # the note was edited, not appended
    # the second compose was sent the edited notes
    assert '"4 pedestrians"' in fake.calls[-1]["messages"][1]["content"]


def test_check_lists_descriptive_instructions_to_verify_apart_from_problems(files, capsys):
    code = main(["check", "--notes", files("n.txt", "remove the first name"),
                 "--draft", files("d.txt", "Smith spoke at the meeting."),
                 "--response", files("r.txt", "John Smith spoke at the meeting.")])
    out = capsys.readouterr().out
    assert code == 0 and "Verify n1" in out and "look at: “Smith” [0:5]" in out and "Dropped" not in out
    main(["check", "--notes", files("n.txt", "remove the first name"), "--draft", files("d.txt", "Smith spoke."),
          "--response", files("r.txt", "John Smith spoke."), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["to_verify"] == ["n1"] and report["facts"][0]["status"] == "verify" and report["ok"]
