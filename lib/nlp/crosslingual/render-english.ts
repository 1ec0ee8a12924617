// An English rendering of French texts by Apertium, for similarity across languages (event
// grouping) and for showing a reviewer what a French sentence says. Batched (one process run per
// batch of texts), cached (the same paragraph is often rendered again when an event regroups) and
// never throwing: without Apertium the answer is null and callers keep their lexical path.

import { LRUCache } from "lru-cache";
import { flattenText, runApertiumPivot } from "./apertium-pipeline.ts";

export type SourceLanguage = "fr";

export interface RenderEnglishOptions {
  /** the apertium command; PARALLAX_APERTIUM or `apertium` on PATH by default */
  apertium?: string;
  /** texts longer than this are cut at a word before rendering: a similarity needs the opening, not a whole book */
  maxTextLength?: number;
  /** characters sent in one process run; more texts make several runs */
  maxBatchLength?: number;
}

const DEFAULT_MAX_TEXT_LENGTH = 50_000;
const DEFAULT_MAX_BATCH_LENGTH = 200_000;
/** a run's start-up and a slow machine's margin, plus time per character (~30k characters/s measured on two busy cores) */
const TIMEOUT_BASE_MS = 15_000;
const TIMEOUT_MS_PER_CHARACTER = 0.2;

// keyed on the flattened text: what Apertium reads
const cache = new LRUCache<string, string>({ max: 20_000 });
/** commands found missing (exit 127): not tried again in this process */
const missing = new Set<string>();

function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength);
  const space = head.lastIndexOf(" ");
  return space > maxLength / 2 ? head.slice(0, space) : head;
}

/**
 * The English rendering of each text, in order (an empty text gives ""), or null when Apertium is
 * not installed or fails on a batch.
 */
export function renderEnglish(texts: string[], from: SourceLanguage, options: RenderEnglishOptions = {}): string[] | null {
  if (from !== "fr") return null;
  const apertium = options.apertium ?? process.env.PARALLAX_APERTIUM ?? "apertium";
  const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const maxBatch = options.maxBatchLength ?? DEFAULT_MAX_BATCH_LENGTH;
  const lines = texts.map((text) => cut(flattenText(text), maxText));
  const renderings = new Map<string, string>();
  for (const line of lines) {
    const cached = line ? cache.get(line) : "";
    if (cached !== undefined) renderings.set(line, cached);
  }
  const pending = [...new Set(lines.filter((line) => !renderings.has(line)))];
  if (pending.length > 0 && missing.has(apertium)) return null;

  let start = 0;
  while (start < pending.length) {
    let end = start;
    let length = 0;
    while (end < pending.length && (end === start || length + pending[end]!.length + 1 <= maxBatch)) {
      length += pending[end]!.length + 1;
      end += 1;
    }
    const batch = pending.slice(start, end);
    const rendered = runApertiumPivot(batch, { apertium, timeoutMs: TIMEOUT_BASE_MS + length * TIMEOUT_MS_PER_CHARACTER });
    if (!rendered) {
      if (!isAvailable(apertium)) missing.add(apertium);
      return null;
    }
    batch.forEach((line, index) => {
      renderings.set(line, rendered[index]!);
      cache.set(line, rendered[index]!);
    });
    start = end;
  }
  return lines.map((line) => renderings.get(line)!);
}

/** forget every rendering (a benchmark timing cold runs; memory back after a bulk import) */
export function clearRenderCache(): void {
  cache.clear();
}

/** after a failed run: is the command there at all? (a timeout on a huge batch is not a reason to stop trying) */
function isAvailable(apertium: string): boolean {
  return runApertiumPivot(["oui"], { apertium, timeoutMs: TIMEOUT_BASE_MS }) !== null;
}
