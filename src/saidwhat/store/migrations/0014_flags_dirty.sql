-- Flags survive an interrupted link. Linking commits articles in batches and
-- worked out the flags of the statements they touched only at the very end,
-- from a list held in memory: a link killed after a batch committed left
-- those statements without their flags for good (the rerun finds no article
-- to link, so nothing touches them again). Now the batch that touches a
-- statement, or links an article, notes it here in the same transaction, and
-- the flag step removes a note in the transaction that writes its flags
-- (across.link). A crash at any point leaves the notes of whatever still
-- needs its flags.

CREATE TABLE across_flags_dirty (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE
);

CREATE TABLE across_headline_dirty (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);

-- The version of the flag rules (across.flags.FLAG_RULES) the stored flags
-- were worked out with: when the rules change, the next link works out every
-- flag again, so a store never mixes flags of two rule sets. 0: a store
-- linked before this migration, whose flags may also have been lost.
CREATE TABLE across_flag_rules (
    version INTEGER NOT NULL               -- one row
);
INSERT INTO across_flag_rules (version) VALUES (0);
