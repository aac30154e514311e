"""Reading the audit trail, and recording the exports and prints of personal data in it.

Changes to records are written by database triggers (db.migrations); nothing here edits the trail.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from jinsha_desk import auth
from jinsha_desk.models import AuditLog

EXPORT, PRINT = "导出", "打印"
TABLE_NAMES = {
    "resident": "居民", "household": "户", "resident_tag": "关爱类别", "resident_role": "居民职务", "grid": "网格",
    "building": "楼栋", "unit": "单元", "setting": "设置", "visit": "走访", "visit_resident": "走访见到的居民",
    "need": "需求", "volunteer": "志愿者", "team": "服务队", "team_member": "服务队成员", "activity": "服务活动",
    "attendance": "服务时长", "wish": "微心愿", "topic": "议题", "topic_event": "议题进程", "meeting": "会议",
    "meeting_attendee": "参会人员", "agenda_item": "议程", "campaign": "评选", "nominee": "提名",
    "objection": "异议", "account": "账号", "staff": "工作人员", "document": "文书", "return": "报表",
}


def record_event(action: str, table: str, description: str) -> None:
    """An export or print of personal data: who, when, what."""
    AuditLog.insert(at=dt.datetime.now().replace(microsecond=0), user=auth.current().username, table_name=table,
                    action=action, new_values=json.dumps({"内容": description}, ensure_ascii=False)).execute()


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    user: str
    table: str
    row_id: int | None
    action: str
    old: dict[str, object] | None
    new: dict[str, object] | None

    def changes(self) -> str:
        """'phone: 138… → 139…' for the fields an update changed; the content of an event."""
        if self.old and self.new:
            return "；".join(f"{k}：{self.old.get(k)} → {v}" for k, v in self.new.items() if self.old.get(k) != v)
        values = self.new or self.old or {}
        return "；".join(f"{k}：{v}" for k, v in values.items())


def entries(
    table: str | None = None, user: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
    limit: int = 1000,
) -> list[AuditEntry]:
    query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
    if table:
        query = query.where(AuditLog.table_name == table)
    if user:
        query = query.where(AuditLog.user == user)
    if since:
        query = query.where(AuditLog.at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(AuditLog.at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    return [
        AuditEntry(a.at, a.user, a.table_name, a.row_id, a.action,
                   json.loads(a.old_values) if a.old_values else None, json.loads(a.new_values) if a.new_values else None)
        for a in query
    ]
