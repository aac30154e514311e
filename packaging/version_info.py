"""The Windows file properties (文件属性 → 详细信息) of both executables, in Chinese."""

from __future__ import annotations

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)

PRODUCT = "金沙社区工作台"
# Simplified Chinese (0x0804) in Unicode (code page 1200).
LANGUAGE, CODEPAGE = 0x0804, 1200


def version_info(version: str, file_name: str, description: str) -> VSVersionInfo:
    numbers = tuple(int(part) for part in version.split(".")[:3]) + (0,)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(f"{LANGUAGE:04x}{CODEPAGE:04x}", [
                StringStruct("CompanyName", "金沙社区工作台项目组"),
                StringStruct("FileDescription", description),
                StringStruct("FileVersion", version),
                StringStruct("InternalName", file_name.removesuffix(".exe")),
                StringStruct("LegalCopyright", "© 金沙社区工作台项目组"),
                StringStruct("OriginalFilename", file_name),
                StringStruct("ProductName", PRODUCT),
                StringStruct("ProductVersion", version),
            ])]),
            VarFileInfo([VarStruct("Translation", [LANGUAGE, CODEPAGE])]),
        ],
    )
