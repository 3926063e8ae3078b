/*
** engine.c: the per-connection engine (allocator and lexicon slots) and the
** stdlib allocator used by the C tests and fuzz targets.
*/
#include "news.h"

#include <stdlib.h>
#include <string.h>

static void *std_alloc(void *ctx, size_t n) {
  (void)ctx;
  return malloc(n ? n : 1);
}
static void *std_realloc(void *ctx, void *p, size_t n) {
  (void)ctx;
  return realloc(p, n ? n : 1);
}
static void std_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

const news_allocator news_stdlib_allocator = {std_alloc, std_realloc, std_free, NULL};

struct news_engine {
  news_allocator a;
  void *slot[NEWS_SLOT_MAX];
  news_slot_free slot_free[NEWS_SLOT_MAX];
};

news_engine *news_engine_new(const news_allocator *a) {
  news_engine *eng = a->alloc(a->ctx, sizeof *eng);
  if (!eng) return NULL;
  memset(eng, 0, sizeof *eng);
  eng->a = *a;
  return eng;
}

void news_engine_free(news_engine *eng) {
  if (!eng) return;
  for (int i = 0; i < NEWS_SLOT_MAX; i++)
    if (eng->slot[i] && eng->slot_free[i]) eng->slot_free[i](eng, eng->slot[i]);
  eng->a.free(eng->a.ctx, eng);
}

const news_allocator *news_engine_allocator(const news_engine *eng) {
  return &eng->a;
}

void *news_engine_malloc(news_engine *eng, size_t n) {
  return eng->a.alloc(eng->a.ctx, n);
}

void *news_engine_realloc(news_engine *eng, void *p, size_t n) {
  return eng->a.realloc(eng->a.ctx, p, n);
}

void news_engine_mfree(news_engine *eng, void *p) {
  if (p) eng->a.free(eng->a.ctx, p);
}

void *news_engine_slot(news_engine *eng, enum news_slot slot) {
  return eng->slot[slot];
}

void news_engine_set_slot(news_engine *eng, enum news_slot slot, void *p, news_slot_free destroy) {
  eng->slot[slot] = p;
  eng->slot_free[slot] = destroy;
}
