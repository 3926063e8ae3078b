/*
** lexicons.c: builds the quotes engine's lexicon indexes on first use and
** keeps them in the engine's NEWS_SLOT_QUOTES, so each connection builds
** them once and nothing is global.
**
** The verb table has one row per verb with its five forms; the index wants
** one entry per phrase, so the rows are expanded here into qx_verb_form
** entries (a form that is both past and participle, "said", gets one entry
** carrying both).
**
** Classifying a token asks all four token lexicons (words, persons, verbs,
** phrases) what opens there. Most tokens open nothing, and most of those
** that do open only one-token entries, so the four are also folded into one
** table keyed by the opening token (qx_first): one probe per token answers
** for the one-token entries, and a longest-match look-up is made only in a
** lexicon that has longer phrases opening with that token. The answers are
** the lexicons' own (news_lexicon_word gives the entry a match would), so
** the table changes how fast a token is classified, never how.
*/
#include "quotes_internal.h"

#include <string.h>

static void lex_free(news_engine *eng, void *p) {
  qx_lex *lx = p;
  if (!lx) return;
  news_lexicon_free(eng, lx->verbs);
  news_lexicon_free(eng, lx->persons);
  news_lexicon_free(eng, lx->words);
  news_lexicon_free(eng, lx->phrases);
  news_lexicon_free(eng, lx->translit);
  news_engine_mfree(eng, lx->forms);
  news_engine_mfree(eng, lx->first);
  news_engine_mfree(eng, lx->first_ix);
  news_engine_mfree(eng, lx->first_pool);
  news_engine_mfree(eng, lx);
}

static int expand_verbs(news_engine *eng, qx_lex *lx) {
  lx->forms = news_engine_malloc(eng, qx_nverbs * 5 * sizeof *lx->forms);
  if (!lx->forms) return NEWS_NOMEM;
  size_t n = 0;
  for (size_t v = 0; v < qx_nverbs; v++) {
    const qx_verb *r = &qx_verbs[v];
    const char *f[5] = {r->base, r->s, r->past, r->pp, r->ing};
    static const uint8_t bit[5] = {VF_BASE, VF_S, VF_PAST, VF_PP, VF_ING};
    size_t first = n;
    for (int k = 0; k < 5; k++) {
      if (!f[k]) continue;
      size_t j = first;
      while (j < n && strcmp(lx->forms[j].phrase, f[k]) != 0) j++;
      if (j < n) {
        lx->forms[j].form |= bit[k];
        continue;
      }
      lx->forms[n].phrase = f[k];
      lx->forms[n].verb = (uint16_t)v;
      lx->forms[n].form = bit[k];
      n++;
    }
  }
  lx->nforms = n;
  return NEWS_OK;
}

/* The slot of a folded token in first_ix: its row's, or the empty one where it would go. */
static uint32_t *first_slot(const qx_lex *lx, uint32_t h, const char *fold, uint32_t nfold) {
  uint32_t i = (h * 2654435761u) & lx->first_mask;
  for (;;) {
    uint32_t *s = &lx->first_ix[i];
    if (!*s) return s;
    const qx_first *f = &lx->first[*s - 1];
    if (f->hash == h && f->nfold == nfold && memcmp(lx->first_pool + f->fold, fold, nfold) == 0)
      return s;
    i = (i + 1) & lx->first_mask;
  }
}

const qx_first *qx_first_of(const qx_lex *lx, const news_doc *d, size_t i) {
  const news_token *t = &d->tok[i];
  uint32_t s = *first_slot(lx, t->hash, d->fold + t->fold, t->nfold);
  return s ? &lx->first[s - 1] : NULL;
}

typedef struct first_builder {
  news_engine *eng;
  qx_lex *lx;
  size_t npool, cap_pool, nrows;
} first_builder;

/* Enters the opening token of each phrase of one table. */
static int first_add(first_builder *b, const void *entries, size_t n, size_t stride,
                     const news_lexicon *lex, int which) {
  qx_lex *lx = b->lx;
  for (size_t e = 0; e < n; e++) {
    const char *ph = *(const char *const *)((const char *)entries + e * stride);
    news_doc *d = NULL;
    if (!ph || !*ph) continue;
    if (news_doc_parse(b->eng, ph, strlen(ph), &d) != NEWS_OK) return NEWS_NOMEM;
    if (d->ntok == 0) {
      news_doc_free(d);
      continue;
    }
    const news_token *t = &d->tok[0];
    const char *fold = d->fold + t->fold;
    uint32_t *slot = first_slot(lx, t->hash, fold, t->nfold);
    if (!*slot) {
      if (news_grow(b->eng, (void **)&lx->first_pool, &b->cap_pool, b->npool + t->nfold + 1, 1)) {
        news_doc_free(d);
        return NEWS_NOMEM;
      }
      memcpy(lx->first_pool + b->npool, fold, t->nfold);
      qx_first *f = &lx->first[b->nrows];
      memset(f, 0, sizeof *f);
      f->hash = t->hash;
      f->nfold = t->nfold;
      f->fold = (uint32_t)b->npool;
      b->npool += t->nfold;
      *slot = (uint32_t)++b->nrows;
    }
    qx_first *f = &lx->first[*slot - 1];
    if (d->ntok > 1)
      f->second[which] |= qx_second_bit(d->tok[1].hash);
    else
      f->one[which] = news_lexicon_word(lex, fold, t->nfold);
    news_doc_free(d);
  }
  return NEWS_OK;
}

static int build_first(news_engine *eng, qx_lex *lx) {
  size_t n = lx->nforms + qx_nperson_words + qx_nwords + qx_nphrases, slots = 64;
  while (slots < 2 * n) slots *= 2; /* at most half full */
  lx->first = news_engine_malloc(eng, n * sizeof *lx->first);
  lx->first_ix = news_engine_malloc(eng, slots * sizeof *lx->first_ix);
  if (!lx->first || !lx->first_ix) return NEWS_NOMEM;
  memset(lx->first_ix, 0, slots * sizeof *lx->first_ix);
  lx->first_mask = (uint32_t)slots - 1;
  first_builder b = {eng, lx, 0, 0, 0};
  if (first_add(&b, qx_words, qx_nwords, sizeof *qx_words, lx->words, QXL_WORDS) ||
      first_add(&b, qx_person_words, qx_nperson_words, sizeof *qx_person_words, lx->persons,
                QXL_PERSONS) ||
      first_add(&b, lx->forms, lx->nforms, sizeof *lx->forms, lx->verbs, QXL_VERBS) ||
      first_add(&b, qx_phrases, qx_nphrases, sizeof *qx_phrases, lx->phrases, QXL_PHRASES))
    return NEWS_NOMEM;
  return NEWS_OK;
}

const qx_lex *qx_lex_get(news_engine *eng) {
  qx_lex *lx = news_engine_slot(eng, NEWS_SLOT_QUOTES);
  if (lx) return lx;
  lx = news_engine_malloc(eng, sizeof *lx);
  if (!lx) return NULL;
  memset(lx, 0, sizeof *lx);
  if (expand_verbs(eng, lx) != NEWS_OK) goto fail;
  lx->verbs = news_lexicon_new(eng, lx->forms, lx->nforms, sizeof *lx->forms);
  lx->persons = news_lexicon_new(eng, qx_person_words, qx_nperson_words, sizeof *qx_person_words);
  lx->words = news_lexicon_new(eng, qx_words, qx_nwords, sizeof *qx_words);
  lx->phrases = news_lexicon_new(eng, qx_phrases, qx_nphrases, sizeof *qx_phrases);
  lx->translit = news_lexicon_new(eng, qx_translits, qx_ntranslits, sizeof *qx_translits);
  if (!lx->verbs || !lx->persons || !lx->words || !lx->phrases || !lx->translit) goto fail;
  if (build_first(eng, lx) != NEWS_OK) goto fail;
  news_engine_set_slot(eng, NEWS_SLOT_QUOTES, lx, lex_free);
  return lx;
fail:
  lex_free(eng, lx);
  return NULL;
}
