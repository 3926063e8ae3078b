/*
** util.c: small helpers the pattern files share: growing the mention and
** attribution arrays, and token tests by folded form and class.
*/
#include "quotes_internal.h"

#include <string.h>

int qx_add_mention(qx *x, const qx_mention *m, uint32_t *idx) {
  if (news_grow(x->eng, (void **)&x->m, &x->cap_m, x->nm + 1, sizeof *x->m)) return NEWS_NOMEM;
  x->m[x->nm] = *m;
  if (idx) *idx = (uint32_t)x->nm;
  x->nm++;
  return NEWS_OK;
}

void qx_attr_init(qx_attr *a) {
  memset(a, 0, sizeof *a);
  a->mention = a->role_tok = a->cue_tok = a->via_tok = a->qspan = a->follow = NEWS_NONE;
  a->entity = -1;
}

int qx_add_attr(qx *x, const qx_attr *a, uint32_t *idx) {
  if (news_grow(x->eng, (void **)&x->a, &x->cap_a, x->na + 1, sizeof *x->a)) return NEWS_NOMEM;
  x->a[x->na] = *a;
  if (a->cue_tok != NEWS_NONE && a->cue_tok < x->d->ntok)
    x->t[a->cue_tok].cue_attr = (uint32_t)x->na;
  if (idx) *idx = (uint32_t)x->na;
  x->na++;
  return NEWS_OK;
}

/* A dateline ("KABUL (Reuters) —", "LIMA, May 3 (AP) --") opens the
** first sentence of its paragraph: its words end at a dash within a few
** tokens, with nothing but capitalised words, numbers, commas, slashes and a
** bracketed agency before it. */
uint32_t qx_body_start(const qx *x, size_t i) {
  uint32_t s = qx_sent_start(x, i);
  uint32_t p = qx_para_of(x, i);
  if (!(x->para_flags[p] & QXP_DATELINE) || s != x->d->para[p].tok) return s;
  uint32_t end = qx_sent_end(x, i);
  for (uint32_t k = s; k < end && k < s + 14; k++)
    if (qx_is_dash(x, k)) return k + 1 < end ? k + 1 : s;
  return s;
}

const qx_verb *qx_verb_at(const qx *x, size_t i) {
  if (i >= x->d->ntok || !x->t[i].vn) return NULL;
  return &qx_verbs[x->t[i].verb];
}

int qx_is_speech_verb(const qx *x, size_t i) {
  const qx_verb *v = qx_verb_at(x, i);
  return v && v->cls == QC_SPEECH;
}

uint32_t qx_mention_ending_at(const qx *x, size_t i) {
  if (i >= x->d->ntok) return NEWS_NONE;
  uint32_t m = x->t[i].mention;
  if (m == NEWS_NONE || x->m[m].tok + x->m[m].ntok != i + 1) return NEWS_NONE;
  return m;
}

uint32_t qx_mention_starting_at(const qx *x, size_t i) {
  if (i >= x->d->ntok) return NEWS_NONE;
  uint32_t m = x->t[i].mention;
  if (m == NEWS_NONE || x->m[m].tok != i) return NEWS_NONE;
  return m;
}

#define PREV_ATTR_WINDOW 80

uint32_t qx_prev_attr_in_sentence(const qx *x, uint32_t c) {
  uint32_t s = qx_sent_start(x, c);
  for (uint32_t k = c, n = 0; k > s && n < PREV_ATTR_WINDOW; k--, n++) {
    uint32_t a = x->t[k - 1].cue_attr;
    if (a != NEWS_NONE && !x->a[a].dead) return a;
  }
  return NEWS_NONE;
}

uint32_t qx_sentence_subject(const qx *x, uint32_t c) {
  return qx_sentence_subject_before(x, c, c);
}

uint32_t qx_sentence_subject_before(const qx *x, uint32_t at, uint32_t c) {
  uint32_t s = qx_body_start(x, at);
  for (uint32_t k = s, n = 0; k < c && n < PREV_ATTR_WINDOW; k++, n++) {
    uint32_t m = x->t[k].mention;
    if (m == NEWS_NONE) {
      /* an opening phrase ends at its comma: "At a rally in Lima, X said" */
      continue;
    }
    const qx_mention *mm = &x->m[m];
    k = mm->tok + mm->ntok - 1;
    if (mm->flags & (QMF_POSSESSIVE | QMF_IN_QUOTE)) continue;
    if (mm->type == QM_PRON && (mm->pron & (QPR_FIRST | QPR_REL))) continue;
    /* a mention inside an opening prepositional phrase ("In Washington, …")
    ** or a list ("including the X bridge") is not the subject */
    if (mm->tok > s && ((x->t[mm->tok - 1].w & QW_PREP) || qx_is(x, mm->tok - 1, "including")))
      continue;
    return m;
  }
  return NEWS_NONE;
}

int qx_is_break(const qx *x, size_t k) {
  if (qx_is_comma(x, k) || qx_is_dash(x, k)) return 1;
  /* "…meaningless,” saying": the comma sits inside the closing mark */
  return k > 0 && qx_is_mark(x, k) && x->t[k].qspan == NEWS_NONE && qx_is_comma(x, k - 1);
}
