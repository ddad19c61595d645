import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CableView } from "@/components/cable/cable-view";
import { getCable, type CableDetail } from "@/lib/db/cables";
import { withAnchors } from "@/lib/format/anchors";
import { cableHref } from "@/lib/format/links";
import { refIdFromPathSegment } from "@/lib/format/ref-id";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ refId: string; number: string }> };

/** `/cable/06ROME1755/p/16`: the cable focused on one paragraph, with that paragraph as its preview. */
async function load(params: Props["params"]): Promise<{ cable: CableDetail; anchor: string; text: string } | null> {
  const { refId: rawRefId, number } = await params;
  const refId = refIdFromPathSegment(rawRefId);
  if (!refId || !/^\d{1,4}(-\d{1,3})?$/.test(number)) return null;
  const cable = await getCable(refId);
  const paragraph = cable ? withAnchors(cable.paragraphs).find(({ anchor }) => anchor === `p${number}`) : undefined;
  return cable && paragraph ? { cable, anchor: paragraph.anchor, text: paragraph.text } : null;
}

async function metadataOf({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return { title: "Paragraph not found" };
  const { cable, anchor, text } = found;
  const title = `${cable.refId} ¶${anchor.slice(1)}: ${cable.subject ?? "(no subject)"}`;
  const url = `${cableHref(cable.refId)}/p/${anchor.slice(1)}`;
  return { title, description: text.slice(0, 300), alternates: { canonical: url }, openGraph: { type: "article", title, description: text.slice(0, 300), url, siteName: "Cable Archive" } };
}

async function ParagraphPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <CableView cable={found.cable} terms={[]} focusAnchor={found.anchor} />;
}

export default withDatabase(ParagraphPage);
export const generateMetadata = withMetadataFallback(metadataOf);
