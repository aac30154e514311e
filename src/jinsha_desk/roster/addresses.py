"""Reading a free-text address into building, unit and room, keeping everything else (road, number,
小区, village) as the place the building stands in.

The place is part of the building's name (民族大道100号1栋), so that 1栋1单元101 on two roads are two
households, never one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from jinsha_desk.roster.fields import building_name, unit_name

_SPACES = re.compile(r"\s+")
_NUMBER = r"[0-9A-Za-z]+|[一二三四五六七八九十]+"
# 3栋2单元301, 3号楼2单元301室, 3幢2单元301, 4号楼403, 3座1单元502, 12号2单元301 ("号" needs a unit or room after it)
_BUILDING_FIRST = re.compile(
    rf"^(?P<place>.*?)(?P<building>{_NUMBER})(?P<kind>栋|幢|号楼|座|号(?=\d))"
    r"(?:(?P<unit>\d+|[一二三四五六七八九十]+)(?:单元|门))?"
    r"(?:(?P<room>[A-Za-z]?\d+[A-Za-z]?)(?:室|号|房|户)?)?$"
)
# 3-2-301 and 3-2-301室
_DASHED = re.compile(r"^(?P<place>.*?)(?P<building>\d+)-(?P<unit>\d+)-(?P<room>\d+)(?:室|号)?$")


@dataclass(frozen=True)
class ParsedAddress:
    place: str
    building: str
    unit: str
    room: str

    @property
    def building_label(self) -> str:
        """The building as stored: its place and its number (民族大道100号1栋), or the place alone."""
        return f"{self.place}{self.building}" if self.building else self.place


def parse_address(text: object) -> ParsedAddress:
    """'民族大道100号1栋1单元101' → place 民族大道100号, 1栋, 1单元, 101; an address of no known shape is
    all place (a village's 金沙村3组15号)."""
    raw = _SPACES.sub("", unicodedata.normalize("NFKC", str(text or "")))
    raw = raw.replace("—", "-").replace("－", "-")
    for pattern in (_BUILDING_FIRST, _DASHED):
        match = pattern.match(raw)
        if match and (match.groupdict().get("unit") or match["room"] or pattern is _BUILDING_FIRST):
            kind = match.groupdict().get("kind") or "栋"
            number = match["building"]
            building = f"{number}座" if kind == "座" else building_name(number)
            return ParsedAddress(match["place"], building, unit_name(match["unit"] or ""), match["room"] or "")
    return ParsedAddress(raw, "", "", "")
