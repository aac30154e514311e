"""The first-start set-up in one step: the profile, the grids with their workers, the staff. The
wizard collects grids and staff as lines a clerk types or pastes from a spreadsheet."""

from __future__ import annotations

import re

from jinsha_desk.errors import DeskError
from jinsha_desk.models import database
from jinsha_desk.office.grids import add_grid
from jinsha_desk.office.profile import update_profile
from jinsha_desk.office.staff import StaffInput, add_staff

_SEPARATORS = re.compile(r"[\s,，、；;\t]+")


def _fields(line: str) -> list[str]:
    return [part for part in _SEPARATORS.split(line.strip()) if part]


def grid_lines(text: str) -> list[tuple[str, str, str]]:
    """'第一网格 王丽萍 13881240101' per line → (grid, worker, phone)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = _fields(line)
        if not parts:
            continue
        if len(parts) > 3:
            raise DeskError(f"网格第 {number} 行“{line.strip()}”：应为 网格名称 网格员 电话，最多三项。")
        found.append((parts + ["", ""])[:3])
    return [tuple(p) for p in found]


def staff_lines(text: str) -> list[StaffInput]:
    """'刘芳 网格员 13881240103 第三网格' per line → staff (post, phone and grid may be left out)."""
    found = []
    for line in text.splitlines():
        parts = _fields(line)
        if not parts:
            continue
        name, rest = parts[0], parts[1:]
        phone = next((p for p in rest if p[:1].isdigit() or p.startswith("+")), "")
        grid = next((p for p in rest if p.endswith("网格")), "")
        post = next((p for p in rest if p not in (phone, grid)), "")
        found.append(StaffInput(name, post, phone, grid))
    return found


def set_up_office(profile_values: dict[str, str], grids_text: str = "", staff_text: str = "") -> None:
    """Save what the first-start wizard collected: all of it, or (on any error) none of it."""
    if not profile_values.get("community_name", "").strip():
        raise DeskError("请至少填写社区名称（如 金沙社区）。")
    with database.atomic():
        update_profile(profile_values)
        for name, worker, phone in grid_lines(grids_text):
            add_grid(name, worker, phone)
        for person in staff_lines(staff_text):
            add_staff(person)
