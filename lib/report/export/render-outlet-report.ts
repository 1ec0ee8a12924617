// An outlet's report in HTML and Markdown: who the outlet is, its figures across events (when a
// summary is given: rates always with their count and 95% interval, never a bare percentage), the
// desk's grades, and every verdict on its claims with what the outlet itself reported.

import { escapeMarkdownCell } from "../../claims/align/comparison-markdown.ts";
import { RATING_SCALE } from "../../review/verdict-scale.ts";
import { escapeHtml } from "./html-escape.ts";
import { htmlPage, masthead, verdictCard } from "./html-parts.ts";
import type { OutletReport, OutletSummary, Rate } from "./outlet-report-model.ts";
import { escapeMarkdownText, verdictMarkdown } from "./render-markdown.ts";
import { CELL_MARK_WORDS, formatInstant, listNames, plural } from "./report-text.ts";

const percent = (value: number) => `${value > 0 && value < 0.0995 ? (value * 100).toFixed(1).replace(/\.0$/, "") : Math.round(value * 100)}%`;

/** "12% (3 of 25; 95% CI 4–30%)", or "no data (0 of 0)" */
export function formatRate(rate: Rate): string {
  const of = `${rate.count.toLocaleString("en")} of ${rate.total.toLocaleString("en")}`;
  if (rate.rate === null || rate.low === null || rate.high === null) return `no data (${of})`;
  return `${percent(rate.rate)} (${of}; 95% CI ${percent(rate.low).replace("%", "")}–${percent(rate.high)})`;
}

export function outletDek(report: OutletReport): string {
  const who = [report.outlet.country, report.outlet.ownership].filter(Boolean).join(" · ");
  const reviewed = report.verdicts.length > 0 ? `${plural(report.verdicts.length, "verdict")} on its claims in ${plural(report.events.length, "event")}` : "no verdict on its claims yet";
  return `${who ? `${who}. ` : ""}The desk has given ${reviewed}.`;
}

function outletByline(report: OutletReport): string {
  const { names, last } = report.reviewers;
  const generated = `report generated ${formatInstant(report.generatedAt)}`;
  return names.length > 0 && last ? `Reviewed by ${listNames(names)}, last on ${formatInstant(last)} · ${generated}` : generated;
}

function figures(summary: OutletSummary): [string, string][] {
  const tally = summary.verdicts.filter((entry) => entry.count > 0).map((entry) => `${entry.count} ${RATING_SCALE[entry.rating].label.toLowerCase()}`);
  return [
    ["Articles", `${summary.articles.toLocaleString("en")} in ${plural(summary.events, "event")} (${summary.multiOutletEvents.toLocaleString("en")} compared with other outlets)`],
    ["Claims other outlets contradict", formatRate(summary.conflictShare)],
    ["Claims it leaves out", formatRate(summary.omissionRate)],
    ["Words reused from others", formatRate(summary.copiedShare)],
    ["Verdicts on its claims", tally.length > 0 ? `${tally.join(", ")} (${plural(summary.reviewedClaims, "claim")})` : "none yet"],
    ["Most cited sources", summary.topSources.slice(0, 5).map((source) => `${source.source} (${source.count})`).join(", ") || "none found"],
  ];
}

function summaryHtml(report: OutletReport): string {
  const summary = report.summary;
  if (!summary) return "";
  const rows = figures(summary).map(([term, value]) => `<tr><th scope="row">${escapeHtml(term)}</th><td>${escapeHtml(value)}</td></tr>`);
  const grades = summary.grades.map((grade) => `<tr><th scope="row">${escapeHtml(grade.criterion)}</th><td class="num">${grade.grade} / 5</td><td>${escapeHtml(grade.reason)}</td></tr>`);
  return `<h2 id="figures">Figures</h2>
<p class="section-dek">Across every event in which the outlet's articles were compared, computed ${escapeHtml(formatInstant(summary.computedAt))}.</p>
<table><tbody>${rows.join("")}</tbody></table>
<h2 id="grades">Grades</h2>
${grades.length > 0 ? `<table><thead><tr><th scope="col">Criterion</th><th class="num" scope="col">Grade</th><th scope="col">Reason</th></tr></thead><tbody>${grades.join("")}</tbody></table>` : `<p class="empty">Not graded yet.</p>`}`;
}

export function renderOutletHtml(report: OutletReport): string {
  const cards = report.verdicts.map((verdict) => {
    const said = verdict.outletMark ? `<p class="label">${escapeHtml(report.outlet.name)} reported</p><p>${escapeHtml(verdict.outletValue || "—")} <span class="scale">(${escapeHtml(CELL_MARK_WORDS[verdict.outletMark])})</span></p>` : "";
    return verdictCard(verdict, { siteUrl: report.publisher.siteUrl, showEvent: true, extra: said });
  });
  const skipped = report.skippedEvents > 0 ? `<p class="more">${plural(report.skippedEvents, "event")} could not be compared any more (grown past the comparison limit); their verdicts are not listed.</p>` : "";
  const body = `${masthead(report.publisher, "Outlet report")}
<h1 class="headline">${escapeHtml(report.outlet.name)}</h1>
<p class="dek">${escapeHtml(outletDek(report))}</p>
<p class="byline">${escapeHtml(outletByline(report))} · ${escapeHtml(report.publisher.name)}</p>
${summaryHtml(report)}
<h2 id="verdicts">Verdicts on its claims</h2>
<p class="section-dek">Verdicts on this outlet's own reporting, and on claims it reports with other outlets.</p>
${cards.length > 0 ? cards.join("\n") : `<p class="empty">No claim this outlet reports has been reviewed yet.</p>`}
${skipped}
<footer>${escapeHtml(report.publisher.name)} · made with Parallax · outlet ${escapeHtml(report.outlet.slug)} · generated ${escapeHtml(formatInstant(report.generatedAt))}</footer>`;
  return htmlPage({ title: `Outlet report: ${report.outlet.name}`, body });
}

export function renderOutletMarkdown(report: OutletReport): string {
  const lines = [`# ${escapeMarkdownText(report.outlet.name)}`, "", `_Outlet report · ${escapeMarkdownText(report.publisher.name)}_`, "", escapeMarkdownText(outletDek(report)), "", escapeMarkdownText(outletByline(report)), ""];
  if (report.summary) {
    lines.push("## Figures", "", "| Figure | Value |", "| --- | --- |", ...figures(report.summary).map(([term, value]) => `| ${escapeMarkdownCell(term)} | ${escapeMarkdownCell(value)} |`), "");
    lines.push("## Grades", "");
    if (report.summary.grades.length === 0) lines.push("Not graded yet.", "");
    else lines.push("| Criterion | Grade | Reason |", "| --- | ---: | --- |", ...report.summary.grades.map((grade) => `| ${escapeMarkdownCell(grade.criterion)} | ${grade.grade}/5 | ${escapeMarkdownCell(grade.reason)} |`), "");
  }
  lines.push("## Verdicts on its claims", "");
  if (report.verdicts.length === 0) lines.push("No claim this outlet reports has been reviewed yet.", "");
  for (const verdict of report.verdicts) {
    lines.push(verdictMarkdown(verdict, report.publisher.siteUrl, { showEvent: true }).trimEnd());
    if (verdict.outletMark) lines.push("", `${escapeMarkdownText(report.outlet.name)} reported: ${escapeMarkdownText(verdict.outletValue || "—")} (${CELL_MARK_WORDS[verdict.outletMark]})`);
    lines.push("");
  }
  lines.push("---", "", `${escapeMarkdownText(report.publisher.name)} · made with Parallax · generated ${formatInstant(report.generatedAt)}`, "");
  return lines.join("\n");
}
