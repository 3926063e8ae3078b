/*
** dates.c: news_dates_find, the one pass that ties the date engine together:
** each sentence's tokens left to right, the longest expression at each token
** (dt_match), its tense cue (dt_tense), its value (dt_resolve); then on past
** it. Expressions never overlap and never cross a sentence.
*/
#include "dates_internal.h"

#include "../text/text_internal.h"

#include <string.h>

/* The first token from i on (before the sentence limit) where an expression
** may start, or the limit: eight tokens' flags at a time, as nine in ten
** start nothing. */
static uint32_t next_start(const dt_scan *s, uint32_t i) {
  uint64_t starts;
  memset(&starts, DT_T_START, sizeof starts);
  while (i + 8 <= s->lim) {
    uint64_t f;
    memcpy(&f, s->tflags + i, 8);
    if (f & starts) break;
    i += 8;
  }
  while (i < s->lim && !(s->tflags[i] & DT_T_START)) i++;
  return i;
}

/* Bytes and characters of a trailing possessive to leave out of the span:
** "Monday's" -> "Monday", "year’s" -> "year", "years'" -> "years". */
static void possessive_tail(const news_doc *d, uint32_t k, uint32_t *nbyte, uint32_t *nchr) {
  const news_token *t = &d->tok[k];
  const unsigned char *b = (const unsigned char *)d->text + t->byte;
  uint32_t n = t->nbyte;
  *nbyte = *nchr = 0;
  if (n >= 3 && b[n - 1] == 's' && b[n - 2] == '\'')
    *nbyte = 2, *nchr = 2;
  else if (n >= 5 && b[n - 1] == 's' && b[n - 2] == 0x99 && b[n - 3] == 0x80 && b[n - 4] == 0xE2)
    *nbyte = 4, *nchr = 2; /* ’s */
  else if (n >= 3 && b[n - 1] == '\'' && b[n - 2] == 's')
    *nbyte = 1, *nchr = 1;
  else if (n >= 5 && b[n - 1] == 0x99 && b[n - 2] == 0x80 && b[n - 3] == 0xE2 && b[n - 4] == 's')
    *nbyte = 3, *nchr = 1;
}

/* The tense that directs an expression: the clause's cue, except that a
** deadline preposition right before it looks ahead ("by Monday", "until
** mid-November"). */
static int tense_of(const dt_scan *s, const dt_expr *e) {
  const news_doc *d = s->doc;
  if (e->kind == DT_K_POINT && e->tok > 0) {
    uint32_t p = e->tok - 1;
    int by = dt_tok_is(d, p, "by");
    int until = dt_tok_is(d, p, "until") || dt_tok_is(d, p, "till");
    /* "Until Thursday, they had not...", "not until Tuesday": a topic, not a deadline */
    if (until && (p == 0 || (d->tok[p].flags & NEWS_F_SENT_START) || dt_tok_is(d, p - 1, "up") ||
                  dt_tok_is(d, p - 1, "not") || dt_tok_is(d, p - 1, ",")))
      until = 0;
    if ((by || until) && e->pt.base == DT_B_YEARLESS) return NEWS_TENSE_FUTURE;
    if (by && e->pt.base == DT_B_WEEKDAY) { /* "had filed reports by Wednesday" stays past */
      int t = dt_tense(s, e->tok, e->ntok);
      return t == NEWS_TENSE_PAST ? t : NEWS_TENSE_FUTURE;
    }
    if (until && e->pt.base == DT_B_WEEKDAY) { /* "extended its deadline until Tuesday" */
      return NEWS_TENSE_FUTURE;
    }
  }
  return dt_tense(s, e->tok, e->ntok);
}

int news_dates_find(const news_doc *doc, const news_ymd *anchor, news_timex **out, size_t *n) {
  *out = NULL;
  *n = 0;
  if (anchor && !news_ymd_valid(*anchor)) return NEWS_BADARG;
  const dt_lexicon *lx = dt_lexicon_get(doc->engine);
  if (!lx) return NEWS_NOMEM;
  dt_scan s;
  int rc = dt_scan_init(&s, doc, lx);
  if (rc != NEWS_OK) return rc;
  dt_context cx;
  memset(&cx, 0, sizeof cx);
  if (anchor) {
    cx.has_anchor = 1;
    cx.anchor = news_ymd_to_days(*anchor);
  }
  news_timex *tx = NULL;
  size_t cap = 0, count = 0;
  for (size_t si = 0; si < doc->nsent && rc == NEWS_OK; si++) {
    const news_sentence *st = &doc->sent[si];
    s.lim = st->tok + st->ntok;
    for (uint32_t i = next_start(&s, st->tok); i < s.lim; i = next_start(&s, i + 1)) {
      dt_expr e;
      uint32_t m = dt_match(&s, i, &e);
      if (!m) continue;
      if (e.kind == 0) { /* a stop phrase: skip its words */
        i += m - 1;
        continue;
      }
      if ((rc = news_grow(doc->engine, (void **)&tx, &cap, count + 1, sizeof *tx)) != NEWS_OK)
        break;
      news_timex *t = &tx[count++];
      memset(t, 0, sizeof *t);
      e.tok = i;
      e.ntok = m;
      /* "next Tuesday and Wednesday", "on Monday or Tuesday": the second day
      ** follows the first */
      if (e.kind == DT_K_POINT && e.pt.base == DT_B_WEEKDAY && e.pt.dir == DT_DIR_TENSE &&
          cx.has_prev_day && cx.prev_end + 1 == i &&
          (dt_tok_is(doc, i - 1, "and") || dt_tok_is(doc, i - 1, "or") ||
           (doc->tok[i - 1].kind == NEWS_TOK_DASH &&
            !(doc->tok[i - 1].flags & NEWS_F_SPACE_BEFORE))))
        e.pt.dir = DT_DIR_AFTER_PREV;
      uint32_t last = i + m - 1, cut_b, cut_c;
      possessive_tail(doc, last, &cut_b, &cut_c);
      t->tok = i;
      t->ntok = m;
      t->byte = doc->tok[i].byte;
      t->nbyte = news_tok_end(doc, last) - cut_b - t->byte;
      t->chr = doc->tok[i].chr;
      t->nchr = news_tok_chr_end(doc, last) - cut_c - t->chr;
      dt_resolve(&cx, &e, tense_of(&s, &e), t);
      i += m - 1;
    }
  }
  dt_scan_free(&s);
  if (rc != NEWS_OK) {
    news_engine_mfree(doc->engine, tx);
    return rc;
  }
  *out = tx;
  *n = count;
  return NEWS_OK;
}

void news_dates_free(news_engine *eng, news_timex *tx) {
  if (tx) news_engine_mfree(eng, tx);
}

long news_dates_at_token(const news_timex *tx, size_t n, uint32_t tok) {
  size_t lo = 0, hi = n;
  while (lo < hi) { /* the first expression ending after tok */
    size_t mid = lo + (hi - lo) / 2;
    if (tx[mid].tok + tx[mid].ntok <= tok)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < n && tx[lo].tok <= tok) return (long)lo;
  return -1;
}

/* A token that ends the reporting clause: the reported one starts after it. */
static int clause_end(const news_doc *d, uint32_t k) {
  const news_token *t = &d->tok[k];
  return t->kind == NEWS_TOK_QUOTE_OPEN || t->kind == NEWS_TOK_QUOTE_CLOSE ||
         t->kind == NEWS_TOK_QUOTE_AMBIG || dt_tok_is(d, k, "that") || dt_tok_is(d, k, ":") ||
         dt_tok_is(d, k, ";") || dt_tok_is(d, k, "if") || dt_tok_is(d, k, "whether");
}

/* Token k is a word that may stand between a reporting verb and its date. */
static int said_gap(const dt_lexicon *lx, const news_doc *d, uint32_t k) {
  const news_token *t = &d->tok[k];
  uint32_t r = dt_word_record(lx, t->hash, d->fold + t->fold, t->nfold);
  return (lx->rec[r].one & DT_BIT(DW_SAID_GAP)) != 0;
}

#define SAID_ON_AFTER  8  /* "told a news conference in Tehran on Sunday" */
#define SAID_ON_BEFORE 12 /* "On Monday, the foreign ministry spokesman said" */

long news_dates_said_on(const news_doc *d, const news_timex *tx, size_t n, uint32_t verb) {
  if (verb >= d->ntok || !d->tok_sent) return -1;
  const dt_lexicon *lx = dt_lexicon_get(d->engine);
  if (!lx) return -1;
  const news_sentence *st = &d->sent[d->tok_sent[verb]];
  uint32_t end = st->tok + st->ntok;
  /* after the verb: "said on Monday", "told the ministry's news agency on Monday" */
  for (uint32_t k = verb + 1; k < end && k <= verb + SAID_ON_AFTER; k++) {
    if (clause_end(d, k)) break;
    long i = news_dates_at_token(tx, n, k);
    if (i >= 0 && tx[i].tok == k) {
      if (tx[i].type == NEWS_TIMEX_DATE || tx[i].type == NEWS_TIMEX_TIME) return i;
      break;
    }
    /* only the verb's own complements lie between: "told reporters in Seoul on";
    ** "said talks on Friday" puts the date inside the reported clause */
    const news_token *t = &d->tok[k];
    int name = t->kind == NEWS_TOK_WORD && (t->flags & NEWS_F_CAP) && k > verb + 1;
    int poss = t->kind == NEWS_TOK_WORD && t->nfold > 2 &&
               d->fold[t->fold + t->nfold - 2] == '\'' && d->fold[t->fold + t->nfold - 1] == 's';
    if (!name && !poss && !said_gap(lx, d, k) && !dt_tok_is(d, k, ",")) break;
  }
  /* before it in its clause: "Hamas on Wednesday said" */
  for (uint32_t k = verb, steps = 0; k > st->tok && steps < SAID_ON_BEFORE; steps++) {
    k--;
    if (clause_end(d, k) || dt_tok_is(d, k, ",")) break;
    long i = news_dates_at_token(tx, n, k);
    if (i >= 0) return tx[i].type == NEWS_TIMEX_DATE || tx[i].type == NEWS_TIMEX_TIME ? i : -1;
  }
  /* in a phrase fronted before the subject: "On Sunday, the ministry said",
  ** "At a parade in Tehran on Friday, the spokesman said" */
  uint32_t comma = st->tok;
  /* the fronted phrase opens with a preposition or is the date itself; "Staff
  ** vaccinated by Nov. 1 face suspension, the ministry said" fronts the
  ** reported clause instead */
  long first = news_dates_at_token(tx, n, st->tok);
  if (!said_gap(lx, d, st->tok) && first < 0) return -1;
  while (comma < verb && !dt_tok_is(d, comma, ",") && !clause_end(d, comma)) comma++;
  if (comma >= verb || !dt_tok_is(d, comma, ",")) return -1;
  for (uint32_t k = comma + 1; k < verb; k++)
    if (clause_end(d, k)) return -1;
  for (uint32_t k = st->tok; k < comma; k++) {
    long i = news_dates_at_token(tx, n, k);
    if (i >= 0 && (tx[i].type == NEWS_TIMEX_DATE || tx[i].type == NEWS_TIMEX_TIME)) return i;
  }
  return -1;
}

int news_timex_date_value(const news_timex *tx, char out[NEWS_TIMEX_VALUE_MAX]) {
  out[0] = 0;
  if ((tx->type != NEWS_TIMEX_DATE && tx->type != NEWS_TIMEX_TIME) || !tx->value[0]) return 0;
  size_t k = 0;
  int datelike = (tx->value[0] >= '0' && tx->value[0] <= '9') || tx->value[0] == 'X';
  while (k + 1 < NEWS_TIMEX_VALUE_MAX && tx->value[k] &&
         !(datelike && k >= 4 && tx->value[k] == 'T')) {
    out[k] = tx->value[k];
    k++;
  }
  out[k] = 0;
  return 1;
}

const char *news_timex_type_name(int type) {
  static const char *const names[] = {NULL, "DATE", "TIME", "DURATION", "SET"};
  return type >= 1 && type <= 4 ? names[type] : NULL;
}

const char *news_timex_mod_name(int mod) {
  static const char *const names[] = {NULL,           "START",     "MID",       "END",
                                      "APPROX",       "BEFORE",    "AFTER",     "ON_OR_BEFORE",
                                      "ON_OR_AFTER",  "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
                                      "EQUAL_OR_MORE"};
  return mod >= 1 && mod <= NEWS_MOD_EQUAL_OR_MORE ? names[mod] : NULL;
}
