-- Trigram matching for "contains" searches (employer names): a GIN index over trigrams serves
-- `like '%boul%'`, which a B-tree cannot. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner
-- may create it without superuser rights. PGlite loads it from its contrib bundle (platform/db.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
