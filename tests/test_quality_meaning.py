"""Team figures with the right meaning (issue 23): agreement on meaning, and gold accuracy that
ranks a wrong fact below a missing one."""

from assistant.app.quality import compare_notes, gold_rows

KITCHEN = "wooden table in the middle\nwhite fridge on the left\ntwo chairs\nwindow above the sink\nmaybe a cat under the table"


def test_reworded_notes_agree():
    reworded = ("brown table in the centre\nwhite refrigerator on the left\n2 chairs\nwindow over the sink\n"
                "possibly a cat below the table")
    found = compare_notes(KITCHEN, reworded)
    assert found.score >= 0.8, found
    assert found.contradictions == 0
    # the table is wooden to one annotator and brown to the other: two attributes of one object
    assert found.complementary_a == 1 and found.complementary_b == 1


def test_conflicting_values_are_disagreement():
    conflicting = "wooden table in the middle\nblack fridge on the right\nthree chairs\nwindow above the sink"
    found = compare_notes(KITCHEN, conflicting)
    assert found.contradictions == 2 and found.disagrees
    assert "white fridge on the left" in found.contradicted and "two chairs" in found.contradicted
    assert found.score < 0.5


def test_a_wrong_count_ranks_below_an_omission():
    reference = "2 dogs on the sofa\nbrown and white dogs\nred sofa\ncat on the floor"
    wrong_count = "3 dogs on the sofa\nbrown and white dogs\nred sofa\ncat on the floor"
    no_colours = "2 dogs on the sofa\ncat on the floor"
    rows = gold_rows({"wrong": [compare_notes(reference, wrong_count)], "terse": [compare_notes(reference, no_colours)]})
    assert [r["annotator"] for r in rows] == ["terse", "wrong"]
    wrong, terse = rows[1], rows[0]
    assert wrong["contradictions"] == 1 and terse["contradictions"] == 0
    assert terse["omissions"] >= 1 and wrong["omissions"] == 0
    assert all(r["gold_tasks"] == 1 for r in rows)  # every figure says what it rests on
