// The publication date, from the strongest evidence available: the user's hint, the page's
// metadata (checked against the day in its address and the line printed under its headline), the
// day in its address, a publication line
// the cleaner removed ("Publié le 2017-10-18 à 22:55", "date 2019-06"), the date line or byline a
// page prints under its headline, a byline date at the head of a pasted text ("By Jane Smith |
// 28 April, 2017"), a year in the dateline, a stamp in the page's script state, and last an update
// date (flagged inferred). The first
// publication wins over an update. Dates in the body are never read: they tell of other events.
// Times are kept as the page printed them (local wall-clock time), without converting time zones.

import { keptBlockOffsets } from "../clean/kept-block-offsets.ts";
import { matchDateLine, matchNameDateLine, type DateLineKind } from "../clean/match-date-line.ts";
import { matchMetadataLine } from "../clean/match-metadata-line.ts";
import { parseDateText } from "../clean/parse-date-text.ts";
import type { Block, Evidence, MetadataField, PublishedDate } from "../types.ts";
import type { Dateline } from "./find-dateline.ts";
import { daysApart, findUrlDate, type UrlDate } from "./find-url-date.ts";
import type { HtmlMeta } from "./extract-metadata.ts";

export interface ExtractPublishedOptions {
  blocks: Block[];
  publishedHint?: string;
  html?: HtmlMeta;
  dateline: Dateline | null;
  /** the article's address (the input's, else the page's canonical link) */
  url?: string;
}

interface Candidate {
  date: PublishedDate;
  evidence: Evidence;
  method: string;
  confidence: number;
  inferred?: boolean;
}

/**
 * A byline or bare date line counts within this many blocks above the body's first paragraph (menus,
 * headline, kicker, byline, photo credits) and below it; chosen on the dev half of eval:dates' pasted pages
 * (a plateau from 16/6 to 20/8; header dates of "today" sit further up, side boxes further down).
 */
const BLOCKS_BEFORE_BODY = 16;
const BLOCKS_AFTER_BODY = 6;
/** how far above the body a date line cut as a related link still counts as the article's own */
const OWN_LINE_REACH = 2;
/** a kept block of this many words is prose: the body has started */
const BODY_WORDS = 25;

export function extractPublished({ blocks, publishedHint, html, dateline, url }: ExtractPublishedOptions): MetadataField<PublishedDate> {
  const urlDate = findUrlDate(url);
  const candidate =
    fromString(publishedHint, { where: "user" }, "user", 1) ??
    checkedAgainstPage(blocks, fromString(html?.publishedTime, { where: "html-meta" }, "html-meta", 0.95), urlDate, html?.printedDate) ??
    fromUrl(urlDate) ??
    fromRemovedLines(blocks, ["publication"], "publication-line", 0.9) ??
    fromPrintedLine(blocks, html?.printedDate, "printed-date-line", 0.8) ??
    fromRemovedLines(blocks, ["date"], "date-line", 0.8) ??
    fromHeadLines(blocks, ["publication", "byline", "date"], "head-date-line", 0.75) ??
    fromDateline(dateline) ??
    fromString(html?.scriptPublished, { where: "html-meta" }, "script-date", 0.7) ??
    fromString(html?.modifiedTime, { where: "html-meta" }, "html-meta-modified", 0.5, true) ??
    fromPrintedLine(blocks, html?.printedUpdate, "printed-update-line", 0.5, true) ??
    fromRemovedLines(blocks, ["update"], "update-line", 0.5, true) ??
    fromHeadLines(blocks, ["update"], "head-update-line", 0.5, true);
  if (!candidate) return { value: null, evidence: [], confidence: 0, inferred: false, method: "none" };
  return {
    value: candidate.date,
    evidence: [candidate.evidence],
    confidence: candidate.confidence,
    inferred: candidate.inferred ?? false,
    method: candidate.method,
  };
}

function fromString(
  value: string | undefined,
  where: Pick<Evidence, "where">,
  method: string,
  confidence: number,
  inferred = false,
): Candidate | null {
  if (!value?.trim()) return null;
  const date = parseDateText(value.trim());
  if (!date) return null;
  return { date: { iso: date.iso, precision: date.precision }, evidence: { quote: value, ...where }, method, confidence, inferred };
}

/**
 * A meta time in another time zone crosses midnight for an evening story ("2023-11-09T05:30:59+00:00"
 * for an article of the 8th in New York), and some CMSs date the meta from the draft. The address
 * and the line printed under the headline carry the day readers were shown: one day apart, that
 * day wins; further apart, they disagree on more than a time zone and the meta stays.
 */
function checkedAgainstPage(blocks: Block[], candidate: Candidate | null, urlDate: UrlDate | null, printedDate: string | undefined): Candidate | null {
  if (!candidate || candidate.date.precision === "month" || candidate.date.precision === "year") return candidate;
  const metaDay = candidate.date.iso.slice(0, 10);
  if (urlDate && daysApart(metaDay, urlDate.day) === 1) return { ...fromUrl(urlDate)!, method: "url-date-over-meta" };
  const printed = fromPrintedLine(blocks, printedDate, "printed-date-over-meta", 0.9);
  if (printed && printed.date.precision !== "month" && daysApart(metaDay, printed.date.iso.slice(0, 10)) === 1) return printed;
  return candidate;
}

function fromUrl(urlDate: UrlDate | null): Candidate | null {
  if (!urlDate) return null;
  return { date: { iso: urlDate.day, precision: "day" }, evidence: { quote: urlDate.quote, where: "url" }, method: "url-date", confidence: 0.85 };
}

/**
 * A bare date line dates the article only near the start of its body: above it, a site's header
 * prints today's date; below it, side boxes and comments print theirs. Labelled publication and
 * update lines are read anywhere, the first one in the text winning.
 */
function fromRemovedLines(blocks: Block[], kinds: string[], method: string, confidence: number, inferred = false): Candidate | null {
  const start = bodyStart(blocks);
  let best: { candidate: Candidate; distance: number } | null = null;
  for (const [position, block] of blocks.entries()) {
    if (block.kept || block.reason !== "metadata-line") continue;
    const bare = kinds.includes("date");
    if (bare && (position < start - BLOCKS_BEFORE_BODY || position > start + BLOCKS_AFTER_BODY)) continue;
    const line = matchMetadataLine(block.text);
    if (!line || !kinds.includes(line.kind)) continue;
    const date = parseDateText(block.text);
    if (!date) continue;
    const candidate: Candidate = {
      date: { iso: date.iso, precision: date.precision },
      evidence: { quote: block.text.slice(0, date.end).trim(), where: "removed", position, start: 0, end: date.end },
      method,
      confidence,
      inferred,
    };
    if (!bare) return candidate;
    // of bare date lines, the one nearest the body's start: the header's date of the day sits
    // above it, a side box's below; above wins a tie, as bylines sit over the text
    const distance = Math.abs(position - start) * 2 + (position > start ? 1 : 0);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

/**
 * The line the HTML page prints near its headline (lib/ingest/html/find-page-date.ts). The evidence
 * points at the block that holds it when ingest kept or listed it, else at the raw page.
 */
function fromPrintedLine(blocks: Block[], line: string | undefined, method: string, confidence: number, inferred = false): Candidate | null {
  const found = line ? matchDateLine(line) : null;
  if (!line || !found) return null;
  const { iso, precision } = found.date;
  return { date: { iso, precision }, evidence: evidenceOfLine(blocks, line), method, confidence, inferred };
}

function evidenceOfLine(blocks: Block[], line: string): Evidence {
  const offsets = keptBlockOffsets(blocks);
  for (const [position, block] of blocks.entries()) {
    const at = block.text.indexOf(line);
    if (at < 0) continue;
    if (block.kept) return { quote: line, where: "text", start: offsets.get(position)! + at, end: offsets.get(position)! + at + line.length };
    return { quote: line, where: "removed", position, start: at, end: at + line.length };
  }
  return { quote: line, where: "raw" };
}

/** "By Jane Smith | 28 April, 2017" (or, last, "Updated Mar 12, 2020") near the start of the body, kept in it or removed */
function fromHeadLines(blocks: Block[], kinds: DateLineKind[], method: string, confidence: number, inferred = false): Candidate | null {
  const start = bodyStart(blocks);
  const offsets = keptBlockOffsets(blocks);
  for (let position = Math.max(0, start - BLOCKS_BEFORE_BODY); position <= Math.min(blocks.length - 1, start + BLOCKS_AFTER_BODY); position += 1) {
    const block = blocks[position]!;
    // a date line the cleaner took for a breadcrumb ("March 12, 2024 / 10:42 AM / Updated …") still
    // dates the article; captions, credits and related links date something else
    if (!block.kept && (block.reason === "caption" || block.reason === "credit")) continue;
    if (!block.kept && block.reason === "related-link" && !isOwnDateLine(block, position, start)) continue;
    let offset = 0;
    for (const line of block.text.split("\n")) {
      // a name and a date with no cue count only right above the body, where a byline sits
      const found = matchDateLine(line) ?? (position === start - 1 && kinds.includes("byline") ? matchNameDateLine(line) : null);
      if (found && kinds.includes(found.kind)) {
        const { iso, precision } = found.date;
        const evidence: Evidence = block.kept
          ? { quote: line.trim(), where: "text", start: offsets.get(position)! + offset, end: offsets.get(position)! + offset + line.length }
          : { quote: line.trim(), where: "removed", position, start: offset, end: offset + line.length };
        return { date: { iso, precision }, evidence, method, confidence, inferred };
      }
      offset += line.length + 1;
    }
  }
  return null;
}

/**
 * A line of date and byline alone, just above the first paragraph, took a related link's look
 * ("May 16, 2020 at 9:51 AM May 16, 2020 at 10:12 AM", "By Cat Lafuente/June 12, 2020 9:49 am
 * EST/Updated: …") only because removed chrome touches it: it dates the article. A related item's
 * date comes with its headline, or below the body.
 */
function isOwnDateLine(block: Block, position: number, start: number): boolean {
  return position < start && position >= start - OWN_LINE_REACH && !block.text.includes("\n") && matchDateLine(block.text) !== null;
}

/** the first kept block long enough to be prose; 0 when there is none */
function bodyStart(blocks: Block[]): number {
  const position = blocks.findIndex((block) => block.kept && (block.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= BODY_WORDS);
  return Math.max(position, 0);
}

/** "NEW YORK, June 3, 2019 (Reuters)": only a dateline with a year places the article in time */
function fromDateline(dateline: Dateline | null): Candidate | null {
  if (!dateline || !/\b(?:19|20)\d{2}\b/.test(dateline.value)) return null;
  const date = parseDateText(dateline.value);
  if (!date) return null;
  return {
    date: { iso: date.iso, precision: date.precision },
    evidence: { quote: dateline.value, where: "text", start: dateline.start, end: dateline.end },
    method: "dateline",
    confidence: 0.8,
  };
}
