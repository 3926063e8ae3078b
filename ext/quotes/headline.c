/*
** headline.c: the headline attribution "CLAUSE: SOURCE" ("Missile programme
** not negotiable: FM", "Port deal off the table: Ankara"). Headlines
** also attribute with "…, minister says" and "X says …", which reported.c
** reads like any fronted or forward clause; only the colon form needs its
** own rule, and only in a headline (a first paragraph with no terminal
** punctuation), where a colon before a short name is an attribution rather
** than an introduction.
*/
#include "quotes_internal.h"

#define SOURCE_MAX 5 /* tokens after the colon */

int qx_find_headlines(qx *x) {
  const news_doc *d = x->d;
  for (size_t p = 0; p < d->npara; p++) {
    if (!(x->para_flags[p] & QXP_HEADLINE)) continue;
    uint32_t s = d->para[p].tok, e = s + d->para[p].ntok;
    /* the last colon, with a short source after it */
    uint32_t colon = NEWS_NONE;
    for (uint32_t k = e; k > s; k--)
      if (qx_is_punct(x, k - 1, ':')) {
        colon = k - 1;
        break;
      }
    if (colon == NEWS_NONE || colon == s || e - (colon + 1) > SOURCE_MAX || colon + 1 >= e)
      continue;
    uint32_t m = qx_mention_starting_at(x, colon + 1);
    if (m == NEWS_NONE && (x->t[colon + 1].w & QW_DET)) m = qx_mention_starting_at(x, colon + 2);
    if (m == NEWS_NONE) continue;
    const qx_mention *mm = &x->m[m];
    if (mm->tok + mm->ntok != e || mm->type == QM_PRON) continue;
    /* the clause must not be a quote already attributed */
    uint32_t q = x->t[s].qspan;
    if (q != NEWS_NONE && x->qattr[q] != NEWS_NONE) continue;
    qx_attr a;
    qx_attr_init(&a);
    uint32_t cs = s, ce = colon;
    a.tok = cs;
    a.ntok = ce - cs;
    a.kind = NEWS_QUOTE_INDIRECT;
    for (uint32_t k = cs; k < ce; k++)
      if (x->t[k].qspan != NEWS_NONE || qx_is_mark(x, k)) a.kind = NEWS_QUOTE_MIXED;
    a.pattern = NEWS_QP_HEADLINE;
    a.mention = m;
    if (qx_add_attr(x, &a, NULL)) return NEWS_NOMEM;
  }
  return NEWS_OK;
}
