import { createServer } from "node:net";
import { ServiceError } from "./errors";

/** Asks the kernel for a free loopback port. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not read the port the kernel assigned"));
      });
    });
  });
}

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function assertPortFree(port: number, what: string): Promise<void> {
  // next start listens on all interfaces, so both wildcard families must be free.
  const isFree = (await canListen(port, "0.0.0.0")) && (await canListen(port, "127.0.0.1"));
  if (!isFree) {
    throw new ServiceError(
      `Port ${port} (${what}) is already in use.`,
      `stop whatever listens there (\`ss -ltnp 'sport = :${port}'\` shows it) or choose another port, e.g. PORT=3001 npm start.`,
    );
  }
}
