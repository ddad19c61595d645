// A worker thread of the people stage (lib/ingest/people-threads.ts). Plain JavaScript so that any
// Node process can start it; the TypeScript people code is loaded through tsx.
//   task "extract": a message is a list of cables, the answer their mentions in the same order.
//   task "learn":   learns a gazetteer from the cables it is sent, and builds it when asked.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { createGazetteerBuilder, extractMentions } = await tsImport("../people/index.ts", import.meta.url);

const describe = (error) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

if (workerData.task === "extract") {
  const { gazetteer } = workerData;
  parentPort.on("message", ({ job, inputs }) => {
    try {
      parentPort.postMessage({ job, mentions: inputs.map((input) => extractMentions(input, gazetteer)) });
    } catch (error) {
      parentPort.postMessage({ job, error: describe(error) });
    }
  });
} else if (workerData.task === "learn") {
  const builder = createGazetteerBuilder();
  parentPort.on("message", (message) => {
    try {
      if (message.type === "add") {
        for (const input of message.inputs) builder.add(input);
        parentPort.postMessage({ type: "learned", count: message.inputs.length });
      } else if (message.type === "build") {
        parentPort.postMessage({ type: "built", gazetteer: builder.build() });
      }
    } catch (error) {
      parentPort.postMessage({ type: "failed", error: describe(error) });
    }
  });
} else {
  throw new Error(`Unknown people worker task: ${workerData.task}`);
}
