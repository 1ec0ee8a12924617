import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CRITERION_LABELS, OUTLET_CRITERIA } from "@/lib/review/outlet-criteria";
import type { OutletIndexEntry, OutletIndexSortKey } from "@/lib/report/outlets/list-outlet-figures";
import { formatPercent, type Rate } from "@/lib/report/outlets/rate";
import type { SortDirection } from "@/lib/review/outlet-queries";
import { GradeCell } from "./grade-badge";

const MISSING = <span className="text-zinc-400">—</span>;

/** text columns start A→Z, counts, grades and rates start with the largest */
const FIRST_DIRECTION: Record<OutletIndexSortKey, SortDirection> = {
  name: "asc",
  country: "asc",
  ownership: "asc",
  articles: "desc",
  events: "desc",
  grade: "desc",
  conflict: "desc",
  omission: "desc",
  reviewed: "desc",
};

interface OutletTableProps {
  outlets: OutletIndexEntry[];
  sort: OutletIndexSortKey;
  direction: SortDirection;
}

/** the share with its count and interval beneath: a rate from 3 claims must not read like one from 300 */
function RateCell({ rate, testId }: { rate: Rate; testId: string }) {
  if (rate.rate === null || rate.low === null || rate.high === null) {
    return (
      <td className="px-3 py-3 text-right text-zinc-400" data-testid={testId}>
        <span title="No claim shared with another outlet yet">—</span>
      </td>
    );
  }
  return (
    <td className="px-3 py-3 text-right tabular-nums whitespace-nowrap" data-testid={testId}>
      <span className="font-medium text-zinc-900">{formatPercent(rate.rate)}</span>
      <span className="block text-xs text-zinc-500">
        {rate.count} of {rate.total} · CI {formatPercent(rate.low)}–{formatPercent(rate.high)}
      </span>
    </td>
  );
}

function SortHeader({ column, label, sort, direction, align = "left" }: { column: OutletIndexSortKey; label: string; sort: OutletIndexSortKey; direction: SortDirection; align?: "left" | "right" }) {
  const active = column === sort;
  const next = active ? (direction === "asc" ? "desc" : "asc") : FIRST_DIRECTION[column];
  return (
    <th scope="col" aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-2.5 font-medium whitespace-nowrap ${align === "right" ? "text-right" : ""}`}>
      <Link
        href={`/outlets?sort=${column}&dir=${next}`}
        className={`inline-flex items-center gap-1 no-underline hover:text-accent ${active ? "text-zinc-900" : "text-zinc-600"}`}
        data-testid={`sort-${column}`}
      >
        {label}
        <span aria-hidden className={active ? "" : "text-zinc-300"}>
          {active ? (direction === "asc" ? "↑" : "↓") : "↕"}
        </span>
        <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}

export function OutletTable({ outlets, sort, direction }: OutletTableProps) {
  const header = { sort, direction };
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Outlets, sorted by {sort} ({direction === "asc" ? "ascending" : "descending"})</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs tracking-wide uppercase">
          <tr>
            <SortHeader column="name" label="Outlet" {...header} />
            <SortHeader column="country" label="Country" {...header} />
            <SortHeader column="ownership" label="Ownership" {...header} />
            <SortHeader column="articles" label="Articles" align="right" {...header} />
            <SortHeader column="events" label="Events" align="right" {...header} />
            <SortHeader column="conflict" label="Conflict share" align="right" {...header} />
            <SortHeader column="omission" label="Omission rate" align="right" {...header} />
            <SortHeader column="reviewed" label="Reviewed" align="right" {...header} />
            <SortHeader column="grade" label="Grades" {...header} />
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {outlets.map((outlet) => (
            <tr key={outlet.id} className="align-top hover:bg-zinc-50/70" data-testid="outlet-row" data-outlet-slug={outlet.slug}>
              <td className="px-3 py-3">
                <Link href={`/outlets/${encodeURIComponent(outlet.slug)}`} className="font-medium text-zinc-900 hover:text-accent hover:underline" data-testid="outlet-link">
                  {outlet.name}
                </Link>
                {!outlet.inGazetteer ? (
                  <span className="ml-2 inline-block">
                    <Badge tone="warning" title="This name is not in the outlet gazetteer: check it before relying on it.">
                      unknown outlet
                    </Badge>
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-3 text-zinc-700">{outlet.country || MISSING}</td>
              <td className="max-w-[18rem] px-3 py-3 text-zinc-700">{outlet.ownership ? <span className="line-clamp-2">{outlet.ownership}</span> : MISSING}</td>
              <td className="px-3 py-3 text-right tabular-nums text-zinc-800">{outlet.articleCount.toLocaleString("en")}</td>
              <td className="px-3 py-3 text-right tabular-nums text-zinc-800">{outlet.eventCount.toLocaleString("en")}</td>
              <RateCell rate={outlet.conflictShare} testId="outlet-conflict" />
              <RateCell rate={outlet.omissionRate} testId="outlet-omission" />
              <td className="px-3 py-3 text-right tabular-nums text-zinc-800" data-testid="outlet-reviewed">
                {outlet.reviewedClaims.toLocaleString("en")}
              </td>
              <td className="px-3 py-3">
                <div className="flex items-center gap-1" data-testid="outlet-grades">
                  {OUTLET_CRITERIA.map((criterion) => (
                    <GradeCell key={criterion} grade={outlet.grades[criterion]} label={CRITERION_LABELS[criterion].label} />
                  ))}
                  <span className="ml-2 text-xs whitespace-nowrap text-zinc-600 tabular-nums">
                    {outlet.averageGrade === null ? "not graded" : `mean ${outlet.averageGrade.toFixed(1)}`}
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
