/*
** sentences.c: sentence and paragraph boundaries over the token array.
**
** A sentence ends at . ! ? … (and runs of them) when the next token clearly
** starts a new one: it follows whitespace and is a capitalised word, a number,
** an opening quote mark or bracket. Closing quote marks and brackets right
** after the terminal stay with the sentence they close ("… table.” He said").
** An abbreviation that keeps its period (tokenize.c) ends a sentence only when
** a typical sentence opener follows ("in the U.S. The talks" but not "the U.S.
** Embassy"); a title ("Sen.", "Brig.-Gen.") never does. A paragraph always
** ends its last sentence.
*/
#include "text_internal.h"

#include <string.h>

static int is_terminal(const news_doc *d, size_t k) {
  const news_token *t = &d->tok[k];
  if (t->kind != NEWS_TOK_PUNCT || t->nfold == 0) return 0;
  char c = d->fold[t->fold];
  return c == '.' || c == '!' || c == '?';
}

/* Closing quote marks and brackets that belong to the sentence before them. */
static int closes_sentence(const news_token *t) {
  if (t->kind == NEWS_TOK_QUOTE_CLOSE) return 1;
  if (t->kind == NEWS_TOK_QUOTE_AMBIG) return !(t->flags & NEWS_F_SPACE_BEFORE);
  return (t->flags & NEWS_F_BRACKET_CLOSE) && !(t->flags & NEWS_F_SPACE_BEFORE);
}

static int opens_sentence(const news_doc *d, const news_text_words *w, size_t k, int weak) {
  const news_token *t = &d->tok[k];
  int glued = !(t->flags & NEWS_F_SPACE_BEFORE);
  int opener = t->kind == NEWS_TOK_QUOTE_OPEN || t->kind == NEWS_TOK_QUOTE_AMBIG;
  if (glued && !opener) return 0;
  if (weak) /* after an abbreviation: only a typical sentence opener counts */
    return opener || ((t->flags & NEWS_F_CAP) && t->kind == NEWS_TOK_WORD &&
                      news_is_sentence_starter(w, d->fold + t->fold, t->nfold, t->hash));
  switch (t->kind) {
  case NEWS_TOK_WORD:
    return (t->flags & NEWS_F_CAP) != 0;
  case NEWS_TOK_NUMBER:
  case NEWS_TOK_QUOTE_OPEN:
  case NEWS_TOK_QUOTE_AMBIG:
  case NEWS_TOK_SYMBOL:
    return 1;
  case NEWS_TOK_PUNCT:
    return (t->flags & NEWS_F_BRACKET_OPEN) != 0;
  default:
    return 0;
  }
}

static int add_sentence(news_doc *d, size_t *cap, size_t first, size_t end, uint32_t para) {
  if (end <= first) return NEWS_OK;
  if (news_grow(d->engine, (void **)&d->sent, cap, d->nsent + 1, sizeof *d->sent))
    return NEWS_NOMEM;
  news_sentence *s = &d->sent[d->nsent];
  const news_token *a = &d->tok[first], *b = &d->tok[end - 1];
  s->tok = (uint32_t)first;
  s->ntok = (uint32_t)(end - first);
  s->byte = a->byte;
  s->nbyte = b->byte + b->nbyte - a->byte;
  s->chr = a->chr;
  s->nchr = b->chr + b->nchr - a->chr;
  s->paragraph = para;
  d->tok[first].flags |= NEWS_F_SENT_START;
  for (size_t k = first; k < end; k++) d->tok_sent[k] = (uint32_t)d->nsent;
  d->nsent++;
  return NEWS_OK;
}

static int add_paragraph(news_doc *d, size_t *cap, size_t first, size_t end, size_t sent0) {
  if (end <= first) return NEWS_OK;
  if (news_grow(d->engine, (void **)&d->para, cap, d->npara + 1, sizeof *d->para))
    return NEWS_NOMEM;
  news_paragraph *p = &d->para[d->npara++];
  p->tok = (uint32_t)first;
  p->ntok = (uint32_t)(end - first);
  p->sent = (uint32_t)sent0;
  p->nsent = (uint32_t)(d->nsent - sent0);
  return NEWS_OK;
}

int news_split_sentences(news_doc *d, const news_text_words *w) {
  news_doc_impl *impl = news_impl(d);
  size_t *cap_sent = &impl->cap_sent, *cap_para = &impl->cap_para;
  if (d->ntok == 0) return NEWS_OK;
  if (news_grow(d->engine, (void **)&d->tok_sent, &impl->cap_tok_sent, d->ntok,
                sizeof *d->tok_sent))
    return NEWS_NOMEM;
  size_t sent_first = 0, para_first = 0, para_sent0 = 0;
  for (size_t k = 0; k < d->ntok; k++) {
    if (k > 0 && (d->tok[k].flags & NEWS_F_PARA_START)) {
      if (add_sentence(d, cap_sent, sent_first, k, (uint32_t)d->npara) ||
          add_paragraph(d, cap_para, para_first, k, para_sent0))
        return NEWS_NOMEM;
      sent_first = para_first = k;
      para_sent0 = d->nsent;
    }
    const news_token *t = &d->tok[k];
    int weak = 0;
    if (!is_terminal(d, k)) {
      if (!(t->flags & NEWS_F_ABBR) || t->abbr == NEWS_ABBR_TITLE || t->abbr == NEWS_ABBR_NUMBER)
        continue;
      weak = 1;
    }
    size_t e = k + 1;
    while (e < d->ntok && !(d->tok[e].flags & NEWS_F_PARA_START) && closes_sentence(&d->tok[e]))
      e++;
    if (e >= d->ntok || (d->tok[e].flags & NEWS_F_PARA_START)) {
      k = e - 1; /* the paragraph's end closes it */
      continue;
    }
    if (!opens_sentence(d, w, e, weak)) continue;
    if (add_sentence(d, cap_sent, sent_first, e, (uint32_t)d->npara)) return NEWS_NOMEM;
    sent_first = e;
    k = e - 1;
  }
  if (add_sentence(d, cap_sent, sent_first, d->ntok, (uint32_t)d->npara) ||
      add_paragraph(d, cap_para, para_first, d->ntok, para_sent0))
    return NEWS_NOMEM;
  return NEWS_OK;
}
