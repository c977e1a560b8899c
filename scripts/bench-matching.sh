#!/usr/bin/env bash
# Quick matching benchmark (issue 8): items/s of TopicMatcher against one compiled regex per topic,
# for 10, 100 and 1,000 topics, measured in the same process and printed as one table.
#
# It builds tests/Alerts.Benchmarks/MatchingBenchmarks.cs into a throw-away console project that
# references only Alerts.Domain, so the table does not depend on the other benchmark projects
# building, and a run takes about a minute instead of a full BenchmarkDotNet session.
# For the full BenchmarkDotNet run (with [MemoryDiagnoser]):
#   dotnet run -c Release --project tests/Alerts.Benchmarks -- --filter '*Matching*'
#
# Usage: scripts/bench-matching.sh [CPU-seconds per measurement, default 0.5]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
budget="${1:-0.5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bdn_version="$(sed -n 's/.*Include="BenchmarkDotNet" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"

cat > "$work/MatchingQuick.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <!-- The repository's build rules (warnings as errors, analyzers) apply to the benchmark file here too. -->
  <Import Project="$root/Directory.Build.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <Optimize>true</Optimize>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <InvariantGlobalization>false</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$root/tests/Alerts.Benchmarks/MatchingBenchmarks.cs" />
    <ProjectReference Include="$root/functions/Alerts.Domain/Alerts.Domain.csproj" />
    <PackageReference Include="BenchmarkDotNet" Version="$bdn_version" />
  </ItemGroup>
</Project>
XML

cat > "$work/Program.cs" <<'CS'
var seconds = double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
Alerts.Benchmarks.MatchingBenchmarks.RunQuick(Console.Out, TimeSpan.FromSeconds(seconds));
CS

echo "Building (Release)…" >&2
dotnet build -c Release --nologo -v quiet "$work/MatchingQuick.csproj" -o "$work/out" >&2
dotnet "$work/out/MatchingQuick.dll" "$budget"
