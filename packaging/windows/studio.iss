; Inno Setup script for the Windows installer: installs the one-folder bundle, a Start-menu entry, and
; registers .studio files to open in Studio (double click and "Open with").
; scripts/build_app.sh runs it as: iscc -DSourceDir=... -DOutputDir=... -DIconFile=... studio.iss
#ifndef SourceDir
  #define SourceDir "..\..\dist\Studio"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\bundle\icons\studio.ico"
#endif

[Setup]
AppId={{6E0B3C52-6A0C-4C6B-9C3B-5A7E2B1D9F41}
AppName=Studio
AppVersion=0.1.0
AppPublisher=Studio
DefaultDirName={autopf}\Studio
DefaultGroupName=Studio
OutputDir={#OutputDir}
OutputBaseFilename=Studio-setup
SetupIconFile={#IconFile}
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Studio"; Filename: "{app}\Studio.exe"
Name: "{autodesktop}\Studio"; Filename: "{app}\Studio.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
Root: HKA; Subkey: "Software\Classes\.studio"; ValueType: string; ValueName: ""; ValueData: "Studio.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.studio\OpenWithProgids"; ValueType: string; ValueName: "Studio.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Studio.Project"; ValueType: string; ValueName: ""; ValueData: "Studio Project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Studio.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Studio.exe,0"
Root: HKA; Subkey: "Software\Classes\Studio.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Studio.exe"" ""%1"""

[Run]
Filename: "{app}\Studio.exe"; Description: "{cm:LaunchProgram,Studio}"; Flags: nowait postinstall skipifsilent
