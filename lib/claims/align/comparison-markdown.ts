// A comparison as a Markdown table (the CLI's --markdown, and later the report): one row per claim,
// one column per outlet, the mark in front, omissions as "—", the explanation under the table.
// Article text is untrusted even here: pipes, backticks and HTML brackets are escaped so a cell can
// neither break the table nor smuggle markup into a renderer.

import type { ClaimComparison, CompareRow } from "./types.ts";

const MARK_WORDS: Record<CompareRow["mark"], string> = { agree: "agree", conflict: "**conflict**", partial: "partial", single: "only one outlet" };

export function escapeMarkdownCell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\|`*_<>[\]]/g, (character) => `\\${character}`).trim();
}

export function comparisonToMarkdown(comparison: ClaimComparison, title: string): string {
  const header = ["Claim", "Mark", ...comparison.columns.map((column) => `${column.outlet}${column.language ? ` (${column.language})` : ""}`)];
  const lines = [`# ${escapeMarkdownCell(title)}`, "", `| ${header.map(escapeMarkdownCell).join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of comparison.rows) {
    const cells = row.cells.map((cell) => (cell.values.length === 0 ? "—" : escapeMarkdownCell(shorten(cell.values.map((value) => value.label).join("; ")))));
    lines.push(`| ${escapeMarkdownCell(row.label)} | ${MARK_WORDS[row.mark]} | ${cells.join(" | ")} |`);
  }
  const explained = comparison.rows.filter((row) => row.mark === "conflict" || row.mark === "partial");
  if (explained.length > 0) {
    lines.push("", "## Conflicts and partial agreements", "");
    for (const row of explained) lines.push(`- **${escapeMarkdownCell(row.label)}** (${row.mark}): ${escapeMarkdownCell(row.explanation)}`);
  }
  const { agree, conflict, partial, single } = comparison.counts;
  lines.push("", `${comparison.rows.length} claims: ${agree} agree, ${conflict} in conflict, ${partial} partial, ${single} reported by one outlet only.`, "");
  return lines.join("\n");
}

function shorten(text: string, length = 120): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
