/*
** grammar_time.c: days and times of day. Clock times ("3 p.m.", "10:30am",
** "1400 GMT", "noon"), weekdays with what follows them ("Monday morning",
** "Friday, Nov. 4", "Wednesday of next week"), "yesterday", "tonight", and
** holidays.
*/
#include "grammar.h"

#include <string.h>

/* ---------------------------------------------------------------------------
** Clock times.
*/
/* "3pm", "10:30am", "15:30", "9:01:10", "3p" in one token. Returns 1 and the
** time, with *ampm = 0 none, 1 am, 2 pm. */
static int clock_token(const dt_scan *s, uint32_t i, int32_t *h, int32_t *m, int32_t *sec,
                       int *ampm) {
  if (dt_kind(s, i) != NEWS_TOK_NUMBER) return 0;
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  uint32_t k = 0, n = t->nfold;
  int32_t part[3] = {0, -1, -1};
  int np = 0;
  while (np < 3) {
    uint32_t st = k;
    int32_t v = 0;
    while (k < n && k - st < 3 && f[k] >= '0' && f[k] <= '9') v = v * 10 + (f[k++] - '0');
    if (k == st || k - st > 2) return 0;
    if (np > 0 && k - st != 2) return 0;
    part[np++] = v;
    if (k < n && f[k] == ':') {
      k++;
      continue;
    }
    break;
  }
  *ampm = 0;
  if (k < n) {
    const char *r = f + k;
    uint32_t rn = n - k;
    if ((rn == 2 && memcmp(r, "am", 2) == 0) || (rn == 1 && r[0] == 'a'))
      *ampm = 1;
    else if ((rn == 2 && memcmp(r, "pm", 2) == 0) || (rn == 1 && r[0] == 'p'))
      *ampm = 2;
    else
      return 0;
  }
  if (np == 1 && !*ampm) return 0; /* a bare number is no time */
  *h = part[0];
  *m = part[1] < 0 ? 0 : part[1];
  *sec = part[2];
  if (*m > 59 || *sec > 59) return 0;
  return 1;
}

static int apply_ampm(int32_t *h, int ampm) {
  if (ampm == 0) return *h <= 24;
  if (*h < 1 || *h > 12) return 0;
  if (ampm == 1 && *h == 12) *h = 0;
  if (ampm == 2 && *h != 12) *h += 12;
  return 1;
}

uint32_t g_clock(const dt_scan *s, uint32_t i, int32_t *min, int32_t *sec, int strong) {
  int32_t h, m, sc = -1, v;
  int ampm = 0;
  uint32_t n = 0;
  const dt_word *w;
  uint32_t k;
  uint32_t p = g_prev(i);
  /* a clock word, a number or a number word */
  if (i >= s->lim || (s->doc->tok[i].kind != NEWS_TOK_NUMBER &&
                      !(dt_mask(s, i) & (DT_BIT(DW_CLOCK) | DT_BIT(DW_NUMBER)))))
    return 0;
  if (p != NEWS_NONE) {
    dt_scan t = *s;
    t.lim = (uint32_t)s->doc->ntok;
    if (dt_is(&t, p, "at") || dt_is(&t, p, "from") || dt_is(&t, p, "until") ||
        dt_is(&t, p, "till") || dt_is(&t, p, "by") || dt_is(&t, p, "around") ||
        dt_is(&t, p, "before") || dt_is(&t, p, "after") || dt_is(&t, p, "since") ||
        dt_is(&t, p, "about"))
      strong = 1;
  }
  if ((w = dt_lex1(s, i, DW_CLOCK)) != NULL) { /* noon, midnight */
    if ((g_cap(s, i) && !g_sent_start(s, i)) || (i > 0 && dt_tok_is(s->doc, i - 1, "high")))
      return 0; /* "High Noon" */
    *min = w->val;
    *sec = -1;
    n = 1;
  } else if (clock_token(s, i, &h, &m, &sc, &ampm)) {
    n = 1;
    if (!ampm && (w = dt_lex(s, i + 1, DW_AMPM, &k)) != NULL) {
      ampm = w->val ? 2 : 1;
      n += k;
    }
    if (!ampm && !strong && !dt_lex(s, i + 1, DW_TZ, &k)) return 0; /* "15:30" alone: a ratio? */
    if (!apply_ampm(&h, ampm)) return 0;
    *min = h * 60 + m;
    *sec = sc;
  } else if (dt_digits(s, i, &v) >= 1) {
    int nd = dt_digits(s, i, &v);
    if (nd <= 2 && (w = dt_lex(s, i + 1, DW_AMPM, &k)) != NULL) { /* 3 p.m. */
      h = v;
      if (!apply_ampm(&h, w->val ? 2 : 1)) return 0;
      *min = h * 60;
      n = 1 + k;
    } else if (nd <= 2 && dt_is(s, i + 1, "o'clock") && v >= 1 && v <= 12) {
      *min = v * 60;
      n = 2;
    } else if (nd <= 2 && v >= 1 && v <= 12 && dt_is(s, i + 1, "in") && dt_is(s, i + 2, "the") &&
               (w = dt_lex1(s, i + 3, DW_POD)) != NULL && !(w->val2 & DW_PLURAL)) {
      h = v; /* "4 in the morning", "3 in the afternoon" */
      if (!apply_ampm(&h, w->val == DT_POD_MO ? 1 : 2)) return 0;
      *min = h * 60;
      n = 4;
    } else if (nd == 4 && v % 100 < 60 && v / 100 < 24 &&
               (dt_lex(s, i + 1, DW_TZ, &k) || dt_is(s, i + 1, "hrs") ||
                dt_is(s, i + 1, "hours"))) { /* 1400 GMT */
      *min = (v / 100) * 60 + v % 100;
      n = 1;
    } else {
      return 0;
    }
    *sec = -1;
  } else if ((n = dt_words_below_100(s, i, &v)) > 0 && v >= 1 && v <= 12 &&
             dt_is(s, i + n, "o'clock")) {
    *min = v * 60;
    *sec = -1;
    n++;
  } else {
    return 0;
  }
  /* a time zone: "3 p.m. EST", "1400 GMT", "10 a.m. local time" */
  if (dt_lex(s, i + n, DW_TZ, &k))
    n += k;
  else if (dt_is(s, i + n, "hrs") || dt_is(s, i + n, "hours"))
    n++;
  return n;
}

/* ---------------------------------------------------------------------------
** Weekdays, times, named days, holidays.
*/
uint32_t g_day_suffix(const dt_scan *s, uint32_t j, dt_expr *e) {
  const dt_word *w = dt_lex1(s, j, DW_POD);
  int32_t min, sec;
  uint32_t n;
  if (w && !(w->val2 & DW_PLURAL) && !dt_is(s, j, "overnight") && !dt_is(s, j, "dawn") &&
      !dt_is(s, j, "daybreak") && !dt_is(s, j, "dusk") && !dt_is(s, j, "lunchtime")) {
    e->pt.pod = (uint8_t)w->val;
    e->type = NEWS_TIMEX_TIME;
    /* "Monday morning at 10 a.m." */
    if (dt_is(s, j + 1, "at") && (n = g_clock(s, j + 2, &min, &sec, 1)) > 0) {
      e->pt.pod = 0;
      e->pt.hh = (int8_t)(min / 60);
      e->pt.mi = (int8_t)(min % 60);
      e->pt.ss = (int8_t)sec;
      return 2 + n;
    }
    return 1;
  }
  /* "at 3 p.m.", or a clock time with its a.m./p.m. or zone right after the
  ** day ("Sept. 14, 2022 10:42 a.m.") */
  uint32_t at = dt_is(s, j, "at") ? 1 : 0;
  if (!at && g_punct(s, j, ",") && dt_kind(s, j + 1) == NEWS_TOK_NUMBER) at = 1;
  if ((n = g_clock(s, j + at, &min, &sec, at && dt_is(s, j, "at"))) > 0) {
    e->pt.hh = (int8_t)(min / 60);
    e->pt.mi = (int8_t)(min % 60);
    e->pt.ss = (int8_t)sec;
    e->type = NEWS_TIMEX_TIME;
    return at + n;
  }
  return 0;
}

uint32_t p_weekday(const dt_scan *s, uint32_t i, dt_expr *e) {
  const dt_word *w = dt_lex1(s, i, DW_WEEKDAY);
  if (!w) return 0;
  uint32_t j = i + 1, k, n;
  if (w->val2 & DW_PLURAL) { /* "on Mondays": a set */
    g_init(e, DT_K_SET, NEWS_TIMEX_SET);
    e->set_point = 1;
    e->pt.base = DT_B_ABS;
    e->pt.year_unknown = 1;
    e->pt.dow = (uint8_t)w->val;
    return 1;
  }
  /* "Tuesday nights": a set too */
  const dt_word *pn = dt_lex1(s, j, DW_POD);
  if (pn && (pn->val2 & DW_PLURAL) && !(w->val2 & DW_ABBR)) {
    g_init(e, DT_K_SET, NEWS_TIMEX_SET);
    e->set_point = 1;
    e->pt.base = DT_B_ABS;
    e->pt.year_unknown = 1;
    e->pt.dow = (uint8_t)w->val;
    e->pt.pod = (uint8_t)pn->val;
    return 2;
  }
  /* "Monday, Nov. 4", "Friday Oct. 13", "Saturday 25 April" */
  k = j;
  if (dt_is(s, k, ".") && (w->val2 & DW_ABBR)) k++;
  if (g_punct(s, k, ",") || g_punct(s, k, "(")) k++;
  dt_expr d;
  if ((n = p_month_date(s, k, &d)) > 0 || (n = p_day_month(s, k, &d)) > 0) {
    if (d.pt.day) {
      *e = d;
      e->pt.dow = 0;
      j = k + n;
      if (g_punct(s, j, ")") && g_punct(s, k - 1, "(")) j++;
      j += g_day_suffix(s, j, e);
      return j - i;
    }
  }
  if (w->val2 & DW_ABBR) return 0;
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_WEEKDAY;
  e->pt.dow = (uint8_t)w->val;
  if (dt_possessive(s, i)) return 1;
  /* "Wednesday of next week", "Monday this week" */
  k = j + dt_is(s, j, "of");
  const dt_word *r = dt_lex1(s, k, DW_REL), *u = dt_lex1(s, k + 1, DW_UNIT);
  if (r && u && u->val == DT_U_WEEK && !(u->val2 & DW_PLURAL) &&
      (r->val == DT_REL_THIS || r->val == DT_REL_NEXT || r->val == DT_REL_LAST)) {
    e->pt.base = DT_B_SHIFT;
    e->pt.unit = DT_U_WEEK;
    e->pt.shift = r->val == DT_REL_NEXT ? 1 : r->val == DT_REL_LAST ? -1 : 0;
    j = k + 2;
    if (!dt_possessive(s, j - 1)) j += g_day_suffix(s, j, e);
    return j - i;
  }
  j += g_day_suffix(s, j, e);
  /* "Thursday 8:00 GMT" */
  if (j == i + 1) {
    int32_t min, sec;
    if ((n = g_clock(s, j, &min, &sec, 0)) > 0) {
      e->pt.hh = (int8_t)(min / 60);
      e->pt.mi = (int8_t)(min % 60);
      e->pt.ss = (int8_t)sec;
      e->type = NEWS_TIMEX_TIME;
      j += n;
    }
  }
  return j - i;
}

/* A day written after a clock time: "10 p.m. Wednesday", "5 p.m. EST Nov. 9". */
static uint32_t day_after_time(const dt_scan *s, uint32_t k, dt_expr *d) {
  uint32_t n;
  if ((n = p_weekday(s, k, d)) > 0 && d->kind == DT_K_POINT && d->pt.hh < 0 && !d->pt.pod) return n;
  if ((n = p_deictic(s, k, d)) > 0 && d->pt.hh < 0 && !d->pt.pod) return n;
  if ((n = p_month_date(s, k, d)) > 0 && d->pt.day) return n;
  if ((n = p_day_month(s, k, d)) > 0) return n;
  return 0;
}

uint32_t p_time(const dt_scan *s, uint32_t i, dt_expr *e) {
  int32_t min, sec;
  uint32_t n = g_clock(s, i, &min, &sec, 0);
  if (!n) return 0;
  g_init(e, DT_K_POINT, NEWS_TIMEX_TIME);
  e->pt.base = DT_B_SHIFT;
  e->pt.unit = DT_U_DAY;
  e->pt.shift = 0;
  uint32_t j = i + n, k = j, m;
  /* "10:35 a.m. (0735 GMT) Friday": the same time in another zone */
  if (g_punct(s, k, "(")) {
    int32_t m2, s2;
    uint32_t q = g_clock(s, k + 1, &m2, &s2, 1);
    if (q && g_punct(s, k + 1 + q, ")")) k += q + 2;
  }
  if (g_punct(s, k, ",")) k++;
  dt_expr d;
  if ((m = day_after_time(s, k, &d)) > 0) {
    e->pt = d.pt;
    j = k + m;
  } else if (dt_is(s, k, "on") && (m = day_after_time(s, k + 1, &d)) > 0) {
    e->pt = d.pt;
    j = k + 1 + m;
  } else {
    /* a time alone: on the day just mentioned ("Friday ... at 10 p.m."), else the anchor's */
    e->pt.base = DT_B_REF;
    e->pt.near_ref = 1;
  }
  e->type = NEWS_TIMEX_TIME;
  e->pt.hh = (int8_t)(min / 60);
  e->pt.mi = (int8_t)(min % 60);
  e->pt.ss = (int8_t)sec;
  e->pt.pod = 0;
  return j - i;
}

uint32_t p_deictic(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n;
  const dt_word *w = dt_lex(s, i, DW_DEICTIC, &n);
  if (!w) return 0;
  /* "VOA Today", "USA Today": a title after a name */
  if (g_cap(s, i) && !g_sent_start(s, i) && i > 0 && s->doc->tok[i - 1].kind == NEWS_TOK_WORD &&
      (s->doc->tok[i - 1].flags & NEWS_F_CAP))
    return 0;
  g_init(e, DT_K_POINT, w->val2 ? NEWS_TIMEX_TIME : NEWS_TIMEX_DATE);
  e->pt.base = DT_B_SHIFT;
  e->pt.unit = DT_U_DAY;
  e->pt.shift = w->val;
  e->pt.pod = (uint8_t)w->val2;
  uint32_t j = i + n;
  if (dt_possessive(s, j - 1)) return n;
  if (!w->val2) j += g_day_suffix(s, j, e);
  return j - i;
}

uint32_t p_holiday(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n;
  const dt_word *w = dt_lex(s, i, DW_HOLIDAY, &n);
  if (!w || !g_cap(s, i)) return 0;
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = DT_B_YEARLESS;
  e->pt.holiday = w->val;
  uint32_t j = i + n;
  j += g_year_after(s, j, e);
  return j - i;
}
