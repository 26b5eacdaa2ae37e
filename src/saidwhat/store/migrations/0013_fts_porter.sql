-- Search forgives word endings: "taxes" finds "tax", "defending" finds
-- "defence"'s neighbour "defend". FTS5 cannot change a table's tokenizer in
-- place, so the index is dropped, made again with the Porter stemmer in front
-- of the same unicode61 tokenizer, and filled from the quotes already stored.
--
-- The triggers of 0001 live on quotes, articles and speakers, not on
-- quote_fts: they stay, and write into the new table by name.

DROP TABLE quote_fts;

CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, speaker, headline,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The same values the insert trigger of 0001 writes for each quote.
INSERT INTO quote_fts(rowid, text, speaker, headline)
SELECT qt.id,
       qt.text,
       trim(coalesce(s.name, qt.speaker_name, '') || ' ' || coalesce(qt.speaker_mention, '')),
       a.headline
  FROM quotes qt
  LEFT JOIN speakers s ON s.id = qt.speaker_id
  LEFT JOIN articles a ON a.id = qt.article_id;
