"""A meeting held yesterday with a resident and a guest invited and topics on its agenda, for tests."""

import datetime as dt

from jinsha_desk.meetings import meetings as m
from jinsha_desk.meetings import topics as t


def hold_meeting(resident_id: int, extra_topics: tuple[str, ...] = ()) -> tuple[int, int]:
    """Returns the meeting and its first topic (3栋楼道照明改造); ``extra_topics`` follow it on the agenda."""
    today = dt.date.today()
    titles = ("3栋楼道照明改造", *extra_topics)
    topics = [t.add_topic(t.TopicInput(title, "问题", today - dt.timedelta(days=3))) for title in titles]
    meeting = m.plan_meeting(m.MeetingInput("党群议事会", "11月议事会", dt.datetime.combine(
        today - dt.timedelta(days=1), dt.time(19, 30))))
    m.invite_residents(meeting, [resident_id])
    m.invite(meeting, [m.AttendeeInput("物业经理", "列席", "蓝湖物业")])
    m.set_agenda(meeting, [m.AgendaEntry(topic) for topic in topics])
    return meeting, topics[0]
