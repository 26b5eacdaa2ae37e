-- When the words were said, as a stretch of days (issue 17, part 5): a quote whose article dates
-- its words only by a span ("Cruz said last week", "told parliament earlier this month", "said
-- in 2019") keeps that span's first and last day and the words that name it; spoken_on stays the
-- day when the article names one, and then these stay NULL. Links made before keep NULL until
-- their article is linked again (a re-link fills them; nothing else changes).
ALTER TABLE quote_links ADD COLUMN spoken_from TEXT;
ALTER TABLE quote_links ADD COLUMN spoken_to TEXT;
ALTER TABLE quote_links ADD COLUMN spoken_words TEXT;
