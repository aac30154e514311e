"""The demo community's roster (蓝湖小区: 22 buildings, 5 grids): households and residents as import
candidates, and the building and unit heads.

Everything is drawn from a seeded random generator, so the same size gives the same community.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

from jinsha_desk.importing.rows import Candidate, RowRef
from jinsha_desk.models import (
    Building,
    Household,
    Resident,
    ResidentRole,
    Unit,
)
from jinsha_desk.roster import idcard

COMMUNITY = "金沙社区"
STREET_OFFICE = "金沙街道办事处"
ESTATE = "蓝湖小区"
GRIDS = (
    ("第一网格", "王丽萍", "13881240101"),
    ("第二网格", "陈志强", "13881240102"),
    ("第三网格", "刘芳", "13881240103"),
    ("第四网格", "张建华", "13881240104"),
    ("第五网格", "杨雪梅", "13881240105"),
)
BUILDINGS_PER_GRID = (5, 5, 4, 4, 4)
_REGIONS = ("510403", "510402", "510411", "510421", "510106", "513401", "510104", "530102")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
_GIVEN_M = "建国伟强军勇杰涛明超华平刚辉鹏斌波志峰磊浩宇俊文武德福忠海"
_GIVEN_F = "秀丽芳娟敏静霞燕玲艳萍红梅兰琼英华琴慧婷雪洁凤霞桂珍"
_ETHNICITIES = ("汉族",) * 95 + ("彝族", "彝族", "回族", "藏族", "傈僳族")
_EDUCATION = ("小学", "初中", "高中", "中专", "大专", "本科", "研究生")


def _id_number(rng: random.Random, born: dt.date, male: bool, used: set[str]) -> str:
    while True:
        order = rng.randrange(0, 100) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
        first17 = f"{rng.choice(_REGIONS)}{born:%Y%m%d}{order:03d}"
        number = first17 + idcard.check_char(first17)
        if number not in used:
            used.add(number)
            return number


def _name(rng: random.Random, male: bool, surname: str | None = None) -> str:
    given = _GIVEN_M if male else _GIVEN_F
    length = rng.choice((1, 2, 2, 2))
    return (surname or rng.choice(_SURNAMES)) + "".join(rng.choice(given) for _ in range(length))


def _birth(rng: random.Random, today: dt.date, min_age: int, max_age: int) -> dt.date:
    age_days = rng.randrange(min_age * 365 + 1, max_age * 365 + 300)
    return today - dt.timedelta(days=age_days)


def _political(rng: random.Random, age: int) -> str:
    if age < 14:
        return ""
    if age <= 28 and rng.random() < 0.3:
        return "共青团员"
    roll = rng.random()
    if age >= 18 and roll < 0.09:
        return "中共党员"
    if age >= 18 and roll < 0.095:
        return "预备党员"
    return "群众"


def _phone(rng: random.Random) -> str:
    return rng.choice(("138", "139", "136", "150", "151", "158", "177", "180", "189")) + f"{rng.randrange(10**8):08d}"


def _addresses(rng: random.Random):
    """Grid, building, unit and room for every flat in the estate, in building order."""
    number = 1
    for (grid, _, _), count in zip(GRIDS, BUILDINGS_PER_GRID):
        for _ in range(count):
            floors = rng.choice((18, 24, 26, 32))
            for unit in range(1, 3):
                for floor in range(1, floors + 1):
                    for door in range(1, 4):
                        yield grid, f"{number}栋", f"{unit}单元", f"{floor}{door:02d}"
            number += 1


# Cumulative weights, worked out once: random.choices would add the weights up again on every call
# (137,000 calls for a 100,000-resident demo); the draws are the same.
_SHAPES = ("alone_elder", "elder_couple", "couple", "family", "three_gen", "single")
_SHAPE_WEIGHTS = tuple(itertools.accumulate((8, 12, 15, 40, 15, 10)))
_RESIDENCE = ("常住", "流动", "户在人不在")
_RESIDENCE_WEIGHTS = tuple(itertools.accumulate((85, 10, 5)))


def _household(rng: random.Random, today: dt.date, used: set[str]) -> list[dict[str, object]]:
    """The members of one household, head first, with ages and care categories that fit together."""
    surname = rng.choice(_SURNAMES)
    shape = rng.choices(_SHAPES, cum_weights=_SHAPE_WEIGHTS)[0]
    people: list[dict[str, object]] = []

    def person(relation: str, male: bool, min_age: int, max_age: int, own_surname: bool = True) -> dict:
        born = _birth(rng, today, min_age, max_age)
        member = {
            "relation": relation,
            "male": male,
            "born": born,
            "name": _name(rng, male, surname if own_surname else None),
            "tags": [],
        }
        member["id_number"] = _id_number(rng, born, male, used)
        people.append(member)
        return member

    head_male = rng.random() < 0.6
    if shape == "alone_elder":
        head = person("户主", head_male, 65, 92)
        head["tags"].append("独居老人")
    elif shape == "elder_couple":
        head = person("户主", True, 62, 88)
        wife = person("配偶", False, 60, 86, own_surname=False)
        head["tags"].append("空巢老人")
        wife["tags"].append("空巢老人")
    elif shape == "single":
        person("户主", head_male, 20, 45)
    else:
        head = person("户主", True, 28, 58)
        person("配偶", False, 26, 56, own_surname=False)
        if shape != "couple":
            for _ in range(rng.choice((1, 1, 2))):
                son = rng.random() < 0.5
                child = person("子" if son else "女", son, 1, 17)
                if rng.random() < 0.04:
                    child["tags"].append("留守儿童")
        if shape == "three_gen":
            father = rng.random() < 0.5
            person("父亲" if father else "母亲", father, 60, 85, own_surname=False)
    for member in people:
        age = idcard.age_on(member["born"], today)
        if rng.random() < 0.02:
            member["tags"].append("残疾人")
        if rng.random() < 0.02:
            member["tags"].append("低保")
        if member["male"] and age >= 30 and rng.random() < 0.04:
            member["tags"].append("退役军人")
        if age >= 60 and rng.random() < 0.004:
            member["tags"].append("特困")
        member["age"] = age
    return people


def demo_candidates(residents: int, seed: int = 2026) -> list[Candidate]:
    rng = random.Random(seed)
    # A fixed day, so that the same size and seed give the same people on any day.
    today = dt.date(2026, 1, 1)
    used: set[str] = set()
    households = []
    people = 0
    while people < residents:
        members = _household(rng, today, used)[: residents - people]
        households.append(members)
        people += len(members)
    estate = list(_addresses(rng))
    extra = 1
    while len(estate) < len(households):
        # A larger community than the estate holds: more buildings of the same kind.
        estate += [(g, f"{int(b[:-1]) + 22 * extra}栋", u, r) for g, b, u, r in list(_addresses(rng))]
        extra += 1
    # The rest of the flats stand empty, spread over every building.
    flats = sorted(rng.sample(range(len(estate)), len(households)))
    candidates: list[Candidate] = []
    row = 1
    named_li = False
    for flat, members in zip(flats, households):
        grid, building, unit, room = estate[flat]
        for member in members:
            row += 1
            if not named_li and not member["male"] and member["age"] >= 30:
                # The resident the README's walk-through finds by typing 'lxq'.
                member["name"] = "李秀琼"
                named_li = True
            age = member["age"]
            values = {
                "name": member["name"],
                "gender": "男" if member["male"] else "女",
                "birth_date": member["born"],
                "ethnicity": rng.choice(_ETHNICITIES),
                "phone": _phone(rng) if age >= 16 else "",
                "relation": member["relation"],
                "political_status": _political(rng, age),
                "education": rng.choice(_EDUCATION) if age >= 16 else ("小学" if age >= 7 else ""),
                "residence_status": rng.choices(_RESIDENCE, cum_weights=_RESIDENCE_WEIGHTS)[0],
                "note": "",
                "address": f"{ESTATE}{building}{unit}{room}",
                "category": "",
                "other_phone": "",
            }
            candidates.append(
                Candidate(
                    ref=RowRef("demo", ESTATE, row),
                    id_number=str(member["id_number"]),
                    values=values,
                    tags=list(member["tags"]) or None,
                    grid=grid,
                    building=building,
                    unit=unit,
                    room=room,
                    household_no="",
                    relations_given=True,
                )
            )
    return candidates


def assign_roles(rng: random.Random) -> None:
    """A 楼栋长 per building and a 单元长 per unit, chosen among adult residents living there."""
    for building in Building.select():
        for index, unit in enumerate(Unit.select().where(Unit.building == building).order_by(Unit.name)):
            adults = [
                r.id
                for r in Resident.select(Resident.id)
                .join(Household)
                .where(Household.unit == unit, Resident.phone != "")
                .limit(40)
            ]
            if not adults:
                continue
            chosen = rng.sample(adults, k=min(2, len(adults)))
            ResidentRole.insert(resident=chosen[0], role="单元长", scope=f"{building.name}{unit.name}").execute()
            if index == 0 and len(chosen) > 1:
                ResidentRole.insert(resident=chosen[1], role="楼栋长", scope=building.name).execute()
