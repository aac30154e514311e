import datetime as dt

import pytest
from ids import make_id
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from jinsha_desk.chinese_dates import chinese_year_month
from jinsha_desk.documents.fonts import register_fonts
from jinsha_desk.documents.honour_docs import fit_line, write_certificates, write_notice
from jinsha_desk.errors import DeskError
from jinsha_desk.honours import campaigns as c
from jinsha_desk.models import Resident
from jinsha_desk.roster import editing
from jinsha_desk.settings import set_setting

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

START = dt.date(2026, 12, 1)  # a Tuesday


@pytest.fixture
def households(db):
    set_setting("community_name", "金沙社区")
    heads = ["王建国", "李秀琼", "阿卜杜热合曼·买买提艾力·吐尔逊江", "赵海", "周红"]
    ids = []
    for n, name in enumerate(heads):
        rid = editing.add_resident(editing.ResidentInput(name=name, id_number=make_id(order=200 + n), relation="户主",
                                                         building=str(n + 1), unit="1", room="101"))
        ids.append(Resident.get_by_id(rid).household_id)
    return ids


@pytest.fixture
def campaign(households):
    cid = c.create_campaign(c.CampaignInput("文明家庭", 2026, c.HOUSEHOLD, 3, objection_phone="0812-5910065"))
    for n, hid in enumerate(households):
        nominee = c.nominate(cid, hid, "楼栋长推荐", f"孝老爱亲，邻里和睦，事迹{n}。")
        c.set_scores(nominee, votes=40 - n * 3, score=90 - n)
    return cid


def issue(cid, today=dt.date(2026, 12, 10)):
    c.choose_top(cid)
    c.start_notice(cid, START)
    c.confirm(cid, today)
    return c.issue_certificates(cid, today)


def test_notice_lasts_five_working_days(campaign):
    assert c.add_working_days(START, 5) == dt.date(2026, 12, 7)  # Tue … Fri, then Monday
    assert c.add_working_days(dt.date(2026, 12, 5), 1) == dt.date(2026, 12, 7)  # a Saturday start


def test_a_household_cannot_be_nominated_twice(campaign, households):
    with pytest.raises(DeskError, match="不能重复提名"):
        c.nominate(campaign, households[0])


def test_ranking_and_places(campaign):
    ranked = c.ranking(campaign)
    assert [r.name for r in ranked][:3] == ["王建国家庭", "李秀琼家庭", "阿卜杜热合曼·买买提艾力·吐尔逊江家庭"]
    c.choose_top(campaign)
    assert [w.name for w in c.nominees(campaign, winners_only=True)] == [r.name for r in ranked[:3]]
    with pytest.raises(DeskError, match="已经选满"):
        c.set_winner(ranked[4].nominee_id, True)


def test_steps_cannot_be_skipped(campaign):
    with pytest.raises(DeskError, match="拟表彰对象"):
        c.start_notice(campaign, START)
    with pytest.raises(DeskError, match="提名"):
        c.confirm(campaign, START)
    with pytest.raises(DeskError):
        c.issue_certificates(campaign, START)
    c.choose_top(campaign)
    c.start_notice(campaign, START)
    with pytest.raises(DeskError, match="公示期到 2026-12-07"):
        c.confirm(campaign, dt.date(2026, 12, 7))
    with pytest.raises(DeskError, match="公示"):
        c.nominate(campaign, 1)


def test_objections_during_the_notice(campaign):
    c.choose_top(campaign)
    c.start_notice(campaign, START)
    first, second = c.nominees(campaign, winners_only=True)[:2]
    with pytest.raises(DeskError, match="公示期内"):
        c.raise_objection(first.nominee_id, "情况不实", "匿名", dt.date(2026, 12, 8))
    doubt = c.raise_objection(first.nominee_id, "家中有违建", "邻居", dt.date(2026, 12, 3))
    sustained = c.raise_objection(second.nominee_id, "曾有邻里纠纷未解决", "居民甲", dt.date(2026, 12, 4))
    with pytest.raises(DeskError, match="异议没有处理完"):
        c.confirm(campaign, dt.date(2026, 12, 9))
    c.resolve_objection(doubt, "经核实，违建已于今年拆除，异议不成立", False, dt.date(2026, 12, 5))
    c.resolve_objection(sustained, "经核实情况属实，取消拟表彰资格", True, dt.date(2026, 12, 6))
    c.confirm(campaign, dt.date(2026, 12, 9))
    winners = [w.name for w in c.nominees(campaign, winners_only=True)]
    assert first.name in winners and second.name not in winners
    assert [o[5] for o in c.objections(campaign)] == [False, True]


def test_serial_numbers_unique_and_stable(campaign, households):
    serials = issue(campaign)
    assert serials == ["JS-WMJT-2026-001", "JS-WMJT-2026-002", "JS-WMJT-2026-003"]
    assert c.issue_certificates(campaign, dt.date(2026, 12, 20)) == serials  # a reprint keeps them
    other = c.create_campaign(c.CampaignInput("最美楼栋长", 2026, c.RESIDENT, 1))
    nominee = c.nominate(other, Resident.select().first().id, citation="热心服务")
    c.set_winner(nominee, True)
    c.start_notice(other, START)
    c.confirm(other, dt.date(2026, 12, 10))
    assert c.issue_certificates(other, dt.date(2026, 12, 10)) == ["JS-ZMLDZ-2026-001"]


def test_notice_pdf(campaign, tmp_path):
    c.choose_top(campaign)
    with pytest.raises(DeskError, match="还没有开始公示"):
        write_notice(campaign, tmp_path / "x.pdf")
    c.start_notice(campaign, START)
    reader = PdfReader(str(write_notice(campaign, tmp_path / "公示.pdf")))
    words = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert "关于2026年度“文明家庭”评选结果的公示" in words
    assert "2026年12月1日至2026年12月7日（5个工作日）" in words and "0812-5910065" in words
    assert "王建国家庭" in words and "孝老爱亲" in words and "金沙社区居民委员会" in words
    assert "赵海家庭" not in words  # ranked fourth: not a winner
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)  # portrait


def test_certificates_one_landscape_page_per_winner(campaign, tmp_path):
    serials = issue(campaign)
    pdf = write_certificates(campaign, tmp_path / "证书.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 3
    width, height = landscape(A4)
    for page, serial in zip(reader.pages, serials):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (round(width), round(height))
        words = page.extract_text().replace("\n", "")
        assert "荣" in words and "证" in words and serial in words
        assert "被评为金沙社区“文明家庭”" in words and "特发此证，以资鼓励。" in words
        assert chinese_year_month(dt.date(2026, 12, 10)) == "二〇二六年十二月" and "二〇二六年十二月" in words
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        font = font.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # TrueType, embedded
    assert "阿卜杜热合曼·买买提艾力·吐尔逊江家庭" in reader.pages[2].extract_text()
    again = PdfReader(str(write_certificates(campaign, tmp_path / "补打.pdf", nominee_id=c.nominees(campaign)[1].nominee_id)))
    assert len(again.pages) == 1 and serials[1] in again.pages[0].extract_text()


def test_long_names_shrink_to_fit():
    font = register_fonts()["kai"]
    width = 200
    assert fit_line("王芳：", font, 28, width) == (28, 100.0)
    longer = "欧阳建国爱国家庭："
    size, scale = fit_line(longer, font, 28, width)
    assert 14 <= size < 28 and scale == 100.0 and stringWidth(longer, font, size) <= width
    longest = "阿卜杜热合曼·买买提艾力·吐尔逊江·艾合买提江家庭："
    size, scale = fit_line(longest, font, 28, width)
    assert size == 14 and scale < 100
    assert stringWidth(longest, font, size) * scale / 100 <= width + 0.01
