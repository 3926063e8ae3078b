/*
** news.c: the entry point. `.load ./news` (or load_extension('./news'))
** finds sqlite3_news_init from the file name; it registers every capability
** on the connection in turn, each with its own *_sql_init.
**
**   SELECT news_version();                         -- '0.1.0'
**   SELECT * FROM news_sentences('One. Two.');
**
** Each registration holds a reference to one per-connection context (the
** engine and its cache of parsed texts); the last one dropped, when the
** connection closes, frees it. Nothing is global.
*/
#define NEWS_SQL_NO_INIT3
#include "news_sql.h"
SQLITE_EXTENSION_INIT1

#include <pthread.h>
#include <string.h>

/* news_version(): the extension's version, for bug reports and for tests to
** check which build they loaded. */
static void version_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, NEWS_VERSION, -1, SQLITE_STATIC);
}

static int version_init(sqlite3 *db, news_conn *c) {
  (void)c;
  return sqlite3_create_function_v2(db, "news_version", 0, NEWS_PURE, NULL, version_func, NULL,
                                    NULL, NULL);
}

static const struct {
  const char *name;
  int (*init)(sqlite3 *db, news_conn *c);
} capabilities[] = {
    {"news_version", version_init},        {"news_sentences", news_text_sql_init},
    {"news_dates", news_dates_sql_init},   {"news_stance", news_stance_sql_init},
    {"news_quotes", news_quotes_sql_init},
};

/* SQLITE_EXTENSION_INIT2 stores the API table into the global sqlite3_api on
** every load: two connections loading in two threads at once race on it
** (ThreadSanitizer reports it, tests/c/test_threads.c). The first load stores
** it under a lock and later ones only compare (a lock, not a compare-and-swap:
** a failed CAS counts as a write racing with the plain reads every sqlite3_*
** call makes). A different table means a second SQLite library in this
** process, whose connections would then call into the first: refused, 0. */
static pthread_mutex_t api_lock = PTHREAD_MUTEX_INITIALIZER;
static int set_api(const sqlite3_api_routines *api) {
  pthread_mutex_lock(&api_lock);
  if (!sqlite3_api) sqlite3_api = api;
  int same = sqlite3_api == api;
  pthread_mutex_unlock(&api_lock);
  return same;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
    __attribute__((visibility("default"))) int sqlite3_news_init(sqlite3 *db, char **err,
                                                                 const sqlite3_api_routines *api) {
  if (!set_api(api)) {
    *err = api->mprintf("sqlite-news is already loaded by another SQLite library in this process");
    return SQLITE_ERROR;
  }
  if (sqlite3_libversion_number() < 3038000) {
    *err =
        sqlite3_mprintf("sqlite-news needs SQLite 3.38.0 or later, not %s", sqlite3_libversion());
    return SQLITE_ERROR;
  }
  news_conn *c = news_conn_new();
  if (!c) {
    /* SQLite turns any failed init into SQLITE_ERROR: the message must say why */
    *err = sqlite3_mprintf("sqlite-news: out of memory");
    return SQLITE_NOMEM;
  }
  int rc = SQLITE_OK;
  for (size_t i = 0; i < sizeof capabilities / sizeof capabilities[0] && rc == SQLITE_OK; i++) {
    rc = capabilities[i].init(db, c);
    if (rc != SQLITE_OK)
      *err = sqlite3_mprintf("sqlite-news: cannot register %s: %s", capabilities[i].name,
                             sqlite3_errstr(rc));
  }
  news_conn_unref(c); /* the registrations hold their own references */
  return rc;
}
