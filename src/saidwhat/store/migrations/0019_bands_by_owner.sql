-- The LSH bands, fewer and kept apart by who owns the statement (issue 17, part 6: linking cheap).
--
-- 1. A named speaker's sentence finds its own statements by scanning them (across.link:
--    the speaker's few hundred wordings), and asks the bands only for the statements of
--    unnamed speakers it may share ("a White House official" printing the same long words).
--    Those are a quarter of the statements: with the owner's kind first in the key, their
--    rows sit together at one end of the B-tree, and such a lookup reads those pages alone.
--    unnamed: 1 when the statement's speaker_id starts with "?" (no speaker known).
-- 2. A named speaker's statements keep the first 7 of their 14 bands (across.link.NAMED_BANDS):
--    half the rows to write and look up. The keys of the bands kept are unchanged.
CREATE TABLE statement_bands_0019 (
    unnamed      INTEGER NOT NULL,
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    band         INTEGER NOT NULL,
    PRIMARY KEY (unnamed, key, statement_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO statement_bands_0019 (unnamed, key, statement_id, band)
    SELECT substr(s.speaker_id, 1, 1) = '?', b.key, b.statement_id, b.band
    FROM statement_bands b JOIN statements s ON s.id = b.statement_id
    WHERE b.band < 7 OR substr(s.speaker_id, 1, 1) = '?';
DROP TABLE statement_bands;
ALTER TABLE statement_bands_0019 RENAME TO statement_bands;
CREATE INDEX statement_bands_statement ON statement_bands(statement_id);
