"""The figures a community secretary recites: households, residents, party members, care groups."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from jinsha_desk.models import (
    PARTY_STATUSES,
    STATUS_ACTIVE,
    Building,
    Grid,
    Resident,
    ResidentTag,
    Team,
    Volunteer,
)
from jinsha_desk.roster.history import NO_GRID, check_day, stats_on
from jinsha_desk.roster.residents import natural_key, with_address

__all__ = ["NO_GRID", "community_stats", "roster_is_empty", "active_residents"]


def community_stats(as_of: dt.date | None = None) -> dict[str, object]:
    """Today's figures, or with ``as_of`` a past day's, rebuilt from the history (roster.history)."""
    if as_of is not None:
        check_day(as_of)
        if as_of < dt.date.today():
            return stats_on(as_of)
    active = Resident.status == STATUS_ACTIVE
    residents = Resident.select().where(active).count()
    households = Resident.select(fn.COUNT(Resident.household.distinct())).where(active).scalar() or 0
    party = Resident.select().where(active & Resident.political_status.in_(PARTY_STATUSES)).count()
    per_tag = dict(
        ResidentTag.select(ResidentTag.tag, fn.COUNT(ResidentTag.id))
        .join(Resident)
        .where(active)
        .group_by(ResidentTag.tag)
        .order_by(fn.COUNT(ResidentTag.id).desc())
        .tuples()
    )
    per_grid = []
    care_residents = (
        Resident.select().where(active & Resident.id.in_(ResidentTag.select(ResidentTag.resident))).count()
    )
    grid_rows = (
        with_address(
            Resident.select(
                Grid.name,
                Grid.worker_name,
                fn.COUNT(Resident.id),
                fn.COUNT(Resident.household.distinct()),
                fn.SUM(Resident.political_status.in_(PARTY_STATUSES).cast("integer")),
            )
        )
        .where(active)
        .group_by(Grid.id, Grid.name, Grid.worker_name)
        .order_by(Grid.id)
        .tuples()
    )
    # Residents without a grid first, then grids in number order (第一网格 … 第十网格).
    for name, worker, count, household_count, party_count in sorted(
            grid_rows, key=lambda g: (g[0] is not None, natural_key(g[0]))):
        per_grid.append(
            {
                "grid": name or NO_GRID,
                "worker": worker or "",
                "residents": count,
                "households": household_count,
                "party_members": int(party_count or 0),
            }
        )
    return {
        "grids": Grid.select().count(),
        "buildings": Building.select().where(Building.name != "").count(),
        "households": households,
        "residents": residents,
        "party_members": party,
        "care_residents": care_residents,
        "volunteers": Volunteer.select().count(),
        "teams": Team.select().count(),
        "per_grid": per_grid,
        "per_category": per_tag,
    }


def roster_is_empty() -> bool:
    """No resident has been entered yet: a fresh office, offered the first-start choices."""
    return not Resident.select().exists()


def active_residents() -> int:
    return Resident.select().where(Resident.status == STATUS_ACTIVE).count()
