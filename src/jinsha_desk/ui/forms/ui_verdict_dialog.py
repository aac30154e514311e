# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verdict_dialog.ui'
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

class Ui_VerdictDialog(object):
    def setupUi(self, VerdictDialog):
        if not VerdictDialog.objectName():
            VerdictDialog.setObjectName(u"VerdictDialog")
        VerdictDialog.resize(460, 240)
        self.mainLayout = QVBoxLayout(VerdictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topicLabel = QLabel(VerdictDialog)
        self.topicLabel.setObjectName(u"topicLabel")
        self.topicLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.topicLabel)

        self.verdictForm = QFormLayout()
        self.verdictForm.setObjectName(u"verdictForm")
        self.verdictFormLabel0 = QLabel(VerdictDialog)
        self.verdictFormLabel0.setObjectName(u"verdictFormLabel0")

        self.verdictForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verdictFormLabel0)

        self.verdictCombo = QComboBox(VerdictDialog)
        self.verdictCombo.setObjectName(u"verdictCombo")

        self.verdictForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.verdictCombo)

        self.verdictFormLabel1 = QLabel(VerdictDialog)
        self.verdictFormLabel1.setObjectName(u"verdictFormLabel1")

        self.verdictForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verdictFormLabel1)

        self.commentEdit = QLineEdit(VerdictDialog)
        self.commentEdit.setObjectName(u"commentEdit")

        self.verdictForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.verdictFormLabel2 = QLabel(VerdictDialog)
        self.verdictFormLabel2.setObjectName(u"verdictFormLabel2")

        self.verdictForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.verdictFormLabel2)

        self.dateEdit = QDateEdit(VerdictDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.verdictForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.verdictForm)

        self.errorLabel = QLabel(VerdictDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(VerdictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(VerdictDialog)

        QMetaObject.connectSlotsByName(VerdictDialog)
    # setupUi

    def retranslateUi(self, VerdictDialog):
        VerdictDialog.setWindowTitle(QCoreApplication.translate("VerdictDialog", u"\u8bae\u9898\u7ed3\u8bba", None))
        self.topicLabel.setText("")
        self.topicLabel.setStyleSheet(QCoreApplication.translate("VerdictDialog", u"font-weight: bold;", None))
        self.verdictFormLabel0.setText(QCoreApplication.translate("VerdictDialog", u"\u7ed3\u8bba", None))
        self.verdictFormLabel1.setText(QCoreApplication.translate("VerdictDialog", u"\u8bf4\u660e", None))
        self.verdictFormLabel2.setText(QCoreApplication.translate("VerdictDialog", u"\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("VerdictDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("VerdictDialog", u"color: #c0392b;", None))
    # retranslateUi

