/*
** test_quotes.c: unit tests of the quotes engine (ext/quotes/), with no
** SQLite involved. Each test is a short article written for the test, in
** the style the project serves, and asserts the exact rows: one line per
** quote, "kind|speaker|mention|cue|via|quote".
*/
#include "check.h"

static news_engine *eng;

/* The rows of a text, one per line. */
static const char *rows_of(const char *text) {
  static char out[16384];
  size_t w = 0;
  news_doc *d = NULL;
  out[0] = 0;
  if (news_doc_parse(eng, text, strlen(text), &d) != NEWS_OK) return "parse failed";
  news_quotes *qs = NULL;
  if (news_quotes_extract(d, &qs) != NEWS_OK) {
    news_doc_free(d);
    return "extract failed";
  }
  for (size_t i = 0; i < qs->n && w + 1024 < sizeof out; i++) {
    const news_quote *q = &qs->q[i];
    const news_speaker *sp = q->speaker >= 0 ? &qs->spk[q->speaker] : NULL;
    const char *mention = q->mention_tok == NEWS_NONE ? "" : d->text + d->tok[q->mention_tok].byte;
    int nmention = q->mention_tok == NEWS_NONE
                       ? 0
                       : (int)(news_tok_end(d, q->mention_tok + q->mention_ntok - 1) -
                               d->tok[q->mention_tok].byte);
    const char *via = q->via_tok == NEWS_NONE ? "" : d->text + d->tok[q->via_tok].byte;
    int nvia = q->via_tok == NEWS_NONE
                   ? 0
                   : (int)(news_tok_end(d, q->via_tok + q->via_ntok - 1) - d->tok[q->via_tok].byte);
    w += (size_t)snprintf(out + w, sizeof out - w, "%s|%.*s|%.*s|%s|%.*s|%.*s\n",
                          news_quote_kind_name(q->kind), sp ? (int)sp->nname : 0,
                          sp ? sp->name : "", nmention, mention, q->cue ? q->cue : "", nvia, via,
                          (int)q->nbyte, d->text + q->byte);
  }
  news_quotes_free(eng, qs);
  news_doc_free(d);
  return out;
}

static void test_direct_quotes(void) {
  /* speaker after the quote, before or after the verb, with appositives; a
  ** split quote; a short quote continuing the speaker; the splitter's break
  ** after “…?” */
  CHECK_STR(rows_of("“We will not give in,” Interior Minister Sami Haddad said on Sunday. "
                    "“Not now.”\n\n"
                    "“The border stays closed,” said Nour el-Khatib, a spokeswoman for the "
                    "ministry. “Trucks will wait,” she added, “until the inspections end.”\n\n"
                    "“Who pays for this?” Haddad asked. “We do.”"),
            "direct|Sami Haddad|Sami Haddad|say||We will not give in,\n"
            "direct|Sami Haddad||say||Not now.\n"
            "direct|Nour el-Khatib|Nour el-Khatib|say||The border stays closed,\n"
            "direct|Nour el-Khatib|she|add||Trucks will wait,\n"
            "direct|Nour el-Khatib|she|add||until the inspections end.\n"
            "direct|Sami Haddad|Haddad|ask||Who pays for this?\n"
            "direct|Sami Haddad||ask||We do.\n");
}

static void test_quote_introduced(void) {
  /* "X said:" at the end of a paragraph; a quote running over paragraphs
  ** (the open paragraph is one row, the continuation another); "X told
  ** OUTLET," before the mark */
  CHECK_STR(rows_of("At the rally, party leader Ines Marques said:\n\n"
                    "“We were told to wait. We waited ten years.\n\n"
                    "“Now we will vote.”\n\n"
                    "Her rival, Rui Falcao, told Lusa, “The polls say otherwise.”"),
            "direct|Ines Marques|Ines Marques|say||We were told to wait. We waited ten years.\n"
            "direct|Ines Marques||say||Now we will vote.\n"
            "direct|Rui Falcao|Rui Falcao|tell|Lusa|The polls say otherwise.\n");
  /* the attribution after the continuation covers the open paragraph too */
  CHECK_STR(rows_of("“Prices doubled in a month. Families cannot keep up.\n\n"
                    "“We need help now,” said Karin Olsen, who runs a food bank in Bergen."),
            "direct|Karin Olsen||say||Prices doubled in a month. Families cannot keep up.\n"
            "direct|Karin Olsen|Karin Olsen|say||We need help now,\n");
}

static void test_reported_speech(void) {
  CHECK_STR(rows_of("The central bank will lift rates again in May, Governor Paul Ndlovu "
                    "said on Tuesday.\n\n"
                    "Ndlovu told reporters that inflation was “far too high” and said the bank "
                    "would act.\n\n"
                    "Growth will slow, said Amara Diallo, an economist at Zenith Capital.\n\n"
                    "The finance ministry said in a statement that the budget was on track, "
                    "adding that no new taxes were planned."),
            "indirect|Paul Ndlovu|Paul Ndlovu|say||The central bank will lift rates again in "
            "May\n"
            "mixed|Paul Ndlovu|Ndlovu|tell||inflation was “far too high”\n"
            "indirect|Paul Ndlovu||say||the bank would act\n"
            "indirect|Amara Diallo|Amara Diallo|say||Growth will slow\n"
            "indirect|finance ministry|The finance ministry|say||the budget was on track\n"
            "indirect|finance ministry||add||no new taxes were planned\n");
}

static void test_described_and_complements(void) {
  /* a fragment after a describing verb is a mixed quote; an object and its
  ** complement; an infinitive */
  CHECK_STR(rows_of("Opposition leader Vera Kostic called the vote “a farce” and accused the "
                    "commission of hiding ballots. She urged her supporters to stay calm."),
            "mixed|Vera Kostic|Vera Kostic|call||a farce\n"
            "indirect|Vera Kostic||accuse||the commission of hiding ballots\n"
            "indirect|Vera Kostic|She|urge||to stay calm\n");
}

static void test_according_to_and_quoted_by(void) {
  CHECK_STR(rows_of("According to Mayor Lena Fischer, the bridge will reopen in June.\n\n"
                    "Two workers were injured, according to a statement from the Transport "
                    "Ministry.\n\n"
                    "Brig.-Gen. Omid Karimi-Rad, a deputy commander of the navy, was quoted by "
                    "Fars as saying that exercises would begin on Friday.\n\n"
                    "“Our ships are ready,” the official Vesti news agency quoted Karimi-Rad "
                    "as saying.\n\n"
                    "Karimi-Rad said the drills were defensive, according to Reuters."),
            "indirect|Lena Fischer|Lena Fischer|according to||the bridge will reopen in June\n"
            "indirect|Transport Ministry|Transport Ministry|according to||Two workers were "
            "injured\n"
            "indirect|Omid Karimi-Rad|Omid Karimi-Rad|quote|Fars|exercises would begin on "
            "Friday\n"
            "direct|Omid Karimi-Rad|Karimi-Rad|quote|Vesti news agency|Our ships are ready,\n"
            "indirect|Omid Karimi-Rad|Karimi-Rad|say|Reuters|the drills were defensive\n");
}

static void test_headlines(void) {
  CHECK_STR(rows_of("Ceasefire talks 'not on the agenda': FM\n\nBody text follows here."),
            "mixed|FM|FM|||Ceasefire talks 'not on the agenda'\n");
  CHECK_STR(rows_of("Port strike to end on Friday, union says\n\nBody text follows here."),
            "indirect|union|union|say||Port strike to end on Friday\n");
  CHECK_STR(rows_of("Kremlin says sanctions will backfire\n\nBody text follows here."),
            "indirect|Kremlin|Kremlin|say||sanctions will backfire\n");
}

static void test_coreference(void) {
  /* pronouns and surnames to the fullest name; a description named later;
  ** "the minister" to the person with that role; a relative "who"; gender
  ** keeps "she" off "Mr. Baker" */
  CHECK_STR(rows_of("A senior Treasury official said the sanctions would stay. The official, "
                    "Deputy Secretary Helen Marsh, told reporters the decision was final.\n\n"
                    "Energy Minister Tomas Reyes-Vidal said exports had fallen. The minister "
                    "said prices would rise.\n\n"
                    "Her lawyer, Dr. Anna Berg, said Mr. Baker had lied. “He knew,” she said.\n\n"
                    "The offer came from envoy Li Wen, who said it would expire on Monday."),
            "indirect|Helen Marsh|A senior Treasury official|say||the sanctions would stay\n"
            "indirect|Helen Marsh|Helen Marsh|tell||the decision was final\n"
            "indirect|Tomas Reyes-Vidal|Tomas Reyes-Vidal|say||exports had fallen\n"
            "indirect|Tomas Reyes-Vidal|The minister|say||prices would rise\n"
            "indirect|Anna Berg|Anna Berg|say||Mr. Baker had lied\n"
            "direct|Anna Berg|she|say||He knew,\n"
            "indirect|Li Wen|who|say||it would expire on Monday\n");
}

static void test_titles_and_roles(void) {
  news_doc *d = NULL;
  const char *text = "Lt. Col. Dana Ofir, the army's spokeswoman, said the unit had withdrawn. "
                     "Foreign Ministry spokesman Ali Rezaei said talks would resume.";
  CHECK_INT(news_doc_parse(eng, text, strlen(text), &d), NEWS_OK);
  news_quotes *qs = NULL;
  CHECK_INT(news_quotes_extract(d, &qs), NEWS_OK);
  CHECK_INT(qs->n, 2);
  CHECK_INT(qs->nspk, 2);
  if (qs->nspk == 2) {
    CHECK(qs->spk[0].nname == 9 && memcmp(qs->spk[0].name, "Dana Ofir", 9) == 0);
    CHECK(qs->spk[0].nrole == 18 && memcmp(qs->spk[0].role, "army's spokeswoman", 18) == 0);
    CHECK(qs->spk[1].nname == 10 && memcmp(qs->spk[1].name, "Ali Rezaei", 10) == 0);
    CHECK(qs->spk[1].nrole == 26 && memcmp(qs->spk[1].role, "Foreign Ministry spokesman", 26) == 0);
    CHECK_INT(qs->spk[0].nquotes, 1);
    CHECK_INT(qs->spk[0].first_chr, 9);
  }
  news_quotes_free(eng, qs);
  news_doc_free(d);
}

static void test_guards(void) {
  /* scare quotes, a quoted title, a nickname, page furniture, "declined to
  ** say", a stray unclosed mark in a comment widget: no rows */
  CHECK_STR(rows_of("The deal, a so-called “grand bargain”, collapsed. The daily Sabah ran an "
                    "editorial under the headline “Enough Is Enough”. Coach Robert “Bobby” "
                    "Lind declined to say whether he would resign. He did not say when.\n\n"
                    "Photo: Fans outside the stadium. (AFP)\n\n"
                    "Read more: “Lind out” trends online\n\n"
                    "Comments\n\nfan_99: “worst season ever"),
            "");
  /* titles: a show after an outlet's possessive, a slogan in title case, a
   ** linked headline signed "by" its author */
  CHECK_STR(rows_of("“We will release the records,” Sen. Ada Price said on the channel’s “Sunday "
                    "Review” on Sunday. The crowd chanted “Save Our Valley Now.”\n\n"
                    "MUST READ — “Town to close its last library,” by Times' Ben Hale."),
            "direct|Ada Price|Ada Price|say||We will release the records,\n");
  /* a quote a speaker's cue governs is a mixed quote even when short */
  CHECK_STR(rows_of("The coach dismissed the report as “nonsense.”"),
            "mixed|coach|The coach|dismiss||nonsense.\n");
}

static void test_signoffs_and_openers(void) {
  /* quotes signed by their speaker; an opening phrase is no reported
  ** clause, the words after an interleaved attribution are; a quote in an
  ** appositive; "said of"; plural nouns and compounds are no cues */
  CHECK_STR(rows_of("Readers on the strike\n\n"
                    "“The trains have not run for a week. My shop is empty.” ― Marta "
                    "Kowalczyk, Gdansk\n\n"
                    "“We support the drivers, but enough is enough.” ― Piotr Zielinski\n\n"
                    "In his speech, Prime Minister Jan Nowak argued that the strike was "
                    "illegal.\n\n"
                    "In the end, the union's leader said, the drivers will decide.\n\n"
                    "Flood-related claims rose. The other claims circulating on Tuesday are "
                    "false.\n\n"
                    "“Who pays for the damage?” Nowak said of the rail company on Monday.\n\n"
                    "Union leader Adam Wrona, wearing a cap with the slogan “Fair Pay,” said "
                    "the talks had collapsed."),
            "direct|Marta Kowalczyk|Marta Kowalczyk|||The trains have not run for a week. My shop "
            "is empty.\n"
            "direct|Piotr Zielinski|Piotr Zielinski|||We support the drivers, but enough is "
            "enough.\n"
            "indirect|Jan Nowak|Jan Nowak|argue||the strike was illegal\n"
            "indirect|union's leader|the union's leader|say||the drivers will decide\n"
            "direct|Jan Nowak|Nowak|say||Who pays for the damage?\n"
            "indirect|Adam Wrona|Adam Wrona|say||the talks had collapsed\n");
}

static void test_organisations(void) {
  /* "the company" after a body named in an appositive; an agency in lower
  ** case; a possessor keeps its person; descriptions with "from", "familiar
  ** with" */
  CHECK_STR(rows_of("Airline to cut 3,000 jobs\n\n"
                    "FRANKFURT (dpa) — Germany's second-largest airline, Nordwind, will cut "
                    "3,000 jobs by next year, the company said on Monday.\n\n"
                    "Its pilots' chairman, Stefan Maurer, told dpa the cuts were unfair.\n\n"
                    "Minister Julia Brandt's office said the government was in contact with "
                    "the company. Brandt wrote on X that she expected restraint.\n\n"
                    "Ground staff will be hit hardest, according to two people familiar with "
                    "the plan. Officials from the works council say they were not consulted."),
            "indirect|Nordwind|the company|say||Germany's second-largest airline, Nordwind, will "
            "cut 3,000 jobs by next year\n"
            "indirect|Stefan Maurer|Stefan Maurer|tell|dpa|the cuts were unfair\n"
            "indirect|office|office|say||the government was in contact with the company\n"
            "indirect|Julia Brandt|Brandt|write||she expected restraint\n"
            "indirect|two people familiar with the plan|two people familiar with the "
            "plan|according to||Ground staff will be hit hardest\n"
            "indirect|Officials from the works council|Officials from the works council|say||they "
            "were not consulted\n");
}

static void test_joint_and_cited(void) {
  /* two names, one source; a possessive inside an organisation's name; a
  ** parenthetical between subject and verb; "cited X as saying"; British
  ** single marks */
  CHECK_STR(rows_of("Britain and Norway said on Friday they had agreed new quotas. The "
                    "environment ministry, in a statement, said the deal would hold.\n\n"
                    "‘This is a good day,’ Fisheries Minister Alan Pryce told the BBC.\n\n"
                    "The Scottish Fishermen's Federation said it would study the text. The "
                    "Daily Telegraph cited a senior official as saying the deal nearly failed."),
            "indirect|Britain and Norway|Britain and Norway|say||they had agreed new quotas\n"
            "indirect|environment ministry|The environment ministry|say||the deal would hold\n"
            "direct|Alan Pryce|Alan Pryce|tell|BBC|This is a good day,\n"
            "indirect|Scottish Fishermen's Federation|Scottish Fishermen's Federation|say||it "
            "would study the text\n"
            "indirect|senior official|a senior official|cite|Daily Telegraph|the deal nearly "
            "failed\n");
}

static void test_stacked_roles_and_debris(void) {
  /* several role nouns before a name; a no-break space inside the name; a
  ** nested single-mark quote; a caption and a comment widget */
  CHECK_STR(rows_of("“They told us the ‘market cannot bear it’. We have heard that before,” "
                    "union general secretary Thabo\xc2\xa0Mokoena said at a rally. “Our members "
                    "will decide next week.”\n\n"
                    "(Photo: Miners near a shaft, where workers said conditions were worse.)\n\n"
                    "Comments (4)\n\nSipho M: “the owners never learn"),
            "direct|Thabo Mokoena|Thabo\xc2\xa0Mokoena|say||They told us the ‘market cannot bear "
            "it’. We have heard that before,\n"
            "direct|Thabo Mokoena||say||Our members will decide next week.\n");
}

static void test_nyt_marks(void) {
  /* two apostrophes as both marks, the NYT's convention */
  CHECK_STR(rows_of("''We are not leaving,'' Mr. Ortiz said. ''Not this year.''"),
            "direct|Ortiz|Ortiz|say||We are not leaving,\n"
            "direct|Ortiz||say||Not this year.\n");
}

static void test_attachment_points(void) {
  /* said_on reads the date at the cue token; stance reads the context range */
  const char *text = "Headline without a source\n\n"
                     "Officials met in Geneva. Prime Minister Ruth Adler said on Monday that "
                     "the talks had failed. It rained.";
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, text, strlen(text), &d), NEWS_OK);
  news_quotes *qs = NULL;
  CHECK_INT(news_quotes_extract(d, &qs), NEWS_OK);
  CHECK_INT(qs->n, 1);
  if (qs->n == 1) {
    const news_quote *q = &qs->q[0];
    uint32_t cue = news_quote_cue_token(q), ct, cn;
    CHECK(cue != NEWS_NONE && news_tok_is(d, cue, "said"));
    CHECK(news_tok_is(d, cue + 1, "on") && news_tok_is(d, cue + 2, "monday"));
    news_quote_context(q, &ct, &cn);
    /* the context is the sentence "Prime Minister … failed." */
    CHECK(news_tok_is(d, ct, "prime"));
    CHECK(news_tok_is(d, ct + cn - 1, "."));
    CHECK(news_tok_is(d, ct + cn - 2, "failed"));
    CHECK_STR(news_quote_pattern_name(q->pattern), "SVC");
  }
  news_quotes_free(eng, qs);
  news_doc_free(d);
}

static const char *key_of(const char *name) {
  static char out[512];
  char *k = NULL;
  size_t n = 0;
  if (news_speaker_key(eng, name, strlen(name), &k, &n) != NEWS_OK) return "error";
  snprintf(out, sizeof out, "%.*s", (int)n, k);
  news_engine_mfree(eng, k);
  return out;
}

/* 1 when the two names give the same key. */
static int same_key(const char *x, const char *y) {
  char a[512];
  snprintf(a, sizeof a, "%s", key_of(x));
  return strcmp(a, key_of(y)) == 0;
}

static void test_speaker_key(void) {
  char a[512];
  snprintf(a, sizeof a, "%s", key_of("Mohammad Javad Zarif"));
  CHECK_STR(key_of("Muhammad Javad Zarif"), a);
  CHECK_STR(key_of("Mohammed Javad Zarif"), a);
  CHECK_STR(key_of("Mohammad-Javad Zarif"), a);
  CHECK_STR(key_of("Foreign Minister Mohammad Javad Zarif"), a);
  CHECK(same_key("Jazzayeri", "Jazayeri"));
  snprintf(a, sizeof a, "%s", key_of("Bahram Qassemi"));
  CHECK_STR(key_of("Bahram Ghasemi"), a);
  CHECK_STR(key_of("BAHRAM QASSEMI"), a);
  snprintf(a, sizeof a, "%s", key_of("Brig.-Gen. Hossein Salami"));
  CHECK_STR(key_of("Hussein Salami"), a);
  CHECK(same_key("Dr. José Núñez", "Jose Nunez"));
  CHECK(same_key("Zelenskyy", "Zelensky"));
  CHECK(same_key("Zelenskiy", "Zelensky"));
  CHECK_STR(key_of("the White House"), "white house");
  CHECK(same_key("Zarif's", "Zarif"));
  CHECK(same_key("Muammar Gaddafi", "Muammar Qadhafi"));
  /* different people keep different keys */
  CHECK(!same_key("Mohammad Javad Zarif", "Mohammad Bagher Ghalibaf"));
  CHECK(!same_key("Ali Larijani", "Ali Khamenei"));
  CHECK(!same_key("Tom Smith", "Tim Smith"));
  CHECK(!same_key("George W. Bush", "George H. W. Bush"));
  CHECK(!same_key("Ellen Hart", "Allan Hart"));
  CHECK(!same_key("Kim Lee", "Kim Le"));
  CHECK_STR(key_of(""), "");
}

static void test_bad_input(void) {
  /* invalid UTF-8, a NUL, marks alone, empty text: no crash, sane rows */
  CHECK_STR(rows_of(""), "");
  CHECK_STR(rows_of("\"\"\"\" '' “ ” ‘ ’ « » „"), "");
  /* a text ending in a mention, with no final punctuation */
  CHECK_STR(rows_of("The talks failed, said Ali Reza"),
            "indirect|Ali Reza|Ali Reza|say||The talks failed\n");
  CHECK_STR(rows_of("Ali Reza"), "");
  const char bad[] = "\xff\xfe \x80 \xe2\x80\x9c"
                     "A b c d,\xe2\x80\x9d he said. \xc3";
  CHECK_STR(rows_of(bad), "direct||he|say||A b c d,\n");
  /* a run-on sentence of many attributions stays linear and well-formed */
  size_t n = 40000;
  char *big = malloc(n * 12 + 1);
  for (size_t i = 0; i < n; i++) memcpy(big + i * 12, "Oxfam said, ", 12);
  big[n * 12] = 0;
  news_doc *d = NULL;
  CHECK_INT(news_doc_parse(eng, big, n * 12, &d), NEWS_OK);
  news_quotes *qs = NULL;
  CHECK_INT(news_quotes_extract(d, &qs), NEWS_OK);
  news_quotes_free(eng, qs);
  news_doc_free(d);
  free(big);
}

/* Runs the whole pipeline on `e`; NEWS_OK or the first failure. */
static int pipeline(news_engine *e, const char *text) {
  news_doc *d = NULL;
  int rc = news_doc_parse(e, text, strlen(text), &d);
  if (rc != NEWS_OK) return rc;
  news_quotes *qs = NULL;
  rc = news_quotes_extract(d, &qs);
  if (rc == NEWS_OK) {
    char *k = NULL;
    size_t nk;
    rc = news_speaker_key(e, "Brig.-Gen. Ana Ruiz", 19, &k, &nk);
    news_engine_mfree(e, k);
    news_quotes_free(e, qs);
  }
  news_doc_free(d);
  return rc;
}

static void test_out_of_memory(void) {
  /* every allocation may fail: the result is NEWS_NOMEM and nothing leaks */
  const char *text = "Minister Ana Ruiz said: “We agree. We will sign.”\n\n"
                     "The deal will hold, she said, according to Reuters. A senior official "
                     "said the talks were over. The official, John Doe, declined to comment.";
  /* building the lexicons (thousands of allocations): a failure at every
  ** 97th one */
  int built = 0;
  for (long fail = 1; !built && fail < 200000; fail += 97) {
    news_engine *e = news_engine_new(&check_allocator);
    check_alloc.count = 0;
    check_alloc.fail_at = fail;
    int rc = pipeline(e, text);
    CHECK(rc == NEWS_OK || rc == NEWS_NOMEM);
    built = rc == NEWS_OK && check_alloc.count < fail;
    check_alloc.fail_at = 0;
    news_engine_free(e);
  }
  CHECK(built);
  /* extraction on an engine whose lexicons are built: every allocation */
  news_engine *e = news_engine_new(&check_allocator);
  CHECK_INT(pipeline(e, "x"), NEWS_OK);
  int done = 0;
  for (long fail = 1; !done && fail < 100000; fail++) {
    check_alloc.count = 0;
    check_alloc.fail_at = fail;
    int rc = pipeline(e, text);
    CHECK(rc == NEWS_OK || rc == NEWS_NOMEM);
    done = rc == NEWS_OK && check_alloc.count < fail;
  }
  check_alloc.fail_at = 0;
  CHECK(done);
  news_engine_free(e);
}

static void settle(void) {
  news_engine_trim(eng);
}

int main(void) {
  eng = news_engine_new(&check_allocator);
  static const check_test tests[] = {
      {"direct_quotes", test_direct_quotes},
      {"quote_introduced", test_quote_introduced},
      {"reported_speech", test_reported_speech},
      {"described_and_complements", test_described_and_complements},
      {"according_to_and_quoted_by", test_according_to_and_quoted_by},
      {"headlines", test_headlines},
      {"coreference", test_coreference},
      {"titles_and_roles", test_titles_and_roles},
      {"guards", test_guards},
      {"signoffs_and_openers", test_signoffs_and_openers},
      {"organisations", test_organisations},
      {"joint_and_cited", test_joint_and_cited},
      {"stacked_roles_and_debris", test_stacked_roles_and_debris},
      {"nyt_marks", test_nyt_marks},
      {"attachment_points", test_attachment_points},
      {"speaker_key", test_speaker_key},
      {"bad_input", test_bad_input},
      {"out_of_memory", test_out_of_memory},
  };
  /* the engine's lexicon slots live as long as the engine: build them before
  ** the leak accounting starts */
  news_quotes *qs = NULL;
  news_doc *d = NULL;
  if (news_doc_parse(eng, "x", 1, &d) == NEWS_OK && news_quotes_extract(d, &qs) == NEWS_OK)
    news_quotes_free(eng, qs);
  news_doc_free(d);
  settle();
  check_settle = settle;
  int rc = check_run("test_quotes", tests, sizeof tests / sizeof tests[0]);
  news_engine_free(eng);
  return rc;
}
