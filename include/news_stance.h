/*
** news_stance.h: which way: the stance a text takes toward a target the user
** names (ext/stance/). Included by news.h; plain C, no SQLite types.
**
** A transparent rule-based tagger: no trained model. The target phrase is
** compiled once into groups of content words (with inflections and near
** synonyms: "negotiations" also matches talks, dialogue, negotiate, a deal);
** the text is read clause by clause with lexicons of stance cues (reporting
** verbs that carry stance, negators and their scope, litotes, modals and
** conditions, idioms, pressure acts, framing words such as "so-called"), and
** every cue that decided the label is reported.
**
**   news_target *t;
**   if (news_target_compile(eng, "a ceasefire in Gaza", 19, &t) == NEWS_OK) {
**     news_stance_result r;
**     news_stance_result_init(&r);
**     news_stance_range(eng, t, doc, 0, 0, doc->ntok, &r);   -- r.label, r.score, r.cue[]
**     news_stance_result_clear(eng, &r);                      -- keeps nothing
**     news_target_free(eng, t);
**   }
**
** For the quotes capability: the stance of a quote "read with the sentence it
** stands in" is news_stance_quote, i.e. news_stance_range over the tokens of
** the sentence(s) holding the quote and its attribution (the speaker's reporting verb then counts:
** "rejected a proposal to negotiate"). `ctx_tok` may point earlier (e.g. the
** previous sentence) so that a target named there is carried into the range
** ("Fresh tariffs were debated. 'We will never accept that,' he said."): the
** context is searched only for target mentions, never for cues.
** A result struct can be reused call after call (its arrays are kept and
** grown), so a loop over many quotes allocates nothing per call.
*/
#ifndef NEWS_STANCE_H
#define NEWS_STANCE_H

#include "news.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Labels; the integer value is the sign of the stance. */
enum news_stance_label {
  NEWS_STANCE_AGAINST = -1,
  NEWS_STANCE_NONE = 0,
  NEWS_STANCE_FAVOR = 1,
};
const char *news_stance_label_name(int label); /* "favor", "against", "none" */

/* Why a result is `none` (NEWS_STANCE_WHY_*), or which way it leans. */
enum news_stance_why {
  NEWS_STANCE_WHY_CUES = 0,  /* decided by the cues (favor/against) */
  NEWS_STANCE_WHY_NO_TARGET, /* the target is not mentioned */
  NEWS_STANCE_WHY_NO_CUE,    /* mentioned, but no stance cue bears on it (a report) */
  NEWS_STANCE_WHY_WITHHELD,  /* declined to comment, "whether", a plain question */
  NEWS_STANCE_WHY_WEAK,      /* cues too weak or in conflict */
};
const char *news_stance_why_name(int why);

/* What a cue is: the kinds of the lexicon tables, plus the target mention. */
enum news_stance_kind {
  NEWS_CUE_MENTION = 1, /* the target (or a word carrying it: "it", "the plan") */
  NEWS_CUE_STANCE,      /* reporting verb or act with stance: rejected, welcomed, called for */
  NEWS_CUE_NEGATION,    /* not, never, no, non-, rather than; `scope` is its scope */
  NEWS_CUE_LITOTES,     /* a negated negative: did not rule out, not opposed to */
  NEWS_CUE_REVERSAL,    /* an act undoing the target: lift, scrap, an end to */
  NEWS_CUE_INCREASE,    /* an act furthering it: raise, extend, new, impose */
  NEWS_CUE_IDIOM,       /* red line, off the table, the door remains open */
  NEWS_CUE_EVALUATION,  /* a judgement of the target: a disaster, vital, a trap */
  NEWS_CUE_FRAMING,     /* so-called, purported: distance taken from the target */
  NEWS_CUE_MODAL,       /* could, might (hedge); must, should (demand) */
  NEWS_CUE_CONDITION,   /* if, unless, provided that */
  NEWS_CUE_CONTRAST,    /* but, however, although */
  NEWS_CUE_PRESSURE,    /* threaten, warn, ultimatum: an act with no stance of its own */
  NEWS_CUE_WITHHOLD,    /* declined to comment, whether, too early to say */
  NEWS_CUE_QUESTION,    /* a rhetorical question (inverts) or a plain one (withholds) */
  NEWS_CUE_BOOSTER,     /* categorically, firmly, fully */
  NEWS_CUE_KIND_MAX
};
const char *news_stance_kind_name(int kind); /* "mention", "stance", "negation", ... */

/* One cue that bore on the result. Token indexes are into the doc. */
typedef struct news_stance_cue {
  uint32_t tok, ntok;             /* the cue's words */
  uint32_t scope_tok, scope_ntok; /* negation: the words it governs (else 0, 0) */
  int8_t kind;                    /* enum news_stance_kind */
  int8_t polarity;                /* -1, 0, +1: its own direction */
  int16_t weight;                 /* strength in hundredths */
  const char *lemma;              /* the lexicon entry (static) */
} news_stance_cue;

typedef struct news_stance_result {
  int label;    /* enum news_stance_label */
  int why;      /* enum news_stance_why */
  double score; /* signed: > 0 favor, < 0 against; |score| is the strength */
  /* The sentiment of the text read without the target: the sign of the
  ** evaluative and stance words in it. For forced-choice use when the target
  ** is known to be the topic but is not named (debate claims). */
  double lean;
  news_stance_cue *cue; /* the deciding cues, in text order */
  size_t ncue;
  /* Internal scratch, kept between calls. */
  size_t cap_cue;
  void *scratch;
  size_t cap_scratch;
} news_stance_result;

/* A compiled target. */
typedef struct news_target news_target;

/* Compiles the phrase `text[0..len)`. NEWS_BADARG when it has no content
** words (empty, or only stop words); NEWS_NOMEM; NEWS_TOOBIG past 4096 bytes. */
int news_target_compile(news_engine *eng, const char *text, size_t len, news_target **out);
void news_target_free(news_engine *eng, news_target *t);
/* Content words as compiled, e.g. "ceasefire|gaza" (static buffer per target). */
const char *news_target_describe(const news_target *t);

void news_stance_result_init(news_stance_result *r);
void news_stance_result_clear(news_engine *eng, news_stance_result *r);

/* Stance of tokens [tok, tok + ntok) of `d` toward `t`, into `r` (reset
** first). `ctx_tok` <= tok: tokens [ctx_tok, tok) are only searched for a
** target mention to carry into the range. Returns NEWS_OK or NEWS_NOMEM. */
int news_stance_range(news_engine *eng, const news_target *t, const news_doc *d, size_t ctx_tok,
                      size_t tok, size_t ntok, news_stance_result *r);

/* The stance of a quote (tokens [tok, tok + ntok), e.g. a news_qspan's
** content) read with the sentence(s) it stands in, the article before them
** as context: news_stance_range over the whole sentences holding the quote,
** with ctx_tok = 0. So "Tehran rejected a proposal to negotiate" counts for the
** speaker who rejected, and a direct quote gets its attribution ("... ," the
** minister said, dismissing X as a trap). This is the quotes capability's
** `stance` column; the speaker's stance is then a GROUP BY over quote rows. */
int news_stance_quote(news_engine *eng, const news_target *t, const news_doc *d, size_t tok,
                      size_t ntok, news_stance_result *r);

/* What the article before a range contributes is one fact: whether it named
** the target (a later sentence may then carry it: "The door is open," he
** said). news_stance_range_named takes that fact instead of re-reading the
** article, and news_stance_first_naming finds it once per article: the first
** sentence, from `from` on, that names the target on its own (d->nsent if
** none). Reading every quote of an article this way is linear in its length,
** where news_stance_quote re-reads the article up to the first naming
** sentence on each call. */
int news_stance_range_named(news_engine *eng, const news_target *t, const news_doc *d, size_t tok,
                            size_t ntok, int named_before, news_stance_result *r);
int news_stance_first_naming(news_engine *eng, const news_target *t, const news_doc *d, size_t from,
                             news_stance_result *r, size_t *first);

/* The result as JSON text (NUL-terminated, allocated with the engine
** allocator; free with news_engine_mfree): label, score, lean, reason, the
** target as compiled, and the cues with their words and 1-based character
** positions counted from character `chr_base` of d->text (0 for the whole
** text; the first character of the range when the doc holds context first). */
int news_stance_json(news_engine *eng, const news_doc *d, const news_stance_result *r,
                     const news_target *t, size_t chr_base, char **out, size_t *nout);

#ifdef __cplusplus
}
#endif

#endif
