-- The catalog: the source of truth. The search index is derived from this table.
CREATE TABLE article (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  source        TEXT,
  source_id     TEXT,
  doi           TEXT,
  url           TEXT,
  content_hash  TEXT NOT NULL,
  record_hash   TEXT NOT NULL,
  title         TEXT,
  language      TEXT,
  discipline    TEXT,
  journal       TEXT,
  year          INTEGER,
  record_json   TEXT NOT NULL,
  file          TEXT,
  views         INTEGER NOT NULL DEFAULT 0,
  downloads     INTEGER NOT NULL DEFAULT 0,
  added_at      TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX article_doi ON article (doi) WHERE doi IS NOT NULL;
CREATE UNIQUE INDEX article_source_id ON article (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX article_content_hash ON article (content_hash);
CREATE INDEX article_added ON article (added_at);
