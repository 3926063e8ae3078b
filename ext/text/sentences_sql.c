/*
** sentences_sql.c: news_sentences(text), the text engine's sentences as rows.
**
**   SELECT sentence, start, length, paragraph
**     FROM news_sentences('Sen. Ann Lee spoke. “We agree,” she said.');
**   -- Sen. Ann Lee spoke.           | 1  | 19 | 1
**   -- “We agree,” she said.         | 21 | 21 | 1
**
**   SELECT a.id, s.sentence FROM articles a, news_sentences(a.body) s;
**
** Columns: `sentence` (the text of the sentence), `start` and `length`
** (1-based character positions, so substr(text, start, length) = sentence),
** `paragraph` (numbered from 1), and the hidden argument `text`.
** NULL text gives no rows; a BLOB is an error ("news_sentences: text must be
** TEXT"); numbers are read as their text.
**
** HOW IT WORKS: xFilter parses the text once (or finds it in the
** connection's cache, shared with the other news_* functions) and the cursor
** walks the sentence array.
*/
#include "news_sql.h"

#include <string.h>

#define SENT_COLUMN_SENTENCE  0
#define SENT_COLUMN_START     1
#define SENT_COLUMN_LENGTH    2
#define SENT_COLUMN_PARAGRAPH 3
#define SENT_COLUMN_TEXT      4 /* hidden: the argument */

typedef struct sent_vtab {
  sqlite3_vtab base;
  news_conn *conn;
} sent_vtab;

typedef struct sent_cursor {
  sqlite3_vtab_cursor base;
  news_text *text; /* NULL: no rows */
  size_t row;
} sent_cursor;

static int sent_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                        sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(sentence TEXT, start INTEGER, length INTEGER, paragraph INTEGER,"
          " text HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  sent_vtab *v = sqlite3_malloc64(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->conn = aux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = &v->base;
  return SQLITE_OK;
}

static int sent_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

/* idxNum bit 0: the `text` argument is given (argv[0] in xFilter); see
** news_vtab_best_index for how the planner is steered. */
static int sent_best_index(sqlite3_vtab *tab, sqlite3_index_info *info) {
  static const int cols[] = {SENT_COLUMN_TEXT};
  (void)tab;
  return news_vtab_best_index(info, 1, cols);
}

static int sent_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **out) {
  (void)tab;
  sent_cursor *c = sqlite3_malloc64(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static int sent_close(sqlite3_vtab_cursor *cur) {
  sent_cursor *c = (sent_cursor *)cur;
  news_text_release(c->text);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int sent_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                       sqlite3_value **argv) {
  (void)idx_str;
  sent_cursor *c = (sent_cursor *)cur;
  sent_vtab *v = (sent_vtab *)cur->pVtab;
  news_text_release(c->text);
  c->text = NULL;
  c->row = 0;
  if (!(idx_num & NEWS_VTAB_ARG(0)) || argc < 1)
    return news_vtab_error(&v->base, "news_sentences: missing text argument");
  const char *s;
  size_t n;
  switch (news_arg_text(argv[0], &s, &n)) {
  case NEWS_ARG_NULL:
    return SQLITE_OK;
  case NEWS_ARG_BLOB:
    return news_vtab_error(&v->base, "news_sentences: text must be TEXT");
  default:
    return news_text_get(v->conn, s, n, &c->text);
  }
}

static int sent_next(sqlite3_vtab_cursor *cur) {
  ((sent_cursor *)cur)->row++;
  return SQLITE_OK;
}

static int sent_eof(sqlite3_vtab_cursor *cur) {
  sent_cursor *c = (sent_cursor *)cur;
  return !c->text || c->row >= c->text->doc->nsent;
}

static int sent_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  sent_cursor *c = (sent_cursor *)cur;
  const news_doc *d = c->text->doc;
  const news_sentence *s = &d->sent[c->row];
  switch (col) {
  case SENT_COLUMN_SENTENCE:
    sqlite3_result_text(ctx, d->text + s->byte, (int)s->nbyte, SQLITE_TRANSIENT);
    break;
  case SENT_COLUMN_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->chr + 1);
    break;
  case SENT_COLUMN_LENGTH:
    sqlite3_result_int64(ctx, s->nchr);
    break;
  case SENT_COLUMN_PARAGRAPH:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->paragraph + 1);
    break;
  case SENT_COLUMN_TEXT:
    sqlite3_result_text(ctx, d->text, (int)d->len, SQLITE_TRANSIENT);
    break;
  }
  return SQLITE_OK;
}

static int sent_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((sent_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module sentences_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous-only: CREATE VIRTUAL TABLE ... USING news_sentences fails */
    .xConnect = sent_connect,
    .xBestIndex = sent_best_index,
    .xDisconnect = sent_disconnect,
    .xDestroy = sent_disconnect,
    .xOpen = sent_open,
    .xClose = sent_close,
    .xFilter = sent_filter,
    .xNext = sent_next,
    .xEof = sent_eof,
    .xColumn = sent_column,
    .xRowid = sent_rowid,
};

int news_text_sql_init(sqlite3 *db, news_conn *c) {
  news_conn_ref(c);
  return sqlite3_create_module_v2(db, "news_sentences", &sentences_module, c, news_conn_unref);
}
