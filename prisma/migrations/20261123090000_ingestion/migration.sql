-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('subject', 'country', 'organisation', 'program', 'person', 'unknown');

-- CreateEnum
CREATE TYPE "PostKind" AS ENUM ('embassy', 'consulate', 'mission', 'department', 'other');

-- CreateEnum
CREATE TYPE "IngestOutcome" AS ENUM ('new', 'updated', 'unchanged', 'failed');

-- CreateEnum
CREATE TYPE "IngestRunStatus" AS ENUM ('running', 'finished', 'interrupted');

-- AlterTable
ALTER TABLE "cables" ADD COLUMN "indexed_hash" TEXT;

-- CreateTable
CREATE TABLE "tags" (
    "code" TEXT NOT NULL,
    "kind" "TagKind" NOT NULL,
    "description" TEXT,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "cable_tags" (
    "cable_id" INTEGER NOT NULL,
    "tag_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "cable_tags_pkey" PRIMARY KEY ("cable_id","tag_code")
);

-- CreateTable
CREATE TABLE "posts" (
    "name" TEXT NOT NULL,
    "kind" "PostKind" NOT NULL,
    "city" TEXT,
    "country" TEXT,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "cable_references" (
    "id" SERIAL NOT NULL,
    "cable_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "letter" TEXT,
    "text" TEXT NOT NULL,
    "target_ref_id" TEXT,

    CONSTRAINT "cable_references_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_cables" (
    "ref_id" TEXT NOT NULL,
    "month" INTEGER,

    CONSTRAINT "release_cables_pkey" PRIMARY KEY ("ref_id")
);

-- CreateTable
CREATE TABLE "cable_versions" (
    "id" SERIAL NOT NULL,
    "cable_id" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "source_text" TEXT NOT NULL,
    "source_format" TEXT NOT NULL,
    "superseded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cable_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_runs" (
    "id" SERIAL NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" "IngestRunStatus" NOT NULL DEFAULT 'running',
    "paths" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_dry_run" BOOLEAN NOT NULL DEFAULT false,
    "seen" INTEGER NOT NULL DEFAULT 0,
    "new" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ingest_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_entries" (
    "id" SERIAL NOT NULL,
    "run_id" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "row" INTEGER,
    "ref_id" TEXT,
    "content_hash" TEXT,
    "outcome" "IngestOutcome" NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ingest_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cable_tags_tag_code_idx" ON "cable_tags"("tag_code");

-- CreateIndex
CREATE INDEX "cable_references_target_ref_id_idx" ON "cable_references"("target_ref_id");

-- CreateIndex
CREATE UNIQUE INDEX "cable_references_cable_id_position_key" ON "cable_references"("cable_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "cable_versions_cable_id_content_hash_key" ON "cable_versions"("cable_id", "content_hash");

-- CreateIndex
CREATE INDEX "ingest_entries_run_id_outcome_idx" ON "ingest_entries"("run_id", "outcome");

-- CreateIndex
CREATE INDEX "ingest_entries_ref_id_idx" ON "ingest_entries"("ref_id");

-- Not expressible in schema.prisma: finds the cables the search index has yet to receive.
CREATE INDEX "cables_index_pending_idx" ON "cables"("id") WHERE "indexed_hash" IS DISTINCT FROM "content_hash";

-- Backfill: archives created by the first migration already hold cables. Kinds are refined from
-- the glossary by the next ingest run.
INSERT INTO "posts" ("name", "kind") SELECT DISTINCT "origin", 'other'::"PostKind" FROM "cables" WHERE "origin" IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO "tags" ("code", "kind") SELECT DISTINCT "code", 'unknown'::"TagKind" FROM "cables", unnest("tags") AS "code" ON CONFLICT DO NOTHING;
INSERT INTO "cable_tags" ("cable_id", "tag_code", "position")
SELECT "cables"."id", "tag"."code", "tag"."ordinal" - 1 FROM "cables", unnest("cables"."tags") WITH ORDINALITY AS "tag"("code", "ordinal")
ON CONFLICT DO NOTHING;

-- AddForeignKey
ALTER TABLE "cables" ADD CONSTRAINT "cables_origin_fkey" FOREIGN KEY ("origin") REFERENCES "posts"("name") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cable_tags" ADD CONSTRAINT "cable_tags_cable_id_fkey" FOREIGN KEY ("cable_id") REFERENCES "cables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cable_tags" ADD CONSTRAINT "cable_tags_tag_code_fkey" FOREIGN KEY ("tag_code") REFERENCES "tags"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cable_references" ADD CONSTRAINT "cable_references_cable_id_fkey" FOREIGN KEY ("cable_id") REFERENCES "cables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cable_versions" ADD CONSTRAINT "cable_versions_cable_id_fkey" FOREIGN KEY ("cable_id") REFERENCES "cables"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_entries" ADD CONSTRAINT "ingest_entries_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "ingest_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
