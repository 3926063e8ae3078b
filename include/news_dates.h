/*
** news_dates.h: when: temporal expressions normalised to TIMEX3 (ext/dates/).
** Included by news.h; plain C, no SQLite types.
**
**   news_ymd published;
**   if (news_ymd_parse("2019-11-05", 10, &published) != 0) ...bad date...
**   news_timex *tx;
**   size_t n;
**   if (news_dates_find(doc, &published, &tx, &n) == NEWS_OK) {
**     for (size_t i = 0; i < n; i++)
**       printf("%.*s %s %s\n", (int)tx[i].nbyte, doc->text + tx[i].byte,
**              news_timex_type_name(tx[i].type), tx[i].value);
**     news_dates_free(doc->engine, tx);
**   }
**
** Every expression is found in one left-to-right pass over the doc's tokens
** (longest match at each position, bounded look-around) and resolved against
** the anchor, normally the article's publication date: "on Monday" in a
** past-tense clause is the most recent Monday on or before the anchor, in a
** future one ("will meet on Thursday") the next one; "last week" is the ISO
** week before the anchor's; "two years ago" is a year. Without an anchor,
** relative expressions keep X's ("XXXX-WXX-1"); absolute ones still resolve.
** Expressions such as "a year earlier" or "the following day" anchor on the
** last date the text mentioned, as news copy means them.
*/
#ifndef NEWS_DATES_H
#define NEWS_DATES_H

#include "news.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------
** A calendar day (proleptic Gregorian). Other capabilities reuse it for
** `published`.
*/
typedef struct news_ymd {
  int32_t y; /* 1..9999 */
  int32_t m; /* 1..12 */
  int32_t d; /* 1..31 */
} news_ymd;

/* Parses an ISO 8601 date "YYYY-MM-DD" or date-time "YYYY-MM-DDTHH:MM[:SS[.f]][Z|±HH[:]MM]"
** (a space may stand for the T; surrounding blanks are ignored) into its date
** part. Returns 0, or -1 when `s` is not such a date (February 30 included). */
int news_ymd_parse(const char *s, size_t n, news_ymd *out);
/* 1 when the day exists. */
int news_ymd_valid(news_ymd day);
/* Days since 1970-01-01 (negative before), and back. */
int64_t news_ymd_to_days(news_ymd day);
news_ymd news_ymd_from_days(int64_t days);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int news_ymd_weekday(news_ymd day);
/* Writes "YYYY-MM-DD" and a NUL into out (11 bytes). */
void news_ymd_format(news_ymd day, char out[11]);

/* ---------------------------------------------------------------------------
** Temporal expressions.
*/
enum news_timex_type {
  NEWS_TIMEX_DATE = 1,
  NEWS_TIMEX_TIME,
  NEWS_TIMEX_DURATION,
  NEWS_TIMEX_SET,
};

enum news_timex_mod {
  NEWS_MOD_NONE = 0,
  NEWS_MOD_START,
  NEWS_MOD_MID,
  NEWS_MOD_END,
  NEWS_MOD_APPROX,
  NEWS_MOD_BEFORE,
  NEWS_MOD_AFTER,
  NEWS_MOD_ON_OR_BEFORE,
  NEWS_MOD_ON_OR_AFTER,
  NEWS_MOD_LESS_THAN,
  NEWS_MOD_MORE_THAN,
  NEWS_MOD_EQUAL_OR_LESS,
  NEWS_MOD_EQUAL_OR_MORE,
};

/* The tense the clause around an expression showed, which decided the
** direction of an underspecified value ("Monday", "in September"). */
enum news_tense {
  NEWS_TENSE_NONE = 0, /* no cue: news defaults to the past */
  NEWS_TENSE_PAST,
  NEWS_TENSE_FUTURE,
};

/* Flags of a news_timex. */
#define NEWS_TIMEX_RELATIVE                                                                        \
  0x01u /* the value depends on the anchor (or on a date mentioned before) */
#define NEWS_TIMEX_EXTENT 0x02u /* begin/end hold the value's first and last day */

#define NEWS_TIMEX_VALUE_MAX 32

typedef struct news_timex {
  uint32_t tok, ntok;   /* the expression's tokens [tok, tok + ntok) in the doc */
  uint32_t byte, nbyte; /* its text: no leading "on"/"in", no trailing possessive 's */
  uint32_t chr, nchr;   /* the same span in characters (SQLite's rule) */
  uint8_t type;         /* enum news_timex_type */
  uint8_t mod;          /* enum news_timex_mod */
  uint8_t tense;        /* enum news_tense: the cue seen around it */
  uint8_t flags;        /* NEWS_TIMEX_* */
  /* The TIMEX3 value ("2019-11-04", "2019-W44", "198", "P3Y", "PRESENT_REF",
  ** "XXXX-09"), NUL-terminated; empty when the text names no real date
  ** ("February 30"). */
  char value[NEWS_TIMEX_VALUE_MAX];
  news_ymd begin, end; /* valid when flags & NEWS_TIMEX_EXTENT */
} news_timex;

/* Finds every temporal expression of a parsed doc, in text order, without
** overlaps. `anchor` is the publication date, or NULL (relative values then
** keep X's). On NEWS_OK, *out is an array of *n entries (NULL when none),
** allocated through the doc's engine: free it with news_dates_free. Time is
** linear in the number of tokens. */
int news_dates_find(const news_doc *doc, const news_ymd *anchor, news_timex **out, size_t *n);
void news_dates_free(news_engine *eng, news_timex *tx);

/* The value of a DATE or TIME expression cut to its date part, into out:
** "2019-11-04T15:00" and "2019-11-04TMO" -> "2019-11-04"; a DATE is copied
** as it is ("2019-W44", "PAST_REF"). Returns 1, or 0 (out = "") for a
** DURATION, a SET or an empty value. For quotes' said_on: the date attached
** to a reporting verb. */
int news_timex_date_value(const news_timex *tx, char out[NEWS_TIMEX_VALUE_MAX]);

/* The DATE or TIME expression attached to a reporting verb at token `verb`
** (quotes' said_on): the first one after it in its clause within a few tokens
** ("said on Monday", "told reporters in Seoul on Tuesday that"), else one
** before it in the same clause ("On Monday, the ministry said", "Hamas on
** Wednesday said"). Never one inside the reported clause (after "that", a
** colon or a quote mark) or in another sentence. Returns its index in tx, or
** -1; cut its value with news_timex_date_value. */
long news_dates_said_on(const news_doc *doc, const news_timex *tx, size_t n, uint32_t verb);

/* The index of the expression that starts at token `tok`, or covers it, or -1;
** `tx` sorted as news_dates_find returns it. Binary search. */
long news_dates_at_token(const news_timex *tx, size_t n, uint32_t tok);

/* Names for the SQL layer and for printing: "DATE", "START"; NULL for NEWS_MOD_NONE. */
const char *news_timex_type_name(int type);
const char *news_timex_mod_name(int mod);

#ifdef __cplusplus
}
#endif

#endif
