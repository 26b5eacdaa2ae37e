-- The MinHash values change (issue 17, part 6: linking cheap). A shingle's 32-bit hash was the first
-- 4 bytes of its SHA-1, as datasketch hashes; it is now its CRC-32 (across.signatures.shingle_hashes),
-- a quarter of the CPU. Windows get other MinHash values, so other band keys: as in 0022, every stored
-- band row is dropped and each statement noted to be banded again, from its wordings, by the next link
-- (across.link._reband), a batch a transaction, before it files any new quote.
DELETE FROM statement_bands;
INSERT OR IGNORE INTO across_band_stale (statement_id) SELECT id FROM statements;
