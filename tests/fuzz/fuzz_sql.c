/*
** fuzz_sql.c: libFuzzer target for every SQL function, through a real SQLite
** connection: each row of sql_calls.h runs with arguments from the input.
**
** Input layout:
**   byte 0      how ?1 (the text) is bound: value % 5 = TEXT, BLOB, NULL,
**               INTEGER, REAL (numbers are parsed from the field's bytes)
**   byte 1      how ?2 (published) and ?3 (target) are bound: % 5 and / 5 % 5
**   bytes 2-3   N, little-endian: when not 0, a second run fails the Nth
**               allocation (SQLite's and the extension's, loading included)
**   the rest    text [SEP published [SEP target]], SEP = the bytes FF FE
**
** For each call, on a fresh connection with the extension loaded (it is
** linked in and registered with sqlite3_auto_extension, so the statically
** built sources are what runs): the rows are checked (sql_run.h: positions
** against SQLite's substr(), order, SQL-side invariants), a second run (from
** the parse cache) must give the same rows, an error must be one of the
** extension's own ("news_...") and never happen for a TEXT or NULL text
** without a failed allocation; with N, the run with the failure must end in
** success with the same rows, or out of memory, or the same error, with
** every block freed (counted, and LeakSanitizer).
*/
#define _GNU_SOURCE /* dladdr, in fault_malloc.h */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fault_malloc.h"
#include "sql_run.h"

#define REQUIRE(cond, ...)                                                                         \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "fuzz_sql: %s:%d: %s: ", __FILE__, __LINE__, #cond);                         \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fprintf(stderr, "\n");                                                                       \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

int sqlite3_news_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

static void set_up(void) {
  static int done;
  if (done) return;
  done = 1;
  REQUIRE(fault_install() == SQLITE_OK, "SQLITE_CONFIG_MALLOC");
  /* no lookaside: SQLite's small allocations meet the failures too */
  REQUIRE(sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) == SQLITE_OK, "lookaside");
  REQUIRE(sqlite3_auto_extension((void (*)(void))sqlite3_news_init) == SQLITE_OK, "auto ext");
}

static sqlite3 *open_db(void) {
  sqlite3 *db = NULL;
  int rc = sqlite3_open(":memory:", &db);
  REQUIRE(rc == SQLITE_OK, "open: %s", db ? sqlite3_errmsg(db) : "no memory");
  return db;
}

/* Splits the fields at SEP. */
static const uint8_t *field(const uint8_t *p, const uint8_t *end, size_t *n, const uint8_t **next) {
  const uint8_t *q = p;
  while (q + 1 < end && !(q[0] == 0xff && q[1] == 0xfe)) q++;
  if (q + 1 >= end) q = end;
  *n = (size_t)(q - p);
  *next = q < end ? q + 2 : end;
  return p;
}

static int extension_error(const char *err) {
  return strncmp(err, "news_", 5) == 0 || strcmp(err, "string or blob too big") == 0;
}

static void run_call(const sql_call *c, const sql_arg args[3], const sql_text *t, long fail_at) {
  char err[512], err2[512], why[512] = "", why2[512] = "";
  sql_buf rows = {0}, again = {0};
  long live = fault.live;

  sqlite3 *db = open_db();
  int rc = sql_exec(db, c, args, t, &rows, err, sizeof err, why, sizeof why);
  REQUIRE(!*why, "%s", why);
  if (rc != SQLITE_OK) {
    REQUIRE(extension_error(err), "%s: error %d \"%s\" is not the extension's", c->name, rc, err);
    REQUIRE(!c->strict || args[0].type == SQL_ARG_BLOB,
            "%s: error \"%s\" on a text that is not a BLOB", c->name, err);
  }
  int rc2 = sql_exec(db, c, args, t, &again, err2, sizeof err2, why2, sizeof why2);
  REQUIRE(rc2 == rc && again.n == rows.n && (!rows.n || memcmp(again.p, rows.p, rows.n) == 0),
          "%s: a second run differs (rc %d then %d)", c->name, rc, rc2);
  REQUIRE(sqlite3_close(db) == SQLITE_OK, "close");
  REQUIRE(fault.live == live, "%s: %ld blocks leaked", c->name, fault.live - live);

  if (fail_at) {
    /* The same with allocation `fail_at` failing, counted from before the
    ** connection opens (the extension loads inside sqlite3_open). SQLite's
    ** own lost-message case is told apart from the extension's by
    ** tests/c/test_oom.c; here a bare message for the error code passes. */
    sql_buf oom = {0};
    fault_arm(fail_at, 0);
    db = NULL;
    int rc3 = sqlite3_open(":memory:", &db);
    if (rc3 == SQLITE_OK)
      rc3 = sql_exec(db, c, args, NULL, &oom, err2, sizeof err2, why2, sizeof why2);
    else
      snprintf(err2, sizeof err2, "open: %s", db ? sqlite3_errmsg(db) : "out of memory");
    long fired = fault.fired;
    fault_disarm();
    REQUIRE(sqlite3_close(db) == SQLITE_OK, "close after a failed allocation");
    REQUIRE(fault.live == live, "%s: %ld blocks leaked after allocation %ld failed", c->name,
            fault.live - live, fail_at);
    if (rc3 == SQLITE_OK)
      REQUIRE(oom.n == rows.n && (!rows.n || memcmp(oom.p, rows.p, rows.n) == 0),
              "%s: success with other rows when allocation %ld failed", c->name, fail_at);
    else
      REQUIRE((fired && ((rc3 & 0xff) == SQLITE_NOMEM || strstr(err2, "out of memory") ||
                         strcmp(err2, sqlite3_errstr(rc3)) == 0)) ||
                  (rc3 == rc && strcmp(err2, err) == 0),
              "%s: error %d \"%s\" when allocation %ld failed (fired %ld)", c->name, rc3, err2,
              fail_at, fired);
    sql_buf_free(&oom);
  }
  sql_buf_free(&rows);
  sql_buf_free(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  set_up();
  if (size < 4) return 0;
  static const int types[5] = {SQL_ARG_TEXT, SQL_ARG_BLOB, SQL_ARG_NULL, SQL_ARG_INT, SQL_ARG_REAL};
  sql_arg args[3];
  const uint8_t *end = data + size, *p = data + 4;
  args[0].type = types[data[0] % 5];
  args[1].type = types[data[1] % 5];
  args[2].type = types[data[1] / 5 % 5];
  long fail_at = data[2] | (long)data[3] << 8;
  for (int i = 0; i < 3; i++) args[i].p = (const char *)field(p, end, &args[i].n, &p);

  sql_text t;
  sqlite3 *db = open_db();
  REQUIRE(sql_text_of(db, &args[0], &t) == SQLITE_OK, "CAST(?1 AS TEXT)");
  sqlite3_close(db);
  for (size_t i = 0; i < SQL_NCALLS; i++) run_call(&sql_calls[i], args, &t, fail_at);
  sql_text_free(&t);
  return 0;
}
