/*
** news_quotes.h: who said what: quotes, speakers, reported speech (ext/quotes/).
** Included by news.h; plain C, no SQLite types.
**
**   news_quotes *qs;
**   if (news_quotes_extract(doc, &qs) == NEWS_OK) {
**     for (size_t i = 0; i < qs->n; i++) {
**       const news_quote *q = &qs->q[i];
**       ... doc->text + q->byte, q->nbyte: the words attributed
**       ... q->speaker >= 0: qs->spk[q->speaker].name, the fullest name
**     }
**     news_quotes_free(doc->engine, qs);
**   }
**
** One news_quote per contiguous quoted or reported span, in text order:
** a direct quote is the text inside its marks (a split quote "A," she said,
** "B." gives two; a quote running over paragraphs gives one per paragraph);
** reported speech is the reported clause without "that" (kind INDIRECT, or
** MIXED when it holds a quoted fragment). Each carries the mention that names
** its source (a name, "he", "a senior official"), the speaker it resolves to
** (the fullest name in the article, an organisation, outlet or description),
** the cue (lemma of the reporting expression) and the outlet credited.
**
** Attachment points for the other capabilities. Every quote records the
** token of its reporting verb (`cue_tok`: "said" in "said on Monday that",
** the date engine reads the date attached to it) and the token range of the
** sentence(s) it is read with (`ctx_tok`, `ctx_ntok`: quote, cue and speaker,
** the range the stance engine judges toward a target). news_quote_cue_token()
** and news_quote_context() return them.
*/
#ifndef NEWS_QUOTES_H
#define NEWS_QUOTES_H

#include "news.h"

#ifdef __cplusplus
extern "C" {
#endif

enum news_quote_kind {
  NEWS_QUOTE_DIRECT = 1, /* inside quote marks */
  NEWS_QUOTE_INDIRECT,   /* reported speech, no marks */
  NEWS_QUOTE_MIXED,      /* reported speech holding a quoted fragment */
};

/* How the speaker mention was read, for explain/debug output and the
** per-pattern error counts of the evaluation. */
enum news_quote_pattern {
  NEWS_QP_NONE = 0,
  NEWS_QP_QUOTE_CUE_SPEAKER,  /* “…,” said X   (QCQVS) */
  NEWS_QP_QUOTE_SPEAKER_CUE,  /* “…,” X said   (QCQSV) */
  NEWS_QP_SPEAKER_CUE_QUOTE,  /* X said: “…”   (SVQCQ) */
  NEWS_QP_CONTINUED,          /* a quote with no attribution of its own, continuing a speaker */
  NEWS_QP_SPEAKER_CUE_CLAUSE, /* X said (that) … (SVC) */
  NEWS_QP_CLAUSE_SPEAKER_CUE, /* …, X said.    (CSV) */
  NEWS_QP_CLAUSE_CUE_SPEAKER, /* …, said X.    (CVS) */
  NEWS_QP_ACCORDING_TO,       /* according to X, … / …, according to X */
  NEWS_QP_QUOTED_AS_SAYING,   /* X was quoted by Y as saying … / Y quoted X as saying … */
  NEWS_QP_PARTICIPLE,         /* …, saying …  (the subject of the clause before) */
  NEWS_QP_FRAGMENT,           /* called it “…”, dismissed it as “…” */
  NEWS_QP_HEADLINE,           /* … : FM  /  …, minister says  /  X says … */
  NEWS_QP_COLON,              /* X: “…” */
  NEWS_QP_SIGNOFF,            /* “…” — X  (a quote signed by its speaker) */
  NEWS_QP_MAX
};

/* How the speaker's name was found from the mention. */
enum news_speaker_kind {
  NEWS_SPK_PERSON = 1,
  NEWS_SPK_ORG,         /* an organisation, government, place standing for one */
  NEWS_SPK_OUTLET,      /* a news outlet or agency */
  NEWS_SPK_DESCRIPTION, /* "senior Peruvian army official": no name given */
};

typedef struct news_speaker {
  const char *name; /* the fullest name ("Ali-Reza Karimi"), no titles; in the result's pool */
  uint32_t nname;   /* bytes */
  const char *role; /* "Foreign Ministry spokesman", or NULL */
  uint32_t nrole;
  uint32_t first_tok; /* first mention of the speaker in the text (token index) */
  uint32_t first_chr; /* its 0-based character position */
  uint32_t nquotes;   /* quotes attributed to this speaker */
  uint8_t kind;       /* enum news_speaker_kind */
} news_speaker;

typedef struct news_quote {
  uint32_t tok, ntok;   /* the quote's tokens */
  uint32_t byte, nbyte; /* the quote's text */
  uint32_t chr, nchr;
  /* The mention naming the source ("he", "Qassemi", "a senior official"),
  ** or tok = NEWS_NONE when no source can be found. */
  uint32_t mention_tok, mention_ntok;
  uint32_t mention_chr, mention_nchr;
  int32_t speaker;  /* index into the result's spk[], or -1 */
  const char *role; /* the speaker's role as this attribution or the article gives it, or NULL */
  uint32_t nrole;
  const char *cue; /* lemma of the reporting expression ("say", "according to"), or NULL */
  uint32_t cue_tok, cue_ntok; /* the reporting verb's tokens, or NEWS_NONE */
  /* The outlet credited ("Tasnim" in "was quoted by Tasnim as saying"), or NEWS_NONE. */
  uint32_t via_tok, via_ntok;
  uint32_t ctx_tok, ctx_ntok; /* the sentence(s) the quote is read with */
  uint8_t kind;               /* enum news_quote_kind */
  uint8_t pattern;            /* enum news_quote_pattern */
} news_quote;

typedef struct news_quotes {
  news_quote *q;
  size_t n;
  news_speaker *spk; /* in order of first mention */
  size_t nspk;
  char *pool; /* names and roles */
  size_t npool;
} news_quotes;

/* Finds every attributed statement in a parsed doc. Time linear in the text.
** Returns NEWS_OK or NEWS_NOMEM (then *out is NULL). */
int news_quotes_extract(const news_doc *d, news_quotes **out);
void news_quotes_free(news_engine *eng, news_quotes *qs);

/* The token of the reporting verb a quote hangs on ("said" in "X said on
** Monday that …"), or NEWS_NONE for headlines and quotes with no cue. */
static inline uint32_t news_quote_cue_token(const news_quote *q) {
  return q->cue_tok;
}
/* The token range [*tok, *tok + *ntok) of the sentence(s) the quote is read
** with: where its speaker, cue and words are. */
static inline void news_quote_context(const news_quote *q, uint32_t *tok, uint32_t *ntok) {
  *tok = q->ctx_tok;
  *ntok = q->ctx_ntok;
}

/* The GGT-style type string of a pattern ("QCQVS", "SVC", ...). */
const char *news_quote_pattern_name(int pattern);
/* "direct", "indirect" or "mixed". */
const char *news_quote_kind_name(int kind);

/* A key equal for the variants of one person's name across articles: titles
** and determiners dropped, case and accents folded, hyphens as spaces,
** transliteration variants merged ("Mohammad/Muhammad/Mohammed", doubled
** letters, initial "Gh"/"Q"). Writes an allocated NUL-terminated key to *out
** (free with news_engine_mfree) and its length to *nout; an empty name gives
** an empty key. Returns NEWS_OK, NEWS_NOMEM or NEWS_TOOBIG. */
int news_speaker_key(news_engine *eng, const char *name, size_t len, char **out, size_t *nout);

#ifdef __cplusplus
}
#endif

#endif
