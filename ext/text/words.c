/*
** words.c: the tokenizer's and sentence splitter's lexicon: abbreviations
** that keep their period (and whether they can end a sentence), and the words
** that show a new sentence has begun after an ambiguous abbreviation
** ("in the U.S. The talks ..." breaks; "the U.S. Embassy" does not).
**
** Data, not code: add a row to extend it. Words are written folded (lower
** case, no period).
*/
#include "text_internal.h"

#include <string.h>

typedef struct text_word {
  const char *word;
  uint8_t abbr;     /* enum news_abbr_class, or NEWS_ABBR_NONE */
  uint8_t lower_ok; /* the abbreviation keeps its period in lower case too ("etc.") */
  uint8_t starter;  /* the word typically opens a sentence */
} text_word;

#define TITLE(w)                                                                                   \
  { w, NEWS_ABBR_TITLE, 0, 0 }
#define DATE(w)                                                                                    \
  { w, NEWS_ABBR_DATE, 0, 0 }
#define NUMBER(w)                                                                                  \
  { w, NEWS_ABBR_NUMBER, 1, 0 }
#define ABBR(w)                                                                                    \
  { w, NEWS_ABBR_GENERIC, 0, 0 }
#define ABBR_LOWER(w)                                                                              \
  { w, NEWS_ABBR_GENERIC, 1, 0 }
#define STARTER(w)                                                                                 \
  { w, NEWS_ABBR_NONE, 0, 1 }

static const text_word text_words[] = {
    /* Titles and ranks: always followed by a name, so never the end of a sentence. */
    TITLE("mr"),
    TITLE("mrs"),
    TITLE("ms"),
    TITLE("messrs"),
    TITLE("mme"),
    TITLE("dr"),
    TITLE("prof"),
    TITLE("sen"),
    TITLE("sens"),
    TITLE("rep"),
    TITLE("reps"),
    TITLE("gov"),
    TITLE("govs"),
    TITLE("pres"),
    TITLE("gen"),
    TITLE("gens"),
    TITLE("brig"),
    TITLE("lt"),
    TITLE("col"),
    TITLE("maj"),
    TITLE("capt"),
    TITLE("cpt"),
    TITLE("cmdr"),
    TITLE("cdr"),
    TITLE("adm"),
    TITLE("sgt"),
    TITLE("cpl"),
    TITLE("pvt"),
    TITLE("pfc"),
    TITLE("spc"),
    TITLE("lieut"),
    TITLE("comdr"),
    TITLE("commr"),
    TITLE("supt"),
    TITLE("insp"),
    TITLE("det"),
    TITLE("rev"),
    TITLE("revd"),
    TITLE("fr"),
    TITLE("msgr"),
    TITLE("hon"),
    TITLE("amb"),
    TITLE("atty"),
    TITLE("sec"),
    TITLE("secy"),
    TITLE("treas"),
    TITLE("rt"),
    TITLE("st"),
    TITLE("ste"),
    TITLE("mt"),
    TITLE("ft"),
    TITLE("dep"),
    TITLE("asst"),
    TITLE("assoc"),
    TITLE("dir"),
    TITLE("ph"),
    /* Months and weekdays as wire copy abbreviates them: before a day or a year. */
    DATE("jan"),
    DATE("feb"),
    DATE("mar"),
    DATE("apr"),
    DATE("jun"),
    DATE("jul"),
    DATE("aug"),
    DATE("sep"),
    DATE("sept"),
    DATE("oct"),
    DATE("nov"),
    DATE("dec"),
    DATE("mon"),
    DATE("tue"),
    DATE("tues"),
    DATE("wed"),
    DATE("thu"),
    DATE("thur"),
    DATE("thurs"),
    DATE("fri"),
    DATE("sat"),
    DATE("sun"),
    /* Only an abbreviation before a number: "No. 10", "Art. 5". */
    NUMBER("no"),
    NUMBER("nos"),
    NUMBER("art"),
    NUMBER("arts"),
    NUMBER("vol"),
    NUMBER("vols"),
    NUMBER("p"),
    NUMBER("pp"),
    NUMBER("fig"),
    NUMBER("figs"),
    NUMBER("par"),
    NUMBER("para"),
    NUMBER("nr"),
    NUMBER("ch"),
    /* Others: can end a sentence when the next one clearly starts. */
    ABBR("inc"),
    ABBR("corp"),
    ABBR("co"),
    ABBR("cos"),
    ABBR("ltd"),
    ABBR("plc"),
    ABBR("bros"),
    ABBR("llc"),
    ABBR("jr"),
    ABBR("sr"),
    ABBR("esq"),
    ABBR("dept"),
    ABBR("univ"),
    ABBR("assn"),
    ABBR("ave"),
    ABBR("blvd"),
    ABBR("rd"),
    ABBR("hwy"),
    ABBR("sq"),
    ABBR("govt"),
    ABBR("intl"),
    ABBR("natl"),
    ABBR("mfg"),
    ABBR_LOWER("etc"),
    ABBR_LOWER("vs"),
    ABBR_LOWER("al"),
    ABBR_LOWER("approx"),
    ABBR_LOWER("ca"),
    ABBR_LOWER("cf"),
    ABBR_LOWER("viz"),
    ABBR_LOWER("ibid"),
    ABBR_LOWER("est"),
    ABBR_LOWER("misc"),
    /* US states, AP style: capitalised only, so "he was ill." still ends. */
    ABBR("ala"),
    ABBR("ariz"),
    ABBR("ark"),
    ABBR("calif"),
    ABBR("colo"),
    ABBR("conn"),
    ABBR("del"),
    ABBR("fla"),
    ABBR("ga"),
    ABBR("ill"),
    ABBR("ind"),
    ABBR("kan"),
    ABBR("kans"),
    ABBR("ky"),
    ABBR("la"),
    ABBR("md"),
    ABBR("mass"),
    ABBR("mich"),
    ABBR("minn"),
    ABBR("miss"),
    ABBR("mo"),
    ABBR("mont"),
    ABBR("neb"),
    ABBR("nebr"),
    ABBR("nev"),
    ABBR("okla"),
    ABBR("ore"),
    ABBR("pa"),
    ABBR("penn"),
    ABBR("tenn"),
    ABBR("tex"),
    ABBR("va"),
    ABBR("vt"),
    ABBR("wash"),
    ABBR("wis"),
    ABBR("wyo"),
    /* Words that open sentences, for the break after "U.S." or "Inc.". */
    STARTER("the"),
    STARTER("a"),
    STARTER("an"),
    STARTER("he"),
    STARTER("she"),
    STARTER("it"),
    STARTER("they"),
    STARTER("we"),
    STARTER("i"),
    STARTER("you"),
    STARTER("his"),
    STARTER("her"),
    STARTER("their"),
    STARTER("its"),
    STARTER("our"),
    STARTER("this"),
    STARTER("that"),
    STARTER("these"),
    STARTER("those"),
    STARTER("there"),
    STARTER("but"),
    STARTER("and"),
    STARTER("or"),
    STARTER("so"),
    STARTER("yet"),
    STARTER("in"),
    STARTER("on"),
    STARTER("at"),
    STARTER("for"),
    STARTER("from"),
    STARTER("with"),
    STARTER("as"),
    STARTER("if"),
    STARTER("when"),
    STARTER("while"),
    STARTER("after"),
    STARTER("before"),
    STARTER("since"),
    STARTER("although"),
    STARTER("though"),
    STARTER("however"),
    STARTER("meanwhile"),
    STARTER("also"),
    STARTER("still"),
    STARTER("now"),
    STARTER("then"),
    STARTER("today"),
    STARTER("yesterday"),
    STARTER("last"),
    STARTER("earlier"),
    STARTER("later"),
    STARTER("what"),
    STARTER("who"),
    STARTER("why"),
    STARTER("how"),
    STARTER("where"),
    STARTER("asked"),
    STARTER("according"),
    STARTER("many"),
    STARTER("some"),
    STARTER("most"),
    STARTER("one"),
    STARTER("officials"),
    STARTER("both"),
    STARTER("no"),
    STARTER("not"),
    STARTER("under"),
    STARTER("by"),
    STARTER("to"),
    STARTER("instead"),
    STARTER("indeed"),
    STARTER("even"),
    STARTER("such"),
    STARTER("other"),
    STARTER("several"),
    STARTER("each"),
    STARTER("every"),
    STARTER("all"),
    STARTER("any"),
    STARTER("mr"),
    STARTER("mrs"),
    STARTER("ms"),
    STARTER("dr"),
};

#undef TITLE
#undef DATE
#undef NUMBER
#undef ABBR
#undef ABBR_LOWER
#undef STARTER

struct news_text_words {
  uint32_t mask;  /* table size - 1 */
  uint16_t *slot; /* 1-based index into text_words, 0 = empty */
  uint32_t *hash; /* hash of each slot's word */
  uint8_t *abbr;  /* merged classes per slot */
  uint8_t *lower_ok;
  uint8_t *starter;
};

static void text_words_free(news_engine *eng, void *p) {
  news_text_words *w = p;
  news_engine_mfree(eng, w->slot);
  news_engine_mfree(eng, w->hash);
  news_engine_mfree(eng, w->abbr);
  news_engine_mfree(eng, w->lower_ok);
  news_engine_mfree(eng, w->starter);
  news_engine_mfree(eng, w);
}

/* Slot holding `word`, or the empty slot where it would go. */
static uint32_t find_slot(const news_text_words *w, const char *fold, size_t n, uint32_t h) {
  uint32_t i = h & w->mask;
  while (w->slot[i]) {
    const char *word = text_words[w->slot[i] - 1].word;
    if (w->hash[i] == h && strlen(word) == n && memcmp(word, fold, n) == 0) break;
    i = (i + 1) & w->mask;
  }
  return i;
}

const news_text_words *news_text_words_get(news_engine *eng) {
  news_text_words *w = news_engine_slot(eng, NEWS_SLOT_TEXT);
  if (w) return w;
  size_t n = sizeof text_words / sizeof text_words[0];
  size_t size = 16;
  while (size < n * 2) size *= 2;
  w = news_engine_malloc(eng, sizeof *w);
  if (!w) return NULL;
  memset(w, 0, sizeof *w);
  w->mask = (uint32_t)size - 1;
  w->slot = news_engine_malloc(eng, size * sizeof *w->slot);
  w->hash = news_engine_malloc(eng, size * sizeof *w->hash);
  w->abbr = news_engine_malloc(eng, size);
  w->lower_ok = news_engine_malloc(eng, size);
  w->starter = news_engine_malloc(eng, size);
  if (!w->slot || !w->hash || !w->abbr || !w->lower_ok || !w->starter) {
    text_words_free(eng, w);
    return NULL;
  }
  memset(w->slot, 0, size * sizeof *w->slot);
  memset(w->abbr, 0, size);
  memset(w->lower_ok, 0, size);
  memset(w->starter, 0, size);
  /* A word listed twice (an abbreviation that is also a starter) merges its rows:
  ** the first abbreviation class listed wins. */
  for (size_t k = 0; k < n; k++) {
    const char *word = text_words[k].word;
    size_t len = strlen(word);
    uint32_t h = news_hash(word, len);
    uint32_t i = find_slot(w, word, len, h);
    if (!w->slot[i]) {
      w->slot[i] = (uint16_t)(k + 1);
      w->hash[i] = h;
    }
    if (!w->abbr[i]) {
      w->abbr[i] = text_words[k].abbr;
      w->lower_ok[i] = text_words[k].lower_ok;
    }
    if (text_words[k].starter) w->starter[i] = 1;
  }
  news_engine_set_slot(eng, NEWS_SLOT_TEXT, w, text_words_free);
  return w;
}

enum news_abbr_class news_abbr_lookup(const news_text_words *w, const char *fold, size_t n,
                                      uint32_t hash, int capitalised) {
  uint32_t i = find_slot(w, fold, n, hash);
  if (!w->slot[i] || (!capitalised && !w->lower_ok[i])) return NEWS_ABBR_NONE;
  return (enum news_abbr_class)w->abbr[i];
}

int news_is_sentence_starter(const news_text_words *w, const char *fold, size_t n, uint32_t hash) {
  uint32_t i = find_slot(w, fold, n, hash);
  return w->slot[i] && w->starter[i];
}
