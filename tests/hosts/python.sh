#!/bin/sh
# Debian's python3 (not a pyenv build, which lacks extension loading) loads
# the extension with conn.load_extension("./news").
/usr/bin/python3 - <<'PY'
import sqlite3
try:
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension("./news")
    rows = conn.execute(
        "SELECT sentence, start, length FROM news_sentences(?)",
        ("“We agree,” she said. Sen. Lee left.",)).fetchall()
    want = [("“We agree,” she said.", 1, 21), ("Sen. Lee left.", 23, 14)]
    if rows == want and conn.execute("SELECT news_version()").fetchone() == ("0.1.0",):
        print("ok hosts:python3")
    else:
        print("FAIL hosts:python3\n--- expected\n%r\n--- got\n%r" % (want, rows))
except Exception as e:
    print("FAIL hosts:python3: %s" % e)
PY
