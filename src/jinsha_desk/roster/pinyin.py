"""Pinyin keys for finding a resident by typing 'liuxiuhua' or 'lxh'.

pypinyin is slow per call (3–5 s for 100,000 names) but names reuse few characters, so readings
are cached per character. A surname with several readings (曾 zeng/ceng, 单 shan/dan, 区 ou/qu …)
contributes every reading, so the clerk finds 曾国华 by 'zgh' as well as by what pypinyin guesses.
"""

from __future__ import annotations

import threading
from functools import lru_cache

# pypinyin is imported on first use: loading its dictionaries takes a third of a second, which the
# desktop's start should not pay for (search reads keys stored with each resident, not pypinyin).


def load_in_background() -> None:
    """Start loading pypinyin on another thread (once), for a caller about to wait on work that lets
    other threads run."""
    if not _loading.is_set():
        _loading.set()
        threading.Thread(target=_reading, args=("一",), name="pypinyin", daemon=True).start()


_loading = threading.Event()


@lru_cache(maxsize=None)
def _reading(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(char, style=Style.NORMAL, errors=lambda c: c.lower())[0].lower()


@lru_cache(maxsize=None)
def _surname_readings(char: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda c: [c.lower()])[0]
    ordered = [_reading(char)] + [r.lower() for r in readings]
    return tuple(dict.fromkeys(ordered))


@lru_cache(maxsize=1 << 16)  # half the names of a 100,000-resident roster are repeats
def pinyin_keys(name: str) -> tuple[str, ...]:
    """Full pinyin and initials for each reading of the surname, e.g. ('liuxiuhua', 'lxh')."""
    if not name:
        return ()
    first = _surname_readings(name[0])
    rest = [_reading(c) for c in name[1:] if c != "·"]
    keys: list[str] = []
    for surname in first:
        syllables = [surname, *rest]
        keys.append("".join(syllables))
        keys.append("".join(s[:1] for s in syllables))
    return tuple(dict.fromkeys(keys))


