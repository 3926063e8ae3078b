/*
** coref.c: from mentions to speakers ("coreference-lite").
**
** Mentions are read in text order and each joins an entity:
**   - a name joins the latest person whose name holds all its words
**     ("Karimi", "Lee", "Al-Harbi" after the full name); a fuller name
**     becomes the entity's name; words compare transliteration-folded;
**   - an organisation, outlet or place joins the one with the same name;
**   - "the minister", "the court", "the spokesperson" join the latest
**     entity with that role word or organisation noun;
**   - "a senior official" starts an unnamed entity; "The official, X," later
**     names it (the description and the appositive name merge);
**   - he/she join the latest salient person (a speaker or a sentence
**     subject) of a compatible gender within a few paragraphs; they/it the
**     latest organisation or group; "who" the mention before its comma.
** Mentions inside quotes are not antecedents. Attributions then take their
** mention's entity; a quote continuing another takes that one's; a
** floating quote takes the speaker of the attribution before it, if near.
** Candidate searches look at most at the last ENTITY_WINDOW entities.
*/
#include "quotes_internal.h"

#include <stdlib.h>
#include <string.h>

#define ENTITY_WINDOW 64
#define NAME_WORDS    8
#define PRONOUN_PARAS 3 /* paragraphs back a pronoun may reach */
#define FLOAT_PARAS   2 /* paragraphs back a floating quote may reach */

typedef struct namekey {
  uint32_t h[NAME_WORDS];
  uint8_t n;
} namekey;

typedef struct coref {
  qx *x;
  namekey *mk;           /* per mention: its name words, normalised */
  uint32_t *ent_last;    /* per entity: token of its latest mention */
  uint32_t *ent_salient; /* per entity: token after its latest salient mention (a speaker or
                          ** sentence subject), 0 if none */
  size_t cap_e;
} coref;

static int32_t root(qx *x, int32_t e) {
  while (e >= 0 && x->e[e].parent >= 0 && x->e[e].parent != e) e = x->e[e].parent;
  return e;
}

static void name_words(const qx *x, uint32_t s, uint32_t n, namekey *k) {
  const news_doc *d = x->d;
  char buf[96];
  k->n = 0;
  for (uint32_t i = s; i < s + n && k->n < NAME_WORDS; i++) {
    const news_token *t = &d->tok[i];
    if (t->kind != NEWS_TOK_WORD) continue;
    if (x->t[i].pcls == QP_TITLE && (t->flags & NEWS_F_ABBR)) continue;
    const char *f = d->fold + t->fold;
    size_t len = t->nfold;
    if (len > 2 && f[len - 2] == '\'' && f[len - 1] == 's') len -= 2;
    if (len > 0 && f[len - 1] == '.') len--;
    if (len == 0 || len > 64) continue;
    size_t m = qx_norm_word(x->lex, f, len, buf);
    k->h[k->n++] = news_hash(buf, m);
  }
}

/* Every word of a is in b. */
static int words_within(const namekey *a, const namekey *b) {
  if (a->n == 0) return 0;
  for (int i = 0; i < a->n; i++) {
    int found = 0;
    for (int j = 0; j < b->n && !found; j++) found = a->h[i] == b->h[j];
    if (!found) return 0;
  }
  return 1;
}

static int new_entity(coref *c, uint32_t m, uint8_t type, int32_t *out) {
  qx *x = c->x;
  size_t cap = x->cap_e;
  if (news_grow(x->eng, (void **)&x->e, &x->cap_e, x->ne + 1, sizeof *x->e)) return NEWS_NOMEM;
  if (x->cap_e != cap) {
    size_t ce = c->cap_e;
    if (news_grow(x->eng, (void **)&c->ent_last, &ce, x->cap_e, sizeof *c->ent_last))
      return NEWS_NOMEM;
    ce = c->cap_e;
    if (news_grow(x->eng, (void **)&c->ent_salient, &ce, x->cap_e, sizeof *c->ent_salient))
      return NEWS_NOMEM;
    c->cap_e = ce;
  }
  qx_entity *e = &x->e[x->ne];
  memset(e, 0, sizeof *e);
  const qx_mention *mm = &x->m[m];
  e->name_m = mm->name != NEWS_NONE && type != QM_DESC ? m : NEWS_NONE;
  e->desc_m = type == QM_DESC ? m : NEWS_NONE;
  e->role_tok = mm->role;
  e->role_ntok = mm->nrole;
  e->desc_role = NEWS_NONE;
  e->first_tok = mm->name != NEWS_NONE && type != QM_DESC ? mm->name : mm->tok;
  e->parent = -1;
  e->type = type;
  e->gender = (mm->flags & QMF_FEMALE) ? QPR_FEMALE : (mm->flags & QMF_MALE) ? QPR_MALE : 0;
  e->plural = (mm->flags & QMF_PLURAL) != 0;
  c->ent_last[x->ne] = mm->tok;
  c->ent_salient[x->ne] = 0;
  *out = (int32_t)x->ne++;
  return NEWS_OK;
}

static int is_personish(uint8_t t) {
  return t == QM_PERSON || t == QM_UNKNOWN;
}

/* The role word of a description ("official") compared with an entity's role or name. */
static int head_matches(const qx *x, uint32_t head, const qx_entity *e) {
  if (head == NEWS_NONE) return 0;
  const news_token *h = &x->d->tok[head];
  const char *hf = x->d->fold + h->fold;
  size_t hn = h->nfold;
  /* plural/singular: "official" matches "officials" is not wanted; exact words only */
  uint32_t ranges[3][2] = {{e->role_tok, e->role_ntok}, {NEWS_NONE, 0}, {NEWS_NONE, 0}};
  if (e->name_m != NEWS_NONE && (e->type == QM_ORG || e->type == QM_OUTLET)) {
    ranges[1][0] = x->m[e->name_m].name;
    ranges[1][1] = x->m[e->name_m].nname;
  }
  if (e->desc_m != NEWS_NONE) {
    ranges[2][0] = x->m[e->desc_m].role;
    ranges[2][1] = x->m[e->desc_m].nrole;
  }
  for (int r = 0; r < 3; r++) {
    if (ranges[r][0] == NEWS_NONE) continue;
    for (uint32_t k = ranges[r][0]; k < ranges[r][0] + ranges[r][1]; k++) {
      const news_token *t = &x->d->tok[k];
      if (t->nfold == hn && memcmp(x->d->fold + t->fold, hf, hn) == 0) return 1;
    }
  }
  return 0;
}

static int paragraph_gap(const qx *x, uint32_t from_tok, uint32_t to_tok) {
  return (int)qx_para_of(x, to_tok) - (int)qx_para_of(x, from_tok);
}

/* A pronoun's antecedent entity, or -1. */
static int32_t resolve_pronoun(coref *c, uint32_t mi) {
  qx *x = c->x;
  const qx_mention *m = &x->m[mi];
  if (m->pron & QPR_REL) { /* "X, who said": the mention before the comma */
    uint32_t p = m->tok;
    if (p > 0 && qx_is_comma(x, p - 1)) p--;
    if (p == 0) return -1;
    uint32_t a = x->t[p - 1].mention;
    if (a == NEWS_NONE || a == mi) return -1;
    return root(x, x->m[a].entity);
  }
  if (m->pron & QPR_FIRST) return -1;
  int want_person = (m->pron & (QPR_MALE | QPR_FEMALE)) != 0;
  int32_t fallback = -1;
  size_t lo = x->ne > ENTITY_WINDOW ? x->ne - ENTITY_WINDOW : 0;
  /* entities by latest mention: scan the window, keep the best */
  int32_t best = -1;
  uint32_t best_tok = 0;
  for (size_t i = x->ne; i-- > lo;) {
    if (x->e[i].parent >= 0) continue;
    uint32_t last = c->ent_last[i];
    if (last >= m->tok || paragraph_gap(x, last, m->tok) > PRONOUN_PARAS) continue;
    const qx_entity *e = &x->e[i];
    if (want_person) {
      if (!is_personish(e->type) && !(e->type == QM_DESC && !e->plural)) continue;
      if (e->type == QM_DESC && e->desc_m != NEWS_NONE) {
        uint8_t hc =
            x->t[x->m[e->desc_m].head == NEWS_NONE ? x->m[e->desc_m].tok : x->m[e->desc_m].head]
                .pcls;
        if (hc != QP_ROLE) continue;
      }
      if (e->gender && !(e->gender & m->pron)) continue;
    } else if (m->pron & QPR_PLURAL) {
      if (!(e->type == QM_ORG || e->type == QM_PLACE || e->type == QM_OUTLET || e->plural))
        continue;
    } else { /* it */
      if (!(e->type == QM_ORG || e->type == QM_OUTLET || e->type == QM_PLACE ||
            (e->type == QM_DESC && !e->plural &&
             x->t[x->m[e->desc_m].head == NEWS_NONE ? x->m[e->desc_m].tok : x->m[e->desc_m].head]
                     .pcls != QP_ROLE)))
        continue;
    }
    /* the entity most recently a speaker or a subject wins */
    uint32_t sal = c->ent_salient[i];
    if (sal && sal <= m->tok + 1 && (best < 0 || sal > best_tok)) {
      best = (int32_t)i;
      best_tok = sal;
    }
    if (fallback < 0 || last > c->ent_last[fallback]) fallback = (int32_t)i;
  }
  return best >= 0 ? best : fallback;
}

static int32_t find_named(coref *c, uint32_t mi, uint8_t type) {
  qx *x = c->x;
  size_t lo = x->ne > ENTITY_WINDOW ? x->ne - ENTITY_WINDOW : 0;
  const namekey *k = &c->mk[mi];
  for (size_t i = x->ne; i-- > lo;) {
    const qx_entity *e = &x->e[i];
    if (e->parent >= 0 || e->name_m == NEWS_NONE) continue;
    int person = is_personish(type);
    if (person != is_personish(e->type)) continue;
    const namekey *ek = &c->mk[e->name_m];
    if (person) {
      if (words_within(k, ek) || (words_within(ek, k) && e->type == QM_UNKNOWN)) return (int32_t)i;
      if (words_within(ek, k) && ek->n >= 1 && k->n > ek->n) return (int32_t)i;
    } else if (k->n == ek->n && words_within(k, ek)) {
      return (int32_t)i;
    }
  }
  return -1;
}

static int32_t find_described(coref *c, uint32_t mi) {
  qx *x = c->x;
  const qx_mention *m = &x->m[mi];
  size_t lo = x->ne > ENTITY_WINDOW ? x->ne - ENTITY_WINDOW : 0;
  for (size_t i = x->ne; i-- > lo;) {
    const qx_entity *e = &x->e[i];
    if (e->parent >= 0) continue;
    if (paragraph_gap(x, c->ent_last[i], m->tok) > 6) continue;
    if (head_matches(x, m->head, e)) return (int32_t)i;
  }
  /* "the company", "the group", "the firm": the latest organisation named */
  int is_generic = m->head != NEWS_NONE && (x->t[m->head].pflags & QPF_GENERIC);
  if (!is_generic || (m->flags & QMF_PLURAL)) return -1;
  for (size_t i = x->ne; i-- > lo;) {
    const qx_entity *e = &x->e[i];
    if (e->parent >= 0 || e->type != QM_ORG || e->name_m == NEWS_NONE) continue;
    if (paragraph_gap(x, c->ent_last[i], m->tok) > 2) continue;
    return (int32_t)i;
  }
  return -1;
}

static void touch(coref *c, int32_t e, uint32_t tok, int salient) {
  if (e < 0) return;
  if (c->ent_last[e] < tok) c->ent_last[e] = tok;
  if (salient && c->ent_salient[e] < tok + 1) c->ent_salient[e] = tok + 1;
}

/* Merges an unnamed description entity into the named one. */
static void merge(qx *x, int32_t from, int32_t into) {
  from = root(x, from);
  into = root(x, into);
  if (from < 0 || into < 0 || from == into) return;
  qx_entity *f = &x->e[from], *t = &x->e[into];
  f->parent = into;
  if (f->desc_m != NEWS_NONE && t->desc_role == NEWS_NONE) {
    t->desc_role = x->m[f->desc_m].role;
    t->desc_nrole = x->m[f->desc_m].nrole;
  }
  if (f->first_tok < t->first_tok) t->first_tok = f->first_tok;
}

/* A role abbreviation spelled by the initials of an entity's role words:
** "FM" for "Foreign Minister", "PM" for "Prime Minister". */
static int initials_match(const qx *x, uint32_t abbr, const qx_entity *e) {
  const news_doc *d = x->d;
  const news_token *a = &d->tok[abbr];
  if (e->role_tok == NEWS_NONE || !(a->flags & NEWS_F_ALLCAPS) || a->nfold < 2 || a->nfold > 4)
    return 0;
  const char *af = d->fold + a->fold;
  size_t n = 0;
  for (uint32_t k = e->role_tok; k < e->role_tok + e->role_ntok; k++) {
    const news_token *t = &d->tok[k];
    if (t->kind != NEWS_TOK_WORD || !(t->flags & NEWS_F_CAP)) continue;
    if (n >= a->nfold || d->fold[t->fold] != af[n]) return 0;
    n++;
  }
  return n == a->nfold;
}

/* A headline's source given only by a role ("…: FM", "…, minister says") is
** the person the article goes on to name with that role: the first named
** entity after the headline whose role holds the headline's role word, or
** whose role's initials spell it. Headlines come before every other mention,
** so the description could not find its name the usual (backward) way. */
static void resolve_headline_roles(qx *x) {
  for (size_t i = 0; i < x->na; i++) {
    qx_attr *a = &x->a[i];
    if (a->dead || a->mention == NEWS_NONE) continue;
    const qx_mention *m = &x->m[a->mention];
    if (!(x->para_flags[qx_para_of(x, m->tok)] & QXP_HEADLINE)) continue;
    int32_t from = root(x, a->entity);
    if (from < 0 || x->e[from].name_m != NEWS_NONE || m->type != QM_DESC) continue;
    uint32_t head = m->head != NEWS_NONE   ? m->head
                    : m->role != NEWS_NONE ? m->role + m->nrole - 1
                                           : NEWS_NONE;
    if (head == NEWS_NONE) continue;
    uint32_t after = m->tok + m->ntok;
    int32_t best = -1;
    for (size_t j = 0; j < x->ne; j++) {
      const qx_entity *e = &x->e[j];
      if (root(x, (int32_t)j) != (int32_t)j || (int32_t)j == from || e->name_m == NEWS_NONE ||
          !is_personish(e->type) || e->first_tok < after)
        continue;
      if (best >= 0 && x->e[best].first_tok <= e->first_tok) continue;
      if (head_matches(x, head, e) || initials_match(x, head, e)) best = (int32_t)j;
    }
    if (best >= 0) merge(x, from, best);
  }
  for (size_t i = 0; i < x->na; i++)
    if (x->a[i].entity >= 0) x->a[i].entity = root(x, x->a[i].entity);
}

/* Sort keys: token position in the high half, index in the low half. */
static int cmp_key(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Is mention mi a sentence subject (its sentence's first mention)? */
static int is_subject(const qx *x, uint32_t mi) {
  const qx_mention *m = &x->m[mi];
  return qx_sentence_subject_before(x, m->tok, m->tok + m->ntok) == mi;
}

static int assign(coref *c, uint32_t mi) {
  qx *x = c->x;
  qx_mention *m = &x->m[mi];
  int salient = m->speaker || is_subject(x, mi);
  int32_t e = -1;
  switch (m->type) {
  case QM_PRON:
    e = resolve_pronoun(c, mi);
    if (e >= 0 && (m->pron & (QPR_MALE | QPR_FEMALE)) && !x->e[e].gender)
      x->e[e].gender = m->pron & (QPR_MALE | QPR_FEMALE);
    break;
  case QM_DESC:
    if (m->flags & QMF_INDEF) break;
    e = find_described(c, mi);
    break;
  default:
    if (m->name != NEWS_NONE) {
      e = find_named(c, mi, m->type);
      if (e >= 0) {
        qx_entity *en = &x->e[e];
        const namekey *ek = &c->mk[en->name_m];
        if (c->mk[mi].n > ek->n && is_personish(m->type)) en->name_m = mi; /* a fuller name */
        if (en->type == QM_UNKNOWN && m->type == QM_PERSON) en->type = QM_PERSON;
        if (en->role_tok == NEWS_NONE && m->role != NEWS_NONE) {
          en->role_tok = m->role;
          en->role_ntok = m->nrole;
        }
        if (!en->gender && (m->flags & (QMF_FEMALE | QMF_MALE)))
          en->gender = (m->flags & QMF_FEMALE) ? QPR_FEMALE : QPR_MALE;
      }
    }
    break;
  }
  if (e < 0 && m->type != QM_PRON) {
    if (new_entity(c, mi, m->type, &e)) return NEWS_NOMEM;
  }
  e = root(x, e);
  m->entity = e;
  touch(c, e, m->tok, salient);
  /* "The official, X," / "Peru's health minister, X,": the description
  ** before the comma names the same entity as the name after it */
  if (m->name != NEWS_NONE && is_personish(m->type) && m->tok >= 2 && qx_is_comma(x, m->tok - 1)) {
    uint32_t d = qx_mention_ending_at(x, m->tok - 2);
    if (d != NEWS_NONE && x->m[d].type == QM_DESC && x->m[d].entity >= 0 &&
        !(x->m[d].flags & QMF_PLURAL)) {
      int32_t de = root(x, x->m[d].entity);
      if (de >= 0 && x->e[de].name_m == NEWS_NONE && de != e) merge(x, de, e);
      if (e >= 0 && x->m[d].role != NEWS_NONE) { /* the appositive is the best description */
        x->e[e].desc_role = x->m[d].role;
        x->e[e].desc_nrole = x->m[d].nrole;
      }
      /* "Germany's second-largest airline, Nordwind,": a body's name */
      uint32_t h = x->m[d].head;
      if (e >= 0 && h != NEWS_NONE && x->e[e].type == QM_UNKNOWN &&
          (x->t[h].pcls == QP_ORG || x->t[h].pcls == QP_OUTLET))
        x->e[e].type = x->t[h].pcls == QP_ORG ? QM_ORG : QM_OUTLET;
    }
  }
  return NEWS_OK;
}

int qx_resolve(qx *x) {
  coref c;
  memset(&c, 0, sizeof c);
  c.x = x;
  int rc = NEWS_NOMEM;
  uint64_t *order = NULL;
  size_t norder = x->nm > x->na ? x->nm : x->na;
  if (norder) {
    order = news_engine_malloc(x->eng, norder * sizeof *order);
    if (!order) goto done;
  }
  if (x->nm) {
    c.mk = news_engine_malloc(x->eng, x->nm * sizeof *c.mk);
    if (!c.mk) goto done;
  }
  for (uint32_t i = 0; i < x->nm; i++) {
    qx_mention *m = &x->m[i];
    if (m->name != NEWS_NONE)
      name_words(x, m->name, m->nname, &c.mk[i]);
    else
      c.mk[i].n = 0;
    order[i] = (uint64_t)m->tok << 32 | i;
  }
  for (size_t i = 0; i < x->na; i++)
    if (x->a[i].mention != NEWS_NONE) x->m[x->a[i].mention].speaker = 1;
  if (x->nm) qsort(order, x->nm, sizeof *order, cmp_key);
  for (uint32_t i = 0; i < x->nm; i++) {
    uint32_t mi = (uint32_t)order[i];
    qx_mention *m = &x->m[mi];
    if ((m->flags & QMF_IN_QUOTE) && !m->speaker) continue;
    if (assign(&c, mi)) goto done;
  }
  /* attributions take their mention's entity; a role given beside one
  ** ("X, a political scientist at Y, said") becomes the entity's role */
  for (size_t i = 0; i < x->na; i++) {
    qx_attr *a = &x->a[i];
    if (a->mention == NEWS_NONE) continue;
    a->entity = root(x, x->m[a->mention].entity);
    if (a->entity >= 0 && a->role_tok != NEWS_NONE && x->e[a->entity].role_tok == NEWS_NONE) {
      x->e[a->entity].role_tok = a->role_tok;
      x->e[a->entity].role_ntok = a->role_ntok;
    }
  }
  /* an entity named only after it was described ("a senior commander …
  ** The commander, X,") keeps the description as its role if it has no other */
  for (size_t i = 0; i < x->ne; i++) {
    qx_entity *en = &x->e[i];
    if (en->role_tok == NEWS_NONE && en->desc_role != NEWS_NONE) {
      en->role_tok = en->desc_role;
      en->role_ntok = en->desc_nrole;
    }
  }
  resolve_headline_roles(x);
  /* followers (continued quotes, participles), chains of them included */
  for (int round = 0; round < 4; round++)
    for (size_t i = 0; i < x->na; i++) {
      qx_attr *a = &x->a[i];
      if (a->follow == NEWS_NONE || a->mention != NEWS_NONE) continue;
      const qx_attr *f = &x->a[a->follow];
      a->entity = root(x, f->entity);
      if (a->cue == NULL) a->cue = f->cue;
      if (a->via_tok == NEWS_NONE && f->via_tok != NEWS_NONE &&
          (a->pattern == NEWS_QP_CONTINUED || a->pattern == NEWS_QP_PARTICIPLE)) {
        a->via_tok = f->via_tok; /* the rest of a quote told to an outlet */
        a->via_ntok = f->via_ntok;
      }
    }
  /* a floating quote (no attribution, nothing it continues) takes the
  ** speaker of the attribution just before it, when that is near */
  for (size_t i = 0; i < x->na; i++) order[i] = (uint64_t)x->a[i].tok << 32 | i;
  if (x->na) qsort(order, x->na, sizeof *order, cmp_key);
  for (size_t i = 1; i < x->na; i++) {
    qx_attr *a = &x->a[(uint32_t)order[i]];
    if (a->pattern != NEWS_QP_CONTINUED || a->follow != NEWS_NONE || a->mention != NEWS_NONE)
      continue;
    for (size_t j = i; j-- > 0;) {
      const qx_attr *p = &x->a[(uint32_t)order[j]];
      if (p->dead || p->pattern == NEWS_QP_HEADLINE) continue;
      if (paragraph_gap(x, p->tok, a->tok) <= FLOAT_PARAS) {
        a->entity = root(x, p->entity);
        a->follow = (uint32_t)order[j];
        if (a->cue == NULL) a->cue = p->cue;
        if (a->via_tok == NEWS_NONE && p->kind == NEWS_QUOTE_DIRECT &&
            qx_para_of(x, p->tok) == qx_para_of(x, a->tok)) {
          a->via_tok = p->via_tok;
          a->via_ntok = p->via_ntok;
        }
      }
      break;
    }
  }
  rc = NEWS_OK;
done:
  news_engine_mfree(x->eng, c.mk);
  news_engine_mfree(x->eng, order);
  news_engine_mfree(x->eng, c.ent_last);
  news_engine_mfree(x->eng, c.ent_salient);
  return rc;
}
