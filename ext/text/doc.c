/*
** doc.c: news_doc_parse, the one pass every capability reads: tokens,
** sentences and paragraphs, quote spans.
*/
#include "text_internal.h"

#include <string.h>

void news_doc_destroy(news_doc_impl *impl) {
  news_doc *d = &impl->doc;
  news_engine *eng = d->engine;
  news_engine_mfree(eng, d->tok);
  news_engine_mfree(eng, d->fold);
  news_engine_mfree(eng, d->sent);
  news_engine_mfree(eng, d->para);
  news_engine_mfree(eng, d->qspan);
  news_engine_mfree(eng, d->tok_sent);
  news_engine_mfree(eng, impl);
}

void news_doc_free(news_doc *d) {
  if (d && !news_engine_keep_spare(d->engine, news_impl(d))) news_doc_destroy(news_impl(d));
}

int news_doc_parse(news_engine *eng, const char *text, size_t len, news_doc **out) {
  *out = NULL;
  if (!text) len = 0;
  const char *nul = len ? memchr(text, 0, len) : NULL;
  if (nul) len = (size_t)(nul - text); /* SQLite's string functions stop there too */
  if (len > NEWS_MAX_TEXT) return NEWS_TOOBIG;
  const news_text_words *w = news_text_words_get(eng);
  if (!w) return NEWS_NOMEM;
  news_doc_impl *impl = news_engine_take_spare(eng);
  if (!impl) {
    impl = news_engine_malloc(eng, sizeof *impl);
    if (!impl) return NEWS_NOMEM;
    memset(impl, 0, sizeof *impl);
  }
  news_doc *d = &impl->doc;
  /* A spare's arrays are reused; everything else starts afresh. */
  d->engine = eng;
  d->ntok = d->nfold = d->nsent = d->npara = d->nqspan = 0;
  d->text = text ? text : "";
  d->len = len;
  int rc = news_tokenize(d, w);
  if (rc == NEWS_OK) rc = news_split_sentences(d, w);
  if (rc == NEWS_OK) rc = news_pair_quotes(d);
  if (rc != NEWS_OK) {
    news_doc_free(d);
    return rc;
  }
  *out = d;
  return NEWS_OK;
}

int news_tok_is(const news_doc *d, size_t i, const char *s) {
  size_t n = strlen(s);
  return i < d->ntok && d->tok[i].nfold == n && memcmp(d->fold + d->tok[i].fold, s, n) == 0;
}

size_t news_chr_count(const char *text, size_t byte) {
  const unsigned char *s = (const unsigned char *)text;
  size_t n = 0;
  int chain = 0; /* inside a lead byte's run of continuation bytes */
  for (size_t i = 0; i < byte; i++) {
    unsigned char b = s[i];
    if (b >= 0xC0) {
      n++;
      chain = 1;
    } else if (b >= 0x80) {
      if (!chain) n++;
    } else {
      n++;
      chain = 0;
    }
  }
  return n;
}
