#!/bin/sh
# tests/fuzz/run.sh SECONDS TARGET...: runs each libFuzzer target
# build/fuzz/fuzz_TARGET for SECONDS (`make fuzz`, FUZZ_SECONDS, 30 by
# default; .ci/run uses 10). The working corpus build/fuzz/corpus/TARGET grows
# from run to run, seeded by tests/fuzz/corpus/TARGET and
# tests/fuzz/regressions/TARGET. Every run's execution count is appended to
# build/fuzz/runs.txt; the totals are printed at the end.
#
# A crash, leak, timeout (a quadratic path) or failed invariant stops with the
# input saved as build/fuzz/TARGET-crash-... and the fuzzer's report. Once
# fixed, copy that input to tests/fuzz/regressions/TARGET/ with a name that
# says what it was: `make test` replays it from then on.
seconds=${1:-30}
shift
mkdir -p build/fuzz
status=0
for t in "$@"; do
  work=build/fuzz/corpus/$t
  log=build/fuzz/$t.log
  mkdir -p "$work"
  build/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -dict=tests/fuzz/news.dict -artifact_prefix=build/fuzz/"$t"- \
    -print_final_stats=1 "$work" tests/fuzz/corpus/"$t" tests/fuzz/regressions/"$t" \
    > "$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $t $seconds ${runs:-0} $rc" >> build/fuzz/runs.txt
  echo "fuzz $t: ${runs:-?} runs in $seconds s ($cov), corpus $(ls "$work" | wc -l) inputs"
  if [ $rc -ne 0 ]; then
    echo "FAIL fuzz $t: exit status $rc; the fuzzer's report ($log):"
    grep -E "^==[0-9]+==|ERROR|SUMMARY|fuzz_|runtime error|Test unit written|^artifact_prefix" "$log" |
      head -30 | sed 's/^/  /'
    status=1
  fi
done
awk '{ runs[$2] += $4; secs[$2] += $3 } END { for (t in runs) printf "fuzz %s: %d runs in %d s in all (build/fuzz/runs.txt)\n", t, runs[t], secs[t] }' \
  build/fuzz/runs.txt | sort
exit $status
