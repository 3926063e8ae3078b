/*
** target.c: compiling the target phrase a user types ("negotiations over
** Iran's missile programme", "raising the retirement age") into content-word
** groups, once per statement.
**
** Each word of the phrase becomes, in order of preference:
**   - a near-synonym group when the groups table knows it (longest phrase
**     first: "cessation of hostilities"), with that group's role;
**   - a direction, when it is an act on what follows it ("raising the
**     retirement age", "lifting sanctions", "a ban on X", "new tariffs"): it
**     is dropped from the words to match and, for an undoing act, flips the
**     target's direction, so that "lifting sanctions" is favoured by a text
**     that opposes sanctions;
**   - nothing, for stop words and the framing of debate motions;
**   - a weak word (programme, plan, national);
**   - an anchor matched by its stem (steel, retirement, primaries).
** A phrase with no content word left is NEWS_BADARG.
*/
#include "stance_internal.h"

#include <stdio.h>
#include <string.h>

static float role_weight(int role) {
  switch (role) {
  case R_EVENT:
    return 1.5f;
  case R_ANCHOR:
    return 1.0f;
  case R_GENERIC:
    return 0.5f;
  default:
    return 0.3f;
  }
}

static int is_word(const news_doc *d, size_t i) {
  return d->tok[i].kind == NEWS_TOK_WORD || d->tok[i].kind == NEWS_TOK_NUMBER;
}

static const stance_stopword *stop_of(const stance_lex *lx, const news_doc *d, size_t i) {
  return news_lexicon_word(lx->stop, news_tok_fold(d, i), d->tok[i].nfold);
}

/* A cue word of the phrase is a direction (dropped from the words to match)
** when it acts on what follows, as a verb does: at the start or after a
** function word ("raising the retirement age", "a ban on X", "support for X",
** "right for the government to restrict X"); not as a noun's modifier or a
** preposition after a noun ("term limits", "the school leaving age",
** "operations against X"). A judgement counts also after what it judges
** ("advertising is harmful"). */
static int is_direction(const stance_cue_entry *c, int content_follows, int after_content,
                        size_t nword) {
  switch (c->kind) {
  case NEWS_CUE_REVERSAL:
  case NEWS_CUE_INCREASE:
  case NEWS_CUE_NEGATION:
  case NEWS_CUE_STANCE:
    return content_follows && !after_content;
  case NEWS_CUE_EVALUATION:
  case NEWS_CUE_FRAMING:
  case NEWS_CUE_IDIOM:
    return content_follows || nword > 0;
  default:
    return 0;
  }
}

/* Token i - 1 is a content word (not a stop word, a weak word or a cue). */
static int word_before(const stance_lex *lx, const news_doc *d, size_t i) {
  if (!is_word(d, i - 1)) return 0;
  const stance_stopword *s = stop_of(lx, d, i - 1);
  return !s;
}

/* A content word follows token i in the phrase. */
static int content_follows(const stance_lex *lx, const news_doc *d, size_t i) {
  for (size_t j = i; j < d->ntok; j++) {
    if (!is_word(d, j)) continue;
    const stance_stopword *s = stop_of(lx, d, j);
    if (!s || s->role) return 1;
  }
  return 0;
}

static void add_word(news_target *t, uint32_t stem, uint16_t group, int role, const char *name,
                     size_t nname) {
  for (size_t k = 0; k < t->nword; k++)
    if (group ? t->word[k].group == group : (!t->word[k].group && t->word[k].stem == stem)) return;
  if (t->nword >= TARGET_MAX_WORDS) return;
  target_word *w = &t->word[t->nword++];
  w->stem = stem;
  w->group = group;
  w->role = (uint8_t)role;
  w->weight = role_weight(role);
  size_t used = strlen(t->desc);
  if (used + nname + 2 < sizeof t->desc)
    snprintf(t->desc + used, sizeof t->desc - used, "%s%.*s", used ? "|" : "", (int)nname, name);
}

int news_target_compile(news_engine *eng, const char *text, size_t len, news_target **out) {
  *out = NULL;
  if (len > 4096) return NEWS_TOOBIG;
  const stance_lex *lx = stance_lex_get(eng);
  if (!lx) return NEWS_NOMEM;
  news_doc *d = NULL;
  int rc = news_doc_parse(eng, text, len, &d);
  if (rc != NEWS_OK) return rc;
  uint32_t *stem = news_engine_malloc(eng, (d->ntok + 1) * sizeof *stem);
  news_target *t = news_engine_malloc(eng, sizeof *t);
  if (!stem || !t) {
    news_engine_mfree(eng, stem);
    news_engine_mfree(eng, t);
    news_doc_free(d);
    return NEWS_NOMEM;
  }
  memset(t, 0, sizeof *t);
  t->dir = 1;
  for (size_t i = 0; i < d->ntok; i++) {
    char st[STEM_MAX];
    stem[i] = stance_stem_hash(st, stance_stem(lx, news_tok_fold(d, i), d->tok[i].nfold, st));
  }
  stance_keys keys = {d, 0, d->ntok, stem};
  stance_match m[8];
  int head = -1, head_open = 1; /* the head noun: last content word before a boundary */
  t->head = -1;
  for (size_t i = 0; i < d->ntok; i++) {
    if (!is_word(d, i)) continue;
    size_t before = t->nword;
    /* A synonym group: the longest phrase, then the group it counts most in. */
    size_t nm = stance_index_match(lx->syns, &keys, i, d->ntok, m, 8);
    if (nm) {
      const stance_syn_entry *best = m[0].entry;
      for (size_t k = 1; k < nm && m[k].ntok == m[0].ntok; k++) {
        const stance_syn_entry *e = m[k].entry;
        if (e->weight > best->weight) best = e;
      }
      size_t last = i + m[0].ntok - 1;
      add_word(t, 0, best->group, best->role, d->text + d->tok[i].byte,
               news_tok_end(d, last) - d->tok[i].byte);
      i += m[0].ntok - 1;
    } else if ((nm = stance_index_match(lx->cues, &keys, i, d->ntok, m, 8)) != 0 &&
               is_direction(m[0].entry, content_follows(lx, d, i + m[0].ntok),
                            i > 0 && word_before(lx, d, i), t->nword)) {
      /* An act on what follows: a direction, not a word to match. */
      const stance_cue_entry *c = m[0].entry;
      if (c->pol < 0) t->dir = -t->dir;
      if ((c->kind == NEWS_CUE_INCREASE || c->kind == NEWS_CUE_REVERSAL) &&
          t->nact < TARGET_MAX_ACTS)
        t->act[t->nact++] = stem[i];
      i += m[0].ntok - 1;
      continue;
    } else {
      const stance_stopword *s = stop_of(lx, d, i);
      if (s && s->boundary && t->nword > 0) head_open = 0;
      if (s && !s->role) continue;
      add_word(t, stem[i], 0, s ? R_GENERIC : R_ANCHOR, news_tok_fold(d, i), d->tok[i].nfold);
    }
    if (head_open && t->nword > before) {
      int role = t->word[t->nword - 1].role;
      if (role == R_EVENT || role == R_ANCHOR) head = (int)t->nword - 1;
    }
  }
  /* The head noun is what the target is about ("the revised wage [offer]",
  ** "the vaccine [mandate]"): it counts as the event; an event word that only
  ** modifies it counts as an anchor. */
  if (head >= 0) {
    for (size_t k = 0; k < (size_t)head; k++)
      if (t->word[k].role == R_EVENT) t->word[k].role = R_ANCHOR;
    t->word[head].role = R_EVENT;
    t->head = head;
  }
  for (size_t k = 0; k < t->nword; k++) t->word[k].weight = role_weight(t->word[k].role);
  news_engine_mfree(eng, stem);
  news_doc_free(d);
  /* Only weak words: they are what the user means, so they count fully. */
  int strong = 0;
  for (size_t k = 0; k < t->nword; k++) strong |= t->word[k].role != R_GENERIC;
  for (size_t k = 0; k < t->nword; k++) {
    if (!strong) t->word[k].role = R_ANCHOR, t->word[k].weight = role_weight(R_ANCHOR);
    t->total += t->word[k].weight;
  }
  if (t->nword == 0) {
    news_engine_mfree(eng, t);
    return NEWS_BADARG;
  }
  *out = t;
  return NEWS_OK;
}

void news_target_free(news_engine *eng, news_target *t) {
  news_engine_mfree(eng, t);
}

const char *news_target_describe(const news_target *t) {
  return t ? t->desc : "";
}
