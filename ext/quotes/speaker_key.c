/*
** speaker_key.c: news_speaker_key, one key for the spellings of one name.
**
** The name is tokenized like article text; leading titles and roles
** ("Brig.-Gen.", "Foreign Minister") and determiners are dropped, so is a
** possessive 's; every remaining word is folded (case, accents), looked up
** in the transliteration table (lex_translit.c: "Mohammed" -> "muhammad")
** and then put through a few rules that merge what romanisation varies
** without merging different names: doubled consonants collapse ("Jazzayeri"
** / "Jazayeri"), an initial "gh" is "q" ("Ghasemi" / "Qassemi"), "ph" is
** "f", and a final "-i", "-iy", "-yy" is "-y". Hyphens become
** spaces. Words are joined by one space.
*/
#include "quotes_internal.h"

#include <string.h>

#define WORD_MAX 256

/* Normalises one folded word into out (room for n + 1 bytes); returns its length. */
size_t qx_norm_word(const qx_lex *lx, const char *w, size_t n, char *out) {
  const qx_translit *tr = news_lexicon_word(lx->translit, w, n);
  if (tr) {
    w = tr->canon;
    n = strlen(w);
  }
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    char c = w[i];
    if (i == 0 && c == 'g' && n > 2 && w[1] == 'h') { /* Ghasemi -> qasemi */
      out[o++] = 'q';
      i++;
      continue;
    }
    if (c == 'p' && i + 1 < n && w[i + 1] == 'h') { /* Mustapha -> mustafa */
      c = 'f';
      i++;
    } else if (c == '\'') {
      continue;
    }
    /* doubled consonants ("Jazzayeri", "Qassemi"); doubled vowels stay:
     ** "Lee" and "Le" are different names */
    if (o > 0 && out[o - 1] == c && c >= 'a' && c <= 'z' && !strchr("aeiou", c)) continue;
    out[o++] = c;
  }
  /* Zelenskiy / Zelenskii / Zelenskyy / Zelensky: a final -i, -iy is -y */
  if (o >= 3 && out[o - 1] == 'y' && out[o - 2] == 'i') {
    out[o - 2] = 'y';
    o--;
  } else if (o >= 4 && out[o - 1] == 'i') {
    out[o - 1] = 'y';
  }
  return o;
}

int news_speaker_key(news_engine *eng, const char *name, size_t len, char **out, size_t *nout) {
  *out = NULL;
  *nout = 0;
  const qx_lex *lx = qx_lex_get(eng);
  if (!lx) return NEWS_NOMEM;
  news_doc *d = NULL;
  int rc = news_doc_parse(eng, name, len, &d);
  if (rc != NEWS_OK) return rc;
  /* a canonical spelling may be a little longer than the variant */
  char *key = news_engine_malloc(eng, d->nfold + d->ntok * 16 + 1);
  if (!key) {
    news_doc_free(d);
    return NEWS_NOMEM;
  }
  /* where the name starts: after determiners, titles and role words that
  ** still leave a capitalised word */
  size_t start = 0;
  for (size_t i = 0; i < d->ntok;) {
    size_t n;
    const qx_word *w = news_lexicon_match(lx->words, d, i, &n);
    if (w && (w->cls & (QW_DET | QW_POSS)) && i + 1 < d->ntok) {
      i += n;
      start = i;
      continue;
    }
    const qx_person_word *p = news_lexicon_match(lx->persons, d, i, &n);
    if (p && (p->cls == QP_TITLE || p->cls == QP_ROLE)) {
      int rest = 0;
      for (size_t k = i + n; k < d->ntok; k++)
        if (d->tok[k].kind == NEWS_TOK_WORD && (d->tok[k].flags & NEWS_F_CAP)) rest = 1;
      if (rest) {
        i += n;
        start = i;
        continue;
      }
    }
    i++;
  }
  size_t o = 0;
  char word[WORD_MAX + 1];
  for (size_t i = start; i < d->ntok; i++) {
    const news_token *t = &d->tok[i];
    if (t->kind != NEWS_TOK_WORD && t->kind != NEWS_TOK_NUMBER) continue;
    const char *f = d->fold + t->fold;
    size_t n = t->nfold;
    if (n > 2 && f[n - 2] == '\'' && f[n - 1] == 's') n -= 2; /* Zarif's */
    if (n > 0 && f[n - 1] == '.') n--;                        /* initials: M. */
    if (n == 0) continue;
    if (n > WORD_MAX) n = WORD_MAX;
    size_t m = qx_norm_word(lx, f, n, word);
    if (o) key[o++] = ' ';
    memcpy(key + o, word, m);
    o += m;
  }
  key[o] = 0;
  news_doc_free(d);
  *out = key;
  *nout = o;
  return NEWS_OK;
}
