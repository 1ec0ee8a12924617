import Link from "next/link";
import type { ArticleRowView } from "@/lib/db/present-article";
import { Badge } from "@/components/ui/badge";
import { OutletName } from "@/components/outlet-name";
import { Snippet } from "./snippet";

export function ArticleTable({ rows, searching }: { rows: ArticleRowView[]; searching: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{searching ? "Articles matching the search, most relevant first" : "Articles, newest first"}</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-600 uppercase">
          <tr>
            <th scope="col" className="w-[40%] min-w-[16rem] px-4 py-2.5 font-medium">Headline</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Outlet</th>
            <th scope="col" className="px-3 py-2.5 font-medium whitespace-nowrap">Published</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Language</th>
            <th scope="col" className="px-3 py-2.5 text-right font-medium">Words</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Flags</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="article-row" className="align-top hover:bg-zinc-50/70">
              <td className="max-w-[40rem] px-4 py-3">
                <Link
                  href={`/articles/${row.id}`}
                  lang={row.language ?? undefined}
                  title={row.headlineDerived ? row.headline : undefined}
                  className={`leading-snug hover:text-accent hover:underline ${row.headlineDerived ? "line-clamp-2 text-zinc-700" : "font-medium text-zinc-900"}`}
                >
                  {row.headline || "(no headline)"}
                </Link>
                {row.snippet && <Snippet segments={row.snippet} language={row.language} />}
              </td>
              <td className="px-3 py-3">
                <OutletName outlet={row.outlet} />
              </td>
              <td className="px-3 py-3 whitespace-nowrap tabular-nums text-zinc-700">
                {row.published ?? <span className="text-zinc-400">—</span>}
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-zinc-700">
                {row.language ? (
                  <span title={row.languageName}>
                    {row.languageName} <span className="text-xs text-zinc-400">{row.language}</span>
                  </span>
                ) : (
                  <span className="text-zinc-400">—</span>
                )}
              </td>
              <td className="px-3 py-3 text-right tabular-nums text-zinc-700">{row.wordCount.toLocaleString("en")}</td>
              <td className="px-4 py-3">
                <RowFlags row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowFlags({ row }: { row: ArticleRowView }) {
  const { flags } = row;
  return (
    <div className="flex max-w-64 flex-wrap gap-1">
      {row.headlineDerived && (
        <Badge tone="warning" title="The input had no headline: this one is the first sentence.">
          derived headline
        </Badge>
      )}
      {flags.noDate && (
        <Badge tone="warning" title="No publication date was found.">
          no date
        </Badge>
      )}
      {flags.copiedPassages > 0 && (
        <Badge tone="accent" title="Passages repeated inside the article or shared with another article.">
          {flags.copiedPassages} copied
        </Badge>
      )}
      {flags.removedPieces > 0 && (
        <Badge title="Pieces of boilerplate taken out of the text; they can be reviewed and restored.">{flags.removedPieces} removed</Badge>
      )}
      {flags.shortText && <Badge title="Fewer than 40 words of text.">short</Badge>}
      {flags.languageUncertain && <Badge title="The language could not be told with confidence.">language?</Badge>}
    </div>
  );
}
