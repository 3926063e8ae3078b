/*
** phrase.c: a phrase index over stems, for the stance lexicons.
**
** news_lexicon matches folded forms exactly; stance cues must match every
** inflection ("rule out" in the table, "ruled out" or "ruling out" in the
** text), so this index keys each phrase token by its stem (or by its folded
** form for F_EXACT entries: "backed" but not "back"). A phrase may hold one
** gap, written " ... ", of up to GAP_MAX tokens (or none) ("door ... open" matches
** "the door to talks remains open").
**
** Look-up at a token: two hash probes (its stem, its folded form), then a
** comparison per candidate sharing the first key, longest phrase first.
*/
#include "stance_internal.h"

#include <stdlib.h>
#include <string.h>

#define GAP_MAX 8

struct stance_index {
  const char *base;
  size_t stride;
  size_t n;
  uint32_t *key;   /* keys of all entries' tokens, back to back */
  uint32_t *start; /* per entry: first key */
  uint16_t *n1;    /* per entry: tokens before the gap (0: empty, never matches) */
  uint16_t *n2;    /* per entry: tokens after the gap (0: no gap) */
  uint8_t *exact;  /* per entry */
  uint32_t *order; /* entries grouped by first key, longest first */
  uint32_t mask;
  uint32_t *bkt_key, *bkt_start, *bkt_count;
};

int stance_grow(news_engine *eng, void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return NEWS_OK;
  size_t c = *cap ? *cap : 16;
  while (c < need) c *= 2;
  void *q = news_engine_realloc(eng, *p, c * elem);
  if (!q) return NEWS_NOMEM;
  *p = q;
  *cap = c;
  return NEWS_OK;
}

void stance_index_free(news_engine *eng, stance_index *ix) {
  if (!ix) return;
  void *parts[] = {ix->key,   ix->start,   ix->n1,        ix->n2,       ix->exact,
                   ix->order, ix->bkt_key, ix->bkt_start, ix->bkt_count};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) news_engine_mfree(eng, parts[i]);
  news_engine_mfree(eng, ix);
}

typedef struct ikey {
  uint32_t key, len, id;
} ikey;

static int cmp_ikey(const void *a, const void *b) {
  const ikey *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static uint32_t find_bucket(const stance_index *ix, uint32_t key) {
  uint32_t i = (key * 2654435761u) & ix->mask;
  while (ix->bkt_count[i] && ix->bkt_key[i] != key) i = (i + 1) & ix->mask;
  return i;
}

static int is_gap(const news_doc *d, size_t i) {
  return d->tok[i].kind == NEWS_TOK_PUNCT && news_tok_is(d, i, "...");
}

stance_index *stance_index_new(news_engine *eng, const stance_lex *lx, const void *entries,
                               size_t n, size_t stride, size_t flags_off) {
  stance_index *ix = news_engine_malloc(eng, sizeof *ix);
  ikey *keys = NULL;
  size_t cap_key = 0, nkey = 0, nk = 0;
  if (!ix) return NULL;
  memset(ix, 0, sizeof *ix);
  ix->base = entries;
  ix->stride = stride;
  ix->n = n;
  ix->start = news_engine_malloc(eng, (n + 1) * sizeof *ix->start);
  ix->n1 = news_engine_malloc(eng, (n + 1) * sizeof *ix->n1);
  ix->n2 = news_engine_malloc(eng, (n + 1) * sizeof *ix->n2);
  ix->exact = news_engine_malloc(eng, (n + 1) * sizeof *ix->exact);
  ix->order = news_engine_malloc(eng, (n + 1) * sizeof *ix->order);
  keys = news_engine_malloc(eng, (n + 1) * sizeof *keys);
  if (!ix->start || !ix->n1 || !ix->n2 || !ix->exact || !ix->order || !keys) goto fail;
  for (size_t e = 0; e < n; e++) {
    const char *row = (const char *)entries + e * stride;
    const char *ph = *(const char *const *)row;
    uint8_t flags = *(const uint8_t *)(row + flags_off);
    news_doc *d = NULL;
    ix->start[e] = (uint32_t)nkey;
    ix->n1[e] = ix->n2[e] = 0;
    ix->exact[e] = (flags & F_EXACT) != 0;
    if (!ph || !*ph) continue;
    if (news_doc_parse(eng, ph, strlen(ph), &d) != NEWS_OK) goto fail;
    if (stance_grow(eng, (void **)&ix->key, &cap_key, nkey + d->ntok, sizeof *ix->key)) {
      news_doc_free(d);
      goto fail;
    }
    size_t gap = d->ntok;
    for (size_t k = 0; k < d->ntok; k++) {
      if (is_gap(d, k) && gap == d->ntok && k > 0 && k + 1 < d->ntok) {
        gap = k;
        continue;
      }
      char st[STEM_MAX];
      const char *f = news_tok_fold(d, k);
      size_t nf = d->tok[k].nfold;
      ix->key[nkey++] =
          ix->exact[e] ? d->tok[k].hash : stance_stem_hash(st, stance_stem(lx, f, nf, st));
    }
    ix->n1[e] = (uint16_t)gap;
    ix->n2[e] = (uint16_t)(gap < d->ntok ? d->ntok - gap - 1 : 0);
    news_doc_free(d);
    if (ix->n1[e]) {
      keys[nk].key = ix->key[ix->start[e]];
      keys[nk].len = (uint32_t)(ix->n1[e] + ix->n2[e]);
      keys[nk].id = (uint32_t)e;
      nk++;
    }
  }
  qsort(keys, nk, sizeof *keys, cmp_ikey);
  size_t nb = 16;
  while (nb < nk * 2) nb *= 2;
  ix->mask = (uint32_t)nb - 1;
  ix->bkt_key = news_engine_malloc(eng, nb * sizeof(uint32_t));
  ix->bkt_start = news_engine_malloc(eng, nb * sizeof(uint32_t));
  ix->bkt_count = news_engine_malloc(eng, nb * sizeof(uint32_t));
  if (!ix->bkt_key || !ix->bkt_start || !ix->bkt_count) goto fail;
  memset(ix->bkt_count, 0, nb * sizeof(uint32_t));
  for (size_t i = 0; i < nk;) {
    size_t j = i;
    while (j < nk && keys[j].key == keys[i].key) {
      ix->order[j] = keys[j].id;
      j++;
    }
    uint32_t b = find_bucket(ix, keys[i].key);
    ix->bkt_key[b] = keys[i].key;
    ix->bkt_start[b] = (uint32_t)i;
    ix->bkt_count[b] = (uint32_t)(j - i);
    i = j;
  }
  news_engine_mfree(eng, keys);
  return ix;
fail:
  news_engine_mfree(eng, keys);
  stance_index_free(eng, ix);
  return NULL;
}

static int is_quote(const news_doc *d, size_t i) {
  int k = d->tok[i].kind;
  return k == NEWS_TOK_QUOTE_OPEN || k == NEWS_TOK_QUOTE_CLOSE || k == NEWS_TOK_QUOTE_AMBIG;
}

/* The `cnt` keys from `key` match the tokens from i on; quote marks inside
** the run are skipped (scare quotes: saw "a window" for talks). Returns the
** tokens consumed, or 0. */
static size_t run_matches(const stance_keys *k, const uint32_t *key, size_t cnt, int exact,
                          size_t i, size_t end) {
  size_t t = i;
  for (size_t j = 0; j < cnt; j++, t++) {
    while (j > 0 && t < end && is_quote(k->d, t)) t++;
    if (t >= end) return 0;
    if (j > 0 && (k->d->tok[t].flags & NEWS_F_PARA_START)) return 0;
    uint32_t have = exact ? k->d->tok[t].hash : k->stem[t - k->base];
    if (have != key[j]) return 0;
  }
  return t - i;
}

/* Tokens entry e covers from i, or 0. */
static size_t entry_match(const stance_index *ix, const stance_keys *k, uint32_t e, size_t i,
                          size_t end) {
  const uint32_t *key = ix->key + ix->start[e];
  size_t n1 = ix->n1[e], n2 = ix->n2[e];
  size_t used = run_matches(k, key, n1, ix->exact[e], i, end);
  if (!used || !n2) return used;
  for (size_t j = i + used; j <= i + used + GAP_MAX && j + n2 <= end; j++) {
    size_t more = run_matches(k, key + n1, n2, ix->exact[e], j, end);
    if (more) return j + more - i;
  }
  return 0;
}

static size_t add_match(stance_match *out, size_t cnt, size_t max, const void *entry, size_t len,
                        int exact) {
  size_t at = cnt;
  while (at > 0 && (out[at - 1].ntok < len || (exact && out[at - 1].ntok == len))) at--;
  if (at >= max) return cnt;
  if (cnt == max) cnt--;
  memmove(out + at + 1, out + at, (cnt - at) * sizeof *out);
  out[at].entry = entry;
  out[at].ntok = (uint32_t)len;
  return cnt + 1;
}

size_t stance_index_match(const stance_index *ix, const stance_keys *k, size_t i, size_t end,
                          stance_match *out, size_t max) {
  size_t cnt = 0;
  if (!ix || i >= end || max == 0) return 0;
  uint32_t probes[2] = {k->stem[i - k->base], k->d->tok[i].hash};
  for (int p = 0; p < 2; p++) {
    if (p == 1 && probes[1] == probes[0]) break;
    uint32_t b = find_bucket(ix, probes[p]);
    for (uint32_t c = 0; c < ix->bkt_count[b]; c++) {
      uint32_t e = ix->order[ix->bkt_start[b] + c];
      if (ix->exact[e] != (p == 1)) continue;
      size_t len = entry_match(ix, k, e, i, end);
      if (len) cnt = add_match(out, cnt, max, ix->base + (size_t)e * ix->stride, len, p == 1);
    }
  }
  return cnt;
}
