/*
** explain.c: a stance result as JSON text, the body of news_stance_explain:
**
**   {"label":"against","score":-1,"lean":-1,"reason":"cues","target":"talks|missile",
**    "cues":[{"kind":"negation","words":"will never","start":12,"length":10,
**             "polarity":-1,"weight":1,"lemma":"never",
**             "scope":{"words":"negotiate","start":23,"length":9}},
**            {"kind":"mention","words":"negotiate","start":23,"length":9,"weight":0.6}]}
**
** Positions are 1-based SQLite character positions into the text, lengths in
** characters, so substr(text, start, length) = words. `lean` is the sign and
** strength of the stance words in the text read without the target (for a
** forced choice when the target is known to be the topic but is not named). Invalid UTF-8 in the
** words is written as U+FFFD so the JSON stays valid.
*/
#include "stance_internal.h"

#include <stdio.h>
#include <string.h>

typedef struct jbuf {
  news_engine *eng;
  char *p;
  size_t n, cap;
  int oom;
} jbuf;

static void put(jbuf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (stance_grow(b->eng, (void **)&b->p, &b->cap, b->n + n + 1, 1)) {
    b->oom = 1;
    return;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(jbuf *b, const char *s) {
  put(b, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t k = c < 0x80             ? 1
             : (c & 0xE0) == 0xC0 ? 2
             : (c & 0xF0) == 0xE0 ? 3
             : (c & 0xF8) == 0xF0 ? 4
                                  : 0;
  if (!k || k > n || (k == 2 && c < 0xC2)) return 0;
  for (size_t i = 1; i < k; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (k == 3 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))) return 0;
  if (k == 4 && ((c == 0xF0 && s[1] < 0x90) || c > 0xF4 || (c == 0xF4 && s[1] >= 0x90))) return 0;
  return k;
}

static void put_string(jbuf *b, const char *s, size_t n) {
  put(b, "\"", 1);
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      char e[2] = {'\\', (char)c};
      put(b, e, 2);
      i++;
    } else if (c < 0x20) {
      char e[8];
      snprintf(e, sizeof e, "\\u%04x", c);
      put(b, e, 6);
      i++;
    } else {
      size_t k = utf8_len((const unsigned char *)s + i, n - i);
      if (k) {
        put(b, s + i, k);
        i += k;
      } else {
        puts_(b, "\\ufffd");
        i++;
      }
    }
  }
  put(b, "\"", 1);
}

static void put_num(jbuf *b, double v) {
  char s[32];
  long long hundredths = (long long)(v * 100 + (v >= 0 ? 0.5 : -0.5));
  if (hundredths % 100 == 0)
    snprintf(s, sizeof s, "%lld", hundredths / 100);
  else
    snprintf(s, sizeof s, "%.2f", hundredths / 100.0);
  puts_(b, s);
}

/* "words":"...","start":S,"length":L for tokens [tok, tok + ntok). */
static void put_span(jbuf *b, const news_doc *d, size_t tok, size_t ntok, size_t chr_base) {
  if (ntok == 0 || tok >= d->ntok) ntok = 0;
  if (tok + ntok > d->ntok) ntok = d->ntok - tok;
  size_t b0 = ntok ? d->tok[tok].byte : 0, b1 = ntok ? news_tok_end(d, tok + ntok - 1) : 0;
  size_t c0 = ntok ? d->tok[tok].chr : 0, c1 = ntok ? news_tok_chr_end(d, tok + ntok - 1) : 0;
  char s[64];
  puts_(b, "\"words\":");
  put_string(b, d->text + b0, b1 - b0);
  snprintf(s, sizeof s, ",\"start\":%zu,\"length\":%zu", c0 >= chr_base ? c0 - chr_base + 1 : 1,
           c1 - c0);
  puts_(b, s);
}

int news_stance_json(news_engine *eng, const news_doc *d, const news_stance_result *r,
                     const news_target *t, size_t chr_base, char **out, size_t *nout) {
  jbuf b = {eng, NULL, 0, 0, 0};
  *out = NULL;
  if (nout) *nout = 0;
  puts_(&b, "{\"label\":\"");
  puts_(&b, news_stance_label_name(r->label));
  puts_(&b, "\",\"score\":");
  put_num(&b, r->score);
  puts_(&b, ",\"lean\":");
  put_num(&b, r->lean);
  puts_(&b, ",\"reason\":\"");
  puts_(&b, news_stance_why_name(r->why));
  puts_(&b, "\",\"target\":");
  const char *desc = news_target_describe(t);
  put_string(&b, desc, strlen(desc));
  puts_(&b, ",\"cues\":[");
  for (size_t i = 0; i < r->ncue; i++) {
    const news_stance_cue *c = &r->cue[i];
    puts_(&b, i ? ",{\"kind\":\"" : "{\"kind\":\"");
    puts_(&b, news_stance_kind_name(c->kind));
    puts_(&b, "\",");
    put_span(&b, d, c->tok, c->ntok, chr_base);
    if (c->kind != NEWS_CUE_MENTION) {
      char s[32];
      snprintf(s, sizeof s, ",\"polarity\":%d", c->polarity);
      puts_(&b, s);
    }
    puts_(&b, ",\"weight\":");
    put_num(&b, c->weight / 100.0);
    if (c->lemma) {
      puts_(&b, ",\"lemma\":");
      put_string(&b, c->lemma, strlen(c->lemma));
    }
    if (c->scope_ntok) {
      puts_(&b, ",\"scope\":{");
      put_span(&b, d, c->scope_tok, c->scope_ntok, chr_base);
      puts_(&b, "}");
    }
    puts_(&b, "}");
  }
  puts_(&b, "]}");
  if (b.oom) {
    news_engine_mfree(eng, b.p);
    return NEWS_NOMEM;
  }
  *out = b.p;
  if (nout) *nout = b.n;
  return NEWS_OK;
}
