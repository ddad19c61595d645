import "server-only";
import { cache } from "react";
import { getPrisma } from "./client";

export type CableHeaderSource = { sourceText: string; sourceFormat: string };

/** The stored text of a cable, so its routing header (not kept in a column) can be read again by the parser. */
export const getCableHeaderSource = cache(async (refId: string): Promise<CableHeaderSource | null> => {
  const cable = await getPrisma().cable.findUnique({ where: { refId }, select: { sourceText: true, sourceFormat: true } });
  return cable ?? null;
});
