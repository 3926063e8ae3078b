/*
** test_threads.c: two connections used from two threads at once.
**
**   build/test/test_threads ./news.so
**
** The extension promises no global mutable state: each connection has its
** own engine, lexicons and cache. Here two threads each open a connection,
** load the extension at the same moment, and run every row of
** tests/fuzz/sql_calls.h over the same texts in opposite orders (so both
** parse, fill and evict their caches at once); every result must equal the
** one computed beforehand on a third connection, alone. The ThreadSanitizer
** build of this test (build/tsan-test/test_threads, run by tests/run.sh)
** turns any unsynchronised access into a failure.
*/
#include <dlfcn.h>
#include <pthread.h>
#include <sqlite3.h>

#include "check.h"
#include "../fuzz/sql_run.h"

#define NTEXTS      48
#define ROUNDS      20
#define THREADS     2
#define LOAD_ROUNDS 16

static const char *ext_path = "./news.so";
static char *texts[NTEXTS];
static sql_buf expected[NTEXTS][SQL_NCALLS];
static pthread_barrier_t start_line;

/* Texts of my own making, different from each other (and longer than the
** 4-entry parse cache), built from parts that exercise the engine. */
static void make_texts(void) {
  static const char *parts[] = {
      "Sen. Ann Roe said on Monday that talks would resume. ",
      "\xe2\x80\x9cWe will not negotiate,\xe2\x80\x9d she told reporters. ",
      "The U.S. Embassy (in Jan. 2020) declined to comment. ",
      "\"It is a red line,\" Gen. Karl M. Ostrow added.\n\n",
      "Read more \xe2\x80\x94 Photo: AFP\n",
      "Caf\xc3\xa9 owners in M\xc3\xbcnchen protested \xe2\x80\x98loudly\xe2\x80\x99. ",
      "Prices rose 3.5% to $1,200 by 15:30. ",
      "\xe2\x80\x9cUnclosed quote runs on\n\nNew paragraph here. ",
  };
  size_t np = sizeof parts / sizeof parts[0];
  for (int i = 0; i < NTEXTS; i++) {
    sql_buf b = {0};
    for (int k = 0; k <= i % 7 + 1; k++)
      sql_buf_add(&b, parts[(size_t)(i * 3 + k * 5) % np],
                  strlen(parts[(size_t)(i * 3 + k * 5) % np]));
    sql_buf_printf(&b, "Item %d ends here.", i);
    texts[i] = b.p;
  }
}

static sqlite3 *open_loaded(void) {
  sqlite3 *db = NULL;
  char *err = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL) != SQLITE_OK ||
      sqlite3_load_extension(db, ext_path, NULL, &err) != SQLITE_OK) {
    printf("  cannot load %s: %s\n", ext_path, err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

/* Runs call c on text i: its rows, or its error, into `rows`. */
static void run_text(sqlite3 *db, size_t c, int i, sql_buf *rows) {
  sql_arg args[3] = {{SQL_ARG_TEXT, texts[i], strlen(texts[i])},
                     {SQL_ARG_TEXT, "2020-01-15", 10},
                     {SQL_ARG_TEXT, "talks", 5}};
  char err[256], why[256] = "";
  rows->n = 0;
  if (rows->p) rows->p[0] = 0;
  int rc = sql_exec(db, &sql_calls[c], args, NULL, rows, err, sizeof err, why, sizeof why);
  if (rc != SQLITE_OK) sql_buf_printf(rows, "error %d: %s\n", rc, err);
}

typedef struct worker {
  int id;
  int mismatches;
  char first[256];
} worker;

static void *work(void *arg) {
  worker *w = arg;
  sql_buf rows = {0};
  /* Load at the same moment, several times over, while the other thread
  ** loads or runs queries. */
  for (int r = 0; r < LOAD_ROUNDS; r++) {
    pthread_barrier_wait(&start_line);
    sqlite3 *db = open_loaded();
    if (!db) {
      w->mismatches++;
      continue;
    }
    run_text(db, SQL_NCALLS - 1, r % NTEXTS, &rows);
    if (sqlite3_close(db) != SQLITE_OK) w->mismatches++;
  }
  pthread_barrier_wait(&start_line);
  sqlite3 *db = open_loaded();
  if (!db) {
    w->mismatches++;
    return NULL;
  }
  pthread_barrier_wait(&start_line);
  for (int r = 0; r < ROUNDS; r++) {
    for (int k = 0; k < NTEXTS; k++) {
      int i = w->id % 2 ? NTEXTS - 1 - k : k;
      for (size_t c = 0; c < SQL_NCALLS; c++) {
        run_text(db, c, i, &rows);
        if (rows.n != expected[i][c].n ||
            (rows.n && memcmp(rows.p, expected[i][c].p, rows.n) != 0)) {
          if (!w->mismatches++)
            snprintf(w->first, sizeof w->first, "thread %d: %s on text %d differs", w->id,
                     sql_calls[c].name, i);
        }
      }
    }
  }
  sql_buf_free(&rows);
  if (sqlite3_close(db) != SQLITE_OK) w->mismatches++;
  return NULL;
}

static void test_two_threads(void) {
  CHECK(sqlite3_threadsafe() != 0);
  sqlite3 *db = open_loaded();
  CHECK(db != NULL);
  if (!db) return;
  for (int i = 0; i < NTEXTS; i++)
    for (size_t c = 0; c < SQL_NCALLS; c++) {
      run_text(db, c, i, &expected[i][c]);
      CHECK(!expected[i][c].p || strncmp(expected[i][c].p, "error", 5) != 0);
    }
  sqlite3_close(db);

  pthread_t th[THREADS];
  worker w[THREADS];
  pthread_barrier_init(&start_line, NULL, THREADS);
  for (int t = 0; t < THREADS; t++) {
    memset(&w[t], 0, sizeof w[t]);
    w[t].id = t;
    CHECK_INT(pthread_create(&th[t], NULL, work, &w[t]), 0);
  }
  for (int t = 0; t < THREADS; t++) {
    pthread_join(th[t], NULL);
    if (w[t].mismatches) printf("  %d mismatches; first: %s\n", w[t].mismatches, w[t].first);
    CHECK_INT(w[t].mismatches, 0);
  }
  pthread_barrier_destroy(&start_line);
}

int main(int argc, char **argv) {
  if (argc > 1) ext_path = argv[1];
  /* Few locks between the threads, so ThreadSanitizer sees every unordered
  ** access: no allocation statistics (a mutex around every sqlite3_malloc)
  ** and no per-connection mutex (each connection stays in its thread). */
  if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK ||
      sqlite3_config(SQLITE_CONFIG_MULTITHREAD) != SQLITE_OK) {
    printf("FAIL test_threads: sqlite3_config refused\n");
    return 1;
  }
  /* Keep the library loaded throughout: unloaded and loaded again at the same
  ** address, its globals look to ThreadSanitizer like memory written without
  ** ordering (it does not see the loader's lock). */
  void *keep = dlopen(ext_path, RTLD_NOW | RTLD_LOCAL);
  if (!keep) {
    printf("FAIL test_threads: %s\n", dlerror());
    return 1;
  }
  make_texts();
  static const check_test tests[] = {{"two-connections-two-threads", test_two_threads}};
  int rc = check_run("test_threads", tests, sizeof tests / sizeof tests[0]);
  for (int i = 0; i < NTEXTS; i++) {
    free(texts[i]);
    for (size_t c = 0; c < SQL_NCALLS; c++) sql_buf_free(&expected[i][c]);
  }
  dlclose(keep);
  sqlite3_shutdown();
  return rc;
}
