"""A resident's or a household's story on paper (居民档案 / 家庭档案), for the file or a handover."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Spacer

from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.documents.layout import build, para, styles, table
from jinsha_desk.settings import community_name
from jinsha_desk.story import Story


def write_story(story: Story, out: Path, paper: str, today: dt.date | None = None) -> Path:
    """``paper`` is 居民档案 or 家庭档案; the story's events one per row, oldest first."""
    st = styles()
    printed = f"{community_name() or ''}　{plain_date(today or dt.date.today())}打印"
    flowables = [
        para(f"{paper}：{story.title}", st["title"]),
        para(story.subject, st["subtitle"]),
        para(printed, st["right"]),
        Spacer(0, 6),
        table(["日期", "类别", "内容", "记录人/经办人"],
              [[e.day.isoformat(), e.kind, e.text, e.who] for e in story.events] or [["", "", "没有记录", ""]],
              [27, 23, 96, 34], centered=(0, 1)),
    ]
    return build(Path(out), flowables, f"{paper} {story.title}")  # build checks and records the print
