import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CableMetadata } from "@/components/cable/cable-metadata";
import { CableParagraphs } from "@/components/cable/cable-paragraphs";
import { getCable } from "@/lib/db/cables";

export const dynamic = "force-dynamic";

type Params = Promise<{ refId: string }>;

const REF_ID_PATTERN = /^[0-9A-Z]{4,40}$/;

function canonicalRefId(raw: string): string | null {
  const candidate = decodeURIComponent(raw).trim().toUpperCase();
  return REF_ID_PATTERN.test(candidate) ? candidate : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const refId = canonicalRefId((await params).refId);
  const cable = refId ? await getCable(refId) : null;
  if (!cable) return { title: "Cable not found" };
  return { title: `${cable.refId}: ${cable.subject ?? "(no subject)"}`, description: cable.paragraphs[0]?.text.slice(0, 200) };
}

export default async function CablePage({ params }: { params: Params }) {
  const raw = (await params).refId;
  const refId = canonicalRefId(raw);
  if (!refId) notFound();
  if (refId !== raw) permanentRedirect(`/cable/${refId}`);
  const cable = await getCable(refId);
  if (!cable) notFound();

  return (
    <article className="space-y-8" aria-labelledby="cable-title">
      <header className="space-y-2">
        <p className="font-mono text-sm text-stone-600">{cable.refId}</p>
        <h1 id="cable-title" className="text-2xl font-semibold tracking-tight">
          {cable.subject ?? "(no subject)"}
        </h1>
      </header>
      <CableMetadata cable={cable} />
      <CableParagraphs paragraphs={cable.paragraphs} signature={cable.signature} />
    </article>
  );
}
