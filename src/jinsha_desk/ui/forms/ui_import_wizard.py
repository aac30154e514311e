# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
    QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 560)
        ImportWizard.setWizardStyle(QWizard.ClassicStyle)
        self.filesPage = QWizardPage()
        self.filesPage.setObjectName(u"filesPage")
        self.filesLayout = QVBoxLayout(self.filesPage)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileList = QListWidget(self.filesPage)
        self.fileList.setObjectName(u"fileList")

        self.filesLayout.addWidget(self.fileList)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFilesButton = QPushButton(self.filesPage)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.fileButtons.addWidget(self.addFilesButton)

        self.removeFileButton = QPushButton(self.filesPage)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)

        self.fileSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.filesLayout.addLayout(self.fileButtons)

        ImportWizard.addPage(self.filesPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewProgress = QProgressBar(self.previewPage)
        self.previewProgress.setObjectName(u"previewProgress")
        self.previewProgress.setValue(0)

        self.previewLayout.addWidget(self.previewProgress)

        self.previewSummary = QLabel(self.previewPage)
        self.previewSummary.setObjectName(u"previewSummary")
        self.previewSummary.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummary)

        self.mappingTitle = QLabel(self.previewPage)
        self.mappingTitle.setObjectName(u"mappingTitle")
        self.mappingTitle.setWordWrap(True)

        self.previewLayout.addWidget(self.mappingTitle)

        self.mappingTable = QTableWidget(self.previewPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mappingTable.setMaximumSize(QSize(16777215, 170))

        self.previewLayout.addWidget(self.mappingTable)

        self.problemsTable = QTableWidget(self.previewPage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemsTable.setAlternatingRowColors(True)

        self.previewLayout.addWidget(self.problemsTable)

        ImportWizard.addPage(self.previewPage)
        self.runPage = QWizardPage()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.runProgress = QProgressBar(self.runPage)
        self.runProgress.setObjectName(u"runProgress")
        self.runProgress.setValue(0)

        self.runLayout.addWidget(self.runProgress)

        self.runStatus = QLabel(self.runPage)
        self.runStatus.setObjectName(u"runStatus")

        self.runLayout.addWidget(self.runStatus)

        self.runButtons = QHBoxLayout()
        self.runButtons.setObjectName(u"runButtons")
        self.runSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runButtons.addItem(self.runSpacer)

        self.cancelImportButton = QPushButton(self.runPage)
        self.cancelImportButton.setObjectName(u"cancelImportButton")

        self.runButtons.addWidget(self.cancelImportButton)


        self.runLayout.addLayout(self.runButtons)

        self.runVSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runVSpacer)

        ImportWizard.addPage(self.runPage)
        self.summaryPage = QWizardPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.resultLabel = QLabel(self.summaryPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.resultLabel)

        self.summaryButtons = QHBoxLayout()
        self.summaryButtons.setObjectName(u"summaryButtons")
        self.saveRejectedButton = QPushButton(self.summaryPage)
        self.saveRejectedButton.setObjectName(u"saveRejectedButton")

        self.summaryButtons.addWidget(self.saveRejectedButton)

        self.summarySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryButtons.addItem(self.summarySpacer)


        self.summaryLayout.addLayout(self.summaryButtons)

        self.summaryVSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summaryVSpacer)

        ImportWizard.addPage(self.summaryPage)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"\u5bfc\u5165\u82b1\u540d\u518c", None))
        self.filesPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e00\u6b65\uff1a\u9009\u62e9\u6587\u4ef6", None))
        self.filesPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u53ef\u4ee5\u4e00\u6b21\u9009\u62e9\u591a\u4e2a .xlsx\u3001.xls \u6216 .csv \u6587\u4ef6\uff1b\u540c\u4e00\u8eab\u4efd\u8bc1\u53f7\u7801\u5728\u591a\u4e2a\u6587\u4ef6\u4e2d\u51fa\u73b0\u53ea\u767b\u8bb0\u4e00\u6b21\u3002", None))
        self.addFilesButton.setText(QCoreApplication.translate("ImportWizard", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.removeFileButton.setText(QCoreApplication.translate("ImportWizard", u"\u79fb\u9664\u6240\u9009", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u68c0\u67e5", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u4e0b\u9762\u5217\u51fa\u5c06\u4e0d\u4f1a\u5bfc\u5165\u6216\u9700\u8981\u7559\u610f\u7684\u6bcf\u4e00\u884c\u3002\u786e\u8ba4\u540e\u70b9\u51fb\u201c\u4e0b\u4e00\u6b65\u201d\u5f00\u59cb\u5bfc\u5165\u3002", None))
        self.previewSummary.setText("")
        self.previewSummary.setStyleSheet(QCoreApplication.translate("ImportWizard", u"font-size: 11pt;", None))
        self.mappingTitle.setText(QCoreApplication.translate("ImportWizard", u"\u6bcf\u4e00\u5217\u5bfc\u5165\u4e3a\uff08\u53ef\u4ee5\u4fee\u6539\uff1a\u9009\u201c\u4e0d\u5bfc\u5165\u201d\u7684\u5217\u4e0d\u4f1a\u5199\u5165\uff1b\u6539\u52a8\u540e\u4f1a\u91cd\u65b0\u68c0\u67e5\uff0c\u4e0b\u6b21\u5bfc\u5165\u8868\u5934\u76f8\u540c\u7684\u6587\u4ef6\u65f6\u6cbf\u7528\uff09", None))
        self.runPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e09\u6b65\uff1a\u5bfc\u5165", None))
        self.runPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u5bfc\u5165\u5728\u540e\u53f0\u8fdb\u884c\uff0c\u53ef\u968f\u65f6\u53d6\u6d88\uff1b\u53d6\u6d88\u540e\u6570\u636e\u5e93\u4fdd\u6301\u539f\u6837\u3002", None))
        self.runStatus.setText("")
        self.cancelImportButton.setText(QCoreApplication.translate("ImportWizard", u"\u53d6\u6d88\u5bfc\u5165", None))
        self.summaryPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u5b8c\u6210", None))
        self.summaryPage.setSubTitle("")
        self.resultLabel.setText("")
        self.resultLabel.setStyleSheet(QCoreApplication.translate("ImportWizard", u"font-size: 11pt;", None))
        self.saveRejectedButton.setText(QCoreApplication.translate("ImportWizard", u"\u628a\u672a\u5bfc\u5165\u7684\u884c\u53e6\u5b58\u4e3a Excel\u2026", None))
    # retranslateUi

