-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('minute', 'day', 'month', 'year');

-- CreateTable
CREATE TABLE "cables" (
    "id" SERIAL NOT NULL,
    "ref_id" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "sent_at_precision" "DatePrecision",
    "origin" TEXT,
    "destinations_to" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "destinations_info" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "classification" TEXT,
    "caveats" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "subject" TEXT,
    "classified_by" TEXT,
    "classification_reasons" TEXT,
    "declassify_on" DATE,
    "declassification" TEXT,
    "executive_order" TEXT,
    "precedence" TEXT,
    "signature" TEXT,
    "is_partial_extract" BOOLEAN NOT NULL DEFAULT false,
    "has_redactions" BOOLEAN NOT NULL DEFAULT false,
    "warnings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source_text" TEXT NOT NULL,
    "source_format" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paragraphs" (
    "id" SERIAL NOT NULL,
    "cable_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER,
    "marking" TEXT,
    "text" TEXT NOT NULL,

    CONSTRAINT "paragraphs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cables_ref_id_key" ON "cables"("ref_id");

-- CreateIndex
CREATE INDEX "cables_sent_at_idx" ON "cables"("sent_at");

-- CreateIndex
CREATE INDEX "cables_origin_idx" ON "cables"("origin");

-- CreateIndex
CREATE UNIQUE INDEX "paragraphs_cable_id_position_key" ON "paragraphs"("cable_id", "position");

-- AddForeignKey
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_cable_id_fkey" FOREIGN KEY ("cable_id") REFERENCES "cables"("id") ON DELETE CASCADE ON UPDATE CASCADE;
