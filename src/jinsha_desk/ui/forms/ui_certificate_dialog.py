# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_dialog.ui'
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

class Ui_CertificateDialog(object):
    def setupUi(self, CertificateDialog):
        if not CertificateDialog.objectName():
            CertificateDialog.setObjectName(u"CertificateDialog")
        CertificateDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(CertificateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.volunteerLabel = QLabel(CertificateDialog)
        self.volunteerLabel.setObjectName(u"volunteerLabel")
        self.volunteerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.volunteerLabel)

        self.periodForm = QFormLayout()
        self.periodForm.setObjectName(u"periodForm")
        self.periodFormLabel0 = QLabel(CertificateDialog)
        self.periodFormLabel0.setObjectName(u"periodFormLabel0")

        self.periodForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodFormLabel0)

        self.fromDate = QDateEdit(CertificateDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.periodFormLabel1 = QLabel(CertificateDialog)
        self.periodFormLabel1.setObjectName(u"periodFormLabel1")

        self.periodForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodFormLabel1)

        self.toDate = QDateEdit(CertificateDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)


        self.mainLayout.addLayout(self.periodForm)

        self.errorLabel = QLabel(CertificateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CertificateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(CertificateDialog)

        QMetaObject.connectSlotsByName(CertificateDialog)
    # setupUi

    def retranslateUi(self, CertificateDialog):
        CertificateDialog.setWindowTitle(QCoreApplication.translate("CertificateDialog", u"\u5f00\u5177\u5fd7\u613f\u670d\u52a1\u8bc1\u660e", None))
        self.volunteerLabel.setText("")
        self.periodFormLabel0.setText(QCoreApplication.translate("CertificateDialog", u"\u670d\u52a1\u8d77\u59cb\u65e5\u671f", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("CertificateDialog", u"yyyy-MM-dd", None))
        self.periodFormLabel1.setText(QCoreApplication.translate("CertificateDialog", u"\u670d\u52a1\u622a\u6b62\u65e5\u671f", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("CertificateDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("CertificateDialog", u"color: #c0392b;", None))
    # retranslateUi

