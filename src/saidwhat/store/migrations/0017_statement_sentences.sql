-- Statements at the grain of a sentence (issue 17). A quote of three sentences
-- joins three statements, so statement_quotes holds one row per (quote, part):
-- `part` numbers the quote's sentences from 0, and `span_start`/`span_end` are the
-- sentence's character offsets in quotes.text (for a mixed quote's fragment
-- that joined the statement holding it, the fragment's). Rows made at the grain
-- of a quote cannot be cut afterwards: they go, with every statement, band and
-- flag, and the next link files the quotes of every linked article again from
-- their stored speaker links (across_refile; across.link._refile), with no
-- speaker resolved twice. Flags are all worked out again (rule version 0).

DROP TRIGGER statement_quotes_stale;
DROP TABLE statement_quotes;

CREATE TABLE statement_quotes (
    quote_id     INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    part         INTEGER NOT NULL,         -- the quote's sentence, from 0
    span_start   INTEGER NOT NULL,         -- the sentence's characters in quotes.text
    span_end     INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    speaker_id   TEXT NOT NULL,
    wording      TEXT NOT NULL,            -- the sentence's normalised wording (across.text.normalize)
    how          TEXT NOT NULL,            -- new, exact, near, contained, fragment
    PRIMARY KEY (quote_id, part)
);
CREATE INDEX statement_quotes_statement ON statement_quotes(statement_id);
CREATE INDEX statement_quotes_wording ON statement_quotes(speaker_id, wording);
-- A mixed quote's fragment no statement held yet, looked up for each new sentence of its speaker.
CREATE INDEX statement_quotes_alone ON statement_quotes(speaker_id) WHERE how = 'alone';

CREATE TRIGGER statement_quotes_stale AFTER DELETE ON statement_quotes BEGIN
    INSERT OR IGNORE INTO across_statement_stale (statement_id) VALUES (old.statement_id);
END;

DELETE FROM flags;
DELETE FROM statement_bands;
DELETE FROM across_flags_dirty;
DELETE FROM statements;
DELETE FROM across_statement_stale;

-- The linked articles whose quotes are to be filed under statements again.
CREATE TABLE across_refile (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
INSERT INTO across_refile (article_id) SELECT article_id FROM linked_articles;
UPDATE across_flag_rules SET version = 0;
UPDATE store_changes SET n = n + 1;
