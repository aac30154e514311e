# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.dayLabel = QLabel(DashboardPage)
        self.dayLabel.setObjectName(u"dayLabel")

        self.headerLayout.addWidget(self.dayLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.asOfCheck = QCheckBox(DashboardPage)
        self.asOfCheck.setObjectName(u"asOfCheck")

        self.headerLayout.addWidget(self.asOfCheck)

        self.asOfDate = QDateEdit(DashboardPage)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)
        self.asOfDate.setEnabled(False)

        self.headerLayout.addWidget(self.asOfDate)

        self.printButton = QPushButton(DashboardPage)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.hintLabel = QLabel(DashboardPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.pageLayout.addWidget(self.hintLabel)

        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.cardsLayout = QGridLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")

        self.contentsLayout.addLayout(self.cardsLayout)

        self.chartsLayout = QGridLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")

        self.contentsLayout.addLayout(self.chartsLayout)

        self.gridTitle = QLabel(self.scrollContents)
        self.gridTitle.setObjectName(u"gridTitle")

        self.contentsLayout.addWidget(self.gridTitle)

        self.gridTable = QTableWidget(self.scrollContents)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setMinimumSize(QSize(0, 200))
        self.gridTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.gridTable.setAlternatingRowColors(True)
        self.gridTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.contentsLayout.addWidget(self.gridTable)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"\u793e\u533a\u6982\u51b5", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 16pt; font-weight: bold;", None))
        self.dayLabel.setText("")
        self.dayLabel.setStyleSheet(QCoreApplication.translate("DashboardPage", u"color: #555555;", None))
        self.asOfCheck.setText(QCoreApplication.translate("DashboardPage", u"\u67e5\u770b\u67d0\u65e5\u6982\u51b5", None))
#if QT_CONFIG(tooltip)
        self.asOfCheck.setToolTip(QCoreApplication.translate("DashboardPage", u"\u6309\u5386\u53f2\u8bb0\u5f55\u8fd8\u539f\u90a3\u4e00\u5929\u7684\u82b1\u540d\u518c\uff0c\u8d70\u8bbf\u3001\u670d\u52a1\u3001\u4f1a\u8bae\u7edf\u8ba1\u5230\u90a3\u4e00\u5929\u4e3a\u6b62", None))
#endif // QT_CONFIG(tooltip)
        self.asOfDate.setDisplayFormat(QCoreApplication.translate("DashboardPage", u"yyyy-MM-dd", None))
        self.printButton.setText(QCoreApplication.translate("DashboardPage", u"\u6253\u5370\u793e\u533a\u6982\u51b5\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("DashboardPage", u"\u70b9\u51fb\u6570\u5b57\u6216\u56fe\u4e2d\u7684\u67f1\u3001\u5757\uff0c\u53ef\u6253\u5f00\u5b83\u80cc\u540e\u7684\u540d\u5355\u3002", None))
        self.hintLabel.setStyleSheet(QCoreApplication.translate("DashboardPage", u"color: #777777;", None))
        self.gridTitle.setText(QCoreApplication.translate("DashboardPage", u"\u5404\u7f51\u683c\uff08\u515a\u652f\u90e8\uff09\u60c5\u51b5", None))
        self.gridTitle.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-weight: bold;", None))
        pass
    # retranslateUi

