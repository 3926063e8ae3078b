#!/bin/sh
# Recorded eval figures must hold (tests/eval/guard.py); skips without ../shared.
/usr/bin/python3 tests/eval/guard.py ./news.so
