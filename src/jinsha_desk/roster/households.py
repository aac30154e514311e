"""Finding a household the way a clerk names it: by address or by a member's name or pinyin."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, Case, fn

from jinsha_desk.db.id_lists import where_in
from jinsha_desk.errors import DeskError
from jinsha_desk.models import STATUS_ACTIVE, Building, Grid, Household, Resident, Unit
from jinsha_desk.roster.fields import HEAD_RELATIONS
from jinsha_desk.roster.residents import with_address
from jinsha_desk.roster.search import address_text, matches


@dataclass(frozen=True)
class HouseholdChoice:
    household_id: int
    address: str
    grid: str
    worker: str
    head: str
    members: int
    eldest: str = ""  # the eldest active member, who names a household without a recorded head

    @property
    def named_after(self) -> str:
        """Who names the household: its head, else its eldest member ('' when it has no one active)."""
        return self.head or self.eldest

    @property
    def name(self) -> str:
        """王建国家 — after the head, else the eldest member, else the address: never "（无户主）"."""
        return f"{self.named_after}家" if self.named_after else f"{self.address}住户"

    def label(self) -> str:
        noted = "" if self.head else "，未登记户主"
        return f"{self.address}　{self.name}（{self.members}人{noted}）"


def household_choices(household_ids: list[int]) -> list[HouseholdChoice]:
    """Address, grid, grid worker, head and size of each household, in the order given."""
    if not household_ids:
        return []
    rows = where_in(
        Household.select(Household.id, Grid.name, Grid.worker_name, Building.name, Unit.name, Household.room)
        .join(Unit, on=(Household.unit == Unit.id))
        .join(Building)
        .join(Grid, on=(Building.grid == Grid.id), join_type=JOIN.LEFT_OUTER),
        Household.id, household_ids,
    ).tuples()
    places = {hid: (grid or "", worker or "", address_text(b, u, room)) for hid, grid, worker, b, u, room in rows}
    # Counted and headed in SQL: a row per household rather than one per resident (100,000 at a
    # large office), which peewee would otherwise turn into Python values one by one.
    heads_named = fn.MAX(Case(None, [(Resident.relation.in_(HEAD_RELATIONS), Resident.name)], None))
    counted = where_in(
        Resident.select(Resident.household, fn.COUNT(Resident.id), heads_named).where(Resident.status == STATUS_ACTIVE),
        Resident.household, household_ids,
    ).group_by(Resident.household).tuples()
    sizes: dict[int, int] = {}
    heads: dict[int, str] = {}
    for hid, size, head in counted:
        sizes[hid] = size
        if head:
            heads[hid] = head
    headless = [hid for hid in household_ids if hid in sizes and hid not in heads]
    eldest: dict[int, str] = {}
    for hid, name in where_in(
        Resident.select(Resident.household, Resident.name).where(Resident.status == STATUS_ACTIVE),
        Resident.household, headless,
    ).order_by(Resident.birth_date, Resident.id).tuples():
        eldest.setdefault(hid, name)
    choices = []
    for hid in household_ids:
        grid, worker, address = places.get(hid, ("", "", "（未登记地址）"))
        choices.append(HouseholdChoice(hid, address, grid, worker, heads.get(hid, ""), sizes.get(hid, 0),
                                       eldest.get(hid, "")))
    return choices


def find_households(text: str, limit: int = 30) -> list[HouseholdChoice]:
    """Households with an active member matching every typed word (name, pinyin, address …)."""
    where = matches(text)
    if where is None:
        return []
    query = (
        with_address(Resident.select(Resident.household))
        .where(where, Resident.status == STATUS_ACTIVE)
        .distinct()
        .limit(limit)
    )
    return household_choices([hid for (hid,) in query.tuples()])


def the_household(text: str) -> int:
    """The one household a clerk means by an address or a member's name; a DeskError naming the
    candidates when the text fits none or several."""
    found = find_households(text, limit=6)
    if len(found) == 1:
        return found[0].household_id
    if not found:
        raise DeskError(f"没有找到与“{text}”相符的户，请输入门牌地址或户内成员的姓名。")
    listed = "；".join(c.label() for c in found[:5])
    raise DeskError(f"“{text}”对应多户：{listed}。请写得更具体，例如加上楼栋和房号。")
