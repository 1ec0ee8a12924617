// The "Export report" menu of the event, compare and outlet pages: plain links to the report
// route, one per format, in a <details> so it opens without any client script.

const FORMATS = [
  { format: "html", label: "Web page (HTML)", hint: "standalone, prints well" },
  { format: "pdf", label: "PDF", hint: "A4, page numbers" },
  { format: "md", label: "Markdown", hint: "for a CMS or wiki" },
  { format: "csv", label: "Spreadsheet (CSV)", hint: "one row per claim × outlet" },
  { format: "claimreview", label: "ClaimReview JSON-LD", hint: "schema.org, for search engines" },
] as const;

export function ExportReportMenu({ href }: { href: string }) {
  return (
    <details className="relative inline-block align-middle" data-testid="export-report">
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50">
        Export report <span aria-hidden>▾</span>
      </summary>
      <ul className="absolute left-0 z-20 mt-1 w-72 rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg">
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <a href={`${href}?format=${format}`} download data-testid={`export-${format}`} className="block px-3 py-1.5 text-zinc-800 no-underline hover:bg-zinc-50">
              {label} <span className="text-xs text-zinc-500">· {hint}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
