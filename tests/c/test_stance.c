/*
** test_stance.c: unit tests of the stance engine (ext/stance/) through its
** public API (include/news_stance.h), with no SQLite: target compilation,
** the range call the quotes capability uses (a sentence with its reporting
** verb, a quote with its attribution, a target carried from context), the
** deciding cues, result reuse, JSON, and out-of-memory on every path.
** Sentences are written for these tests.
*/
#include "check.h"

#include <time.h>

static news_engine *eng;

static news_target *target(const char *s) {
  news_target *t = NULL;
  int rc = news_target_compile(eng, s, strlen(s), &t);
  CHECK_INT(rc, NEWS_OK);
  return t;
}

static news_doc *parse(const char *s) {
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, s, strlen(s), &d), NEWS_OK);
  return d;
}

/* The words of token range [tok, tok + ntok). */
static const char *words(const news_doc *d, size_t tok, size_t ntok) {
  static char out[512];
  if (!ntok) return "";
  size_t b0 = d->tok[tok].byte, b1 = news_tok_end(d, tok + ntok - 1);
  snprintf(out, sizeof out, "%.*s", (int)(b1 - b0), d->text + b0);
  return out;
}

/* "kind:words kind:words ..." of a result's cues. */
static const char *cues(const news_doc *d, const news_stance_result *r) {
  static char out[2048];
  size_t w = 0;
  out[0] = 0;
  for (size_t i = 0; i < r->ncue && w + 200 < sizeof out; i++)
    w += (size_t)snprintf(out + w, sizeof out - w, "%s%s:%s", i ? " " : "",
                          news_stance_kind_name(r->cue[i].kind),
                          words(d, r->cue[i].tok, r->cue[i].ntok));
  return out;
}

/* Label of the whole text toward the target, and its cues. */
static int stance_of(const char *text, const char *tgt, const char **cue_list) {
  news_target *t = target(tgt);
  news_doc *d = parse(text);
  news_stance_result r;
  news_stance_result_init(&r);
  CHECK_INT(news_stance_range(eng, t, d, 0, 0, d->ntok, &r), NEWS_OK);
  int label = r.label;
  if (cue_list) *cue_list = cues(d, &r);
  news_stance_result_clear(eng, &r);
  news_doc_free(d);
  news_target_free(eng, t);
  return label;
}

static void test_target_compilation(void) {
  news_target *t = target("negotiations over Iran's missile programme");
  CHECK_STR(news_target_describe(t), "negotiations|Iran's|missile|programme");
  news_target_free(eng, t);
  t = target("raising the retirement age"); /* "raising" is a direction, not a word */
  CHECK_STR(news_target_describe(t), "retirement|age");
  news_target_free(eng, t);
  t = target("This house would ban violent video games");
  CHECK_STR(news_target_describe(t), "violent|video|games");
  news_target_free(eng, t);
  t = target("term limits"); /* a last word stays the thing itself */
  CHECK_STR(news_target_describe(t), "term|limits");
  news_target_free(eng, t);
  const char *none[] = {"", "the of a", " -- ?! ", "it"};
  for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
    news_target *bad = (news_target *)1;
    CHECK_INT(news_target_compile(eng, none[i], strlen(none[i]), &bad), NEWS_BADARG);
    CHECK(bad == NULL);
  }
  char big[5000];
  memset(big, 'a', sizeof big);
  news_target *bad = NULL;
  CHECK_INT(news_target_compile(eng, big, sizeof big, &bad), NEWS_TOOBIG);
}

/* Inflections and near synonyms of the target's words. */
static void test_matching(void) {
  const char *c;
  CHECK_INT(stance_of("The rebels agreed to negotiate.", "peace talks", &c), NEWS_STANCE_FAVOR);
  CHECK_STR(c, "stance:agreed to mention:negotiate");
  CHECK_INT(stance_of("Ministers welcomed the privatization.", "privatisation of the railway", &c),
            NEWS_STANCE_FAVOR);
  CHECK_INT(stance_of("Moscow rejected the truce.", "a ceasefire", &c), NEWS_STANCE_AGAINST);
  CHECK_STR(c, "stance:rejected mention:truce");
  CHECK_INT(stance_of("Warsaw condemned the embargo on Minsk.", "sanctions on Belarus", &c),
            NEWS_STANCE_AGAINST);
  CHECK_STR(c, "stance:condemned mention:embargo on Minsk");
  /* a place alone is not the target */
  CHECK_INT(stance_of("Iran will never abandon its allies.", "negotiations with Iran", &c),
            NEWS_STANCE_NONE);
}

static void test_negation_and_scope(void) {
  const char *c;
  CHECK_INT(stance_of("The union will never accept the offer.", "the pay offer", &c),
            NEWS_STANCE_AGAINST);
  CHECK_STR(c, "negation:never stance:accept mention:offer");
  /* the scope of a negation is its clause */
  CHECK_INT(stance_of("The army did not move, but the rebels accepted the truce.", "a truce", &c),
            NEWS_STANCE_FAVOR);
  /* a past fact is not a refusal */
  CHECK_INT(stance_of("The cabinet did not discuss the tariffs.", "tariffs", &c), NEWS_STANCE_NONE);
  /* pseudo-negation */
  CHECK_INT(stance_of("Paris backs the truce without hesitation.", "a truce", &c),
            NEWS_STANCE_FAVOR);
  /* litotes is weak favor, not a flip to strong favor */
  news_target *t = target("talks");
  news_doc *d = parse("She did not rule out talks.");
  news_stance_result r;
  news_stance_result_init(&r);
  CHECK_INT(news_stance_range(eng, t, d, 0, 0, d->ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_FAVOR);
  CHECK(r.score > 0.4 && r.score < 0.8);
  CHECK_STR(cues(d, &r), "litotes:not rule out mention:talks");
  /* the negation's scope is reported */
  news_doc_free(d);
  d = parse("Iran will not negotiate on missiles.");
  CHECK_INT(news_stance_range(eng, t, d, 0, 0, d->ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_AGAINST);
  CHECK_INT(r.cue[0].kind, NEWS_CUE_NEGATION);
  CHECK_STR(words(d, r.cue[0].scope_tok, r.cue[0].scope_ntok), "negotiate");
  news_stance_result_clear(eng, &r);
  news_doc_free(d);
  news_target_free(eng, t);
}

/* The range call of the quotes capability: one sentence of an article, with
** the article before it as context. */
static void test_range_and_context(void) {
  const char *text = "The government offered talks to the rebels on Monday. "
                     "“The door is open,” the envoy said. "
                     "Rebel leaders rejected the talks.";
  news_doc *d = parse(text);
  news_target *t = target("talks with the rebels");
  news_stance_result r;
  news_stance_result_init(&r);
  CHECK_INT(d->nsent, 3);
  const news_sentence *s1 = &d->sent[1], *s2 = &d->sent[2];
  /* the quote's sentence alone does not name the target */
  CHECK_INT(news_stance_range(eng, t, d, s1->tok, s1->tok, s1->ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_NONE);
  CHECK_INT(r.why, NEWS_STANCE_WHY_NO_TARGET);
  /* with the article before it, the idiom speaks of it */
  CHECK_INT(news_stance_range(eng, t, d, 0, s1->tok, s1->ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_FAVOR);
  CHECK_STR(cues(d, &r), "idiom:The door is open");
  /* the context is never read for cues: "offered" does not count here */
  CHECK_INT(news_stance_range(eng, t, d, 0, s2->tok, s2->ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_AGAINST);
  CHECK_STR(cues(d, &r), "stance:rejected mention:talks");
  /* a result is reused: no allocation once its buffers are big enough */
  long before = check_alloc.live;
  for (int i = 0; i < 3; i++)
    CHECK_INT(news_stance_range(eng, t, d, 0, s1->tok, s1->ntok, &r), NEWS_OK);
  CHECK_INT(check_alloc.live, before);
  /* out-of-range arguments are clamped */
  CHECK_INT(news_stance_range(eng, t, d, 99999, 99999, 5, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_NONE);
  CHECK_INT(news_stance_range(eng, NULL, d, 0, 0, d->ntok, &r), NEWS_BADARG);
  news_stance_result_clear(eng, &r);
  news_target_free(eng, t);
  news_doc_free(d);
}

/* "read with the sentence it stands in": a speaker's reporting verb counts. */
static void test_quote_with_attribution(void) {
  const char *c;
  /* the quote call reads the whole sentence, with the article before it */
  news_doc *d = parse("Paris offered talks. “It would be a trap,” the minister said, rejecting "
                      "the talks. Rain fell.");
  news_target *t = target("talks");
  news_stance_result r;
  news_stance_result_init(&r);
  CHECK_INT(d->nqspan, 1);
  CHECK_INT(news_stance_quote(eng, t, d, d->qspan[0].tok, d->qspan[0].ntok, &r), NEWS_OK);
  CHECK_INT(r.label, NEWS_STANCE_AGAINST);
  CHECK_STR(cues(d, &r), "stance:rejecting mention:talks");
  news_stance_result_clear(eng, &r);
  news_target_free(eng, t);
  news_doc_free(d);
  CHECK_INT(stance_of("Tehran rejected a French proposal to negotiate.", "negotiations", &c),
            NEWS_STANCE_AGAINST);
  CHECK_STR(c, "stance:rejected mention:negotiate");
  CHECK_INT(stance_of("“Talks resumed,” the minister said, welcoming the news.", "talks", &c),
            NEWS_STANCE_NONE); /* what she welcomed is in another clause */
  CHECK_INT(stance_of("“Talks are a trap,” the minister said.", "talks", &c), NEWS_STANCE_AGAINST);
  CHECK_STR(c, "mention:Talks evaluation:trap");
}

static void test_conditions_and_pressure(void) {
  const char *c;
  CHECK_INT(stance_of("Kyiv could accept a truce if Moscow withdraws.", "a truce", &c),
            NEWS_STANCE_FAVOR);
  CHECK_INT(
      stance_of("Brussels will impose new tariffs unless Beijing agrees to talks.", "talks", &c),
      NEWS_STANCE_FAVOR);
  CHECK_STR(c, "pressure:impose new tariffs condition:unless stance:agrees to mention:talks");
  CHECK_INT(stance_of("Seoul is ready to talk if the drills are halted.", "military drills", &c),
            NEWS_STANCE_AGAINST);
}

static void test_idioms_questions_framing(void) {
  const char *c;
  CHECK_INT(
      stance_of("For Cairo the dam's filling is a red line.", "talks on the dam's filling", &c),
      NEWS_STANCE_AGAINST);
  CHECK_INT(stance_of("Any merger is out of the question.", "the merger", &c), NEWS_STANCE_AGAINST);
  CHECK_STR(c, "mention:merger idiom:out of the question");
  CHECK_INT(stance_of("Who would sign such a deal?", "the trade deal", &c), NEWS_STANCE_AGAINST);
  CHECK_INT(stance_of("Will the trade deal be signed?", "the trade deal", &c), NEWS_STANCE_NONE);
  CHECK_INT(stance_of("The so-called reform will hurt pensioners.", "the pension reform", &c),
            NEWS_STANCE_AGAINST);
  CHECK_STR(c, "framing:so-called mention:reform evaluation:hurt");
  CHECK_INT(
      stance_of("Officials declined to say whether the curfew would be lifted.", "the curfew", &c),
      NEWS_STANCE_NONE);
}

static void test_json(void) {
  news_target *t = target("talks");
  news_doc *d = parse("Iran will “never” negotiate.");
  news_stance_result r;
  news_stance_result_init(&r);
  CHECK_INT(news_stance_range(eng, t, d, 0, 0, d->ntok, &r), NEWS_OK);
  char *json = NULL;
  size_t n = 0;
  CHECK_INT(news_stance_json(eng, d, &r, t, 0, &json, &n), NEWS_OK);
  CHECK_STR(json, "{\"label\":\"against\",\"score\":-1,\"lean\":0,\"reason\":\"cues\","
                  "\"target\":\"talks\",\"cues\":[{\"kind\":\"negation\",\"words\":\"never\","
                  "\"start\":12,\"length\":5,\"polarity\":-1,\"weight\":1,\"lemma\":\"never\","
                  "\"scope\":{\"words\":\"” negotiate\",\"start\":17,\"length\":11}},"
                  "{\"kind\":\"mention\",\"words\":\"negotiate\",\"start\":19,\"length\":9,"
                  "\"weight\":1}]}");
  CHECK_INT(n, strlen(json));
  news_engine_mfree(eng, json);
  news_stance_result_clear(eng, &r);
  news_doc_free(d);
  news_target_free(eng, t);
  CHECK_STR(news_stance_label_name(NEWS_STANCE_FAVOR), "favor");
  CHECK_STR(news_stance_why_name(NEWS_STANCE_WHY_WITHHELD), "withheld");
  CHECK_STR(news_stance_kind_name(NEWS_CUE_LITOTES), "litotes");
}

/* Time grows with the text, not faster: 8 times the text in well under 30
** times the time (a loose bound, for shared machines and sanitizers). */
static double time_for(const news_target *t, size_t copies) {
  const char *unit = "Talks? Never. The minister said on Monday, however, that the door to "
                     "talks was not closed, but would not say whether talks would resume. ";
  size_t len = strlen(unit);
  char *text = malloc(len * copies + 1);
  for (size_t i = 0; i < copies; i++) memcpy(text + i * len, unit, len);
  text[len * copies] = 0;
  news_doc *d = parse(text);
  news_stance_result r;
  news_stance_result_init(&r);
  clock_t c0 = clock();
  CHECK_INT(news_stance_range(eng, t, d, 0, 0, d->ntok, &r), NEWS_OK);
  clock_t c1 = clock();
  CHECK(r.ncue > copies);
  news_stance_result_clear(eng, &r);
  news_doc_free(d);
  free(text);
  return (double)(c1 - c0) / CLOCKS_PER_SEC;
}

static void test_linear_time(void) {
  news_target *t = target("talks");
  time_for(t, 500); /* warm */
  double small = time_for(t, 2000), large = time_for(t, 16000);
  CHECK(large < 30 * (small + 0.002));
  news_target_free(eng, t);
}

/* Every allocation in turn fails: NEWS_NOMEM and nothing leaked. The lexicon
** build is sampled (it makes thousands of allocations); compilation, the
** range call and JSON are tried exhaustively on a warm engine. */
static void test_out_of_memory(void) {
  for (long n = 1;; n += 97) {
    check_alloc.count = 0;
    check_alloc.fail_at = n;
    news_engine *e = news_engine_new(&check_allocator);
    news_target *t = NULL;
    int rc = e ? news_target_compile(e, "a ceasefire", 11, &t) : NEWS_NOMEM;
    check_alloc.fail_at = 0;
    news_target_free(e, t);
    news_engine_free(e);
    if (rc == NEWS_OK) break;
    CHECK_INT(rc, NEWS_NOMEM);
    if (n > 200000) {
      CHECK(!"allocation count did not converge");
      break;
    }
  }
  const char *text = "Hamas said it would never accept a truce. “The door is not closed,” "
                     "an envoy said, but Israel rejected calls for a ceasefire.";
  for (long n = 1;; n++) {
    news_target *t = NULL;
    news_doc *d = NULL;
    news_stance_result r;
    char *json = NULL;
    news_stance_result_init(&r);
    check_alloc.count = 0;
    check_alloc.fail_at = n;
    int rc = news_target_compile(eng, "a ceasefire in Gaza", 19, &t);
    if (rc == NEWS_OK) rc = news_doc_parse(eng, text, strlen(text), &d);
    if (rc == NEWS_OK) rc = news_stance_range(eng, t, d, 0, 0, d->ntok, &r);
    if (rc == NEWS_OK) rc = news_stance_json(eng, d, &r, t, 0, &json, NULL);
    check_alloc.fail_at = 0;
    if (rc == NEWS_OK)
      CHECK_INT(r.label, NEWS_STANCE_AGAINST);
    else
      CHECK_INT(rc, NEWS_NOMEM);
    news_engine_mfree(eng, json);
    news_stance_result_clear(eng, &r);
    news_doc_free(d);
    news_target_free(eng, t);
    if (rc == NEWS_OK) break;
    if (n > 5000) {
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
  news_target *warm = target("lexicons are built on first use"); /* not a leak of the first test */
  news_target_free(eng, warm);
  settle();
  check_settle = settle;
  static const check_test tests[] = {
      {"target_compilation", test_target_compilation},
      {"matching", test_matching},
      {"negation_and_scope", test_negation_and_scope},
      {"range_and_context", test_range_and_context},
      {"quote_with_attribution", test_quote_with_attribution},
      {"conditions_and_pressure", test_conditions_and_pressure},
      {"idioms_questions_framing", test_idioms_questions_framing},
      {"json", test_json},
      {"linear_time", test_linear_time},
      {"out_of_memory", test_out_of_memory},
  };
  int rc = check_run("test_stance", tests, sizeof tests / sizeof tests[0]);
  news_engine_free(eng);
  return rc;
}
