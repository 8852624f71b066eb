#!/bin/sh
# Checks that the shared library exports exactly the symbols in the allow-list: the pc_* C API and the
# documented C++ API (demangled), nothing else, and nothing of the list missing.
#   check_symbols.sh NM LIBRARY ALLOW_LIST            check
#   check_symbols.sh NM LIBRARY ALLOW_LIST --update   rewrite the list from the library (then review the diff)
set -eu
nm=$1 library=$2 allow=$3
actual=$(mktemp) expected=$(mktemp)
trap 'rm -f "$actual" "$expected"' EXIT
# "ADDRESS TYPE NAME" -> NAME; constructors and destructors appear twice (complete and base object).
"$nm" -D --defined-only --demangle "$library" | sed -E 's/^[0-9a-fA-F]+ [A-Za-z] //' | LC_ALL=C sort -u >"$actual"
if [ "${4:-}" = "--update" ]; then
  { sed -n '/^#/p' "$allow"; cat "$actual"; } >"$expected" && cp "$expected" "$allow"
  echo "rewrote $allow"
  exit 0
fi
grep -v -e '^#' -e '^$' "$allow" | LC_ALL=C sort -u >"$expected"
if ! diff -u "$expected" "$actual"; then
  cat >&2 <<MSG
$library exports a different set of symbols than $allow lists
(- listed but not exported, + exported but not listed). A '+' line outside pc_* and pitchclarity:: is a leak:
mark only public API with PITCHCLARITY_EXPORT and keep cmake/pitchclarity.map's local: *. If the change is an
intended API change, run this script with --update and commit the new list.
MSG
  exit 1
fi
echo "$(wc -l <"$actual") exported symbols, all on the allow-list"
