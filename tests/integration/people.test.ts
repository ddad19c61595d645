import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { runIngest, type IngestOptions } from "../../lib/ingest/run";
import { disposeAfterEach, type TestArchive } from "../support/archive";
import { hasCorpus, readDumpCsv, toDumpCsv, warnIfNoCorpus } from "../unit/cable/corpus";

const SEEDS = join(resolve(import.meta.dirname, "../.."), "prisma", "sample-cables");
const SEED_PEOPLE = ["D'Alema", "Spogli", "Prodi", "Putin", "Lavrov", "Corrias", "De Cardona", "Bardini", "Calipari", "Napolitano", "Ahtisaari", "Zapatero", "Hadley", "Cohen"];

const { archive, tempDir, defer } = disposeAfterEach("people");

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

function ingest(target: TestArchive, options: Omit<IngestOptions, "indexUid">) {
  return runIngest({ prisma: target.prisma, search: target.search, databaseUrl: target.databaseUrl, options: { ...options, indexUid: target.indexUid } });
}

async function indexedPeople(target: TestArchive, refId: string): Promise<string[]> {
  const document = await target.search.index(target.indexUid).getDocument(refId, { fields: ["people"] });
  return ((document as { people?: string[] }).people ?? []).slice().sort();
}

async function peopleOf(target: TestArchive, refId: string): Promise<string[]> {
  const rows = await target.prisma.person.findMany({ where: { mentions: { some: { cable: { refId } } } }, select: { displayName: true }, orderBy: { displayName: "asc" } });
  return rows.map(({ displayName }) => displayName);
}

const readSeed = (name: string) => readFile(join(SEEDS, name), "utf8");

describe("the people stage of an ingest", () => {
  test("the seeds yield their fourteen people, with roles and paragraphs, in the tables and in the index", async () => {
    const target = await archive();
    const summary = await ingest(target, { paths: [SEEDS] });
    // Found before indexing: every document is indexed once, whole, and none needs a second pass.
    expect(summary.people).toMatchObject({ isSkipped: false, people: SEED_PEOPLE.length, reindexed: 0 });

    const people = await target.prisma.person.findMany({ include: { mentions: { include: { cable: { select: { refId: true } } } } } });
    const names = people.map(({ displayName }) => displayName);
    for (const surname of SEED_PEOPLE) expect(names.filter((name) => name.endsWith(surname)), surname).toHaveLength(1);
    expect(names).not.toContain("NATO");

    const spogli = people.find(({ displayName }) => displayName === "Ronald P. Spogli");
    expect(spogli).toMatchObject({ slug: "ronald-p-spogli", cableCount: 1, mentionCount: 2 });
    expect(new Set(spogli?.mentions.map(({ role }) => role))).toEqual(new Set(["classified", "signed"]));
    const dalema = people.find(({ displayName }) => displayName.endsWith("D'Alema"))!;
    expect(dalema.variants).toEqual(expect.arrayContaining(["D'ALEMA", "D'Alema"]));
    const paragraphs = dalema.mentions.filter(({ cable }) => cable.refId === "06ROME1755").map(({ paragraphPosition }) => paragraphPosition);
    expect(new Set(paragraphs)).toEqual(new Set([null, 1, 2, 4, 5, 7, 9, 10]));

    expect(await indexedPeople(target, "06ROME1755")).toEqual(await peopleOf(target, "06ROME1755"));
    const byPerson = await target.search.index(target.indexUid).search("", { filter: [`people = "Ronald P. Spogli"`], facets: ["people"] });
    expect(byPerson.hits.map((hit) => hit.refId)).toEqual(["06ROME1755"]);
    const byName = await target.search.index(target.indexUid).search("Hadley", { attributesToSearchOn: ["people"] });
    expect(byName.hits.map((hit) => hit.refId)).toEqual(["06ROME1755"]);

    const again = await ingest(target, { paths: [SEEDS] });
    expect(again.people).toMatchObject({ isSkipped: true, people: SEED_PEOPLE.length, reindexed: 0 });
  });

  test("a new cable and a changed cable change the people of exactly those cables in the index", async () => {
    const target = await archive();
    const rome1755 = await readSeed("06ROME1755.txt");
    const rome535 = await readSeed("07ROME535.txt");
    await ingest(target, { paths: [await folderWith({ "06ROME1755.txt": rome1755 })] });
    const before = await indexedPeople(target, "06ROME1755");
    expect(before.filter((name) => name.endsWith("Hadley"))).toHaveLength(1);

    // A later version drops the addressee line naming Hadley; a second cable arrives.
    const revised = rome1755.replace("NSC FOR NSA HADLEY;", "NSC FOR NSA;");
    const second = await ingest(target, { paths: [await folderWith({ "06ROME1755.txt": revised, "07ROME535.txt": rome535 })] });
    expect(second).toMatchObject({ new: 1, updated: 1 });
    expect(second.people).toMatchObject({ isSkipped: false, reindexed: 0 });

    const after = await indexedPeople(target, "06ROME1755");
    expect(after.filter((name) => name.endsWith("Hadley"))).toEqual([]);
    expect(after).toEqual(await peopleOf(target, "06ROME1755"));
    expect(await indexedPeople(target, "07ROME535")).toEqual(await peopleOf(target, "07ROME535"));
    expect(await peopleOf(target, "07ROME535")).toContain("Vladimir Putin");
    expect(await target.prisma.person.findFirst({ where: { displayName: { contains: "Hadley" } } })).toBeNull();
  });

  test("an index update cut short is finished by the next run, though no cable changed", async () => {
    const target = await archive();
    await ingest(target, { paths: [SEEDS] });
    const expected = await indexedPeople(target, "07ROME535");
    // As if the last refresh died after committing the tables but before updating the index.
    await target.search.index(target.indexUid).updateDocuments([{ id: "07ROME535", people: [] }]).waitTask();
    await target.prisma.peopleState.update({ where: { id: 1 }, data: { isIndexPending: true } });

    const rerun = await ingest(target, { paths: [SEEDS] });
    expect(rerun).toMatchObject({ new: 0, updated: 0 });
    expect(rerun.people).toMatchObject({ isSkipped: true, reindexed: 2 });
    expect(await indexedPeople(target, "07ROME535")).toEqual(expected);
    expect(await target.prisma.peopleState.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ isIndexPending: false });
  });

  test("cables stored before the header block had a column still yield their addressees", async () => {
    const target = await archive();
    const dir = await folderWith({});
    await copyFile(join(SEEDS, "06ROME1755.txt"), join(dir, "06ROME1755.txt"));
    await ingest(target, { paths: [dir] });
    await target.prisma.cable.updateMany({ data: { headerBlock: null } });

    const forced = await ingest(target, { paths: [], isPeopleRefreshForced: true });
    expect(forced.people?.isSkipped).toBe(false);
    expect((await peopleOf(target, "06ROME1755")).filter((name) => name.endsWith("Hadley"))).toHaveLength(1);
  });
});

/** Every person and mention, in a comparable form. */
async function peopleTables(target: TestArchive) {
  const people = await target.prisma.person.findMany({ select: { slug: true, displayName: true, variants: true, titles: true, mentionCount: true, cableCount: true }, orderBy: { slug: "asc" } });
  const mentions = await target.prisma.personMention.findMany({
    select: { person: { select: { slug: true } }, cable: { select: { refId: true } }, paragraphPosition: true, role: true, name: true, title: true },
  });
  const mentionKeys = mentions.map((m) => JSON.stringify([m.person.slug, m.cable.refId, m.paragraphPosition, m.role, m.name, m.title])).sort();
  return { people, mentionKeys };
}

describe.skipIf(!hasCorpus)("the gazetteer learned while the cables are written", () => {
  warnIfNoCorpus("people head start");

  test("yields exactly the people a gazetteer learned from the stored cables yields, across runs and repeated ids", async () => {
    const target = await archive();
    const rows = readDumpCsv("cables.csv").map(({ fields }) => fields);
    const csvFolder = async (chosen: string[][]) => {
      const dir = await tempDir();
      await writeFile(join(dir, "cables.csv"), toDumpCsv(chosen));
      return dir;
    };

    // Every cable new: the whole gazetteer is learned while writing.
    const first = await ingest(target, { paths: [await csvFolder(rows.slice(0, 250))] });
    expect(first).toMatchObject({ new: 250, failed: 0 });
    expect(first.people).toMatchObject({ isSkipped: false, readBack: 0 });

    // New cables beside stored ones: only the stored ones are read back.
    const second = await ingest(target, { paths: [await csvFolder(rows.slice(250, 400))] });
    expect(second).toMatchObject({ new: 150, failed: 0 });
    expect(second.people).toMatchObject({ isSkipped: false, readBack: 250 });

    // One reference id twice in a run, the later text different: what was learned first is not
    // what is stored, so the whole gazetteer is learned again from PostgreSQL.
    const repeated = rows[420]!.map((field, i, all) => (i === all.length - 1 ? `${field}\n\n1. (U) Ambassador Giulio Terzi met Foreign Minister Franco Frattini.` : field));
    const third = await ingest(target, { paths: [await csvFolder([...rows.slice(400, 450), repeated])] });
    expect(third).toMatchObject({ new: 50, updated: 1, failed: 0 });
    expect(third.people).toMatchObject({ isSkipped: false, readBack: 450 });
    const afterRuns = await peopleTables(target);
    expect(afterRuns.people.length).toBeGreaterThan(100);

    const forced = await ingest(target, { paths: [], isPeopleRefreshForced: true });
    expect(forced.people).toMatchObject({ isSkipped: false, readBack: 450 });
    expect(await peopleTables(target)).toEqual(afterRuns);
  });
});

describe("reading people back (lib/db/people)", () => {
  test("lists, suggests and shows people as the pages need them", async () => {
    const target = await archive();
    await ingest(target, { paths: [SEEDS] });
    process.env.DATABASE_URL = target.databaseUrl;
    const { getPersonPage, listPeople, suggestPeople } = await import("../../lib/db/people");
    const { getPrisma } = await import("../../lib/db/client");
    defer(() => getPrisma().$disconnect());

    const signers = await listPeople({ role: "signed", q: "", sort: "count", page: 1, pageSize: 10 });
    expect(signers.items.map(({ displayName }) => displayName)).toEqual(["Ronald P. Spogli"]);
    expect(signers.everyone).toBe(SEED_PEOPLE.length);
    expect(signers.kinds).toEqual(expect.arrayContaining([{ kind: "signed", count: 1 }, { kind: "classified", count: 2 }]));
    const byVariant = await listPeople({ role: null, q: "d'alema", sort: "name", page: 1, pageSize: 10 });
    expect(byVariant.items.map(({ displayName }) => displayName)).toEqual([expect.stringMatching(/D'Alema$/)]);

    expect((await suggestPeople("cardo", 5)).map(({ displayName }) => displayName)).toEqual(["Raimondo De Cardona"]);
    expect((await suggestPeople("ALEM", 5)).map(({ displayName }) => displayName)).toEqual([expect.stringMatching(/D'Alema$/)]);
    expect(await suggestPeople("ardona", 5)).toEqual([]);
    // Typed text is a literal, never a pattern.
    expect(await suggestPeople(".*", 5)).toEqual([]);
    expect(await suggestPeople("(", 5)).toEqual([]);

    const spogli = await getPersonPage({ slug: "ronald-p-spogli", page: 1, pageSize: 10, relatedLimit: 20 });
    expect(spogli?.mentions.total).toBe(1);
    expect(spogli?.mentions.items[0]).toMatchObject({ roles: ["classified", "signed"], names: ["RONALD P. SPOGLI", "SPOGLI"], paragraph: null, cable: { refId: "06ROME1755" } });

    const prodi = await target.prisma.person.findFirstOrThrow({ where: { displayName: { endsWith: "Prodi" } } });
    const page = await getPersonPage({ slug: prodi.slug, page: 1, pageSize: 100, relatedLimit: 20 });
    expect(page?.related.map(({ displayName }) => displayName)).toContain("Vladimir Putin");
    expect(page?.timeline.years.map(({ year }) => year)).toEqual([2006, 2007]);
    expect(page?.posts).toEqual([{ name: "Embassy Rome", count: 2 }]);
    // One entry per paragraph, each quoting its paragraph under the anchor the cable page uses.
    const paragraphs = await target.prisma.paragraph.findMany({ where: { cable: { refId: "07ROME535" } }, orderBy: { position: "asc" } });
    const { withAnchors } = await import("../../lib/format/anchors");
    const anchors = new Map(withAnchors(paragraphs).map(({ anchor, text }) => [anchor, text]));
    const quoted = page!.mentions.items.filter(({ cable, paragraph }) => cable.refId === "07ROME535" && paragraph);
    expect(quoted.length).toBeGreaterThan(3);
    expect(new Set(quoted.map(({ paragraph }) => paragraph!.anchor)).size).toBe(quoted.length);
    for (const { paragraph } of quoted) expect(anchors.get(paragraph!.anchor)).toBe(paragraph!.text);
  });
});
