"""志愿服务证明: what a volunteer did in a period, for a school, an employer or a credit-hours bank."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from jinsha_desk.documents.chinese_dates import plain_date
from jinsha_desk.documents.layout import build, styles, table, text
from jinsha_desk.errors import DeskError
from jinsha_desk.models import Volunteer
from jinsha_desk.office.profile import committee_label, community_label
from jinsha_desk.volunteers.service import service_records


def write_service_certificate(volunteer_id: int, date_from: dt.date, date_to: dt.date, out: Path,
                              today: dt.date | None = None) -> Path:
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise DeskError("找不到这位志愿者。")
    if date_from > date_to:
        raise DeskError("开始日期不能晚于结束日期。")
    records = service_records(volunteer_id, date_from, date_to)
    hours = sum(r.hours for r in records)
    st = styles()
    story = [
        Paragraph("志愿服务证明", st["title"]),
        Paragraph(
            text(
                f"兹证明{volunteer.name}同志于{plain_date(date_from)}至{plain_date(date_to)}期间，在"
                f"{community_label()}参加志愿服务活动{len(records)}次，累计服务时长{hours:g}小时。"
                "服务记录如下。"
            ),
            st["paragraph"],
        ),
        Spacer(0, 4 * mm),
        table(["序号", "日期", "活动", "服务队", "时长（小时）"],
              [[n, f"{r.activity_date:%Y-%m-%d}", r.title, r.team, f"{r.hours:g}"] for n, r in enumerate(records, 1)],
              [10, 22, 50, 40, 20], centered=(0, 1, 4)),
        Spacer(0, 4 * mm),
        Paragraph("特此证明。", st["paragraph"]),
        Spacer(0, 16 * mm),
        Paragraph(text(committee_label()), st["right"]),
        Paragraph(text(plain_date(today or dt.date.today())), st["right"]),
    ]
    return build(out, story, f"{volunteer.name} 志愿服务证明")
