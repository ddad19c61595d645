import { notFound } from "@/lib/api/errors";
import { parsePageOnly, parseRefIdParam } from "@/lib/api/params";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { toApiCable } from "@/lib/api/shapes";
import { getCable } from "@/lib/db/cables";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ refId: string }> };

/** `GET /api/cables/{refId}`: the whole cable, header to paragraphs, with its permalinks. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const refId = parseRefIdParam((await params).refId);
  parsePageOnly(new URL(request.url).searchParams, { allowsPage: false });
  const cable = await getCable(refId);
  if (!cable) throw notFound(`No cable ${refId} in the archive.`);
  return apiJson(toApiCable(cable, { base: publicBaseUrl() }), { maxAge: CACHE.record });
});

export const OPTIONS = preflight;
