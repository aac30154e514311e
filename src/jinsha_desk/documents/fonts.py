"""Chinese fonts for PDFs: the office PC's own fonts when it has them (Windows' SimSun, FangSong …,
the CESI fonts of 统信UOS and 麒麟, the AR PL fonts of other distributions), else the freely licensed
WenQuanYi Micro Hei shipped in resources/fonts/. All are TrueType, which reportlab embeds as a
subset, so the text in the PDF stays extractable.

A character the chosen font lacks (rare names from CJK Extension B and later: 𠇔, 𬌗 …) is drawn in
the first installed font that has it; when none has it the document is refused with the character
named (:class:`MissingCharacter`) rather than printed with a hole in a resident's name."""

from __future__ import annotations

import itertools
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import ttfonts

from jinsha_desk.errors import DeskError
from jinsha_desk.paths import resource_path

FALLBACK = ("wqy-microhei.ttc", 0)
# Role → candidate files (file name, index in a collection), best first. The CESI_* files are the
# national standard fonts that 统信UOS and 银河麒麟 install (package fonts-cesi).
_CANDIDATES = {
    "song": [("simsun.ttc", 0), ("simsun.ttf", 0), ("NSimSun.ttf", 0), ("CESI_SS_GB2312.TTF", 0),
             ("CESI_SS_GB18030.TTF", 0), ("uming.ttc", 0)],
    "hei": [("simhei.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0), ("CESI_HT_GB2312.TTF", 0),
            ("CESI_HT_GB18030.TTF", 0), ("wqy-zenhei.ttc", 0)],
    "kai": [("simkai.ttf", 0), ("STKAITI.TTF", 0), ("CESI_KT_GB2312.TTF", 0), ("CESI_KT_GB18030.TTF", 0),
            ("ukai.ttc", 0)],
    # GB/T 9704: body text of official documents in 仿宋, titles in 小标宋.
    "fangsong": [("simfang.ttf", 0), ("FZFSK.TTF", 0), ("STFANGSO.TTF", 0), ("CESI_FS_GB2312.TTF", 0),
                 ("CESI_FS_GB18030.TTF", 0)],
    "title": [("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0), ("CESI_XBS_GB2312.TTF", 0), ("CESI_XBS_GB18030.TTF", 0),
              ("simsun.ttc", 0), ("simsun.ttf", 0), ("CESI_SS_GB2312.TTF", 0), ("uming.ttc", 0)],
}
ROLES = tuple(_CANDIDATES)
ROLE_LABELS = {"song": "宋体", "hei": "黑体", "kai": "楷体", "fangsong": "仿宋（公文正文）", "title": "小标宋（公文标题）"}
# Fonts known to cover CJK Extension B and later, tried first for a character the role's font lacks.
_EXTENDED = [("simsunb.ttf", 0), ("SimSun-ExtG.ttf", 0), ("simsunextg.ttf", 0), ("mingliub.ttc", 0),
             ("HanaMinB.ttf", 0), ("HanaMinA.ttf", 0), ("FSung-2.ttf", 0), ("TH-Tshyn-P2.ttf", 0),
             ("TH-Tshyn-P1.ttf", 0), ("BabelStoneHan.ttf", 0), ("CESI_SS_GB18030.TTF", 0)]
_FONT_SUFFIXES = (".ttf", ".ttc")
_CJK_FONT_BYTES = 1024 * 1024


class MissingCharacter(DeskError):
    """No installed font draws a character of the text."""

    def __init__(self, character: str, where: str) -> None:
        self.character = character
        self.where = where
        super().__init__(
            f"“{where}”中的“{character}”（U+{ord(character):04X}）在本机所有字体中都没有，打印出来会缺字，"
            "所以没有生成文件。请安装含扩展汉字的字体（如 Windows 的 SimSun-ExtB、花园明朝 HanaMinB），"
            "或请管理员核对这条记录的用字。"
        )


def _font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    home = Path.home()
    dirs += [home / ".fonts", home / ".local" / "share" / "fonts", Path("/usr/local/share/fonts"),
             Path("/usr/share/fonts")]
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def installed_fonts() -> dict[str, Path]:
    """Lower-cased file name → path of every TrueType font in the font folders and their subfolders
    (Linux distributions keep CJK fonts in /usr/share/fonts/truetype/wqy/, …/fonts-cesi/ and the like)."""
    found: dict[str, Path] = {}
    for directory in _font_dirs():
        for root, _dirs, files in os.walk(directory):
            for name in files:
                if name.lower().endswith(_FONT_SUFFIXES):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def _first_installed(candidates: list[tuple[str, int]]) -> tuple[Path, int] | None:
    fonts = installed_fonts()
    for name, index in candidates:
        if name.lower() in fonts:
            return fonts[name.lower()], index
    return None


def find_font(role: str) -> tuple[Path, int]:
    """The file and collection index to use for a role; the bundled font when the PC has none."""
    return _first_installed(_CANDIDATES[role]) or (resource_path("fonts", FALLBACK[0]), FALLBACK[1])


def _fixed_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab writes a character beyond U+FFFF into the ToUnicode map as five hex digits, which
    readers reject: the glyph prints but the name cannot be copied or searched. PDF wants the
    UTF-16 surrogate pair there."""
    safe = [v if v <= 0xFFFF else 0xFFFD for v in subset]
    cmap = _reportlab_to_unicode_cmap(fontname, safe)
    for code, value in enumerate(subset):
        if value > 0xFFFF:
            pair = chr(value).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{code:02X}> <FFFD>", f"<{code:02X}> <{pair}>", 1)
    return cmap


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _fixed_to_unicode_cmap


@dataclass(frozen=True)
class _Registered:
    name: str
    covered: frozenset[int]


_registered: dict[tuple[Path, int], _Registered] = {}
_serial = itertools.count()


def _register(path: Path, index: int) -> _Registered:
    from reportlab.pdfbase import pdfmetrics

    key = (path, index)
    if key not in _registered:
        font = ttfonts.TTFont(f"JinshaCJK-{next(_serial)}", str(path), subfontIndex=index)
        pdfmetrics.registerFont(font)
        _registered[key] = _Registered(font.fontName, frozenset(font.face.charToGlyph))
    return _registered[key]


@lru_cache(maxsize=None)
def register_fonts() -> dict[str, str]:
    """Register one reportlab font per role (once per process); role → font name."""
    return {role: _register(*find_font(role)).name for role in ROLES}


def fonts_in_use() -> list[str]:
    """One line per role saying which font file documents use, for the About box."""
    lines = []
    bundled = resource_path("fonts", FALLBACK[0])
    for role in ROLES:
        path = find_font(role)[0]
        where = "本机未安装，使用内置的文泉驿微米黑" if path == bundled else str(path)
        lines.append(f"{ROLE_LABELS[role]}：{path.name}（{where}）")
    return lines


def covers(font_name: str, character: str) -> bool:
    return ord(character) in _coverage(font_name)


@lru_cache(maxsize=None)
def _coverage(font_name: str) -> frozenset[int]:
    return next(r.covered for r in _registered.values() if r.name == font_name)


@lru_cache(maxsize=None)
def fallback_for(character: str) -> str | None:
    """The registered name of the first installed font that draws ``character``: the fonts known to
    carry the extension blocks first, then every other font on the PC."""
    code = ord(character)
    for font in _registered.values():
        if code in font.covered:
            return font.name
    known = [c for c in (_first_installed([candidate]) for candidate in _EXTENDED) if c]
    # Only files large enough to hold Chinese (a CJK font is several megabytes; the hundreds of Latin
    # fonts on a Windows PC are not worth opening one by one).
    others = [(path, 0) for path in installed_fonts().values() if path.stat().st_size >= _CJK_FONT_BYTES]
    for path, index in known + others:
        try:
            font = _register(path, index)
        except Exception:  # noqa: BLE001 - a broken or unsupported (CFF) font is simply not a candidate
            continue
        if code in font.covered:
            return font.name
    return None


def forget_installed_fonts() -> None:
    """Look for fonts afresh: after fonts were installed while the app runs (and in tests)."""
    _registered.clear()
    for cached in (installed_fonts, fallback_for, register_fonts, _coverage):
        cached.cache_clear()
