/*
** compose.c: from marks to a label. For every clause that names the target
** (or carries it with "it", "the plan" after a sentence that named it):
**
**   1. Before the mention, nearest first, the operators that govern it
**      multiply: a stance act gives its sign (rejected calls for X: - x + =
**      against X), a negation flips (its weight from the auxiliary: "will
**      not" commits, "did not" reports), a negated F_LITOTES act is weak
**      favor (did not rule out X), an undoing act near X flips the relation
**      (lift sanctions), a deontic modal demands (+), a hedge lowers
**      strength, "whether" or "declined to comment" withholds.
**   2. After it, the first predicate judges it (X is a red line, X would be a
**      disaster, X must not be lifted, X was welcomed by ...), flipped by a
**      negation before it; "dismissed X as a trap" adds instead.
**   3. Attributive framing adds: "the so-called X", "the disastrous X".
**   4. Sentences: a plain question withholds, a rhetorical one inverts;
**      after "but" the later clause dominates, an "although" clause is
**      conceded; a condition clause counts for what the main act wants
**      (ready to talk if sanctions are lifted: against sanctions; sanctions
**      unless progress is made in talks: for talks).
**   5. The sum, times the target's direction, against a threshold.
** Time: linear in the range; each clause is walked a bounded number of times.
*/
#include "stance_marks.h"

#include <stdlib.h>
#include <string.h>

#define THRESHOLD 0.4499 /* 0.45, with room for rounding */
#define REACH     4      /* tokens an undoing act or framing word reaches */

static int push_cue(news_engine *eng, news_stance_result *r, size_t from, size_t tok, size_t ntok,
                    int kind, int pol, double weight, const char *lemma, size_t stok,
                    size_t sntok) {
  for (size_t k = from; k < r->ncue; k++)
    if (r->cue[k].tok == tok && r->cue[k].kind == kind) return NEWS_OK;
  if (stance_grow(eng, (void **)&r->cue, &r->cap_cue, r->ncue + 1, sizeof *r->cue))
    return NEWS_NOMEM;
  news_stance_cue *c = &r->cue[r->ncue++];
  c->tok = (uint32_t)tok;
  c->ntok = (uint32_t)ntok;
  c->scope_tok = (uint32_t)stok;
  c->scope_ntok = (uint32_t)sntok;
  c->kind = (int8_t)kind;
  c->polarity = (int8_t)pol;
  c->weight = (int16_t)(weight * 100 + (weight >= 0 ? 0.5 : -0.5));
  c->lemma = lemma;
  return NEWS_OK;
}

/* The sign of a clause's own act (for the condition attached to it):
** -1 for pressure or a refusal, +1 for an offer or acceptance, 0 for none. */
static int clause_act(const stance_marks *mk, stance_clause *c) {
  int sign = 1, polar = 0;
  for (size_t i = c->start; i < c->end; i++) {
    const stance_cue_entry *e = TI(mk, i)->cue;
    if (!e) continue;
    switch (e->kind) {
    case NEWS_CUE_PRESSURE:
      c->act_tok = (uint32_t)i;
      return -1;
    case NEWS_CUE_STANCE:
      sign *= e->pol;
      if (!polar) c->act_tok = (uint32_t)i;
      polar = 1;
      break;
    case NEWS_CUE_NEGATION:
      sign = -sign;
      break;
    case NEWS_CUE_LITOTES:
      if (!polar) c->act_tok = (uint32_t)i;
      polar = 1;
      break;
    default: /* a deontic modal alone ("it knows what it has to stop") is no act */
      break;
    }
  }
  return polar ? sign : 0;
}

static int has_flag(const stance_marks *mk, size_t a, size_t b, uint8_t flag) {
  for (size_t i = a; i < b; i++)
    if (TI(mk, i)->flags & flag) return 1;
  return 0;
}

static int has_word(const stance_marks *mk, size_t a, size_t b, const char *w) {
  for (size_t i = a; i < b; i++)
    if (news_tok_is(mk->d, i, w)) return 1;
  return 0;
}

/* Weight of a negation at token j: "not" takes it from the auxiliary before. */
static double negation_weight(const stance_marks *mk, const stance_clause *c, size_t j) {
  const stance_cue_entry *e = TI(mk, j)->cue;
  if (e->cls != C_NOT) return e->weight / 100.0;
  for (size_t k = 1; k <= 2 && j >= c->start + k; k++) {
    const stance_tinfo *ti = TI(mk, j - k);
    if (ti->aux) return ti->aux / 100.0;
  }
  return e->weight / 100.0;
}

typedef struct chain {
  int op;        /* sign of the operators before the mention */
  int rel;       /* relation: -1 after an undoing act ("lift sanctions") */
  int after;     /* sign of the predicate after it */
  int after_pol; /* polarity of that predicate's word */
  int polar_b, polar_a;
  double wb, wa; /* strength before / after */
  double add;    /* additive judgements (so-called X; dismissed X as a trap) */
  double hedge, boost;
  int blocked;
} chain;

#define PUSH(tok, ntok, kind, pol, w, lemma, st, sn)                                               \
  do {                                                                                             \
    if (push_cue(eng, r, from, tok, ntok, kind, pol, w, lemma, st, sn)) return NEWS_NOMEM;         \
  } while (0)

/* Operators before the mention, nearest first. */
static int read_before(news_engine *eng, news_stance_result *r, size_t from, const stance_marks *mk,
                       const stance_clause *c, chain *ch) {
  size_t skip_neg = (size_t)-1;
  for (size_t j = c->ms; j-- > c->start;) {
    const stance_tinfo *ti = TI(mk, j);
    const stance_cue_entry *e = ti->cue;
    /* a cue reaching into the mention reads as before it when it is an act
    ** on it ("apply to join [the pact]", the mention grown over "join") */
    if (!e || (j + ti->cue_ntok > c->ms && e->kind != NEWS_CUE_STANCE)) continue;
    if (j == skip_neg) continue;
    size_t end = j + ti->cue_ntok;
    double w = e->weight / 100.0;
    switch (e->kind) {
    case NEWS_CUE_STANCE: {
      /* "the proposed tariffs", "an agreed truce": an adjective, not an act */
      if (j > c->start && (TI(mk, j - 1)->flags & T_DET)) break;
      /* A negation just before a negative act: litotes. */
      if (e->flags & F_LITOTES) {
        size_t k = j;
        while (k > c->start && k + 3 > j) {
          k--;
          const stance_tinfo *tk = TI(mk, k);
          if (tk->cue && tk->cue->kind == NEWS_CUE_NEGATION && k + tk->cue_ntok <= j) {
            PUSH(k, j + ti->cue_ntok - k, NEWS_CUE_LITOTES, 1, 0.6, e->phrase, 0, 0);
            ch->polar_b = 1;
            if (ch->wb < 0.6) ch->wb = 0.6;
            skip_neg = k;
            break;
          }
          if (tk->cue && tk->cue->kind != NEWS_CUE_BOOSTER && tk->cue->kind != NEWS_CUE_MODAL)
            break;
        }
        if (skip_neg == k) break;
      }
      ch->op *= e->pol;
      ch->polar_b = 1;
      if (ch->wb < w) ch->wb = w;
      PUSH(j, ti->cue_ntok, NEWS_CUE_STANCE, e->pol, w, e->phrase, 0, 0);
      break;
    }
    case NEWS_CUE_NEGATION: {
      double nw = negation_weight(mk, c, j);
      ch->op = -ch->op;
      ch->polar_b = 1;
      if (ch->wb < nw) ch->wb = nw;
      PUSH(j, ti->cue_ntok, NEWS_CUE_NEGATION, -1, nw, e->phrase, end, c->me - end);
      break;
    }
    case NEWS_CUE_LITOTES:
    case NEWS_CUE_IDIOM:
      if (e->kind == NEWS_CUE_LITOTES || (e->flags & F_CLAUSE)) {
        ch->op *= e->pol;
        ch->polar_b = 1;
        if (ch->wb < w) ch->wb = w;
        PUSH(j, ti->cue_ntok, e->kind, e->pol, w, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_REVERSAL:
    case NEWS_CUE_INCREASE:
      /* "halted by sanctions": the target is the agent, not what is undone */
      if (end + REACH + 2 >= c->ms && !has_flag(mk, end, c->ms, T_BY)) {
        if (e->kind == NEWS_CUE_REVERSAL) ch->rel = -ch->rel;
        PUSH(j, ti->cue_ntok, e->kind, e->pol, 0, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_FRAMING:
      if (end + REACH >= c->ms) {
        ch->add -= w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_FRAMING, -1, w, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_EVALUATION:
      if ((e->flags & F_ATTR) && end + 2 >= c->ms && !has_word(mk, end, c->ms, "than")) {
        ch->add += e->pol * w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_EVALUATION, e->pol, w, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_MODAL:
      if (e->cls == C_HEDGE) {
        if (ch->hedge > w) ch->hedge = w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_MODAL, 0, w, e->phrase, 0, 0);
      } else {
        ch->polar_b = 1;
        if (ch->wb < w) ch->wb = w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_MODAL, 1, w, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_PRESSURE:
      /* Threatening X is pressing for X ("threatened new sanctions"), not
      ** "warned that X would ..." */
      if (end + REACH >= c->ms && !has_word(mk, end, c->ms, "that")) {
        ch->polar_b = 1;
        if (ch->wb < 0.5) ch->wb = 0.5;
        PUSH(j, ti->cue_ntok, NEWS_CUE_PRESSURE, 1, 0.5, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_WITHHOLD:
      ch->blocked = 1;
      PUSH(j, ti->cue_ntok, NEWS_CUE_WITHHOLD, 0, 0, e->phrase, 0, 0);
      return NEWS_OK;
    case NEWS_CUE_BOOSTER:
      if (ch->boost < w) ch->boost = w;
      PUSH(j, ti->cue_ntok, NEWS_CUE_BOOSTER, 0, w, e->phrase, 0, 0);
      break;
    default:
      break;
    }
  }
  return NEWS_OK;
}

/* The predicate after the mention (or an idiom spanning it). */
static int read_after(news_engine *eng, news_stance_result *r, size_t from, const stance_marks *mk,
                      const stance_clause *c, chain *ch) {
  int as = 0;
  double negw = 0;
  size_t neg_at = 0, neg_n = 0;
  for (size_t j = c->start; j < c->end; j++) {
    const stance_tinfo *ti = TI(mk, j);
    if (j >= c->me && (ti->flags & T_AS)) as = 1;
    const stance_cue_entry *e = ti->cue;
    if (!e) continue;
    size_t end = j + ti->cue_ntok;
    int spans = j < c->ms && end > c->ms;
    if (!spans && j < c->me) continue;
    double w = e->weight / 100.0;
    int passive = 0;
    for (size_t k = 1; k <= 2 && j >= c->start + k; k++)
      if (TI(mk, j - k)->flags & T_BE) passive = 1;
    /* A passive stance counts with its agent or a modal: "was welcomed by
    ** the UN", "must be rejected"; "was first proposed in 1994" reports. */
    int agent = has_flag(mk, end, end + 3 < c->end ? end + 3 : c->end, T_BY);
    for (size_t k = 1; k <= 4 && j >= c->start + k; k++)
      if (TI(mk, j - k)->aux >= 90) agent = 1;
    switch (e->kind) {
    case NEWS_CUE_STANCE:
      /* Only as a passive: "talks were rejected", "the ceasefire was welcomed". */
      if (spans || !passive || !agent || ch->polar_a) break;
      __attribute__((fallthrough));
    case NEWS_CUE_IDIOM:
    case NEWS_CUE_EVALUATION:
      if (e->kind == NEWS_CUE_EVALUATION && !spans && j >= c->me + 12) break;
      if (as && !spans) {
        ch->add += e->pol * w;
      } else if (ch->polar_a && ch->after_pol == e->pol) {
        if (ch->wa < w) ch->wa = w; /* "would bring badly needed capital" */
      } else if (!ch->polar_a) {
        ch->after *= e->pol;
        ch->after_pol = e->pol;
        ch->polar_a = 1;
        ch->wa = w;
        /* a negation inside a gapped idiom: "the door is not closed" */
        for (size_t k = j + 1; k < end && k < c->end; k++) {
          const stance_tinfo *tk = TI(mk, k);
          if (tk->cue && tk->cue->kind == NEWS_CUE_NEGATION) {
            ch->after = -ch->after;
            PUSH(k, tk->cue_ntok, NEWS_CUE_NEGATION, -1, negation_weight(mk, c, k), tk->cue->phrase,
                 j, end - j);
          }
        }
      } else {
        break;
      }
      PUSH(j, ti->cue_ntok, e->kind, e->pol, w, e->phrase, 0, 0);
      break;
    case NEWS_CUE_NEGATION:
      if (spans || ch->polar_a) break;
      ch->after = -ch->after;
      negw = negation_weight(mk, c, j);
      neg_at = j;
      neg_n = ti->cue_ntok;
      PUSH(j, ti->cue_ntok, NEWS_CUE_NEGATION, -1, negw, e->phrase, c->ms, c->me - c->ms);
      break;
    case NEWS_CUE_REVERSAL:
      /* only an undoing the target undergoes: "to be scrapped", "were lifted",
      ** not one it does ("higher taxes are needed to curb emissions") */
      if (!spans && j <= c->me + REACH && passive) {
        ch->rel = -ch->rel;
        PUSH(j, ti->cue_ntok, NEWS_CUE_REVERSAL, -1, 0, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_MODAL:
      if (e->cls == C_HEDGE) {
        if (ch->hedge > w) ch->hedge = w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_MODAL, 0, w, e->phrase, 0, 0);
      } else if (!ch->polar_a && j <= c->me + 2) {
        ch->polar_a = 1;
        ch->wa = w;
        PUSH(j, ti->cue_ntok, NEWS_CUE_MODAL, 1, w, e->phrase, 0, 0);
      }
      break;
    case NEWS_CUE_BOOSTER:
      if (ch->boost < w) ch->boost = w;
      break;
    default:
      break;
    }
  }
  /* A negated predicate with nothing to judge by: the negation alone,
  ** weakly, unless an act before the target already judged it (then the
  ** negation is about something else: "the offer of talks has no expiry"). */
  if (!ch->polar_a && ch->after < 0) {
    if (ch->polar_b) {
      ch->after = 1;
    } else {
      ch->polar_a = 1;
      ch->wa = negw * (c->anaphor ? 0.3 : 0.5);
    }
  }
  (void)neg_at;
  (void)neg_n;
  return NEWS_OK;
}

static int clause_value(news_engine *eng, news_stance_result *r, const stance_marks *mk,
                        stance_clause *c, size_t from) {
  chain ch = {1, c->rel0 ? c->rel0 : 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0};
  /* (an idiom standing for the target has no words of its own to show) */
  if (c->me > c->ms &&
      push_cue(eng, r, from, c->ms, c->me - c->ms, NEWS_CUE_MENTION, 0, c->q, NULL, 0, 0))
    return NEWS_NOMEM;
  if (read_before(eng, r, from, mk, c, &ch)) return NEWS_NOMEM;
  if (ch.blocked) {
    c->blocked = 1;
    return NEWS_OK;
  }
  if (read_after(eng, r, from, mk, c, &ch)) return NEWS_NOMEM;

  double s = 0, w = 0;
  if (ch.polar_b && ch.polar_a) {
    s = ch.op * ch.after * ch.rel;
    w = ch.wb > ch.wa ? ch.wb : ch.wa;
  } else if (ch.polar_b) {
    s = ch.op * ch.rel;
    w = ch.wb;
  } else if (ch.polar_a) {
    s = ch.op * ch.after * ch.rel;
    w = ch.wa;
  }
  double v = s * w * ch.hedge * ch.boost + ch.rel * ch.add;
  c->has_cue = ch.polar_a || ch.polar_b || ch.add != 0;
  /* A condition counts for what the main act wants: even a bare mention
  ** ("unless progress is made in talks"). */
  if (c->type == CL_IF || c->type == CL_UNLESS) {
    double latent = v != 0 ? (v > 0 ? 1 : -1) : ch.op * ch.after * ch.rel;
    v = latent * 0.6 * (c->type == CL_IF ? 1 : -1) * c->act;
    c->has_cue = c->act != 0;
    if (c->act) {
      /* the condition word, and the main act it is read against */
      const stance_tinfo *cw = TI(mk, c->start);
      const stance_tinfo *aw = TI(mk, c->act_tok);
      if (cw->cue && cw->cue->kind == NEWS_CUE_CONDITION &&
          push_cue(eng, r, from, c->start, cw->cue_ntok, NEWS_CUE_CONDITION,
                   c->type == CL_IF ? 1 : -1, 0.6, cw->cue->phrase, c->ms, c->me - c->ms))
        return NEWS_NOMEM;
      if (aw->cue && push_cue(eng, r, from, c->act_tok, aw->cue_ntok, aw->cue->kind, c->act,
                              aw->cue->weight / 100.0, aw->cue->phrase, 0, 0))
        return NEWS_NOMEM;
    }
  }
  if (v > 1.5) v = 1.5;
  if (v < -1.5) v = -1.5;
  c->value = v;
  return NEWS_OK;
}

/* One past the last "?" in tokens [a, b), or 0. */
static size_t question_end(const stance_marks *mk, size_t a, size_t b) {
  const news_doc *d = mk->d;
  for (size_t i = b; i-- > a;)
    if (d->tok[i].kind == NEWS_TOK_PUNCT && memchr(news_tok_fold(d, i), '?', d->tok[i].nfold))
      return i + 1;
  return 0;
}

/* The first token of [a, b) that is not a quote mark. */
static size_t after_quotes(const stance_marks *mk, size_t a, size_t b) {
  const news_doc *d = mk->d;
  while (a < b && (d->tok[a].kind == NEWS_TOK_QUOTE_OPEN || d->tok[a].kind == NEWS_TOK_QUOTE_AMBIG))
    a++;
  return a;
}

static int cmp_cue(const void *a, const void *b) {
  const news_stance_cue *x = a, *y = b;
  if (x->tok != y->tok) return x->tok < y->tok ? -1 : 1;
  return x->kind - y->kind;
}

#define PUSH_AT(from, tok, ntok, kind, pol, w, lemma)                                              \
  do {                                                                                             \
    if (push_cue(eng, r, from, tok, ntok, kind, pol, w, lemma, 0, 0)) return NEWS_NOMEM;           \
  } while (0)

int stance_analyse(news_engine *eng, const stance_lex *lx, const news_target *t, const news_doc *d,
                   size_t ctx, size_t tok, size_t ntok, int named_before, news_stance_result *r) {
  stance_marks mk;
  if (ntok == 0) return NEWS_OK;
  int rc = stance_marks_build(eng, lx, t, d, ctx, tok, ntok, &r->scratch, &r->cap_scratch, &mk);
  if (rc) return rc;
  mk.named_before = named_before;
  stance_find_mentions(&mk, t);
  for (size_t ci = 0; ci < mk.nclause; ci++) mk.clause[ci].act = clause_act(&mk, &mk.clause[ci]);
  int any_mention = 0, any_blocked = 0, any_cue = 0, topic = named_before;
  for (size_t ci = 0; ci < mk.nclause;) {
    size_t cj = ci;
    while (cj < mk.nclause && mk.clause[cj].sent == mk.clause[ci].sent) cj++;
    if (mk.clause[ci].type == CL_CTX) {
      for (size_t k = ci; k < cj; k++) topic |= mk.clause[k].accepted;
      ci = cj;
      continue;
    }
    /* Conditions read against their main clause: the one before, else after. */
    for (size_t k = ci; k < cj; k++) {
      stance_clause *c = &mk.clause[k];
      if (c->type != CL_IF && c->type != CL_UNLESS) continue;
      int act = 0;
      uint32_t at = 0;
      for (size_t m = k; m-- > ci && !act;)
        if (mk.clause[m].type != CL_IF && mk.clause[m].type != CL_UNLESS)
          act = mk.clause[m].act, at = mk.clause[m].act_tok;
      for (size_t m = k + 1; m < cj && !act; m++)
        if (mk.clause[m].type != CL_IF && mk.clause[m].type != CL_UNLESS)
          act = mk.clause[m].act, at = mk.clause[m].act_tok;
      c->act = act;
      c->act_tok = at;
    }
    /* Questions: the question part of a sentence runs to its last "?"
    ** ("Why would we ...?" he asked, as ...). With a rhetorical opener at a
    ** clause start it states the opposite; a plain question withholds. */
    size_t qend = question_end(&mk, mk.clause[ci].start, mk.clause[cj - 1].end);
    int question = qend ? 1 : 0; /* 1 plain, 2 rhetorical */
    size_t qtok = qend ? qend - 1 : mk.clause[ci].start, qn = 1;
    const char *qlemma = "?";
    for (size_t k = ci; question && k < cj && mk.clause[k].start < qend; k++) {
      size_t q = after_quotes(&mk, mk.clause[k].start, mk.clause[k].end);
      const stance_cue_entry *e = q < mk.clause[k].end ? TI(&mk, q)->cue : NULL;
      if (e && e->kind == NEWS_CUE_QUESTION) {
        question = 2;
        qtok = q;
        qn = TI(&mk, q)->cue_ntok;
        qlemma = e->phrase;
        break;
      }
    }
    int named = 0, q_named = 0;
    size_t wh_tok = 0, wh_n = 0;
    const char *wh_lemma = NULL;
    for (size_t k = ci; k < cj; k++) {
      stance_clause *c = &mk.clause[k];
      int in_q = question && c->start < qend;
      if (c->type == CL_BUT || (c->start > 0 && (news_tok_is(d, c->start - 1, ":") ||
                                                 news_tok_is(d, c->start - 1, ";"))))
        wh_lemma = NULL; /* "whether" reaches to a colon, a semicolon or "but" */
      if (c->accepted) {
        size_t from = r->ncue;
        any_mention = named = 1;
        if (clause_value(eng, r, &mk, c, from)) return NEWS_NOMEM;
        if (wh_lemma && !c->blocked) {
          c->blocked = 1;
          c->value = 0;
          PUSH_AT(from, wh_tok, wh_n, NEWS_CUE_WITHHOLD, 0, 0, wh_lemma);
        }
        if (in_q && question == 1 && !c->blocked) {
          c->blocked = 1;
          c->value = 0;
          PUSH_AT(from, qtok, qn, NEWS_CUE_QUESTION, 0, 0, qlemma);
        } else if (in_q && question == 2 && !c->blocked) {
          c->value = -(c->value != 0 ? c->value : 0.8);
          c->has_cue = q_named = 1;
          PUSH_AT(from, qtok, qn, NEWS_CUE_QUESTION, -1, 0.8, qlemma);
        }
        if ((c->type == CL_BUT || c->type == CL_ALTHOUGH) && c->value != 0 && !c->blocked) {
          /* the contrast word opens the clause, or stands alone before it */
          for (size_t w = c->start; w + 3 > c->start && w >= mk.tok; w--) {
            const stance_tinfo *cw = TI(&mk, w);
            if (cw->cue && cw->cue->kind == NEWS_CUE_CONTRAST) {
              PUSH_AT(from, w, cw->cue_ntok, NEWS_CUE_CONTRAST, 0, c->type == CL_BUT ? 1.2 : 0.5,
                      cw->cue->phrase);
              break;
            }
            if (w == 0) break;
          }
        }
        if (c->blocked) any_blocked = 1, c->value = 0;
        if (c->has_cue) any_cue = 1;
        if (c->value == 0 && !c->blocked) r->ncue = from; /* nothing decided here */
      }
      for (size_t i = c->start; i < c->end; i++) {
        const stance_cue_entry *e = TI(&mk, i)->cue;
        if (e && e->kind == NEWS_CUE_WITHHOLD && !wh_lemma) {
          wh_tok = i;
          wh_n = TI(&mk, i)->cue_ntok;
          wh_lemma = e->phrase;
        }
      }
    }
    /* A rhetorical question about the target named around it ("Why should
    ** builders pay more for steel?" as ministers floated tariffs on it). */
    if (question == 2 && !q_named && (named || topic)) {
      stance_clause *c = &mk.clause[ci];
      while (c + 1 < &mk.clause[cj] && c->start < qtok && c->end <= qtok) c++;
      c->value = -0.8;
      c->accepted = c->has_cue = 1;
      any_mention = any_cue = q_named = 1;
      PUSH_AT(r->ncue, qtok, qn, NEWS_CUE_QUESTION, -1, 0.8, qlemma);
    }
    if (question == 2 && q_named) {
      for (size_t k = ci; k < cj; k++) mk.clause[k].value *= mk.clause[k].start < qend ? 1.2 : 0.5;
    }
    /* Contrast: after "but" the later clause dominates; "although" concedes. */
    int but_at = -1;
    for (size_t k = ci; k < cj; k++)
      if (mk.clause[k].type == CL_BUT &&
          (mk.clause[k].value >= THRESHOLD || mk.clause[k].value <= -THRESHOLD))
        but_at = (int)k;
    double others = 0;
    for (size_t k = ci; k < cj; k++)
      if (mk.clause[k].type != CL_ALTHOUGH) others += mk.clause[k].value != 0;
    for (size_t k = ci; k < cj; k++) {
      stance_clause *c = &mk.clause[k];
      if (but_at >= 0 && (int)k < but_at) c->value *= 0.5;
      if (c->type == CL_ALTHOUGH && others > 0) c->value *= 0.5;
      r->score += c->value;
      topic |= c->accepted;
    }
    ci = cj;
  }
  r->score *= t->dir;
  r->lean = stance_lean(lx, &mk) * t->dir;
  if (r->score >= THRESHOLD) {
    r->label = NEWS_STANCE_FAVOR;
    r->why = NEWS_STANCE_WHY_CUES;
  } else if (r->score <= -THRESHOLD) {
    r->label = NEWS_STANCE_AGAINST;
    r->why = NEWS_STANCE_WHY_CUES;
  } else {
    r->label = NEWS_STANCE_NONE;
    r->why = !any_mention    ? NEWS_STANCE_WHY_NO_TARGET
             : r->score != 0 ? NEWS_STANCE_WHY_WEAK
             : any_blocked   ? NEWS_STANCE_WHY_WITHHELD
             : any_cue       ? NEWS_STANCE_WHY_WEAK
                             : NEWS_STANCE_WHY_NO_CUE;
  }
  if (r->ncue > 1) qsort(r->cue, r->ncue, sizeof *r->cue, cmp_cue);
  return NEWS_OK;
}
