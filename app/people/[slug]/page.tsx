import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FactList, PageSection } from "@/components/browse/page-parts";
import { PERSON_ROLE_LABELS } from "@/components/browse/labels";
import { Pagination } from "@/components/browse/pagination";
import { decodeSegment, pageHref, parsePage, peopleListHref, type RawSearchParams, yearSearchHref } from "@/components/browse/params";
import { yearSpan } from "@/components/browse/post-table";
import { cablesLabel, shownRange } from "@/components/browse/text";
import { YearChart } from "@/components/browse/year-chart";
import { findPerson, getPersonPage, type PersonMentionView } from "@/lib/db/people";
import { formatCableDate } from "@/lib/format/date";
import { cableHref, personHref, postHref } from "@/lib/format/links";
import { EMPTY_QUERY, searchHref } from "@/lib/search/query";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

const MENTION_PAGE_SIZE = 50;
const RELATED_LIMIT = 15;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

async function metadataOf({ params }: Props): Promise<Metadata> {
  const person = await findPerson(decodeSegment((await params).slug));
  if (!person) return { title: "Person not found" };
  return { title: person.displayName, description: `${person.displayName} in the diplomatic cables: named in ${cablesLabel(person.cableCount)}.` };
}

const ROLE_PHRASES: Record<PersonMentionView["roles"][number], string> = {
  signed: "signed the cable",
  classified: "classified the cable",
  tagged: "named in its TAGS",
  mentioned: "mentioned",
};

function Mention({ mention }: { mention: PersonMentionView }) {
  const { cable, paragraph } = mention;
  const where = paragraph ? (paragraph.number !== null ? `¶${paragraph.number}` : "text") : "header";
  return (
    <li className="space-y-1 p-4">
      <p className="text-sm">
        <Link href={cableHref(cable.refId, paragraph?.anchor)} className="font-mono font-semibold text-blue-800 hover:underline">
          {cable.refId}
          {paragraph && paragraph.number !== null ? ` ¶${paragraph.number}` : ""}
        </Link>
        <span className="text-stone-600">
          {" · "}
          <time dateTime={cable.sentAt?.toISOString()}>{formatCableDate(cable.sentAt, cable.sentAtPrecision)}</time>
          {cable.origin ? ` · ${cable.origin}` : ""}
        </span>
      </p>
      <p className="text-sm text-stone-900">{cable.subject ?? "(no subject)"}</p>
      <p className="text-xs text-stone-700">
        As {mention.names.map((name) => `“${name}”`).join(", ")}
        {mention.title ? `, ${mention.title}` : ""}: {mention.roles.map((role) => ROLE_PHRASES[role]).join("; ")}
        <span className="sr-only"> ({where})</span>
      </p>
      {paragraph && <blockquote className="whitespace-pre-line border-l-4 border-stone-300 pl-3 text-sm text-stone-800">{paragraph.text}</blockquote>}
    </li>
  );
}

async function PersonPage({ params, searchParams }: Props) {
  const slug = decodeSegment((await params).slug);
  const page = parsePage(await searchParams);
  const person = await getPersonPage({ slug, page, pageSize: MENTION_PAGE_SIZE, relatedLimit: RELATED_LIMIT });
  if (!person) notFound();
  const byPerson = { person: [person.displayName] };
  const searchByPerson = searchHref({ ...EMPTY_QUERY, filters: { ...EMPTY_QUERY.filters, ...byPerson } });
  const variants = person.variants.filter((variant) => variant !== person.displayName);
  const { items, total } = person.mentions;
  const range = shownRange({ page, total, pageSize: MENTION_PAGE_SIZE, shown: items.length });

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-stone-700">
          <Link href={peopleListHref()} className="text-blue-800 underline">
            People
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{person.displayName}</h1>
        <FactList
          facts={[
            { label: "Named in", value: cablesLabel(person.cableCount), testId: "person-cable-count" },
            { label: "Mentions", value: person.mentionCount.toLocaleString("en-US") },
            { label: "Years", value: yearSpan(person) },
            { label: "Roles", value: person.roles.map(({ kind, count }) => `${PERSON_ROLE_LABELS[kind].toLowerCase()} ${count.toLocaleString("en-US")}`).join(", ") },
          ]}
        />
        <p>
          <Link href={searchByPerson} className="font-medium text-blue-800 underline">
            Search the cables naming {person.displayName}
          </Link>
        </p>
      </header>

      <PageSection id="names-heading" title="Names and titles">
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="font-medium text-stone-700">Written as</dt>
            <dd data-testid="person-variants">{variants.length > 0 ? variants.join(" · ") : person.displayName}</dd>
          </div>
          <div>
            <dt className="font-medium text-stone-700">Titles seen with the name</dt>
            <dd>{person.titles.length > 0 ? person.titles.join(" · ") : "None written"}</dd>
          </div>
        </dl>
      </PageSection>

      <PageSection id="years-heading" title="Cables per year">
        <YearChart title={`Cables naming ${person.displayName}, per year`} timeline={person.timeline} hrefForYear={(year) => yearSearchHref(year, byPerson)} />
      </PageSection>

      <div className="grid gap-8 md:grid-cols-2">
        <PageSection id="posts-heading" title="Posts that reported on them">
          {person.posts.length === 0 ? (
            <p className="text-sm text-stone-700">No cable naming them has a known post.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
              {person.posts.map((post) => (
                <li key={post.name} className="flex items-baseline justify-between gap-3 px-3 py-2">
                  <Link href={postHref(post.name)} className="font-medium text-blue-800 hover:underline">
                    {post.name}
                  </Link>
                  <Link href={searchHref({ ...EMPTY_QUERY, filters: { ...EMPTY_QUERY.filters, ...byPerson, origin: [post.name] } })} className="shrink-0 tabular-nums text-blue-800 underline">
                    {cablesLabel(post.count)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </PageSection>
        <PageSection id="related-heading" title="Most often named with them">
          {person.related.length === 0 ? (
            <p className="text-sm text-stone-700">Nobody else is named in the same cables.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" data-testid="related-people">
              {person.related.map((other) => (
                <li key={other.slug} className="flex items-baseline justify-between gap-3 px-3 py-2">
                  <Link href={personHref(other.slug)} className="font-medium text-blue-800 hover:underline">
                    {other.displayName}
                  </Link>
                  <span className="shrink-0 tabular-nums text-stone-700">{cablesLabel(other.sharedCables)} together</span>
                </li>
              ))}
            </ul>
          )}
        </PageSection>
      </div>

      <PageSection id="mentions-heading" title="Every mention">
        {range && <p className="text-sm text-stone-700">{range}, oldest cable first</p>}
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="person-mentions">
          {items.map((mention, index) => (
            <Mention key={`${mention.cable.refId}-${mention.paragraph?.anchor ?? "header"}-${index}`} mention={mention} />
          ))}
        </ol>
        <Pagination label="Pages of mentions" page={page} total={total} pageSize={MENTION_PAGE_SIZE} hrefForPage={(target) => pageHref(personHref(person.slug), target)} />
      </PageSection>
    </div>
  );
}

export default withDatabase(PersonPage);
export const generateMetadata = withMetadataFallback(metadataOf);
