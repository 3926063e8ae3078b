/*
** stance_marks.h: the marks marks.c puts on a token range and compose.c
** reads: per token its cue, target hit and clause; per clause its span and
** type. All of it lives in one scratch buffer the result struct keeps, so a
** call allocates nothing once the buffer is big enough.
*/
#ifndef NEWS_STANCE_MARKS_H
#define NEWS_STANCE_MARKS_H

#include "stance_internal.h"

/* Token flags. */
#define T_BE      0x01 /* a form of be/get: a participle after it is passive */
#define T_BY      0x02
#define T_AS      0x04 /* as, calling it: a secondary predication */
#define T_COORD   0x08 /* and, or */
#define T_CONTENT 0x10 /* a word that is not a stop word */
#define T_DET     0x20 /* a determiner: the, a, its */

typedef struct stance_tinfo {
  const stance_cue_entry *cue; /* the cue starting here (longest match), or NULL */
  uint32_t clause;
  uint16_t cue_ntok;
  int16_t hit;      /* index of the target word hit here, or -1 */
  uint8_t hit_ntok; /* tokens of the hit */
  uint8_t hit_w;    /* its synonym weight, hundredths */
  uint8_t aux;      /* an auxiliary: weight of a "not" after it */
  uint8_t ana_ntok; /* an anaphor starts here ("it", "the plan"): its tokens */
  uint8_t flags;    /* T_* */
  uint8_t act;      /* a word of the act the target names ("reopening") */
} stance_tinfo;

enum stance_clause_type {
  CL_MAIN,
  CL_BUT,      /* opened by but/however: dominates */
  CL_ALTHOUGH, /* opened by although/while: conceded */
  CL_IF,       /* a condition */
  CL_UNLESS,
  CL_CTX, /* context before the range: searched for mentions only */
};

typedef struct stance_clause {
  uint32_t start, end; /* tokens [start, end) */
  uint32_t sent;
  uint8_t type;     /* enum stance_clause_type */
  uint8_t accepted; /* holds a mention of the target */
  uint8_t anaphor;  /* the mention is an anaphor */
  uint8_t blocked;  /* withheld (whether, declined to comment, plain question) */
  float q;          /* how much of the target it names, 0..1 */
  uint32_t m;       /* the main hit */
  uint32_t ms, me;  /* the mention's span [ms, me) */
  int act;          /* sign of the clause's own act, for conditions: +1, -1, 0 */
  int rel0;         /* relation of a carried mention to the target (0: +1) */
  uint32_t act_tok; /* the cue that decided `act` (valid when act != 0) */
  double value;     /* signed contribution */
  int has_cue;      /* some cue bore on the mention */
} stance_clause;

typedef struct stance_marks {
  const news_doc *d;
  const stance_lex *lx;
  size_t ctx, tok, ntok;
  int named_before; /* the target was named before ctx: later sentences may carry it */
  stance_tinfo *ti; /* indexed from ctx */
  stance_clause *clause;
  size_t nclause;
} stance_marks;

#define TI(mk, i) (&(mk)->ti[(i) - (mk)->ctx])

int stance_marks_build(news_engine *eng, const stance_lex *lx, const news_target *t,
                       const news_doc *d, size_t ctx, size_t tok, size_t ntok, void **scratch,
                       size_t *cap, stance_marks *mk);

/* mentions.c: marks the clauses that speak of the target (accepted, q, m,
** ms, me, anaphor, rel0) and extends their scope (start). */
void stance_find_mentions(stance_marks *mk, const news_target *t);

/* lean.c: VADER valences and this engine's judgement cues over the range,
** negation- and contrast-weighted; positive leans favourable. */
double stance_lean(const stance_lex *lx, const stance_marks *mk);

#endif
