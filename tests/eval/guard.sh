#!/bin/sh
# Recorded eval figures must hold (tests/eval/guard.py), and no text from the
# gold data may enter the repository (tests/eval/leakcheck.py). Both skip
# without ../shared.
rc=0
/usr/bin/python3 tests/eval/guard.py ./news.so || rc=1
/usr/bin/python3 tests/eval/leakcheck.py || rc=1
exit $rc
