#!/usr/bin/env bash
# Builds the deployable Functions app: artifacts/alerts-functions.zip, with host.json and the
# function folders at the zip root and the self-contained Linux binary Alerts.Functions (the
# host.json defaultExecutablePath) beside them, its executable bit kept.
# Usage: scripts/package.sh   (from anywhere; needs the .NET SDK, npm and python3)
#        ALERTS_ARTIFACTS=/tmp/x scripts/package.sh   (another output folder; the tests use this)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${ALERTS_ARTIFACTS:-$root/artifacts}"
publish="$artifacts/publish"
zip="$artifacts/alerts-functions.zip"

# Self-contained: which ASP.NET Core runtime the Functions Linux image carries is unknown
# (docs/platform-facts A6), so the package brings its own.
rm -rf "$publish" "$zip"
# The dashboard's chart library is copied from node_modules into the build (no CDN at run time).
[ -f "$root/node_modules/chart.js/dist/chart.umd.min.js" ] || (cd "$root" && npm ci --no-audit --no-fund)
dotnet publish "$root/functions/Alerts.Functions/Alerts.Functions.csproj" \
  -c Release -r linux-x64 --self-contained true -o "$publish" --nologo

# Zip the folder's contents (not the folder) with Python: `zip` is not on every machine, and
# ZipInfo.external_attr carries the Unix mode, so the handler keeps its executable bit.
python3 - "$publish" "$zip" <<'PY'
import json, os, stat, sys, zipfile

app_dir, zip_path = sys.argv[1], sys.argv[2]
with open(os.path.join(app_dir, "host.json"), encoding="utf-8-sig") as f:
    handler = json.load(f)["customHandler"]["description"]["defaultExecutablePath"]
if not os.path.isfile(os.path.join(app_dir, handler)):
    sys.exit(f"package: {handler} (host.json defaultExecutablePath) is not in {app_dir}")

with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, dirs, files in os.walk(app_dir):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, app_dir).replace(os.sep, "/")
            mode = stat.S_IMODE(os.stat(path).st_mode) | (0o755 if rel == handler else 0)
            info = zipfile.ZipInfo.from_file(path, rel)
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as src:
                archive.writestr(info, src.read())
PY
echo "package: $zip"
