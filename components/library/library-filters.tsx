import Link from "next/link";
import type { FilterOption } from "@/lib/db/article-queries";

interface LibraryFiltersProps {
  query: string;
  outlet: string;
  language: string;
  outlets: FilterOption[];
  languages: FilterOption[];
  filtered: boolean;
}

const fieldClass =
  "h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 shadow-xs focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

/** A plain GET form: results are shareable URLs and the page works without JavaScript. */
export function LibraryFilters({ query, outlet, language, outlets, languages, filtered }: LibraryFiltersProps) {
  return (
    <form method="get" action="/articles" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3">
      <div className="flex min-w-[18rem] flex-1 flex-col gap-1">
        <label htmlFor="library-q" className="text-xs font-medium text-zinc-600">
          Search headlines and text
        </label>
        <input
          id="library-q"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={500}
          placeholder="e.g. Bagdad renseignement, or “Saad Mozher”"
          data-testid="search-input"
          className={`${fieldClass} w-full`}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-outlet" className="text-xs font-medium text-zinc-600">
          Outlet
        </label>
        <select id="library-outlet" name="outlet" defaultValue={outlet} className={`${fieldClass} min-w-44`}>
          <option value="">All outlets</option>
          {outlets.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="library-language" className="text-xs font-medium text-zinc-600">
          Language
        </label>
        <select id="library-language" name="language" defaultValue={language} className={`${fieldClass} min-w-36`}>
          <option value="">All languages</option>
          {languages.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-white shadow-sm hover:bg-accent-strong">
        Search
      </button>
      {filtered && (
        <Link href="/articles" className="flex h-9 items-center px-1 text-sm">
          Clear
        </Link>
      )}
    </form>
  );
}
