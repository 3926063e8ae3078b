// better-sqlite3 loads news.so and reads rows from it.
const Database = require('better-sqlite3');
try {
  const db = new Database(':memory:');
  db.loadExtension('./news.so');
  const rows = db.prepare('SELECT sentence, start, length FROM news_sentences(?)')
    .raw().all('“We agree,” she said. Sen. Lee left.');
  const want = [['“We agree,” she said.', 1, 21], ['Sen. Lee left.', 23, 14]];
  const version = db.prepare('SELECT news_version()').pluck().get();
  if (JSON.stringify(rows) === JSON.stringify(want) && version === '0.1.0')
    console.log('ok hosts:node-better-sqlite3');
  else
    console.log('FAIL hosts:node-better-sqlite3\n--- expected\n' + JSON.stringify(want) +
                '\n--- got\n' + JSON.stringify(rows) + ' ' + version);
} catch (e) {
  console.log('FAIL hosts:node-better-sqlite3: ' + e.message);
}
