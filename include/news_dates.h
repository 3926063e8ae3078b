/*
** news_dates.h: when: temporal expressions normalised to TIMEX3 (ext/dates/).
** Included by news.h; plain C, no SQLite types.
*/
#ifndef NEWS_DATES_H
#define NEWS_DATES_H

#include "news.h"

#endif
