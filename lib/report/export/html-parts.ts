// Pieces both HTML reports (event and outlet) are made of: the standalone page, the verdict card
// and the badges. Everything interpolated goes through escapeHtml / linkOrText / renderNotesHtml.

import { BEST_RATING, WORST_RATING } from "../../review/verdict-scale.ts";
import type { EvidenceItem } from "../../review/verdict-types.ts";
import { escapeHtml, linkOrText } from "./html-escape.ts";
import { REPORT_CSS } from "./report-css.ts";
import type { ReportPublisher } from "./report-publisher.ts";
import { formatDay, formatInstant, formatPublished, ROW_MARK_WORDS } from "./report-text.ts";
import type { ReportArticle, ReportVerdict } from "./report-verdict.ts";
import { renderNotesHtml } from "./render-notes-html.ts";
import type { RowMark } from "../../claims/align/types.ts";

// No scripts, no external resources: the CSP says so too, for anyone who opens the file in a browser
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

export function htmlPage(options: { title: string; lang?: string; body: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? "en")}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
}

export function masthead(publisher: ReportPublisher, kicker: string): string {
  return `<header class="masthead"><span>${linkOrText(publisher.url, publisher.name)}</span><span class="kicker">${escapeHtml(kicker)}</span></header>`;
}

export function rowMarkBadge(mark: RowMark): string {
  return `<span class="mark mark-${mark}">${escapeHtml(ROW_MARK_WORDS[mark])}</span>`;
}

export function ratingBadge(verdict: Pick<ReportVerdict, "rating" | "ratingLabel">, prefix = ""): string {
  return `<span class="rating rating-${verdict.rating}">${escapeHtml(prefix + verdict.ratingLabel)}</span>`;
}

function ratingScale(verdict: ReportVerdict): string {
  return verdict.ratingValue === null
    ? "not on the true–false scale"
    : `${verdict.ratingValue} on a scale from ${WORST_RATING} (false) to ${BEST_RATING} (true)`;
}

/** the claim as reviewed: one line per outlet for a claim-wide verdict ("Reuters: about 2,000 trucks") */
function claimedLines(verdict: ReportVerdict): string {
  const lines = verdict.claimText.split("\n").filter((line) => line.trim());
  if (lines.length === 0) return "";
  const item = (line: string) => {
    const colon = verdict.articleId ? -1 : line.indexOf(": ");
    return colon > 0 ? `<li><strong>${escapeHtml(line.slice(0, colon))}</strong>: ${escapeHtml(line.slice(colon + 2))}</li>` : `<li>${escapeHtml(line)}</li>`;
  };
  return `<ul class="claimed">${lines.map(item).join("")}</ul>`;
}

function evidenceItem(item: EvidenceItem, siteUrl: string): string {
  const note = item.note ? ` <span class="note">${escapeHtml(item.note)}</span>` : "";
  if (item.kind === "url") return `<li>${linkOrText(item.url, item.url)}${item.quote ? `<blockquote>${escapeHtml(item.quote)}</blockquote>` : ""}${note}</li>`;
  if (item.kind === "quote") return `<li><blockquote>${escapeHtml(item.quote)}</blockquote>${note}</li>`;
  const kilobytes = Math.max(1, Math.round(item.byteSize / 1024));
  return `<li>File ${linkOrText(`${siteUrl}/api/evidence/${encodeURIComponent(item.fileId)}`, item.fileName)} (${escapeHtml(item.mimeType)}, ${kilobytes} KB, sha256 <code>${escapeHtml(item.sha256.slice(0, 12))}…</code>)${note}</li>`;
}

/** `extra` is trusted HTML the caller built from escaped parts (the outlet report's "X reported") */
export function verdictCard(verdict: ReportVerdict, options: { siteUrl: string; showEvent?: boolean; extra?: string }): string {
  const notes = renderNotesHtml(verdict.notes);
  const edited = verdict.version > 1 ? `; version ${verdict.version}, last edited by ${escapeHtml(verdict.updatedBy)} on ${escapeHtml(formatDay(verdict.updatedAt))}` : "";
  const event = options.showEvent ? `<p class="label">Event</p><p>${escapeHtml(verdict.eventTitle)}</p>` : "";
  const gone = verdict.rowMark === null ? " The event has changed since: this claim is no longer one row of its comparison." : "";
  return `<article class="verdict v-${verdict.rating}" id="verdict-${escapeHtml(verdict.id)}">
<div class="verdict-head">${ratingBadge(verdict)}<span class="scale">${escapeHtml(ratingScale(verdict))}</span>${verdict.rowMark ? rowMarkBadge(verdict.rowMark) : ""}</div>
<h3>${escapeHtml(verdict.claimLabel)}${verdict.outlet && !verdict.claimLabel.endsWith(verdict.outlet) ? ` <span class="scope">— ${escapeHtml(verdict.outlet)}</span>` : ""}</h3>
${event}<p class="label">What was reported</p>${claimedLines(verdict)}
<p class="summary">${escapeHtml(verdict.summary)}</p>
${notes ? `<div class="notes">${notes}</div>` : ""}
${options.extra ?? ""}
${verdict.evidence.length > 0 ? `<p class="label">Evidence</p><ol class="evidence">${verdict.evidence.map((item) => evidenceItem(item, options.siteUrl)).join("")}</ol>` : `<p class="label">Evidence</p><p class="empty">No evidence attached.</p>`}
<p class="meta">Reviewed by ${escapeHtml(verdict.reviewedBy)} on ${escapeHtml(formatInstant(verdict.createdAt))}${edited}.${escapeHtml(gone)} ${linkOrText(verdict.claimUrl, "The claim in Parallax")}</p>
</article>`;
}

export function articleCell(article: ReportArticle): string {
  return `${linkOrText(article.url, article.headline)}<span class="explanation">${escapeHtml(formatPublished(article.published))}${article.language ? ` · ${escapeHtml(article.language)}` : ""}</span>`;
}
