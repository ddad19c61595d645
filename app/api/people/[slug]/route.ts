import { notFound } from "@/lib/api/errors";
import { RECORD_PAGE_SIZE, parsePageOnly, parsePersonSlugParam } from "@/lib/api/params";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { toApiPerson } from "@/lib/api/shapes";
import { getPersonPage } from "@/lib/db/people";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const RELATED_LIMIT = 25;

/** `GET /api/people/{slug}?page=N`: a person, their years, posts and company, and a page of the paragraphs naming them. */
export const GET = apiRoute(async (request, { params }: Context) => {
  const slug = parsePersonSlugParam((await params).slug);
  const page = parsePageOnly(new URL(request.url).searchParams, { allowsPage: true });
  const person = await getPersonPage({ slug, page, pageSize: RECORD_PAGE_SIZE, relatedLimit: RELATED_LIMIT });
  if (!person) throw notFound(`No person ${slug} in the archive.`);
  return apiJson(toApiPerson(person, { page, pageSize: RECORD_PAGE_SIZE }, { base: publicBaseUrl() }), { maxAge: CACHE.record });
});

export const OPTIONS = preflight;
