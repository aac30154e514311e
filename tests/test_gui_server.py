"""The desktop app on a server database: opened from a URL or the connection saved in 设置, backups
from the 数据与备份 page as dumps, and a server that does not answer named at once."""

from conftest import background_done, wait_loaded
from ids import make_id

from jinsha_desk import auth
from jinsha_desk.db import saved_connection
from jinsha_desk.db.backup import list_backups
from jinsha_desk.db.location import parse_location
from jinsha_desk.roster import editing
from jinsha_desk.ui.app import build_window, run_app
from jinsha_desk.ui.first_start_dialog import EMPTY


def _open(qtbot, url):
    window = build_window(parse_location(url), ask=lambda: EMPTY, sign_in=lambda: auth.Session("网格员小李", auth.ADMIN))
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window.dashboard)  # the first page's figures, then its charts
    return window


def _close(qtbot, window):
    """Close, and let every load the last changes started finish before the test's database is dropped."""
    window.close()
    qtbot.waitUntil(lambda: not any(page.loading for page in window.pages), timeout=30000)
    background_done()


def _show(window, page):
    window.show_page(window.pages.index(page))


def test_the_window_works_on_a_server_database(qtbot, server_db, data_home):
    editing.add_resident(editing.ResidentInput(name="赵丽", id_number=make_id(order=821), grid="第一网格",
                                               create_grid=True, building="8", unit="1", room="201"))
    window = _open(qtbot, server_db.address.url)
    _show(window, window.roster)
    wait_loaded(qtbot, window.roster)
    assert window.roster.model.rowCount() == 1
    _show(window, window.data)
    assert "postgresql://" in window.data.ui.locationLabel.text()
    with qtbot.waitSignal(window.data.backup_now().signals.done, timeout=60000):
        pass
    assert [p.suffix for p in list_backups(server_db.address)] == [".dump"]
    assert "已备份到" in window.data.ui.backupStatus.text()
    _close(qtbot, window)


def test_a_server_connection_is_tested_and_saved_in_settings(qtbot, server_db, data_home):
    window = _open(qtbot, server_db.address.url)
    page = window.settings
    _show(window, page)
    page.ui.serverEdit.setText("postgresql://jinsha@127.0.0.1:1/nowhere")
    page.connect_server(save=True)
    qtbot.waitUntil(lambda: "无法连接数据库服务器" in page.ui.serverStatus.text(), timeout=20000)
    assert saved_connection.saved_server() is None
    page.ui.serverEdit.setText(server_db.address.url)
    page.connect_server(save=True)
    qtbot.waitUntil(lambda: "已保存" in page.ui.serverStatus.text(), timeout=20000)
    assert saved_connection.default_location() == server_db.address
    assert "数据库服务器" in page.ui.currentLabel.text()
    page.use_local_file()
    assert saved_connection.saved_server() is None and "本机数据库文件" in page.ui.currentLabel.text()
    _close(qtbot, window)


def test_a_server_that_does_not_answer_is_named_and_nothing_else_opens(monkeypatch, data_home):
    shown = []
    monkeypatch.setattr("jinsha_desk.ui.app.QMessageBox.critical", lambda _parent, title, text: shown.append(text))
    assert run_app(parse_location("postgresql://jinsha@127.0.0.1:1/jinsha")) == 1
    assert "127.0.0.1:1" in shown[0] and "无法连接数据库服务器" in shown[0]
