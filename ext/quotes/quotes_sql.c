/*
** quotes_sql.c: who said what, as SQL.
**
**   SELECT speaker, kind, quote FROM news_quotes(
**     'Oxfam said on Friday the appeal had raised $2 million. “We agree,” spokesman Ali Reza
*said.');
**   -- Oxfam    | indirect | the appeal had raised $2 million
**   -- Ali Reza | direct   | We agree,
**
**   SELECT a.id, q.speaker, q.role, q.said_on, q.quote
**     FROM articles a, news_quotes(a.body, a.published) q;
**
**   SELECT speaker, role, key, quotes, first_start FROM news_speakers(a.body);
**   SELECT news_speaker_key('Brig.-Gen. Mohammed Javad Zarif');   -- 'muhamad javad zarif'
**
** news_quotes(text [, published [, target]]): one row per contiguous quoted
** or reported span, in text order. Columns:
**   quote            the words attributed (inside the marks for a direct quote;
**                    the reported clause without "that" otherwise)
**   kind             'direct', 'indirect' or 'mixed'
**   speaker          the fullest name the article gives the source, an
**                    organisation, outlet or description, or NULL
**   speaker_start, speaker_length   the mention naming the source ("he",
**                    "Qassemi", "a senior official"), or NULL
**   role             the speaker's title or description, or NULL
**   cue              lemma of the reporting expression ('say', 'according to')
**   via              the outlet credited ("Tasnim" in "quoted by Tasnim")
**   said_on          the date of the statement (the dates capability), NULL here
**   start, length    the quote's position: substr(text, start, length) = quote
**   stance           the stance toward `target` (the stance capability), NULL here
** and the hidden arguments text, published, target. Positions are 1-based
** characters as substr() counts them.
**
** news_speakers(text): one row per distinct speaker (by news_speaker_key):
** speaker, role, key, quotes (its rows in news_quotes), first_start (its
** first mention), in order of first mention.
**
** news_speaker_key(name): a key equal for spellings of one person's name.
**
** Bad input: NULL text gives no rows (NULL for news_speaker_key); a BLOB is
** an error ("news_quotes: text must be TEXT"); `published` must be NULL or an
** ISO date or date-time ("news_quotes: published must be a date
** YYYY-MM-DD"); `target` NULL or text.
**
** HOW IT WORKS: xFilter parses the text once (or finds it in the
** connection's cache) and computes its quotes once: the result is kept on
** the cached text (result[NEWS_SLOT_QUOTES]), so news_quotes and
** news_speakers over one article share it. `published` and `target` only
** matter to said_on and stance, which are computed per row from the quote's
** attachment points (see quotes_said_on and quotes_stance below).
*/
#include "news_sql.h"

#include <stdlib.h>
#include <string.h>

#define QUOTES_COLUMN_QUOTE          0
#define QUOTES_COLUMN_KIND           1
#define QUOTES_COLUMN_SPEAKER        2
#define QUOTES_COLUMN_SPEAKER_START  3
#define QUOTES_COLUMN_SPEAKER_LENGTH 4
#define QUOTES_COLUMN_ROLE           5
#define QUOTES_COLUMN_CUE            6
#define QUOTES_COLUMN_VIA            7
#define QUOTES_COLUMN_SAID_ON        8
#define QUOTES_COLUMN_START          9
#define QUOTES_COLUMN_LENGTH         10
#define QUOTES_COLUMN_STANCE         11
#define QUOTES_COLUMN_TEXT           12 /* hidden arguments */
#define QUOTES_COLUMN_PUBLISHED      13
#define QUOTES_COLUMN_TARGET         14

#define SPK_COLUMN_SPEAKER     0
#define SPK_COLUMN_ROLE        1
#define SPK_COLUMN_KEY         2
#define SPK_COLUMN_QUOTES      3
#define SPK_COLUMN_FIRST_START 4
#define SPK_COLUMN_TEXT        5

/* idxNum bits: which arguments xFilter receives, in this order (see
** news_vtab_best_index); and which computed columns the statement reads, so
** said_on and stance cost nothing when not selected. */
#define ARG_TEXT      NEWS_VTAB_ARG(0)
#define ARG_PUBLISHED NEWS_VTAB_ARG(1)
#define ARG_TARGET    NEWS_VTAB_ARG(2)
#define USES_SAID_ON  0x100
#define USES_STANCE   0x200

typedef struct q_vtab {
  sqlite3_vtab base;
  news_conn *conn;
  const char *name; /* "news_quotes" or "news_speakers", for messages */
} q_vtab;

static void quotes_result_free(news_engine *eng, void *p) {
  news_quotes_free(eng, p);
}

/* The quotes of a cached text, computed on first use. */
static int quotes_of(news_conn *c, news_text *t, const news_quotes **out) {
  if (!t->result[NEWS_SLOT_QUOTES]) {
    news_quotes *qs;
    int rc = news_quotes_extract(t->doc, &qs);
    if (rc != NEWS_OK) return news_sqlite_rc(rc);
    t->result[NEWS_SLOT_QUOTES] = qs;
    t->result_free[NEWS_SLOT_QUOTES] = quotes_result_free;
  }
  (void)c;
  *out = t->result[NEWS_SLOT_QUOTES];
  return SQLITE_OK;
}

static int set_error(sqlite3_vtab *v, const char *fmt, const char *name) {
  sqlite3_free(v->zErrMsg);
  v->zErrMsg = sqlite3_mprintf(fmt, name);
  return v->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static int q_disconnect(sqlite3_vtab *v) {
  sqlite3_free(v);
  return SQLITE_OK;
}

static int connect_with(sqlite3 *db, void *aux, const char *schema, const char *name,
                        sqlite3_vtab **out) {
  int rc = sqlite3_declare_vtab(db, schema);
  if (rc != SQLITE_OK) return rc;
  q_vtab *v = sqlite3_malloc64(sizeof *v);
  if (!v) return SQLITE_NOMEM;
  memset(v, 0, sizeof *v);
  v->conn = aux;
  v->name = name;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = &v->base;
  return SQLITE_OK;
}

/* ---------------------------------------------------------------------------
** news_quotes
*/
typedef struct quotes_cursor {
  sqlite3_vtab_cursor base;
  news_text *text; /* NULL: no rows */
  const news_quotes *qs;
  size_t row;
  sqlite3_value *published; /* the arguments as given, for the hidden columns */
  sqlite3_value *target;
  int has_date, year, month, day; /* `published`, parsed: the anchor for said_on */
  news_text_dates *dates;         /* the text's date expressions, when said_on is read */
  /* The target, compiled, and kept from one xFilter to the next while it
  ** stays the same (a join calls xFilter per article with one target). */
  news_target *compiled;
  char *compiled_text;
  size_t compiled_len;
  news_stance_result stance;
  size_t first_naming; /* first sentence naming the target; (size_t)-1: not looked for yet */
} quotes_cursor;

static int quotes_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                          sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  return connect_with(db, aux,
                      "CREATE TABLE x(quote TEXT, kind TEXT, speaker TEXT, speaker_start INTEGER,"
                      " speaker_length INTEGER, role TEXT, cue TEXT, via TEXT, said_on TEXT,"
                      " start INTEGER, length INTEGER, stance TEXT,"
                      " text HIDDEN, published HIDDEN, target HIDDEN)",
                      "news_quotes", out);
}

static int quotes_best_index(sqlite3_vtab *tab, sqlite3_index_info *info) {
  static const int cols[] = {QUOTES_COLUMN_TEXT, QUOTES_COLUMN_PUBLISHED, QUOTES_COLUMN_TARGET};
  (void)tab;
  int rc = news_vtab_best_index(info, 3, cols);
  if (info->colUsed & ((sqlite3_uint64)1 << QUOTES_COLUMN_SAID_ON)) info->idxNum |= USES_SAID_ON;
  if (info->colUsed & ((sqlite3_uint64)1 << QUOTES_COLUMN_STANCE)) info->idxNum |= USES_STANCE;
  return rc;
}

static int quotes_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **out) {
  (void)tab;
  quotes_cursor *c = sqlite3_malloc64(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static void quotes_reset(quotes_cursor *c) {
  if (c->dates) news_text_dates_release(c->text, c->dates);
  c->dates = NULL;
  news_text_release(c->text);
  sqlite3_value_free(c->published);
  sqlite3_value_free(c->target);
  c->text = NULL;
  c->qs = NULL;
  c->published = c->target = NULL;
  c->row = 0;
  c->has_date = 0;
}

static int quotes_close(sqlite3_vtab_cursor *cur) {
  quotes_cursor *c = (quotes_cursor *)cur;
  news_engine *eng = news_conn_engine(((q_vtab *)cur->pVtab)->conn);
  quotes_reset(c);
  news_target_free(eng, c->compiled);
  sqlite3_free(c->compiled_text);
  news_stance_result_clear(eng, &c->stance);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Compiles the `target` argument (NULL: no stance), or keeps the one
** compiled for the previous call when the text is the same. A target with no
** content words is an error even when the stance column is not read: the
** same call must not succeed or fail by the columns it selects. */
static int compile_target(quotes_cursor *c, q_vtab *v, sqlite3_value *tgt) {
  news_engine *eng = news_conn_engine(v->conn);
  const char *s = tgt ? (const char *)sqlite3_value_text(tgt) : NULL;
  size_t n = tgt ? (size_t)sqlite3_value_bytes(tgt) : 0;
  c->first_naming = (size_t)-1;
  if (!s) {
    if (tgt && sqlite3_value_type(tgt) != SQLITE_NULL) return SQLITE_NOMEM;
    return SQLITE_OK; /* NULL target: stance is NULL */
  }
  if (c->compiled && c->compiled_len == n && memcmp(c->compiled_text, s, n) == 0) return SQLITE_OK;
  news_target_free(eng, c->compiled);
  sqlite3_free(c->compiled_text);
  c->compiled = NULL;
  c->compiled_text = NULL;
  int rc = news_target_compile(eng, s, n, &c->compiled);
  if (rc == NEWS_BADARG) return set_error(&v->base, "%s: target has no content words", v->name);
  if (rc != NEWS_OK) return news_sqlite_rc(rc);
  c->compiled_text = sqlite3_malloc64(n + 1);
  if (!c->compiled_text) {
    news_target_free(eng, c->compiled);
    c->compiled = NULL;
    return SQLITE_NOMEM;
  }
  memcpy(c->compiled_text, s, n);
  c->compiled_len = n;
  return SQLITE_OK;
}

static int quotes_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                         sqlite3_value **argv) {
  (void)idx_str;
  quotes_cursor *c = (quotes_cursor *)cur;
  q_vtab *v = (q_vtab *)cur->pVtab;
  quotes_reset(c);
  if (!(idx_num & ARG_TEXT) || argc < 1)
    return set_error(&v->base, "%s: missing text argument", v->name);
  int ai = 1;
  sqlite3_value *pub = (idx_num & ARG_PUBLISHED) && ai < argc ? argv[ai++] : NULL;
  sqlite3_value *tgt = (idx_num & ARG_TARGET) && ai < argc ? argv[ai++] : NULL;
  const char *s;
  size_t n;
  enum news_arg kind = news_arg_text(argv[0], &s, &n);
  if (kind == NEWS_ARG_BLOB) return set_error(&v->base, "%s: text must be TEXT", v->name);
  if (pub && news_arg_published(pub, &c->has_date, &c->year, &c->month, &c->day) != 0)
    return set_error(&v->base, "%s: published must be a date YYYY-MM-DD", v->name);
  if (tgt && sqlite3_value_type(tgt) == SQLITE_BLOB)
    return set_error(&v->base, "%s: target must be TEXT", v->name);
  if (pub && !(c->published = sqlite3_value_dup(pub))) return SQLITE_NOMEM;
  if (tgt && !(c->target = sqlite3_value_dup(tgt))) return SQLITE_NOMEM;
  int rc = compile_target(c, v, tgt);
  if (rc != SQLITE_OK || kind == NEWS_ARG_NULL) return rc;
  rc = news_text_get(v->conn, s, n, &c->text);
  if (rc != SQLITE_OK) return rc;
  rc = quotes_of(v->conn, c->text, &c->qs);
  if (rc == SQLITE_OK && (idx_num & USES_SAID_ON) && c->qs->n > 0) {
    news_ymd anchor = {c->year, c->month, c->day};
    rc = news_text_dates_get(c->text, c->has_date ? &anchor : NULL, &c->dates);
  }
  if (rc != SQLITE_OK) {
    news_text_release(c->text);
    c->text = NULL;
  }
  return rc;
}

static int quotes_next(sqlite3_vtab_cursor *cur) {
  ((quotes_cursor *)cur)->row++;
  return SQLITE_OK;
}

static int quotes_eof(sqlite3_vtab_cursor *cur) {
  quotes_cursor *c = (quotes_cursor *)cur;
  return !c->text || c->row >= c->qs->n;
}

static void result_span(sqlite3_context *ctx, const news_doc *d, uint32_t tok, uint32_t ntok) {
  if (tok == NEWS_NONE || ntok == 0) {
    sqlite3_result_null(ctx);
    return;
  }
  uint32_t b = d->tok[tok].byte, e = news_tok_end(d, tok + ntok - 1);
  sqlite3_result_text(ctx, d->text + b, (int)(e - b), SQLITE_TRANSIENT);
}

/*
** said_on: the date of the statement is the date expression its reporting
** verb governs ("said on Monday that ...", "told reporters in Geneva on
** Friday"), never one inside the reported clause; a time is cut to its date.
** The text's date expressions are found once per text and anchor
** (news_text_dates_get) and matched to the verb by news_dates_said_on.
** Quotes with no cue (headlines, floating quotes) have no date.
*/
static void quotes_said_on(const quotes_cursor *c, const news_quote *q, sqlite3_context *ctx) {
  uint32_t verb = news_quote_cue_token(q);
  if (!c->dates || verb == NEWS_NONE) {
    sqlite3_result_null(ctx);
    return;
  }
  long at = news_dates_said_on(c->text->doc, c->dates->tx, c->dates->n, verb);
  char value[NEWS_TIMEX_VALUE_MAX];
  if (at < 0 || !news_timex_date_value(&c->dates->tx[at], value)) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_result_text(ctx, value, -1, SQLITE_TRANSIENT);
}

/*
** stance: the statement's stance toward `target`, read with the sentence(s)
** it stands in (news_quote_context: the quote with its cue and speaker, so
** "rejected a proposal to negotiate" counts for the one who rejected). Of the
** article before, only whether it named the target matters (a later "The
** door is open," he said, then speaks of it): the first sentence naming it
** is found once per text (news_stance_first_naming), which keeps the column
** linear in the article's length.
*/
static void quotes_stance(quotes_cursor *c, const news_quote *q, sqlite3_context *ctx) {
  if (!c->compiled) {
    sqlite3_result_null(ctx);
    return;
  }
  news_engine *eng = news_conn_engine(c->text->conn);
  const news_doc *d = c->text->doc;
  uint32_t tok, ntok;
  news_quote_context(q, &tok, &ntok);
  if (ntok == 0 || tok >= d->ntok) {
    tok = q->tok;
    ntok = q->ntok ? q->ntok : 1;
  }
  int rc = NEWS_OK;
  if (c->first_naming == (size_t)-1)
    rc = news_stance_first_naming(eng, c->compiled, d, 0, &c->stance, &c->first_naming);
  if (rc == NEWS_OK && tok < d->ntok)
    rc = news_stance_range_named(eng, c->compiled, d, tok, ntok, c->first_naming < d->tok_sent[tok],
                                 &c->stance);
  if (rc != NEWS_OK) {
    if (rc == NEWS_NOMEM)
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_null(ctx);
    return;
  }
  sqlite3_result_text(ctx, news_stance_label_name(c->stance.label), -1, SQLITE_STATIC);
}

static int quotes_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  quotes_cursor *c = (quotes_cursor *)cur;
  const news_doc *d = c->text->doc;
  const news_quote *q = &c->qs->q[c->row];
  const news_speaker *sp = q->speaker >= 0 ? &c->qs->spk[q->speaker] : NULL;
  switch (col) {
  case QUOTES_COLUMN_QUOTE:
    sqlite3_result_text(ctx, d->text + q->byte, (int)q->nbyte, SQLITE_TRANSIENT);
    break;
  case QUOTES_COLUMN_KIND:
    sqlite3_result_text(ctx, news_quote_kind_name(q->kind), -1, SQLITE_STATIC);
    break;
  case QUOTES_COLUMN_SPEAKER:
    if (sp)
      sqlite3_result_text(ctx, sp->name, (int)sp->nname, SQLITE_TRANSIENT);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_SPEAKER_START:
    if (q->mention_tok != NEWS_NONE)
      sqlite3_result_int64(ctx, (sqlite3_int64)q->mention_chr + 1);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_SPEAKER_LENGTH:
    if (q->mention_tok != NEWS_NONE)
      sqlite3_result_int64(ctx, q->mention_nchr);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_ROLE:
    if (q->role)
      sqlite3_result_text(ctx, q->role, (int)q->nrole, SQLITE_TRANSIENT);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_CUE:
    if (q->cue)
      sqlite3_result_text(ctx, q->cue, -1, SQLITE_STATIC);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_VIA:
    result_span(ctx, d, q->via_tok, q->via_ntok);
    break;
  case QUOTES_COLUMN_SAID_ON:
    quotes_said_on(c, q, ctx);
    break;
  case QUOTES_COLUMN_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)q->chr + 1);
    break;
  case QUOTES_COLUMN_LENGTH:
    sqlite3_result_int64(ctx, q->nchr);
    break;
  case QUOTES_COLUMN_STANCE:
    quotes_stance(c, q, ctx);
    break;
  case QUOTES_COLUMN_TEXT:
    sqlite3_result_text(ctx, d->text, (int)d->len, SQLITE_TRANSIENT);
    break;
  case QUOTES_COLUMN_PUBLISHED:
    if (c->published)
      sqlite3_result_value(ctx, c->published);
    else
      sqlite3_result_null(ctx);
    break;
  case QUOTES_COLUMN_TARGET:
    if (c->target)
      sqlite3_result_value(ctx, c->target);
    else
      sqlite3_result_null(ctx);
    break;
  }
  return SQLITE_OK;
}

static int quotes_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((quotes_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module quotes_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous-only */
    .xConnect = quotes_connect,
    .xBestIndex = quotes_best_index,
    .xDisconnect = q_disconnect,
    .xDestroy = q_disconnect,
    .xOpen = quotes_open,
    .xClose = quotes_close,
    .xFilter = quotes_filter,
    .xNext = quotes_next,
    .xEof = quotes_eof,
    .xColumn = quotes_column,
    .xRowid = quotes_rowid,
};

/* ---------------------------------------------------------------------------
** news_speakers
*/
typedef struct spk_row {
  uint32_t spk; /* the speaker giving name and role (the first mentioned) */
  uint32_t quotes;
  uint32_t first_chr;
  char *key;
  size_t nkey;
} spk_row;

typedef struct spk_cursor {
  sqlite3_vtab_cursor base;
  news_text *text;
  const news_quotes *qs;
  spk_row *rows;
  size_t nrows, row;
} spk_cursor;

static int spk_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err) {
  (void)argc;
  (void)argv;
  (void)err;
  return connect_with(db, aux,
                      "CREATE TABLE x(speaker TEXT, role TEXT, key TEXT, quotes INTEGER,"
                      " first_start INTEGER, text HIDDEN)",
                      "news_speakers", out);
}

static int spk_best_index(sqlite3_vtab *tab, sqlite3_index_info *info) {
  static const int cols[] = {SPK_COLUMN_TEXT};
  (void)tab;
  return news_vtab_best_index(info, 1, cols);
}

static int spk_open(sqlite3_vtab *tab, sqlite3_vtab_cursor **out) {
  (void)tab;
  spk_cursor *c = sqlite3_malloc64(sizeof *c);
  if (!c) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *out = &c->base;
  return SQLITE_OK;
}

static void spk_reset(spk_cursor *c) {
  news_engine *eng = c->text ? news_conn_engine(c->text->conn) : NULL;
  for (size_t i = 0; i < c->nrows; i++) news_engine_mfree(eng, c->rows[i].key);
  sqlite3_free(c->rows);
  news_text_release(c->text);
  c->rows = NULL;
  c->nrows = c->row = 0;
  c->text = NULL;
  c->qs = NULL;
}

static int spk_close(sqlite3_vtab_cursor *cur) {
  spk_reset((spk_cursor *)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int cmp_row_key(const void *a, const void *b) {
  const spk_row *x = a, *y = b;
  size_t n = x->nkey < y->nkey ? x->nkey : y->nkey;
  int c = memcmp(x->key, y->key, n);
  if (c) return c;
  if (x->nkey != y->nkey) return x->nkey < y->nkey ? -1 : 1;
  return x->spk < y->spk ? -1 : x->spk > y->spk;
}

static int cmp_row_first(const void *a, const void *b) {
  const spk_row *x = a, *y = b;
  return x->first_chr < y->first_chr ? -1 : x->first_chr > y->first_chr;
}

/* One row per key: speakers in order of first mention, merged by key
** (sorting by key, then back by first mention: n log n). */
static int spk_build(spk_cursor *c) {
  const news_quotes *qs = c->qs;
  news_engine *eng = news_conn_engine(c->text->conn);
  if (qs->nspk == 0) return SQLITE_OK;
  c->rows = sqlite3_malloc64(qs->nspk * sizeof *c->rows);
  if (!c->rows) return SQLITE_NOMEM;
  memset(c->rows, 0, qs->nspk * sizeof *c->rows);
  for (size_t i = 0; i < qs->nspk; i++) {
    spk_row *r = &c->rows[c->nrows];
    r->spk = (uint32_t)i;
    r->quotes = qs->spk[i].nquotes;
    r->first_chr = qs->spk[i].first_chr;
    int rc = news_speaker_key(eng, qs->spk[i].name, qs->spk[i].nname, &r->key, &r->nkey);
    if (rc != NEWS_OK) return news_sqlite_rc(rc);
    c->nrows++;
  }
  qsort(c->rows, c->nrows, sizeof *c->rows, cmp_row_key);
  size_t w = 0;
  for (size_t i = 0; i < c->nrows; i++) {
    if (w > 0 && c->rows[w - 1].nkey == c->rows[i].nkey && c->rows[i].nkey > 0 &&
        memcmp(c->rows[w - 1].key, c->rows[i].key, c->rows[i].nkey) == 0) {
      spk_row *k = &c->rows[w - 1];
      k->quotes += c->rows[i].quotes;
      if (c->rows[i].first_chr < k->first_chr) {
        k->first_chr = c->rows[i].first_chr;
        k->spk = c->rows[i].spk;
      }
      news_engine_mfree(eng, c->rows[i].key);
      continue;
    }
    c->rows[w++] = c->rows[i];
  }
  c->nrows = w;
  qsort(c->rows, c->nrows, sizeof *c->rows, cmp_row_first);
  return SQLITE_OK;
}

static int spk_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                      sqlite3_value **argv) {
  (void)idx_str;
  spk_cursor *c = (spk_cursor *)cur;
  q_vtab *v = (q_vtab *)cur->pVtab;
  spk_reset(c);
  if (!(idx_num & ARG_TEXT) || argc < 1)
    return set_error(&v->base, "%s: missing text argument", v->name);
  const char *s;
  size_t n;
  switch (news_arg_text(argv[0], &s, &n)) {
  case NEWS_ARG_NULL:
    return SQLITE_OK;
  case NEWS_ARG_BLOB:
    return set_error(&v->base, "%s: text must be TEXT", v->name);
  default:
    break;
  }
  int rc = news_text_get(v->conn, s, n, &c->text);
  if (rc == SQLITE_OK) rc = quotes_of(v->conn, c->text, &c->qs);
  if (rc == SQLITE_OK) rc = spk_build(c);
  if (rc != SQLITE_OK) spk_reset(c);
  return rc;
}

static int spk_next(sqlite3_vtab_cursor *cur) {
  ((spk_cursor *)cur)->row++;
  return SQLITE_OK;
}

static int spk_eof(sqlite3_vtab_cursor *cur) {
  spk_cursor *c = (spk_cursor *)cur;
  return !c->text || c->row >= c->nrows;
}

static int spk_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
  spk_cursor *c = (spk_cursor *)cur;
  const spk_row *r = &c->rows[c->row];
  const news_speaker *sp = &c->qs->spk[r->spk];
  switch (col) {
  case SPK_COLUMN_SPEAKER:
    sqlite3_result_text(ctx, sp->name, (int)sp->nname, SQLITE_TRANSIENT);
    break;
  case SPK_COLUMN_ROLE:
    if (sp->role)
      sqlite3_result_text(ctx, sp->role, (int)sp->nrole, SQLITE_TRANSIENT);
    else
      sqlite3_result_null(ctx);
    break;
  case SPK_COLUMN_KEY:
    sqlite3_result_text(ctx, r->key, (int)r->nkey, SQLITE_TRANSIENT);
    break;
  case SPK_COLUMN_QUOTES:
    sqlite3_result_int64(ctx, r->quotes);
    break;
  case SPK_COLUMN_FIRST_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)r->first_chr + 1);
    break;
  case SPK_COLUMN_TEXT:
    sqlite3_result_text(ctx, c->text->doc->text, (int)c->text->doc->len, SQLITE_TRANSIENT);
    break;
  }
  return SQLITE_OK;
}

static int spk_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = (sqlite3_int64)((spk_cursor *)cur)->row + 1;
  return SQLITE_OK;
}

static const sqlite3_module speakers_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous-only */
    .xConnect = spk_connect,
    .xBestIndex = spk_best_index,
    .xDisconnect = q_disconnect,
    .xDestroy = q_disconnect,
    .xOpen = spk_open,
    .xClose = spk_close,
    .xFilter = spk_filter,
    .xNext = spk_next,
    .xEof = spk_eof,
    .xColumn = spk_column,
    .xRowid = spk_rowid,
};

/* ---------------------------------------------------------------------------
** news_speaker_key(name)
*/
static void speaker_key_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  news_conn *c = sqlite3_user_data(ctx);
  const char *s;
  size_t n;
  switch (news_arg_text(argv[0], &s, &n)) {
  case NEWS_ARG_NULL:
    sqlite3_result_null(ctx);
    return;
  case NEWS_ARG_BLOB:
    sqlite3_result_error(ctx, "news_speaker_key: name must be TEXT", -1);
    return;
  default:
    break;
  }
  news_engine *eng = news_conn_engine(c);
  char *key;
  size_t nkey;
  int rc = news_speaker_key(eng, s, n, &key, &nkey);
  if (rc == NEWS_NOMEM) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (rc != NEWS_OK) {
    sqlite3_result_error_code(ctx, news_sqlite_rc(rc));
    return;
  }
  sqlite3_result_text(ctx, key, (int)nkey, SQLITE_TRANSIENT);
  news_engine_mfree(eng, key);
}

int news_quotes_sql_init(sqlite3 *db, news_conn *c) {
  news_conn_ref(c);
  int rc = sqlite3_create_module_v2(db, "news_quotes", &quotes_module, c, news_conn_unref);
  if (rc != SQLITE_OK) return rc;
  news_conn_ref(c);
  rc = sqlite3_create_module_v2(db, "news_speakers", &speakers_module, c, news_conn_unref);
  if (rc != SQLITE_OK) return rc;
  news_conn_ref(c);
  return sqlite3_create_function_v2(db, "news_speaker_key", 1, NEWS_PURE, c, speaker_key_func, NULL,
                                    NULL, news_conn_unref);
}
