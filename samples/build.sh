#!/usr/bin/env bash
# Packs ModelLicenseGuard into artifacts/packages and builds each sample against it, as a user would.
# LocalChat shows warning MLG0002; CommercialPolicy fails with error MLG0020 (expected); OllamaChat, which names
# llama3.1 only in its call to OllamaSharp, shows MLG0002 and MLG0010; ChatDocs shows MLG0002 in its code, README,
# resource strings and package description, MLG0011 for its package metadata and MLG0010 for the missing attribution.
# Then the command-line tool, installed from the same feed, scans the samples without building them.
set -u
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# A version no package cache has seen, so the samples never build against a stale copy.
version="0.1.0-sample.$(date -u +%Y%m%d%H%M%S)"
rm -rf artifacts/packages
dotnet pack src/ModelLicenseGuard/ModelLicenseGuard.csproj -c Release -o artifacts/packages -p:Version="$version" -nodeReuse:false -v:q -clp:NoSummary || exit 1
export NUGET_PACKAGES="$PWD/artifacts/sample-packages"

status=0
for sample in LocalChat CommercialPolicy OllamaChat ChatDocs; do
  echo
  echo "== samples/$sample =="
  dotnet build "samples/$sample/$sample.csproj" -p:ModelLicenseGuardVersion="$version" -nodeReuse:false -v:q -clp:NoSummary
  code=$?
  echo "(exit code $code)"
  case "$sample:$code" in
    LocalChat:0 | OllamaChat:0 | ChatDocs:0 | CommercialPolicy:[1-9]*) ;;
    *) echo "unexpected exit code for $sample"; status=1 ;;
  esac
done

# The mlg tool as a user installs it: from the feed, into a folder of its own. Its scan finds the same models and
# verdicts without a build: exit code 1, because CommercialPolicy's model fails that project's policy.
echo
echo "== mlg scan samples =="
dotnet pack src/ModelLicenseGuard.Tool/ModelLicenseGuard.Tool.csproj -c Release -o artifacts/packages -p:Version="$version" -nodeReuse:false -v:q -clp:NoSummary || exit 1
rm -rf artifacts/tools
dotnet tool install ModelLicenseGuard.Tool --version "$version" --tool-path artifacts/tools --configfile samples/nuget.config >/dev/null || exit 1
artifacts/tools/mlg scan samples
code=$?
echo "(exit code $code)"
[ "$code" -eq 1 ] || { echo "unexpected exit code for mlg scan"; status=1; }

dotnet build-server shutdown >/dev/null 2>&1 || true
exit $status
