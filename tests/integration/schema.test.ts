import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The SQL migrations are written by hand (no schema engine offline); this round trip through the
// generated client fails when schema.prisma and the migrations disagree on any field.
const INCLUDE_ALL = {
  paragraphs: { orderBy: { position: "asc" } },
  cableTags: { include: { tag: true } },
  references: true,
  versions: true,
  post: true,
} as const;

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
      post: { create: { name: "Embassy Rome", kind: "embassy", city: "Rome", country: "Italy" } },
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
      indexedHash: null,
      paragraphs: { create: [{ position: 0, number: 1, marking: "C", text: "Russian President Vladimir Putin visited Italy." }, { position: 1, number: null, marking: null, text: "Summary" }] },
      cableTags: { create: [{ position: 0, tag: { create: { code: "PREL", kind: "subject", description: "External Political Relations" } } }] },
      references: { create: [{ position: 0, letter: "A", text: "STATE 40721", targetRefId: "07STATE40721" }] },
      versions: { create: [{ contentHash: "b".repeat(64), sourceText: "an earlier text", sourceFormat: "csv" }] },
    },
    include: INCLUDE_ALL,
  });

  const read = await prisma.cable.findUniqueOrThrow({ where: { refId: "07ROME535" }, include: INCLUDE_ALL });
  expect(read).toEqual(written);
  expect(read.declassifyOn?.toISOString()).toBe("2017-03-19T00:00:00.000Z");
  expect(read.paragraphs.map((paragraph) => paragraph.number)).toEqual([1, null]);
  expect(read.post?.country).toBe("Italy");
  expect(read.cableTags[0]?.tag.description).toBe("External Political Relations");

  const run = await prisma.ingestRun.create({
    data: { paths: ["/corpus"], isDryRun: false, seen: 2, new: 1, failed: 1, entries: { create: [{ file: "/corpus/a.txt", row: null, refId: "07ROME535", contentHash: "a".repeat(64), outcome: "new" }, { file: "/corpus/cables.csv", row: 7, outcome: "failed", reason: "empty: empty input" }] } },
    include: { entries: { orderBy: { id: "asc" } } },
  });
  expect(await prisma.ingestRun.findUniqueOrThrow({ where: { id: run.id }, include: { entries: { orderBy: { id: "asc" } } } })).toEqual(run);
  expect(run.status).toBe("running");
  await prisma.releaseCable.create({ data: { refId: "07STATE40721", month: 3 } });
  expect(await prisma.releaseCable.findUnique({ where: { refId: "07STATE40721" } })).toEqual({ refId: "07STATE40721", month: 3 });

  await expect(prisma.cable.create({ data: { refId: "07ROME535", sourceText: "", sourceFormat: "text", contentHash: "b" } })).rejects.toThrow();
  await prisma.cable.delete({ where: { refId: "07ROME535" } });
  expect([await prisma.paragraph.count(), await prisma.cableTag.count(), await prisma.cableReference.count(), await prisma.cableVersion.count()]).toEqual([0, 0, 0, 0]);
});
