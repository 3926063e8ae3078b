/*
** quotes_internal.h: what the files of the quotes engine share.
**
** The pipeline (quotes.c) over one parsed doc:
**   1. classify.c  one lexicon look-up pass: word classes, person words
**                  (titles, roles, organisations, outlets, places), cues
**   2. mentions.c  name and description mentions, titles split into roles
**   3. direct.c    quote spans attributed by the patterns around their marks
**   4. reported.c  reported speech, cue first: X said (that) …, …, X said,
**                  according to X, X was quoted by Y as saying …
**   5. headline.c  headline attributions (… : FM)
**   6. coref.c     mentions to speakers: pronouns, surnames, "the official"
**   7. quotes.c    rows in text order, speakers, names and roles as strings
** Shared by the steps: speaker.c (the source phrase next to a verb or a
** quote: appositives, relative clauses, modifiers after the verb, outlets),
** util.c (token tests, growing arrays), lexicons.c (the indexes, built once
** per engine from the tables in lex_verbs.c, lex_persons.c, lex_words.c,
** lex_phrases.c and lex_translit.c), speaker_key.c (news_speaker_key).
** Each step looks only at a bounded window around a cue, a mark or a
** mention, so the whole is linear in the text.
*/
#ifndef NEWS_QUOTES_INTERNAL_H
#define NEWS_QUOTES_INTERNAL_H

#include "news.h"

#include <string.h>

/* ---------------------------------------------------------------------------
** Lexicon rows (data in lex_*.c).
*/

/* Cue classes. */
#define QC_SPEECH 1
#define QC_BELIEF 2 /* belief, intention, evidence: never reported as a statement */

/* Verb frames (see lex_verbs.c). */
#define QF_CLAUSE 0x01
#define QF_OBJ    0x02
#define QF_TO     0x04
#define QF_NPQ    0x08
#define QF_QUOTE  0x10
#define QF_WH     0x20
#define QF_BARE   0x40
#define QF_FOR    0x80

typedef struct qx_verb {
  const char *base, *s, *past, *pp, *ing;
  uint8_t cls;
  uint8_t frame;
} qx_verb;
extern const qx_verb qx_verbs[];
extern const size_t qx_nverbs;

/* Verb forms. */
#define VF_BASE 0x01
#define VF_S    0x02
#define VF_PAST 0x04
#define VF_PP   0x08
#define VF_ING  0x10

/* One lexicon entry per verb form (built from qx_verbs at first use). */
typedef struct qx_verb_form {
  const char *phrase;
  uint16_t verb; /* row in qx_verbs */
  uint8_t form;  /* VF_* (a form may be several: said = past and participle) */
} qx_verb_form;

/* Person words: titles, roles, organisations, outlets, places. */
enum qx_pclass {
  QP_NONE = 0,
  QP_TITLE,  /* honorific or rank before a name, dropped from it: Mr. Dr. Sen. Brig.-Gen. Ayatollah
              */
  QP_ROLE,   /* position or description: minister, spokesman, official, head */
  QP_ORG,    /* organisation noun: ministry, court, council, union */
  QP_OUTLET, /* news outlet noun: news agency, newspaper, broadcaster, TV */
  QP_AGENCY, /* a named outlet: Reuters, AFP, Tasnim, Xinhua */
  QP_PLACE,  /* a country, capital or region, which often stands for its government */
  QP_GROUP,  /* people speaking together: officials, analysts, critics (plural roles) */
};
#define QPF_PLURAL  0x01
#define QPF_FEMALE  0x02
#define QPF_MALE    0x04
#define QPF_HEAD    0x08 /* heads a description on its own: "the minister", "a spokesman" */
#define QPF_GENERIC 0x10 /* "the company", "the group": the latest organisation named */
typedef struct qx_person_word {
  const char *phrase;
  uint8_t cls; /* enum qx_pclass */
  uint8_t flags;
} qx_person_word;
extern const qx_person_word qx_person_words[];
extern const size_t qx_nperson_words;

/* Function words and other classes the patterns test. */
#define QW_DET      0x0001   /* a an the this these those */
#define QW_POSS     0x0002   /* his her its their our my your */
#define QW_PRON     0x0004   /* he she they it we i you */
#define QW_NONAME   0x0008   /* capitalised but never a name: weekdays, months, function words */
#define QW_PARTICLE 0x0010   /* al el bin de van von: lower case inside names */
#define QW_AUX      0x0020   /* between a subject and its verb: has, also, later, reportedly */
#define QW_PREP     0x0040   /* opens a modifier after the verb: on in at during */
#define QW_TIME     0x0080   /* Monday yesterday morning week */
#define QW_NEG      0x0100   /* not never n't */
#define QW_CONJ     0x0200   /* and but or */
#define QW_WH       0x0400   /* whether how what why where whom: a question, not a statement */
#define QW_REL      0x0800   /* who which whose */
#define QW_SCARE    0x1000   /* so-called dubbed nicknamed titled: a quote after it is a name */
#define QW_THAT     0x2000   /* that */
#define QW_MODAL    0x4000   /* will would could may might should can must */
#define QW_BLOCK    0x8000   /* declined refused: "declined to say" is no statement */
#define QW_FINITE   0x10000  /* a finite verb form: is, has, ran, won, took: the mark of a clause */
#define QW_VERBAUX  0x20000  /* be, have, do in any form: auxiliaries, not adverbs */
#define QW_PARENADV 0x40000  /* however, meanwhile: ", however," between subject and verb */
#define QW_CARRIED  0x80000  /* carried, published, aired: "a statement carried by X" */
#define QW_QUANT    0x100000 /* many, several, two: a noun phrase may open with it */
#define QW_OBJPRON  0x200000 /* him, her, them: a listener */
#define QW_SUBORD   0x400000 /* because, after, when: a phrase that ends an attribution */
#define QW_NOCLAUSE 0x800000 /* of, about, out, like: no reported clause opens with it */
#define QW_POSTADJ  0x1000000 /* familiar, close: "an aide familiar with the plan" */
#define QW_DO       0x2000000 /* do, does, did: with a modal, makes a base form a verb */
/* Pronoun details (in qx_word.pron). */
#define QPR_MALE   0x01
#define QPR_FEMALE 0x02
#define QPR_PLURAL 0x04
#define QPR_THING  0x08 /* it */
#define QPR_FIRST  0x10 /* I we */
#define QPR_REL    0x20 /* who */
typedef struct qx_word {
  const char *phrase;
  uint32_t cls; /* QW_* */
  uint8_t pron; /* QPR_* */
} qx_word;
extern const qx_word qx_words[];
extern const size_t qx_nwords;

/* Multiword cues and the modifiers skipped between a verb and its clause. */
enum qx_phrase_kind {
  QX_ACCORDING = 1, /* according to */
  QX_AS_SAYING,     /* as saying */
  QX_VERB_MOD,      /* in a statement, on Twitter, at a news conference: after a verb */
  QX_ANON,          /* speaking on condition of anonymity */
  QX_SOURCE_NOUN,   /* a statement from, a report by: "according to a statement from X" */
  QX_BOILER,        /* Read more, Photo:, Reporting by: a line that is no article text */
  QX_DATELINE_END,  /* (Reuters) (AFP) -- the end of a dateline */
};
typedef struct qx_phrase {
  const char *phrase;
  uint8_t kind;
} qx_phrase;
extern const qx_phrase qx_phrases[];
extern const size_t qx_nphrases;

/* Transliteration variants of name words, folded: variant -> canonical. */
typedef struct qx_translit {
  const char *phrase;
  const char *canon;
} qx_translit;
extern const qx_translit qx_translits[];
extern const size_t qx_ntranslits;

/* What the four token lexicons hold for one folded token that opens an
** entry of any of them, so that classifying a token is one hash probe: the
** one-token entry of each lexicon, and for a lexicon that also has longer
** phrases opening with the token, a 64-bit Bloom filter of their second
** tokens' hashes (only when the next token may be one is a longest-match
** look-up needed). A token no entry opens with is not in the table. */
enum { QXL_WORDS, QXL_PERSONS, QXL_VERBS, QXL_PHRASES, QXL_N };
typedef struct qx_first {
  uint32_t hash;          /* news_hash of the folded token */
  uint32_t nfold;         /* bytes of the folded token */
  uint32_t fold;          /* its offset in qx_lex.first_pool */
  const void *one[QXL_N]; /* the one-token entry of each lexicon, or NULL */
  uint64_t second[QXL_N]; /* Bloom filter of second tokens of longer entries, 0 if none */
} qx_first;
/* The Bloom bit of a second token's hash. */
static inline uint64_t qx_second_bit(uint32_t hash) {
  return (uint64_t)1 << ((hash * 2654435761u) >> 26);
}

/* The indexes, built once per engine (NEWS_SLOT_QUOTES). */
typedef struct qx_lex {
  qx_verb_form *forms;
  size_t nforms;
  news_lexicon *verbs;
  news_lexicon *persons;
  news_lexicon *words;
  news_lexicon *phrases;
  news_lexicon *translit;
  qx_first *first;     /* the rows */
  uint32_t *first_ix;  /* open addressing on the hash: row + 1, 0 for an empty slot */
  uint32_t first_mask; /* slots - 1 */
  char *first_pool;
} qx_lex;
const qx_lex *qx_lex_get(news_engine *eng);
/* The table row for token i of d, or NULL when no lexicon entry opens with it. */
const qx_first *qx_first_of(const qx_lex *lx, const news_doc *d, size_t i);

/* ---------------------------------------------------------------------------
** Per-doc working state.
*/

/* What classify.c finds at each token. */
typedef struct qx_tok {
  uint32_t w;        /* QW_* */
  uint8_t pron;      /* QPR_* */
  uint8_t pcls;      /* enum qx_pclass of the person word starting here */
  uint8_t pflags;    /* QPF_* */
  uint8_t pn;        /* its tokens */
  uint8_t vn;        /* tokens of the verb starting here, 0 none */
  uint8_t vform;     /* VF_* */
  uint16_t verb;     /* row in qx_verbs */
  uint8_t phrase;    /* enum qx_phrase_kind starting here */
  uint8_t phn;       /* its tokens */
  uint8_t used;      /* a cue already read by an attribution */
  uint32_t cue_attr; /* the attribution whose cue is this token, or NEWS_NONE */
  uint32_t qspan;    /* innermost quote span whose content holds the token, or NEWS_NONE */
  uint32_t mention;  /* mention holding the token, or NEWS_NONE */
} qx_tok;

enum qx_mtype {
  QM_PERSON = 1,
  QM_ORG,
  QM_OUTLET,
  QM_PLACE,
  QM_DESC,    /* a description: "a senior official", "the minister", "officials" */
  QM_PRON,    /* he she they it who */
  QM_UNKNOWN, /* a capitalised word that may be a name */
};
#define QMF_PLURAL     0x01
#define QMF_DEFINITE   0x02 /* the …, this … */
#define QMF_INDEF      0x04 /* a …, an … */
#define QMF_IN_QUOTE   0x08 /* inside a quote span */
#define QMF_FEMALE     0x10
#define QMF_MALE       0x20
#define QMF_POSSESSIVE 0x40 /* Iran's */
#define QMF_WEAK       0x80 /* one capitalised word opening a sentence */

typedef struct qx_mention {
  uint32_t tok, ntok;   /* the whole mention */
  uint32_t name, nname; /* its name tokens (persons, organisations, outlets), or NEWS_NONE */
  uint32_t role, nrole; /* its role words ("Foreign Ministry spokesman", "senior official") */
  uint32_t head;        /* the role noun heading a description, or NEWS_NONE */
  int32_t entity;       /* coref.c */
  uint8_t type;         /* enum qx_mtype */
  uint8_t flags;        /* QMF_* */
  uint8_t pron;         /* QPR_* for pronouns */
  uint8_t speaker;      /* the source of some attribution */
} qx_mention;

/* One attribution as the patterns find it. */
typedef struct qx_attr {
  uint32_t tok, ntok;           /* the attributed words */
  uint32_t mention;             /* the source's mention, or NEWS_NONE */
  uint32_t role_tok, role_ntok; /* a role given next to the mention (appositive), or NEWS_NONE */
  uint32_t cue_tok, cue_ntok;
  uint32_t via_tok, via_ntok;
  uint32_t qspan;  /* the quote span of a direct quote, or NEWS_NONE */
  uint32_t follow; /* attribution whose speaker this one takes (continued quotes), or NEWS_NONE */
  const char *cue; /* lemma */
  int32_t entity;  /* coref.c */
  uint8_t kind;    /* enum news_quote_kind */
  uint8_t pattern; /* enum news_quote_pattern */
  uint8_t dead;    /* dropped (overlap, guard) */
} qx_attr;

/* Entities: the people and bodies the mentions refer to. */
typedef struct qx_entity {
  uint32_t name_m;                /* mention giving the fullest name, or NEWS_NONE */
  uint32_t desc_m;                /* mention describing it when no name is given */
  uint32_t role_tok, role_ntok;   /* its role, or NEWS_NONE */
  uint32_t desc_role, desc_nrole; /* a description merged into it: the role of last resort */
  uint32_t first_tok;             /* first mention */
  int32_t parent;                 /* union-find: merged into */
  uint8_t type;                   /* enum qx_mtype of the naming mention */
  uint8_t gender;                 /* QPR_MALE / QPR_FEMALE when known */
  uint8_t plural;
} qx_entity;

typedef struct qx {
  const news_doc *d;
  news_engine *eng;
  const qx_lex *lex;
  qx_tok *t; /* per token */
  qx_mention *m;
  size_t nm, cap_m;
  qx_attr *a;
  size_t na, cap_a;
  qx_entity *e;
  size_t ne, cap_e;
  uint8_t *para_flags; /* per paragraph: QXP_* */
  uint32_t *qattr;     /* per quote span: attribution index, or NEWS_NONE */
} qx;
#define QXP_HEADLINE 0x01 /* a headline: no terminal punctuation, first paragraph */
#define QXP_BOILER   0x02 /* boilerplate: photo credit, Read more, comments */
#define QXP_DATELINE 0x04 /* opens with a dateline "KABUL (Reuters) —" */

/* The text engine's growable-array helper (ext/text/tokenize.c). */
int news_grow(news_engine *eng, void **p, size_t *cap, size_t need, size_t elem);

/* Helpers (util.c). */
int qx_add_mention(qx *x, const qx_mention *m, uint32_t *idx);
int qx_add_attr(qx *x, const qx_attr *a, uint32_t *idx); /* also records its cue token */
void qx_attr_init(qx_attr *a);
/* Token tests: called many times per token by the patterns, so inline;
** qx_is takes a string literal (its length is known at compile time). */
#define qx_is(x, i, s) qx_is_n((x), (i), "" s "", sizeof(s) - 1) /* folded token equals s */
static inline int qx_is_n(const qx *x, size_t i, const char *s, size_t n) {
  const news_doc *d = x->d;
  return i < d->ntok && d->tok[i].nfold == n && memcmp(d->fold + d->tok[i].fold, s, n) == 0;
}
/* A punctuation token starting with c. */
static inline int qx_is_punct(const qx *x, size_t i, char c) {
  const news_doc *d = x->d;
  return i < d->ntok && d->tok[i].kind == NEWS_TOK_PUNCT && d->tok[i].nfold > 0 &&
         d->fold[d->tok[i].fold] == c;
}
static inline int qx_is_comma(const qx *x, size_t i) {
  return qx_is_punct(x, i, ',');
}
/* A comma or dash, or a closing mark right after a comma (“…,” saying). */
int qx_is_break(const qx *x, size_t k);
static inline int qx_is_terminal(const qx *x, size_t i) { /* . ! ? … */
  const news_doc *d = x->d;
  if (i >= d->ntok || d->tok[i].kind != NEWS_TOK_PUNCT || d->tok[i].nfold == 0) return 0;
  char c = d->fold[d->tok[i].fold];
  return c == '.' || c == '!' || c == '?' || (unsigned char)c == 0xE2; /* … */
}
static inline int qx_is_dash(const qx *x, size_t i) {
  return i < x->d->ntok && x->d->tok[i].kind == NEWS_TOK_DASH;
}
static inline int qx_is_mark(const qx *x, size_t i) { /* any quote mark */
  if (i >= x->d->ntok) return 0;
  uint8_t k = x->d->tok[i].kind;
  return k == NEWS_TOK_QUOTE_OPEN || k == NEWS_TOK_QUOTE_CLOSE || k == NEWS_TOK_QUOTE_AMBIG;
}
static inline int qx_is_word(const qx *x, size_t i) {
  return i < x->d->ntok && x->d->tok[i].kind == NEWS_TOK_WORD;
}
static inline int qx_is_cap(const qx *x, size_t i) { /* capitalised word */
  return qx_is_word(x, i) && (x->d->tok[i].flags & NEWS_F_CAP);
}
static inline int qx_is_lower(const qx *x, size_t i) { /* lower-case word */
  return qx_is_word(x, i) && !(x->d->tok[i].flags & NEWS_F_CAP) &&
         (x->d->tok[i].flags & NEWS_F_ALPHA);
}
static inline uint32_t qx_sent_start(const qx *x, size_t i) { /* first token of i's sentence */
  return x->d->sent[x->d->tok_sent[i]].tok;
}
static inline uint32_t qx_sent_end(const qx *x, size_t i) { /* one past its last token */
  const news_sentence *s = &x->d->sent[x->d->tok_sent[i]];
  return s->tok + s->ntok;
}
static inline uint32_t qx_para_of(const qx *x, size_t i) {
  return x->d->sent[x->d->tok_sent[i]].paragraph;
}
uint32_t qx_body_start(const qx *x, size_t i); /* sentence start after any dateline */
int qx_is_speech_verb(const qx *x, size_t i);  /* a speech cue starts at i */
const qx_verb *qx_verb_at(const qx *x, size_t i);
uint32_t qx_mention_ending_at(const qx *x, size_t i); /* mention whose last token is i */
uint32_t qx_mention_starting_at(const qx *x, size_t i);
/* The attribution of the nearest cue before token c in c's sentence (within a
** bounded window), or NEWS_NONE: the subject of "…, adding that" and "and said". */
uint32_t qx_prev_attr_in_sentence(const qx *x, uint32_t c);
/* The sentence's subject: its first usable mention from the body start, before c. */
uint32_t qx_sentence_subject(const qx *x, uint32_t c);
/* The same for the sentence of token `at`, looking at mentions before c. */
uint32_t qx_sentence_subject_before(const qx *x, uint32_t at, uint32_t c);

/* One folded name word, transliteration-normalised (speaker_key.c); out
** needs room for n bytes (or the canonical spelling's length). */
size_t qx_norm_word(const qx_lex *lx, const char *w, size_t n, char *out);

/* A word before the quote span's mark makes it a name or title ("so-called", "the headline"). */
int qx_scare_before(const qx *x, const news_qspan *q);

/* Pipeline steps. */
int qx_classify(qx *x);
int qx_find_mentions(qx *x);
int qx_find_direct(qx *x);
int qx_find_reported(qx *x);
int qx_find_headlines(qx *x);
int qx_resolve(qx *x);

/* Speaker phrases (speaker.c): the source around a cue. */
typedef struct qx_source {
  uint32_t mention;             /* the mention naming the source, or NEWS_NONE */
  uint32_t role_tok, role_ntok; /* appositive role, or NEWS_NONE */
  uint32_t start, end;          /* tokens the source phrase covers (appositives included) */
} qx_source;
/* The subject ending just before token `end` (a verb): "X", "X, the Y,", "X, who …,". */
int qx_source_before(qx *x, uint32_t end, uint32_t limit, qx_source *s);
/* The subject starting at token `start`, as in "“…,” X said" or "said X, the Y". */
int qx_source_after(qx *x, uint32_t start, uint32_t limit, qx_source *s);
/* Skips tokens that may sit between a subject and its verb, backwards from i
** (exclusive); returns the new end. */
uint32_t qx_skip_aux_back(const qx *x, uint32_t i, uint32_t limit);
uint32_t qx_skip_aux_fwd(const qx *x, uint32_t i, uint32_t limit);
/* Skips modifiers after a verb ("on Monday", "in a statement"); returns the next token. */
uint32_t qx_skip_verb_mods(const qx *x, uint32_t i, uint32_t limit, uint32_t *via, uint32_t *nvia);
/* The named outlet in the noun phrase at i ("state broadcaster NHK"), for `via`. */
int qx_outlet_at(const qx *x, uint32_t i, uint32_t limit, uint32_t *tok, uint32_t *ntok,
                 uint32_t *end);

#endif
