"""Page furniture shared by every document: A4, Chinese styles, tables whose header repeats on each
page, and "第 N 页 共 M 页" at the foot of every page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from jinsha_desk.audit import PRINT, may_take_out, record_event
from jinsha_desk.documents.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def styles() -> dict[str, ParagraphStyle]:
    fonts = register_fonts()
    base = {"fontName": fonts["song"], "wordWrap": "CJK"}
    return {
        "title": ParagraphStyle("title", **{**base, "fontName": fonts["hei"]}, fontSize=20, leading=28,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "subtitle": ParagraphStyle("subtitle", **base, fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", **{**base, "fontName": fonts["hei"]}, fontSize=13, leading=20,
                                  spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        "body": ParagraphStyle("body", **base, fontSize=11.5, leading=19, alignment=TA_LEFT),
        # Running text of a notice: the first line indented by two characters, as Chinese prose is.
        "paragraph": ParagraphStyle("paragraph", **base, fontSize=12, leading=21, firstLineIndent=24),
        "cell": ParagraphStyle("cell", **base, fontSize=10.5, leading=15),
        "cell_center": ParagraphStyle("cell_center", **base, fontSize=10.5, leading=15, alignment=TA_CENTER),
        "header_cell": ParagraphStyle("header_cell", **{**base, "fontName": fonts["hei"]}, fontSize=10.5, leading=15,
                                      alignment=TA_CENTER),
        "right": ParagraphStyle("right", **base, fontSize=11.5, leading=19, alignment=TA_RIGHT),
    }


def text(value: object) -> str:
    """Escape for a Paragraph; line breaks kept."""
    raw = "" if value is None else str(value)
    return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def plain_table_style() -> list[tuple]:
    """Every table names the Chinese font: reportlab would otherwise reference an unembedded Helvetica."""
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts()["song"]), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    centered: Sequence[int] = (),
    row_height: float | None = None,
) -> Table:
    """A bordered table that wraps Chinese in its cells and repeats its header on every page.
    ``row_height`` is a least height (room to sign): a row with more text grows instead of spilling."""
    st = styles()
    data = [[Paragraph(text(h), st["header_cell"]) for h in headers]]
    for row in rows:
        data.append(
            [Paragraph(text(v), st["cell_center"] if i in centered else st["cell"]) for i, v in enumerate(row)]
        )
    scale = CONTENT_WIDTH / sum(widths)
    # One line of a cell is about its leading high; padding brings a one-line row to row_height.
    padding = max(3.0, (row_height - st["cell"].leading) / 2) if row_height else 3.0
    result = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                *plain_table_style(),
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


class _NumberedCanvas(canvas.Canvas):
    """Holds pages back until the end, so each can say how many there are in all."""

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
            self.setFont(register_fonts()["song"], 9)
            self.drawCentredString(PAGE_WIDTH / 2, 10 * mm, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def build(out: Path, story: list[Flowable], title: str, author: str = "金沙社区工作台") -> Path:
    may_take_out()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=title, author=author, creator="jinsha-desk",
        # Pages start in the Chinese font, so no unembedded Helvetica is referenced.
        initialFontName=register_fonts()["song"],
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    record_event(PRINT, "document", f"{title}，{out}")
    return out
