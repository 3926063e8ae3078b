/*
** test_load.c: loading the extension in unusual ways.
**
**   build/test/test_load ./news.so
**
** - Loading twice into one connection succeeds: the second load registers
**   every function again (SQLite replaces them), and the first load's
**   per-connection context is freed when the last of its functions goes
**   (ASan and the count of SQLite's blocks say no leak).
** - Loading from inside a statement that is still running (the SQL function
**   load_extension()) is a clean error, SQLite's "database is locked" for
**   re-registering functions under an active statement, and the connection
**   keeps working with the first registration.
** - An API table other than the one the extension was first loaded with
**   means a second SQLite library in the process: refused with a message,
**   since the extension's calls would go to the first library.
*/
#define SQLITE_CORE 1 /* sqlite3ext.h for the type of the API table only */
#include <dlfcn.h>
#include <sqlite3ext.h>

#include "check.h"

static const char *ext_path = "./news.so";

static sqlite3 *open_db(void) {
  sqlite3 *db = NULL;
  CHECK_INT(sqlite3_open(":memory:", &db), SQLITE_OK);
  CHECK_INT(sqlite3_enable_load_extension(db, 1), SQLITE_OK);
  return db;
}

static int load(sqlite3 *db, char *msg, size_t n) {
  char *err = NULL;
  int rc = sqlite3_load_extension(db, ext_path, NULL, &err);
  snprintf(msg, n, "%s", err ? err : "");
  sqlite3_free(err);
  return rc;
}

/* The rows of `sql`, one per line, columns joined by |, or "error: ...". */
static const char *rows_of(sqlite3 *db, const char *sql) {
  static char out[4096];
  size_t w = 0;
  sqlite3_stmt *st = NULL;
  out[0] = 0;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    snprintf(out, sizeof out, "error: %s", sqlite3_errmsg(db));
    return out;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW && w < sizeof out - 256) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      const char *v = (const char *)sqlite3_column_text(st, i);
      w += (size_t)snprintf(out + w, sizeof out - w, "%s%s", i ? "|" : "", v ? v : "NULL");
    }
    w += (size_t)snprintf(out + w, sizeof out - w, "\n");
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    snprintf(out + w, sizeof out - w, "error: %s", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return out;
}

static void test_load_twice(void) {
  sqlite3 *db = open_db();
  char msg[512];
  CHECK_INT(load(db, msg, sizeof msg), SQLITE_OK);
  CHECK_STR(rows_of(db, "SELECT sentence FROM news_sentences('One. Two.')"), "One.\nTwo.\n");
  CHECK_INT(load(db, msg, sizeof msg), SQLITE_OK);
  CHECK_STR(msg, "");
  CHECK_STR(rows_of(db, "SELECT news_version(), count(*) FROM news_sentences('One. Two.')"),
            "0.1.0|2\n");
  CHECK_INT(load(db, msg, sizeof msg), SQLITE_OK);
  CHECK_STR(rows_of(db, "SELECT sentence, start FROM news_sentences('A b. C d.')"),
            "A b.|1\nC d.|6\n");
  CHECK_INT(sqlite3_close(db), SQLITE_OK);
}

static void test_load_inside_a_running_statement(void) {
  sqlite3 *db = open_db();
  char msg[512], sql[1024];
  CHECK_INT(load(db, msg, sizeof msg), SQLITE_OK);
  snprintf(sql, sizeof sql,
           "SELECT s.sentence, load_extension('%s') FROM news_sentences('One. Two.') s", ext_path);
  CHECK_STR(rows_of(db, sql), "error: error during initialization: sqlite-news: cannot register "
                              "news_version: database is locked");
  CHECK_STR(rows_of(db, "SELECT sentence FROM news_sentences('Still. Here.')"), "Still.\nHere.\n");
  CHECK_INT(sqlite3_close(db), SQLITE_OK);
}

/* Captures SQLite's API table the way SQLite hands it to an extension. */
static const sqlite3_api_routines *real_api;
static int capture_api(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  (void)db;
  (void)err;
  real_api = api;
  return SQLITE_OK;
}

static void test_second_sqlite_library_is_refused(void) {
  sqlite3 *db = open_db();
  char msg[512];
  CHECK_INT(load(db, msg, sizeof msg), SQLITE_OK);
  sqlite3_auto_extension((void (*)(void))capture_api);
  sqlite3 *db2 = open_db();
  sqlite3_cancel_auto_extension((void (*)(void))capture_api);
  CHECK(real_api != NULL);
  /* The same extension, already in this process, initialised with another
  ** library's table (a copy of this one: same functions, another address). */
  void *h = dlopen(ext_path, RTLD_NOW | RTLD_NOLOAD);
  CHECK(h != NULL);
  if (h && real_api) {
    int (*init)(sqlite3 *, char **, const sqlite3_api_routines *) =
        (int (*)(sqlite3 *, char **, const sqlite3_api_routines *))dlsym(h, "sqlite3_news_init");
    sqlite3_api_routines other = *real_api;
    char *err = NULL;
    CHECK(init != NULL);
    CHECK_INT(init(db2, &err, &other), SQLITE_ERROR);
    CHECK_STR(err, "sqlite-news is already loaded by another SQLite library in this process");
    sqlite3_free(err);
    CHECK_STR(rows_of(db2, "SELECT news_version()"), "error: no such function: news_version");
    /* the library it was loaded with still works */
    err = NULL;
    CHECK_INT(init(db2, &err, real_api), SQLITE_OK);
    CHECK_STR(rows_of(db2, "SELECT news_version()"), "0.1.0\n");
    dlclose(h);
  }
  CHECK_INT(sqlite3_close(db2), SQLITE_OK);
  CHECK_INT(sqlite3_close(db), SQLITE_OK);
}

/* Many connections, closed in another order than opened: each keeps its own
** context, and closing one never touches another's. */
static void test_connections_close_in_any_order(void) {
  sqlite3 *db[5];
  char msg[512];
  for (int i = 0; i < 5; i++) {
    db[i] = open_db();
    CHECK_INT(load(db[i], msg, sizeof msg), SQLITE_OK);
    CHECK_STR(rows_of(db[i], "SELECT count(*) FROM news_sentences('A. B. C.')"), "1\n");
  }
  static const int order[5] = {2, 0, 4, 1, 3};
  for (int k = 0; k < 5; k++) {
    CHECK_INT(sqlite3_close(db[order[k]]), SQLITE_OK);
    for (int j = k + 1; j < 5; j++)
      CHECK_STR(rows_of(db[order[j]], "SELECT sentence FROM news_sentences('Yes. No.')"),
                "Yes.\nNo.\n");
  }
}

int main(int argc, char **argv) {
  if (argc > 1) ext_path = argv[1];
  static const check_test tests[] = {
      {"load-twice", test_load_twice},
      {"load-inside-a-running-statement", test_load_inside_a_running_statement},
      {"second-sqlite-library-is-refused", test_second_sqlite_library_is_refused},
      {"connections-close-in-any-order", test_connections_close_in_any_order},
  };
  int rc = check_run("test_load", tests, sizeof tests / sizeof tests[0]);
  sqlite3_shutdown();
  return rc;
}
