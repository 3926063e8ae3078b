/*
** grammar_date.c: explicit dates and their parts. Month-day-year in every
** common order ("Nov. 5", "5 November 2019", "November 5th, 2019",
** "2019-11-05", "11/05/2019" in US order, ISO weeks), and years, with the
** guards that keep counts, prices, names and phone numbers out. Also the
** token tests the other grammar files share.
*/
#include "grammar.h"

#include <string.h>

void g_init(dt_expr *e, uint8_t kind, uint8_t type) {
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->type = type;
  e->pt.hh = e->pt.mi = e->pt.ss = -1;
}

int g_cap(const dt_scan *s, uint32_t i) {
  return dt_kind(s, i) == NEWS_TOK_WORD && (dt_flags(s, i) & NEWS_F_CAP);
}

int g_sent_start(const dt_scan *s, uint32_t i) {
  return i >= s->doc->ntok || (s->doc->tok[i].flags & NEWS_F_SENT_START) || i == 0;
}

int g_punct(const dt_scan *s, uint32_t i, const char *p) {
  return dt_kind(s, i) == NEWS_TOK_PUNCT && dt_is(s, i, p);
}

int g_lower_word(const dt_scan *s, uint32_t i) {
  return dt_kind(s, i) == NEWS_TOK_WORD && !(dt_flags(s, i) & NEWS_F_CAP);
}

int g_plural_noun(const dt_scan *s, uint32_t i) {
  if (!g_lower_word(s, i) || dt_possessive(s, i)) return 0;
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  if (t->nfold < 4 || f[t->nfold - 1] != 's') return 0;
  char p = f[t->nfold - 2];
  return p != 's' && p != 'u' && p != 'i' && p != '\'';
}

/* Token p (before an expression) is a preposition or modifier that makes the
** next word temporal: "in", "since", "until", "by", "early", "last". */
int g_temporal_cue(const dt_scan *s, uint32_t p) {
  if (p == NEWS_NONE) return 0;
  dt_scan t = *s; /* look-ups before the expression: lift the sentence limit */
  t.lim = (uint32_t)s->doc->ntok;
  if (dt_is(&t, p, "the") || dt_is(&t, p, "year")) return 0;
  /* "March and May", "March to May", "mid-May": a link after a month or a part word */
  if (dt_is(&t, p, "and") || dt_is(&t, p, "or") || dt_is(&t, p, "to") || dt_is(&t, p, "-"))
    return p > 0 && (dt_lex1(&t, p - 1, DW_MONTH) || dt_lex1(&t, p - 1, DW_PART));
  return dt_lex1(&t, p, DW_YEAR_CUE) || dt_lex1(&t, p, DW_REL) || dt_lex1(&t, p, DW_PART) ||
         dt_is(&t, p, "on") || dt_is(&t, p, "for") || dt_is(&t, p, "over") ||
         dt_is(&t, p, "throughout");
}

uint32_t g_day_number(const dt_scan *s, uint32_t i, int32_t *d) {
  int32_t v;
  int nd = dt_digits(s, i, &v);
  if (nd >= 1 && nd <= 2) {
    if (v < 1 || v > 31) return 0;
    *d = v;
    return 1;
  }
  if (nd) return 0;
  uint32_t n = dt_ordinal(s, i, &v);
  if (n && v >= 1 && v <= 31) {
    *d = v;
    return n;
  }
  return 0;
}

uint32_t g_year(const dt_scan *s, uint32_t i, int32_t *y, int *two_digit) {
  if (dt_kind(s, i) != NEWS_TOK_NUMBER) return 0;
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  uint32_t k = 0, n = t->nfold;
  *two_digit = 0;
  if (n >= 3 && f[0] == '\'') { /* '19 */
    if (n != 3 || f[1] < '0' || f[1] > '9' || f[2] < '0' || f[2] > '9') return 0;
    *y = (f[1] - '0') * 10 + (f[2] - '0');
    *two_digit = 1;
    return 1;
  }
  int32_t v = 0;
  while (k < n && k < 5 && f[k] >= '0' && f[k] <= '9') v = v * 10 + (f[k++] - '0');
  if (k != 4) return 0;
  if (k != n && !(n == k + 2 && f[k] == '\'' && f[k + 1] == 's')) return 0; /* 2019's */
  if (v < 1000) return 0;
  *y = v;
  return 1;
}

uint32_t g_year_words(const dt_scan *s, uint32_t i, int32_t *y) {
  int32_t hi, lo;
  const dt_word *w = dt_lex1(s, i, DW_NUMBER);
  if (!w) return 0;
  /* "nineteen ninety-six", "twenty nineteen" */
  if ((w->val >= 11 && w->val <= 20) &&
      !(w->val == 20 && dt_lex1(s, i + 1, DW_NUMBER) && dt_lex1(s, i + 1, DW_NUMBER)->val < 10)) {
    hi = w->val;
    uint32_t n = dt_words_below_100(s, i + 1, &lo);
    if (n && lo >= 10) {
      *y = hi * 100 + lo;
      return 1 + n;
    }
  }
  /* "two thousand", "two thousand and eight" */
  int32_t half2;
  uint32_t n = dt_quantity(s, i, &half2);
  if (n >= 2 && half2 % 2 == 0 && half2 / 2 >= 1000 && half2 / 2 <= 2999) {
    for (uint32_t k = i; k < i + n; k++)
      if (dt_is(s, k, "thousand")) {
        *y = half2 / 2;
        return n;
      }
  }
  return 0;
}

const dt_word *g_month(const dt_scan *s, uint32_t i, int bare) {
  const dt_word *w = dt_lex1(s, i, DW_MONTH);
  if (!w || !bare) return w;
  if (w->val2 & DW_ABBR) return NULL;
  if (dt_possessive(s, i)) return w; /* "March's vote" */
  uint32_t p = g_prev(i);
  int cue = g_temporal_cue(s, p);
  /* "the March listing", "the May elections": a capitalised month as a modifier */
  if (!cue && p != NEWS_NONE && dt_tok_is(s->doc, p, "the") && g_cap(s, i) &&
      g_lower_word(s, i + 1) && !dt_lex1(s, i + 1, DW_YEAR_CUE) && !dt_is(s, i + 1, "on") &&
      !dt_is(s, i + 1, "to") && !dt_is(s, i + 1, "for") && !dt_is(s, i + 1, "against") &&
      !dt_is(s, i + 1, "at"))
    return w;
  /* may (verb), March (verb), Theresa May; in lower case only after a preposition */
  if ((w->val2 & DW_AMBIG) && !g_cap(s, i))
    return cue && !dt_lex1(s, p, DW_REL) && !dt_lex1(s, p, DW_PART) ? w : NULL;
  if (w->val2 & DW_AMBIG) return cue ? w : NULL;
  if (cue) return w;
  if (g_cap(s, i)) {
    /* "April Ryan", "June Carter": a month does not run into a name */
    if (g_cap(s, i + 1) && !dt_lex1(s, i + 1, DW_MONTH) && !dt_lex1(s, i + 1, DW_WEEKDAY))
      return NULL;
    /* "Operation April": a capitalised word before, mid-sentence */
    if (p != NEWS_NONE && !g_sent_start(s, i) && s->doc->tok[p].kind == NEWS_TOK_WORD &&
        (s->doc->tok[p].flags & NEWS_F_CAP))
      return NULL;
  }
  return w;
}

/* ---------------------------------------------------------------------------
** Month-first and day-first dates.
*/
static void set_day(dt_expr *e, int32_t month, int32_t day) {
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  e->pt.month = (uint8_t)month;
  e->pt.day = (uint8_t)day;
}

/* After a date: ", 2019" or " 2019". Returns tokens used and sets the year. */
uint32_t g_year_after(const dt_scan *s, uint32_t j, dt_expr *e) {
  uint32_t k = j;
  int32_t y;
  int two;
  if (g_punct(s, k, ",")) k++;
  uint32_t n = g_year(s, k, &y, &two);
  if (!n || (!two && (y < 1000 || y > 2999))) return 0;
  if (dt_lex1(s, k + 1, DW_NOT_YEAR_AFTER) || g_punct(s, k + 1, ":")) return 0;
  e->pt.base = DT_B_ABS;
  e->pt.year = y;
  e->pt.year2 = (uint8_t)two;
  e->pt.year_gran = DT_G_YEAR;
  return k + n - j;
}

uint32_t p_month_date(const dt_scan *s, uint32_t i, dt_expr *e) {
  const dt_word *w = g_month(s, i, 0);
  int32_t d;
  if (!w) return 0;
  uint32_t j = i + 1;
  if (dt_is(s, j, ".") && (w->val2 & DW_ABBR) && dt_glued(s, i)) j++; /* "Jan ." in odd text */
  uint32_t k = j;
  if (dt_is(s, k, "the")) k++;
  uint32_t nd = g_day_number(s, k, &d);
  if (nd && !(dt_kind(s, k) == NEWS_TOK_NUMBER && dt_lex1(s, k + 1, DW_NOT_YEAR_AFTER)) &&
      !(dt_kind(s, k) == NEWS_TOK_NUMBER && dt_lex1(s, k + 1, DW_UNIT))) {
    set_day(e, w->val, d);
    j = k + nd;
    j += g_year_after(s, j, e);
    return j + g_day_suffix(s, j, e) - i;
  }
  /* Month and year: "March 2020", "December, 2018", "March of 2020". */
  k = j;
  if (g_punct(s, k, ",") || dt_is(s, k, "of")) k++;
  int32_t y;
  int two;
  uint32_t ny = g_year(s, k, &y, &two);
  if (ny && (two || (y >= 1000 && y <= 2999)) && !dt_lex1(s, k + 1, DW_NOT_YEAR_AFTER) &&
      (!(w->val2 & DW_AMBIG) || g_cap(s, i) || k == j)) {
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_ABS;
    e->pt.month = (uint8_t)w->val;
    e->pt.year = y;
    e->pt.year2 = (uint8_t)two;
    e->pt.year_gran = DT_G_YEAR;
    return k + ny - i;
  }
  /* "June 1996" in words */
  uint32_t nw = g_year_words(s, j, &y);
  if (nw) {
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_ABS;
    e->pt.month = (uint8_t)w->val;
    e->pt.year = y;
    e->pt.year_gran = DT_G_YEAR;
    return j + nw - i;
  }
  if (!g_month(s, i, 1)) return 0;
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  e->pt.month = (uint8_t)w->val;
  /* "January this year", "June last year" */
  const dt_word *r = dt_lex1(s, j, DW_REL);
  const dt_word *u = dt_lex1(s, j + 1, DW_UNIT);
  if (r && u && u->val == DT_U_YEAR && !(u->val2 & DW_PLURAL) &&
      (r->val == DT_REL_THIS || r->val == DT_REL_LAST || r->val == DT_REL_NEXT)) {
    e->pt.base = DT_B_SHIFT;
    e->pt.unit = DT_U_YEAR;
    e->pt.shift = r->val == DT_REL_LAST ? -1 : r->val == DT_REL_NEXT ? 1 : 0;
    return j + 2 - i;
  }
  return j - i;
}

uint32_t p_day_month(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i;
  int32_t d;
  int the = dt_is(s, k, "the");
  if (the) k++;
  uint32_t nd = g_day_number(s, k, &d);
  if (!nd) return 0;
  int ordinal = dt_kind(s, k) != NEWS_TOK_NUMBER || dt_digits(s, k, &(int32_t){0}) == 0;
  uint32_t j = k + nd;
  if (dt_is(s, j, "of") && (the || ordinal))
    j++;
  else if (the && !ordinal)
    return 0;
  const dt_word *w = g_month(s, j, 0);
  if (!w) return 0;
  if ((w->val2 & DW_AMBIG) && g_lower_word(s, j) && !ordinal && !the) return 0; /* "2 march" */
  set_day(e, w->val, d);
  j++;
  if (dt_is(s, j, ".") && (w->val2 & DW_ABBR) && dt_glued(s, j - 1)) j++;
  j += g_year_after(s, j, e);
  return j + g_day_suffix(s, j, e) - i;
}

/* ---------------------------------------------------------------------------
** Numeric dates: 2019-11-05, 2019-11, 11/05/2019, 5/11/2019 (day first when
** the first number cannot be a month), 10.31.1974, 10-31-1974, and a bare
** 11/5 after "on", "by", "since".
*/
int g_glued_run(const dt_scan *s, uint32_t i, uint32_t n) {
  for (uint32_t k = i; k + 1 < i + n; k++)
    if (!dt_glued(s, k)) return 0;
  return 1;
}

/* Nothing digit-like glued after token j: not part of a longer code. */
static int ends_clean(const dt_scan *s, uint32_t j) {
  if (!dt_glued(s, j)) return 1;
  int k = dt_kind(s, j + 1);
  if (k == NEWS_TOK_NUMBER || k == NEWS_TOK_WORD) return 0;
  if ((k == NEWS_TOK_DASH || dt_is(s, j + 1, "/") || dt_is(s, j + 1, ".")) && dt_glued(s, j + 1) &&
      j + 2 < s->lim && dt_kind(s, j + 2) == NEWS_TOK_NUMBER)
    return 0;
  return 1;
}

static int begins_clean(const dt_scan *s, uint32_t i) {
  if (i == 0 || (s->doc->tok[i].flags & NEWS_F_SPACE_BEFORE)) return 1;
  int k = s->doc->tok[i - 1].kind;
  return k != NEWS_TOK_NUMBER && k != NEWS_TOK_WORD && k != NEWS_TOK_DASH &&
         !dt_tok_is(s->doc, i - 1, "/") && !dt_tok_is(s->doc, i - 1, ".");
}

static uint32_t full_date(dt_expr *e, int32_t y, int two, int32_t m, int32_t d, uint32_t n) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
  set_day(e, m, d);
  e->pt.base = DT_B_ABS;
  e->pt.year = y;
  e->pt.year2 = (uint8_t)two;
  e->pt.year_gran = DT_G_YEAR;
  return n;
}

/* Month and day from two numbers as written, US order unless impossible. */
static int month_day(int32_t a, int32_t b, int32_t *m, int32_t *d) {
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) {
    *m = a;
    *d = b;
    return 1;
  }
  if (b >= 1 && b <= 12 && a >= 13 && a <= 31) {
    *m = b;
    *d = a;
    return 1;
  }
  return 0;
}

uint32_t p_numeric_date(const dt_scan *s, uint32_t i, dt_expr *e) {
  int32_t a, b, c, m, d;
  int na, nb, nc;
  if (dt_kind(s, i) != NEWS_TOK_NUMBER || !begins_clean(s, i)) return 0;
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  /* 10.31.1974 and 31.10.1974: one token */
  if (t->nfold >= 8 && t->nfold <= 10) {
    int32_t part[3] = {0, 0, 0};
    int nd[3] = {0, 0, 0}, np = 0, ok = 1;
    for (uint32_t k = 0; k < t->nfold && ok; k++) {
      if (f[k] == '.') {
        if (++np > 2) ok = 0;
      } else if (f[k] >= '0' && f[k] <= '9' && nd[np] < 4) {
        part[np] = part[np] * 10 + (f[k] - '0');
        nd[np]++;
      } else if (f[k] >= '0' && f[k] <= '9') {
        ok = 0; /* five digits or more: no date part */
      } else {
        ok = 0;
      }
    }
    if (ok && np == 2 && nd[0] <= 2 && nd[1] <= 2 && nd[2] == 4 && ends_clean(s, i) &&
        month_day(part[0], part[1], &m, &d))
      return full_date(e, part[2], 0, m, d, 1);
  }
  na = dt_digits(s, i, &a);
  if (!na) return 0;
  /* ISO: 2019-11-05, 2019-11 */
  if (na == 4 && dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_is(s, i + 1, "-") &&
      (nb = dt_digits(s, i + 2, &b)) >= 1 && nb <= 2 && g_glued_run(s, i, 3)) {
    if (dt_kind(s, i + 3) == NEWS_TOK_DASH && dt_is(s, i + 3, "-") &&
        (nc = dt_digits(s, i + 4, &c)) >= 1 && nc <= 2 && g_glued_run(s, i + 2, 3) &&
        ends_clean(s, i + 4))
      return full_date(e, a, 0, b, c, 5);
    if (nb != 2) return 0;
    if (b >= 1 && b <= 12 && b != (a + 1) % 100 && ends_clean(s, i + 2) && a >= 1000) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_ABS;
      e->pt.year = a;
      e->pt.month = (uint8_t)b;
      e->pt.year_gran = DT_G_YEAR;
      return 3;
    }
    return 0;
  }
  /* ISO weeks: 2016-W13, 2016-W13-2 */
  if (na == 4 && dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_kind(s, i + 2) == NEWS_TOK_WORD &&
      g_glued_run(s, i, 3)) {
    const news_token *w = &s->doc->tok[i + 2];
    const char *wf = s->doc->fold + w->fold;
    int32_t wk;
    if (w->nfold == 3 && wf[0] == 'w' && wf[1] >= '0' && wf[1] <= '9' && wf[2] >= '0' &&
        wf[2] <= '9' && (wk = (wf[1] - '0') * 10 + (wf[2] - '0')) >= 1 &&
        wk <= dt_iso_weeks_in(a)) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_ABS;
      e->pt.year = a;
      e->pt.year_gran = DT_G_YEAR;
      e->pt.week = (uint8_t)wk;
      if (dt_kind(s, i + 3) == NEWS_TOK_DASH && dt_digits(s, i + 4, &c) == 1 && c >= 1 && c <= 7 &&
          g_glued_run(s, i + 2, 3)) {
        e->pt.dow = (uint8_t)c;
        return 5;
      }
      return 3;
    }
  }
  /* 2019/11/05 */
  if (na == 4 && dt_is(s, i + 1, "/") && dt_digits(s, i + 2, &b) && dt_is(s, i + 3, "/") &&
      dt_digits(s, i + 4, &c) && g_glued_run(s, i, 5) && ends_clean(s, i + 4))
    return full_date(e, a, 0, b, c, 5);
  if (na > 2) return 0;
  /* 11/05/2019, 11/05/19, 10-31-1974 */
  int slash = dt_is(s, i + 1, "/");
  int dash = dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_is(s, i + 1, "-");
  if ((slash || dash) && (nb = dt_digits(s, i + 2, &b)) >= 1 && nb <= 2 && g_glued_run(s, i, 3)) {
    if (dt_is(s, i + 3, slash ? "/" : "-") && (nc = dt_digits(s, i + 4, &c)) != 0 &&
        (nc == 4 || (nc == 2 && slash)) && g_glued_run(s, i + 2, 3) && ends_clean(s, i + 4) &&
        month_day(a, b, &m, &d))
      return full_date(e, c, nc == 2, m, d, 5);
    /* 11/5 after a preposition that wants a date */
    if (slash && ends_clean(s, i + 2) && !dt_is(s, i + 3, "/") && month_day(a, b, &m, &d) &&
        i > 0) {
      const news_doc *dd = s->doc;
      if (dt_tok_is(dd, i - 1, "on") || dt_tok_is(dd, i - 1, "by") ||
          dt_tok_is(dd, i - 1, "since") || dt_tok_is(dd, i - 1, "until") ||
          dt_tok_is(dd, i - 1, "from") || dt_tok_is(dd, i - 1, "before") ||
          dt_tok_is(dd, i - 1, "after") || dt_tok_is(dd, i - 1, "through")) {
        set_day(e, m, d);
        return 3;
      }
    }
  }
  return 0;
}

/* ---------------------------------------------------------------------------
** Years.
*/
static int determiner(const dt_scan *s, uint32_t p) {
  if (p == NEWS_NONE) return 0;
  const news_doc *d = s->doc;
  return dt_tok_is(d, p, "the") || dt_tok_is(d, p, "its") || dt_tok_is(d, p, "their") ||
         dt_tok_is(d, p, "his") || dt_tok_is(d, p, "her") || dt_tok_is(d, p, "this") ||
         dt_tok_is(d, p, "that") || dt_tok_is(d, p, "our") || dt_tok_is(d, p, "a") ||
         dt_tok_is(d, p, "an") || dt_tok_is(d, p, "in") || dt_tok_is(d, p, "of") ||
         (d->tok[p].kind == NEWS_TOK_WORD && dt_tok_is(d, p, "since")) ||
         (d->tok[p].kind == NEWS_TOK_WORD && d->tok[p].nfold > 2 &&
          d->fold[d->tok[p].fold + d->tok[p].nfold - 2] == '\'' &&
          d->fold[d->tok[p].fold + d->tok[p].nfold - 1] == 's');
}

/* A 4-digit number at i that reads as a year here. */
static int plausible_year(const dt_scan *s, uint32_t i, int32_t y) {
  uint32_t p = g_prev(i);
  dt_scan t = *s;
  t.lim = (uint32_t)s->doc->ntok;
  if (p != NEWS_NONE) {
    /* "No. 2019", "$2000", "more than 2000" */
    const news_token *pt = &s->doc->tok[p];
    if (dt_lex(&t, p, DW_NOT_YEAR_BEFORE, NULL) || pt->abbr == NEWS_ABBR_NUMBER) return 0;
    int pk = pt->kind;
    if (!(s->doc->tok[i].flags & NEWS_F_SPACE_BEFORE)) {
      if (pk == NEWS_TOK_NUMBER || pk == NEWS_TOK_WORD) return 0;
      if (pk == NEWS_TOK_DASH || dt_tok_is(s->doc, p, "/") || dt_tok_is(s->doc, p, ".") ||
          dt_tok_is(s->doc, p, ":")) {
        /* after a word ("mid-1996", "pre-2019"), or the second year of a range
        ** ("2009-2010"); a dash between digit groups is a code or a phone number */
        int32_t y0;
        int two, glued_prev = !(pt->flags & NEWS_F_SPACE_BEFORE) && p > 0;
        int after_word =
            pk == NEWS_TOK_DASH && glued_prev && s->doc->tok[p - 1].kind == NEWS_TOK_WORD;
        int range = pk == NEWS_TOK_DASH && glued_prev && g_year(&t, p - 1, &y0, &two) && !two &&
                    y0 < y && y - y0 < 100;
        if (!after_word && !range) return 0;
      }
    }
    if (pk == NEWS_TOK_NUMBER && (s->doc->tok[i].flags & NEWS_F_SPACE_BEFORE)) return 0;
    /* "Orion 1980", "Vision 2030": a name mid-sentence, not a date */
    if (pk == NEWS_TOK_WORD && (pt->flags & NEWS_F_CAP) &&
        !(pt->flags & (NEWS_F_ABBR | NEWS_F_ALLCAPS)) && !g_sent_start(s, p) &&
        !dt_lex1(&t, p, DW_MONTH) && !dt_lex1(&t, p, DW_SEASON) &&
        !dt_lex(&t, p, DW_HOLIDAY, NULL) && !dt_lex1(&t, p, DW_YEAR_CUE) &&
        !dt_lex1(&t, p, DW_FISCAL) && !dt_lex1(&t, p, DW_PART) && !dt_lex1(&t, p, DW_WEEKDAY) &&
        !dt_lex1(&t, p, DW_PERIOD_TOKEN))
      return 0;
  }
  if (dt_lex1(&t, i + 1, DW_NOT_YEAR_AFTER) || dt_lex(&t, i + 1, DW_NOT_YEAR_AFTER, NULL)) return 0;
  /* "2000 soldiers" counts; "the 2015 talks", "post-1990 contracts" name years */
  if (g_plural_noun(&t, i + 1) && !determiner(s, p) &&
      !(p != NEWS_NONE && s->doc->tok[p].kind == NEWS_TOK_DASH && p > 0 &&
        !(s->doc->tok[i].flags &
          NEWS_F_SPACE_BEFORE))) /* "post-1990 contracts", "1999-2000 prices" */
    return 0;
  if (dt_is(&t, i + 1, "bc") || dt_is(&t, i + 1, "b.c.") || dt_is(&t, i + 1, "bce")) return 0;
  if (i + 1 < s->doc->ntok && dt_glued(s, i)) {
    const news_token *n = &s->doc->tok[i + 1];
    if (n->kind == NEWS_TOK_WORD || n->kind == NEWS_TOK_NUMBER || dt_tok_is(s->doc, i + 1, "%"))
      return 0;
    if ((dt_tok_is(s->doc, i + 1, ".") || dt_tok_is(s->doc, i + 1, ",")) && i + 2 < s->doc->ntok &&
        s->doc->tok[i + 2].kind == NEWS_TOK_NUMBER && dt_glued(s, i + 1))
      return 0;
  }
  if (y >= 1900 && y <= 2100) return 1;
  /* older or later years want a temporal word before them */
  return p != NEWS_NONE && (dt_lex1(&t, p, DW_YEAR_CUE) != NULL);
}

static void set_year(dt_expr *e, int32_t y) {
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_ABS;
  e->pt.year = y;
  e->pt.year_gran = DT_G_YEAR;
}

uint32_t p_year(const dt_scan *s, uint32_t i, dt_expr *e) {
  int32_t y;
  int two;
  uint32_t n, k;
  /* fiscal 2020, fiscal year 2020, FY2020, FY 2020 */
  if (dt_lex(s, i, DW_FISCAL, &k)) {
    if (dt_is(s, i + k, "year")) k++;
    if (g_year(s, i + k, &y, &two) && (two || (y >= 1900 && y <= 2100))) {
      set_year(e, y);
      e->pt.year2 = (uint8_t)two;
      return k + 1;
    }
    int32_t v;
    if (dt_digits(s, i + k, &v) == 2 && dt_is(s, i, "fy")) { /* FY 20 */
      set_year(e, v);
      e->pt.year2 = 1;
      return k + 1;
    }
    return 0;
  }
  if (dt_kind(s, i) == NEWS_TOK_WORD && s->doc->tok[i].nfold >= 4) {
    const news_token *t = &s->doc->tok[i];
    const char *f = s->doc->fold + t->fold;
    if ((t->nfold == 6 || t->nfold == 4) && f[0] == 'f' && f[1] == 'y' && f[2] >= '0' &&
        f[2] <= '9' && f[3] >= '0' && f[3] <= '9') { /* FY2020, FY20 */
      int32_t v = 0;
      for (uint32_t q = 2; q < t->nfold; q++) {
        if (f[q] < '0' || f[q] > '9') return 0;
        v = v * 10 + (f[q] - '0');
      }
      set_year(e, v);
      e->pt.year2 = t->nfold == 4;
      return 1;
    }
  }
  /* the year 2000, the year two thousand */
  if (dt_is(s, i, "the") && dt_is(s, i + 1, "year")) {
    if (g_year(s, i + 2, &y, &two) && !two) {
      set_year(e, y);
      return 3;
    }
    if ((n = g_year_words(s, i + 2, &y)) > 0) {
      set_year(e, y);
      return 2 + n;
    }
    return 0;
  }
  if ((n = g_year_words(s, i, &y)) > 0) {
    /* "nineteen ninety-six"; "two thousand" only after a temporal word */
    int thousand = 0;
    for (k = i; k < i + n; k++) thousand |= dt_is(s, k, "thousand");
    if (thousand) {
      dt_scan t = *s;
      t.lim = (uint32_t)s->doc->ntok;
      if (i == 0 || !dt_lex1(&t, i - 1, DW_YEAR_CUE) || dt_is(&t, i - 1, "the")) return 0;
      if (dt_lex1(s, i + n, DW_UNIT) || g_plural_noun(s, i + n)) return 0;
    }
    set_year(e, y);
    return n;
  }
  if (!g_year(s, i, &y, &two)) return 0;
  if (two) { /* '58: only after a temporal word */
    dt_scan t = *s;
    t.lim = (uint32_t)s->doc->ntok;
    if (i == 0 || !dt_lex1(&t, i - 1, DW_YEAR_CUE) || dt_is(&t, i - 1, "the")) return 0;
    set_year(e, y);
    e->pt.year2 = 1;
    return 1;
  }
  if (y > 2999 || !plausible_year(s, i, y)) return 0;
  set_year(e, y);
  n = 1;
  /* a range with a two-digit end is one expression: "1980-88", "2014-15" */
  int32_t y2;
  if (dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_digits(s, i + 2, &y2) == 2 && g_glued_run(s, i, 3) &&
      ends_clean(s, i + 2))
    n = 3;
  else if (dt_is(s, i + 1, "/") && dt_digits(s, i + 2, &y2) == 2 && g_glued_run(s, i, 3) &&
           y2 == (y + 1) % 100) /* 2019/20 */
    n = 3;
  if (dt_is(s, i + n, "a.d.") || dt_is(s, i + n, "ad") || dt_is(s, i + n, "ce")) {
    if (dt_is(s, i + n, "a.d.") || g_cap(s, i + n) || (dt_flags(s, i + n) & NEWS_F_ALLCAPS)) n++;
  }
  return n;
}
