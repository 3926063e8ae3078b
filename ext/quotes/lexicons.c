/*
** lexicons.c: builds the quotes engine's lexicon indexes on first use and
** keeps them in the engine's NEWS_SLOT_QUOTES, so each connection builds
** them once and nothing is global.
**
** The verb table has one row per verb with its five forms; the index wants
** one entry per phrase, so the rows are expanded here into qx_verb_form
** entries (a form that is both past and participle, "said", gets one entry
** carrying both).
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
  news_engine_set_slot(eng, NEWS_SLOT_QUOTES, lx, lex_free);
  return lx;
fail:
  lex_free(eng, lx);
  return NULL;
}
