#!/bin/sh
# Node's better-sqlite3 (from the npm registry) loads the extension with
# db.loadExtension("./news.so"). The module is installed once into
# tests/hosts/node_modules (git-ignored).
if [ ! -d tests/hosts/node_modules/better-sqlite3 ]; then
  (cd tests/hosts && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) ||
    { echo "FAIL hosts:node-better-sqlite3: npm install failed"; exit 0; }
fi
NODE_PATH=tests/hosts/node_modules node tests/hosts/node.js
