"""The three papers of a meeting: the agenda before, the sign-in sheet at, the minutes after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from jinsha_desk.chinese_dates import chinese_number, plain_date
from jinsha_desk.documents.layout import (
    OFFICIAL,
    WORKING,
    Look,
    SignedEnding,
    build,
    para,
    plain_table_style,
    styles,
    table,
)
from jinsha_desk.documents.typesetting import unbroken
from jinsha_desk.errors import DeskError
from jinsha_desk.meetings.meetings import (
    ABSENT,
    ON_LEAVE,
    PRESENT,
    MeetingDetail,
    meeting_detail,
)
from jinsha_desk.roster.addresses import parse_address
from jinsha_desk.roster.fields import mask_phone
from jinsha_desk.settings import community_name

SPARE_SIGNIN_ROWS = 8


def _heading(detail: MeetingDetail, paper: str, look: Look = WORKING) -> list:
    st = styles(look)
    community = community_name()
    story = [para(detail.title, st["title"]), para(paper, st["subtitle"])]
    if community and community not in detail.title:
        story.insert(1, para(community, st["subtitle"]))
    return story


def _facts(rows: list[tuple[str, str]], look: Look = WORKING) -> Table:
    st = styles(look)
    label_width = 6 * st["body"].fontSize
    data = [[para(f"{k}：", st["body"]), para(v, st["body"])] for k, v in rows]
    facts = Table(data, colWidths=[label_width, look.width - label_width])
    facts.setStyle(TableStyle([*plain_table_style(look), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return facts


def _names(names: list[str]) -> str:
    """Names joined by 、, none of them split across two lines."""
    return "、".join(unbroken(n) for n in names)


def _attendees_by_category(detail: MeetingDetail, only: str | None = None) -> str:
    groups: dict[str, list[str]] = {}
    for a in detail.attendees:
        if only is None or a.attendance == only:
            groups.setdefault(a.category, []).append(a.name)
    return "；".join(f"{category}：{_names(names)}" for category, names in groups.items()) or "无"


def write_agenda(meeting_id: int, out: Path) -> Path:
    detail = meeting_detail(meeting_id)
    story = _heading(detail, "会议议程")
    story.append(_facts([
        ("时间", detail.when()), ("地点", detail.place), ("主持人", detail.host), ("记录人", detail.recorder),
        ("参会人员", _attendees_by_category(detail)),
    ]))
    story.append(Spacer(0, 5 * mm))
    rows = [[chinese_number(i.position), i.title, i.presenter, i.time_slot] for i in detail.agenda]
    story.append(table(["序号", "议题", "汇报人", "时间"], rows, [12, 60, 20, 24], centered=(0, 2, 3)))
    return build(out, story, f"{detail.title} 会议议程")


def _without_door(unit: str) -> str:
    """'20栋1单元1402' → '20栋1单元': the sheet goes round the room, the door number stays home."""
    parsed = parse_address(unit)
    return f"{parsed.building_label}{parsed.unit}" if parsed.room else unit


def write_signin(meeting_id: int, out: Path, spare_rows: int = SPARE_SIGNIN_ROWS, full: bool = False) -> Path:
    """A row for every invited person, then blank rows for those who come uninvited. Handed round the
    room, it shows phones masked (138****5678) and no door numbers, unless ``full`` is asked for."""
    detail = meeting_detail(meeting_id)
    story = _heading(detail, "签到表")
    story.append(_facts([("时间", detail.when()), ("地点", detail.place)]))
    story.append(Spacer(0, 3 * mm))
    rows = [[n, unbroken(a.name), (a.unit if full else _without_door(a.unit)) or a.category,
             a.phone if full else mask_phone(a.phone), ""] for n, a in enumerate(detail.attendees, start=1)]
    rows += [[len(rows) + n, "", "", "", ""] for n in range(1, spare_rows + 1)]
    story.append(table(["序号", "姓名", "单位/楼栋", "联系电话", "签名"], rows, [10, 18, 34, 24, 30],
                       centered=(0, 1, 3), row_height=10 * mm))
    return build(out, story, f"{detail.title} 签到表")


def write_minutes(meeting_id: int, out: Path, now: dt.datetime | None = None) -> Path:
    """会议纪要 in the official layout; the signatures always share their page with the last item."""
    detail = meeting_detail(meeting_id)
    if detail.starts_at > (now or dt.datetime.now()):
        raise DeskError(f"“{detail.title}”定于 {detail.when()} 召开，还没有开会，不能生成会议纪要。")
    st = styles(OFFICIAL)
    story = _heading(detail, "会议纪要", OFFICIAL)
    present, absent, leave = (detail.counted(s) for s in (PRESENT, ABSENT, ON_LEAVE))
    story.append(_facts([
        ("时间", detail.when()), ("地点", detail.place), ("主持人", unbroken(detail.host)),
        ("记录人", unbroken(detail.recorder)),
        ("出席情况", f"应到 {len(detail.attendees)} 人，实到 {len(present)} 人，缺席 {len(absent)} 人，请假 {len(leave)} 人"),
        ("出席人员", _attendees_by_category(detail, PRESENT)),
        ("缺席人员", _names([a.name for a in absent]) or "无"),
        ("请假人员", _names([a.name for a in leave]) or "无"),
    ], OFFICIAL))
    blocks = []
    for item in detail.agenda:
        block = [para(f"议题{chinese_number(item.position)}：{item.title}", st["heading"])]
        if item.presenter:
            block.append(para(f"汇报人：{unbroken(item.presenter)}", st["body"]))
        block.append(para(f"讨论情况：{item.discussion or '（未记录）'}", st["body"]))
        block.append(para(f"决定：{item.decision or '（未形成决定）'}", st["body"]))
        if item.vote_text():
            block.append(para(f"表决：{item.vote_text()}", st["body"]))
        if item.owner:
            due = f"，{plain_date(item.due_date)}前完成" if item.due_date else ""
            block.append(para(f"落实：由{unbroken(item.owner)}负责{due}。", st["body"]))
        blocks.append(block)
    follow_ups = [[i.title, unbroken(i.owner), plain_date(i.due_date) if i.due_date else ""]
                  for i in detail.agenda if i.owner]
    if follow_ups:
        blocks.append([para("会后落实事项", st["heading"]),
                       table(["议题", "负责人", "完成期限"], follow_ups, [60, 24, 30], centered=(2,), look=OFFICIAL)])
    signatures = Table(
        [[para("主持人（签字）：", st["body"]), para("记录人（签字）：", st["body"])],
         [para(plain_date(detail.starts_at), st["body"]), ""]],
        colWidths=[OFFICIAL.width / 2] * 2,
    )
    signatures.setStyle(TableStyle([*plain_table_style(OFFICIAL), ("TOPPADDING", (0, 0), (-1, 0), 10 * mm),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    last = blocks.pop() if blocks else [para("（本次会议未列议题。）", st["body"])]
    story += [KeepTogether(block) for block in blocks]
    story += [*last[:-1], SignedEnding(last[-1], [Spacer(0, 4 * mm), signatures])]
    return build(out, story, f"{detail.title} 会议纪要", look=OFFICIAL)
