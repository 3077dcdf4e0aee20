"""Bonds between a note's things stay with them (issue 23, item 4; check24): who wears or has what,
and what is on, in, under, behind or part of what. Invented examples of the kinds of error the
blind sets' reports name (a person's clothes put on another person, "X on Y" said "X beside Y").

Every word of the note is in each wrong caption, and each thing keeps its own colour, so the
content match and binding.py's phrases passed them all."""

from assistant.check import check_draft
from assistant.kinds.caption import CaptionTask


def _caption(notes: str, draft: str):
    return check_draft(CaptionTask(notes=notes).observations(), draft)


def _fact(report, nid):
    return next(f for f in report.facts if f.id == nid)


def _look(report, nid):
    fact = _fact(report, nid)
    assert (fact.status, fact.tier) == ("contradicted", "check"), fact
    return fact.evidence


def test_clothes_put_on_another_person_are_a_look():
    notes = "a man wearing a red shirt stands near a woman"
    assert "woman" in _look(_caption(notes, "A woman in a red shirt stands near a man."), "n1")
    assert _caption(notes, "A man in a red shirt stands near a woman.").ok
    assert _caption(notes, "A man wearing a red shirt stands near a woman.").ok
    # in two notes, with "with" and a pair of worn things joined by "and"
    two = "a man wearing a blue shirt and black pants\na woman"
    assert "pants" in _look(_caption(two, "A man in a blue shirt walks with a woman in black pants."), "n1")
    swapped = "cyclist in red helmet\nrunner in blue cap"
    assert "runner" in _look(_caption(swapped, "A cyclist in a blue cap and a runner in a red helmet."), "n1")
    # no move: a second wearer a note gives the thing too, things joined by "and" before the verb (the
    # draft reads both ways), a wearer no note names (it may be the note's man said another way)
    both = "man in black jacket\nwoman in black jacket"
    assert _fact(_caption(both, "A woman in a black jacket and a man in a black jacket."), "n1").status == "kept"
    assert _fact(_caption("a woman wearing sunglasses\na man", "A woman and a man wearing sunglasses."),
                 "n1").status == "kept"
    # the thing after a preposition is no wearer of the verb's: the sentence's subject is
    assert _caption("two kids on bicycles\nkids wear helmets", "Two kids on bicycles wear helmets.").ok
    # nor one a verb or a participle takes: the house has the roof, not its windows or their shutters
    house = "grey house with white-framed windows having white shutters has red roof\nwhite shutters"
    report = _caption(house, "A grey house with white-framed windows having white shutters has a red roof.")
    assert not any("gives it to" in (f.evidence or "") for f in report.facts), report.facts
    report = _caption("a man wearing a green cap\na person on the left", "A man and a person wearing a green cap.")
    assert not any("gives it to" in (f.evidence or "") for f in report.facts), report.facts


def test_clothes_said_of_she_or_he_in_the_next_sentence():
    notes = "man wearing white shirt\nwoman next to him"
    assert "woman" in _look(_caption(notes, "A man stands next to a woman. She wears a white shirt."), "n1")
    assert _caption(notes, "A man stands next to a woman. He wears a white shirt.").ok


def test_a_man_in_a_shirt_is_a_man_wearing_it():
    """"in" says what "wearing" says of a worn thing: neither side of the rewording is a problem."""
    assert _caption("man wearing red shirt", "A man in a red shirt.").ok
    assert _caption("a man in a red shirt", "A man wearing a red shirt.").ok
    assert _caption("girl wearing a yellow dress", "A girl dressed in a yellow dress.").ok


def test_a_worn_or_had_thing_in_another_colour_on_its_own_owner_is_a_look():
    notes = "woman with brown hair\nman with black hair"
    assert "brown" in _look(_caption(notes, "A woman with black hair and a man with brown hair."), "n1")
    assert _caption(notes, "A woman with brown hair and a man with black hair.").ok
    # "brown-haired": the hair is brown (binding gave the colour to the woman, a certain move)
    assert _caption(notes, "A brown-haired woman and a man with black hair.").ok
    assert "woman" in _look(_caption(notes, "A black-haired woman and a man with brown hair."), "n2")
    cushions = "chair with a red cushion\nsofa with a blue cushion"
    assert _fact(_caption(cushions, "A chair with a blue cushion and a sofa with a red cushion."),
                 "n1").status == "contradicted"


def test_a_bond_said_only_beside_or_and_is_a_look():
    for notes, draft in (("cat on table", "A cat beside a table."), ("cup on saucer", "A cup and a saucer."),
                         ("bird on the branch of a tree", "A bird and a tree branch."),
                         ("car has a roof rack", "A car beside a roof rack."),
                         ("the chimney is part of the house", "A chimney beside the house."),
                         ("man sitting on a horse", "A man sitting beside a horse."),
                         ("the building is a hotel", "A building beside a hotel."),
                         ("ducks in the pond", "Ducks near the pond.")):
        assert "beside" in _look(_caption(notes, draft), "n1"), (notes, draft)
    # kept: the bond's own word, one of its kind ("atop", "inside"), or its converse with the things the
    # other way round ("a table with a cat on it", "the house has a chimney")
    for notes, draft in (("cat on table", "A cat is sitting on the table."), ("cat on table", "On the table sits a cat."),
                         ("cup on saucer", "A cup rests on a saucer."), ("lamp on top of desk", "A lamp atop the desk."),
                         ("dog in front of house", "A house is behind a dog."), ("car has a roof rack", "A car with a roof rack."),
                         ("the chimney is part of the house", "The house has a chimney."),
                         ("picture on the wall", "A wall with a picture on it."),
                         ("ducks in the pond", "A pond with ducks."), ("the building is a hotel", "The building is a hotel."),
                         ("a plate holds a slice of bread", "A slice of bread on a plate."),
                         ("cup on saucer\nspoon beside cup", "A cup on a saucer with a spoon beside it.")):
        assert _fact(_caption(notes, draft), "n1").status == "kept", (notes, draft)
    # "in between" two things is no "in" either of them
    between = _caption("a red boat is in between the pier and the rocks", "A red boat, a pier, and rocks.")
    assert "in the pier" not in (_fact(between, "n1").evidence or "")
    # "blue from the sky and sea": the "and" lists what the colour comes from
    assert _fact(_caption("blue sky above the sea\nblue sea", "The colors are blue from the sky and sea."),
                 "n1").evidence.find("beside") < 0


def test_a_bond_said_the_other_way_round_is_a_look():
    assert "other way round" in _look(_caption("book on shelf", "A shelf on a book."), "n1")


def test_a_bond_weakened_through_it_or_a_list():
    """"it" is the thing the sentence before names first; items of a list are only put together,
    while an apposition says one thing is the other."""
    assert "beside" in _look(_caption("cat on table", "There is a table. A cat sits beside it."), "n1")
    assert "beside" in _look(_caption("cat on table", "A cat, a table and a lamp."), "n1")
    assert _fact(_caption("cat on table\nlamp", "A cat on a table, a lamp."), "n1").status == "kept"
    assert _fact(_caption("the building is a hotel", "The building, a hotel, stands here."), "n1").status == "kept"


def test_a_colour_worn_and_a_thing_held_go_with_their_person():
    """"a woman in white" wears the colour; "holding" gives any thing to its holder."""
    notes = "woman in white next to man"
    assert "man" in _look(_caption(notes, "A woman stands next to a man in white."), "n1")
    assert _caption(notes, "A woman in white stands next to a man.").ok
    held = "girl holding a balloon\nboy"
    assert "boy" in _look(_caption(held, "A boy holding a balloon stands near a girl."), "n1")
    assert _fact(_caption(held, "A girl holding a balloon stands near a boy."), "n1").status == "kept"


def test_a_with_bond_is_weakened_by_beside_not_by_and():
    """A terse note's "w/" says "has" as often as "with": "beside" loses it, "and" lists what "with" lists."""
    assert "beside" in _look(_caption("lake w/ wavy water", "A lake beside wavy water."), "n1")
    assert _caption("table with chairs", "A table and chairs.").ok
