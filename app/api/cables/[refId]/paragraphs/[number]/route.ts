import { notFound } from "@/lib/api/errors";
import { parsePageOnly, parseParagraphParam, parseRefIdParam } from "@/lib/api/params";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { toApiParagraph } from "@/lib/api/shapes";
import { getCable } from "@/lib/db/cables";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ refId: string; number: string }> };

/** `GET /api/cables/{refId}/paragraphs/{number}`: one numbered paragraph and the cable it is from. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const segments = await params;
  const refId = parseRefIdParam(segments.refId);
  const number = parseParagraphParam(segments.number);
  parsePageOnly(new URL(request.url).searchParams, { allowsPage: false });
  const cable = await getCable(refId);
  if (!cable) throw notFound(`No cable ${refId} in the archive.`);
  const paragraph = toApiParagraph(cable, number, { base: publicBaseUrl() });
  if (!paragraph) throw notFound(`Cable ${refId} has no paragraph ${number}.`);
  return apiJson(paragraph, { maxAge: CACHE.record });
});

export const OPTIONS = preflight;
