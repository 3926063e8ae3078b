/*
** speaker.c: reading the source phrase next to a reporting verb.
**
**   before the verb:  "Oxfam said", "Sen. X, a Democrat from Ohio, said",
**                     "The head of the Y, Dr. X, said", "X, who …, said",
**                     "the union on Friday said", "he also told"
**   after it:         "said Laura X, the group's chair", "said a senior official"
**   after a quote:    "“…,” the official, X, who leads …, told Y"
**
** The speaker is the name when one is given (the role then comes from the
** description next to it), else the description or pronoun. Appositives
** and relative clauses are the comma-bounded segments between the source
** and its verb; each reader looks at most a few dozen tokens.
*/
#include "quotes_internal.h"

#include <string.h>

#define SEG_MAX 32 /* tokens in an appositive or relative clause */
#define NP_MAX  7  /* tokens of a noun phrase read without a mention */

/* A time word; capitalised only as a weekday or month ("Day" is a name). */
static int is_time_tok(const qx *x, uint32_t k) {
  return (x->t[k].w & QW_TIME) && qx_is_word(x, k) &&
         (!(x->d->tok[k].flags & NEWS_F_CAP) || (x->t[k].w & QW_NONAME));
}

/* "on Monday", "last week", "earlier this month", "on July 4", "Monday": a
** time phrase ending at k (inclusive). Returns its first token, or k + 1. */
static uint32_t time_phrase_back(const qx *x, uint32_t k, uint32_t limit) {
  uint32_t j = k + 1, steps = 0;
  while (j > limit && steps < 5) {
    uint32_t p = j - 1;
    if (is_time_tok(x, p) || (x->d->tok[p].kind == NEWS_TOK_NUMBER && j <= k + 1) ||
        qx_is(x, p, "this") || qx_is(x, p, "last") || qx_is(x, p, "next") ||
        qx_is(x, p, "earlier") || qx_is(x, p, "later")) {
      j = p;
      steps++;
      continue;
    }
    break;
  }
  if (j == k + 1) return j;
  if (j > limit && (qx_is(x, j - 1, "on") || qx_is(x, j - 1, "in") || qx_is(x, j - 1, "late") ||
                    qx_is(x, j - 1, "early")))
    j--;
  return j;
}

uint32_t qx_skip_aux_back(const qx *x, uint32_t i, uint32_t limit) {
  uint32_t k = i;
  for (int steps = 0; steps < 10 && k > limit; steps++) {
    uint32_t j = k - 1;
    if ((x->t[j].w & QW_AUX) && qx_is_lower(x, j)) {
      k = j;
      continue;
    }
    /* "went on to say", "continued to insist": the first verb has the subject */
    if (qx_is(x, j, "to") && j > limit) {
      uint32_t g = NEWS_NONE;
      for (uint32_t back = 1; back <= 2 && j >= limit + back; back++)
        if (x->t[j - back].vn == back) g = j - back;
      const qx_verb *vb = g != NEWS_NONE ? qx_verb_at(x, g) : NULL;
      if (vb && vb->cls == QC_SPEECH && (vb->frame & QF_QUOTE)) {
        k = g;
        continue;
      }
    }
    if (is_time_tok(x, j) || x->d->tok[j].kind == NEWS_TOK_NUMBER) {
      uint32_t b = time_phrase_back(x, j, limit);
      if (b <= j && (is_time_tok(x, j) || b < j)) {
        k = b;
        continue;
      }
    }
    /* ", however," and ", too," between a subject and its verb */
    if (qx_is_comma(x, j) && j >= limit + 2 && qx_is_comma(x, j - 2) &&
        (x->t[j - 1].w & QW_PARENADV)) {
      k = j - 2;
      continue;
    }
    break;
  }
  return k;
}

uint32_t qx_skip_aux_fwd(const qx *x, uint32_t i, uint32_t limit) {
  uint32_t k = i;
  for (int steps = 0; steps < 10 && k < limit; steps++) {
    if ((x->t[k].w & QW_AUX) && qx_is_lower(x, k) && !x->t[k].vn) {
      k++;
      continue;
    }
    if ((qx_is(x, k, "on") || qx_is(x, k, "last") || qx_is(x, k, "earlier") ||
         qx_is(x, k, "late") || qx_is(x, k, "early")) &&
        k + 1 < limit && is_time_tok(x, k + 1)) {
      k += 2;
      while (k < limit && (is_time_tok(x, k) || x->d->tok[k].kind == NEWS_TOK_NUMBER)) k++;
      continue;
    }
    if (is_time_tok(x, k) && (x->d->tok[k].flags & NEWS_F_CAP)) { /* "Oxfam Wednesday said" */
      k++;
      continue;
    }
    if (qx_is_comma(x, k) && k + 2 < limit && qx_is_comma(x, k + 2) &&
        (x->t[k + 1].w & QW_PARENADV)) {
      k += 3;
      continue;
    }
    break;
  }
  return k;
}

int qx_outlet_at(const qx *x, uint32_t i, uint32_t limit, uint32_t *tok, uint32_t *ntok,
                 uint32_t *end) {
  if (i >= limit) return 0;
  uint32_t m = x->t[i].mention;
  if (m == NEWS_NONE && (x->t[i].w & QW_DET) && i + 1 < limit) m = x->t[i + 1].mention;
  if (m == NEWS_NONE) return 0;
  const qx_mention *mm = &x->m[m];
  if (mm->tok > i + 1) return 0;
  if (mm->type != QM_OUTLET) return 0;
  if (mm->name != NEWS_NONE) {
    *tok = mm->name;
    *ntok = mm->nname;
  } else {
    *tok = mm->role != NEWS_NONE ? mm->role : mm->tok;
    *ntok = mm->role != NEWS_NONE ? mm->nrole : mm->ntok;
  }
  if (end) *end = mm->tok + mm->ntok;
  return 1;
}

uint32_t qx_skip_verb_mods(const qx *x, uint32_t i, uint32_t limit, uint32_t *via, uint32_t *nvia) {
  uint32_t k = i;
  for (int steps = 0; steps < 6 && k < limit; steps++) {
    const qx_tok *t = &x->t[k];
    if (t->phrase == QX_VERB_MOD || t->phrase == QX_ANON) {
      k += t->phn;
      continue;
    }
    /* "carried by the official Andina news agency", "quoted by Tasnim" */
    if ((x->t[k].w & QW_CARRIED) && qx_is(x, k + 1, "by")) {
      uint32_t vt, vn, e;
      if (qx_outlet_at(x, k + 2, limit, &vt, &vn, &e)) {
        if (via && *via == NEWS_NONE) {
          *via = vt;
          *nvia = vn;
        }
        k = e;
        continue;
      }
    }
    if ((t->w & QW_AUX) && qx_is_lower(x, k) && !t->vn && !(t->w & QW_MODAL) &&
        !(t->w & QW_VERBAUX)) {
      k++;
      continue;
    }
    if (is_time_tok(x, k)) { /* "said Monday", "said Thursday night" */
      while (k < limit && (is_time_tok(x, k) || x->d->tok[k].kind == NEWS_TOK_NUMBER)) k++;
      continue;
    }
    if (qx_is(x, k, "to") && k + 1 < limit && qx_is_cap(x, k + 1) &&
        !(x->t[k + 1].w & QW_NONAME)) { /* "said to voters" */
      uint32_t m = x->t[k + 1].mention;
      k = m != NEWS_NONE ? x->m[m].tok + x->m[m].ntok : k + 2;
      continue;
    }
    if ((t->w & QW_PREP) && qx_is_lower(x, k) && !qx_is(x, k, "to") && !qx_is(x, k, "for")) {
      uint32_t j = k + 1;
      if (j < limit && (x->t[j].w & (QW_DET | QW_POSS)) && !qx_is(x, j, "this")) j++;
      uint32_t s = j;
      /* a time, a date or a place: "on Monday", "in Seoul", "on July 4", "this week" */
      while (j < limit && j < s + 5 &&
             (is_time_tok(x, j) || x->d->tok[j].kind == NEWS_TOK_NUMBER ||
              (qx_is_cap(x, j) && !(x->t[j].w & QW_NONAME)) || qx_is(x, j, "this") ||
              qx_is(x, j, "last") || qx_is(x, j, "next") ||
              (x->d->tok[j].kind == NEWS_TOK_DASH && j > s && qx_is_cap(x, j + 1))))
        j++;
      if (j > s && (x->t[s].w & (QW_DET | QW_POSS)) == 0) {
        k = j;
        continue;
      }
      /* another preposition phrase that ends at "that": "said in a radio
      ** interview on Sunday morning that" */
      uint32_t e = k + 1, stop = k + 14 < limit ? k + 14 : limit;
      while (e < stop && !(x->t[e].w & QW_THAT) && !qx_is_comma(x, e) && !qx_is_mark(x, e) &&
             !x->t[e].vn)
        e++;
      if (e < stop && (x->t[e].w & QW_THAT)) {
        k = e;
        continue;
      }
    }
    break;
  }
  return k;
}

/* ---------------------------------------------------------------------------
** Noun phrases and segments.
*/

/* A description read without a mention: "the statement", "61 percent of
** voters". Ends at token `last` (inclusive); returns its first token or
** NEWS_NONE. */
static uint32_t np_back(const qx *x, uint32_t last, uint32_t limit) {
  const news_token *t = &x->d->tok[last];
  if (t->kind != NEWS_TOK_WORD && t->kind != NEWS_TOK_NUMBER) return NEWS_NONE;
  /* a verb's base form after a determiner is a noun: "the state", "the report" */
  int noun_verb = x->t[last].vn && x->t[last].vform == VF_BASE && last > limit &&
                  (x->t[last - 1].w & (QW_DET | QW_POSS));
  if ((x->t[last].vn && !noun_verb) ||
      (x->t[last].w &
       (QW_AUX | QW_PREP | QW_CONJ | QW_THAT | QW_WH | QW_NEG | QW_DET | QW_POSS | QW_MODAL)))
    return NEWS_NONE;
  /* the phrase must open with a determiner, a possessive, a number or a
  ** quantifier ("the statement", "61 percent of voters", "many voters"); a
  ** bare noun is one word ("officials"): an unknown word further left may
  ** be a verb */
  uint32_t k = last, start = NEWS_NONE;
  for (int n = 0; n < NP_MAX && k > limit; n++) {
    uint32_t j = k - 1;
    if (x->t[j].w & (QW_DET | QW_POSS)) return j;
    if (x->d->tok[j].kind == NEWS_TOK_NUMBER || (x->t[j].w & QW_QUANT)) start = j;
    if (qx_is(x, j, "of") || x->d->tok[j].kind == NEWS_TOK_NUMBER ||
        (qx_is_word(x, j) && !x->t[j].vn &&
         !(x->t[j].w & (QW_AUX | QW_PREP | QW_CONJ | QW_THAT | QW_WH | QW_NEG | QW_MODAL | QW_REL |
                        QW_PRON)))) {
      k = j;
      continue;
    }
    break;
  }
  if (start != NEWS_NONE) return start;
  /* a bare plural: "voters say" (a bare singular is more often an adjective
  ** or a noun used as a verb: "vague remarks", "live streamed") */
  if (t->kind == NEWS_TOK_WORD && t->nfold > 3 && x->d->fold[t->fold + t->nfold - 1] == 's')
    return last;
  return NEWS_NONE;
}

static int add_desc(qx *x, uint32_t s, uint32_t e, uint32_t *m) {
  qx_mention mm;
  memset(&mm, 0, sizeof mm);
  mm.tok = s;
  mm.ntok = e - s;
  mm.name = mm.head = NEWS_NONE;
  mm.role = (x->t[s].w & (QW_DET | QW_POSS)) && s + 1 < e ? s + 1 : s;
  mm.nrole = e - mm.role;
  mm.entity = -1;
  mm.type = QM_DESC;
  if (x->t[s].w & QW_DET)
    mm.flags |= qx_is(x, s, "a") || qx_is(x, s, "an") ? QMF_INDEF : QMF_DEFINITE;
  return qx_add_mention(x, &mm, m);
}

/* The mention (or a new description) ending at token `last`. */
static int mention_back(qx *x, uint32_t last, uint32_t limit, uint32_t *m) {
  *m = qx_mention_ending_at(x, last);
  if (*m != NEWS_NONE) {
    if (x->m[*m].tok < limit) *m = NEWS_NONE;
    return NEWS_OK;
  }
  if (x->t[last].mention != NEWS_NONE) return NEWS_OK; /* inside a mention: not its end */
  uint32_t s = np_back(x, last, limit);
  if (s == NEWS_NONE) return NEWS_OK;
  for (uint32_t k = s; k <= last; k++)
    if (x->t[k].mention != NEWS_NONE || qx_is_mark(x, k)) return NEWS_OK;
  if (add_desc(x, s, last + 1, m)) return NEWS_NOMEM;
  return NEWS_OK;
}

enum seg_kind { SEG_NONE, SEG_NAME, SEG_ROLE, SEG_PAREN };

/* What the comma-bounded segment [s, e) is: a name ("Dr. X"), a role ("a Democrat from Ohio",
 *"deputy head of the IRGC"), or a parenthetical
 ** (", who leads …", ", 58,", ", speaking on condition of anonymity,"). */
static int seg_kind(const qx *x, uint32_t s, uint32_t e, uint32_t *name_m, uint32_t *role_end) {
  *name_m = NEWS_NONE;
  *role_end = e;
  if (s >= e) return SEG_NONE;
  uint32_t m = qx_mention_starting_at(x, s);
  if (m == NEWS_NONE && (x->t[s].w & QW_DET)) m = qx_mention_starting_at(x, s + 1);
  if ((x->t[s].w & QW_REL) || x->t[s].phrase == QX_ANON) return SEG_PAREN;
  if (x->d->tok[s].kind == NEWS_TOK_NUMBER && e - s <= 2) return SEG_PAREN; /* age */
  if (qx_is_lower(x, s) && !(x->t[s].w & (QW_DET | QW_POSS)) && x->t[s].pcls == QP_NONE) {
    /* "speaking on …", "including …", "however", "who …" */
    return SEG_PAREN;
  }
  if (m != NEWS_NONE) {
    const qx_mention *mm = &x->m[m];
    uint32_t me = mm->tok + mm->ntok;
    if ((mm->type == QM_PERSON || mm->type == QM_UNKNOWN) && mm->name != NEWS_NONE && me >= e) {
      *name_m = m;
      return SEG_NAME;
    }
  }
  /* a role: up to a relative clause; a finite verb before that means the
  ** segment is a clause of its own ("…, the bridge will reopen") */
  for (uint32_t k = s; k < e; k++) {
    if (x->t[k].w & QW_REL) {
      *role_end = k;
      break;
    }
    if ((x->t[k].w & (QW_FINITE | QW_MODAL)) && qx_is_lower(x, k)) return SEG_NONE;
  }
  return SEG_ROLE;
}

/* A finite verb in [s, e) before any relative word: a clause, not a phrase. */
static int seg_has_clause(const qx *x, uint32_t s, uint32_t e) {
  for (uint32_t k = s; k < e; k++) {
    if (x->t[k].w & QW_REL) return 0;
    if ((x->t[k].w & (QW_FINITE | QW_MODAL)) && qx_is_lower(x, k)) return 1;
    if (x->t[k].vn && (x->t[k].vform & (VF_PAST | VF_S)) && qx_is_lower(x, k)) return 1;
  }
  return 0;
}

/* The comma before `j` (exclusive) that opens a segment, within bounds. */
static uint32_t comma_back(const qx *x, uint32_t j, uint32_t limit) {
  for (uint32_t k = j, n = 0; k > limit && n < SEG_MAX; k--, n++) {
    uint32_t p = k - 1;
    if (qx_is_comma(x, p)) return p;
    if (qx_is_mark(x, p) && p > 0 && x->t[p - 1].qspan != NEWS_NONE) {
      /* a short quote inside the segment: "wearing a cap with the slogan “Fair Pay,”" */
      const news_qspan *q = &x->d->qspan[x->t[p - 1].qspan];
      if (q->close == p && q->ntok <= 6 && q->open > limit) {
        k = q->open + 1;
        continue;
      }
      return NEWS_NONE;
    }
    if (qx_is_mark(x, p) || qx_is_terminal(x, p) || qx_is_punct(x, p, ';') ||
        qx_is_punct(x, p, ':'))
      return NEWS_NONE;
  }
  return NEWS_NONE;
}

static uint32_t comma_fwd(const qx *x, uint32_t j, uint32_t limit) {
  for (uint32_t k = j, n = 0; k < limit && n < SEG_MAX; k++, n++) {
    if (qx_is_comma(x, k)) return k;
    if (qx_is_mark(x, k) || qx_is_terminal(x, k) || qx_is_punct(x, k, ';') ||
        qx_is_punct(x, k, ':'))
      return NEWS_NONE;
  }
  return NEWS_NONE;
}

static void set_role(qx_source *s, const qx *x, uint32_t a, uint32_t b) {
  if (a < b && (x->t[a].w & (QW_DET | QW_POSS))) a++;
  if (a >= b) return;
  s->role_tok = a;
  s->role_ntok = b - a;
}

static void source_init(qx_source *s) {
  s->mention = s->role_tok = NEWS_NONE;
  s->role_ntok = 0;
  s->start = s->end = NEWS_NONE;
}

static int usable(const qx *x, uint32_t m) {
  if (m == NEWS_NONE) return 0;
  const qx_mention *mm = &x->m[m];
  if (mm->flags & QMF_POSSESSIVE) return 0;
  if (mm->tok > 1 && x->d->tok[mm->tok - 1].kind == NEWS_TOK_DASH &&
      !(x->d->tok[mm->tok].flags & NEWS_F_SPACE_BEFORE) &&
      !(x->d->tok[mm->tok - 1].flags & NEWS_F_SPACE_BEFORE) && qx_is_word(x, mm->tok - 2))
    return 0; /* "anti-Union": part of a compound */
  if (mm->type == QM_PRON && (mm->pron & QPR_FIRST)) return 0; /* "we said" outside quotes */
  return 1;
}

int qx_source_before(qx *x, uint32_t end, uint32_t limit, qx_source *s) {
  source_init(s);
  uint32_t k = qx_skip_aux_back(x, end, limit);
  if (k <= limit) return NEWS_OK;
  uint32_t j = k - 1;
  /* "…with the slogan “Fair Pay,” said": the comma inside a closing mark
  ** ends the segment; the segment's opening comma is before the quote */
  uint32_t from = j;
  if (qx_is_break(x, j) && qx_is_mark(x, j) && x->t[j - 1].qspan != NEWS_NONE) {
    const news_qspan *q = &x->d->qspan[x->t[j - 1].qspan];
    if (q->close == j && q->ntok <= 6 && q->open > limit) from = q->open;
  }
  if (qx_is_comma(x, j) || from != j) {
    uint32_t p = comma_back(x, from, limit);
    if (p == NEWS_NONE || p <= limit) return NEWS_OK;
    uint32_t name_m, role_end;
    int kind = seg_kind(x, p + 1, j, &name_m, &role_end);
    uint32_t np;
    if (mention_back(x, p - 1, limit, &np)) return NEWS_NOMEM;
    if (kind == SEG_NONE) return NEWS_OK;
    if (kind == SEG_NAME) {
      if (!usable(x, name_m)) return NEWS_OK;
      s->mention = name_m;
      if (np != NEWS_NONE && x->m[np].type == QM_DESC) {
        set_role(s, x, x->m[np].tok, x->m[np].tok + x->m[np].ntok);
        s->start = x->m[np].tok;
      } else {
        s->start = p + 1;
      }
      s->end = j;
      return NEWS_OK;
    }
    if (!usable(x, np)) return NEWS_OK;
    s->mention = np;
    s->start = x->m[np].tok;
    s->end = j;
    if (kind == SEG_ROLE) set_role(s, x, p + 1, role_end);
    return NEWS_OK;
  }
  uint32_t m;
  if (mention_back(x, j, limit, &m)) return NEWS_NOMEM;
  if (!usable(x, m)) return NEWS_OK;
  /* "Britain and Norway said": both names, one source */
  const qx_mention *mm = &x->m[m];
  if (mm->tok >= limit + 2 && qx_is(x, mm->tok - 1, "and") && mm->name != NEWS_NONE &&
      mm->type != QM_PRON) {
    uint32_t m1 = qx_mention_ending_at(x, mm->tok - 2);
    if (m1 != NEWS_NONE && x->m[m1].tok >= limit && x->m[m1].name != NEWS_NONE &&
        !(x->m[m1].flags & QMF_POSSESSIVE) &&
        (x->m[m1].type == mm->type || ((x->m[m1].type == QM_PLACE || x->m[m1].type == QM_ORG) &&
                                       (mm->type == QM_PLACE || mm->type == QM_ORG)))) {
      qx_mention both = *mm;
      both.tok = x->m[m1].tok;
      both.ntok = mm->tok + mm->ntok - both.tok;
      both.name = x->m[m1].name;
      both.nname = mm->name + mm->nname - both.name;
      both.role = NEWS_NONE;
      both.nrole = 0;
      both.type = mm->type == QM_PERSON ? QM_DESC : mm->type; /* two people: a group */
      both.flags |= QMF_PLURAL;
      if (both.type == QM_DESC) {
        both.role = both.name;
        both.nrole = both.nname;
        both.name = NEWS_NONE;
      }
      if (qx_add_mention(x, &both, &m)) return NEWS_NOMEM;
    }
  }
  s->mention = m;
  s->start = x->m[m].tok;
  s->end = k;
  return NEWS_OK;
}

/* The mention starting at `k` (after a determiner), or a short description. */
static int mention_fwd(qx *x, uint32_t k, uint32_t limit, uint32_t *m) {
  *m = qx_mention_starting_at(x, k);
  if (*m != NEWS_NONE) return NEWS_OK;
  if (x->t[k].mention != NEWS_NONE) return NEWS_OK;
  /* "the statement", "one official": determiner and words up to the verb */
  uint32_t e = k;
  if (x->t[e].w & (QW_DET | QW_POSS)) e++;
  uint32_t w0 = e;
  while (e < limit && e < k + NP_MAX && qx_is_word(x, e) && !x->t[e].vn &&
         x->t[e].mention == NEWS_NONE &&
         !(x->t[e].w & (QW_AUX | QW_PREP | QW_CONJ | QW_THAT | QW_WH | QW_NEG | QW_MODAL | QW_REL |
                        QW_DET | QW_POSS)))
    e++;
  if (e == w0 || e >= limit) return NEWS_OK;
  if (!(x->t[k].w & (QW_DET | QW_POSS)) && e - w0 > 2) return NEWS_OK;
  if (add_desc(x, k, e, m)) return NEWS_NOMEM;
  return NEWS_OK;
}

int qx_source_after(qx *x, uint32_t start, uint32_t limit, qx_source *s) {
  source_init(s);
  if (start >= limit) return NEWS_OK;
  uint32_t m;
  if (mention_fwd(x, start, limit, &m)) return NEWS_NOMEM;
  /* "Chile's Supreme Electoral Court": the possessor modifies the source */
  for (int n = 0; n < 3 && m != NEWS_NONE && (x->m[m].flags & QMF_POSSESSIVE); n++) {
    uint32_t next = x->m[m].tok + x->m[m].ntok;
    if (next >= limit) break;
    uint32_t m2 = qx_mention_starting_at(x, next);
    if (m2 == NEWS_NONE) break;
    m = m2;
  }
  if (m == NEWS_NONE || !usable(x, m)) return NEWS_OK;
  s->mention = m;
  s->start = x->m[m].tok;
  uint32_t e = x->m[m].tok + x->m[m].ntok;
  /* "the club's Facebook post": the possessed noun goes with the source */
  if (e > 0 && x->d->tok[e - 1].kind == NEWS_TOK_WORD) {
    const news_token *lt = &x->d->tok[e - 1];
    const char *lf = x->d->fold + lt->fold;
    if (lt->nfold > 2 && lf[lt->nfold - 2] == '\'' && lf[lt->nfold - 1] == 's') {
      uint32_t n = e;
      while (n < limit && n < e + 4 && qx_is_word(x, n) && !x->t[n].vn &&
             !(x->t[n].w & (QW_PREP | QW_CONJ | QW_THAT | QW_REL | QW_DET | QW_AUX | QW_MODAL)))
        n++;
      e = n;
    }
  }
  s->end = e;
  /* appositives and relative clauses: ", the group's chair", ", X, who …,";
  ** when a verb follows a comma, the source ends there (s->end past the comma) */
  for (int round = 0; round < 3 && e < limit && qx_is_comma(x, e); round++) {
    uint32_t v = qx_skip_aux_fwd(x, e + 1, limit);
    if ((v < limit && x->t[v].vn) || (e + 1 < limit && x->t[e + 1].phrase == QX_AS_SAYING)) {
      s->end = e + 1; /* ", X, said" / "quoted the commander, X, as saying" */
      break;
    }
    uint32_t c2 = comma_fwd(x, e + 1, limit);
    uint32_t segend = c2 == NEWS_NONE ? limit : c2;
    if (c2 == NEWS_NONE) { /* the segment runs to the sentence end */
      while (segend > e + 1 && (qx_is_terminal(x, segend - 1) || qx_is_mark(x, segend - 1)))
        segend--;
    }
    uint32_t name_m, role_end;
    int kind = seg_kind(x, e + 1, segend, &name_m, &role_end);
    if (kind == SEG_NONE) break;
    /* what runs to the sentence end with a verb of its own is the clause:
    ** "According to X, at least 12 mines have closed" */
    if (c2 == NEWS_NONE && kind == SEG_PAREN && seg_has_clause(x, e + 1, segend)) break;
    if (kind == SEG_NAME && x->m[s->mention].type == QM_DESC) {
      set_role(s, x, x->m[s->mention].tok, x->m[s->mention].tok + x->m[s->mention].ntok);
      s->mention = name_m;
    } else if (kind == SEG_ROLE && s->role_tok == NEWS_NONE) {
      set_role(s, x, e + 1, role_end);
    } else if (kind == SEG_NAME || kind == SEG_ROLE) {
      break;
    }
    s->end = segend;
    e = segend;
    if (c2 == NEWS_NONE) break;
  }
  return NEWS_OK;
}
