"""Valid citizen ID numbers for test rosters."""

from jinsha_desk.roster.idcard import check_char


def make_id(region: str = "510403", born: str = "19850307", order: int = 123) -> str:
    first17 = f"{region}{born}{order:03d}"
    return first17 + check_char(first17)


def wrong_check(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last
