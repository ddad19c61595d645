import { getSourceText } from "@/lib/db/cables";
import { refIdFromPathSegment } from "@/lib/format/ref-id";
import { plainTextResponse } from "@/lib/format/plain-text";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ refId: string; id: string }> }) {
  const { refId: rawRefId, id } = await params;
  const refId = refIdFromPathSegment(rawRefId);
  const versionId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const text = refId && versionId !== null ? await getSourceText(refId, versionId) : null;
  return plainTextResponse(text);
}
