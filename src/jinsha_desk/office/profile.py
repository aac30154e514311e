"""The community's profile: names, code, address and who fills in and checks the returns.

Until the community name is set, everything that prints or shows it says so plainly
(“未设置社区名称”) rather than inventing a name.
"""

from __future__ import annotations

from jinsha_desk import auth
from jinsha_desk.errors import DeskError
from jinsha_desk.models import database
from jinsha_desk.roster import vocabularies
from jinsha_desk.roster.pinyin import pinyin_keys
from jinsha_desk.settings import get_setting, set_setting

NOT_SET = "未设置社区名称"
# Key, the clerk's label for it, and an example.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("community_name", "社区名称", "金沙社区"),
    ("committee_name", "居委会全称", "金沙社区居民委员会"),
    ("street_office", "所属街道", "金沙街道办事处"),
    ("community_code", "社区代码（证书编号前缀）", "JS"),
    ("area_code", "统计用区划代码", "510403001001"),
    ("address", "办公地址", "民族大道100号"),
    ("phone", "联系电话", "0812-3331234"),
    ("return_unit", "报表填报单位", "金沙社区"),
    ("preparer", "默认填表人", "刘芳"),
    ("reviewer", "默认审核人", "王丽萍"),
    ("person_in_charge", "负责人（证明落款）", "张建国"),
    ("handler", "经办人（证明落款）", "刘芳"),
)
LABELS = {key: label for key, label, _ in FIELDS}


def profile() -> dict[str, str]:
    return {key: get_setting(key) for key, _, _ in FIELDS}


def key_for(name: str) -> str:
    """A profile key from its English key or its Chinese label (社区名称=… on the command line)."""
    name = name.strip()
    if name in LABELS:
        return name
    for key, label, _ in FIELDS:
        if name == label:
            return key
    known = "、".join(f"{key}（{label}）" for key, label, _ in FIELDS)
    raise DeskError(f"没有“{name}”这一项设置。可以设置：{known}。")


def update_profile(values: dict[str, str]) -> None:
    """Save some or all of the profile; every value is checked before any is saved."""
    auth.require("settings")
    cleaned = {}
    for name, value in values.items():
        key = key_for(name)
        value = " ".join(str(value).split())
        if key == "phone":
            value = vocabularies.phone(value)
        if key == "community_code" and value and not (value.isascii() and value.isalnum()):
            raise DeskError("社区代码（证书编号前缀）只能由英文字母和数字组成，如 JS。")
        if key == "area_code" and value and not (value.isdigit() and len(value) == 12):
            raise DeskError("统计用区划代码是 12 位数字，如 510403001001。")
        cleaned[key] = value
    with database.atomic():
        for key, value in cleaned.items():
            set_setting(key, value)


def community_label() -> str:
    """The community's name for titles and documents, or a plain statement that it is not set."""
    return get_setting("community_name") or NOT_SET


def committee_label() -> str:
    """The issuer of certificates and notices: the committee's full name."""
    name = get_setting("community_name")
    return get_setting("committee_name") or (f"{name}居民委员会" if name else NOT_SET)


def initials(words: str) -> str:
    """'文明家庭' → 'WMJT': pinyin initials, ASCII letters and digits only (quotes, brackets and
    characters pypinyin cannot read are left out), so serial numbers stay plain ASCII."""
    keys = pinyin_keys(words)
    found = keys[1] if len(keys) > 1 else keys[0] if keys else ""
    return "".join(ch for ch in found.upper() if ch.isascii() and ch.isalnum()) or "X"


def community_code() -> str:
    """The prefix of certificate numbers: as set, else the initials of the community's name."""
    return get_setting("community_code") or initials(get_setting("community_name").removesuffix("社区") or "社区")


def return_unit() -> str:
    """填报单位 on the returns: as set, else the community's name."""
    return get_setting("return_unit") or community_label()


def signers() -> tuple[str, str]:
    """The default 填表人 and 审核人 for the returns' signature line."""
    return get_setting("preparer"), get_setting("reviewer")


def is_set_up() -> bool:
    return bool(get_setting("community_name"))


def setup_skipped() -> bool:
    return get_setting("setup_skipped") == "1"


def skip_setup() -> None:
    """The administrator chose 以后再设置: the first-start wizard is not shown again (设置 still has it)."""
    set_setting("setup_skipped", "1")
