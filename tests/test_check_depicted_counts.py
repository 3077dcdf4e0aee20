"""A picture named by what it shows ("cartoon image", "robot pictures") is a thing the caption counts,
not the camera's image: a terse note's one "cartoon image" said as "cartoon images" is a count changed
(issue 23). Invented captions."""

from assistant.check import check_draft
from assistant.notes import split_notes


def _fact(notes: str, draft: str, nid: str = "n1"):
    return next(f for f in check_draft(split_notes(notes), draft).facts if f.id == nid)


def test_one_cartoon_image_said_as_several_is_a_count_changed():
    f = _fact("white mug shows cartoon image of smiling cat", "A white mug shows cartoon images of a smiling cat.")
    assert f.status == "contradicted" and f.tier == "check", f
    assert "image" in f.evidence, f


def test_one_cartoon_image_kept_is_kept():
    for draft in ("A white mug shows a cartoon image of a smiling cat.",
                  "The image shows a white mug with a cartoon image of a smiling cat."):
        f = _fact("white mug shows cartoon image of smiling cat", draft)
        assert f.status == "kept", (draft, f)
