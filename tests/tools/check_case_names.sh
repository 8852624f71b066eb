#!/bin/sh
# Fails when a doctest case name holds a ';'. doctest_discover_tests hands the names to CMake, which splits
# them at ';' (its list separator): the CTest test then filters for a name that matches no case and passes
# with zero assertions, a test that cannot fail. Usage: check_case_names.sh TEST_BINARY...
status=0
for binary in "$@"; do
  names=$("$binary" --list-test-cases --no-version=true) || { echo "$binary --list-test-cases failed" >&2; exit 1; }
  bad=$(printf '%s\n' "$names" | grep ';')
  if [ -n "$bad" ]; then
    printf '%s: test case names with ";" (CTest would run none of their checks):\n%s\n' "$binary" "$bad" >&2
    status=1
  fi
done
exit $status
