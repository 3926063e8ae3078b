/*
** fuzz_text.c: libFuzzer target for the text engine. The input is a text, as
** arbitrary bytes; news_doc_parse reads it and every invariant the
** capabilities rely on is checked (a broken one aborts, which libFuzzer
** reports as a crash):
**   - tokens in order, not overlapping, inside the text; their character
**     positions agree with news_chr_count and with an oracle written here
**     from SQLite's rule (SQLITE_SKIP_UTF8); folded forms inside the fold
**     buffer with the hash of their bytes;
**   - sentences and paragraphs tile the tokens in order, a sentence never
**     crosses a paragraph, tok_sent agrees, spans agree with their tokens;
**   - quote spans: opened by a quote mark, closed (when closed) by a later
**     one in the same paragraph, contents inside that paragraph and between
**     the marks, `prev` earlier, flags consistent;
**   - lexicon look-ups at every token stay inside the paragraph;
**   - parsing twice gives the same document.
**
**   make fuzz                        (every target, FUZZ_SECONDS each)
**   build/fuzz/fuzz_text DIR...      (libFuzzer options: -help=1)
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "news.h"

#define REQUIRE(cond, ...)                                                                         \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "fuzz_text: %s:%d: %s: ", __FILE__, __LINE__, #cond);                        \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fprintf(stderr, "\n");                                                                       \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

/* A lexicon with entries of one and several tokens, quote marks and
** abbreviations among them, as the capabilities' tables will have. */
typedef struct fuzz_word {
  const char *phrase;
  int id;
} fuzz_word;
static const fuzz_word fuzz_words[] = {
    {"said", 1},
    {"says", 2},
    {"according to", 3},
    {"was quoted as saying", 4},
    {"Sen.", 5},
    {"U.S.", 6},
    {"Brig.-Gen.", 7},
    {"\xe2\x80\x9c", 8},
    {"said on Monday", 9},
    {"told", 10},
    {"Jan.", 11},
    {"last week", 12},
    {"red line", 13},
    {"'s", 14},
    {"", 15},
    {"no. 10", 16},
};

static news_engine *engine; /* one per process, as one per connection in SQLite */
static const news_lexicon *lexicon;
static uint32_t *chr_at; /* the oracle: character index at each byte that starts one */

/* Builds the oracle for text[0, len), SQLite's rule (SQLITE_SKIP_UTF8). */
static size_t build_oracle(const unsigned char *s, size_t len) {
  chr_at = malloc((len + 1) * sizeof *chr_at);
  REQUIRE(chr_at != NULL, "oracle");
  for (size_t i = 0; i <= len; i++) chr_at[i] = UINT32_MAX;
  size_t nchr = 0;
  for (size_t i = 0; i < len;) {
    chr_at[i] = (uint32_t)nchr++;
    if (s[i++] >= 0xc0)
      while (i < len && (s[i] & 0xc0) == 0x80) i++;
  }
  chr_at[len] = (uint32_t)nchr;
  return nchr;
}

/* A span a capability reports (bytes and characters, as news.h spans are):
** inside the text, on character boundaries, its two measures agreeing. */
static void check_span(const news_doc *d, uint32_t byte, uint32_t nbyte, uint32_t chr,
                       uint32_t nchr, const char *what) {
  REQUIRE((size_t)byte + nbyte <= d->len, "%s: bytes %u+%u past the text (%zu)", what, byte, nbyte,
          d->len);
  REQUIRE(chr_at[byte] == chr, "%s: byte %u is not character %u", what, byte, chr);
  REQUIRE(chr_at[byte + nbyte] == chr + nchr, "%s: ends off a character boundary", what);
}

/* Capabilities that read the parsed document: each calls its engine entry
** point on `d` and checks what comes back: spans with check_span(), token
** ranges inside the document, values of the kinds the SQL layer names.
** (SQL-level fuzzing of every function is fuzz_sql.c's, from sql_calls.h.) */
typedef struct doc_consumer {
  const char *name;
  void (*run)(news_engine *e, const news_doc *d);
} doc_consumer;

static void check_tokens(const news_doc *d, uint32_t tok, uint32_t ntok, const char *what) {
  if (tok == NEWS_NONE) return;
  REQUIRE((size_t)tok + ntok <= d->ntok, "%s: tokens %u+%u past the document (%zu)", what, tok,
          ntok, d->ntok);
}

static void fuzz_quotes(news_engine *e, const news_doc *d) {
  news_quotes *qs = NULL;
  REQUIRE(news_quotes_extract(d, &qs) == NEWS_OK, "news_quotes_extract");
  uint32_t last = 0;
  for (size_t i = 0; i < qs->n; i++) {
    const news_quote *q = &qs->q[i];
    check_span(d, q->byte, q->nbyte, q->chr, q->nchr, "quote");
    REQUIRE(q->chr >= last, "quotes out of text order");
    last = q->chr;
    check_tokens(d, q->tok, q->ntok, "quote tokens");
    check_tokens(d, q->cue_tok, q->cue_ntok, "cue");
    check_tokens(d, q->via_tok, q->via_ntok, "via");
    check_tokens(d, q->ctx_tok, q->ctx_ntok, "context");
    if (q->mention_tok != NEWS_NONE) {
      check_tokens(d, q->mention_tok, q->mention_ntok, "mention");
      REQUIRE(q->mention_chr == d->tok[q->mention_tok].chr, "mention position");
    }
    REQUIRE(q->speaker < (int32_t)qs->nspk, "speaker index");
    REQUIRE(news_quote_kind_name(q->kind) != NULL, "quote kind");
  }
  for (size_t i = 0; i < qs->nspk; i++) { /* every speaker's key is computable */
    char *key = NULL;
    size_t nkey = 0;
    REQUIRE(news_speaker_key(e, qs->spk[i].name, qs->spk[i].nname, &key, &nkey) == NEWS_OK,
            "news_speaker_key");
    news_engine_mfree(e, key);
  }
  news_quotes_free(e, qs);
}

static void fuzz_dates(news_engine *e, const news_doc *d) {
  static const news_ymd anchors[] = {{2019, 11, 19}, {1, 1, 1}, {9999, 12, 31}};
  for (size_t a = 0; a <= sizeof anchors / sizeof anchors[0]; a++) {
    news_timex *tx = NULL;
    size_t n = 0;
    const news_ymd *anchor = a < sizeof anchors / sizeof anchors[0] ? &anchors[a] : NULL;
    REQUIRE(news_dates_find(d, anchor, &tx, &n) == NEWS_OK, "news_dates_find");
    for (size_t i = 0; i < n; i++) {
      check_span(d, tx[i].byte, tx[i].nbyte, tx[i].chr, tx[i].nchr, "timex");
      check_tokens(d, tx[i].tok, tx[i].ntok, "timex tokens");
      REQUIRE(news_timex_type_name(tx[i].type) != NULL, "timex type");
      REQUIRE(memchr(tx[i].value, 0, sizeof tx[i].value) != NULL, "timex value unterminated");
    }
    for (uint32_t k = 0; k < d->ntok; k += 7) /* said_on from any token */
      REQUIRE(news_dates_said_on(d, tx, n, k) < (long)n, "said_on index");
    news_dates_free(e, tx);
  }
}

static void fuzz_stance(news_engine *e, const news_doc *d) {
  /* the text's own first words are the target: any bytes can be one */
  news_target *t = NULL;
  size_t n = d->len < 40 ? d->len : 40;
  int rc = news_target_compile(e, d->text, n, &t);
  REQUIRE(rc == NEWS_OK || rc == NEWS_BADARG, "news_target_compile: %d", rc);
  if (rc != NEWS_OK)
    REQUIRE(news_target_compile(e, "negotiations over the missile programme", 39, &t) == NEWS_OK,
            "fixed target");
  news_stance_result r;
  news_stance_result_init(&r);
  REQUIRE(news_stance_range(e, t, d, 0, 0, d->ntok, &r) == NEWS_OK, "news_stance_range");
  REQUIRE(news_stance_label_name(r.label) != NULL, "stance label");
  for (size_t i = 0; i < r.ncue; i++) check_tokens(d, r.cue[i].tok, r.cue[i].ntok, "cue");
  char *json = NULL;
  size_t nj = 0;
  REQUIRE(news_stance_json(e, d, &r, t, 0, &json, &nj) == NEWS_OK, "news_stance_json");
  news_engine_mfree(e, json);
  size_t first = 0;
  REQUIRE(news_stance_first_naming(e, t, d, 0, &r, &first) == NEWS_OK, "first_naming");
  REQUIRE(first <= d->nsent, "first_naming past the sentences");
  for (size_t s = 0; s < d->nsent; s++)
    REQUIRE(news_stance_range_named(e, t, d, d->sent[s].tok, d->sent[s].ntok, first < s, &r) ==
                NEWS_OK,
            "news_stance_range_named");
  news_stance_result_clear(e, &r);
  news_target_free(e, t);
}

static void fuzz_speaker_key(news_engine *e, const news_doc *d) {
  char *key = NULL, *again = NULL;
  size_t n = 0, m = 0;
  REQUIRE(news_speaker_key(e, d->text, d->len, &key, &n) == NEWS_OK, "news_speaker_key");
  REQUIRE(news_speaker_key(e, d->text, d->len, &again, &m) == NEWS_OK, "news_speaker_key again");
  REQUIRE(n == m && (n == 0 || memcmp(key, again, n) == 0), "speaker key not deterministic");
  news_engine_mfree(e, key);
  news_engine_mfree(e, again);
}

static const doc_consumer consumers[] = {
    {"quotes", fuzz_quotes},           {"dates", fuzz_dates}, {"stance", fuzz_stance},
    {"speaker_key", fuzz_speaker_key}, {NULL, NULL},
};

static void check_doc(const news_doc *d, const char *text, size_t size) {
  const unsigned char *s = (const unsigned char *)text;
  const char *nul = size ? memchr(text, 0, size) : NULL;
  size_t len = nul ? (size_t)(nul - text) : size;
  REQUIRE(d->len == len, "len %zu, text %zu", d->len, len);
  size_t nchr = build_oracle(s, len);
  REQUIRE(d->nchr == nchr, "nchr %zu, oracle %zu", d->nchr, nchr);
  REQUIRE(news_chr_count(text, len) == nchr, "news_chr_count %zu", news_chr_count(text, len));

  uint32_t prev_end = 0;
  for (size_t i = 0; i < d->ntok; i++) {
    const news_token *t = &d->tok[i];
    REQUIRE(t->nbyte > 0 && t->nchr > 0, "token %zu empty", i);
    REQUIRE(t->byte >= prev_end, "token %zu at %u overlaps the one before (ends %u)", i, t->byte,
            prev_end);
    REQUIRE((size_t)t->byte + t->nbyte <= len, "token %zu past the text", i);
    REQUIRE(chr_at[t->byte] == t->chr, "token %zu at byte %u: chr %u, oracle %u", i, t->byte,
            t->chr, chr_at[t->byte]);
    REQUIRE(chr_at[t->byte + t->nbyte] == t->chr + t->nchr, "token %zu ends inside a character", i);
    if (i % 61 == 0 || i + 1 == d->ntok)
      REQUIRE(news_chr_count(text, t->byte) == t->chr, "news_chr_count at token %zu", i);
    REQUIRE((size_t)t->fold + t->nfold <= d->nfold, "token %zu fold past the buffer", i);
    REQUIRE(t->hash == news_hash(d->fold + t->fold, t->nfold), "token %zu hash", i);
    REQUIRE(t->kind >= NEWS_TOK_WORD && t->kind <= NEWS_TOK_SYMBOL, "token %zu kind %u", i,
            t->kind);
    REQUIRE(!(t->flags & NEWS_F_ABBR) == !t->abbr, "token %zu abbr %u flags %x", i, t->abbr,
            t->flags);
    REQUIRE(d->tok_sent && d->tok_sent[i] < d->nsent, "token %zu sentence", i);
    prev_end = t->byte + t->nbyte;
  }
  if (d->ntok == 0) REQUIRE(d->nsent == 0 && d->npara == 0 && d->nqspan == 0, "no tokens");

  /* Sentences tile the tokens; paragraphs tile the tokens and the sentences. */
  size_t next_tok = 0;
  for (size_t i = 0; i < d->nsent; i++) {
    const news_sentence *se = &d->sent[i];
    REQUIRE(se->ntok > 0 && se->tok == next_tok, "sentence %zu tokens %u+%u, expected %zu", i,
            se->tok, se->ntok, next_tok);
    REQUIRE((size_t)se->tok + se->ntok <= d->ntok, "sentence %zu past the tokens", i);
    const news_token *a = &d->tok[se->tok], *b = &d->tok[se->tok + se->ntok - 1];
    REQUIRE(se->byte == a->byte && se->nbyte == b->byte + b->nbyte - a->byte, "sentence %zu bytes",
            i);
    REQUIRE(se->chr == a->chr && se->nchr == b->chr + b->nchr - a->chr, "sentence %zu chars", i);
    REQUIRE(se->paragraph < d->npara, "sentence %zu paragraph %u", i, se->paragraph);
    REQUIRE(i == 0 || se->paragraph >= d->sent[i - 1].paragraph, "sentence %zu paragraph order", i);
    REQUIRE(a->flags & NEWS_F_SENT_START, "sentence %zu first token not marked", i);
    for (size_t k = se->tok; k < (size_t)se->tok + se->ntok; k++)
      REQUIRE(d->tok_sent[k] == i, "tok_sent[%zu] = %u, in sentence %zu", k, d->tok_sent[k], i);
    next_tok = se->tok + se->ntok;
  }
  REQUIRE(next_tok == d->ntok, "sentences end at token %zu of %zu", next_tok, d->ntok);
  size_t next_sent = 0;
  next_tok = 0;
  for (size_t p = 0; p < d->npara; p++) {
    const news_paragraph *pa = &d->para[p];
    REQUIRE(pa->ntok > 0 && pa->tok == next_tok, "paragraph %zu tokens", p);
    REQUIRE(pa->nsent > 0 && pa->sent == next_sent, "paragraph %zu sentences", p);
    REQUIRE(d->tok[pa->tok].flags & NEWS_F_PARA_START, "paragraph %zu first token not marked", p);
    for (size_t k = pa->sent; k < (size_t)pa->sent + pa->nsent; k++) {
      REQUIRE(k < d->nsent && d->sent[k].paragraph == p, "sentence %zu in paragraph %zu", k, p);
      REQUIRE(d->sent[k].tok >= pa->tok &&
                  d->sent[k].tok + d->sent[k].ntok <= (size_t)pa->tok + pa->ntok,
              "sentence %zu crosses paragraph %zu", k, p);
    }
    for (size_t k = pa->tok + 1; k < (size_t)pa->tok + pa->ntok; k++)
      REQUIRE(!(d->tok[k].flags & NEWS_F_PARA_START), "paragraph %zu holds a paragraph start", p);
    next_tok = pa->tok + pa->ntok;
    next_sent = pa->sent + pa->nsent;
  }
  REQUIRE(next_tok == d->ntok && next_sent == d->nsent, "paragraphs cover it all");

  /* Quote spans. */
  for (size_t i = 0; i < d->nqspan; i++) {
    const news_qspan *q = &d->qspan[i];
    REQUIRE(q->open < d->ntok, "span %zu opener", i);
    const news_token *o = &d->tok[q->open];
    REQUIRE(o->kind >= NEWS_TOK_QUOTE_OPEN && o->kind <= NEWS_TOK_QUOTE_AMBIG,
            "span %zu opened by a token of kind %u", i, o->kind);
    REQUIRE(i == 0 || q->open > d->qspan[i - 1].open, "spans out of order at %zu", i);
    uint32_t para = d->sent[d->tok_sent[q->open]].paragraph;
    const news_paragraph *pa = &d->para[para];
    size_t para_end = (size_t)pa->tok + pa->ntok;
    REQUIRE(q->tok == q->open + 1, "span %zu content starts at %u", i, q->tok);
    REQUIRE(!(q->flags & NEWS_Q_UNCLOSED) == (q->close != NEWS_NONE), "span %zu closed flag", i);
    if (q->close != NEWS_NONE) {
      REQUIRE(q->close > q->open && q->close < para_end, "span %zu closer %u outside [%u, %zu)", i,
              q->close, q->open, para_end);
      const news_token *c = &d->tok[q->close];
      REQUIRE(c->kind >= NEWS_TOK_QUOTE_OPEN && c->kind <= NEWS_TOK_QUOTE_AMBIG,
              "span %zu closed by a token of kind %u", i, c->kind);
      REQUIRE((size_t)q->tok + q->ntok == q->close, "span %zu content does not reach its closer",
              i);
    }
    REQUIRE((size_t)q->tok + q->ntok <= para_end, "span %zu leaves its paragraph", i);
    if (q->ntok) {
      const news_token *a = &d->tok[q->tok], *b = &d->tok[q->tok + q->ntok - 1];
      REQUIRE(q->byte == a->byte && q->nbyte == b->byte + b->nbyte - a->byte, "span %zu bytes", i);
      REQUIRE(q->chr == a->chr && q->nchr == b->chr + b->nchr - a->chr, "span %zu chars", i);
    } else {
      REQUIRE(q->nbyte == 0 && q->nchr == 0 && q->byte == o->byte + o->nbyte &&
                  q->chr == o->chr + o->nchr,
              "empty span %zu", i);
    }
    REQUIRE((q->prev == NEWS_NONE) == !(q->flags & NEWS_Q_CONTINUES), "span %zu prev flag", i);
    if (q->prev != NEWS_NONE) {
      REQUIRE(q->prev < i, "span %zu continues a later one %u", i, q->prev);
      REQUIRE(q->open == pa->tok, "span %zu continues but does not open its paragraph", i);
      REQUIRE(d->sent[d->tok_sent[d->qspan[q->prev].open]].paragraph < para,
              "span %zu continues one from its own paragraph", i);
    }
    REQUIRE(q->depth < 4, "span %zu depth %u", i, q->depth);
  }

  /* Look-ups at every token stay inside the document and the paragraph. */
  for (size_t i = 0; i < d->ntok; i++) {
    size_t n = 0;
    const void *prev = NULL;
    int matches = 0;
    while ((prev = news_lexicon_match_next(lexicon, d, i, prev, &n)) != NULL) {
      REQUIRE(n > 0 && i + n <= d->ntok, "match at %zu of %zu tokens", i, n);
      for (size_t k = i + 1; k < i + n; k++)
        REQUIRE(!(d->tok[k].flags & NEWS_F_PARA_START), "match at %zu crosses a paragraph", i);
      REQUIRE(++matches <= (int)(sizeof fuzz_words / sizeof fuzz_words[0]), "match loop");
    }
    const void *w = news_lexicon_word(lexicon, d->fold + d->tok[i].fold, d->tok[i].nfold);
    if (w) REQUIRE(news_lexicon_match(lexicon, d, i, &n) != NULL, "word without a match at %zu", i);
  }
  for (size_t i = 0; i < d->nsent; i++)
    check_span(d, d->sent[i].byte, d->sent[i].nbyte, d->sent[i].chr, d->sent[i].nchr, "sentence");
  for (size_t i = 0; i < d->nqspan; i++)
    check_span(d, d->qspan[i].byte, d->qspan[i].nbyte, d->qspan[i].chr, d->qspan[i].nchr, "quote");
  for (const doc_consumer *c = consumers; c->name; c++) c->run(engine, d);
  free(chr_at);
  chr_at = NULL;
}

static int same_doc(const news_doc *a, const news_doc *b) {
  return a->ntok == b->ntok && a->nsent == b->nsent && a->npara == b->npara &&
         a->nqspan == b->nqspan && a->nfold == b->nfold &&
         (!a->ntok || memcmp(a->tok, b->tok, a->ntok * sizeof *a->tok) == 0) &&
         (!a->nsent || memcmp(a->sent, b->sent, a->nsent * sizeof *a->sent) == 0) &&
         (!a->nqspan || memcmp(a->qspan, b->qspan, a->nqspan * sizeof *a->qspan) == 0) &&
         (!a->nfold || memcmp(a->fold, b->fold, a->nfold) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!engine) {
    engine = news_engine_new(&news_stdlib_allocator);
    lexicon = news_lexicon_new(engine, fuzz_words, sizeof fuzz_words / sizeof fuzz_words[0],
                               sizeof fuzz_words[0]);
    REQUIRE(engine && lexicon, "engine set-up");
  }
  const char *text = (const char *)data;
  news_doc *d = NULL, *again = NULL;
  int rc = news_doc_parse(engine, text, size, &d);
  REQUIRE(rc == NEWS_OK && d, "news_doc_parse: %d", rc);
  check_doc(d, text, size);
  rc = news_doc_parse(engine, text, size, &again);
  REQUIRE(rc == NEWS_OK && again && same_doc(d, again), "a second parse differs");
  news_doc_free(again);
  news_doc_free(d);
  return 0;
}
