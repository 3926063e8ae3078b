#!/bin/sh
# tests/run.sh: every test suite, normal build and sanitizer build, then the
# line "N passed, N failed". Called by `make test` after the build.
# Each suite prints `ok NAME`, `FAIL NAME` (with details) or `skip NAME: why`.
#
# C tests get the extension to load as their argument (./news.so, or the
# sanitizer build's build/asan/news.so); those that test the engine alone
# ignore it. Fuzz replays (build/*/replay_NAME) run every regression input and
# seed of tests/fuzz/{regressions,corpus}/NAME through the fuzz target's
# entry point, so a crash the fuzzer once found stays fixed.
SHARED=${SHARED:-../shared}
export SHARED
log=build/test-output.txt
out=build/test-suite-output.txt
mkdir -p build
: > "$log"

suite() { # suite NAME COMMAND...: runs a suite, keeping its output
  name=$1; shift
  "$@" > "$out" 2>&1
  rc=$?
  cat "$out" >> "$log"
  # A suite that dies without reporting (crash, sanitizer abort, valgrind
  # error) is a failure; a sanitizer report fails it even after FAIL lines.
  if [ $rc -ne 0 ]; then
    if ! grep -q "^FAIL" "$out" || grep -qE "^SUMMARY: |ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer|runtime error:" "$out"; then
      echo "FAIL $name: exited with status $rc" >> "$log"
      grep -E "^SUMMARY: |ERROR: |WARNING: ThreadSanitizer|runtime error:|^==[0-9]+== .*(definitely lost|Invalid|uninitialised|Mismatched)" "$out" |
        head -5 | sed 's/^/  /' >> "$log"
    fi
  fi
}

replays() { # replays BUILD-DIR: the fuzz regressions and seeds through each target
  for r in "$1"/replay_*; do
    [ -x "$r" ] || continue
    target=${r##*/replay_}
    suite "$r" "$r" tests/fuzz/regressions/"$target" tests/fuzz/corpus/"$target"
  done
}

[ -d "$SHARED" ] || echo "notice: $SHARED is absent: tests on the gold data are skipped" >&2

# SQL test files: all in the normal build; huge.test (100 MB) is left out of
# the sanitizer build, and limits.test too under valgrind here (minutes
# there: `make test-valgrind` runs it).
sql_all=$(ls tests/sql/*.test)
sql_sanitized=$(ls tests/sql/*.test | grep -v '/huge\.test$')
sql_valgrind=$(ls tests/sql/*.test | grep -v -e '/huge\.test$' -e '/limits\.test$')

for t in build/test/test_*; do suite "$t" "$t" ./news.so; done
suite sql build/test/sqltest ./news.so $sql_all
replays build/test
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export NEWS_TEST_PREFIX=asan:
for t in build/asan-test/test_*; do suite "asan:$t" "$t" build/asan/news.so; done
suite asan:sql build/asan-test/sqltest build/asan/news.so $sql_sanitized
replays build/asan-test
unset ASAN_OPTIONS UBSAN_OPTIONS
# Two connections in two threads, under ThreadSanitizer: a race is a failure.
export TSAN_OPTIONS=halt_on_error=1:exitcode=66
export NEWS_TEST_PREFIX=tsan:
suite tsan:test_threads build/tsan-test/test_threads build/tsan/news.so
unset TSAN_OPTIONS NEWS_TEST_PREFIX
# valgrind on the normal build: uninitialised reads (which ASan does not
# see) and leaks through the stock libsqlite3.
export NEWS_TEST_PREFIX=valgrind:
suite valgrind:sql valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite -q \
  build/test/sqltest ./news.so $sql_valgrind
unset NEWS_TEST_PREFIX
for t in tests/hosts/*.sh; do suite "$t" sh "$t"; done
suite eval-guard sh tests/eval/guard.sh

grep -E "^(FAIL|  |---|skip)" "$log" | head -200
passed=$(grep -c "^ok " "$log")
failed=$(grep -c "^FAIL" "$log")
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
