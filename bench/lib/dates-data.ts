// htmldate's evaluation pages (../shared/data/htmldate/pages-sample.jsonl.gz: 284 real pages with
// their HTML and gold publication day), read in place and never copied into the repository. The
// file has no split of its own, so one is made here from a hash of the page id: fixed, ~50/50,
// blind to the page's content.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

export type DatesSplit = "dev" | "test";

export interface DatedPage {
  id: string;
  url: string;
  /** the gold publication day, YYYY-MM-DD; null for the few pages htmldate's authors found undated */
  gold: string | null;
  html: string;
  /** from the page's <html lang>, as the data file records it */
  french: boolean;
  split: DatesSplit;
}

const ZPageLine = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  gold_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  html_lang_attr: z.string().nullable(),
  html: z.string(),
});

export function datesDataFile(repoRoot: string): string {
  return path.resolve(repoRoot, "../shared/data/htmldate/pages-sample.jsonl.gz");
}

export function hasDatesData(repoRoot: string): boolean {
  return existsSync(datesDataFile(repoRoot));
}

/** dev when the first byte of sha256(id) is even: deterministic and unrelated to the page */
export function splitOf(id: string): DatesSplit {
  return createHash("sha256").update(id).digest()[0]! % 2 === 0 ? "dev" : "test";
}

export function readDatedPages(repoRoot: string, split?: DatesSplit): DatedPage[] {
  const file = datesDataFile(repoRoot);
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n").filter((line) => line.trim());
  const pages = lines.map((line, index) => {
    // the file was written by Python, which spells an undated page's gold as a bare NaN
    const parsed = ZPageLine.safeParse(JSON.parse(line.replace(/"gold_date":\s*NaN\b/, '"gold_date": null')));
    if (!parsed.success) throw new Error(`${path.basename(file)} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
    const { id, url, gold_date: gold, html_lang_attr: lang, html } = parsed.data;
    return { id, url, gold, html, french: /^fr\b/i.test(lang ?? ""), split: splitOf(id) };
  });
  return split ? pages.filter((page) => page.split === split) : pages;
}
