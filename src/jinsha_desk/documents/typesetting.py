"""Chinese typesetting rules reportlab leaves out, applied to every paragraph of every document.

- Line breaking (GB/T 15834 and common 排版 practice): no line begins with closing punctuation
  （，。、；：？！）》” …) or ends with an opening one （（《“ …); a run of Latin letters and digits
  (serial numbers, phone numbers, years) stays on one line; text marked :func:`unbroken` (a name, a
  quoted honour title) is never split. reportlab's own CJK wrap knows only some Japanese rules and
  hangs at most one mark.
- Characters the paragraph's font lacks are set in the first installed font that has them
  (:func:`jinsha_desk.documents.fonts.fallback_for`), or the document is refused naming them.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from jinsha_desk.documents import fonts

# U+2060 WORD JOINER: Unicode's own "no line break here"; it never reaches the page.
GLUE = "\u2060"
CANNOT_START = ALL_CANNOT_START + "，。、；：？！）》”’」』】〕〉…—·％‰℃"
CANNOT_END = ALL_CANNOT_END + "（《“‘「『【〔〈"


def unbroken(words: str) -> str:
    """Mark ``words`` (a name, “文明家庭”) as one that must not be split across lines."""
    return GLUE.join(words)


def font_for(character: str, font_name: str, where: str) -> str:
    """The font that draws ``character``: ``font_name`` itself, or the fallback that has it."""
    if character.isspace() or fonts.covers(font_name, character):
        return font_name
    fallback = fonts.fallback_for(character)
    if fallback is None:
        raise fonts.MissingCharacter(character, where.replace(GLUE, ""))
    return fallback


def runs(words: str, font_name: str) -> Iterator[tuple[str, str]]:
    """``words`` cut into (font, text) runs, each drawable in its font (for text drawn on a canvas)."""
    current, buffer = font_name, ""
    for character in words.replace(GLUE, ""):
        font = font_for(character, font_name, words)
        if font != current and buffer:
            yield current, buffer
            buffer = ""
        current = font
        buffer += character
    if buffer:
        yield current, buffer


def _latin(character: str) -> bool:
    return character.isascii() and not character.isspace()


class ChineseParagraph(Paragraph):
    """A Paragraph (style wordWrap="CJK") that breaks lines by the Chinese rules above."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 (reportlab's name)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        if getattr(self, "blPara", None) is not None and getattr(self, "_splitpara", 0):
            return self.blPara
        style = self.style
        if not self.frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName, textColor=style.textColor,
                             lines=[], ascent=style.fontSize, descent=-0.2 * style.fontSize)
        calc_bounds = getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        units, glued = self._units()
        return ParaLines(kind=1, lines=list(self._lines(units, glued, maxWidths, calc_bounds)))

    def _units(self) -> tuple[list[cjkU], list[bool]]:
        where = "".join(f.text for f in self.frags if isinstance(getattr(f, "text", None), str))
        units: list[cjkU] = []
        glued: list[bool] = []
        in_font: dict[tuple[int, str], object] = {}
        for frag in self.frags:
            words = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
            if hasattr(frag, "cbDefn") or not words:
                units.append(cjkU(words, frag, "utf8"))
                glued.append(False)
                continue
            join = False
            for character in words:
                if character == GLUE:
                    join = True
                    continue
                font = font_for(character, frag.fontName, where)
                if font != frag.fontName:
                    key = (id(frag), font)
                    in_font.setdefault(key, frag.clone(fontName=font))
                    units.append(cjkU(character, in_font[key], "utf8"))
                else:
                    units.append(cjkU(character, frag, "utf8"))
                glued.append(join)
                join = False
        return units, glued

    @staticmethod
    def _may_break_before(units: list[cjkU], glued: list[bool], i: int) -> bool:
        before, after = units[i - 1], units[i]
        return not (glued[i] or after in CANNOT_START or before in CANNOT_END or (_latin(before) and _latin(after)))

    def _lines(self, units: list[cjkU], glued: list[bool], max_widths: list[float], calc_bounds: bool):
        start = width = i = 0
        count = 0
        max_width = max_widths[0]
        while i < len(units):
            unit = units[i]
            if hasattr(unit.frag, "lineBreak"):
                yield makeCJKParaLine(units[start:i + 1], max_width, width, max_width - width, True, calc_bounds)
                start = i = i + 1
            elif width + unit.width > max_width + _FUZZ and i > start:
                cut = i
                while cut > start and not self._may_break_before(units, glued, cut):
                    cut -= 1
                if cut == start:
                    # Nothing may break on this line (a name or title longer than the line): it is
                    # cut where it overflows, and closing marks after it hang in the margin.
                    cut = i
                    while cut < len(units) and units[cut] in CANNOT_START:
                        cut += 1
                used = sum(u.width for u in units[start:cut])
                yield makeCJKParaLine(units[start:cut], max_width, used, max_width - used, False, calc_bounds)
                start = i = cut
            else:
                width += unit.width
                i += 1
                continue
            width = 0
            count += 1
            max_width = max_widths[min(count, len(max_widths) - 1)]
        if start < len(units):
            yield makeCJKParaLine(units[start:], max_width, width, max_width - width, False, calc_bounds)
