"""Printed documents an office can post and hand out without correction (issue 16): every PDF read
back as a reader of the printout would."""

import datetime as dt
import re

import pypdfium2
import pytest
from fonts_for_tests import build_font
from ids import make_id
from openpyxl import Workbook, load_workbook
from pdfs import embedded_fonts, page_words, pdf_text
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from jinsha_desk.documents import fonts
from jinsha_desk.documents.honour_docs import write_certificates, write_notice
from jinsha_desk.documents.layout import OFFICIAL, build, para, styles
from jinsha_desk.documents.meeting_docs import write_minutes, write_signin
from jinsha_desk.documents.typesetting import CANNOT_END, CANNOT_START, ChineseParagraph, unbroken
from jinsha_desk.documents.volunteer_docs import write_service_certificate
from jinsha_desk.errors import DeskError, NeedsAnswer
from jinsha_desk.honours import campaigns as c
from jinsha_desk.honours.paper import save_paper_offsets
from jinsha_desk.importing.importer import import_rosters
from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t
from jinsha_desk.models import Household, Resident
from jinsha_desk.office.profile import update_profile
from jinsha_desk.returns.export import export_return
from jinsha_desk.returns.period import parse_period
from jinsha_desk.roster import editing
from jinsha_desk.settings import set_setting
from jinsha_desk.volunteers import people, service

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

RARE = "𠇔"  # U+201D4, CJK Extension B: in no common office font's basic set
RARE_NAME = f"王{RARE}"


@pytest.fixture
def font_folder(monkeypatch, tmp_path):
    """The PC's font folders are one empty folder (with a subfolder, as Linux distributions keep
    them): documents use the bundled font, and only the fonts a test puts there."""
    folder = tmp_path / "fonts"
    (folder / "truetype" / "extra").mkdir(parents=True)
    monkeypatch.setattr(fonts, "_font_dirs", lambda: [folder])
    fonts.forget_installed_fonts()
    yield folder
    fonts.forget_installed_fonts()


def meeting_with(names, day=dt.datetime(2026, 11, 2, 19, 0)):
    meeting = m.plan_meeting(m.MeetingInput("居民议事会", "十一月居民议事会", day, "社区会议室", "王丽萍", "刘芳"))
    m.invite(meeting, [m.AttendeeInput(name, "居民代表", "3栋2单元", "13800000000") for name in names])
    return meeting


def lines_of(pdf):
    reader, _ = pdf_text(pdf)
    return [line.strip() for page in reader.pages for line in page.extract_text().split("\n") if line.strip()]


# Names and characters no font has


def test_a_rare_character_no_font_has_is_refused_naming_it(db, font_folder, tmp_path):
    meeting = meeting_with(["李秀琼", RARE_NAME])
    with pytest.raises(fonts.MissingCharacter) as refused:
        write_signin(meeting, tmp_path / "签到表.pdf")
    assert RARE in refused.value.message and RARE_NAME in refused.value.message and "U+201D4" in refused.value.message
    assert not (tmp_path / "签到表.pdf").exists()


def test_a_rare_character_is_drawn_from_a_font_that_has_it(db, font_folder, tmp_path):
    build_font(font_folder / "truetype" / "extra" / "HanaMinB.ttf", RARE + "䶮")
    fonts.forget_installed_fonts()
    reader, words = pdf_text(write_signin(meeting_with(["李秀琼", RARE_NAME]), tmp_path / "签到表.pdf"))
    assert RARE_NAME in words and "李秀琼" in words
    used = embedded_fonts(reader)
    assert all(used.values()) and len(used) >= 2, "the fallback font is embedded beside the main one"

    head = editing.add_resident(editing.ResidentInput(name=RARE_NAME, id_number=make_id(order=11), relation="户主",
                                                      building="1", unit="1", room="101"))
    campaign = c.create_campaign(c.CampaignInput("文明家庭", 2026, c.HOUSEHOLD, 1))
    c.nominate(campaign, Resident.get_by_id(head).household_id)
    c.choose_top(campaign)
    c.start_notice(campaign, dt.date(2026, 11, 2))
    c.confirm(campaign, dt.date(2026, 11, 20))
    c.issue_certificates(campaign, dt.date(2026, 11, 20))
    assert f"{RARE_NAME}家庭" in pdf_text(write_certificates(campaign, tmp_path / "证书.pdf"))[1]


# Line breaking


@pytest.mark.parametrize("width", range(90, 200, 7))
def test_lines_never_start_or_end_with_the_wrong_mark(width):
    style = styles()["body"]
    words = ("经居民推荐、民主评议（共三轮），拟表彰" + unbroken("“五好文明家庭”") + "。联系人：" + unbroken("阿卜杜热合曼")
             + "；电话：0812-5910065！证书编号JS-WMJT-2026-001。《居民公约》第三条？是。") * 2
    paragraph = ChineseParagraph(words, style)
    paragraph.wrap(width, 10_000)
    lines = ["".join(w.text for w in line.words) for line in paragraph.blPara.lines]
    assert "".join(lines) == words.replace("\u2060", ""), "nothing lost or added"
    assert not [line for line in lines[1:] if line[0] in CANNOT_START]
    assert not [line for line in lines if line[-1] in CANNOT_END]
    assert all(line.count("“") == line.count("”") for line in lines), "the quoted title stays whole"
    assert sum("阿卜杜热合曼" in line for line in lines) == 2 and sum("0812-5910065" in line for line in lines) == 2


def test_the_notice_breaks_lines_by_the_chinese_rules(db, tmp_path):
    set_setting("community_name", "金沙社区")
    campaign = c.create_campaign(c.CampaignInput("五好文明家庭", 2026, c.HOUSEHOLD, 3))
    for n in range(3):
        head = editing.add_resident(editing.ResidentInput(name=f"张{n}", id_number=make_id(order=20 + n),
                                                          relation="户主", building=str(n + 1), unit="1", room="101"))
        c.nominate(campaign, Resident.get_by_id(head).household_id, "楼栋长推荐",
                   "孝老爱亲（照顾瘫痪婆婆十年），邻里和睦；热心公益，“红袖标”巡逻队骨干。" * 2)
    c.choose_top(campaign)
    c.start_notice(campaign, dt.date(2026, 11, 2))
    lines = [line for line in lines_of(write_notice(campaign, tmp_path / "公示.pdf"))
             if not re.fullmatch(r"— \d+ —", line)]
    assert not [line for line in lines if line[0] in CANNOT_START or line[-1] in CANNOT_END]
    assert "“五好文明家庭”" in "".join(lines)


# The official layout


def test_official_papers_have_22_lines_of_28_characters_and_dashed_page_numbers(db, tmp_path):
    st = styles(OFFICIAL)
    pdf = build(tmp_path / "x.pdf", [para("国" * 28 * 30, st["body"])], "版式", look=OFFICIAL)
    reader, _ = pdf_text(pdf)
    first = [line for line in reader.pages[0].extract_text().split("\n") if line.strip()]
    body = [line for line in first if "国" in line]
    assert len(body) == 22 and all(len(line.strip()) == 28 for line in body)
    assert "— 1 —" in first[-1] and "— 2 —" in reader.pages[1].extract_text()
    assert A4[0] - OFFICIAL.width - OFFICIAL.left == pytest.approx(26 * mm)


def test_minutes_never_leave_the_signatures_alone_on_a_page(db, tmp_path):
    for length in range(0, 1400, 100):
        topic = t.add_topic(t.TopicInput(f"议题{length}", "问题", dt.date(2026, 10, 8), "说明", "3栋", "入户走访", "李秀琼"))
        meeting = meeting_with([f"代表{n}" for n in range(12)])
        m.set_agenda(meeting, [m.AgendaEntry(topic, "王丽萍")])
        item = m.meeting_detail(meeting).agenda[0]
        m.record_minutes(item.item_id, m.MinutesInput("讨论，" * (length // 3) + "大家同意。", "同意更换楼道灯"),
                         today=dt.date(2026, 11, 2))
        reader, _ = pdf_text(write_minutes(meeting, tmp_path / f"纪要{length}.pdf"))
        last = page_words(reader.pages[-1])
        assert "主持人（签字）" in last and "记录人（签字）" in last
        assert "决定：" in last or "讨论" in last, f"signatures alone on the last page ({length} characters)"
        assert all(embedded_fonts(reader).values())


# Certificates


def certificates_for_a_headless_household(tmp_path):
    wb = Workbook()
    wb.active.append(["姓名", "身份证号码", "户号", "与户主关系", "楼栋", "单元", "房号"])
    wb.active.append(["孙小", make_id(born="20100101", order=1), "H9", "子", "2", "1", "301"])
    wb.active.append(["孙老", make_id(born="19500101", order=3), "H9", "父亲", "2", "1", "301"])
    wb.save(tmp_path / "r.xlsx")
    import_rosters([tmp_path / "r.xlsx"])
    campaign = c.create_campaign(c.CampaignInput("“最美”家庭（2026）", 2026, c.HOUSEHOLD, 1))
    c.nominate(campaign, Household.select().first().id)
    c.choose_top(campaign)
    c.start_notice(campaign, dt.date(2026, 11, 2))
    c.confirm(campaign, dt.date(2026, 11, 20))
    with pytest.raises(NeedsAnswer, match="孙老家庭（2栋1单元301）"):
        c.issue_certificates(campaign, dt.date(2026, 11, 20))
    c.issue_certificates(campaign, dt.date(2026, 11, 20), without_head_ok=True)
    return campaign


def pixels(pdf, scale=0.5):
    return pypdfium2.PdfDocument(str(pdf))[0].render(scale=scale).to_pil().convert("RGB")


def text_position(pdf, words):
    found = []
    reader, _ = pdf_text(pdf)

    def visit(text, cm, tm, *_):
        if words in text:
            found.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    reader.pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_certificates_for_plain_and_preprinted_paper(db, tmp_path):
    set_setting("community_name", "金沙社区")
    campaign = certificates_for_a_headless_household(tmp_path)
    serial = c.winners_ranked(campaign)[0].serial
    assert re.fullmatch(r"[A-Z0-9]+-[A-Z0-9]+-2026-\d{3}", serial), serial

    whole = write_certificates(campaign, tmp_path / "证书.pdf")
    reader, words = pdf_text(whole)
    assert "孙老家庭" in words and "无户主" not in words and "荣 誉 证 书" in words and serial in words
    assert "“最美”家庭（2026）" in words and all(embedded_fonts(reader).values())
    image = pixels(whole)
    width, height = image.size
    assert image.getpixel((2, 2)) == image.getpixel((width - 3, height - 3)) == (255, 255, 255), "no page tint"
    seal = (230, 176, 170)
    ring = [image.getpixel((x, y)) for x in range(width // 2, width) for y in range(height // 2, height)]
    assert not [p for p in ring if sum(abs(a - b) for a, b in zip(p, seal, strict=True)) < 30], "no seal guide"

    plain_x, plain_y = text_position(whole, "证书编号")
    save_paper_offsets(4, 2.5)
    preprinted = write_certificates(campaign, tmp_path / "套打.pdf", preprinted=True)
    reader, words = pdf_text(preprinted)
    assert "孙老家庭" in words and serial in words and "荣 誉 证 书" not in words
    moved_x, moved_y = text_position(preprinted, "证书编号")
    assert moved_x - plain_x == pytest.approx(4 * mm, abs=0.1) and plain_y - moved_y == pytest.approx(2.5 * mm, abs=0.1)
    assert pixels(preprinted).getcolors(1_000_000) and len(reader.pages) == 1
    assert reader.pages[0].mediabox.width == pytest.approx(landscape(A4)[0])
    with pytest.raises(DeskError, match="不能超过"):
        save_paper_offsets(40, 0)


# The notice period


@pytest.mark.parametrize("start, days, shown", [
    (dt.date(2026, 9, 29), 5, "2026年9月29日至2026年10月10日（5个工作日）"),  # over 国庆, ends on the 调休 Saturday
    (dt.date(2026, 10, 10), 3, "2026年10月10日至2026年10月13日（3个工作日）"),  # starts on the 调休 Saturday
])
def test_the_notice_states_its_period_on_the_official_calendar(db, tmp_path, start, days, shown):
    head = editing.add_resident(editing.ResidentInput(name="赵海", id_number=make_id(order=31), relation="户主",
                                                      building="1", unit="1", room="101"))
    campaign = c.create_campaign(c.CampaignInput("文明家庭", 2026, c.HOUSEHOLD, 1, notice_days=days))
    c.nominate(campaign, Resident.get_by_id(head).household_id)
    c.choose_top(campaign)
    c.start_notice(campaign, start)
    assert shown in pdf_text(write_notice(campaign, tmp_path / "公示.pdf"))[1]


# 志愿服务记录证明


def test_the_volunteer_service_record_certificate(db, tmp_path):
    set_setting("community_name", "金沙社区")
    update_profile({"person_in_charge": "张建国", "handler": "刘芳", "phone": "0812-3331234"})
    resident = editing.add_resident(editing.ResidentInput(name="周红", id_number=make_id(order=41), relation="户主",
                                                          building="1", unit="1", room="101"))
    volunteer = people.add_volunteer(resident)
    people.correct_volunteer(volunteer, "周红", "", number="51040320260001")
    outsider = people.add_volunteer(name="钱多", phone="13900000001")
    service.add_activity(service.ActivityInput("敬老院慰问", dt.date(2026, 3, 1), place="颐养院", group_served="独居老人",
                                               description="陪老人聊天、打扫房间"), {volunteer: 2.5, outsider: 2})
    today = dt.date(2026, 11, 24)
    first = write_service_certificate(volunteer, dt.date(2026, 1, 1), dt.date(2026, 10, 31), tmp_path / "a.pdf",
                                      today=today)
    reader, words = pdf_text(first)
    number = re.search(r"编号：([A-Z0-9]+-ZYFW-2026-\d{4})", words).group(1)
    assert "居民身份证号码：" in words and make_id(order=41) not in words and make_id(order=41)[-4:] in words
    assert "志愿者编号：51040320260001" in words and "陪老人聊天、打扫房间" in words and "服务对象：独居老人" in words
    assert "负责人：张建国" in words and "经办人：刘芳" in words and "联系电话：0812-3331234" in words
    assert "出具单位（盖章）：金沙社区居民委员会" in words and "2026年11月24日" in words
    assert "累计志愿服务时间2.5小时" in words and all(embedded_fonts(reader).values())

    again = write_service_certificate(volunteer, dt.date(2026, 1, 1), dt.date(2026, 10, 31), tmp_path / "b.pdf",
                                      today=dt.date(2026, 12, 1), full_id=True)
    words = pdf_text(again)[1]
    assert f"编号：{number}" in words and make_id(order=41) in words and "2026年11月24日" in words
    other = pdf_text(write_service_certificate(outsider, dt.date(2026, 1, 1), dt.date(2026, 10, 31),
                                               tmp_path / "c.pdf", today=today))[1]
    assert number not in other and "证件：未登记" in other and "志愿者编号：未登记" in other

    with pytest.raises(DeskError, match="没有志愿服务记录"):
        write_service_certificate(volunteer, dt.date(2026, 4, 1), dt.date(2026, 10, 31), tmp_path / "x.pdf", today=today)
    with pytest.raises(DeskError, match="晚于今天"):
        write_service_certificate(volunteer, dt.date(2026, 1, 1), dt.date(2026, 12, 31), tmp_path / "x.pdf", today=today)
    assert not (tmp_path / "x.pdf").exists()


# Returns


def test_statistics_say_when_they_count_and_name_outside_volunteers(db, tmp_path):
    resident = editing.add_resident(editing.ResidentInput(name="周红", id_number=make_id(order=51), relation="户主",
                                                          building="1", unit="1", room="101"))
    outsider = people.add_volunteer(name="钱多", phone="13900000001")
    volunteer = people.add_volunteer(resident)
    today = dt.date.today()
    service.add_activity(service.ActivityInput("环境整治", today.replace(day=1)), {volunteer: 2, outsider: 3.5})
    # This month's return counts the roster today, the month's last day not having come yet.
    path = export_return("statistics", tmp_path / "s.xlsx", parse_period(f"{today:%Y-%m}")).path
    sheet = load_workbook(path).active
    cells = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    text = "".join(str(v) for row in cells for v in row if v is not None)
    assert f"统计截至{today.year}年{today.month}月{today.day}日" in text
    outside = next(row for row in cells if row[0] == "社区外志愿者")
    assert outside[1] is None and outside[2] is None and 3.5 in outside
    total = next(row for row in cells if row[0] == "合计")
    assert 5.5 in total and total[2] == 1


def test_the_about_box_names_the_fonts_documents_use(window, font_folder, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    build_font(font_folder / "truetype" / "fangsong" / "simfang.ttf", "仿宋")
    fonts.forget_installed_fonts()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, words: shown.append(words))
    window.show_about()
    about = shown[0]
    assert f"仿宋（公文正文）：simfang.ttf（{font_folder / 'truetype' / 'fangsong' / 'simfang.ttf'}）" in about
    assert "宋体：wqy-microhei.ttc（本机未安装，使用内置的文泉驿微米黑）" in about
