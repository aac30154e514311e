# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(760, 640)
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.activityForm = QFormLayout()
        self.activityForm.setObjectName(u"activityForm")
        self.activityFormLabel0 = QLabel(ActivityDialog)
        self.activityFormLabel0.setObjectName(u"activityFormLabel0")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activityFormLabel0)

        self.titleEdit = QLineEdit(ActivityDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.activityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.activityFormLabel1 = QLabel(ActivityDialog)
        self.activityFormLabel1.setObjectName(u"activityFormLabel1")

        self.activityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activityFormLabel1)

        self.dateEdit = QDateEdit(ActivityDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.activityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.activityFormLabel2 = QLabel(ActivityDialog)
        self.activityFormLabel2.setObjectName(u"activityFormLabel2")

        self.activityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.activityFormLabel2)

        self.placeEdit = QLineEdit(ActivityDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.activityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.activityFormLabel3 = QLabel(ActivityDialog)
        self.activityFormLabel3.setObjectName(u"activityFormLabel3")

        self.activityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activityFormLabel3)

        self.teamCombo = QComboBox(ActivityDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.activityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.activityFormLabel4 = QLabel(ActivityDialog)
        self.activityFormLabel4.setObjectName(u"activityFormLabel4")

        self.activityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activityFormLabel4)

        self.groupCombo = QComboBox(ActivityDialog)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setEditable(True)

        self.activityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.activityFormLabel5 = QLabel(ActivityDialog)
        self.activityFormLabel5.setObjectName(u"activityFormLabel5")

        self.activityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.activityFormLabel5)

        self.descriptionEdit = QPlainTextEdit(ActivityDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 60))

        self.activityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.activityForm)

        self.attendanceBar = QHBoxLayout()
        self.attendanceBar.setObjectName(u"attendanceBar")
        self.attendanceTitle = QLabel(ActivityDialog)
        self.attendanceTitle.setObjectName(u"attendanceTitle")

        self.attendanceBar.addWidget(self.attendanceTitle)

        self.attendanceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceBar.addItem(self.attendanceSpacer)

        self.volunteerFilter = QLineEdit(ActivityDialog)
        self.volunteerFilter.setObjectName(u"volunteerFilter")
        self.volunteerFilter.setClearButtonEnabled(True)

        self.attendanceBar.addWidget(self.volunteerFilter)


        self.mainLayout.addLayout(self.attendanceBar)

        self.hoursBar = QHBoxLayout()
        self.hoursBar.setObjectName(u"hoursBar")
        self.hoursLabel = QLabel(ActivityDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.hoursBar.addWidget(self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(ActivityDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.500000000000000)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)
        self.hoursSpin.setValue(2.000000000000000)

        self.hoursBar.addWidget(self.hoursSpin)

        self.applyHoursButton = QPushButton(ActivityDialog)
        self.applyHoursButton.setObjectName(u"applyHoursButton")

        self.hoursBar.addWidget(self.applyHoursButton)

        self.selectedCount = QLabel(ActivityDialog)
        self.selectedCount.setObjectName(u"selectedCount")

        self.hoursBar.addWidget(self.selectedCount)

        self.hoursSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursBar.addItem(self.hoursSpacer)


        self.mainLayout.addLayout(self.hoursBar)

        self.attendanceTable = QTableWidget(ActivityDialog)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.attendanceTable)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u767b\u8bb0\u5fd7\u613f\u670d\u52a1\u6d3b\u52a8", None))
        self.activityFormLabel0.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u540d\u79f0", None))
        self.activityFormLabel1.setText(QCoreApplication.translate("ActivityDialog", u"\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"yyyy-MM-dd", None))
        self.activityFormLabel2.setText(QCoreApplication.translate("ActivityDialog", u"\u5730\u70b9", None))
        self.activityFormLabel3.setText(QCoreApplication.translate("ActivityDialog", u"\u670d\u52a1\u961f", None))
        self.activityFormLabel4.setText(QCoreApplication.translate("ActivityDialog", u"\u670d\u52a1\u5bf9\u8c61", None))
        self.activityFormLabel5.setText(QCoreApplication.translate("ActivityDialog", u"\u6d3b\u52a8\u5185\u5bb9", None))
        self.attendanceTitle.setText(QCoreApplication.translate("ActivityDialog", u"\u53c2\u52a0\u7684\u5fd7\u613f\u8005\uff08\u52fe\u9009\uff0c\u53ef\u9010\u4eba\u4fee\u6539\u65f6\u957f\uff09", None))
        self.attendanceTitle.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"font-weight: bold;", None))
        self.volunteerFilter.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u7b5b\u9009\u59d3\u540d", None))
        self.hoursLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u6240\u9009\u5fd7\u613f\u8005\u7edf\u4e00\u65f6\u957f", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("ActivityDialog", u" \u5c0f\u65f6", None))
        self.applyHoursButton.setText(QCoreApplication.translate("ActivityDialog", u"\u5e94\u7528\u5230\u5df2\u52fe\u9009", None))
        self.selectedCount.setText("")
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #c0392b;", None))
    # retranslateUi

