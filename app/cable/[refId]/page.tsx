import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CableView } from "@/components/cable/cable-view";
import { getCable } from "@/lib/db/cables";
import { cableHref } from "@/lib/format/links";
import { refIdFromPathSegment } from "@/lib/format/ref-id";
import { termsOf } from "@/lib/search/highlight";
import { readTextParam } from "@/lib/search/query";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ refId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function metadataOf({ params }: Props): Promise<Metadata> {
  const refId = refIdFromPathSegment((await params).refId);
  const cable = refId ? await getCable(refId) : null;
  if (!cable) return { title: "Cable not found" };
  const title = `${cable.refId}: ${cable.subject ?? "(no subject)"}`;
  const description = cable.paragraphs.find(({ number }) => number !== null)?.text.slice(0, 300) ?? cable.paragraphs[0]?.text.slice(0, 300);
  return {
    title,
    description,
    alternates: { canonical: cableHref(cable.refId) },
    openGraph: { type: "article", title, description, url: cableHref(cable.refId), siteName: "Cable Archive" },
  };
}

async function CablePage({ params, searchParams }: Props) {
  const raw = (await params).refId;
  const refId = refIdFromPathSegment(raw);
  if (!refId) notFound();
  if (refId !== raw) permanentRedirect(cableHref(refId));
  const cable = await getCable(refId);
  if (!cable) notFound();
  const terms = termsOf(readTextParam((await searchParams).q));
  return <CableView cable={cable} terms={terms} />;
}

export default withDatabase(CablePage);
export const generateMetadata = withMetadataFallback(metadataOf);
