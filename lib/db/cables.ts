import "server-only";
import type { DatePrecision } from "../format/date";
import { getPrisma } from "./client";

export type CableSummary = {
  refId: string;
  subject: string | null;
  sentAt: Date | null;
  sentAtPrecision: DatePrecision | null;
  origin: string | null;
  classification: string | null;
};

export type ArchiveStats = { cableCount: number; earliest: Date | null; latest: Date | null };

const SUMMARY_FIELDS = { refId: true, subject: true, sentAt: true, sentAtPrecision: true, origin: true, classification: true } as const;

export async function getArchiveStats(): Promise<ArchiveStats> {
  const result = await getPrisma().cable.aggregate({ _count: { _all: true }, _min: { sentAt: true }, _max: { sentAt: true } });
  return { cableCount: result._count._all, earliest: result._min.sentAt, latest: result._max.sentAt };
}

export async function getLatestCables(limit: number): Promise<CableSummary[]> {
  return getPrisma().cable.findMany({
    select: SUMMARY_FIELDS,
    orderBy: [{ sentAt: { sort: "desc", nulls: "last" } }, { refId: "asc" }],
    take: limit,
  });
}

export type CableParagraphView = { position: number; number: number | null; marking: string | null; text: string };

export type CableDetail = CableSummary & {
  destinationsTo: string[];
  destinationsInfo: string[];
  caveats: string[];
  tags: string[];
  classifiedBy: string | null;
  classificationReasons: string | null;
  declassification: string | null;
  precedence: string | null;
  signature: string | null;
  isPartialExtract: boolean;
  hasRedactions: boolean;
  warnings: string[];
  paragraphs: CableParagraphView[];
};

export async function getCable(refId: string): Promise<CableDetail | null> {
  return getPrisma().cable.findUnique({
    where: { refId },
    select: {
      ...SUMMARY_FIELDS,
      destinationsTo: true,
      destinationsInfo: true,
      caveats: true,
      tags: true,
      classifiedBy: true,
      classificationReasons: true,
      declassification: true,
      precedence: true,
      signature: true,
      isPartialExtract: true,
      hasRedactions: true,
      warnings: true,
      paragraphs: { select: { position: true, number: true, marking: true, text: true }, orderBy: { position: "asc" } },
    },
  });
}

export async function cableExists(refId: string): Promise<boolean> {
  return (await getPrisma().cable.count({ where: { refId } })) > 0;
}
