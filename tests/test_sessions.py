"""Sign-ins end on a new password, "sign out everywhere" or a deleted user, with the database
asked once per ENDED_CHECK_S for all users together (tests/test_access.py runs it end to end)."""

from datetime import timedelta

from assistant.app.db import now
from assistant_ui.sessions import ExpiringTokens


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


class Users:
    """The database's answer: name -> sessions_from; counts how often it is asked."""

    def __init__(self, **moments):
        self.moments = dict(moments)
        self.asked = 0

    def __call__(self):
        self.asked += 1
        return dict(self.moments)


def test_twenty_signed_in_users_cost_one_question_per_interval():
    clock, users = Clock(), Users(**{f"ann{i}": None for i in range(20)})
    tokens = ExpiringTokens(3600, clock=clock, ended_before=users)
    for i in range(20):
        tokens[f"t{i}"] = f"ann{i}"
    for _ in range(5):
        assert all(tokens.get(f"t{i}") == f"ann{i}" for i in range(20))
    assert users.asked == 1
    clock.t += tokens.check_s + 0.1
    assert all(f"t{i}" in tokens for i in range(20))
    assert users.asked == 2


def test_a_new_password_ends_older_sign_ins_within_the_interval():
    clock, users = Clock(), Users(ann=None, bob=None)
    tokens = ExpiringTokens(3600, clock=clock, ended_before=users)
    tokens["old"], tokens["bob"] = "ann", "bob"
    assert tokens.get("old") == "ann"
    users.moments["ann"] = now() + timedelta(seconds=1)  # `user password ann`, in another process
    assert tokens.get("old") == "ann"  # trusted until the interval is over
    clock.t += tokens.check_s + 0.1
    assert tokens.get("old") is None
    assert tokens.get("bob") == "bob"  # other users keep theirs


def test_a_user_added_since_the_last_look_signs_in_and_a_deleted_one_is_out():
    clock, users = Clock(), Users(ann=None)
    tokens = ExpiringTokens(3600, clock=clock, ended_before=users)
    tokens["a"] = "ann"
    assert tokens.get("a") == "ann"
    users.moments["new"] = None  # added by the lead a moment ago, signs in at once
    tokens["n"] = "new"
    assert tokens.get("n") == "new"
    del users.moments["ann"]
    clock.t += tokens.check_s + 0.1
    assert tokens.get("a") is None
