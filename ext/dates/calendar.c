/*
** calendar.c: civil-date arithmetic (proleptic Gregorian, days since
** 1970-01-01), ISO weeks, the extent of every TIMEX3 period and its value
** string. No libc time functions, no locale: the same answer everywhere.
*/
#include "dates_internal.h"

#include <string.h>

int dt_leap(int32_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dt_month_days(int32_t y, int32_t m) {
  static const int8_t days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return days[m - 1] + (m == 2 && dt_leap(y));
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
int64_t dt_days(int32_t y, int32_t m, int32_t d) {
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void dt_civil(int64_t z, int32_t *y, int32_t *m, int32_t *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t dd = doy - (153 * mp + 2) / 5 + 1;
  int64_t mm = mp < 10 ? mp + 3 : mp - 9;
  *y = (int32_t)(yoe + era * 400 + (mm <= 2));
  *m = (int32_t)mm;
  *d = (int32_t)dd;
}

int dt_weekday(int64_t days) {
  int64_t w = (days + 3) % 7; /* 1970-01-01 was a Thursday */
  if (w < 0) w += 7;
  return (int)w + 1;
}

int64_t dt_iso_week_monday(int32_t wy, int32_t w) {
  int64_t jan4 = dt_days(wy, 1, 4); /* always in week 1 */
  return jan4 - (dt_weekday(jan4) - 1) + (int64_t)(w - 1) * 7;
}

void dt_iso_week(int64_t days, int32_t *wy, int32_t *w) {
  int32_t y, m, d;
  /* The Thursday of this week decides the week-year. */
  int64_t thu = days - dt_weekday(days) + 4;
  dt_civil(thu, &y, &m, &d);
  *wy = y;
  *w = (int32_t)((thu - dt_days(y, 1, 1)) / 7 + 1);
}

int dt_iso_weeks_in(int32_t wy) {
  int32_t y, w;
  dt_iso_week(dt_days(wy, 12, 28), &y, &w); /* Dec 28 is always in the last week */
  return w;
}

/* Seasons as meteorology counts them: spring March-May, summer June-August,
** autumn September-November, winter December to February of the next year. */
static const int8_t season_first_month[] = {0, 3, 6, 9, 12};

int dt_cal_extent(const dt_cal *c, int64_t *first, int64_t *last) {
  int32_t y = c->y;
  if (!c->year_known || c->day_unknown || y < 1 || y > 9999) return 0;
  switch (c->gran) {
  case DT_G_MILLENNIUM:
    *first = dt_days(y, 1, 1);
    *last = dt_days(y + 999 > 9999 ? 9999 : y + 999, 12, 31);
    return 1;
  case DT_G_CENTURY:
    *first = dt_days(y, 1, 1);
    *last = dt_days(y + 99 > 9999 ? 9999 : y + 99, 12, 31);
    return 1;
  case DT_G_DECADE:
    *first = dt_days(y, 1, 1);
    *last = dt_days(y + 9 > 9999 ? 9999 : y + 9, 12, 31);
    return 1;
  case DT_G_YEAR:
    *first = dt_days(y, 1, 1);
    *last = dt_days(y, 12, 31);
    return 1;
  case DT_G_HALF:
    if (c->h < 1 || c->h > 2) return 0;
    *first = dt_days(y, c->h == 1 ? 1 : 7, 1);
    *last = dt_days(y, c->h == 1 ? 6 : 12, c->h == 1 ? 30 : 31);
    return 1;
  case DT_G_QUARTER:
    if (c->q < 1 || c->q > 4) return 0;
    *first = dt_days(y, c->q * 3 - 2, 1);
    *last = dt_days(y, c->q * 3, dt_month_days(y, c->q * 3));
    return 1;
  case DT_G_SEASON: {
    if (c->s < DT_SP || c->s > DT_WI) return 0;
    int32_t m0 = season_first_month[c->s];
    *first = dt_days(y, m0, 1);
    if (c->s == DT_WI) {
      if (y + 1 > 9999) return 0;
      *last = dt_days(y + 1, 2, dt_month_days(y + 1, 2));
    } else {
      *last = dt_days(y, m0 + 2, dt_month_days(y, m0 + 2));
    }
    return 1;
  }
  case DT_G_MONTH:
    if (c->m < 1 || c->m > 12) return 0;
    *first = dt_days(y, c->m, 1);
    *last = dt_days(y, c->m, dt_month_days(y, c->m));
    return 1;
  case DT_G_WEEK:
  case DT_G_WEEKEND:
    if (c->w < 1 || c->w > dt_iso_weeks_in(y)) return 0;
    *first = dt_iso_week_monday(y, c->w) + (c->gran == DT_G_WEEKEND ? 5 : 0);
    *last = dt_iso_week_monday(y, c->w) + 6;
    return 1;
  case DT_G_DAY:
  case DT_G_POD:
  case DT_G_MINUTE:
  case DT_G_SECOND:
    if (c->m < 1 || c->m > 12 || c->d < 1 || c->d > dt_month_days(y, c->m)) return 0;
    *first = *last = dt_days(y, c->m, c->d);
    return 1;
  default:
    return 0;
  }
}

void dt_cal_day(dt_cal *c, int64_t days) {
  memset(c, 0, sizeof *c);
  c->gran = DT_G_DAY;
  c->year_known = 1;
  dt_civil(days, &c->y, &c->m, &c->d);
}

static const char *const pod_code[] = {"", "MO", "MI", "AF", "EV", "NI", "DT"};
static const char *const season_code[] = {"", "SP", "SU", "FA", "WI"};

/* Writes the time-of-day part ("T15:00", "TMO") after a date part. */
static void format_time(const dt_cal *c, dt_out *o) {
  switch (c->gran) {
  case DT_G_POD:
    dt_put(o, "T");
    dt_put(o, pod_code[c->pod < 7 ? c->pod : 0]);
    return;
  case DT_G_MINUTE:
  case DT_G_SECOND:
    dt_put(o, "T");
    dt_put_int(o, c->hh, 2);
    dt_put(o, ":");
    dt_put_int(o, c->mi, 2);
    if (c->gran == DT_G_SECOND) {
      dt_put(o, ":");
      dt_put_int(o, c->ss, 2);
    }
    return;
  default:
    return;
  }
}

int dt_cal_format(const dt_cal *c, char *out, size_t cap) {
  int32_t y = c->y;
  dt_out o = {out, cap, 0};
  if (cap) out[0] = 0;
  if (c->year_known && (y < 1 || y > 9999)) return 0;
  switch (c->gran) {
  case DT_G_MILLENNIUM:
    if (c->year_known)
      dt_put_int(&o, y / 1000, 1);
    else
      dt_put(&o, "X");
    break;
  case DT_G_CENTURY:
    if (c->year_known)
      dt_put_int(&o, y / 100, 2);
    else
      dt_put(&o, "XX");
    break;
  case DT_G_DECADE:
    if (c->year_known)
      dt_put_int(&o, y / 10, 3);
    else
      dt_put(&o, "XXX");
    break;
  case DT_G_YEAR:
  case DT_G_HALF:
  case DT_G_QUARTER:
  case DT_G_SEASON:
  case DT_G_MONTH:
  case DT_G_WEEK:
  case DT_G_WEEKEND:
  case DT_G_DAY:
  case DT_G_POD:
  case DT_G_MINUTE:
  case DT_G_SECOND:
    if (c->year_known)
      dt_put_int(&o, y, 4);
    else
      dt_put(&o, "XXXX");
    break;
  default:
    return 0;
  }
  switch (c->gran) {
  case DT_G_HALF:
    dt_put(&o, "-H");
    if (c->h)
      dt_put_int(&o, c->h, 1);
    else
      dt_put(&o, "X");
    break;
  case DT_G_QUARTER:
    dt_put(&o, "-Q");
    if (c->q)
      dt_put_int(&o, c->q, 1);
    else
      dt_put(&o, "X");
    break;
  case DT_G_SEASON:
    dt_put(&o, "-");
    dt_put(&o, c->s >= 1 && c->s <= 4 ? season_code[c->s] : "XX");
    break;
  case DT_G_MONTH:
    dt_put(&o, "-");
    if (c->m)
      dt_put_int(&o, c->m, 2);
    else
      dt_put(&o, "XX");
    break;
  case DT_G_WEEK:
  case DT_G_WEEKEND:
    dt_put(&o, "-W");
    if (c->year_known && !c->day_unknown)
      dt_put_int(&o, c->w, 2);
    else
      dt_put(&o, "XX");
    if (c->gran == DT_G_WEEKEND) dt_put(&o, "-WE");
    break;
  case DT_G_DAY:
  case DT_G_POD:
  case DT_G_MINUTE:
  case DT_G_SECOND:
    if (c->dow && (!c->year_known || c->day_unknown)) {
      dt_put(&o, "-WXX-");
      dt_put_int(&o, c->dow, 1);
    } else if (c->day_unknown || (!c->m && !c->d)) {
      dt_put(&o, "-XX-XX");
    } else {
      dt_put(&o, "-");
      dt_put_int(&o, c->m, 2);
      dt_put(&o, "-");
      if (c->d)
        dt_put_int(&o, c->d, 2);
      else
        dt_put(&o, "XX");
    }
    format_time(c, &o);
    break;
  default:
    break;
  }
  return dt_out_end(&o);
}

/* ---------------------------------------------------------------------------
** The public date type.
*/
int news_ymd_valid(news_ymd day) {
  return day.y >= 1 && day.y <= 9999 && day.m >= 1 && day.m <= 12 && day.d >= 1 &&
         day.d <= dt_month_days(day.y, day.m);
}

int64_t news_ymd_to_days(news_ymd day) {
  return dt_days(day.y, day.m, day.d);
}

news_ymd news_ymd_from_days(int64_t days) {
  news_ymd r;
  dt_civil(days, &r.y, &r.m, &r.d);
  return r;
}

int news_ymd_weekday(news_ymd day) {
  return dt_weekday(news_ymd_to_days(day));
}

void news_ymd_format(news_ymd day, char out[11]) {
  if (!news_ymd_valid(day)) {
    out[0] = 0;
    return;
  }
  int32_t v[3] = {day.y, day.m, day.d}, w[3] = {4, 2, 2};
  size_t k = 0;
  for (int part = 0; part < 3; part++) {
    if (part) out[k++] = '-';
    for (int32_t q = w[part] - 1, x = v[part]; q >= 0; q--, x /= 10)
      out[k + (size_t)q] = (char)('0' + x % 10);
    k += (size_t)w[part];
  }
  out[k] = 0;
}

static int digits(const char *s, size_t n, size_t at, size_t count, int32_t *v) {
  if (at + count > n) return 0;
  int32_t x = 0;
  for (size_t i = at; i < at + count; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 1;
}

/* HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM|+HHMM|+HH] */
static int valid_time(const char *s, size_t n) {
  int32_t hh, mm, ss, tz;
  size_t i;
  if (n < 5 || !digits(s, n, 0, 2, &hh) || hh > 24 || s[2] != ':' || !digits(s, n, 3, 2, &mm) ||
      mm > 59)
    return 0;
  i = 5;
  if (i < n && s[i] == ':') {
    if (!digits(s, n, i + 1, 2, &ss) || ss > 60) return 0;
    i += 3;
    if (i < n && (s[i] == '.' || s[i] == ',')) {
      size_t j = ++i;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
      if (i == j) return 0;
    }
  }
  if (i == n) return 1;
  if (s[i] == 'Z' || s[i] == 'z') return i + 1 == n;
  if (s[i] != '+' && s[i] != '-') return 0;
  i++;
  if (!digits(s, n, i, 2, &tz) || tz > 23) return 0;
  i += 2;
  if (i == n) return 1;
  if (s[i] == ':') i++;
  return digits(s, n, i, 2, &tz) && tz <= 59 && i + 2 == n;
}

int news_ymd_parse(const char *s, size_t n, news_ymd *out) {
  if (!s) return -1;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
  news_ymd r;
  if (n < 10 || s[4] != '-' || s[7] != '-' || !digits(s, n, 0, 4, &r.y) ||
      !digits(s, n, 5, 2, &r.m) || !digits(s, n, 8, 2, &r.d) || !news_ymd_valid(r))
    return -1;
  if (n > 10 && ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !valid_time(s + 11, n - 11)))
    return -1;
  *out = r;
  return 0;
}

/* ---------------------------------------------------------------------------
** Holidays.
*/
/* Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus). */
static int64_t easter(int32_t y) {
  int32_t a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int32_t g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int32_t l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int32_t month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return dt_days(y, month, day);
}

int64_t dt_holiday_day(const dt_holiday *h, int32_t y) {
  switch (h->kind) {
  case DT_HOL_FIXED:
    return dt_days(y, h->month, h->day) + h->offset;
  case DT_HOL_NTH_WEEKDAY: {
    if (h->nth > 0) {
      int64_t first = dt_days(y, h->month, 1);
      int64_t d = first + (h->day - dt_weekday(first) + 7) % 7 + (int64_t)(h->nth - 1) * 7;
      return d + h->offset;
    }
    int64_t last = dt_days(y, h->month, dt_month_days(y, h->month));
    return last - (dt_weekday(last) - h->day + 7) % 7 + h->offset;
  }
  default:
    return easter(y) + h->offset;
  }
}
