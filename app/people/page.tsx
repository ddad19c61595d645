import type { Metadata } from "next";
import { PERSON_ROLE_LABELS } from "@/components/browse/labels";
import { ListFilter } from "@/components/browse/list-filter";
import { Pagination } from "@/components/browse/pagination";
import { LIST_PAGE_SIZE, parsePeopleListParams, peopleListHref, type PeopleListQuery, type RawSearchParams } from "@/components/browse/params";
import { PeopleTable } from "@/components/browse/people-table";
import { SortLinks } from "@/components/browse/sort-links";
import { capitalise, shownRange } from "@/components/browse/text";
import { listPeople } from "@/lib/db/people";
import { withDatabase, withMetadataFallback } from "@/components/with-database";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

const ROLE_NOUNS: Readonly<Record<NonNullable<PeopleListQuery["kind"]>, [string, string]>> = {
  signed: ["person who signed cables", "people who signed cables"],
  classified: ["person who classified cables", "people who classified cables"],
  tagged: ["person named in TAGS", "people named in TAGS"],
  mentioned: ["person mentioned in the text", "people mentioned in the text"],
};

/** "people who signed cables matching “spog”": the heading, the title and the table's caption. */
function describeQuery({ kind, q }: PeopleListQuery, count?: number): string {
  const [singular, plural] = kind ? ROLE_NOUNS[kind] : ["person", "people"];
  const noun = count === 1 ? singular : plural;
  return q ? `${noun} whose name contains “${q}”` : noun;
}

async function metadataOf({ searchParams }: Props): Promise<Metadata> {
  return { title: capitalise(describeQuery(parsePeopleListParams(await searchParams))) };
}

async function PeoplePage({ searchParams }: Props) {
  const query = parsePeopleListParams(await searchParams);
  const { items, total, kinds, everyone } = await listPeople({ role: query.kind, q: query.q, sort: query.sort, page: query.page, pageSize: LIST_PAGE_SIZE });
  const change = (changes: Partial<PeopleListQuery>) => peopleListHref({ ...query, page: 1, ...changes });
  const range = shownRange({ page: query.page, total, pageSize: LIST_PAGE_SIZE, shown: items.length });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">People</h1>
        <p className="max-w-3xl text-stone-700">
          The people the cables name: who signed and who classified them, who their TAGS name, and who their paragraphs mention. Names are found by rule
          and the spellings of one person are merged, so a name may occasionally be missed or split.
        </p>
      </header>
      <ListFilter
        action={peopleListHref()}
        formLabel="Filter people"
        textLabel="Name contains"
        q={query.q}
        kind={query.kind}
        kindLabels={PERSON_ROLE_LABELS}
        kindCounts={kinds}
        allCount={everyone}
        allLabel="Everyone"
        kindName="Role"
        hrefForKind={(kind) => change({ kind })}
        hidden={{ sort: query.sort === "count" ? null : query.sort }}
      />
      <section aria-labelledby="people-results" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="people-results" className="text-xl font-semibold">
            {total.toLocaleString("en-US")} {describeQuery(query, total)}
          </h2>
          <SortLinks
            options={[
              { label: "Most cables first", href: change({ sort: "count" }), isCurrent: query.sort === "count" },
              { label: "By surname", href: change({ sort: "name" }), isCurrent: query.sort === "name" },
            ]}
          />
        </div>
        {range && <p className="text-sm text-stone-700">{range}</p>}
        {items.length > 0 && <PeopleTable people={items} caption={capitalise(describeQuery(query))} />}
        <Pagination label="Pages of people" page={query.page} total={total} pageSize={LIST_PAGE_SIZE} hrefForPage={(page) => peopleListHref({ ...query, page })} />
      </section>
    </div>
  );
}

export default withDatabase(PeoplePage);
export const generateMetadata = withMetadataFallback(metadataOf);
