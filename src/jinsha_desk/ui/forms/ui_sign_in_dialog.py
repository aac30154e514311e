# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(400, 240)
        self.mainLayout = QVBoxLayout(SignInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hint = QLabel(SignInDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.signInForm = QFormLayout()
        self.signInForm.setObjectName(u"signInForm")
        self.signInFormLabel0 = QLabel(SignInDialog)
        self.signInFormLabel0.setObjectName(u"signInFormLabel0")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signInFormLabel0)

        self.usernameEdit = QLineEdit(SignInDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.signInFormLabel1 = QLabel(SignInDialog)
        self.signInFormLabel1.setObjectName(u"signInFormLabel1")

        self.signInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signInFormLabel1)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.signInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.signInFormLabel2 = QLabel(SignInDialog)
        self.signInFormLabel2.setObjectName(u"signInFormLabel2")

        self.signInForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signInFormLabel2)

        self.confirmEdit = QLineEdit(SignInDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.signInForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.signInForm)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"\u767b\u5f55\u91d1\u6c99\u793e\u533a\u5de5\u4f5c\u53f0", None))
        self.hint.setText("")
        self.signInFormLabel0.setText(QCoreApplication.translate("SignInDialog", u"\u7528\u6237\u540d", None))
        self.signInFormLabel1.setText(QCoreApplication.translate("SignInDialog", u"\u5bc6\u7801", None))
        self.signInFormLabel2.setText(QCoreApplication.translate("SignInDialog", u"\u518d\u8f93\u4e00\u6b21\u5bc6\u7801", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SignInDialog", u"color: #c0392b;", None))
    # retranslateUi

