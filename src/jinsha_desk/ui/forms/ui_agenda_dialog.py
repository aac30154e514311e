# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AgendaDialog(object):
    def setupUi(self, AgendaDialog):
        if not AgendaDialog.objectName():
            AgendaDialog.setObjectName(u"AgendaDialog")
        AgendaDialog.resize(820, 520)
        self.mainLayout = QVBoxLayout(AgendaDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.agendaColumns = QHBoxLayout()
        self.agendaColumns.setObjectName(u"agendaColumns")
        self.openColumn = QVBoxLayout()
        self.openColumn.setObjectName(u"openColumn")
        self.openTitle = QLabel(AgendaDialog)
        self.openTitle.setObjectName(u"openTitle")

        self.openColumn.addWidget(self.openTitle)

        self.openList = QListWidget(AgendaDialog)
        self.openList.setObjectName(u"openList")
        self.openList.setSelectionMode(QAbstractItemView.ExtendedSelection)

        self.openColumn.addWidget(self.openList)

        self.addButton = QPushButton(AgendaDialog)
        self.addButton.setObjectName(u"addButton")

        self.openColumn.addWidget(self.addButton)


        self.agendaColumns.addLayout(self.openColumn)

        self.agendaColumn = QVBoxLayout()
        self.agendaColumn.setObjectName(u"agendaColumn")
        self.agendaTitle = QLabel(AgendaDialog)
        self.agendaTitle.setObjectName(u"agendaTitle")

        self.agendaColumn.addWidget(self.agendaTitle)

        self.agendaTable = QTableWidget(AgendaDialog)
        self.agendaTable.setObjectName(u"agendaTable")

        self.agendaColumn.addWidget(self.agendaTable)

        self.orderButtons = QHBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.upButton = QPushButton(AgendaDialog)
        self.upButton.setObjectName(u"upButton")

        self.orderButtons.addWidget(self.upButton)

        self.downButton = QPushButton(AgendaDialog)
        self.downButton.setObjectName(u"downButton")

        self.orderButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(AgendaDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.orderButtons.addWidget(self.removeButton)

        self.orderSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderButtons.addItem(self.orderSpacer)


        self.agendaColumn.addLayout(self.orderButtons)


        self.agendaColumns.addLayout(self.agendaColumn)

        self.agendaColumns.setStretch(0, 2)
        self.agendaColumns.setStretch(1, 3)

        self.mainLayout.addLayout(self.agendaColumns)

        self.errorLabel = QLabel(AgendaDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AgendaDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AgendaDialog)

        QMetaObject.connectSlotsByName(AgendaDialog)
    # setupUi

    def retranslateUi(self, AgendaDialog):
        AgendaDialog.setWindowTitle(QCoreApplication.translate("AgendaDialog", u"\u5b89\u6392\u8bae\u7a0b", None))
        self.openTitle.setText(QCoreApplication.translate("AgendaDialog", u"\u53ef\u5217\u5165\u8bae\u7a0b\u7684\u8bae\u9898\uff08\u6536\u96c6\u3001\u8bae\u9898\u786e\u5b9a\uff09", None))
        self.openTitle.setStyleSheet(QCoreApplication.translate("AgendaDialog", u"font-weight: bold;", None))
        self.addButton.setText(QCoreApplication.translate("AgendaDialog", u"\u52a0\u5165\u8bae\u7a0b \u2192", None))
        self.agendaTitle.setText(QCoreApplication.translate("AgendaDialog", u"\u672c\u6b21\u8bae\u7a0b\uff08\u53ef\u586b\u5199\u6c47\u62a5\u4eba\u548c\u65f6\u95f4\uff09", None))
        self.agendaTitle.setStyleSheet(QCoreApplication.translate("AgendaDialog", u"font-weight: bold;", None))
        self.upButton.setText(QCoreApplication.translate("AgendaDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("AgendaDialog", u"\u4e0b\u79fb", None))
        self.removeButton.setText(QCoreApplication.translate("AgendaDialog", u"\u79fb\u51fa\u8bae\u7a0b", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AgendaDialog", u"color: #c0392b;", None))
    # retranslateUi

