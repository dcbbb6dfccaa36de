-- Term signatures for the search index (search/TermSigner): derived from each record by the
-- index's text analyzer and kept here, so a rebuild of the index copies them instead of analysing
-- every text a second time. NULL when not made yet or when the record changed since.
ALTER TABLE article ADD COLUMN signature TEXT;

-- Settings of the library as a whole (e.g. the version the kept signatures were made under).
CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
