/*
** words.c: the date engine's lexicon. Data, not code: every word or phrase
** the grammar knows is a row here, written as it appears in running text,
** with its class and value. Add a row to extend it; the grammar reads
** classes, never spellings.
*/
#include "dates_internal.h"

#include <stdlib.h>
#include <string.h>

#define MONTH(p, m, f)                                                                             \
  { p, DW_MONTH, m, f }
#define WEEKDAY(p, d, f)                                                                           \
  { p, DW_WEEKDAY, d, f }
#define UNIT(p, u, f)                                                                              \
  { p, DW_UNIT, u, f }
#define NUM(p, v)                                                                                  \
  { p, DW_NUMBER, v, 0 }
#define ORD(p, v)                                                                                  \
  { p, DW_ORDINAL, v, 0 }
#define PART(p, m, f)                                                                              \
  { p, DW_PART, m, f }
#define APPROX(p, m)                                                                               \
  { p, DW_APPROX, m, 0 }
#define APPROX_POST(p, m)                                                                          \
  { p, DW_APPROX_POST, m, 0 }
#define REL(p, r)                                                                                  \
  { p, DW_REL, r, 0 }
#define DEICTIC(p, off, pod)                                                                       \
  { p, DW_DEICTIC, off, pod }
#define POD(p, v, f)                                                                               \
  { p, DW_POD, v, f }
#define CLOCK(p, min)                                                                              \
  { p, DW_CLOCK, min, 0 }
#define AMPM(p, v)                                                                                 \
  { p, DW_AMPM, v, 0 }
#define TZ(p)                                                                                      \
  { p, DW_TZ, 0, 0 }
#define SEASON(p, s, f)                                                                            \
  { p, DW_SEASON, s, f }
#define PERIOD_TOKEN(p, v)                                                                         \
  { p, DW_PERIOD_TOKEN, v, 0 }
#define FISCAL(p)                                                                                  \
  { p, DW_FISCAL, 0, 0 }
#define DECADE_WORD(p, v)                                                                          \
  { p, DW_DECADE_WORD, v, 0 }
#define REF(p, r, f)                                                                               \
  { p, DW_REF, r, f }
#define SETWORD(p, u, n)                                                                           \
  { p, DW_SETWORD, u, n }
#define EVERY(p, n)                                                                                \
  { p, DW_EVERY, 0, n }
#define AGO(p, dir, f)                                                                             \
  { p, DW_AGO, dir, f }
#define VAGUE(p)                                                                                   \
  { p, DW_VAGUE, 0, 0 }
#define DUR_ADJ(p)                                                                                 \
  { p, DW_DUR_ADJ, 0, 0 }
#define HOLIDAY(p, i)                                                                              \
  { p, DW_HOLIDAY, i, 0 }
#define STOP(p)                                                                                    \
  { p, DW_STOP, 0, 0 }
#define PAST(p)                                                                                    \
  { p, DW_TENSE, NEWS_TENSE_PAST, 0 }
#define FUTURE(p)                                                                                  \
  { p, DW_TENSE, NEWS_TENSE_FUTURE, 0 }
#define YEAR_CUE(p)                                                                                \
  { p, DW_YEAR_CUE, 0, 0 }
#define NOT_YEAR_BEFORE(p)                                                                         \
  { p, DW_NOT_YEAR_BEFORE, 0, 0 }
#define NOT_YEAR_AFTER(p)                                                                          \
  { p, DW_NOT_YEAR_AFTER, 0, 0 }
#define SAID_GAP(p)                                                                                \
  { p, DW_SAID_GAP, 0, 0 }
#define DET(p)                                                                                     \
  { p, DW_FUNC, DT_FUNC_DET, 0 }
#define COUNT_DET(p)                                                                               \
  { p, DW_FUNC, DT_FUNC_COUNT, 0 }
#define LINK(p)                                                                                    \
  { p, DW_FUNC, DT_FUNC_LINK, 0 }

/* Holidays: index + 1 is the HOLIDAY value below. */
const dt_holiday dt_holidays[] = {
    {DT_HOL_FIXED, 1, 1, 0, 0},        /* 1 New Year's Day */
    {DT_HOL_FIXED, 12, 31, 0, 0},      /* 2 New Year's Eve */
    {DT_HOL_FIXED, 12, 25, 0, 0},      /* 3 Christmas */
    {DT_HOL_FIXED, 12, 24, 0, 0},      /* 4 Christmas Eve */
    {DT_HOL_FIXED, 12, 26, 0, 0},      /* 5 Boxing Day */
    {DT_HOL_FIXED, 2, 14, 0, 0},       /* 6 Valentine's Day */
    {DT_HOL_FIXED, 10, 31, 0, 0},      /* 7 Halloween */
    {DT_HOL_FIXED, 7, 4, 0, 0},        /* 8 Independence Day (US) */
    {DT_HOL_FIXED, 11, 11, 0, 0},      /* 9 Veterans / Armistice / Remembrance Day */
    {DT_HOL_FIXED, 7, 14, 0, 0},       /* 10 Bastille Day */
    {DT_HOL_FIXED, 5, 1, 0, 0},        /* 11 May Day */
    {DT_HOL_FIXED, 3, 17, 0, 0},       /* 12 St. Patrick's Day */
    {DT_HOL_NTH_WEEKDAY, 11, 4, 4, 0}, /* 13 Thanksgiving (US): 4th Thursday of November */
    {DT_HOL_NTH_WEEKDAY, 11, 4, 4, 1}, /* 14 Black Friday */
    {DT_HOL_NTH_WEEKDAY, 9, 1, 1, 0},  /* 15 Labor Day (US): 1st Monday of September */
    {DT_HOL_NTH_WEEKDAY, 5, 1, -1, 0}, /* 16 Memorial Day (US): last Monday of May */
    {DT_HOL_NTH_WEEKDAY, 1, 1, 3, 0},  /* 17 Martin Luther King Jr. Day: 3rd Monday of Jan. */
    {DT_HOL_NTH_WEEKDAY, 2, 1, 3, 0},  /* 18 Presidents' Day: 3rd Monday of February */
    {DT_HOL_NTH_WEEKDAY, 10, 1, 2, 0}, /* 19 Columbus Day: 2nd Monday of October */
    {DT_HOL_NTH_WEEKDAY, 5, 7, 2, 0},  /* 20 Mother's Day (US): 2nd Sunday of May */
    {DT_HOL_NTH_WEEKDAY, 6, 7, 3, 0},  /* 21 Father's Day: 3rd Sunday of June */
    {DT_HOL_EASTER, 0, 0, 0, 0},       /* 22 Easter Sunday */
    {DT_HOL_EASTER, 0, 0, 0, -2},      /* 23 Good Friday */
    {DT_HOL_EASTER, 0, 0, 0, 1},       /* 24 Easter Monday */
    {DT_HOL_EASTER, 0, 0, 0, -46},     /* 25 Ash Wednesday */
    {DT_HOL_EASTER, 0, 0, 0, -7},      /* 26 Palm Sunday */
    {DT_HOL_EASTER, 0, 0, 0, -47},     /* 27 Mardi Gras / Shrove Tuesday */
    {DT_HOL_EASTER, 0, 0, 0, 49},      /* 28 Pentecost */
    {DT_HOL_NTH_WEEKDAY, 11, 4, 4, 4}, /* 29 Cyber Monday */
    {DT_HOL_FIXED, 1, 6, 0, 0},        /* 30 Epiphany */
    {DT_HOL_EASTER, 0, 0, 0, -3},      /* 31 Maundy Thursday */
    {DT_HOL_EASTER, 0, 0, 0, 39},      /* 32 Ascension Day */
    {DT_HOL_NTH_WEEKDAY, 11, 1, 1, 1}, /* 33 Election Day (US): the Tuesday after the 1st Monday */
};

static const dt_word words[] = {
    /* Months. Abbreviations only count before a day number or a year; "May"
    ** and "March" are also a verb or a name, "August" an adjective. */
    MONTH("January", 1, 0),
    MONTH("February", 2, 0),
    MONTH("March", 3, DW_AMBIG),
    MONTH("April", 4, 0),
    MONTH("May", 5, DW_AMBIG),
    MONTH("June", 6, 0),
    MONTH("July", 7, 0),
    MONTH("August", 8, DW_AMBIG),
    MONTH("September", 9, 0),
    MONTH("October", 10, 0),
    MONTH("November", 11, 0),
    MONTH("December", 12, 0),
    MONTH("Jan.", 1, DW_ABBR),
    MONTH("Jan", 1, DW_ABBR),
    MONTH("Feb.", 2, DW_ABBR),
    MONTH("Feb", 2, DW_ABBR),
    MONTH("Mar.", 3, DW_ABBR),
    MONTH("Mar", 3, DW_ABBR),
    MONTH("Apr.", 4, DW_ABBR),
    MONTH("Apr", 4, DW_ABBR),
    MONTH("Jun.", 6, DW_ABBR),
    MONTH("Jun", 6, DW_ABBR),
    MONTH("Jul.", 7, DW_ABBR),
    MONTH("Jul", 7, DW_ABBR),
    MONTH("Aug.", 8, DW_ABBR),
    MONTH("Aug", 8, DW_ABBR),
    MONTH("Sept.", 9, DW_ABBR),
    MONTH("Sept", 9, DW_ABBR),
    MONTH("Sep.", 9, DW_ABBR),
    MONTH("Sep", 9, DW_ABBR),
    MONTH("Oct.", 10, DW_ABBR),
    MONTH("Oct", 10, DW_ABBR),
    MONTH("Nov.", 11, DW_ABBR),
    MONTH("Nov", 11, DW_ABBR),
    MONTH("Dec.", 12, DW_ABBR),
    MONTH("Dec", 12, DW_ABBR),

    /* Weekdays; abbreviations only before a date ("Sun" is a newspaper). */
    WEEKDAY("Monday", 1, 0),
    WEEKDAY("Tuesday", 2, 0),
    WEEKDAY("Wednesday", 3, 0),
    WEEKDAY("Thursday", 4, 0),
    WEEKDAY("Friday", 5, 0),
    WEEKDAY("Saturday", 6, 0),
    WEEKDAY("Sunday", 7, 0),
    WEEKDAY("Mondays", 1, DW_PLURAL),
    WEEKDAY("Tuesdays", 2, DW_PLURAL),
    WEEKDAY("Wednesdays", 3, DW_PLURAL),
    WEEKDAY("Thursdays", 4, DW_PLURAL),
    WEEKDAY("Fridays", 5, DW_PLURAL),
    WEEKDAY("Saturdays", 6, DW_PLURAL),
    WEEKDAY("Sundays", 7, DW_PLURAL),
    WEEKDAY("Mon.", 1, DW_ABBR),
    WEEKDAY("Mon", 1, DW_ABBR),
    WEEKDAY("Tue.", 2, DW_ABBR),
    WEEKDAY("Tue", 2, DW_ABBR),
    WEEKDAY("Tues.", 2, DW_ABBR),
    WEEKDAY("Tues", 2, DW_ABBR),
    WEEKDAY("Wed.", 3, DW_ABBR),
    WEEKDAY("Wed", 3, DW_ABBR),
    WEEKDAY("Thu.", 4, DW_ABBR),
    WEEKDAY("Thu", 4, DW_ABBR),
    WEEKDAY("Thur.", 4, DW_ABBR),
    WEEKDAY("Thurs.", 4, DW_ABBR),
    WEEKDAY("Thurs", 4, DW_ABBR),
    WEEKDAY("Fri.", 5, DW_ABBR),
    WEEKDAY("Fri", 5, DW_ABBR),
    WEEKDAY("Sat.", 6, DW_ABBR),
    WEEKDAY("Sat", 6, DW_ABBR),
    WEEKDAY("Sun.", 7, DW_ABBR),
    WEEKDAY("Sun", 7, DW_ABBR),

    /* Units. */
    UNIT("second", DT_U_SECOND, 0),
    UNIT("seconds", DT_U_SECOND, DW_PLURAL),
    UNIT("sec", DT_U_SECOND, 0),
    UNIT("secs", DT_U_SECOND, DW_PLURAL),
    UNIT("minute", DT_U_MINUTE, 0),
    UNIT("minutes", DT_U_MINUTE, DW_PLURAL),
    UNIT("min", DT_U_MINUTE, 0),
    UNIT("mins", DT_U_MINUTE, DW_PLURAL),
    UNIT("hour", DT_U_HOUR, 0),
    UNIT("hours", DT_U_HOUR, DW_PLURAL),
    UNIT("hr", DT_U_HOUR, 0),
    UNIT("hrs", DT_U_HOUR, DW_PLURAL),
    UNIT("day", DT_U_DAY, 0),
    UNIT("days", DT_U_DAY, DW_PLURAL),
    UNIT("week", DT_U_WEEK, 0),
    UNIT("weeks", DT_U_WEEK, DW_PLURAL),
    UNIT("wk", DT_U_WEEK, 0),
    UNIT("fortnight", DT_U_WEEK, 0x100),
    UNIT("fortnights", DT_U_WEEK, DW_PLURAL | 0x100),
    UNIT("weekend", DT_U_WEEKEND, 0),
    UNIT("weekends", DT_U_WEEKEND, DW_PLURAL),
    UNIT("month", DT_U_MONTH, 0),
    UNIT("months", DT_U_MONTH, DW_PLURAL),
    UNIT("quarter", DT_U_QUARTER, 0),
    UNIT("quarters", DT_U_QUARTER, DW_PLURAL),
    UNIT("qtr", DT_U_QUARTER, 0),
    UNIT("year", DT_U_YEAR, 0),
    UNIT("years", DT_U_YEAR, DW_PLURAL),
    UNIT("yr", DT_U_YEAR, 0),
    UNIT("yrs", DT_U_YEAR, DW_PLURAL),
    UNIT("decade", DT_U_DECADE, 0),
    UNIT("decades", DT_U_DECADE, DW_PLURAL),
    UNIT("century", DT_U_CENTURY, 0),
    UNIT("centuries", DT_U_CENTURY, DW_PLURAL),
    UNIT("millennium", DT_U_MILLENNIUM, 0),
    UNIT("millennia", DT_U_MILLENNIUM, DW_PLURAL),

    /* Number words. */
    NUM("zero", 0),
    NUM("one", 1),
    NUM("two", 2),
    NUM("three", 3),
    NUM("four", 4),
    NUM("five", 5),
    NUM("six", 6),
    NUM("seven", 7),
    NUM("eight", 8),
    NUM("nine", 9),
    NUM("ten", 10),
    NUM("eleven", 11),
    NUM("twelve", 12),
    NUM("thirteen", 13),
    NUM("fourteen", 14),
    NUM("fifteen", 15),
    NUM("sixteen", 16),
    NUM("seventeen", 17),
    NUM("eighteen", 18),
    NUM("nineteen", 19),
    NUM("twenty", 20),
    NUM("thirty", 30),
    NUM("forty", 40),
    NUM("fifty", 50),
    NUM("sixty", 60),
    NUM("seventy", 70),
    NUM("eighty", 80),
    NUM("ninety", 90),
    NUM("hundred", 100),
    NUM("thousand", 1000),
    NUM("dozen", 12),

    /* Ordinals. */
    ORD("first", 1),
    ORD("second", 2),
    ORD("third", 3),
    ORD("fourth", 4),
    ORD("fifth", 5),
    ORD("sixth", 6),
    ORD("seventh", 7),
    ORD("eighth", 8),
    ORD("ninth", 9),
    ORD("tenth", 10),
    ORD("eleventh", 11),
    ORD("twelfth", 12),
    ORD("thirteenth", 13),
    ORD("fourteenth", 14),
    ORD("fifteenth", 15),
    ORD("sixteenth", 16),
    ORD("seventeenth", 17),
    ORD("eighteenth", 18),
    ORD("nineteenth", 19),
    ORD("twentieth", 20),
    ORD("thirtieth", 30),

    /* Parts of a period. */
    PART("early", NEWS_MOD_START, 0),
    PART("earlier", NEWS_MOD_START, 0),
    PART("mid", NEWS_MOD_MID, 0),
    PART("late", NEWS_MOD_END, 0),
    PART("later", NEWS_MOD_END, 0),
    PART("pre", NEWS_MOD_BEFORE, 0),
    PART("post", NEWS_MOD_AFTER, 0),
    PART("the beginning of", NEWS_MOD_START, 0),
    PART("the start of", NEWS_MOD_START, 0),
    PART("the outset of", NEWS_MOD_START, 0),
    PART("the dawn of", NEWS_MOD_START, 0),
    PART("the early part of", NEWS_MOD_START, 0),
    PART("the first part of", NEWS_MOD_START, 0),
    PART("the middle of", NEWS_MOD_MID, 0),
    PART("the end of", NEWS_MOD_END, 0),
    PART("the close of", NEWS_MOD_END, 0),
    PART("the latter part of", NEWS_MOD_END, 0),
    PART("the later part of", NEWS_MOD_END, 0),
    PART("the last part of", NEWS_MOD_END, 0),
    PART("the tail end of", NEWS_MOD_END, 0),
    PART("beginning of", NEWS_MOD_START, 0),
    PART("start of", NEWS_MOD_START, 0),
    PART("middle of", NEWS_MOD_MID, 0),
    PART("end of", NEWS_MOD_END, 0),
    PART("the first half of", NEWS_MOD_START, DW_HALF1),
    PART("the second half of", NEWS_MOD_END, DW_HALF2),
    PART("the last half of", NEWS_MOD_END, DW_HALF2),
    PART("the latter half of", NEWS_MOD_END, DW_HALF2),
    PART("first half of", NEWS_MOD_START, DW_HALF1),
    PART("second half of", NEWS_MOD_END, DW_HALF2),

    /* Quantity modifiers, before and after. */
    APPROX("about", NEWS_MOD_APPROX),
    APPROX("around", NEWS_MOD_APPROX),
    APPROX("approximately", NEWS_MOD_APPROX),
    APPROX("roughly", NEWS_MOD_APPROX),
    APPROX("some", NEWS_MOD_APPROX),
    APPROX("circa", NEWS_MOD_APPROX),
    APPROX("close to", NEWS_MOD_APPROX),
    APPROX("nearly", NEWS_MOD_EQUAL_OR_LESS),
    APPROX("almost", NEWS_MOD_LESS_THAN),
    APPROX("less than", NEWS_MOD_LESS_THAN),
    APPROX("fewer than", NEWS_MOD_LESS_THAN),
    APPROX("under", NEWS_MOD_LESS_THAN),
    APPROX("just under", NEWS_MOD_LESS_THAN),
    APPROX("more than", NEWS_MOD_MORE_THAN),
    APPROX("over", NEWS_MOD_MORE_THAN),
    APPROX("just over", NEWS_MOD_MORE_THAN),
    APPROX("well over", NEWS_MOD_MORE_THAN),
    APPROX("upwards of", NEWS_MOD_MORE_THAN),
    APPROX("at least", NEWS_MOD_EQUAL_OR_MORE),
    APPROX("no less than", NEWS_MOD_EQUAL_OR_MORE),
    APPROX("not less than", NEWS_MOD_EQUAL_OR_MORE),
    APPROX("up to", NEWS_MOD_EQUAL_OR_LESS),
    APPROX("no more than", NEWS_MOD_EQUAL_OR_LESS),
    APPROX("not more than", NEWS_MOD_EQUAL_OR_LESS),
    APPROX("at most", NEWS_MOD_EQUAL_OR_LESS),
    APPROX("within", NEWS_MOD_EQUAL_OR_LESS),
    APPROX_POST("or so", NEWS_MOD_APPROX),
    APPROX_POST("or more", NEWS_MOD_EQUAL_OR_MORE),
    APPROX_POST("or longer", NEWS_MOD_EQUAL_OR_MORE),
    APPROX_POST("or less", NEWS_MOD_EQUAL_OR_LESS),
    APPROX_POST("or later", NEWS_MOD_ON_OR_AFTER),
    APPROX_POST("and beyond", NEWS_MOD_ON_OR_AFTER),
    APPROX_POST("and later", NEWS_MOD_ON_OR_AFTER),
    APPROX_POST("or earlier", NEWS_MOD_ON_OR_BEFORE),

    /* Relations to the anchor or to the date last mentioned. */
    REL("last", DT_REL_LAST),
    REL("past", DT_REL_LAST),
    REL("this past", DT_REL_LAST),
    REL("next", DT_REL_NEXT),
    REL("coming", DT_REL_NEXT),
    REL("upcoming", DT_REL_NEXT),
    REL("this coming", DT_REL_NEXT),
    REL("this", DT_REL_THIS),
    REL("current", DT_REL_THIS),
    REL("present", DT_REL_THIS),
    REL("following", DT_REL_FOLLOWING),
    REL("previous", DT_REL_PREVIOUS),
    REL("preceding", DT_REL_PREVIOUS),
    REL("prior", DT_REL_PREVIOUS),
    REL("that", DT_REL_SAME),
    REL("same", DT_REL_SAME),
    REL("that same", DT_REL_SAME),
    REL("the same", DT_REL_SAME),
    REL("latest", DT_REL_LATEST),
    REL("most recent", DT_REL_LATEST),

    /* Days named from the anchor. */
    DEICTIC("today", 0, 0),
    DEICTIC("yesterday", -1, 0),
    DEICTIC("tomorrow", 1, 0),
    DEICTIC("tonight", 0, DT_POD_NI),
    DEICTIC("the day before yesterday", -2, 0),
    DEICTIC("the day after tomorrow", 2, 0),

    /* Parts of the day. */
    POD("morning", DT_POD_MO, 0),
    POD("mornings", DT_POD_MO, DW_PLURAL),
    POD("afternoon", DT_POD_AF, 0),
    POD("afternoons", DT_POD_AF, DW_PLURAL),
    POD("evening", DT_POD_EV, 0),
    POD("evenings", DT_POD_EV, DW_PLURAL),
    POD("night", DT_POD_NI, 0),
    POD("nights", DT_POD_NI, DW_PLURAL),
    POD("overnight", DT_POD_NI, 0),
    POD("daytime", DT_POD_DT, 0),
    POD("dawn", DT_POD_MO, 0),
    POD("daybreak", DT_POD_MO, 0),
    POD("dusk", DT_POD_EV, 0),
    POD("lunchtime", DT_POD_MI, 0),

    /* Named times and clock words. */
    CLOCK("noon", 12 * 60),
    CLOCK("midday", 12 * 60),
    CLOCK("midnight", 24 * 60),
    AMPM("a.m.", 0),
    AMPM("am", 0),
    AMPM("a.m", 0),
    AMPM("p.m.", 12),
    AMPM("pm", 12),
    AMPM("p.m", 12),
    TZ("GMT"),
    TZ("UTC"),
    TZ("EST"),
    TZ("EDT"),
    TZ("CST"),
    TZ("CDT"),
    TZ("MST"),
    TZ("MDT"),
    TZ("PST"),
    TZ("PDT"),
    TZ("ET"),
    TZ("PT"),
    TZ("BST"),
    TZ("CET"),
    TZ("CEST"),
    TZ("EET"),
    TZ("EEST"),
    TZ("MSK"),
    TZ("JST"),
    TZ("KST"),
    TZ("HKT"),
    TZ("SGT"),
    TZ("AEST"),
    TZ("AEDT"),
    TZ("local time"),
    TZ("Eastern time"),
    TZ("Eastern"),
    TZ("Pacific time"),

    /* Seasons; "fall" is also a verb and a noun. */
    SEASON("spring", DT_SP, 0),
    SEASON("summer", DT_SU, 0),
    SEASON("autumn", DT_FA, 0),
    SEASON("fall", DT_FA, DW_AMBIG),
    SEASON("winter", DT_WI, 0),

    /* Quarters and halves written as tokens. */
    PERIOD_TOKEN("Q1", 1),
    PERIOD_TOKEN("Q2", 2),
    PERIOD_TOKEN("Q3", 3),
    PERIOD_TOKEN("Q4", 4),
    PERIOD_TOKEN("H1", 5),
    PERIOD_TOKEN("H2", 6),
    PERIOD_TOKEN("1Q", 1),
    PERIOD_TOKEN("2Q", 2),
    PERIOD_TOKEN("3Q", 3),
    PERIOD_TOKEN("4Q", 4),
    PERIOD_TOKEN("1H", 5),
    PERIOD_TOKEN("2H", 6),
    FISCAL("fiscal"),
    FISCAL("financial year"),
    FISCAL("fiscal year"),
    FISCAL("FY"),

    /* Decades in words. */
    DECADE_WORD("twenties", 20),
    DECADE_WORD("thirties", 30),
    DECADE_WORD("forties", 40),
    DECADE_WORD("fifties", 50),
    DECADE_WORD("sixties", 60),
    DECADE_WORD("seventies", 70),
    DECADE_WORD("eighties", 80),
    DECADE_WORD("nineties", 90),

    /* Vague references (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF). */
    REF("now", NEWS_REF_PRESENT, 0),
    REF("right now", NEWS_REF_PRESENT, 0),
    REF("currently", NEWS_REF_PRESENT, 0),
    REF("nowadays", NEWS_REF_PRESENT, 0),
    REF("presently", NEWS_REF_PRESENT, 0),
    REF("these days", NEWS_REF_PRESENT, 0),
    REF("the moment", NEWS_REF_PRESENT, 0),
    REF("the present", NEWS_REF_PRESENT, 0),
    REF("current", NEWS_REF_PRESENT, DW_ADJ),
    REF("recently", NEWS_REF_PAST, 0),
    REF("more recently", NEWS_REF_PAST, 0),
    REF("lately", NEWS_REF_PAST, 0),
    REF("the past", NEWS_REF_PAST, 0),
    REF("recent", NEWS_REF_PAST, DW_ADJ),
    REF("soon", NEWS_REF_FUTURE, 0),
    REF("shortly", NEWS_REF_FUTURE, 0),
    REF("the future", NEWS_REF_FUTURE, 0),
    REF("the near future", NEWS_REF_FUTURE, 0),
    REF("the near term", NEWS_REF_FUTURE, 0),
    REF("the short term", NEWS_REF_FUTURE, 0),
    REF("the long term", NEWS_REF_FUTURE, 0),
    REF("the medium term", NEWS_REF_FUTURE, 0),
    REF("as soon as possible", NEWS_REF_FUTURE, 0),
    REF("a later date", NEWS_REF_FUTURE, 0),

    /* Sets. */
    SETWORD("daily", DT_U_DAY, 1),
    SETWORD("nightly", DT_U_DAY, 1),
    SETWORD("weekly", DT_U_WEEK, 1),
    SETWORD("biweekly", DT_U_WEEK, 2),
    SETWORD("fortnightly", DT_U_WEEK, 2),
    SETWORD("monthly", DT_U_MONTH, 1),
    SETWORD("bimonthly", DT_U_MONTH, 2),
    SETWORD("quarterly", DT_U_QUARTER, 1),
    SETWORD("yearly", DT_U_YEAR, 1),
    SETWORD("annually", DT_U_YEAR, 1),
    SETWORD("semiannually", DT_U_MONTH, 6),
    SETWORD("biannually", DT_U_MONTH, 6),
    SETWORD("hourly", DT_U_HOUR, 1),
    SETWORD("day and night", DT_U_DAY, 1),
    EVERY("every", 1),
    EVERY("each", 1),
    EVERY("per", 1),
    EVERY("every other", 2),
    EVERY("every second", 2),

    /* Counting from the anchor ("ago") or from the date last mentioned ("later"). */
    AGO("ago", -1, DW_FROM_DCT),
    AGO("back", -1, DW_FROM_DCT),
    AGO("from now", 1, DW_FROM_DCT),
    AGO("hence", 1, DW_FROM_DCT),
    AGO("from today", 1, DW_FROM_DCT),
    AGO("earlier", -1, DW_FROM_REF),
    AGO("before", -1, DW_FROM_REF),
    AGO("previously", -1, DW_FROM_REF),
    AGO("prior", -1, DW_FROM_REF),
    AGO("later", 1, DW_FROM_REF),
    AGO("after", 1, DW_FROM_REF),
    AGO("afterwards", 1, DW_FROM_REF),
    AGO("afterward", 1, DW_FROM_REF),

    /* Unknown counts. */
    VAGUE("a few"),
    VAGUE("few"),
    VAGUE("several"),
    VAGUE("many"),
    VAGUE("a couple of"),
    VAGUE("a couple"),
    VAGUE("couple of"),
    VAGUE("a number of"),
    VAGUE("numerous"),
    VAGUE("a handful of"),
    VAGUE("some"),
    VAGUE("countless"),
    VAGUE("multiple"),

    /* Between a count and its unit: "six consecutive weeks". */
    DUR_ADJ("consecutive"),
    DUR_ADJ("straight"),
    DUR_ADJ("successive"),
    DUR_ADJ("more"),
    DUR_ADJ("additional"),
    DUR_ADJ("full"),
    DUR_ADJ("long"),
    DUR_ADJ("trading"),
    DUR_ADJ("business"),
    DUR_ADJ("working"),
    DUR_ADJ("calendar"),
    DUR_ADJ("whole"),
    DUR_ADJ("entire"),
    DUR_ADJ("extra"),
    DUR_ADJ("further"),
    DUR_ADJ("short"),

    /* Holidays. */
    HOLIDAY("New Year's Day", 1),
    HOLIDAY("New Year's", 1),
    HOLIDAY("New Year", 1),
    HOLIDAY("New Year's Eve", 2),
    HOLIDAY("Christmas", 3),
    HOLIDAY("Christmas Day", 3),
    HOLIDAY("Xmas", 3),
    HOLIDAY("Christmas Eve", 4),
    HOLIDAY("Boxing Day", 5),
    HOLIDAY("Valentine's Day", 6),
    HOLIDAY("Valentines Day", 6),
    HOLIDAY("Halloween", 7),
    HOLIDAY("the Fourth of July", 8),
    HOLIDAY("Fourth of July", 8),
    HOLIDAY("Veterans Day", 9),
    HOLIDAY("Veterans' Day", 9),
    HOLIDAY("Armistice Day", 9),
    HOLIDAY("Remembrance Day", 9),
    HOLIDAY("Bastille Day", 10),
    HOLIDAY("May Day", 11),
    HOLIDAY("St. Patrick's Day", 12),
    HOLIDAY("Saint Patrick's Day", 12),
    HOLIDAY("Thanksgiving", 13),
    HOLIDAY("Thanksgiving Day", 13),
    HOLIDAY("Black Friday", 14),
    HOLIDAY("Labor Day", 15),
    HOLIDAY("Labour Day", 15),
    HOLIDAY("Memorial Day", 16),
    HOLIDAY("Martin Luther King Day", 17),
    HOLIDAY("Martin Luther King Jr. Day", 17),
    HOLIDAY("MLK Day", 17),
    HOLIDAY("Presidents' Day", 18),
    HOLIDAY("Presidents Day", 18),
    HOLIDAY("President's Day", 18),
    HOLIDAY("Columbus Day", 19),
    HOLIDAY("Mother's Day", 20),
    HOLIDAY("Mothers Day", 20),
    HOLIDAY("Father's Day", 21),
    HOLIDAY("Fathers Day", 21),
    HOLIDAY("Easter", 22),
    HOLIDAY("Easter Sunday", 22),
    HOLIDAY("Good Friday", 23),
    HOLIDAY("Easter Monday", 24),
    HOLIDAY("Ash Wednesday", 25),
    HOLIDAY("Palm Sunday", 26),
    HOLIDAY("Mardi Gras", 27),
    HOLIDAY("Shrove Tuesday", 27),
    HOLIDAY("Pentecost", 28),
    HOLIDAY("Whit Sunday", 28),
    HOLIDAY("Cyber Monday", 29),
    HOLIDAY("Epiphany", 30),
    HOLIDAY("Maundy Thursday", 31),
    HOLIDAY("Ascension Day", 32),
    HOLIDAY("Election Day", 33),

    /* Names that hold date words: never expressions. */
    STOP("Sunday Times"),
    STOP("Sunday Telegraph"),
    STOP("Sunday Express"),
    STOP("Sunday Mirror"),
    STOP("Sunday People"),
    STOP("Sunday Post"),
    STOP("Sunday Herald"),
    STOP("Sunday Independent"),
    STOP("Sunday World"),
    STOP("Sunday Tribune"),
    STOP("Sunday Business Post"),
    STOP("Sunday Star-Times"),
    STOP("Sunday Age"),
    STOP("Sunday Mail"),
    STOP("Sunday Sun"),
    STOP("Sunday Nation"),
    STOP("Sunday Standard"),
    STOP("Sunday Guardian"),
    STOP("Sunday Morning Herald"),
    STOP("Sunday Morning Futures"),
    STOP("Sunday Night Football"),
    STOP("Monday Night Football"),
    STOP("Thursday Night Football"),
    STOP("Saturday Night Live"),
    STOP("Sunday school"),
    STOP("Fox News Sunday"),
    STOP("CBS Sunday Morning"),
    STOP("Mail on Sunday"),
    STOP("Scotland on Sunday"),
    STOP("Bloody Sunday"),
    STOP("Super Tuesday"),
    STOP("Black Monday"),
    STOP("Black Tuesday"),
    STOP("Black Thursday"),
    STOP("Good Friday Agreement"),
    STOP("Good Friday accord"),
    STOP("Easter Rising"),
    STOP("Yom Kippur War"),
    STOP("Six-Day War"),
    STOP("Six Day War"),
    STOP("Hundred Years' War"),
    STOP("Thirty Years' War"),
    STOP("Seven Years' War"),
    STOP("Arab Spring"),
    STOP("Prague Spring"),
    STOP("Good Morning America"),
    STOP("Good Morning Britain"),
    STOP("Morning Edition"),
    STOP("Morning Joe"),
    STOP("Morning Star"),
    STOP("Evening Standard"),
    STOP("Evening Post"),
    STOP("Summer Olympics"),
    STOP("Winter Olympics"),
    STOP("Summer Games"),
    STOP("Winter Games"),
    STOP("Winter Palace"),
    STOP("Summer Palace"),
    STOP("Long March"),
    STOP("Women's March"),
    STOP("March Madness"),
    STOP("the March 14 alliance"),
    STOP("the March 8 alliance"),
    STOP("Man Friday"),
    STOP("Girl Friday"),
    STOP("TGI Fridays"),
    STOP("New Year's resolution"),
    STOP("Chinese New Year"),
    STOP("Lunar New Year"),
    STOP("Jewish New Year"),
    STOP("Persian New Year"),
    STOP("D-Day"),
    STOP("9/11"),
    STOP("7/7"),
    STOP("24/7"),
    STOP("USA Today"),
    STOP("Russia Today"),
    STOP("Today show"),
    STOP("the Today show"),

    /* Tense cues: what the clause around a bare weekday or month says. */
    FUTURE("will"),
    FUTURE("won't"),
    FUTURE("shall"),
    FUTURE("I'll"),
    FUTURE("you'll"),
    FUTURE("he'll"),
    FUTURE("she'll"),
    FUTURE("it'll"),
    FUTURE("we'll"),
    FUTURE("they'll"),
    FUTURE("that'll"),
    FUTURE("there'll"),
    {"would", DW_TENSE, DT_TENSE_FUTURE_WEAK, 0},
    {"wouldn't", DW_TENSE, DT_TENSE_FUTURE_WEAK, 0},
    FUTURE("going to"),
    FUTURE("gonna"),
    FUTURE("is due"),
    FUTURE("are due"),
    FUTURE("was due"),
    FUTURE("were due"),
    FUTURE("be due"),
    FUTURE("scheduled"),
    FUTURE("slated"),
    FUTURE("expected"),
    FUTURE("expects"),
    FUTURE("set to"),
    FUTURE("plans to"),
    FUTURE("plan to"),
    FUTURE("planning to"),
    FUTURE("planned"),
    FUTURE("planned to"),
    FUTURE("intended to"),
    FUTURE("expected to"),
    FUTURE("planned for"),
    FUTURE("scheduled for"),
    FUTURE("set for"),
    FUTURE("slated for"),
    FUTURE("as early as"),
    FUTURE("as soon as"),
    FUTURE("no later than"),
    FUTURE("intends"),
    FUTURE("intend"),
    FUTURE("upcoming"),
    FUTURE("ahead of"),
    FUTURE("is to"),
    FUTURE("are to"),
    FUTURE("was to"),
    FUTURE("were to"),
    FUTURE("hopes to"),
    FUTURE("aims to"),
    FUTURE("is meeting"),
    FUTURE("are meeting"),
    FUTURE("to be held"),
    PAST("said"),
    PAST("told"),
    PAST("was"),
    PAST("were"),
    PAST("had"),
    PAST("did"),
    PAST("didn't"),
    PAST("wasn't"),
    PAST("weren't"),
    PAST("hadn't"),
    PAST("met"),
    PAST("came"),
    PAST("went"),
    PAST("took"),
    PAST("gave"),
    PAST("made"),
    PAST("held"),
    PAST("left"),
    PAST("began"),
    PAST("fell"),
    PAST("rose"),
    PAST("won"),
    PAST("lost"),
    PAST("got"),
    PAST("saw"),
    PAST("knew"),
    PAST("thought"),
    PAST("felt"),
    PAST("found"),
    PAST("brought"),
    PAST("bought"),
    PAST("sold"),
    PAST("sent"),
    PAST("spent"),
    PAST("paid"),
    PAST("put"),
    PAST("set"),
    PAST("cut"),
    PAST("hit"),
    PAST("led"),
    PAST("fled"),
    PAST("wrote"),
    PAST("spoke"),
    PAST("broke"),
    PAST("chose"),
    PAST("drove"),
    PAST("flew"),
    PAST("grew"),
    PAST("threw"),
    PAST("shot"),
    PAST("struck"),
    PAST("stood"),
    PAST("sat"),
    PAST("ran"),
    PAST("became"),
    PAST("overtook"),
    PAST("undertook"),
    PAST("withdrew"),
    PAST("upheld"),
    PAST("swore"),
    PAST("tore"),
    PAST("wore"),
    PAST("beat"),
    PAST("bore"),
    PAST("sought"),
    PAST("taught"),
    PAST("caught"),
    PAST("fought"),
    PAST("meant"),
    PAST("heard"),
    PAST("kept"),
    PAST("slept"),
    PAST("built"),
    PAST("hung"),
    PAST("rang"),
    PAST("sang"),
    PAST("sank"),
    PAST("began"),
    PAST("forgave"),
    PAST("forbade"),
    PAST("has"),
    PAST("have"),
    PAST("has been"),
    PAST("have been"),
    PAST("ago"),
    PAST("last"),
    PAST("earlier"),
    PAST("yesterday"),
    PAST("since"),

    /* Words after which a number is a year. */
    YEAR_CUE("in"),
    YEAR_CUE("since"),
    YEAR_CUE("until"),
    YEAR_CUE("till"),
    YEAR_CUE("by"),
    YEAR_CUE("from"),
    YEAR_CUE("of"),
    YEAR_CUE("during"),
    YEAR_CUE("before"),
    YEAR_CUE("after"),
    YEAR_CUE("between"),
    YEAR_CUE("through"),
    YEAR_CUE("year"),
    YEAR_CUE("circa"),
    YEAR_CUE("c."),
    YEAR_CUE("early"),
    YEAR_CUE("mid"),
    YEAR_CUE("late"),
    YEAR_CUE("the"),
    YEAR_CUE("in the year"),
    YEAR_CUE("summer"),
    YEAR_CUE("winter"),
    YEAR_CUE("spring"),
    YEAR_CUE("autumn"),
    YEAR_CUE("fall"),
    YEAR_CUE("fiscal"),

    /* Before a number: it is no year. */
    NOT_YEAR_BEFORE("No."),
    NOT_YEAR_BEFORE("no."),
    NOT_YEAR_BEFORE("number"),
    NOT_YEAR_BEFORE("#"),
    NOT_YEAR_BEFORE("$"),
    NOT_YEAR_BEFORE("€"),
    NOT_YEAR_BEFORE("£"),
    NOT_YEAR_BEFORE("¥"),
    NOT_YEAR_BEFORE("US$"),
    NOT_YEAR_BEFORE("flight"),
    NOT_YEAR_BEFORE("Flight"),
    NOT_YEAR_BEFORE("route"),
    NOT_YEAR_BEFORE("page"),
    NOT_YEAR_BEFORE("room"),
    NOT_YEAR_BEFORE("resolution"),
    NOT_YEAR_BEFORE("article"),
    NOT_YEAR_BEFORE("section"),
    NOT_YEAR_BEFORE("chapter"),
    NOT_YEAR_BEFORE("model"),
    NOT_YEAR_BEFORE("version"),
    NOT_YEAR_BEFORE("code"),
    NOT_YEAR_BEFORE("highway"),
    NOT_YEAR_BEFORE("interstate"),
    NOT_YEAR_BEFORE("box"),
    NOT_YEAR_BEFORE("suite"),
    NOT_YEAR_BEFORE("apartment"),
    NOT_YEAR_BEFORE("unit"),
    NOT_YEAR_BEFORE("bill"),
    NOT_YEAR_BEFORE("act"),
    NOT_YEAR_BEFORE("grade"),
    NOT_YEAR_BEFORE("level"),
    NOT_YEAR_BEFORE("score"),
    NOT_YEAR_BEFORE("scored"),
    NOT_YEAR_BEFORE("than"),
    NOT_YEAR_BEFORE("nearly"),
    NOT_YEAR_BEFORE("almost"),
    NOT_YEAR_BEFORE("over"),
    NOT_YEAR_BEFORE("about"),
    NOT_YEAR_BEFORE("some"),
    NOT_YEAR_BEFORE("only"),
    NOT_YEAR_BEFORE("least"),
    NOT_YEAR_BEFORE("x"),
    NOT_YEAR_BEFORE("rs."),
    NOT_YEAR_BEFORE("rs"),
    NOT_YEAR_BEFORE("dollars"),
    NOT_YEAR_BEFORE("EUR"),
    NOT_YEAR_BEFORE("USD"),
    NOT_YEAR_BEFORE("GBP"),
    NOT_YEAR_BEFORE("JPY"),
    NOT_YEAR_BEFORE("CHF"),
    NOT_YEAR_BEFORE("CNY"),
    NOT_YEAR_BEFORE("INR"),
    NOT_YEAR_BEFORE("RUB"),
    NOT_YEAR_BEFORE("euros"),
    NOT_YEAR_BEFORE("pounds"),

    /* After a number: it counts something. */
    NOT_YEAR_AFTER("percent"),
    NOT_YEAR_AFTER("per cent"),
    NOT_YEAR_AFTER("%"),
    NOT_YEAR_AFTER("per"),
    NOT_YEAR_AFTER("points"),
    NOT_YEAR_AFTER("people"),
    NOT_YEAR_AFTER("men"),
    NOT_YEAR_AFTER("women"),
    NOT_YEAR_AFTER("children"),
    NOT_YEAR_AFTER("km"),
    NOT_YEAR_AFTER("kilometres"),
    NOT_YEAR_AFTER("kilometers"),
    NOT_YEAR_AFTER("miles"),
    NOT_YEAR_AFTER("metres"),
    NOT_YEAR_AFTER("meters"),
    NOT_YEAR_AFTER("feet"),
    NOT_YEAR_AFTER("ft"),
    NOT_YEAR_AFTER("m"),
    NOT_YEAR_AFTER("kg"),
    NOT_YEAR_AFTER("tons"),
    NOT_YEAR_AFTER("tonnes"),
    NOT_YEAR_AFTER("barrels"),
    NOT_YEAR_AFTER("dollars"),
    NOT_YEAR_AFTER("euros"),
    NOT_YEAR_AFTER("pounds"),
    NOT_YEAR_AFTER("yuan"),
    NOT_YEAR_AFTER("rupees"),
    NOT_YEAR_AFTER("votes"),
    NOT_YEAR_AFTER("troops"),
    NOT_YEAR_AFTER("soldiers"),
    NOT_YEAR_AFTER("times"),
    NOT_YEAR_AFTER("hours"),
    NOT_YEAR_AFTER("hrs"),
    NOT_YEAR_AFTER("minutes"),
    NOT_YEAR_AFTER("days"),
    NOT_YEAR_AFTER("weeks"),
    NOT_YEAR_AFTER("months"),
    NOT_YEAR_AFTER("years"),
    NOT_YEAR_AFTER("GMT"),
    NOT_YEAR_AFTER("bn"),
    NOT_YEAR_AFTER("million"),
    NOT_YEAR_AFTER("billion"),
    NOT_YEAR_AFTER("mw"),
    NOT_YEAR_AFTER("mph"),
    NOT_YEAR_AFTER("cc"),
    NOT_YEAR_AFTER("sq"),

    /* Between a reporting verb and the date it happened on: "said in a
    ** statement on Monday", "told a news conference in Tehran on Sunday". */
    SAID_GAP("on"),
    SAID_GAP("in"),
    SAID_GAP("at"),
    SAID_GAP("to"),
    SAID_GAP("a"),
    SAID_GAP("an"),
    SAID_GAP("the"),
    SAID_GAP("his"),
    SAID_GAP("her"),
    SAID_GAP("its"),
    SAID_GAP("their"),
    SAID_GAP("late"),
    SAID_GAP("early"),
    SAID_GAP("earlier"),
    SAID_GAP("later"),
    SAID_GAP("reporters"),
    SAID_GAP("journalists"),
    SAID_GAP("news"),
    SAID_GAP("conference"),
    SAID_GAP("statement"),
    SAID_GAP("interview"),
    SAID_GAP("briefing"),
    SAID_GAP("televised"),
    SAID_GAP("speech"),
    SAID_GAP("radio"),
    SAID_GAP("television"),
    SAID_GAP("agency"),
    SAID_GAP("newspaper"),
    SAID_GAP("broadcaster"),
    SAID_GAP("state"),
    SAID_GAP("parliament"),
    SAID_GAP("lawmakers"),
    SAID_GAP("told"),
    SAID_GAP("weekly"),
    SAID_GAP("daily"),
    SAID_GAP("regular"),
    SAID_GAP("joint"),
    SAID_GAP("written"),
    SAID_GAP("separate"),
    SAID_GAP("post"),
    SAID_GAP("tweet"),
    SAID_GAP("message"),
    SAID_GAP("letter"),
    SAID_GAP("visit"),
    SAID_GAP("rally"),
    SAID_GAP("meeting"),
    SAID_GAP("during"),
    SAID_GAP("after"),
    SAID_GAP("before"),
    SAID_GAP("also"),
    SAID_GAP("again"),
    SAID_GAP("publicly"),
    SAID_GAP("privately"),
    /* Determiners: an expression may start with one ("the third quarter", "a
    ** year ago", "half an hour") only when a date word follows it. */
    DET("the"),
    DET("its"),
    DET("their"),
    COUNT_DET("a"),
    COUNT_DET("an"),
    COUNT_DET("half"),
    /* Words the grammar reads by spelling after a determiner ("the full year",
    ** "the final three months", "the year-earlier quarter"). */
    LINK("full"),
    LINK("whole"),
    LINK("final"),
    LINK("initial"),
    LINK("remaining"),
    LINK("comparable"),
    LINK("corresponding"),
};

#define NWORDS (sizeof words / sizeof words[0])

static void dt_lexicon_destroy(news_engine *eng, void *p) {
  dt_lexicon *lx = p;
  for (int c = 0; c < DW_CLASS_COUNT; c++) news_lexicon_free(eng, lx->lex[c]);
  news_engine_mfree(eng, lx->rec);
  news_engine_mfree(eng, lx->one);
  news_engine_mfree(eng, lx->pool);
  news_engine_mfree(eng, lx->slot);
  news_engine_mfree(eng, lx->hot);
  news_engine_mfree(eng, lx);
}

static int of_class(const void *entry, void *ctx) {
  return ((const dt_word *)entry)->cls == *(const int *)ctx;
}

/* Classes of the words that may come second in an expression that starts
** with a relation, a vague count, an approximator or a determiner (with
** numbers and dashes), and the longer phrases the grammar reads there. */
#define FOLLOW_CLASSES (DT_START_CLASSES | DT_BIT(DW_DUR_ADJ) | DT_BIT(DW_POD))
#define MULTI_FOLLOW_CLASSES                                                                       \
  (DT_BIT(DW_HOLIDAY) | DT_BIT(DW_VAGUE) | DT_BIT(DW_REL) | DT_BIT(DW_FISCAL))
#define DET_MULTI_FOLLOW_CLASSES (DT_BIT(DW_FISCAL) | DT_BIT(DW_REL) | DT_BIT(DW_VAGUE))
/* One-word classes that start an expression only before such a word: "last"
** needs "week", "several" needs "days", "about" needs "two". */
#define NEED_FOLLOW_CLASSES (DT_BIT(DW_REL) | DT_BIT(DW_VAGUE) | DT_BIT(DW_APPROX))

/* Puts record r into the cuckoo table: into one of its two slots, moving
** the one there to its other slot as needed. 0 when the table is too full. */
static int place_record(dt_lexicon *lx, uint32_t r) {
  uint32_t i = dt_slot1(lx, lx->hot[r].hash);
  for (int kick = 0; kick < 64; kick++) {
    uint32_t other = lx->hot[r].hash;
    if (!lx->slot[i]) {
      lx->slot[i] = (uint16_t)r;
      return 1;
    }
    uint32_t j = dt_slot2(lx, other) == i ? dt_slot1(lx, other) : dt_slot2(lx, other);
    if (!lx->slot[j]) {
      lx->slot[j] = (uint16_t)r;
      return 1;
    }
    uint32_t out = lx->slot[i]; /* evict, and place the evicted one at its other slot */
    lx->slot[i] = (uint16_t)r;
    r = out;
    uint32_t h = lx->hot[r].hash;
    i = dt_slot1(lx, h) == i ? dt_slot2(lx, h) : dt_slot1(lx, h);
  }
  return 0;
}

/* The record of token k of the phrase doc, made on first sight; 0 when the
** table cannot take it. Words that share a hash (news_hash is djb2: "ft" and
** "h2" do) are chained from the one in the table. */
static uint32_t record_of(dt_lexicon *lx, const news_doc *d, size_t k, uint32_t *npool) {
  const news_token *t = &d->tok[k];
  const char *f = d->fold + t->fold;
  uint32_t head = dt_hash_record(lx, t->hash), r;
  if (head && (r = dt_word_record(lx, t->hash, f, t->nfold)) != 0) return r;
  if (t->nfold > 16) return 0; /* a longer word would need a longer compare */
  r = ++lx->nrec;
  dt_wrec *w = &lx->rec[r];
  dt_hot *x = &lx->hot[r];
  memset(w, 0, sizeof *w);
  memset(x, 0, sizeof *x);
  w->fold = *npool;
  w->nfold = t->nfold;
  memcpy(lx->pool + *npool, f, t->nfold);
  *npool += t->nfold;
  x->hash = t->hash;
  x->nfold = (uint8_t)t->nfold;
  x->head = dt_word8(f, t->nfold, 0, 0);
  x->tail = dt_word8(f, t->nfold, 8, 0);
  if (head) { /* second in its chain */
    x->same = lx->hot[head].same;
    lx->hot[head].same = (uint16_t)r;
    return r;
  }
  return place_record(lx, r) ? r : 0;
}

/* The filter's keys: every word's hash with its flags, and the hashes of its
** possessives ("monday's", "years'") for a word with one-word entries (only
** those are read through a possessive). Returns how many (at most 3 a word). */
typedef struct filter_key {
  uint32_t hash;
  uint8_t flags;
} filter_key;
static size_t filter_keys(const dt_lexicon *lx, filter_key *keys) {
  size_t n = 0;
  for (uint32_t r = 1; r <= lx->nrec; r++) {
    const dt_wrec *w = &lx->rec[r];
    uint8_t fl = lx->hot[r].tflags;
    char buf[20];
    keys[n].hash = lx->hot[r].hash, keys[n++].flags = fl;
    if (!w->one || w->nfold + 2 > sizeof buf) continue;
    memcpy(buf, lx->pool + w->fold, w->nfold);
    memcpy(buf + w->nfold, "'s", 2);
    keys[n].hash = news_hash(buf, w->nfold + 2), keys[n++].flags = fl;
    if (w->nfold > 0 && buf[w->nfold - 1] == 's')
      keys[n].hash = news_hash(buf, w->nfold + 1), keys[n++].flags = fl;
  }
  return n;
}

static int cmp_key_hash(const void *a, const void *b) {
  uint32_t x = ((const filter_key *)a)->hash, y = ((const filter_key *)b)->hash;
  return x < y ? -1 : x > y;
}

/* 1 when the word with hash h shares it with a key of other flags ("year's"
** is a word and the possessive of "year"; djb2 gives "ft" and "h2" one hash):
** no multipliers give it its own flags. keys sorted by hash. */
static int shares_hash(const filter_key *keys, size_t nkeys, uint32_t h, uint8_t flags) {
  size_t lo = 0, hi = nkeys;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (keys[mid].hash < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < nkeys && keys[lo].hash == h; lo++)
    if (keys[lo].flags != flags) return 1;
  return 0;
}

/* Fills the filter with the k-th pair of multipliers; returns how many
** words get flags other than their own. */
static uint32_t fill_filter(dt_lexicon *lx, const filter_key *keys, size_t nkeys, uint32_t k) {
  static const uint32_t muls[8] = {0x9e3779b1u, 0x5bd1e995u, 0x85ebca6bu, 0xc2b2ae35u,
                                   0x27d4eb2fu, 0x165667b1u, 0xcc9e2d51u, 0x1b873593u};
  uint32_t bad = 0;
  lx->mul1 = muls[k / 7];
  lx->mul2 = muls[(k / 7 + 1 + k % 7) % 8];
  memset(lx->filter1, 0, sizeof lx->filter1);
  memset(lx->filter2, 0, sizeof lx->filter2);
  for (size_t j = 0; j < nkeys; j++) {
    uint32_t h = keys[j].hash;
    lx->filter1[(h * lx->mul1) >> (32 - DT_FILTER_BITS)] |= keys[j].flags;
    lx->filter2[((h ^ (h >> 13)) * lx->mul2) >> (32 - DT_FILTER_BITS)] |= keys[j].flags;
  }
  for (uint32_t r = 1; r <= lx->nrec; r++)
    bad += dt_filter_flags(lx, lx->hot[r].hash) != lx->hot[r].tflags &&
           !shares_hash(keys, nkeys, lx->hot[r].hash, lx->hot[r].tflags);
  return bad;
}

/* A phrase that may come out of the tokenizer as more than one token. */
static int may_be_long(const char *phrase) {
  for (const char *c = phrase; *c; c++)
    if (*c == ' ' || *c == '.' || *c == '-' || *c == '/' || *c == '\'') return 1;
  return 0;
}

/* The word records. Every phrase is tokenized as article text is: all of
** them in one text, a paragraph each, so the table costs one parse. A
** record's one-word entries come from the class lexicons themselves, so a
** look-up through the record finds what news_lexicon_match would. */
static int build_records(news_engine *eng, dt_lexicon *lx) {
  size_t len = 0;
  for (size_t k = 0; k < NWORDS; k++) len += strlen(words[k].phrase) + 2;
  char *text = news_engine_malloc(eng, len + 1);
  if (!text) return NEWS_NOMEM;
  size_t w = 0;
  for (size_t k = 0; k < NWORDS; k++) {
    size_t n = strlen(words[k].phrase);
    memcpy(text + w, words[k].phrase, n);
    memcpy(text + w + n, "\n\n", 2);
    w += n + 2;
  }
  text[w] = 0;
  news_doc *d = NULL;
  int rc = news_doc_parse(eng, text, w, &d);
  if (rc == NEWS_OK && d->npara != NWORDS) rc = NEWS_BADARG; /* a phrase with a line break */
  if (rc == NEWS_OK && d->ntok >= 65535) rc = NEWS_TOOBIG;   /* records are uint16_t */
  uint32_t cap = 64, bits = 6, npool = 0, none = 0, r0;
  if (rc == NEWS_OK) {
    while (cap < 4 * d->ntok) cap *= 2, bits++; /* records <= tokens, about 60%: 1/8 full */
    lx->slot_shift = 32 - bits;
    lx->slot = news_engine_malloc(eng, cap * sizeof *lx->slot);
    lx->hot = news_engine_malloc(eng, (d->ntok + 1) * sizeof *lx->hot);
    lx->rec = news_engine_malloc(eng, (d->ntok + 1) * sizeof *lx->rec);
    lx->pool = news_engine_malloc(eng, d->nfold + 1);
    if (!lx->slot || !lx->rec || !lx->pool || !lx->hot) rc = NEWS_NOMEM;
  }
  if (rc == NEWS_OK) {
    memset(lx->slot, 0, cap * sizeof *lx->slot);
    memset(&lx->rec[0], 0, sizeof lx->rec[0]);
    memset(&lx->hot[0], 0, sizeof lx->hot[0]);
    for (size_t k = 0; k < NWORDS; k++) {
      const news_paragraph *pg = &d->para[k];
      if (!pg->ntok) continue;
      if ((r0 = record_of(lx, d, pg->tok, &npool)) == 0) {
        rc = NEWS_BADARG;
        break;
      }
      dt_wrec *r = &lx->rec[r0];
      uint32_t bit = DT_BIT(words[k].cls);
      r->mask |= bit;
      if (pg->ntok > 1) {
        r->multi |= bit;
        uint32_t b =
            dt_class_pair_bit(d->tok[pg->tok].hash, d->tok[pg->tok + 1].hash, words[k].cls);
        lx->class_pairs[b >> 3] |= (uint8_t)(1u << (b & 7));
      } else if (may_be_long(words[k].phrase)) {
        r->multi |= bit;
        r->unsure |= bit;
      }
      for (uint32_t j = 1; j < pg->ntok && rc == NEWS_OK; j++) /* a phrase's inner words */
        if (record_of(lx, d, pg->tok + j, &npool) == 0) rc = NEWS_BADARG;
    }
    for (uint32_t r = 1; rc == NEWS_OK && r <= lx->nrec; r++) { /* count one-word entries */
      dt_wrec *x = &lx->rec[r];
      for (int c = 0; c < DW_CLASS_COUNT; c++)
        if ((x->mask & DT_BIT(c)) && news_lexicon_word(lx->lex[c], lx->pool + x->fold, x->nfold))
          x->one |= DT_BIT(c);
      x->first_one = none;
      none += (uint32_t)dt_popcount(x->one);
    }
    if (rc == NEWS_OK && !(lx->one = news_engine_malloc(eng, (none + 1) * sizeof *lx->one)))
      rc = NEWS_NOMEM;
  }
  for (uint32_t r = 1; rc == NEWS_OK && r <= lx->nrec; r++) {
    dt_wrec *x = &lx->rec[r];
    uint32_t k = x->first_one;
    for (int c = 0; c < DW_CLASS_COUNT; c++)
      if (x->one & DT_BIT(c))
        lx->one[k++] = news_lexicon_word(lx->lex[c], lx->pool + x->fold, x->nfold);
    /* the flags the scan gives it (DT_T_*) */
    const dt_word *fn = (x->one & DT_BIT(DW_FUNC)) ? dt_rec_one(lx, x, DW_FUNC) : NULL;
    int det = fn && fn->val != DT_FUNC_LINK;
    uint32_t starts = x->one & DT_START_CLASSES;
    uint8_t fl = DT_T_LEXICON;
    if (det) fl |= DT_T_DET;
    if (x->mask & DT_BIT(DW_TENSE)) fl |= DT_T_TENSE;
    if (starts & ~NEED_FOLLOW_CLASSES)
      fl |= DT_T_START;
    else if (starts)
      fl |= DT_T_NEED_FOLLOW;
    if (x->multi & DT_START_CLASSES) fl |= DT_T_NEED_SECOND;
    if ((x->one & FOLLOW_CLASSES) || (!det && (x->multi & MULTI_FOLLOW_CLASSES)) ||
        (fn && fn->val == DT_FUNC_COUNT)) /* "next Memorial Day", "about a year" */
      fl |= DT_T_FOLLOW;
    if ((x->one & FOLLOW_CLASSES) || (x->multi & DET_MULTI_FOLLOW_CLASSES) ||
        (fn && fn->val != DT_FUNC_DET)) /* "the most recent", "the full year", "half a" */
      fl |= DT_T_DFOLLOW;
    lx->hot[r].tflags = fl;
  }
  /* the first two words of the phrases that start expressions */
  for (size_t k = 0; rc == NEWS_OK && k < NWORDS; k++) {
    const news_paragraph *pg = &d->para[k];
    if (pg->ntok < 2 || !(DT_BIT(words[k].cls) & DT_START_CLASSES)) continue;
    uint32_t b = dt_pair_bit(d->tok[pg->tok].hash, d->tok[pg->tok + 1].hash);
    lx->pairs[b >> 3] |= (uint8_t)(1u << (b & 7));
  }
  /* the filter: the first multipliers under which every word gets its own
  ** flags (a word that shares both slots with others may get theirs) */
  filter_key *keys =
      rc == NEWS_OK ? news_engine_malloc(eng, 3 * (lx->nrec + 1) * sizeof *keys) : NULL;
  if (rc == NEWS_OK && !keys) rc = NEWS_NOMEM;
  if (rc == NEWS_OK) {
    size_t nkeys = filter_keys(lx, keys);
    qsort(keys, nkeys, sizeof *keys, cmp_key_hash);
    uint32_t best = 0, best_bad = UINT32_MAX, tries = 8 * 7, k;
    for (k = 0; k < tries && best_bad; k++) {
      uint32_t bad = fill_filter(lx, keys, nkeys, k);
      if (bad < best_bad) best_bad = bad, best = k;
    }
    if (best_bad && best != k - 1) fill_filter(lx, keys, nkeys, best);
  }
  news_engine_mfree(eng, keys);
  news_doc_free(d);
  news_engine_mfree(eng, text);
  return rc;
}

const dt_lexicon *dt_lexicon_get(news_engine *eng) {
  dt_lexicon *lx = news_engine_slot(eng, NEWS_SLOT_DATES);
  if (lx) return lx;
  lx = news_engine_malloc(eng, sizeof *lx);
  if (!lx) return NULL;
  memset(lx, 0, sizeof *lx);
  int ok = 1;
  for (int c = 0; c < DW_CLASS_COUNT && ok; c++) {
    lx->lex[c] = news_lexicon_new_where(eng, words, NWORDS, sizeof words[0], of_class, &c);
    ok = lx->lex[c] != NULL;
  }
  if (!ok || build_records(eng, lx) != NEWS_OK) {
    dt_lexicon_destroy(eng, lx);
    return NULL;
  }
  news_engine_set_slot(eng, NEWS_SLOT_DATES, lx, dt_lexicon_destroy);
  return lx;
}
