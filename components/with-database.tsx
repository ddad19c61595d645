import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { isDatabaseUnavailable } from "@/lib/api/unavailable";

/** What a reader sees, rendered on the server (no script needed), while the database cannot be reached. */
export function DatabaseUnavailable() {
  return (
    <div role="alert" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      {/* React hoists it into <head>: an outage page must not replace the cable in search engines. */}
      <meta name="robots" content="noindex" />
      <h1 className="text-2xl font-semibold">The archive is unavailable right now</h1>
      <p className="text-stone-800">
        Its database is not answering. Nothing is lost: please try again in a minute, or reload this page. <Link href="/" className="underline">Home page</Link>
      </p>
    </div>
  );
}

/**
 * Wraps a page that reads the database: when the database cannot be reached, the page shows
 * DatabaseUnavailable instead of Next's error shell, which is blank without JavaScript. Other
 * errors (and Next's redirects and not-founds) pass through untouched.
 */
export function withDatabase<Props>(Page: (props: Props) => Promise<ReactNode>): (props: Props) => Promise<ReactNode> {
  return async function PageReadingTheDatabase(props: Props) {
    try {
      return await Page(props);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error("Page: database unavailable", error);
      return <DatabaseUnavailable />;
    }
  };
}

/** The same for a page's metadata: a plain title while the database cannot be reached. */
export function withMetadataFallback<Props>(metadataOf: (props: Props) => Promise<Metadata>): (props: Props) => Promise<Metadata> {
  return async (props: Props) => {
    try {
      return await metadataOf(props);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      return { title: "Unavailable", robots: { index: false } };
    }
  };
}
