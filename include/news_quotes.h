/*
** news_quotes.h: who said what: quotes, speakers, reported speech (ext/quotes/).
** Included by news.h; plain C, no SQLite types.
*/
#ifndef NEWS_QUOTES_H
#define NEWS_QUOTES_H

#include "news.h"

#endif
