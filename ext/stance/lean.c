/*
** lean.c: the lean of a text, its sentiment read without the target.
*/
#include "stance_marks.h"

/* The lean of the text: its sentiment read without the target, for a forced
** choice when a text argues about a topic it does not name. VADER's rules in
** short: word valences, a negation within three words before (same clause)
** multiplies by -0.74, after "but" a clause counts 1.5 and before it 0.5;
** plus the stance and judgement cues of this engine's lexicon. */
double stance_lean(const stance_lex *lx, const stance_marks *mk) {
  double vader = 0, cues = 0;
  const news_doc *d = mk->d;
  size_t last_neg = (size_t)-1;
  /* next_but: the first clause after the current one that is a "but" clause
  ** of the same sentence, or where the sentence ends. It only moves forward,
  ** so a sentence of many clauses costs linear time, not quadratic. */
  size_t next_but = 0;
  for (size_t ci = 0; ci < mk->nclause; ci++) {
    const stance_clause *c = &mk->clause[ci];
    if (next_but <= ci) next_but = ci + 1;
    while (next_but < mk->nclause && mk->clause[next_but].sent == c->sent &&
           mk->clause[next_but].type != CL_BUT)
      next_but++;
    if (c->type == CL_CTX) continue;
    double f = c->type == CL_BUT ? 1.5 : 1;
    if (next_but < mk->nclause && mk->clause[next_but].sent == c->sent) f = 0.5;
    for (size_t i = c->start; i < c->end; i++) {
      const stance_tinfo *ti = TI(mk, i);
      const stance_cue_entry *e = ti->cue;
      if (e && e->kind == NEWS_CUE_NEGATION) last_neg = i;
      int negated =
          last_neg != (size_t)-1 && last_neg >= c->start && i <= last_neg + 3 && i > last_neg;
      if (e &&
          (e->kind == NEWS_CUE_STANCE || e->kind == NEWS_CUE_EVALUATION ||
           e->kind == NEWS_CUE_IDIOM || e->kind == NEWS_CUE_FRAMING || e->kind == NEWS_CUE_LITOTES))
        cues += f * (negated ? -0.74 : 1) * e->pol * e->weight / 100.0;
      if (d->tok[i].kind != NEWS_TOK_WORD) continue;
      const stance_valence *v =
          news_lexicon_word(lx->valence, news_tok_fold(d, i), d->tok[i].nfold);
      if (v) vader += f * (negated ? -0.74 : 1) * v->valence / 10.0;
    }
  }
  return vader / 4 + cues / 8;
}
