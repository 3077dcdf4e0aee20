"""A first run: accounts to sign in with and sample projects; resetting a password."""

from assistant.app import accounts, db, first_run, projects
from assistant.cli import main


def test_first_run_creates_accounts_and_samples_once(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with sessions() as s:
        made = first_run.create_accounts(s)
        samples = first_run.add_samples(s)
        assert [(a.name, a.role) for a in made] == [("lead", "lead"), ("annotator", "annotator")]
        assert made[0].password != made[1].password and len(made[0].password) >= 12
        assert all(accounts.authenticate(s, a.name, a.password) for a in made)
        assert samples == ["sample-captions (3 caption tasks)", "sample-rewrites (3 rewrite tasks)",
                           "sample-comparisons (3 comparison tasks)"]
        message = first_run.announce(made, samples)
        assert made[0].password in message and "shown only now" in message
        # a second start changes nothing and announces nothing
        assert first_run.create_accounts(s) == [] and first_run.add_samples(s) == []
        assert first_run.announce([], []) == ""
        assert {p.name: n for p, n in projects.project_counts(s)} == {"sample-captions": 3, "sample-rewrites": 3,
                                                                            "sample-comparisons": 3}


def test_no_accounts_are_invented_next_to_existing_ones(tmp_path):
    sessions = db.connect(f"sqlite:///{tmp_path / 'aa.db'}")
    with sessions() as s:
        accounts.add_user(s, "lea", "lead", "password-1")
        assert first_run.create_accounts(s) == []


def test_user_password_resets_a_password(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'aa.db'}"
    monkeypatch.setenv("ANNOTATION_ASSISTANT_PASSWORD", "first-password")
    assert main(["user", "add", "lea", "--role", "lead", "--db", url]) == 0
    monkeypatch.setenv("ANNOTATION_ASSISTANT_PASSWORD", "second-password")
    assert main(["user", "password", "lea", "--db", url]) == 0
    assert "new password set for lead 'lea'" in capsys.readouterr().out
    with db.connect(url)() as s:
        assert accounts.authenticate(s, "lea", "second-password") and not accounts.authenticate(s, "lea", "first-password")
    assert main(["user", "password", "nobody", "--db", url]) == 2
    assert capsys.readouterr().err == "error: no user named 'nobody'\n"
    monkeypatch.setenv("ANNOTATION_ASSISTANT_PASSWORD", "short")
    assert main(["user", "password", "lea", "--db", url]) == 2


def test_project_add_and_import_from_the_command_line(tmp_path, capsys):
    from tests.conftest import write_png  # noqa: PLC0415

    url = f"sqlite:///{tmp_path / 'aa.db'}"
    write_png(tmp_path / "a.png")
    (tmp_path / "tasks.jsonl").write_text('{"id": "a", "image": "a.png"}\n{"id": "b", "image": "b.png"}\n{oops\n')
    assert main(["project", "add", "streets", "--kind", "caption", "--db", url]) == 0
    assert main(["import", "--project", "streets", str(tmp_path / "tasks.jsonl"), "--db", url]) == 0
    out, err = capsys.readouterr()
    assert "imported 1 task(s) into 'streets'; skipped 0 already there; updated 0; refused 2" in out
    assert "warning: refused line 2: b.png: image not found" in err and "warning: refused line 3:" in err
    assert main(["import", "--project", "nope", str(tmp_path / "tasks.jsonl"), "--db", url]) == 2
    assert "no project named 'nope'" in capsys.readouterr().err
