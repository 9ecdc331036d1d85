#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need when it is missing (today: nothing beyond the
# .NET 10 SDK and the NuGet packages restored by dotnet itself).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test: the .NET 10 SDK is needed (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 127
fi
dotnet build Nunchi.slnx -c Release -nologo
dotnet test Nunchi.slnx -c Release --no-build -nologo "$@"
