#!/usr/bin/env bash
# Compiles and lints infra/main.bicep with the Bicep CLI from NuGet and fails on any diagnostic,
# warnings included. Offline apart from NuGet: the templates use local modules only.
# Usage: scripts/check-infra.sh            (from anywhere; a second run skips the restore)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.49.2" # keep in step with tools/bicep/bicep.csproj
bicep="$root/tools/bicep/packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [[ ! -x "$bicep" ]]; then
  echo "check-infra: restoring Bicep CLI $version from NuGet"
  dotnet restore "$root/tools/bicep/bicep.csproj" --nologo --verbosity quiet
  chmod +x "$bicep"
fi

main="$root/infra/main.bicep"
status=0
for cmd in build lint; do
  args=("$cmd" "$main")
  [[ "$cmd" == build ]] && args+=(--stdout)
  # Diagnostics go to stderr; the compiled template (build --stdout) is discarded.
  if ! diagnostics="$("$bicep" "${args[@]}" 2>&1 >/dev/null)"; then
    status=1
  fi
  if [[ -n "$diagnostics" ]]; then
    printf '%s\n' "$diagnostics"
    status=1
  fi
  count="$(printf '%s' "$diagnostics" | grep -cE ' : (Warning|Error) ' || true)"
  echo "check-infra: bicep $cmd: $count diagnostics"
done

if [[ $status -ne 0 ]]; then
  echo "check-infra: FAILED (fix every Bicep warning and error above)" >&2
fi
exit $status
