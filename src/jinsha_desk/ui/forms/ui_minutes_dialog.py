# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minutes_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MinutesDialog(object):
    def setupUi(self, MinutesDialog):
        if not MinutesDialog.objectName():
            MinutesDialog.setObjectName(u"MinutesDialog")
        MinutesDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(MinutesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.minutesColumns = QHBoxLayout()
        self.minutesColumns.setObjectName(u"minutesColumns")
        self.attendanceColumn = QVBoxLayout()
        self.attendanceColumn.setObjectName(u"attendanceColumn")
        self.attendanceTitle = QLabel(MinutesDialog)
        self.attendanceTitle.setObjectName(u"attendanceTitle")

        self.attendanceColumn.addWidget(self.attendanceTitle)

        self.attendanceTable = QTableWidget(MinutesDialog)
        self.attendanceTable.setObjectName(u"attendanceTable")

        self.attendanceColumn.addWidget(self.attendanceTable)

        self.allPresentButton = QPushButton(MinutesDialog)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.attendanceColumn.addWidget(self.allPresentButton)


        self.minutesColumns.addLayout(self.attendanceColumn)

        self.topicColumn = QVBoxLayout()
        self.topicColumn.setObjectName(u"topicColumn")
        self.topicTitle = QLabel(MinutesDialog)
        self.topicTitle.setObjectName(u"topicTitle")

        self.topicColumn.addWidget(self.topicTitle)

        self.itemList = QListWidget(MinutesDialog)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMaximumSize(QSize(16777215, 110))

        self.topicColumn.addWidget(self.itemList)

        self.minutesForm = QFormLayout()
        self.minutesForm.setObjectName(u"minutesForm")
        self.minutesFormLabel0 = QLabel(MinutesDialog)
        self.minutesFormLabel0.setObjectName(u"minutesFormLabel0")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel0)

        self.discussionEdit = QPlainTextEdit(MinutesDialog)
        self.discussionEdit.setObjectName(u"discussionEdit")

        self.minutesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.discussionEdit)

        self.minutesFormLabel1 = QLabel(MinutesDialog)
        self.minutesFormLabel1.setObjectName(u"minutesFormLabel1")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel1)

        self.decisionEdit = QLineEdit(MinutesDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.minutesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.minutesFormLabel2 = QLabel(MinutesDialog)
        self.minutesFormLabel2.setObjectName(u"minutesFormLabel2")

        self.minutesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel2)

        self.forSpin = QSpinBox(MinutesDialog)
        self.forSpin.setObjectName(u"forSpin")
        self.forSpin.setMaximum(9999)

        self.minutesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forSpin)

        self.minutesFormLabel3 = QLabel(MinutesDialog)
        self.minutesFormLabel3.setObjectName(u"minutesFormLabel3")

        self.minutesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel3)

        self.againstSpin = QSpinBox(MinutesDialog)
        self.againstSpin.setObjectName(u"againstSpin")
        self.againstSpin.setMaximum(9999)

        self.minutesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.againstSpin)

        self.minutesFormLabel4 = QLabel(MinutesDialog)
        self.minutesFormLabel4.setObjectName(u"minutesFormLabel4")

        self.minutesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel4)

        self.abstainSpin = QSpinBox(MinutesDialog)
        self.abstainSpin.setObjectName(u"abstainSpin")
        self.abstainSpin.setMaximum(9999)

        self.minutesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.abstainSpin)

        self.minutesFormLabel5 = QLabel(MinutesDialog)
        self.minutesFormLabel5.setObjectName(u"minutesFormLabel5")

        self.minutesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel5)

        self.ownerEdit = QLineEdit(MinutesDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.minutesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.minutesFormLabel6 = QLabel(MinutesDialog)
        self.minutesFormLabel6.setObjectName(u"minutesFormLabel6")

        self.minutesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.minutesFormLabel6)

        self.dueEdit = QDateEdit(MinutesDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.minutesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.topicColumn.addLayout(self.minutesForm)

        self.saveItemButton = QPushButton(MinutesDialog)
        self.saveItemButton.setObjectName(u"saveItemButton")

        self.topicColumn.addWidget(self.saveItemButton)

        self.withdrawButton = QPushButton(MinutesDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.topicColumn.addWidget(self.withdrawButton)


        self.minutesColumns.addLayout(self.topicColumn)

        self.minutesColumns.setStretch(0, 2)
        self.minutesColumns.setStretch(1, 3)

        self.mainLayout.addLayout(self.minutesColumns)

        self.errorLabel = QLabel(MinutesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MinutesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MinutesDialog)

        QMetaObject.connectSlotsByName(MinutesDialog)
    # setupUi

    def retranslateUi(self, MinutesDialog):
        MinutesDialog.setWindowTitle(QCoreApplication.translate("MinutesDialog", u"\u8bb0\u5f55\u7b7e\u5230\u548c\u7eaa\u8981", None))
        self.attendanceTitle.setText(QCoreApplication.translate("MinutesDialog", u"\u7b7e\u5230\uff08\u51fa\u5e2d\u3001\u7f3a\u5e2d\u3001\u8bf7\u5047\uff09", None))
        self.attendanceTitle.setStyleSheet(QCoreApplication.translate("MinutesDialog", u"font-weight: bold;", None))
        self.allPresentButton.setText(QCoreApplication.translate("MinutesDialog", u"\u5168\u90e8\u8bbe\u4e3a\u51fa\u5e2d", None))
        self.topicTitle.setText(QCoreApplication.translate("MinutesDialog", u"\u8bae\u9898", None))
        self.topicTitle.setStyleSheet(QCoreApplication.translate("MinutesDialog", u"font-weight: bold;", None))
        self.minutesFormLabel0.setText(QCoreApplication.translate("MinutesDialog", u"\u8ba8\u8bba\u60c5\u51b5", None))
        self.minutesFormLabel1.setText(QCoreApplication.translate("MinutesDialog", u"\u51b3\u5b9a", None))
        self.minutesFormLabel2.setText(QCoreApplication.translate("MinutesDialog", u"\u540c\u610f", None))
        self.minutesFormLabel3.setText(QCoreApplication.translate("MinutesDialog", u"\u53cd\u5bf9", None))
        self.minutesFormLabel4.setText(QCoreApplication.translate("MinutesDialog", u"\u5f03\u6743", None))
        self.minutesFormLabel5.setText(QCoreApplication.translate("MinutesDialog", u"\u8d1f\u8d23\u843d\u5b9e", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("MinutesDialog", u"\u586b\u5199\u540e\u8bae\u9898\u8fdb\u5165\u201c\u5b9e\u65bd\u201d", None))
        self.minutesFormLabel6.setText(QCoreApplication.translate("MinutesDialog", u"\u5b8c\u6210\u671f\u9650", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("MinutesDialog", u"yyyy-MM-dd", None))
        self.saveItemButton.setText(QCoreApplication.translate("MinutesDialog", u"\u4fdd\u5b58\u8fd9\u4e2a\u8bae\u9898\u7684\u7eaa\u8981", None))
        self.withdrawButton.setText(QCoreApplication.translate("MinutesDialog", u"\u64a4\u9500\u8fd9\u4e2a\u8bae\u9898\u7684\u7eaa\u8981\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("MinutesDialog", u"\u7eaa\u8981\u8bb0\u9519\u4e86\u8bae\u9898\u65f6\u4f7f\u7528\uff1a\u8bae\u9898\u9000\u56de\u201c\u8bae\u9898\u786e\u5b9a\u201d\uff0c\u539f\u56e0\u8bb0\u5165\u8bae\u9898\u8fdb\u7a0b", None))
#endif // QT_CONFIG(tooltip)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("MinutesDialog", u"color: #c0392b;", None))
    # retranslateUi

