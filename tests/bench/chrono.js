// chrono.js: chrono-node's throughput on the documents `make bench` writes,
// for bench.c to print beside news_dates on the same documents.
//   node tests/bench/chrono.js DOCS.jsonl
// DOCS.jsonl holds one {"published": "YYYY-MM-DD", "text": "..."} per line.
// Prints one line: `ok VERSION MB_PER_S RESULTS` (best of 3 after a warm-up,
// 1 MB = 10^6 bytes of UTF-8 text), or `error MESSAGE`.
'use strict';
const fs = require('fs');
const path = require('path');
try {
  const chrono = require('chrono-node');
  // Its exports map hides package.json from require(): read the file.
  const version = JSON.parse(fs.readFileSync(
    path.join(__dirname, 'node_modules', 'chrono-node', 'package.json'), 'utf8')).version;
  const docs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l)
    .map((l) => JSON.parse(l))
    .map((d) => ({ text: d.text, ref: new Date((d.published || '2000-01-01') + 'T12:00:00Z') }));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  // Each document parsed against its publication date, as news_dates reads it.
  const pass = () => docs.reduce((n, d) => n + chrono.parse(d.text, d.ref).length, 0);
  const time = () => {
    const t0 = process.hrtime.bigint();
    const results = pass();
    return [Number(process.hrtime.bigint() - t0) / 1e9, results];
  };
  time(); // warm-up: lets the JIT compile chrono's patterns
  let best = Infinity, results = 0;
  for (let i = 0; i < 3; i++) {
    const [s, r] = time();
    if (s < best) best = s;
    results = r;
  }
  console.log(`ok ${version} ${(bytes / 1e6 / best).toFixed(3)} ${results}`);
} catch (e) {
  console.log(`error ${String(e.message).split('\n')[0]}`);
}
