-- Latent (LSA) vectors for similar articles (select/Latent): the current model, a term basis fitted
-- on a bounded sample of kept signatures, and each article's vector folded into it. A vector is
-- valid only for the model version it was made with; NULL when not made yet or when the record's
-- signature changed since.
CREATE TABLE latent_model (
  version            INTEGER PRIMARY KEY,
  signature_version  TEXT NOT NULL,
  articles           INTEGER NOT NULL,   -- signed articles in the library when it was fitted
  made_at            TEXT NOT NULL,
  model              BLOB NOT NULL
);

ALTER TABLE article ADD COLUMN latent BLOB;
ALTER TABLE article ADD COLUMN latent_version INTEGER;

-- The articles with a signature still waiting for their vector (found at each ingest).
CREATE INDEX article_latent_todo ON article(id)
  WHERE signature IS NOT NULL AND latent_version IS NULL AND deleted_at IS NULL;
