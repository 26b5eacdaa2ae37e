-- Statements are banded under the speaker's quoted words only (issue 17, part 6: linking cheap).
-- Reported speech (an indirect quote, a headline's summary, a mixed quote's sentence whose quoted
-- words are too few to stand for it) is the reporter's wording: on the BBC corpus half the sentences
-- filed and half the band rows (157k of 315k), and the bands found by them no statement that the
-- exact-match test or the speaker's scan does not (across.statements.speaker_words). Such sentences
-- are still filed under statements; only their band rows go.
--
-- A statement holding a sentence of a quote that is neither direct nor nested may have been banded
-- under the reporter's words: as 0022 to 0024 did, it is noted to be banded again by the next link
-- (across.link._reband drops the rows its noted wordings give and bands it under its quoted words
-- alone), a batch a transaction, before any new quote is filed.
INSERT OR IGNORE INTO across_band_stale (statement_id)
SELECT DISTINCT s.statement_id FROM statement_quotes s JOIN quotes q ON q.id = s.quote_id
WHERE q.kind NOT IN ('direct', 'nested');
