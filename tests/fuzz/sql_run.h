/*
** sql_run.h: runs one row of sql_calls.h on a connection with given
** arguments, serialises the rows it returns and checks them (positions
** against the text, order, SQL-side invariants). Shared by the SQL fuzz
** target and the out-of-memory harness.
**
** Positions are checked against an oracle written here from SQLite's own
** rule (the SQLITE_SKIP_UTF8 macro that substr() and length() use), not
** against the engine's news_chr_count, so the two are checked one by the other.
*/
#ifndef NEWS_SQL_RUN_H
#define NEWS_SQL_RUN_H

#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sql_calls.h"

/* A growable byte buffer on libc malloc (not counted by fault_malloc.h). */
typedef struct sql_buf {
  char *p;
  size_t n, cap;
} sql_buf;

static inline void sql_buf_add(sql_buf *b, const void *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->n + n + 1) * 2;
    char *p = realloc(b->p, cap);
    if (!p) abort();
    b->p = p;
    b->cap = cap;
  }
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

static inline void sql_buf_printf(sql_buf *b, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) sql_buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static inline void sql_buf_free(sql_buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* An argument: how it is bound, and its bytes (digits for numbers). */
enum sql_arg_type { SQL_ARG_TEXT, SQL_ARG_BLOB, SQL_ARG_NULL, SQL_ARG_INT, SQL_ARG_REAL };
typedef struct sql_arg {
  int type;
  const char *p;
  size_t n;
} sql_arg;

static inline int sql_bind(sqlite3_stmt *st, int i, const sql_arg *a) {
  char num[32];
  size_t n = a->n < sizeof num - 1 ? a->n : sizeof num - 1;
  switch (a->type) {
  case SQL_ARG_TEXT:
    return sqlite3_bind_text64(st, i, a->p ? a->p : "", a->n, SQLITE_STATIC, SQLITE_UTF8);
  case SQL_ARG_BLOB:
    return sqlite3_bind_blob64(st, i, a->p ? a->p : "", a->n, SQLITE_STATIC);
  case SQL_ARG_INT:
    memcpy(num, a->p ? a->p : "", n);
    num[n] = 0;
    return sqlite3_bind_int64(st, i, strtoll(num, NULL, 10));
  case SQL_ARG_REAL:
    memcpy(num, a->p ? a->p : "", n);
    num[n] = 0;
    return sqlite3_bind_double(st, i, strtod(num, NULL));
  default:
    return sqlite3_bind_null(st, i);
  }
}

/* The text as SQLite's string functions read ?1, with the byte offset where
** each character starts (SQLite's rule), for position checks. */
typedef struct sql_text {
  char *s;
  size_t len;
  uint32_t *at; /* at[k]: byte offset of character k; at[nchr] = len */
  size_t nchr;
} sql_text;

static inline void sql_text_set(sql_text *t, const char *s, size_t len) {
  const char *nul = len ? memchr(s, 0, len) : NULL; /* substr() stops there too */
  if (nul) len = (size_t)(nul - s);
  t->s = malloc(len + 1);
  t->at = malloc((len + 1) * sizeof *t->at);
  if (!t->s || !t->at) abort();
  if (len) memcpy(t->s, s, len);
  t->s[len] = 0;
  t->len = len;
  t->nchr = 0;
  const unsigned char *z = (const unsigned char *)t->s, *end = z + len;
  while (z < end) { /* SQLITE_SKIP_UTF8 */
    t->at[t->nchr++] = (uint32_t)(z - (const unsigned char *)t->s);
    if (*(z++) >= 0xc0)
      while (z < end && (*z & 0xc0) == 0x80) z++;
  }
  t->at[t->nchr] = (uint32_t)len;
}

/* ?1 as text, read by SQLite itself (numbers formatted its way); a BLOB or
** NULL ?1 leaves the text empty. Returns an SQLite result code. */
static inline int sql_text_of(sqlite3 *db, const sql_arg *a, sql_text *t) {
  sqlite3_stmt *st = NULL;
  memset(t, 0, sizeof *t);
  int rc = sqlite3_prepare_v2(db, "SELECT CAST(?1 AS TEXT)", -1, &st, NULL);
  if (rc == SQLITE_OK) rc = sql_bind(st, 1, a);
  if (rc == SQLITE_OK) rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const char *s = (const char *)sqlite3_column_text(st, 0);
    size_t n = (size_t)sqlite3_column_bytes(st, 0);
    int blob_or_null = a->type == SQL_ARG_BLOB || a->type == SQL_ARG_NULL;
    if (!s && sqlite3_column_type(st, 0) != SQLITE_NULL) {
      rc = SQLITE_NOMEM;
    } else {
      sql_text_set(t, blob_or_null || !s ? "" : s, blob_or_null || !s ? 0 : n);
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(st);
  return rc;
}

static inline void sql_text_free(sql_text *t) {
  free(t->s);
  free(t->at);
  memset(t, 0, sizeof *t);
}

/* Serialises column i of the current row (type and exact bytes). */
static inline void sql_add_value(sql_buf *out, sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL:
    sql_buf_add(out, "N", 1);
    break;
  case SQLITE_INTEGER:
    sql_buf_printf(out, "I%lld", (long long)sqlite3_column_int64(st, i));
    break;
  case SQLITE_FLOAT:
    sql_buf_printf(out, "F%.17g", sqlite3_column_double(st, i));
    break;
  default: {
    int blob = sqlite3_column_type(st, i) == SQLITE_BLOB;
    const void *p = blob ? sqlite3_column_blob(st, i) : (const void *)sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    sql_buf_printf(out, "%c%d:", blob ? 'B' : 'T', n);
    if (p) sql_buf_add(out, p, (size_t)n);
  }
  }
  sql_buf_add(out, "|", 1);
}

/* Checks one row against the call's invariants; writes the first problem into
** `why` (empty when none). `last_start` carries the order check across rows. */
static inline void sql_check_row(const sql_call *c, sqlite3_stmt *st, const sql_text *t,
                                 long long *last_start, char *why, size_t nwhy) {
  int ncol = sqlite3_column_count(st);
  for (int k = 0; k < 3 && !*why; k++) {
    const sql_span *sp = &c->span[k];
    if (!sp->start) continue;
    if (sp->start > ncol || sp->length > ncol || sp->text > ncol) {
      snprintf(why, nwhy, "%s: span %d names a column past %d", c->name, k, ncol);
      return;
    }
    if (sqlite3_column_type(st, sp->start - 1) == SQLITE_NULL) continue; /* no such span */
    if (sqlite3_column_type(st, sp->start - 1) != SQLITE_INTEGER) {
      snprintf(why, nwhy, "%s: start column %d is not an integer", c->name, sp->start);
      return;
    }
    long long start = sqlite3_column_int64(st, sp->start - 1), len = 0;
    if (sp->length) {
      if (sqlite3_column_type(st, sp->length - 1) != SQLITE_INTEGER) {
        snprintf(why, nwhy, "%s: length column %d is not an integer", c->name, sp->length);
        return;
      }
      len = sqlite3_column_int64(st, sp->length - 1);
    }
    if (start < 1 || len < 0 || (unsigned long long)(start - 1 + len) > t->nchr ||
        (!sp->length && (unsigned long long)start > t->nchr)) {
      snprintf(why, nwhy, "%s: span start %lld length %lld outside a text of %zu characters",
               c->name, start, len, t->nchr);
      return;
    }
    if (sp->text) {
      const char *got = (const char *)sqlite3_column_text(st, sp->text - 1);
      size_t ngot = (size_t)sqlite3_column_bytes(st, sp->text - 1);
      size_t b0 = t->at[start - 1], b1 = t->at[start - 1 + len];
      if (sqlite3_column_type(st, sp->text - 1) != SQLITE_TEXT || ngot != b1 - b0 ||
          memcmp(got, t->s + b0, ngot) != 0) {
        snprintf(why, nwhy,
                 "%s: column %d (%zu bytes) is not substr(text, %lld, %lld) (%zu bytes at %zu)",
                 c->name, sp->text, ngot, start, len, b1 - b0, b0);
        return;
      }
    }
  }
  if (!*why && c->ordered && sqlite3_column_type(st, c->ordered - 1) != SQLITE_NULL) {
    long long s = sqlite3_column_int64(st, c->ordered - 1);
    if (s < *last_start)
      snprintf(why, nwhy, "%s: row starting at %lld after one starting at %lld", c->name, s,
               *last_start);
    *last_start = s;
  }
  if (!*why && c->check) {
    int ty = sqlite3_column_type(st, c->check - 1);
    if (ty != SQLITE_NULL && !(ty == SQLITE_INTEGER && sqlite3_column_int64(st, c->check - 1) == 1))
      snprintf(why, nwhy, "%s: check column %d is not 1 or NULL", c->name, c->check);
  }
}

/* Prepares, binds and runs `c` on `db`, appending its rows to `rows` (and
** checking them when `t` is given). Returns SQLITE_OK or the error code;
** `err` receives the error message. */
static inline int sql_exec(sqlite3 *db, const sql_call *c, const sql_arg args[3], const sql_text *t,
                           sql_buf *rows, char *err, size_t nerr, char *why, size_t nwhy) {
  sqlite3_stmt *st = NULL;
  long long last_start = 0;
  *err = 0;
  int rc = sqlite3_prepare_v2(db, c->sql, -1, &st, NULL);
  for (int i = 1; rc == SQLITE_OK && i <= sqlite3_bind_parameter_count(st) && i <= 3; i++)
    rc = sql_bind(st, i, &args[i - 1]);
  if (rc == SQLITE_OK) {
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      int n = sqlite3_column_count(st);
      for (int i = 0; i < n; i++) sql_add_value(rows, st, i);
      sql_buf_add(rows, "\n", 1);
      if (t && !*why) sql_check_row(c, st, t, &last_start, why, nwhy);
    }
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    rc = sqlite3_extended_errcode(db);
    snprintf(err, nerr, "%s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(st);
  return rc;
}

#endif
