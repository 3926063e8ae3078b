/*
** quotes.c: news_quotes_extract, the pipeline (see quotes_internal.h), and
** the result: quotes in text order with no two overlapping, speakers in
** order of first mention, names and roles as strings in one pool.
*/
#include "quotes_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const pattern_names[NEWS_QP_MAX] = {
    [NEWS_QP_NONE] = "",
    [NEWS_QP_QUOTE_CUE_SPEAKER] = "QCQVS",
    [NEWS_QP_QUOTE_SPEAKER_CUE] = "QCQSV",
    [NEWS_QP_SPEAKER_CUE_QUOTE] = "SVQCQ",
    [NEWS_QP_CONTINUED] = "QCQ",
    [NEWS_QP_SPEAKER_CUE_CLAUSE] = "SVC",
    [NEWS_QP_CLAUSE_SPEAKER_CUE] = "CSV",
    [NEWS_QP_CLAUSE_CUE_SPEAKER] = "CVS",
    [NEWS_QP_ACCORDING_TO] = "AS",
    [NEWS_QP_QUOTED_AS_SAYING] = "SVAC",
    [NEWS_QP_PARTICIPLE] = "S,VC",
    [NEWS_QP_FRAGMENT] = "SVOQCQ",
    [NEWS_QP_HEADLINE] = "C:S",
    [NEWS_QP_COLON] = "S:QCQ",
    [NEWS_QP_SIGNOFF] = "QCQ-S",
};

const char *news_quote_pattern_name(int pattern) {
  return pattern >= 0 && pattern < NEWS_QP_MAX ? pattern_names[pattern] : "";
}

const char *news_quote_kind_name(int kind) {
  switch (kind) {
  case NEWS_QUOTE_DIRECT:
    return "direct";
  case NEWS_QUOTE_INDIRECT:
    return "indirect";
  case NEWS_QUOTE_MIXED:
    return "mixed";
  default:
    return NULL;
  }
}

void news_quotes_free(news_engine *eng, news_quotes *qs) {
  if (!qs) return;
  news_engine_mfree(eng, qs->q);
  news_engine_mfree(eng, qs->spk);
  news_engine_mfree(eng, qs->pool);
  news_engine_mfree(eng, qs);
}

static void qx_free(qx *x) {
  news_engine_mfree(x->eng, x->t);
  news_engine_mfree(x->eng, x->m);
  news_engine_mfree(x->eng, x->a);
  news_engine_mfree(x->eng, x->e);
  news_engine_mfree(x->eng, x->para_flags);
  news_engine_mfree(x->eng, x->qattr);
}

/* ---------------------------------------------------------------------------
** Strings.
*/
typedef struct pool {
  news_engine *eng;
  char *p;
  size_t n, cap;
} pool;

/* Appends tokens [s, e) as the text shows them, one space where there was
** whitespace, skipping `skip_s..skip_e` (a nickname in marks). Returns the
** offset of the string, or SIZE_MAX on OOM. */
static size_t pool_tokens(pool *pl, const qx *x, uint32_t s, uint32_t e, uint32_t skip_s,
                          uint32_t skip_e, uint32_t *len) {
  const news_doc *d = x->d;
  size_t need = 0;
  for (uint32_t k = s; k < e; k++) need += d->tok[k].nbyte + 1;
  if (news_grow(pl->eng, (void **)&pl->p, &pl->cap, pl->n + need + 1, 1)) return SIZE_MAX;
  size_t at = pl->n, o = at;
  for (uint32_t k = s; k < e; k++) {
    if (k >= skip_s && k < skip_e) continue;
    const news_token *t = &d->tok[k];
    uint32_t nb = t->nbyte;
    if (k + 1 == e && t->kind == NEWS_TOK_WORD && t->nfold > 2 &&
        d->fold[t->fold + t->nfold - 2] == '\'' && d->fold[t->fold + t->nfold - 1] == 's') {
      /* Iran's -> Iran: drop the possessive (two characters, ’ is 3 bytes) */
      const char *tx = d->text + t->byte;
      if (nb >= 4 && (unsigned char)tx[nb - 4] == 0xE2)
        nb -= 4;
      else if (nb >= 2)
        nb -= 2;
    }
    if (o > at && (t->flags & NEWS_F_SPACE_BEFORE)) pl->p[o++] = ' ';
    memcpy(pl->p + o, d->text + t->byte, nb);
    o += nb;
  }
  pl->n = o;
  *len = (uint32_t)(o - at);
  return at;
}

/* Leading titles ("Brig.-Gen.", "Dr.") are no part of a name. */
static uint32_t skip_titles(const qx *x, uint32_t s, uint32_t e) {
  while (s < e && x->t[s].pcls == QP_TITLE && s + x->t[s].pn < e) s += x->t[s].pn;
  return s;
}

/* The nickname in marks inside [s, e), as [*ns, *ne). */
static void nickname(const qx *x, uint32_t s, uint32_t e, uint32_t *ns, uint32_t *ne) {
  *ns = *ne = NEWS_NONE;
  for (uint32_t k = s + 1; k < e; k++)
    if (qx_is_mark(x, k)) {
      uint32_t j = k + 1;
      while (j < e && !qx_is_mark(x, j)) j++;
      if (j < e) {
        *ns = k;
        *ne = j + 1;
      }
      return;
    }
}

/* ---------------------------------------------------------------------------
** Assembly.
*/

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Drops attributions overlapping an earlier-found one (direct quotes are
** found first and win). `order` holds (tok << 32 | index), sorted. */
static void drop_overlaps(qx *x, const uint64_t *order) {
  uint32_t last = NEWS_NONE;
  for (size_t i = 0; i < x->na; i++) {
    uint32_t ai = (uint32_t)order[i];
    qx_attr *a = &x->a[ai];
    if (a->dead) continue;
    if (last != NEWS_NONE) {
      qx_attr *l = &x->a[last];
      if (a->tok < l->tok + l->ntok) {
        if (ai < last) {
          l->dead = 1;
          last = ai;
        } else {
          a->dead = 1;
        }
        continue;
      }
    }
    last = ai;
  }
}

static void context_of(const qx *x, const qx_attr *a, news_quote *q) {
  uint32_t lo = a->tok, hi = a->tok + (a->ntok ? a->ntok - 1 : 0);
  if (a->cue_tok != NEWS_NONE) {
    if (a->cue_tok < lo) lo = a->cue_tok;
    if (a->cue_tok > hi) hi = a->cue_tok;
  }
  if (a->mention != NEWS_NONE) {
    const qx_mention *m = &x->m[a->mention];
    if (m->tok < lo) lo = m->tok;
    if (m->tok > hi) hi = m->tok;
  }
  if (x->d->ntok == 0) return;
  q->ctx_tok = qx_sent_start(x, lo);
  q->ctx_ntok = qx_sent_end(x, hi) - q->ctx_tok;
}

static int build(qx *x, news_quotes **out) {
  const news_doc *d = x->d;
  news_engine *eng = x->eng;
  news_quotes *qs = news_engine_malloc(eng, sizeof *qs);
  uint64_t *order = NULL;
  int32_t *spk_of = NULL;
  pool pl = {eng, NULL, 0, 0};
  if (!qs) return NEWS_NOMEM;
  memset(qs, 0, sizeof *qs);
  if (x->na) {
    order = news_engine_malloc(eng, x->na * sizeof *order);
    qs->q = news_engine_malloc(eng, x->na * sizeof *qs->q);
    if (!order || !qs->q) goto nomem;
  }
  if (x->ne) {
    spk_of = news_engine_malloc(eng, x->ne * sizeof *spk_of);
    qs->spk = news_engine_malloc(eng, x->ne * sizeof *qs->spk);
    if (!spk_of || !qs->spk) goto nomem;
    for (size_t i = 0; i < x->ne; i++) spk_of[i] = -1;
  }
  for (size_t i = 0; i < x->na; i++) order[i] = (uint64_t)x->a[i].tok << 32 | i;
  if (x->na) qsort(order, x->na, sizeof *order, cmp_u64);
  drop_overlaps(x, order);
  /* speakers: the entities quoted, in order of first mention */
  uint64_t *sorder = (uint64_t *)order; /* reused below only after quotes are copied */
  size_t nsp = 0;
  for (size_t i = 0; i < x->na; i++) {
    const qx_attr *a = &x->a[(uint32_t)order[i]];
    if (a->dead || a->entity < 0) continue;
    int32_t e = a->entity;
    while (x->e[e].parent >= 0) e = x->e[e].parent;
    if (x->e[e].name_m == NEWS_NONE && x->e[e].desc_m == NEWS_NONE) continue;
    if (spk_of[e] == -1) spk_of[e] = -2 - (int32_t)nsp++;
  }
  /* quotes */
  for (size_t i = 0; i < x->na; i++) {
    const qx_attr *a = &x->a[(uint32_t)order[i]];
    if (a->dead || a->ntok == 0) continue;
    news_quote *q = &qs->q[qs->n++];
    memset(q, 0, sizeof *q);
    const news_token *ft = &d->tok[a->tok], *lt = &d->tok[a->tok + a->ntok - 1];
    q->tok = a->tok;
    q->ntok = a->ntok;
    q->byte = ft->byte;
    q->nbyte = lt->byte + lt->nbyte - ft->byte;
    q->chr = ft->chr;
    q->nchr = lt->chr + lt->nchr - ft->chr;
    q->kind = a->kind;
    q->pattern = a->pattern;
    q->cue = a->cue;
    q->cue_tok = a->cue_tok;
    q->cue_ntok = a->cue_tok == NEWS_NONE ? 0 : a->cue_ntok;
    q->via_tok = a->via_tok;
    q->via_ntok = a->via_tok == NEWS_NONE ? 0 : a->via_ntok;
    q->mention_tok = NEWS_NONE;
    q->speaker = -1;
    uint32_t mi = a->mention;
    if (mi == NEWS_NONE && a->follow != NEWS_NONE)
      mi = NEWS_NONE; /* continued: no mention of its own */
    if (mi != NEWS_NONE) {
      const qx_mention *m = &x->m[mi];
      uint32_t s = m->tok, e = m->tok + m->ntok;
      if (m->name != NEWS_NONE && m->type != QM_DESC) {
        s = skip_titles(x, m->name, m->name + m->nname);
        e = m->name + m->nname;
      } else if (m->type == QM_DESC && (x->t[s].w & QW_POSS) == 0 && m->role != NEWS_NONE &&
                 m->role > s) {
        /* keep "a senior official" whole: the determiner is part of the mention */
      }
      q->mention_tok = s;
      q->mention_ntok = e - s;
      q->mention_chr = d->tok[s].chr;
      q->mention_nchr = news_tok_chr_end(d, e - 1) - d->tok[s].chr;
    }
    context_of(x, a, q);
    /* role: given next to this attribution, else the speaker's */
    uint32_t rs = a->role_tok, rn = a->role_ntok;
    int32_t e = a->entity;
    while (e >= 0 && x->e[e].parent >= 0) e = x->e[e].parent;
    if (rs == NEWS_NONE && e >= 0 && x->e[e].name_m != NEWS_NONE) {
      /* a described speaker ("a senior official") has no role beyond its description */
      rs = x->e[e].role_tok;
      rn = x->e[e].role_ntok;
    }
    if (rs != NEWS_NONE && rn) {
      uint32_t len;
      size_t at = pool_tokens(&pl, x, rs, rs + rn, NEWS_NONE, NEWS_NONE, &len);
      if (at == SIZE_MAX) goto nomem;
      q->role = (const char *)(uintptr_t)(at + 1); /* offsets until the pool stops moving */
      q->nrole = len;
    }
    if (e >= 0 && spk_of[e] != -1) q->speaker = (int32_t)e; /* entity for now */
  }
  /* speakers, ordered by first mention */
  size_t ns = 0;
  for (size_t e = 0; e < x->ne; e++)
    if (spk_of[e] != -1) sorder[ns++] = (uint64_t)x->e[e].first_tok << 32 | e;
  if (ns) qsort(sorder, ns, sizeof *sorder, cmp_u64);
  for (size_t i = 0; i < ns; i++) {
    uint32_t e = (uint32_t)sorder[i];
    const qx_entity *en = &x->e[e];
    news_speaker *sp = &qs->spk[qs->nspk];
    memset(sp, 0, sizeof *sp);
    uint32_t s, t, ns0, ne0, len;
    if (en->name_m != NEWS_NONE) {
      const qx_mention *m = &x->m[en->name_m];
      s = skip_titles(x, m->name, m->name + m->nname);
      t = m->name + m->nname;
      sp->kind = m->type == QM_ORG || m->type == QM_PLACE ? NEWS_SPK_ORG
                 : m->type == QM_OUTLET                   ? NEWS_SPK_OUTLET
                                                          : NEWS_SPK_PERSON;
    } else {
      const qx_mention *m = &x->m[en->desc_m];
      s = m->role != NEWS_NONE ? m->role : m->tok;
      t = m->role != NEWS_NONE ? m->role + m->nrole : m->tok + m->ntok;
      sp->kind = NEWS_SPK_DESCRIPTION;
    }
    nickname(x, s, t, &ns0, &ne0);
    size_t at = pool_tokens(&pl, x, s, t, ns0, ne0, &len);
    if (at == SIZE_MAX) goto nomem;
    sp->name = (const char *)(uintptr_t)(at + 1);
    sp->nname = len;
    if (en->role_tok != NEWS_NONE && en->role_ntok && en->name_m != NEWS_NONE) {
      at = pool_tokens(&pl, x, en->role_tok, en->role_tok + en->role_ntok, NEWS_NONE, NEWS_NONE,
                       &len);
      if (at == SIZE_MAX) goto nomem;
      sp->role = (const char *)(uintptr_t)(at + 1);
      sp->nrole = len;
    }
    sp->first_tok = skip_titles(
        x, en->first_tok, en->first_tok + 8 < d->ntok ? en->first_tok + 8 : (uint32_t)d->ntok);
    sp->first_chr = d->tok[sp->first_tok].chr;
    spk_of[e] = (int32_t)qs->nspk++;
  }
  /* pool offsets to pointers, entities to speaker indexes */
  qs->pool = pl.p;
  qs->npool = pl.n;
  for (size_t i = 0; i < qs->n; i++) {
    news_quote *q = &qs->q[i];
    if (q->role) q->role = pl.p + ((uintptr_t)q->role - 1);
    if (q->speaker >= 0) {
      q->speaker = spk_of[q->speaker];
      qs->spk[q->speaker].nquotes++;
    }
  }
  for (size_t i = 0; i < qs->nspk; i++) {
    news_speaker *sp = &qs->spk[i];
    sp->name = pl.p + ((uintptr_t)sp->name - 1);
    if (sp->role) sp->role = pl.p + ((uintptr_t)sp->role - 1);
  }
  news_engine_mfree(eng, order);
  news_engine_mfree(eng, spk_of);
  *out = qs;
  return NEWS_OK;
nomem:
  news_engine_mfree(eng, order);
  news_engine_mfree(eng, spk_of);
  news_engine_mfree(eng, pl.p);
  news_quotes_free(eng, qs);
  return NEWS_NOMEM;
}

int news_quotes_extract(const news_doc *d, news_quotes **out) {
  *out = NULL;
  news_engine *eng = d->engine;
  const qx_lex *lex = qx_lex_get(eng);
  if (!lex) return NEWS_NOMEM;
  qx x;
  memset(&x, 0, sizeof x);
  x.d = d;
  x.eng = eng;
  x.lex = lex;
  int rc = NEWS_NOMEM;
  x.t = news_engine_malloc(eng, (d->ntok + 1) * sizeof *x.t);
  x.para_flags = news_engine_malloc(eng, d->npara + 1);
  x.qattr = news_engine_malloc(eng, (d->nqspan + 1) * sizeof *x.qattr);
  if (!x.t || !x.para_flags || !x.qattr) goto done;
  if (d->ntok) {
    if ((rc = qx_classify(&x)) || (rc = qx_find_mentions(&x)) || (rc = qx_find_direct(&x)) ||
        (rc = qx_find_reported(&x)) || (rc = qx_find_headlines(&x)) || (rc = qx_resolve(&x)))
      goto done;
  }
  rc = build(&x, out);
done:
  qx_free(&x);
  return rc;
}
