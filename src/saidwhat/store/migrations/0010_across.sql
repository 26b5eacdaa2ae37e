-- Cross-article linking (saidwhat.across): one speaker per person, statements
-- grouping the quotes of the same words, their LSH bands, and flags with
-- evidence. Rows hang off quotes/articles with ON DELETE CASCADE, so an
-- article replaced by a new ingest is simply linked again.

CREATE TABLE across_speakers (
    id         TEXT PRIMARY KEY,          -- Wikidata id, "kb:<slug>", "name:<slug>" or "surname:<slug>"
    name       TEXT NOT NULL,
    wikidata   TEXT,
    first_seen TEXT,
    last_seen  TEXT,
    notes      TEXT NOT NULL DEFAULT '[]' -- JSON list: why surname-only mentions were or were not linked
);
CREATE INDEX across_speakers_name ON across_speakers(name);

CREATE TABLE across_speaker_aliases (
    speaker_id TEXT NOT NULL REFERENCES across_speakers(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX across_speaker_aliases_alias ON across_speaker_aliases(alias);

CREATE TABLE across_speaker_roles (
    speaker_id TEXT NOT NULL REFERENCES across_speakers(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (speaker_id, role)
);

CREATE TABLE across_speaker_outlets (
    speaker_id TEXT NOT NULL REFERENCES across_speakers(id) ON DELETE CASCADE,
    outlet     TEXT NOT NULL,
    last_seen  TEXT,
    PRIMARY KEY (speaker_id, outlet)
);

CREATE TABLE statements (
    id         INTEGER PRIMARY KEY,
    speaker_id TEXT NOT NULL               -- across_speakers.id, or '?<article id>' when the speaker is unknown
);

CREATE TABLE statement_quotes (
    quote_id     INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    speaker_id   TEXT NOT NULL,
    wording      TEXT NOT NULL,            -- the normalised wording (across.text.normalize)
    how          TEXT NOT NULL             -- new, exact, near, contained
);
CREATE INDEX statement_quotes_statement ON statement_quotes(statement_id);
CREATE INDEX statement_quotes_wording ON statement_quotes(speaker_id, wording);

-- MinHash LSH bands of each distinct wording: (band, key) -> statement.
CREATE TABLE statement_bands (
    band         INTEGER NOT NULL,
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE
);
CREATE INDEX statement_bands_key ON statement_bands(key);  -- keys hash their band in
CREATE INDEX statement_bands_statement ON statement_bands(statement_id);

CREATE TABLE quote_links (
    quote_id   INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    speaker_id TEXT,                       -- NULL for generic sources ("officials")
    how        TEXT NOT NULL,
    note       TEXT,
    spoken_on  TEXT                        -- the extractor's, else resolved from the cue's context
);
CREATE INDEX quote_links_speaker ON quote_links(speaker_id);

CREATE TABLE flags (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,            -- altered, recycled, headline
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id     INTEGER REFERENCES quotes(id) ON DELETE CASCADE,
    statement_id INTEGER REFERENCES statements(id) ON DELETE CASCADE,
    day          TEXT,                     -- the flagged article's date
    evidence     TEXT NOT NULL             -- JSON
);
CREATE INDEX flags_kind_day ON flags(kind, day);
CREATE INDEX flags_statement ON flags(statement_id);

CREATE TABLE linked_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    linked_at  TEXT NOT NULL
);
