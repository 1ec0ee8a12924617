// Scores a comparison against its gold rows: each gold row is looked up among the predicted rows
// of its kind (by its `match` pattern on the row's label and values), then its row mark and the
// mark of every cell are checked. A gold "single" row is an omission by every other outlet; the
// omission score counts the cells the gold says are not mentioned and the prediction leaves empty.

import type { ClaimComparison, CompareRow } from "../../lib/claims/align/types.ts";
import type { CompareGoldRow } from "./compare-fixtures.ts";

/** row marks; "omission": the cells gold says are not mentioned, found empty; "cells": every cell's mentioned / not mentioned right */
export type ScoredMark = "agree" | "conflict" | "partial" | "single" | "omission" | "cells";

export interface RowOutcome {
  gold: CompareGoldRow;
  predicted: CompareRow | null;
  markRight: boolean;
  /** cells the gold says are omitted, and how many the prediction marks omitted */
  omitted: number;
  omittedRight: number;
  /** every cell of the row: the prediction leaves it empty exactly when the gold says omitted */
  cells: number;
  cellsRight: number;
}

export function findRow(comparison: ClaimComparison, gold: CompareGoldRow): CompareRow | null {
  const pattern = gold.match ? new RegExp(gold.match, "i") : null;
  const candidates = comparison.rows.filter((row) => row.kind === gold.kind);
  const text = (row: CompareRow) => [row.label, row.id, ...row.cells.flatMap((cell) => cell.values.flatMap((value) => [value.canonical, value.label]))].join(" ");
  return candidates.find((row) => !pattern || pattern.test(text(row))) ?? null;
}

export function scoreComparison(comparison: ClaimComparison, goldRows: CompareGoldRow[]): RowOutcome[] {
  return goldRows.map((gold) => {
    const predicted = findRow(comparison, gold);
    const omittedOutlets = comparison.columns.filter((column) => !gold.reportedBy.includes(column.outlet));
    const omittedRight = predicted
      ? omittedOutlets.filter((column) => predicted.cells[comparison.columns.indexOf(column)]?.mark === "omitted").length
      : 0;
    const cellsRight = comparison.columns.filter((column, index) => {
      const goldOmitted = !gold.reportedBy.includes(column.outlet);
      const predictedOmitted = !predicted || predicted.cells[index]?.mark === "omitted";
      return goldOmitted === predictedOmitted;
    }).length;
    return { gold, predicted, markRight: predicted?.mark === gold.mark, omitted: omittedOutlets.length, omittedRight, cells: comparison.columns.length, cellsRight };
  });
}

export interface MarkAccuracy {
  mark: ScoredMark;
  right: number;
  total: number;
}

export function accuracyByMark(outcomes: RowOutcome[]): MarkAccuracy[] {
  const marks: ScoredMark[] = ["agree", "conflict", "partial", "single"];
  const rows = marks.map((mark) => {
    const ofMark = outcomes.filter((outcome) => outcome.gold.mark === mark);
    return { mark, right: ofMark.filter((outcome) => outcome.markRight).length, total: ofMark.length };
  });
  const sum = (pick: (outcome: RowOutcome) => number) => outcomes.reduce((total, outcome) => total + pick(outcome), 0);
  return [...rows, { mark: "omission", right: sum((outcome) => outcome.omittedRight), total: sum((outcome) => outcome.omitted) }, { mark: "cells", right: sum((outcome) => outcome.cellsRight), total: sum((outcome) => outcome.cells) }];
}
