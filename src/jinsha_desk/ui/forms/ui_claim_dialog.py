# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClaimDialog(object):
    def setupUi(self, ClaimDialog):
        if not ClaimDialog.objectName():
            ClaimDialog.setObjectName(u"ClaimDialog")
        ClaimDialog.resize(420, 200)
        self.mainLayout = QVBoxLayout(ClaimDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.wishLabel = QLabel(ClaimDialog)
        self.wishLabel.setObjectName(u"wishLabel")
        self.wishLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.wishLabel)

        self.claimForm = QFormLayout()
        self.claimForm.setObjectName(u"claimForm")
        self.claimFormLabel0 = QLabel(ClaimDialog)
        self.claimFormLabel0.setObjectName(u"claimFormLabel0")

        self.claimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.claimFormLabel0)

        self.volunteerCombo = QComboBox(ClaimDialog)
        self.volunteerCombo.setObjectName(u"volunteerCombo")

        self.claimForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.volunteerCombo)

        self.claimFormLabel1 = QLabel(ClaimDialog)
        self.claimFormLabel1.setObjectName(u"claimFormLabel1")

        self.claimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.claimFormLabel1)

        self.unitEdit = QLineEdit(ClaimDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.claimForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.claimFormLabel2 = QLabel(ClaimDialog)
        self.claimFormLabel2.setObjectName(u"claimFormLabel2")

        self.claimForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.claimFormLabel2)

        self.dateEdit = QDateEdit(ClaimDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.claimForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.claimForm)

        self.errorLabel = QLabel(ClaimDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClaimDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ClaimDialog)

        QMetaObject.connectSlotsByName(ClaimDialog)
    # setupUi

    def retranslateUi(self, ClaimDialog):
        ClaimDialog.setWindowTitle(QCoreApplication.translate("ClaimDialog", u"\u8ba4\u9886\u5fae\u5fc3\u613f", None))
        self.wishLabel.setText("")
        self.claimFormLabel0.setText(QCoreApplication.translate("ClaimDialog", u"\u8ba4\u9886\u7684\u5fd7\u613f\u8005", None))
        self.claimFormLabel1.setText(QCoreApplication.translate("ClaimDialog", u"\u6216\u8ba4\u9886\u5355\u4f4d", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"\u5982 \u91d1\u6c99\u94f6\u884c\u84dd\u6e56\u652f\u884c", None))
        self.claimFormLabel2.setText(QCoreApplication.translate("ClaimDialog", u"\u8ba4\u9886\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ClaimDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ClaimDialog", u"color: #c0392b;", None))
    # retranslateUi

