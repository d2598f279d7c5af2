; Inno Setup script for TrainerKit on Windows: a per-user install that needs no administrator rights.
;
; Build (on Windows, after `python dev.py build` made dist\TrainerKit\):
;   iscc /DAppVersion=0.1.0 installer\trainerkit.iss
; It writes dist\TrainerKit-<version>-windows-x86_64-setup.exe. The CI workflow (.github/workflows/build.yml)
; does this on a Windows runner. It cannot be built or run on Linux; tests/test_installer.py parses this file
; and checks the settings below.
;
; - Installs into %LOCALAPPDATA%\Programs\TrainerKit (PrivilegesRequired=lowest: no UAC prompt).
; - A Start-menu entry (and, if chosen, a desktop icon) for TrainerKit.
; - The uninstaller removes the program; the trainer's data (courses, exports in progress, logs) in
;   %LOCALAPPDATA%\TrainerKit is kept unless the trainer ticks "Also delete my TrainerKit data" when asked.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "TrainerKit"
#define AppExe "TrainerKit.exe"

[Setup]
AppId={{8C1D7A9E-3F5B-4C2A-9E61-7A4B2D0F6C13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TrainerKit
AppComments=Offline kit for trainers of the OHCHR course 'Towards a Human Rights-Based Approach to Migration'
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\TrainerKit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Prepare and tailor the course for your venue"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself left in its own folder; the data folder is handled in [Code] below
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
{ The trainer's data lives outside {app}: %LOCALAPPDATA%\TrainerKit (platformdirs' user data folder).
  It is kept on uninstall unless the trainer asks for it to go. A silent uninstall never deletes it. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\TrainerKit');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and (not UninstallSilent()) then
  begin
    if MsgBox('Also delete your TrainerKit data (your courses and their changes) in ' + DataDir() + '?' + #13#10 +
              'Choose No to keep it for a later installation.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataDir(), True, True, True);
  end;
end;
