/*
** tokenize.c: one pass over the UTF-8 bytes that yields tokens (with byte
** offset, SQLite character position, class, capitalisation flags, folded form
** and its hash) and marks paragraph starts.
**
** ASCII goes through a table in an inline loop that folds and hashes as it
** reads; anything else through utf8proc, one SQLite character at a time, so
** invalid UTF-8 is a character of its own (U+FFFD) exactly where SQLite's
** substr() sees one.
**
** The fold buffer keeps room for one folded byte per remaining text byte (plus
** slack), which ASCII never exceeds; only the paths that fold non-ASCII
** characters check and grow it. That keeps capacity checks out of the loop.
**
** Paragraphs: a blank line always separates paragraphs. A single line break
** does too (scraped text puts one between paragraphs), unless it looks like a
** hard wrap: the line before ends in a word or comma and the next line starts
** with a lower-case word.
*/
#include "text_internal.h"

#include <string.h>

_Static_assert(sizeof(news_token) == 32, "news_token has no padding bytes");

#define MAX_TOKEN_CHARS 1024 /* longer runs (URLs, garbage) are cut into pieces */
#define FOLD_SLACK      64

/* The word loop's view of ASCII, as bits it can OR together without branches. */
#define W_LETTER 0x10
#define W_DIGIT  0x20
#define W_LOWER  0x40
#define W_UPPER  0x80 /* (W_UPPER >> 2) is the bit that lower-cases an ASCII capital */
static const uint8_t word_bits[128] = {
    ['0' ... '9'] = W_DIGIT,
    ['A' ... 'Z'] = W_LETTER | W_UPPER,
    ['a' ... 'z'] = W_LETTER | W_LOWER,
};

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
  size_t i;                   /* current byte */
  size_t chr;                 /* characters before byte i */
  size_t *cap_tok, *cap_fold; /* in the doc's news_doc_impl */
  uint16_t pending;           /* flags for the next token */
  int newlines;               /* line breaks in the current whitespace run */
} tokenizer;

/* Class of the character at byte j (CC_SPACE past the end). */
static inline enum news_cc class_at(const tokenizer *t, size_t j, news_char *c, int *upper) {
  if (j >= t->len) {
    *upper = 0;
    c->cp = 0;
    c->nb = 0;
    c->invalid = 0;
    return CC_SPACE;
  }
  unsigned char b = t->s[j];
  if (b < 0x80) {
    c->cp = b;
    c->nb = 1;
    c->invalid = 0;
    *upper = (news_ascii_cc[b] & NEWS_CC_UPPER) != 0;
    return (enum news_cc)(news_ascii_cc[b] & NEWS_CC_MASK);
  }
  news_next_char(t->s, t->len, j, c);
  return news_cp_class(c->cp, upper);
}

/* Restores the fold buffer's room: `extra` bytes now, and one per text byte
** from byte j on. */
static int reserve_fold(tokenizer *t, size_t j, size_t extra) {
  size_t need = t->d->nfold + extra + (t->len - j) + FOLD_SLACK;
  if (need <= *t->cap_fold) return NEWS_OK;
  return news_grow(t->d->engine, (void **)&t->d->fold, t->cap_fold, need, 1);
}

/* Appends the folded form of the character at byte j to the fold buffer and
** returns the hash continued over it. */
static int fold_char(tokenizer *t, size_t j, int32_t cp, uint32_t *h) {
  news_doc *d = t->d;
  if (cp < 0x80) {
    unsigned char b = (unsigned char)cp;
    if (news_ascii_cc[b] & NEWS_CC_UPPER) b += 32;
    d->fold[d->nfold++] = (char)b;
    *h = news_hash_byte(*h, b);
    return NEWS_OK;
  }
  if (reserve_fold(t, j, NEWS_FOLD_CP_MAX)) return NEWS_NOMEM;
  size_t n = news_fold_cp(cp, d->fold + d->nfold);
  for (size_t k = 0; k < n; k++) *h = news_hash_byte(*h, (unsigned char)d->fold[d->nfold + k]);
  d->nfold += n;
  return NEWS_OK;
}

/* Opens a token at the current position; its folded form follows in the buffer. */
static news_token *begin_token(tokenizer *t, uint8_t kind) {
  news_doc *d = t->d;
  if (d->ntok == *t->cap_tok &&
      news_grow(d->engine, (void **)&d->tok, t->cap_tok, d->ntok + 1, sizeof *d->tok))
    return NULL;
  news_token *k = &d->tok[d->ntok];
  k->byte = (uint32_t)t->i;
  k->chr = (uint32_t)t->chr;
  k->fold = (uint32_t)d->nfold;
  k->kind = kind;
  k->abbr = 0;
  k->flags = t->pending;
  if ((t->pending & NEWS_F_SPACE_BEFORE) && d->ntok > 0)
    d->tok[d->ntok - 1].flags |= NEWS_F_SPACE_AFTER;
  t->pending = 0;
  return k;
}

/* Closes the token opened last at byte `end`, after `nchr` characters, with
** the hash of its folded form (unfinished: news_hash_final is applied here). */
static void end_token(tokenizer *t, size_t end, size_t nchr, uint32_t h) {
  news_doc *d = t->d;
  news_token *k = &d->tok[d->ntok];
  k->nbyte = (uint32_t)(end - k->byte);
  k->nchr = (uint32_t)nchr;
  k->nfold = (uint32_t)(d->nfold - k->fold);
  k->hash = news_hash_final(h);
  d->ntok++;
  t->i = end;
  t->chr += nchr;
}

/* Decides whether the line break(s) before the token about to start open a
** new paragraph. `lower_word` says the token is a word starting in lower case. */
static void mark_line_break(tokenizer *t, int lower_word) {
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

/* Does the word just read keep the period at byte j? */
static enum news_abbr_class abbreviation(const tokenizer *t, const news_token *k, size_t j,
                                         size_t nchr, int nletters, int periods, int cap,
                                         uint16_t flags) {
  if (periods > 0) return NEWS_ABBR_GENERIC; /* U.S., a.m. */
  if (nchr == 1 && nletters == 1 && cap) return NEWS_ABBR_INITIAL;
  if (flags & NEWS_F_DIGIT) return NEWS_ABBR_NONE;
  const char *f = t->d->fold + k->fold;
  size_t nf = t->d->nfold - k->fold;
  enum news_abbr_class cls = news_abbr_lookup(t->words, f, nf, news_hash(f, nf), cap);
  if (cls == NEWS_ABBR_NUMBER) { /* only before a number: "No. 10" */
    size_t q = j + 1;
    while (q < t->len && (t->s[q] == ' ' || t->s[q] == '\t')) q++;
    if (q >= t->len || t->s[q] < '0' || t->s[q] > '9') cls = NEWS_ABBR_NONE;
  }
  return cls;
}

/* A word (or, with `number`, a token starting with a digit): letters, digits,
** marks, apostrophes between letters, one-letter acronym segments (U.S.,
** a.m.), digit groups (1,000.5, 15:30), and an abbreviation's period. */
static int scan_word(tokenizer *t, int number) {
  if (!begin_token(t, number ? NEWS_TOK_NUMBER : NEWS_TOK_WORD)) return NEWS_NOMEM;
  news_doc *d = t->d;
  const unsigned char *s = t->s;
  const size_t len = t->len;
  size_t j = t->i, nchr = 0;
  uint32_t h = NEWS_HASH_INIT;
  int nletters = 0, lower = 0, first_upper = -1, seg = 0, periods = 0;
  uint16_t flags = 0;
  for (;;) {
    /* The bulk of news text: ASCII letters and digits, folded and hashed inline. */
    char *fold = d->fold;
    size_t nf = d->nfold, run = j;
    size_t lim = j + (MAX_TOKEN_CHARS - nchr) < len ? j + (MAX_TOKEN_CHARS - nchr) : len;
    unsigned acc = 0;
    while (j < lim && s[j] < 0x80) {
      unsigned b = s[j], a = word_bits[b];
      if (!a) break;
      acc |= a;
      nletters += (a >> 4) & 1;
      b |= (a & W_UPPER) >> 2;
      fold[nf++] = (char)b;
      h = news_hash_byte(h, (unsigned char)b);
      j++;
    }
    if (j > run) {
      if (first_upper < 0 && (acc & W_LETTER)) { /* the case of the word's first letter */
        size_t f = run;
        while (!(word_bits[s[f]] & W_LETTER)) f++;
        first_upper = (word_bits[s[f]] & W_UPPER) != 0;
      }
      lower |= (acc & W_LOWER) != 0;
      flags |= (acc & W_LETTER ? NEWS_F_ALPHA : 0) | (acc & W_DIGIT ? NEWS_F_DIGIT : 0);
      nchr += j - run;
      seg += (int)(j - run);
    }
    d->nfold = nf;
    if (j >= len || nchr >= MAX_TOKEN_CHARS) break;
    /* Anything else: does the word go on? */
    news_char c, c2;
    int upper, up2;
    enum news_cc cc = class_at(t, j, &c, &upper);
    if (cc == CC_LETTER || cc == CC_MARK || cc == CC_DIGIT) { /* non-ASCII */
      if (cc == CC_LETTER) {
        if (first_upper < 0) first_upper = upper;
        lower |= !upper;
        nletters++;
        flags |= NEWS_F_ALPHA;
      } else if (cc == CC_DIGIT) {
        flags |= NEWS_F_DIGIT;
      }
      if (c.invalid) flags |= NEWS_F_INVALID;
      if (fold_char(t, j, c.cp, &h)) return NEWS_NOMEM;
      j += c.nb;
      nchr++;
      seg++;
      continue;
    }
    enum news_cc next = class_at(t, j + c.nb, &c2, &up2);
    int go_on = 0;
    if (cc == CC_APOS && nchr > 0 && next == CC_LETTER) { /* Iran’s, don't */
      c.cp = '\'';
      seg = 0;
      go_on = 1;
    } else if (cc == CC_FORMAT && (next == CC_LETTER || next == CC_DIGIT || next == CC_MARK)) {
      j += c.nb; /* soft hyphen, zero-width joiner: inside the word, not in its folded form */
      nchr++;
      continue;
    } else if (number && (c.cp == ',' || c.cp == '.' || c.cp == ':') && next == CC_DIGIT &&
               !(flags & NEWS_F_ALPHA)) { /* 1,000.5 and 15:30 */
      go_on = 1;
    } else if (!number && c.cp == '.' && seg == 1 && next == CC_LETTER && j + c.nb + c2.nb < len &&
               s[j + c.nb + c2.nb] == '.') { /* U.S., a.m. */
      seg = 0;
      periods++;
      go_on = 1;
    }
    if (!go_on) break;
    if (fold_char(t, j, c.cp, &h)) return NEWS_NOMEM;
    j += c.nb;
    nchr++;
  }
  news_token *k = &d->tok[d->ntok];
  int cap = first_upper == 1;
  if (!number && j < len && s[j] == '.' && nchr < MAX_TOKEN_CHARS) {
    enum news_abbr_class cls = abbreviation(t, k, j, nchr, nletters, periods, cap, flags);
    if (cls != NEWS_ABBR_NONE) {
      if (fold_char(t, j, '.', &h)) return NEWS_NOMEM;
      j++;
      nchr++;
      flags |= NEWS_F_ABBR;
      k->abbr = (uint8_t)cls;
    }
  }
  if (cap) flags |= NEWS_F_CAP;
  if (nletters >= 2 && !lower) flags |= NEWS_F_ALLCAPS;
  k->flags |= flags;
  end_token(t, j, nchr, h);
  return NEWS_OK;
}

/* A token of `nchr` characters spanning bytes [i, end), folded to `fold`. */
static int emit(tokenizer *t, uint8_t kind, uint16_t flags, size_t end, size_t nchr,
                const char *fold, size_t nfold) {
  news_token *k = begin_token(t, kind);
  if (!k) return NEWS_NOMEM;
  k->flags |= flags;
  if (reserve_fold(t, end, nfold)) return NEWS_NOMEM;
  uint32_t h = NEWS_HASH_INIT;
  for (size_t i = 0; i < nfold; i++) {
    t->d->fold[t->d->nfold++] = fold[i];
    h = news_hash_byte(h, (unsigned char)fold[i]);
  }
  end_token(t, end, nchr, h);
  return NEWS_OK;
}

/* A one-character token folded the usual way. */
static int emit_char(tokenizer *t, uint8_t kind, uint16_t flags, const news_char *c) {
  news_token *k = begin_token(t, kind);
  if (!k) return NEWS_NOMEM;
  k->flags |= flags | (c->invalid ? NEWS_F_INVALID : 0);
  uint32_t h = NEWS_HASH_INIT;
  if (fold_char(t, t->i, c->cp, &h)) return NEWS_NOMEM;
  end_token(t, t->i + c->nb, 1, h);
  return NEWS_OK;
}

/* A run of terminal punctuation as one token ("...", "?!"), folded per character. */
static int emit_terminals(tokenizer *t) {
  if (!begin_token(t, NEWS_TOK_PUNCT)) return NEWS_NOMEM;
  size_t j = t->i, n = 0;
  uint32_t h = NEWS_HASH_INIT;
  news_char c;
  int up;
  while (n < MAX_TOKEN_CHARS) {
    enum news_cc k = class_at(t, j, &c, &up);
    if (k != CC_PERIOD && k != CC_TERMINAL) break;
    if (fold_char(t, j, c.cp, &h)) return NEWS_NOMEM;
    j += c.nb;
    n++;
  }
  end_token(t, j, n, h);
  return NEWS_OK;
}

/* A run of dashes as one token ("--" is an em dash), folded to "-". */
static int emit_dashes(tokenizer *t) {
  size_t j = t->i, n = 0;
  news_char c;
  int up;
  while (n < MAX_TOKEN_CHARS && class_at(t, j, &c, &up) == CC_DASH) {
    j += c.nb;
    n++;
  }
  return emit(t, NEWS_TOK_DASH, 0, j, n, "-", 1);
}

/* '80s: an apostrophe standing for a century, then two digits; part of the number. */
static int elided_century(const tokenizer *t, const news_char *c) {
  news_char d1, d2, d3;
  int up;
  size_t i = t->i + c->nb;
  if (class_at(t, i, &d1, &up) != CC_DIGIT || class_at(t, i + d1.nb, &d2, &up) != CC_DIGIT)
    return 0;
  return class_at(t, i + d1.nb + d2.nb, &d3, &up) != CC_DIGIT;
}

static int scan_quote(tokenizer *t, const news_char *c, enum news_cc cc) {
  const unsigned char *s = t->s;
  size_t i = t->i;
  if (c->cp == '\'' && i + 1 < t->len && s[i + 1] == '\'') /* '' : the NYT's double mark */
    return emit(t, NEWS_TOK_QUOTE_AMBIG, NEWS_F_DOUBLE, i + 2, 2, "\"", 1);
  if (c->cp == '`' && i + 1 < t->len && s[i + 1] == '`') /* `` */
    return emit(t, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE, i + 2, 2, "\"", 1);
  if (cc == CC_APOS && elided_century(t, c)) {
    if (!begin_token(t, NEWS_TOK_NUMBER)) return NEWS_NOMEM;
    uint32_t h = NEWS_HASH_INIT;
    if (fold_char(t, i, '\'', &h)) return NEWS_NOMEM;
    size_t j = i + c->nb, n = 1;
    uint16_t flags = NEWS_F_DIGIT;
    int up;
    news_char e;
    while (n < MAX_TOKEN_CHARS) {
      enum news_cc k = class_at(t, j, &e, &up);
      if (k != CC_DIGIT && k != CC_LETTER) break;
      if (k == CC_LETTER) flags |= NEWS_F_ALPHA;
      if (fold_char(t, j, e.cp, &h)) return NEWS_NOMEM;
      j += e.nb;
      n++;
    }
    t->d->tok[t->d->ntok].flags |= flags;
    end_token(t, j, n, h);
    return NEWS_OK;
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
  t.cap_tok = &news_impl(d)->cap_tok;
  t.cap_fold = &news_impl(d)->cap_fold;
  t.pending = NEWS_F_SPACE_BEFORE | NEWS_F_PARA_START;
  /* Room for typical news text up front: untouched pages cost no memory. */
  if (news_grow(d->engine, (void **)&d->tok, t.cap_tok, d->len / 4 + 16, sizeof *d->tok) ||
      reserve_fold(&t, 0, 0))
    return NEWS_NOMEM;
  const unsigned char *s = t.s;
  int rc = NEWS_OK;
  while (t.i < t.len && rc == NEWS_OK) {
    news_char c;
    int upper;
    enum news_cc cc;
    unsigned char b = s[t.i];
    if (b < 0x80) { /* whitespace runs without a call */
      uint8_t a = news_ascii_cc[b];
      cc = (enum news_cc)(a & NEWS_CC_MASK);
      if (cc == CC_SPACE || cc == CC_NEWLINE) {
        t.newlines += cc == CC_NEWLINE; /* \r\n counts once: \r is a space */
        t.pending |= NEWS_F_SPACE_BEFORE;
        t.i++;
        t.chr++;
        continue;
      }
      c.cp = b;
      c.nb = 1;
      c.invalid = 0;
      upper = (a & NEWS_CC_UPPER) != 0;
    } else {
      cc = class_at(&t, t.i, &c, &upper);
      if (cc == CC_SPACE || cc == CC_NEWLINE || cc == CC_FORMAT) {
        t.newlines += cc == CC_NEWLINE;
        t.pending |= NEWS_F_SPACE_BEFORE;
        t.i += c.nb;
        t.chr++;
        continue;
      }
    }
    if (t.newlines) mark_line_break(&t, cc == CC_LETTER && !upper);
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
      rc = emit_dashes(&t);
      break;
    case CC_PERIOD:
    case CC_TERMINAL:
      rc = emit_terminals(&t);
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
