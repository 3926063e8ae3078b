/*
** stem.c: cheap lemmatisation, so that "negotiated", "negotiating" and
** "negotiate" hit one lexicon entry, and "privatisation" meets "privatization".
**
** Not a linguistic lemmatiser: a stem only has to be the same for the forms
** of one word, on both sides (lexicon phrases and target words are stemmed by
** this same function as the text). Steps, on the folded word:
**   1. drop a possessive 's or ';
**   2. irregular forms and derivations from a table (said -> say, held ->
**      hold, extension -> extend), which are final apart from step 5;
**   3. British spellings to one form (programme, -isation, -ise, -our, -tre);
**   4. one inflectional suffix from a table (-ies, -ied, -ing, -ed, -es, -s),
**      undoubling a final consonant left behind (stopped -> stop);
**   5. a final silent e (negotiate and negotiated both give "negotiat").
** Constant time per word; no allocation.
*/
#include "stance_internal.h"

#include <string.h>

uint32_t stance_stem_hash(const char *stem, size_t n) {
  return news_hash(stem, n) ^ STEM_SALT;
}

static int ends(const char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n >= k && memcmp(w + n - k, suf, k) == 0;
}

static int is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Spelling variants: the ending on the left is rewritten to the one on the
** right when at least `keep` bytes stay in front of it. */
static const struct spelling {
  const char *from, *to;
  size_t keep;
} spellings[] = {
    {"programmes", "programs", 0},
    {"programme", "program", 0},
    {"isations", "izations", 3},
    {"isation", "ization", 3},
    {"ising", "izing", 3},
    {"ised", "ized", 3},
    {"ises", "izes", 3},
    {"ise", "ize", 3},
    {"ourings", "orings", 3},
    {"ouring", "oring", 3},
    {"oured", "ored", 3},
    {"ours", "ors", 3},
    {"our", "or", 3},
    {"tres", "ters", 3},
    {"tre", "ter", 3},
    {"ogues", "ogs", 3},
    {"ogue", "og", 3},
    {"ences", "ens", 4},
    {"ence", "ens", 4},
    {"ense", "ens", 4},
};

static size_t respell(char *w, size_t n) {
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
    const struct spelling *s = &spellings[i];
    size_t kf = strlen(s->from), kt = strlen(s->to);
    if (n >= kf + s->keep && ends(w, n, s->from) && n - kf + kt < STEM_MAX) {
      memcpy(w + n - kf, s->to, kt);
      return n - kf + kt;
    }
  }
  return n;
}

/* After a suffix came off: "stopp" -> "stop", "cancell" -> "cancel", but
** "call" (from "called") keeps its ll, and "discuss", "buzz" stay. */
static size_t undouble(char *w, size_t n) {
  if (n < 3 || w[n - 1] != w[n - 2] || is_vowel(w[n - 1])) return n;
  char c = w[n - 1];
  if (c == 's' || c == 'z') return n;
  if (c == 'l' && n < 6) return n;
  return n - 1;
}

static size_t drop_e(char *w, size_t n) {
  if (n >= 4 && w[n - 1] == 'e' && w[n - 2] != 'e') return n - 1;
  return n;
}

static size_t strip_suffix(char *w, size_t n) {
  if (n > 4 && ends(w, n, "ies")) {
    w[n - 3] = 'y';
    return n - 2;
  }
  if (n > 4 && ends(w, n, "ied")) {
    w[n - 3] = 'y';
    return n - 2;
  }
  if (n >= 6 && ends(w, n, "ing")) return undouble(w, n - 3);
  if (n >= 5 && ends(w, n, "ed")) return undouble(w, n - 2);
  if (n >= 5 && (ends(w, n, "ses") || ends(w, n, "xes") || ends(w, n, "zes") ||
                 ends(w, n, "ches") || ends(w, n, "shes")))
    return n - 2;
  if (n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
      w[n - 2] != '\'')
    return n - 1;
  return n;
}

size_t stance_stem(const stance_lex *lx, const char *fold, size_t n, char *out) {
  if (n >= STEM_MAX) n = STEM_MAX - 1;
  memcpy(out, fold, n);
  if (n > 2 && ends(out, n, "'s"))
    n -= 2;
  else if (n > 2 && out[n - 1] == '\'')
    n -= 1;
  if (lx && lx->irregular) {
    const stance_irregular *irr = news_lexicon_word(lx->irregular, out, n);
    if (irr) {
      size_t k = strlen(irr->base);
      if (k >= STEM_MAX) k = STEM_MAX - 1;
      memcpy(out, irr->base, k);
      return drop_e(out, k);
    }
  }
  n = respell(out, n);
  n = strip_suffix(out, n);
  return drop_e(out, n);
}
