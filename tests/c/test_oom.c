/*
** test_oom.c: out of memory at every allocation, through SQLite.
**
**   build/test/test_oom ./news.so [CALL]     (CALL: one name from sql_calls.h)
**
** Installs a counting, failing allocator with sqlite3_config(
** SQLITE_CONFIG_MALLOC) before SQLite starts (tests/fuzz/fault_malloc.h),
** then for each call of tests/fuzz/sql_calls.h and each argument set below,
** runs: load the extension into a fresh connection, run the call twice (the
** second from the parse cache), close. It fails the 1st allocation after the
** connection opens, then the 2nd, 3rd ... until a run completes with none
** failed; once failing only that allocation, once failing it and every one
** after. Each run must end in one of:
**   - success, with exactly the rows of a run without failures;
**   - the error a run without failures gives (for a BLOB text);
**   - SQLITE_NOMEM, or from loading an error saying "out of memory";
**   - SQLite's bare message for the expected error code, when SQLite lost
**     the message copying it; never when the failed allocation was the
**     extension's (told by a frame of news.so on the stack at the failure);
** and after sqlite3_close every block SQLite handed out is back (the count
** here; ASan's LeakSanitizer in the sanitizer build says the same of libc).
** Loading is inside the runs: the per-connection context, the registration
** of every function and the lexicons built on first use all meet a failure.
*/
#define _GNU_SOURCE /* dladdr, in fault_malloc.h */
#include <dlfcn.h>
#include <sqlite3.h>

#include "check.h"
#include "../fuzz/fault_malloc.h"
#include "../fuzz/sql_run.h"

/* An article of my own making with what the engine looks at: paragraphs,
** typographic and straight quotes (one left open), abbreviations, dates,
** reporting verbs, a bracket, NBSP and a byte that is not UTF-8. */
static const char article[] =
    "WASHINGTON \xe2\x80\x94 Sen. Maria Velden said on Tuesday that talks with the U.S. "
    "Treasury would resume \xe2\x80\x9cwithin weeks, not months.\xe2\x80\x9d\n\n"
    "\xe2\x80\x9cWe are not walking away,\xe2\x80\x9d Velden told reporters in Jan. 2019. "
    "\"The door remains open.\"\n\n"
    "A ministry spokesman, Daniel K.\xc2\xa0"
    "Amsel, rejected the plan on Nov. 5, calling it "
    "\xe2\x80\x9c"
    "a non-starter (for now).\xe2\x80\x9d He added: \xe2\x80\x9cTalks on the "
    "river dredging plan are off the table.\n\n"
    "\xe2\x80\x9cNothing has changed since last week,\xe2\x80\x9d he said. Caf\xc3\xa9 \xff ok.\n"
    "Read more";

typedef struct arg_set {
  const char *name;
  sql_arg args[3];
} arg_set;

static const arg_set arg_sets[] = {
    {"text",
     {{SQL_ARG_TEXT, article, sizeof article - 1},
      {SQL_ARG_TEXT, "2019-11-20", 10},
      {SQL_ARG_TEXT, "dredging the river", 18}}},
    /* a number read as text: SQLite converts it, and that allocates */
    {"number",
     {{SQL_ARG_INT, "20191120", 8},
      {SQL_ARG_TEXT, "2019-11-20T08:30:00Z", 20},
      {SQL_ARG_TEXT, "talks", 5}}},
    {"blob", {{SQL_ARG_BLOB, "One. Two.", 9}, {SQL_ARG_NULL, NULL, 0}, {SQL_ARG_NULL, NULL, 0}}},
};

static const char *ext_path = "./news.so";

typedef struct outcome {
  int rc; /* SQLITE_OK or the first error */
  char err[512];
  char why[512]; /* an invariant the rows broke */
  sql_buf rows;
} outcome;

/* One run: fresh connection, extension loaded with the fault armed, the call
** run twice, connection closed. Returns 0, or -1 when a resource leaked. */
static int run_once(const sql_call *c, const arg_set *a, const sql_text *t, long fail_at,
                    int persistent, outcome *o) {
  sqlite3 *db = NULL;
  char *msg = NULL;
  memset(o, 0, sizeof *o);
  long live = fault.live;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL) != SQLITE_OK ||
      /* no lookaside: SQLite's small allocations go through the allocator too */
      sqlite3_db_config(db, SQLITE_DBCONFIG_LOOKASIDE, NULL, 0, 0) != SQLITE_OK) {
    printf("  cannot open a connection\n");
    exit(1);
  }
  fault_arm(fail_at, persistent);
  o->rc = sqlite3_load_extension(db, ext_path, NULL, &msg);
  if (o->rc != SQLITE_OK) snprintf(o->err, sizeof o->err, "load: %s", msg ? msg : "(no message)");
  sqlite3_free(msg);
  for (int pass = 0; pass < 2 && o->rc == SQLITE_OK; pass++) {
    sql_buf_add(&o->rows, pass ? "--\n" : "", pass ? 3 : 0);
    o->rc = sql_exec(db, c, a->args, t, &o->rows, o->err, sizeof o->err, o->why, sizeof o->why);
  }
  fault_disarm();
  int close_rc = sqlite3_close(db);
  if (close_rc != SQLITE_OK) {
    snprintf(o->why, sizeof o->why, "sqlite3_close: %d", close_rc);
    return -1;
  }
  if (fault.live != live) {
    snprintf(o->why, sizeof o->why, "%ld blocks leaked", fault.live - live);
    return -1;
  }
  return 0;
}

/* Whether a run with an allocation failed ended acceptably: NULL, or why not. */
static const char *judge(const outcome *ref, const outcome *o, long fired) {
  if (o->rc == SQLITE_OK) {
    if (o->rows.n != ref->rows.n || memcmp(o->rows.p, ref->rows.p, ref->rows.n) != 0)
      return "success with other rows than without failures";
    return NULL;
  }
  if (o->rc == ref->rc && strcmp(o->err, ref->err) == 0) return NULL; /* the expected error */
  if (!fired) return "an error with no failure injected";
  if ((o->rc & 0xff) == SQLITE_NOMEM || strstr(o->err, "out of memory")) return NULL;
  /* Loading reports any failure of the extension's init as SQLITE_ERROR with
  ** the init's message; with no message at all, SQLite could not allocate it. */
  if (strcmp(o->err, "load: (no message)") == 0) return NULL;
  /* SQLite 3.40 loses an error message it fails to copy (from a virtual
  ** table, or into the connection) and reports the bare message of the code:
  ** acceptable when SQLite's own allocation failed, a bug when the
  ** extension's did (it must return SQLITE_NOMEM, see news_vtab_error). */
  if (o->rc == ref->rc && strcmp(o->err, sqlite3_errstr(o->rc)) == 0) {
    if (!fault.first_in_watched) return NULL;
    return "the extension's allocation failed and the error does not say out of memory";
  }
  return "an error that is not out of memory";
}

static void test_call(const sql_call *c, const arg_set *a) {
  outcome ref, o;
  sql_text text;
  /* The reference run, with nothing failing, on checked rows. */
  sqlite3 *db = NULL;
  sqlite3_open(":memory:", &db);
  CHECK_INT(sql_text_of(db, &a->args[0], &text), SQLITE_OK);
  sqlite3_close(db);
  CHECK_INT(run_once(c, a, &text, 0, 0, &ref), 0);
  CHECK_STR(ref.why, "");
  for (int persistent = 0; persistent < 2 && !check_failed; persistent++) {
    const char *mode = persistent ? "persistent" : "transient";
    long n;
    for (n = 1; n < 100000; n++) {
      const char *bad = run_once(c, a, NULL, n, persistent, &o) ? o.why : NULL;
      long fired = fault.fired;
      if (!bad) bad = judge(&ref, &o, fired);
      if (bad) {
        printf("  %s(%s) failing allocation %ld (%s): %s\n    rc %d \"%s\", expected rc %d "
               "\"%s\"\n",
               c->name, a->name, n, mode, bad, o.rc, o.err, ref.rc, ref.err);
        if (o.rc == SQLITE_OK) /* what differs */
          printf("    rows %.*s\n    expected %.*s\n", (int)(o.rows.n < 400 ? o.rows.n : 400),
                 o.rows.p ? o.rows.p : "", (int)(ref.rows.n < 400 ? ref.rows.n : 400),
                 ref.rows.p ? ref.rows.p : "");
        check_failed = 1;
      }
      sql_buf_free(&o.rows);
      if (!fired || check_failed) break;
    }
    if (n < 3 && !check_failed) {
      printf("  %s(%s): only %ld allocations: is the allocator installed?\n", c->name, a->name, n);
      check_failed = 1;
    }
    if (getenv("OOM_VERBOSE")) printf("  %s(%s) %s: %ld runs\n", c->name, a->name, mode, n);
  }
  sql_buf_free(&ref.rows);
  sql_text_free(&text);
}

int main(int argc, char **argv) {
  (void)check_run; /* check.h's runner: these tests take parameters */
  if (argc > 1) ext_path = argv[1];
  const char *prefix = getenv("NEWS_TEST_PREFIX");
  if (fault_install() != SQLITE_OK) {
    printf("FAIL %stest_oom: sqlite3_config(SQLITE_CONFIG_MALLOC) refused\n", prefix ? prefix : "");
    return 1;
  }
  /* Keep the library loaded between connections: each run then costs a
  ** reference count, not a dlopen and its relocations. */
  void *keep = dlopen(ext_path, RTLD_NOW | RTLD_LOCAL);
  if (!keep) {
    printf("FAIL %stest_oom: %s\n", prefix ? prefix : "", dlerror());
    return 1;
  }
  fault_watch(dlsym(keep, "sqlite3_news_init"));
  int failures = 0;
  const char *only = argc > 2 ? argv[2] : NULL; /* a call's name, to run it alone */
  for (size_t i = 0; i < SQL_NCALLS; i++) {
    if (only && strcmp(only, sql_calls[i].name) != 0) continue;
    for (size_t k = 0; k < sizeof arg_sets / sizeof arg_sets[0]; k++) {
      check_failed = 0;
      test_call(&sql_calls[i], &arg_sets[k]);
      printf("%s %stest_oom:%s:%s\n", check_failed ? "FAIL" : "ok", prefix ? prefix : "",
             sql_calls[i].name, arg_sets[k].name);
      fflush(stdout);
      failures += check_failed;
    }
  }
  dlclose(keep);
  sqlite3_shutdown();
  return failures ? 1 : 0;
}
