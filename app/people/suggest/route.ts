import { suggestPeople } from "@/lib/db/people";
import { readTextParam } from "@/lib/search/query";

export const dynamic = "force-dynamic";

const MIN_LENGTH = 2;
const MAX_SUGGESTIONS = 6;

/** `GET /people/suggest?q=lavr`: the people whose names match what is typed in a search box, most named first. */
export async function GET(request: Request) {
  const text = readTextParam(new URL(request.url).searchParams.get("q") ?? undefined);
  const people = text.length < MIN_LENGTH ? [] : await suggestPeople(text, MAX_SUGGESTIONS);
  return Response.json({ people }, { headers: { "Cache-Control": "public, max-age=60" } });
}
