/*
** test_text.c: unit tests of the text engine (tokens, folding, sentences,
** paragraphs, quote spans, lexicons), with no SQLite involved.
*/
#include "check.h"

static news_engine *eng;

static news_doc *parse(const char *s) {
  news_doc *d = NULL;
  int rc = news_doc_parse(eng, s, strlen(s), &d);
  CHECK_INT(rc, NEWS_OK);
  return d;
}

/* The token texts joined by spaces, for compact expectations. */
static const char *tokens_of(const news_doc *d) {
  static char out[4096];
  size_t w = 0;
  for (size_t i = 0; i < d->ntok && w + 64 < sizeof out; i++) {
    if (i) out[w++] = ' ';
    memcpy(out + w, d->text + d->tok[i].byte, d->tok[i].nbyte);
    w += d->tok[i].nbyte;
  }
  out[w] = 0;
  return out;
}

static const char *fold_of(const news_doc *d, size_t i) {
  static char out[256];
  snprintf(out, sizeof out, "%.*s", (int)d->tok[i].nfold, news_tok_fold(d, i));
  return out;
}

static const char *sentence(const news_doc *d, size_t i) {
  static char out[1024];
  snprintf(out, sizeof out, "%.*s", (int)d->sent[i].nbyte, d->text + d->sent[i].byte);
  return out;
}

static const char *qspan(const news_doc *d, size_t i) {
  static char out[1024];
  snprintf(out, sizeof out, "%.*s", (int)d->qspan[i].nbyte, d->text + d->qspan[i].byte);
  return out;
}

static void test_token_classes(void) {
  news_doc *d = parse("Iran’s “red line”, 1,000.5 — U.S.-led (5th) $3 ’80s");
  CHECK_STR(tokens_of(d), "Iran’s “ red line ” , 1,000.5 — U.S. - led ( 5th ) $ 3 ’80s");
  CHECK_INT(d->tok[0].kind, NEWS_TOK_WORD);
  CHECK_INT(d->tok[1].kind, NEWS_TOK_QUOTE_OPEN);
  CHECK_INT(d->tok[4].kind, NEWS_TOK_QUOTE_CLOSE);
  CHECK_INT(d->tok[5].kind, NEWS_TOK_PUNCT);
  CHECK_INT(d->tok[6].kind, NEWS_TOK_NUMBER);
  CHECK_INT(d->tok[7].kind, NEWS_TOK_DASH);
  CHECK_INT(d->tok[8].kind, NEWS_TOK_WORD);
  CHECK(d->tok[8].flags & NEWS_F_ABBR);
  CHECK_INT(d->tok[12].kind, NEWS_TOK_NUMBER);
  CHECK_INT(d->tok[14].kind, NEWS_TOK_SYMBOL);
  CHECK_INT(d->tok[16].kind, NEWS_TOK_NUMBER);
  CHECK(d->tok[0].flags & NEWS_F_CAP);
  CHECK(d->tok[8].flags & NEWS_F_ALLCAPS);
  CHECK(!(d->tok[2].flags & NEWS_F_SPACE_BEFORE)); /* “red: glued to its mark */
  CHECK_STR(fold_of(d, 0), "iran's");
  CHECK_STR(fold_of(d, 1), "\"");
  CHECK_STR(fold_of(d, 7), "-");
  CHECK_STR(fold_of(d, 8), "u.s.");
  CHECK_STR(fold_of(d, 16), "'80s");
  /* positions: characters, not bytes ("Iran’s" is 6 characters, 8 bytes) */
  CHECK_INT(d->tok[0].nchr, 6);
  CHECK_INT(d->tok[0].nbyte, 8);
  CHECK_INT(d->tok[1].chr, 7);
  CHECK_INT(d->tok[1].byte, 9);
  news_doc_free(d);
}

static void test_folding(void) {
  news_doc *d = parse("MUHAMMAD Muhammad Café CAFÉ \"x\" “x” Jazayeri\xC2\xA0Zarif ﬁnal");
  CHECK_INT(d->tok[0].hash, d->tok[1].hash);
  CHECK_STR(fold_of(d, 0), "muhammad");
  CHECK_STR(fold_of(d, 2), "cafe");
  CHECK_STR(fold_of(d, 3), "cafe");
  CHECK_STR(fold_of(d, 4), "\"");
  CHECK_STR(fold_of(d, 7), "\"");
  /* NBSP is whitespace: two tokens */
  CHECK_STR(fold_of(d, 10), "jazayeri");
  CHECK_STR(fold_of(d, 11), "zarif");
  CHECK(d->tok[11].flags & NEWS_F_SPACE_BEFORE);
  CHECK_STR(fold_of(d, 12), "final");
  char out[64];
  size_t n = news_fold("Brig.-GEN.", 10, out, sizeof out);
  CHECK_INT(n, 10);
  CHECK(memcmp(out, "brig.-gen.", 10) == 0);
  news_doc_free(d);
}

static void test_abbreviations(void) {
  news_doc *d = parse("Brig.-Gen. Hossein Salami met Lt. Col. Ann Roe and Helen T. Marsh "
                      "of the U.S. on Jan. 5 at 3 p.m. with Sen. Lee, No. 10 and etc. here.");
  CHECK_INT(d->nsent, 1);
  CHECK_STR(tokens_of(d), "Brig. - Gen. Hossein Salami met Lt. Col. Ann Roe and Helen T. "
                          "Marsh of the U.S. on Jan. 5 at 3 p.m. with Sen. Lee , No. 10 and "
                          "etc. here .");
  news_doc_free(d);
  /* an abbreviation that can end a sentence does when a new one clearly starts */
  d = parse("He lives in the U.S. The talks went on. Talks with Apple Inc. He said no.");
  CHECK_INT(d->nsent, 4);
  CHECK_STR(sentence(d, 0), "He lives in the U.S.");
  CHECK_STR(sentence(d, 2), "Talks with Apple Inc.");
  CHECK_STR(sentence(d, 3), "He said no.");
  news_doc_free(d);
  /* lower-case words are not abbreviations of capitalised ones; No. only before a number */
  d = parse("He was ill. The answer was No. Then he left.");
  CHECK_INT(d->nsent, 3);
  news_doc_free(d);
}

static void test_sentences_and_quotes(void) {
  news_doc *d = parse("“We are not closing the door,” Marsh said. “We are asking them to walk "
                      "through it.” Why? “Because,” he said, “it works.” (He smiled.) Done…");
  CHECK_INT(d->nsent, 6);
  CHECK_STR(sentence(d, 0), "“We are not closing the door,” Marsh said.");
  CHECK_STR(sentence(d, 1), "“We are asking them to walk through it.”");
  CHECK_STR(sentence(d, 2), "Why?");
  CHECK_STR(sentence(d, 3), "“Because,” he said, “it works.”");
  CHECK_STR(sentence(d, 4), "(He smiled.)");
  CHECK_STR(sentence(d, 5), "Done…");
  news_doc_free(d);
  d = parse("\"Why?\" he asked. She said: \"No.\" Then left.");
  CHECK_INT(d->nsent, 3);
  CHECK_STR(sentence(d, 0), "\"Why?\" he asked.");
  CHECK_STR(sentence(d, 1), "She said: \"No.\"");
  news_doc_free(d);
}

static void test_paragraphs(void) {
  /* blank lines and single newlines both separate paragraphs; a hard wrap does not */
  news_doc *d = parse("Headline here\n\nFirst para.\nSecond para, which is\nwrapped here.\r\n"
                      "Third.");
  CHECK_INT(d->npara, 4);
  CHECK_INT(d->nsent, 4);
  CHECK_STR(sentence(d, 0), "Headline here");
  CHECK_STR(sentence(d, 2), "Second para, which is\nwrapped here.");
  CHECK_INT(d->sent[3].paragraph, 3);
  news_doc_free(d);
}

static void test_quote_spans(void) {
  news_doc *d = parse("He said “we ‘never’ agreed” and 'fine' but Iran’s and the Americans’ "
                      "view \"held\" it. ''That wasn't good,'' he said.");
  CHECK_INT(d->nqspan, 5);
  CHECK_STR(qspan(d, 0), "we ‘never’ agreed");
  CHECK_STR(qspan(d, 1), "never");
  CHECK_INT(d->qspan[1].depth, 1);
  CHECK_STR(qspan(d, 2), "fine");
  CHECK_STR(qspan(d, 3), "held");
  CHECK_STR(qspan(d, 4), "That wasn't good,");
  CHECK(!(d->qspan[0].flags & NEWS_Q_UNCLOSED));
  news_doc_free(d);
  d = parse("Er sagte „nein“ und «oui» et »ja«.");
  CHECK_INT(d->nqspan, 3);
  CHECK_STR(qspan(d, 0), "nein");
  CHECK_STR(qspan(d, 1), "oui");
  CHECK_STR(qspan(d, 2), "ja");
  news_doc_free(d);
}

static void test_unclosed_and_continued(void) {
  news_doc *d = parse("She said: “We will fight.\n\n“We will win,” she added.\n\n"
                      "Comments (3) “ Share this\n\nNext paragraph “x” here.");
  CHECK_INT(d->nqspan, 4);
  CHECK_STR(qspan(d, 0), "We will fight.");
  CHECK(d->qspan[0].flags & NEWS_Q_UNCLOSED);
  CHECK_STR(qspan(d, 1), "We will win,");
  CHECK(d->qspan[1].flags & NEWS_Q_CONTINUES);
  CHECK_INT(d->qspan[1].prev, 0);
  /* the stray mark never swallows the next paragraph */
  CHECK_STR(qspan(d, 2), "Share this");
  CHECK(d->qspan[2].flags & NEWS_Q_UNCLOSED);
  CHECK_INT(d->qspan[2].prev, NEWS_NONE);
  CHECK_STR(qspan(d, 3), "x");
  news_doc_free(d);
  /* a second opener of the same family ends the first, unclosed */
  d = parse("He said “first and then “second” ok.");
  CHECK_INT(d->nqspan, 2);
  CHECK_STR(qspan(d, 0), "first and then");
  CHECK(d->qspan[0].flags & NEWS_Q_UNCLOSED);
  CHECK_STR(qspan(d, 1), "second");
  news_doc_free(d);
}

static void test_invalid_utf8_positions(void) {
  /* SQLite's rule: a lead byte takes every continuation byte after it; a stray
  ** continuation byte is a character of its own. */
  const char s[] = "a\x80\x80 b\xE2\x80\x9C\x80 c\xFF d \xC3(e";
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, s, sizeof s - 1, &d), NEWS_OK);
  CHECK_INT(d->nchr, news_chr_count(s, sizeof s - 1));
  CHECK_INT(d->nchr, 15);
  for (size_t i = 0; i < d->ntok; i++) CHECK_INT(d->tok[i].chr, news_chr_count(s, d->tok[i].byte));
  news_doc_free(d);
}

static void test_nul_ends_text(void) {
  const char s[] = "One. Two.\0Three. Four.";
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, s, sizeof s - 1, &d), NEWS_OK);
  CHECK_INT(d->len, 9);
  CHECK_INT(d->nsent, 2);
  news_doc_free(d);
  CHECK_INT(news_doc_parse(eng, "", 0, &d), NEWS_OK);
  CHECK_INT(d->ntok, 0);
  CHECK_INT(d->nsent, 0);
  CHECK_INT(d->nqspan, 0);
  news_doc_free(d);
}

static void test_many_marks(void) {
  size_t n = 100000;
  char *s = malloc(n + 1);
  memset(s, '"', n);
  s[n] = 0;
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, s, n, &d), NEWS_OK);
  CHECK_INT(d->ntok, n);
  CHECK_INT(d->nqspan, n / 2);
  news_doc_free(d);
  memset(s, 0, n);
  for (size_t i = 0; i + 3 <= n; i += 3) memcpy(s + i, "“", 3);
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  /* each “ ends the one before it, unclosed; the last, before the end, closes one */
  CHECK_INT(d->nqspan, n / 3 - 1);
  for (size_t i = 0; i < d->nqspan; i++) CHECK(d->qspan[i].depth == 0);
  news_doc_free(d);
  free(s);
}

typedef struct test_entry {
  const char *phrase;
  int value;
} test_entry;

static void test_lexicon(void) {
  static const test_entry table[] = {
      {"say", 1},  {"said in a statement", 2}, {"according to", 3},
      {"said", 4}, {"Brig.-Gen.", 5},          {"U.S.", 6},
      {"", 7},
  };
  news_lexicon *lex = news_lexicon_new(eng, table, 7, sizeof table[0]);
  CHECK(lex != NULL);
  news_doc *d = parse("Brig.-Gen. Lee SAID in a statement, according\nto U.S. officials, said.");
  size_t n = 0;
  const test_entry *e = news_lexicon_match(lex, d, 0, &n);
  CHECK(e && e->value == 5);
  CHECK_INT(n, 3);
  e = news_lexicon_match(lex, d, 4, &n); /* longest first */
  CHECK(e && e->value == 2);
  CHECK_INT(n, 4);
  e = news_lexicon_match_next(lex, d, 4, e, &n);
  CHECK(e && e->value == 4);
  CHECK_INT(n, 1);
  CHECK(news_lexicon_match_next(lex, d, 4, e, &n) == NULL);
  e = news_lexicon_match(lex, d, 9, &n); /* a hard-wrapped line still matches */
  CHECK(e && e->value == 3);
  e = news_lexicon_match(lex, d, 11, &n);
  CHECK(e && e->value == 6);
  e = news_lexicon_word(lex, "say", 3);
  CHECK(e && e->value == 1);
  CHECK(news_lexicon_word(lex, "says", 4) == NULL);
  news_doc_free(d);
  news_lexicon_free(eng, lex);
}

/* Every allocation in turn fails: each parse reports NEWS_NOMEM and frees all. */
static void test_out_of_memory(void) {
  const char *s = "“We are asking them to walk through it,” Marsh said. Sen. Lee agreed.\n\nNext.";
  for (long n = 1;; n++) {
    check_alloc.count = 0;
    check_alloc.fail_at = n;
    news_engine *e = news_engine_new(&check_allocator);
    news_doc *d = NULL;
    int rc = e ? news_doc_parse(e, s, strlen(s), &d) : NEWS_NOMEM;
    check_alloc.fail_at = 0;
    if (rc == NEWS_OK) {
      CHECK_INT(d->nsent, 3);
      news_doc_free(d);
      news_engine_free(e);
      CHECK(n > 3);
      break;
    }
    CHECK_INT(rc, NEWS_NOMEM);
    CHECK(d == NULL);
    news_engine_free(e);
    if (n > 1000) {
      CHECK(!"allocation count did not converge");
      break;
    }
  }
}

static void settle(void) {
  news_engine_trim(eng);
}

int main(void) {
  eng = news_engine_new(&check_allocator);
  news_doc *warm = parse("Lexicons are built on first use."); /* not a leak of the first test */
  news_doc_free(warm);
  settle();
  check_settle = settle;
  static const check_test tests[] = {
      {"token_classes", test_token_classes},
      {"folding", test_folding},
      {"abbreviations", test_abbreviations},
      {"sentences_and_quotes", test_sentences_and_quotes},
      {"paragraphs", test_paragraphs},
      {"quote_spans", test_quote_spans},
      {"unclosed_and_continued", test_unclosed_and_continued},
      {"invalid_utf8_positions", test_invalid_utf8_positions},
      {"nul_ends_text", test_nul_ends_text},
      {"many_marks", test_many_marks},
      {"lexicon", test_lexicon},
      {"out_of_memory", test_out_of_memory},
  };
  int rc = check_run("test_text", tests, sizeof tests / sizeof tests[0]);
  news_engine_free(eng);
  return rc;
}
