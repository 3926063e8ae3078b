/*
** resolve.c: turns a recognised expression into its TIMEX3 value, type, mod
** and calendar extent. Underspecified points are placed against the anchor
** (the publication date) or the date last mentioned:
**   - a month, month-day, quarter, season or holiday without a year takes the
**     year the direction asks for: past tense (and news's default) the latest
**     one starting on or before the anchor, future tense the first one ending
**     on or after it, a bare month-day the nearest;
**   - a weekday: the latest on or before the anchor, or the first after it in
**     a future clause; "last"/"next" make it strict, "this" keeps the week;
**   - "last week", "two years ago": the anchor's period shifted, at the
**     granularity of the unit;
**   - "a year earlier", "the following day": the same from the date the text
**     mentioned last, as news copy means them (the anchor when none).
** Without an anchor, whatever depends on it keeps X's.
*/
#include "dates_internal.h"

#include <string.h>

/* Two-digit years and decades: the century that puts them closest to the
** anchor without running more than a decade ahead of it. */
static int32_t full_year(const dt_context *cx, int32_t yy, int decade) {
  if (!cx->has_anchor) return (decade ? (yy >= 20) : (yy >= 30)) ? 1900 + yy : 2000 + yy;
  int32_t ay, am, ad;
  dt_civil(cx->anchor, &ay, &am, &ad);
  int32_t c = (ay / 100) * 100 + yy;
  int32_t limit = decade ? ay : ay + 10;
  while (c > limit) c -= 100;
  return c;
}

/* The extent of the period named by p's fields in year y. */
static int fields_extent(const dt_point *p, int32_t y, int64_t *first, int64_t *last) {
  dt_cal c;
  memset(&c, 0, sizeof c);
  c.year_known = 1;
  c.y = y;
  if (p->holiday) {
    *first = *last = dt_holiday_day(&dt_holidays[p->holiday - 1], y);
    return 1;
  }
  if (p->nth && p->dow && p->month) {
    dt_holiday h = {DT_HOL_NTH_WEEKDAY, (int8_t)p->month, (int8_t)p->dow, p->nth, 0};
    *first = *last = dt_holiday_day(&h, y);
    int32_t yy, mm, dd;
    dt_civil(*first, &yy, &mm, &dd);
    return mm == p->month; /* no fifth Monday this month */
  }
  if (p->day) {
    c.gran = DT_G_DAY, c.m = p->month, c.d = p->day;
  } else if (p->month) {
    c.gran = DT_G_MONTH, c.m = p->month;
  } else if (p->quarter) {
    c.gran = DT_G_QUARTER, c.q = p->quarter;
  } else if (p->half) {
    c.gran = DT_G_HALF, c.h = p->half;
  } else if (p->season) {
    c.gran = DT_G_SEASON, c.s = p->season;
  } else {
    return 0;
  }
  return dt_cal_extent(&c, first, last);
}

/* Fills the fields of p into c for year c->y (known or not). */
static void apply_fields(dt_cal *c, const dt_point *p) {
  if ((p->holiday || (p->nth && p->dow && p->month)) && c->year_known) {
    int64_t first, last;
    if (fields_extent(p, c->y, &first, &last)) {
      dt_cal_day(c, first);
    } else {
      c->gran = DT_G_DAY;
      c->m = c->d = 0;
      c->day_unknown = 1; /* "the fifth Monday of February" */
    }
  } else if (p->holiday || p->nth) {
    c->gran = DT_G_DAY; /* XXXX-XX-XX: a holiday in an unknown year */
  } else if (p->day) {
    c->gran = DT_G_DAY, c->m = p->month, c->d = p->day;
  } else if (p->month) {
    c->gran = DT_G_MONTH, c->m = p->month;
  } else if (p->quarter) {
    c->gran = DT_G_QUARTER, c->q = p->quarter;
  } else if (p->half) {
    c->gran = DT_G_HALF, c->h = p->half;
  } else if (p->season) {
    c->gran = DT_G_SEASON, c->s = p->season;
  }
}

/* The year for a YEARLESS point, by direction. Returns 0 when no candidate
** exists (February 30). */
static int pick_year(const dt_context *cx, const dt_point *p, int dir, int32_t *year) {
  int32_t ay, am, ad;
  dt_civil(cx->anchor, &ay, &am, &ad);
  int found = 0;
  int64_t best_dist = 0;
  for (int32_t y = ay - 4; y <= ay + 4; y++) {
    int64_t first, last;
    if (y < 1 || y > 9999 || !fields_extent(p, y, &first, &last)) continue;
    int64_t a = cx->anchor;
    switch (dir) {
    case DT_DIR_PAST:
      if (first <= a) *year = y, found = 1; /* keeps the latest */
      break;
    case DT_DIR_STRICT_PAST:
      if (last < a) *year = y, found = 1;
      break;
    case DT_DIR_FUTURE:
      if (last >= a && !found) *year = y, found = 1;
      break;
    case DT_DIR_STRICT_FUTURE:
      if (first > a && !found) *year = y, found = 1;
      break;
    case DT_DIR_THIS:
      if (y == ay) *year = y, found = 1;
      break;
    default: { /* nearest, with news's lean to the past: a future one must be twice as close */
      int64_t dist = a < first ? 2 * (first - a) : a > last ? a - last : 0;
      if (!found || dist < best_dist) *year = y, best_dist = dist, found = 1;
      break;
    }
    }
  }
  return found;
}

/* How much further the occurrence the tense points to may lie than the other
** one: a month-day against the tense within three times the distance, a bare
** month only when the other is just ahead ("guidelines to be published in early
** November" in late October; "in January" in October is last January). */
#define TENSE_WEIGHT       3
#define MONTH_TENSE_WEIGHT 10

/* The year for a month-day or holiday without one: the nearest occurrence,
** unless the clause's tense points the other way and that occurrence is not
** much further ("said on Aug. 10" in March is last August; "record Dec. 15"
** in November is this December whatever the verbs around it). */
static int pick_day_year(const dt_context *cx, const dt_point *p, int tense, int32_t *year) {
  int32_t yp = 0, yf = 0;
  int hp = pick_year(cx, p, DT_DIR_PAST, &yp), hf = pick_year(cx, p, DT_DIR_FUTURE, &yf);
  if (!hp || !hf) {
    *year = hp ? yp : yf;
    return hp || hf;
  }
  int64_t fp, lp, ff, lf;
  fields_extent(p, yp, &fp, &lp);
  fields_extent(p, yf, &ff, &lf);
  int64_t dp = cx->anchor > lp ? cx->anchor - lp : 0, df = ff > cx->anchor ? ff - cx->anchor : 0;
  int past, w = p->day || p->holiday ? TENSE_WEIGHT : MONTH_TENSE_WEIGHT;
  if (tense == NEWS_TENSE_PAST)
    past = dp <= w * df + 14;
  else if (tense == NEWS_TENSE_FUTURE || tense == DT_TENSE_FUTURE_WEAK)
    past = !(df <= w * dp + 14);
  else
    past = dp <= df * (p->day || p->holiday ? 1 : 2); /* a bare month leans to the past */
  *year = past ? yp : yf;
  return 1;
}

/* The day of a weekday by direction from day a. */
static int64_t pick_weekday(int64_t a, int dow, int dir) {
  int wd = dt_weekday(a);
  switch (dir) {
  case DT_DIR_FUTURE:
  case DT_DIR_STRICT_FUTURE: {
    int ahead = (dow - wd + 7) % 7;
    return a + (ahead ? ahead : 7);
  }
  case DT_DIR_STRICT_PAST: {
    int back = (wd - dow + 7) % 7;
    return a - (back ? back : 7);
  }
  case DT_DIR_THIS:
    return a - (wd - 1) + (dow - 1);
  case DT_DIR_NEXT_WEEK:
    return a - (wd - 1) + 7 + (dow - 1);
  case DT_DIR_AFTER_PREV:
    return a + (dow - wd + 7) % 7;
  default:
    return a - (wd - dow + 7) % 7;
  }
}

/* Sets c to the period of `unit` containing day d, shifted by n units. */
static void shift_period(dt_cal *c, int64_t d, int unit, int32_t n) {
  int32_t y, m, dd;
  dt_civil(d, &y, &m, &dd);
  memset(c, 0, sizeof *c);
  c->year_known = 1;
  switch (unit) {
  case DT_U_DAY:
  case DT_U_HOUR:
  case DT_U_MINUTE:
  case DT_U_SECOND:
    dt_cal_day(c, d + (unit == DT_U_DAY ? n : 0));
    return;
  case DT_U_WEEK:
  case DT_U_WEEKEND:
    dt_iso_week(d + (int64_t)n * 7, &c->y, &c->w);
    c->gran = unit == DT_U_WEEK ? DT_G_WEEK : DT_G_WEEKEND;
    return;
  case DT_U_MONTH: {
    int64_t k = (int64_t)y * 12 + (m - 1) + n;
    c->y = (int32_t)(k >= 0 ? k / 12 : -1);
    c->m = (int32_t)(k >= 0 ? k % 12 + 1 : 1);
    c->gran = DT_G_MONTH;
    return;
  }
  case DT_U_QUARTER: {
    int64_t k = (int64_t)y * 4 + (m - 1) / 3 + n;
    c->y = (int32_t)(k >= 0 ? k / 4 : -1);
    c->q = (int32_t)(k >= 0 ? k % 4 + 1 : 1);
    c->gran = DT_G_QUARTER;
    return;
  }
  case DT_U_HALF: {
    int64_t k = (int64_t)y * 2 + (m - 1) / 6 + n;
    c->y = (int32_t)(k >= 0 ? k / 2 : -1);
    c->h = (int32_t)(k >= 0 ? k % 2 + 1 : 1);
    c->gran = DT_G_HALF;
    return;
  }
  case DT_U_DECADE:
    c->y = (y / 10 + n) * 10;
    c->gran = DT_G_DECADE;
    return;
  case DT_U_CENTURY:
    c->y = (y / 100 + n) * 100;
    c->gran = DT_G_CENTURY;
    return;
  case DT_U_MILLENNIUM:
    c->y = (y / 1000 + n) * 1000;
    c->gran = DT_G_MILLENNIUM;
    return;
  default:
    c->y = y + n;
    c->gran = DT_G_YEAR;
    return;
  }
}

static uint8_t unit_gran(int unit) {
  switch (unit) {
  case DT_U_WEEK:
    return DT_G_WEEK;
  case DT_U_WEEKEND:
    return DT_G_WEEKEND;
  case DT_U_MONTH:
    return DT_G_MONTH;
  case DT_U_QUARTER:
    return DT_G_QUARTER;
  case DT_U_HALF:
    return DT_G_HALF;
  case DT_U_YEAR:
    return DT_G_YEAR;
  case DT_U_DECADE:
    return DT_G_DECADE;
  case DT_U_CENTURY:
    return DT_G_CENTURY;
  case DT_U_MILLENNIUM:
    return DT_G_MILLENNIUM;
  default:
    return DT_G_DAY;
  }
}

/* A shift of the reference period: a quarter stays a quarter when shifted by
** years ("a year earlier" after "the third quarter"). */
static void shift_ref(const dt_cal *r, int unit, int32_t n, int keep, dt_cal *c) {
  int64_t first, last;
  if (keep && (r->gran == DT_G_QUARTER || r->gran == DT_G_HALF)) {
    *c = *r;
    c->y += unit == DT_U_YEAR ? n : (n < 0 ? -1 : 1);
    return;
  }
  if (!dt_cal_extent(r, &first, &last)) {
    *c = *r;
    return;
  }
  shift_period(c, first, unit, n);
}

/* A 1 when the ref is usable for a shift by `unit`: it must name a period at
** least as fine as the unit (a year cannot place "the next day"). */
static int ref_fits(const dt_cal *r, int unit) {
  uint8_t g = unit_gran(unit);
  if (r->gran == DT_G_WEEKEND) return g <= DT_G_WEEK || g == DT_G_DAY;
  if (r->gran == DT_G_SEASON) return g <= DT_G_YEAR;
  return r->gran >= g || g <= DT_G_YEAR;
}

/* Resolves a point; returns 1 when it depended on the anchor or a reference. */
static int resolve_point(dt_context *cx, const dt_expr *e, int tense, dt_cal *c, uint32_t tok) {
  const dt_point *p = &e->pt;
  int relative = 0;
  memset(c, 0, sizeof *c);
  switch (p->base) {
  case DT_B_ABS: {
    int32_t y = p->year;
    if (p->year2) {
      y = full_year(cx, p->year, p->year_gran == DT_G_DECADE);
      relative = 1;
    }
    c->y = y;
    c->year_known = !p->year_unknown;
    c->gran = p->year_gran ? p->year_gran : DT_G_YEAR;
    if (p->keep_ref_gran && cx->has_ref && tok - cx->ref_tok < 80 &&
        (cx->ref.gran == DT_G_QUARTER || cx->ref.gran == DT_G_HALF)) {
      /* "the 1988 quarter": the quarter mentioned, in 1988 */
      c->gran = cx->ref.gran;
      c->q = cx->ref.q;
      c->h = cx->ref.h;
      relative = 1;
    }
    if (p->year_gran == DT_G_DECADE) c->y = (y / 10) * 10;
    apply_fields(c, p);
    if (p->week && !p->year_unknown) { /* 2016-W13, 2016-W13-2 */
      c->gran = DT_G_WEEK;
      c->w = p->week;
      if (p->dow) dt_cal_day(c, dt_iso_week_monday(y, p->week) + p->dow - 1);
    }
    if (p->year_unknown) {
      c->dow = p->dow;
      if (p->dow || p->pod) c->gran = DT_G_DAY;
      if (p->weekend) c->gran = DT_G_WEEKEND;
    }
    break;
  }
  case DT_B_YEARLESS: {
    relative = 1;
    int dir = p->dir, future = tense == NEWS_TENSE_FUTURE || tense == DT_TENSE_FUTURE_WEAK;
    if (dir == DT_DIR_TENSE)
      dir = (p->quarter || p->half)    ? DT_DIR_PAST /* results are reported after the quarter */
            : future                   ? DT_DIR_FUTURE
            : tense == NEWS_TENSE_PAST ? DT_DIR_PAST
            : p->month                 ? DT_DIR_NEAREST /* "the case is heard in May" */
                                       : DT_DIR_PAST;
    int32_t y = 0;
    int bare_month = p->month && !p->day && p->dir == DT_DIR_TENSE;
    int found = cx->has_anchor && ((p->day || p->holiday || p->month) && p->dir == DT_DIR_TENSE
                                       ? pick_day_year(cx, p, tense, &y)
                                       : pick_year(cx, p, dir, &y));
    int strong = tense == NEWS_TENSE_PAST || tense == NEWS_TENSE_FUTURE;
    if (found && bare_month && cx->month_year[p->month] && !strong) y = cx->month_year[p->month];
    if (found && bare_month && tense != NEWS_TENSE_NONE) cx->month_year[p->month] = y;
    if (found) {
      c->y = y;
      c->year_known = 1;
    }
    apply_fields(c, p);
    if (cx->has_anchor && !c->year_known) return -1; /* February 30 */
    break;
  }
  case DT_B_WEEKDAY: {
    relative = 1;
    int dir = p->dir;
    if (dir == DT_DIR_TENSE)
      dir =
          tense == NEWS_TENSE_FUTURE || tense == DT_TENSE_FUTURE_WEAK ? DT_DIR_FUTURE : DT_DIR_PAST;
    int64_t base = cx->anchor;
    int have = cx->has_anchor;
    int future = tense == NEWS_TENSE_FUTURE || tense == DT_TENSE_FUTURE_WEAK;
    if (dir == DT_DIR_AFTER_PREV && cx->has_prev_day &&
        (future || !cx->has_anchor ||
         pick_weekday(cx->prev_day, p->dow, DT_DIR_AFTER_PREV) <= cx->anchor)) {
      base = cx->prev_day; /* "Tuesday and Wednesday": the days in order */
      have = 1;
    } else if (dir == DT_DIR_AFTER_PREV) {
      dir = future ? DT_DIR_FUTURE : DT_DIR_PAST;
    }
    if (p->unit && cx->has_ref && cx->ref.gran >= DT_G_WEEK) { /* "the previous Friday" */
      int64_t first, last;
      if (dt_cal_extent(&cx->ref, &first, &last)) base = first, have = 1;
    }
    if (!have) {
      c->gran = p->weekend ? DT_G_WEEKEND : DT_G_DAY;
      c->dow = p->weekend ? 0 : p->dow;
      break;
    }
    int64_t day = pick_weekday(base, p->dow, dir);
    if (p->weekend) {
      c->year_known = 1;
      c->gran = DT_G_WEEKEND;
      dt_iso_week(day, &c->y, &c->w);
    } else {
      dt_cal_day(c, day);
    }
    break;
  }
  default: { /* SHIFT, REF */
    relative = 1;
    int use_ref = 0;
    if (cx->has_ref && ref_fits(&cx->ref, p->unit)) {
      if (p->base == DT_B_REF && (!p->near_ref || tok - cx->ref_tok < 60)) use_ref = 1;
      /* "a year ago" in copy about a quarter: that quarter a year before */
      if (p->base == DT_B_SHIFT && p->keep_ref_gran &&
          (cx->ref.gran == DT_G_QUARTER || cx->ref.gran == DT_G_HALF) && tok - cx->ref_tok < 80)
        use_ref = 1;
    }
    if (use_ref) {
      shift_ref(&cx->ref, p->unit, p->shift, p->keep_ref_gran, c);
    } else if (cx->has_anchor) {
      int32_t n = p->shift;
      if (p->base == DT_B_REF && p->has_fallback) n = p->fallback;
      shift_period(c, cx->anchor, p->unit, n);
    } else {
      c->gran = unit_gran(p->unit);
      c->year_known = 0;
    }
    if (p->gran) c->gran = p->gran;
    if (p->gran == DT_G_WEEKEND && !c->year_known) c->day_unknown = 1;
    /* "Wednesday of next week" */
    if (p->dow && c->year_known && c->gran == DT_G_WEEK) {
      dt_cal_day(c, dt_iso_week_monday(c->y, c->w) + p->dow - 1);
    } else if (p->dow && !c->year_known) {
      c->gran = DT_G_DAY;
      c->dow = p->dow;
    }
    /* refinements: "June last year", "last year's third quarter", "this morning" */
    if (p->month || p->quarter || p->half || p->season) {
      if (c->gran <= DT_G_YEAR || !c->year_known) {
        c->gran = DT_G_YEAR;
        apply_fields(c, p);
      }
    }
    break;
  }
  }
  /* "the week of March 6" */
  if (p->gran == DT_G_WEEK && p->base != DT_B_SHIFT && p->base != DT_B_REF) {
    int64_t first, last;
    if (dt_cal_extent(c, &first, &last) && c->gran == DT_G_DAY) {
      c->gran = DT_G_WEEK;
      dt_iso_week(first, &c->y, &c->w);
    } else {
      c->gran = DT_G_WEEK;
      c->day_unknown = 1;
    }
  }
  /* time of day */
  if (p->pod || p->hh >= 0) {
    if (c->gran < DT_G_DAY) { /* a time on an unknown day */
      memset(c, 0, sizeof *c);
      c->gran = DT_G_DAY;
    }
    if (!c->year_known && !c->dow) c->gran = DT_G_DAY;
    if (p->hh >= 0) {
      c->gran = p->ss >= 0 ? DT_G_SECOND : DT_G_MINUTE;
      c->hh = p->hh;
      c->mi = p->mi < 0 ? 0 : p->mi;
      c->ss = p->ss < 0 ? 0 : p->ss;
    } else if (p->base != DT_B_ABS || !p->year_unknown || p->pod) {
      c->gran = DT_G_POD;
      c->pod = p->pod;
    }
  }
  return relative;
}

/* ---------------------------------------------------------------------------
** Durations.
*/
static int format_dur(const dt_dur *d, char *out, size_t cap) {
  static const struct {
    uint8_t unit;
    const char *code;
    uint8_t time;
  } order[] = {
      {DT_U_MILLENNIUM, "L", 0}, {DT_U_CENTURY, "C", 0},  {DT_U_DECADE, "E", 0},
      {DT_U_YEAR, "Y", 0},       {DT_U_QUARTER, "Q", 0},  {DT_U_MONTH, "M", 0},
      {DT_U_WEEK, "W", 0},       {DT_U_WEEKEND, "WE", 0}, {DT_U_DAY, "D", 0},
      {DT_U_HOUR, "H", 1},       {DT_U_MINUTE, "M", 1},   {DT_U_SECOND, "S", 1},
  };
  int t = 0, any = 0;
  dt_out o = {out, cap, 0};
  if (cap < 2) return 0;
  dt_put(&o, "P");
  for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
    int u = order[k].unit;
    if (!(d->has & (1u << u))) continue;
    if (d->n[u] == 0 && d->n[u] != DT_VAGUE_N) continue;
    if (order[k].time && !t) {
      dt_put(&o, "T");
      t = 1;
    }
    if (d->n[u] == DT_VAGUE_N)
      dt_put(&o, "X");
    else if (d->n[u] < 0 || d->n[u] > 99999999)
      return 0;
    else
      dt_put_int(&o, d->n[u], 1);
    dt_put(&o, order[k].code);
    any = 1;
  }
  if (!any) { /* "zero days" */
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
      if (d->has & (1u << order[k].unit)) {
        dt_put(&o, order[k].time ? "T0" : "0");
        dt_put(&o, order[k].code);
        return dt_out_end(&o);
      }
    return 0;
  }
  return dt_out_end(&o);
}

static const char *const ref_names[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};

void dt_resolve(dt_context *cx, const dt_expr *e, int tense, news_timex *tx) {
  tx->type = e->type;
  tx->mod = e->mod;
  tx->tense = (uint8_t)(tense == DT_TENSE_FUTURE_WEAK ? NEWS_TENSE_FUTURE : tense);
  tx->flags = 0;
  tx->value[0] = 0;
  memset(&tx->begin, 0, sizeof tx->begin);
  memset(&tx->end, 0, sizeof tx->end);
  switch (e->kind) {
  case DT_K_REF:
    strcpy(tx->value, ref_names[e->ref < 4 ? e->ref : 0]);
    tx->flags |= NEWS_TIMEX_RELATIVE;
    return;
  case DT_K_DURATION:
    if (e->in_future && (tense == NEWS_TENSE_FUTURE ||
                         tense == DT_TENSE_FUTURE_WEAK)) { /* "will meet in three weeks" */
      dt_expr p = *e;
      p.kind = DT_K_POINT;
      p.type = NEWS_TIMEX_DATE;
      p.in_future = 0;
      dt_resolve(cx, &p, tense, tx);
      return;
    }
    if (!format_dur(&e->dur, tx->value, sizeof tx->value)) tx->value[0] = 0;
    return;
  case DT_K_SET:
    if (e->set_point) {
      dt_cal c;
      resolve_point(cx, e, tense, &c, e->tok);
      c.year_known = 0;
      if (!e->pt.dow && !e->pt.pod && !e->pt.weekend) {
        if (!e->pt.month && !e->pt.season) c.gran = DT_G_YEAR;
      }
      if (!dt_cal_format(&c, tx->value, sizeof tx->value)) tx->value[0] = 0;
    } else if (!format_dur(&e->dur, tx->value, sizeof tx->value)) {
      tx->value[0] = 0;
    }
    return;
  case DT_K_POINT: {
    dt_cal c;
    int rel = resolve_point(cx, e, tense, &c, e->tok);
    if (rel < 0) return; /* no such day */
    if (rel) tx->flags |= NEWS_TIMEX_RELATIVE;
    if (!dt_cal_format(&c, tx->value, sizeof tx->value)) {
      tx->value[0] = 0;
      return;
    }
    int64_t first, last;
    if (dt_cal_extent(&c, &first, &last)) {
      tx->flags |= NEWS_TIMEX_EXTENT;
      tx->begin = news_ymd_from_days(first);
      tx->end = news_ymd_from_days(last);
      cx->has_prev_day = first == last;
      cx->prev_day = first;
      cx->prev_end = e->tok + e->ntok;
    } else if (c.year_known && c.gran >= DT_G_DAY && !c.day_unknown) {
      tx->value[0] = 0; /* "February 30, 2019": no such day */
      return;
    }
    /* remember it: "a year earlier", "the following day" count from here */
    if (c.year_known && !c.day_unknown && c.gran >= DT_G_YEAR && c.gran != DT_G_DECADE &&
        (tx->flags & NEWS_TIMEX_EXTENT) && !e->pt.keep_ref_gran) {
      cx->has_ref = 1;
      cx->ref = c;
      if (c.gran > DT_G_DAY) cx->ref.gran = DT_G_DAY; /* times count as their day */
      cx->ref_tok = e->tok;
    }
    return;
  }
  default:
    return;
  }
}
