"""Which new residents share a household. People share one only when the file says so: the same 户号,
or the same address with their relation to a head of household (户主, then 配偶、子、女 …). Anyone else
has a household of their own, never grouped by accident."""

from __future__ import annotations

from jinsha_desk.importing.rows import Candidate
from jinsha_desk.roster.places import HouseholdKey, Places


class _Grouping:
    """Households handed out while reading the file, resolved into database rows at the end."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.shared: dict[HouseholdKey, int] = {}  # key → token of the household everyone there joins
        self.new_keys: list[HouseholdKey] = []  # token − 1 → where a new household stands
        self.existing: dict[int, int] = {}  # token → household already in the database

    def at(self, key: HouseholdKey) -> int:
        """The household everyone said to be at ``key`` shares (one already stored there, if any)."""
        if key not in self.shared:
            known = self.places.households.get(key)
            self.shared[key] = self.new_at(key) if known is None else self._existing(known)
        return self.shared[key]

    def new_at(self, key: HouseholdKey) -> int:
        self.new_keys.append(key)
        return len(self.new_keys)

    def _existing(self, household_id: int) -> int:
        token = -(len(self.existing) + 1)
        self.existing[token] = household_id
        return token

    def resolve(self, tokens: list[int]) -> list[int]:
        created = self.places.create_households(self.new_keys)
        for key, token in self.shared.items():
            if token > 0:
                self.places.households[key] = created[token - 1]
        return [created[t - 1] if t > 0 else self.existing[t] for t in tokens]


def households_for_new(new: list[Candidate], places: Places) -> list[int]:
    """A household for each new resident, by the rule above."""
    grouping = _Grouping(places)
    tokens: list[int] = []
    # The household a 户主 row opened, per address (or per sheet for rows without an address), that the
    # following 配偶、子、女 … rows join.
    opened: dict[object, int] = {}
    for cand in new:
        key = places.household_key(cand)
        related = cand.relations_given and bool(cand.values.get("relation"))
        if cand.household_no:
            token = grouping.at(key)
        elif related:
            has_address, head = cand.has_address, cand.is_head
            group = key if has_address else (cand.ref.file, cand.ref.sheet)
            joined = opened.get(group)
            if joined is None:
                token = grouping.at(key) if has_address else grouping.new_at(key)
            elif head:
                token = grouping.new_at(key)  # a second family at the same address
            else:
                token = joined
            if head or joined is None:
                opened[group] = token
        else:
            token = grouping.new_at(key)
        tokens.append(token)
    return grouping.resolve(tokens)
