-- Cross-article identity with evidence (issue 16). Each link records what joined
-- the quote's mention to its speaker (across.identity.Evidence as JSON: kind, and
-- the alias, full name, article, office and day, or split rule that support it):
-- the same full name, an alias seen next to the full name in an article, the
-- office held on the day, a knowledge-base name, a surname seen lately. Links
-- made before keep NULL until their article is linked again.
ALTER TABLE quote_links ADD COLUMN evidence TEXT;

-- A reviewer's split of a wrong merge (saidwhat split): the quotes of speaker_id
-- whose mention is `mention` (compared by name key), or that stand in
-- `article_id`, are not that person. The linker obeys every rule at every link,
-- so a split survives `saidwhat link` and a full re-link; they go to the speaker
-- "split:<id>". Not tied to articles by a foreign key: a rule outlives an article
-- replaced by a new ingest.
CREATE TABLE across_splits (
    id         INTEGER PRIMARY KEY,
    speaker_id TEXT NOT NULL,
    mention    TEXT,
    article_id TEXT,
    made_at    TEXT NOT NULL,
    CHECK (mention IS NOT NULL OR article_id IS NOT NULL)
);
CREATE INDEX across_splits_speaker ON across_splits(speaker_id);
