import { getSourceText } from "@/lib/db/cables";
import { refIdFromPathSegment } from "@/lib/format/ref-id";
import { plainTextResponse } from "@/lib/format/plain-text";

export const dynamic = "force-dynamic";

/** The cable's text exactly as ingested, as plain text: never interpreted as markup. */
export async function GET(_request: Request, { params }: { params: Promise<{ refId: string }> }) {
  const refId = refIdFromPathSegment((await params).refId);
  const text = refId ? await getSourceText(refId) : null;
  return plainTextResponse(text);
}
