"""Search as you type at 100,000 residents, from memory.

Every keystroke in the roster's search box used to scan the resident_search table in SQLite (20–50 ms
at 100,000 residents, before sorting). Here the haystacks are held in memory and the table's order
for the current filters is kept, so a keystroke is a substring pass over Python strings (about 5 ms,
less when the new text extends the last one: only the last matches are searched again) and a pass
over the ordered ids. Both are dropped when the roster changes: a change this process announces
(jinsha_desk.changes), or a commit on another connection (SQLite's data_version).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Hashable
from typing import TypeVar

from jinsha_desk import changes
from jinsha_desk.db.dialect import is_sqlite
from jinsha_desk.models import ResidentSearch, database
from jinsha_desk.roster.search import is_address_word, query_words

T = TypeVar("T")
_resident = operator.itemgetter(0)
_haystacks: list[tuple[int, str]] | None = None
_orders: dict[Hashable, list] = {}
# An order's ids with their haystacks, so that what a search finds is already in the table's order.
_ordered_haystacks: dict[Hashable, list[tuple[int, str]]] = {}
# The last search: the order it was made in, the query, and the haystacks it matched.
_last: tuple[Hashable, str, list[tuple[int, str]]] | None = None
# The database read from (the object itself, not its id(): a new object could be given the id of a
# collected one) and its data_version then.
_seen_database: object | None = None
_seen_data_version: int | None = None


def _forget() -> None:
    global _haystacks, _last
    _haystacks, _last = None, None
    _orders.clear()
    _ordered_haystacks.clear()


changes.subscribe(lambda areas: _forget() if changes.ROSTER in areas else None)


def _still_current() -> None:
    """Forget everything when the models are bound to another database (a restore, a test), or another
    connection has committed since it was read."""
    global _seen_database, _seen_data_version
    # Every change to the roster writes an audit entry: on a server, the newest entry tells whether
    # another desk has changed something.
    data_version = database.execute_sql(
        "PRAGMA data_version" if is_sqlite(database) else 'SELECT max("id") FROM "audit_log"').fetchone()[0]
    if database.obj is not _seen_database or data_version != _seen_data_version:
        _seen_database, _seen_data_version = database.obj, data_version
        _forget()


def _narrowed(pool: list[tuple[int, str]], word: str) -> list[tuple[int, str]]:
    """The haystacks of ``pool`` holding ``word`` (one plain comprehension: the hot loop of typing). The
    pool's own pairs are kept, not unpacked and made again: 4 ms instead of 13 for 100,000."""
    found = [item for item in pool if word in item[1]]
    if is_address_word(word):
        # The address's leading number only as a whole number: 3栋2单元 is not 13栋2单元.
        pattern = re.compile(rf"(?<![0-9]){re.escape(word)}")
        found = [item for item in found if pattern.search(item[1])]
    return found


def _searched(query: str, key: Hashable, pool: Callable[[], list[tuple[int, str]]]) -> list[tuple[int, str]] | None:
    """The haystacks of ``pool`` (kept under ``key``) holding every word of ``query``; None for an empty query."""
    global _last
    words = query_words(query)
    if not words:
        return None
    _still_current()
    folded = " ".join(words)
    # Typing one more character can only narrow the matches: search the last ones again.
    extends = _last is not None and _last[0] == key and folded.startswith(_last[1]) and " " not in folded
    found = _last[2] if extends else pool()
    for word in words:
        found = _narrowed(found, word)
    _last = (key, folded, found)
    return found


def _all_haystacks() -> list[tuple[int, str]]:
    global _haystacks
    if _haystacks is None:
        _haystacks = database.execute(ResidentSearch.select(ResidentSearch.resident, ResidentSearch.text)).fetchall()
    return _haystacks


def matching_set(query: str) -> set[int] | None:
    """Ids of the residents whose haystack holds every word of ``query``; None for an empty query."""
    found = _searched(query, None, _all_haystacks)
    return None if found is None else set(map(_resident, found))


def matching_in_order(query: str, key: Hashable, order: list[int]) -> list[int] | None:
    """The ids of ``order`` (kept under ``key``, see ordered()) whose haystack holds every word of
    ``query``, in that order; None for an empty query. No set of matches and no second pass over the
    order: at 100,000 residents those were 10 ms of a first keystroke."""

    def pool() -> list[tuple[int, str]]:
        found = _ordered_haystacks.get(key)
        if found is None:
            text_of = dict(_all_haystacks())
            found = _ordered_haystacks[key] = [(rid, text_of[rid]) for rid in order if rid in text_of]
        return found

    found = _searched(query, key, pool)
    return None if found is None else list(map(_resident, found))


def ordered(key: Hashable, load: Callable[[], list[T]]) -> list[T]:
    """The ids in the table's order for one set of filters and sort (or the roster of a past day),
    kept until the roster changes."""
    _still_current()
    found = _orders.get(key)  # read once: a worker's change may clear the dict meanwhile
    if found is None:
        found = _orders[key] = load()
    return found
