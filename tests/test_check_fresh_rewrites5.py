"""Rewrites judged as a careful lead would (issue 23), from the false certain alarms of all five first looks at
fresh DeFacto sources (dev2's defacto-test, -test2, -test3, -train, -train2): each class fixed by a general rule,
or its evidence moved to the check tier where it is not reliable enough to be certain. Every example is invented,
and each rule has a look-alike where the alarm stays."""

from tests.test_check_fresh_rewrites import _alarm, _check, _fact, _flagged

# ------------------------------------------------------------------ a literal written as text is written


def test_a_quoted_new_side_is_carried_without_its_article_hyphen_accent_or_dot():
    """'with "the Wolves"' is met by "Wolves will appeal"; a hyphen, an accent or an abbreviation's dot is
    the same writing of the same words."""
    original = "The club will appeal against the ban."
    cases = (('"the Wolves"', "Wolves will appeal against the ban."),
             ('"the Kellogg-Smith Fund"', "The Kellogg Smith Fund will appeal against the ban."),
             ('"St. Mirren"', "St Mirren will appeal against the ban."),
             ('"José Mourinho"', "Jose Mourinho will appeal against the ban."))
    for new, draft in cases:
        assert not _alarm(_check(f'Replace "The club" with {new}.', draft, original)), new
    other = _check('Replace "The club" with "the Wolves".', "Rovers will appeal against the ban.", original)
    assert _alarm(other) and _fact(other).tier == "certain"


def test_a_literal_of_the_new_side_there_only_in_a_near_form_is_a_look_not_certain():
    """The note's "Mr Barraso" against the result's "Mr Barroso": the note may misspell, or the result;
    "the Proms" as "the Prom", "the Edinburgh Fringe" as "the Edinburgh Festival Fringe". Still shown."""
    original = "The president will visit the festival."
    cases = (('"Mr Barraso"', "Mr Barroso will visit the festival."),
             ('"the Proms"', "The president will visit the Prom."),
             ('"the Edinburgh Fringe"', "The president will visit the Edinburgh Festival Fringe."))
    for new, draft in cases:
        made = _check(f"Add {new} to the summary.", draft, original)
        assert _alarm(made) and _fact(made).tier == "check", new
    # another name is no near form: certain
    other = _check('Add "Mr Barraso" to the summary.', "Mr Juncker will visit the festival.", original)
    assert _alarm(other) and _fact(other).tier == "certain"


def test_a_name_one_or_two_letters_off_a_supplied_name_is_a_look_not_a_certain_new_name():
    """The result's "Barroso" where the note writes "Barraso": the same person spelled right (or wrong)."""
    original = "The president will visit the festival."
    made = _check('Add "Mr Barraso" to the summary.', "Mr Barroso will visit the festival.", original)
    assert [u.tier for u in made.unsupported if "Barroso" in u.text] == ["check"]
    other = _check('Add "Mr Barraso" to the summary.', "Mr Barraso will visit the festival in Barcelona.", original)
    assert [u.tier for u in other.unsupported if "Barcelona" in u.text] == ["certain"]


def test_a_name_with_an_accent_is_the_name_without_it():
    original = "Jose Mourinho will visit the club."
    made = _check("Remove the information about the visit being to the club from the summary.",
                  "José Mourinho will visit.", original)
    assert not _flagged(made, "José")


# ------------------------------------------------------------------ what a removal names


def test_a_name_or_code_a_removal_writes_that_the_original_does_not_is_supplied_by_the_note():
    """"Remove ... M74 being one of the busiest motorways" where the original says "one of the busiest
    motorways": the note names the road, and a result that names it says what the note says."""
    note = "Remove the information about the M74 being one of the busiest motorways from the summary."
    original = "Drivers face delays on one of the busiest motorways this weekend."
    assert not _flagged(_check(note, "Drivers face delays on the M74 this weekend.", original), "74")
    assert _flagged(_check(note, "Drivers face delays on the M8 this weekend.", original), "8")
    # a claim the removal describes in its own words is not supplied ("delivering a liturgy")
    claim = _check("Remove the information about the Pope delivering a liturgy from the summary.",
                   "The Pope delivered a liturgy at the stadium.", "The Pope visited the stadium.")
    assert _flagged(claim, "liturgy")


# ------------------------------------------------------------------ a number written another way


def test_a_fraction_is_the_percentage_it_rounds_to_and_back():
    """"Two-thirds of voters" restated as "66% of voters"; "50%" as "half"."""
    remove = "Remove the information about the day from the summary."
    original = "Two-thirds of voters backed the plan on Monday."
    for draft in ("66% of voters backed the plan.", "67% of voters backed the plan."):
        assert not _flagged(_check(remove, draft, original), "6"), draft
    assert [u.tier for u in _check(remove, "45% of voters backed the plan.", original).unsupported] == ["certain"]
    back = _check("Remove the information about the ONS from the summary.", "Prices rose by half last year.",
                  "Prices rose by 50% last year, the ONS said.")
    assert not _flagged(back, "half")
    # an ordinal that counts no part is no fraction
    from assistant.check.number_forms import fraction_at
    from assistant.check.words import words

    assert not fraction_at(words("the third match"), 1) and 33.0 in fraction_at(words("a third of them"), 1)


def test_a_sign_the_human_wrote_may_be_spelled_out():
    """"50%" as "50 per cent", "£2.5m" as "2.5 million pounds"; no sign, no unit word."""
    remove = "Remove the information about the ONS from the summary."
    assert not _flagged(_check(remove, "Prices rose by 50 per cent.", "Prices rose by 50%, the ONS said."), "cent")
    assert not _flagged(_check(remove, "The bridge cost 2.5 million pounds.", "The bridge cost £2.5m, the ONS said."),
                        "pounds")
    assert _flagged(_check(remove, "Prices rose by 50 percent.", "Prices of 50 goods rose, the ONS said."), "percent")


def test_an_ordinal_in_digits_is_the_ordinal_in_words():
    remove = "Remove the information about the crowd from the summary."
    original = "The festival, held for the 10th time, drew 5,000 people."
    assert not _flagged(_check(remove, "The festival was held for the tenth time.", original), "tenth")
    assert _flagged(_check(remove, "The festival was held for the eleventh time.", original), "eleventh")


def test_the_day_of_a_date_may_be_written_as_an_ordinal():
    """The note's "4 July" is met by "the fourth of July"; "the fifth of July" is another day."""
    note = "Add the information about the parade being held on 4 July to the summary."
    original = "The town will hold a parade."
    made = _check(note, "The town will hold a parade on the fourth of July.", original)
    assert not (_alarm(made) and _fact(made).tier == "certain") and not _flagged(made, "fourth")
    other = _check(note, "The town will hold a parade on the fifth of July.", original)
    assert _alarm(other) and "the draft says 5" in _fact(other).evidence


# ------------------------------------------------------------------ a hedge an edit asks for


def test_a_doubt_the_note_describes_and_the_result_does_not_word_is_a_look():
    """"the date being uncertain" may be said in words no list holds ("a pencilled-in date"); a hedge the
    new side writes before its number ("with almost 300") is written as it stands, or not at all."""
    described = _check("Add the information about the opening date being uncertain to the summary.",
                       "A date has been pencilled in for the opening of the new library.",
                       "A date has been set for the opening of the new library.")
    assert _fact(described).status == "hedge_lost" and _fact(described).tier == "check"
    literal = _check("Replace the information about more than 300 with the information about almost 300.",
                     "300 homes were flooded in the storm.", "More than 300 homes were flooded in the storm.")
    assert _fact(literal).status == "hedge_lost" and _fact(literal).tier == "certain"


# ------------------------------------------------------------------ what a removal took out


def test_an_initialism_that_spells_a_function_word_is_content_a_removal_may_take_out():
    """"US astronaut" -> "Astronaut": "US" is the country, not the pronoun, and it went."""
    note = "Remove the information about the astronaut's nationality from the summary."
    original = "US astronaut Scott Kelly has returned to Earth."
    assert not _alarm(_check(note, "Astronaut Scott Kelly has returned to Earth.", original))
    assert _alarm(_check(note, "US astronaut Scott Kelly has returned to Earth.", original))


def test_a_stretch_of_time_may_be_given_in_another_unit():
    """"a week" as "seven days", "18 months" as "a year and a half", "10 years" as "a decade"; another
    stretch still differs."""
    remove = "Remove the information about the police from the summary."
    cases = (("The strike lasted a week, police said.", "The strike lasted seven days."),
             ("He was jailed for 18 months, police said.", "He was jailed for a year and a half."),
             ("He was jailed for a year and a half, police said.", "He was jailed for 18 months."),
             ("The ban lasts 10 years, police said.", "The ban lasts a decade."),
             ("The strike lasted 24 hours, police said.", "The strike lasted a day."))
    for original, draft in cases:
        made = _check(remove, draft, original)
        assert not made.unsupported, (draft, [u.text for u in made.unsupported])
    other = _check(remove, "The strike lasted eight days.", "The strike lasted a week, police said.")
    assert [u.tier for u in other.unsupported] == ["certain"]


def test_a_name_word_contracted_to_its_first_last_and_a_few_consonants_is_that_word():
    """"Man Utd" for "Manchester United"; a short name that is no contraction of theirs stays new."""
    remove = "Remove the information about the score from the summary."
    original = "Manchester United won 2-0 at Old Trafford."
    assert not _check(remove, "Man Utd won at Old Trafford.", original).unsupported
    assert _flagged(_check(remove, "Man Utd and Spurs drew at Old Trafford.", original), "Spurs")


def test_an_edits_new_value_written_in_another_form_is_the_edit_made():
    """'with "18 months"' met by "a year and a half", "50%" by "half", "two years" by "24 months"; another
    value is still missing, and certain."""
    original = "He was jailed for six months for fraud."
    cases = (('Replace "six months" with "18 months".', "He was jailed for a year and a half for fraud."),
             ("Replace the information about six months with the information about two years.",
              "He was jailed for 24 months for fraud."))
    for note, draft in cases:
        assert not _alarm(_check(note, draft, original)), draft
    half = _check('Replace "40%" with "50%".', "Prices rose by half last year.", "Prices rose by 40% last year.")
    assert not _alarm(half)
    other = _check('Replace "six months" with "18 months".', "He was jailed for a year for fraud.", original)
    assert _alarm(other) and _fact(other).tier == "certain"


def test_a_new_side_name_as_initials_or_in_full_is_carried():
    """'with "the UN"' met by "The United Nations", and back; other initials are another body."""
    original = "The agency will visit Leeds."
    assert not _alarm(_check('Replace "The agency" with "the UN".', "The United Nations will visit Leeds.", original))
    assert not _alarm(_check('Replace "The agency" with "the United Nations".', "The UN will visit Leeds.", original))
    other = _check('Replace "The agency" with "the UN".', "The European Union will visit Leeds.", original)
    assert _alarm(other) and _fact(other).tier == "certain"


def test_a_new_side_name_named_otherwise_is_a_look_not_certain():
    """"Mrs May" for the note's "Theresa May", "Doctor Smith" for "Dr Smith", "Man Utd" for "Manchester
    United": the same one named otherwise (or another of that name): shown, as a look."""
    original = "The visitor will open the school."
    cases = (("Theresa May", "Mrs May will open the school."), ("Dr Smith", "Doctor Smith will open the school."),
             ("Manchester United", "Man Utd will open the school."))
    for new, draft in cases:
        for note in (f'Replace "The visitor" with "{new}".',
                     f"Replace the information about the visitor with the information about {new}."):
            made = _check(note, draft, original)
            assert not _alarm(made) or _fact(made).tier == "check", (note, draft)
    other = _check('Replace "The visitor" with "Theresa May".', "Mrs Jones will open the school.", original)
    assert _alarm(other) and _fact(other).tier == "certain"


def test_a_unit_or_a_time_written_short_may_be_written_out_and_back():
    """"30C" as "30 degrees Celsius", "five kilometres" as "5km", "10:30" as "10.30am"; a price's "2.50" is
    no time, and its "50" no other number."""
    remove = "Remove the information about the police from the summary."
    cases = (("Temperatures hit 30C on Monday.", "Temperatures hit 30 degrees Celsius on Monday."),
             ("The runner covered five kilometres.", "The runner covered 5km."),
             ("It happened at 10:30.", "It happened at 10.30am."))
    for original, draft in cases:
        made = _check(remove, draft, original + " Police said.")
        assert not made.unsupported, (draft, [u.text for u in made.unsupported])
    assert _flagged(_check(remove, "A pint costs 50p.", "A pint costs £2.50. Police said."), "50")


def test_a_peoples_word_sharing_the_beginning_of_a_supplied_place_is_a_look_not_a_certain_name():
    """"Cornish" for "Cornwall", "Glaswegian" for "Glasgow" (and back): the endings do not make one the
    other, yet it is likely the same place; another place stays certain."""
    remove = "Remove the information about the police from the summary."
    for place, people in (("Cornwall", "Cornish"), ("Glasgow", "Glaswegian"), ("Catalonia", "Catalan")):
        for original, draft in ((f"A man from {place} was hurt.", f"A {people} man was hurt."),
                                (f"A {people} man was hurt.", f"A man from {place} was hurt.")):
            made = _check(remove, draft, original + " Police said.")
            assert all(u.tier == "check" for u in made.unsupported), draft
    other = _check(remove, "A Welsh man was hurt.", "A man from Cornwall was hurt. Police said.")
    assert [u.tier for u in other.unsupported] == ["certain"]


def test_a_number_word_the_note_misspells_gives_its_value():
    """"fourty two" is 42 (its nearest number word is "forty", not "four"); another value still differs."""
    note = "Add the information about the fourty two victims to the summary."
    original = "The victims were named."
    made = _check(note, "The 42 victims were named.", original)
    assert not _alarm(made) and not _flagged(made, "42")
    assert _flagged(_check(note, "The 24 victims were named.", original), "24")
