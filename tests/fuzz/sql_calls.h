/*
** sql_calls.h: every SQL entry point of the extension, one row each, for the
** harnesses that drive all of them the same way: the SQL fuzz target
** (tests/fuzz/fuzz_sql.c: fuzzed arguments) and the out-of-memory harness
** (tests/c/test_oom.c: fixed arguments, every allocation failed in turn).
**
** Parameters: ?1 is the text, ?2 `published`, ?3 `target` (a statement uses
** those it needs). The harnesses check, for every row a statement returns:
**   - each `span`: `start`/`length` columns (1-based characters) lie inside
**     ?1 as SQLite reads it, and the `text` column, when given, is exactly
**     substr(?1, start, length);
**   - rows come in text order when `ordered` names a start column;
**   - the `check` column, when given, is 1 or NULL (an invariant written in
**     SQL, e.g. json_valid(...));
**   - a second run on the same arguments (from the connection's parse cache)
**     gives the same rows, and an out-of-memory error never gives wrong rows;
**   - errors are the extension's own ("news_...: ..."), and with `strict`
**     only for a BLOB text (the call has no other argument that can be bad).
** Column numbers are 1-based; 0 means none.
**
** Adding a function: add a row (append; never reorder, the fuzz regressions
** replay every row).
*/
#ifndef NEWS_SQL_CALLS_H
#define NEWS_SQL_CALLS_H

typedef struct sql_span {
  int text, start, length; /* column numbers; text 0: position only; length 0: start only */
} sql_span;

typedef struct sql_call {
  const char *name;
  const char *sql;
  sql_span span[3];
  int ordered; /* column number of a start that never decreases from row to row, or 0 */
  int check;   /* column number of a value that must be 1 or NULL, or 0 */
  int strict;  /* 1: an error only when ?1 is a BLOB */
} sql_call;

static const sql_call sql_calls[] = {
    {"news_version", "SELECT news_version()", .strict = 1},
    {"news_sentences", "SELECT sentence, start, length, paragraph FROM news_sentences(?1)",
     .span = {{1, 2, 3}}, .ordered = 2},
    {"news_sentences-join", /* in a join, beside a NULL text */
     "SELECT s.sentence, s.start, s.length FROM (SELECT NULL AS body UNION ALL SELECT ?1) a,"
     " news_sentences(a.body) s",
     .span = {{1, 2, 3}}, .ordered = 2},
    /* Issue 3: quotes and speakers. */
    {"news_quotes",
     "SELECT quote, start, length, speaker_start, speaker_length, kind, speaker, role, cue, via,"
     " said_on, stance, kind IN ('direct', 'indirect', 'mixed')"
     " FROM news_quotes(?1, ?2, ?3)",
     .span = {{1, 2, 3}, {0, 4, 5}}, .ordered = 2, .check = 13},
    {"news_speakers",
     "SELECT speaker, role, key, quotes, first_start, quotes >= 1 FROM news_speakers(?1)",
     .span = {{0, 5, 0}}, .check = 6, .strict = 1},
    {"news_speaker_key",
     "SELECT news_speaker_key(?1), news_speaker_key(?1) IS news_speaker_key(?1)", .check = 2,
     .strict = 1},
    /* Issue 4: dates. */
    {"news_dates",
     "SELECT phrase, start, length, type, value, mod, begin, end,"
     " type IN ('DATE', 'TIME', 'DURATION', 'SET') AND (begin IS NULL OR begin <= end)"
     " FROM news_dates(?1, ?2)",
     .span = {{1, 2, 3}}, .ordered = 2, .check = 9},
    {"news_date", "SELECT news_date(?1, ?2)", .strict = 0},
    /* Issue 5: stance. */
    {"news_stance",
     "SELECT news_stance(?1, ?3), news_stance(?1, ?3) IN ('favor', 'against', 'none')", .check = 2},
    {"news_stance_explain",
     /* not json_valid(): 0 for NULL in SQLite 3.40, and 0 when its own
     ** allocation fails; the SQL tests check the JSON itself */
     "SELECT x, x IS NULL OR x LIKE '{\"label\":\"%}' FROM (SELECT news_stance_explain(?1, ?3) AS "
     "x)",
     .check = 2},
    {"news_stance-context", /* the optional third argument: text read before */
     "SELECT news_stance(?1, ?3, ?2), news_stance(?1, ?3, ?2) IN ('favor', 'against', 'none')",
     .check = 2},
};

#define SQL_NCALLS (sizeof sql_calls / sizeof sql_calls[0])

#endif
