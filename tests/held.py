"""A shared test check for edits held for review (check23ak, `assistant/check/edit_review.py`)."""


def held_for_review(fact) -> bool:
    """Kept on evidence too weak to call a problem, not checked, named for the reviewer."""
    return fact.status == "kept" and not fact.checked and fact.evidence.endswith("review the diff")
