; Inno Setup script for the Windows installer.
; Build the bundle first on Windows (python packaging\build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\rgpd-assistant.iss
; (packaging\build.py prints the version from pyproject.toml; the installer refuses to build
; without it). The bundle layout it expects, made by packaging\rgpd-assistant.spec:
;   packaging\dist\rgpd-assistant\rgpd-assistant.exe       the window app (no console)
;   packaging\dist\rgpd-assistant\rgpd-assistant-cli.exe   the command line
;   packaging\dist\rgpd-assistant\_internal\...            Python, Qt, resources, translations
;   packaging\build\icons\rgpd-assistant.ico               the app's icon, from resources\icons
;   packaging\build\icons\rgpd-dossier.ico                 the icon of .rgpd files in Explorer
; Dossiers, backups, drafts, settings and the log live in the user's own folders
; (%LOCALAPPDATA%\rgpd-assistant, Documents): the uninstaller never touches them.
; packaging\windows\CHECKLIST.md is the ten-minute check of an installer on a real PC.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z rgpd-assistant.iss
#endif

#define AppName "Assistant RGPD"
#define AppExe "rgpd-assistant.exe"
#define Bundle "..\dist\rgpd-assistant"
#define ProgId "RGPDAssistant.Dossier"
#define DossierIcon "rgpd-dossier.ico"

[Setup]
AppId={{6B1E9B52-3C55-4E0B-9D0E-7A2E1C4B8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RGPD Assistant contributors
AppPublisherURL=https://github.com/rgpdassistant/rgpd-assistant
DefaultDirName={autopf}\RGPD Assistant
DefaultGroupName={#AppName}
; A shop owner is often not an administrator: install for the current user by default,
; for everyone if they choose and can.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=rgpd-assistant-{#AppVersion}-setup
SetupIconFile=..\build\icons\rgpd-assistant.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Qt 6 runs on Windows 10 and later only.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\build\icons\{#DossierIcon}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .rgpd files open with the app on a double-click, show their own icon, and the app is offered
; in Explorer's "Open with" (HKA: the current user's classes for a per-user install, the
; machine's for an install for everyone). ChangesAssociations=yes tells Explorer at the end.
Root: HKA; Subkey: "Software\Classes\.rgpd"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rgpd"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-rgpd-dossier"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rgpd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DossierType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:DossierType}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#DossierIcon}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell"; ValueType: string; ValueName: ""; ValueData: "open"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with": the application's own entry, with its name and the types it reads.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rgpd"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[CustomMessages]
fr.DossierType=Dossier RGPD
en.DossierType=GDPR dossier

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
