#!/usr/bin/env bash
# Makes an API key and the configuration entry that holds only its SHA-256 hash.
#   src/scripts/api-key.sh NAME ROLES        e.g. src/scripts/api-key.sh ci writer   (ROLES: reader|writer|admin, joined with +)
# Prints the key (give it to the client; it is not stored anywhere) on stdout's first line and the entry for
# toneline.security.api-keys (or a line of toneline.security.api-keys-file) on the second. The same by hand:
#   KEY=$(openssl rand -hex 32); printf '%s\n' "$KEY"; printf 'NAME:ROLES:%s\n' "$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)"
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 NAME ROLES   (e.g. ci writer, ops admin, dash reader)" >&2; exit 2; }
[[ $1 =~ ^[A-Za-z0-9._-]{1,64}$ ]] || { echo "NAME: 1 to 64 of A-Z a-z 0-9 . _ -" >&2; exit 2; }
[[ $2 =~ ^(reader|writer|admin)(\+(reader|writer|admin))*$ ]] || { echo "ROLES: reader, writer or admin, joined with +" >&2; exit 2; }
key=$(openssl rand -hex 32)
printf '%s\n' "$key"
printf '%s:%s:%s\n' "$1" "$2" "$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
