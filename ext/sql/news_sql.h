/*
** news_sql.h: what the SQLite glue files share. Only the glue includes
** SQLite; the engine behind include/news.h never does.
*/
#ifndef NEWS_SQL_H
#define NEWS_SQL_H

#include <sqlite3ext.h>
#ifndef NEWS_SQL_NO_INIT3
SQLITE_EXTENSION_INIT3
#endif

#include "news.h"

/* Function flags for pure text functions: usable in views, triggers,
** generated columns and indexes, even with PRAGMA trusted_schema=OFF. */
#define NEWS_PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

/* Per-connection state: the engine (allocator on sqlite3_malloc64, lexicons
** built on first use) and a small cache of parsed texts, so news_quotes,
** news_dates and news_stance over one article in one statement tokenize it
** once. Reference counted: every function and module registered holds one. */
typedef struct news_conn news_conn;

news_conn *news_conn_new(void);
void news_conn_ref(news_conn *c);
void news_conn_unref(void *c); /* a destructor for sqlite3_create_*_v2 */
news_engine *news_conn_engine(news_conn *c);

/* A parsed text, shared by the cache and the cursors reading it. It owns a
** copy of the text, so it outlives the sqlite3_value it came from. */
typedef struct news_text {
  int refs;
  size_t len;
  char *text;
  news_doc *doc;
  /* Results computed from the doc by a capability, with what they depend on
  ** (a `published` date, a target): kept while the text stays cached. */
  void *result[NEWS_SLOT_MAX];
  void (*result_free[NEWS_SLOT_MAX])(news_engine *, void *);
  struct news_conn *conn;
} news_text;

/* The parsed form of text[0..len), from the cache or parsed now. Release it
** with news_text_release. Returns an SQLite result code. */
int news_text_get(news_conn *c, const char *text, size_t len, news_text **out);
void news_text_release(news_text *t);

/* The date expressions of a parsed text for one anchor (NULL: none), kept
** with the text so news_dates, news_date and news_quotes' said_on over one
** article find them once. Reference counted: the caller of
** news_text_dates_get holds one, released with news_text_dates_release
** (before releasing the text). */
typedef struct news_text_dates {
  int refs;
  int has_anchor;
  news_ymd anchor;
  news_timex *tx;
  size_t n;
} news_text_dates;
int news_text_dates_get(news_text *t, const news_ymd *anchor, news_text_dates **out);
void news_text_dates_release(news_text *t, news_text_dates *r);

/* Argument reading. NEWS_ARG_NULL for SQL NULL; NEWS_ARG_TEXT with the text
** (numbers are read as their text, as SQLite's string functions read them);
** NEWS_ARG_BLOB for a BLOB, which every function rejects. */
enum news_arg { NEWS_ARG_NULL, NEWS_ARG_TEXT, NEWS_ARG_BLOB };
enum news_arg news_arg_text(sqlite3_value *v, const char **text, size_t *len);

/* `published`: NULL, or an ISO 8601 date or date-time (its date part is
** used). Returns 0 and fills y/m/d (*has = 0 for NULL), or -1 when malformed. */
int news_arg_published(sqlite3_value *v, int *has, int *y, int *m, int *d);

/* Sets a virtual table's error message (freeing the one before) and returns
** SQLITE_ERROR, or SQLITE_NOMEM when the message itself cannot be allocated:
** a bare SQLITE_ERROR would reach the user as "SQL logic error". */
int news_vtab_error(sqlite3_vtab *vt, const char *msg);

/*
** xBestIndex for the table-valued functions. Their arguments are EQ
** constraints on the hidden columns cols[0..n) (cols[0], the text, is
** required): idxNum gets bit k (NEWS_VTAB_ARG(k)) for each argument given,
** and xFilter's argv holds them in that order. A plan in which an argument's
** constraint cannot be used yet is refused (SQLITE_CONSTRAINT), so the table
** that supplies it goes in an outer loop. A plan without the text is not an
** error here, only very expensive: the planner also weighs partial plans
** (one per term of an OR, say) and must not fail on them. xFilter reports a
** missing text when such a plan is really run, i.e. the call had no argument.
*/
#define NEWS_VTAB_ARG(k) (1 << (k))
int news_vtab_best_index(sqlite3_index_info *info, int n, const int *cols);

/* Maps a NEWS_* code to an SQLite result code. */
int news_sqlite_rc(int rc);

/* Capability initialisers, called in turn by sqlite3_news_init. */
int news_text_sql_init(sqlite3 *db, news_conn *c);
int news_dates_sql_init(sqlite3 *db, news_conn *c);  /* news_dates(), news_date() */
int news_stance_sql_init(sqlite3 *db, news_conn *c); /* news_stance, news_stance_explain */
int news_quotes_sql_init(sqlite3 *db,
                         news_conn *c); /* news_quotes, news_speakers, news_speaker_key */

#endif
