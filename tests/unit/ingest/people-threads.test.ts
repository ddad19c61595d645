import { afterAll, describe, expect, it } from "vitest";
import { ExtractionThreads, extractInThread, GazetteerThread } from "@/lib/ingest/people-threads";
import { buildGazetteer, type PeopleInput } from "@/lib/people";
import { readSeed } from "../people/support";

describe("people extraction on worker threads", () => {
  const seeds = ["06ROME1755", "07ROME535"].map(readSeed);
  const gazetteer = buildGazetteer(seeds);
  // Several rounds of the seeds, so that each thread gets a share and the order is tested.
  const inputs: PeopleInput[] = Array.from({ length: 5 }, () => seeds).flat();
  const threads = new ExtractionThreads(gazetteer, 3);
  afterAll(() => threads.close());

  it("finds the mentions the calling thread finds, in the order of the inputs", async () => {
    const expected = await extractInThread(gazetteer)(inputs);
    expect(expected[0]!.length).toBeGreaterThan(10);
    expect(expected[0]).not.toEqual(expected[1]);
    expect(await threads.extract(inputs)).toEqual(expected);
  });

  it("reports a cable it cannot read as an error, and keeps working", async () => {
    const broken = { ...seeds[0]!, paragraphs: null } as unknown as PeopleInput;
    await expect(threads.extract([seeds[0]!, broken, seeds[1]!])).rejects.toThrow(/People extraction failed: TypeError/);
    expect(await threads.extract([seeds[1]!])).toEqual(await extractInThread(gazetteer)([seeds[1]!]));
  });
});

describe("a gazetteer learned on its own thread", () => {
  const seeds = ["06ROME1755", "07ROME535"].map(readSeed);

  it("is the gazetteer the calling thread learns from the same cables", async () => {
    const thread = new GazetteerThread();
    try {
      thread.add([seeds[0]!]);
      thread.add([seeds[1]!, seeds[0]!]);
      await thread.whenBacklogAtMost(0);
      const gazetteer = await thread.built();
      expect(gazetteer.people.length).toBeGreaterThan(0);
      expect(gazetteer).toEqual(buildGazetteer([seeds[0]!, seeds[1]!, seeds[0]!]));
    } finally {
      await thread.close();
    }
  });

  it("reports a cable it cannot learn when asked for the gazetteer, without leaving a wait hanging", async () => {
    const thread = new GazetteerThread();
    try {
      thread.add([seeds[0]!, { ...seeds[1]!, paragraphs: null } as unknown as PeopleInput]);
      await thread.whenBacklogAtMost(0);
      await expect(thread.built()).rejects.toThrow(/Learning the gazetteer failed: TypeError/);
      expect(thread.error).toBeInstanceOf(Error);
    } finally {
      await thread.close();
    }
  });
});
