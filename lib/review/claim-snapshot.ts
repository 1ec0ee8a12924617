// The claim a verdict is about, in words, taken from the event's comparison when the verdict is
// first saved. Row ids come from the alignment and may change when the event changes, so the
// verdict keeps what the reviewer saw.

import { compareEvent } from "../claims/align/compare-event.ts";
import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";

export interface ClaimSnapshot {
  label: string;
  text: string;
}

const MAX_TEXT = 4000;

export async function describeClaim(db: Db, target: { eventId: string; rowId: string; articleId: string }): Promise<ClaimSnapshot> {
  const comparison = await compareEvent(db, { eventId: target.eventId });
  const row = comparison.rows.find((candidate) => candidate.id === target.rowId);
  if (!row) throw new AppError("NOT_FOUND", `The event has no claim "${target.rowId}" any more; reload its comparison.`);
  const outletOf = new Map(comparison.columns.map((column) => [column.articleId, column.outlet]));
  const cellText = (cell: (typeof row.cells)[number]) => cell.text ?? cell.values.map((value) => value.label).join("; ");
  if (target.articleId) {
    const cell = row.cells.find((candidate) => candidate.articleId === target.articleId);
    if (!cell || cell.mark === "omitted") throw new AppError("NOT_FOUND", "That outlet does not report this claim in the compared article.");
    return { label: `${row.label} — ${outletOf.get(cell.articleId) ?? "outlet"}`, text: cellText(cell).slice(0, MAX_TEXT) };
  }
  const reported = row.cells.filter((cell) => cell.mark !== "omitted");
  const text = reported.map((cell) => `${outletOf.get(cell.articleId) ?? "outlet"}: ${cellText(cell)}`).join("\n");
  return { label: row.label, text: text.slice(0, MAX_TEXT) };
}
