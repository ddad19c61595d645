// Starts embedded services for a data folder and waits: the parent test kills it with SIGKILL to
// reproduce an `npm start` that died without stopping what it started.
import { startServices } from "../../lib/services/index";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: start-services-child.ts DATA_DIR");
const services = await startServices({ dataDir, env: {}, log: () => undefined });
process.stdout.write(`${JSON.stringify(services.endpoints)}\n`);
setInterval(() => undefined, 60_000);
