"""The public notice (公示) of a campaign's winners, and their certificates (荣誉证书).

Certificates print either whole (border, title and text, for plain paper) or in 套打 mode: only the
words, placed for the pre-printed certificate paper offices buy, shifted by the offsets the clerk
measured once on a test print (:func:`save_paper_offsets`). Neither prints a seal guide (the seal is
stamped by hand) nor a page-wide tint, which office printers cannot print to the edge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Spacer

from jinsha_desk.audit import PRINT, may_take_out, record_event
from jinsha_desk.chinese_dates import chinese_year_month, plain_date
from jinsha_desk.documents.fonts import register_fonts
from jinsha_desk.documents.layout import OFFICIAL, OFFICIAL_LEADING, SignedEnding, build, para, styles, table
from jinsha_desk.documents.typesetting import runs, unbroken
from jinsha_desk.errors import Cancelled, DeskError
from jinsha_desk.honours import campaigns as c
from jinsha_desk.honours.paper import paper_offsets
from jinsha_desk.office.profile import committee_label, community_label

RED = colors.HexColor("#b03a2e")
GOLD = colors.HexColor("#c9a227")
INK = colors.HexColor("#222222")


def write_notice(campaign_id: int, out: Path, today: dt.date | None = None) -> Path:
    campaign = c.get_campaign(campaign_id)
    if campaign.notice_from is None:
        raise DeskError("这次评选还没有开始公示，请先确定拟表彰对象并开始公示。")
    winners = c.winners_ranked(campaign_id)
    st = styles(OFFICIAL)
    community = community_label()
    honour = unbroken(f"“{campaign.honour}”")
    unit = {c.HOUSEHOLD: "户", c.RESIDENT: "名", c.BUILDING: "栋"}[campaign.nominee_kind]
    story = [
        para(f"关于{campaign.title}结果的公示", st["title"]),
        para(
            f"根据{community}{campaign.year}年度{honour}评选工作安排，经居民推荐、"
            f"民主评议和社区两委审核，拟表彰以下{len(winners)}{unit}为{community}{campaign.year}年度"
            f"{honour}。现予以公示，接受居民监督。",
            st["paragraph"],
        ),
        Spacer(0, 4 * mm),
        table(
            ["序号", "名称", "住址", "主要事迹"],
            [[n, unbroken(w.name), w.address, w.citation] for n, w in enumerate(winners, start=1)],
            [12, 26, 30, 78],
            centered=(0,),
            look=OFFICIAL,
        ),
        Spacer(0, 4 * mm),
        SignedEnding(para(
            f"公示时间：{plain_date(campaign.notice_from)}至{plain_date(campaign.notice_to)}"
            f"（{campaign.notice_days}个工作日）。公示期间，如对拟表彰对象有异议，请以书面或当面方式向社区居委会"
            f"实名反映。" + (f"联系电话：{campaign.objection_phone}。" if campaign.objection_phone else ""),
            st["paragraph"],
        ), [
            Spacer(0, 2 * OFFICIAL_LEADING),
            para(committee_label(), st["right"]),
            para(plain_date(campaign.notice_from if today is None else today), st["right"]),
        ]),
    ]
    return build(out, story, f"{campaign.title} 公示", look=OFFICIAL)


def _ornament(pdf: canvas.Canvas, x: float, y: float, size: float) -> None:
    """A small lozenge with a dot, for the corners of the border."""
    pdf.setFillColor(GOLD)
    path = pdf.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size, y)
    path.lineTo(x, y - size)
    path.lineTo(x - size, y)
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.setFillColor(RED)
    pdf.circle(x, y, size / 3, stroke=0, fill=1)


def _border(pdf: canvas.Canvas, width: float, height: float) -> None:
    pdf.setStrokeColor(RED)
    pdf.setLineWidth(7)
    pdf.rect(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm)
    pdf.setStrokeColor(GOLD)
    pdf.setLineWidth(1.6)
    pdf.rect(19 * mm, 19 * mm, width - 38 * mm, height - 38 * mm)
    pdf.setLineWidth(0.6)
    pdf.rect(21 * mm, 21 * mm, width - 42 * mm, height - 42 * mm)
    for x, y in ((19 * mm, 19 * mm), (width - 19 * mm, 19 * mm), (19 * mm, height - 19 * mm),
                 (width - 19 * mm, height - 19 * mm)):
        _ornament(pdf, x, y, 5 * mm)


def fit_line(words: str, font: str, largest: float, width: float, smallest: float = 14) -> tuple[float, float]:
    """(font size, horizontal scale %) at which ``words`` fit in ``width`` on one line.

    The size shrinks down to ``smallest``; a name longer still is narrowed rather than let overflow.
    """
    per_point = sum(stringWidth(part, face, 1) for face, part in runs(words, font))  # width grows with size
    size = largest
    while size > smallest and per_point * size > width:
        size -= 0.5
    natural = per_point * size
    return size, min(100.0, 100.0 * width / natural) if natural else 100.0


@dataclass(frozen=True)
class _Sheet:
    """What every certificate of a campaign shares, worked out once for the whole print run."""

    body: Flowable  # the sentence, wrapped once and drawn on every page
    body_height: float
    signer: str
    issued: str
    offsets: tuple[float, float] | None  # 套打: (right, down) in mm; None for plain paper


def _sheet(body: str, issued: dt.date, preprinted: bool) -> _Sheet:
    fonts = register_fonts()
    style = ParagraphStyle("certificate", fontName=fonts["kai"], fontSize=22, leading=36, wordWrap="CJK",
                           firstLineIndent=44, textColor=INK)
    paragraph = para(body, style)
    _, used = paragraph.wrap(landscape(A4)[0] - 90 * mm, 60 * mm)
    return _Sheet(paragraph, used, committee_label(), chinese_year_month(issued),
                  paper_offsets() if preprinted else None)


def _certificate_page(pdf: canvas.Canvas, sheet: _Sheet, nominee: c.NomineeRow) -> None:
    fonts = register_fonts()
    width, height = landscape(A4)
    if sheet.offsets is not None:
        right, down = sheet.offsets
        pdf.translate(right * mm, -down * mm)
    else:
        _border(pdf, width, height)
        pdf.setFillColor(RED)
        pdf.setFont(fonts["hei"], 54)
        pdf.drawCentredString(width / 2, height - 62 * mm, "荣 誉 证 书")
    left = 45 * mm
    name = f"{nominee.name}："
    size, scale = fit_line(name, fonts["kai"], 28, width - 90 * mm)
    pdf.setFillColor(INK)
    names = pdf.beginText(left, height - 92 * mm)
    names.setHorizScale(scale)
    for face, part in runs(name, fonts["kai"]):
        names.setFont(face, size)
        names.textOut(part)
    pdf.drawText(names)
    sheet.body.drawOn(pdf, left, height - 100 * mm - sheet.body_height)
    pdf.setFont(fonts["song"], 18)
    signer_x = width - 80 * mm
    pdf.drawCentredString(signer_x, 52 * mm, sheet.signer)
    pdf.drawCentredString(signer_x, 42 * mm, sheet.issued)
    pdf.setFillColor(colors.HexColor("#555555"))
    pdf.setFont(fonts["song"], 10)
    pdf.drawString(26 * mm, 26 * mm, f"证书编号：{nominee.serial}")


def certificate_body(campaign, community: str) -> str:
    """The certificate's sentence; the quoted honour is never split across lines."""
    honour = unbroken(f"“{campaign.honour}”")
    return f"在{campaign.year}年度{honour}评选中，被评为{community}{honour}。特发此证，以资鼓励。"


def write_certificates(campaign_id: int, out: Path, nominee_id: int | None = None, progress=None,
                       cancel=None, preprinted: bool = False) -> Path:
    """Every winner's certificate in one PDF, or one winner's again (same serial number); with
    ``preprinted`` only the words, for pre-printed certificate paper (套打)."""
    campaign = c.get_campaign(campaign_id)
    if campaign.step != c.ISSUED:
        raise DeskError("请先确认评选结果并发放证书（生成证书编号），再打印证书。")
    may_take_out()
    winners = [w for w in c.winners_ranked(campaign_id) if nominee_id in (None, w.nominee_id)]
    if not winners:
        raise DeskError("没有可以打印证书的获奖对象。")
    sheet = _sheet(certificate_body(campaign, community_label()), campaign.issued_date, preprinted)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(out), pagesize=(width, height), initialFontName=register_fonts()["song"])
    pdf.setTitle(f"{campaign.title} 荣誉证书")
    pdf.setAuthor(sheet.signer)
    for index, winner in enumerate(winners):
        if cancel is not None and cancel():
            raise Cancelled()
        pdf.saveState()
        _certificate_page(pdf, sheet, winner)
        pdf.restoreState()
        pdf.showPage()
        if progress is not None and index % 20 == 0:
            progress(index / len(winners), f"正在生成证书 {index + 1}/{len(winners)}")
    pdf.save()
    record_event(PRINT, "document", f"{campaign.title} 荣誉证书 {len(winners)} 张，{out}")
    return out
