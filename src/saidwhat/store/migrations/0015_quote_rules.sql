-- Every attribution records the rules that made it (issue 15): the cue, subject,
-- content and assembly rules, as a JSON array of rule ids ("cue:say-verb",
-- "subject:nsubj", ...). Stores made before keep NULL: their quotes say nothing
-- about why until they are extracted again (ingest --replace).
ALTER TABLE quotes ADD COLUMN rules TEXT;
