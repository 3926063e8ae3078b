/*
** quotemarks.c: pairs quote marks into spans, one paragraph at a time.
**
** Typographic marks say which way they face (“ opens, ” closes); straight
** marks (" ' and the NYT's '') open or close by their neighbours: a mark after
** whitespace and glued to the next word opens, one glued to the word before
** and followed by whitespace or punctuation closes. German „…“ and reversed
** »…« also pair. Marks of one family don't nest in English, so a second
** opener of a family that is already open ends the first span there (as
** unclosed) instead of swallowing what follows; an opener left open ends at
** its paragraph end. Apostrophes never get here: the tokenizer keeps them in
** their word.
**
** Each opener pushes at most one stack entry and each entry is popped once,
** so the pass is linear whatever the marks are.
*/
#include "text_internal.h"

#include <string.h>

#define MAX_DEPTH 4

typedef struct pairer {
  news_doc *d;
  size_t *cap;
  uint32_t stack[MAX_DEPTH]; /* span indexes, innermost last */
  int depth;
} pairer;

static int is_double(const news_token *t) {
  return (t->flags & NEWS_F_DOUBLE) != 0;
}

/* Ends span `si` before token `end` (exclusive), closed by mark `close` or not. */
static void finish(pairer *p, uint32_t si, size_t end, uint32_t close) {
  news_doc *d = p->d;
  news_qspan *q = &d->qspan[si];
  size_t first = q->open + 1;
  q->close = close;
  if (close == NEWS_NONE) q->flags |= NEWS_Q_UNCLOSED;
  q->tok = (uint32_t)first;
  q->ntok = end > first ? (uint32_t)(end - first) : 0;
  if (q->ntok) {
    const news_token *a = &d->tok[first], *b = &d->tok[end - 1];
    q->byte = a->byte;
    q->nbyte = b->byte + b->nbyte - a->byte;
    q->chr = a->chr;
    q->nchr = b->chr + b->nchr - a->chr;
  } else {
    q->byte = news_tok_end(d, q->open);
    q->chr = news_tok_chr_end(d, q->open);
    q->nbyte = q->nchr = 0;
  }
}

static int push(pairer *p, size_t k, uint32_t prev) {
  news_doc *d = p->d;
  if (p->depth == MAX_DEPTH) return NEWS_OK; /* deeper nesting is noise: ignore the mark */
  if (news_grow(d->engine, (void **)&d->qspan, p->cap, d->nqspan + 1, sizeof *d->qspan))
    return NEWS_NOMEM;
  news_qspan *q = &d->qspan[d->nqspan];
  memset(q, 0, sizeof *q);
  q->open = (uint32_t)k;
  q->close = NEWS_NONE;
  q->prev = prev;
  q->depth = (uint16_t)p->depth;
  q->flags =
      (is_double(&d->tok[k]) ? NEWS_Q_DOUBLE : 0) | (prev != NEWS_NONE ? NEWS_Q_CONTINUES : 0);
  p->stack[p->depth++] = (uint32_t)d->nqspan++;
  return NEWS_OK;
}

/* Stack position of the innermost open span of the family, or -1. */
static int find_open(const pairer *p, int dbl) {
  for (int i = p->depth - 1; i >= 0; i--)
    if (((p->d->qspan[p->stack[i]].flags & NEWS_Q_DOUBLE) != 0) == dbl) return i;
  return -1;
}

/* Pops stack entries down to position `to`, ending them before token `end`. */
static void unwind(pairer *p, int to, size_t end) {
  while (p->depth > to) {
    uint32_t si = p->stack[--p->depth];
    finish(p, si, end, NEWS_NONE);
  }
}

int news_pair_quotes(news_doc *d) {
  pairer p;
  memset(&p, 0, sizeof p);
  p.d = d;
  p.cap = &news_impl(d)->cap_qspan;
  uint32_t carried = NEWS_NONE; /* outermost span the previous paragraph left open */
  for (size_t pi = 0; pi < d->npara; pi++) {
    const news_paragraph *para = &d->para[pi];
    size_t end = para->tok + para->ntok;
    for (size_t k = para->tok; k < end; k++) {
      const news_token *t = &d->tok[k];
      if (t->kind < NEWS_TOK_QUOTE_OPEN || t->kind > NEWS_TOK_QUOTE_AMBIG) continue;
      int dbl = is_double(t);
      int space_before =
          (t->flags & NEWS_F_SPACE_BEFORE) || k == para->tok ||
          (d->tok[k - 1].kind == NEWS_TOK_PUNCT && (d->tok[k - 1].flags & NEWS_F_BRACKET_OPEN)) ||
          d->tok[k - 1].kind == NEWS_TOK_DASH;
      int space_after =
          (t->flags & NEWS_F_SPACE_AFTER) || k + 1 == end || d->tok[k + 1].kind == NEWS_TOK_PUNCT;
      int left = space_before && !space_after;  /* looks like an opener */
      int right = space_after && !space_before; /* looks like a closer */
      int open_at = find_open(&p, dbl);
      int close = 0, open = 0;
      switch (t->kind) {
      case NEWS_TOK_QUOTE_OPEN:
        /* “ glued to the word before closes: German „…“, reversed »…« */
        if (open_at >= 0 && !(t->flags & NEWS_F_LOW) && right)
          close = 1;
        else
          open = 1;
        break;
      case NEWS_TOK_QUOTE_CLOSE:
        if (open_at >= 0)
          close = 1;
        else if (dbl && left) /* »reversed« and Swedish ”…” */
          open = 1;
        break;
      default: /* straight marks */
        if (dbl) {
          if (right)
            close = open_at >= 0;
          else if (left)
            open = 1;
          else if (open_at >= 0)
            close = 1;
          else
            open = 1;
        } else { /* a lone ' is an opener only before a word, a closer only of an open ' */
          if (open_at >= 0 && !left)
            close = 1;
          else if (left && k + 1 < end && (d->tok[k + 1].kind == NEWS_TOK_WORD))
            open = 1;
        }
        break;
      }
      if (close) {
        uint32_t si = p.stack[open_at];
        unwind(&p, open_at + 1, k);
        p.depth--;
        finish(&p, si, k, (uint32_t)k);
        continue;
      }
      if (!open) continue;
      if (open_at >= 0) unwind(&p, open_at, k); /* the same family, still open: it never closed */
      uint32_t prev = NEWS_NONE;
      if (k == para->tok && carried != NEWS_NONE &&
          ((d->qspan[carried].flags & NEWS_Q_DOUBLE) != 0) == dbl)
        prev = carried;
      if (push(&p, k, prev)) return NEWS_NOMEM;
    }
    /* The paragraph ends every span still open; the outermost may continue. */
    carried = p.depth > 0 ? p.stack[0] : NEWS_NONE;
    unwind(&p, 0, end);
  }
  return NEWS_OK;
}
