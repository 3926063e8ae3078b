/*
** stance.c: the stance capability's lexicon slot (built on first use, kept
** in the engine), the result struct and the public entry points.
*/
#include "stance_internal.h"

#include <string.h>

static void lex_free(news_engine *eng, void *p) {
  stance_lex *lx = p;
  if (!lx) return;
  news_lexicon_free(eng, lx->irregular);
  news_lexicon_free(eng, lx->stop);
  news_lexicon_free(eng, lx->valence);
  stance_index_free(eng, lx->cues);
  stance_index_free(eng, lx->syns);
  news_engine_mfree(eng, lx);
}

const stance_lex *stance_lex_get(news_engine *eng) {
  stance_lex *lx = news_engine_slot(eng, NEWS_SLOT_STANCE);
  if (lx) return lx;
  lx = news_engine_malloc(eng, sizeof *lx);
  if (!lx) return NULL;
  memset(lx, 0, sizeof *lx);
  /* Irregular forms first: the phrase indexes stem their entries with them. */
  lx->irregular =
      news_lexicon_new(eng, stance_irregulars, stance_nirregulars, sizeof stance_irregulars[0]);
  lx->stop = lx->irregular ? news_lexicon_new(eng, stance_stopwords, stance_nstopwords,
                                              sizeof stance_stopwords[0])
                           : NULL;
  lx->valence =
      lx->stop ? news_lexicon_new(eng, stance_vader, stance_nvader, sizeof stance_vader[0]) : NULL;
  lx->cues = lx->valence
                 ? stance_index_new(eng, lx, stance_cues, stance_ncues, sizeof stance_cues[0],
                                    offsetof(stance_cue_entry, flags))
                 : NULL;
  lx->syns = lx->cues ? stance_index_new(eng, lx, stance_syns, stance_nsyns, sizeof stance_syns[0],
                                         offsetof(stance_syn_entry, flags))
                      : NULL;
  if (!lx->syns) {
    lex_free(eng, lx);
    return NULL;
  }
  news_engine_set_slot(eng, NEWS_SLOT_STANCE, lx, lex_free);
  return lx;
}

const char *news_stance_label_name(int label) {
  return label > 0 ? "favor" : label < 0 ? "against" : "none";
}

const char *news_stance_why_name(int why) {
  static const char *const names[] = {"cues", "no_target", "no_cue", "withheld", "weak"};
  return why >= 0 && why < (int)(sizeof names / sizeof names[0]) ? names[why] : "?";
}

const char *news_stance_kind_name(int kind) {
  static const char *const names[NEWS_CUE_KIND_MAX] = {
      "?",        "mention",  "stance",     "negation", "litotes", "reversal",
      "increase", "idiom",    "evaluation", "framing",  "modal",   "condition",
      "contrast", "pressure", "withhold",   "question", "booster"};
  return kind > 0 && kind < NEWS_CUE_KIND_MAX ? names[kind] : "?";
}

void news_stance_result_init(news_stance_result *r) {
  memset(r, 0, sizeof *r);
}

void news_stance_result_clear(news_engine *eng, news_stance_result *r) {
  news_engine_mfree(eng, r->cue);
  news_engine_mfree(eng, r->scratch);
  memset(r, 0, sizeof *r);
}

int news_stance_range(news_engine *eng, const news_target *t, const news_doc *d, size_t ctx_tok,
                      size_t tok, size_t ntok, news_stance_result *r) {
  r->label = NEWS_STANCE_NONE;
  r->why = NEWS_STANCE_WHY_NO_TARGET;
  r->score = r->lean = 0;
  r->ncue = 0;
  if (!t || !d) return NEWS_BADARG;
  if (tok > d->ntok) tok = d->ntok;
  if (ntok > d->ntok - tok) ntok = d->ntok - tok;
  if (ctx_tok > tok) ctx_tok = tok;
  const stance_lex *lx = stance_lex_get(eng);
  if (!lx) return NEWS_NOMEM;
  return stance_analyse(eng, lx, t, d, ctx_tok, tok, ntok, 0, r);
}

int news_stance_range_named(news_engine *eng, const news_target *t, const news_doc *d, size_t tok,
                            size_t ntok, int named_before, news_stance_result *r) {
  r->label = NEWS_STANCE_NONE;
  r->why = NEWS_STANCE_WHY_NO_TARGET;
  r->score = r->lean = 0;
  r->ncue = 0;
  if (!t || !d) return NEWS_BADARG;
  if (tok > d->ntok) tok = d->ntok;
  if (ntok > d->ntok - tok) ntok = d->ntok - tok;
  const stance_lex *lx = stance_lex_get(eng);
  if (!lx) return NEWS_NOMEM;
  return stance_analyse(eng, lx, t, d, tok, tok, ntok, named_before, r);
}

int news_stance_first_naming(news_engine *eng, const news_target *t, const news_doc *d, size_t from,
                             news_stance_result *r, size_t *first) {
  *first = d ? d->nsent : 0;
  if (!t || !d) return NEWS_BADARG;
  for (size_t s = from; s < d->nsent; s++) {
    int rc = news_stance_range_named(eng, t, d, d->sent[s].tok, d->sent[s].ntok, 0, r);
    if (rc != NEWS_OK) return rc;
    if (r->why != NEWS_STANCE_WHY_NO_TARGET) {
      *first = s;
      break;
    }
  }
  return NEWS_OK;
}

int news_stance_quote(news_engine *eng, const news_target *t, const news_doc *d, size_t tok,
                      size_t ntok, news_stance_result *r) {
  if (!d || d->ntok == 0 || d->nsent == 0) return news_stance_range(eng, t, d, 0, 0, 0, r);
  if (tok >= d->ntok) tok = d->ntok - 1;
  if (ntok == 0) ntok = 1;
  if (ntok > d->ntok - tok) ntok = d->ntok - tok;
  size_t s0 = d->tok_sent[tok], named = d->nsent;
  const news_sentence *first = &d->sent[s0];
  const news_sentence *last = &d->sent[d->tok_sent[tok + ntok - 1]];
  /* The article before the quote counts only by whether it named the target. */
  int rc = news_stance_first_naming(eng, t, d, 0, r, &named);
  if (rc != NEWS_OK) return rc;
  return news_stance_range_named(eng, t, d, first->tok, last->tok + last->ntok - first->tok,
                                 named < s0, r);
}
