/*
** test_dates.c: unit tests of the date engine: every form issue 4 lists, each
** with its publication date, the calendar edge cases (leap days, ISO week 53,
** year ends), the words that must not become dates, the engine API and its
** out-of-memory paths. No SQLite involved.
*/
#include "check.h"

static news_engine *eng;

/* The expressions of `text` anchored on `published` (NULL: none), as
** "phrase TYPE value[ MOD]" joined by "; ". An empty value prints as "-". */
static const char *dates(const char *text, const char *published) {
  static char out[8192];
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0, w = 0;
  news_ymd anchor;
  out[0] = 0;
  if (published) CHECK_INT(news_ymd_parse(published, strlen(published), &anchor), 0);
  CHECK_INT(news_doc_parse(eng, text, strlen(text), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, published ? &anchor : NULL, &tx, &n), NEWS_OK);
  for (size_t i = 0; i < n && w + 200 < sizeof out; i++) {
    const char *mod = news_timex_mod_name(tx[i].mod);
    w += (size_t)snprintf(out + w, sizeof out - w, "%s%.*s %s %s%s%s", i ? "; " : "",
                          (int)tx[i].nbyte, text + tx[i].byte, news_timex_type_name(tx[i].type),
                          tx[i].value[0] ? tx[i].value : "-", mod ? " " : "", mod ? mod : "");
  }
  news_dates_free(eng, tx);
  news_doc_free(d);
  return out;
}

/* The first expression's begin..end as "YYYY-MM-DD..YYYY-MM-DD", or "none". */
static const char *extent(const char *text, const char *published) {
  static char out[64];
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0;
  news_ymd anchor;
  snprintf(out, sizeof out, "none");
  CHECK_INT(news_ymd_parse(published, strlen(published), &anchor), 0);
  CHECK_INT(news_doc_parse(eng, text, strlen(text), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &anchor, &tx, &n), NEWS_OK);
  if (n > 0 && (tx[0].flags & NEWS_TIMEX_EXTENT)) {
    char b[11], e[11];
    news_ymd_format(tx[0].begin, b);
    news_ymd_format(tx[0].end, e);
    snprintf(out, sizeof out, "%s..%s", b, e);
  }
  news_dates_free(eng, tx);
  news_doc_free(d);
  return out;
}

/* 2018-11-21 is a Wednesday. */
static void test_weekdays_by_tense(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("The minister said on Monday that talks had failed.", p),
            "Monday DATE 2018-11-19");
  CHECK_STR(dates("The court ruled on Wednesday.", p), "Wednesday DATE 2018-11-21");
  CHECK_STR(dates("Envoys will meet on Thursday in Geneva.", p), "Thursday DATE 2018-11-22");
  CHECK_STR(dates("Envoys will meet on Wednesday in Geneva.", p), "Wednesday DATE 2018-11-28");
  CHECK_STR(dates("The envoy, who will fly to Oslo on Saturday, told reporters he was hopeful.", p),
            "Saturday DATE 2018-11-24");
  CHECK_STR(dates("On Friday, the ministry denied the report.", p), "Friday DATE 2018-11-16");
  CHECK_STR(dates("Talks are scheduled for Sunday.", p), "Sunday DATE 2018-11-25");
  CHECK_STR(dates("They voted last Wednesday and meet again next Tuesday.", p),
            "last Wednesday DATE 2018-11-14; next Tuesday DATE 2018-11-27");
  CHECK_STR(dates("The deal must be signed by Friday.", p), "Friday DATE 2018-11-23");
  CHECK_STR(dates("Monday's vote was close.", p), "Monday DATE 2018-11-19");
  /* coordinated days follow the first one */
  CHECK_STR(dates("Talks will be held next Tuesday and Wednesday.", p),
            "next Tuesday DATE 2018-11-27; Wednesday DATE 2018-11-28");
  CHECK_STR(dates("Statements were issued on Tuesday and Monday.", p),
            "Tuesday DATE 2018-11-20; Monday DATE 2018-11-19");
}

static void test_explicit_dates(void) {
  const char *p = "2019-11-20";
  CHECK_STR(dates("The strike began on Nov. 5 and ended on 5 November 2019.", p),
            "Nov. 5 DATE 2019-11-05; 5 November 2019 DATE 2019-11-05");
  CHECK_STR(dates("It was signed November 5th, 2019, in Rome.", p),
            "November 5th, 2019 DATE 2019-11-05");
  CHECK_STR(dates("Updated: 2019-11-05 | Posted 11/05/2019", p),
            "2019-11-05 DATE 2019-11-05; 11/05/2019 DATE 2019-11-05");
  CHECK_STR(dates("A day-first date: 25/12/2018.", p), "25/12/2018 DATE 2018-12-25");
  CHECK_STR(dates("The ruling came on Monday, Nov. 4.", p), "Monday, Nov. 4 DATE 2019-11-04");
  CHECK_STR(dates("The vote is set for the 5th of December.", p),
            "the 5th of December DATE 2019-12-05");
  CHECK_STR(dates("KABUL, Nov. 19 (Reuters) - Fighting resumed.", p), "Nov. 19 DATE 2019-11-19");
  CHECK_STR(dates("A hearing is set for Jan. 8.", p), "Jan. 8 DATE 2020-01-08");
}

static void test_months_and_years(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("Parliament approved the budget in September.", p), "September DATE 2018-09");
  CHECK_STR(dates("Parliament will vote on the budget in September.", p), "September DATE 2019-09");
  CHECK_STR(dates("It was first proposed in March 2016 and revised in 2017.", p),
            "March 2016 DATE 2016-03; 2017 DATE 2017");
  CHECK_STR(dates("Exports fell in fiscal 2018 but rose in January this year.", p),
            "fiscal 2018 DATE 2018; January this year DATE 2018-01");
  CHECK_STR(dates("They lost power last April.", p), "last April DATE 2018-04");
  CHECK_STR(dates("Both sides signed the 2015 accord.", p), "2015 DATE 2015");
  CHECK_STR(dates("Protests have continued since May.", p), "May DATE 2018-05");
}

static void test_periods(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("Profit rose in the third quarter.", p), "the third quarter DATE 2018-Q3");
  CHECK_STR(dates("Sales in H1 2019 and in the first half of 2017 differed.", p),
            "H1 2019 DATE 2019-H1; the first half of 2017 DATE 2017-H1");
  CHECK_STR(dates("The target for Q3 2019 stands.", p), "Q3 2019 DATE 2019-Q3");
  CHECK_STR(dates("It rained through the summer of 2014.", p), "the summer of 2014 DATE 2014-SU");
  CHECK_STR(dates("Drills are planned for next spring.", p), "next spring DATE 2019-SP");
  CHECK_STR(dates("A boom in the 1980s, a slump in the '90s and a war in the nineties.", p),
            "the 1980s DATE 198; the '90s DATE 199; the nineties DATE 199");
  CHECK_STR(dates("The dispute dates from the 19th century.", p), "the 19th century DATE 18");
  CHECK_STR(dates("Prices peaked in the late 1970s and again in the mid-1990s.", p),
            "the late 1970s DATE 197 END; the mid-1990s DATE 199 MID");
}

static void test_relative(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("Yesterday the army withdrew; today it returned; tonight it will rest.", p),
            "Yesterday DATE 2018-11-20; today DATE 2018-11-21; tonight TIME 2018-11-21TNI");
  CHECK_STR(dates("Talks resumed this week after stalling last month.", p),
            "this week DATE 2018-W47; last month DATE 2018-10");
  CHECK_STR(dates("Elections are due next year.", p), "next year DATE 2019");
  CHECK_STR(dates("The plan was unveiled earlier this month.", p),
            "earlier this month DATE 2018-11 START");
  CHECK_STR(dates("The mine closed two years ago and reopened six weeks ago.", p),
            "two years ago DATE 2016; six weeks ago DATE 2018-W41");
  CHECK_STR(dates("The ministers will meet again in three weeks.", p), "three weeks DATE 2018-W50");
  CHECK_STR(dates("The strike lasted three weeks.", p), "three weeks DURATION P3W");
  CHECK_STR(dates("The treaty was signed in 1994. A decade earlier, war had broken out.", p),
            "1994 DATE 1994; A decade earlier DATE 1984");
  CHECK_STR(dates("The dam opened in 2011. The following year it flooded.", p),
            "2011 DATE 2011; The following year DATE 2012");
  CHECK_STR(dates("Fighting broke out on March 3, 2015, and a truce came two days later.", p),
            "March 3, 2015 DATE 2015-03-03; two days later DATE 2015-03-05");
}

static void test_modifiers(void) {
  const char *p = "2019-08-22";
  CHECK_STR(dates("The offer was made in late June.", p), "late June DATE 2019-06 END");
  CHECK_STR(dates("He has led the team since early 2017.", p), "early 2017 DATE 2017 START");
  CHECK_STR(dates("A deal is possible before the end of the year.", p),
            "the end of the year DATE 2019 END");
  CHECK_STR(dates("Talks lasted about two years, then more than a week, then at least 30 days.", p),
            "about two years DURATION P2Y APPROX; more than a week DURATION P1W MORE_THAN; "
            "at least 30 days DURATION P30D EQUAL_OR_MORE");
  CHECK_STR(
      dates("Detainees can be held for up to 180 days or less than an hour.", p),
      "up to 180 days DURATION P180D EQUAL_OR_LESS; less than an hour DURATION PT1H LESS_THAN");
  CHECK_STR(dates("The rule covers 2021 or later and post-1990 contracts.", p),
            "2021 or later DATE 2021 ON_OR_AFTER; post-1990 DATE 1990 AFTER");
}

static void test_times(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("The curfew starts at 3 p.m. and ends at noon.", p),
            "3 p.m. TIME 2018-11-21T15:00; noon TIME 2018-11-21T12:00");
  CHECK_STR(dates("Troops moved in on Monday morning and left at 10 p.m. Tuesday.", p),
            "Monday morning TIME 2018-11-19TMO; 10 p.m. Tuesday TIME 2018-11-20T22:00");
  CHECK_STR(dates("Officials spoke this morning about what happened last night.", p),
            "this morning TIME 2018-11-21TMO; last night TIME 2018-11-20TNI");
  CHECK_STR(dates("The blast came at 9:45 a.m. local time.", p),
            "9:45 a.m. local time TIME 2018-11-21T09:45");
  CHECK_STR(dates("Police arrived on Tuesday evening.", p), "Tuesday evening TIME 2018-11-20TEV");
}

static void test_durations(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("He served three years, then 18 months, then a couple of minutes.", p),
            "three years DURATION P3Y; 18 months DURATION P18M; a couple of minutes DURATION PTXM");
  CHECK_STR(dates("It took several days and a two-hour meeting.", p),
            "several days DURATION PXD; two-hour DURATION PT2H");
  CHECK_STR(dates("They have two months and 10 days to appeal, or a year and a half.", p),
            "two months and 10 days DURATION P2M10D; a year and a half DURATION P1Y6M");
  CHECK_STR(dates("Prices rose over the past three weeks and for six consecutive months.", p),
            "the past three weeks DURATION P3W; six consecutive months DURATION P6M");
  CHECK_STR(dates("Growth slowed in the last few days.", p), "the last few days DURATION PXD");
  CHECK_STR(dates("The first nine months were weak.", p), "The first nine months DURATION P9M");
}

static void test_sets(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("Inspectors visit every week and report daily.", p),
            "every week SET P1W; daily SET P1D");
  CHECK_STR(dates("The weekly meeting is held each Monday.", p),
            "weekly SET P1W; each Monday SET XXXX-WXX-1");
  CHECK_STR(dates("Reviews happen every 60 days; the border opens three days a week.", p),
            "every 60 days SET P60D; three days a week SET P1W");
  CHECK_STR(dates("Trade was worth $7 billion a year. Markets close on Sundays.", p),
            "a year SET P1Y; Sundays SET XXXX-WXX-7");
}

static void test_vague_references(void) {
  const char *p = "2018-11-21";
  CHECK_STR(dates("Talks are now stalled and currently frozen, and were recently cancelled.", p),
            "now DATE PRESENT_REF; currently DATE PRESENT_REF; recently DATE PAST_REF");
  CHECK_STR(
      dates("In the past, such deals failed; in the future they may not. A vote is due soon.", p),
      "the past DATE PAST_REF; the future DATE FUTURE_REF; soon DATE FUTURE_REF");
  CHECK_STR(dates("Attacks rose in recent years and may rise in coming months.", p),
            "recent years DATE PAST_REF; coming months DATE FUTURE_REF");
  CHECK_STR(dates("Many left a few years ago.", p), "a few years ago DATE PAST_REF");
}

static void test_no_false_positives(void) {
  const char *p = "2019-11-05";
  CHECK_STR(dates("The court may rule soon, but protesters may march on Sunday.", p),
            "soon DATE FUTURE_REF; Sunday DATE 2019-11-03");
  CHECK_STR(dates("Theresa May said the plan would work. May said so again.", p), "");
  CHECK_STR(dates("The Sunday Times and Fox News Sunday both ran the story.", p), "");
  CHECK_STR(dates("USA Today and the film High Noon and CBS's 60 Minutes.", p), "");
  CHECK_STR(dates("He scored 25 points; 1,000 people came; 2000 soldiers left.", p), "");
  CHECK_STR(dates("It cost $2019 or EUR 1999, No. 2015 in the list.", p), "");
  CHECK_STR(dates("Call 555-2019 or +1 202 555 0199; the score was 2-1.", p), "");
  CHECK_STR(dates("A quarter of the votes and three quarters of the seats.", p), "");
  CHECK_STR(dates("The 37 years old man, a 136-year-old bank.", p), "");
  CHECK_STR(dates("The daily Haaretz reported; the quarterly dividend rose.", p), "");
  CHECK_STR(dates("Women's March organisers and the Long March.", p), "");
}

static void test_calendar_edges(void) {
  CHECK_STR(dates("It ended on Feb. 29, 2020, not Feb. 29, 2019.", "2020-03-01"),
            "Feb. 29, 2020 DATE 2020-02-29; Feb. 29, 2019 DATE -");
  CHECK_STR(dates("The deadline was Feb. 29.", "2021-03-10"), "Feb. 29 DATE 2020-02-29");
  CHECK_STR(dates("Payment is due on February 30.", "2019-01-10"), "February 30 DATE -");
  /* ISO week 53 and the year boundary */
  CHECK_STR(dates("Cases rose last week.", "2021-01-06"), "last week DATE 2020-W53");
  CHECK_STR(extent("Cases rose last week.", "2021-01-06"), "2020-12-28..2021-01-03");
  CHECK_STR(dates("Cases rose last week.", "2019-01-02"), "last week DATE 2018-W52");
  CHECK_STR(dates("Cases rose this week.", "2019-12-31"), "this week DATE 2020-W01");
  CHECK_STR(extent("Cases rose this week.", "2019-12-31"), "2019-12-30..2020-01-05");
  CHECK_STR(dates("Talks resume next week.", "2020-12-28"), "next week DATE 2021-W01");
  CHECK_STR(dates("Markets reopen next year.", "2019-12-31"), "next year DATE 2020");
  /* extents */
  CHECK_STR(extent("in March 2018", "2019-01-01"), "2018-03-01..2018-03-31");
  CHECK_STR(extent("the 1980s", "2019-01-01"), "1980-01-01..1989-12-31");
  CHECK_STR(extent("the third quarter of 2016", "2019-01-01"), "2016-07-01..2016-09-30");
  CHECK_STR(extent("winter 2019", "2019-01-01"), "2019-12-01..2020-02-29");
  CHECK_STR(extent("three years", "2019-01-01"), "none");
  /* nonsense stays out */
  CHECK_STR(dates("The year 99999, the 0s and the year 0.", "2019-01-01"), "");
}

static void test_without_anchor(void) {
  CHECK_STR(dates("They met on Monday, last week and in September, two years ago.", NULL),
            "Monday DATE XXXX-WXX-1; last week DATE XXXX-WXX; September DATE XXXX-09; "
            "two years ago DATE XXXX");
  CHECK_STR(dates("Yesterday at 3 p.m.; on Nov. 5; in the third quarter.", NULL),
            "Yesterday at 3 p.m. TIME XXXX-XX-XXT15:00; Nov. 5 DATE XXXX-11-05; "
            "the third quarter DATE XXXX-Q3");
  CHECK_STR(dates("Signed on 5 November 2019, in the 1980s, for three years.", NULL),
            "5 November 2019 DATE 2019-11-05; the 1980s DATE 198; three years DURATION P3Y");
}

static void test_spans(void) {
  /* positions are SQLite characters; "on" is left out; a possessive too */
  const char *s = "“Talks” ended on Monday’s\xC2\xA0vote, in late March.";
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0;
  news_ymd a = {2019, 11, 5};
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &a, &tx, &n), NEWS_OK);
  CHECK_INT(n, 2);
  if (n == 2) {
    CHECK_INT(tx[0].chr, 17);
    CHECK_INT(tx[0].nchr, 6);
    CHECK_INT(tx[0].tok, 5);
    CHECK_INT(tx[0].ntok, 1);
    CHECK(memcmp(s + tx[0].byte, "Monday", 6) == 0 && tx[0].nbyte == 6);
    CHECK_INT(tx[1].chr, 35);
    CHECK_INT(tx[1].nchr, 10);
    CHECK_INT(tx[1].mod, NEWS_MOD_END);
    CHECK(tx[0].flags & NEWS_TIMEX_RELATIVE);
    CHECK(tx[0].flags & NEWS_TIMEX_EXTENT);
    CHECK_INT(tx[0].tense, NEWS_TENSE_PAST);
  }
  news_dates_free(eng, tx);
  news_doc_free(d);
}

static void test_ymd(void) {
  news_ymd d;
  CHECK_INT(news_ymd_parse("2019-11-05", 10, &d), 0);
  CHECK(d.y == 2019 && d.m == 11 && d.d == 5);
  CHECK_INT(news_ymd_parse(" 2020-02-29T23:59:59.5+05:30 ", 28, &d), 0);
  CHECK(d.y == 2020 && d.m == 2 && d.d == 29);
  CHECK_INT(news_ymd_parse("2019-02-29", 10, &d), -1);
  CHECK_INT(news_ymd_parse("2019-13-01", 10, &d), -1);
  CHECK_INT(news_ymd_parse("5 Nov 2019", 10, &d), -1);
  CHECK_INT(news_ymd_parse("2019-11-05T25:00", 16, &d), -1);
  CHECK_INT(news_ymd_parse("20191105", 8, &d), -1);
  news_ymd a = {1970, 1, 1}, b = {2000, 3, 1};
  CHECK_INT(news_ymd_to_days(a), 0);
  CHECK_INT(news_ymd_to_days(b), 11017);
  news_ymd c = news_ymd_from_days(11017);
  CHECK(c.y == 2000 && c.m == 3 && c.d == 1);
  CHECK_INT(news_ymd_weekday(b), 3); /* a Wednesday */
  char buf[11];
  news_ymd_format(b, buf);
  CHECK_STR(buf, "2000-03-01");
  news_ymd bad = {2019, 2, 30};
  CHECK(!news_ymd_valid(bad));
}

static void test_api_helpers(void) {
  const char *s = "He said on Monday at 3 p.m. that talks will last three years.";
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0;
  news_ymd a = {2019, 11, 5};
  char v[NEWS_TIMEX_VALUE_MAX];
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &a, &tx, &n), NEWS_OK);
  CHECK_INT(n, 2);
  if (n == 2) {
    CHECK_STR(tx[0].value, "2019-11-04T15:00");
    CHECK_INT(news_timex_date_value(&tx[0], v), 1);
    CHECK_STR(v, "2019-11-04");
    CHECK_INT(news_timex_date_value(&tx[1], v), 0);
    CHECK_STR(v, "");
    CHECK_INT(news_dates_at_token(tx, n, 3), 0);  /* "Monday" */
    CHECK_INT(news_dates_at_token(tx, n, 6), 0);  /* "p.m." */
    CHECK_INT(news_dates_at_token(tx, n, 2), -1); /* "on" */
    CHECK_INT(news_dates_at_token(tx, n, 12), 1); /* "years" */
  }
  news_dates_free(eng, tx);
  news_doc_free(d);
  CHECK_STR(news_timex_type_name(NEWS_TIMEX_DURATION), "DURATION");
  CHECK(news_timex_mod_name(NEWS_MOD_NONE) == NULL);
  CHECK_STR(news_timex_mod_name(NEWS_MOD_EQUAL_OR_MORE), "EQUAL_OR_MORE");
  news_timex ref = {0};
  ref.type = NEWS_TIMEX_DATE;
  memcpy(ref.value, "PRESENT_REF", 12);
  CHECK_INT(news_timex_date_value(&ref, v), 1);
  CHECK_STR(v, "PRESENT_REF");
  /* a bad anchor is refused */
  news_ymd bad = {2019, 2, 30};
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &bad, &tx, &n), NEWS_BADARG);
  news_doc_free(d);
}

/* The value news_dates_said_on attaches to the verb `verb` (by its text) in s. */
static const char *said_on(const char *s, const char *verb, const char *published) {
  static char out[NEWS_TIMEX_VALUE_MAX];
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0;
  news_ymd a;
  snprintf(out, sizeof out, "none");
  CHECK_INT(news_ymd_parse(published, strlen(published), &a), 0);
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &a, &tx, &n), NEWS_OK);
  for (uint32_t k = 0; k < d->ntok; k++)
    if (news_tok_is(d, k, verb)) {
      long i = news_dates_said_on(d, tx, n, k);
      if (i >= 0) news_timex_date_value(&tx[i], out);
      break;
    }
  news_dates_free(eng, tx);
  news_doc_free(d);
  return out;
}

static void test_said_on(void) {
  const char *p = "2019-11-06"; /* a Wednesday */
  CHECK_STR(said_on("The spokesman said on Monday that talks were over.", "said", p), "2019-11-04");
  CHECK_STR(said_on("She told reporters in Seoul on Tuesday that it was over.", "told", p),
            "2019-11-05");
  CHECK_STR(said_on("On Sunday, the foreign ministry spokesman said the offer stood.", "said", p),
            "2019-11-03");
  CHECK_STR(said_on("Hamas on Monday evening said it accepted.", "said", p), "2019-11-04");
  CHECK_STR(said_on("He said the vote would be held on Friday.", "said", p), "none");
  CHECK_STR(said_on("“We will meet on Friday,” she said.", "said", p), "none");
  CHECK_STR(said_on("The minister said: “Since May we have waited.”", "said", p), "none");
  CHECK_STR(said_on("The agency said last week that it would act.", "said", p), "2019-W44");
  CHECK_STR(said_on("He said talks on Friday had failed.", "said", p), "none");
  CHECK_STR(said_on("At a rally in Lima on Friday, the minister said no.", "said", p),
            "2019-11-01");
  CHECK_STR(said_on("Staff hired by Nov. 1 get a bonus, the ministry said.", "said", p), "none");
  CHECK_STR(said_on("The envoy, who will fly to Oslo on Saturday, told reporters no.", "told", p),
            "none");
  CHECK_STR(said_on("Kim told a news conference in Tehran on Sunday the deal stood.", "told", p),
            "2019-11-03");
}

/* Long runs of date-like words cost linear time and bounded look-ahead: no
** recursion, no rescans (this would take minutes or overflow the stack
** otherwise). */
static void test_long_inputs(void) {
  size_t reps = 40000;
  const char *unit = "one hundred one hundred May March Monday 2019 - 2020 / ";
  size_t ul = strlen(unit);
  char *s = malloc(reps * ul + 1);
  for (size_t i = 0; i < reps; i++) memcpy(s + i * ul, unit, ul);
  s[reps * ul] = 0;
  news_doc *d = NULL;
  news_timex *tx = NULL;
  size_t n = 0;
  news_ymd a = {2019, 11, 5};
  CHECK_INT(news_doc_parse(eng, s, reps * ul, &d), NEWS_OK);
  CHECK_INT(news_dates_find(d, &a, &tx, &n), NEWS_OK);
  CHECK(n >= reps);
  news_dates_free(eng, tx);
  news_doc_free(d);
  free(s);
}

/* Allocation failures: news_dates_find reports NEWS_NOMEM and frees
** everything. With the lexicon built, every allocation in turn fails; while
** the lexicon is being built (hundreds of phrases), a spread of them does. */
static int find_with_failure(long n, int warm, size_t *count) {
  const char *s = "Talks resumed on Monday, nine days after a pause in late March; they will "
                  "last three years.";
  news_engine *e = news_engine_new(&check_allocator);
  news_doc *d = NULL;
  news_timex *tx = NULL;
  news_ymd a = {2019, 11, 5};
  CHECK_INT(news_doc_parse(e, s, strlen(s), &d), NEWS_OK);
  if (warm) {
    CHECK_INT(news_dates_find(d, &a, &tx, count), NEWS_OK);
    news_dates_free(e, tx);
    tx = NULL;
  }
  *count = 99;
  check_alloc.count = 0;
  check_alloc.fail_at = n;
  int rc = news_dates_find(d, &a, &tx, count);
  check_alloc.fail_at = 0;
  if (rc == NEWS_OK) {
    CHECK_INT(*count, 4);
    news_dates_free(e, tx);
  } else {
    CHECK_INT(rc, NEWS_NOMEM);
    CHECK(tx == NULL && *count == 0);
  }
  news_doc_free(d);
  news_engine_free(e);
  return rc;
}

static void test_out_of_memory(void) {
  size_t count;
  long n;
  for (n = 1; n < 1000 && find_with_failure(n, 1, &count) != NEWS_OK; n++) {
  }
  CHECK(n > 1 && n < 1000);
  for (n = 1; n < 100000; n += n < 64 ? 1 : 97)
    if (find_with_failure(n, 0, &count) == NEWS_OK) break;
  CHECK(n > 64 && n < 100000);
}

static void settle(void) {
  news_engine_trim(eng);
}

int main(void) {
  eng = news_engine_new(&check_allocator);
  dates("Lexicons are built on first use on Monday.", "2019-01-01"); /* not a leak of test 1 */
  settle();
  check_settle = settle;
  static const check_test tests[] = {
      {"weekdays_by_tense", test_weekdays_by_tense},
      {"explicit_dates", test_explicit_dates},
      {"months_and_years", test_months_and_years},
      {"periods", test_periods},
      {"relative", test_relative},
      {"modifiers", test_modifiers},
      {"times", test_times},
      {"durations", test_durations},
      {"sets", test_sets},
      {"vague_references", test_vague_references},
      {"no_false_positives", test_no_false_positives},
      {"calendar_edges", test_calendar_edges},
      {"without_anchor", test_without_anchor},
      {"spans", test_spans},
      {"ymd", test_ymd},
      {"api_helpers", test_api_helpers},
      {"said_on", test_said_on},
      {"long_inputs", test_long_inputs},
      {"out_of_memory", test_out_of_memory},
  };
  int rc = check_run("test_dates", tests, sizeof tests / sizeof tests[0]);
  news_engine_free(eng);
  return rc;
}
