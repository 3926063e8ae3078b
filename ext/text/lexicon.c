/*
** lexicon.c: indexes a capability's lexicon table (an array of structs whose
** first member is the phrase) by the hashes of the phrase's folded tokens.
**
** Phrases are tokenized by the same tokenizer as article text, so "Brig.-Gen."
** or "according to" in a table matches exactly what it matches in an article.
** Look-up at a token is one hash probe plus a comparison per candidate that
** shares the first word, longest phrase first: no scans of word lists.
*/
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>

struct news_lexicon {
  const char *base; /* the table */
  size_t stride;
  size_t n;
  uint32_t *ent_ntok; /* tokens in each entry's phrase (0: empty phrase, never matches) */
  uint32_t *ent_tok;  /* index of each entry's first token in tok_hash / tok_fold */
  uint32_t *tok_hash;
  uint32_t *tok_fold; /* offset of each token's folded form in pool */
  uint32_t *tok_nfold;
  char *pool;
  uint32_t *order; /* entry ids grouped by first-token hash, longest phrase first */
  uint32_t *pos;   /* each entry's index in its bucket of order[]: match_next resumes in O(1) */
  uint32_t mask;   /* buckets - 1 */
  uint32_t *bkt_hash;
  uint32_t *bkt_start; /* range in order[]; count 0 = empty bucket */
  uint32_t *bkt_count;
};

void news_lexicon_free(news_engine *eng, news_lexicon *lex) {
  if (!lex) return;
  void *parts[] = {lex->ent_ntok,  lex->ent_tok,   lex->tok_hash, lex->tok_fold,
                   lex->tok_nfold, lex->pool,      lex->order,    lex->pos,
                   lex->bkt_hash,  lex->bkt_start, lex->bkt_count};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) news_engine_mfree(eng, parts[i]);
  news_engine_mfree(eng, lex);
}

static const char *phrase_of(const news_lexicon *lex, size_t i) {
  return *(const char *const *)(lex->base + i * lex->stride);
}

typedef struct sort_key {
  uint32_t hash, ntok, id;
} sort_key;

static int cmp_key(const void *a, const void *b) {
  const sort_key *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  if (x->ntok != y->ntok) return x->ntok > y->ntok ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static uint32_t find_bucket(const news_lexicon *lex, uint32_t h) {
  uint32_t i = (h * 2654435761u) & lex->mask;
  while (lex->bkt_count[i] && lex->bkt_hash[i] != h) i = (i + 1) & lex->mask;
  return i;
}

news_lexicon *news_lexicon_new(news_engine *eng, const void *entries, size_t n, size_t stride) {
  return news_lexicon_new_where(eng, entries, n, stride, NULL, NULL);
}

news_lexicon *news_lexicon_new_where(news_engine *eng, const void *entries, size_t n, size_t stride,
                                     int (*keep)(const void *entry, void *ctx), void *ctx) {
  news_lexicon *lex = news_engine_malloc(eng, sizeof *lex);
  sort_key *keys = NULL;
  size_t cap_tok = 0, cap_pool = 0, ntok = 0, npool = 0, cap_nfold = 0, cap_fold = 0;
  if (!lex) return NULL;
  memset(lex, 0, sizeof *lex);
  lex->base = entries;
  lex->stride = stride;
  lex->n = n;
  lex->ent_ntok = news_engine_malloc(eng, (n + 1) * sizeof(uint32_t));
  lex->ent_tok = news_engine_malloc(eng, (n + 1) * sizeof(uint32_t));
  lex->order = news_engine_malloc(eng, (n + 1) * sizeof(uint32_t));
  lex->pos = news_engine_malloc(eng, (n + 1) * sizeof(uint32_t));
  keys = news_engine_malloc(eng, (n + 1) * sizeof *keys);
  if (!lex->ent_ntok || !lex->ent_tok || !lex->order || !lex->pos || !keys) goto fail;
  size_t nkeys = 0;
  for (size_t i = 0; i < n; i++) {
    const char *ph = phrase_of(lex, i);
    news_doc *d = NULL;
    lex->ent_ntok[i] = 0;
    lex->ent_tok[i] = (uint32_t)ntok;
    if (!ph || !*ph || (keep && !keep(lex->base + i * stride, ctx))) continue;
    if (news_doc_parse(eng, ph, strlen(ph), &d) != NEWS_OK) goto fail;
    int rc =
        news_grow(eng, (void **)&lex->tok_hash, &cap_tok, ntok + d->ntok, sizeof(uint32_t)) ||
        news_grow(eng, (void **)&lex->tok_fold, &cap_fold, ntok + d->ntok, sizeof(uint32_t)) ||
        news_grow(eng, (void **)&lex->tok_nfold, &cap_nfold, ntok + d->ntok, sizeof(uint32_t)) ||
        news_grow(eng, (void **)&lex->pool, &cap_pool, npool + d->nfold + 1, 1);
    if (rc) {
      news_doc_free(d);
      goto fail;
    }
    for (size_t k = 0; k < d->ntok; k++) {
      lex->tok_hash[ntok + k] = d->tok[k].hash;
      lex->tok_fold[ntok + k] = (uint32_t)(npool + d->tok[k].fold);
      lex->tok_nfold[ntok + k] = d->tok[k].nfold;
    }
    if (d->nfold) memcpy(lex->pool + npool, d->fold, d->nfold);
    npool += d->nfold;
    lex->ent_ntok[i] = (uint32_t)d->ntok;
    if (d->ntok) {
      keys[nkeys].hash = d->tok[0].hash;
      keys[nkeys].ntok = (uint32_t)d->ntok;
      keys[nkeys].id = (uint32_t)i;
      nkeys++;
    }
    ntok += d->ntok;
    news_doc_free(d);
  }
  qsort(keys, nkeys, sizeof *keys, cmp_key);
  size_t nb = 16;
  while (nb < nkeys * 2) nb *= 2;
  lex->mask = (uint32_t)nb - 1;
  lex->bkt_hash = news_engine_malloc(eng, nb * sizeof(uint32_t));
  lex->bkt_start = news_engine_malloc(eng, nb * sizeof(uint32_t));
  lex->bkt_count = news_engine_malloc(eng, nb * sizeof(uint32_t));
  if (!lex->bkt_hash || !lex->bkt_start || !lex->bkt_count) goto fail;
  memset(lex->bkt_count, 0, nb * sizeof(uint32_t));
  for (size_t i = 0; i < nkeys;) {
    size_t j = i;
    while (j < nkeys && keys[j].hash == keys[i].hash) {
      lex->order[j] = keys[j].id;
      lex->pos[keys[j].id] = (uint32_t)(j - i);
      j++;
    }
    uint32_t b = find_bucket(lex, keys[i].hash);
    lex->bkt_hash[b] = keys[i].hash;
    lex->bkt_start[b] = (uint32_t)i;
    lex->bkt_count[b] = (uint32_t)(j - i);
    i = j;
  }
  news_engine_mfree(eng, keys);
  return lex;
fail:
  news_engine_mfree(eng, keys);
  news_lexicon_free(eng, lex);
  return NULL;
}

/* Tokens of entry e match the doc from token i on (within one paragraph). */
static int entry_matches(const news_lexicon *lex, uint32_t e, const news_doc *d, size_t i) {
  size_t n = lex->ent_ntok[e];
  if (n == 0 || i + n > d->ntok) return 0;
  for (size_t k = 0; k < n; k++) {
    const news_token *t = &d->tok[i + k];
    size_t lt = lex->ent_tok[e] + k;
    if (k > 0 && (t->flags & NEWS_F_PARA_START)) return 0;
    if (t->hash != lex->tok_hash[lt] || t->nfold != lex->tok_nfold[lt] ||
        memcmp(d->fold + t->fold, lex->pool + lex->tok_fold[lt], t->nfold) != 0)
      return 0;
  }
  return 1;
}

const void *news_lexicon_match_next(const news_lexicon *lex, const news_doc *d, size_t i,
                                    const void *prev, size_t *ntok) {
  if (!lex || i >= d->ntok) return NULL;
  uint32_t b = find_bucket(lex, d->tok[i].hash);
  uint32_t start = lex->bkt_start[b], count = lex->bkt_count[b], k = 0;
  if (prev) /* resume after prev */
    k = lex->pos[((const char *)prev - lex->base) / lex->stride] + 1;
  for (; k < count; k++) {
    uint32_t e = lex->order[start + k];
    if (entry_matches(lex, e, d, i)) {
      if (ntok) *ntok = lex->ent_ntok[e];
      return lex->base + (size_t)e * lex->stride;
    }
  }
  return NULL;
}

const void *news_lexicon_match(const news_lexicon *lex, const news_doc *d, size_t i, size_t *ntok) {
  return news_lexicon_match_next(lex, d, i, NULL, ntok);
}

const void *news_lexicon_word(const news_lexicon *lex, const char *fold, size_t nfold) {
  if (!lex) return NULL;
  uint32_t h = news_hash(fold, nfold);
  uint32_t b = find_bucket(lex, h);
  for (uint32_t k = 0; k < lex->bkt_count[b]; k++) {
    uint32_t e = lex->order[lex->bkt_start[b] + k];
    size_t lt = lex->ent_tok[e];
    if (lex->ent_ntok[e] == 1 && lex->tok_nfold[lt] == nfold &&
        memcmp(lex->pool + lex->tok_fold[lt], fold, nfold) == 0)
      return lex->base + (size_t)e * lex->stride;
  }
  return NULL;
}
