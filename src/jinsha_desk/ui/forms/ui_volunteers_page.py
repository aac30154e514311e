# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteers_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VolunteersPage(object):
    def setupUi(self, VolunteersPage):
        if not VolunteersPage.objectName():
            VolunteersPage.setObjectName(u"VolunteersPage")
        self.pageLayout = QVBoxLayout(VolunteersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tabs = QTabWidget(VolunteersPage)
        self.tabs.setObjectName(u"tabs")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleBar = QHBoxLayout()
        self.peopleBar.setObjectName(u"peopleBar")
        self.yearLabel = QLabel(self.peopleTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.peopleBar.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.peopleTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.peopleBar.addWidget(self.yearSpin)

        self.peopleSummary = QLabel(self.peopleTab)
        self.peopleSummary.setObjectName(u"peopleSummary")

        self.peopleBar.addWidget(self.peopleSummary)

        self.peopleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleBar.addItem(self.peopleSpacer)

        self.certificateButton = QPushButton(self.peopleTab)
        self.certificateButton.setObjectName(u"certificateButton")

        self.peopleBar.addWidget(self.certificateButton)

        self.addVolunteerButton = QPushButton(self.peopleTab)
        self.addVolunteerButton.setObjectName(u"addVolunteerButton")

        self.peopleBar.addWidget(self.addVolunteerButton)


        self.peopleLayout.addLayout(self.peopleBar)

        self.volunteersTable = QTableWidget(self.peopleTab)
        self.volunteersTable.setObjectName(u"volunteersTable")
        self.volunteersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.volunteersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.volunteersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.volunteersTable.setAlternatingRowColors(True)

        self.peopleLayout.addWidget(self.volunteersTable)

        self.tabs.addTab(self.peopleTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsLayout = QVBoxLayout(self.teamsTab)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.teamsBar = QHBoxLayout()
        self.teamsBar.setObjectName(u"teamsBar")
        self.teamsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamsBar.addItem(self.teamsSpacer)

        self.addTeamButton = QPushButton(self.teamsTab)
        self.addTeamButton.setObjectName(u"addTeamButton")

        self.teamsBar.addWidget(self.addTeamButton)


        self.teamsLayout.addLayout(self.teamsBar)

        self.teamsTable = QTableWidget(self.teamsTab)
        self.teamsTable.setObjectName(u"teamsTable")
        self.teamsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.teamsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.teamsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.teamsTable.setAlternatingRowColors(True)

        self.teamsLayout.addWidget(self.teamsTable)

        self.tabs.addTab(self.teamsTab, "")
        self.activitiesTab = QWidget()
        self.activitiesTab.setObjectName(u"activitiesTab")
        self.activitiesLayout = QVBoxLayout(self.activitiesTab)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activitiesBar = QHBoxLayout()
        self.activitiesBar.setObjectName(u"activitiesBar")
        self.activitiesSummary = QLabel(self.activitiesTab)
        self.activitiesSummary.setObjectName(u"activitiesSummary")

        self.activitiesBar.addWidget(self.activitiesSummary)

        self.activitiesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activitiesBar.addItem(self.activitiesSpacer)

        self.addActivityButton = QPushButton(self.activitiesTab)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activitiesBar.addWidget(self.addActivityButton)


        self.activitiesLayout.addLayout(self.activitiesBar)

        self.activitiesTable = QTableWidget(self.activitiesTab)
        self.activitiesTable.setObjectName(u"activitiesTable")
        self.activitiesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.activitiesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.activitiesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.activitiesTable.setAlternatingRowColors(True)

        self.activitiesLayout.addWidget(self.activitiesTable)

        self.tabs.addTab(self.activitiesTab, "")
        self.wishesTab = QWidget()
        self.wishesTab.setObjectName(u"wishesTab")
        self.wishesLayout = QVBoxLayout(self.wishesTab)
        self.wishesLayout.setObjectName(u"wishesLayout")
        self.wishesBar = QHBoxLayout()
        self.wishesBar.setObjectName(u"wishesBar")
        self.addWishButton = QPushButton(self.wishesTab)
        self.addWishButton.setObjectName(u"addWishButton")

        self.wishesBar.addWidget(self.addWishButton)

        self.claimButton = QPushButton(self.wishesTab)
        self.claimButton.setObjectName(u"claimButton")

        self.wishesBar.addWidget(self.claimButton)

        self.fulfilButton = QPushButton(self.wishesTab)
        self.fulfilButton.setObjectName(u"fulfilButton")

        self.wishesBar.addWidget(self.fulfilButton)

        self.wishesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wishesBar.addItem(self.wishesSpacer)


        self.wishesLayout.addLayout(self.wishesBar)

        self.wishesError = QLabel(self.wishesTab)
        self.wishesError.setObjectName(u"wishesError")

        self.wishesLayout.addWidget(self.wishesError)

        self.boardLayout = QHBoxLayout()
        self.boardLayout.setObjectName(u"boardLayout")
        self.openColumn = QVBoxLayout()
        self.openColumn.setObjectName(u"openColumn")
        self.openTitle = QLabel(self.wishesTab)
        self.openTitle.setObjectName(u"openTitle")

        self.openColumn.addWidget(self.openTitle)

        self.openTable = QTableWidget(self.wishesTab)
        self.openTable.setObjectName(u"openTable")
        self.openTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.openTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.openTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.openTable.setAlternatingRowColors(True)

        self.openColumn.addWidget(self.openTable)


        self.boardLayout.addLayout(self.openColumn)

        self.claimedColumn = QVBoxLayout()
        self.claimedColumn.setObjectName(u"claimedColumn")
        self.claimedTitle = QLabel(self.wishesTab)
        self.claimedTitle.setObjectName(u"claimedTitle")

        self.claimedColumn.addWidget(self.claimedTitle)

        self.claimedTable = QTableWidget(self.wishesTab)
        self.claimedTable.setObjectName(u"claimedTable")
        self.claimedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.claimedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.claimedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.claimedTable.setAlternatingRowColors(True)

        self.claimedColumn.addWidget(self.claimedTable)


        self.boardLayout.addLayout(self.claimedColumn)

        self.fulfilledColumn = QVBoxLayout()
        self.fulfilledColumn.setObjectName(u"fulfilledColumn")
        self.fulfilledTitle = QLabel(self.wishesTab)
        self.fulfilledTitle.setObjectName(u"fulfilledTitle")

        self.fulfilledColumn.addWidget(self.fulfilledTitle)

        self.fulfilledTable = QTableWidget(self.wishesTab)
        self.fulfilledTable.setObjectName(u"fulfilledTable")
        self.fulfilledTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.fulfilledTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.fulfilledTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.fulfilledTable.setAlternatingRowColors(True)

        self.fulfilledColumn.addWidget(self.fulfilledTable)


        self.boardLayout.addLayout(self.fulfilledColumn)


        self.wishesLayout.addLayout(self.boardLayout)

        self.tabs.addTab(self.wishesTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(VolunteersPage)

        QMetaObject.connectSlotsByName(VolunteersPage)
    # setupUi

    def retranslateUi(self, VolunteersPage):
        self.yearLabel.setText(QCoreApplication.translate("VolunteersPage", u"\u5e74\u5ea6", None))
        self.peopleSummary.setText("")
        self.certificateButton.setText(QCoreApplication.translate("VolunteersPage", u"\u5f00\u5177\u5fd7\u613f\u670d\u52a1\u8bc1\u660e\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificateButton.setToolTip(QCoreApplication.translate("VolunteersPage", u"\u4e3a\u6240\u9009\u5fd7\u613f\u8005\u5f00\u5177\u4e00\u6bb5\u65f6\u95f4\u7684\u5fd7\u613f\u670d\u52a1\u8bc1\u660e\uff08PDF\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addVolunteerButton.setText(QCoreApplication.translate("VolunteersPage", u"\u65b0\u589e\u5fd7\u613f\u8005\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("VolunteersPage", u"\u5fd7\u613f\u8005", None))
        self.addTeamButton.setText(QCoreApplication.translate("VolunteersPage", u"\u65b0\u5efa\u670d\u52a1\u961f\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("VolunteersPage", u"\u670d\u52a1\u961f", None))
        self.activitiesSummary.setText("")
        self.addActivityButton.setText(QCoreApplication.translate("VolunteersPage", u"\u767b\u8bb0\u6d3b\u52a8\u548c\u65f6\u957f\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.activitiesTab), QCoreApplication.translate("VolunteersPage", u"\u670d\u52a1\u6d3b\u52a8", None))
        self.addWishButton.setText(QCoreApplication.translate("VolunteersPage", u"\u65b0\u589e\u5fc3\u613f\u2026", None))
        self.claimButton.setText(QCoreApplication.translate("VolunteersPage", u"\u8ba4\u9886\u6240\u9009\u5fc3\u613f\u2026", None))
        self.fulfilButton.setText(QCoreApplication.translate("VolunteersPage", u"\u6240\u9009\u5fc3\u613f\u5df2\u5b9e\u73b0", None))
        self.wishesError.setText("")
        self.wishesError.setStyleSheet(QCoreApplication.translate("VolunteersPage", u"color: #c0392b;", None))
        self.openTitle.setText(QCoreApplication.translate("VolunteersPage", u"\u5f85\u8ba4\u9886", None))
        self.openTitle.setStyleSheet(QCoreApplication.translate("VolunteersPage", u"font-weight: bold;", None))
        self.claimedTitle.setText(QCoreApplication.translate("VolunteersPage", u"\u5df2\u8ba4\u9886", None))
        self.claimedTitle.setStyleSheet(QCoreApplication.translate("VolunteersPage", u"font-weight: bold;", None))
        self.fulfilledTitle.setText(QCoreApplication.translate("VolunteersPage", u"\u5df2\u5b9e\u73b0", None))
        self.fulfilledTitle.setStyleSheet(QCoreApplication.translate("VolunteersPage", u"font-weight: bold;", None))
        self.tabs.setTabText(self.tabs.indexOf(self.wishesTab), QCoreApplication.translate("VolunteersPage", u"\u5fae\u5fc3\u613f", None))
        pass
    # retranslateUi

