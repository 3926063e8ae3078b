/*
** stance_internal.h: what the stance engine's files share (ext/stance/).
**
**   stem.c       cheap lemmatisation: irregular forms, spelling variants, suffix table
**   phrase.c     phrase index over stems (so "ruled out" matches "rule out")
**   lex_cues.c   the cue lexicon: stance verbs, negators, modals, idioms ... (data)
**   lex_groups.c near-synonym groups of policy nouns, places and demonyms (data)
**   lex_words.c  irregular forms, stop words of target phrases (data)
**   lex_vader.c  VADER word valences, for the lean of a text (data)
**   target.c     compiling a target phrase into content-word groups
**   marks.c      first pass: stems, cues, target hits and clauses of a token range
**   mentions.c   which clauses speak of the target (named, or carried from before)
**   compose.c    the composition: scope, polarity, sentences, label
**   lean.c       the sentiment of a text read without the target
**   explain.c    the result as JSON
**   stance.c     the lexicon slot, results, the public entry
*/
#ifndef NEWS_STANCE_INTERNAL_H
#define NEWS_STANCE_INTERNAL_H

#include "news.h"

/* Internal cue kinds, after the public enum news_stance_kind: they shape
** scope and clauses but are not reported as deciding cues. */
enum stance_ikind {
  SK_TERM = 40, /* ends a clause: because, which, who, since ... */
  SK_PSEUDO,    /* pseudo-negation: no doubt, not only, without hesitation */
  SK_AUX,       /* auxiliary before "not": weight = how much "not" then commits */
  SK_REPORT,    /* neutral reporting verb: said, told, according to */
  SK_ANAPHOR,   /* it, the plan, that road: carries a target named before */
  SK_COORD,     /* and, or: split when a new verb phrase with a cue follows */
  SK_AS,        /* as, calling it: a secondary predication ("dismissed X as a trap") */
  SK_BE,        /* be, get: marks a passive before a participle */
  SK_BY,        /* by: the agent of a participle */
  SK_DET,       /* the, a, its: a participle after it is an adjective */
};

/* Finer classes, per kind (cls). */
enum stance_cls {
  C_NONE = 0,
  /* NEWS_CUE_STANCE: the act, after CAMEO's roots */
  C_REJECT,
  C_DENY,
  C_CRITICIZE,
  C_ENDORSE,
  C_PRAISE,
  C_DEMAND,
  C_OFFER,
  C_ACCEPT,
  C_ENGAGE,
  /* NEWS_CUE_NEGATION */
  C_NOT,   /* "not": weight from the auxiliary before it */
  C_FIXED, /* never, no, without: its own weight */
  /* NEWS_CUE_MODAL */
  C_HEDGE,   /* could, might: lowers strength */
  C_DEONTIC, /* must, should: a demand, polarity + */
  /* NEWS_CUE_CONDITION */
  C_IF,
  C_UNLESS,
  /* NEWS_CUE_CONTRAST */
  C_BUT,      /* the clause it opens dominates */
  C_ALTHOUGH, /* the clause it opens is conceded */
  /* NEWS_CUE_WITHHOLD */
  C_SENTENCE, /* withholds everything after it in the sentence */
  /* NEWS_CUE_QUESTION */
  C_RHETORIC,
  /* NEWS_CUE_IDIOM / EVALUATION placement */
};

/* Entry flags. */
#define F_EXACT   0x01 /* match the folded word, not its stem ("backed" but not "back") */
#define F_LITOTES 0x02 /* a negative that a negation just before turns into litotes */
#define F_PRED    0x04 /* evaluation: counts only as a predicate after the target */
#define F_ATTR    0x08 /* evaluation: also counts directly before the target ("the disastrous X") */
#define F_CLAUSE  0x10 /* idiom: bears on a target anywhere in its clause ("X is our red line") */
#define F_START   0x20 /* only at the start of a sentence or clause (rhetorical openers, "yet") */

/* One row of the cue lexicon. Phrases are written as in running text, in
** their base form ("rule out" also matches "ruled out", "rules out"); " ... "
** inside a phrase is a gap of up to 8 words ("door ... open"). */
typedef struct stance_cue_entry {
  const char *phrase;
  uint8_t kind;   /* enum news_stance_kind or enum stance_ikind */
  int8_t pol;     /* -1, 0, +1 */
  uint8_t weight; /* hundredths */
  uint8_t cls;    /* enum stance_cls */
  uint8_t flags;  /* F_* */
} stance_cue_entry;
extern const stance_cue_entry stance_cues[];
extern const size_t stance_ncues;

/* Target roles: how much a content word of the target counts when matched. */
enum stance_role {
  R_EVENT = 1, /* the policy or act: talks, sanctions, ceasefire, tariffs, privatisation */
  R_ANCHOR,    /* what it is about: missile, steel, retirement, railway */
  R_GENERIC,   /* programme, plan, national, issue: weak on its own */
  R_PLACE,     /* Iran, Russia, Gaza, Chinese: weakest */
};

/* One row of the near-synonym table: `phrase` belongs to `group` with
** `weight` (hundredths; below 100 for a near synonym, e.g. "a deal" for
** "negotiations"). The first row of a group names it. */
typedef struct stance_syn_entry {
  const char *phrase;
  uint16_t group;
  uint8_t weight;
  uint8_t role; /* enum stance_role, for a target word in this group */
  uint8_t flags;
} stance_syn_entry;
extern const stance_syn_entry stance_syns[];
extern const size_t stance_nsyns;

/* Irregular forms and derivations: form -> base. */
typedef struct stance_irregular {
  const char *form;
  const char *base;
} stance_irregular;
extern const stance_irregular stance_irregulars[];
extern const size_t stance_nirregulars;

/* Words a target phrase drops: determiners, prepositions, framing of debate
** motions ("this house would"). */
typedef struct stance_stopword {
  const char *word;
  uint8_t role;     /* 0: dropped; R_GENERIC: kept as a weak word */
  uint8_t boundary; /* ends the head noun phrase (a preposition, a verb of being) */
} stance_stopword;
extern const stance_stopword stance_stopwords[];
extern const size_t stance_nstopwords;

/* Word valences for the `lean` of a text (lex_vader.c), tenths of -4..+4. */
typedef struct stance_valence {
  const char *word;
  int8_t valence;
} stance_valence;
extern const stance_valence stance_vader[];
extern const size_t stance_nvader;

/* ---- stems ---- */
#define STEM_MAX  48
#define STEM_SALT 0x5bd1e995u
typedef struct stance_lex stance_lex;
/* Stem of a folded word into out (STEM_MAX bytes); returns its length. */
size_t stance_stem(const stance_lex *lx, const char *fold, size_t n, char *out);
uint32_t stance_stem_hash(const char *stem, size_t n);

/* ---- phrase index over stems ---- */
typedef struct stance_index stance_index;
/* Keys of the tokens of a range, as the index compares them. */
typedef struct stance_keys {
  const news_doc *d;
  size_t base;          /* token index of stem[0] */
  size_t end;           /* one past the last token */
  const uint32_t *stem; /* stem hash per token (0: not a word) */
} stance_keys;
typedef struct stance_match {
  const void *entry;
  uint32_t ntok; /* tokens covered, gap included */
} stance_match;
stance_index *stance_index_new(news_engine *eng, const stance_lex *lx, const void *entries,
                               size_t n, size_t stride, size_t flags_off);
void stance_index_free(news_engine *eng, stance_index *ix);
/* Entries matching at token i (absolute), longest first; up to `max` into out.
** Matches stop at `end`. Returns the count. */
size_t stance_index_match(const stance_index *ix, const stance_keys *k, size_t i, size_t end,
                          stance_match *out, size_t max);

/* ---- the lexicon slot ---- */
struct stance_lex {
  news_lexicon *irregular; /* by folded form */
  news_lexicon *stop;      /* by folded form */
  news_lexicon *valence;   /* VADER words, by folded form */
  stance_index *cues;
  stance_index *syns;
};
/* The engine's stance lexicons, built on first use (NULL on OOM). */
const stance_lex *stance_lex_get(news_engine *eng);

/* ---- targets ---- */
#define TARGET_MAX_WORDS 16
typedef struct target_word {
  uint32_t stem;  /* stem hash */
  uint16_t group; /* synonym group, or 0: matched by stem only */
  uint8_t role;
  float weight;
} target_word;
#define TARGET_MAX_ACTS 4
struct news_target {
  size_t nword;
  target_word word[TARGET_MAX_WORDS];
  size_t nact;
  uint32_t act[TARGET_MAX_ACTS]; /* stems of the act the target names ("reopening") */
  int head;                      /* index of the head word, or -1 */
  float total;                   /* sum of weights */
  int dir;                       /* -1 when the target undoes what it names ("lifting sanctions") */
  char desc[256];
};

/* ---- growable buffers ---- */
int stance_grow(news_engine *eng, void **p, size_t *cap, size_t need, size_t elem);

/* ---- the analysis of one range ---- */
/* `named_before`: the target was named before tokens [ctx, tok) (as when a
** caller knows the article named it earlier), which lets later sentences
** carry it just as a naming sentence in the context does. */
int stance_analyse(news_engine *eng, const stance_lex *lx, const news_target *t, const news_doc *d,
                   size_t ctx, size_t tok, size_t ntok, int named_before, news_stance_result *r);

#endif
