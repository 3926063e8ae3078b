/*
** grammar_period.c: periods longer than a month: quarters and halves ("the
** third quarter", "Q3 2019", "H1"), seasons, decades and centuries, the
** year-ago quarter of earnings copy, "the week of March 6" and "the first
** Monday of March".
*/
#include "grammar.h"

#include <string.h>

/* ---------------------------------------------------------------------------
** Quarters, halves, seasons, decades, centuries.
*/
/* "third quarter", "third-quarter", "Q3", "first half", "H1": *q 1-4, or 5-6
** for halves. */
static uint32_t quarter_words(const dt_scan *s, uint32_t i, int32_t *q) {
  uint32_t n;
  int32_t v;
  const dt_word *w = dt_lex1(s, i, DW_PERIOD_TOKEN);
  if (w) {
    *q = w->val;
    return 1;
  }
  if ((n = dt_ordinal(s, i, &v)) == 0 || v < 1 || v > 4) return 0;
  uint32_t j = i + n;
  if (dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, j - 1) && dt_glued(s, j)) j++;
  const dt_word *u = dt_lex1(s, j, DW_UNIT);
  if (u && u->val == DT_U_QUARTER && !(u->val2 & DW_PLURAL)) {
    if (g_cap(s, j) && !g_sent_start(s, i) && !g_cap(s, i)) return 0; /* "the Latin Quarter" */
    *q = v;
    return j + 1 - i;
  }
  if (dt_is(s, j, "half") && v <= 2) {
    *q = 4 + v;
    return j + 1 - i;
  }
  return 0;
}

/* After a quarter or season: " 2019", " of 2019", " of last year". */
static uint32_t period_year(const dt_scan *s, uint32_t j, dt_expr *e) {
  uint32_t k = j;
  int32_t y;
  int two;
  if (dt_is(s, k, "of") || g_punct(s, k, ",")) k++;
  uint32_t n = g_year(s, k, &y, &two);
  if (n && (two || (y >= 1000 && y <= 2999)) && !dt_lex1(s, k + 1, DW_NOT_YEAR_AFTER)) {
    e->pt.base = DT_B_ABS;
    e->pt.year = y;
    e->pt.year2 = (uint8_t)two;
    e->pt.year_gran = DT_G_YEAR;
    return k + n - j;
  }
  if (g_year_words(s, k, &y) && k > j) { /* "the winter of nineteen ninety-four" */
    uint32_t nw = g_year_words(s, k, &y);
    e->pt.base = DT_B_ABS;
    e->pt.year = y;
    e->pt.year_gran = DT_G_YEAR;
    return k + nw - j;
  }
  /* "of last year", "of this year", "of next year" */
  if (dt_is(s, j, "of")) {
    if (dt_is(s, k, "the")) k++;
    const dt_word *r = dt_lex1(s, k, DW_REL);
    const dt_word *u = dt_lex1(s, k + 1, DW_UNIT);
    if (r && u && u->val == DT_U_YEAR && !(u->val2 & DW_PLURAL) &&
        (r->val == DT_REL_THIS || r->val == DT_REL_LAST || r->val == DT_REL_NEXT ||
         r->val == DT_REL_FOLLOWING || r->val == DT_REL_PREVIOUS)) {
      e->pt.base =
          (r->val == DT_REL_FOLLOWING || r->val == DT_REL_PREVIOUS) ? DT_B_REF : DT_B_SHIFT;
      e->pt.unit = DT_U_YEAR;
      e->pt.shift = (r->val == DT_REL_LAST || r->val == DT_REL_PREVIOUS) ? -1
                    : (r->val == DT_REL_THIS)                            ? 0
                                                                         : 1;
      return k + 2 - j;
    }
  }
  return 0;
}

static uint32_t p_quarter(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i, n;
  int32_t q, y = 0;
  int two = 0, with_year = 0;
  if (dt_is(s, k, "the") || dt_is(s, k, "its") || dt_is(s, k, "their")) k++;
  if (dt_lex(s, k, DW_FISCAL, &n)) k += n;
  if (dt_kind(s, k) == NEWS_TOK_NUMBER && g_year(s, k, &y, &two) && !two && y >= 1000) {
    /* "the 1988 second quarter" */
    with_year = 1;
    k++;
    if (dt_lex(s, k, DW_FISCAL, &n)) k += n;
  }
  if ((n = quarter_words(s, k, &q)) == 0) {
    /* "the 1988 quarter", "the 1989 period": the quarter mentioned, in that year */
    const dt_word *u = dt_lex1(s, k, DW_UNIT);
    if (with_year && k > i && dt_is(s, i, "the") &&
        ((u && u->val == DT_U_QUARTER && !(u->val2 & DW_PLURAL)) || dt_is(s, k, "period"))) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_ABS;
      e->pt.year = y;
      e->pt.year_gran = DT_G_YEAR;
      e->pt.keep_ref_gran = 1;
      return k + 1 - i;
    }
    return 0;
  }
  uint32_t j = k + n;
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  if (q <= 4)
    e->pt.quarter = (uint8_t)q;
  else
    e->pt.half = (uint8_t)(q - 4);
  if (with_year) {
    e->pt.base = DT_B_ABS;
    e->pt.year = y;
    e->pt.year_gran = DT_G_YEAR;
  } else {
    j += period_year(s, j, e);
  }
  /* "the first half of the match" is no date */
  if (q > 4 && dt_is(s, j, "of")) return 0;
  return j - i;
}

static uint32_t p_season(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i;
  int the = dt_is(s, k, "the");
  if (the) k++;
  const dt_word *w = dt_lex1(s, k, DW_SEASON);
  if (!w) return 0;
  if (g_cap(s, k) && g_cap(s, k + 1) && !g_sent_start(s, k)) return 0; /* "Summer Palace" */
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  e->pt.season = (uint8_t)w->val;
  uint32_t j = k + 1;
  uint32_t ny = period_year(s, j, e);
  if (ny) return j + ny - i;
  /* a year before the season: "the 2014 summer" is rare; bare seasons need a cue */
  if (w->val2 & DW_AMBIG) return 0; /* "fall" alone is a verb or a noun */
  if (dt_possessive(s, k)) return 0;
  uint32_t p = g_prev(i);
  if (!g_temporal_cue(s, p) && !(p != NEWS_NONE && dt_tok_is(s->doc, p, "this"))) return 0;
  if (g_lower_word(s, j) && !dt_lex1(s, j, DW_TENSE) && !dt_is(s, j, "and") && !dt_is(s, j, "or") &&
      !the)
    return 0; /* "winter wheat", "summer drills": a noun's modifier */
  return j - i;
}

static uint32_t p_decade(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i;
  int the = dt_is(s, k, "the");
  if (the) k++;
  if (dt_kind(s, k) == NEWS_TOK_NUMBER) {
    const news_token *t = &s->doc->tok[k];
    const char *f = s->doc->fold + t->fold;
    uint32_t n = t->nfold, q = 0;
    int apos = n > 0 && f[0] == '\'';
    if (apos) q = 1;
    int32_t v = 0;
    uint32_t st = q;
    while (q < n && q - st < 5 && f[q] >= '0' && f[q] <= '9') v = v * 10 + (f[q++] - '0');
    uint32_t nd = q - st;
    int suffix = (n == q + 1 && f[q] == 's') || (n == q + 2 && f[q] == '\'' && f[q + 1] == 's');
    if (!suffix || v % 10 != 0) goto century; /* "20th century" */
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_ABS;
    if (nd == 4 && v >= 1000) {
      e->pt.year = v;
      e->pt.year_gran = (v % 100 == 0 && v < 2000) ? DT_G_CENTURY : DT_G_DECADE;
      return k + 1 - i;
    }
    if (nd == 2 && (apos || the)) { /* the '80s, the 80s */
      e->pt.year = v;
      e->pt.year2 = 1;
      e->pt.year_gran = DT_G_DECADE;
      return k + 1 - i;
    }
    return 0;
  }
  {
    const dt_word *w = dt_lex1(s, k, DW_DECADE_WORD);
    if (w && the) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_ABS;
      e->pt.year = w->val;
      e->pt.year2 = 1;
      e->pt.year_gran = DT_G_DECADE;
      return k + 1 - i;
    }
  }
century:;
  /* the 20th century, the twentieth century, 20th-century */
  int32_t c;
  uint32_t n = dt_ordinal(s, k, &c);
  if (n && c >= 1 && c <= 30) {
    uint32_t j = k + n;
    if (dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, j - 1) && dt_glued(s, j)) j++;
    const dt_word *u = dt_lex1(s, j, DW_UNIT);
    if (u && u->val == DT_U_CENTURY && !(u->val2 & DW_PLURAL)) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_ABS;
      e->pt.year = (c - 1) * 100;
      e->pt.year_gran = DT_G_CENTURY;
      if (e->pt.year == 0) return 0; /* the first century: no four-digit year to name it */
      return j + 1 - i;
    }
  }
  return 0;
}

/* "the year-ago quarter", "the year-earlier period", "year-ago": the period
** mentioned before, a year earlier. */
static uint32_t p_year_ago(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i;
  int the = dt_is(s, k, "the") || dt_is(s, k, "its");
  if (the) k++;
  if (dt_is(s, k, "comparable") || dt_is(s, k, "corresponding") || dt_is(s, k, "same")) k++;
  if (!dt_is(s, k, "year") || dt_kind(s, k + 1) != NEWS_TOK_DASH || !g_glued_run(s, k, 3)) return 0;
  if (!dt_is(s, k + 2, "ago") && !dt_is(s, k + 2, "earlier") && !dt_is(s, k + 2, "before"))
    return 0;
  uint32_t j = k + 3;
  int32_t q;
  uint32_t n;
  dt_expr d;
  if (dt_kind(s, j) != NEWS_TOK_WORD || !dt_lex1(s, j, DW_UNIT)) {
    if ((n = p_quantity(s, j, &d)) > 0 &&
        d.kind == DT_K_DURATION) { /* "the year-earlier nine months" */
      *e = d;
      return j + n - i;
    }
  }
  /* the quarter (or half) just mentioned, a year before; else last year */
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_SHIFT;
  e->pt.unit = DT_U_YEAR;
  e->pt.shift = -1;
  e->pt.keep_ref_gran = 1;
  if ((n = quarter_words(s, j, &q)) > 0 && q <= 4) {
    e->pt.quarter = (uint8_t)q; /* "the year-ago third quarter": that quarter, last year */
    e->pt.keep_ref_gran = 0;
    return j + n - i;
  }
  const dt_word *u = dt_lex1(s, j, DW_UNIT);
  if (u && u->val == DT_U_QUARTER && !(u->val2 & DW_PLURAL)) {
    /* without a quarter mentioned: the last completed quarter, a year before */
    e->pt.unit = DT_U_QUARTER;
    e->pt.shift = -5;
    return j + 1 - i;
  }
  if (dt_is(s, j, "period")) return j + 1 - i;
  return the ? 0 : j - i; /* "year-ago results": the adjective alone */
}

/* "the first Monday of March", "the last Sunday in October 2019" */
static uint32_t p_nth_weekday(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i + dt_is(s, i, "the"), n;
  int32_t nth;
  if (dt_is(s, k, "last"))
    nth = -1, n = 1;
  else if ((n = dt_ordinal(s, k, &nth)) == 0 || nth < 1 || nth > 5)
    return 0;
  const dt_word *w = dt_lex1(s, k + n, DW_WEEKDAY);
  if (!w || (w->val2 & (DW_PLURAL | DW_ABBR))) return 0;
  uint32_t j = k + n + 1;
  if (!dt_is(s, j, "of") && !dt_is(s, j, "in")) return 0;
  const dt_word *m = g_month(s, j + 1, 0);
  if (!m || (m->val2 & DW_ABBR)) return 0;
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  e->pt.month = (uint8_t)m->val;
  e->pt.dow = (uint8_t)w->val;
  e->pt.nth = (int8_t)nth;
  j += 2;
  return j + g_year_after(s, j, e) - i;
}

/* "the week of March 6": the ISO week holding that day */
static uint32_t p_week_of(const dt_scan *s, uint32_t i, dt_expr *e) {
  const dt_word *u = dt_lex1(s, i + 1, DW_UNIT);
  if (!dt_is(s, i, "the") || !u || u->val != DT_U_WEEK || (u->val2 & DW_PLURAL) ||
      !dt_is(s, i + 2, "of"))
    return 0;
  uint32_t n = p_month_date(s, i + 3, e);
  if (!n) n = p_day_month(s, i + 3, e);
  if (!n || !e->pt.day) return 0;
  e->pt.gran = DT_G_WEEK;
  return 3 + n;
}

uint32_t p_period(const dt_scan *s, uint32_t i, dt_expr *e) {
  dt_expr c;
  uint32_t best = 0, n;
  /* each starts, after "the", "its" or "their", with a word of a class or a
  ** number: a quarter with an ordinal, "Q3" or "fiscal", a decade with a
  ** number or a decade word, a season with a season... */
  int the = dt_is(s, i, "the");
  uint32_t k = i + (the || dt_is(s, i, "its") || dt_is(s, i, "their"));
  if (k >= s->lim) return 0;
  int num = s->doc->tok[k].kind == NEWS_TOK_NUMBER;
  uint32_t m = dt_mask(s, k);
  const uint32_t counts = DT_BIT(DW_NUMBER) | DT_BIT(DW_ORDINAL);
  if (the && (m & DT_BIT(DW_UNIT)) && (n = p_week_of(s, i, &c)) > best) best = n, *e = c;
  if ((num || (m & (counts | DT_BIT(DW_REL)))) && (n = p_nth_weekday(s, i, &c)) > best)
    best = n, *e = c;
  if ((num || (m & (counts | DT_BIT(DW_PERIOD_TOKEN) | DT_BIT(DW_FISCAL)))) &&
      (n = p_quarter(s, i, &c)) > best)
    best = n, *e = c;
  if ((m & DT_BIT(DW_SEASON)) && (n = p_season(s, i, &c)) > best) best = n, *e = c;
  if ((num || (m & (counts | DT_BIT(DW_DECADE_WORD)))) && (n = p_decade(s, i, &c)) > best)
    best = n, *e = c;
  if ((m & (DT_BIT(DW_UNIT) | DT_BIT(DW_FUNC) | DT_BIT(DW_REL))) &&
      (n = p_year_ago(s, i, &c)) > best)
    best = n, *e = c;
  return best;
}
