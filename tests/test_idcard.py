import datetime as dt
import random

import pytest
from ids import make_id, wrong_check

from jinsha_desk.roster import idcard


def test_published_examples_validate():
    # The examples printed in GB 11643 explanations, including an X check character.
    person = idcard.parse("11010519491231002X")
    assert person.birth_date == dt.date(1949, 12, 31)
    assert person.gender == "女"
    assert idcard.parse("440524188001010014").gender == "男"


def test_the_check_character_is_the_standards_weighted_sum():
    weights = [2 ** (18 - i) % 11 for i in range(1, 18)]
    assert weights == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]  # as GB 11643 prints them
    rng = random.Random(11643)
    for first17 in ["00000000000000000", "99999999999999999"] + [
            "".join(rng.choice("0123456789") for _ in range(17)) for _ in range(5000)]:
        total = sum(int(d) * w for d, w in zip(first17, weights))
        assert idcard.check_char(first17) == "10X98765432"[total % 11], first17


@pytest.mark.parametrize(
    "typed",
    ["１１０１０５１９４９１２３１００２Ｘ", "110105 1949 1231 002x", "  11010519491231002x\u3000", "'11010519491231002X"],
)
def test_full_width_spaces_and_lowercase_are_normalised(typed):
    assert idcard.parse(typed).number == "11010519491231002X"


def test_first_generation_15_digit_ids_are_upgraded():
    assert idcard.parse("110105491231002").number == "11010519491231002X"
    # A 15-digit ID survives a number cell intact, so it is accepted from one.
    assert idcard.parse(110105491231002.0).number == "11010519491231002X"


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "id_missing"),
        (None, "id_missing"),
        ("51040319850307123", "id_format"),
        ("5104031985030712345", "id_format"),
        ("51040319850307A234", "id_format"),
        ("990403198503071234", "id_format"),
        ("510403198502301230", "id_birth_date"),
        ("510403" + (dt.date.today() + dt.timedelta(days=2)).strftime("%Y%m%d") + "1230", "id_birth_date"),
        (wrong_check(make_id()), "id_checksum"),
        (510403198503071234.0, "id_number_mangled"),
        (5.10403198503071e17, "id_number_mangled"),
        ("5.10403E+17", "id_number_mangled"),
        ("510403198503071000", "id_number_mangled"),
    ],
)
def test_invalid_ids_have_reason_codes(raw, code):
    # Fix the future-date case's checksum so only the date is wrong.
    if code == "id_birth_date" and isinstance(raw, str) and len(raw) == 18:
        raw = raw[:17] + idcard.check_char(raw[:17])
    with pytest.raises(idcard.IdNumberError) as caught:
        idcard.parse(raw)
    assert caught.value.code == code
    assert str(caught.value)  # a Chinese message for the clerk


def test_gender_comes_from_the_17th_digit():
    assert idcard.parse(make_id(order=123)).gender == "男"
    assert idcard.parse(make_id(order=124)).gender == "女"


def test_mask_hides_the_birth_date():
    assert idcard.mask("11010519491231002X") == "110105********002X"


def test_digits_of_other_scripts_are_no_id():
    arabic = "".join(chr(0x0660 + int(d)) for d in "11010519491231002")
    with pytest.raises(idcard.IdNumberError) as caught:
        idcard.parse(arabic + "X")
    assert caught.value.code == "id_format"
