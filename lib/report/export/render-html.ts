// An event's fact-check report as one standalone HTML file: inline CSS with print rules, no script,
// nothing loaded from anywhere (links only), every article and reviewer string escaped. The order
// is a newsroom's: headline and dek, who reviewed and when, the verdicts, then the evidence of the
// comparison (table, wording, reused copy), the outlets, and how it was made.

import type { DiffSegment } from "../../claims/align/types.ts";
import type { EventReport, ReportRow } from "./event-report-model.ts";
import { escapeHtml, linkOrText } from "./html-escape.ts";
import { articleCell, htmlPage, masthead, ratingBadge, rowMarkBadge, verdictCard } from "./html-parts.ts";
import { eventByline, eventDek, methodNotes } from "./event-report-text.ts";
import { CELL_MARK_WORDS, formatInstant, formatPublished, plural } from "./report-text.ts";
import { RATING_SCALE } from "../../review/verdict-scale.ts";

/** outlets per table: a claim column and four outlets fit an A4 page's width */
export const OUTLETS_PER_TABLE = 4;

function bylineHtml(report: EventReport): string {
  const { reviewers, when, generated } = eventByline(report);
  const who = reviewers ? `Reviewed by <strong>${escapeHtml(reviewers)}</strong> ${escapeHtml(when)}` : escapeHtml(when);
  return `${who} · ${escapeHtml(generated)} · ${escapeHtml(report.publisher.name)}`;
}

function keyFacts(report: EventReport): string {
  const { firstDay, lastDay } = report.event;
  const days = firstDay ? (lastDay && lastDay !== firstDay ? `${formatPublished(firstDay)} – ${formatPublished(lastDay)}` : formatPublished(firstDay)) : "undated";
  const ratings = Object.entries(
    report.verdicts.reduce<Record<string, number>>((tally, verdict) => ({ ...tally, [verdict.ratingLabel]: (tally[verdict.ratingLabel] ?? 0) + 1 }), {}),
  ).map(([label, count]) => `${count} ${label.toLowerCase()}`);
  const facts: [string, string][] = [
    ["Where and when", `${report.event.place ?? "place not established"} · ${days}`],
    ["Outlets", `${report.columns.length} (${report.event.articleCount} articles)`],
    ["Claims compared", `${report.rows.length}: ${report.counts.conflict} conflict, ${report.counts.partial} partial`],
    ["Verdicts", ratings.length > 0 ? ratings.join(", ") : "none yet"],
  ];
  return `<dl class="key-facts">${facts.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join("")}</dl>`;
}

function compareTables(report: EventReport): string {
  if (report.columns.length === 0) return `<p class="empty">This event has no articles.</p>`;
  const tables: string[] = [];
  for (let start = 0; start < report.columns.length; start += OUTLETS_PER_TABLE) {
    const columns = report.columns.slice(start, start + OUTLETS_PER_TABLE);
    const caption = report.columns.length > OUTLETS_PER_TABLE ? `<caption>Outlets ${start + 1}–${start + columns.length} of ${report.columns.length}</caption>` : "";
    const head = columns.map((column) => `<th scope="col">${escapeHtml(column.outlet)}<span class="sub">${escapeHtml(column.language ?? "")}</span></th>`).join("");
    const body = report.rows.map((row) => tableRow(row, start, columns.length)).join("\n");
    tables.push(`<table class="compare">${caption}<thead><tr><th scope="col">Claim</th>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
  }
  return tables.join("\n");
}

function tableRow(row: ReportRow, start: number, count: number): string {
  const verdict = row.verdict ? ` ${ratingBadge(row.verdict, "Verdict: ")}` : "";
  const explained = row.mark === "conflict" || row.mark === "partial" ? `<span class="explanation">${escapeHtml(row.explanation)}</span>` : "";
  const cells = row.cells.slice(start, start + count).map((cell) => {
    const cellVerdict = row.cellVerdicts.find((entry) => entry.articleId === cell.articleId);
    const value = cell.mark === "omitted" ? "—" : escapeHtml(cell.value.length > 220 ? `${cell.value.slice(0, 219)}…` : cell.value);
    return `<td class="cell-${cell.mark}">${value}<span class="cell-mark">${escapeHtml(CELL_MARK_WORDS[cell.mark])}</span>${cellVerdict ? ratingBadge(cellVerdict, "Verdict: ") : ""}</td>`;
  });
  return `<tr data-row-id="${escapeHtml(row.id)}"><th scope="row">${escapeHtml(row.label)}<br>${rowMarkBadge(row.mark)}${verdict}${explained}</th>${cells.join("")}</tr>`;
}

export function diffHtml(segments: DiffSegment[]): string {
  return segments.map((segment) => (segment.added ? `<ins>${escapeHtml(segment.value)}</ins>` : segment.removed ? `<del>${escapeHtml(segment.value)}</del>` : escapeHtml(segment.value))).join("");
}

function diffsSection(report: EventReport): string {
  if (report.diffs.length === 0) return `<p class="empty">No quote or shared sentence is worded differently across outlets.</p>`;
  const blocks = report.diffs.map(
    (diff) => `<section class="diff"><h3>${escapeHtml(diff.label)} ${rowMarkBadge(diff.mark)}</h3>
${diff.versions.map((version) => `<p class="version"><span class="who">${escapeHtml(version.outlet)} against ${escapeHtml(version.againstOutlet)} · ${Math.round(version.similarity * 100)}% the same words</span>${diffHtml(version.segments)}</p>`).join("\n")}
</section>`,
  );
  const more = report.moreDiffs > 0 ? `<p class="more">${plural(report.moreDiffs, "more passage")} with differing wording are on the ${linkOrText(report.links.compare, "compare page")}.</p>` : "";
  return `<p class="legend">Struck through: words of the first outlet the other leaves out. Underlined: words the other outlet puts in their place.</p>\n${blocks.join("\n")}\n${more}`;
}

function copiesSection(report: EventReport): string {
  if (report.copies.length === 0) return `<p class="empty">No passage of one compared article reappears in another.</p>`;
  return report.copies
    .map((copy) => `<section class="diff"><h3>${escapeHtml(copy.outlet)} reuses ${escapeHtml(copy.sourceOutlet)} <span class="scale">${plural(copy.words, "word")}, ${Math.round(copy.similarity * 100)}% the same</span></h3><p class="version">${diffHtml(copy.segments)}</p></section>`)
    .join("\n");
}

function outletsTable(report: EventReport): string {
  const rows = report.outlets.map((outlet) => {
    const verdicts = outlet.verdicts.map((entry) => `${entry.count} ${RATING_SCALE[entry.rating].label.toLowerCase()}`).join(", ") || "—";
    return `<tr><th scope="row">${escapeHtml(outlet.outlet)}</th><td class="article">${articleCell(outlet)}</td><td class="num">${outlet.reported}</td><td class="num">${outlet.marks.agree}</td><td class="num">${outlet.marks.conflict}</td><td class="num">${outlet.marks.partial}</td><td class="num">${outlet.marks.only}</td><td class="num">${outlet.marks.omitted}</td><td>${escapeHtml(verdicts)}</td></tr>`;
  });
  return `<table class="outlets"><thead><tr><th scope="col">Outlet</th><th scope="col">Article compared</th><th class="num" scope="col">Claims reported</th><th class="num" scope="col">Agree</th><th class="num" scope="col">Conflict</th><th class="num" scope="col">Partial</th><th class="num" scope="col">Only it</th><th class="num" scope="col">Not mentioned</th><th scope="col">Verdicts on its claims</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderHtml(report: EventReport): string {
  const verdicts = report.verdicts.length > 0 ? report.verdicts.map((verdict) => verdictCard(verdict, { siteUrl: report.publisher.siteUrl })).join("\n") : `<p class="empty">No claim of this event has been reviewed yet.</p>`;
  const lang = report.event.languages.length === 1 ? report.event.languages[0] : undefined;
  const body = `${masthead(report.publisher, "Fact-check report")}
<h1 class="headline"${lang ? ` lang="${escapeHtml(lang)}"` : ""}>${escapeHtml(report.event.title || "Untitled event")}</h1>
<p class="dek">${escapeHtml(eventDek(report))}</p>
<p class="byline">${bylineHtml(report)}</p>
${keyFacts(report)}
<h2 id="verdicts">Verdicts</h2>
<p class="section-dek">What the desk found, claim by claim, with its evidence.</p>
${verdicts}
<h2 id="compare">What each outlet claims</h2>
<p class="section-dek">One row per claim, one column per outlet. Conflicts and partial agreements are explained under the claim.</p>
${compareTables(report)}
<h2 id="wording">Where the wording differs</h2>
<p class="section-dek">Quotes and shared sentences that outlets worded differently.</p>
${diffsSection(report)}
<h2 id="copies">Reused copy</h2>
<p class="section-dek">Passages one outlet's article shares with another's, with the words it changed.</p>
${copiesSection(report)}
<h2 id="outlets">The outlets</h2>
<p class="section-dek">How each outlet's article stands against the others, over the ${plural(report.rows.length, "claim")} of the table.</p>
${outletsTable(report)}
<h2 id="method">How this report was made</h2>
<ul class="method">${methodNotes(report).map((note) => `<li>${escapeHtml(note)}</li>`).join("")}</ul>
<footer>${escapeHtml(report.publisher.name)} · made with Parallax · event ${linkOrText(report.links.event, report.event.id)} · generated ${escapeHtml(formatInstant(report.generatedAt))}</footer>`;
  return htmlPage({ title: `Fact-check: ${report.event.title || "event"}`, body });
}
