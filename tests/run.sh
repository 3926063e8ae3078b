#!/bin/sh
# tests/run.sh: every test suite, normal build and sanitizer build, then the
# line "N passed, N failed". Called by `make test` after the build.
# Each suite prints `ok NAME`, `FAIL NAME` (with details) or `skip NAME: why`.
SHARED=${SHARED:-../shared}
export SHARED
log=build/test-output.txt
mkdir -p build
: > "$log"

suite() { # suite NAME COMMAND...: runs a suite, keeping its output
  name=$1; shift
  "$@" >> "$log" 2>&1
  rc=$?
  # A suite that dies without reporting (crash, sanitizer abort) is a failure.
  if [ $rc -ne 0 ] && ! grep -q "^FAIL" "$log"; then
    echo "FAIL $name: exited with status $rc" >> "$log"
  fi
}

[ -d "$SHARED" ] || echo "notice: $SHARED is absent: tests on the gold data are skipped" >&2

for t in build/test/test_*; do suite "$t" "$t"; done
suite sql build/test/sqltest ./news.so tests/sql/*.test
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export NEWS_TEST_PREFIX=asan:
for t in build/asan-test/test_*; do suite "asan:$t" "$t"; done
suite asan:sql build/asan-test/sqltest build/asan/news.so tests/sql/*.test
unset ASAN_OPTIONS UBSAN_OPTIONS NEWS_TEST_PREFIX
for t in tests/hosts/*.sh; do suite "$t" sh "$t"; done
suite eval-guard sh tests/eval/guard.sh

grep -E "^(FAIL|  |---|skip)" "$log" | head -200
passed=$(grep -c "^ok " "$log")
failed=$(grep -c "^FAIL" "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
