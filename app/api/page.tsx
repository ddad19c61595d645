import type { Metadata } from "next";
import Link from "next/link";
import { ENDPOINTS } from "@/lib/api/openapi";
import { readRateLimitConfig } from "@/lib/security/rate-limit-config";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "API", description: "A read-only JSON API over the cable archive, described in OpenAPI 3.1." };

const EXAMPLES = [
  { path: "/api/search?q=ambassador&tag=PREL&from=2006&to=2007", note: "a search, exactly as on the search page" },
  { path: "/api/cables/06ROME1755", note: "a cable with its paragraphs, references and permalinks" },
  { path: "/api/cables/06ROME1755/paragraphs/2", note: "one paragraph" },
  { path: "/api/tags/PHUM", note: "a tag: meaning, cables per year, its cables (add ?page=2)" },
  { path: "/api/posts/Embassy%20Rome", note: "a post" },
];

function Code({ children }: { children: string }) {
  return <code className="rounded bg-stone-100 px-1 font-mono text-sm">{children}</code>;
}

export default function ApiPage() {
  const { perMinute } = readRateLimitConfig(process.env);
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">The Cable Archive API</h1>
        <p>
          Everything the archive shows is also available as JSON, read-only and without a key, from any origin. The API is described in{" "}
          <a href="/api/openapi.json" className="text-blue-800 underline">
            OpenAPI 3.1 (/api/openapi.json)
          </a>
          , which tools such as Swagger UI or an OpenAPI client generator read.
        </p>
      </header>

      <section aria-labelledby="endpoints" className="space-y-2">
        <h2 id="endpoints" className="text-xl font-semibold">
          Endpoints
        </h2>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="py-1 pr-4">
                GET
              </th>
              <th scope="col" className="py-1">
                Returns
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(ENDPOINTS).map(([path, operation]) => (
              <tr key={path} className="border-b border-stone-200 align-top">
                <td className="py-1 pr-4 font-mono">{path}</td>
                <td className="py-1">{String(operation.summary)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="examples" className="space-y-2">
        <h2 id="examples" className="text-xl font-semibold">
          Examples
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {EXAMPLES.map(({ path, note }) => (
            <li key={path}>
              <a href={path} className="break-all font-mono text-sm text-blue-800 underline">
                {path}
              </a>{" "}
              — {note}
            </li>
          ))}
        </ul>
        <p className="text-sm text-stone-700">
          Search takes the parameters of the <Link href="/search" className="underline">search page</Link> and means the same by them; a search page URL becomes an API URL by
          putting <Code>/api</Code> in front of <Code>/search</Code>. Every hit and paragraph carries the URL of its page. Highlights are offsets into plain text, never HTML.
          For all hits of a large search, use the CSV or JSON Lines export linked from each response (<Code>links.csv</Code>, <Code>links.jsonl</Code>).
        </p>
      </section>

      <section aria-labelledby="errors" className="space-y-2">
        <h2 id="errors" className="text-xl font-semibold">
          Errors and limits
        </h2>
        <p>
          Every error is <Code>{'{ "error": { "code": "…", "message": "…" } }'}</Code>: <Code>bad_parameter</Code> (400, with <Code>parameter</Code> naming the culprit),{" "}
          <Code>not_found</Code> (404), <Code>rate_limited</Code> (429), <Code>unavailable</Code> (503, search or database down) and <Code>internal</Code> (500).
        </p>
        <p>
          Each client may make {perMinute.api > 0 ? `${perMinute.api.toLocaleString("en-US")} API requests per minute` : "any number of API requests"}
          {perMinute.search > 0 ? ` and ${perMinute.search.toLocaleString("en-US")} searches, exports and feed reads per minute` : ""}; past that the answer is a 429 with{" "}
          <Code>Retry-After</Code> (seconds). <Code>X-RateLimit-Remaining</Code> says how many requests are left.
        </p>
      </section>
    </article>
  );
}
