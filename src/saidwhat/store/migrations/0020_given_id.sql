-- The id a source record gave its article (a JSONL or Parquet record's "id"), kept beside the
-- store's own id (issue 15, part 5: one article id everywhere). Every output names an article by
-- articles.id, the id derived from its URL or text (store/identity.py), which is also what
-- `saidwhat extract` prints; `show` and the API find an article by either. Articles stored
-- before this migration keep NULL: their records' ids were never stored.
ALTER TABLE articles ADD COLUMN given_id TEXT;
CREATE INDEX articles_given_id ON articles(given_id) WHERE given_id IS NOT NULL;
