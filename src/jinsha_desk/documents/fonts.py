"""Chinese fonts for PDFs: the office PC's own SimSun, SimHei and KaiTi when it has them, else the
freely licensed WenQuanYi Micro Hei shipped in resources/fonts/. All are TrueType, which reportlab
embeds as a subset, so the text in the PDF stays extractable."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from jinsha_desk.paths import resource_path

FALLBACK = ("wqy-microhei.ttc", 0)
# Role → candidate files (file name, index in a collection), best first.
_CANDIDATES = {
    "song": [("simsun.ttc", 0), ("simsun.ttf", 0), ("NSimSun.ttf", 0)],
    "hei": [("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0)],
    "kai": [("simkai.ttf", 0), ("STKAITI.TTF", 0)],
}
ROLES = tuple(_CANDIDATES)


def _font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    dirs += [Path.home() / ".fonts", Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts")]
    return [d for d in dirs if d.is_dir()]


def find_font(role: str) -> tuple[Path, int]:
    """The file and collection index to use for a role; the bundled font when the PC has none."""
    for directory in _font_dirs():
        for name, index in _CANDIDATES[role]:
            for candidate in (directory / name, directory / name.lower()):
                if candidate.is_file():
                    return candidate, index
    return resource_path("fonts", FALLBACK[0]), FALLBACK[1]


@lru_cache(maxsize=None)
def register_fonts() -> dict[str, str]:
    """Register one reportlab font per role (once per process); role → font name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    for role in ROLES:
        path, index = find_font(role)
        name = f"JinshaCJK-{role}"
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
        names[role] = name
    return names
