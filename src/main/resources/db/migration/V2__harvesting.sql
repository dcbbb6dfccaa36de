-- Harvesting in and out (OAI-PMH): tombstones of deleted articles, a datestamp to list changes by,
-- and what each harvested source has already given.

-- When the article was deleted; a deleted article stays as a tombstone that harvesters see.
ALTER TABLE article ADD COLUMN deleted_at TEXT;

-- The OAI-PMH datestamp: updated_at at second granularity, in the fixed form YYYY-MM-DDThh:mm:ssZ
-- (updated_at itself drops zero fractions, so its text does not sort in time order).
ALTER TABLE article ADD COLUMN datestamp TEXT
  GENERATED ALWAYS AS (substr(updated_at, 1, 19) || 'Z') VIRTUAL;
CREATE INDEX article_datestamp ON article (datestamp, id);
CREATE INDEX article_journal ON article (journal);
CREATE INDEX article_discipline ON article (discipline);

-- One harvested OAI-PMH source (base URL, set and format): the newest datestamp of its last
-- complete harvest (where the next one starts), and for a list harvest that has not finished, its
-- resumption token and the newest datestamp it has given so far.
CREATE TABLE harvest_source (
  source             TEXT PRIMARY KEY,
  last_datestamp     TEXT,
  resumption_token   TEXT,
  pending_datestamp  TEXT,
  updated_at         TEXT NOT NULL
);
