"""Column mappings a clerk corrected, remembered for the next file with the same header (the same system's
export, month after month)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from jinsha_desk.importing.headers import clean_header
from jinsha_desk.settings import get_setting, set_setting

_KEY = "import_mapping:"


def _key(header_cells: Sequence[object]) -> str:
    names = "|".join(name for name in (clean_header(c) for c in header_cells) if name)
    return _KEY + hashlib.sha1(names.encode("utf-8")).hexdigest()


def remembered(header_cells: Sequence[object]) -> dict[str, str | None] | None:
    stored = get_setting(_key(header_cells))
    return json.loads(stored) if stored else None


def remember(header_cells: Sequence[object], mapping: dict[str, str | None]) -> None:
    """Keep the part of ``mapping`` that concerns this header."""
    names = {clean_header(c) for c in header_cells}
    kept = {header: field for header, field in mapping.items() if header in names}
    if kept:
        set_setting(_key(header_cells), json.dumps(kept, ensure_ascii=False, sort_keys=True))
