/*
** dates_sql.c: news_dates(text, published) and news_date(phrase, published).
**
**   SELECT phrase, start, length, type, value, mod, begin, end
**     FROM news_dates('Talks resumed on Monday after a pause in late March.', '2019-11-05');
**   -- Monday     | 18 | 6  | DATE | 2019-11-04 | NULL | 2019-11-04 | 2019-11-04
**   -- late March | 42 | 10 | DATE | 2019-03    | END  | 2019-03-01 | 2019-03-31
**
**   SELECT a.id, d.value FROM articles a, news_dates(a.body, a.published) d
**    WHERE d.type = 'DATE' AND d.begin >= '2019-01-01';
**
**   SELECT news_date('last week', '2019-11-05');   -- '2019-W44'
**
** Columns: `phrase` (the expression as written, without a leading "on"/"in"),
** `start` and `length` (1-based character positions: substr(text, start,
** length) = phrase), `type` (DATE, TIME, DURATION, SET), `value` (TIMEX3, X's
** where the anchor is needed and missing; NULL when the text names no real
** date, like "February 30"), `mod` (START, END, APPROX ... or NULL), `begin`
** and `end` (first and last day of a DATE/TIME with a calendar extent, else
** NULL), and the hidden arguments `text` and `published`.
**
** `published` is optional: an ISO 8601 date or date-time (its date part
** anchors relative expressions) or NULL (they keep X's). Anything else is an
** error "news_dates: published must be a date YYYY-MM-DD". NULL text gives
** no rows; a BLOB is an error "news_dates: text must be TEXT".
**
** HOW IT WORKS: xFilter finds the parsed text in the connection's cache (or
** parses it), then the expressions it found for this `published` (kept with
** the text, so news_dates and news_date over one article work once), and the
** cursor walks them.
*/
#include "news_sql.h"

#include <string.h>

#define DATES_COLUMN_PHRASE    0
#define DATES_COLUMN_START     1
#define DATES_COLUMN_LENGTH    2
#define DATES_COLUMN_TYPE      3
#define DATES_COLUMN_VALUE     4
#define DATES_COLUMN_MOD       5
#define DATES_COLUMN_BEGIN     6
#define DATES_COLUMN_END       7
#define DATES_COLUMN_TEXT      8 /* hidden: first argument */
#define DATES_COLUMN_PUBLISHED 9 /* hidden: second argument, optional */

/* The expressions found in one text for one anchor. Shared by the text's
** cache slot and the cursors reading it, hence the count. */
static void result_unref(news_engine *eng, void *p) {
  news_text_dates *r = p;
  if (!r || --r->refs > 0) return;
  news_dates_free(eng, r->tx);
  news_engine_mfree(eng, r);
}

void news_text_dates_release(news_text *t, news_text_dates *r) {
  if (r) result_unref(news_conn_engine(t->conn), r);
}

int news_text_dates_get(news_text *t, const news_ymd *anchor, news_text_dates **out) {
  news_engine *eng = news_conn_engine(t->conn);
  news_text_dates *r = t->result[NEWS_SLOT_DATES];
  *out = NULL;
  if (r && r->has_anchor == (anchor != NULL) &&
      (!anchor ||
       (r->anchor.y == anchor->y && r->anchor.m == anchor->m && r->anchor.d == anchor->d))) {
    r->refs++;
    *out = r;
    return SQLITE_OK;
  }
  r = news_engine_malloc(eng, sizeof *r);
  if (!r) return SQLITE_NOMEM;
  memset(r, 0, sizeof *r);
  if (anchor) {
    r->has_anchor = 1;
    r->anchor = *anchor;
  }
  int rc = news_dates_find(t->doc, anchor, &r->tx, &r->n);
  if (rc != NEWS_OK) {
    news_engine_mfree(eng, r);
    return news_sqlite_rc(rc);
  }
  r->refs = 2; /* the text's slot and the caller */
  if (t->result[NEWS_SLOT_DATES]) result_unref(eng, t->result[NEWS_SLOT_DATES]);
  t->result[NEWS_SLOT_DATES] = r;
  t->result_free[NEWS_SLOT_DATES] = result_unref;
  *out = r;
  return SQLITE_OK;
}

/* Reads `published`: 0 with *has = 0 for NULL, 1 for a date, -1 malformed. */
static int read_published(sqlite3_value *v, news_ymd *day) {
  int has, y, m, d;
  if (news_arg_published(v, &has, &y, &m, &d) != 0) return -1;
  if (!has) return 0;
  day->y = y;
  day->m = m;
  day->d = d;
  return 1;
}

static void result_timex_text(sqlite3_context *ctx, const char *s) {
  if (s && *s)
    sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
  else
    sqlite3_result_null(ctx);
}

static void result_day(sqlite3_context *ctx, news_ymd day) {
  char buf[11];
  news_ymd_format(day, buf);
  result_timex_text(ctx, buf);
}

/* ---------------------------------------------------------------------------
** news_dates(text, published)
*/
typedef struct dates_vtab {
  sqlite3_vtab base;
  news_conn *conn;
} dates_vtab;

typedef struct dates_cursor {
  sqlite3_vtab_cursor base;
  news_text *text; /* NULL: no rows */
  news_text_dates *res;
  size_t row;
} dates_cursor;

static int dates_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(phrase TEXT, start INTEGER, length INTEGER, type TEXT, value TEXT,"
          " mod TEXT, begin TEXT, end TEXT, text HIDDEN, published HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  dates_vtab *v = sqlite3_malloc64(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->conn = aux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = &v->base;
  return SQLITE_OK;
}

static int dates_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

/* idxNum bit 0: `text` given (argv[0]); bit 1: `published` given (next in argv).
** See news_vtab_best_index. */
static int dates_best_index(sqlite3_vtab *tab, sqlite3_index_info *info) {
  static const int cols[] = {DATES_COLUMN_TEXT, DATES_COLUMN_PUBLISHED};
  (void)tab;
  return news_vtab_best_index(info, 2, cols);
}

static int dates_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **out) {
  (void)tab;
  dates_cursor *c = sqlite3_malloc64(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static void cursor_reset(dates_cursor *c) {
  if (c->res) result_unref(news_conn_engine(c->text->conn), c->res);
  news_text_release(c->text);
  c->res = NULL;
  c->text = NULL;
  c->row = 0;
}

static int dates_close(sqlite3_vtab_cursor *cur) {
  dates_cursor *c = (dates_cursor *)cur;
  cursor_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int vtab_error(dates_vtab *v, const char *msg) {
  return news_vtab_error(&v->base, msg);
}

static int dates_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                        sqlite3_value **argv) {
  (void)idx_str;
  dates_cursor *c = (dates_cursor *)cur;
  dates_vtab *v = (dates_vtab *)cur->pVtab;
  cursor_reset(c);
  if (!(idx_num & NEWS_VTAB_ARG(0)) || argc < 1)
    return news_vtab_error(&v->base, "news_dates: missing text argument");
  news_ymd anchor;
  int has = 0;
  if ((idx_num & 2) && argc >= 2) {
    has = read_published(argv[1], &anchor);
    if (has < 0) return vtab_error(v, "news_dates: published must be a date YYYY-MM-DD");
  }
  const char *s;
  size_t n;
  switch (news_arg_text(argv[0], &s, &n)) {
  case NEWS_ARG_NULL:
    return SQLITE_OK;
  case NEWS_ARG_BLOB:
    return vtab_error(v, "news_dates: text must be TEXT");
  default:
    break;
  }
  int rc = news_text_get(v->conn, s, n, &c->text);
  if (rc != SQLITE_OK) return rc;
  rc = news_text_dates_get(c->text, has ? &anchor : NULL, &c->res);
  if (rc != SQLITE_OK) cursor_reset(c);
  return rc;
}

static int dates_next(sqlite3_vtab_cursor *cur) {
  ((dates_cursor *)cur)->row++;
  return SQLITE_OK;
}

static int dates_eof(sqlite3_vtab_cursor *cur) {
  dates_cursor *c = (dates_cursor *)cur;
  return !c->res || c->row >= c->res->n;
}

static int dates_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  dates_cursor *c = (dates_cursor *)cur;
  const news_doc *d = c->text->doc;
  const news_timex *t = &c->res->tx[c->row];
  switch (col) {
  case DATES_COLUMN_PHRASE:
    sqlite3_result_text(ctx, d->text + t->byte, (int)t->nbyte, SQLITE_TRANSIENT);
    break;
  case DATES_COLUMN_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)t->chr + 1);
    break;
  case DATES_COLUMN_LENGTH:
    sqlite3_result_int64(ctx, t->nchr);
    break;
  case DATES_COLUMN_TYPE:
    sqlite3_result_text(ctx, news_timex_type_name(t->type), -1, SQLITE_STATIC);
    break;
  case DATES_COLUMN_VALUE:
    result_timex_text(ctx, t->value);
    break;
  case DATES_COLUMN_MOD:
    if (news_timex_mod_name(t->mod))
      sqlite3_result_text(ctx, news_timex_mod_name(t->mod), -1, SQLITE_STATIC);
    else
      sqlite3_result_null(ctx);
    break;
  case DATES_COLUMN_BEGIN:
    if (t->flags & NEWS_TIMEX_EXTENT) result_day(ctx, t->begin);
    break;
  case DATES_COLUMN_END:
    if (t->flags & NEWS_TIMEX_EXTENT) result_day(ctx, t->end);
    break;
  case DATES_COLUMN_TEXT:
    sqlite3_result_text(ctx, d->text, (int)d->len, SQLITE_TRANSIENT);
    break;
  case DATES_COLUMN_PUBLISHED:
    if (c->res->has_anchor) result_day(ctx, c->res->anchor);
    break;
  }
  return SQLITE_OK;
}

static int dates_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((dates_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module dates_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous-only */
    .xConnect = dates_connect,
    .xBestIndex = dates_best_index,
    .xDisconnect = dates_disconnect,
    .xDestroy = dates_disconnect,
    .xOpen = dates_open,
    .xClose = dates_close,
    .xFilter = dates_filter,
    .xNext = dates_next,
    .xEof = dates_eof,
    .xColumn = dates_column,
    .xRowid = dates_rowid,
};

/* ---------------------------------------------------------------------------
** news_date(phrase [, published]): the value of the first expression, or NULL.
*/
static void date_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  news_conn *conn = sqlite3_user_data(ctx);
  news_ymd anchor;
  int has = 0;
  if (argc >= 2) {
    has = read_published(argv[1], &anchor);
    if (has < 0) {
      sqlite3_result_error(ctx, "news_date: published must be a date YYYY-MM-DD", -1);
      return;
    }
  }
  const char *s;
  size_t n;
  switch (news_arg_text(argv[0], &s, &n)) {
  case NEWS_ARG_NULL:
    return;
  case NEWS_ARG_BLOB:
    sqlite3_result_error(ctx, "news_date: text must be TEXT", -1);
    return;
  default:
    break;
  }
  news_text *t;
  news_text_dates *r;
  int rc = news_text_get(conn, s, n, &t);
  if (rc == SQLITE_OK) {
    rc = news_text_dates_get(t, has ? &anchor : NULL, &r);
    if (rc == SQLITE_OK) {
      if (r->n > 0) result_timex_text(ctx, r->tx[0].value);
      result_unref(news_conn_engine(conn), r);
    }
    news_text_release(t);
  }
  if (rc == SQLITE_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else if (rc == SQLITE_TOOBIG)
    sqlite3_result_error_toobig(ctx);
  else if (rc != SQLITE_OK)
    sqlite3_result_error_code(ctx, rc);
}

int news_dates_sql_init(sqlite3 *db, news_conn *c) {
  news_conn_ref(c);
  int rc = sqlite3_create_module_v2(db, "news_dates", &dates_module, c, news_conn_unref);
  for (int argc = 1; argc <= 2 && rc == SQLITE_OK; argc++) {
    news_conn_ref(c);
    rc = sqlite3_create_function_v2(db, "news_date", argc, NEWS_PURE, c, date_func, NULL, NULL,
                                    news_conn_unref);
  }
  return rc;
}
