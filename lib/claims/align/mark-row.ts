// The marks of one row: each present cell against every other present cell (the worst relation
// wins: a conflict with any outlet is a conflict), the row's mark the worst of its cells, and an
// explanation naming the values that differ. A cell with nothing is "omitted": that outlet does
// not mention the claim.

import type { Relation, Related } from "./relate-values.ts";
import type { CellMark, CompareCell, RowMark } from "./types.ts";

const SEVERITY: Record<Relation, number> = { agree: 0, partial: 1, conflict: 2 };

export interface MarkedRow {
  mark: RowMark;
  explanation: string;
  cells: CompareCell[];
}

export interface RowInput {
  /** one per column, in column order; empty values = not mentioned */
  cells: CompareCell[];
  outlets: string[];
  relate: (a: CompareCell, b: CompareCell) => Related;
}

export function markRow({ cells, outlets, relate }: RowInput): MarkedRow {
  const present = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.values.length > 0);
  const silent = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.values.length === 0).map(({ index }) => outlets[index]!);
  const marked = cells.map((cell) => ({ ...cell, mark: "omitted" as CellMark }));
  const absentNote = silent.length > 0 ? ` Not mentioned by ${silent.join(", ")}.` : "";
  if (present.length === 1) {
    marked[present[0]!.index]!.mark = "only";
    return { mark: "single", explanation: `Only ${outlets[present[0]!.index]} reports this.${absentNote}`, cells: marked };
  }
  let worst: Relation = "agree";
  const reasons: string[] = [];
  const cellWorst = new Map<number, Relation>();
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const { relation, reason } = relate(present[i]!.cell, present[j]!.cell);
      for (const index of [present[i]!.index, present[j]!.index]) {
        if (SEVERITY[relation] > SEVERITY[cellWorst.get(index) ?? "agree"]) cellWorst.set(index, relation);
      }
      if (SEVERITY[relation] > SEVERITY[worst]) worst = relation;
      if (relation !== "agree") reasons.push(`${outlets[present[i]!.index]} vs ${outlets[present[j]!.index]}: ${reason}`);
      else if (reasons.length === 0 && i === 0 && j === 1) reasons.push(reason);
    }
  }
  for (const { index } of present) marked[index]!.mark = cellWorst.get(index) ?? "agree";
  const lead = worst === "agree" ? `${present.length} outlets agree` : worst === "partial" ? "In part the same" : "Conflict";
  // two outlets: the reason itself; more: who says what, one line per version, which reads
  // better than every pair when ten outlets split three ways
  const versions = new Map<string, { label: string; outlets: string[] }>();
  for (const { cell, index } of present) {
    const key = cell.values.map((value) => value.canonical).sort().join("|") + (cell.text ? `|${cell.text}` : "");
    const entry = versions.get(key) ?? { label: cell.values.map((value) => value.label).join(", "), outlets: [] };
    entry.outlets.push(outlets[index]!);
    versions.set(key, entry);
  }
  const detail =
    worst === "agree"
      ? reasons.slice(0, 1).join("")
      : present.length === 2 || cells.some((cell) => cell.text)
        ? [...new Set(reasons)].slice(0, 3).join("; ")
        : [...versions.values()].map((version) => `${version.label} (${version.outlets.join(", ")})`).join(" vs ");
  return { mark: worst, explanation: `${lead}: ${detail}.${absentNote}`, cells: marked };
}
