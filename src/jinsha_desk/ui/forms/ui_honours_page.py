# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'honours_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HonoursPage(object):
    def setupUi(self, HonoursPage):
        if not HonoursPage.objectName():
            HonoursPage.setObjectName(u"HonoursPage")
        self.pageLayout = QVBoxLayout(HonoursPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.campaignBar = QHBoxLayout()
        self.campaignBar.setObjectName(u"campaignBar")
        self.campaignsTitle = QLabel(HonoursPage)
        self.campaignsTitle.setObjectName(u"campaignsTitle")

        self.campaignBar.addWidget(self.campaignsTitle)

        self.campaignSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.campaignBar.addItem(self.campaignSpacer)

        self.newCampaignButton = QPushButton(HonoursPage)
        self.newCampaignButton.setObjectName(u"newCampaignButton")

        self.campaignBar.addWidget(self.newCampaignButton)


        self.pageLayout.addLayout(self.campaignBar)

        self.campaignsTable = QTableWidget(HonoursPage)
        self.campaignsTable.setObjectName(u"campaignsTable")
        self.campaignsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.campaignsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.campaignsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.campaignsTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.campaignsTable)

        self.campaignInfo = QLabel(HonoursPage)
        self.campaignInfo.setObjectName(u"campaignInfo")
        self.campaignInfo.setWordWrap(True)

        self.pageLayout.addWidget(self.campaignInfo)

        self.nomineeBar = QHBoxLayout()
        self.nomineeBar.setObjectName(u"nomineeBar")
        self.nominateButton = QPushButton(HonoursPage)
        self.nominateButton.setObjectName(u"nominateButton")

        self.nomineeBar.addWidget(self.nominateButton)

        self.scoreButton = QPushButton(HonoursPage)
        self.scoreButton.setObjectName(u"scoreButton")

        self.nomineeBar.addWidget(self.scoreButton)

        self.winnerButton = QPushButton(HonoursPage)
        self.winnerButton.setObjectName(u"winnerButton")

        self.nomineeBar.addWidget(self.winnerButton)

        self.topButton = QPushButton(HonoursPage)
        self.topButton.setObjectName(u"topButton")

        self.nomineeBar.addWidget(self.topButton)

        self.nomineeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nomineeBar.addItem(self.nomineeSpacer)


        self.pageLayout.addLayout(self.nomineeBar)

        self.printBar = QHBoxLayout()
        self.printBar.setObjectName(u"printBar")
        self.noticeButton = QPushButton(HonoursPage)
        self.noticeButton.setObjectName(u"noticeButton")

        self.printBar.addWidget(self.noticeButton)

        self.objectionButton = QPushButton(HonoursPage)
        self.objectionButton.setObjectName(u"objectionButton")

        self.printBar.addWidget(self.objectionButton)

        self.resolveButton = QPushButton(HonoursPage)
        self.resolveButton.setObjectName(u"resolveButton")

        self.printBar.addWidget(self.resolveButton)

        self.confirmButton = QPushButton(HonoursPage)
        self.confirmButton.setObjectName(u"confirmButton")

        self.printBar.addWidget(self.confirmButton)

        self.issueButton = QPushButton(HonoursPage)
        self.issueButton.setObjectName(u"issueButton")

        self.printBar.addWidget(self.issueButton)

        self.previewNoticeButton = QPushButton(HonoursPage)
        self.previewNoticeButton.setObjectName(u"previewNoticeButton")

        self.printBar.addWidget(self.previewNoticeButton)

        self.printCertificatesButton = QPushButton(HonoursPage)
        self.printCertificatesButton.setObjectName(u"printCertificatesButton")

        self.printBar.addWidget(self.printCertificatesButton)

        self.reprintButton = QPushButton(HonoursPage)
        self.reprintButton.setObjectName(u"reprintButton")

        self.printBar.addWidget(self.reprintButton)

        self.preprintedCheck = QCheckBox(HonoursPage)
        self.preprintedCheck.setObjectName(u"preprintedCheck")

        self.printBar.addWidget(self.preprintedCheck)

        self.paperOffsetsButton = QPushButton(HonoursPage)
        self.paperOffsetsButton.setObjectName(u"paperOffsetsButton")

        self.printBar.addWidget(self.paperOffsetsButton)

        self.printSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printBar.addItem(self.printSpacer)


        self.pageLayout.addLayout(self.printBar)

        self.honoursError = QLabel(HonoursPage)
        self.honoursError.setObjectName(u"honoursError")
        self.honoursError.setWordWrap(True)

        self.pageLayout.addWidget(self.honoursError)

        self.nomineesTable = QTableWidget(HonoursPage)
        self.nomineesTable.setObjectName(u"nomineesTable")
        self.nomineesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.nomineesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.nomineesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.nomineesTable.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.nomineesTable)

        self.pageLayout.setStretch(1, 2)
        self.pageLayout.setStretch(6, 5)

        self.retranslateUi(HonoursPage)

        QMetaObject.connectSlotsByName(HonoursPage)
    # setupUi

    def retranslateUi(self, HonoursPage):
        self.campaignsTitle.setText(QCoreApplication.translate("HonoursPage", u"\u8bc4\u9009\u6d3b\u52a8", None))
        self.campaignsTitle.setStyleSheet(QCoreApplication.translate("HonoursPage", u"font-weight: bold;", None))
        self.newCampaignButton.setText(QCoreApplication.translate("HonoursPage", u"\u65b0\u5efa\u8bc4\u9009\u2026", None))
        self.campaignInfo.setText("")
        self.campaignInfo.setStyleSheet(QCoreApplication.translate("HonoursPage", u"font-size: 11pt;", None))
        self.nominateButton.setText(QCoreApplication.translate("HonoursPage", u"\u63d0\u540d\u2026", None))
        self.scoreButton.setText(QCoreApplication.translate("HonoursPage", u"\u5f55\u5165\u7968\u6570\u548c\u8bc4\u5206\u2026", None))
        self.winnerButton.setText(QCoreApplication.translate("HonoursPage", u"\u5f53\u9009/\u53d6\u6d88\u5f53\u9009", None))
        self.topButton.setText(QCoreApplication.translate("HonoursPage", u"\u6309\u6392\u540d\u9009\u6ee1\u540d\u989d", None))
        self.noticeButton.setText(QCoreApplication.translate("HonoursPage", u"\u5f00\u59cb\u516c\u793a\u2026", None))
        self.objectionButton.setText(QCoreApplication.translate("HonoursPage", u"\u767b\u8bb0\u5f02\u8bae\u2026", None))
        self.resolveButton.setText(QCoreApplication.translate("HonoursPage", u"\u5904\u7406\u5f02\u8bae\u2026", None))
        self.confirmButton.setText(QCoreApplication.translate("HonoursPage", u"\u786e\u8ba4\u7ed3\u679c", None))
        self.issueButton.setText(QCoreApplication.translate("HonoursPage", u"\u53d1\u653e\u8bc1\u4e66", None))
        self.previewNoticeButton.setText(QCoreApplication.translate("HonoursPage", u"\u9884\u89c8\u516c\u793a", None))
        self.printCertificatesButton.setText(QCoreApplication.translate("HonoursPage", u"\u6253\u5370\u5168\u90e8\u8bc1\u4e66", None))
        self.reprintButton.setText(QCoreApplication.translate("HonoursPage", u"\u8865\u6253\u6240\u9009\u8bc1\u4e66", None))
        self.preprintedCheck.setText(QCoreApplication.translate("HonoursPage", u"\u5957\u6253", None))
#if QT_CONFIG(tooltip)
        self.preprintedCheck.setToolTip(QCoreApplication.translate("HonoursPage", u"\u53ea\u5370\u6587\u5b57\uff0c\u7528\u4e8e\u5df2\u5370\u597d\u8fb9\u6846\u548c\u6807\u9898\u7684\u8bc1\u4e66\u7eb8", None))
#endif // QT_CONFIG(tooltip)
        self.paperOffsetsButton.setText(QCoreApplication.translate("HonoursPage", u"\u5957\u6253\u4f4d\u7f6e\u2026", None))
#if QT_CONFIG(tooltip)
        self.paperOffsetsButton.setToolTip(QCoreApplication.translate("HonoursPage", u"\u8bd5\u5370\u4e00\u5f20\u540e\u91cf\u51fa\u6587\u5b57\u504f\u5dee\uff0c\u586b\u5165\u53f3\u79fb\u3001\u4e0b\u79fb\u7684\u6beb\u7c73\u6570\uff0c\u4ee5\u540e\u5957\u6253\u90fd\u6309\u6b64\u4f4d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.honoursError.setText("")
        self.honoursError.setStyleSheet(QCoreApplication.translate("HonoursPage", u"color: #c0392b;", None))
        pass
    # retranslateUi

