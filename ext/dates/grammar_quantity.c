/*
** grammar_quantity.c: quantities of time and the sets built from them:
** "18 months", "six consecutive weeks", "two months and 10 days", "a year and
** a half", "a few days", "two-hour", "the past three weeks", "two years ago",
** "in three weeks"; "every week", "daily", "each Monday", "three days a week".
*/
#include "grammar.h"

#include <string.h>

static int before_is(const dt_scan *s, uint32_t i, const char *w) {
  return i > 0 && dt_tok_is(s->doc, i - 1, w);
}

/* ---------------------------------------------------------------------------
** Durations.
*/
/* Half of a unit, in the next smaller unit: "a year and a half" = P1Y6M. */
static void add_half(dt_dur *d, int unit) {
  static const struct {
    uint8_t unit, smaller;
    int16_t amount;
  } halves[] = {
      {DT_U_MILLENNIUM, DT_U_YEAR, 500}, {DT_U_CENTURY, DT_U_YEAR, 50},
      {DT_U_DECADE, DT_U_YEAR, 5},       {DT_U_YEAR, DT_U_MONTH, 6},
      {DT_U_HALF, DT_U_MONTH, 3},        {DT_U_QUARTER, DT_U_DAY, 45},
      {DT_U_MONTH, DT_U_DAY, 15},        {DT_U_WEEK, DT_U_HOUR, 84},
      {DT_U_WEEKEND, DT_U_DAY, 1},       {DT_U_DAY, DT_U_HOUR, 12},
      {DT_U_HOUR, DT_U_MINUTE, 30},      {DT_U_MINUTE, DT_U_SECOND, 30},
  };
  for (size_t k = 0; k < sizeof halves / sizeof halves[0]; k++)
    if (halves[k].unit == unit) {
      d->n[halves[k].smaller] += halves[k].amount;
      d->has |= (uint16_t)(1u << halves[k].smaller);
      return;
    }
}

void g_dur_add(dt_dur *d, int unit, int32_t half2, int vague) {
  if (unit == DT_U_QUARTER) { /* P9M for "nine months" and "three quarters" alike */
    unit = DT_U_MONTH;
    half2 *= 3;
  }
  if (vague) {
    d->n[unit] = DT_VAGUE_N;
  } else {
    if (d->n[unit] != DT_VAGUE_N) d->n[unit] += half2 / 2;
    if (half2 % 2) add_half(d, unit);
  }
  d->has |= (uint16_t)(1u << unit);
}

/* A unit word at i: singular or plural as asked (-1: either). */
const dt_word *g_unit_at(const dt_scan *s, uint32_t i, int plural) {
  const dt_word *u = dt_lex1(s, i, DW_UNIT);
  if (!u) return NULL;
  if (plural == 1 && !(u->val2 & DW_PLURAL)) return NULL;
  if (plural == 0 && (u->val2 & DW_PLURAL)) return NULL;
  return u;
}

int g_unit_mult(const dt_word *u) {
  return (u->val2 & 0x100) ? 2 : 1; /* fortnight */
}

/* The count before a unit: digits, words, "a", "a few", "several", "half a".
** *vague for an unknown count. Returns tokens used. */
static uint32_t count_at_uncached(const dt_scan *s, uint32_t i, int32_t *half2, int *vague) {
  uint32_t n;
  *vague = 0;
  /* "two to three weeks", "12-18 months": a range is an unknown count */
  int32_t a2, b2;
  uint32_t na = dt_quantity(s, i, &a2), nb;
  if (na && !(na == 1 && (dt_is(s, i, "a") || dt_is(s, i, "an"))) &&
      (dt_is(s, i + na, "to") || dt_is(s, i + na, "or") ||
       (dt_kind(s, i + na) == NEWS_TOK_DASH && dt_glued(s, i + na - 1) && dt_glued(s, i + na))) &&
      (nb = dt_quantity(s, i + na + 1, &b2)) > 0 && b2 > a2 &&
      !(nb == 1 && (dt_is(s, i + na + 1, "a") || dt_is(s, i + na + 1, "an")))) {
    *vague = 1;
    *half2 = 0;
    return na + 1 + nb;
  }
  if (dt_lex(s, i, DW_VAGUE, &n)) {
    if (dt_is(s, i, "some") && dt_kind(s, i + 1) == NEWS_TOK_NUMBER) return 0;
    *vague = 1;
    *half2 = 0;
    return n;
  }
  if (dt_is(s, i, "half") && (dt_is(s, i + 1, "a") || dt_is(s, i + 1, "an"))) {
    *half2 = 1;
    return 2;
  }
  return dt_quantity(s, i, half2);
}

static uint32_t count_at(const dt_scan *s, uint32_t i, int32_t *half2, int *vague) {
  dt_memo_entry *m = &s->memo->count[i & 3];
  if (m->n && m->i == i && m->lim == s->lim) {
    *half2 = m->half2;
    *vague = m->vague;
    return m->n - 1;
  }
  int32_t h = 0;
  int v = 0;
  uint32_t n = count_at_uncached(s, i, &h, &v);
  *half2 = h;
  *vague = v;
  m->i = i, m->lim = s->lim, m->n = n + 1, m->half2 = h, m->vague = v;
  return n;
}

/* "18 months", "six consecutive weeks", "two months and 10 days", "a year and
** a half", "a few days", "half an hour". Fills e->dur; returns tokens. */
static uint32_t duration_core(const dt_scan *s, uint32_t i, dt_expr *e, int *last_unit,
                              int *count_vague, int32_t *count_half2) {
  int32_t half2;
  int vague;
  uint32_t n = count_at(s, i, &half2, &vague);
  if (!n) return 0;
  uint32_t j = i + n;
  int is_a = n == 1 && (dt_is(s, i, "a") || dt_is(s, i, "an"));
  for (int k = 0; k < 2 && dt_lex1(s, j, DW_DUR_ADJ); k++) j++;
  const dt_word *u = dt_lex1(s, j, DW_UNIT);
  if (!u) return 0;
  if (g_cap(s, j) && !(dt_flags(s, j) & NEWS_F_ALLCAPS) && !g_sent_start(s, j) &&
      !g_sent_start(s, i) && (dt_kind(s, i) == NEWS_TOK_NUMBER || g_cap(s, i)))
    return 0; /* "60 Minutes", "Seven Days": a title */
  /* singular after one ("a year", "one day", "1 hour"; "1 years" passes),
  ** else plural: "five year low" is open_compound's */
  int one = !vague && half2 == 2;
  if (!one && !(u->val2 & DW_PLURAL) && !(vague && dt_is(s, i, "a couple"))) return 0;
  if (is_a && (u->val2 & DW_PLURAL)) return 0; /* "a years" */
  if (u->val == DT_U_SECOND && is_a) return 0; /* "a second term" */
  if (dt_kind(s, j + 1) == NEWS_TOK_DASH && dt_glued(s, j) && dt_glued(s, j + 1) &&
      dt_kind(s, j + 2) == NEWS_TOK_WORD)
    return 0; /* "a year-earlier profit", "a year-end bonus", "a day-first date" */
  /* "a quarter of the vote", "three quarters of them": fractions; "a quarter
  ** past three": a clock */
  if (u->val == DT_U_QUARTER && !vague && half2 <= 6 &&
      (dt_is(s, j + 1, "of") || dt_is(s, j + 1, "past") || dt_is(s, j + 1, "to")))
    return 0;
  /* "37 years old", "a 136-year-old bank": ages are no temporal expressions */
  if (dt_is(s, j + 1, "old") || dt_is(s, j + 1, "younger") || dt_is(s, j + 1, "older")) return 0;
  g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
  int unit = u->val == DT_U_HALF ? DT_U_MONTH : u->val;
  if (u->val == DT_U_HALF) half2 *= 6;
  half2 *= g_unit_mult(u);
  g_dur_add(&e->dur, unit, half2, vague);
  *last_unit = unit;
  *count_vague = vague;
  *count_half2 = half2;
  j++;
  /* "a year and a half" */
  if (dt_is(s, j, "and") && dt_is(s, j + 1, "a") && dt_is(s, j + 2, "half")) {
    add_half(&e->dur, unit);
    j += 3;
    *count_half2 += 1;
  }
  /* "two months and 10 days", "an hour and 45 minutes" */
  if (dt_is(s, j, "and")) {
    int32_t h2;
    int v2;
    uint32_t m = count_at(s, j + 1, &h2, &v2);
    const dt_word *u2 = m ? dt_lex1(s, j + 1 + m, DW_UNIT) : NULL;
    if (m && !v2 && u2 && u2->val < unit && u2->val != DT_U_HALF &&
        ((u2->val2 & DW_PLURAL) != 0) == (h2 != 2)) {
      g_dur_add(&e->dur, u2->val, h2 * g_unit_mult(u2), 0);
      j += 1 + m + 1;
      *last_unit = u2->val;
    }
  }
  return j - i;
}

/* "two-year", "30-day", "8-month-old": a count glued to a singular unit;
** "day-long", "decades-long": a unit glued to "long". */
static uint32_t hyphen_duration(const dt_scan *s, uint32_t i, dt_expr *e) {
  int32_t half2;
  int vague;
  const dt_word *lu = dt_lex1(s, i, DW_UNIT);
  if (lu && dt_kind(s, i + 1) == NEWS_TOK_DASH && dt_glued(s, i) && dt_glued(s, i + 1) &&
      dt_is(s, i + 2, "long") && lu->val != DT_U_WEEKEND) {
    g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
    int plural = (lu->val2 & DW_PLURAL) != 0;
    g_dur_add(&e->dur, lu->val == DT_U_HALF ? DT_U_MONTH : lu->val,
              plural ? 0 : 2 * g_unit_mult(lu), plural);
    return 3;
  }
  uint32_t n = count_at(s, i, &half2, &vague);
  if (!n || (n == 1 && (dt_is(s, i, "a") || dt_is(s, i, "an")))) return 0;
  uint32_t j = i + n;
  if (dt_kind(s, j) != NEWS_TOK_DASH || !dt_glued(s, j - 1) || !dt_glued(s, j)) return 0;
  const dt_word *u = g_unit_at(s, j + 1, 0);
  if (!u || u->val == DT_U_WEEKEND) return 0;
  g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
  int unit = u->val == DT_U_HALF ? DT_U_MONTH : u->val;
  if (u->val == DT_U_HALF) half2 *= 6;
  g_dur_add(&e->dur, unit, half2 * g_unit_mult(u), vague);
  j += 2;
  if (dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, j - 1) && dt_glued(s, j) &&
      dt_is(s, j + 1, "old"))
    return 0; /* "a 136-year-old bank": an age */
  if (dt_kind(s, j) == NEWS_TOK_DASH && dt_glued(s, j - 1) && dt_glued(s, j) &&
      dt_is(s, j + 1, "long"))
    j += 2;
  return j - i;
}

/* "a five year low", "a three hour meeting": a count before a singular unit
** used as a modifier, without the hyphen. */
static uint32_t open_compound(const dt_scan *s, uint32_t i, dt_expr *e) {
  int32_t half2;
  int vague;
  uint32_t n = count_at(s, i, &half2, &vague);
  if (!n || vague || half2 <= 2 || half2 % 2 || (n == 1 && dt_is(s, i, "a"))) return 0;
  const dt_word *u = g_unit_at(s, i + n, 0);
  if (!u || u->val == DT_U_WEEKEND || u->val == DT_U_QUARTER || u->val == DT_U_SECOND) return 0;
  if (!g_lower_word(s, i + n + 1) || dt_lex1(s, i + n + 1, DW_AGO) || dt_is(s, i + n + 1, "old") ||
      dt_is(s, i + n + 1, "and") || dt_is(s, i + n + 1, "or") || dt_is(s, i + n + 1, "of"))
    return 0;
  g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
  g_dur_add(&e->dur, u->val == DT_U_HALF ? DT_U_MONTH : u->val,
            half2 * g_unit_mult(u) * (u->val == DT_U_HALF ? 6 : 1), 0);
  return n + 1;
}

static int single_unit(uint16_t has) {
  return has && !(has & (has - 1));
}

/* Converts a duration of one unit into a shift of the anchor ("two years
** ago"): decades and centuries count in years, halves in the next unit. */
static void dur_to_shift(int unit, int32_t half2, int dir, dt_point *p) {
  int32_t n = half2 / 2;
  int u = unit;
  if (half2 % 2) { /* two and a half years ago: in months */
    if (unit == DT_U_YEAR)
      u = DT_U_MONTH, n = half2 * 6;
    else if (unit == DT_U_DAY || unit == DT_U_HOUR || unit == DT_U_MINUTE)
      n = (half2 + 1) / 2;
    else if (unit == DT_U_MONTH)
      n = (half2 + 1) / 2;
    else if (unit == DT_U_WEEK)
      u = DT_U_DAY, n = half2 * 7 / 2;
    else
      n = (half2 + 1) / 2;
  }
  if (u == DT_U_DECADE) u = DT_U_YEAR, n *= 10;
  if (u == DT_U_CENTURY) u = DT_U_YEAR, n *= 100;
  if (u == DT_U_MILLENNIUM) u = DT_U_YEAR, n *= 1000;
  if (u == DT_U_HALF) u = DT_U_MONTH, n *= 6;
  if (u == DT_U_SECOND || u == DT_U_MINUTE || u == DT_U_HOUR) { /* "two hours ago": that day */
    u = DT_U_DAY;
    n = 0;
  }
  p->unit = (uint8_t)u;
  p->shift = dir * n;
}

/* "ago", "earlier", "later", "from now" after a duration. "before"/"after"
** only end the expression when no noun phrase follows ("a day after the
** vote" keeps "a day" a duration). */
const dt_word *g_ago_at(const dt_scan *s, uint32_t j, uint32_t *n) {
  const dt_word *w = dt_lex(s, j, DW_AGO, n);
  if (!w) return NULL;
  if ((dt_is(s, j, "before") || dt_is(s, j, "after") || dt_is(s, j, "prior")) && j + 1 < s->lim) {
    int k = dt_kind(s, j + 1);
    if ((k == NEWS_TOK_WORD || k == NEWS_TOK_NUMBER) && !dt_is(s, j + 1, "and") &&
        !dt_is(s, j + 1, "but") && !dt_is(s, j + 1, "when") && !dt_is(s, j + 1, "in") &&
        !dt_is(s, j + 1, "on") && !dt_is(s, j + 1, "at") &&
        !(dt_lex1(s, j + 1, DW_TENSE) && !dt_lex1(s, j + 1, DW_REL)))
      return NULL;
  }
  if (dt_is(s, j, "prior") && dt_is(s, j + 1, "to")) return NULL;
  return w;
}

uint32_t p_quantity(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t k = i, n, j;
  int prefix = 0;
  const dt_word *r;
  /* "the past three years", "the next few days", "the first nine months" */
  if (dt_is(s, k, "the")) k++, prefix = 1;
  /* "expected to last three days": "last" is the verb there */
  int verb_last = !prefix && dt_is(s, k, "last") &&
                  (before_is(s, i, "to") || before_is(s, i, "will") || before_is(s, i, "would") ||
                   before_is(s, i, "could") || before_is(s, i, "can") || before_is(s, i, "may") ||
                   before_is(s, i, "might") || before_is(s, i, "should") ||
                   before_is(s, i, "must") || before_is(s, i, "did") || before_is(s, i, "not"));
  if (verb_last) return 0;
  if ((r = dt_lex(s, k, DW_REL, &n)) != NULL &&
      (r->val == DT_REL_LAST || r->val == DT_REL_NEXT || r->val == DT_REL_FOLLOWING ||
       r->val == DT_REL_PREVIOUS || r->val == DT_REL_LATEST)) {
    k += n;
    prefix = 2;
  } else if (prefix && (dt_is(s, k, "first") || dt_is(s, k, "final") || dt_is(s, k, "initial") ||
                        dt_is(s, k, "remaining") || dt_is(s, k, "last"))) {
    k++;
    prefix = 3; /* "the first nine months": a count must follow */
  }
  int unit = 0, vague = 0;
  int32_t half2 = 0;
  if ((n = duration_core(s, k, e, &unit, &vague, &half2)) == 0) {
    /* "the coming weeks", "the past months", "the weeks ahead" */
    const dt_word *u = g_unit_at(s, k, 1);
    if (!u || u->val == DT_U_WEEKEND || prefix == 3) {
      if (prefix) return 0;
      /* "two-year", "30-day", "a five year low" */
      if ((n = hyphen_duration(s, i, e)) > 0) return n;
      return open_compound(s, i, e);
    }
    /* "over the years", "months of talks": an unknown number of units */
    if ((prefix == 1 && (before_is(s, i, "over") || before_is(s, i, "throughout"))) ||
        (!prefix && dt_is(s, k + 1, "of") && g_lower_word(s, k + 2) && u->val != DT_U_QUARTER)) {
      g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
      g_dur_add(&e->dur, u->val == DT_U_HALF ? DT_U_MONTH : u->val, 0, 1);
      return k + 1 - i;
    }
    if (prefix != 2 && !(prefix == 1 && dt_is(s, k + 1, "ahead"))) {
      /* bare "years", "for months": after "for"/"over"/"within" only */
      if (prefix || !(before_is(s, i, "for") || before_is(s, i, "over") ||
                      before_is(s, i, "within") || before_is(s, i, "in"))) {
        /* "months ago": some time before now; "hours later": some hours */
        const dt_word *a;
        if (!prefix && (a = g_ago_at(s, k + 1, &n)) != NULL) {
          if (a->val2 & DW_FROM_DCT) {
            g_init(e, DT_K_REF, NEWS_TIMEX_DATE);
            e->ref = a->val < 0 ? NEWS_REF_PAST : NEWS_REF_FUTURE;
            return k + 1 + n - i;
          }
          g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
          g_dur_add(&e->dur, u->val == DT_U_HALF ? DT_U_MONTH : u->val, 0, 1);
          return k + 1 - i;
        }
        return 0;
      }
      if (before_is(s, i, "in") && !dt_lex1(s, k + 1, DW_TENSE) && !g_punct(s, k + 1, ",") &&
          !g_punct(s, k + 1, ".") && k + 1 < s->lim)
        return 0; /* "in years past" is fine, "in days of old" rare; keep "in years" plain */
    }
    j = k + 1;
    if (prefix == 2 && r && r->val != DT_REL_LATEST) {
      /* "the past years", "coming months": some time before or after now */
      g_init(e, DT_K_REF, NEWS_TIMEX_DATE);
      e->ref =
          (r->val == DT_REL_LAST || r->val == DT_REL_PREVIOUS) ? NEWS_REF_PAST : NEWS_REF_FUTURE;
      return j - i;
    }
    g_init(e, DT_K_DURATION, NEWS_TIMEX_DURATION);
    g_dur_add(&e->dur, u->val == DT_U_HALF ? DT_U_MONTH : u->val, 0, 1);
    if (prefix == 1 && dt_is(s, j, "ahead")) j++;
    return j - i;
  }
  j = k + n;
  if (prefix) return j - i; /* "the past two years": a duration, never "ago" */
  /* "will one day": some day in the future */
  if (half2 == 2 && unit == DT_U_DAY && dt_is(s, i, "one") &&
      (before_is(s, i, "will") || before_is(s, i, "would") || before_is(s, i, "could") ||
       before_is(s, i, "might") || before_is(s, i, "may") || before_is(s, i, "can"))) {
    g_init(e, DT_K_REF, NEWS_TIMEX_DATE);
    e->ref = NEWS_REF_FUTURE;
    return j - i;
  }
  /* "a week or so ago" */
  uint32_t or_so =
      (dt_is(s, j, "or") && dt_is(s, j + 1, "so") && dt_lex(s, j + 2, DW_AGO, NULL)) ? 2 : 0;
  j += or_so;
  /* "three days a week": a set */
  if ((dt_is(s, j, "a") || dt_is(s, j, "per") || dt_is(s, j, "every") || dt_is(s, j, "each")) &&
      g_unit_at(s, j + 1, 0) && g_unit_at(s, j + 1, 0)->val > unit) {
    const dt_word *u2 = g_unit_at(s, j + 1, 0);
    g_init(e, DT_K_SET, NEWS_TIMEX_SET);
    g_dur_add(&e->dur, u2->val, 2 * g_unit_mult(u2), 0);
    return j + 2 - i;
  }
  const dt_word *a = g_ago_at(s, j, &n);
  if (!a && !vague && single_unit(e->dur.has) && before_is(s, i, "in")) {
    /* "in three weeks": a date when the clause looks ahead (decided with the tense) */
    e->in_future = 1;
    e->pt.base = DT_B_SHIFT;
    dur_to_shift(unit, half2, 1, &e->pt);
    return j - i;
  }
  if (a && single_unit(e->dur.has) && unit <= DT_U_HOUR)
    a = NULL; /* "an hour later": no day to name */
  if (a && single_unit(e->dur.has)) {
    if (vague && (a->val2 & DW_FROM_REF)) return j - or_so - i; /* "a few days later": a duration */
    if (vague) { /* "a few years ago": some time in the past */
      g_init(e, DT_K_REF, NEWS_TIMEX_DATE);
      e->ref = a->val < 0 ? NEWS_REF_PAST : NEWS_REF_FUTURE;
      return j + n - i;
    }
    g_init(e, DT_K_POINT, NEWS_TIMEX_DATE);
    if (or_so) e->mod = NEWS_MOD_APPROX;
    e->pt.base = (a->val2 & DW_FROM_REF) ? DT_B_REF : DT_B_SHIFT;
    dur_to_shift(unit, half2, a->val, &e->pt);
    if (unit == DT_U_YEAR && half2 == 2)
      e->pt.keep_ref_gran = 1; /* "a year ago", "a year earlier" */
    return j + n - i;
  }
  return j - or_so - i;
}

/* ---------------------------------------------------------------------------
** Sets.
*/
static void set_every(dt_expr *e, int unit, int32_t count) {
  g_init(e, DT_K_SET, NEWS_TIMEX_SET);
  g_dur_add(&e->dur, unit, count * 2, 0);
}

uint32_t p_set(const dt_scan *s, uint32_t i, dt_expr *e) {
  uint32_t n, j;
  const dt_word *w;
  if ((w = dt_lex(s, i, DW_SETWORD, &n)) != NULL) {
    /* "the daily Haaretz", "the hard-line weekly Der Spiegel", "Mining Weekly": a title */
    if (g_cap(s, i + n) && !g_sent_start(s, i + n)) return 0;
    if (g_cap(s, i) && !g_sent_start(s, i)) return 0;
    /* "quarterly dividend", "monthly rent": an adjective of a noun, no time */
    if (w->val != DT_U_DAY && w->val != DT_U_WEEK && g_lower_word(s, i + n) &&
        !dt_lex1(s, i + n, DW_TENSE) && !dt_is(s, i + n, "and") && !dt_is(s, i + n, "or") &&
        !dt_is(s, i + n, "since") && !dt_is(s, i + n, "through") && !dt_is(s, i + n, "until") &&
        !dt_is(s, i + n, "for") && !dt_is(s, i + n, "in") && !dt_is(s, i + n, "from"))
      return 0;
    set_every(e, w->val, w->val2);
    return n;
  }
  if ((w = dt_lex(s, i, DW_EVERY, &n)) != NULL) {
    int32_t count = w->val2;
    j = i + n;
    int per = dt_is(s, i, "per");
    if (per && !(i > 0 &&
                 (s->doc->tok[i - 1].kind == NEWS_TOK_NUMBER || dt_tok_is(s->doc, i - 1, "times") ||
                  dt_tok_is(s->doc, i - 1, "million") || dt_tok_is(s->doc, i - 1, "billion"))))
      return 0;
    const dt_word *u = g_unit_at(s, j, 0), *x;
    if (u && u->val != DT_U_WEEKEND) {
      set_every(e, u->val == DT_U_HALF ? DT_U_MONTH : u->val,
                count * g_unit_mult(u) * (u->val == DT_U_HALF ? 6 : 1));
      return j + 1 - i;
    }
    if (u && u->val == DT_U_WEEKEND) {
      g_init(e, DT_K_SET, NEWS_TIMEX_SET);
      e->set_point = 1;
      e->pt.base = DT_B_ABS;
      e->pt.year_unknown = 1;
      e->pt.weekend = 1;
      return j + 1 - i;
    }
    if (per) return 0;
    /* "every 60 days", "every two weeks" */
    int32_t half2;
    uint32_t m = dt_quantity(s, j, &half2);
    if (m && half2 % 2 == 0 && half2 > 2 && (u = g_unit_at(s, j + m, 1)) != NULL &&
        u->val != DT_U_WEEKEND) {
      set_every(e, u->val == DT_U_HALF ? DT_U_MONTH : u->val,
                half2 / 2 * g_unit_mult(u) * (u->val == DT_U_HALF ? 6 : 1));
      return j + m + 1 - i;
    }
    if (count != 1) return 0;
    if ((x = dt_lex1(s, j, DW_WEEKDAY)) != NULL && !(x->val2 & DW_ABBR)) {
      g_init(e, DT_K_SET, NEWS_TIMEX_SET);
      e->set_point = 1;
      e->pt.base = DT_B_ABS;
      e->pt.year_unknown = 1;
      e->pt.dow = (uint8_t)x->val;
      j++;
      if ((x = dt_lex1(s, j, DW_POD)) != NULL) {
        e->pt.pod = (uint8_t)x->val;
        j++;
      }
      return j - i;
    }
    if ((x = g_month(s, j, 0)) != NULL && !(x->val2 & DW_ABBR)) {
      g_init(e, DT_K_SET, NEWS_TIMEX_SET);
      e->set_point = 1;
      e->pt.base = DT_B_ABS;
      e->pt.year_unknown = 1;
      e->pt.month = (uint8_t)x->val;
      return j + 1 - i;
    }
    if ((x = dt_lex1(s, j, DW_SEASON)) != NULL) {
      g_init(e, DT_K_SET, NEWS_TIMEX_SET);
      e->set_point = 1;
      e->pt.base = DT_B_ABS;
      e->pt.year_unknown = 1;
      e->pt.season = (uint8_t)x->val;
      return j + 1 - i;
    }
    if ((x = dt_lex1(s, j, DW_POD)) != NULL && !(x->val2 & DW_PLURAL)) {
      g_init(e, DT_K_SET, NEWS_TIMEX_SET);
      e->set_point = 1;
      e->pt.base = DT_B_ABS;
      e->pt.year_unknown = 1;
      e->pt.pod = (uint8_t)x->val;
      return j + 1 - i;
    }
    return 0;
  }
  /* "$7 billion a year", "twice a day", "three times a week" */
  if ((dt_is(s, i, "a") || dt_is(s, i, "an")) && i > 0) {
    const dt_word *u = g_unit_at(s, i + 1, 0);
    const news_token *p = &s->doc->tok[i - 1];
    if (!u || u->val == DT_U_WEEKEND || u->val == DT_U_SECOND) return 0;
    if (p->kind == NEWS_TOK_NUMBER || dt_tok_is(s->doc, i - 1, "times") ||
        dt_tok_is(s->doc, i - 1, "twice") || dt_tok_is(s->doc, i - 1, "once") ||
        dt_tok_is(s->doc, i - 1, "thrice") || dt_tok_is(s->doc, i - 1, "million") ||
        dt_tok_is(s->doc, i - 1, "billion") || dt_tok_is(s->doc, i - 1, "trillion") ||
        dt_tok_is(s->doc, i - 1, "dollars") || dt_tok_is(s->doc, i - 1, "euros")) {
      if (dt_lex(s, i + 2, DW_AGO, &n) || dt_is(s, i + 2, "of")) return 0;
      set_every(e, u->val, g_unit_mult(u));
      return 2;
    }
  }
  return 0;
}
