// After a bench:load run: does the history (lib/review/revisions.ts) hold every save the app
// accepted exactly once, at the version it answered, and nothing else? And is each verdict's
// current row the last version accepted for it?
import type { Db } from "../../lib/db/client.ts";
import type { AcceptedSave } from "./load-reviewers.ts";

export interface HistoryCheck {
  /** revisions written during the run */
  added: number;
  /** accepted saves whose token is not at their verdict and version */
  lost: number;
  /** tokens found in more than one revision, counted once per extra copy */
  duplicated: number;
  /** revisions of the run that no accepted save accounts for */
  unexpected: number;
  verdicts: number;
  /** verdicts whose current row is not their last accepted version */
  stale: number;
}

export async function revisionIds(db: Db): Promise<Set<string>> {
  return new Set((await db.revision.findMany({ select: { id: true } })).map((row) => row.id));
}

export async function checkHistory(db: Db, accepted: AcceptedSave[], before: Set<string>): Promise<HistoryCheck> {
  const rows = await db.revision.findMany({ select: { id: true, entityType: true, entityId: true, version: true, after: true } });
  const added = rows.filter((row) => !before.has(row.id));
  const tokenOf = (after: unknown) => (after as { summary?: unknown } | null)?.summary;
  const atVersion = new Map(added.filter((row) => row.entityType === "verdict").map((row) => [`${row.entityId}/${row.version}`, tokenOf(row.after)]));
  const lost = accepted.filter((save) => atVersion.get(`${save.verdictId}/${save.version}`) !== save.token).length;

  const copies = new Map<unknown, number>();
  for (const row of added) copies.set(tokenOf(row.after), (copies.get(tokenOf(row.after)) ?? 0) + 1);
  const duplicated = [...copies.values()].reduce((sum, count) => sum + count - 1, 0);
  const acceptedTokens = new Set(accepted.map((save) => save.token));
  const unexpected = added.filter((row) => row.entityType !== "verdict" || !acceptedTokens.has(tokenOf(row.after) as string)).length;

  const last = new Map<string, AcceptedSave>();
  for (const save of accepted) if ((last.get(save.verdictId)?.version ?? 0) < save.version) last.set(save.verdictId, save);
  const verdicts = await db.verdict.findMany({ select: { id: true, version: true, summary: true } });
  const stale = verdicts.filter((row) => last.get(row.id)?.version !== row.version || last.get(row.id)?.token !== row.summary).length;
  return { added: added.length, lost, duplicated, unexpected, verdicts: verdicts.length, stale };
}
