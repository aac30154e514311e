# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wish_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from jinsha_desk.ui.pickers import SearchPicker

class Ui_WishDialog(object):
    def setupUi(self, WishDialog):
        if not WishDialog.objectName():
            WishDialog.setObjectName(u"WishDialog")
        WishDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(WishDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.residentHint = QLabel(WishDialog)
        self.residentHint.setObjectName(u"residentHint")

        self.mainLayout.addWidget(self.residentHint)

        self.residentPicker = SearchPicker(WishDialog)
        self.residentPicker.setObjectName(u"residentPicker")

        self.mainLayout.addWidget(self.residentPicker)

        self.wishForm = QFormLayout()
        self.wishForm.setObjectName(u"wishForm")
        self.wishFormLabel0 = QLabel(WishDialog)
        self.wishFormLabel0.setObjectName(u"wishFormLabel0")

        self.wishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wishFormLabel0)

        self.descriptionEdit = QLineEdit(WishDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.wishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.wishFormLabel1 = QLabel(WishDialog)
        self.wishFormLabel1.setObjectName(u"wishFormLabel1")

        self.wishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wishFormLabel1)

        self.dateEdit = QDateEdit(WishDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.wishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.wishForm)

        self.errorLabel = QLabel(WishDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(WishDialog)

        QMetaObject.connectSlotsByName(WishDialog)
    # setupUi

    def retranslateUi(self, WishDialog):
        WishDialog.setWindowTitle(QCoreApplication.translate("WishDialog", u"\u65b0\u589e\u5fae\u5fc3\u613f", None))
        self.residentHint.setText(QCoreApplication.translate("WishDialog", u"\u8bb8\u613f\u7684\u5c45\u6c11\uff1a\u8f93\u5165\u59d3\u540d\u3001\u62fc\u97f3\u6216\u95e8\u724c\u540e\u9009\u62e9", None))
        self.wishFormLabel0.setText(QCoreApplication.translate("WishDialog", u"\u5fc3\u613f\u5185\u5bb9", None))
        self.wishFormLabel1.setText(QCoreApplication.translate("WishDialog", u"\u767b\u8bb0\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("WishDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("WishDialog", u"color: #c0392b;", None))
    # retranslateUi

