import Link from "next/link";

const fieldClass =
  "h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

export const EVENT_SIZE_OPTIONS = [
  { value: "", label: "Any number of articles" },
  { value: "2", label: "2 articles or more" },
  { value: "3", label: "3 articles or more" },
] as const;

/** A plain GET form, as in the library: results are shareable URLs and work without JavaScript. */
export function EventFilters({ query, minArticles, filtered }: { query: string; minArticles: string; filtered: boolean }) {
  return (
    <form method="get" action="/events" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3">
      <div className="flex min-w-[18rem] flex-1 flex-col gap-1">
        <label htmlFor="events-q" className="text-xs font-medium text-zinc-600">
          Search event titles and places
        </label>
        <input
          id="events-q"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={200}
          placeholder="e.g. Bagdad, Damascus, Tea Party"
          data-testid="events-search-input"
          className={`${fieldClass} w-full`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="events-min" className="text-xs font-medium text-zinc-600">
          Size
        </label>
        <select id="events-min" name="min" defaultValue={minArticles} className={`${fieldClass} min-w-48`}>
          {EVENT_SIZE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-white shadow-sm hover:bg-accent-strong">
        Search
      </button>
      {filtered && (
        <Link href="/events" className="flex h-9 items-center px-1 text-sm">
          Clear
        </Link>
      )}
    </form>
  );
}
