"""The Windows file properties (文件属性 → 详细信息) of both executables, in Chinese: the version
file PyInstaller reads (a VSVersionInfo expression; PyInstaller's own classes for it load only on
Windows, so it is written as text)."""

from __future__ import annotations

from pathlib import Path

PRODUCT = "金沙社区工作台"
PUBLISHER = "金沙社区工作台项目组"
# Simplified Chinese (0x0804 = 2052) in Unicode (code page 1200 = 0x04b0).
LANGUAGE, CODEPAGE = 0x0804, 1200


def version_file_text(version: str, file_name: str, description: str) -> str:
    numbers = tuple(int(part) for part in version.split(".")[:3]) + (0,)
    strings = {
        "CompanyName": PUBLISHER, "FileDescription": description, "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"), "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": file_name, "ProductName": PRODUCT, "ProductVersion": version,
    }
    structs = ",\n        ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('{LANGUAGE:04x}{CODEPAGE:04x}', [
        {structs}])]),
    VarFileInfo([VarStruct('Translation', [{LANGUAGE}, {CODEPAGE}])]),
  ],
)
"""


def write_version_file(folder: Path, version: str, file_name: str, description: str) -> Path:
    path = Path(folder) / f"{file_name}.version.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, file_name, description), encoding="utf-8")
    return path
