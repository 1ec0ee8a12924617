// What one comparison says of each outlet in it, as counts: the raw material of the conflict share
// and the omission rate (definitions in summarize-outlet.ts). Pure: the caller runs the comparison.

import type { ClaimComparison, CompareRow } from "../../claims/align/types.ts";

export interface ColumnStats {
  outletSlug: string;
  articleId: string;
  columns: number;
  reportedRows: number;
  sharedRows: number;
  agreeCells: number;
  partialCells: number;
  conflictCells: number;
  othersRows: number;
  omittedRows: number;
  /** every row it reports, cited sources included: a row verdict counts for these */
  rowIds: string[];
}

/**
 * Whom an outlet quotes is attribution, not a claim about the event: a row "Cites SANA" that only
 * one outlet has is no omission by the others, and such rows never conflict. They are left out of
 * the counts (but kept in rowIds, where a verdict on them still counts).
 */
export const isClaimRow = (row: CompareRow) => row.kind !== "cited-source";

export function columnStats(comparison: Pick<ClaimComparison, "columns" | "rows">): ColumnStats[] {
  const claimRows = comparison.rows.filter(isClaimRow);
  const reporters = claimRows.map((row) => row.cells.filter((cell) => cell.values.length > 0).length);
  return comparison.columns.flatMap((column, index): ColumnStats[] => {
    // an article with no known outlet is a column of its own (it counts as another reporter
    // for the outlets beside it) but has no outlet page to add up to
    if (column.outletSlug === null) return [];
    const stats: ColumnStats = {
      outletSlug: column.outletSlug,
      articleId: column.articleId,
      columns: comparison.columns.length,
      reportedRows: 0,
      sharedRows: 0,
      agreeCells: 0,
      partialCells: 0,
      conflictCells: 0,
      othersRows: 0,
      omittedRows: 0,
      rowIds: comparison.rows.filter((row) => row.cells[index]!.values.length > 0).map((row) => row.id),
    };
    claimRows.forEach((row, rowIndex) => {
      const cell = row.cells[index]!;
      const reports = cell.values.length > 0;
      const others = reporters[rowIndex]! - (reports ? 1 : 0);
      if (reports) stats.reportedRows += 1;
      if (others > 0) {
        stats.othersRows += 1;
        if (!reports) stats.omittedRows += 1;
      }
      if (reports && others > 0) {
        stats.sharedRows += 1;
        if (cell.mark === "agree") stats.agreeCells += 1;
        else if (cell.mark === "partial") stats.partialCells += 1;
        else if (cell.mark === "conflict") stats.conflictCells += 1;
      }
    });
    return [stats];
  });
}
