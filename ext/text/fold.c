/*
** fold.c: code point classes, SQLite-compatible character stepping, and the
** folded form every lexicon look-up compares.
**
** Folding is per code point (utf8proc_decompose_char) rather than over whole
** strings: utf8proc_map rejects a whole string for one invalid byte and
** allocates with malloc, invisible to SQLite's out-of-memory testing.
*/
#include "text_internal.h"

#include <string.h>
#include <utf8proc.h>

void news_next_char(const unsigned char *s, size_t len, size_t i, news_char *c) {
  unsigned char b = s[i];
  if (b < 0x80) {
    c->cp = b;
    c->nb = 1;
    c->invalid = 0;
    return;
  }
  if (b < 0xC0) { /* a continuation byte with no lead: SQLite counts it as a character */
    c->cp = 0xFFFD;
    c->nb = 1;
    c->invalid = 1;
    return;
  }
  /* SQLite's character: the lead byte and every continuation byte after it. */
  size_t j = i + 1;
  while (j < len && (s[j] & 0xC0) == 0x80) j++;
  c->nb = (uint32_t)(j - i);
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate(s + i, (utf8proc_ssize_t)(j - i), &cp);
  if (r == (utf8proc_ssize_t)(j - i) && cp >= 0) {
    c->cp = cp;
    c->invalid = 0;
  } else {
    c->cp = 0xFFFD;
    c->invalid = 1;
  }
}

static const struct {
  int32_t cp;
  uint8_t kind;
  uint16_t flags;
} quote_marks[] = {
    {0x0022, NEWS_TOK_QUOTE_AMBIG, NEWS_F_DOUBLE},             /* " */
    {0x0027, NEWS_TOK_QUOTE_AMBIG, 0},                         /* ' */
    {0x0060, NEWS_TOK_QUOTE_OPEN, 0},                          /* ` */
    {0x00AB, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE},              /* « */
    {0x00BB, NEWS_TOK_QUOTE_CLOSE, NEWS_F_DOUBLE},             /* » */
    {0x2018, NEWS_TOK_QUOTE_OPEN, 0},                          /* ‘ */
    {0x2019, NEWS_TOK_QUOTE_CLOSE, 0},                         /* ’ */
    {0x201A, NEWS_TOK_QUOTE_OPEN, NEWS_F_LOW},                 /* ‚ */
    {0x201B, NEWS_TOK_QUOTE_OPEN, 0},                          /* ‛ */
    {0x201C, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE},              /* “ */
    {0x201D, NEWS_TOK_QUOTE_CLOSE, NEWS_F_DOUBLE},             /* ” */
    {0x201E, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE | NEWS_F_LOW}, /* „ */
    {0x201F, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE},              /* ‟ */
    {0x2039, NEWS_TOK_QUOTE_OPEN, 0},                          /* ‹ */
    {0x203A, NEWS_TOK_QUOTE_CLOSE, 0},                         /* › */
    {0x2E42, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE | NEWS_F_LOW}, /* ⹂ */
    {0x301D, NEWS_TOK_QUOTE_OPEN, NEWS_F_DOUBLE},              /* 〝 */
    {0x301E, NEWS_TOK_QUOTE_CLOSE, NEWS_F_DOUBLE},             /* 〞 */
    {0xFF02, NEWS_TOK_QUOTE_AMBIG, NEWS_F_DOUBLE},             /* ＂ */
    {0xFF07, NEWS_TOK_QUOTE_AMBIG, 0},                         /* ＇ */
};

int news_quote_mark(int32_t cp, uint8_t *kind, uint16_t *flags) {
  for (size_t i = 0; i < sizeof quote_marks / sizeof quote_marks[0]; i++) {
    if (quote_marks[i].cp == cp) {
      *kind = quote_marks[i].kind;
      *flags = quote_marks[i].flags;
      return 1;
    }
  }
  return 0;
}

/* ASCII classes, indexed by byte: the class in the low bits, NEWS_CC_UPPER
** for capital letters. The tokenizer's hot loop reads it directly. */
#define U (CC_LETTER | NEWS_CC_UPPER)
const uint8_t news_ascii_cc[128] = {
    [0 ... 9] = CC_SPACE, ['\n'] = CC_NEWLINE, [11 ... 31] = CC_SPACE,    [' '] = CC_SPACE,
    ['!'] = CC_TERMINAL,  ['"'] = CC_QUOTE,    ['#'] = CC_SYMBOL,         ['$'] = CC_SYMBOL,
    ['%'] = CC_SYMBOL,    ['&'] = CC_SYMBOL,   ['\''] = CC_APOS,          ['('] = CC_OPEN_BR,
    [')'] = CC_CLOSE_BR,  ['*'] = CC_SYMBOL,   ['+'] = CC_SYMBOL,         [','] = CC_PUNCT,
    ['-'] = CC_DASH,      ['.'] = CC_PERIOD,   ['/'] = CC_PUNCT,          ['0' ... '9'] = CC_DIGIT,
    [':'] = CC_PUNCT,     [';'] = CC_PUNCT,    ['<'] = CC_SYMBOL,         ['='] = CC_SYMBOL,
    ['>'] = CC_SYMBOL,    ['?'] = CC_TERMINAL, ['@'] = CC_SYMBOL,         ['A' ... 'Z'] = U,
    ['['] = CC_OPEN_BR,   ['\\'] = CC_PUNCT,   [']'] = CC_CLOSE_BR,       ['^'] = CC_SYMBOL,
    ['_'] = CC_SYMBOL,    ['`'] = CC_QUOTE,    ['a' ... 'z'] = CC_LETTER, ['{'] = CC_OPEN_BR,
    ['|'] = CC_SYMBOL,    ['}'] = CC_CLOSE_BR, ['~'] = CC_SYMBOL,         [0x7f] = CC_SPACE,
};
#undef U

enum news_cc news_cp_class(int32_t cp, int *upper) {
  if (cp < 0x80) {
    *upper = (news_ascii_cc[cp] & NEWS_CC_UPPER) != 0;
    return (enum news_cc)(news_ascii_cc[cp] & NEWS_CC_MASK);
  }
  *upper = 0;
  if (cp == 0x2019 || cp == 0xFF07) return CC_APOS;
  uint8_t k;
  uint16_t f;
  if (news_quote_mark(cp, &k, &f)) return CC_QUOTE;
  if (cp == 0x2026) return CC_TERMINAL; /* … */
  if (cp == 0x0085 || cp == 0x2028 || cp == 0x2029) return CC_NEWLINE;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    *upper = 1;
    return CC_LETTER;
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return CC_LETTER;
  case UTF8PROC_CATEGORY_ND:
    return CC_DIGIT;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return CC_MARK;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CC:
    return CC_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
    return CC_NEWLINE;
  case UTF8PROC_CATEGORY_CF:
    return CC_FORMAT;
  case UTF8PROC_CATEGORY_PD:
    return CC_DASH;
  case UTF8PROC_CATEGORY_PS:
    return CC_OPEN_BR;
  case UTF8PROC_CATEGORY_PE:
    return CC_CLOSE_BR;
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PO:
    /* ！ ？ ． and the like fold to ASCII terminals below; others are plain punctuation */
    if (cp == 0xFF01 || cp == 0xFF1F || cp == 0x203C || cp == 0x2047 || cp == 0x2048 ||
        cp == 0x2049)
      return CC_TERMINAL;
    if (cp == 0xFF0E) return CC_PERIOD;
    return CC_PUNCT;
  default:
    return CC_SYMBOL;
  }
}

static size_t put_utf8(int32_t cp, char *out) {
  return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

size_t news_fold_cp(int32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    return 1;
  }
  uint8_t k;
  uint16_t f;
  if (news_quote_mark(cp, &k, &f)) { /* every mark of a family compares equal */
    out[0] = (f & NEWS_F_DOUBLE) ? '"' : '\'';
    return 1;
  }
  utf8proc_int32_t buf[NEWS_FOLD_CP_MAX / 4];
  utf8proc_ssize_t n = utf8proc_decompose_char(
      cp, buf, (utf8proc_ssize_t)(sizeof buf / sizeof buf[0]),
      UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_LUMP,
      NULL);
  if (n < 0 || n > (utf8proc_ssize_t)(sizeof buf / sizeof buf[0])) return put_utf8(0xFFFD, out);
  size_t w = 0;
  for (utf8proc_ssize_t i = 0; i < n; i++) {
    if (w + 4 > NEWS_FOLD_CP_MAX) break;
    w += put_utf8(buf[i], out + w);
  }
  return w;
}

size_t news_fold(const char *s, size_t n, char *out, size_t cap) {
  const unsigned char *u = (const unsigned char *)s;
  char tmp[NEWS_FOLD_CP_MAX];
  size_t w = 0;
  for (size_t i = 0; i < n && u[i];) {
    news_char c;
    news_next_char(u, n, i, &c);
    size_t k = news_fold_cp(c.cp, tmp);
    for (size_t j = 0; j < k; j++, w++)
      if (w < cap) out[w] = tmp[j];
    i += c.nb;
  }
  return w;
}

uint32_t news_hash(const char *s, size_t n) {
  uint32_t h = NEWS_HASH_INIT;
  for (size_t i = 0; i < n; i++) h = news_hash_byte(h, (unsigned char)s[i]);
  return news_hash_final(h);
}
