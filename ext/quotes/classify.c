/*
** classify.c: one pass of lexicon look-ups over the tokens (word classes,
** person words, reporting verbs, multiword phrases) and the per-token and
** per-paragraph facts the patterns test: which quote span holds a token,
** which paragraph is a headline, a dateline or page furniture.
*/
#include "quotes_internal.h"

#include <string.h>

/* The entry of lexicon `which` that opens at token i: the one-token entry
** from the table of opening tokens (lexicons.c), unless the next token may
** continue a longer entry; only then a longest-match look-up. */
static const void *entry_at(const qx *x, const qx_first *f, int which, const news_lexicon *lex,
                            size_t i, size_t *n) {
  const news_doc *d = x->d;
  *n = 1;
  if (f->second[which] && i + 1 < d->ntok && (f->second[which] & qx_second_bit(d->tok[i + 1].hash)))
    return news_lexicon_match(lex, d, i, n);
  return f->one[which];
}

static void classify_token(qx *x, size_t i) {
  const news_doc *d = x->d;
  const qx_lex *lx = x->lex;
  const qx_first *f = qx_first_of(lx, d, i);
  if (!f) return;
  qx_tok *t = &x->t[i];
  size_t n;
  const qx_word *w = entry_at(x, f, QXL_WORDS, lx->words, i, &n);
  if (w && n == 1) {
    t->w = w->cls;
    t->pron = w->pron;
  }
  const qx_person_word *p = entry_at(x, f, QXL_PERSONS, lx->persons, i, &n);
  if (p && n < 256) {
    t->pcls = p->cls;
    t->pflags = p->flags;
    t->pn = (uint8_t)n;
  }
  /* A reporting verb is a lower-case word: "States" or "Report" in a
  ** capitalised run is a name. */
  if (!(d->tok[i].flags & NEWS_F_CAP)) {
    const qx_verb_form *v = entry_at(x, f, QXL_VERBS, lx->verbs, i, &n);
    if (v && n < 256) {
      t->vn = (uint8_t)n;
      t->verb = v->verb;
      t->vform = v->form;
    }
  }
  const qx_phrase *ph = entry_at(x, f, QXL_PHRASES, lx->phrases, i, &n);
  if (ph && n < 256) {
    t->phrase = ph->kind;
    t->phn = (uint8_t)n;
  }
}

/* The innermost quote span holding each token: spans are in order of their
** opening marks, so a nested span is visited after its parent and overwrites
** it. Nesting is at most 4 deep, so this is linear. */
static void map_qspans(qx *x) {
  const news_doc *d = x->d;
  for (size_t s = 0; s < d->nqspan; s++) {
    const news_qspan *q = &d->qspan[s];
    for (uint32_t k = q->tok; k < q->tok + q->ntok; k++) x->t[k].qspan = (uint32_t)s;
  }
}

/* "KABUL (Reuters) —", "LIMA, May 3 (AP) --", "Quito, June 9 (Agencies) -":
** capitalised words, numbers, commas, slashes and a bracketed agency, then a dash. */
static int is_dateline(const qx *x, uint32_t s, uint32_t end) {
  const news_doc *d = x->d;
  int caps = 0, bracket = 0;
  for (uint32_t k = s; k < end && k < s + 14; k++) {
    const news_token *t = &d->tok[k];
    if (t->kind == NEWS_TOK_DASH) return k > s && (caps || bracket);
    if (t->kind == NEWS_TOK_WORD) {
      if (t->flags & NEWS_F_ALLCAPS) caps = 1;
      if (!(t->flags & NEWS_F_CAP) && !bracket) return 0;
      continue;
    }
    if (t->kind == NEWS_TOK_NUMBER) continue;
    if (t->flags & NEWS_F_BRACKET_OPEN) {
      bracket = 1;
      continue;
    }
    if (t->flags & NEWS_F_BRACKET_CLOSE) continue;
    if (qx_is_comma(x, k) || qx_is_punct(x, k, '/')) continue;
    return 0;
  }
  return 0;
}

/* Most content words capitalised, as in "Most Farmers Back the New Water Plan". */
static int title_cased(const qx *x, uint32_t s, uint32_t e) {
  uint32_t words = 0, caps = 0;
  for (uint32_t k = s; k < e; k++) {
    const news_token *t = &x->d->tok[k];
    if (t->kind != NEWS_TOK_WORD || (x->t[k].w & (QW_DET | QW_PREP | QW_CONJ))) continue;
    words++;
    if (t->flags & NEWS_F_CAP) caps++;
  }
  return words >= 3 && caps * 5 >= words * 4;
}

static void classify_paragraphs(qx *x) {
  const news_doc *d = x->d;
  for (size_t p = 0; p < d->npara; p++) {
    const news_paragraph *pa = &d->para[p];
    uint32_t s = pa->tok, e = pa->tok + pa->ntok;
    uint8_t f = 0;
    if (x->t[s].phrase == QX_BOILER) f |= QXP_BOILER;
    /* A paragraph wholly in brackets is a caption or credit: "(Photo: AFP)". */
    if ((d->tok[s].flags & NEWS_F_BRACKET_OPEN) && (d->tok[e - 1].flags & NEWS_F_BRACKET_CLOSE))
      f |= QXP_BOILER;
    if (is_dateline(x, s, e)) f |= QXP_DATELINE;
    /* A headline: the first paragraph, short, with no terminal punctuation,
     ** or in title case whatever it ends with ("Lee: ‘We Will Win Every
     ** Seat.’"). */
    if (p == 0 && d->npara > 1 && pa->ntok <= 30 && !qx_is_punct(x, e - 1, ':') &&
        ((!qx_is_terminal(x, e - 1) &&
          !(qx_is_mark(x, e - 1) && e - 1 > s && qx_is_terminal(x, e - 2))) ||
         title_cased(x, s, e)))
      f |= QXP_HEADLINE;
    x->para_flags[p] = f;
  }
}

int qx_classify(qx *x) {
  const news_doc *d = x->d;
  for (size_t i = 0; i < d->ntok; i++) {
    memset(&x->t[i], 0, sizeof x->t[i]);
    x->t[i].qspan = NEWS_NONE;
    x->t[i].mention = NEWS_NONE;
    x->t[i].cue_attr = NEWS_NONE;
    classify_token(x, i);
  }
  /* "who asked not to be named": no cue inside an anonymity formula */
  for (size_t i = 0; i < d->ntok; i++)
    if (x->t[i].phrase == QX_ANON)
      for (size_t k = i; k < i + x->t[i].phn && k < d->ntok; k++) x->t[k].used = 1;
  map_qspans(x);
  classify_paragraphs(x);
  return NEWS_OK;
}
