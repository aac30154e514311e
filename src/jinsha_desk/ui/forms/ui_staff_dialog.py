# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.setMinimumSize(QSize(400, 0))
        self.mainLayout = QVBoxLayout(StaffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.staffForm = QFormLayout()
        self.staffForm.setObjectName(u"staffForm")
        self.staffFormLabel0 = QLabel(StaffDialog)
        self.staffFormLabel0.setObjectName(u"staffFormLabel0")

        self.staffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffFormLabel0)

        self.nameEdit = QLineEdit(StaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.staffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.staffFormLabel1 = QLabel(StaffDialog)
        self.staffFormLabel1.setObjectName(u"staffFormLabel1")

        self.staffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffFormLabel1)

        self.postCombo = QComboBox(StaffDialog)
        self.postCombo.setObjectName(u"postCombo")
        self.postCombo.setEditable(True)

        self.staffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postCombo)

        self.staffFormLabel2 = QLabel(StaffDialog)
        self.staffFormLabel2.setObjectName(u"staffFormLabel2")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffFormLabel2)

        self.phoneEdit = QLineEdit(StaffDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.staffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.staffFormLabel3 = QLabel(StaffDialog)
        self.staffFormLabel3.setObjectName(u"staffFormLabel3")

        self.staffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffFormLabel3)

        self.gridCombo = QComboBox(StaffDialog)
        self.gridCombo.setObjectName(u"gridCombo")

        self.staffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gridCombo)


        self.mainLayout.addLayout(self.staffForm)

        self.errorLabel = QLabel(StaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"\u5de5\u4f5c\u4eba\u5458", None))
        self.staffFormLabel0.setText(QCoreApplication.translate("StaffDialog", u"\u59d3\u540d", None))
        self.staffFormLabel1.setText(QCoreApplication.translate("StaffDialog", u"\u804c\u52a1", None))
        self.staffFormLabel2.setText(QCoreApplication.translate("StaffDialog", u"\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"\u624b\u673a\u6216\u5e26\u533a\u53f7\u7684\u5ea7\u673a", None))
        self.staffFormLabel3.setText(QCoreApplication.translate("StaffDialog", u"\u670d\u52a1\u7f51\u683c", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("StaffDialog", u"color: #c0392b;", None))
    # retranslateUi

