"""Build the .deb for 统信UOS, 银河麒麟, Debian and Ubuntu from the PyInstaller app folder:

    pyinstaller packaging/jinsha-desk.spec
    python packaging/build_deb.py dist/jinsha-desk --out dist

The folder goes to /opt/jinsha-desk with `jinsha-desk` on PATH, a desktop entry (金沙社区工作台,
category Office) and the icon. The package depends on exactly the system libraries the folder links
to and does not carry (read from the ELF files, mapped to Debian's package names below), plus a
Chinese font. Build on the oldest distribution you install on (README): the folder carries the build
machine's libraries, which need that machine's C library or an older one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import shutil
import subprocess
import sys
import tempfile
from email.utils import format_datetime
from pathlib import Path

import jinsha_desk

PACKAGE = "jinsha-desk"
ROOT = Path(__file__).resolve().parents[1]
INSTALL_DIR = Path("opt") / PACKAGE
EXECUTABLES = ("jinsha-desk", "jinsha-desk-cli")
MAINTAINER = "金沙社区工作台项目组 <maintainers@users.noreply.h-seed-12518a15.example>"
CHINESE_FONT = "fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei"

# Shared libraries the app folder may link to without carrying them → the package that has them on
# Debian 10+ / Ubuntu 20.04+ (统信UOS and 银河麒麟 share these names). A library missing here stops
# the build, so that a new Qt never yields a package that cannot start.
SYSTEM_PACKAGES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6", "libpthread.so.0": "libc6",
    "librt.so.1": "libc6", "libutil.so.1": "libc6", "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6", "ld-linux-aarch64.so.1": "libc6",
    "libgcc_s.so.1": "libgcc-s1 | libgcc1", "libstdc++.so.6": "libstdc++6", "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1", "libsqlite3.so.0": "libsqlite3-0",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-glx.so.0": "libxcb-glx0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3", "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0", "libcups.so.2": "libcups2t64 | libcups2",
}

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=金沙社区工作台
Name[zh_CN]=金沙社区工作台
GenericName=社区居委会工作台
Comment=居民花名册、入户走访、志愿服务、议事会议、评选表彰与报表
Exec=jinsha-desk
Icon=jinsha-desk
Terminal=false
Categories=Office;
Keywords=社区;居委会;花名册;走访;志愿者;jinsha;
StartupWMClass=jinsha-desk
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: jinsha-desk

Files: *
Copyright: 金沙社区工作台项目组
License: proprietary
 Distributed to community offices by the jinsha-desk project.

Files: opt/jinsha-desk/_internal/resources/fonts/wqy-microhei.ttc
Copyright: 2007-2010 WenQuanYi Board of Trustees
License: Apache-2.0 or GPL-3 with font embedding exception
 See /opt/jinsha-desk/_internal/resources/fonts/LICENSE-wqy-microhei.

Files: opt/jinsha-desk/_internal/*
Copyright: the authors of Python, Qt (PySide6), reportlab, openpyxl, peewee and the other libraries
 bundled by PyInstaller
License: various free licenses
 Each library's licence file is in its folder under /opt/jinsha-desk/_internal.
"""

DESCRIPTION = """\
 社区居委会的离线桌面工作台：居民花名册、入户走访、志愿服务、
 议事会议、评选表彰与报表。数据保存在本机（~/.local/share/jinsha-desk），
 多台电脑可共用一台 PostgreSQL 服务器。
 .
 An offline desktop application for residential community offices: the
 resident roster, household visits, volunteers, meetings, honours and
 the returns sent to the street office."""


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(elf: Path) -> set[str]:
    dynamic = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in dynamic.splitlines() if "(NEEDED)" in line}


def libraries_from_the_system(folder: Path) -> set[str]:
    """The shared libraries the folder's programs and libraries link to that the folder lacks."""
    carried = {path.name for path in folder.rglob("*")}
    needed = set().union(*(_needed(elf) for elf in _elf_files(folder)))
    return needed - carried


def depends(folder: Path) -> list[str]:
    missing = libraries_from_the_system(folder)
    unknown = sorted(missing - SYSTEM_PACKAGES.keys())
    if unknown:
        raise SystemExit(f"build_deb: no Debian package known for {', '.join(unknown)}: add it to SYSTEM_PACKAGES")
    return sorted({SYSTEM_PACKAGES[name] for name in missing}) + [CHINESE_FONT]


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _normalise_modes(root: Path) -> None:
    """Folders 755, files 644, the two programs 755: the modes of the build folder may be anything
    (a umask, a Windows share), and lintian holds a package to these."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else 0o644)
    for name in EXECUTABLES:
        (root / INSTALL_DIR / name).chmod(0o755)


def _changelog(version: str) -> bytes:
    when = format_datetime(dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    text = (f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
            f"  * 金沙社区工作台 {jinsha_desk.__version__}。\n\n -- {MAINTAINER}  {when}\n")
    return gzip.compress(text.encode("utf-8"), mtime=0)


def _write_control(root: Path, folder: Path, version: str) -> None:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\nVersion: {version}\nArchitecture: {_architecture()}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(depends(folder))}\nSection: misc\nPriority: optional\n"
        f"Description: 金沙社区工作台 — community office desk\n{DESCRIPTION}\n",
        encoding="utf-8",
    )
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts:
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root).as_posix()}\n")
    (root / "DEBIAN" / "md5sums").write_text("".join(sums), encoding="utf-8")
    for name in ("control", "md5sums"):
        (root / "DEBIAN" / name).chmod(0o644)


def stage(folder: Path, root: Path, version: str) -> None:
    """Lay out the package's files under ``root`` as they will be on the PC."""
    shutil.copytree(folder, root / INSTALL_DIR, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / "jinsha-desk")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    for size_dir, source in (("256x256", "jinsha-desk.png"), ("scalable", "jinsha-desk.svg")):
        icon_dir = share / "icons" / "hicolor" / size_dir / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / source, icon_dir / f"{PACKAGE}{Path(source).suffix}")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    (doc / "changelog.Debian.gz").write_bytes(_changelog(version))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "lintian-overrides", overrides / PACKAGE)
    _normalise_modes(root)
    _write_control(root, folder, version)


def build_deb(folder: Path, out_dir: Path) -> Path:
    """The .deb of the app folder ``folder`` (dist/jinsha-desk), written into ``out_dir``."""
    version = f"{jinsha_desk.__version__}-1"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{_architecture()}.deb"
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        stage(folder, root, version)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
                       check=True, capture_output=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="从 PyInstaller 生成的程序文件夹打包 .deb")
    parser.add_argument("folder", type=Path, help="pyinstaller packaging/jinsha-desk.spec 生成的 dist/jinsha-desk")
    parser.add_argument("--out", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    print(build_deb(args.folder, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
