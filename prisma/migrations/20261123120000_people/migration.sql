-- People named in the cables (issue 6). The tables are derived: the people stage of an ingest
-- rebuilds them from the cables whenever the corpus or the extraction rules change.

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('signed', 'classified', 'tagged', 'mentioned');

-- AlterTable: the body header lines as written (addressee lines name people: "NSC FOR NSA HADLEY").
ALTER TABLE "cables" ADD COLUMN "header_block" TEXT;

-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "surname" TEXT NOT NULL,
    "variants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "titles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mention_count" INTEGER NOT NULL,
    "cable_count" INTEGER NOT NULL,
    "first_sent_at" TIMESTAMPTZ(3),
    "last_sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_mentions" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "cable_id" INTEGER NOT NULL,
    "paragraph_position" INTEGER,
    "role" "PersonRole" NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,

    CONSTRAINT "person_mentions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people_state" (
    "id" INTEGER NOT NULL,
    "corpus_fingerprint" TEXT NOT NULL,
    "rules_version" INTEGER NOT NULL,
    "is_index_pending" BOOLEAN NOT NULL,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "people_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "people_slug_key" ON "people"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "people_display_name_key" ON "people"("display_name");

-- CreateIndex
CREATE INDEX "people_cable_count_idx" ON "people"("cable_count");

-- CreateIndex
CREATE INDEX "person_mentions_person_id_idx" ON "person_mentions"("person_id");

-- CreateIndex
CREATE INDEX "person_mentions_cable_id_idx" ON "person_mentions"("cable_id");

-- AddForeignKey
ALTER TABLE "person_mentions" ADD CONSTRAINT "person_mentions_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_mentions" ADD CONSTRAINT "person_mentions_cable_id_fkey" FOREIGN KEY ("cable_id") REFERENCES "cables"("id") ON DELETE CASCADE ON UPDATE CASCADE;
