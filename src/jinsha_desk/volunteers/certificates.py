"""The register of 志愿服务记录证明 (《志愿服务记录与证明出具办法（试行）》, 2021): each certificate
gets a number once, and a reprint for the same volunteer and period keeps it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jinsha_desk.changes import VOLUNTEERS, reports
from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.errors import DeskError
from jinsha_desk.models import ServiceCertificate, database
from jinsha_desk.office.profile import community_code
from jinsha_desk.roster.idcard import document_type
from jinsha_desk.roster.idcard import mask as mask_id
from jinsha_desk.volunteers.people import get_volunteer
from jinsha_desk.volunteers.service import ServiceRecord, service_records


@dataclass(frozen=True)
class ServiceCertificateFacts:
    number: str
    name: str
    document: str  # 证件类型, or "" for a volunteer from outside with no document on file
    document_number: str  # masked unless the full number was asked for
    volunteer_number: str
    date_from: dt.date
    date_to: dt.date
    records: list[ServiceRecord]
    issued_date: dt.date
    handler: str

    @property
    def hours(self) -> float:
        return sum(r.hours for r in self.records)


def _number_for(year: int) -> str:
    prefix = f"{community_code()}-ZYFW-{year}-"
    used = ServiceCertificate.select().where(ServiceCertificate.number.startswith(prefix)).count()
    return f"{prefix}{used + 1:04d}"


@reports(VOLUNTEERS)
def issue_service_certificate(volunteer_id: int, date_from: dt.date, date_to: dt.date, today: dt.date,
                              handler: str = "", full_id: bool = False) -> ServiceCertificateFacts:
    """Register (or find again) the certificate of one volunteer's service in a period."""
    volunteer = get_volunteer(volunteer_id)
    if date_from > date_to:
        raise DeskError("开始日期不能晚于结束日期。")
    if date_to > today:
        raise DeskError(f"证明期间的截止日期 {plain_date(date_to)} 晚于今天，只能证明已经完成的服务。")
    records = service_records(volunteer_id, date_from, date_to)
    if not records:
        raise DeskError(f"{volunteer.name}在{plain_date(date_from)}至{plain_date(date_to)}期间没有志愿服务记录，"
                        "不能出具证明。")
    hours = sum(r.hours for r in records)
    with database.atomic():
        entry = ServiceCertificate.get_or_none(volunteer=volunteer_id, date_from=date_from, date_to=date_to)
        if entry is None:
            entry = ServiceCertificate.create(number=_number_for(today.year), volunteer=volunteer_id,
                                              date_from=date_from, date_to=date_to, hours=hours,
                                              issued_date=today, handler=handler)
        elif entry.hours != hours:
            # Hours corrected since the first print: the register holds what the reprint states.
            ServiceCertificate.update(hours=hours).where(ServiceCertificate.id == entry.id).execute()
    id_number = volunteer.resident.id_number if volunteer.resident_id else ""
    return ServiceCertificateFacts(
        number=entry.number, name=volunteer.name,
        document=document_type(id_number) if id_number else "",
        document_number=id_number if full_id else mask_id(id_number),
        volunteer_number=volunteer.number, date_from=date_from, date_to=date_to, records=records,
        issued_date=entry.issued_date, handler=entry.handler or handler,
    )
