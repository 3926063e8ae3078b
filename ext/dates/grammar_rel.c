/*
** grammar_rel.c: expressions named from the anchor or from the date last
** mentioned ("last week", "the following year", "this morning", "the
** quarter"), vague references ("now", "recently"), the modifiers around any
** expression ("early", "the end of", "about", "more than", "or so"), and
** dt_match, which picks the longest expression at a token.
*/
#include "grammar.h"

#include <string.h>

/* A look-up on the token before an expression (outside the sentence limit). */
static int before_is(const dt_scan *s, uint32_t i, const char *w) {
  return i > 0 && dt_tok_is(s->doc, i - 1, w);
}
/* ---------------------------------------------------------------------------
** Relative to the anchor or to the date last mentioned.
*/
static void set_shift(dt_expr *e, int base, int unit, int32_t shift) {
  g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
  e->pt.base = (uint8_t)base;
  e->pt.unit = (uint8_t)unit;
  e->pt.shift = shift;
}

static int rel_dir(int rel) {
  switch (rel) {
  case DT_REL_LAST:
  case DT_REL_PREVIOUS:
    return DT_DIR_STRICT_PAST;
  case DT_REL_NEXT:
  case DT_REL_FOLLOWING:
    return DT_DIR_STRICT_FUTURE;
  case DT_REL_THIS:
    return DT_DIR_THIS;
  default:
    return -1;
  }
}

/* "last year's third quarter", "this year's first half" */
static uint32_t year_part(const dt_scan *s, uint32_t j, dt_expr *e) {
  int32_t v;
  uint32_t n = dt_ordinal(s, j, &v), k;
  if (!n || v < 1 || v > 4) return 0;
  k = j + n;
  if (dt_kind(s, k) == NEWS_TOK_DASH && dt_glued(s, k - 1) && dt_glued(s, k)) k++;
  const dt_word *u = g_unit_at(s, k, 0);
  if (u && u->val == DT_U_QUARTER) {
    e->pt.quarter = (uint8_t)v;
    return k + 1 - j;
  }
  if (dt_is(s, k, "half") && v <= 2) {
    e->pt.half = (uint8_t)v;
    return k + 1 - j;
  }
  return 0;
}

uint32_t p_relative(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i, n, j;
  int the = dt_is(s, k, "the");
  if (the) k++;
  const dt_word *r = dt_lex(s, k, DW_REL, &n);
  const dt_word *u;
  if (!r) {
    /* "the quarter": the one mentioned before, else the last completed one */
    if (the && (u = g_unit_at(s, k, 0)) != NULL && u->val == DT_U_QUARTER && !g_cap(s, k) &&
        !dt_is(s, k + 1, "of") && !dt_possessive(s, k) && !(i > 0 && g_cap(s, i - 1))) {
      set_shift(e, DT_B_REF, DT_U_QUARTER, 0);
      e->pt.has_fallback = 1;
      e->pt.fallback = -1;
      return k + 1 - i;
    }
    /* "the day before", "the year after": from the date last mentioned (not
    ** "the day before the vote", which counts from an event) */
    const dt_word *a;
    uint32_t an;
    if (the && (u = g_unit_at(s, k, 0)) != NULL && u->val >= DT_U_DAY && u->val != DT_U_WEEKEND &&
        u->val != DT_U_QUARTER && g_unit_mult(u) == 1 && (a = g_ago_at(s, k + 1, &an)) != NULL &&
        (a->val2 & DW_FROM_REF) && !dt_is(s, k + 1, "later") && !dt_is(s, k + 1, "earlier")) {
      set_shift(e, DT_B_REF, u->val, a->val);
      return k + 1 + an - i;
    }
    /* "the year", "the full year", "the fiscal year": the current one; "the
    ** year ended March 31" names a twelve-month period */
    uint32_t y = k + (dt_is(s, k, "full") || dt_is(s, k, "whole") || dt_is(s, k, "fiscal"));
    if (the && (u = g_unit_at(s, y, 0)) != NULL && u->val == DT_U_YEAR && !g_cap(s, y) &&
        !dt_is(s, y + 1, "of") && !(dt_kind(s, y + 1) == NEWS_TOK_DASH && dt_glued(s, y)) &&
        dt_kind(s, y + 1) != NEWS_TOK_NUMBER && !dt_lex1(s, y + 1, DW_NUMBER)) {
      if (dt_is(s, y + 1, "ended") || dt_is(s, y + 1, "ending") || dt_is(s, y + 1, "through")) {
        g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
        g_dur_add(&e->dur, DT_U_YEAR, 2, 0);
        return y + 1 - i;
      }
      set_shift(e, DT_B_SHIFT, DT_U_YEAR, 0);
      return y + 1 - i;
    }
    /* "the weekend": the one the tense points to */
    if (the && (u = g_unit_at(s, k, 0)) != NULL && u->val == DT_U_WEEKEND) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_WEEKDAY;
      e->pt.dow = 6;
      e->pt.weekend = 1;
      return k + 1 - i;
    }
    return 0;
  }
  int rel = r->val;
  j = k + n;
  /* "This Week", "Next Year" mid-sentence: a title */
  if (g_cap(s, k) && !g_sent_start(s, k) && g_cap(s, j) && !dt_lex1(s, j, DW_MONTH) &&
      !dt_lex1(s, j, DW_WEEKDAY) && !dt_lex(s, j, DW_HOLIDAY, NULL))
    return 0;
  /* "the current fiscal year", "last fiscal year" */
  if (dt_is(s, j, "fiscal") && dt_is(s, j + 1, "year")) j++;
  /* "present" and "past" as relations want "the" ("the present year", "the past week") */
  if (dt_is(s, k, "present") && !the) return 0;
  if (rel == DT_REL_SAME && !the && !dt_is(s, k, "that")) return 0;
  if ((u = g_unit_at(s, j, 0)) != NULL) {
    int unit = u->val;
    if (g_unit_mult(u) != 1) return 0;
    if (unit == DT_U_SECOND || unit == DT_U_MINUTE || unit == DT_U_HOUR) return 0;
    if (unit == DT_U_QUARTER && dt_is(s, j + 1, "of")) return 0;
    if (unit == DT_U_DAY && (rel == DT_REL_LAST || rel == DT_REL_LATEST))
      return 0; /* "the last day of" */
    if (unit == DT_U_DAY && rel == DT_REL_THIS) return 0;
    if (unit == DT_U_DAY && rel == DT_REL_NEXT) rel = DT_REL_FOLLOWING; /* "the next day" */
    switch (rel) {
    case DT_REL_LAST:
      set_shift(e, DT_B_SHIFT, unit, -1);
      break;
    case DT_REL_NEXT:
      set_shift(e, DT_B_SHIFT, unit, 1);
      break;
    case DT_REL_THIS:
      set_shift(e, DT_B_SHIFT, unit, 0);
      break;
    case DT_REL_FOLLOWING:
      set_shift(e, DT_B_REF, unit, 1);
      break;
    case DT_REL_PREVIOUS:
      set_shift(e, DT_B_REF, unit, -1);
      break;
    case DT_REL_SAME:
      set_shift(e, DT_B_REF, unit, 0);
      break;
    case DT_REL_LATEST: /* "the latest quarter": the last completed one */
      set_shift(e, DT_B_SHIFT, unit, -1);
      break;
    default:
      return 0;
    }
    if (unit == DT_U_WEEKEND) {
      e->pt.unit = DT_U_WEEK;
      e->pt.gran = DT_G_WEEKEND;
    }
    j++;
    if (unit == DT_U_YEAR && dt_possessive(s, j - 1)) j += year_part(s, j, e);
    return j - i;
  }
  int dir = rel_dir(rel);
  if (dir < 0) return 0;
  if (rel == DT_REL_PREVIOUS || rel == DT_REL_FOLLOWING) {
    /* "the previous Friday", "the following Monday": from the date last mentioned */
    const dt_word *w = dt_lex1(s, j, DW_WEEKDAY);
    if (w && !(w->val2 & (DW_ABBR | DW_PLURAL))) {
      g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
      e->pt.base = DT_B_WEEKDAY;
      e->pt.dow = (uint8_t)w->val;
      e->pt.dir = (uint8_t)dir;
      e->pt.unit = 1; /* from the reference date */
      return j + 1 - i;
    }
    /* "the following morning", "the previous night" */
    const dt_word *pd = dt_lex1(s, j, DW_POD);
    if (pd && !(pd->val2 & DW_PLURAL)) {
      set_shift(e, DT_B_REF, DT_U_DAY, rel == DT_REL_FOLLOWING ? 1 : -1);
      e->pt.pod = (uint8_t)pd->val;
      e->type = NEWS_TIMEX_TIME;
      return j + 1 - i;
    }
    return 0;
  }
  const dt_word *w;
  if ((w = g_month(s, j, 0)) != NULL && !(w->val2 & DW_ABBR) &&
      (!(w->val2 & DW_AMBIG) || g_cap(s, j))) { /* "this march" is a protest */
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_YEARLESS;
    e->pt.month = (uint8_t)w->val;
    e->pt.dir = (uint8_t)dir;
    return j + 1 - i;
  }
  if ((w = dt_lex1(s, j, DW_WEEKDAY)) != NULL && !(w->val2 & (DW_ABBR | DW_PLURAL))) {
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_WEEKDAY;
    e->pt.dow = (uint8_t)w->val;
    /* "next Wednesday" is next week's; "this coming Sunday" the first one ahead */
    e->pt.dir = (uint8_t)(rel == DT_REL_NEXT && dt_is(s, k, "next") ? DT_DIR_NEXT_WEEK : dir);
    j++;
    if (!dt_possessive(s, j - 1)) j += g_day_suffix(s, j, e);
    return j - i;
  }
  if ((w = dt_lex1(s, j, DW_SEASON)) != NULL) {
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_YEARLESS;
    e->pt.season = (uint8_t)w->val;
    e->pt.dir = (uint8_t)dir;
    return j + 1 - i;
  }
  if ((w = dt_lex1(s, j, DW_POD)) != NULL && !(w->val2 & DW_PLURAL) && the && rel == DT_REL_NEXT &&
      !dt_is(s, j, "overnight")) { /* "the next morning": after the date last mentioned */
    set_shift(e, DT_B_REF, DT_U_DAY, 1);
    e->pt.pod = (uint8_t)w->val;
    e->type = NEWS_TIMEX_TIME;
    return j + 1 - i;
  }
  if ((w = dt_lex1(s, j, DW_POD)) != NULL && !(w->val2 & DW_PLURAL) && !the &&
      (rel == DT_REL_THIS || rel == DT_REL_LAST) && !dt_is(s, j, "overnight")) {
    /* "this morning", "last night" */
    set_shift(e, DT_B_SHIFT, DT_U_DAY, rel == DT_REL_LAST ? -1 : 0);
    e->pt.pod = (uint8_t)w->val;
    e->type = NEWS_TIMEX_TIME;
    if (rel == DT_REL_LAST && w->val != DT_POD_NI && w->val != DT_POD_EV) return 0;
    return j + 1 - i;
  }
  if ((w = dt_lex(s, j, DW_HOLIDAY, &n)) != NULL && g_cap(s, j)) {
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    e->pt.base = DT_B_YEARLESS;
    e->pt.holiday = w->val;
    e->pt.dir = (uint8_t)dir;
    return j + n - i;
  }
  return 0;
}

/* ---------------------------------------------------------------------------
** Vague references.
*/
uint32_t p_ref(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n;
  const dt_word *w = dt_lex(s, i, DW_REF, &n);
  if (!w) return 0;
  uint32_t j = i + n;
  if (w->val2 & DW_ADJ) {
    const dt_word *u = g_unit_at(s, j, 1);
    if (u && w->val != NEWS_REF_PRESENT) {
      g_init(e, DT_K_REF, NEWS_TIMEX_DATE); /* "recent years": some time before now */
      e->ref = (uint8_t)w->val;
      return n + 1;
    }
    /* an adjective before a noun ("recent talks", "current talks"), not a
    ** fixed term ("current account") or a predicate of something else */
    if (w->val == NEWS_REF_PRESENT &&
        (!g_lower_word(s, j) || dt_is(s, j, "account") || dt_is(s, j, "accounts") ||
         dt_is(s, j, "affairs") || dt_is(s, j, "events") || dt_lex1(s, j, DW_UNIT)))
      return 0;
    if (w->val == NEWS_REF_FUTURE && !g_lower_word(s, j)) return 0;
    if (w->val == NEWS_REF_PAST && before_is(s, i, "most")) return 0;
  }
  if ((dt_is(s, i, "the") && dt_is(s, i + 1, "moment")) ||
      (dt_is(s, i, "the") && dt_is(s, i + 1, "present"))) {
    if (!(before_is(s, i, "at") || before_is(s, i, "for") || before_is(s, i, "until") ||
          before_is(s, i, "to")))
      return 0;
  }
  if (dt_is(s, i, "soon") && (before_is(s, i, "as") || dt_is(s, j, "after") ||
                              dt_is(s, j, "afterwards") || dt_is(s, j, "thereafter")))
    return 0;
  if (dt_is(s, i, "shortly") && (dt_is(s, j, "after") || dt_is(s, j, "before") ||
                                 dt_is(s, j, "afterwards") || dt_is(s, j, "thereafter")))
    return 0;
  if (dt_is(s, i, "now") && dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, i))
    return 0; /* now-defunct */
  g_init(e, DT_K_REF, NEWS_TIMEX_DATE);
  e->ref = (uint8_t)w->val;
  return n;
}

/* ---------------------------------------------------------------------------
** Modifiers and the top level.
*/
/* The point expressions a part word may modify ("early 2017", "late March",
** "the end of next year"). */
static uint32_t point_at(const dt_scan *s, uint32_t j, dt_expr *e, int strict_targets) {
  dt_expr c;
  uint32_t best = 0, n;
  if ((n = p_month_date(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_year(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_period(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_weekday(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_deictic(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_relative(s, j, &c)) > best) best = n, *e = c;
  if ((n = p_day_month(s, j, &c)) > best) best = n, *e = c;
  if (!strict_targets && (n = p_numeric_date(s, j, &c)) > best) best = n, *e = c;
  if (best && e->kind != DT_K_POINT) return 0;
  return best;
}

static uint32_t p_part(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i, n, j;
  const dt_word *w;
  /* "the late 1970s", "the early summer", "the mid-1990s" */
  if (dt_is(s, k, "the") &&
      (dt_is(s, k + 1, "early") || dt_is(s, k + 1, "late") || dt_is(s, k + 1, "mid")))
    k++;
  if ((w = dt_lex(s, k, DW_PART, &n)) == NULL) {
    /* "year-end", "year end", "year's end", "end-2019" */
    if (dt_is(s, i, "year") && dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_is(s, i + 2, "end") &&
        dt_glued(s, i) && dt_glued(s, i + 1)) {
      set_shift(e, DT_B_SHIFT, DT_U_YEAR, 0);
      e->mod = NEWS_MOD_END;
      return 3;
    }
    if ((dt_is(s, i, "year") || dt_is(s, i, "year's")) && dt_is(s, i + 1, "end")) {
      set_shift(e, DT_B_SHIFT, DT_U_YEAR, 0);
      e->mod = NEWS_MOD_END;
      return 2;
    }
    return 0;
  }
  j = k + n;
  int single = n == 1;
  int prepost = w->val == NEWS_MOD_BEFORE || w->val == NEWS_MOD_AFTER;
  if (single && dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, j - 1) && dt_glued(s, j))
    j++;
  else if (single && dt_is(s, k, "mid") && dt_kind(s, j) == NEWS_TOK_DASH)
    return 0;
  else if (prepost)
    return 0; /* "pre-1990", "post-war": only glued */
  /* "mid-afternoon", "late morning" */
  const dt_word *pd = dt_lex1(s, j, DW_POD);
  if (pd && !(pd->val2 & DW_PLURAL) && single && !dt_is(s, j, "overnight") &&
      (dt_is(s, k, "mid") || (dt_is(s, k, "late") && dt_glued(s, k)))) {
    set_shift(e, DT_B_SHIFT, DT_U_DAY, 0);
    e->pt.pod = (uint8_t)pd->val;
    e->type = NEWS_TIMEX_TIME;
    e->mod = (uint8_t)w->val;
    uint32_t m = j + 1;
    const dt_word *dl = dt_lex1(s, m, DW_DEICTIC);
    if (dl && !dl->val2) { /* "mid-afternoon yesterday" */
      e->pt.shift = dl->val;
      m++;
    }
    return m - i;
  }
  /* "the end of the year", "the beginning of the month": the current one */
  if (!single && dt_is(s, j, "the")) {
    const dt_word *u = g_unit_at(s, j + 1, 0);
    if (u && u->val != DT_U_SECOND && u->val != DT_U_MINUTE && u->val != DT_U_HOUR &&
        g_unit_mult(u) == 1 && !(u->val == DT_U_DAY) && !dt_is(s, j + 2, "of")) {
      set_shift(e, DT_B_SHIFT, u->val == DT_U_WEEKEND ? DT_U_WEEK : u->val, 0);
      e->mod = (uint8_t)w->val;
      if (w->val2 & (DW_HALF1 | DW_HALF2)) {
        if (u->val != DT_U_YEAR) return 0;
        e->pt.half = (w->val2 & DW_HALF1) ? 1 : 2;
        e->mod = 0;
      }
      return j + 2 - i;
    }
  }
  /* "earlier in the year", "late in the week": the current one */
  if (single && !prepost && !dt_is(s, k, "mid") && dt_is(s, j, "in") && dt_is(s, j + 1, "the")) {
    const dt_word *u = g_unit_at(s, j + 2, 0);
    if (u &&
        (u->val == DT_U_YEAR || u->val == DT_U_MONTH || u->val == DT_U_WEEK ||
         u->val == DT_U_DAY) &&
        !dt_is(s, j + 3, "of")) {
      set_shift(e, DT_B_SHIFT, u->val, 0);
      e->mod = (uint8_t)w->val;
      return j + 3 - i;
    }
  }
  dt_expr c;
  uint32_t m = point_at(s, j, &c, single);
  if (!m) return 0;
  if (single) {
    /* "later" and "earlier" modify only days and the current period */
    int later = dt_is(s, k, "later") || dt_is(s, k, "earlier");
    if (later && !(c.pt.base == DT_B_WEEKDAY || (c.pt.base == DT_B_SHIFT && c.pt.shift == 0) ||
                   (c.pt.base == DT_B_SHIFT && c.pt.unit == DT_U_DAY) ||
                   (c.pt.base == DT_B_REF && c.pt.shift == 0))) /* "earlier that day" */
      return 0;
    if (c.pt.base == DT_B_REF && !later) return 0;
    if (prepost && !(c.pt.base == DT_B_ABS && !c.pt.month && !c.pt.day)) return 0;
  }
  *e = c;
  if (w->val2 & (DW_HALF1 | DW_HALF2)) {
    int year_like =
        (c.pt.base == DT_B_ABS && !c.pt.month && !c.pt.quarter && !c.pt.season && !c.pt.half &&
         !c.pt.day && c.pt.year_gran == DT_G_YEAR) ||
        (c.pt.base == DT_B_SHIFT && c.pt.unit == DT_U_YEAR && !c.pt.month && !c.pt.quarter);
    if (year_like) {
      e->pt.half = (w->val2 & DW_HALF1) ? 1 : 2;
      return j + m - i;
    }
  }
  e->mod = (uint8_t)w->val;
  return j + m - i;
}

static uint32_t p_approx(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n, m;
  const dt_word *w = dt_lex(s, i, DW_APPROX, &n);
  if (!w) return 0;
  uint32_t j = i + n;
  /* the quantity must follow at once: "over the past two years" is no "more than" */
  if (dt_is(s, j, "the") || dt_lex1(s, j, DW_REL)) return 0;
  dt_expr c;
  if ((m = p_quantity(s, j, &c)) > 0 && (c.kind == DT_K_DURATION || c.kind == DT_K_POINT)) {
    *e = c;
    e->mod = c.kind == DT_K_POINT ? NEWS_MOD_APPROX : (uint8_t)w->val;
    return n + m;
  }
  if (w->val != NEWS_MOD_APPROX || dt_is(s, i, "some")) return 0;
  uint32_t best = 0;
  if ((m = p_time(s, j, &c)) > best) best = m, *e = c;
  if ((m = p_month_date(s, j, &c)) > best && c.pt.base != DT_B_YEARLESS)
    best = m, *e = c;
  else if (m > best && c.pt.day)
    best = m, *e = c;
  if ((m = p_year(s, j, &c)) > best) best = m, *e = c;
  if ((m = p_part(s, j, &c)) > best && c.kind == DT_K_POINT) best = m, *e = c;
  if (!best) return 0;
  e->mod = NEWS_MOD_APPROX;
  return n + best;
}

/* A plain number other than a year ("40", "500", "12000") starts an
** expression only before a unit ("40 years"), a month ("5 November"), a.m.
** or p.m., "o'clock", "in" ("4 in the morning"), a range or fraction ("2 to 3
** weeks", "2 1/2 years", "2 and a half"), or a date separator ("11/5"). Most
** numbers in news are prices and counts: this spares them the grammar. */
static int number_goes_on(const dt_scan *s, uint32_t i) {
  const news_token *t = &s->doc->tok[i];
  const char *f = s->doc->fold + t->fold;
  if (t->nfold == 4) return 1;
  for (uint32_t k = 0; k < t->nfold; k++)
    if (f[k] < '0' || f[k] > '9') return 1; /* "1990s", "3pm", "2.5", "10:30" */
  uint32_t j = i + 1;
  if (j >= s->lim) return 0;
  int kind = s->doc->tok[j].kind;
  if (kind == NEWS_TOK_DASH || kind == NEWS_TOK_NUMBER || dt_tok_is(s->doc, j, "/")) return 1;
  if (kind != NEWS_TOK_WORD) return 0;
  return (dt_mask(s, j) &
          (DT_BIT(DW_UNIT) | DT_BIT(DW_MONTH) | DT_BIT(DW_DUR_ADJ) | DT_BIT(DW_AMPM))) != 0 ||
         dt_is(s, j, "o'clock") || dt_is(s, j, "in") || dt_is(s, j, "to") || dt_is(s, j, "or") ||
         dt_is(s, j, "and");
}

/* The same for a number word or an ordinal ("one", "first"), which also goes
** on with a number word ("twenty four", "nineteen ninety"), a weekday ("the
** first Monday of"), "of" ("the fifth of May"), "half" or "o'clock". A word
** with other uses ("second", "may") always goes on. */
static int number_word_goes_on(const dt_scan *s, uint32_t i) {
  if (i >= s->lim) return 0;
  uint32_t m = dt_mask(s, i) & DT_START_CLASSES;
  if (!m || (m & ~(DT_BIT(DW_NUMBER) | DT_BIT(DW_ORDINAL)))) return 1;
  uint32_t j = i + 1;
  if (j >= s->lim) return 0;
  int kind = s->doc->tok[j].kind;
  if (kind == NEWS_TOK_DASH || kind == NEWS_TOK_NUMBER) return 1;
  if (kind != NEWS_TOK_WORD) return 0;
  return (dt_mask(s, j) &
          (DT_BIT(DW_UNIT) | DT_BIT(DW_MONTH) | DT_BIT(DW_WEEKDAY) | DT_BIT(DW_DUR_ADJ) |
           DT_BIT(DW_NUMBER) | DT_BIT(DW_ORDINAL) | DT_BIT(DW_VAGUE))) != 0 ||
         dt_is(s, j, "o'clock") || ((m & DT_BIT(DW_ORDINAL)) && dt_is(s, j, "of")) ||
         dt_is(s, j, "half") || dt_is(s, j, "to") || dt_is(s, j, "or") || dt_is(s, j, "and");
}

uint32_t dt_match(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n, best = 0;
  if (s->doc->tok[i].kind == NEWS_TOK_NUMBER && !number_goes_on(s, i)) return 0;
  if (s->doc->tok[i].kind == NEWS_TOK_WORD && !number_word_goes_on(s, i)) return 0;
  /* a determiner before one: "the first time" */
  if ((s->tflags[i] & DT_T_DET) && i + 1 < s->lim && s->doc->tok[i + 1].kind == NEWS_TOK_WORD &&
      !number_word_goes_on(s, i + 1))
    return 0;
  if (dt_lex(s, i, DW_STOP, &n)) {
    memset(e, 0, sizeof *e);
    return n;
  }
  dt_expr c;
  /* Which parsers can start here: each needs a word class, a number or one
  ** of a few function words at its first token. */
  uint32_t m = i < s->lim ? dt_mask(s, i) : 0;
  int num = dt_kind(s, i) == NEWS_TOK_NUMBER, word = dt_kind(s, i) == NEWS_TOK_WORD;
  int det = word && ((s->tflags[i] & DT_T_DET) || dt_is(s, i, "year") || dt_is(s, i, "year's"));
  int counts = num || det || (m & (DT_BIT(DW_NUMBER) | DT_BIT(DW_ORDINAL) | DT_BIT(DW_VAGUE)));
  int fy = word && s->doc->tok[i].nfold >= 4 && s->doc->fold[s->doc->tok[i].fold] == 'f' &&
           s->doc->fold[s->doc->tok[i].fold + 1] == 'y';
#define TRY(cond, p)                                                                               \
  if ((cond) && (n = p(s, i, &c)) > best) best = n, *e = c
  TRY(m & DT_BIT(DW_APPROX), p_approx);
  TRY(det || (m & (DT_BIT(DW_PART) | DT_BIT(DW_UNIT))), p_part);
  TRY(m & DT_BIT(DW_MONTH), p_month_date);
  TRY(counts, p_day_month);
  TRY(num, p_numeric_date);
  TRY(counts || fy || (m & DT_BIT(DW_FISCAL)), p_year);
  TRY(m & DT_BIT(DW_WEEKDAY), p_weekday);
  TRY(counts || (m & DT_BIT(DW_CLOCK)), p_time);
  TRY(det || (m & DT_BIT(DW_DEICTIC)), p_deictic);
  TRY(m & DT_BIT(DW_HOLIDAY), p_holiday);
  TRY(counts || (m & (DT_BIT(DW_SEASON) | DT_BIT(DW_DECADE_WORD) | DT_BIT(DW_PERIOD_TOKEN) |
                      DT_BIT(DW_FISCAL) | DT_BIT(DW_UNIT) | DT_BIT(DW_REL))),
      p_period);
  TRY(det || (m & (DT_BIT(DW_REL) | DT_BIT(DW_UNIT))), p_relative);
  TRY(det || (m & (DT_BIT(DW_SETWORD) | DT_BIT(DW_EVERY))), p_set);
  TRY(counts || (m & (DT_BIT(DW_REL) | DT_BIT(DW_UNIT))), p_quantity);
  TRY(det || (m & DT_BIT(DW_REF)), p_ref);
#undef TRY
  if (!best) return 0;
  /* "or so", "or more", "or later" */
  const dt_word *w = dt_lex(s, i + best, DW_APPROX_POST, &n);
  if (w && !e->mod) {
    int point_mod = w->val == NEWS_MOD_ON_OR_AFTER || w->val == NEWS_MOD_ON_OR_BEFORE;
    if (e->kind == DT_K_DURATION && !point_mod) {
      e->mod = (uint8_t)w->val;
      best += n;
    } else if (e->kind == DT_K_POINT && (point_mod || w->val == NEWS_MOD_APPROX)) {
      e->mod = (uint8_t)w->val;
      best += n;
    }
  }
  return best;
}
