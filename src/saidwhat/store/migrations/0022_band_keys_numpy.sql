-- The LSH band keys change (issue 17, part 6: linking cheap). A band's key was a blake2b
-- digest of its MinHash values, one Python call a band and window (530k a link of the BBC
-- corpus); it is now a 64-bit mix of the same values worked out by numpy for an article's
-- windows at once (across.signatures.band_key_array). The buckets are the same (two windows
-- share a key when they share the band's values), their names are not: every stored band row
-- is dropped, and each statement is noted here to be banded again, from its wordings, by the
-- next link (across.link._reband), a batch a transaction, before it files any new quote.
DELETE FROM statement_bands;

CREATE TABLE across_band_stale (
    statement_id INTEGER PRIMARY KEY       -- a statement whose band rows are yet to be written again
);
INSERT INTO across_band_stale (statement_id) SELECT id FROM statements;
