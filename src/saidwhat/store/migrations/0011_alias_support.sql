-- Aliases follow the quotes that give them. A speaker's aliases are the
-- mentions of their linked quotes (across.speakers.is_alias), so when quotes
-- go (an article replaced: its rows cascade away) the aliases they alone gave
-- must go too. The cascade leaves no trace of which names went, so a trigger
-- notes whose quotes went, and the next link recomputes only those speakers'
-- aliases from the quotes still stored.
--
-- The web answer cache is keyed by a store version (web.cache.store_version);
-- aliases can change with no other table showing it (link dropping an alias),
-- so every alias added or removed bumps a counter that version reads.

CREATE TABLE across_alias_stale (
    speaker_id TEXT PRIMARY KEY            -- a speaker who lost quotes since the last link
);

-- quote_links rows go only with their quote (ON DELETE CASCADE); foreign-key
-- actions fire triggers.
CREATE TRIGGER quote_links_alias_stale AFTER DELETE ON quote_links WHEN old.speaker_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO across_alias_stale (speaker_id) VALUES (old.speaker_id);
END;

-- A store linked before this migration may already hold aliases of replaced
-- articles: every speaker is recomputed once, at the next link.
INSERT INTO across_alias_stale (speaker_id) SELECT id FROM across_speakers;

CREATE TABLE across_alias_changes (
    n INTEGER NOT NULL                     -- one row: how many times an alias was added or removed
);
INSERT INTO across_alias_changes (n) VALUES (0);

CREATE TRIGGER across_aliases_added AFTER INSERT ON across_speaker_aliases BEGIN
    UPDATE across_alias_changes SET n = n + 1;
END;

CREATE TRIGGER across_aliases_removed AFTER DELETE ON across_speaker_aliases BEGIN
    UPDATE across_alias_changes SET n = n + 1;
END;
