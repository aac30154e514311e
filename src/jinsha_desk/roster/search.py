"""Finding residents as the clerk types: part of a name, pinyin, ID, phone or an address.

Chinese name searches are mostly 1–2 characters, which FTS5's trigram tokenizer cannot match, so
each resident carries one lower-case haystack column and every typed word must occur in it.
"""

from __future__ import annotations

import unicodedata

from peewee import Expression

from jinsha_desk.models import Resident, ResidentSearch
from jinsha_desk.roster.pinyin import pinyin_keys


def address_text(building: str, unit: str, room: str) -> str:
    """'3栋2单元301' as written on the door; the grid is not part of an address."""
    return f"{building}{unit}{room}"


def haystack(name: str, id_number: str, phone: str, grid: str, address: str, also: str = "") -> str:
    """Everything a clerk may type to find a resident; ``also`` holds the 人员类别 and the full address."""
    parts = [name, *pinyin_keys(name), id_number, phone, grid, address, also]
    return " ".join(p for p in parts if p).lower()


def query_words(query: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", query).lower()
    return [w for w in folded.split() if w]


def matches(query: str) -> Expression | None:
    """A WHERE clause on residents requiring every word of the query; None when it is empty."""
    clause = None
    for word in query_words(query):
        term = ResidentSearch.text.contains(word)
        clause = term if clause is None else clause & term
    if clause is None:
        return None
    return Resident.id.in_(ResidentSearch.select(ResidentSearch.resident).where(clause))
