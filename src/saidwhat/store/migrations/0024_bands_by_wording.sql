-- The band rows lose their statement_id index (issue 17, part 6: linking cheap). Every band row
-- written cost an insert into that index beside the key-ordered table (316k rows a link of the BBC
-- corpus; the index about a third of their insert time), for the few times a statement's rows are
-- found by statement: two statements joined, one banded again. Those now work the rows out again
-- from what was banded, noted once per wording banded (statement_banded: the statement, the
-- wording, and its number of bands, 7 or 14), and find them by key (across.link._band_rows).
-- The band rows keep no foreign key either: a statement's deletion would have to find them by
-- statement; linking drops them first.
--
-- The stored rows' wordings were not noted: they are dropped, and every statement is noted to be
-- banded again by the next link (across.link._reband), as 0022 and 0023 did. A migration that
-- drops the band rows must empty statement_banded too.
DROP TABLE statement_bands;
CREATE TABLE statement_bands (
    unnamed      INTEGER NOT NULL,
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL,
    band         INTEGER NOT NULL,
    PRIMARY KEY (unnamed, key, statement_id)
) WITHOUT ROWID;

CREATE TABLE statement_banded (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    wording      TEXT NOT NULL,            -- a wording the statement was banded under
    bands        INTEGER NOT NULL,         -- the first this many bands of each of its windows
    PRIMARY KEY (statement_id, wording, bands)
) WITHOUT ROWID;

INSERT OR IGNORE INTO across_band_stale (statement_id) SELECT id FROM statements;
