#!/usr/bin/env bash
# Installs the PowerShell and Pester the tests run every emitted runbook with, pinned, into a gitignored
# tool folder (.tools/powershell): PowerShell 7.6.10 as a .NET tool and Pester 6.2.0 from NuGet. Idempotent:
# a second run checks the versions and returns. Needs the .NET SDK (dotnet) and NuGet; without dotnet it
# prints why and exits 0, so `npm test` still runs (the PowerShell tests then skip with that reason, or
# fail under CI=true).
set -euo pipefail
cd "$(dirname "$0")/../.."
POWERSHELL_VERSION=7.6.10   # always named: without --version, dotnet picks 7.7.0, which does not install here
PESTER_VERSION=6.2.0
TOOLS=.tools/powershell
PWSH="$TOOLS/bin/pwsh"
PESTER="$TOOLS/pester/pester/$PESTER_VERSION/tools/Pester.psd1"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "scripts/powershell/install.sh: dotnet not found; PowerShell $POWERSHELL_VERSION and Pester $PESTER_VERSION are not installed" >&2
  exit 0
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

installed=""
if [ -x "$PWSH" ]; then
  installed=$("$PWSH" -NoProfile -NoLogo -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null || true)
fi
if [ "$installed" != "$POWERSHELL_VERSION" ]; then
  rm -rf "$TOOLS/bin"
  dotnet tool install PowerShell --version "$POWERSHELL_VERSION" --tool-path "$TOOLS/bin" >/dev/null
fi

if [ ! -f "$PESTER" ]; then
  project="$TOOLS/pester-restore"
  mkdir -p "$project"
  cat > "$project/pester-restore.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RestorePackagesPath>../pester</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$PESTER_VERSION]" />
  </ItemGroup>
</Project>
XML
  dotnet restore "$project/pester-restore.csproj" >/dev/null
fi
[ -f "$PESTER" ] || { echo "scripts/powershell/install.sh: Pester $PESTER_VERSION not found at $PESTER after restore" >&2; exit 1; }
echo "PowerShell $POWERSHELL_VERSION and Pester $PESTER_VERSION in $TOOLS"
