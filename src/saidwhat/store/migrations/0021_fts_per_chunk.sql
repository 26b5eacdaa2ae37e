-- A new quote's full-text row is written by the store once a transaction, for every quote that
-- transaction stored (store.db.index_quotes), instead of by a trigger on each INSERT INTO quotes.
-- FTS5 flushes its pending terms to a new segment at every statement savepoint of a transaction
-- that has written to it, so with the trigger each quote's entity, figure and mention rows
-- flushed the quote before: a segment a quote, then merged. Issue 17 (ingest throughput): over
-- the BBC corpus that was about half of storing's CPU. Updates and deletes keep their triggers.
DROP TRIGGER IF EXISTS quotes_fts_insert;  -- IF EXISTS: a store rebuilt at an older schema by the tests lacks it
