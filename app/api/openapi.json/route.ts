import { openApiDocument } from "@/lib/api/openapi";
import { apiJson, apiRoute, CACHE, preflight } from "@/lib/api/respond";
import { publicBaseUrl } from "@/lib/format/public-url";

export const dynamic = "force-dynamic";

/** `GET /api/openapi.json`: the API described for people and for client generators. */
export const GET = apiRoute(async () => apiJson(openApiDocument({ serverUrl: publicBaseUrl() }), { maxAge: CACHE.document }));

export const OPTIONS = preflight;
