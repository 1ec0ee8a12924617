import Link from "next/link";
import { ratesChart, sourcesChart, timelineChart, verdictChart } from "@/lib/report/charts/outlet-charts";
import { formatPercent, formatRate, type Rate } from "@/lib/report/outlets/rate";
import type { OutletSummary } from "@/lib/report/outlets/summarize-outlet";
import { RATING_SCALE } from "@/lib/review/verdict-scale";
import { ChartFigure, NumberTable } from "./chart-figure";
import { CountFigure, RateFigure } from "./rate-figure";

const interval = (rate: Rate) => (rate.low === null || rate.high === null ? "—" : `${formatPercent(rate.low)}–${formatPercent(rate.high)}`);

/** The outlet's figures: counts, rates with their intervals, four charts each with its table, and how each number is counted. */
export function OutletFigures({ summary }: { summary: OutletSummary }) {
  const name = summary.outlet.name;
  const rates = [
    { label: "Conflict share", rate: summary.conflictShare, of: "shared claims" },
    { label: "Agreement", rate: summary.agreeShare, of: "shared claims" },
    { label: "Omission rate", rate: summary.omissionRate, of: "claims others report" },
    { label: "Copied text", rate: summary.copiedShare, of: "words" },
  ];
  const reviewed = summary.verdicts.filter((entry) => entry.count > 0);
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-2.5 sm:grid-cols-3" data-testid="outlet-figure-cards">
        <CountFigure label="Articles" value={summary.articles} detail={summary.undatedArticles > 0 ? `${summary.undatedArticles} undated` : undefined} testId="figure-articles" />
        <CountFigure label="Events" value={summary.events} detail={`${summary.multiOutletEvents} with other outlets`} testId="figure-events" />
        <CountFigure label="Reviewed claims" value={summary.reviewedClaims} detail={reviewed.length > 0 ? reviewed.map((entry) => `${entry.count} ${RATING_SCALE[entry.rating].label.toLowerCase()}`).join(" · ") : "no verdict yet"} testId="figure-reviewed" />
        <RateFigure label="Conflict share" rate={summary.conflictShare} of="shared claims" testId="figure-conflict" />
        <RateFigure label="Omission rate" rate={summary.omissionRate} of="claims others report" testId="figure-omission" />
        <RateFigure label="Copied text" rate={summary.copiedShare} of="words" testId="figure-copied" />
      </dl>

      <ChartFigure
        id="rates"
        caption="Rates, each with its 95% confidence interval"
        svg={ratesChart(name, rates)}
        note="The dot is the rate; the bar spans the range the true rate most likely lies in (Wilson interval). A wide bar means too few cases to say much."
        table={
          <NumberTable
            caption={`${name}: rates with counts and 95% intervals`}
            head={["Rate", "Count", "Of", "Share", "95% CI"]}
            rows={rates.map((row) => [row.label, row.rate.count, `${row.rate.total.toLocaleString("en")} ${row.of}`, row.rate.rate === null ? "—" : formatPercent(row.rate.rate), interval(row.rate)])}
          />
        }
      />

      <ChartFigure
        id="verdicts"
        caption={`Verdicts on its claims (${summary.reviewedClaims} reviewed)`}
        svg={verdictChart(name, summary.verdicts)}
        note="Claims per rating."
        table={<NumberTable caption={`${name}: verdicts by rating`} head={["Rating", "Claims"]} rows={summary.verdicts.map((entry) => [RATING_SCALE[entry.rating].label, entry.count])} />}
      />

      <ChartFigure
        id="timeline"
        caption="Articles and events per month"
        svg={timelineChart(name, summary.timeline)}
        note={
          <>
            Bars: articles published that month. Diamonds: events it first covered that month.
            {summary.undatedArticles > 0 ? ` ${summary.undatedArticles} undated article${summary.undatedArticles === 1 ? " is" : "s are"} left out.` : ""}
          </>
        }
        table={<NumberTable caption={`${name}: articles and events per month`} head={["Month", "Articles", "Events"]} rows={summary.timeline.map((entry) => [entry.month, entry.articles, entry.events])} />}
      />

      {summary.topSources.length > 0 ? (
        <ChartFigure
          id="sources"
          caption="Sources it cites most"
          svg={sourcesChart(name, summary.topSources)}
          note="Articles that name the source, each counted once."
          table={<NumberTable caption={`${name}: sources cited most`} head={["Source", "Kind", "Articles"]} rows={summary.topSources.map((entry) => [entry.source, entry.kind, entry.count])} />}
        />
      ) : (
        <p className="text-sm text-zinc-600">No cited source found in its articles.</p>
      )}

      <section aria-labelledby="figures-method" className="rounded-md bg-zinc-50 px-4 py-3 text-sm text-zinc-700 print:bg-transparent print:px-0">
        <h3 id="figures-method" className="mb-1.5 font-semibold text-zinc-800">
          How these are counted
        </h3>
        <dl className="space-y-1.5">
          <div>
            <dt className="inline font-medium text-zinc-800">Shared claims</dt>{" "}
            <dd className="inline">
              are the claims (place, date, countries, people, figures, quotes, statements) it reports in an event that at least one other outlet also reports; whom it cites is not a claim. {summary.multiOutletEvents} of its {summary.events} events
              have another outlet.
            </dd>
          </div>
          <div>
            <dt className="inline font-medium text-zinc-800">Conflict share:</dt> <dd className="inline">its shared claims that contradict at least one other outlet. Here {formatRate(summary.conflictShare)}.</dd>
          </div>
          <div>
            <dt className="inline font-medium text-zinc-800">Omission rate:</dt> <dd className="inline">claims other outlets report in its events that it leaves out. Here {formatRate(summary.omissionRate)}.</dd>
          </div>
          <div>
            <dt className="inline font-medium text-zinc-800">Copied text:</dt>{" "}
            <dd className="inline">
              words of its articles found in earlier articles of another outlet or wire. Here {formatRate(summary.copiedShare)}
              {summary.copiedFrom.length > 0 ? `, from ${summary.copiedFrom.map((entry) => `${entry.outlet} (${entry.words.toLocaleString("en")} words)`).join(", ")}` : ""}.
            </dd>
          </div>
          <div>
            <dt className="inline font-medium text-zinc-800">Verdicts:</dt> <dd className="inline">reviewers’ verdicts on its own statement of a claim, and verdicts on a claim as a whole when it reports that claim; its own verdict wins.</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-zinc-500">
          In an event where it has several articles, its earliest is compared. 95% intervals are Wilson score intervals.
          {summary.tooLargeEvents > 0 ? ` ${summary.tooLargeEvents} event${summary.tooLargeEvents === 1 ? " is" : "s are"} too large to compare and left out.` : ""} Compare it with another outlet on the{" "}
          <Link href={`/outlets/compare?outlets=${encodeURIComponent(summary.outlet.slug)}`}>comparison page</Link>.
        </p>
      </section>
    </div>
  );
}
