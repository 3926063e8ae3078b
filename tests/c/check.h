/*
** check.h: the C unit tests' framework. Each test is a function; a failed
** CHECK prints where and marks the test failed; main() prints one line per
** test, `ok PROGRAM:NAME` or `FAIL PROGRAM:NAME`, as tests/run.sh counts them.
**
** check_allocator counts live allocations (a leak is a failed test) and can
** fail the Nth allocation, for out-of-memory paths in the engine.
*/
#ifndef NEWS_CHECK_H
#define NEWS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "news.h"

static int check_failed;
static const char *check_prog = "test";

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      printf("  %s:%d: CHECK(%s)\n", __FILE__, __LINE__, #cond);                                   \
      check_failed = 1;                                                                            \
    }                                                                                              \
  } while (0)

#define CHECK_INT(a, b)                                                                            \
  do {                                                                                             \
    long long check_a = (long long)(a), check_b = (long long)(b);                                  \
    if (check_a != check_b) {                                                                      \
      printf("  %s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, check_a, check_b);    \
      check_failed = 1;                                                                            \
    }                                                                                              \
  } while (0)

#define CHECK_STR(a, b)                                                                            \
  do {                                                                                             \
    const char *check_a = (a), *check_b = (b);                                                     \
    if (!check_a || strcmp(check_a, check_b) != 0) {                                               \
      printf("  %s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a,                   \
             check_a ? check_a : "(null)", check_b);                                               \
      check_failed = 1;                                                                            \
    }                                                                                              \
  } while (0)

typedef struct check_test {
  const char *name;
  void (*fn)(void);
} check_test;

/* Allocator that counts and can fail allocation number `fail_at` (1-based). */
typedef struct check_alloc_state {
  long live;
  long count;
  long fail_at;
} check_alloc_state;

static check_alloc_state check_alloc;

static void *check_malloc(void *ctx, size_t n) {
  (void)ctx;
  if (check_alloc.fail_at && ++check_alloc.count == check_alloc.fail_at) return NULL;
  void *p = malloc(n ? n : 1);
  if (p) check_alloc.live++;
  return p;
}
static void *check_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  if (check_alloc.fail_at && ++check_alloc.count == check_alloc.fail_at) return NULL;
  void *q = realloc(p, n ? n : 1);
  if (q && !p) check_alloc.live++;
  return q;
}
static void check_free(void *ctx, void *p) {
  (void)ctx;
  if (p) check_alloc.live--;
  free(p);
}
static const news_allocator check_allocator = {check_malloc, check_realloc, check_free, NULL};

/* Called after each test, before counting live allocations: lets a test
** program release what its engine keeps for reuse (news_engine_trim). */
static void (*check_settle)(void);

static int check_run(const char *prog, const check_test *tests, size_t n) {
  int failures = 0;
  const char *prefix = getenv("NEWS_TEST_PREFIX"); /* asan: for the sanitizer build */
  check_prog = prog;
  for (size_t i = 0; i < n; i++) {
    check_failed = 0;
    long live = check_alloc.live;
    tests[i].fn();
    if (check_settle) check_settle();
    if (check_alloc.live != live) {
      printf("  leak: %ld allocations not freed\n", check_alloc.live - live);
      check_failed = 1;
    }
    printf("%s %s%s:%s\n", check_failed ? "FAIL" : "ok", prefix ? prefix : "", prog, tests[i].name);
    fflush(stdout);
    failures += check_failed;
  }
  return failures ? 1 : 0;
}

#endif
