import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** Any other path under /api answers in the API's error shape rather than with the HTML 404 page. */
export const GET = apiRoute(async (request) => {
  throw notFound(`No API endpoint at ${new URL(request.url).pathname}; the endpoints are listed at /api/openapi.json.`);
});
