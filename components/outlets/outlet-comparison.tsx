import Link from "next/link";
import { RatingBadge } from "@/components/review/rating-badge";
import { agreementChart } from "@/lib/report/charts/comparison-chart";
import type { OutletComparison } from "@/lib/report/outlets/compare-outlets";
import { formatRate, makeRate } from "@/lib/report/outlets/rate";
import type { VerdictRating } from "@/lib/review/verdict-scale";
import { ChartFigure, NumberTable } from "./chart-figure";

function Verdicts({ verdicts }: { verdicts: { rating: VerdictRating; count: number }[] }) {
  const given = verdicts.filter((entry) => entry.count > 0);
  if (given.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <span className="inline-flex flex-wrap justify-end gap-1">
      {given.map((entry) => (
        <span key={entry.rating} className="inline-flex items-center gap-0.5 tabular-nums">
          {entry.count}
          <RatingBadge rating={entry.rating} />
        </span>
      ))}
    </span>
  );
}

/** The side-by-side: totals between the chosen outlets, then one row per event they all covered. */
export function OutletComparisonView({ comparison }: { comparison: OutletComparison }) {
  const { outlets, events, totals } = comparison;
  const names = outlets.map((outlet) => outlet.name).join(", ");
  const shared = totals.agree + totals.partial + totals.conflict;
  if (events.length === 0) {
    return (
      <div className="rounded-md border border-dashed border-zinc-300 px-6 py-8 text-center text-sm text-zinc-600" data-testid="compare-outlets-empty">
        <p className="font-medium text-zinc-800">No event covered by all of {names}.</p>
        <p className="mt-1">Choose fewer outlets, or import more articles.</p>
      </div>
    );
  }
  return (
    <div className="space-y-8" data-testid="compare-outlets-result">
      <p className="max-w-3xl text-sm text-zinc-700">
        {comparison.sharedEvents === 1 ? "One event" : `${comparison.sharedEvents} events`} covered by all of {names}
        {comparison.sharedEvents > events.length ? ` (the ${events.length} most recent are compared here)` : ""}. Each event is compared between these outlets only: of the{" "}
        {totals.rows} claims any of them reports, {shared} are reported by two or more; of those, they agree on {formatRate(makeRate(totals.agree, shared))}, in part on{" "}
        {totals.partial}, and contradict each other on {formatRate(makeRate(totals.conflict, shared))}.
      </p>

      <ChartFigure
        id="agreement"
        caption="Claims reported by two or more of them, per event"
        svg={agreementChart(names, events)}
        note="Left to right in each bar: agree (green), in part (yellow), conflict (red)."
        table={
          <NumberTable
            caption={`Agreement between ${names}, per event`}
            head={["Event", "Agree", "In part", "Conflict"]}
            rows={events.map((event) => [event.title, event.agree, event.partial, event.conflict])}
          />
        }
      />

      <div className="overflow-x-auto rounded-lg border border-zinc-200">
        <table className="w-full border-collapse text-left text-sm" data-testid="compare-outlets-table">
          <caption className="sr-only">Events covered by all of {names}: claims, agreement, omissions and verdicts per outlet</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-xs tracking-wide text-zinc-600 uppercase">
            <tr>
              <th scope="col" rowSpan={2} className="px-3 py-2 font-medium">Event</th>
              <th scope="col" rowSpan={2} className="px-3 py-2 text-right font-medium">Claims</th>
              <th scope="col" rowSpan={2} className="px-3 py-2 text-right font-medium">Agree</th>
              <th scope="col" rowSpan={2} className="px-3 py-2 text-right font-medium">In part</th>
              <th scope="col" rowSpan={2} className="px-3 py-2 text-right font-medium">Conflict</th>
              {outlets.map((outlet) => (
                <th key={outlet.slug} scope="colgroup" colSpan={2} className="border-l border-zinc-200 px-3 pt-2 pb-0.5 text-center font-semibold text-zinc-800 normal-case">
                  {outlet.name}
                </th>
              ))}
            </tr>
            <tr>
              {outlets.map((outlet) => [
                <th key={`${outlet.slug}-omitted`} scope="col" className="border-l border-zinc-200 px-3 pb-2 text-right font-medium">Leaves out</th>,
                <th key={`${outlet.slug}-verdicts`} scope="col" className="px-3 pb-2 text-right font-medium">Verdicts</th>,
              ])}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {events.map((event) => (
              <tr key={event.id} className="align-top" data-testid="compare-outlets-event">
                <td className="max-w-[24rem] px-3 py-2.5">
                  <Link href={`/events/${encodeURIComponent(event.id)}/compare`} className="font-medium text-zinc-900 hover:text-accent hover:underline">
                    {event.title}
                  </Link>
                  <span className="block text-xs text-zinc-500">{event.firstDay ?? "undated"}</span>
                </td>
                <td className="px-3 py-2.5 text-right tabular-nums">{event.rows}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">{event.agree}</td>
                <td className="px-3 py-2.5 text-right tabular-nums">{event.partial}</td>
                <td className="px-3 py-2.5 text-right font-medium tabular-nums">{event.conflict}</td>
                {outlets.map((outlet) => [
                  <td key={`${outlet.slug}-omitted`} className="border-l border-zinc-100 px-3 py-2.5 text-right tabular-nums">{event.omitted[outlet.slug]}</td>,
                  <td key={`${outlet.slug}-verdicts`} className="px-3 py-2.5 text-right"><Verdicts verdicts={event.verdicts[outlet.slug]!} /></td>,
                ])}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-zinc-300 bg-zinc-50 font-medium">
            <tr data-testid="compare-outlets-totals">
              <th scope="row" className="px-3 py-2.5 text-left">All {events.length === 1 ? "1 event" : `${events.length} events`}</th>
              <td className="px-3 py-2.5 text-right tabular-nums">{totals.rows}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{totals.agree}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{totals.partial}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{totals.conflict}</td>
              {outlets.map((outlet) => [
                <td key={`${outlet.slug}-omitted`} className="border-l border-zinc-200 px-3 py-2.5 text-right tabular-nums">{totals.omitted[outlet.slug]}</td>,
                <td key={`${outlet.slug}-verdicts`} className="px-3 py-2.5 text-right"><Verdicts verdicts={totals.verdicts[outlet.slug]!} /></td>,
              ])}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-xs text-zinc-500">
        Claims: place, date, countries, people, figures, quotes and statements any of them reports (whom they cite is left out). Agree, in part, conflict: claims two or
        more of them report, as they stand between these outlets. Leaves out: claims another of them reports and this one does not. Verdicts: reviewers’ verdicts on its
        statement of a claim, or on the claim as a whole when it reports it. One article per outlet and event, its earliest.
      </p>
    </div>
  );
}
