// The table bench:load prints per database: throughput and latency overall and per request kind,
// then the saves and what the history check found.
import type { HistoryCheck } from "./load-history.ts";
import { LOOP_KINDS, PAGE_KINDS, SIGN_IN_BATCH, type LoadResults, type RequestKind } from "./load-reviewers.ts";

/** nearest rank on sorted values */
function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** seconds null: no rate (sign-in happens before the clock) */
function line(label: string, latencies: number[], errors: number, seconds: number | null): string {
  const sorted = Float64Array.from(latencies).sort();
  const ms = (share: number) => (sorted.length ? percentile(sorted, share).toFixed(1) : "-").padStart(8);
  return `${label.padEnd(16)}${String(latencies.length + errors).padStart(9)}${(seconds === null ? "-" : (latencies.length / seconds).toFixed(1)).padStart(9)}${ms(0.5)}${ms(0.95)}${ms(0.99)}${String(errors).padStart(8)}`;
}

export function formatLoadTable(results: LoadResults, history: HistoryCheck): string {
  const seconds = results.elapsedMs / 1000;
  const of = (kinds: readonly RequestKind[]) => ({
    latencies: kinds.flatMap((kind) => results.latencies[kind]),
    errors: kinds.reduce((sum, kind) => sum + results.errors[kind], 0),
  });
  const all = of(LOOP_KINDS);
  const pages = of(PAGE_KINDS);
  const rows = [
    `${"".padEnd(16)}${"requests".padStart(9)}${"req/s".padStart(9)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}${"errors".padStart(8)}`,
    line("all", all.latencies, all.errors, seconds),
    line("page views", pages.latencies, pages.errors, seconds),
    ...PAGE_KINDS.map((kind) => line(`  ${kind}`, results.latencies[kind], results.errors[kind], seconds)),
    line("verdict reads", results.latencies["verdict read"], results.errors["verdict read"], seconds),
    line("verdict saves", results.latencies["verdict save"], results.errors["verdict save"], seconds),
    `(req/s: answered requests over the ${seconds.toFixed(1)} s of the run; a 409 conflict is an answer, not an error)`,
    `${line("sign-in", results.latencies["sign-in"], results.errors["sign-in"], null)}   before the clock, ${SIGN_IN_BATCH} at a time` +
      (results.signedOut > 0 ? `; ${results.signedOut} reviewers could not sign in and sat the run out` : ""),
    `saves: ${results.accepted.length} accepted, ${results.conflicts} conflicts (409), ${results.errors["verdict save"]} errors`,
    `history: ${history.added} revisions added; lost ${history.lost}, duplicated ${history.duplicated}, unexpected ${history.unexpected}; ` +
      `${history.verdicts} verdicts, ${history.stale} not at their last accepted version`,
  ];
  return rows.join("\n");
}
