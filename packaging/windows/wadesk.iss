; Inno Setup 6.3+ script: wadesk's Windows installer, made from the folder PyInstaller built (dist\wadesk).
;   python3 dev.py package                              builds the folder, then runs this when ISCC.exe is found
;   ISCC /DAppVersion=0.1.0 packaging\windows\wadesk.iss   by hand, from the repository's root
; Per user: no administrator rights, installed in %LOCALAPPDATA%\Programs\wadesk, a Start menu entry, an entry in
; Settings > Apps to uninstall it.  Uninstalling leaves the user's data (%LOCALAPPDATA%\wadesk) and the API keys in
; Windows Credential Manager in place, so a reinstall finds them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define RepoRoot AddBackslash(SourcePath) + "..\.."

[Setup]
; AppId identifies wadesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{6F1B7A52-4C1E-4B8E-9D3A-2E7C0B6F9A14}
AppName=wadesk
AppVersion={#AppVersion}
AppVerName=wadesk {#AppVersion}
AppPublisher=wadesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\wadesk
DefaultGroupName=wadesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#RepoRoot}\resources\icons\wadesk.ico
UninstallDisplayIcon={app}\wadesk.exe
UninstallDisplayName=wadesk
OutputDir={#RepoRoot}\dist
OutputBaseFilename=wadesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; To sign the installer and its uninstaller, define a sign tool in Inno Setup (Tools > Configure Sign Tools, or
; ISCC /Ssigntool="signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f") and add:
; SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#RepoRoot}\dist\wadesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The previous version's code, so that no stale module outlives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\wadesk"; Filename: "{app}\wadesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\wadesk"; Filename: "{app}\wadesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\wadesk.exe"; Description: "{cm:LaunchProgram,wadesk}"; Flags: nowait postinstall skipifsilent
