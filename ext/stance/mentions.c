/*
** mentions.c: where a clause speaks of the target. A clause names it when
** its hits (marks.c) cover enough of the target's words: the head (the event)
** alone, or more than half of the weight; within a sentence, a clause naming
** much less than the best one is about something else. A sentence that does
** not name it may still speak of it once it was named before (the range's
** earlier sentences or its context): by an anaphor ("Moscow would back it"),
** the act the target names ("no reopening"), a free-standing idiom ("the door
** is open") or an elliptic answer ("Missile talks? Absolutely not."). Finally
** the scope of a mention's clause takes in a short clause before it that
** holds only its operators ("will not support, fund or enforce X").
*/
#include "stance_marks.h"

#include <string.h>

static int role_rank(int role) {
  return role == R_EVENT ? 4 : role == R_ANCHOR ? 3 : role == R_GENERIC ? 2 : 1;
}

/* Tokens [a, b) hold no cue, auxiliary or verb of being: the words between
** two parts of one mention ("sanctions on Russia"), not an operator between a
** subject and its object ("Tehran will never negotiate"). */
static int quiet_gap(const stance_marks *mk, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    const stance_tinfo *ti = TI(mk, i);
    if ((ti->cue && ti->cue->kind != SK_REPORT) || ti->aux || (ti->flags & (T_BE | T_COORD)))
      return 0;
    if (mk->d->tok[i].kind == NEWS_TOK_PUNCT) return 0;
  }
  return 1;
}

/* A content word that is neither a cue nor a word of the target lies in
** [a, b): an idiom after it has a subject of its own ("they want sanctions
** relief on the table"), unlike "the door is open" or "they were never on
** the table". */
static int subject_before(const stance_marks *mk, size_t a, size_t b) {
  for (size_t i = a; i < b;) {
    const stance_tinfo *ti = TI(mk, i);
    if (ti->cue) {
      i += ti->cue_ntok ? ti->cue_ntok : 1;
      continue;
    }
    if ((ti->flags & T_CONTENT) && ti->hit < 0 && !ti->ana_ntok) return 1;
    i++;
  }
  return 0;
}

/* The clause holds a negation and nothing else but cues and function words
** ("Never.", "Absolutely not.", "No way."). */
static int elliptic_negation(const stance_marks *mk, const stance_clause *c) {
  int neg = 0;
  for (size_t i = c->start; i < c->end;) {
    const stance_tinfo *ti = TI(mk, i);
    if (ti->cue) {
      neg |= ti->cue->kind == NEWS_CUE_NEGATION;
      i += ti->cue_ntok ? ti->cue_ntok : 1;
      continue;
    }
    if (ti->flags & T_CONTENT) return 0;
    i++;
  }
  return neg;
}

/* Makes clause c speak of a target named before, when it holds a word that
** can carry it; `named_here`: its sentence names the target elsewhere, so
** only an idiom carries it. */
static void carry(stance_marks *mk, const news_target *t, stance_clause *c, int named_here) {
  /* The last anaphor (the object: "Moscow would back it"), else an idiom,
  ** else the act word. */
  size_t ana = 0, idiom = 0, act = 0;
  int has_ana = 0, has_idiom = 0, has_act = 0;
  for (size_t i = c->start; i < c->end; i++) {
    const stance_tinfo *ti = TI(mk, i);
    if (ti->cue && ti->cue->kind == NEWS_CUE_IDIOM && (ti->cue->flags & F_CLAUSE) && !has_idiom &&
        (named_here || !subject_before(mk, c->start, i)))
      idiom = i, has_idiom = 1;
    if (named_here) continue;
    if (ti->ana_ntok) ana = i, has_ana = 1;
    if (ti->act && !has_act) act = i, has_act = 1;
  }
  if (!has_ana && !has_idiom && !has_act) {
    /* An elliptic answer: "Missile talks? Absolutely not." */
    if (!named_here && elliptic_negation(mk, c)) {
      c->accepted = c->anaphor = 1;
      c->q = 0.5f;
      c->m = c->ms = c->me = c->end;
    }
    return;
  }
  c->accepted = c->anaphor = 1;
  c->q = 0.5f;
  if (has_ana) {
    c->m = c->ms = (uint32_t)ana;
    c->me = (uint32_t)(ana + TI(mk, ana)->ana_ntok);
  } else if (has_idiom) {
    c->m = c->ms = c->me = (uint32_t)idiom; /* the idiom is the predicate of what it stands for */
  } else {
    c->m = c->ms = (uint32_t)act;
    c->me = (uint32_t)(act + 1);
    c->rel0 = t->dir; /* the act itself: its stance is the target's */
  }
}

/* Which clauses name the target, and where. */
static void accept_clauses(stance_marks *mk, const news_target *t) {
  for (size_t ci = 0; ci < mk->nclause; ci++) {
    stance_clause *c = &mk->clause[ci];
    float h[TARGET_MAX_WORDS] = {0};
    int best = -1, best_rank = 0, best_w = 0;
    for (size_t i = c->start; i < c->end; i++) {
      const stance_tinfo *ti = TI(mk, i);
      if (ti->hit < 0) continue;
      float w = ti->hit_w / 100.0f;
      if (w > h[ti->hit]) h[ti->hit] = w;
      int rank = role_rank(t->word[ti->hit].role);
      if (rank > best_rank || (rank == best_rank && ti->hit_w > best_w)) {
        best = (int)i;
        best_rank = rank;
        best_w = ti->hit_w;
      }
    }
    if (best < 0) continue;
    float q = 0;
    int event = 0;
    for (size_t w = 0; w < t->nword; w++) {
      q += t->word[w].weight * h[w];
      if (t->word[w].role == R_EVENT && h[w] >= 0.5f) event = 1;
    }
    c->q = t->total > 0 ? q / t->total : 0;
    if (!event && c->q <= 0.5f + 1e-4f) continue;
    c->accepted = 1;
    c->m = (uint32_t)best;
    c->ms = (uint32_t)best;
    c->me = (uint32_t)(best + TI(mk, best)->hit_ntok);
    /* Other words of the target close by belong to the same mention
    ** ("sanctions on Russia", "talks on its missile programme"). */
    for (int grown = 1; grown;) {
      grown = 0;
      for (size_t i = c->start; i < c->end; i++) {
        const stance_tinfo *ti = TI(mk, i);
        if (ti->hit < 0) continue;
        size_t e = i + ti->hit_ntok;
        if (i < c->ms && e + 3 >= c->ms && quiet_gap(mk, e, c->ms)) c->ms = (uint32_t)i, grown = 1;
        if (e > c->me && i <= c->me + 3 && quiet_gap(mk, c->me, i))
          c->me = (uint32_t)(e < c->end ? e : c->end), grown = 1;
      }
    }
  }
  /* Within a sentence, a clause naming much less of the target than another
  ** is about something else ("ready to renew the trade pact but would never
  ** put its farm subsidies up for talks", for a target about subsidy talks). */
  for (size_t ci = 0; ci < mk->nclause;) {
    size_t cj = ci;
    float bestq = 0;
    while (cj < mk->nclause && mk->clause[cj].sent == mk->clause[ci].sent) {
      if (mk->clause[cj].accepted && mk->clause[cj].q > bestq) bestq = mk->clause[cj].q;
      cj++;
    }
    for (size_t k = ci; k < cj; k++)
      if (mk->clause[k].accepted && mk->clause[k].q < bestq - 0.35f) mk->clause[k].accepted = 0;
    ci = cj;
  }
  /* Carrying the target. Once a sentence (of the range or its context) has
  ** named it, a later sentence that does not may still speak of it: with an
  ** anaphor ("Moscow would back it", "the offer is an insult"), with the act
  ** the target names ("there will be no reopening"), or with a free-standing
  ** idiom ("the door is open", "our missiles are a red line"). Within a
  ** sentence that names it, a clause holding only an idiom speaks of it too
  ** ("Talks with people who break every truce are a waste of time"). */
  int topic = mk->named_before;
  for (size_t ci = 0; ci < mk->nclause;) {
    size_t cj = ci;
    int here = 0;
    while (cj < mk->nclause && mk->clause[cj].sent == mk->clause[ci].sent)
      here |= mk->clause[cj++].accepted;
    if ((topic || here) && mk->clause[ci].type != CL_CTX) {
      for (size_t k = ci; k < cj; k++) {
        stance_clause *c = &mk->clause[k];
        if (!c->accepted) carry(mk, t, c, here);
      }
    }
    for (size_t k = ci; k < cj; k++) topic |= mk->clause[k].accepted;
    ci = cj;
  }
}

/* A short clause before the mention's, after a comma, with operators and no
** mention of its own, is part of its scope: a list of verbs ("will not
** support, fund or enforce X") or an aside ("has not signed, and will not
** sign, X"). Extends c->start back over up to two such clauses. */
static int has_operator(const stance_marks *mk, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    const stance_cue_entry *e = TI(mk, i)->cue;
    if (e && (e->kind == NEWS_CUE_STANCE || e->kind == NEWS_CUE_NEGATION ||
              e->kind == NEWS_CUE_LITOTES || e->kind == NEWS_CUE_MODAL))
      return 1;
  }
  return 0;
}

/* The clause's last word before its comma ends a stance or negation cue. */
static int ends_with_cue(const stance_marks *mk, const stance_clause *p) {
  for (size_t i = p->start; i + 1 < p->end; i++) {
    const stance_cue_entry *e = TI(mk, i)->cue;
    if (e && i + TI(mk, i)->cue_ntok == p->end - 1 &&
        (e->kind == NEWS_CUE_STANCE || e->kind == NEWS_CUE_NEGATION))
      return 1;
  }
  return 0;
}

static void extend_scopes(stance_marks *mk) {
  for (size_t ci = 1; ci < mk->nclause; ci++) {
    stance_clause *c = &mk->clause[ci];
    if (!c->accepted || c->anaphor || c->type != CL_MAIN) continue;
    int own = has_operator(mk, c->start, c->ms);
    for (size_t k = ci, steps = 0; k-- > 0 && steps < 2; steps++) {
      stance_clause *p = &mk->clause[k];
      if (p->sent != c->sent || p->accepted || p->type == CL_CTX || p->type == CL_IF ||
          p->type == CL_UNLESS || p->end != c->start || p->end - p->start > 7)
        break;
      int list_item = (TI(mk, c->start)->flags & T_COORD) && p->end - p->start <= 3;
      if (!list_item && !news_tok_is(mk->d, p->end - 1, ",") &&
          !news_tok_is(mk->d, p->end - 1, ":"))
        break;
      if (!list_item && !has_operator(mk, p->start, p->end)) break;
      /* with operators of its own, the clause joins only a list of verbs */
      if (own && !list_item && !ends_with_cue(mk, p)) break;
      c->start = p->start;
    }
  }
}

void stance_find_mentions(stance_marks *mk, const news_target *t) {
  accept_clauses(mk, t);
  extend_scopes(mk);
}
