import Link from "next/link";

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** the current search and filters, kept on every page link */
  params: Record<string, string | undefined>;
  /** the listing the links lead to */
  basePath?: string;
}

export function Pagination({ page, pageSize, total, params, basePath = "/articles" }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const search = query.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const linkClass = "rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-zinc-800 no-underline shadow-xs hover:bg-zinc-50 hover:text-zinc-900";
  const disabledClass = "rounded-md border border-zinc-200 px-3 py-1.5 text-zinc-400";

  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm text-zinc-600">
      <p className="tabular-nums">
        {total === 0 ? "No results" : `Showing ${first}–${last} of ${total.toLocaleString("en")}`}
      </p>
      {pages > 1 && (
        <div className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              ← Previous
            </Link>
          ) : (
            <span className={disabledClass}>← Previous</span>
          )}
          <span className="px-2 tabular-nums">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              Next →
            </Link>
          ) : (
            <span className={disabledClass}>Next →</span>
          )}
        </div>
      )}
    </nav>
  );
}
