/*
** grammar.h: what the grammar files share. Each parser p_* looks at token i
** and, when an expression of its kind starts there, fills *e and returns the
** number of tokens it spans (0: none). Look-ahead is bounded by the longest
** pattern, so the whole pass stays linear.
*/
#ifndef NEWS_DATES_GRAMMAR_H
#define NEWS_DATES_GRAMMAR_H

#include "dates_internal.h"

void g_init(dt_expr *e, uint8_t kind, uint8_t type);

/* Token tests. */
int g_cap(const dt_scan *s, uint32_t i);        /* capitalised word */
int g_sent_start(const dt_scan *s, uint32_t i); /* first token of its sentence */
int g_punct(const dt_scan *s, uint32_t i, const char *p);
int g_lower_word(const dt_scan *s, uint32_t i); /* a word starting in lower case */
/* A word that looks like a plural count noun ("soldiers", "talks"). */
int g_plural_noun(const dt_scan *s, uint32_t i);

/* The token before i inside the document (NEWS_NONE at its start). */
static inline uint32_t g_prev(uint32_t i) {
  return i == 0 ? NEWS_NONE : i - 1;
}
/* Token p (before an expression) makes the next word temporal: "in",
** "since", "until", "early", "last"; "and"/"to" after a month ("March and May"). */
int g_temporal_cue(const dt_scan *s, uint32_t p);
/* Tokens [i, i + n) are written without spaces between them. */
int g_glued_run(const dt_scan *s, uint32_t i, uint32_t n);
/* After a date: ", 2019" or " 2019": tokens used, and e gets the year. */
uint32_t g_year_after(const dt_scan *s, uint32_t j, dt_expr *e);

/* A day of the month: "5", "05", "5th", "fifth", "twenty-first". */
uint32_t g_day_number(const dt_scan *s, uint32_t i, int32_t *d);
/* A year: "2019", "'19" (*two_digit = 1), "2019's". */
uint32_t g_year(const dt_scan *s, uint32_t i, int32_t *y, int *two_digit);
/* A year spelled out: "nineteen ninety-six", "two thousand and eight". */
uint32_t g_year_words(const dt_scan *s, uint32_t i, int32_t *y);
/* A month name usable at i: full names always in date patterns; `bare`
** asks whether it may stand alone (guards for "may", "March", "Theresa May"). */
const dt_word *g_month(const dt_scan *s, uint32_t i, int bare);
/* A time of day: "3 p.m.", "10:30am", "15:30 GMT", "noon". Minutes after
** midnight in *min, seconds in *sec (-1 if none). */
uint32_t g_clock(const dt_scan *s, uint32_t i, int32_t *min, int32_t *sec, int strong);

/* Explicit dates and years (grammar_date.c). */
uint32_t p_month_date(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_day_month(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_numeric_date(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_year(const dt_scan *s, uint32_t i, dt_expr *e);

/* Days and times of day (grammar_time.c). */
uint32_t p_weekday(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_time(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_deictic(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_holiday(const dt_scan *s, uint32_t i, dt_expr *e);

/* Quarters, halves, seasons, decades, centuries (grammar_period.c). */
uint32_t p_period(const dt_scan *s, uint32_t i, dt_expr *e);

/* Quantities of time and sets (grammar_quantity.c). */
uint32_t p_quantity(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_set(const dt_scan *s, uint32_t i, dt_expr *e);
/* Adds a count of a unit (half2 = count times 2) to a duration; vague: X. */
void g_dur_add(dt_dur *d, int unit, int32_t half2, int vague);
/* A unit word at i: singular (plural = 0), plural (1) or either (-1). */
const dt_word *g_unit_at(const dt_scan *s, uint32_t i, int plural);
/* How many units the word counts (a fortnight is two weeks). */
int g_unit_mult(const dt_word *u);
/* "ago", "later", "from now" at j; "before"/"after" only when no noun phrase follows. */
const dt_word *g_ago_at(const dt_scan *s, uint32_t j, uint32_t *n);

/* Relative expressions and references (grammar_rel.c). */
uint32_t p_relative(const dt_scan *s, uint32_t i, dt_expr *e);
uint32_t p_ref(const dt_scan *s, uint32_t i, dt_expr *e);

/* Day-level additions after a day: a part of day or a clock time
** ("Monday morning", "yesterday at 3 p.m."). Returns tokens used. */
uint32_t g_day_suffix(const dt_scan *s, uint32_t i, dt_expr *e);

#endif
