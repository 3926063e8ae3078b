/*
** scan.c: the grammar's view of tokens. Every token is classified once: a
** bit per lexicon class with an entry starting there, so the grammar skips
** the ~90% of tokens that can start no expression with one load. Numbers
** (digits and words) and ordinals are read here too.
*/
#include "dates_internal.h"

#include <stddef.h>
#include <string.h>

/* Token i's folded form ends in a possessive: "Monday's", "year’s", "years'". */
static size_t possessive_cut(const news_doc *d, uint32_t i) {
  const news_token *t = &d->tok[i];
  const char *f = d->fold + t->fold;
  if (t->kind != NEWS_TOK_WORD && t->kind != NEWS_TOK_NUMBER) return 0;
  if (t->nfold > 2 && f[t->nfold - 2] == '\'' && f[t->nfold - 1] == 's') return 2;
  if (t->nfold > 2 && f[t->nfold - 1] == '\'' && f[t->nfold - 2] == 's') return 1;
  return 0;
}

int dt_possessive(const dt_scan *s, uint32_t i) {
  return i < s->doc->ntok && possessive_cut(s->doc, i) > 0;
}

/* "FY2020", "fy20": a fiscal year in one token, which the lexicon cannot list. */
static int fy_token(const news_doc *d, const news_token *t) {
  const char *f = d->fold + t->fold;
  return t->kind == NEWS_TOK_WORD && t->nfold >= 4 && f[0] == 'f' && f[1] == 'y' && f[2] >= '0' &&
         f[2] <= '9';
}

int dt_scan_init(dt_scan *s, const news_doc *doc, const dt_lexicon *lx) {
  memset(s, 0, sizeof *s);
  s->doc = doc;
  s->lx = lx;
  s->lim = (uint32_t)doc->ntok;
  if (doc->ntok == 0) return NEWS_OK;
  /* one block: memo, rec, prec, a spare byte, tflags */
  size_t n = doc->ntok;
  char *b = news_engine_malloc(doc->engine, sizeof *s->memo + n * (2 * sizeof *s->rec + 1) + 1);
  if (!b) return NEWS_NOMEM;
  s->memo = (dt_memo *)b;
  memset(s->memo, 0, sizeof *s->memo);
  s->rec = (uint16_t *)(b + sizeof *s->memo);
  s->prec = s->rec + n;
  s->tflags = (uint8_t *)(s->prec + n) + 1; /* tflags[-1] exists: the loop writes it */
  memset(s->rec, 0xff, n * sizeof *s->rec); /* DT_REC_UNKNOWN */
  /* By token kind: which filter flags a token keeps (punctuation is no
  ** lexicon word) and which it has anyway (a number starts an expression and
  ** follows a relation or determiner, a dash follows one: "several-year"). */
  static const uint8_t keep[16] = {
      [NEWS_TOK_WORD] = 0xff, [NEWS_TOK_NUMBER] = 0xff, [NEWS_TOK_SYMBOL] = 0xff};
  static const uint8_t add[16] = {
      [NEWS_TOK_NUMBER] = DT_T_START | DT_T_FOLLOW | DT_T_DFOLLOW, [NEWS_TOK_DASH] = DT_T_FOLLOW};
  /* A few loads per token and no branch that depends on the word: whether
  ** a token is in a phrase cannot be predicted. */
  uint8_t prev = 0;
  uint32_t prev_hash = 0;
  for (size_t i = 0; i < n; i++) {
    const news_token *t = &doc->tok[i];
    unsigned kind = t->kind & 15u;
    /* possessives too: "Monday's" */
    uint8_t fl = (uint8_t)((dt_filter_flags(lx, t->hash) & keep[kind]) | add[kind]);
    if ((doc->text[t->byte] | 0x20) == 'f' && fy_token(doc, t))
      fl |= DT_T_START | DT_T_FOLLOW | DT_T_DFOLLOW;
    /* the token before starts an expression if this one can go on with it:
    ** NEED_FOLLOW and NEED_DFOLLOW sit three bits below FOLLOW and DFOLLOW */
    uint32_t go_on = ((uint32_t)(prev << 3) & fl & (DT_T_FOLLOW | DT_T_DFOLLOW)) != 0;
    if (prev & DT_T_NEED_SECOND) go_on |= dt_pair_in(lx, prev_hash, t->hash);
    s->tflags[(ptrdiff_t)i - 1] = (uint8_t)(prev | go_on);
    s->tflags[i] = prev = fl;
    prev_hash = t->hash;
  }
  return NEWS_OK;
}

void dt_find_records(const dt_scan *s, uint32_t i) {
  const news_doc *doc = s->doc;
  const news_token *t = &doc->tok[i];
  const char *f = doc->fold + t->fold;
  uint32_t r = 0, pr = 0;
  /* the filter knows every lexicon word and its possessives */
  if ((s->tflags[i] & DT_T_LEXICON) &&
      (t->kind == NEWS_TOK_WORD || t->kind == NEWS_TOK_SYMBOL || t->kind == NEWS_TOK_NUMBER)) {
    size_t room = doc->nfold - t->fold, cut = possessive_cut(doc, i);
    r = dt_word_record_in(s->lx, t->hash, f, t->nfold, room);
    if (cut) pr = dt_word_record_in(s->lx, news_hash(f, t->nfold - cut), f, t->nfold - cut, room);
  }
  s->rec[i] = (uint16_t)r;
  s->prec[i] = (uint16_t)pr;
}

_Static_assert(DT_T_NEED_FOLLOW << 3 == DT_T_FOLLOW && DT_T_NEED_DFOLLOW << 3 == DT_T_DFOLLOW,
               "the scan shifts NEED bits onto the flags they need");

void dt_scan_free(dt_scan *s) {
  if (s->memo) news_engine_mfree(s->doc->engine, s->memo);
  s->memo = NULL;
  s->rec = s->prec = NULL;
}

const dt_word *dt_lex_long(const dt_scan *s, uint32_t i, int cls, uint32_t *n) {
  const dt_word *w = NULL;
  size_t k;
  while ((w = news_lexicon_match_next(s->lx->lex[cls], s->doc, i, w, &k)) != NULL) {
    if (i + k <= s->lim) {
      if (n) *n = (uint32_t)k;
      return w;
    }
  }
  if ((w = dt_possessive_entry(s, i, cls)) != NULL && n) *n = 1;
  return w;
}

int dt_digits(const dt_scan *s, uint32_t i, int32_t *v) {
  if (i >= s->lim || s->doc->tok[i].kind != NEWS_TOK_NUMBER) return 0;
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  if (t->nfold == 0 || t->nfold > 9) return 0;
  int32_t x = 0;
  for (uint32_t k = 0; k < t->nfold; k++) {
    if (f[k] < '0' || f[k] > '9') return 0;
    x = x * 10 + (f[k] - '0');
  }
  *v = x;
  return (int)t->nfold;
}

/* Number words below 100: "seven", "twenty-four", "twenty four". */
uint32_t dt_words_below_100(const dt_scan *s, uint32_t i, int32_t *v) {
  const dt_word *w = dt_lex1(s, i, DW_NUMBER), *u;
  if (!w || w->val >= 100) return 0;
  *v = w->val;
  if (w->val < 20 || w->val % 10 != 0) return 1;
  if (dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_glued(s, i) && dt_glued(s, i + 1) &&
      (u = dt_lex1(s, i + 2, DW_NUMBER)) != NULL && u->val >= 1 && u->val <= 9) {
    *v += u->val;
    return 3;
  }
  if ((u = dt_lex1(s, i + 1, DW_NUMBER)) != NULL && u->val >= 1 && u->val <= 9) {
    *v += u->val;
    return 2;
  }
  return 1;
}

/* Number words: "twenty-four", "a hundred", "one hundred and ten", "two
** thousand", "two thousand and eight". Returns tokens used; no recursion, so
** any run of number words costs a bounded look-ahead. */
static uint32_t number_words(const dt_scan *s, uint32_t i, int32_t *v) {
  int32_t total = 0, x;
  uint32_t j = i, n;
  const dt_word *m;
  for (int scale = 0; scale < 2; scale++) { /* [N thousand] [N hundred] */
    uint32_t k = j;
    if (dt_is(s, k, "a") || (total == 0 && dt_is(s, k, "one") && dt_lex1(s, k + 1, DW_NUMBER)))
      x = 1, n = 1;
    else if ((n = dt_words_below_100(s, k, &x)) == 0)
      break;
    m = dt_lex1(s, k + n, DW_NUMBER);
    if (!m || (m->val != 100 && m->val != 1000) || (scale == 1 && m->val == 1000) ||
        (total && m->val == 1000))
      break;
    total += x * m->val;
    j = k + n + 1;
    if (dt_is(s, j, "and") && dt_lex1(s, j + 1, DW_NUMBER)) j++;
  }
  if ((n = dt_words_below_100(s, j, &x)) > 0) {
    total += x;
    j += n;
  } else if (j > i && dt_is(s, j - 1, "and")) {
    j--; /* "a hundred and" without a number after */
  }
  if (j == i) return 0;
  *v = total;
  return j - i;
}

static uint32_t quantity(const dt_scan *s, uint32_t i, int32_t *half2) {
  int32_t v;
  uint32_t n = 0;
  const news_token *t = &s->doc->tok[i];
  if (t->kind == NEWS_TOK_NUMBER) {
    const char *f = s->doc->fold + t->fold;
    if (dt_digits(s, i, &v)) {
      if (v > 1000000) return 0; /* no count of time units in news runs higher */
      *half2 = v * 2;
      n = 1;
      /* "2 1/2" */
      int32_t a, b;
      if (dt_digits(s, i + 1, &a) && a == 1 && dt_is(s, i + 2, "/") && dt_digits(s, i + 3, &b) &&
          b == 2 && dt_glued(s, i + 1) && dt_glued(s, i + 2)) {
        *half2 += 1;
        n = 4;
      }
    } else if (t->nfold >= 3 && t->nfold <= 8 && f[t->nfold - 2] == '.' &&
               (f[t->nfold - 1] == '5' || f[t->nfold - 1] == '0')) {
      /* "2.5", "1.0": halves only */
      int32_t x = 0;
      for (uint32_t k = 0; k + 2 < t->nfold; k++) {
        if (f[k] < '0' || f[k] > '9') return 0;
        x = x * 10 + (f[k] - '0');
      }
      *half2 = x * 2 + (f[t->nfold - 1] == '5');
      n = 1;
    } else {
      return 0;
    }
  } else if ((n = number_words(s, i, &v)) > 0) {
    *half2 = v * 2;
  } else if (dt_is(s, i, "a") || dt_is(s, i, "an")) {
    *half2 = 2;
    n = 1;
  } else {
    return 0;
  }
  /* "three and a half" */
  if (dt_is(s, i + n, "and") && dt_is(s, i + n + 1, "a") && dt_is(s, i + n + 2, "half")) {
    *half2 += 1;
    n += 3;
  }
  return n;
}

uint32_t dt_quantity(const dt_scan *s, uint32_t i, int32_t *half2) {
  if (i >= s->lim) return 0;
  /* a number, a number word, "a" or "an" (function words) */
  if (s->doc->tok[i].kind != NEWS_TOK_NUMBER &&
      !(dt_mask(s, i) & (DT_BIT(DW_NUMBER) | DT_BIT(DW_FUNC))))
    return 0;
  dt_memo_entry *m = &s->memo->quantity[i & 3];
  if (m->n && m->i == i && m->lim == s->lim) {
    *half2 = m->half2;
    return m->n - 1;
  }
  int32_t h = 0;
  uint32_t n = quantity(s, i, &h);
  *half2 = h;
  m->i = i, m->lim = s->lim, m->n = n + 1, m->half2 = h;
  return n;
}

uint32_t dt_ordinal(const dt_scan *s, uint32_t i, int32_t *v) {
  if (i >= s->lim) return 0;
  if (s->doc->tok[i].kind != NEWS_TOK_NUMBER &&
      !(dt_mask(s, i) & (DT_BIT(DW_NUMBER) | DT_BIT(DW_ORDINAL))))
    return 0;
  const news_token *t = &s->doc->tok[i];
  if (t->kind == NEWS_TOK_NUMBER) { /* 1st 2nd 3rd 4th 22nd */
    const char *f = s->doc->fold + t->fold;
    uint32_t k = 0;
    int32_t x = 0;
    while (k < t->nfold && k < 4 && f[k] >= '0' && f[k] <= '9') x = x * 10 + (f[k++] - '0');
    if (k == 0 || t->nfold != k + 2) return 0;
    const char *suf = f + k;
    int last = x % 10, teen = x % 100 >= 11 && x % 100 <= 13;
    const char *want = teen ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    if (memcmp(suf, want, 2) != 0) return 0;
    *v = x;
    return 1;
  }
  const dt_word *w = dt_lex1(s, i, DW_ORDINAL);
  if (w) {
    *v = w->val;
    return 1;
  }
  /* twenty-first, twenty first, thirty-first */
  w = dt_lex1(s, i, DW_NUMBER);
  if (w && w->val >= 20 && w->val <= 90 && w->val % 10 == 0) {
    const dt_word *o;
    if (dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_glued(s, i) && dt_glued(s, i + 1) &&
        (o = dt_lex1(s, i + 2, DW_ORDINAL)) != NULL && o->val <= 9) {
      *v = w->val + o->val;
      return 3;
    }
    if ((o = dt_lex1(s, i + 1, DW_ORDINAL)) != NULL && o->val <= 9) {
      *v = w->val + o->val;
      return 2;
    }
  }
  return 0;
}
