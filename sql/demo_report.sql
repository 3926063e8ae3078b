-- sql/demo_report.sql: what sqlite-news finds in the sample corpus.
-- `make demo` runs it on demo.db (built from sql/demo.sql), from the
-- repository root:   sqlite3 demo.db < sql/demo_report.sql
--
-- One section per capability, each a plain query over `articles`.

.load ./news
.mode box --wrap 60 --wordwrap on
.headers on

-- The question each article's stance section asks: a target per topic.
CREATE TEMP TABLE topic(id INTEGER PRIMARY KEY, target TEXT);
INSERT INTO topic VALUES
  (1, 'negotiations over Iran''s missile programme'), (2, 'new sanctions on Iranian missile makers'),
  (3, 'the ceasefire'), (4, 'tariffs on imported steel'), (5, 'the protest law'),
  (6, 'the dock strike'), (7, 'negotiations over Iran''s missile programme'),
  (8, 'negotiations over Iran''s missile programme'), (9, 'tariffs on farm goods'),
  (10, 'the dock strike');

.print
SELECT 'sqlite-news ' || news_version() AS extension,
       count(*) AS articles,
       sum(length(body)) AS characters
  FROM articles;

-- ---------------------------------------------------------------------------
.print
.print Articles: sentences and paragraphs (news_sentences), quotes (news_quotes), dates (news_dates)
SELECT a.id, a.outlet, a.published, a.title,
       (SELECT count(*) FROM news_sentences(a.body)) AS sentences,
       (SELECT max(paragraph) FROM news_sentences(a.body)) AS paragraphs,
       (SELECT count(*) FROM news_quotes(a.body, a.published)) AS quotes,
       (SELECT count(*) FROM news_dates(a.body, a.published)) AS dates
  FROM articles a
 ORDER BY a.id;

-- ---------------------------------------------------------------------------
.print
.print Who said what, when, and which way on the article's topic (news_quotes)
SELECT a.id, q.speaker, q.role, q.said_on, q.cue, q.via, q.stance, q.kind, q.quote
  FROM articles a JOIN topic t USING (id),
       news_quotes(a.body, a.published, t.target) q
 ORDER BY a.id, q.start;

.print
.print One person under several spellings: news_speaker_key groups them across articles
SELECT news_speaker_key(q.speaker) AS key,
       group_concat(DISTINCT q.speaker) AS spelled,
       count(DISTINCT a.id) AS articles, count(*) AS quotes
  FROM articles a, news_quotes(a.body, a.published) q
 WHERE q.speaker IS NOT NULL
 GROUP BY key
HAVING count(DISTINCT q.speaker) > 1 OR count(DISTINCT a.id) > 1
 ORDER BY quotes DESC;

.print
.print Speakers of one article (news_speakers): name, role, key, quotes, first mention
SELECT s.speaker, s.role, s.key, s.quotes, s.first_start
  FROM articles a, news_speakers(a.body) s
 WHERE a.id = 1;

-- ---------------------------------------------------------------------------
.print
.print Each speaker's stance toward the article's topic: their quotes, grouped
SELECT a.id, t.target, q.speaker,
       CASE WHEN sum(q.stance = 'favor') > sum(q.stance = 'against') THEN 'favor'
            WHEN sum(q.stance = 'against') > sum(q.stance = 'favor') THEN 'against'
            ELSE 'none' END AS stance,
       sum(q.stance = 'favor') AS for_, sum(q.stance = 'against') AS against_, count(*) AS quotes
  FROM articles a JOIN topic t USING (id),
       news_quotes(a.body, a.published, t.target) q
 WHERE q.speaker IS NOT NULL
 GROUP BY a.id, q.speaker
 ORDER BY a.id, min(q.start);

.print
.print Why: the cues behind one sentence's label (news_stance_explain)
SELECT news_stance('The minister said the door to talks on the missile programme remained open.',
                   'negotiations over Iran''s missile programme') AS stance,
       news_stance_explain('The minister said the door to talks on the missile programme remained open.',
                           'negotiations over Iran''s missile programme') AS explain;

-- ---------------------------------------------------------------------------
.print
.print When: dates resolved against each article's publication date (news_dates)
SELECT a.id, a.published, d.phrase, d.type, d.value, d.mod, d.begin, d.end
  FROM articles a, news_dates(a.body, a.published) d
 WHERE a.id IN (1, 2, 6)
 ORDER BY a.id, d.start;

-- ---------------------------------------------------------------------------
.print
.print Positions: substr(body, start, length) gives back every sentence, quote and date exactly
SELECT (SELECT count(*) || ' of ' || count(*) FROM articles a, news_sentences(a.body) s
         WHERE substr(a.body, s.start, s.length) = s.sentence) AS sentences,
       (SELECT sum(substr(a.body, q.start, q.length) = q.quote) || ' of ' || count(*)
          FROM articles a, news_quotes(a.body, a.published) q) AS quotes,
       (SELECT sum(substr(a.body, d.start, d.length) = d.phrase) || ' of ' || count(*)
          FROM articles a, news_dates(a.body, a.published) d) AS dates;
