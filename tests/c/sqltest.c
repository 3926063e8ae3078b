/*
** sqltest: runs SQL test files against the extension, loaded the way a user
** loads it (sqlite3_load_extension on the built .so).
**
**   build/test/sqltest ./news.so tests/sql/sentences.test ...
**
** A test file holds tests; each file gets a fresh in-memory database that its
** tests share, in order:
**
**   # a comment
**   test sentences-basic
**   SELECT sentence, start FROM news_sentences('One. Two.');
**   ----
**   One.|1
**   Two.|6
**
**   test blob-is-an-error
**   SELECT * FROM news_sentences(x'00');
**   ---- error
**   news_sentences: text must be TEXT
**
** Everything between `test NAME` and `----` is SQL (any number of statements;
** their rows are concatenated). The expected block runs to the next `test`
** line or the end of the file, trailing blank lines ignored. Rows print their
** columns joined by `|`: NULL as NULL, blobs as x'..', newlines in text as \n.
** `---- error` expects the first error message instead of rows.
** A line `limit length N` before the SQL lowers SQLITE_LIMIT_LENGTH for that test.
** `require shared` skips the test when the shared data directory is absent
** ($SHARED, default ../shared); `@SHARED@` in SQL is replaced by its path.
**
** Prints `ok FILE:NAME` or `FAIL FILE:NAME` with a diff; exit status 1 on any
** failure.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct buf {
  char *p;
  size_t n, cap;
} buf;

static void buf_add(buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void buf_str(buf *b, const char *s) {
  buf_add(b, s, strlen(s));
}

static void add_value(buf *out, sqlite3_stmt *st, int i) {
  char tmp[64];
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL:
    buf_str(out, "NULL");
    break;
  case SQLITE_BLOB: {
    const unsigned char *p = sqlite3_column_blob(st, i);
    int n = sqlite3_column_bytes(st, i);
    buf_str(out, "x'");
    for (int k = 0; k < n; k++) {
      snprintf(tmp, sizeof tmp, "%02x", p[k]);
      buf_str(out, tmp);
    }
    buf_str(out, "'");
    break;
  }
  default: {
    const unsigned char *p = sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    for (int k = 0; k < n; k++) {
      if (p[k] == '\n')
        buf_str(out, "\\n");
      else if (p[k] == '\r')
        buf_str(out, "\\r");
      else if (p[k] < 0x20 && p[k] != '\t') {
        snprintf(tmp, sizeof tmp, "\\x%02x", p[k]);
        buf_str(out, tmp);
      } else
        buf_add(out, (const char *)p + k, 1);
    }
  }
  }
}

/* Runs every statement in sql; rows go to out. Returns 0 or the error message. */
static const char *run_sql(sqlite3 *db, const char *sql, buf *out) {
  const char *tail = sql;
  while (tail && *tail) {
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) return sqlite3_errmsg(db);
    if (!st) continue; /* whitespace or a comment */
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      int n = sqlite3_column_count(st);
      for (int i = 0; i < n; i++) {
        if (i) buf_str(out, "|");
        add_value(out, st, i);
      }
      buf_str(out, "\n");
    }
    if (rc != SQLITE_DONE) {
      static char msg[4096];
      snprintf(msg, sizeof msg, "%s", sqlite3_errmsg(db));
      sqlite3_finalize(st);
      return msg;
    }
    sqlite3_finalize(st);
  }
  return NULL;
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
  fclose(f);
  if (!b.p) buf_add(&b, "", 0);
  return b.p;
}

static void trim_trailing_newlines(buf *b) {
  while (b->n > 0 && (b->p[b->n - 1] == '\n' || b->p[b->n - 1] == ' ')) b->p[--b->n] = 0;
}

static void replace_all(buf *b, const char *from, const char *to) {
  buf r = {0};
  const char *p = b->p, *q;
  if (!p) return;
  while ((q = strstr(p, from))) {
    buf_add(&r, p, (size_t)(q - p));
    buf_str(&r, to);
    p = q + strlen(from);
  }
  buf_str(&r, p);
  free(b->p);
  *b = r;
}

typedef struct test {
  char name[256];
  buf sql, expect;
  int expect_error, require_shared, limit_length;
} test;

static const char *prefix = ""; /* $NEWS_TEST_PREFIX: "asan:" for the sanitizer build */

static int run_test(const char *ext, sqlite3 *db, const char *file, test *t, const char *shared,
                    int have_shared) {
  (void)ext;
  if (t->require_shared && !have_shared) {
    printf("skip %s%s:%s: %s absent\n", prefix, file, t->name, shared);
    return 0;
  }
  replace_all(&t->sql, "@SHARED@", shared);
  trim_trailing_newlines(&t->expect);
  int old_limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
  if (t->limit_length > 0) sqlite3_limit(db, SQLITE_LIMIT_LENGTH, t->limit_length);
  buf got = {0};
  buf_add(&got, "", 0);
  const char *err = run_sql(db, t->sql.p ? t->sql.p : "", &got);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, old_limit);
  int ok;
  if (t->expect_error) {
    free(got.p);
    got = (buf){0};
    buf_str(&got, err ? err : "(no error)");
  } else if (err) {
    buf e = {0};
    buf_str(&e, "error: ");
    buf_str(&e, err);
    free(got.p);
    got = e;
  }
  trim_trailing_newlines(&got);
  const char *want = t->expect.p ? t->expect.p : "";
  ok = strcmp(got.p ? got.p : "", want) == 0;
  if (ok)
    printf("ok %s%s:%s\n", prefix, file, t->name);
  else
    printf("FAIL %s%s:%s\n--- expected\n%s\n--- got\n%s\n---\n", prefix, file, t->name, want,
           got.p ? got.p : "");
  fflush(stdout);
  free(got.p);
  return ok ? 0 : 1;
}

static int run_file(const char *ext, const char *path, const char *shared, int have_shared) {
  char *text = read_file(path);
  if (!text) {
    printf("FAIL %s: cannot read\n", path);
    return 1;
  }
  const char *file = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  sqlite3 *db = NULL;
  char *err = NULL;
  int failed = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL) != SQLITE_OK ||
      sqlite3_load_extension(db, ext, NULL, &err) != SQLITE_OK) {
    printf("FAIL %s: cannot load %s: %s\n", file, ext, err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    sqlite3_close(db);
    free(text);
    return 1;
  }
  test t;
  memset(&t, 0, sizeof t);
  int state = 0; /* 0 outside, 1 sql, 2 expect */
  char *line = text;
  while (line && *line) {
    char *nl = strchr(line, '\n');
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    char *next = nl ? nl + 1 : NULL;
    if (n >= 5 && strncmp(line, "test ", 5) == 0) {
      if (state) failed += run_test(ext, db, file, &t, shared, have_shared);
      free(t.sql.p);
      free(t.expect.p);
      memset(&t, 0, sizeof t);
      snprintf(t.name, sizeof t.name, "%.*s", (int)(n - 5), line + 5);
      state = 1;
    } else if (state == 1 && n >= 4 && strncmp(line, "----", 4) == 0) {
      t.expect_error = n == 10 && strncmp(line, "---- error", 10) == 0;
      state = 2;
    } else if (state == 1 && strncmp(line, "require shared", 14) == 0) {
      t.require_shared = 1;
    } else if (state == 1 && strncmp(line, "limit length ", 13) == 0) {
      t.limit_length = atoi(line + 13);
    } else if (state == 1) {
      buf_add(&t.sql, line, n);
      buf_str(&t.sql, "\n");
    } else if (state == 2) {
      buf_add(&t.expect, line, n);
      buf_str(&t.expect, "\n");
    }
    line = next;
  }
  if (state) failed += run_test(ext, db, file, &t, shared, have_shared);
  free(t.sql.p);
  free(t.expect.p);
  if (sqlite3_close(db) != SQLITE_OK) {
    printf("FAIL %s: close: %s\n", file, sqlite3_errmsg(db));
    failed++;
  }
  free(text);
  return failed;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s EXTENSION FILE.test...\n", argv[0]);
    return 2;
  }
  if (getenv("NEWS_TEST_PREFIX")) prefix = getenv("NEWS_TEST_PREFIX");
  const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
  int have_shared = access(shared, R_OK) == 0;
  int failed = 0;
  for (int i = 2; i < argc; i++) failed += run_file(argv[1], argv[i], shared, have_shared);
  sqlite3_shutdown();
  return failed ? 1 : 0;
}
