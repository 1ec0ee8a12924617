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
      <FilterSelect id="library-outlet" name="outlet" label="Outlet" allLabel="All outlets" value={outlet} options={outlets} widthClass="min-w-44" />
      <FilterSelect id="library-language" name="language" label="Language" allLabel="All languages" value={language} options={languages} widthClass="min-w-36" />
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

interface FilterSelectProps {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string;
  options: FilterOption[];
  widthClass: string;
}

function FilterSelect({ id, name, label, allLabel, value, options, widthClass }: FilterSelectProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={`${fieldClass} ${widthClass}`}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}
