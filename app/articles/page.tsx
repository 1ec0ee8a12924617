import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ArticleTable } from "@/components/library/article-table";
import { LibraryEmpty } from "@/components/library/library-empty";
import { LibraryFilters } from "@/components/library/library-filters";
import { Pagination } from "@/components/library/pagination";
import { listArticleFilters, listArticles } from "@/lib/db/article-queries";
import { getDb } from "@/lib/db/client";
import { presentArticleRow, presentLanguageOptions } from "@/lib/db/present-article";

export const metadata: Metadata = { title: "Library" };

const PAGE_SIZE = 25;

// A repeated or malformed parameter falls back to "no filter" instead of an error page.
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) =>
  z.preprocess(firstValue, z.string().trim().max(max).optional())
    .transform((value) => value || undefined)
    .catch(undefined);
const ZLibraryParams = z.object({
  q: optionalText(500),
  outlet: optionalText(200),
  language: optionalText(20),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export default async function LibraryPage({ searchParams }: PageProps<"/articles">) {
  const params = ZLibraryParams.parse(await searchParams);
  const db = await getDb();
  const [list, filters] = await Promise.all([
    listArticles(db, { query: params.q, outlet: params.outlet, language: params.language, page: params.page, pageSize: PAGE_SIZE }),
    listArticleFilters(db),
  ]);
  const rows = list.entries.map((entry) => presentArticleRow(entry.article, entry.snippet));
  const filtered = Boolean(params.q || params.outlet || params.language);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Library</h1>
          <p className="mt-1 text-sm text-zinc-600">
            {filters.totalArticles === 1 ? "1 article" : `${filters.totalArticles.toLocaleString("en")} articles`}
            {filters.outlets.length > 0 && ` from ${filters.outlets.length === 1 ? "1 outlet" : `${filters.outlets.length} outlets`}`}
          </p>
        </div>
        <Link
          href="/import"
          className="rounded-md bg-accent px-3.5 py-2 text-sm font-medium text-white no-underline shadow-sm hover:bg-accent-strong hover:text-white"
        >
          Import articles
        </Link>
      </div>

      {filters.totalArticles === 0 ? (
        <LibraryEmpty />
      ) : (
        <>
          <LibraryFilters
            query={params.q ?? ""}
            outlet={params.outlet ?? ""}
            language={params.language ?? ""}
            outlets={filters.outlets}
            languages={presentLanguageOptions(filters.languages)}
            filtered={filtered}
          />
          {rows.length === 0 ? (
            <div className="rounded-md border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-600">
              <p className="font-medium text-zinc-800">No article matches {params.q ? <>“{params.q}”</> : "these filters"}.</p>
              <p className="mt-1">
                Search looks for every word in headlines and text; accents and case do not matter.{" "}
                <Link href="/articles">Clear the search and filters</Link>.
              </p>
            </div>
          ) : (
            <>
              <ArticleTable rows={rows} searching={Boolean(params.q)} />
              <Pagination
                page={params.page}
                pageSize={PAGE_SIZE}
                total={list.total}
                params={{ q: params.q, outlet: params.outlet, language: params.language }}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
