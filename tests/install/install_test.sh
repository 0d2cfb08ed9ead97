#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then a program outside the project finds the package with
# find_package(vanban) and links vanban::vanban. Usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
test -x "$tmp/prefix/bin/vanban"
test -f "$tmp/prefix/include/vanban/api/converter.hpp"
test -f "$tmp/prefix/share/vanban/schemas/vanban-sqlite.sql"
grep -q 'vanban batch IN' "$tmp/prefix/share/man/man1/vanban.1" || {
  echo "the installed man page lacks the batch command's help" >&2; exit 1; }
cmake -S "$here/consumer" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$tmp/build" >/dev/null
out=$("$tmp/build/consumer")
expected=$'cites 17/KH-UBND\ndue 2026-04-30\njson ok'
if [[ "$out" != "$expected" ]]; then
  printf 'consumer printed:\n%s\nexpected:\n%s\n' "$out" "$expected" >&2
  exit 1
fi
echo "1 passed, 0 failed"
