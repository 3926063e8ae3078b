/*
** conn.c: the per-connection context, the parsed-text cache and the
** argument readers every SQL function shares.
*/
#include "news_sql.h"

#include <string.h>

/* Texts this size or smaller stay parsed in the cache after use; larger ones
** are parsed per call (that costs time linear in their size anyway, and
** keeping them would hold many times their size in memory). */
#define CACHE_MAX_TEXT (1u << 20)
#define CACHE_SLOTS    4

struct news_conn {
  int refs;
  news_engine *engine;
  news_text *cache[CACHE_SLOTS]; /* most recently used first */
};

static void *sql_alloc(void *ctx, size_t n) {
  (void)ctx;
  return sqlite3_malloc64(n ? n : 1);
}
static void *sql_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  return sqlite3_realloc64(p, n ? n : 1);
}
static void sql_free(void *ctx, void *p) {
  (void)ctx;
  sqlite3_free(p);
}
static const news_allocator sqlite_allocator = {sql_alloc, sql_realloc, sql_free, NULL};

news_conn *news_conn_new(void) {
  news_conn *c = sqlite3_malloc64(sizeof *c);
  if (!c) return NULL;
  memset(c, 0, sizeof *c);
  c->engine = news_engine_new(&sqlite_allocator);
  if (!c->engine) {
    sqlite3_free(c);
    return NULL;
  }
  c->refs = 1;
  return c;
}

void news_conn_ref(news_conn *c) {
  c->refs++;
}

static void text_free(news_text *t) {
  news_engine *eng = t->conn->engine;
  for (int i = 0; i < NEWS_SLOT_MAX; i++)
    if (t->result[i] && t->result_free[i]) t->result_free[i](eng, t->result[i]);
  news_doc_free(t->doc);
  sqlite3_free(t);
}

void news_text_release(news_text *t) {
  if (t && --t->refs == 0) text_free(t);
}

void news_conn_unref(void *p) {
  news_conn *c = p;
  if (!c || --c->refs > 0) return;
  for (int i = 0; i < CACHE_SLOTS; i++) news_text_release(c->cache[i]);
  news_engine_free(c->engine);
  sqlite3_free(c);
}

news_engine *news_conn_engine(news_conn *c) {
  return c->engine;
}

int news_vtab_best_index(sqlite3_index_info *info, int n, const int *cols) {
  int at[8];
  for (int k = 0; k < n && k < 8; k++) at[k] = -1;
  for (int pass = 0; pass < 2; pass++) { /* usable constraints first, then the rest */
    for (int i = 0; i < info->nConstraint; i++) {
      const struct sqlite3_index_constraint *c = &info->aConstraint[i];
      if (c->op != SQLITE_INDEX_CONSTRAINT_EQ || (pass == 0) != (c->usable != 0)) continue;
      for (int k = 0; k < n && k < 8; k++) {
        if (c->iColumn != cols[k] || at[k] >= 0) continue;
        if (!c->usable) return SQLITE_CONSTRAINT;
        at[k] = i;
      }
    }
  }
  int argv_i = 1;
  info->idxNum = 0;
  for (int k = 0; k < n && k < 8; k++) {
    if (at[k] < 0) continue;
    info->aConstraintUsage[at[k]].argvIndex = argv_i++;
    info->aConstraintUsage[at[k]].omit = 1;
    info->idxNum |= NEWS_VTAB_ARG(k);
  }
  if (at[0] < 0) {
    info->estimatedCost = 1e300;
    info->estimatedRows = (sqlite3_int64)1 << 62;
  } else {
    info->estimatedCost = 1000;
    info->estimatedRows = 25;
  }
  return SQLITE_OK;
}

int news_vtab_error(sqlite3_vtab *vt, const char *msg) {
  sqlite3_free(vt->zErrMsg);
  vt->zErrMsg = sqlite3_mprintf("%s", msg);
  return vt->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

int news_sqlite_rc(int rc) {
  switch (rc) {
  case NEWS_OK:
    return SQLITE_OK;
  case NEWS_NOMEM:
    return SQLITE_NOMEM;
  case NEWS_TOOBIG:
    return SQLITE_TOOBIG;
  default:
    return SQLITE_ERROR;
  }
}

int news_text_get(news_conn *c, const char *text, size_t len, news_text **out) {
  *out = NULL;
  const char *nul = len ? memchr(text, 0, len) : NULL;
  if (nul) len = (size_t)(nul - text); /* as SQLite's own string functions read it */
  for (int i = 0; i < CACHE_SLOTS; i++) {
    news_text *t = c->cache[i];
    if (t && t->len == len && memcmp(t->text, text, len) == 0) {
      memmove(&c->cache[1], &c->cache[0], (size_t)i * sizeof c->cache[0]);
      c->cache[0] = t;
      t->refs++;
      *out = t;
      return SQLITE_OK;
    }
  }
  if (len > NEWS_MAX_TEXT) return SQLITE_TOOBIG;
  news_text *t = sqlite3_malloc64(sizeof *t + len + 1);
  if (!t) return SQLITE_NOMEM;
  memset(t, 0, sizeof *t);
  t->conn = c;
  t->refs = 1;
  t->len = len;
  t->text = (char *)(t + 1);
  if (len) memcpy(t->text, text, len);
  t->text[len] = 0;
  int rc = news_doc_parse(c->engine, t->text, len, &t->doc);
  if (rc != NEWS_OK) {
    sqlite3_free(t);
    return news_sqlite_rc(rc);
  }
  if (len <= CACHE_MAX_TEXT) {
    news_text_release(c->cache[CACHE_SLOTS - 1]);
    memmove(&c->cache[1], &c->cache[0], (CACHE_SLOTS - 1) * sizeof c->cache[0]);
    c->cache[0] = t;
    t->refs++;
  }
  *out = t;
  return SQLITE_OK;
}

enum news_arg news_arg_text(sqlite3_value *v, const char **text, size_t *len) {
  *text = NULL;
  *len = 0;
  switch (sqlite3_value_type(v)) {
  case SQLITE_NULL:
    return NEWS_ARG_NULL;
  case SQLITE_BLOB:
    return NEWS_ARG_BLOB;
  default:
    *text = (const char *)sqlite3_value_text(v);
    *len = (size_t)sqlite3_value_bytes(v);
    if (!*text) return NEWS_ARG_NULL; /* out of memory converting a number */
    return NEWS_ARG_TEXT;
  }
}

static int digits(const char *s, size_t n, size_t at, size_t count, int *v) {
  if (at + count > n) return 0;
  int x = 0;
  for (size_t i = at; i < at + count; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 1;
}

/* HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM|+HHMM] */
static int valid_time(const char *s, size_t n) {
  int hh, mm, ss, tz;
  size_t i = 0;
  if (!digits(s, n, 0, 2, &hh) || hh > 24 || n < 5 || s[2] != ':' || !digits(s, n, 3, 2, &mm) ||
      mm > 59)
    return 0;
  i = 5;
  if (i < n && s[i] == ':') {
    if (!digits(s, n, i + 1, 2, &ss) || ss > 60) return 0;
    i += 3;
    if (i < n && (s[i] == '.' || s[i] == ',')) {
      size_t j = ++i;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
      if (i == j) return 0;
    }
  }
  if (i == n) return 1;
  if (s[i] == 'Z' || s[i] == 'z') return i + 1 == n;
  if (s[i] != '+' && s[i] != '-') return 0;
  i++;
  if (!digits(s, n, i, 2, &tz) || tz > 23) return 0;
  i += 2;
  if (i == n) return 1;
  if (s[i] == ':') i++;
  return digits(s, n, i, 2, &tz) && tz <= 59 && i + 2 == n;
}

int news_arg_published(sqlite3_value *v, int *has, int *y, int *m, int *d) {
  *has = 0;
  if (sqlite3_value_type(v) == SQLITE_NULL) return 0;
  if (sqlite3_value_type(v) != SQLITE_TEXT) return -1;
  const char *s = (const char *)sqlite3_value_text(v);
  size_t n = (size_t)sqlite3_value_bytes(v);
  if (!s) return -1;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (n < 10 || s[4] != '-' || s[7] != '-' || !digits(s, n, 0, 4, y) || !digits(s, n, 5, 2, m) ||
      !digits(s, n, 8, 2, d) || *m < 1 || *m > 12 || *d < 1)
    return -1;
  int leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  if (*d > mdays[*m - 1] + (*m == 2 && leap)) return -1;
  if (n > 10 && ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !valid_time(s + 11, n - 11)))
    return -1;
  *has = 1;
  return 0;
}
