"""Topics (议题) and their life cycle: 收集 → 议题确定 → 协商 → 实施 → 评价, never skipping a step.

Every step is dated in the topic's history; a topic not taken up is closed as 不予采纳 or 已撤回 with
its reason, and keeps that history too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jinsha_desk.changes import MEETINGS, reports
from jinsha_desk.db import versions
from jinsha_desk.errors import DeskError
from jinsha_desk.models import AgendaItem, Topic, TopicEvent, database

KINDS = ("需求", "问题", "项目")
LIST_NAMES = {"需求": "需求清单", "问题": "问题清单", "项目": "项目清单"}
SOURCES = ("入户走访", "议事会议", "居民建议", "街道交办")
COLLECTED, ACCEPTED, CONSULTED, IMPLEMENTING, EVALUATED = "收集", "议题确定", "协商", "实施", "评价"
STEPS = (COLLECTED, ACCEPTED, CONSULTED, IMPLEMENTING, EVALUATED)
REJECTED, WITHDRAWN = "不予采纳", "已撤回"
CLOSED = (REJECTED, WITHDRAWN)
SATISFIED, BASICALLY_SATISFIED, DISSATISFIED = "满意", "基本满意", "不满意"
SATISFACTION = (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED)


@dataclass
class TopicInput:
    title: str
    kind: str
    raised_date: dt.date
    description: str = ""
    scope: str = "社区"
    source: str = "居民建议"
    raised_by: str = ""
    # The version the clerk opened (db.versions); None for a save that reads the record itself.
    version: int | None = None


TOPIC_LABELS = {"title": "议题名称", "kind": "类别", "description": "内容", "scope": "范围", "source": "来源",
                "raised_by": "提出人"}


@dataclass(frozen=True)
class TopicRow:
    topic_id: int
    title: str
    kind: str
    scope: str
    source: str
    raised_by: str
    raised_date: dt.date
    step: str
    owner: str
    due_date: dt.date | None
    satisfaction: str
    closed_reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.topic_id, "title": self.title, "kind": self.kind, "scope": self.scope, "source": self.source,
            "raised_by": self.raised_by, "raised_date": self.raised_date.isoformat(), "step": self.step,
            "owner": self.owner, "due_date": self.due_date.isoformat() if self.due_date else None,
            "satisfaction": self.satisfaction, "closed_reason": self.closed_reason,
        }


@reports(MEETINGS)
def add_topic(data: TopicInput) -> int:
    title = data.title.strip()
    if not title:
        raise DeskError("请填写议题名称。")
    if data.kind not in KINDS:
        raise DeskError(f"议题类别只能是：{'、'.join(KINDS)}。")
    with database.atomic():
        topic_id = Topic.insert(
            title=title, description=data.description.strip(), kind=data.kind, scope=data.scope.strip() or "社区",
            source=data.source.strip(), raised_by=data.raised_by.strip(), raised_date=data.raised_date,
            step=COLLECTED,
        ).execute()
        TopicEvent.insert(topic=topic_id, step=COLLECTED, event_date=data.raised_date, note=data.source).execute()
    return topic_id


def _move(topic: Topic, step: str, day: dt.date, note: str = "", **fields: object) -> None:
    """The one way a topic changes step: only to the next one, dated, into its history."""
    if topic.step in CLOSED:
        raise DeskError(f"议题“{topic.title}”已{topic.step}，不能再推进。")
    if step in STEPS and STEPS.index(step) != STEPS.index(topic.step) + 1:
        raise DeskError(f"议题“{topic.title}”目前处于“{topic.step}”，不能跳过步骤直接进入“{step}”。")
    last = TopicEvent.select().where(TopicEvent.topic == topic.id).order_by(TopicEvent.id.desc()).first()
    if last is not None and day < last.event_date:
        raise DeskError(f"日期不能早于上一步骤（{last.event_date:%Y-%m-%d}）。")
    with database.atomic():
        Topic.update(step=step, **fields).where(Topic.id == topic.id).execute()
        TopicEvent.insert(topic=topic.id, step=step, event_date=day, note=note).execute()


def get_topic(topic_id: int) -> Topic:
    topic = Topic.get_or_none(Topic.id == topic_id)
    if topic is None:
        raise DeskError(f"找不到编号为 {topic_id} 的议题。")
    return topic


@reports(MEETINGS)
def accept(topic_id: int, day: dt.date, note: str = "") -> None:
    """议题确定: taken onto an agenda."""
    _move(get_topic(topic_id), ACCEPTED, day, note)


@reports(MEETINGS)
def consult(topic_id: int, decision: str, day: dt.date, note: str = "") -> None:
    """协商: discussed at a meeting; the decision is recorded."""
    if not decision.strip():
        raise DeskError("请填写协商形成的决定。")
    _move(get_topic(topic_id), CONSULTED, day, note, decision=decision.strip())


@reports(MEETINGS)
def implement(topic_id: int, owner: str, due: dt.date | None, day: dt.date) -> None:
    """实施: who carries it out, by when."""
    if not owner.strip():
        raise DeskError("请填写负责落实的人或单位。")
    if due is not None and due < day:
        raise DeskError("完成期限不能早于开始落实的日期。")
    _move(get_topic(topic_id), IMPLEMENTING, day, f"{owner.strip()}负责", owner=owner.strip(), due_date=due)


@reports(MEETINGS)
def evaluate(topic_id: int, satisfaction: str, comment: str, day: dt.date) -> None:
    """评价: the residents' verdict on what was done."""
    if satisfaction not in SATISFACTION:
        raise DeskError(f"评价只能是：{'、'.join(SATISFACTION)}。")
    _move(get_topic(topic_id), EVALUATED, day, satisfaction, satisfaction=satisfaction, evaluation=comment.strip())


@reports(MEETINGS)
def close(topic_id: int, outcome: str, reason: str, day: dt.date) -> None:
    """Not taken up (不予采纳) or withdrawn (已撤回), with the reason kept."""
    if outcome not in CLOSED:
        raise DeskError(f"只能标记为：{'、'.join(CLOSED)}。")
    if not reason.strip():
        raise DeskError("请写明原因。")
    topic = get_topic(topic_id)
    if topic.step == EVALUATED:
        raise DeskError(f"议题“{topic.title}”已评价完毕，不能再{outcome}。")
    _move(topic, outcome, day, reason.strip(), closed_reason=reason.strip())


# What a step recorded, cleared when the topic goes back from it.
_STEP_FIELDS = {
    CONSULTED: {"decision": ""},
    IMPLEMENTING: {"owner": "", "due_date": None},
    EVALUATED: {"satisfaction": "", "evaluation": ""},
    REJECTED: {"closed_reason": ""},
    WITHDRAWN: {"closed_reason": ""},
}


@reports(MEETINGS)
def step_back(topic_id: int, reason: str, day: dt.date | None = None) -> str:
    """Undo the topic's last step (a step recorded by mistake), with the reason in its history; a closed
    topic reopens at the step it had reached. Returns the step it is back at."""
    topic = get_topic(topic_id)
    if not reason.strip():
        raise DeskError("请写明退回的原因。")
    if topic.step == COLLECTED:
        raise DeskError(f"议题“{topic.title}”还在“收集”，没有可以退回的步骤。")
    minuted = topic.step == CONSULTED and topic.agenda_items.where(AgendaItem.decision != "").exists()
    if minuted:
        raise DeskError(f"议题“{topic.title}”的协商结果记在会议纪要里，请在会议纪要中撤销这一议题的记录。")
    if topic.step in CLOSED:
        reached = [e.step for e in topic.events.order_by(TopicEvent.id) if e.step in STEPS]
        previous = reached[-1] if reached else COLLECTED
    else:
        previous = STEPS[STEPS.index(topic.step) - 1]
    _go_back(topic, previous, _STEP_FIELDS.get(topic.step, {}), reason, day)
    return previous


def _go_back(topic: Topic, step: str, cleared: dict[str, object], reason: str, day: dt.date | None) -> None:
    with database.atomic():
        Topic.update(step=step, **cleared).where(Topic.id == topic.id).execute()
        TopicEvent.insert(topic=topic.id, step=step, event_date=day or dt.date.today(),
                          note=f"退回：{reason.strip()}").execute()


@reports(MEETINGS)
def correct_topic(topic_id: int, data: TopicInput) -> None:
    """Correct what a topic says (title, description, who raised it); its steps are kept."""
    get_topic(topic_id)
    if not data.title.strip():
        raise DeskError("请填写议题名称。")
    if data.kind not in KINDS:
        raise DeskError(f"议题类别只能是：{'、'.join(KINDS)}。")
    with database.atomic():
        versions.claim(Topic, topic_id, data, f"议题“{data.title.strip()}”", topic_input, TOPIC_LABELS)
        Topic.update(title=data.title.strip(), description=data.description.strip(), kind=data.kind,
                     scope=data.scope.strip() or "社区", source=data.source.strip(), raised_by=data.raised_by.strip()
                     ).where(Topic.id == topic_id).execute()


def topic_input(topic_id: int) -> TopicInput:
    """A stored topic as its correction form shows it."""
    topic = get_topic(topic_id)
    return TopicInput(topic.title, topic.kind, topic.raised_date, topic.description, topic.scope, topic.source,
                      topic.raised_by, topic.version)


def history(topic_id: int) -> list[tuple[dt.date, str, str]]:
    events = TopicEvent.select().where(TopicEvent.topic == topic_id).order_by(TopicEvent.id)
    return [(e.event_date, e.step, e.note) for e in events]


def topics(kind: str | None = None, step: str | None = None) -> list[TopicRow]:
    query = Topic.select().order_by(Topic.raised_date.desc(), Topic.id.desc())
    if kind:
        query = query.where(Topic.kind == kind)
    if step:
        query = query.where(Topic.step == step)
    return [
        TopicRow(t.id, t.title, t.kind, t.scope, t.source, t.raised_by, t.raised_date, t.step, t.owner, t.due_date,
                 t.satisfaction, t.closed_reason)
        for t in query
    ]


@dataclass(frozen=True)
class Satisfaction:
    evaluated: int
    satisfied: int

    @property
    def rate(self) -> float | None:
        """满意率: 满意 and 基本满意 over all evaluated; None before any evaluation."""
        return None if not self.evaluated else self.satisfied / self.evaluated

    def text(self) -> str:
        if not self.evaluated:
            return "尚无评价"
        return f"已评价 {self.evaluated} 项，满意率 {self.rate:.0%}"


def satisfaction(kind: str | None = None) -> Satisfaction:
    query = Topic.select(Topic.satisfaction).where(Topic.step == EVALUATED)
    if kind:
        query = query.where(Topic.kind == kind)
    verdicts = [s for (s,) in query.tuples()]
    return Satisfaction(len(verdicts), sum(v in (SATISFIED, BASICALLY_SATISFIED) for v in verdicts))
