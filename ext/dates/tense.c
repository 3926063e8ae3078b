/*
** tense.c: the tense of the clause around an expression, from cheap cues:
** past forms ("said", "was", "-ed" verbs) against future markers ("will",
** "'ll", "is due to", "scheduled", "next"). The nearest cue wins, looking back
** first; the look-around is bounded and never leaves the sentence, so the
** cost per expression is constant.
*/
#include "dates_internal.h"

#include <string.h>

#define LOOK_BACK    12
#define LOOK_FORWARD 10

/* A regular past form: a lower-case word in -ed ("announced", "rejected"),
** not -eed ("need", "proceed"). Names ("Ahmed") are capitalised. */
static int be_before(const news_doc *d, uint32_t k);

/* A passive or adjective after "be" takes its tense from the auxiliary ("will
** be held", "would be redeemed", "is heard"): such a participle is no cue. */
static int regular_past(const news_doc *d, uint32_t k) {
  const news_token *t = &d->tok[k];
  const char *f = d->fold + t->fold;
  if (t->kind != NEWS_TOK_WORD || (t->flags & NEWS_F_CAP) || t->nfold < 5) return 0;
  if (f[t->nfold - 2] != 'e' || f[t->nfold - 1] != 'd' || f[t->nfold - 3] == 'e') return 0;
  if (be_before(d, k)) return 0;
  return 1;
}

static int be_before(const news_doc *d, uint32_t k) {
  return k > 0 && (dt_tok_is(d, k - 1, "be") || dt_tok_is(d, k - 1, "been") ||
                   dt_tok_is(d, k - 1, "being") || dt_tok_is(d, k - 1, "is") ||
                   dt_tok_is(d, k - 1, "are") || dt_tok_is(d, k - 1, "am"));
}

/* The cue at token k, or NEWS_TENSE_NONE. */
static int cue_at(const dt_scan *s, uint32_t k) {
  uint32_t n;
  const dt_word *w = (s->tflags[k] & DT_T_TENSE) ? dt_lex(s, k, DW_TENSE, &n) : NULL;
  if (w && w->val == NEWS_TENSE_PAST && be_before(s->doc, k))
    return NEWS_TENSE_NONE; /* "is held" */
  if (w) return w->val;
  if (regular_past(s->doc, k)) return NEWS_TENSE_PAST;
  return NEWS_TENSE_NONE;
}

/* A clause boundary inside a sentence: a comma, semicolon, colon, dash or
** quote mark. */
static int boundary(const news_doc *d, uint32_t k) {
  const news_token *t = &d->tok[k];
  if (t->kind == NEWS_TOK_QUOTE_OPEN || t->kind == NEWS_TOK_QUOTE_CLOSE ||
      t->kind == NEWS_TOK_QUOTE_AMBIG)
    return 1;
  if (t->kind == NEWS_TOK_DASH) return (t->flags & NEWS_F_SPACE_BEFORE) != 0;
  return t->kind == NEWS_TOK_PUNCT &&
         (dt_tok_is(d, k, ",") || dt_tok_is(d, k, ";") || dt_tok_is(d, k, ":"));
}

/*
** The clause the expression sits in speaks first: a cue before it, back to
** the clause start ("The envoy, who will land in Oslo on Friday,
** said" is future). Then the nearest cue after it in the sentence ("On
** Monday, the minister said"), then any cue before it in the sentence.
*/
int dt_tense(const dt_scan *scan, uint32_t tok, uint32_t ntok) {
  const news_doc *d = scan->doc;
  if (tok >= d->ntok || !d->tok_sent) return NEWS_TENSE_NONE;
  const news_sentence *st = &d->sent[d->tok_sent[tok]];
  dt_scan s = *scan;
  s.lim = st->tok + st->ntok;
  int outer = NEWS_TENSE_NONE, in_clause = 1;
  for (uint32_t k = tok, steps = 0; k > st->tok && steps < LOOK_BACK; steps++) {
    k--;
    if (boundary(d, k)) {
      in_clause = 0;
      continue;
    }
    int c = cue_at(&s, k);
    if (c) {
      if (in_clause) return c;
      outer = c;
      break;
    }
  }
  for (uint32_t k = tok + ntok, steps = 0; k < s.lim && steps < LOOK_FORWARD; k++, steps++) {
    int c = cue_at(&s, k);
    if (c) return c;
  }
  return outer;
}
