/*
** mentions.c: the names, descriptions and pronouns that can be a source.
**
** One left-to-right pass. Three kinds of anchors make a mention:
**   - a run of capitalised words, with the joins names have: initials
**     ("Anna K. Lind"), hyphens ("Ali-Reza", "Min-ho"),
**     particles ("bin Khalid al-Harbi", "van der Berg"), a nickname in
**     marks ("Robert "Bobby" X"), titles ("Brig.-Gen.", "Lt. Col."), and
**     "of"/"for" inside organisation names ("Bank of England"). A title or
**     role word inside the run splits it: "Deputy Interior Minister Park
**     Min-ho" is the role "Deputy Interior Minister" and the name "Park
**     Min-ho". An organisation noun makes it an organisation, a named
**     outlet an outlet, a place a place.
**   - a role, organisation or outlet noun in lower case: a description, with
**     the modifiers before it up to its determiner ("a senior State
**     Department official") and an "of"-phrase after it ("the head of the
**     Water Authority"). A description directly followed by a name
**     is that person's role ("Foreign Ministry spokesman Ali-Reza
**     Karimi", "state broadcaster NHK").
**   - a pronoun.
** Every look-around is bounded, and each token joins at most one mention.
*/
#include "quotes_internal.h"

#include <string.h>

#define RUN_MAX     16 /* tokens in a name run */
#define MODS_MAX    4  /* lower-case modifiers before a role noun */
#define POSTMOD_MAX 10 /* tokens of an "of"-phrase after a role noun */

typedef struct run {
  uint32_t s, e;           /* tokens [s, e) */
  uint32_t nick_s, nick_e; /* a nickname in marks inside the run, or nick_s == nick_e */
  int possessive;          /* ends in 's */
} run;

static int pword(const qx *x, size_t i, uint8_t cls) {
  return i < x->d->ntok && x->t[i].pcls == cls;
}

static int is_role_word(const qx *x, size_t i) {
  uint8_t c = i < x->d->ntok ? x->t[i].pcls : 0;
  return c == QP_ROLE || c == QP_TITLE || c == QP_GROUP;
}

static int is_head_word(const qx *x, size_t i) {
  uint8_t c = i < x->d->ntok ? x->t[i].pcls : 0;
  return (x->t[i].pflags & QPF_HEAD) &&
         (c == QP_ROLE || c == QP_GROUP || c == QP_ORG || c == QP_OUTLET);
}

static int ends_possessive(const qx *x, size_t i) {
  const news_token *t = &x->d->tok[i];
  const char *f = x->d->fold + t->fold;
  return t->kind == NEWS_TOK_WORD && t->nfold > 2 && f[t->nfold - 2] == '\'' &&
         f[t->nfold - 1] == 's';
}

static int glued_dash(const qx *x, size_t k) {
  const news_token *t = &x->d->tok[k];
  return t->kind == NEWS_TOK_DASH && t->nchr == 1 && !(t->flags & NEWS_F_SPACE_BEFORE) &&
         !(t->flags & NEWS_F_SPACE_AFTER);
}

static int same_sentence(const qx *x, size_t a, size_t b) {
  return b < x->d->ntok && x->d->tok_sent[a] == x->d->tok_sent[b];
}

/* A token that can open a name run. */
static int run_start(const qx *x, size_t i) {
  const news_token *t = &x->d->tok[i];
  if (x->t[i].pcls == QP_AGENCY && t->kind == NEWS_TOK_WORD) return 1; /* "dpa" */
  if (t->kind != NEWS_TOK_WORD || !(t->flags & NEWS_F_CAP)) {
    /* "al-Sisi" after a verb: a particle glued to a capitalised word */
    return t->kind == NEWS_TOK_WORD && (x->t[i].w & QW_PARTICLE) && i + 2 < x->d->ntok &&
           glued_dash(x, i + 1) && qx_is_cap(x, i + 2);
  }
  if (x->t[i].w & QW_NONAME) return x->t[i].pcls == QP_TITLE || x->t[i].pcls == QP_ROLE;
  return 1;
}

/* The nickname `"Bobby"` at k, between two names: returns its end, or 0. */
static uint32_t nickname_at(const qx *x, size_t k, size_t limit) {
  if (!qx_is_mark(x, k)) return 0;
  size_t j = k + 1;
  int words = 0;
  while (j < limit && qx_is_cap(x, j) && words < 3) j++, words++;
  if (!words || j >= limit || !qx_is_mark(x, j) || !qx_is_cap(x, j + 1)) return 0;
  return (uint32_t)j + 1;
}

static void scan_run(const qx *x, uint32_t s, run *r) {
  const news_doc *d = x->d;
  uint32_t limit = qx_sent_end(x, s), k = s + 1;
  if (limit > s + RUN_MAX) limit = s + RUN_MAX;
  memset(r, 0, sizeof *r);
  r->s = s;
  if (ends_possessive(x, s)) {
    r->e = s + 1;
    r->possessive = 1;
    return;
  }
  while (k < limit) {
    const news_token *t = &d->tok[k];
    if (t->kind == NEWS_TOK_WORD && (t->flags & NEWS_F_CAP)) {
      /* a weekday or month continues only a person's name ("Theresa May") */
      if ((x->t[k].w & QW_TIME) && (x->t[k].w & QW_NONAME) &&
          (is_role_word(x, k - 1) || !qx_is_cap(x, k - 1) || pword(x, k - 1, QP_ORG)))
        break;
      if ((x->t[k].w & QW_NONAME) && (x->t[k].w & (QW_DET | QW_PRON | QW_CONJ | QW_WH)) &&
          !(d->tok[k - 1].flags & NEWS_F_ABBR))
        break;
      k++;
      if (ends_possessive(x, k - 1)) {
        /* "the Scottish Fishermen's Federation", "People's Daily": a
        ** possessive inside an organisation's name */
        int org = 0;
        for (uint32_t j = k; j < limit && j < k + 3 && qx_is_cap(x, j); j++)
          if (x->t[j].pcls == QP_ORG || x->t[j].pcls == QP_OUTLET) org = 1;
        if (org) continue;
        r->possessive = 1;
        break;
      }
      continue;
    }
    if (t->kind == NEWS_TOK_WORD && (t->flags & NEWS_F_ABBR) && (t->flags & NEWS_F_CAP)) {
      k++;
      continue;
    }
    if (glued_dash(x, k) && k + 1 < limit && d->tok[k + 1].kind == NEWS_TOK_WORD) {
      k += 2;
      if (ends_possessive(x, k - 1)) {
        r->possessive = 1;
        break;
      }
      continue;
    }
    if (t->kind == NEWS_TOK_WORD && (x->t[k].w & QW_PARTICLE)) {
      /* "van der Berg", "bin Khalid", "al-Harbi": particles before a name word */
      uint32_t j = k;
      while (j < limit && j < k + 3 && qx_is_word(x, j) && (x->t[j].w & QW_PARTICLE) &&
             !(x->d->tok[j].flags & NEWS_F_CAP))
        j++;
      if (j < limit && (qx_is_cap(x, j) || (glued_dash(x, j) && j + 1 < limit))) {
        k = j;
        continue;
      }
    }
    /* "of"/"for"/"and" inside an organisation's or office's name */
    if ((qx_is(x, k, "of") || qx_is(x, k, "for") || qx_is(x, k, "and") || qx_is(x, k, "on")) &&
        k + 1 < limit) {
      uint32_t n = k + 1;
      if (qx_is(x, n, "the") && n + 1 < limit) n++;
      int prev_org = pword(x, k - 1, QP_ORG) || pword(x, k - 1, QP_ROLE) ||
                     pword(x, k - 1, QP_OUTLET) || pword(x, k - 1, QP_GROUP);
      if (qx_is_cap(x, n) && !(x->t[n].w & QW_NONAME) && (prev_org || pword(x, n, QP_ORG)) &&
          !qx_is(x, k, "and")) {
        k = n;
        continue;
      }
      if (qx_is(x, k, "and") && prev_org && qx_is_cap(x, n) && pword(x, n, QP_ORG)) {
        k = n;
        continue;
      }
      break;
    }
    uint32_t nk = nickname_at(x, k, limit);
    if (nk && !r->nick_e) {
      r->nick_s = k;
      r->nick_e = nk;
      k = nk;
      continue;
    }
    break;
  }
  r->e = k;
}

/* Mention type of the name tokens [s, e). */
static uint8_t name_type(const qx *x, uint32_t s, uint32_t e, int has_role) {
  const news_doc *d = x->d;
  size_t n;
  /* the whole run is one outlet or place phrase */
  if (x->t[s].pcls == QP_AGENCY && s + x->t[s].pn == e) return QM_OUTLET;
  if (x->t[s].pcls == QP_PLACE && s + x->t[s].pn == e) return QM_PLACE;
  (void)n;
  /* an outlet noun anywhere makes a news outlet: "Army Radio", "Radio X", "Press TV" */
  for (uint32_t k = s; k < e; k++)
    if (x->t[k].pcls == QP_OUTLET && x->t[k].pn && k + x->t[k].pn <= e) return QM_OUTLET;
  for (uint32_t k = s; k < e; k++) {
    uint8_t c = x->t[k].pcls;
    if (c == QP_ORG && x->t[k].pn && k + x->t[k].pn <= e) return QM_ORG;
  }
  if (has_role) return QM_PERSON;
  uint32_t words = 0;
  for (uint32_t k = s; k < e; k++)
    if (d->tok[k].kind == NEWS_TOK_WORD && !glued_dash(x, k)) words++;
  if (e - s == 1 && (d->tok[s].flags & NEWS_F_ALLCAPS)) return QM_ORG; /* KCNA, IRGC */
  if (words >= 2) return QM_PERSON;
  return QM_UNKNOWN;
}

/* A lower-case role noun at or shortly after `k` (skipping up to two
** modifiers): "Oxfam spokesman", "EU special envoy", "Peruvian army adviser". Returns the head
*token, or NEWS_NONE. */
static uint32_t head_after(const qx *x, uint32_t k, uint32_t limit) {
  uint32_t head = NEWS_NONE;
  for (uint32_t j = k, mods = 0; j < limit && mods <= 2; j++) {
    if (!qx_is_lower(x, j) && !glued_dash(x, j)) break;
    if (x->t[j].mention != NEWS_NONE) break;
    if (is_head_word(x, j)) {
      /* "union general secretary": the last of several role nouns heads */
      head = j;
      j += x->t[j].pn - 1;
      mods = 0;
      continue;
    }
    if (x->t[j].vn || (x->t[j].w & (QW_PREP | QW_CONJ | QW_DET | QW_POSS | QW_THAT | QW_AUX |
                                    QW_NEG | QW_MODAL | QW_WH | QW_REL | QW_PRON)))
      break;
    if (head != NEWS_NONE) break; /* a modifier after the head: "minister said" */
    if (!glued_dash(x, j)) mods++;
  }
  return head;
}

/* Extends a description left from `p` over modifiers to its determiner:
** "a senior", "The bank's vice", "the official", "Peru's state". Lower-case
** modifiers are kept only when the phrase starts at a determiner, a
** possessive or a clear boundary, so a verb is never taken for an
** adjective. A possessive name just before ("the driver's lawyer") is taken
** into the description: it is the last mention made, and is dropped as a
** mention of its own. Sets *flags. */
static uint32_t extend_left(qx *x, uint32_t p, uint32_t floor, uint8_t *flags) {
  uint32_t k = p, keep = p;
  int mods = 0;
  while (k > floor && mods < MODS_MAX) {
    uint32_t j = k - 1;
    uint32_t mj = x->t[j].mention;
    if (mj != NEWS_NONE) {
      const qx_mention *m = &x->m[mj];
      /* a possessor ("Julia Brandt's office", "Peru's state news agency")
       ** stays a mention of its own: the person is named there */
      if (m->flags & QMF_POSSESSIVE) {
        *flags |= QMF_DEFINITE;
        return k;
      }
      break;
    }
    if (x->t[j].w & QW_DET) {
      *flags |= qx_is(x, j, "a") || qx_is(x, j, "an") ? QMF_INDEF : QMF_DEFINITE;
      return j;
    }
    if (x->t[j].w & QW_POSS) {
      *flags |= QMF_DEFINITE;
      return j;
    }
    if (qx_is_word(x, j) && ends_possessive(x, j)) { /* "the company's" */
      k = j;
      keep = j;
      mods++;
      continue;
    }
    /* an adjective or noun modifier; a word that is only a verb's base form
    ** ("state", "report") is a noun here */
    int verbish = x->t[j].vn && x->t[j].vform != VF_BASE;
    if (glued_dash(x, j) || (qx_is_lower(x, j) && !verbish &&
                             !(x->t[j].w & (QW_PREP | QW_CONJ | QW_THAT | QW_AUX | QW_NEG |
                                            QW_MODAL | QW_WH | QW_REL | QW_PRON | QW_TIME)))) {
      k = j;
      if (!glued_dash(x, j)) mods++;
      continue;
    }
    if (qx_is_word(x, j) && (x->d->tok[j].flags & NEWS_F_CAP) && !(x->t[j].w & QW_NONAME)) break;
    /* a boundary: punctuation, a preposition, a verb, a mark */
    return k;
  }
  if (k == floor) return k;
  return keep;
}

/* An "of"/"for"/"at"/"to" phrase naming where a role is held: "head of the
** IRGC", "envoy to the African Union", "a fellow at the X Institute". */
static uint32_t postmod(const qx *x, uint32_t e, uint32_t limit) {
  uint32_t k = e;
  /* "an aide familiar with the talks", "a source close to the talks" */
  if ((x->t[k].w & QW_POSTADJ) && k + 2 < limit && (x->t[k + 1].w & QW_PREP)) {
    uint32_t j = k + 2, stop = k + 7 < limit ? k + 7 : limit;
    if (x->t[j].w & (QW_DET | QW_POSS)) j++;
    while (j < stop && qx_is_word(x, j) && (!x->t[j].vn || x->t[j].vform == VF_BASE) &&
           !(x->t[j].w & (QW_PREP | QW_CONJ | QW_THAT | QW_REL | QW_DET | QW_AUX | QW_MODAL)))
      j++;
    return j;
  }
  if (!(qx_is(x, k, "of") || qx_is(x, k, "for") || qx_is(x, k, "at") || qx_is(x, k, "to") ||
        qx_is(x, k, "in") || qx_is(x, k, "on") || qx_is(x, k, "from")))
    return e;
  k++;
  if (k < limit && (x->t[k].w & (QW_DET | QW_POSS))) k++;
  uint32_t best = e, stop = e + POSTMOD_MAX < limit ? e + POSTMOD_MAX : limit;
  while (k < stop) {
    if (qx_is_cap(x, k) || (qx_is_word(x, k) && (x->d->tok[k].flags & NEWS_F_ABBR))) {
      k++;
      best = k;
      continue;
    }
    if (glued_dash(x, k) && k + 1 < stop) {
      k += 2;
      best = k;
      continue;
    }
    if (qx_is_lower(x, k) && (pword(x, k, QP_ORG) || pword(x, k, QP_ROLE))) {
      k++;
      best = k;
      continue;
    }
    if (qx_is_lower(x, k) && k + 1 < stop && qx_is_lower(x, k + 1) &&
        (pword(x, k + 1, QP_ORG) || pword(x, k + 1, QP_ROLE)) && !x->t[k].vn) {
      k += 2; /* "the works council", "the state assembly" */
      best = k;
      continue;
    }
    if ((qx_is(x, k, "of") || qx_is(x, k, "for") || qx_is(x, k, "and")) && best == k) {
      k++;
      if (k < stop && qx_is(x, k, "the")) k++;
      continue;
    }
    if (qx_is_lower(x, k) && best > e && !x->t[k].vn &&
        !(x->t[k].w & (QW_PREP | QW_CONJ | QW_THAT | QW_REL | QW_WH | QW_AUX | QW_DET))) {
      k++; /* "the navy's coastal command" */
      continue;
    }
    break;
  }
  return best;
}

/* Where the role/title part of a run ends and the name begins: after the
** last title or role word that still leaves a name. Titles right after the
** role ("Energy Minister Dr. X") are skipped too. */
static void split_run(const qx *x, const run *r, uint32_t *role_end, uint32_t *name_s) {
  uint32_t re = r->s, k = r->s;
  while (k < r->e) {
    uint8_t pn = x->t[k].pn;
    if (pn && k + pn < r->e && is_role_word(x, k)) {
      k += pn;
      re = k;
      continue;
    }
    /* a run ending in a role word is a description: "Foreign Minister",
    ** "a Republican" */
    if (pn && k + pn == r->e && is_role_word(x, k) && x->t[k].pcls != QP_TITLE && !r->possessive) {
      re = r->e;
      break;
    }
    k += pn ? pn : 1;
  }
  /* "Democrat of Ohio": what follows the role word is no name */
  if (re < r->e && qx_is_lower(x, re)) re = r->e;
  *role_end = re;
  *name_s = re;
}

/* The person word ending the run, or r->s. */
static uint32_t last_person_word(const qx *x, const run *r) {
  uint32_t last = r->s;
  for (uint32_t k = r->s; k < r->e;) {
    uint8_t pn = x->t[k].pn;
    if (pn && k + pn == r->e) last = k;
    k += pn ? pn : 1;
  }
  return last;
}

static void claim(qx *x, uint32_t m) {
  const qx_mention *mm = &x->m[m];
  for (uint32_t k = mm->tok; k < mm->tok + mm->ntok; k++) x->t[k].mention = m;
}

static void init_mention(qx_mention *m, uint32_t s, uint32_t e, uint8_t type) {
  memset(m, 0, sizeof *m);
  m->tok = s;
  m->ntok = e - s;
  m->name = m->role = m->head = NEWS_NONE;
  m->entity = -1;
  m->type = type;
}

static uint8_t gender_of(const qx *x, uint32_t s, uint32_t e) {
  uint8_t g = 0;
  for (uint32_t k = s; k < e; k++) {
    if (x->t[k].pflags & QPF_FEMALE) g = QMF_FEMALE;
    if (x->t[k].pflags & QPF_MALE) g = QMF_MALE;
  }
  return g;
}

/* Adds the mention made of a description [ds, de) with head `head`,
** possibly followed by a name run: "Foreign Ministry spokesman Ali-Reza
** Karimi", "state broadcaster NHK", "a senior official". */
static int add_described(qx *x, uint32_t ds, uint32_t core, uint32_t de, uint32_t head,
                         uint32_t cap_s, uint8_t flags, uint32_t *next) {
  qx_mention m;
  uint32_t limit = qx_sent_end(x, ds);
  uint32_t pe = postmod(x, de, limit);
  int in_quote = x->t[head].qspan != NEWS_NONE;
  /* a name right after the description: the description is its role, unless
  ** the name itself modifies a later role noun ("the official Vesti news agency": one description)
  */
  if (pe == de && de < limit && run_start(x, de) && x->t[de].mention == NEWS_NONE &&
      !(x->t[de].w & QW_PRON) && !ends_possessive(x, de)) {
    run r;
    scan_run(x, de, &r);
    uint32_t h2 = r.possessive ? NEWS_NONE : head_after(x, r.e, limit);
    if (h2 != NEWS_NONE) {
      cap_s = de;
      head = h2;
      de = h2 + x->t[h2].pn;
      pe = postmod(x, de, limit);
      goto described;
    }
    uint32_t role_end, name_s;
    split_run(x, &r, &role_end, &name_s);
    if (name_s < r.e && !r.possessive) {
      uint8_t hc = x->t[head].pcls;
      uint8_t type = hc == QP_OUTLET ? QM_OUTLET : QM_PERSON;
      uint8_t nt = name_type(x, name_s, r.e, 1);
      if (nt == QM_ORG || nt == QM_OUTLET)
        type = nt == QM_ORG && hc != QP_OUTLET ? QM_ORG : QM_OUTLET;
      if (hc == QP_ORG && type == QM_PERSON) type = QM_ORG; /* "the group Oxfam" */
      init_mention(&m, ds, r.e, type);
      m.name = name_s;
      m.nname = r.e - name_s;
      /* the role ends before any title: "spokesman Lt. Col. X" */
      uint32_t re = role_end;
      while (re > core && x->t[re - 1].pcls == QP_TITLE) re--;
      while (re > core + 1 && x->t[re - 2].pcls == QP_TITLE && x->t[re - 2].pn == 2) re -= 2;
      m.role = core;
      m.nrole = re - core;
      m.head = head;
      m.flags = flags | gender_of(x, ds, r.e) | (in_quote ? QMF_IN_QUOTE : 0);
      uint32_t idx;
      if (qx_add_mention(x, &m, &idx)) return NEWS_NOMEM;
      claim(x, idx);
      *next = r.e;
      return NEWS_OK;
    }
  }
described:;
  uint8_t hc = x->t[head].pcls;
  uint8_t type = QM_DESC;
  init_mention(&m, ds, pe, type);
  m.role = core;
  m.nrole = pe - core;
  m.head = head;
  m.flags = flags | gender_of(x, ds, de) | (in_quote ? QMF_IN_QUOTE : 0);
  if (hc == QP_GROUP || (x->t[head].pflags & QPF_PLURAL)) m.flags |= QMF_PLURAL;
  /* "the Harbour Workers union", "The Chilean Interior Ministry": a named body */
  if ((hc == QP_ORG || hc == QP_OUTLET) && cap_s != NEWS_NONE && cap_s < head) {
    m.type = hc == QP_OUTLET ? QM_OUTLET : QM_ORG;
    m.name = cap_s;
    m.nname = de - cap_s;
  } else if (hc == QP_ORG) {
    m.type = QM_DESC; /* "the ministry", "the court": resolved to the body later */
  }
  uint32_t idx;
  if (qx_add_mention(x, &m, &idx)) return NEWS_NOMEM;
  claim(x, idx);
  *next = pe;
  return NEWS_OK;
}

static int add_run(qx *x, const run *r) {
  qx_mention m;
  uint32_t role_end, name_s;
  split_run(x, r, &role_end, &name_s);
  uint32_t s = r->s, det = s;
  uint8_t flags = r->possessive ? QMF_POSSESSIVE : 0;
  if (s > 0 && (x->t[s - 1].w & QW_DET) && x->t[s - 1].mention == NEWS_NONE &&
      same_sentence(x, s - 1, s)) {
    det = s - 1;
    flags |= qx_is(x, det, "a") || qx_is(x, det, "an") ? QMF_INDEF : QMF_DEFINITE;
  }
  if (x->t[s].qspan != NEWS_NONE) flags |= QMF_IN_QUOTE;
  flags |= gender_of(x, s, r->e);
  /* a run ending in a role word with no name after it: "the Foreign Minister",
  ** "a Republican": a description */
  uint32_t lastw = last_person_word(x, r);
  /* "Airline to cut jobs", "Court upholds …": a common noun capitalised at the
   ** start of a sentence is no name */
  if (!r->possessive && r->e == s + x->t[s].pn && x->t[s].pn &&
      (x->t[s].pcls == QP_ORG || x->t[s].pcls == QP_OUTLET) &&
      (x->d->tok[s].flags & NEWS_F_SENT_START) && !(x->d->tok[s].flags & NEWS_F_ALLCAPS)) {
    init_mention(&m, det, r->e, QM_DESC);
    m.role = s;
    m.nrole = r->e - s;
    m.head = s;
    m.flags = flags;
    uint32_t idx;
    if (qx_add_mention(x, &m, &idx)) return NEWS_NOMEM;
    claim(x, idx);
    return NEWS_OK;
  }
  if (!r->possessive && name_s >= r->e &&
      (is_role_word(x, lastw) && x->t[lastw].pcls != QP_TITLE)) {
    /* "Analysts at Scotia Capital", "the Foreign Minister of Iran" */
    uint32_t pe = postmod(x, r->e, qx_sent_end(x, s));
    init_mention(&m, det, pe, QM_DESC);
    m.role = s;
    m.nrole = pe - s;
    m.head = lastw;
    m.flags = flags;
    if (x->t[lastw].pcls == QP_GROUP) m.flags |= QMF_PLURAL;
  } else {
    if (name_s >= r->e) name_s = s; /* titles alone: keep them */
    uint8_t type = name_type(x, name_s, r->e, role_end > s);
    init_mention(&m, det, r->e, type);
    m.name = name_s;
    m.nname = r->e - name_s;
    if (role_end > s) {
      /* titles only ("Brig.-Gen.") give no role; a role word does */
      int has_role = 0;
      for (uint32_t k = s; k < role_end; k++)
        if (x->t[k].pcls == QP_ROLE || x->t[k].pcls == QP_GROUP) has_role = 1;
      if (has_role) {
        uint32_t re = role_end;
        while (re > s && x->t[re - 1].pcls == QP_TITLE) re--;
        /* trailing titles after the role word were skipped by split_run */
        m.role = s;
        m.nrole = re - s;
        for (uint32_t k = s; k < role_end;) {
          if (x->t[k].pn && (x->t[k].pcls == QP_ROLE || x->t[k].pcls == QP_GROUP)) m.head = k;
          k += x->t[k].pn ? x->t[k].pn : 1;
        }
      }
    }
    if (type == QM_UNKNOWN && (x->d->tok[s].flags & NEWS_F_SENT_START)) m.flags |= QMF_WEAK;
    m.flags = flags | (m.flags & QMF_WEAK);
    /* "Maria X of the Lisbon Policy Institute": where the person works
    ** is part of the mention and the role when nothing else gives one */
    if (type == QM_PERSON && !r->possessive && (qx_is(x, r->e, "of") || qx_is(x, r->e, "at"))) {
      uint32_t pe = postmod(x, r->e, qx_sent_end(x, r->s));
      if (pe > r->e + 1) {
        if (m.role == NEWS_NONE) {
          m.role = r->e;
          m.nrole = pe - r->e;
        }
        m.ntok = pe - m.tok;
      }
    }
  }
  uint32_t idx;
  if (qx_add_mention(x, &m, &idx)) return NEWS_NOMEM;
  claim(x, idx);
  return NEWS_OK;
}

int qx_find_mentions(qx *x) {
  const news_doc *d = x->d;
  for (uint32_t i = 0; i < d->ntok;) {
    qx_tok *t = &x->t[i];
    if (t->mention != NEWS_NONE) {
      i++;
      continue;
    }
    uint32_t sent0 = qx_sent_start(x, i), limit = qx_sent_end(x, i);
    if ((t->w & QW_PRON) && d->tok[i].kind == NEWS_TOK_WORD &&
        (!(d->tok[i].flags & NEWS_F_CAP) || !qx_is_cap(x, i + 1) || !same_sentence(x, i, i + 1))) {
      qx_mention m;
      init_mention(&m, i, i + 1, QM_PRON);
      m.pron = t->pron;
      if (t->qspan != NEWS_NONE) m.flags |= QMF_IN_QUOTE;
      if (t->pron & QPR_PLURAL) m.flags |= QMF_PLURAL;
      uint32_t idx;
      if (qx_add_mention(x, &m, &idx)) return NEWS_NOMEM;
      claim(x, idx);
      i++;
      continue;
    }
    if (run_start(x, i)) {
      run r;
      scan_run(x, i, &r);
      uint32_t head = r.possessive ? NEWS_NONE : head_after(x, r.e, limit);
      if (head != NEWS_NONE) {
        /* the run modifies a role noun: "Foreign Ministry spokesman …" */
        uint8_t flags = 0;
        uint32_t ds = extend_left(x, i, sent0, &flags);
        uint32_t de = head + x->t[head].pn;
        uint32_t next;
        uint32_t core = ds;
        if (x->t[ds].w & (QW_DET | QW_POSS)) core = ds + 1;
        if (add_described(x, ds, core, de, head, i, flags, &next)) return NEWS_NOMEM;
        i = next > i ? next : i + 1;
        continue;
      }
      if (add_run(x, &r)) return NEWS_NOMEM;
      i = r.e;
      continue;
    }
    if (qx_is_lower(x, i) && is_head_word(x, i)) {
      uint8_t flags = 0;
      uint32_t ds = extend_left(x, i, sent0, &flags);
      if (t->vn && ds == i) { /* "judge", "head": a verb unless something precedes */
        i++;
        continue;
      }
      /* "union president", "pro-government newspaper": the last noun heads */
      uint32_t head = i, h2 = head_after(x, i + t->pn, limit);
      if (h2 != NEWS_NONE) head = h2;
      uint32_t core = ds;
      if (x->t[ds].w & (QW_DET | QW_POSS)) core = ds + 1;
      uint32_t next;
      if (add_described(x, ds, core, head + x->t[head].pn, head, NEWS_NONE, flags, &next))
        return NEWS_NOMEM;
      i = next > i ? next : i + 1;
      continue;
    }
    i++;
  }
  return NEWS_OK;
}
