"""The 首页's figures and chart series (issue 18), today and on a past day."""

import datetime as dt

import pytest

from jinsha_desk import overview as ov
from jinsha_desk.demo import seed_demo
from jinsha_desk.models import Resident, Visit
from jinsha_desk.roster.browse import RosterFilter, matching_ids
from jinsha_desk.visits import records

pytestmark = pytest.mark.both_engines  # the core's behaviour on SQLite and on a server

TODAY = dt.date.today()


@pytest.fixture
def demo(db):
    seed_demo(residents=600)
    return db


def test_the_twelve_months_end_with_the_days_month():
    months = ov.months_up_to(dt.date(2026, 2, 10))
    assert len(months) == 12 and months[-1].start == dt.date(2026, 2, 1) and months[-1].end == dt.date(2026, 2, 28)
    assert months[0].start == dt.date(2025, 3, 1) and months[0].label == "25年3月"


def test_ages_as_birth_dates():
    earliest, latest = ov.born_between(60, 69, dt.date(2026, 11, 24))
    assert (earliest, latest) == (dt.date(1956, 11, 25), dt.date(1966, 11, 24))
    assert ov.born_between(90, None, dt.date(2026, 11, 24)) == (None, dt.date(1936, 11, 24))


def test_todays_shapes_agree_with_the_rebuilt_roster_and_the_figures(demo):
    now = ov.overview()
    rebuilt = ov.overview(day=TODAY, today=TODAY + dt.timedelta(days=1))  # the same day, from the history
    assert now.pyramid == rebuilt.pyramid and now.care_by_grid == rebuilt.care_by_grid
    assert sum(men + women for _, men, women in now.pyramid) == now.stats["residents"]
    assert {tag: sum(g.get(tag, 0) for g in now.care_by_grid.values()) for tag in now.stats["per_category"]} \
        == now.stats["per_category"]
    assert sum(n for _, n in now.party_by_branch) == now.stats["party_members"]
    assert all(name.endswith("党支部") for name, _ in now.party_by_branch)


def test_a_pyramid_band_is_the_roster_filtered_by_those_birth_dates(demo):
    now = ov.overview()
    label, men, women = now.pyramid[6]
    earliest, latest = ov.born_between(60, 69, TODAY)
    assert label == "60–69岁"
    assert len(matching_ids(RosterFilter(gender="男", born_from=earliest, born_to=latest))) == men
    assert len(matching_ids(RosterFilter(gender="女", born_from=earliest, born_to=latest))) == women


def test_activity_figures_count_what_happened_by_the_day(demo):
    now = ov.overview()
    month_start = TODAY.replace(day=1)
    assert now.visits_this_month == Visit.select().where(Visit.visit_date >= month_start).count()
    assert now.visits_by_month[-1][3] == len({v.household_id for v in Visit.select().where(
        Visit.visit_date >= month_start)})
    for _, due, done, visited in now.visits_by_month:
        assert 0 <= done <= due and done <= visited
    assert now.hours_this_year == pytest.approx(sum(h for m, h in now.hours_by_month if m.start.year == TODAY.year),
                                                abs=0.2)
    assert sum(n for _, n in now.open_needs_by_age) == now.needs_open > 0
    earlier = ov.overview(day=TODAY - dt.timedelta(days=200))
    assert earlier.stats["residents"] < now.stats["residents"]
    assert earlier.visits_by_month[-1][0].end < TODAY - dt.timedelta(days=150)


def test_a_visit_makes_a_due_household_visited(db):
    from ids import make_id

    from jinsha_desk.roster import editing

    rid = editing.add_resident(editing.ResidentInput(name="张奶奶", id_number=make_id(born="19400101", order=31),
                                                     relation="户主", tags=["独居老人"], grid="第一网格",
                                                     create_grid=True, building="1", unit="1", room="101"))
    before = ov.overview().visits_by_month[-1]
    assert before[1:] == (1, 0, 0)  # never visited: due
    household = Resident.get_by_id(rid).household_id
    records.add_visit(records.VisitInput(household, TODAY, "刘芳", "日常走访", needs=["想装扶手"]))
    after = ov.overview()
    assert after.visits_by_month[-1][1:] == (1, 1, 1) and after.visits_this_month == 1
    assert after.needs_open == 1 and after.open_needs_by_age[0] == ("一周内", 1)
