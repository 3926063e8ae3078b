/*
** news_stance.h: which way: stance toward a target the user names (ext/stance/).
** Included by news.h; plain C, no SQLite types.
*/
#ifndef NEWS_STANCE_H
#define NEWS_STANCE_H

#include "news.h"

#endif
