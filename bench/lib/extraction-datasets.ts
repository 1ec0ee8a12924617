// Loads the two HTML extraction benchmarks from ../shared/data/extraction (read in place, never
// copied into the repo) and validates their files at the boundary.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

export interface ShinglePage {
  id: string;
  htmlPath: string;
  url?: string;
  gold: string;
}

export interface PassagePage {
  id: string;
  htmlPath: string;
  url?: string;
  language?: string;
  goldWith: string[];
  goldWithout: string[];
}

const ZGroundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().optional() }));

const ZPassageLineSchema = z.object({
  id: z.string(),
  html_path: z.string(),
  url: z.string().optional(),
  language: z.string().optional(),
  gold_with: z.array(z.string()),
  gold_without: z.array(z.string()),
});

export function extractionDataDir(repoRoot: string): string {
  return path.resolve(repoRoot, "../shared/data/extraction");
}

export function hasExtractionData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "scrapinghub/ground-truth.json")) && existsSync(path.join(dataDir, "trafilatura/index.jsonl"));
}

export function loadScrapinghubPages(dataDir: string): ShinglePage[] {
  const root = path.join(dataDir, "scrapinghub");
  const truth = ZGroundTruthSchema.parse(JSON.parse(readFileSync(path.join(root, "ground-truth.json"), "utf8")));
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, entry]) => ({ id, htmlPath: path.join(root, "html_gz", `${id}.html.gz`), url: entry.url, gold: entry.articleBody }));
}

export function loadTrafilaturaPages(dataDir: string): PassagePage[] {
  const root = path.join(dataDir, "trafilatura");
  const lines = readFileSync(path.join(root, "index.jsonl"), "utf8").split("\n");
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const parsed = ZPassageLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`trafilatura/index.jsonl line ${index + 1}: ${parsed.error.message}`);
    const page = parsed.data;
    return [{ id: page.id, htmlPath: path.join(root, page.html_path), url: page.url, language: page.language, goldWith: page.gold_with, goldWithout: page.gold_without }];
  });
}

/**
 * The pages are gzipped as fetched: most are UTF-8, a few (Polish, German) are in the charset
 * their <meta> declares, so decode as a browser would: strict UTF-8 first, then the declared one.
 */
export function readHtml(htmlPath: string): string {
  const bytes = gunzipSync(readFileSync(htmlPath));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 16_384).toString("latin1"))?.[1] ?? "windows-1252";
    // A page declaring UTF-8 with a few stray bytes is still UTF-8: keep it, with U+FFFD for the strays.
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      return new TextDecoder("windows-1252").decode(bytes);
    }
  }
}
