"""志愿服务记录证明, in the form recommended with 民发〔2015〕149号 and the 2021 《志愿服务记录与
证明出具办法（试行）》: who (name, document, volunteer number), what (each activity's service, hours
and content), who certifies (unit, person in charge, handler, phone), the certificate's number and
date, and room for the seal. Laid out as an official paper (GB/T 9704)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Spacer

from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.documents.layout import OFFICIAL, OFFICIAL_LEADING, SignedEnding, build, para, styles, table
from jinsha_desk.documents.typesetting import unbroken
from jinsha_desk.office.profile import committee_label, community_label, profile
from jinsha_desk.volunteers.certificates import issue_service_certificate


def write_service_certificate(volunteer_id: int, date_from: dt.date, date_to: dt.date, out: Path,
                              today: dt.date | None = None, handler: str = "", full_id: bool = False) -> Path:
    office = profile()
    facts = issue_service_certificate(volunteer_id, date_from, date_to, today or dt.date.today(),
                                      handler or office["handler"] or office["preparer"], full_id)
    st = styles(OFFICIAL)
    document = f"{facts.document}号码：{facts.document_number}" if facts.document else "证件：未登记"
    who = [f"姓名：{unbroken(facts.name)}", document, f"志愿者编号：{facts.volunteer_number or '未登记'}"]
    story = [
        para("志愿服务记录证明", st["title"]),
        para(f"编号：{facts.number}", st["right"]),
        Spacer(0, OFFICIAL_LEADING / 2),
        *[para(line, st["body"]) for line in who],
        para(
            f"兹证明{unbroken(facts.name)}于{plain_date(date_from)}至{plain_date(date_to)}期间，在"
            f"{community_label()}参加志愿服务{len(facts.records)}次，累计志愿服务时间{facts.hours:g}小时。"
            "服务记录如下：",
            st["paragraph"],
        ),
        table(["序号", "日期", "服务项目", "服务内容", "时长\n（小时）"],
              [[n, plain_date(r.activity_date), r.title + (f"\n（{r.team}）" if r.team else ""), r.content or "—",
                f"{r.hours:g}"] for n, r in enumerate(facts.records, 1)],
              [14, 36, 34, 48, 22], centered=(0, 1, 4), look=OFFICIAL),
        Spacer(0, OFFICIAL_LEADING / 2),
        # The signing block (with room for the seal over the unit's name) never starts a page alone.
        SignedEnding(para("特此证明。", st["paragraph"]), [
            Spacer(0, OFFICIAL_LEADING),
            para(f"负责人：{office['person_in_charge'] or '　　　　'}　　经办人：{facts.handler or '　　　　'}",
                 st["body"]),
            para(f"联系电话：{office['phone'] or '　　　　'}", st["body"]),
            Spacer(0, 2 * OFFICIAL_LEADING),
            para(f"出具单位（盖章）：{committee_label()}", st["right"]),
            para(plain_date(facts.issued_date), st["right"]),
        ]),
    ]
    return build(out, story, f"{facts.name} 志愿服务记录证明", look=OFFICIAL)
