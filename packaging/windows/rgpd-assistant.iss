; Inno Setup script for the Windows installer.
; Build the bundle first on Windows (python packaging\build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\rgpd-assistant.iss
; (packaging\build.py prints the version from pyproject.toml; the installer refuses to build
; without it). The bundle layout it expects, made by packaging\rgpd-assistant.spec:
;   packaging\dist\rgpd-assistant\rgpd-assistant.exe       the window app (no console)
;   packaging\dist\rgpd-assistant\rgpd-assistant-cli.exe   the command line
;   packaging\dist\rgpd-assistant\_internal\...            Python, Qt, resources, translations
;   packaging\build\icons\rgpd-assistant.ico               rendered from resources\icons

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z rgpd-assistant.iss
#endif

#define AppName "Assistant RGPD"
#define AppExe "rgpd-assistant.exe"
#define Bundle "..\dist\rgpd-assistant"

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

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .rgpd files open with the app (HKA: per user or per machine, following the install mode).
Root: HKA; Subkey: "Software\Classes\.rgpd"; ValueType: string; ValueName: ""; ValueData: "RGPDAssistant.Dossier"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rgpd\OpenWithProgids"; ValueType: string; ValueName: "RGPDAssistant.Dossier"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RGPDAssistant.Dossier"; ValueType: string; ValueName: ""; ValueData: "Dossier RGPD"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RGPDAssistant.Dossier\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RGPDAssistant.Dossier\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rgpd"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
