/*
** dates_internal.h: what the date engine's files share and nothing else sees.
**
** The pipeline, one pass each, all linear in the tokens:
**   words.c     the lexicon tables (months, weekdays, units, numbers, modifiers...)
**   scan.c      classifies every token once (a bit mask of word classes)
**   grammar*.c  recognises expressions at each token, longest match, into dt_expr:
**               an underspecified value ("September, year unknown, direction
**               from the tense"; "the anchor's week shifted by -1"):
**               grammar_date.c (explicit dates, years), grammar_time.c (weekdays,
**               clock times, holidays), grammar_period.c (quarters, seasons,
**               decades), grammar_quantity.c (durations, sets), grammar_rel.c
**               (relative expressions, references, modifiers, dt_match)
**   tense.c     the tense cue of the clause around an expression
**   resolve.c   turns a dt_expr into a TIMEX3 value against the anchor
**   calendar.c  civil-date arithmetic, ISO weeks, periods and their extents
**   dates.c     news_dates_find: the loop that ties them together
*/
#ifndef NEWS_DATES_INTERNAL_H
#define NEWS_DATES_INTERNAL_H

#include "news.h"

#include <string.h>

/* ---------------------------------------------------------------------------
** Calendar.
*/
/* Granularity of a calendar point, coarse to fine. */
enum dt_gran {
  DT_G_NONE = 0,
  DT_G_MILLENNIUM,
  DT_G_CENTURY,
  DT_G_DECADE,
  DT_G_YEAR,
  DT_G_HALF,
  DT_G_QUARTER,
  DT_G_SEASON,
  DT_G_MONTH,
  DT_G_WEEK,
  DT_G_WEEKEND,
  DT_G_DAY,
  DT_G_POD,    /* part of day: TMO, TAF, TEV, TNI, TMI, TDT */
  DT_G_MINUTE, /* THH:MM */
  DT_G_SECOND, /* THH:MM:SS */
};

/* Units of durations and of shifts ("two weeks ago"). */
enum dt_unit {
  DT_U_NONE = 0,
  DT_U_SECOND,
  DT_U_MINUTE,
  DT_U_HOUR,
  DT_U_DAY,
  DT_U_WEEK,
  DT_U_WEEKEND,
  DT_U_MONTH,
  DT_U_QUARTER,
  DT_U_HALF,
  DT_U_YEAR,
  DT_U_DECADE,
  DT_U_CENTURY,
  DT_U_MILLENNIUM,
  DT_U_COUNT
};

/* Parts of the day (TIMEX3 TMO ...). */
enum dt_pod { DT_POD_NONE = 0, DT_POD_MO, DT_POD_MI, DT_POD_AF, DT_POD_EV, DT_POD_NI, DT_POD_DT };

/* Seasons, in calendar order of their start. */
enum dt_season { DT_SEASON_NONE = 0, DT_SP, DT_SU, DT_FA, DT_WI };

/* A resolved calendar point at some granularity, possibly with unknown
** parts (rendered as X's). */
typedef struct dt_cal {
  uint8_t gran;        /* enum dt_gran */
  uint8_t year_known;  /* y (and everything derived from it) is known */
  uint8_t day_unknown; /* a day/week inside a known year that is not known: "1998-WXX" */
  uint8_t pod;         /* enum dt_pod for DT_G_POD */
  int32_t y;           /* year; ISO week-year for weeks; first year of a decade/century */
  int32_t m, d;        /* month, day */
  int32_t w;           /* ISO week (DT_G_WEEK, DT_G_WEEKEND) */
  int32_t q, h, s;     /* quarter 1-4, half 1-2, season (enum dt_season) */
  int32_t dow;         /* weekday 1-7 with an unknown year ("XXXX-WXX-1"); 0 otherwise */
  int32_t hh, mi, ss;  /* time of day for DT_G_MINUTE/SECOND */
} dt_cal;

int dt_leap(int32_t y);
int dt_month_days(int32_t y, int32_t m);
int64_t dt_days(int32_t y, int32_t m, int32_t d); /* days since 1970-01-01 */
void dt_civil(int64_t days, int32_t *y, int32_t *m, int32_t *d);
int dt_weekday(int64_t days);                            /* 1 = Monday */
void dt_iso_week(int64_t days, int32_t *wy, int32_t *w); /* ISO week-year and week */
int64_t dt_iso_week_monday(int32_t wy, int32_t w);       /* the Monday of an ISO week */
int dt_iso_weeks_in(int32_t wy);                         /* 52 or 53 */
/* The first and last day of a known calendar point; 0 when it has none
** (unknown parts, out of range). */
int dt_cal_extent(const dt_cal *c, int64_t *first, int64_t *last);
/* A day as a DT_G_DAY point. */
void dt_cal_day(dt_cal *c, int64_t days);
/* The TIMEX3 value of a point into out (cap bytes); returns 0 when it cannot
** be written (a year outside 1..9999). */
int dt_cal_format(const dt_cal *c, char *out, size_t cap);

/* Writing values without printf: a value is a few fields, and snprintf's
** parsing of its format cost more than the rest of resolving one. */
typedef struct dt_out {
  char *p;
  size_t cap, n; /* n counts what would be written, as snprintf does */
} dt_out;
static inline void dt_put(dt_out *o, const char *s) {
  for (; *s; s++, o->n++)
    if (o->n + 1 < o->cap) o->p[o->n] = *s;
}
/* v in decimal, zero-padded to `width` digits (v >= 0). */
static inline void dt_put_int(dt_out *o, int64_t v, int width) {
  char b[24];
  int k = 0;
  uint64_t u = v < 0 ? 0 : (uint64_t)v;
  do b[k++] = (char)('0' + u % 10), u /= 10;
  while (u);
  while (k < width) b[k++] = '0';
  while (k) {
    if (o->n + 1 < o->cap) o->p[o->n] = b[k - 1];
    o->n++, k--;
  }
}
/* Ends the string: 1, or 0 (and an empty string) when it did not fit. */
static inline int dt_out_end(dt_out *o) {
  if (o->cap == 0) return 0;
  if (o->n + 1 > o->cap) {
    o->p[0] = 0;
    return 0;
  }
  o->p[o->n] = 0;
  return 1;
}

/* ---------------------------------------------------------------------------
** Lexicon: one table of words and phrases, each row a class and values.
*/
enum dt_class {
  DW_MONTH,        /* val month 1-12; val2 DW_ABBR / DW_AMBIG */
  DW_WEEKDAY,      /* val 1-7; val2 DW_ABBR, DW_PLURAL */
  DW_UNIT,         /* val enum dt_unit; val2 DW_PLURAL; mult: fortnight = 2 weeks */
  DW_NUMBER,       /* val: one..ninety, hundred, thousand, dozen */
  DW_ORDINAL,      /* val: first..thirty-first */
  DW_PART,         /* val NEWS_MOD_START/MID/END; val2 DW_HALF1/DW_HALF2 for "the first half of" */
  DW_APPROX,       /* val NEWS_MOD_*: before a quantity ("about", "more than") */
  DW_APPROX_POST,  /* val NEWS_MOD_*: after a quantity or date ("or so", "or later") */
  DW_REL,          /* val enum dt_rel: last / next / this / following / previous / that */
  DW_DEICTIC,      /* val day offset; val2 enum dt_pod ("tonight") */
  DW_POD,          /* val enum dt_pod; val2 DW_PLURAL */
  DW_CLOCK,        /* val minutes after midnight: noon, midnight */
  DW_AMPM,         /* val 0 (a.m.) or 12 (p.m.) */
  DW_TZ,           /* a time zone after a time */
  DW_SEASON,       /* val enum dt_season; val2 DW_AMBIG for "fall" */
  DW_PERIOD_TOKEN, /* Q1..Q4 (val 1-4), H1 H2 (val 5-6) */
  DW_FISCAL,       /* "fiscal", "financial year" */
  DW_DECADE_WORD,  /* val: the decade's two digits ("eighties" = 80) */
  DW_REF,      /* val NEWS_REF_*: now, recently, the future; val2 DW_ADJ for "current"/"recent" */
  DW_SETWORD,  /* val enum dt_unit, val2 count: daily, weekly, biweekly */
  DW_EVERY,    /* every, each, per; val2 count ("every other" = 2) */
  DW_AGO,      /* val -1/+1 direction; val2 DW_FROM_DCT / DW_FROM_REF */
  DW_VAGUE,    /* a few, several, many, a couple of: an unknown count */
  DW_DUR_ADJ,  /* words allowed between a count and its unit: consecutive, straight */
  DW_HOLIDAY,  /* val index into dt_holidays */
  DW_STOP,     /* phrases that hold date words but are names: "Sunday Times" */
  DW_TENSE,    /* val NEWS_TENSE_PAST / NEWS_TENSE_FUTURE: clause tense cues */
  DW_YEAR_CUE, /* words after which a number is a year: in, since, until */
  DW_NOT_YEAR_BEFORE, /* words before a number that make it no year: No., $, flight */
  DW_NOT_YEAR_AFTER,  /* words after a number that make it a count: percent, people */
  DW_SAID_GAP,        /* words between a reporting verb and its date: "told reporters in ... on" */
  DW_FUNC,            /* function words the grammar reads by spelling: a determiner that starts an
                         expression only before a date word (DT_FUNC_DET "the"; DT_FUNC_COUNT "a",
                         "half", also a count after "about"), DT_FUNC_LINK for a word that may stand
                         after one ("the full year") */
  DW_CLASS_COUNT      /* at most 32: a token's classes are one uint32_t */
};

enum { DT_FUNC_LINK = 0, DT_FUNC_DET, DT_FUNC_COUNT };

/* val2 flags. */
#define DW_ABBR     0x01 /* only a month/weekday before a day number or a year */
#define DW_AMBIG    0x02 /* also an everyday word: a month/season only in clear context */
#define DW_PLURAL   0x04
#define DW_ADJ      0x08 /* a vague reference used as an adjective ("recent") */
#define DW_HALF1    0x10
#define DW_HALF2    0x20
#define DW_FROM_DCT 0x40 /* "ago", "from now": counted from the publication date */
#define DW_FROM_REF 0x80 /* "earlier", "later": counted from the date last mentioned */

enum dt_rel {
  DT_REL_NONE = 0,
  DT_REL_LAST,      /* last, past, previous (of the anchor) */
  DT_REL_NEXT,      /* next, coming, upcoming */
  DT_REL_THIS,      /* this, current */
  DT_REL_FOLLOWING, /* the following: after the date last mentioned */
  DT_REL_PREVIOUS,  /* the previous, the preceding, prior: before it */
  DT_REL_SAME,      /* that, the same: the date last mentioned */
  DT_REL_LATEST,    /* latest, most recent: the last completed one */
};

enum { NEWS_REF_NONE = 0, NEWS_REF_PRESENT, NEWS_REF_PAST, NEWS_REF_FUTURE };

/* A future cue that reported speech also uses for a past plan ("said it would
** ask for the March listing"): it yields to what the text said before. */
#define DT_TENSE_FUTURE_WEAK 3

typedef struct dt_word {
  const char *phrase;
  uint8_t cls; /* enum dt_class */
  int16_t val;
  int16_t val2;
} dt_word;

/* Holidays: a fixed day, the nth weekday of a month (n = -1: the last), or a
** day relative to Easter Sunday. */
enum dt_holiday_kind { DT_HOL_FIXED, DT_HOL_NTH_WEEKDAY, DT_HOL_EASTER };
typedef struct dt_holiday {
  uint8_t kind;
  int8_t month, day; /* FIXED: the day; NTH_WEEKDAY: month and weekday (1-7) */
  int8_t nth;        /* NTH_WEEKDAY: 1-5 or -1; EASTER: unused */
  int16_t offset;    /* days added (Black Friday: Thanksgiving + 1; Good Friday: Easter - 2) */
} dt_holiday;
extern const dt_holiday dt_holidays[];
/* The day of a holiday in year y. */
int64_t dt_holiday_day(const dt_holiday *h, int32_t y);

/* The engine's date lexicon, built on first use (NEWS_SLOT_DATES).
**
** Besides one news_lexicon per class, a record per distinct word that starts
** or occurs in a phrase: the scan finds each token's record once (one probe by
** the hash the tokenizer computed, one comparison of the folded form), and
** from then on a one-word look-up is a bit test and an array load, and the
** test "can an expression start here" is one byte. */
typedef struct dt_wrec {
  uint32_t fold; /* the folded word: lx->pool + fold, nfold bytes */
  uint32_t nfold;
  uint32_t mask;      /* classes with a phrase starting with this word */
  uint32_t one;       /* classes with a one-word entry for it */
  uint32_t multi;     /* classes with a longer phrase starting with it */
  uint32_t unsure;    /* of those, classes with a phrase the tokenizer may keep in one token */
  uint32_t first_one; /* its one-word entries in lx->one, in class order */
} dt_wrec;

/* What the scan reads of a record, apart from the rest. */
typedef struct dt_hot {
  uint64_t head, tail; /* its bytes 0-7 and 8-15, zero-padded: a word compares in two steps */
  uint32_t hash;       /* of the folded word, as news_hash computes it */
  uint8_t nfold;       /* its length: at most 16 (the build checks) */
  uint8_t tflags;      /* DT_T_* it gives a token */
  uint16_t same;       /* the next record with the same hash, or 0 */
} dt_hot;

/* Token flags from the scan. A word starts an expression by itself
** ("Monday", "2019"), or only before a word that can go on with it: a
** relation, vague count or approximator before a date word or a number
** ("last week", "several days", "about two"), a determiner before one or an
** ordinal ("the third quarter"), the first word of a lexicon phrase before
** the phrase's second word ("at least", "the end of"). */
#define DT_T_START       0x01 /* an expression may start at this token */
#define DT_T_TENSE       0x02 /* may be a tense cue ("said", "will", "is due") */
#define DT_T_NEED_FOLLOW 0x04 /* starts one only before a DT_T_FOLLOW token */
#define DT_T_NEED_DFOLLOW                                                                          \
  0x08 /* a determiner ("the", "a", "half"): starts one only before                                \
         a DT_T_DFOLLOW token */
#define DT_T_DET         DT_T_NEED_DFOLLOW
#define DT_T_NEED_SECOND 0x10 /* starts a phrase: starts one before its second word */
#define DT_T_FOLLOW      0x20 /* may come after a relation: a date word, a number */
#define DT_T_DFOLLOW     0x40 /* may come after a determiner ("the third", "the full") */
#define DT_T_LEXICON     0x80 /* may be a lexicon word (or its possessive) */

#define DT_FILTER_BITS 14
#define DT_PAIR_BITS   16

typedef struct dt_lexicon {
  news_lexicon *lex[DW_CLASS_COUNT]; /* one per class: dt_lex(cls) walks only its phrases */
  dt_wrec *rec;                      /* records 1..nrec; rec[0] is empty (no classes) */
  dt_hot *hot;                       /* the same records as the scan reads them */
  uint32_t nrec;
  const dt_word **one; /* one-word entries, per record in class order */
  char *pool;          /* folded words */
  uint16_t *slot;      /* cuckoo table of record indexes (0: empty), an eighth full: a record
                          sits in one of the two slots its hash names */
  uint32_t slot_shift; /* 32 - log2(slots) */
  /* The scan's filter, a Bloom filter of flags: in each table, by some bits
  ** of a hash, the DT_T_* flags of every record whose hash has them; a
  ** token gets the flags both tables give it. Two loads per token, no
  ** compare: a word in no phrase may get another's flags (about one in a
  ** hundred does), which costs a look at it and changes no result.
  ** The build picks the tables' multipliers so that every lexicon word (the
  ** commonest words of English among them) gets its own flags exactly. */
  uint8_t filter1[1u << DT_FILTER_BITS], filter2[1u << DT_FILTER_BITS];
  uint32_t mul1, mul2;
  /* The first two words of every phrase that starts an expression, as a
  ** Bloom filter of one bit per pair of hashes: "at least" is a pair. */
  uint8_t pairs[1u << (DT_PAIR_BITS - 3)];
  /* The same for every phrase of two words or more, by class: a look-up of
  ** a class at a word that starts such phrases walks them only when the
  ** next word may go on with one. */
  uint8_t class_pairs[1u << (DT_PAIR_BITS - 3)];
} dt_lexicon;

/* The pair filter's bit for two words' hashes. */
static inline uint32_t dt_pair_bit(uint32_t h0, uint32_t h1) {
  return ((h0 * 0x9e3779b1u) ^ (h1 * 0x85ebca6bu) ^ (h1 >> 7)) >> (32 - DT_PAIR_BITS);
}
static inline uint32_t dt_pair_in(const dt_lexicon *lx, uint32_t h0, uint32_t h1) {
  uint32_t b = dt_pair_bit(h0, h1);
  return (lx->pairs[b >> 3] >> (b & 7)) & 1u;
}
static inline uint32_t dt_class_pair_bit(uint32_t h0, uint32_t h1, int cls) {
  return dt_pair_bit(h0 ^ ((uint32_t)cls * 0x27d4eb2du), h1);
}

/* The flags the filter gives a word with hash h. */
static inline uint8_t dt_filter_flags(const dt_lexicon *lx, uint32_t h) {
  return lx->filter1[(h * lx->mul1) >> (32 - DT_FILTER_BITS)] &
         lx->filter2[((h ^ (h >> 13)) * lx->mul2) >> (32 - DT_FILTER_BITS)];
}

static inline uint32_t dt_slot1(const dt_lexicon *lx, uint32_t h) {
  return (h * 2654435761u) >> lx->slot_shift;
}
static inline uint32_t dt_slot2(const dt_lexicon *lx, uint32_t h) {
  return ((h ^ (h >> 15)) * 0x2c1b3c6du) >> lx->slot_shift;
}

/* The first record whose hash is h, or 0; others with that hash follow it by
** `same`. Two loads and compares, without a branch: the scan probes every
** token, and whether it finds one is a coin toss a branch predictor loses. */
static inline uint32_t dt_hash_record(const dt_lexicon *lx, uint32_t h) {
  uint32_t r1 = lx->slot[dt_slot1(lx, h)], r2 = lx->slot[dt_slot2(lx, h)];
  uint32_t m1 = 0u - (uint32_t)(lx->hot[r1].hash == h);
  uint32_t m2 = 0u - (uint32_t)(lx->hot[r2].hash == h);
  return (r1 & m1) | (r2 & m2 & ~m1);
}

/* Bytes [from, from + 8) of the n bytes at s, those past n as zeros, as a
** uint64_t; 16 bytes are readable from s on when `wide`. */
static inline uint64_t dt_word8(const char *s, size_t n, size_t from, int wide) {
  static const unsigned char ones[16] = {255, 255, 255, 255, 255, 255, 255, 255};
  uint64_t x = 0, m;
  size_t k = n <= from ? 0 : n - from >= 8 ? 8 : n - from;
  if (wide)
    memcpy(&x, s + from, 8);
  else
    for (size_t j = 0; j < k; j++) ((unsigned char *)&x)[j] = (unsigned char)s[from + j];
  memcpy(&m, ones + 8 - k, 8); /* k bytes of ones, in memory order */
  return x & m;
}

/* 1 when record r is the folded word s of n bytes; `room` bytes are readable
** from s on. Without a branch but for the last few tokens of a doc. */
static inline int dt_rec_is(const dt_lexicon *lx, uint32_t r, const char *s, size_t n,
                            size_t room) {
  const dt_hot *w = &lx->hot[r];
  int wide = room >= 16;
  return (w->nfold == n) & (w->head == dt_word8(s, n, 0, wide)) &
         (w->tail == dt_word8(s, n, 8, wide));
}

/* The record of the folded word s of n bytes with hash h, or 0 (room as for
** dt_rec_is). */
static inline uint32_t dt_word_record_in(const dt_lexicon *lx, uint32_t h, const char *s, size_t n,
                                         size_t room) {
  uint32_t r = dt_hash_record(lx, h);
  while (r && !dt_rec_is(lx, r, s, n, room)) r = lx->hot[r].same;
  return r;
}
static inline uint32_t dt_word_record(const dt_lexicon *lx, uint32_t h, const char *s, size_t n) {
  return dt_word_record_in(lx, h, s, n, n);
}

static inline uint32_t dt_popcount(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  return (((x + (x >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24;
}

/* The one-word entry of class `cls` of record r (which must have it in `one`). */
static inline const dt_word *dt_rec_one(const dt_lexicon *lx, const dt_wrec *r, int cls) {
  return lx->one[r->first_one + dt_popcount(r->one & ((1u << cls) - 1u))];
}
const dt_lexicon *dt_lexicon_get(news_engine *eng);

/* ---------------------------------------------------------------------------
** Expressions as the grammar recognises them, before resolution.
*/
enum dt_base {
  DT_B_ABS = 0,  /* every part given (year known, or explicitly unknown for sets) */
  DT_B_YEARLESS, /* month / day / quarter / season / holiday without a year: the year
                    comes from the anchor and the direction */
  DT_B_WEEKDAY,  /* a weekday: the day comes from the anchor and the direction */
  DT_B_SHIFT,    /* the anchor's period of `unit`, shifted by `shift` units */
  DT_B_REF,      /* the same from the date last mentioned (the anchor if none) */
};

/* Direction for YEARLESS and WEEKDAY points. */
enum dt_dir {
  DT_DIR_TENSE = 0,     /* from the clause's tense: past (on or before) unless future */
  DT_DIR_PAST,          /* the latest one on or before the anchor */
  DT_DIR_FUTURE,        /* the first one on or after (weekdays: after) the anchor */
  DT_DIR_STRICT_PAST,   /* "last Monday", "last April": strictly before */
  DT_DIR_STRICT_FUTURE, /* "next Monday", "next April": strictly after */
  DT_DIR_THIS,          /* "this Monday", "this April": in the anchor's week / year */
  DT_DIR_NEAREST,       /* the closest one (datelines, month-day without tense) */
  DT_DIR_NEXT_WEEK,     /* "next Wednesday": the Wednesday of the following week */
  DT_DIR_AFTER_PREV,    /* "next Tuesday and Wednesday": the first one on or after the
                           day just named */
};

#define DT_VAGUE_N INT32_MIN /* an unknown count ("a few years ago") */

typedef struct dt_point {
  uint8_t base; /* enum dt_base */
  uint8_t dir;  /* enum dt_dir */
  uint8_t unit; /* SHIFT/REF: enum dt_unit shifted */
  uint8_t gran; /* requested granularity, or DT_G_NONE: the finest field given */
  int32_t shift;
  int32_t year;      /* ABS: the year (first year of a decade / century) */
  uint8_t year_gran; /* ABS: DT_G_YEAR, DT_G_DECADE, DT_G_CENTURY, DT_G_MILLENNIUM */
  uint8_t month, day, quarter, half, season, dow, pod, weekend, week;
  int8_t hh, mi, ss;     /* -1 when not given */
  int16_t holiday;       /* index + 1 into dt_holidays, 0 none */
  uint8_t year_unknown;  /* ABS with an explicitly unknown year (sets: "each July") */
  uint8_t year2;         /* `year` has two digits ("'19", "the '80s"): the century comes from
                            the anchor */
  uint8_t keep_ref_gran; /* REF: keep a quarter or half mentioned before ("a year earlier"
                            after "the third quarter" is that quarter a year before) */
  uint8_t has_fallback;  /* REF with no date mentioned before: shift the anchor by */
  int8_t fallback;       /* `fallback` instead ("the quarter": the last completed one) */
  uint8_t near_ref;      /* REF: only a date mentioned in the last sentences (a bare time) */
  int8_t nth;            /* with dow and month: "the first Monday of March" (-1: the last) */
} dt_point;

typedef struct dt_dur {
  int32_t n[DT_U_COUNT]; /* amount per unit; DT_VAGUE_N for X */
  uint16_t has;          /* bit per unit present */
} dt_dur;

enum dt_kind { DT_K_POINT = 1, DT_K_DURATION, DT_K_SET, DT_K_REF, DT_K_INVALID };

typedef struct dt_expr {
  uint32_t tok, ntok;
  uint8_t kind;      /* enum dt_kind */
  uint8_t type;      /* enum news_timex_type */
  uint8_t mod;       /* enum news_timex_mod */
  uint8_t ref;       /* NEWS_REF_* for DT_K_REF */
  uint8_t set_point; /* DT_K_SET given as a point with X's ("XXXX-WXX-4") rather than a period */
  uint8_t in_future; /* a DURATION after "in" ("in three weeks"): in a future clause, the
                        anchor shifted by it (pt holds the shift) */
  dt_point pt;
  dt_dur dur;
} dt_expr;

/* ---------------------------------------------------------------------------
** Scanning state shared by the grammar files.
*/
#define DT_REC_UNKNOWN 0xffffu

/* Results the grammar asks for again and again at one token (a count is read
** by each of the parsers that may start with one), by token and sentence. */
typedef struct dt_memo_entry {
  uint32_t i, lim, n; /* n + 1: 0 marks an empty entry */
  int32_t half2;
  int vague;
} dt_memo_entry;
typedef struct dt_memo {
  dt_memo_entry quantity[4], count[4]; /* by token index mod 4 */
} dt_memo;

typedef struct dt_scan {
  const news_doc *doc;
  const dt_lexicon *lx;
  /* per token, found on first use (DT_REC_UNKNOWN until then; see dt_tok_rec) */
  uint16_t *rec;   /* its word record (0: none) */
  uint16_t *prec;  /* the record of the word without a possessive 's */
  uint8_t *tflags; /* per token: DT_T_* (from the filter: a superset of its records') */
  dt_memo *memo;
  uint32_t lim; /* end of the current sentence: expressions never cross it */
} dt_scan;

#define DT_BIT(c) (1u << (c))

/* Classes whose words start an expression: dt_match tries a parser only on
** one of them (or a number, or a determiner before a date word). */
#define DT_START_CLASSES                                                                           \
  (DT_BIT(DW_MONTH) | DT_BIT(DW_WEEKDAY) | DT_BIT(DW_UNIT) | DT_BIT(DW_NUMBER) |                   \
   DT_BIT(DW_ORDINAL) | DT_BIT(DW_PART) | DT_BIT(DW_APPROX) | DT_BIT(DW_REL) |                     \
   DT_BIT(DW_DEICTIC) | DT_BIT(DW_CLOCK) | DT_BIT(DW_SEASON) | DT_BIT(DW_PERIOD_TOKEN) |           \
   DT_BIT(DW_FISCAL) | DT_BIT(DW_DECADE_WORD) | DT_BIT(DW_REF) | DT_BIT(DW_SETWORD) |              \
   DT_BIT(DW_EVERY) | DT_BIT(DW_VAGUE) | DT_BIT(DW_HOLIDAY) | DT_BIT(DW_STOP))

/* Token i's folded form is exactly the NUL-terminated w (news_tok_is with a
** first-byte test up front: the grammar asks this many times per token). */
static inline int dt_tok_is(const news_doc *d, size_t i, const char *w) {
  size_t n = strlen(w); /* a constant once inlined with a literal */
  if (i >= d->ntok || d->tok[i].nfold != n) return 0;
  return memcmp(d->fold + d->tok[i].fold, w, n) == 0;
}

/* Classifies every token of the doc once: its records and DT_T_* flags. */
int dt_scan_init(dt_scan *s, const news_doc *doc, const dt_lexicon *lx);
void dt_scan_free(dt_scan *s);

/* Finds token i's records (the grammar asks for few tokens: most never). */
void dt_find_records(const dt_scan *s, uint32_t i);
/* Token i's word record, and the record of the word without a possessive. */
static inline uint32_t dt_tok_rec(const dt_scan *s, uint32_t i) {
  if (s->rec[i] == DT_REC_UNKNOWN) dt_find_records(s, i);
  return s->rec[i];
}
static inline uint32_t dt_tok_prec(const dt_scan *s, uint32_t i) {
  if (s->rec[i] == DT_REC_UNKNOWN) dt_find_records(s, i);
  return s->prec[i];
}
/* The classes with an entry starting at token i (with or without a possessive 's). */
static inline uint32_t dt_mask(const dt_scan *s, uint32_t i) {
  uint32_t r = dt_tok_rec(s, i); /* before prec: it fills both */
  return s->lx->rec[r].mask | s->lx->rec[s->prec[i]].mask;
}

/* The one-word entry of class `cls` for a possessive at i ("Monday's"), or NULL. */
static inline const dt_word *dt_possessive_entry(const dt_scan *s, uint32_t i, int cls) {
  const dt_wrec *p = &s->lx->rec[dt_tok_prec(s, i)];
  return (p->one & DT_BIT(cls)) ? dt_rec_one(s->lx, p, cls) : NULL;
}
/* dt_lex where a longer phrase of the class starts at i: the lexicon decides. */
const dt_word *dt_lex_long(const dt_scan *s, uint32_t i, int cls, uint32_t *n);

/* The longest entry of class `cls` starting at token i (NULL if none; n gets
** its length in tokens); the sentence limit applies. The grammar asks this
** many times per token: a bit test and a load, but for phrases. */
static inline const dt_word *dt_lex(const dt_scan *s, uint32_t i, int cls, uint32_t *n) {
  if (i >= s->lim) return NULL;
  const dt_wrec *r = &s->lx->rec[dt_tok_rec(s, i)];
  if (r->multi & DT_BIT(cls)) {
    uint32_t b =
        i + 1 < s->lim ? dt_class_pair_bit(s->doc->tok[i].hash, s->doc->tok[i + 1].hash, cls) : 0;
    if ((r->unsure & DT_BIT(cls)) ||
        (i + 1 < s->lim && ((s->lx->class_pairs[b >> 3] >> (b & 7)) & 1u)))
      return dt_lex_long(s, i, cls, n);
  }
  const dt_word *w =
      (r->one & DT_BIT(cls)) ? dt_rec_one(s->lx, r, cls) : dt_possessive_entry(s, i, cls);
  if (w && n) *n = 1;
  return w;
}
/* A one-token entry of class `cls` at i (also for a possessive: "Monday's"). */
static inline const dt_word *dt_lex1(const dt_scan *s, uint32_t i, int cls) {
  if (i >= s->lim) return NULL;
  const dt_wrec *r = &s->lx->rec[dt_tok_rec(s, i)];
  if (r->one & DT_BIT(cls)) return dt_rec_one(s->lx, r, cls);
  return dt_possessive_entry(s, i, cls);
}
/* 1 when token i is the folded word w. */
static inline int dt_is(const dt_scan *s, uint32_t i, const char *w) {
  return i < s->lim && dt_tok_is(s->doc, i, w);
}
/* Token i is a plain run of digits (no sign, comma or point): its value and
** digit count, else 0. Accepts at most 9 digits. */
int dt_digits(const dt_scan *s, uint32_t i, int32_t *v);
/* Token flags, 0 past the limit. */
static inline uint32_t dt_flags(const dt_scan *s, uint32_t i) {
  return i < s->lim ? s->doc->tok[i].flags : 0;
}
static inline int dt_kind(const dt_scan *s, uint32_t i) {
  return i < s->lim ? s->doc->tok[i].kind : 0;
}
/* No space between tokens i and i+1. */
static inline int dt_glued(const dt_scan *s, uint32_t i) {
  return i + 1 < s->doc->ntok && !(s->doc->tok[i + 1].flags & NEWS_F_SPACE_BEFORE);
}
/* Token i ends in a possessive 's or s'. */
int dt_possessive(const dt_scan *s, uint32_t i);

/* Number words and digits: "twenty-four", "a hundred", "2.5", "18". Returns
** tokens used (0: none) and the value times 2 in *half2 (so "2 1/2" = 5). */
uint32_t dt_quantity(const dt_scan *s, uint32_t i, int32_t *half2);
/* Number words below 100: "seven", "twenty-four", "twenty four". */
uint32_t dt_words_below_100(const dt_scan *s, uint32_t i, int32_t *v);
/* An ordinal: "5th", "fifth", "twenty-first", "31st". */
uint32_t dt_ordinal(const dt_scan *s, uint32_t i, int32_t *v);

/* The grammar: the longest expression starting at token i, or 0 tokens.
** A stop phrase yields its length with kind 0 (skip it). */
uint32_t dt_match(const dt_scan *s, uint32_t i, dt_expr *e);

/* Tense of the clause around tokens [tok, tok + ntok). */
int dt_tense(const dt_scan *s, uint32_t tok, uint32_t ntok);

/* Resolution state across one document. */
typedef struct dt_context {
  int has_anchor;
  int64_t anchor; /* days */
  int has_ref;    /* a date mentioned before */
  dt_cal ref;
  uint32_t ref_tok;       /* where it was mentioned */
  int32_t month_year[13]; /* the year a bare month got earlier in the text (0: none), so a
                             second "March" names the same March */
  int has_prev_day;       /* the day the last expression named, for coordination */
  int64_t prev_day;
  uint32_t prev_end; /* token after that expression */
} dt_context;

/* Resolves e into tx->value, type, mod, flags and extent; updates the
** context's last mentioned date. */
void dt_resolve(dt_context *cx, const dt_expr *e, int tense, news_timex *tx);

#endif
