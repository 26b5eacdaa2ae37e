-- The LSH bands, fewer and kept apart by who owns the statement (issue 17, part 6: linking cheap).
--
-- 1. A named speaker's sentence finds its own statements by scanning them (across.link:
--    the speaker's few hundred wordings), and asks the bands only for the statements of
--    unnamed speakers it may share ("a White House official" printing the same long words).
--    Those are a quarter of the statements: with the owner's kind first in the key, their
--    rows sit together at one end of the B-tree, and such a lookup reads those pages alone.
--    unnamed: 1 when the statement's speaker_id starts with "?" (no speaker known).
-- 2. A window is banded under 7 bands of 3 MinHash values (across.link.STORE_BANDS) instead
--    of datasketch's 14 of 4: half the rows to write and look up, with as many candidates
--    near the 0.5 threshold. The keys differ, so the bands are made again: every statement
--    is noted stale, and the next link bands it from its wordings (across.link._refresh_statements,
--    as migration 0012 did), its flags worked out again.
CREATE TABLE statement_bands_0019 (
    unnamed      INTEGER NOT NULL,
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    band         INTEGER NOT NULL,
    PRIMARY KEY (unnamed, key, statement_id)
) WITHOUT ROWID;
DROP TABLE statement_bands;
ALTER TABLE statement_bands_0019 RENAME TO statement_bands;
CREATE INDEX statement_bands_statement ON statement_bands(statement_id);
INSERT OR IGNORE INTO across_statement_stale (statement_id) SELECT id FROM statements;
