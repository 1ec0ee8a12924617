// An event's fact-check report in Markdown, for a CMS or a wiki: the same sections as the HTML in
// the same order. Article and reviewer text goes through escapeMarkdownCell (tables) or
// escapeMarkdownText (prose), so it can neither break the layout nor smuggle HTML into a renderer;
// reviewer notes are quoted as their text.

import { escapeMarkdownCell } from "../../claims/align/comparison-markdown.ts";
import type { DiffSegment } from "../../claims/align/types.ts";
import { markdownToText } from "../../ingest/html/markdown-to-text.ts";
import { RATING_SCALE } from "../../review/verdict-scale.ts";
import type { EventReport } from "./event-report-model.ts";
import { eventByline, eventDek, methodNotes } from "./event-report-text.ts";
import { CELL_MARK_WORDS, formatInstant, formatPublished, plural, ROW_MARK_WORDS } from "./report-text.ts";
import type { ReportVerdict } from "./report-verdict.ts";

/** prose: Markdown's own characters escaped, line breaks kept as spaces */
export function escapeMarkdownText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\`*_<>[\]#|~]/g, (character) => `\\${character}`).trim();
}

// an angle-bracketed destination takes any URL once its brackets, spaces and pipes are encoded
const link = (url: string | null, text: string) => (url && /^(https?:\/\/|mailto:)/i.test(url) ? `[${escapeMarkdownText(text)}](<${url.replace(/[<>\s|]/g, encodeURIComponent)}>)` : escapeMarkdownText(text));

function ratingLine(verdict: ReportVerdict): string {
  const scale = verdict.ratingValue === null ? "not on the true–false scale" : `${verdict.ratingValue}/5`;
  return `**${verdict.ratingLabel.toUpperCase()}** (${scale})`;
}

export function verdictMarkdown(verdict: ReportVerdict, siteUrl: string, options: { showEvent?: boolean } = {}): string {
  const lines = [`### ${escapeMarkdownText(verdict.claimLabel)}`, "", ratingLine(verdict), ""];
  if (options.showEvent) lines.push(`Event: ${escapeMarkdownText(verdict.eventTitle)}`, "");
  lines.push("What was reported:", "");
  for (const line of verdict.claimText.split("\n").filter((entry) => entry.trim())) lines.push(`- ${escapeMarkdownText(line)}`);
  lines.push("", `**${escapeMarkdownText(verdict.summary)}**`, "");
  // notes are Markdown pasted from anywhere: passed on as their text, so no image, raw HTML or
  // javascript: link of theirs reaches whatever renders this file (their links are kept as text)
  for (const paragraph of markdownToText(verdict.notes).split("\n\n").filter(Boolean)) lines.push(`> ${escapeMarkdownText(paragraph)}`, ">");
  if (lines.at(-1) === ">") lines.splice(-1, 1, "");
  if (verdict.evidence.length > 0) {
    lines.push("Evidence:", "");
    verdict.evidence.forEach((item, index) => {
      const note = item.note ? ` — ${escapeMarkdownText(item.note)}` : "";
      if (item.kind === "url") lines.push(`${index + 1}. ${link(item.url, item.url)}${item.quote ? `: “${escapeMarkdownText(item.quote)}”` : ""}${note}`);
      else if (item.kind === "quote") lines.push(`${index + 1}. “${escapeMarkdownText(item.quote)}”${note}`);
      else lines.push(`${index + 1}. File ${link(`${siteUrl}/api/evidence/${encodeURIComponent(item.fileId)}`, item.fileName)} (sha256 \`${item.sha256.slice(0, 12)}\`)${note}`);
    });
    lines.push("");
  }
  const edited = verdict.version > 1 ? `; version ${verdict.version}, last edited by ${escapeMarkdownText(verdict.updatedBy)} on ${formatInstant(verdict.updatedAt)}` : "";
  lines.push(`_Reviewed by ${escapeMarkdownText(verdict.reviewedBy)} on ${formatInstant(verdict.createdAt)}${edited}. ${link(verdict.claimUrl, "The claim in Parallax")}_`, "");
  return lines.join("\n");
}

// emphasis only opens and closes against a word, so a segment's own spaces stay outside the markers
function diffMarkdown(segments: DiffSegment[]): string {
  const wrap = (value: string, marker: string) => {
    const core = escapeMarkdownText(value);
    if (!core) return " ";
    return `${/^\s/.test(value) ? " " : ""}${marker}${core}${marker}${/\s$/.test(value) ? " " : ""}`;
  };
  const plain = (value: string) => `${/^\s/.test(value) ? " " : ""}${escapeMarkdownText(value)}${/\s$/.test(value) && value.trim() ? " " : ""}`;
  return segments
    .map((segment) => (segment.added ? wrap(segment.value, "**") : segment.removed ? wrap(segment.value, "~~") : plain(segment.value)))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}

export function renderMarkdown(report: EventReport): string {
  const byline = eventByline(report);
  const lines = [
    `# ${escapeMarkdownText(report.event.title || "Untitled event")}`,
    "",
    `_Fact-check report · ${escapeMarkdownText(report.publisher.name)}_`,
    "",
    escapeMarkdownText(eventDek(report)),
    "",
    `${byline.reviewers ? `Reviewed by **${escapeMarkdownText(byline.reviewers)}** ${byline.when}` : byline.when} · ${byline.generated}`,
    "",
    "## Verdicts",
    "",
  ];
  if (report.verdicts.length === 0) lines.push("No claim of this event has been reviewed yet.", "");
  for (const verdict of report.verdicts) lines.push(verdictMarkdown(verdict, report.publisher.siteUrl));

  lines.push("## What each outlet claims", "");
  const header = ["Claim", "Mark", ...report.columns.map((column) => `${column.outlet}${column.language ? ` (${column.language})` : ""}`)];
  lines.push(`| ${header.map(escapeMarkdownCell).join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`);
  for (const row of report.rows) {
    const verdict = row.verdict ? ` · verdict: ${row.verdict.ratingLabel}` : "";
    const cells = row.cells.map((cell) => (cell.mark === "omitted" ? "—" : `${escapeMarkdownCell(cell.value.slice(0, 160))} _(${CELL_MARK_WORDS[cell.mark]})_`));
    lines.push(`| ${escapeMarkdownCell(row.label)} | ${ROW_MARK_WORDS[row.mark]}${verdict} | ${cells.join(" | ")} |`);
  }
  const explained = report.rows.filter((row) => row.mark === "conflict" || row.mark === "partial");
  if (explained.length > 0) {
    lines.push("", "Conflicts and partial agreements:", "");
    for (const row of explained) lines.push(`- **${escapeMarkdownText(row.label)}** (${ROW_MARK_WORDS[row.mark].toLowerCase()}): ${escapeMarkdownText(row.explanation)}`);
  }

  lines.push("", "## Where the wording differs", "");
  if (report.diffs.length === 0) lines.push("No quote or shared sentence is worded differently across outlets.");
  else lines.push("~~Struck through~~: words of the first outlet the other leaves out. **Bold**: words the other outlet puts in their place.", "");
  for (const diff of report.diffs) {
    lines.push(`### ${escapeMarkdownText(diff.label)} (${ROW_MARK_WORDS[diff.mark].toLowerCase()})`, "");
    for (const version of diff.versions) lines.push(`- ${escapeMarkdownText(version.outlet)} against ${escapeMarkdownText(version.againstOutlet)} (${Math.round(version.similarity * 100)}% the same words): ${diffMarkdown(version.segments)}`);
    lines.push("");
  }
  if (report.moreDiffs > 0) lines.push(`${plural(report.moreDiffs, "more passage")} with differing wording are on the ${link(report.links.compare, "compare page")}.`, "");

  lines.push("## Reused copy", "");
  if (report.copies.length === 0) lines.push("No passage of one compared article reappears in another.", "");
  for (const copy of report.copies) lines.push(`- ${escapeMarkdownText(copy.outlet)} reuses ${escapeMarkdownText(copy.sourceOutlet)} (${plural(copy.words, "word")}, ${Math.round(copy.similarity * 100)}% the same): ${diffMarkdown(copy.segments)}`);

  lines.push("", "## The outlets", "", "| Outlet | Article compared | Published | Claims reported | Conflict | Partial | Not mentioned | Verdicts on its claims |", "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
  for (const outlet of report.outlets) {
    const verdicts = outlet.verdicts.map((entry) => `${entry.count} ${RATING_SCALE[entry.rating].label.toLowerCase()}`).join(", ") || "—";
    const article = link(outlet.url, outlet.headline);
    lines.push(`| ${escapeMarkdownCell(outlet.outlet)} | ${article} | ${formatPublished(outlet.published)} | ${outlet.reported} | ${outlet.marks.conflict} | ${outlet.marks.partial} | ${outlet.marks.omitted} | ${verdicts} |`);
  }

  lines.push("", "## How this report was made", "", ...methodNotes(report).map((note) => `- ${escapeMarkdownText(note)}`), "");
  lines.push("---", "", `${escapeMarkdownText(report.publisher.name)} · made with Parallax · ${link(report.links.event, `event ${report.event.id}`)} · generated ${formatInstant(report.generatedAt)}`, "");
  return lines.join("\n");
}
