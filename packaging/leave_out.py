"""What the app folder leaves out of Qt: modules it never imports, plugins that pull in libraries it
never uses, and Qt's translations other than Simplified Chinese. About half of the folder's size was
these (README: size of the installed app); tests/test_packaging.py checks that every library left
in the folder still finds what it links to."""

from __future__ import annotations

from pathlib import PurePath

# Python modules of PySide6 that the app does not import; keeping them out keeps their Qt libraries
# out too (QtCharts needs QtOpenGL and QtOpenGLWidgets, so those stay).
QT_MODULES_NOT_USED = [
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtPdf",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia", "PySide6.QtSql",
    "PySide6.QtDBus", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtDesigner",
    "PySide6.Qt3DCore", "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSerialPort",
]

KIOSKS = "screens without a window system (kiosks, embedded boards), not office desktops"
# Plugin folders (under PySide6/Qt/plugins) and single plugins the app does without, with why; named
# as on every system (libqpdf.so on Linux and qpdf.dll on Windows are both imageformats/qpdf).
PLUGINS_NOT_USED = {
    "platforminputcontexts/qtvirtualkeyboardplugin": "the on-screen keyboard needs QtQuick (16 MB)",
    "imageformats/qpdf": "PDFs are shown with pdfium, not Qt's PDF module",
    "tls": "the app opens no network connection through Qt (psycopg has its own)",
    "networkinformation": "network status, which the app never asks Qt for",
    "egldeviceintegrations": KIOSKS,
    "generic": KIOSKS + " (their touch and tablet input; the TUIO one needs QtNetwork)",
    "platforms/qeglfs": KIOSKS,
    "platforms/qlinuxfb": KIOSKS,
    "platforms/qvnc": KIOSKS,
    "platforms/qvkkhrdisplay": KIOSKS,
    "platformthemes/qgtk3": "links GTK 3, which a KDE, DDE or UKUI desktop may not have",
}

# Qt libraries only the plugins above link to.
LIBRARIES_NOT_USED = {
    "Qt6Qml", "Qt6QmlMeta", "Qt6QmlModels", "Qt6QmlWorkerScript", "Qt6Quick", "Qt6VirtualKeyboard",
    "Qt6VirtualKeyboardQml", "Qt6Pdf", "Qt6Network", "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport",
}


def _bare_name(dest: PurePath) -> str:
    return dest.name.split(".")[0].removeprefix("lib")


def _plugin(dest: PurePath) -> str | None:
    parts = dest.parts
    if "plugins" not in parts:
        return None
    return "/".join((*parts[parts.index("plugins") + 1:-1], _bare_name(dest)))


def needed_by_the_app(entry: tuple) -> bool:
    """Whether a binary of the PyInstaller table of contents (dest, source, kind) stays."""
    dest = PurePath(entry[0])
    plugin = _plugin(dest)
    if plugin is not None:
        return not any(plugin == left or plugin.startswith(left + "/") for left in PLUGINS_NOT_USED)
    return _bare_name(dest) not in LIBRARIES_NOT_USED


def _linked(entries: list) -> set[str]:
    """The file names of the libraries ``entries`` link to, directly or not."""
    from PyInstaller.depend.bindepend import get_imports

    names = set()
    for entry in entries:
        names.update(PurePath(name).name for name, _path in get_imports(entry[1]))
    return names


def leave_out_unused_qt(binaries: list) -> list:
    """The binaries without the plugins and libraries above, nor the libraries PyInstaller collected
    only because a left-out plugin links to them (GTK's cairo, gio, … for qgtk3). A library that
    something kept also links to stays."""
    kept = [entry for entry in binaries if needed_by_the_app(entry)]
    pulled_in = _linked([entry for entry in binaries if not needed_by_the_app(entry)])
    roots = [entry for entry in kept if PurePath(entry[0]).name not in pulled_in]
    still_needed = _linked(roots)
    return [entry for entry in kept
            if PurePath(entry[0]).name not in pulled_in or PurePath(entry[0]).name in still_needed]


def without_dangling_links(datas: list, binaries: list) -> list:
    """PyInstaller links each library in a subfolder from the top folder too (SYMLINK entries among
    the data files): drop the links to libraries left out above."""
    present = {PurePath(entry[0]) for entry in (*binaries, *datas) if entry[2] != "SYMLINK"}
    return [entry for entry in datas
            if entry[2] != "SYMLINK" or PurePath(entry[0]).parent / entry[1] in present]


def keep_chinese_translations(datas: list) -> list:
    """Qt's translations in Simplified Chinese only (the app's one language): 0.4 MB instead of 7."""
    def wanted(entry: tuple) -> bool:
        dest = PurePath(entry[0])
        return dest.suffix != ".qm" or "translations" not in dest.parts or dest.stem.endswith("zh_CN")
    return [entry for entry in datas if wanted(entry)]
