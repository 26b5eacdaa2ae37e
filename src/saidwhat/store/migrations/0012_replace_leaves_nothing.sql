-- A replaced article leaves nothing behind. 0011 made a speaker's aliases
-- follow the quotes still linked to them; the rest of a speaker record (roles,
-- outlets, first and last seen, notes) must too, a speaker with no quote left
-- must go, and so must a statement with no quote left, with its LSH bands.
-- The next link rebuilds the speakers of across_alias_stale from their quotes
-- (across.link._refresh_speakers) and the statements noted below.

-- The role a quote was resolved with ("the prime minister"), so a speaker's
-- roles can be rebuilt from the quotes still linked to them.
ALTER TABLE quote_links ADD COLUMN role TEXT;

-- Links made before that column: the next link works their role out once
-- (SpeakerLinker.role_of; a role depends on the mention and the date only).
CREATE TABLE across_role_unknown (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE
);
INSERT INTO across_role_unknown (quote_id) SELECT quote_id FROM quote_links WHERE speaker_id IS NOT NULL;

CREATE TABLE across_statement_stale (
    statement_id INTEGER PRIMARY KEY       -- a statement that lost quotes since the last link
);

-- statement_quotes rows go only with their quote (ON DELETE CASCADE).
CREATE TRIGGER statement_quotes_stale AFTER DELETE ON statement_quotes BEGIN
    INSERT OR IGNORE INTO across_statement_stale (statement_id) VALUES (old.statement_id);
END;

-- A store linked before this migration may hold what replaced articles left:
-- every speaker and statement is rebuilt once, at the next link.
INSERT OR IGNORE INTO across_alias_stale (speaker_id) SELECT id FROM across_speakers;
INSERT INTO across_statement_stale (statement_id) SELECT id FROM statements;

-- The web answer cache's store version (web.cache.store_version) read the
-- newest quote id and the quote count, which a replace keeping the number of
-- quotes at the top of the id range leaves as they were (SQLite reuses the
-- freed ids). Every article written or deleted bumps this counter, and so
-- does a link that rebuilt something.
CREATE TABLE store_changes (
    n INTEGER NOT NULL                     -- one row
);
INSERT INTO store_changes (n) VALUES (0);

CREATE TRIGGER articles_added AFTER INSERT ON articles BEGIN
    UPDATE store_changes SET n = n + 1;
END;

CREATE TRIGGER articles_removed AFTER DELETE ON articles BEGIN
    UPDATE store_changes SET n = n + 1;
END;
