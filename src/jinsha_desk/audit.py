"""Reading the audit trail, and recording the exports and prints of personal data in it.

Changes to records are written by database triggers (db.migrations); nothing here edits the trail.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from jinsha_desk import auth
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AuditLog
from jinsha_desk.settings import get_setting
from jinsha_desk.trail import append_entry

EXPORT, PRINT = "导出", "打印"
TABLE_NAMES = {
    "resident": "居民", "household": "户", "resident_tag": "关爱类别", "resident_role": "居民职务", "grid": "网格",
    "building": "楼栋", "unit": "单元", "setting": "设置", "visit": "走访", "visit_resident": "走访见到的居民",
    "need": "需求", "volunteer": "志愿者", "service_certificate": "志愿服务证明", "team": "服务队", "team_member": "服务队成员", "activity": "服务活动",
    "attendance": "服务时长", "wish": "微心愿", "topic": "议题", "topic_event": "议题进程", "meeting": "会议",
    "meeting_attendee": "参会人员", "agenda_item": "议程", "campaign": "评选", "nominee": "提名",
    "objection": "异议", "account": "账号", "staff": "工作人员", "document": "文书", "return": "报表",
}

# Column → what the clerk calls it, in the trail's 内容 column.
COLUMN_NAMES = {
    "number": "编号", "date_from": "起始日期", "date_to": "截止日期",
    "key": "设置项", "value": "内容", "name": "名称", "worker_name": "网格员", "worker_phone": "网格员电话",
    "retired": "已撤销", "grid_id": "网格", "building_id": "楼栋", "unit_id": "单元", "room": "房号",
    "household_no": "户号", "household_id": "户", "id_number": "身份证号", "gender": "性别", "birth_date": "出生日期",
    "ethnicity": "民族", "phone": "电话", "relation": "与户主关系", "political_status": "政治面貌",
    "education": "文化程度", "residence_status": "居住状态", "note": "备注", "status": "状态",
    "status_date": "状态日期", "resident_id": "居民", "tag": "类别", "role": "职务", "scope": "范围",
    "visit_date": "走访日期", "visitor": "走访人", "kind": "类型", "findings": "走访情况", "visit_id": "走访",
    "description": "内容", "handler": "负责人", "raised_date": "提出日期", "resolved_date": "解决日期",
    "joined_date": "加入日期", "leader_id": "队长", "team_id": "服务队", "volunteer_id": "志愿者", "title": "名称",
    "activity_date": "活动日期", "place": "地点", "group_served": "服务对象", "activity_id": "活动", "hours": "时长",
    "claimed_by_id": "认领志愿者", "claimed_unit": "认领单位", "claimed_date": "认领日期", "fulfilled_date": "实现日期",
    "source": "来源", "raised_by": "提出人", "step": "阶段", "decision": "决定", "owner": "负责人",
    "due_date": "完成期限", "satisfaction": "满意度", "evaluation": "评价", "closed_reason": "原因",
    "topic_id": "议题", "event_date": "日期", "starts_at": "时间", "host": "主持人", "recorder": "记录人",
    "meeting_id": "会议", "category": "类别", "unit": "单位", "attendance": "出席", "position": "顺序",
    "presenter": "汇报人", "time_slot": "时段", "discussion": "讨论情况", "votes_for": "同意", "votes_against": "反对",
    "votes_abstain": "弃权", "honour": "荣誉", "year": "年度", "nominee_kind": "评选对象", "places": "名额",
    "notice_days": "公示天数", "objection_phone": "异议电话", "notice_from": "公示开始", "notice_to": "公示结束",
    "confirmed_date": "确认日期", "issued_date": "发证日期", "campaign_id": "评选", "address": "地址", "nominated_by": "推荐人", "citation": "事迹", "votes": "票数", "score": "评分",
    "winner": "当选", "serial": "证书编号", "nominee_id": "提名", "content": "内容", "resolution": "处理意见",
    "sustained": "异议成立", "other_phone": "其他电话", "username": "用户名", "active": "启用", "post": "职务", "内容": "内容",
}


def _named(values: dict[str, object]) -> dict[str, object]:
    return {COLUMN_NAMES.get(k, k): ("" if v is None else v) for k, v in values.items()}


VIEWER_TAKE_OUT = "viewer_take_out"  # setting: "1" when an administrator lets read-only accounts export


def may_take_out() -> None:
    """Refuse a read-only account any file with personal data (returns, documents, backup copies)
    unless an administrator has allowed it; what is allowed is recorded by record_event."""
    session = auth.current()
    if session.role == auth.VIEWER and get_setting(VIEWER_TAKE_OUT) != "1":
        raise DeskError(f"只读账号“{session.username}”不能导出报表、打印含个人信息的文书或复制备份；"
                        "如确有需要，请管理员开启（viewer-exports on）。")


def record_event(action: str, table: str, description: str) -> None:
    """An export or print of personal data: who, when, what."""
    append_entry(auth.current().username, table, action, description)


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
            old, new = _named(self.old), _named(self.new)
            return "；".join(f"{k}：{old.get(k)} → {v}" for k, v in new.items() if old.get(k) != v)
        values = _named(self.new or self.old or {})
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
