/*
** reported.c: reported speech, read cue first.
**
**   X said (on Monday) (that) CLAUSE        SVC: the clause after the verb
**   X told Y (that) CLAUSE                  the listener skipped, an outlet kept as `via`
**   X urged both sides to CLAUSE            verbs with an infinitive
**   CLAUSE, X said (on Friday).             CSV: fronted clause, from the sentence start
**   CLAUSE, said X, the Y.                  CVS
**   …, saying/adding/insisting (that) CLAUSE  the subject of the clause before
**   … and said/urged CLAUSE                 the same subject, coordinated
**   X called it “…”, dismissed it as “…”    the quoted fragment alone (mixed)
**   X was quoted by Y as saying (that) …    Y quoted X as saying …
**   according to X, CLAUSE / CLAUSE, according to X
**
** A clause runs to the end of its sentence, or to the next attribution in it
** (", adding that", "and urged", ", according to", ";"). A clause holding a
** quoted fragment is mixed. Guards: "declined to say", "did not say", "the
** said", a passive "was told", a question ("asked whether") unless the verb
** asks, and a clause that is only a direct quote already attributed.
*/
#include "quotes_internal.h"

#include <string.h>

#define FRAGMENT_WINDOW 14 /* tokens from a describing verb to its quoted fragment */
/* Tokens in a reported clause at most: news sentences are far shorter, and
** the bound keeps a run-on "sentence" of many attributions linear. */
#define CLAUSE_MAX       160
#define CLAUSE_MIN_WORDS 2

static int lemma_is(const qx_verb *vb, const char *lemma) {
  return vb && strcmp(vb->base, lemma) == 0;
}

/* A form of "be" (auxiliaries other than have/do). */
static int is_be(const qx *x, uint32_t k) {
  return (x->t[k].w & QW_VERBAUX) && !(x->t[k].w & QW_DO) && !qx_is(x, k, "has") &&
         !qx_is(x, k, "have") && !qx_is(x, k, "had");
}

/* "declined to say", "did not say", "the said", "was told": no statement here. */
static int blocked(const qx *x, uint32_t c, uint32_t floor) {
  uint8_t form = x->t[c].vform;
  if (c > floor && qx_is(x, c - 1, "to")) return 1;
  if (c > floor && (x->t[c - 1].w & QW_DET)) return 1;
  for (uint32_t k = c, n = 0; k > floor && n < 4; k--, n++) {
    uint32_t j = k - 1;
    if (x->t[j].w & QW_NEG) return 1;
    if (x->t[j].w & QW_BLOCK) return 1;
    if (!(x->t[j].w & (QW_AUX | QW_MODAL))) break;
    if (is_be(x, j) && (form & VF_PP) && !(form & VF_ING)) return 1; /* passive */
  }
  return 0;
}

/* A speech verb that opens a new attribution inside a clause: ", adding",
** "but admitted", "and urged". */
static int next_cue(const qx *x, uint32_t k, uint32_t limit) {
  if (k >= limit || !qx_is_speech_verb(x, k) || x->t[k].qspan != NEWS_NONE) return 0;
  uint8_t f = x->t[k].vform;
  return (f & (VF_ING | VF_PAST | VF_S)) != 0;
}

static uint32_t clause_end(const qx *x, uint32_t k, uint32_t limit) {
  if (limit > k + CLAUSE_MAX) limit = k + CLAUSE_MAX;
  for (uint32_t j = k; j < limit; j++) {
    if (x->t[j].qspan != NEWS_NONE && j > k && qx_is_mark(x, j - 1) &&
        x->qattr[x->t[j].qspan] != NEWS_NONE &&
        x->a[x->qattr[x->t[j].qspan]].kind == NEWS_QUOTE_DIRECT)
      return j - 1; /* a direct quote with its own attribution */
    if (x->t[j].qspan != NEWS_NONE) continue;
    if (qx_is_punct(x, j, ';')) return j;
    /* "Tehran says talks over: report": the tag after a headline's colon */
    if (qx_is_punct(x, j, ':') && (x->para_flags[qx_para_of(x, j)] & QXP_HEADLINE)) return j;
    if (x->t[j].phrase == QX_ACCORDING && j > k) return j > k && qx_is_comma(x, j - 1) ? j - 1 : j;
    if (qx_is_comma(x, j) || qx_is_dash(x, j)) {
      uint32_t n = j + 1;
      if (n < limit && (x->t[n].w & QW_CONJ)) n++;
      n = qx_skip_aux_fwd(x, n, limit);
      if (next_cue(x, n, limit)) return j;
      if (n < limit && x->t[n].phrase == QX_ACCORDING) return j;
      /* ", he said." in the middle, ", a move he described as": another
      ** attribution starts within a few words */
      for (uint32_t w = j + 1; w < limit && w < j + 5; w++) {
        uint32_t m = qx_mention_starting_at(x, w);
        if (m == NEWS_NONE) continue;
        uint32_t v = qx_skip_aux_fwd(x, x->m[m].tok + x->m[m].ntok, limit);
        if (next_cue(x, v, limit)) return j;
        break;
      }
      continue;
    }
    if ((x->t[j].w & QW_CONJ) && j > k && (qx_is(x, j, "and") || qx_is(x, j, "but"))) {
      uint32_t n = qx_skip_aux_fwd(x, j + 1, limit);
      if (next_cue(x, n, limit) && !(x->t[n].vform & VF_ING)) return j;
    }
  }
  return limit;
}

/* Drops trailing punctuation, keeping a closing mark with what it closes. */
static uint32_t trim_end(const qx *x, uint32_t s, uint32_t e) {
  while (e > s) {
    uint32_t l = e - 1;
    const news_token *t = &x->d->tok[l];
    if (qx_is_mark(x, l) && x->t[l].qspan == NEWS_NONE) {
      /* a closing mark: keep it if its span is in the clause */
      int closes = 0;
      for (uint32_t k = l; k > s && k + 8 > l; k--)
        if (x->t[k - 1].qspan != NEWS_NONE) {
          closes = 1;
          break;
        }
      if (closes) return e;
      e--;
      continue;
    }
    if (x->t[l].qspan != NEWS_NONE) return e;
    if (t->kind == NEWS_TOK_PUNCT && !(t->flags & NEWS_F_BRACKET_CLOSE)) {
      e--;
      continue;
    }
    if (t->kind == NEWS_TOK_DASH) {
      e--;
      continue;
    }
    break;
  }
  return e;
}

static uint32_t trim_start(const qx *x, uint32_t s, uint32_t e) {
  while (s < e && (qx_is_comma(x, s) || qx_is_punct(x, s, ':') || qx_is_dash(x, s))) s++;
  /* "But", "And" opening a fronted clause */
  if (s + 1 < e && (x->t[s].w & QW_CONJ) && qx_is_cap(x, s)) s++;
  return s;
}

static uint32_t count_words(const qx *x, uint32_t s, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t k = s; k < e; k++)
    if (x->d->tok[k].kind == NEWS_TOK_WORD || x->d->tok[k].kind == NEWS_TOK_NUMBER) n++;
  return n;
}

/* The clause [s, e) is a quote span that is already a direct quote. */
static int is_direct_already(const qx *x, uint32_t s, uint32_t e) {
  if (s >= e || !qx_is_mark(x, s) || s + 1 >= e) return 0;
  uint32_t q = x->t[s + 1].qspan;
  if (q == NEWS_NONE || x->qattr[q] == NEWS_NONE) return 0;
  const news_qspan *qs = &x->d->qspan[q];
  return qs->tok + qs->ntok + 1 >= e;
}

/* A quoted fragment in [s, e) makes the clause mixed; scare quotes ("the
** so-called “oil truce”") do not. */
static int has_quote(const qx *x, uint32_t s, uint32_t e) {
  for (uint32_t k = s; k < e; k++) {
    uint32_t q = x->t[k].qspan;
    if (q == NEWS_NONE) continue;
    if (!qx_scare_before(x, &x->d->qspan[q])) return 1;
    k = x->d->qspan[q].tok + x->d->qspan[q].ntok; /* skip it */
  }
  return 0;
}

static int emit(qx *x, uint32_t s, uint32_t e, const qx_source *src, uint32_t mention,
                uint32_t follow, uint32_t c, const qx_verb *vb, uint8_t pattern, uint32_t via,
                uint32_t nvia) {
  if (e > s + CLAUSE_MAX) return NEWS_OK; /* no clause is this long: not prose */
  s = trim_start(x, s, e);
  e = trim_end(x, s, e);
  if (s >= e || count_words(x, s, e) < CLAUSE_MIN_WORDS) return NEWS_OK;
  if (is_direct_already(x, s, e)) return NEWS_OK;
  qx_attr a;
  qx_attr_init(&a);
  a.tok = s;
  a.ntok = e - s;
  a.kind = has_quote(x, s, e) ? NEWS_QUOTE_MIXED : NEWS_QUOTE_INDIRECT;
  a.pattern = pattern;
  if (src) {
    a.mention = src->mention;
    a.role_tok = src->role_tok;
    a.role_ntok = src->role_ntok;
  } else {
    a.mention = mention;
  }
  a.follow = follow;
  if (c != NEWS_NONE) {
    a.cue_tok = c;
    a.cue_ntok = x->t[c].vn ? x->t[c].vn : x->t[c].phn;
    x->t[c].used = 1;
  }
  a.cue = vb ? vb->base : "according to";
  a.via_tok = via;
  a.via_ntok = nvia;
  return qx_add_attr(x, &a, NULL);
}

/* The listener of "told", "warned", "urged": a mention or a few words. */
static uint32_t skip_listener(const qx *x, uint32_t k, uint32_t limit) {
  if (k >= limit || (x->t[k].w & QW_THAT) || qx_is(x, k, "to")) return k;
  uint32_t m = qx_mention_starting_at(x, k);
  if (m != NEWS_NONE) return x->m[m].tok + x->m[m].ntok;
  if (x->t[k].w & QW_OBJPRON) return k + 1;
  uint32_t e = k;
  if (x->t[e].w & (QW_DET | QW_POSS)) e++;
  uint32_t w0 = e;
  /* "reporters", "his monthly press briefing", "fellow farmers" */
  while (e < limit && e < w0 + 4 && qx_is_word(x, e) && !x->t[e].vn &&
         !(x->t[e].w & (QW_PREP | QW_THAT | QW_CONJ | QW_DET | QW_POSS | QW_WH | QW_PRON))) {
    uint32_t em = x->t[e].mention;
    e = em != NEWS_NONE && x->m[em].tok + x->m[em].ntok > e ? x->m[em].tok + x->m[em].ntok : e + 1;
  }
  return e > w0 ? e : k;
}

/* The comma (or dash) right before a source phrase starting at s, allowing
** a few modifiers in between ("…, Peru's state news agency Andina reported"). */
static uint32_t comma_before(const qx *x, uint32_t s, uint32_t floor) {
  for (uint32_t k = s, n = 0; k > floor && n < 4; k--, n++) {
    uint32_t j = k - 1;
    if (qx_is_comma(x, j) || qx_is_dash(x, j)) return j;
    if (qx_is_mark(x, j) && j > floor && (qx_is_comma(x, j - 1) || qx_is_terminal(x, j - 1)))
      return j; /* “… ,” X said. — handled by direct.c; here for mixed fronts */
    if (!(qx_is_lower(x, j) ||
          (x->t[j].mention != NEWS_NONE && (x->m[x->t[j].mention].flags & QMF_POSSESSIVE))))
      return NEWS_NONE;
  }
  return NEWS_NONE;
}

/* A quoted fragment after a describing verb: called the ruling “historic”. */
static int fragment(qx *x, uint32_t c, const qx_verb *vb, const qx_source *src, uint32_t mention,
                    uint32_t follow, uint32_t limit) {
  for (uint32_t k = c + x->t[c].vn, n = 0; k < limit && n < FRAGMENT_WINDOW; k++, n++) {
    if (qx_is_terminal(x, k) || qx_is_punct(x, k, ';')) return NEWS_OK;
    if (x->t[k].vn && x->t[k].qspan == NEWS_NONE && k > c + x->t[c].vn + 1 &&
        qx_is_speech_verb(x, k) && (x->t[k].vform & (VF_PAST | VF_ING)))
      return NEWS_OK;
    uint32_t qi = x->t[k].qspan;
    if (qi == NEWS_NONE || !qx_is_mark(x, k - 1)) continue;
    const news_qspan *q = &x->d->qspan[qi];
    if (q->depth > 0 || x->qattr[qi] != NEWS_NONE || q->tok != k) return NEWS_OK;
    if (qx_scare_before(x, q)) return NEWS_OK; /* called it a so-called “…” */
    qx_attr a;
    qx_attr_init(&a);
    a.tok = q->tok;
    a.ntok = q->ntok;
    a.kind = NEWS_QUOTE_MIXED;
    a.pattern = NEWS_QP_FRAGMENT;
    if (src) {
      a.mention = src->mention;
      a.role_tok = src->role_tok;
      a.role_ntok = src->role_ntok;
    } else {
      a.mention = mention;
    }
    a.follow = follow;
    a.cue_tok = c;
    a.cue_ntok = x->t[c].vn;
    a.cue = vb->base;
    x->t[c].used = 1;
    uint32_t idx;
    if (qx_add_attr(x, &a, &idx)) return NEWS_NOMEM;
    x->qattr[qi] = idx;
    return NEWS_OK;
  }
  return NEWS_OK;
}

/* X was quoted [by Y] as saying (that) …  /  Y quoted X[, the Z,] as saying (that) … */
static int quoted_as_saying(qx *x, uint32_t c, uint32_t floor, uint32_t limit) {
  const qx_verb *vb = qx_verb_at(x, c);
  uint32_t via = NEWS_NONE, nvia = 0, vt, vn, e;
  qx_source src;
  uint32_t k = c + x->t[c].vn;
  if (c > floor && is_be(x, c - 1)) {
    if (qx_source_before(x, c, floor, &src)) return NEWS_NOMEM;
    if (qx_is(x, k, "by") && qx_outlet_at(x, k + 1, limit, &vt, &vn, &e)) {
      via = vt;
      nvia = vn;
      k = e;
    } else if (qx_is(x, k, "by")) {
      uint32_t m = qx_mention_starting_at(x, k + 1);
      if (m == NEWS_NONE) return NEWS_OK;
      via = x->m[m].name != NEWS_NONE ? x->m[m].name : x->m[m].tok;
      nvia = x->m[m].name != NEWS_NONE ? x->m[m].nname : x->m[m].ntok;
      k = x->m[m].tok + x->m[m].ntok;
    }
  } else {
    qx_source outlet;
    if (qx_source_before(x, c, floor, &outlet)) return NEWS_NOMEM;
    if (outlet.mention != NEWS_NONE) {
      const qx_mention *om = &x->m[outlet.mention];
      via = om->name != NEWS_NONE ? om->name : om->tok;
      nvia = om->name != NEWS_NONE ? om->nname : om->ntok;
    }
    if (qx_source_after(x, k, limit, &src)) return NEWS_NOMEM;
    if (src.mention == NEWS_NONE) return NEWS_OK;
    k = src.end;
    if (k < limit && qx_is_comma(x, k)) k++;
  }
  if (src.mention == NEWS_NONE) return NEWS_OK;
  k = qx_skip_verb_mods(x, k, limit, &via, &nvia);
  if (k >= limit || x->t[k].phrase != QX_AS_SAYING) return NEWS_OK;
  k += x->t[k].phn;
  if (k < limit && (qx_is_comma(x, k) || qx_is_punct(x, k, ':'))) k++;
  if (k < limit && (x->t[k].w & QW_THAT)) k++;
  if (k < limit && qx_is_mark(x, k)) {
    /* a direct quote: attach it here if direct.c did not */
    uint32_t qi = k + 1 < limit ? x->t[k + 1].qspan : NEWS_NONE;
    if (qi == NEWS_NONE || x->qattr[qi] != NEWS_NONE || x->d->qspan[qi].open != k) return NEWS_OK;
    const news_qspan *q = &x->d->qspan[qi];
    qx_attr a;
    qx_attr_init(&a);
    a.tok = q->tok;
    a.ntok = q->ntok;
    a.qspan = qi;
    a.kind = NEWS_QUOTE_DIRECT;
    a.pattern = NEWS_QP_QUOTED_AS_SAYING;
    a.mention = src.mention;
    a.role_tok = src.role_tok;
    a.role_ntok = src.role_ntok;
    a.cue_tok = c;
    a.cue_ntok = x->t[c].vn;
    a.cue = vb->base;
    a.via_tok = via;
    a.via_ntok = nvia;
    x->t[c].used = 1;
    uint32_t idx;
    if (qx_add_attr(x, &a, &idx)) return NEWS_NOMEM;
    x->qattr[qi] = idx;
    return NEWS_OK;
  }
  uint32_t end = clause_end(x, k, limit);
  return emit(x, k, end, &src, NEWS_NONE, NEWS_NONE, c, vb, NEWS_QP_QUOTED_AS_SAYING, via, nvia);
}

/* A clause without "that" must look finite within its first words: a modal
** or auxiliary, a negation, a reporting or other known verb form, a past
** tense in -ed, or an -s verb right after its subject ("said the talks
** failed", "said it would", "said Iran wants"). "wrote the book" and
** "claiming a second title" are objects, not clauses. */
static int looks_finite(const qx *x, uint32_t s, uint32_t e) {
  const news_doc *d = x->d;
  uint32_t stop = s + 20 < e ? s + 20 : e;
  for (uint32_t k = s; k < stop; k++) {
    const news_token *t = &d->tok[k];
    /* a comma not opening a relative clause ends the search: "announced a
    ** move to Lyon, Paris felt …" is no clause of his */
    if (qx_is_comma(x, k) && k + 1 < e && x->t[k + 1].qspan == NEWS_NONE &&
        (qx_is_cap(x, k + 1) || (x->t[k + 1].w & (QW_DET | QW_PRON))) &&
        !(x->t[k + 1].w & QW_REL)) {
      /* "Germany's second airline, Nordwind, will cut": an appositive closes
      ** with a second comma and the clause goes on */
      uint32_t j = k + 1;
      while (j < e && j < k + 9 && !qx_is_comma(x, j) && !x->t[j].vn) j++;
      if (j < e && j < k + 9 && qx_is_comma(x, j) && j + 1 < e && qx_is_lower(x, j + 1)) {
        k = j;
        continue;
      }
      return 0;
    }
    if (t->kind != NEWS_TOK_WORD) continue;
    if (x->t[k].w & (QW_MODAL | QW_NEG | QW_FINITE)) return 1;
    const char *f = d->fold + t->fold;
    uint32_t n = t->nfold;
    /* contractions: "he's", "it'll", "they're", "there's" */
    for (uint32_t i = 1; i + 1 < n; i++)
      if (f[i] == '\'' && (f[i + 1] != 's' || i + 2 < n || (x->t[k].w & (QW_PRON | QW_NONAME))))
        return 1;
    if (k == s || (t->flags & NEWS_F_CAP)) continue;
    if (x->t[k].vn && (x->t[k].vform & (VF_PAST | VF_S))) return 1;
    if (n >= 4 && f[n - 2] == 'e' && f[n - 1] == 'd' && !(x->t[k - 1].w & (QW_DET | QW_POSS)))
      return 1;
    int after_subject = (x->t[k - 1].w & QW_PRON) || qx_mention_ending_at(x, k - 1) != NEWS_NONE;
    if (n >= 3 && f[n - 1] == 's' && f[n - 2] != 's' && after_subject) return 1;
    /* a plain verb after "they", "we", "I", "you": "said they support" */
    if (qx_is_lower(x, k) && (x->t[k - 1].w & QW_PRON) &&
        (x->t[k - 1].pron & (QPR_PLURAL | QPR_FIRST)) &&
        !(x->t[k].w & (QW_PREP | QW_CONJ | QW_DET | QW_POSS | QW_THAT)))
      return 1;
  }
  return 0;
}

/* Words that cannot open a reported clause: a preposition ("adding to her lead", "reminds them
 * of"), a conjunction ("what she says and promises"). */
static int bad_clause_start(const qx *x, uint32_t k) {
  if (!qx_is_lower(x, k)) return 0;
  if (x->t[k].w & (QW_CONJ)) return 1;
  if ((x->t[k].w & QW_PREP) && !(x->t[k].w & (QW_TIME | QW_DET))) return 1;
  return (x->t[k].w & QW_NOCLAUSE) != 0;
}

/* "criticized X for opposing …", "accused X of lying", "charged X with
** fraud", "warned X against …": the object and its complement. Returns the
** end of the complement's clause, or NEWS_NONE. */
static uint32_t for_complement(const qx *x, uint32_t k, uint32_t limit) {
  uint32_t m = qx_mention_starting_at(x, k);
  uint32_t e = m != NEWS_NONE ? x->m[m].tok + x->m[m].ntok : k;
  if (m == NEWS_NONE) {
    if (k < limit && (x->t[k].w & (QW_DET | QW_POSS))) e++;
    uint32_t w0 = e;
    while (e < limit && e < w0 + 4 && qx_is_word(x, e) && !x->t[e].vn &&
           !(x->t[e].w & (QW_PREP | QW_THAT | QW_CONJ | QW_DET | QW_WH)) && !qx_is(x, e, "of") &&
           !qx_is(x, e, "with") && !qx_is(x, e, "against"))
      e++;
    if (x->t[k].w & QW_OBJPRON) e = k + 1;
    if (e == w0 && e == k) return NEWS_NONE;
  }
  if (e >= limit) return NEWS_NONE;
  if (!(qx_is(x, e, "for") || qx_is(x, e, "of") || qx_is(x, e, "with") || qx_is(x, e, "against") ||
        qx_is(x, e, "over")))
    return NEWS_NONE;
  if (e + 1 >= limit || qx_is_terminal(x, e + 1)) return NEWS_NONE;
  return e;
}

/* A bare base form after an auxiliary is a verb only after a modal or "do":
** "will say", "did not say"; "has direct links" is an adjective. */
static int base_form_ok(const qx *x, uint32_t b, uint32_t c) {
  for (uint32_t k = b; k < c; k++)
    if (x->t[k].w & (QW_MODAL | QW_DO)) return 1;
  return 0;
}

/* A verb with no clause after it: an object and its complement ("accused X
** of …"), or a quoted fragment ("called it “…”"), or nothing. */
static int no_clause(qx *x, uint32_t c, const qx_verb *vb, const qx_source *src, uint32_t mention,
                     uint32_t follow, uint32_t k, uint32_t limit, uint8_t pattern) {
  if (vb->frame & QF_FOR) {
    uint32_t prep = for_complement(x, c + x->t[c].vn, limit);
    if (prep != NEWS_NONE) {
      uint32_t end = clause_end(x, prep + 1, limit);
      return emit(x, c + x->t[c].vn, end, src, mention, follow, c, vb, pattern, NEWS_NONE, 0);
    }
  }
  (void)k;
  if (vb->frame & QF_NPQ) return fragment(x, c, vb, src, mention, follow, limit);
  return NEWS_OK;
}

/* An -s form after a description read without a mention ("The other teams", "a tale of missed
 *chances", "a list of claims") is a plural noun,
 ** not a verb: the description ends in a modifier. Also "anti-Union
 ** remarks": a name glued into a compound. */
static int noun_plural_reading(const qx *x, uint32_t m) {
  const qx_mention *mm = &x->m[m];
  uint32_t last = mm->tok + mm->ntok - 1;
  if (mm->tok > 1 && x->d->tok[mm->tok - 1].kind == NEWS_TOK_DASH &&
      !(x->d->tok[mm->tok].flags & NEWS_F_SPACE_BEFORE) &&
      !(x->d->tok[mm->tok - 1].flags & NEWS_F_SPACE_BEFORE) && qx_is_word(x, mm->tok - 2))
    return 1;
  if (mm->type != QM_DESC || mm->head != NEWS_NONE) return 0;
  const news_token *t = &x->d->tok[last];
  const char *f = x->d->fold + t->fold;
  if (x->t[last].w & (QW_NONAME | QW_PREP)) return 1;
  if (qx_is(x, last, "of")) return 1;
  return t->nfold > 3 && f[t->nfold - 2] == 'e' && f[t->nfold - 1] == 'd';
}

static int plural_subject(const qx *x, uint32_t m) {
  if (m == NEWS_NONE) return 0;
  const qx_mention *mm = &x->m[m];
  if (mm->type == QM_PRON) return (mm->pron & (QPR_PLURAL | QPR_FIRST | QPR_REL)) != 0;
  if ((mm->flags & QMF_PLURAL) != 0 || mm->type == QM_ORG || mm->type == QM_PLACE) return 1;
  /* "Estimates suggest", "voters say" */
  const news_token *t = &x->d->tok[mm->tok + mm->ntok - 1];
  return t->nfold > 3 && x->d->fold[t->fold + t->nfold - 1] == 's' &&
         x->d->fold[t->fold + t->nfold - 2] != 's' && x->d->fold[t->fold + t->nfold - 2] != '\'';
}

/* After an attribution (source, verb, modifiers): the sentence ends, or a
** comma, or a subordinate phrase ("he said after meeting …", "told his
** advisers as he labored …"), but not a clause of its own. */
static int ends_attribution(const qx *x, uint32_t k, uint32_t limit) {
  if (k >= limit || qx_is_terminal(x, k) || qx_is_comma(x, k) || qx_is_dash(x, k) ||
      qx_is_punct(x, k, ';'))
    return 1;
  if (qx_is_mark(x, k) && x->t[k].qspan == NEWS_NONE && k + 1 >= limit) return 1;
  if (!qx_is_lower(x, k) || (x->t[k].w & QW_THAT)) return 0;
  return (x->t[k].w & QW_SUBORD) != 0;
}

/* "As X reported, CLAUSE" (the clause after) and "CLAUSE, as X said" (before). */
static int as_attribution(qx *x, uint32_t c, const qx_verb *vb, const qx_source *src,
                          uint32_t floor, uint32_t k, uint32_t limit, uint32_t via, uint32_t nvia) {
  uint32_t as = src->start - 1;
  if (as == floor) {
    if (k >= limit || !qx_is_comma(x, k)) return NEWS_OK;
    uint32_t end = clause_end(x, k + 1, limit);
    return emit(x, k + 1, end, src, NEWS_NONE, NEWS_NONE, c, vb, NEWS_QP_SPEAKER_CUE_CLAUSE, via,
                nvia);
  }
  if (as > floor && qx_is_comma(x, as - 1))
    return emit(x, floor, as - 1, src, NEWS_NONE, NEWS_NONE, c, vb, NEWS_QP_CLAUSE_SPEAKER_CUE, via,
                nvia);
  return NEWS_OK;
}

static int reported_at(qx *x, uint32_t c) {
  const qx_verb *vb = qx_verb_at(x, c);
  uint32_t para = qx_para_of(x, c);
  uint8_t pf = x->para_flags[para];
  if (pf & QXP_BOILER) return NEWS_OK;
  if ((pf & QXP_HEADLINE) && !lemma_is(vb, "say")) return NEWS_OK;
  uint32_t floor = qx_body_start(x, c), limit = qx_sent_end(x, c);
  if (c < floor) return NEWS_OK;                       /* in a dateline */
  if (lemma_is(vb, "quote") || lemma_is(vb, "cite")) { /* X quoted/cited Y as saying */
    uint32_t before = x->na;
    if (quoted_as_saying(x, c, floor, limit)) return NEWS_NOMEM;
    if (x->na > before || lemma_is(vb, "quote")) return NEWS_OK;
  }
  if (blocked(x, c, floor)) return NEWS_OK;
  /* "flood-related", "long-awaited": a cue glued into a compound is an adjective */
  if (c > floor + 1 && x->d->tok[c - 1].kind == NEWS_TOK_DASH &&
      !(x->d->tok[c].flags & NEWS_F_SPACE_BEFORE) &&
      !(x->d->tok[c - 1].flags & NEWS_F_SPACE_BEFORE) && qx_is_word(x, c - 2))
    return NEWS_OK;
  uint8_t form = x->t[c].vform;
  uint32_t after = c + x->t[c].vn;
  uint32_t b = qx_skip_aux_back(x, c, floor);
  int part = (form & VF_ING) && b > floor &&
             (qx_is_break(x, b - 1) || qx_is(x, b - 1, "before") || qx_is(x, b - 1, "after") ||
              qx_is(x, b - 1, "while") || qx_is(x, b - 1, "by") || qx_is(x, b - 1, "without") ||
              qx_is(x, b - 1, "when"));
  int coord = !part && b > floor && (qx_is(x, b - 1, "and") || qx_is(x, b - 1, "but"));
  if ((form & VF_ING) && !part && b == c) return NEWS_OK; /* "saying" as a noun */
  qx_source src;
  uint32_t follow = NEWS_NONE, mention = NEWS_NONE;
  const qx_source *srcp = NULL;
  uint8_t pattern = NEWS_QP_SPEAKER_CUE_CLAUSE;
  if (part || coord) {
    follow = qx_prev_attr_in_sentence(x, c);
    if (follow == NEWS_NONE) mention = qx_sentence_subject(x, c);
    if (follow == NEWS_NONE && mention == NEWS_NONE) return NEWS_OK;
    pattern = NEWS_QP_PARTICIPLE;
  } else {
    if (qx_source_before(x, c, floor, &src)) return NEWS_NOMEM;
    if (src.mention != NEWS_NONE) {
      srcp = &src;
      if (form == VF_BASE && b == c && !plural_subject(x, src.mention)) return NEWS_OK;
      if (form == VF_S && b == c && noun_plural_reading(x, src.mention)) return NEWS_OK;
    }
    if (form == VF_BASE && b < c && !base_form_ok(x, b, c)) return NEWS_OK;
  }
  /* after the verb: the listener, modifiers, "that" */
  uint32_t via = NEWS_NONE, nvia = 0, k = after, vt, vn, oe;
  if ((vb->frame & QF_OBJ) && k < limit) {
    if (qx_outlet_at(x, k, limit, &vt, &vn, &oe)) {
      via = vt;
      nvia = vn;
    }
    k = skip_listener(x, k, limit);
  }
  k = qx_skip_verb_mods(x, k, limit, &via, &nvia);
  /* "…, said X[, the Y]." and "…,'' said X": the source after the verb */
  qx_source inv;
  int inverted = 0;
  uint32_t pre = NEWS_NONE;
  if (!part && !coord && !srcp && b > floor) {
    if (qx_is_comma(x, b - 1) || qx_is_dash(x, b - 1))
      pre = b - 1;
    else if (qx_is_mark(x, b - 1) && b - 1 > floor && qx_is_comma(x, b - 2))
      pre = b - 1;
  }
  if (pre != NEWS_NONE && (vb->frame & (QF_CLAUSE | QF_QUOTE))) {
    if (qx_source_after(x, after, limit, &inv)) return NEWS_NOMEM;
    if (inv.mention != NEWS_NONE && (form != VF_BASE || plural_subject(x, inv.mention))) {
      uint32_t k2 = qx_skip_verb_mods(x, inv.end, limit, &via, &nvia);
      if (ends_attribution(x, k2, limit)) {
        inverted = 1;
        k = k2;
      }
    }
  }
  if (!srcp && !inverted && form == VF_BASE && b == c) return NEWS_OK;
  /* a headline's "Court blocks permit, says regulators erred": the subject
  ** of the headline says it */
  if (!srcp && !inverted && !part && !coord && pre != NEWS_NONE && (pf & QXP_HEADLINE)) {
    mention = qx_sentence_subject(x, c);
    if (mention == NEWS_NONE) return NEWS_OK;
    coord = 1;
    pattern = NEWS_QP_HEADLINE;
  }
  /* "As X reported, CLAUSE" / "CLAUSE, as X said." */
  if (srcp && src.start > floor && qx_is(x, src.start - 1, "as") && ends_attribution(x, k, limit))
    return as_attribution(x, c, vb, &src, floor, k, limit, via, nvia);
  /* fronted only with a comma before the source ("…, X said"): "X said if
  ** …" reads on */
  int fronted_shape = inverted || (srcp && ends_attribution(x, k, limit) &&
                                   (k >= limit || qx_is_terminal(x, k) || qx_is_comma(x, k) ||
                                    comma_before(x, src.start, floor) != NEWS_NONE));
  if (!part && !coord && fronted_shape && (vb->frame & (QF_CLAUSE | QF_QUOTE))) {
    /* the clause came first: "…, X said." or "…, said X." */
    uint32_t comma = NEWS_NONE;
    if (srcp) {
      comma = comma_before(x, src.start, floor);
      pattern = NEWS_QP_CLAUSE_SPEAKER_CUE;
    } else if (inverted) {
      src = inv;
      srcp = &src;
      comma = pre;
      pattern = NEWS_QP_CLAUSE_CUE_SPEAKER;
    }
    if (comma == NEWS_NONE || comma <= floor) return NEWS_OK;
    /* "In her letter, X argued …", "In the end, X said, …": an opening phrase
    ** is no clause; the words after the attribution may be */
    if (!(pf & QXP_HEADLINE) && !looks_finite(x, floor, comma) && !has_quote(x, floor, comma)) {
      if (k < limit && qx_is_comma(x, k)) {
        uint32_t n = k + 1, end = clause_end(x, n, limit);
        if (n < limit && !qx_is_mark(x, n) && count_words(x, n, end) >= 3 &&
            looks_finite(x, n, end) && !next_cue(x, qx_skip_aux_fwd(x, n, limit), limit))
          return emit(x, n, end, srcp, NEWS_NONE, NEWS_NONE, c, vb, pattern, via, nvia);
      }
      return NEWS_OK;
    }
    /* ", according to Reuters" after the verb credits an outlet */
    for (uint32_t j = k; j < limit && j < k + 4; j++)
      if (x->t[j].phrase == QX_ACCORDING && via == NEWS_NONE &&
          qx_outlet_at(x, j + x->t[j].phn, limit, &vt, &vn, &oe)) {
        via = vt;
        nvia = vn;
      }
    /* a fronted quote that direct.c attributed already */
    if (qx_is_mark(x, floor) && floor + 1 < limit && x->t[floor + 1].qspan != NEWS_NONE &&
        x->qattr[x->t[floor + 1].qspan] != NEWS_NONE)
      return NEWS_OK;
    if (emit(x, floor, comma, srcp, NEWS_NONE, NEWS_NONE, c, vb, pattern, via, nvia))
      return NEWS_NOMEM;
    /* "Turnout, he noted, has long been …": the clause goes on after the
    ** attribution */
    if (k < limit && qx_is_comma(x, k)) {
      uint32_t n = k + 1;
      uint32_t n2 = n < limit && (x->t[n].w & QW_CONJ) ? n + 1 : n;
      n2 = qx_skip_aux_fwd(x, n2, limit);
      /* it must go on with the verb: "…, he noted, has long been" */
      int verb_next = n < limit && qx_is_lower(x, n) &&
                      ((x->t[n].w & (QW_FINITE | QW_MODAL | QW_AUX)) ||
                       (x->t[n].vn && (x->t[n].vform & (VF_PAST | VF_S))));
      if (verb_next && !next_cue(x, n2, limit) && x->t[n].phrase != QX_ACCORDING) {
        uint32_t end = clause_end(x, n, limit);
        if (count_words(x, n, end) >= 3 && looks_finite(x, n, end))
          return emit(x, n, end, srcp, NEWS_NONE, NEWS_NONE, c, vb, pattern, via, nvia);
      }
    }
    return NEWS_OK;
  }
  if (!srcp && follow == NEWS_NONE && mention == NEWS_NONE) return NEWS_OK;
  if (k < limit && (qx_is_punct(x, k, ':') || qx_is_comma(x, k))) {
    if (k + 1 < limit && qx_is_mark(x, k + 1)) return NEWS_OK; /* a direct quote follows */
    if (qx_is_comma(x, k)) return NEWS_OK;
    k++;
  }
  int that = 0;
  if (k < limit && (x->t[k].w & QW_THAT)) {
    k++;
    that = 1;
  }
  if (!that && k < limit && qx_is(x, k, "to") && (vb->frame & QF_TO)) {
    /* "urged both teams to return", "vowed to retaliate" */
  } else if (!that && k < limit && (x->t[k].w & QW_WH)) {
    if (!(vb->frame & QF_WH)) return NEWS_OK;
  } else if (!that && (!(vb->frame & QF_BARE) || !(vb->frame & QF_CLAUSE))) {
    return no_clause(x, c, vb, srcp, mention, follow, k, limit, pattern);
  }
  if (k >= limit || qx_is_terminal(x, k)) return NEWS_OK;
  /* an infinitive: "to" and a verb, not "agreed to the plan" */
  uint32_t inf = k + 1 < limit && qx_is_mark(x, k + 1) ? k + 2 : k + 1; /* to “stand up …” */
  int to_clause = qx_is(x, k, "to") && (vb->frame & QF_TO) && inf < limit && qx_is_lower(x, inf) &&
                  !(x->t[inf].w & (QW_DET | QW_POSS | QW_PRON | QW_PREP | QW_TIME));
  if (qx_is(x, k, "to") && !that && !to_clause) return NEWS_OK;
  if (!to_clause && bad_clause_start(x, k))
    return no_clause(x, c, vb, srcp, mention, follow, after, limit, pattern);
  uint32_t end = clause_end(x, k, limit);
  /* headlines drop their verbs ("talks over"): no finite check there */
  if (!that && !to_clause && !(x->t[k].w & QW_WH) && !(pf & QXP_HEADLINE) &&
      !looks_finite(x, k, end))
    return no_clause(x, c, vb, srcp, mention, follow, after, limit, pattern);
  if ((vb->frame & QF_NPQ) && !that && end - k < 2)
    return fragment(x, c, vb, srcp, mention, follow, limit);
  /* ", according to Reuters" closing the clause credits an outlet */
  if (end < limit && via == NEWS_NONE) {
    uint32_t j = qx_is_comma(x, end) ? end + 1 : end;
    if (j < limit && x->t[j].phrase == QX_ACCORDING &&
        qx_outlet_at(x, j + x->t[j].phn, limit, &vt, &vn, &oe)) {
      via = vt;
      nvia = vn;
    }
  }
  return emit(x, k, end, srcp, mention, follow, c, vb, pattern, via, nvia);
}

/* according to X, CLAUSE  /  CLAUSE, according to X */
static int according_at(qx *x, uint32_t j) {
  if (j > CLAUSE_MAX && qx_body_start(x, j) + CLAUSE_MAX < j) return NEWS_OK;
  uint32_t para = qx_para_of(x, j);
  if (x->para_flags[para] & QXP_BOILER) return NEWS_OK;
  uint32_t floor = qx_body_start(x, j), limit = qx_sent_end(x, j);
  if (j < floor) return NEWS_OK;
  uint32_t k = j + x->t[j].phn;
  if (k < limit && x->t[k].phrase == QX_SOURCE_NOUN) k += x->t[k].phn;
  qx_source src;
  if (qx_source_after(x, k, limit, &src)) return NEWS_NOMEM;
  if (src.mention == NEWS_NONE) return NEWS_OK;
  /* a statement already attributed in this sentence: X is only the outlet */
  uint32_t prev = qx_prev_attr_in_sentence(x, j);
  if (prev != NEWS_NONE) {
    qx_attr *pa = &x->a[prev];
    const qx_mention *m = &x->m[src.mention];
    if (pa->via_tok == NEWS_NONE && (m->type == QM_OUTLET || m->type == QM_ORG)) {
      pa->via_tok = m->name != NEWS_NONE ? m->name : m->tok;
      pa->via_ntok = m->name != NEWS_NONE ? m->nname : m->ntok;
    }
    return NEWS_OK;
  }
  uint32_t s, e;
  uint32_t lead = j;
  while (lead > floor && (x->t[lead - 1].w & QW_CONJ) && qx_is_cap(x, lead - 1)) lead--;
  if (lead == floor) { /* according to X, CLAUSE */
    s = src.end;
    e = clause_end(x, s, limit);
  } else {
    s = floor;
    e = j > floor && qx_is_comma(x, j - 1) ? j - 1 : j;
    if (count_words(x, s, e) < 3) { /* "X is, according to Y, …" */
      s = src.end;
      e = clause_end(x, s, limit);
    }
  }
  if (s >= e) return NEWS_OK;
  /* the clause must not be a direct quote attributed to someone already */
  for (uint32_t t = s; t < e; t++)
    if (x->t[t].qspan != NEWS_NONE && x->qattr[x->t[t].qspan] != NEWS_NONE &&
        x->a[x->qattr[x->t[t].qspan]].kind == NEWS_QUOTE_DIRECT)
      return NEWS_OK;
  qx_attr a;
  qx_attr_init(&a);
  s = trim_start(x, s, e);
  e = trim_end(x, s, e);
  if (s >= e || count_words(x, s, e) < CLAUSE_MIN_WORDS) return NEWS_OK;
  a.tok = s;
  a.ntok = e - s;
  a.kind = has_quote(x, s, e) ? NEWS_QUOTE_MIXED : NEWS_QUOTE_INDIRECT;
  a.pattern = NEWS_QP_ACCORDING_TO;
  a.mention = src.mention;
  a.role_tok = src.role_tok;
  a.role_ntok = src.role_ntok;
  a.cue = "according to";
  a.cue_tok = j;
  a.cue_ntok = x->t[j].phn;
  return qx_add_attr(x, &a, NULL);
}

int qx_find_reported(qx *x) {
  const news_doc *d = x->d;
  for (uint32_t c = 0; c < d->ntok; c++) {
    const qx_tok *t = &x->t[c];
    if (t->qspan != NEWS_NONE) continue; /* inside a quote: part of what was said */
    if (t->phrase == QX_ACCORDING) {
      if (according_at(x, c)) return NEWS_NOMEM;
      continue;
    }
    if (!t->vn || t->used) continue;
    if (qx_verbs[t->verb].cls != QC_SPEECH) continue;
    if (reported_at(x, c)) return NEWS_NOMEM;
  }
  return NEWS_OK;
}
