-- The first schema: articles, quotes, speakers and their mentions, entities,
-- figures, and a full-text index over quote text, speaker names and headlines.
-- Migrations 0001-0009 belong to the store; cross-article linking adds 0010+.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,      -- derived from the identity key, see store/identity.py
    url           TEXT,                  -- as the source gave it
    canonical_url TEXT UNIQUE,           -- NULL when there is no http(s) URL
    content_hash  TEXT NOT NULL,         -- models.content_hash of the text
    outlet        TEXT,
    headline      TEXT,
    published     TEXT,                  -- ISO 8601 as the source gave it, offset kept
    published_utc TEXT,                  -- 'YYYY-MM-DDTHH:MM:SS' in UTC, for ranges and sorting
    language      TEXT,
    author        TEXT,
    text          TEXT NOT NULL,
    paragraphs    TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    source        TEXT,
    ingested_at   TEXT NOT NULL
);
-- Without a URL an article is known by its text alone.
CREATE UNIQUE INDEX articles_hash_without_url ON articles(content_hash) WHERE canonical_url IS NULL;
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_outlet ON articles(outlet);

-- One row per resolved name. Linking across articles (0010+) may merge rows
-- and rewrite quotes.speaker_id; quotes keep the extractor's own name too.
CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT
);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,    -- position in Extraction.quotes; (article_id, idx) names a quote
    text            TEXT NOT NULL,
    spans           TEXT NOT NULL,       -- JSON [[start, end], ...]
    kind            TEXT NOT NULL,
    "where"         TEXT NOT NULL DEFAULT 'body',
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    speaker_mention TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    speaker_name    TEXT,
    speaker_type    TEXT,
    speaker_id      INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    confidence      REAL NOT NULL,
    parent          INTEGER,             -- idx of the enclosing quote
    spoken_on       TEXT,                -- ISO date
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_kind ON quotes(kind);

CREATE TABLE speaker_mentions (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id   INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
    mention    TEXT NOT NULL,
    start      INTEGER,
    "end"      INTEGER
);
CREATE INDEX speaker_mentions_speaker ON speaker_mentions(speaker_id);
CREATE INDEX speaker_mentions_article ON speaker_mentions(article_id);
CREATE INDEX speaker_mentions_quote ON speaker_mentions(quote_id);

CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    n        INTEGER NOT NULL,           -- order within the quote
    text     TEXT NOT NULL,
    label    TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    UNIQUE (quote_id, n)
);
CREATE INDEX entities_text ON entities(text);

CREATE TABLE figures (
    id       INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    n        INTEGER NOT NULL,
    text     TEXT NOT NULL,
    value    REAL NOT NULL,
    unit     TEXT,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    UNIQUE (quote_id, n)
);

-- A content-storing FTS5 table kept in step by triggers. Contentless would be
-- smaller, but deleting from it needs the old column values, and those are
-- gone when an article's quotes go by ON DELETE CASCADE.
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker, headline,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_fts(rowid, text, speaker, headline) VALUES (
        new.id,
        new.text,
        trim(coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), new.speaker_name, '')
             || ' ' || coalesce(new.speaker_mention, '')),
        (SELECT headline FROM articles WHERE id = new.article_id)
    );
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quote_fts WHERE rowid = old.id;
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_id, speaker_name, speaker_mention ON quotes BEGIN
    DELETE FROM quote_fts WHERE rowid = old.id;
    INSERT INTO quote_fts(rowid, text, speaker, headline) VALUES (
        new.id,
        new.text,
        trim(coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), new.speaker_name, '')
             || ' ' || coalesce(new.speaker_mention, '')),
        (SELECT headline FROM articles WHERE id = new.article_id)
    );
END;

CREATE TRIGGER articles_fts_headline AFTER UPDATE OF headline ON articles BEGIN
    UPDATE quote_fts SET headline = new.headline
     WHERE rowid IN (SELECT id FROM quotes WHERE article_id = new.id);
END;

CREATE TRIGGER speakers_fts_name AFTER UPDATE OF name ON speakers BEGIN
    UPDATE quote_fts
       SET speaker = trim(new.name || ' ' || coalesce(
               (SELECT speaker_mention FROM quotes WHERE quotes.id = quote_fts.rowid), ''))
     WHERE rowid IN (SELECT id FROM quotes WHERE speaker_id = new.id);
END;
