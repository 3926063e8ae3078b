/*
** text_internal.h: what the text engine's files share and nothing else sees.
*/
#ifndef NEWS_TEXT_INTERNAL_H
#define NEWS_TEXT_INTERNAL_H

#include "news.h"

/* Character classes, the tokenizer's view of a code point. */
enum news_cc {
  CC_SPACE,
  CC_NEWLINE,
  CC_LETTER,
  CC_DIGIT,
  CC_MARK,   /* combining marks: stay in their word */
  CC_FORMAT, /* soft hyphen, zero-width joiners: stay in a word, else space */
  CC_APOS,   /* ' and ’: apostrophe inside a word, else a quote mark */
  CC_QUOTE,  /* every other quote mark */
  CC_DASH,
  CC_PERIOD,   /* . */
  CC_TERMINAL, /* ! ? … */
  CC_PUNCT,    /* , ; : / and the rest */
  CC_OPEN_BR,  /* ( [ { */
  CC_CLOSE_BR, /* ) ] } */
  CC_SYMBOL,
};

/* ASCII class table: class in the low bits, NEWS_CC_UPPER for capitals. */
#define NEWS_CC_MASK  0x0f
#define NEWS_CC_UPPER 0x80
extern const uint8_t news_ascii_cc[128];

/* One SQLite character at text[i]: its code point (U+FFFD when invalid), its
** byte length, and whether it was valid UTF-8. */
typedef struct news_char {
  int32_t cp;
  uint32_t nb;
  int invalid;
} news_char;

void news_next_char(const unsigned char *s, size_t len, size_t i, news_char *c);
enum news_cc news_cp_class(int32_t cp, int *upper);

/* Quote marks: the token kind and flags a mark code point gives. */
int news_quote_mark(int32_t cp, uint8_t *kind, uint16_t *flags);

/* Folds one code point into out (room for NEWS_FOLD_CP_MAX bytes); returns bytes written. */
#define NEWS_FOLD_CP_MAX 128
size_t news_fold_cp(int32_t cp, char *out);

/* The hash of folded forms, built a byte at a time while folding:
** news_hash(s, n) == news_hash_final(news_hash_byte(...news_hash_byte(NEWS_HASH_INIT, s[0])...)).
** h * 33 + b has a two-cycle dependency chain (FNV's multiply has four); the
** final mix spreads its bits for the tables that mask the low ones. */
#define NEWS_HASH_INIT 5381u
static inline uint32_t news_hash_byte(uint32_t h, unsigned char b) {
  return h * 33u + b;
}
static inline uint32_t news_hash_final(uint32_t h) {
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  return h;
}

/* The text engine's own word tables (abbreviations, sentence starters), built
** on first use and kept in the engine's NEWS_SLOT_TEXT. */
typedef struct news_text_words news_text_words;
const news_text_words *news_text_words_get(news_engine *eng);
/* Class of an abbreviation (folded word without its period), or NEWS_ABBR_NONE;
** most abbreviations count only when the word is capitalised ("Ill." not "ill."). */
enum news_abbr_class news_abbr_lookup(const news_text_words *w, const char *fold, size_t n,
                                      uint32_t hash, int capitalised);
/* 1 when the folded word typically opens a sentence ("the", "he", "but"). */
int news_is_sentence_starter(const news_text_words *w, const char *fold, size_t n, uint32_t hash);

/* A doc with the capacities of its arrays. Freed docs go back to their
** engine, which keeps one (if small) so the next parse reuses its arrays
** instead of allocating and faulting in fresh pages for every article. */
typedef struct news_doc_impl {
  news_doc doc; /* first: a news_doc * is a news_doc_impl * */
  size_t cap_tok, cap_fold, cap_sent, cap_para, cap_qspan, cap_tok_sent;
} news_doc_impl;

static inline news_doc_impl *news_impl(news_doc *d) {
  return (news_doc_impl *)d;
}

/* The engine's spare doc, taken (NULL if none) or offered back (1 if kept). */
news_doc_impl *news_engine_take_spare(news_engine *eng);
int news_engine_keep_spare(news_engine *eng, news_doc_impl *d);
/* Frees a doc and its arrays for good. */
void news_doc_destroy(news_doc_impl *d);

int news_tokenize(news_doc *d, const news_text_words *w);
int news_split_sentences(news_doc *d, const news_text_words *w);
int news_pair_quotes(news_doc *d);

/* Growable arrays over the engine allocator. */
int news_grow(news_engine *eng, void **p, size_t *cap, size_t need, size_t elem);

#endif
