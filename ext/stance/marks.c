/*
** marks.c: the first pass over a token range: stems, cues (longest match,
** from the cue lexicon), target hits (from the synonym groups and the
** target's own stems) and clauses. compose.c then reads these marks.
**
** Clauses bound every scope (negation, modality, a stance verb's reach).
** One starts at a sentence start, after , ; : ( ) [ ] and a spaced dash, at
** a contrast (but, however, although), a condition (if, unless, provided), a
** terminator (because, which, who, since ...), and at "and"/"or" when a new
** verb phrase with a cue follows ("welcomed the plan and rejected talks").
** All of it is one left-to-right pass with bounded look-ups per token.
*/
#include "stance_marks.h"

#include <string.h>

static int is_clause_punct(const news_doc *d, size_t i) {
  const news_token *t = &d->tok[i];
  if (t->kind == NEWS_TOK_DASH) return (t->flags & NEWS_F_SPACE_BEFORE) != 0;
  if (t->kind != NEWS_TOK_PUNCT) return 0;
  const char *f = news_tok_fold(d, i);
  char c = f[0];
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == '?' || c == '!';
}

/* Token i opens its sentence or clause (skipping quote marks): where
** F_START rows ("why would", "yet") may match. */
static int at_clause_start(const stance_marks *mk, size_t i) {
  const news_doc *d = mk->d;
  while (i > mk->tok &&
         (d->tok[i - 1].kind == NEWS_TOK_QUOTE_OPEN || d->tok[i - 1].kind == NEWS_TOK_QUOTE_AMBIG))
    i--;
  if (i == mk->tok || (d->tok[i].flags & NEWS_F_SENT_START)) return 1;
  return is_clause_punct(d, i - 1) ||
         (d->tok[i - 1].kind == NEWS_TOK_WORD &&
          (news_tok_is(d, i - 1, "and") || news_tok_is(d, i - 1, "but")));
}

static void mark_cues(stance_marks *mk, const stance_lex *lx, const stance_keys *keys) {
  const news_doc *d = mk->d;
  size_t end = mk->tok + mk->ntok;
  size_t skip_to = mk->tok;
  stance_match m[8];
  for (size_t i = mk->tok; i < end; i++) {
    stance_tinfo *ti = TI(mk, i);
    size_t sent_end = end;
    uint32_t s = d->tok_sent[i];
    if (s < d->nsent && d->sent[s].tok + d->sent[s].ntok < sent_end)
      sent_end = d->sent[s].tok + d->sent[s].ntok;
    size_t nm = stance_index_match(lx->cues, keys, i, sent_end, m, 8);
    for (size_t k = 0; k < nm; k++) {
      const stance_cue_entry *c = m[k].entry;
      if ((c->flags & F_START) && !at_clause_start(mk, i)) continue;
      switch (c->kind) {
      case SK_AUX:
        if (!ti->aux) ti->aux = c->weight;
        continue;
      case SK_BE:
        ti->flags |= T_BE;
        continue;
      case SK_BY:
        ti->flags |= T_BY;
        continue;
      case SK_AS:
        ti->flags |= T_AS;
        continue;
      case SK_COORD:
        ti->flags |= T_COORD;
        continue;
      case SK_DET:
        ti->flags |= T_DET;
        continue;
      case SK_ANAPHOR:
        if (!ti->ana_ntok) ti->ana_ntok = (uint8_t)m[k].ntok;
        continue;
      default:
        break;
      }
      if (i < skip_to || ti->cue) continue;
      ti->cue = c;
      ti->cue_ntok = (uint16_t)m[k].ntok;
      /* Words inside a phrase start no cue of their own ("not only" is not
      ** "not"), except inside a gap ("door to talks is not open"). */
      if (!strstr(c->phrase, " ... ")) skip_to = i + m[k].ntok;
    }
  }
}

static void mark_hits(stance_marks *mk, const stance_lex *lx, const stance_keys *keys,
                      const news_target *t) {
  const news_doc *d = mk->d;
  size_t end = mk->tok + mk->ntok;
  stance_match m[8];
  for (size_t i = mk->ctx; i < end; i++) {
    stance_tinfo *ti = TI(mk, i);
    if (d->tok[i].kind != NEWS_TOK_WORD && d->tok[i].kind != NEWS_TOK_NUMBER) continue;
    size_t nm = stance_index_match(lx->syns, keys, i, end, m, 8);
    float best = 0;
    for (size_t k = 0; k < nm; k++) {
      const stance_syn_entry *e = m[k].entry;
      for (size_t w = 0; w < t->nword; w++) {
        if (t->word[w].group != e->group) continue;
        float score = t->word[w].weight * e->weight;
        if (score > best) {
          best = score;
          ti->hit = (int16_t)w;
          ti->hit_ntok = (uint8_t)m[k].ntok;
          ti->hit_w = e->weight;
        }
      }
    }
    uint32_t st = keys->stem[i - keys->base];
    for (size_t a = 0; a < t->nact; a++)
      if (t->act[a] == st) ti->act = 1;
    if (ti->hit >= 0) continue;
    for (size_t w = 0; w < t->nword; w++) {
      if (t->word[w].group == 0 && t->word[w].stem == st) {
        ti->hit = (int16_t)w;
        ti->hit_ntok = 1;
        ti->hit_w = 100;
        break;
      }
    }
  }
}

static int opens_clause(const stance_marks *mk, size_t i) {
  const news_doc *d = mk->d;
  if (i == mk->ctx || i == mk->tok) return 1;
  if (d->tok_sent[i] != d->tok_sent[i - 1]) return 1;
  if (is_clause_punct(d, i - 1)) return 1;
  if (is_clause_punct(d, i)) return 0;
  const stance_tinfo *ti = TI(mk, i);
  if (ti->cue) {
    int k = ti->cue->kind;
    if (k == NEWS_CUE_CONTRAST || k == NEWS_CUE_CONDITION || k == SK_TERM) return 1;
  }
  if ((ti->flags & T_COORD) && i + 1 < mk->tok + mk->ntok) {
    const stance_tinfo *nx = TI(mk, i + 1);
    size_t j = i + 1;
    /* skip an auxiliary or adverb-like booster: "and would never", "and firmly" */
    if (!nx->cue && nx->aux && j + 1 < mk->tok + mk->ntok) nx = TI(mk, ++j);
    if (nx->cue) {
      int k = nx->cue->kind;
      if (k == NEWS_CUE_STANCE || k == NEWS_CUE_NEGATION || k == NEWS_CUE_MODAL ||
          k == NEWS_CUE_WITHHOLD || k == NEWS_CUE_PRESSURE || k == NEWS_CUE_BOOSTER)
        return 1;
    }
  }
  return 0;
}

static int clause_type(const stance_marks *mk, size_t i) {
  const stance_tinfo *ti = TI(mk, i);
  if ((ti->flags & T_COORD) && i + 1 < mk->tok + mk->ntok) ti = TI(mk, i + 1);
  if (!ti->cue) return CL_MAIN;
  switch (ti->cue->kind) {
  case NEWS_CUE_CONTRAST:
    return ti->cue->cls == C_BUT ? CL_BUT : CL_ALTHOUGH;
  case NEWS_CUE_CONDITION:
    return ti->cue->cls == C_UNLESS ? CL_UNLESS : CL_IF;
  default:
    return CL_MAIN;
  }
}

static int mark_clauses(stance_marks *mk) {
  size_t end = mk->tok + mk->ntok;
  mk->nclause = 0;
  for (size_t i = mk->ctx; i < end; i++) {
    if (i == mk->ctx || (i >= mk->tok && opens_clause(mk, i)) ||
        (i < mk->tok && mk->d->tok_sent[i] != mk->d->tok_sent[i - 1])) {
      stance_clause *c = &mk->clause[mk->nclause++];
      memset(c, 0, sizeof *c);
      c->start = (uint32_t)i;
      c->sent = mk->d->tok_sent[i];
      c->type = i < mk->tok ? CL_CTX : (uint8_t)clause_type(mk, i);
      if (mk->nclause > 1) mk->clause[mk->nclause - 2].end = (uint32_t)i;
    }
    TI(mk, i)->clause = (uint32_t)(mk->nclause - 1);
  }
  if (mk->nclause) mk->clause[mk->nclause - 1].end = (uint32_t)end;
  /* "However, she said ...": a contrast word standing alone before a comma
  ** gives its type to the clause after it. */
  for (size_t k = 0; k + 1 < mk->nclause; k++) {
    stance_clause *c = &mk->clause[k];
    if ((c->type == CL_BUT || c->type == CL_ALTHOUGH) && c->end - c->start <= 2 &&
        TI(mk, c->start)->cue_ntok >= c->end - c->start - 1 && mk->clause[k + 1].sent == c->sent &&
        mk->clause[k + 1].type == CL_MAIN)
      mk->clause[k + 1].type = c->type;
  }
  return NEWS_OK;
}

int stance_marks_build(news_engine *eng, const stance_lex *lx, const news_target *t,
                       const news_doc *d, size_t ctx, size_t tok, size_t ntok, void **scratch,
                       size_t *cap, stance_marks *mk) {
  size_t n = tok + ntok - ctx;
  size_t need = n * sizeof(stance_tinfo) + (n + 1) * sizeof(stance_clause) + n * sizeof(uint32_t);
  if (stance_grow(eng, scratch, cap, need ? need : 1, 1)) return NEWS_NOMEM;
  memset(mk, 0, sizeof *mk);
  mk->d = d;
  mk->lx = lx;
  mk->ctx = ctx;
  mk->tok = tok;
  mk->ntok = ntok;
  mk->ti = *scratch;
  mk->clause = (stance_clause *)(mk->ti + n);
  uint32_t *stem = (uint32_t *)(mk->clause + n + 1);
  memset(mk->ti, 0, n * sizeof *mk->ti);
  for (size_t i = 0; i < n; i++) {
    char st[STEM_MAX];
    size_t a = ctx + i;
    stem[i] = stance_stem_hash(st, stance_stem(lx, news_tok_fold(d, a), d->tok[a].nfold, st));
    mk->ti[i].hit = -1;
    if (d->tok[a].kind == NEWS_TOK_WORD &&
        !news_lexicon_word(lx->stop, news_tok_fold(d, a), d->tok[a].nfold))
      mk->ti[i].flags |= T_CONTENT;
  }
  stance_keys keys = {d, ctx, tok + ntok, stem};
  mark_cues(mk, lx, &keys);
  mark_hits(mk, lx, &keys, t);
  return mark_clauses(mk);
}
