"""Page furniture shared by every document: A4, Chinese styles, tables whose header repeats on each
page, and page numbers.

Two looks. Working papers (agendas, sign-in sheets) use :data:`WORKING`: 20 mm margins, 宋体 and
"第 N 页 共 M 页". Papers that go out under the committee's name (公示, 会议纪要, 证明) use
:data:`OFFICIAL`, the layout of GB/T 9704-2012 党政机关公文格式: a 156 × 225 mm text block (top margin
37 mm, binding margin 28 mm), title in 小标宋 二号, body in 仿宋 三号 at 22 lines of 28 characters, and
page numbers "— 1 —" in 四号 under the block, right on odd pages and left on even ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from jinsha_desk.audit import PRINT, may_take_out, record_event
from jinsha_desk.documents.fonts import register_fonts
from jinsha_desk.documents.typesetting import ChineseParagraph

PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True)
class Look:
    top: float
    left: float
    width: float
    height: float
    official: bool

    @property
    def bottom(self) -> float:
        return PAGE_HEIGHT - self.top - self.height


WORKING = Look(top=20 * mm, left=20 * mm, width=PAGE_WIDTH - 40 * mm, height=PAGE_HEIGHT - 40 * mm, official=False)
OFFICIAL = Look(top=37 * mm, left=28 * mm, width=156 * mm, height=225 * mm, official=True)
# GB/T 9704: 28 characters to a line, 22 lines to a page. 三号 is 16 pt; 28 of them are 158 mm, so the
# standard's "可作适当调整" is taken as the least step that fits them in 156 mm.
OFFICIAL_SIZE = OFFICIAL.width / 28
OFFICIAL_LEADING = OFFICIAL.height / 22 - 0.05


def styles(look: Look = WORKING) -> dict[str, ParagraphStyle]:
    fonts = register_fonts()
    if look.official:
        body = {"fontName": fonts["fangsong"], "wordWrap": "CJK", "fontSize": OFFICIAL_SIZE,
                "leading": OFFICIAL_LEADING}
        cell = {"fontName": fonts["fangsong"], "wordWrap": "CJK", "fontSize": 12, "leading": 17}
        heading_font, title_font, title_size = fonts["hei"], fonts["title"], 22
    else:
        body = {"fontName": fonts["song"], "wordWrap": "CJK", "fontSize": 11.5, "leading": 19}
        cell = {"fontName": fonts["song"], "wordWrap": "CJK", "fontSize": 10.5, "leading": 15}
        heading_font, title_font, title_size = fonts["hei"], fonts["hei"], 20
    size = body["fontSize"]
    return {
        "title": ParagraphStyle("title", **{**body, "fontName": title_font, "fontSize": title_size},
                                alignment=TA_CENTER, spaceAfter=body["leading"] - title_size * 0.3),
        "subtitle": ParagraphStyle("subtitle", **body, alignment=TA_CENTER, spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", **{**body, "fontName": heading_font}, keepWithNext=1),
        "body": ParagraphStyle("body", **body, alignment=TA_LEFT),
        # Running text: the first line indented by two characters, as Chinese prose is.
        "paragraph": ParagraphStyle("paragraph", **body, firstLineIndent=2 * size),
        "cell": ParagraphStyle("cell", **cell),
        "cell_center": ParagraphStyle("cell_center", **cell, alignment=TA_CENTER),
        "header_cell": ParagraphStyle("header_cell", **{**cell, "fontName": fonts["hei"]}, alignment=TA_CENTER),
        # The signing unit and date stand four characters in from the right margin (GB/T 9704 7.3.5).
        "right": ParagraphStyle("right", **body, alignment=TA_RIGHT, rightIndent=4 * size if look.official else 0),
    }


def text(value: object) -> str:
    """Escape for a Paragraph; line breaks kept."""
    raw = "" if value is None else str(value)
    return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> ChineseParagraph:
    """A paragraph of plain text (escaped), broken into lines by the Chinese rules."""
    return ChineseParagraph(text(value), style)


def plain_table_style(look: Look = WORKING) -> list[tuple]:
    """Every table names the Chinese font: reportlab would otherwise reference an unembedded Helvetica."""
    font = register_fonts()["fangsong" if look.official else "song"]
    return [("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    centered: Sequence[int] = (),
    row_height: float | None = None,
    look: Look = WORKING,
) -> Table:
    """A bordered table that wraps Chinese in its cells and repeats its header on every page.
    ``row_height`` is a least height (room to sign): a row with more text grows instead of spilling."""
    st = styles(look)
    data = [[para(h, st["header_cell"]) for h in headers]]
    for row in rows:
        data.append([para(v, st["cell_center"] if i in centered else st["cell"]) for i, v in enumerate(row)])
    scale = look.width / sum(widths)
    # One line of a cell is about its leading high; padding brings a one-line row to row_height.
    padding = max(3.0, (row_height - st["cell"].leading) / 2) if row_height else 3.0
    result = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                *plain_table_style(look),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, 0), 3),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
            ]
        )
    )
    return result


class SignedEnding(Flowable):
    """The last text of a paper and the signing block under it. When the page ends, at least the
    text's last line (or a table's last row) moves over with the signatures, so they never stand
    alone on a page."""

    def __init__(self, last: Flowable, signing: Sequence[Flowable]) -> None:
        super().__init__()
        self.last = last
        self.signing = list(signing)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [f.wrap(avail_width, avail_height)[1] for f in (self.last, *self.signing)]
        self.width, self.height = avail_width, sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        last = self.last.wrap(avail_width, avail_height)[1]
        parts = self.last.split(avail_width, min(avail_height, last - 1))
        if len(parts) < 2:
            return []  # not one line can stay here with the rest going over: all of it moves on
        return [parts[0], SignedEnding(parts[1], self.signing)]

    def draw(self) -> None:
        y = self.height
        for flowable, height in zip((self.last, *self.signing), self._heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)


class _NumberedCanvas(canvas.Canvas):
    """Holds pages back until the end, so each can say how many there are in all."""

    look = WORKING

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._page_number(number, total)
            super().showPage()
        super().save()

    def _page_number(self, number: int, total: int) -> None:
        fonts = register_fonts()
        if not self.look.official:
            self.setFont(fonts["song"], 9)
            self.drawCentredString(PAGE_WIDTH / 2, 10 * mm, f"第 {number} 页 共 {total} 页")
            return
        # 四号 (14 pt) half-width digits between dashes, 7 mm below the text block, one character
        # in from the right edge of the block on odd pages and from the left on even pages.
        size = 14
        self.setFont(fonts["song"], size)
        y = OFFICIAL.bottom - 7 * mm - size
        label = f"— {number} —"
        if number % 2:
            self.drawRightString(OFFICIAL.left + OFFICIAL.width - size, y, label)
        else:
            self.drawString(OFFICIAL.left + size, y, label)


def _canvas_for(look: Look) -> type[canvas.Canvas]:
    return type("PageCanvas", (_NumberedCanvas,), {"look": look})


def build(out: Path, story: list[Flowable], title: str, author: str = "金沙社区工作台", look: Look = WORKING) -> Path:
    may_take_out()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = BaseDocTemplate(
        str(out), pagesize=A4, title=title, author=author, creator="jinsha-desk",
        # Pages start in the Chinese font, so no unembedded Helvetica is referenced.
        initialFontName=register_fonts()["song"],
    )
    frame = Frame(look.left, look.bottom, look.width, look.height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_for(look))
    record_event(PRINT, "document", f"{title}，{out}")
    return out
