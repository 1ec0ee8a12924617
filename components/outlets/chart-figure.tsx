import type { ReactNode } from "react";

/**
 * One chart with its caption and the same numbers as a table. The SVG comes from
 * lib/report/charts (Observable Plot on the server), which escapes every name it writes, so it is
 * inserted as markup; the table is for screen readers, copying and print.
 */
export function ChartFigure({ id, caption, svg, table, note }: { id: string; caption: string; svg: string; table: ReactNode; note?: ReactNode }) {
  return (
    <figure className="chart-figure break-inside-avoid" aria-labelledby={`${id}-caption`} data-testid={`figure-${id}`}>
      <figcaption id={`${id}-caption`} className="mb-1 text-sm font-semibold text-zinc-800">
        {caption}
      </figcaption>
      <div className="max-w-[40rem] text-zinc-800" dangerouslySetInnerHTML={{ __html: svg }} />
      {note ? <p className="mt-1 text-xs text-zinc-500">{note}</p> : null}
      <details className="chart-numbers mt-1.5 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-accent">The numbers as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** numbers and percentages line up on the right; names and kinds read from the left */
const isFigure = (cell: string | number) => typeof cell === "number" || /^[\d.,%–—\s-]+$/.test(cell);

export function NumberTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="min-w-[18rem] border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-300 text-xs text-zinc-600">
          {head.map((cell, index) => (
            <th key={cell} scope="col" className={`py-1 pr-4 font-medium ${index > 0 && rows.every((row) => isFigure(row[index] ?? "")) ? "text-right" : ""}`}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="py-1 pr-4 font-normal text-zinc-800">
                  {cell}
                </th>
              ) : (
                <td key={index} className={`py-1 pr-4 tabular-nums text-zinc-800 ${rows.every((other) => isFigure(other[index] ?? "")) ? "text-right" : ""}`}>
                  {typeof cell === "number" ? cell.toLocaleString("en") : cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
