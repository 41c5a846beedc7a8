#!/usr/bin/env bash
# The Debian packages of system-packages.txt that this machine lacks. As root: installs them
# all (one apt-get update, one apt-get install). As any other user: one message naming every
# missing package and the command that installs them, then exit 1, before anything else runs.
#
#   scripts/system_packages.sh [--check] [PACKAGE...]
#
# --check only reports, even as root (exit 1 if a package is missing). PACKAGEs limit the
# check to those lines of the list (make lighthouse needs Chromium and npm, not Java).
# SYSTEM_PACKAGES_FILE reads another list instead (the tests use one with a fake package).
# Nothing is printed when nothing is missing.
set -euo pipefail

list=${SYSTEM_PACKAGES_FILE:-"$(dirname "$0")/../system-packages.txt"}
shown=${SYSTEM_PACKAGES_FILE:-system-packages.txt}
check_only=false
wanted=()
for arg in "$@"; do
  case $arg in
    --check) check_only=true ;;
    -*) echo "usage: $0 [--check] [PACKAGE...]" >&2; exit 2 ;;
    *) wanted+=("$arg") ;;
  esac
done
if [ ! -r "$list" ]; then
  echo "$shown: no such file (the list of the Debian packages the tests need)" >&2
  exit 2
fi

# Each line: package, command (or "-"), then "# why". Blank lines and comments are skipped.
packages=() commands=() reasons=()
number=0
while IFS= read -r line || [ -n "$line" ]; do
  number=$((number + 1))
  reason=
  case $line in *"#"*) reason=${line#*#}; line=${line%%#*} ;; esac
  read -r package command extra <<<"$line" || true
  [ -n "$package" ] || continue
  if [ -z "$command" ] || [ -n "$extra" ]; then
    echo "$shown:$number: expected \"package command  # why\" (command \"-\" if none): $line" >&2
    exit 2
  fi
  read -r reason <<<"$reason" || true
  packages+=("$package") commands+=("$command") reasons+=("$reason")
done <"$list"

for package in ${wanted[@]+"${wanted[@]}"}; do
  case " ${packages[*]} " in
    *" $package "*) ;;
    *) echo "$package is not listed in $shown" >&2; exit 2 ;;
  esac
done

# Installed: its command is on the PATH; for "-", dpkg has it installed.
installed() {
  if [ "$2" = - ]; then
    [ "$(dpkg-query -W -f="\${Status}" "$1" 2>/dev/null)" = "install ok installed" ]
  else
    command -v "$2" >/dev/null
  fi
}

# Selected: every package when none is named, otherwise the ones named.
selected() {
  [ ${#wanted[@]} -eq 0 ] && return
  case " ${wanted[*]} " in *" $1 "*) return 0 ;; *) return 1 ;; esac
}

missing=() why=() checks=()
for i in "${!packages[@]}"; do
  selected "${packages[i]}" || continue
  if ! installed "${packages[i]}" "${commands[i]}"; then
    missing+=("${packages[i]}") why+=("${reasons[i]}") checks+=("${commands[i]}")
  fi
done
[ ${#missing[@]} -gt 0 ] || exit 0

uid=$(id -u)
if [ "$uid" = 0 ] && ! $check_only; then
  echo "Installing the missing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  # A command still missing after its package is installed is a mistake in the list.
  for i in "${!missing[@]}"; do
    if ! installed "${missing[i]}" "${checks[i]}"; then
      echo "apt-get installed ${missing[i]}, but ${checks[i]} is still missing: check its line in $shown" >&2
      exit 1
    fi
  done
  exit 0
fi

sudo=
[ "$uid" = 0 ] || sudo="sudo "
{
  echo "These Debian packages are missing here (listed in $shown):"
  for i in "${!missing[@]}"; do
    printf '  %-22s %s\n' "${missing[i]}" "${why[i]}"
  done
  echo "Install them with:  ${sudo}apt-get update && ${sudo}apt-get install -y ${missing[*]}"
} >&2
exit 1
