/*
** stance_sql.c: the stance tagger as SQL functions.
**
**   SELECT news_stance('Tehran will never negotiate over its missiles.',
**                      'negotiations over Iran''s missile programme');      -- 'against'
**   SELECT news_stance_explain(body, 'a ceasefire in Gaza') FROM articles;  -- JSON
**
** news_stance(text, target [, context]) -> 'favor' | 'against' | 'none'
** news_stance_explain(text, target [, context]) -> JSON text: label, score, reason
**   (cues / no_target / no_cue / withheld / weak), the target as compiled, and
**   the cues that decided it, each with kind, words, 1-based character start
**   and length in `text`, polarity, weight, lexicon lemma, and for a negation
**   its scope. See ext/stance/explain.c.
**
** `context` (optional) is text that comes before `text`, e.g. the article up to
** the sentence holding a quote: it is searched only for mentions of the
** target, so that a sentence that does not name the target can still be read
** as speaking of it ("The door is open," he said.). NULL context = none.
**
** NULL text or target gives NULL; a BLOB is an error ("news_stance: text must
** be TEXT", "news_stance: target must be TEXT"); a target with no content
** words is an error ("news_stance: target has no content words").
**
** A speaker's stance in an article: each quote read with the sentence it
** stands in (news_quotes' `stance` column, or news_stance on that sentence
** with the article before it as context), then per speaker: favor when more
** of their quotes are for than against, against when more are against,
** otherwise none (no quote bears on the target, or as many each way):
**
**   SELECT speaker,
**          CASE WHEN sum(stance = 'favor') > sum(stance = 'against') THEN 'favor'
**               WHEN sum(stance = 'against') > sum(stance = 'favor') THEN 'against'
**               ELSE 'none' END AS stance,
**          sum(stance = 'favor') AS for_quotes, sum(stance = 'against') AS against_quotes
**     FROM articles a, news_quotes(a.body, a.published, 'a ceasefire in Gaza') q
**    WHERE a.id = ?
**    GROUP BY speaker;
**
** HOW IT WORKS: the target is compiled once per statement and kept with
** sqlite3_set_auxdata (as ext/misc/regexp.c keeps its pattern), together with
** a result buffer reused row after row; the text is parsed once per
** connection cache entry (shared with news_sentences and the other news_*
** functions).
*/
#include "news_sql.h"

#include <stdio.h>
#include <string.h>

/* What a statement keeps for a constant target. */
typedef struct stance_aux {
  news_conn *conn;
  news_target *target;
  news_stance_result result;
} stance_aux;

static void aux_free(void *p) {
  stance_aux *a = p;
  news_engine *eng = news_conn_engine(a->conn);
  news_target_free(eng, a->target);
  news_stance_result_clear(eng, &a->result);
  news_conn_unref(a->conn);
  sqlite3_free(a);
}

static void stance_run(sqlite3_context *ctx, int argc, sqlite3_value **argv, int explain) {
  news_conn *conn = sqlite3_user_data(ctx);
  news_engine *eng = news_conn_engine(conn);
  const char *name = explain ? "news_stance_explain" : "news_stance";
  const char *text, *target;
  size_t len, tlen;
  enum news_arg a0 = news_arg_text(argv[0], &text, &len);
  enum news_arg a1 = news_arg_text(argv[1], &target, &tlen);
  char msg[96];
  if (a0 == NEWS_ARG_BLOB || a1 == NEWS_ARG_BLOB) {
    snprintf(msg, sizeof msg, "%s: %s must be TEXT", name, a0 == NEWS_ARG_BLOB ? "text" : "target");
    sqlite3_result_error(ctx, msg, -1);
    return;
  }
  if (a0 == NEWS_ARG_NULL || a1 == NEWS_ARG_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  stance_aux *aux = sqlite3_get_auxdata(ctx, 1);
  int fresh = 0;
  if (!aux) {
    aux = sqlite3_malloc64(sizeof *aux);
    if (!aux) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    memset(aux, 0, sizeof *aux);
    news_conn_ref(conn);
    aux->conn = conn;
    news_stance_result_init(&aux->result);
    fresh = 1;
    int rc = news_target_compile(eng, target, tlen, &aux->target);
    if (rc != NEWS_OK) {
      aux_free(aux);
      if (rc == NEWS_NOMEM) {
        sqlite3_result_error_nomem(ctx);
        return;
      }
      snprintf(msg, sizeof msg, "%s: %s", name,
               rc == NEWS_TOOBIG ? "target is too long" : "target has no content words");
      sqlite3_result_error(ctx, msg, -1);
      return;
    }
  }
  /* With a context, text and context are parsed as one document, context
  ** first, a paragraph apart; only the tokens of `text` are read for cues. */
  const char *ctxt = NULL;
  size_t clen = 0;
  char *joined = NULL;
  if (argc > 2 && news_arg_text(argv[2], &ctxt, &clen) == NEWS_ARG_BLOB) {
    snprintf(msg, sizeof msg, "%s: context must be TEXT", name);
    sqlite3_result_error(ctx, msg, -1);
    if (fresh) sqlite3_set_auxdata(ctx, 1, aux, aux_free);
    return;
  }
  const char *nul = clen ? memchr(ctxt, 0, clen) : NULL;
  if (nul) clen = (size_t)(nul - ctxt);
  nul = len ? memchr(text, 0, len) : NULL;
  if (nul) len = (size_t)(nul - text);
  size_t base = 0;
  if (clen) {
    joined = sqlite3_malloc64(clen + 2 + len + 1);
    if (!joined) {
      sqlite3_result_error_nomem(ctx);
      if (fresh) sqlite3_set_auxdata(ctx, 1, aux, aux_free);
      return;
    }
    memcpy(joined, ctxt, clen);
    memcpy(joined + clen, "\n\n", 2);
    if (len) memcpy(joined + clen + 2, text, len);
    base = clen + 2;
    text = joined;
    len += base;
  }
  news_text *nt = NULL;
  int rc = news_text_get(conn, text, len, &nt);
  size_t first = 0, chr_base = 0;
  if (rc == SQLITE_OK) {
    const news_doc *d = nt->doc;
    while (first < d->ntok && d->tok[first].byte < base) first++;
    chr_base = base ? news_chr_count(d->text, base) : 0;
    rc = news_sqlite_rc(
        news_stance_range(eng, aux->target, d, 0, first, d->ntok - first, &aux->result));
  }
  if (rc == SQLITE_OK && !explain) {
    sqlite3_result_text(ctx, news_stance_label_name(aux->result.label), -1, SQLITE_STATIC);
  } else if (rc == SQLITE_OK) {
    char *json = NULL;
    size_t n = 0;
    rc = news_sqlite_rc(
        news_stance_json(eng, nt->doc, &aux->result, aux->target, chr_base, &json, &n));
    if (rc == SQLITE_OK) sqlite3_result_text64(ctx, json, n, SQLITE_TRANSIENT, SQLITE_UTF8);
    news_engine_mfree(eng, json);
  }
  sqlite3_free(joined);
  news_text_release(nt);
  if (rc == SQLITE_NOMEM)
    sqlite3_result_error_nomem(ctx);
  else if (rc == SQLITE_TOOBIG)
    sqlite3_result_error_toobig(ctx);
  else if (rc != SQLITE_OK)
    sqlite3_result_error_code(ctx, rc);
  /* Kept for the next row when the target is constant; freed now otherwise
  ** (sqlite3_set_auxdata calls aux_free at once when it cannot keep it). */
  if (fresh) sqlite3_set_auxdata(ctx, 1, aux, aux_free);
}

static void stance_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  stance_run(ctx, argc, argv, 0);
}

static void explain_func(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  stance_run(ctx, argc, argv, 1);
}

int news_stance_sql_init(sqlite3 *db, news_conn *c) {
  static const struct {
    const char *name;
    int nargs;
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
  } fns[] = {{"news_stance", 2, stance_func},
             {"news_stance", 3, stance_func},
             {"news_stance_explain", 2, explain_func},
             {"news_stance_explain", 3, explain_func}};
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    news_conn_ref(c);
    int rc = sqlite3_create_function_v2(db, fns[i].name, fns[i].nargs, NEWS_PURE, c, fns[i].fn,
                                        NULL, NULL, news_conn_unref);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}
