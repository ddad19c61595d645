import { notFound } from "@/lib/api/errors";
import { RECORD_PAGE_SIZE, parsePageOnly, parsePostNameParam } from "@/lib/api/params";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { toApiPost } from "@/lib/api/shapes";
import { getPostPage } from "@/lib/db/browse";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ name: string }> };

const TOP_TAGS = 20;

/** `GET /api/posts/{name}?page=N`: the post, its cables per year, its commonest tags and a page of its cables. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const name = parsePostNameParam((await params).name);
  const page = parsePageOnly(new URL(request.url).searchParams, { allowsPage: true });
  const post = await getPostPage({ name, page, pageSize: RECORD_PAGE_SIZE, tagLimit: TOP_TAGS });
  if (!post) throw notFound(`No post ${name} in the archive.`);
  return apiJson(toApiPost(post, { page, pageSize: RECORD_PAGE_SIZE }, { base: publicBaseUrl() }), { maxAge: CACHE.record });
});

export const OPTIONS = preflight;
