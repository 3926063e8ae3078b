/*
** tokenize.c: one pass over the UTF-8 bytes that yields tokens (with byte
** offset, SQLite character position, class, capitalisation flags, folded form
** and its hash) and marks paragraph starts.
**
** ASCII goes through a table; anything else through utf8proc, one SQLite
** character at a time, so invalid UTF-8 is a character of its own (U+FFFD)
** exactly where SQLite's substr() sees one.
**
** Paragraphs: a blank line always separates paragraphs. A single line break
** does too (scraped text puts one between paragraphs), unless it looks like a
** hard wrap: the line before ends in a word or comma and the next line starts
** with a lower-case word.
*/
#include "text_internal.h"

#include <string.h>

#define MAX_TOKEN_CHARS 1024 /* longer runs (URLs, garbage) are cut into pieces */

int news_grow(news_engine *eng, void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return NEWS_OK;
  size_t n = *cap ? *cap : 16;
  while (n < need) n += n / 2 + 16;
  if (n > SIZE_MAX / elem) return NEWS_NOMEM;
  void *q = news_engine_realloc(eng, *p, n * elem);
  if (!q) return NEWS_NOMEM;
  *p = q;
  *cap = n;
  return NEWS_OK;
}

typedef struct tokenizer {
  news_doc *d;
  const news_text_words *words;
  const unsigned char *s;
  size_t len;
  size_t i;   /* current byte */
  size_t chr; /* characters before byte i */
  size_t cap_tok, cap_fold;
  uint16_t pending; /* flags for the next token */
  int newlines;     /* line breaks in the current whitespace run */
} tokenizer;

static int is_word_class(enum news_cc cc) {
  return cc == CC_LETTER || cc == CC_DIGIT || cc == CC_MARK;
}

/* Class of the character at byte j (CC_SPACE past the end). */
static enum news_cc class_at(const tokenizer *t, size_t j, news_char *c, int *upper) {
  if (j >= t->len) {
    *upper = 0;
    c->cp = 0;
    c->nb = 0;
    c->invalid = 0;
    return CC_SPACE;
  }
  news_next_char(t->s, t->len, j, c);
  return news_cp_class(c->cp, upper);
}

static int ensure_fold(tokenizer *t, size_t extra) {
  return news_grow(t->d->engine, (void **)&t->d->fold, &t->cap_fold, t->d->nfold + extra, 1);
}

/* Appends the folded form of one character to the fold buffer. */
static int fold_char(tokenizer *t, int32_t cp) {
  if (cp < 0x80) {
    if (ensure_fold(t, 1)) return NEWS_NOMEM;
    t->d->fold[t->d->nfold++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    return NEWS_OK;
  }
  if (ensure_fold(t, NEWS_FOLD_CP_MAX)) return NEWS_NOMEM;
  t->d->nfold += news_fold_cp(cp, t->d->fold + t->d->nfold);
  return NEWS_OK;
}

static int fold_literal(tokenizer *t, const char *s, size_t n) {
  if (ensure_fold(t, n)) return NEWS_NOMEM;
  memcpy(t->d->fold + t->d->nfold, s, n);
  t->d->nfold += n;
  return NEWS_OK;
}

/* Opens a token at the current position; its folded form follows in the buffer. */
static news_token *begin_token(tokenizer *t, uint8_t kind) {
  news_doc *d = t->d;
  if (news_grow(d->engine, (void **)&d->tok, &t->cap_tok, d->ntok + 1, sizeof *d->tok)) return NULL;
  news_token *k = &d->tok[d->ntok];
  memset(k, 0, sizeof *k);
  k->byte = (uint32_t)t->i;
  k->chr = (uint32_t)t->chr;
  k->fold = (uint32_t)d->nfold;
  k->kind = kind;
  k->flags = t->pending;
  if ((t->pending & NEWS_F_SPACE_BEFORE) && d->ntok > 0)
    d->tok[d->ntok - 1].flags |= NEWS_F_SPACE_AFTER;
  t->pending = 0;
  return k;
}

/* Closes the token opened last at byte `end`, after `nchr` characters. */
static void end_token(tokenizer *t, size_t end, size_t nchr) {
  news_doc *d = t->d;
  news_token *k = &d->tok[d->ntok];
  k->nbyte = (uint32_t)(end - k->byte);
  k->nchr = (uint16_t)nchr;
  k->nfold = (uint32_t)(d->nfold - k->fold);
  k->hash = news_hash(d->fold + k->fold, k->nfold);
  d->ntok++;
  t->i = end;
  t->chr += nchr;
}

/* Decides whether the line break(s) before the token about to start open a
** new paragraph. `lower_word` says the token is a word starting in lower case. */
static void mark_line_break(tokenizer *t, int lower_word) {
  if (t->newlines == 0) return;
  t->pending |= NEWS_F_NEWLINE_BEFORE;
  int para = 1;
  if (t->newlines == 1 && lower_word && t->d->ntok > 0) {
    const news_token *p = &t->d->tok[t->d->ntok - 1];
    const char *pf = t->d->fold + p->fold;
    if (p->kind == NEWS_TOK_WORD || p->kind == NEWS_TOK_NUMBER ||
        (p->kind == NEWS_TOK_PUNCT && p->nfold == 1 && pf[0] == ','))
      para = 0; /* a hard-wrapped line, not a new paragraph */
  }
  if (para) t->pending |= NEWS_F_PARA_START;
  t->newlines = 0;
}

/* A word: letters, digits, marks, apostrophes between letters, one-letter
** acronym segments (U.S., a.m.), and an abbreviation's period. */
static int scan_word(tokenizer *t, int number) {
  news_token *k = begin_token(t, number ? NEWS_TOK_NUMBER : NEWS_TOK_WORD);
  if (!k) return NEWS_NOMEM;
  size_t j = t->i, nchr = 0;
  int nletters = 0, nupper = 0, first_upper = -1, seg = 0, periods = 0;
  uint16_t flags = 0;
  news_char c;
  int upper;
  while (j < t->len && nchr < MAX_TOKEN_CHARS) {
    enum news_cc cc = class_at(t, j, &c, &upper);
    if (cc == CC_LETTER || cc == CC_MARK || cc == CC_DIGIT) {
      if (cc == CC_LETTER) {
        nletters++;
        nupper += upper;
        if (first_upper < 0) first_upper = upper;
        flags |= NEWS_F_ALPHA;
      } else if (cc == CC_DIGIT) {
        flags |= NEWS_F_DIGIT;
      }
      if (c.invalid) flags |= NEWS_F_INVALID;
      if (fold_char(t, c.cp)) return NEWS_NOMEM;
      j += c.nb;
      nchr++;
      seg++;
      continue;
    }
    news_char c2;
    int up2;
    enum news_cc next = class_at(t, j + c.nb, &c2, &up2);
    if (cc == CC_APOS && nchr > 0 && next == CC_LETTER) { /* Iran’s, don't */
      if (fold_char(t, '\'')) return NEWS_NOMEM;
      j += c.nb;
      nchr++;
      seg = 0;
      continue;
    }
    if (cc == CC_FORMAT && nchr > 0 && is_word_class(next)) { /* soft hyphen, ZWJ */
      j += c.nb;
      nchr++;
      continue;
    }
    if (number && (c.cp == ',' || c.cp == '.' || c.cp == ':') && next == CC_DIGIT &&
        !(flags & NEWS_F_ALPHA)) { /* 1,000.5 and 15:30 */
      if (fold_char(t, c.cp)) return NEWS_NOMEM;
      j += c.nb;
      nchr++;
      continue;
    }
    if (!number && c.cp == '.' && seg == 1 && next == CC_LETTER && j + c.nb + c2.nb < t->len &&
        t->s[j + c.nb + c2.nb] == '.') { /* U.S., a.m. */
      if (fold_char(t, '.')) return NEWS_NOMEM;
      j += c.nb;
      nchr++;
      seg = 0;
      periods++;
      continue;
    }
    break;
  }
  if (!number && j < t->len && t->s[j] == '.' && nchr < MAX_TOKEN_CHARS) {
    /* Does the word keep its period? */
    int cap = first_upper == 1;
    enum news_abbr_class cls = NEWS_ABBR_NONE;
    if (periods > 0) {
      cls = NEWS_ABBR_GENERIC;
    } else if (nchr == 1 && nletters == 1 && cap) {
      cls = NEWS_ABBR_INITIAL;
    } else if (!(flags & NEWS_F_DIGIT)) {
      const char *f = t->d->fold + k->fold;
      size_t nf = t->d->nfold - k->fold;
      cls = news_abbr_lookup(t->words, f, nf, news_hash(f, nf), cap);
      if (cls == NEWS_ABBR_NUMBER) { /* only before a number: "No. 10" */
        size_t q = j + 1;
        while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t')) q++;
        if (q >= t->len || t->s[q] < '0' || t->s[q] > '9') cls = NEWS_ABBR_NONE;
      }
    }
    if (cls != NEWS_ABBR_NONE) {
      if (fold_char(t, '.')) return NEWS_NOMEM;
      j++;
      nchr++;
      flags |= NEWS_F_ABBR;
      k = &t->d->tok[t->d->ntok];
      k->abbr = (uint8_t)cls;
    }
  }
  k = &t->d->tok[t->d->ntok];
  if (first_upper == 1) flags |= NEWS_F_CAP;
  if (nletters >= 2 && nupper == nletters) flags |= NEWS_F_ALLCAPS;
  k->flags |= flags;
  end_token(t, j, nchr);
  return NEWS_OK;
}

/* A token of `n` characters spanning bytes [i, end), folded to `fold`. */
static int emit(tokenizer *t, uint8_t kind, uint16_t flags, size_t end, size_t nchr,
                const char *fold, size_t nfold) {
  news_token *k = begin_token(t, kind);
  if (!k) return NEWS_NOMEM;
  k->flags |= flags;
  if (fold_literal(t, fold, nfold)) return NEWS_NOMEM;
  end_token(t, end, nchr);
  return NEWS_OK;
}

/* A one-character token folded the usual way. */
static int emit_char(tokenizer *t, uint8_t kind, uint16_t flags, const news_char *c) {
  news_token *k = begin_token(t, kind);
  if (!k) return NEWS_NOMEM;
  k->flags |= flags | (c->invalid ? NEWS_F_INVALID : 0);
  if (fold_char(t, c->cp)) return NEWS_NOMEM;
  end_token(t, t->i + c->nb, 1);
  return NEWS_OK;
}

/* A run of the same kind of character as one token ("...", "?!", "--"). */
static int emit_run(tokenizer *t, uint8_t kind, enum news_cc cc, const char *fold, size_t nfold) {
  size_t j = t->i, n = 0;
  news_char c;
  int up;
  while (j < t->len && n < MAX_TOKEN_CHARS) {
    enum news_cc k = class_at(t, j, &c, &up);
    if (!(k == cc || (cc == CC_TERMINAL && k == CC_PERIOD) ||
          (cc == CC_PERIOD && k == CC_TERMINAL)))
      break;
    j += c.nb;
    n++;
  }
  if (!fold) { /* fold the run character by character */
    news_token *tk = begin_token(t, kind);
    if (!tk) return NEWS_NOMEM;
    for (size_t q = t->i; q < j; q += c.nb) {
      news_next_char(t->s, t->len, q, &c);
      if (fold_char(t, c.cp)) return NEWS_NOMEM;
    }
    end_token(t, j, n);
    return NEWS_OK;
  }
  return emit(t, kind, 0, j, n, fold, nfold);
}

static int scan_quote(tokenizer *t, const news_char *c, enum news_cc cc) {
  const unsigned char *s = t->s;
  size_t i = t->i;
  if (c->cp == '\'' && i + 1 < t->len && s[i + 1] == '\'') /* '' : the NYT's double mark */
    return emit(t, NEWS_TOK_QUOTE_AMBIG, NEWS_F_DOUBLE, i + 2, 2, "\"", 1);
  if (c->cp == '`' && i + 1 < t->len && s[i + 1] == '`') /* `` */
    return emit(t, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE, i + 2, 2, "\"", 1);
  if (cc == CC_APOS) {
    /* '80s: an elided century, part of a number */
    news_char d1, d2, d3;
    int up;
    if (class_at(t, i + c->nb, &d1, &up) == CC_DIGIT &&
        class_at(t, i + c->nb + d1.nb, &d2, &up) == CC_DIGIT &&
        class_at(t, i + c->nb + d1.nb + d2.nb, &d3, &up) != CC_DIGIT) {
      if (!begin_token(t, NEWS_TOK_NUMBER)) return NEWS_NOMEM;
      if (fold_char(t, '\'')) return NEWS_NOMEM;
      size_t j = i + c->nb, n = 1;
      uint16_t flags = NEWS_F_DIGIT;
      while (j < t->len && n < MAX_TOKEN_CHARS) {
        news_char e;
        enum news_cc k2 = class_at(t, j, &e, &up);
        if (k2 != CC_DIGIT && k2 != CC_LETTER) break;
        if (k2 == CC_LETTER) flags |= NEWS_F_ALPHA;
        if (fold_char(t, e.cp)) return NEWS_NOMEM;
        j += e.nb;
        n++;
      }
      t->d->tok[t->d->ntok].flags |= flags;
      end_token(t, j, n);
      return NEWS_OK;
    }
  }
  uint8_t kind;
  uint16_t flags;
  if (!news_quote_mark(c->cp, &kind, &flags)) {
    kind = NEWS_TOK_QUOTE_AMBIG;
    flags = 0;
  }
  return emit_char(t, kind, flags, c);
}

int news_tokenize(news_doc *d, const news_text_words *w) {
  tokenizer t;
  memset(&t, 0, sizeof t);
  t.d = d;
  t.words = w;
  t.s = (const unsigned char *)d->text;
  t.len = d->len;
  t.pending = NEWS_F_SPACE_BEFORE | NEWS_F_PARA_START;
  /* Room for typical news text up front: untouched pages cost no memory. */
  if (news_grow(d->engine, (void **)&d->tok, &t.cap_tok, d->len / 4 + 16, sizeof *d->tok) ||
      news_grow(d->engine, (void **)&d->fold, &t.cap_fold, d->len + 16, 1))
    return NEWS_NOMEM;
  int rc = NEWS_OK;
  while (t.i < t.len && rc == NEWS_OK) {
    news_char c;
    int upper;
    enum news_cc cc = class_at(&t, t.i, &c, &upper);
    switch (cc) {
    case CC_NEWLINE:
      /* \r\n and \n count once each; a lone \r is a space (CC_SPACE). */
      t.newlines++;
      /* fall through */
    case CC_SPACE:
    case CC_FORMAT:
      t.pending |= NEWS_F_SPACE_BEFORE;
      t.i += c.nb;
      t.chr++;
      continue;
    default:
      break;
    }
    mark_line_break(&t, cc == CC_LETTER && !upper);
    switch (cc) {
    case CC_LETTER:
    case CC_MARK:
      rc = scan_word(&t, 0);
      break;
    case CC_DIGIT:
      rc = scan_word(&t, 1);
      break;
    case CC_APOS:
    case CC_QUOTE:
      rc = scan_quote(&t, &c, cc);
      break;
    case CC_DASH:
      rc = emit_run(&t, NEWS_TOK_DASH, CC_DASH, "-", 1);
      break;
    case CC_PERIOD:
    case CC_TERMINAL:
      rc = emit_run(&t, NEWS_TOK_PUNCT, cc, NULL, 0);
      break;
    case CC_OPEN_BR:
      rc = emit_char(&t, NEWS_TOK_PUNCT, NEWS_F_BRACKET_OPEN, &c);
      break;
    case CC_CLOSE_BR:
      rc = emit_char(&t, NEWS_TOK_PUNCT, NEWS_F_BRACKET_CLOSE, &c);
      break;
    case CC_PUNCT:
      rc = emit_char(&t, NEWS_TOK_PUNCT, 0, &c);
      break;
    default:
      rc = emit_char(&t, NEWS_TOK_SYMBOL, 0, &c);
      break;
    }
  }
  if (rc == NEWS_OK && d->ntok > 0) d->tok[d->ntok - 1].flags |= NEWS_F_SPACE_AFTER;
  d->nchr = t.chr;
  return rc;
}
