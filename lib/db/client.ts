import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type { PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

const holder = globalThis as unknown as { cableArchivePrisma?: PrismaClient };

/** One client per server process (Next.js dev reloads modules; the pool must not multiply). */
export function getPrisma(): PrismaClient {
  if (!holder.cableArchivePrisma) {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: start the archive with `npm start`, which provides it.");
    holder.cableArchivePrisma = createPrismaClient(databaseUrl);
  }
  return holder.cableArchivePrisma;
}
