# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(380, 180)
        self.mainLayout = QVBoxLayout(NoticeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.noticeForm = QFormLayout()
        self.noticeForm.setObjectName(u"noticeForm")
        self.noticeFormLabel0 = QLabel(NoticeDialog)
        self.noticeFormLabel0.setObjectName(u"noticeFormLabel0")

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noticeFormLabel0)

        self.startEdit = QDateEdit(NoticeDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.noticeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)


        self.mainLayout.addLayout(self.noticeForm)

        self.endLabel = QLabel(NoticeDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.mainLayout.addWidget(self.endLabel)

        self.endEdit = QDateEdit(NoticeDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.mainLayout.addWidget(self.endEdit)

        self.errorLabel = QLabel(NoticeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(NoticeDialog)

        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"\u5f00\u59cb\u516c\u793a", None))
        self.noticeFormLabel0.setText(QCoreApplication.translate("NoticeDialog", u"\u516c\u793a\u5f00\u59cb\u65e5\u671f", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("NoticeDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText("")
        self.endEdit.setDisplayFormat(QCoreApplication.translate("NoticeDialog", u"\u516c\u793a\u622a\u6b62\u65e5\u671f\uff1ayyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("NoticeDialog", u"color: #c0392b;", None))
    # retranslateUi

