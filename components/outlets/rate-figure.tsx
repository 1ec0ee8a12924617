import { formatPercent, type Rate } from "@/lib/report/outlets/rate";

/** A rate as a headline number with what it is made of: never a percentage alone. */
export function RateFigure({ label, rate, of, testId }: { label: string; rate: Rate; of: string; testId: string }) {
  return (
    <div className="rounded-md border border-zinc-200 px-3 py-2.5 break-inside-avoid" data-testid={testId}>
      <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{label}</dt>
      <dd className="mt-0.5">
        <span className="text-2xl font-semibold tabular-nums text-zinc-950">{rate.rate === null ? "—" : formatPercent(rate.rate)}</span>
        <span className="mt-0.5 block text-sm text-zinc-700 tabular-nums">
          {rate.count.toLocaleString("en")} of {rate.total.toLocaleString("en")} {of}
        </span>
        <span className="block text-xs text-zinc-500 tabular-nums">
          {rate.low === null || rate.high === null ? "no data yet" : `95% CI ${formatPercent(rate.low)}–${formatPercent(rate.high)}`}
          {rate.total > 0 && rate.total < 30 ? " · few cases, read with care" : ""}
        </span>
      </dd>
    </div>
  );
}

export function CountFigure({ label, value, detail, testId }: { label: string; value: number; detail?: string; testId: string }) {
  return (
    <div className="rounded-md border border-zinc-200 px-3 py-2.5 break-inside-avoid" data-testid={testId}>
      <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{label}</dt>
      <dd className="mt-0.5">
        <span className="text-2xl font-semibold tabular-nums text-zinc-950">{value.toLocaleString("en")}</span>
        {detail ? <span className="mt-0.5 block text-sm text-zinc-700">{detail}</span> : null}
      </dd>
    </div>
  );
}
