"""Pre-printed certificate paper (套打): how far the clerk's printer needs the words moved, measured
once on a test print and kept."""

from __future__ import annotations

from jinsha_desk.changes import SETTINGS, reports
from jinsha_desk.errors import DeskError
from jinsha_desk.settings import get_setting, set_setting

OFFSET_KEYS = ("certificate_offset_x", "certificate_offset_y")
MAX_OFFSET = 30.0


def paper_offsets() -> tuple[float, float]:
    """How far (mm, right and down) the clerk's printer needs the 套打 text moved."""
    return tuple(float(get_setting(key) or 0) for key in OFFSET_KEYS)


@reports(SETTINGS)
def save_paper_offsets(right: float, down: float) -> None:
    if max(abs(right), abs(down)) > MAX_OFFSET:
        raise DeskError(f"套打偏移不能超过 {MAX_OFFSET:g} 毫米；偏差更大时请检查证书纸是否放正。")
    for key, value in zip(OFFSET_KEYS, (right, down), strict=True):
        set_setting(key, f"{value:g}")
