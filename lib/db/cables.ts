import "server-only";
import { cache } from "react";
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

/** The columns of a cable in lists; shared by every list of cables. */
export const SUMMARY_FIELDS = { refId: true, subject: true, sentAt: true, sentAtPrecision: true, origin: true, classification: true } as const;

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
export type CableTagView = { code: string; kind: string; description: string | null };
export type CableReferenceView = { letter: string | null; text: string; targetRefId: string | null; isInArchive: boolean; isInRelease: boolean | null };
export type CableVersionView = { id: number; supersededAt: Date; sourceFormat: string };
/** A person the cable names, where (a paragraph position; null for the header) and as written. */
export type CablePersonView = { slug: string; displayName: string; role: string; name: string; paragraphPosition: number | null };

export type CableDetail = CableSummary & {
  destinationsTo: string[];
  destinationsInfo: string[];
  caveats: string[];
  tags: CableTagView[];
  post: { name: string; kind: string; city: string | null; country: string | null } | null;
  classifiedBy: string | null;
  classificationReasons: string | null;
  declassification: string | null;
  declassifyOn: Date | null;
  executiveOrder: string | null;
  precedence: string | null;
  signature: string | null;
  isPartialExtract: boolean;
  hasRedactions: boolean;
  warnings: string[];
  paragraphs: CableParagraphView[];
  references: CableReferenceView[];
  citedBy: CableSummary[];
  versions: CableVersionView[];
  people: CablePersonView[];
};

/** Everything the cable page shows, in one call (React's cache shares it with the metadata). */
export const getCable = cache(async (refId: string): Promise<CableDetail | null> => {
  const prisma = getPrisma();
  const cable = await prisma.cable.findUnique({
    where: { refId },
    select: {
      ...SUMMARY_FIELDS,
      destinationsTo: true,
      destinationsInfo: true,
      caveats: true,
      classifiedBy: true,
      classificationReasons: true,
      declassification: true,
      declassifyOn: true,
      executiveOrder: true,
      precedence: true,
      signature: true,
      isPartialExtract: true,
      hasRedactions: true,
      warnings: true,
      post: { select: { name: true, kind: true, city: true, country: true } },
      cableTags: { select: { tag: { select: { code: true, kind: true, description: true } } }, orderBy: { position: "asc" } },
      paragraphs: { select: { position: true, number: true, marking: true, text: true }, orderBy: { position: "asc" } },
      references: { select: { letter: true, text: true, targetRefId: true }, orderBy: { position: "asc" } },
      versions: { select: { id: true, supersededAt: true, sourceFormat: true }, orderBy: { supersededAt: "desc" } },
    },
  });
  if (!cable) return null;

  const targets = [...new Set(cable.references.flatMap(({ targetRefId }) => (targetRefId ? [targetRefId] : [])))];
  const [held, released, releaseListSize, citedBy, mentions] = await Promise.all([
    prisma.cable.findMany({ where: { refId: { in: targets } }, select: { refId: true } }),
    prisma.releaseCable.findMany({ where: { refId: { in: targets } }, select: { refId: true } }),
    prisma.releaseCable.count(),
    prisma.cable.findMany({
      where: { references: { some: { targetRefId: refId } }, NOT: { refId } },
      select: SUMMARY_FIELDS,
      orderBy: [{ sentAt: { sort: "asc", nulls: "last" } }, { refId: "asc" }],
      take: 100,
    }),
    prisma.personMention.findMany({
      where: { cable: { refId } },
      select: { role: true, name: true, paragraphPosition: true, person: { select: { slug: true, displayName: true } } },
      orderBy: [{ paragraphPosition: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    }),
  ]);
  const heldIds = new Set(held.map((row) => row.refId));
  const releasedIds = new Set(released.map((row) => row.refId));
  const { cableTags, references, ...rest } = cable;
  return {
    ...rest,
    tags: cableTags.map(({ tag }) => tag),
    references: references.map((reference) => ({
      ...reference,
      isInArchive: reference.targetRefId !== null && heldIds.has(reference.targetRefId),
      // Without a loaded release list the archive cannot tell, and says nothing.
      isInRelease: reference.targetRefId === null || releaseListSize === 0 ? null : releasedIds.has(reference.targetRefId),
    })),
    citedBy,
    people: mentions.map(({ person, ...mention }) => ({ ...person, ...mention })),
  };
});

export async function getSourceText(refId: string, versionId?: number): Promise<string | null> {
  const prisma = getPrisma();
  if (versionId === undefined) return (await prisma.cable.findUnique({ where: { refId }, select: { sourceText: true } }))?.sourceText ?? null;
  const version = await prisma.cableVersion.findFirst({ where: { id: versionId, cable: { refId } }, select: { sourceText: true } });
  return version?.sourceText ?? null;
}

export async function cableExists(refId: string): Promise<boolean> {
  return (await getPrisma().cable.count({ where: { refId } })) > 0;
}
