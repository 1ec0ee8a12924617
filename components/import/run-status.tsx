import Link from "next/link";
import type { ImportRunProgress } from "@/lib/jobs/import-runs";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS: Record<ImportRunProgress["status"], { label: string; tone: BadgeTone }> = {
  reading: { label: "reading inputs", tone: "accent" },
  running: { label: "storing", tone: "accent" },
  grouping: { label: "grouping into events", tone: "accent" },
  done: { label: "done", tone: "success" },
  failed: { label: "failed", tone: "danger" },
};

const number = new Intl.NumberFormat("en-GB");

export function RunStatusBadge({ run }: { run: ImportRunProgress }) {
  if (run.interrupted) return <Badge tone="warning">interrupted</Badge>;
  const { label, tone } = STATUS[run.status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** The progress bar and counts of one run (the run page's header). */
export function RunProgress({ run }: { run: ImportRunProgress }) {
  const share = run.total > 0 ? Math.round((100 * run.settled) / run.total) : run.status === "done" ? 100 : 0;
  return (
    <div className="space-y-3" data-testid="run-progress" data-status={run.status}>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-zinc-700">
        <RunStatusBadge run={run} />
        <span data-testid="run-counts">
          {number.format(run.settled)} of {number.format(run.total)} items settled ({share}%)
          {run.status === "reading" ? " · still reading" : ""}
        </span>
        <span>
          <span className="font-medium text-emerald-800">{number.format(run.imported)} imported</span> ·{" "}
          <span className="font-medium text-accent-strong">{number.format(run.duplicates)} duplicates</span> ·{" "}
          <span className="font-medium text-red-800">{number.format(run.rejected)} rejected</span>
        </span>
      </div>
      <progress
        className="h-2.5 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-zinc-200 [&::-webkit-progress-value]:bg-accent"
        max={Math.max(1, run.total)}
        value={run.settled}
        aria-label={`Import progress: ${share}%`}
      />
      <p className="text-xs text-zinc-500">
        {run.chunksDone} of {run.chunkCount} chunks stored · jobs: {run.jobs.active} working, {run.jobs.queued} waiting
        {run.jobs.failed > 0 ? `, ${run.jobs.failed} failed` : ""} · started {formatTime(run.startedAt)}
        {run.createdBy ? ` by ${run.createdBy}` : ""}
        {run.finishedAt ? ` · finished ${formatTime(run.finishedAt)}` : ""}
      </p>
    </div>
  );
}

/** Recent runs, newest first, for the import page. */
export function RunList({ runs }: { runs: ImportRunProgress[] }) {
  if (runs.length === 0) return null;
  return (
    <section aria-labelledby="runs-title" className="rounded-lg border border-zinc-200">
      <h2 id="runs-title" className="border-b border-zinc-200 bg-zinc-50 px-4 py-3 text-sm font-semibold">
        Recent imports
      </h2>
      <table className="w-full border-collapse text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs tracking-wide text-zinc-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Started</th>
            <th scope="col" className="px-3 py-2 font-medium">What</th>
            <th scope="col" className="px-3 py-2 font-medium">Status</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Settled</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Imported · duplicates · rejected</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {runs.map((run) => (
            <tr key={run.id} data-testid="run-row">
              <td className="px-4 py-2 whitespace-nowrap text-zinc-600">
                <Link href={`/import/runs/${run.id}`}>{formatTime(run.startedAt)}</Link>
              </td>
              <td className="max-w-md truncate px-3 py-2 font-mono text-xs text-zinc-800" title={run.label}>
                {run.label || "—"} <span className="font-sans text-zinc-500">({run.origin})</span>
              </td>
              <td className="px-3 py-2">
                <RunStatusBadge run={run} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {number.format(run.settled)} / {number.format(run.total)}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">
                {number.format(run.imported)} · {number.format(run.duplicates)} · {number.format(run.rejected)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";
}
