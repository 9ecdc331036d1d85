#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need when it is missing: Debian's chromium for the
# dashboard's browser tests (and a Korean font, so their screenshots show Hangul); the .NET 10 SDK must be there,
# and the NuGet packages are restored by dotnet itself (Playwright's package brings its driver, never a browser).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test: the .NET 10 SDK is needed (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 127
fi

# apt-get as root, through sudo otherwise (when there is one).
apt_get() {
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    echo "test: cannot run apt-get (not root, no sudo)" >&2
    return 1
  fi
}

# Installs Debian packages, refreshing the package lists first when the first attempt fails.
apt_install() {
  apt_get install -y --no-install-recommends "$@" || { apt_get update && apt_get install -y --no-install-recommends "$@"; }
}

if [ ! -x /usr/bin/chromium ]; then
  echo "test: installing chromium for the dashboard's browser tests" >&2
  apt_install chromium
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then
  apt_install fonts-noto-cjk || echo "test: no Korean font installed; screenshots will show boxes for Hangul" >&2
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet build Nunchi.slnx -c Release -nologo
dotnet test Nunchi.slnx -c Release --no-build -nologo "$@"
echo "test: dashboard screenshots and performance figures are in tests/Nunchi.Dashboard.Tests/bin/Release/net10.0/artifacts/"
