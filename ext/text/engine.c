/*
** engine.c: the per-connection engine (allocator and lexicon slots) and the
** stdlib allocator used by the C tests and fuzz targets.
*/
#include "text_internal.h"

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

/* A freed doc whose arrays hold more than this is really freed: keeping a
** 100 MB article's arrays after use would waste hundreds of MB. */
#define SPARE_MAX_BYTES (4u << 20)

struct news_engine {
  news_allocator a;
  void *slot[NEWS_SLOT_MAX];
  news_slot_free slot_free[NEWS_SLOT_MAX];
  news_doc_impl *spare;
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
  if (eng->spare) news_doc_destroy(eng->spare);
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

void news_engine_trim(news_engine *eng) {
  if (eng->spare) news_doc_destroy(eng->spare);
  eng->spare = NULL;
}

news_doc_impl *news_engine_take_spare(news_engine *eng) {
  news_doc_impl *d = eng->spare;
  eng->spare = NULL;
  return d;
}

int news_engine_keep_spare(news_engine *eng, news_doc_impl *d) {
  size_t bytes = d->cap_tok * sizeof(news_token) + d->cap_fold +
                 d->cap_sent * sizeof(news_sentence) + d->cap_para * sizeof(news_paragraph) +
                 d->cap_qspan * sizeof(news_qspan) + d->cap_tok_sent * sizeof(uint32_t);
  if (eng->spare || bytes > SPARE_MAX_BYTES) return 0;
  eng->spare = d;
  return 1;
}
