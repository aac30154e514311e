"""A TrueType font built on the spot (fontTools) with a box glyph for each character asked for, so a
test decides exactly which characters the PC's fonts cover."""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen


def _box():
    pen = TTGlyphPen(None)
    pen.moveTo((100, -50))
    pen.lineTo((100, 800))
    pen.lineTo((900, 800))
    pen.lineTo((900, -50))
    pen.closePath()
    return pen.glyph()


def build_font(path: Path, characters: str, family: str = "JinshaTestExtB") -> Path:
    names = [".notdef", *(f"u{ord(c):X}" for c in characters)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"u{ord(c):X}" for c in characters})
    builder.setupGlyf({name: _box() for name in names})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path
