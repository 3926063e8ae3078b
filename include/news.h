/*
** news.h: the sqlite-news text engine, a plain C library.
**
** Text in, spans out. Nothing here knows about SQLite: the SQL layer in
** ext/ is a thin wrapper that passes an allocator built on sqlite3_malloc64
** (so out-of-memory can be injected) and turns spans into rows.
**
**   news_engine *eng = news_engine_new(&news_stdlib_allocator);
**   news_doc *doc;
**   if (news_doc_parse(eng, text, len, &doc) == NEWS_OK) {
**     for (size_t i = 0; i < doc->nsent; i++) ... doc->sent[i] ...
**     news_doc_free(doc);
**   }
**   news_engine_free(eng);
**
** Positions. Every span carries a byte offset (into the text as given) and a
** character position counted the way SQLite's length() and substr() count:
** a character starts at every byte except the continuation bytes
** (0x80-0xBF) that follow a byte >= 0xC0 or another such continuation byte.
** On valid UTF-8 that is one character per code point; on invalid UTF-8 it
** still agrees with substr(), which is what the SQL layer promises users.
** Text ends at its first NUL byte, as it does for SQLite's string functions.
*/
#ifndef NEWS_H
#define NEWS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NEWS_VERSION "0.1.0"

/* Return codes. */
#define NEWS_OK     0
#define NEWS_NOMEM  1
#define NEWS_TOOBIG 2 /* text longer than NEWS_MAX_TEXT */
#define NEWS_BADARG 3

/* Largest text the engine accepts: offsets are 32-bit. SQLite's own hard
** limit (SQLITE_MAX_LENGTH) is below this. */
#define NEWS_MAX_TEXT 0x7fffffffu

#define NEWS_NONE UINT32_MAX

/* ---------------------------------------------------------------------------
** Memory. Every allocation the engine makes goes through one of these.
*/
typedef struct news_allocator {
  void *(*alloc)(void *ctx, size_t n);
  void *(*realloc)(void *ctx, void *p, size_t n);
  void (*free)(void *ctx, void *p);
  void *ctx;
} news_allocator;

extern const news_allocator news_stdlib_allocator;

/* ---------------------------------------------------------------------------
** Tokens.
*/
enum news_token_kind {
  NEWS_TOK_WORD = 1,    /* letters (and digits, marks, inner apostrophes) */
  NEWS_TOK_NUMBER,      /* starts with a digit: 2019, 1,000.5, 15:30, 5th, 1980s, '80s */
  NEWS_TOK_PUNCT,       /* . , ; : ! ? ( ) [ ] ... and runs of .!? */
  NEWS_TOK_QUOTE_OPEN,  /* “ ‘ „ « ‹ `` */
  NEWS_TOK_QUOTE_CLOSE, /* ” ’ » › */
  NEWS_TOK_QUOTE_AMBIG, /* " ' '' : opens or closes by context */
  NEWS_TOK_DASH,        /* - ‐ – — and other Pd */
  NEWS_TOK_SYMBOL,      /* $ % & @ # emoji, and invalid bytes */
};

/* Token flags. */
#define NEWS_F_SPACE_BEFORE   0x0001u /* whitespace (or text start) precedes */
#define NEWS_F_NEWLINE_BEFORE 0x0002u /* a line break precedes */
#define NEWS_F_PARA_START     0x0004u /* first token of a paragraph */
#define NEWS_F_SENT_START     0x0008u /* first token of a sentence */
#define NEWS_F_CAP            0x0010u /* first letter upper- or titlecase */
#define NEWS_F_ALLCAPS        0x0020u /* two or more letters, all uppercase */
#define NEWS_F_DIGIT          0x0040u /* contains a digit */
#define NEWS_F_ALPHA          0x0080u /* contains a letter */
#define NEWS_F_ABBR           0x0100u /* ends in an abbreviation period: Sen. U.S. M. */
#define NEWS_F_INVALID        0x0200u /* contains bytes that are not valid UTF-8 */
#define NEWS_F_DOUBLE         0x0400u /* quote mark of the double family (“ " « '' ``) */
#define NEWS_F_LOW            0x0800u /* low-9 opening mark („ ‚), closed by “ ‘ */
#define NEWS_F_BRACKET_OPEN   0x1000u /* ( [ { */
#define NEWS_F_BRACKET_CLOSE  0x2000u /* ) ] } */
#define NEWS_F_SPACE_AFTER    0x4000u /* whitespace (or text end) follows */

/* 32 bytes with no padding, so equal token arrays compare equal with memcmp. */
typedef struct news_token {
  uint32_t byte;  /* byte offset in the text */
  uint32_t chr;   /* 0-based character position (SQLite's rule) */
  uint32_t fold;  /* offset of the folded form in doc->fold */
  uint32_t hash;  /* hash of the folded form: lexicon look-ups key on it */
  uint32_t nbyte; /* length in bytes */
  uint32_t nfold; /* length of the folded form in bytes */
  uint32_t nchr;  /* length in characters (runs over 1024 are cut into several tokens) */
  uint16_t flags; /* NEWS_F_* */
  uint8_t kind;   /* enum news_token_kind */
  uint8_t abbr;   /* for NEWS_F_ABBR tokens: enum news_abbr_class */
} news_token;

/* Sentences never cross a paragraph. */
typedef struct news_sentence {
  uint32_t tok, ntok; /* tokens [tok, tok + ntok) */
  uint32_t byte, nbyte;
  uint32_t chr, nchr;
  uint32_t paragraph; /* 0-based */
} news_sentence;

typedef struct news_paragraph {
  uint32_t tok, ntok;
  uint32_t sent, nsent;
} news_paragraph;

/* A run of text between quote marks, as the marks pair up. A span never
** crosses a paragraph: a paragraph left open ends its span there, and when
** the next paragraph opens with a mark of the same family its span records
** the one it continues (`prev`), the news convention for a quote running over
** several paragraphs. */
#define NEWS_Q_UNCLOSED  0x01u /* no closing mark: runs to the paragraph end or the next opener */
#define NEWS_Q_CONTINUES 0x02u /* continues the span `prev` from an earlier paragraph */
#define NEWS_Q_DOUBLE    0x04u /* double-mark family */
typedef struct news_qspan {
  uint32_t open;        /* token index of the opening mark */
  uint32_t close;       /* token index of the closing mark, or NEWS_NONE */
  uint32_t tok, ntok;   /* content tokens [tok, tok + ntok) */
  uint32_t byte, nbyte; /* content, inside the marks */
  uint32_t chr, nchr;
  uint32_t prev; /* index of the span this one continues, or NEWS_NONE */
  uint16_t depth;
  uint16_t flags; /* NEWS_Q_* */
} news_qspan;

typedef struct news_engine news_engine;

typedef struct news_doc {
  news_engine *engine;
  const char *text; /* not owned; must outlive the doc */
  size_t len;       /* bytes, up to the first NUL */
  size_t nchr;      /* characters, SQLite's rule */
  news_token *tok;
  size_t ntok;
  char *fold; /* folded forms of all tokens, back to back */
  size_t nfold;
  news_sentence *sent;
  size_t nsent;
  news_paragraph *para;
  size_t npara;
  news_qspan *qspan; /* in order of opening mark */
  size_t nqspan;
  uint32_t *tok_sent; /* sentence index of each token */
} news_doc;

/* ---------------------------------------------------------------------------
** Engine: the allocator and the lexicon indexes, built on first use. One per
** SQLite connection; it holds no state shared between engines.
*/
news_engine *news_engine_new(const news_allocator *a);
void news_engine_free(news_engine *eng);
/* Frees what the engine keeps for reuse between parses (a freed document's
** arrays, kept so the next article needs no fresh memory); lexicons stay. */
void news_engine_trim(news_engine *eng);
const news_allocator *news_engine_allocator(const news_engine *eng);
void *news_engine_malloc(news_engine *eng, size_t n);
void *news_engine_realloc(news_engine *eng, void *p, size_t n);
void news_engine_mfree(news_engine *eng, void *p);

/* Slots let each capability keep its lexicon indexes in the engine without
** the engine knowing their types. */
enum news_slot {
  NEWS_SLOT_TEXT,
  NEWS_SLOT_QUOTES,
  NEWS_SLOT_DATES,
  NEWS_SLOT_STANCE,
  NEWS_SLOT_MAX
};
typedef void (*news_slot_free)(news_engine *eng, void *p);
void *news_engine_slot(news_engine *eng, enum news_slot slot);
void news_engine_set_slot(news_engine *eng, enum news_slot slot, void *p, news_slot_free destroy);

/* Parse `len` bytes of `text` (it may stop earlier, at a NUL). The doc
** refers to `text`, which must stay alive and unchanged until news_doc_free. */
int news_doc_parse(news_engine *eng, const char *text, size_t len, news_doc **out);
void news_doc_free(news_doc *doc);

/* The folded form of token i: case-folded, marks stripped, NFKC, ’ → ',
** all double quote marks → ", all dashes → -. Not NUL-terminated. */
static inline const char *news_tok_fold(const news_doc *d, size_t i) {
  return d->fold + d->tok[i].fold;
}
/* 1 when token i's folded form is exactly the NUL-terminated `s`. */
int news_tok_is(const news_doc *d, size_t i, const char *s);
/* End byte/char of token i, exclusive. */
static inline uint32_t news_tok_end(const news_doc *d, size_t i) {
  return d->tok[i].byte + d->tok[i].nbyte;
}
static inline uint32_t news_tok_chr_end(const news_doc *d, size_t i) {
  return d->tok[i].chr + d->tok[i].nchr;
}
/* Characters in text[0, byte), by SQLite's rule. O(byte): for spans the engine
** did not make itself; prefer token positions. */
size_t news_chr_count(const char *text, size_t byte);

/* ---------------------------------------------------------------------------
** Folding and hashing, shared by the tokenizer and every lexicon so that a
** lexicon entry and a token in a text compare equal exactly when they should.
** news_fold writes at most `cap` bytes of the folded form of `n` bytes of `s`
** into `out` and returns the folded form's whole length (as snprintf does).
*/
size_t news_fold(const char *s, size_t n, char *out, size_t cap);
uint32_t news_hash(const char *s, size_t n);

/* ---------------------------------------------------------------------------
** Lexicons: tables of words and phrases with their meanings live in each
** capability's source as arrays of structs whose first member is the phrase.
** A news_lexicon indexes such an array by the hashes of the phrase's folded
** tokens (tokenized exactly as article text is), for longest-match look-ups
** at a token position.
*/
typedef struct news_lexicon news_lexicon;

/* Index `n` entries of `stride` bytes each starting at `entries`; the first
** member of each entry is `const char *phrase`, written as it appears in
** running text ("Sen.", "according to", "Brig.-Gen."): phrases are tokenized
** like articles, so an abbreviation keeps its period only where it would in
** an article. Returns NULL on OOM. */
news_lexicon *news_lexicon_new(news_engine *eng, const void *entries, size_t n, size_t stride);
/* The same over the entries for which keep(entry, ctx) is true: one table
** can feed several lexicons (one per class), so a look-up for one class never
** walks the phrases of the others. */
news_lexicon *news_lexicon_new_where(news_engine *eng, const void *entries, size_t n, size_t stride,
                                     int (*keep)(const void *entry, void *ctx), void *ctx);
void news_lexicon_free(news_engine *eng, news_lexicon *lex);

/* The entry whose phrase matches the most tokens starting at token i, or NULL.
** `*ntok` receives the number of tokens matched. Matching never crosses a
** paragraph. */
const void *news_lexicon_match(const news_lexicon *lex, const news_doc *d, size_t i, size_t *ntok);
/* Every entry whose phrase matches at token i, longest first: pass the
** previous result (NULL to start). */
const void *news_lexicon_match_next(const news_lexicon *lex, const news_doc *d, size_t i,
                                    const void *prev, size_t *ntok);
/* Look up a single folded word. */
const void *news_lexicon_word(const news_lexicon *lex, const char *fold, size_t nfold);

/* Abbreviations: the classes decide whether "X." can end a sentence. */
enum news_abbr_class {
  NEWS_ABBR_NONE = 0,
  NEWS_ABBR_TITLE,   /* Sen. Dr. Brig. Lt.: always followed by a name, never ends a sentence */
  NEWS_ABBR_INITIAL, /* T. in Helen T. Marsh */
  NEWS_ABBR_DATE,    /* Jan. Sept. Tues.: before a day number or a year */
  NEWS_ABBR_NUMBER,  /* No. Nos. Art.: only before a number */
  NEWS_ABBR_GENERIC, /* Inc. Jr. Calif. U.S. a.m.: ends a sentence when a new one clearly starts */
};

#ifdef __cplusplus
}
#endif

/* The capabilities built on the text engine. */
#include "news_dates.h"
#include "news_quotes.h"
#include "news_stance.h"

#endif /* NEWS_H */
