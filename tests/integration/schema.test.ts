import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The SQL migrations are written by hand (no schema engine offline); this round trip through the
// generated client fails when schema.prisma and the migrations disagree on any field.
let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase(inject("templateDatabaseUrl"), { isMigrated: true });
  prisma = createPrismaClient(database.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

test("every field of every model round-trips through the migrated database", async () => {
  const written = await prisma.cable.create({
    data: {
      refId: "07ROME535",
      sentAt: new Date("2007-03-16T17:22:00.000Z"),
      sentAtPrecision: "minute",
      origin: "Embassy Rome",
      destinationsTo: ["SECSTATE WASHDC IMMEDIATE"],
      destinationsInfo: ["AMEMBASSY MOSCOW PRIORITY", "USMISSION USNATO PRIORITY"],
      classification: "CONFIDENTIAL",
      caveats: ["SIPDIS"],
      tags: ["PREL", "PGOV", "CLINTON, HILLARY"],
      subject: "PRODI/PUTIN - ITALIANS CLAIM \"FULL HARMONY\" WITH RUSSIA",
      classifiedBy: "Acting Political Minister Counselor Jonathan R Cohen",
      classificationReasons: "1.4 (b) and (d)",
      declassifyOn: new Date("2017-03-19T00:00:00.000Z"),
      declassification: "03/19/2017",
      executiveOrder: "12958",
      precedence: "IMMEDIATE",
      signature: "SPOGLI",
      isPartialExtract: true,
      hasRedactions: true,
      warnings: ["year inferred from the declassification date"],
      sourceText: "C O N F I D E N T I A L ROME 000535",
      sourceFormat: "text",
      contentHash: "a".repeat(64),
      paragraphs: { create: [{ position: 0, number: 1, marking: "C", text: "Russian President Vladimir Putin visited Italy." }, { position: 1, number: null, marking: null, text: "Summary" }] },
    },
    include: { paragraphs: { orderBy: { position: "asc" } } },
  });

  const read = await prisma.cable.findUniqueOrThrow({ where: { refId: "07ROME535" }, include: { paragraphs: { orderBy: { position: "asc" } } } });
  expect(read).toEqual(written);
  expect(read.declassifyOn?.toISOString()).toBe("2017-03-19T00:00:00.000Z");
  expect(read.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, null]);

  await expect(prisma.cable.create({ data: { refId: "07ROME535", sourceText: "", sourceFormat: "text", contentHash: "b" } })).rejects.toThrow();
  await prisma.cable.delete({ where: { refId: "07ROME535" } });
  expect(await prisma.paragraph.count()).toBe(0);
});
