; 金沙社区工作台 — the Windows installer (NSIS 3). After `pyinstaller packaging/jinsha-desk.spec`
; has made dist\jinsha-desk on a Windows PC, build it there or anywhere makensis runs:
;   makensis -DDIST=dist\jinsha-desk -DVERSION=0.1.0 packaging\installer.nsi
; (-DOUTFILE=… names the installer; -DUNCOMPRESSED builds it quickly, five times larger.)
; For the clerk: no administrator rights needed (the program goes to the user's own
; %LOCALAPPDATA%\Programs), a shortcut in the start menu and on the desktop, and data that neither
; an upgrade nor the uninstaller ever touches.

Unicode true
ManifestDPIAware true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef DIST
  !error "Give the PyInstaller folder: makensis -DDIST=dist\jinsha-desk -DVERSION=x.y.z packaging\installer.nsi"
!endif
!ifndef VERSION
  !error "Give the version: -DVERSION=x.y.z (jinsha-desk --version)"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\dist\jinsha-desk-${VERSION}-setup.exe"
!endif

!define APP_NAME "金沙社区工作台"
!define APP_ID "jinsha-desk"
!define GUI_EXE "jinsha-desk.exe"
!define CLI_EXE "jinsha-desk-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; Where the app keeps the database, backups and logs (platformdirs' user data folder, paths.py).
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"
!define ICON "${__FILEDIR__}\..\resources\icons\jinsha-desk.ico"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
!ifdef UNCOMPRESSED
  SetCompress off  ; checking the script (tests/test_packaging.py): the files stored as they are
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "金沙社区工作台项目组"
VIAddVersionKey /LANG=2052 "LegalCopyright" "© 金沙社区工作台项目组"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "将在这台电脑上安装 ${APP_NAME} ${VERSION}。$\r$\n$\r$\n不需要管理员权限。已经安装过的，这次安装会更新程序：居民花名册等数据保留不动，先自动备份，再升级到新版本。$\r$\n$\r$\n安装前请关闭正在运行的${APP_NAME}。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "现在打开${APP_NAME}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从这台电脑上卸载${APP_NAME}的程序文件。$\r$\n数据（居民花名册、备份和日志）保存在 ${DATA_DIR}，卸载不会删除它们。"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "Install"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files: the old version's libraries must not linger beside the new.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "金沙社区工作台项目组"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; The database is upgraded now, backed up first (jinsha-desk upgrade), so that a problem shows here
  ; rather than at the clerk's next start. No database yet, or an encrypted one: nothing to do now.
  DetailPrint "正在检查数据库是否需要升级（升级前先备份）……"
  nsExec::ExecToLog '"$INSTDIR\${CLI_EXE}" upgrade'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_ICONEXCLAMATION|MB_OK "程序已更新，但数据库没有升级成功（上面列出了原因），数据没有改动。$\r$\n$\r$\n数据和备份在 ${DATA_DIR}。请关闭所有${APP_NAME}窗口后再打开程序，它会再次尝试升级；仍不行请联系技术支持。"
  ${EndIf}
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ${IfNot} ${Silent}
    MessageBox MB_ICONINFORMATION|MB_OK "${APP_NAME}已卸载。$\r$\n$\r$\n数据（居民花名册、备份和日志）仍保留在：$\r$\n${DATA_DIR}$\r$\n重新安装后会直接打开这些数据。确定不再需要时，可以手动删除这个文件夹。"
  ${EndIf}
SectionEnd
