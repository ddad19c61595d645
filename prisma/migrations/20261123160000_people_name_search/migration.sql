-- Finding a person by a word of their name ("at the start of a word", a case-insensitive regular
-- expression) scanned every person on every search. A trigram index answers such expressions
-- without a scan; pg_trgm ships with PostgreSQL and is a trusted extension (no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Every name a person is written under (display name first, then variants), one per line.
ALTER TABLE "people" ADD COLUMN "search_names" TEXT NOT NULL DEFAULT '';
UPDATE "people" SET "search_names" = array_to_string(array_prepend("display_name", "variants"), E'\n');

CREATE INDEX "people_search_names_trgm" ON "people" USING GIN ("search_names" gin_trgm_ops);
