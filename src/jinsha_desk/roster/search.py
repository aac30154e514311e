"""Finding residents as the clerk types: part of a name, pinyin, ID, phone or an address.

Chinese name searches are mostly 1–2 characters, which FTS5's trigram tokenizer cannot match, so
each resident carries one lower-case haystack column and every typed word must occur in it.
"""

from __future__ import annotations

import re
import unicodedata

from peewee import Expression

from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.models import Resident, ResidentSearch
from jinsha_desk.roster.pinyin import pinyin_keys


def address_text(building: str, unit: str, room: str) -> str:
    """'3栋2单元301' as written on the door; the grid is not part of an address."""
    return f"{building}{unit}{room}"


def haystack(name: str, id_number: str, phone: str, grid: str, address: str, category: str = "",
             given_address: str = "") -> str:
    """Everything a clerk may type to find a resident: also the 人员类别 and the address as the roster gave
    it, when that says more than building, unit and room."""
    also = given_address if given_address != address else ""
    return " ".join(filter(None, (name, *pinyin_keys(name), id_number, phone, grid, address, category, also))).lower()


def query_words(query: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", query).lower()
    return [w for w in folded.split() if w]


# A word that starts with a number and names a building, unit or room ("3栋2单元") is an address.
_ADDRESS_MARKS = ("栋", "幢", "号楼", "楼", "单元", "座", "号", "室")
_GLOB_SPECIAL = str.maketrans({"*": "[*]", "?": "[?]", "[": "[[]"})


def is_address_word(word: str) -> bool:
    return word[0].isdigit() and any(mark in word for mark in _ADDRESS_MARKS)


def _word_matches(word: str) -> Expression:
    """``word`` anywhere in the haystack; an address's leading number only as a whole number, so
    3栋2单元 finds building 3 and not 13栋 or 263栋."""
    contains = ResidentSearch.text.contains(word)
    if not is_address_word(word):
        return contains
    if not is_sqlite(ResidentSearch._meta.database):
        return contains & Expression(ResidentSearch.text, "~", f"[^0-9]{re.escape(word)}")
    # LIKE first: GLOB is five times slower and only needs to look at the rows LIKE let through.
    return contains & Expression(ResidentSearch.text, "GLOB", f"*[^0-9]{word.translate(_GLOB_SPECIAL)}*")


def matches(query: str) -> Expression | None:
    """A WHERE clause on residents requiring every word of the query; None when it is empty."""
    clause = None
    for word in query_words(query):
        term = _word_matches(word)
        clause = term if clause is None else clause & term
    if clause is None:
        return None
    return Resident.id.in_(ResidentSearch.select(ResidentSearch.resident).where(clause))
