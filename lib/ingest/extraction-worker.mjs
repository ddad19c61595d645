// One extraction thread of the people stage (lib/ingest/extraction.ts): a message is a list of
// cables, the answer their mentions in the same order. Plain JavaScript so that any Node process
// can start it; the TypeScript extractor is loaded through tsx.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { extractMentions } = await tsImport("../people/index.ts", import.meta.url);
const { gazetteer } = workerData;

parentPort.on("message", ({ job, inputs }) => {
  try {
    parentPort.postMessage({ job, mentions: inputs.map((input) => extractMentions(input, gazetteer)) });
  } catch (error) {
    parentPort.postMessage({ job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
