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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.cardsLayout = QHBoxLayout()
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.gridsCard = QFrame(DashboardPage)
        self.gridsCard.setObjectName(u"gridsCard")
        self.gridsCard.setFrameShape(QFrame.StyledPanel)
        self.gridsCardLayout = QVBoxLayout(self.gridsCard)
        self.gridsCardLayout.setObjectName(u"gridsCardLayout")
        self.gridsCaption = QLabel(self.gridsCard)
        self.gridsCaption.setObjectName(u"gridsCaption")
        self.gridsCaption.setAlignment(Qt.AlignCenter)

        self.gridsCardLayout.addWidget(self.gridsCaption)

        self.gridsValue = QLabel(self.gridsCard)
        self.gridsValue.setObjectName(u"gridsValue")
        self.gridsValue.setAlignment(Qt.AlignCenter)

        self.gridsCardLayout.addWidget(self.gridsValue)


        self.cardsLayout.addWidget(self.gridsCard)

        self.buildingsCard = QFrame(DashboardPage)
        self.buildingsCard.setObjectName(u"buildingsCard")
        self.buildingsCard.setFrameShape(QFrame.StyledPanel)
        self.buildingsCardLayout = QVBoxLayout(self.buildingsCard)
        self.buildingsCardLayout.setObjectName(u"buildingsCardLayout")
        self.buildingsCaption = QLabel(self.buildingsCard)
        self.buildingsCaption.setObjectName(u"buildingsCaption")
        self.buildingsCaption.setAlignment(Qt.AlignCenter)

        self.buildingsCardLayout.addWidget(self.buildingsCaption)

        self.buildingsValue = QLabel(self.buildingsCard)
        self.buildingsValue.setObjectName(u"buildingsValue")
        self.buildingsValue.setAlignment(Qt.AlignCenter)

        self.buildingsCardLayout.addWidget(self.buildingsValue)


        self.cardsLayout.addWidget(self.buildingsCard)

        self.householdsCard = QFrame(DashboardPage)
        self.householdsCard.setObjectName(u"householdsCard")
        self.householdsCard.setFrameShape(QFrame.StyledPanel)
        self.householdsCardLayout = QVBoxLayout(self.householdsCard)
        self.householdsCardLayout.setObjectName(u"householdsCardLayout")
        self.householdsCaption = QLabel(self.householdsCard)
        self.householdsCaption.setObjectName(u"householdsCaption")
        self.householdsCaption.setAlignment(Qt.AlignCenter)

        self.householdsCardLayout.addWidget(self.householdsCaption)

        self.householdsValue = QLabel(self.householdsCard)
        self.householdsValue.setObjectName(u"householdsValue")
        self.householdsValue.setAlignment(Qt.AlignCenter)

        self.householdsCardLayout.addWidget(self.householdsValue)


        self.cardsLayout.addWidget(self.householdsCard)

        self.residentsCard = QFrame(DashboardPage)
        self.residentsCard.setObjectName(u"residentsCard")
        self.residentsCard.setFrameShape(QFrame.StyledPanel)
        self.residentsCardLayout = QVBoxLayout(self.residentsCard)
        self.residentsCardLayout.setObjectName(u"residentsCardLayout")
        self.residentsCaption = QLabel(self.residentsCard)
        self.residentsCaption.setObjectName(u"residentsCaption")
        self.residentsCaption.setAlignment(Qt.AlignCenter)

        self.residentsCardLayout.addWidget(self.residentsCaption)

        self.residentsValue = QLabel(self.residentsCard)
        self.residentsValue.setObjectName(u"residentsValue")
        self.residentsValue.setAlignment(Qt.AlignCenter)

        self.residentsCardLayout.addWidget(self.residentsValue)


        self.cardsLayout.addWidget(self.residentsCard)

        self.partyCard = QFrame(DashboardPage)
        self.partyCard.setObjectName(u"partyCard")
        self.partyCard.setFrameShape(QFrame.StyledPanel)
        self.partyCardLayout = QVBoxLayout(self.partyCard)
        self.partyCardLayout.setObjectName(u"partyCardLayout")
        self.partyCaption = QLabel(self.partyCard)
        self.partyCaption.setObjectName(u"partyCaption")
        self.partyCaption.setAlignment(Qt.AlignCenter)

        self.partyCardLayout.addWidget(self.partyCaption)

        self.partyValue = QLabel(self.partyCard)
        self.partyValue.setObjectName(u"partyValue")
        self.partyValue.setAlignment(Qt.AlignCenter)

        self.partyCardLayout.addWidget(self.partyValue)


        self.cardsLayout.addWidget(self.partyCard)

        self.careCard = QFrame(DashboardPage)
        self.careCard.setObjectName(u"careCard")
        self.careCard.setFrameShape(QFrame.StyledPanel)
        self.careCardLayout = QVBoxLayout(self.careCard)
        self.careCardLayout.setObjectName(u"careCardLayout")
        self.careCaption = QLabel(self.careCard)
        self.careCaption.setObjectName(u"careCaption")
        self.careCaption.setAlignment(Qt.AlignCenter)

        self.careCardLayout.addWidget(self.careCaption)

        self.careValue = QLabel(self.careCard)
        self.careValue.setObjectName(u"careValue")
        self.careValue.setAlignment(Qt.AlignCenter)

        self.careCardLayout.addWidget(self.careValue)


        self.cardsLayout.addWidget(self.careCard)

        self.overdueCard = QFrame(DashboardPage)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setFrameShape(QFrame.StyledPanel)
        self.overdueCardLayout = QVBoxLayout(self.overdueCard)
        self.overdueCardLayout.setObjectName(u"overdueCardLayout")
        self.overdueCaption = QLabel(self.overdueCard)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setAlignment(Qt.AlignCenter)

        self.overdueCardLayout.addWidget(self.overdueCaption)

        self.overdueValue = QLabel(self.overdueCard)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setAlignment(Qt.AlignCenter)

        self.overdueCardLayout.addWidget(self.overdueValue)


        self.cardsLayout.addWidget(self.overdueCard)

        self.volunteersCard = QFrame(DashboardPage)
        self.volunteersCard.setObjectName(u"volunteersCard")
        self.volunteersCard.setFrameShape(QFrame.StyledPanel)
        self.volunteersCardLayout = QVBoxLayout(self.volunteersCard)
        self.volunteersCardLayout.setObjectName(u"volunteersCardLayout")
        self.volunteersCaption = QLabel(self.volunteersCard)
        self.volunteersCaption.setObjectName(u"volunteersCaption")
        self.volunteersCaption.setAlignment(Qt.AlignCenter)

        self.volunteersCardLayout.addWidget(self.volunteersCaption)

        self.volunteersValue = QLabel(self.volunteersCard)
        self.volunteersValue.setObjectName(u"volunteersValue")
        self.volunteersValue.setAlignment(Qt.AlignCenter)

        self.volunteersCardLayout.addWidget(self.volunteersValue)


        self.cardsLayout.addWidget(self.volunteersCard)

        self.teamsCard = QFrame(DashboardPage)
        self.teamsCard.setObjectName(u"teamsCard")
        self.teamsCard.setFrameShape(QFrame.StyledPanel)
        self.teamsCardLayout = QVBoxLayout(self.teamsCard)
        self.teamsCardLayout.setObjectName(u"teamsCardLayout")
        self.teamsCaption = QLabel(self.teamsCard)
        self.teamsCaption.setObjectName(u"teamsCaption")
        self.teamsCaption.setAlignment(Qt.AlignCenter)

        self.teamsCardLayout.addWidget(self.teamsCaption)

        self.teamsValue = QLabel(self.teamsCard)
        self.teamsValue.setObjectName(u"teamsValue")
        self.teamsValue.setAlignment(Qt.AlignCenter)

        self.teamsCardLayout.addWidget(self.teamsValue)


        self.cardsLayout.addWidget(self.teamsCard)


        self.pageLayout.addLayout(self.cardsLayout)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.gridLayout = QVBoxLayout()
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridTitle = QLabel(DashboardPage)
        self.gridTitle.setObjectName(u"gridTitle")

        self.gridLayout.addWidget(self.gridTitle)

        self.gridTable = QTableWidget(DashboardPage)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.gridTable.setAlternatingRowColors(True)

        self.gridLayout.addWidget(self.gridTable)


        self.tablesLayout.addLayout(self.gridLayout)

        self.careLayout = QVBoxLayout()
        self.careLayout.setObjectName(u"careLayout")
        self.careTitle = QLabel(DashboardPage)
        self.careTitle.setObjectName(u"careTitle")

        self.careLayout.addWidget(self.careTitle)

        self.careTable = QTableWidget(DashboardPage)
        self.careTable.setObjectName(u"careTable")
        self.careTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.careTable.setAlternatingRowColors(True)

        self.careLayout.addWidget(self.careTable)


        self.tablesLayout.addLayout(self.careLayout)

        self.tablesLayout.setStretch(0, 3)
        self.tablesLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.tablesLayout)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"\u793e\u533a\u6982\u51b5", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 16pt; font-weight: bold;", None))
        self.gridsCaption.setText(QCoreApplication.translate("DashboardPage", u"\u7f51\u683c", None))
        self.gridsValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.gridsValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.buildingsCaption.setText(QCoreApplication.translate("DashboardPage", u"\u697c\u680b", None))
        self.buildingsValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.buildingsValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.householdsCaption.setText(QCoreApplication.translate("DashboardPage", u"\u6237\u6570", None))
        self.householdsValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.householdsValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.residentsCaption.setText(QCoreApplication.translate("DashboardPage", u"\u5c45\u6c11", None))
        self.residentsValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.residentsValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.partyCaption.setText(QCoreApplication.translate("DashboardPage", u"\u515a\u5458", None))
        self.partyValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.partyValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.careCaption.setText(QCoreApplication.translate("DashboardPage", u"\u5173\u7231\u5bf9\u8c61", None))
        self.careValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.careValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.overdueCaption.setText(QCoreApplication.translate("DashboardPage", u"\u8d70\u8bbf\u903e\u671f(\u6237)", None))
        self.overdueValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.overdueValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.volunteersCaption.setText(QCoreApplication.translate("DashboardPage", u"\u5fd7\u613f\u8005", None))
        self.volunteersValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.volunteersValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.teamsCaption.setText(QCoreApplication.translate("DashboardPage", u"\u670d\u52a1\u961f", None))
        self.teamsValue.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.teamsValue.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-size: 22pt; font-weight: bold; color: #b03a2e;", None))
        self.gridTitle.setText(QCoreApplication.translate("DashboardPage", u"\u5404\u7f51\u683c\u60c5\u51b5", None))
        self.gridTitle.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-weight: bold;", None))
        self.careTitle.setText(QCoreApplication.translate("DashboardPage", u"\u5173\u7231\u5bf9\u8c61\uff08\u6309\u7c7b\u522b\uff09", None))
        self.careTitle.setStyleSheet(QCoreApplication.translate("DashboardPage", u"font-weight: bold;", None))
        pass
    # retranslateUi

