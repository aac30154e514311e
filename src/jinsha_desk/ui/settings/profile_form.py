"""The community profile's fields on a form (the 设置 page and the set-up wizard share them)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

EDIT_NAMES = {
    "community_name": "communityNameEdit", "committee_name": "committeeNameEdit", "street_office": "streetOfficeEdit",
    "community_code": "communityCodeEdit", "area_code": "areaCodeEdit", "address": "addressEdit",
    "phone": "phoneEdit", "return_unit": "returnUnitEdit", "preparer": "preparerEdit", "reviewer": "reviewerEdit",
}


def profile_edits(ui: object) -> dict[str, QLineEdit]:
    return {key: getattr(ui, name) for key, name in EDIT_NAMES.items()}


def fill_profile(edits: dict[str, QLineEdit], values: dict[str, str]) -> None:
    for key, edit in edits.items():
        edit.setText(values.get(key, ""))


def typed_profile(edits: dict[str, QLineEdit]) -> dict[str, str]:
    return {key: edit.text() for key, edit in edits.items()}
