-- Linking costs what is new, not what is stored (issue 17, part 6). Three things a
-- link read in full at every run now have an index or a table of their own:
--
-- 1. The articles waiting to be linked. A link found them by comparing every
--    stored article with linked_articles; a trigger now notes each article as it
--    is stored, and each one a review unlinks (saidwhat split, link --all), and the
--    link takes the note away in the transaction that links the article. No
--    foreign key: a note may outlive its article for a moment (an article deleted
--    inside a cascade), and link drops such notes (it joins on articles).
CREATE TABLE across_unlinked (
    article_id TEXT PRIMARY KEY
);

CREATE TRIGGER articles_unlinked AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO across_unlinked (article_id) VALUES (new.id);
END;

CREATE TRIGGER linked_articles_unlinked AFTER DELETE ON linked_articles BEGIN
    INSERT OR IGNORE INTO across_unlinked (article_id) VALUES (old.article_id);
END;

INSERT OR IGNORE INTO across_unlinked (article_id)
    SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM linked_articles);

-- 2. The speakers that share a surname. A link loaded every speaker to know who
--    bears a surname ("Mr Blair" seen in the same outlet lately); it now loads a
--    speaker when an article names them, and asks this index who bears a surname.
--    Written by link (across.link: the surname as SpeakerRecord.surname reads it);
--    NULL until then, for speakers of a store linked before, which link fills once.
ALTER TABLE across_speakers ADD COLUMN surname TEXT;
CREATE INDEX across_speakers_surname ON across_speakers(surname);

-- 3. The version of the alias rule (across.speakers.is_alias) the stored aliases
--    were checked against: a link read every alias to drop those the rule rejects;
--    it now does that only when the rule's version changes. 0: never checked.
CREATE TABLE across_alias_rules (
    version INTEGER NOT NULL               -- one row
);
INSERT INTO across_alias_rules (version) VALUES (0);

-- 4. The LSH bands, one B-tree instead of three. A link inserts some 35 band rows
--    a quote and looks up as many keys; the table, its rowids and two indexes
--    made every insert touch three random pages (a third of linking's time on
--    the BBC corpus). Keyed by (key, statement) without rowid, the lookup by key
--    reads the index alone. A statement's rows repeated for two wordings are kept
--    once: a candidate is a statement, so nothing reads the repeats.
CREATE TABLE statement_bands_0018 (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    band         INTEGER NOT NULL,
    PRIMARY KEY (key, statement_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO statement_bands_0018 (key, statement_id, band)
    SELECT key, statement_id, band FROM statement_bands;
DROP TABLE statement_bands;
ALTER TABLE statement_bands_0018 RENAME TO statement_bands;
CREATE INDEX statement_bands_statement ON statement_bands(statement_id);
