import { notFound } from "@/lib/api/errors";
import { RECORD_PAGE_SIZE, parsePageOnly, parseTagCodeParam } from "@/lib/api/params";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { toApiTag } from "@/lib/api/shapes";
import { getTagPage } from "@/lib/db/browse";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

/** `GET /api/tags/{code}?page=N`: the tag, its cables per year and a page of its cables, newest first. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const code = parseTagCodeParam((await params).code);
  const page = parsePageOnly(new URL(request.url).searchParams, { allowsPage: true });
  const tag = await getTagPage({ code, page, pageSize: RECORD_PAGE_SIZE });
  if (!tag) throw notFound(`No tag ${code} in the archive.`);
  return apiJson(toApiTag(tag, { page, pageSize: RECORD_PAGE_SIZE }, { base: publicBaseUrl() }), { maxAge: CACHE.record });
});

export const OPTIONS = preflight;
