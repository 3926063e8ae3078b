-- sql/demo_report.sql: what sqlite-news finds in the sample corpus.
-- `make demo` runs it on demo.db (built from sql/demo.sql), from the
-- repository root:   sqlite3 demo.db < sql/demo_report.sql
--
-- One section per capability, each a plain query over `articles`. To add a
-- capability, fill in its section below (the commented queries show the
-- intended shape) and keep the same .print heading style.

.load ./news
.mode box --wrap 60 --wordwrap on
.headers on

.print
SELECT 'sqlite-news ' || news_version() AS extension,
       count(*) AS articles,
       sum(length(body)) AS characters
  FROM articles;

-- ---------------------------------------------------------------------------
-- Sentences and paragraphs (news_sentences).
.print
.print Articles, with the sentences and paragraphs news_sentences finds in each body
SELECT a.id, a.outlet, a.published, a.title,
       count(*) AS sentences,
       max(s.paragraph) AS paragraphs
  FROM articles a, news_sentences(a.body) s
 GROUP BY a.id
 ORDER BY a.id;

.print
.print The first three sentences of each article (web boilerplate included: the engine sees it too)
SELECT id, para, start, length, sentence
  FROM (SELECT a.id, s.paragraph AS para, s.start, s.length, s.sentence,
               row_number() OVER (PARTITION BY a.id ORDER BY s.start) AS n
          FROM articles a, news_sentences(a.body) s)
 WHERE n <= 3
 ORDER BY id, start;

.print
.print Titles and initials that do not end a sentence (Brig.-Gen., Lt. Col., Sen., U.S., Carol M.)
-- The markers are a table joined in, not an OR of GLOBs: an OR over a
-- news_sentences column makes SQLite 3.40 probe the OR terms on their own,
-- and news_sentences refuses a plan without its text argument.
WITH marker(m) AS (VALUES ('Brig.-Gen. '), ('Lt. Col. '), ('Sen. '), ('U.S. '), ('Carol M. '))
SELECT DISTINCT a.id, s.start, s.sentence
  FROM articles a, news_sentences(a.body) s, marker
 WHERE instr(s.sentence, m) > 0
 ORDER BY a.id, s.start;

.print
.print Positions: substr(body, start, length) gives back each sentence exactly
SELECT count(*) AS sentences,
       sum(substr(a.body, s.start, s.length) = s.sentence) AS exact
  FROM articles a, news_sentences(a.body) s;

-- ---------------------------------------------------------------------------
-- Quotes and speakers (news_quotes, news_speakers, news_speaker_key; issue 3).
-- Shape, once registered:
--   .print
--   .print Who said what
--   SELECT a.id, q.speaker, q.role, q.cue, q.via, q.said_on, q.kind, q.quote
--     FROM articles a, news_quotes(a.body, a.published) q
--    ORDER BY a.id, q.start;
--   .print
--   .print One person under several spellings (Mohammad / Muhammad / Mohammed Rahbari)
--   SELECT news_speaker_key(q.speaker) AS key, group_concat(DISTINCT q.speaker) AS spelled,
--          count(DISTINCT a.id) AS articles, count(*) AS quotes
--     FROM articles a, news_quotes(a.body, a.published) q
--    GROUP BY key HAVING count(DISTINCT a.id) > 1;

-- ---------------------------------------------------------------------------
-- Dates (news_dates; issue 4). Shape, once registered:
--   .print
--   .print When: relative dates resolved against the publication date
--   SELECT a.id, a.published, d.phrase, d.type, d.value, d.mod, d.begin, d.end
--     FROM articles a, news_dates(a.body, a.published) d
--    ORDER BY a.id, d.start;

-- ---------------------------------------------------------------------------
-- Stance (news_stance, and news_quotes' stance column; issue 5). Shape, once
-- registered, for a target such as 'negotiations over Iran''s missile programme':
--   .print
--   .print Each speaker's stance toward talks on the missile programme
--   SELECT q.speaker, group_concat(DISTINCT q.stance) AS stance, count(*) AS quotes
--     FROM articles a,
--          news_quotes(a.body, a.published, 'negotiations over Iran''s missile programme') q
--    WHERE q.stance <> 'none'
--    GROUP BY news_speaker_key(q.speaker);
