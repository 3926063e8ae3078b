/*
** direct.c: quote spans attributed by the patterns around their marks.
**
**   after the closing mark:  “…,” said X[, the Y].        (QCQVS)
**                            “…,” X[, the Y,] said.       (QCQSV)
**                            “…,” the Z agency quoted X as saying.
**   before the opening mark: X said[ on Monday]: “…”      (SVQCQ)
**                            X told reporters, “…”
**                            X:  “…”                       (colon)
**   none in the sentence:    the quote continues the speaker before it:
**                            “A,” she said. “B.” / a paragraph that opens
**                            with a mark continuing an open quote.
**
** A quote in the middle of a sentence ("called it “historic”") is left to
** reported.c, which reads it as part of reported speech (a mixed quote).
** Guards: a quote after "so-called", "dubbed" or "the headline", a
** nickname inside a name, a title in title case, an unclosed mark that ends
** a paragraph without ending a sentence (a comment widget, a tag list).
*/
#include "quotes_internal.h"

#include <string.h>

#define BEFORE_MAX 10 /* tokens between a cue and the opening mark */

static int lemma_is(const qx *x, uint32_t v, const char *lemma) {
  const qx_verb *vb = qx_verb_at(x, v);
  return vb && strcmp(vb->base, lemma) == 0;
}

/* A speech verb that can attribute a direct quote. */
static int quote_verb(const qx *x, uint32_t v) {
  const qx_verb *vb = qx_verb_at(x, v);
  if (!vb || vb->cls != QC_SPEECH || !(vb->frame & QF_QUOTE)) return 0;
  /* "to say", "declined to say": no statement */
  return 1;
}

/* Words in the quote span's content. */
static uint32_t words_in(const qx *x, const news_qspan *q) {
  uint32_t n = 0;
  for (uint32_t k = q->tok; k < q->tok + q->ntok; k++)
    if (x->d->tok[k].kind == NEWS_TOK_WORD || x->d->tok[k].kind == NEWS_TOK_NUMBER) n++;
  return n;
}

/* The content ends a sentence or a clause: “… table.” “…,” “…?” */
static int ends_utterance(const qx *x, const news_qspan *q) {
  if (!q->ntok) return 0;
  uint32_t last = q->tok + q->ntok - 1;
  return qx_is_terminal(x, last) || qx_is_comma(x, last) || qx_is_dash(x, last) ||
         qx_is_punct(x, last, ':') || qx_is_punct(x, last, ';');
}

/* Every word capitalised: a title ("A Trap Set in Vienna"), not a statement. */
static int title_case(const qx *x, const news_qspan *q) {
  uint32_t words = 0, caps = 0;
  for (uint32_t k = q->tok; k < q->tok + q->ntok; k++) {
    if (x->d->tok[k].kind != NEWS_TOK_WORD) continue;
    words++;
    if (x->d->tok[k].flags & NEWS_F_CAP)
      caps++;
    else if (x->t[k].w & (QW_DET | QW_PREP | QW_CONJ))
      caps++; /* "of", "the" in titles */
  }
  if (words >= 1 && caps == words && !ends_utterance(x, q)) return 1;
  /* "“Save Our Valley Now.”": every word capitalised, and more than two
  ** of them, is a slogan or title even with a full stop; not in a headline,
  ** where every quote is in title case ("Lee: ‘We Will Win Every Seat’") */
  return words >= 3 && caps == words && !(x->para_flags[qx_para_of(x, q->open)] & QXP_HEADLINE);
}

/* A title or a name rather than a statement: after a possessive ("the channel's
** “Sunday Review”"), or a work followed by its author ("“…,” by X"). */
static int title_context(const qx *x, const news_qspan *q) {
  uint32_t o = q->open;
  if (o > 0 && q->ntok <= 8 && qx_is_word(x, o - 1)) {
    const news_token *t = &x->d->tok[o - 1];
    const char *f = x->d->fold + t->fold;
    if (t->nfold > 2 && f[t->nfold - 2] == '\'' && f[t->nfold - 1] == 's') return 1;
  }
  if (q->close != NEWS_NONE) {
    uint32_t k = q->close + 1;
    if (k < x->d->ntok && qx_is_comma(x, k)) k++;
    if (qx_is(x, k, "by") && k + 1 < x->d->ntok && qx_is_cap(x, k + 1)) return 1;
  }
  return 0;
}

/* A word before the mark says the quote is a name or a title. */
int qx_scare_before(const qx *x, const news_qspan *q) {
  uint32_t o = q->open;
  if (o == 0) return 0;
  uint32_t k = o - 1;
  if (qx_is_punct(x, k, ':') && k > 0) k--; /* "the slogan: “…”" */
  if ((x->t[k].w & (QW_DET)) && k > 0) k--;
  if (x->t[k].w & QW_SCARE) return 1;
  /* "so-called" is three tokens: so - called */
  if (k >= 2 && qx_is(x, k, "called") && qx_is_dash(x, k - 1) && qx_is(x, k - 2, "so")) return 1;
  if (qx_is(x, k, "as") && k > 0 && qx_is(x, k - 1, "known")) return 1;
  return 0;
}

/* The mark opens a sentence or follows a clear break: a sentence start
** (after a dateline), a colon, a dash or bracket, or "But"/"And". */
static int opens_utterance(const qx *x, const news_qspan *q) {
  uint32_t o = q->open, b = qx_body_start(x, o);
  if (o <= b) return 1;
  uint32_t p = o - 1;
  if (qx_is_punct(x, p, ':') || qx_is_dash(x, p) || (x->d->tok[p].flags & NEWS_F_BRACKET_OPEN))
    return 1;
  if (p == b && (x->t[p].w & QW_CONJ)) return 1;
  /* bullets, symbols or stray bytes before it: "» “…”" */
  if (o - b <= 4) {
    for (uint32_t k = b; k < o; k++)
      if (x->d->tok[k].kind == NEWS_TOK_WORD || x->d->tok[k].kind == NEWS_TOK_NUMBER) return 0;
    return 1;
  }
  return 0;
}

/* Reads the listener, modifiers and a trailing "according to" after a cue;
** returns the token after the modifiers. */
static uint32_t take_via_after(qx *x, uint32_t k, uint32_t limit, qx_attr *a, int tell) {
  if (tell) {
    uint32_t vt, vn, e;
    if (qx_outlet_at(x, k, limit, &vt, &vn, &e)) {
      a->via_tok = vt;
      a->via_ntok = vn;
      k = e;
    }
  }
  uint32_t via = a->via_tok, nvia = a->via_ntok;
  k = qx_skip_verb_mods(x, k, limit, &via, &nvia);
  a->via_tok = via;
  a->via_ntok = nvia;
  /* ", according to Reuters" later in the sentence */
  for (uint32_t j = k; j < limit && j < k + 12 && a->via_tok == NEWS_NONE; j++)
    if (x->t[j].phrase == QX_ACCORDING) {
      uint32_t vt, vn, e;
      if (qx_outlet_at(x, j + x->t[j].phn, limit, &vt, &vn, &e)) {
        a->via_tok = vt;
        a->via_ntok = vn;
      }
    }
  return k;
}

/* An attribution read from the next sentence must not go on into a clause
** of its own ("“…?” Lee said. " or "Lee said of the bank, …", not "Lee
** said the deal …"). */
static int whole_tail(const qx *x, uint32_t k, uint32_t limit) {
  if (k >= limit || qx_is_terminal(x, k) || qx_is_comma(x, k) || qx_is_dash(x, k)) return 1;
  if (qx_is(x, k, "of") || qx_is(x, k, "about")) return 1; /* "Lee said of the bank" */
  return qx_is_lower(x, k) && (x->t[k].w & (QW_PREP | QW_WH | QW_CONJ)) != 0 &&
         !(x->t[k].w & QW_THAT);
}

static void set_source(qx_attr *a, const qx_source *s) {
  a->mention = s->mention;
  a->role_tok = s->role_tok;
  a->role_ntok = s->role_ntok;
}

static void set_cue(qx *x, qx_attr *a, uint32_t v) {
  const qx_verb *vb = qx_verb_at(x, v);
  a->cue_tok = v;
  a->cue_ntok = x->t[v].vn;
  a->cue = vb ? vb->base : NULL;
  x->t[v].used = 1;
}

/* “…,” X said / “…,” said X / “…,” the agency quoted X as saying. The
** sentence splitter ends a sentence at “…?” or “….” before a capitalised
** name, so an attribution may also be the whole of the next sentence. */
static int attr_after(qx *x, uint32_t si, qx_attr *a, int *found) {
  const news_qspan *q = &x->d->qspan[si];
  *found = 0;
  if (q->close == NEWS_NONE) return NEWS_OK;
  uint32_t k = q->close + 1, limit = qx_sent_end(x, q->close);
  int cross = 0;
  if (k >= limit && k < x->d->ntok && !(x->d->tok[k].flags & NEWS_F_PARA_START)) {
    limit = qx_sent_end(x, k);
    cross = 1;
  }
  qx_source src;
  qx_attr b = *a;
  /* “…” — Dana X: a quote signed by its speaker, ending its sentence */
  if (k < limit && qx_is_dash(x, k) && k + 1 < limit) {
    if (qx_source_after(x, k + 1, limit, &src)) return NEWS_NOMEM;
    uint32_t e = src.end;
    /* "― Marta X, Gdansk": a short place or description may follow */
    if (e < limit && qx_is_comma(x, e) && limit - e <= 8) {
      uint32_t j = e + 1;
      while (j < limit && !x->t[j].vn && !qx_is_mark(x, j) && !qx_is_terminal(x, j)) j++;
      e = j;
    }
    while (e < limit && (qx_is_terminal(x, e) || qx_is_punct(x, e, '/'))) e++;
    if (src.mention != NEWS_NONE && e >= limit && x->m[src.mention].type != QM_PRON &&
        x->m[src.mention].type != QM_PLACE) {
      set_source(&b, &src);
      b.pattern = NEWS_QP_SIGNOFF;
      *a = b;
      *found = 1;
      return NEWS_OK;
    }
  }
  if (k < limit && (qx_is_comma(x, k) || qx_is_dash(x, k))) k++;
  if (k >= limit || qx_is_mark(x, k)) return NEWS_OK;
  if (quote_verb(x, k) && !(x->t[k].vform == VF_ING)) {
    /* inverted: said X */
    if (qx_source_after(x, k + x->t[k].vn, limit, &src)) return NEWS_NOMEM;
    if (src.mention == NEWS_NONE) return NEWS_OK;
    set_source(&b, &src);
    b.pattern = NEWS_QP_QUOTE_CUE_SPEAKER;
    uint32_t end = take_via_after(x, src.end, limit, &b, lemma_is(x, k, "tell"));
    if (cross && !whole_tail(x, end, limit)) return NEWS_OK;
    set_cue(x, &b, k);
    *a = b;
    *found = 1;
    return NEWS_OK;
  }
  if (qx_source_after(x, k, limit, &src)) return NEWS_NOMEM;
  if (src.mention == NEWS_NONE) return NEWS_OK;
  uint32_t v = qx_skip_aux_fwd(x, src.end, limit);
  if (v >= limit || !quote_verb(x, v) || x->t[v].vform == VF_ING) return NEWS_OK;
  const qx_mention *sm = &x->m[src.mention];
  if ((lemma_is(x, v, "quote") || lemma_is(x, v, "cite")) &&
      (sm->type == QM_OUTLET || sm->type == QM_ORG)) {
    /* the agency quoted X as saying */
    qx_source who;
    uint32_t w0 = v + x->t[v].vn;
    if (qx_source_after(x, w0, limit, &who)) return NEWS_NOMEM;
    if (who.mention == NEWS_NONE) return NEWS_OK;
    uint32_t as = who.end;
    if (as < limit && qx_is_comma(x, as)) as++;
    if (as >= limit || x->t[as].phrase != QX_AS_SAYING) return NEWS_OK;
    if (cross && !whole_tail(x, as + x->t[as].phn, limit)) return NEWS_OK;
    set_source(&b, &who);
    b.via_tok = sm->name != NEWS_NONE ? sm->name : sm->tok;
    b.via_ntok = sm->name != NEWS_NONE ? sm->nname : sm->ntok;
    b.pattern = NEWS_QP_QUOTED_AS_SAYING;
    set_cue(x, &b, v);
    *a = b;
    *found = 1;
    return NEWS_OK;
  }
  set_source(&b, &src);
  b.pattern = NEWS_QP_QUOTE_SPEAKER_CUE;
  uint32_t end = take_via_after(x, v + x->t[v].vn, limit, &b, lemma_is(x, v, "tell"));
  if (cross && !whole_tail(x, end, limit)) return NEWS_OK;
  set_cue(x, &b, v);
  *a = b;
  *found = 1;
  return NEWS_OK;
}

/* The object of "told" before its modifiers: a mention or a few words. */
static uint32_t skip_object(const qx *x, uint32_t k, uint32_t limit) {
  uint32_t m = qx_mention_starting_at(x, k);
  if (m != NEWS_NONE) return x->m[m].tok + x->m[m].ntok;
  uint32_t e = k;
  if (e < limit && (x->t[e].w & (QW_DET | QW_POSS))) e++;
  uint32_t w0 = e;
  while (e < limit && e < w0 + 4 && qx_is_lower(x, e) && !x->t[e].vn &&
         !(x->t[e].w & (QW_PREP | QW_THAT | QW_CONJ | QW_DET | QW_POSS | QW_WH)))
    e++;
  if (e < limit && x->t[e].mention != NEWS_NONE && e == w0) /* "told CNN" */
    e = x->m[x->t[e].mention].tok + x->m[x->t[e].mention].ntok;
  return e > w0 ? e : k;
}

/* The speaker of cue v introducing a quote: its subject, or for ", saying:"
** and "… and added:" the subject of the sentence. */
static int speaker_of_cue(qx *x, uint32_t v, uint32_t floor, qx_attr *a, uint32_t via,
                          uint32_t nvia, int *found) {
  uint32_t b = qx_skip_aux_back(x, v, floor);
  int part = (x->t[v].vform & VF_ING) && b > floor && qx_is_break(x, b - 1);
  int coord = b > floor && (qx_is(x, b - 1, "and") || qx_is(x, b - 1, "but"));
  if (part || coord) {
    uint32_t m = qx_sentence_subject(x, v);
    if (m == NEWS_NONE) return NEWS_OK;
    a->mention = m;
    a->pattern = NEWS_QP_PARTICIPLE;
  } else {
    qx_source src;
    if (qx_source_before(x, v, floor, &src)) return NEWS_NOMEM;
    if (src.mention == NEWS_NONE) return NEWS_OK;
    set_source(a, &src);
    a->pattern = NEWS_QP_SPEAKER_CUE_QUOTE;
  }
  set_cue(x, a, v);
  a->via_tok = via;
  a->via_ntok = nvia;
  *found = 1;
  return NEWS_OK;
}

/* X said[ mods][:|,] “…”  /  X: “…” */
static int attr_before(qx *x, uint32_t si, qx_attr *a, int *found) {
  const news_doc *d = x->d;
  const news_qspan *q = &d->qspan[si];
  *found = 0;
  uint32_t o = q->open;
  if (o == 0) return NEWS_OK;
  uint32_t p = o - 1, floor;
  int intro = 0; /* ':' or ',' before the mark */
  if (d->tok[o].flags & NEWS_F_PARA_START) {
    /* the previous paragraph ends "… said:" */
    if (!qx_is_punct(x, p, ':')) return NEWS_OK;
    if (x->para_flags[qx_para_of(x, p)] & (QXP_BOILER | QXP_HEADLINE)) return NEWS_OK;
  } else if (d->tok_sent[p] != d->tok_sent[o]) {
    return NEWS_OK;
  }
  floor = qx_body_start(x, p);
  if (qx_is_punct(x, p, ':') || qx_is_comma(x, p)) {
    intro = d->fold[d->tok[p].fold];
    if (p == floor) return NEWS_OK;
    p--;
  }
  /* the cue: the nearest speech verb whose modifiers (and listener) reach p */
  for (uint32_t c = p + 1, n = 0; c > floor && n < BEFORE_MAX; c--, n++) {
    uint32_t v = c - 1;
    if (qx_is_mark(x, v) || qx_is_terminal(x, v)) break;
    if (!quote_verb(x, v)) continue; /* a cue may serve both halves of a split quote */
    uint32_t after = v + x->t[v].vn, limit = p + 1;
    const qx_verb *vb = qx_verb_at(x, v);
    uint32_t via = NEWS_NONE, nvia = 0, vt, vn, oe;
    if ((vb->frame & QF_OBJ) && after < limit) {
      if (qx_outlet_at(x, after, limit, &vt, &vn, &oe)) {
        via = vt;
        nvia = vn;
      }
      after = skip_object(x, after, limit);
    }
    after = qx_skip_verb_mods(x, after, limit, &via, &nvia);
    if (after != limit) continue;
    if (!intro && !(d->tok[q->tok].flags & NEWS_F_CAP)) return NEWS_OK; /* said “a fragment” */
    return speaker_of_cue(x, v, floor, a, via, nvia, found);
  }
  if (intro != ':') return NEWS_OK;
  /* "a new job title: “chief storyteller.”": a short lower-case
  ** phrase after a colon is a label, not an utterance */
  if (!(d->tok[q->tok].flags & NEWS_F_CAP) && words_in(x, q) < 4) return NEWS_OK;
  /* "X put it bluntly:", "As X reported after …:": a speech verb anywhere
  ** in the introducing sentence */
  for (uint32_t c = p + 1, n = 0; c > floor && n < 4 * BEFORE_MAX; c--, n++) {
    uint32_t v = c - 1;
    if (qx_is_mark(x, v)) break;
    if (!quote_verb(x, v) || x->t[v].qspan != NEWS_NONE) continue;
    int before = *found;
    if (speaker_of_cue(x, v, floor, a, NEWS_NONE, 0, found)) return NEWS_NOMEM;
    if (*found != before) return NEWS_OK;
  }
  /* "X: “…”", "The mayor issued this statement: “…”": the
  ** subject of the introducing sentence */
  uint32_t m = qx_mention_ending_at(x, p);
  if (m == NEWS_NONE || x->m[m].tok != floor) m = qx_sentence_subject(x, p);
  if (m == NEWS_NONE) return NEWS_OK;
  uint8_t ty = x->m[m].type;
  /* a bare capitalised word before a colon names a speaker in a headline
  ** ("Lee: ‘…’"); in running text it may be anything */
  int headline = (x->para_flags[qx_para_of(x, p)] & QXP_HEADLINE) != 0;
  if (ty == QM_PLACE || (ty == QM_UNKNOWN && !headline) || (x->m[m].flags & QMF_IN_QUOTE))
    return NEWS_OK;
  if (ty == QM_PRON && (x->m[m].pron & (QPR_FIRST | QPR_REL))) return NEWS_OK;
  a->mention = m;
  a->pattern = NEWS_QP_COLON;
  *found = 1;
  return NEWS_OK;
}

int qx_find_direct(qx *x) {
  const news_doc *d = x->d;
  for (size_t si = 0; si < d->nqspan; si++) x->qattr[si] = NEWS_NONE;
  for (uint32_t si = 0; si < d->nqspan; si++) {
    const news_qspan *q = &d->qspan[si];
    if (q->depth > 0 || q->ntok == 0) continue;
    if (x->para_flags[qx_para_of(x, q->open)] & QXP_BOILER) continue;
    if (x->t[q->open].mention != NEWS_NONE) continue; /* a nickname inside a name */
    if (qx_scare_before(x, q) || title_context(x, q)) continue;
    qx_attr a;
    qx_attr_init(&a);
    a.tok = q->tok;
    a.ntok = q->ntok;
    a.qspan = si;
    a.kind = NEWS_QUOTE_DIRECT;
    int found = 0;
    int starts = opens_utterance(x, q) || (q->flags & NEWS_Q_CONTINUES);
    /* a stray mark: an unclosed quote that ends its paragraph without ending
    ** a sentence and is not continued ("Tags: “port strikes", a comment
    ** widget's “worst season ever") */
    int continued = 0;
    for (uint32_t n = si + 1; n < d->nqspan && n < si + 8; n++)
      if (d->qspan[n].prev == si) continued = 1;
    if (q->close == NEWS_NONE && !continued && !(q->flags & NEWS_Q_CONTINUES) &&
        !ends_utterance(x, q))
      continue;
    /* the attribution right after the quote is the closest one: "X asserted
    ** that …: “…,” he claimed" is his; "said:" before a quote counts when
    ** nothing follows it */
    if (starts && attr_after(x, si, &a, &found)) return NEWS_NOMEM;
    if (!found && attr_before(x, si, &a, &found)) return NEWS_NOMEM;
    if (!found) {
      /* no attribution in its sentence: a continuation, if it reads as one */
      uint32_t nw = words_in(x, q);
      if (!starts) continue;
      /* a short quote reads as a statement only right after an attributed
      ** one in its paragraph ("“…,” he said. “Nothing has changed.”") */
      int after_attr = si > 0 && x->qattr[si - 1] != NEWS_NONE &&
                       x->a[x->qattr[si - 1]].kind == NEWS_QUOTE_DIRECT &&
                       qx_para_of(x, d->qspan[si - 1].open) == qx_para_of(x, q->open);
      if (nw < 4 && !(q->flags & NEWS_Q_CONTINUES) && !(after_attr && ends_utterance(x, q)))
        continue;
      if (title_case(x, q)) continue;
      if (x->para_flags[qx_para_of(x, q->open)] & QXP_HEADLINE) continue;
      a.pattern = NEWS_QP_CONTINUED;
      if (q->flags & NEWS_Q_CONTINUES) a.follow = x->qattr[q->prev];
    }
    uint32_t idx;
    if (qx_add_attr(x, &a, &idx)) return NEWS_NOMEM;
    x->qattr[si] = idx;
  }
  /* A quote running over paragraphs is one statement: a link without its
  ** own attribution takes the speaker of the link that has one, earlier or
  ** later ("“A.\n\n“B,” she said."). */
  for (size_t si = d->nqspan; si-- > 0;) {
    const news_qspan *q = &d->qspan[si];
    if (q->prev == NEWS_NONE || x->qattr[si] == NEWS_NONE || x->qattr[q->prev] == NEWS_NONE)
      continue;
    qx_attr *later = &x->a[x->qattr[si]], *earlier = &x->a[x->qattr[q->prev]];
    if (earlier->pattern == NEWS_QP_CONTINUED && earlier->follow == NEWS_NONE &&
        later->pattern != NEWS_QP_CONTINUED) {
      earlier->follow = x->qattr[si];
      earlier->cue = later->cue;
    }
    if (later->pattern == NEWS_QP_CONTINUED && earlier->pattern != NEWS_QP_CONTINUED &&
        later->follow == NEWS_NONE)
      later->follow = x->qattr[q->prev];
  }
  return NEWS_OK;
}
