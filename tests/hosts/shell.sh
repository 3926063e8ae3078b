#!/bin/sh
# The sqlite3 shell loads the extension with `.load ./news`.
out=$(printf '.load ./news\nSELECT news_version();\nSELECT sentence FROM news_sentences(%s);\n' \
  "'Brig.-Gen. Salami spoke. He left.'" | sqlite3 :memory: 2>&1)
want=$(printf '0.1.0\nBrig.-Gen. Salami spoke.\nHe left.')
if [ "$out" = "$want" ]; then echo "ok hosts:sqlite3-shell"; else
  printf 'FAIL hosts:sqlite3-shell\n--- expected\n%s\n--- got\n%s\n' "$want" "$out"; fi
