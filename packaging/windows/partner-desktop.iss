; Inno Setup script for Partner Desktop on Windows.
; Built by .github/workflows/release.yml after PyInstaller has produced dist\partner-desktop\.
; iscc /DAppVersion=0.1.0 packaging\windows\partner-desktop.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0C8D5E-3B1A-4C62-9B0E-5D4A2C7E9F10}
AppName=Partner Desktop
AppVersion={#AppVersion}
AppPublisher=Partner Desktop maintainers
DefaultDirName={autopf}\Partner Desktop
DefaultGroupName=Partner Desktop
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=partner-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\partner-desktop.ico
UninstallDisplayIcon={app}\partner-desktop.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Files]
Source: "..\..\dist\partner-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Partner Desktop"; Filename: "{app}\partner-desktop.exe"
Name: "{autodesktop}\Partner Desktop"; Filename: "{app}\partner-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\partner-desktop.exe"; Parameters: "--sandbox"; Description: "Try Partner Desktop on the built-in sandbox"; Flags: nowait postinstall skipifsilent
