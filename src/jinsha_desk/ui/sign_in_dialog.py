"""Signing in; on the very first start, creating the administrator's account."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jinsha_desk import auth
from jinsha_desk.errors import DeskError
from jinsha_desk.ui.form_dialog import FormDialog
from jinsha_desk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog


class SignInDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_SignInDialog(), parent)
        self.first_start = not auth.has_accounts()
        self.session: auth.Session | None = None
        ui = self.ui
        if self.first_start:
            self.setWindowTitle("创建管理员账号")
            ui.hint.setText("第一次使用：请为管理员设一个用户名和密码。管理员可以新建工作人员和只读账号。")
        else:
            ui.hint.setText("请输入用户名和密码。")
            ui.confirmEdit.hide()
            ui.signInFormLabel2.hide()

    def save_action(self) -> int:
        ui = self.ui
        if self.first_start:
            if ui.passwordEdit.text() != ui.confirmEdit.text():
                raise DeskError("两次输入的密码不一样。")
            auth.create_account(ui.usernameEdit.text(), ui.passwordEdit.text(), auth.ADMIN)
        self.session = auth.login(ui.usernameEdit.text(), ui.passwordEdit.text())
        return 0


def sign_in_interactively() -> auth.Session | None:
    dialog = SignInDialog()
    dialog.exec()
    return dialog.session
