/*
** fault_malloc.h: an allocator for SQLite itself (sqlite3_config(
** SQLITE_CONFIG_MALLOC), before sqlite3_initialize) that counts the blocks
** outstanding and can fail allocations on request, for the out-of-memory
** harness (tests/c/test_oom.c) and the SQL fuzz target.
**
** Since the extension allocates through sqlite3_malloc64 (ext/sql/conn.c),
** this sees every allocation SQLite and the extension make, in one count.
**
**   fault_install();                 once, before any other SQLite call
**   fault_arm(5, 0);                 fail the 5th allocation from now
**   fault_arm(5, 1);                 fail the 5th and every one after it
**   ... ; fault_disarm();            fault.fired says whether one failed
**
** fault_watch(addr) names a shared object (by any address inside it, e.g. the
** extension's entry point); fault.first_in_watched then says whether the
** first allocation failed was requested from code in that object (a frame of
** it on the stack) or by SQLite on its own account.
**
** Sizes are exact (no rounding up to 8, as SQLite's default allocator does),
** so AddressSanitizer catches an overrun of a single byte past what the
** extension asked sqlite3_malloc64 for.
*/
#ifndef NEWS_FAULT_MALLOC_H
#define NEWS_FAULT_MALLOC_H

/* dladdr needs _GNU_SOURCE, defined by the includer before any #include */
#include <dlfcn.h>
#include <execinfo.h>
#include <malloc.h>
#include <sqlite3.h>
#include <stdlib.h>

typedef struct fault_state {
  long live;      /* blocks allocated and not yet freed */
  long count;     /* allocations since fault_arm */
  long fail_at;   /* 0: never fail */
  int persistent; /* fail every allocation from fail_at on, not just that one */
  long fired;     /* allocations failed since fault_arm */
  void *watched;  /* base address of the object fault_watch named, or NULL */
  int first_in_watched;
} fault_state;

static fault_state fault;

/* Whether a frame of the watched object is on the stack. */
static inline int fault_in_watched(void) {
  void *frames[64];
  int n = backtrace(frames, 64);
  for (int i = 0; i < n; i++) {
    Dl_info info;
    if (dladdr(frames[i], &info) && info.dli_fbase == fault.watched) return 1;
  }
  return 0;
}

static inline int fault_should_fail(void) {
  if (!fault.fail_at) return 0;
  long n = ++fault.count;
  if (n == fault.fail_at || (fault.persistent && n > fault.fail_at)) {
    if (fault.fired++ == 0 && fault.watched) fault.first_in_watched = fault_in_watched();
    return 1;
  }
  return 0;
}

static void *fault_xmalloc(int n) {
  if (fault_should_fail()) return NULL;
  void *p = malloc(n > 0 ? (size_t)n : 1);
  if (p) fault.live++;
  return p;
}
static void fault_xfree(void *p) {
  if (p) fault.live--;
  free(p);
}
static void *fault_xrealloc(void *p, int n) {
  if (fault_should_fail()) return NULL;
  return realloc(p, n > 0 ? (size_t)n : 1);
}
static int fault_xsize(void *p) {
  return p ? (int)malloc_usable_size(p) : 0;
}
static int fault_xroundup(int n) {
  return n;
}
static int fault_xinit(void *x) {
  (void)x;
  return SQLITE_OK;
}
static void fault_xshutdown(void *x) {
  (void)x;
}

static const sqlite3_mem_methods fault_methods = {
    fault_xmalloc,  fault_xfree, fault_xrealloc,  fault_xsize,
    fault_xroundup, fault_xinit, fault_xshutdown, NULL};

/* Returns SQLITE_OK, or SQLITE_MISUSE when SQLite was already initialised. */
static inline int fault_install(void) {
  return sqlite3_config(SQLITE_CONFIG_MALLOC, &fault_methods);
}

static inline void fault_watch(void *addr_in_object) {
  Dl_info info;
  void *warm[2];
  backtrace(warm, 2); /* its first call loads libgcc_s: not in a failing allocation */
  fault.watched = dladdr(addr_in_object, &info) ? info.dli_fbase : NULL;
}

static inline void fault_arm(long fail_at, int persistent) {
  fault.count = 0;
  fault.fired = 0;
  fault.first_in_watched = 0;
  fault.fail_at = fail_at;
  fault.persistent = persistent;
}

static inline void fault_disarm(void) {
  fault.fail_at = 0;
}

#endif
