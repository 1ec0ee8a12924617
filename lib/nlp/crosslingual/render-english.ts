// An English rendering of French texts by Apertium, for similarity across languages (event
// grouping, sentence alignment) and for showing a reviewer what a French sentence says. Batched
// (one process run per batch of texts), cached (the same paragraph is rendered again when an event
// regroups) and never throwing: without Apertium the answer is null and callers keep their
// lexical path. renderEnglishAsync is the same for a server that must not block on the run.

import { LRUCache } from "lru-cache";
import { flattenText, runApertiumPivot, runApertiumPivotAsync, type RunApertiumOptions } from "./apertium-pipeline.ts";

export type SourceLanguage = "fr";

export interface RenderEnglishOptions {
  /** the apertium command; PARALLAX_APERTIUM or `apertium` on PATH by default */
  apertium?: string;
  /** texts longer than this are cut at a word before rendering: a similarity needs the opening, not a whole book */
  maxTextLength?: number;
  /** characters sent in one process run; more texts make several runs */
  maxBatchLength?: number;
  /** milliseconds a run may take before its characters are counted; the default suits a busy two-core machine */
  baseTimeoutMs?: number;
}

const DEFAULT_MAX_TEXT_LENGTH = 50_000;
const DEFAULT_MAX_BATCH_LENGTH = 200_000;
/** start-up and a slow machine's margin, plus time per character (~30k characters/s measured on two busy cores) */
const DEFAULT_BASE_TIMEOUT_MS = 15_000;
const TIMEOUT_MS_PER_CHARACTER = 0.2;

// keyed on the flattened text: what Apertium reads
const cache = new LRUCache<string, string>({ max: 20_000 });
/** commands found missing: not tried again in this process */
const missing = new Set<string>();

function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const head = text.slice(0, maxLength);
  const space = head.lastIndexOf(" ");
  return space > maxLength / 2 ? head.slice(0, space) : head;
}

interface Plan {
  lines: string[];
  renderings: Map<string, string>;
  batches: { lines: string[]; run: RunApertiumOptions }[];
  apertium: string;
  baseTimeoutMs: number;
}

/** the texts as lines, what the cache already holds, and the runs still needed */
function plan(texts: string[], options: RenderEnglishOptions): Plan {
  const apertium = options.apertium ?? process.env.PARALLAX_APERTIUM ?? "apertium";
  const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const maxBatch = options.maxBatchLength ?? DEFAULT_MAX_BATCH_LENGTH;
  const baseTimeoutMs = options.baseTimeoutMs ?? DEFAULT_BASE_TIMEOUT_MS;
  const lines = texts.map((text) => cut(flattenText(text), maxText));
  const renderings = new Map<string, string>();
  for (const line of lines) {
    const cached = line ? cache.get(line) : "";
    if (cached !== undefined) renderings.set(line, cached);
  }
  const pending = [...new Set(lines.filter((line) => !renderings.has(line)))];
  const batches: Plan["batches"] = [];
  let start = 0;
  while (start < pending.length) {
    let end = start;
    let length = 0;
    while (end < pending.length && (end === start || length + pending[end]!.length + 1 <= maxBatch)) {
      length += pending[end]!.length + 1;
      end += 1;
    }
    batches.push({ lines: pending.slice(start, end), run: { apertium, timeoutMs: baseTimeoutMs + length * TIMEOUT_MS_PER_CHARACTER } });
    start = end;
  }
  return { lines, renderings, batches, apertium, baseTimeoutMs };
}

function keep(plan: Plan, batch: string[], rendered: string[]): void {
  batch.forEach((line, index) => {
    plan.renderings.set(line, rendered[index]!);
    cache.set(line, rendered[index]!);
  });
}

/** a probe after a failed run: a timeout on a huge batch is no reason to stop trying, a missing command is */
const PROBE = ["oui"];

/**
 * The English rendering of each text, in order (an empty text gives ""), or null when Apertium is
 * not installed or fails on a batch.
 */
export function renderEnglish(texts: string[], from: SourceLanguage, options: RenderEnglishOptions = {}): string[] | null {
  if (from !== "fr") return null;
  const work = plan(texts, options);
  if (work.batches.length > 0 && missing.has(work.apertium)) return null;
  for (const batch of work.batches) {
    const rendered = runApertiumPivot(batch.lines, batch.run);
    if (!rendered) {
      if (!runApertiumPivot(PROBE, { ...batch.run, timeoutMs: work.baseTimeoutMs })) missing.add(work.apertium);
      return null;
    }
    keep(work, batch.lines, rendered);
  }
  return work.lines.map((line) => work.renderings.get(line)!);
}

/** renderEnglish without blocking the event loop while Apertium runs */
export async function renderEnglishAsync(texts: string[], from: SourceLanguage, options: RenderEnglishOptions = {}): Promise<string[] | null> {
  if (from !== "fr") return null;
  const work = plan(texts, options);
  if (work.batches.length > 0 && missing.has(work.apertium)) return null;
  for (const batch of work.batches) {
    const rendered = await runApertiumPivotAsync(batch.lines, batch.run);
    if (!rendered) {
      if (!(await runApertiumPivotAsync(PROBE, { ...batch.run, timeoutMs: work.baseTimeoutMs }))) missing.add(work.apertium);
      return null;
    }
    keep(work, batch.lines, rendered);
  }
  return work.lines.map((line) => work.renderings.get(line)!);
}

/** forget every rendering (a benchmark timing cold runs; memory back after a bulk import) */
export function clearRenderCache(): void {
  cache.clear();
}
