// The pages of ../shared/data/extraction as pasted text, with their gold headline and body gold,
// split dev/test by a hash of the page id (the benchmarks have no split of their own).
import { createHash } from "node:crypto";
import { loadScrapinghubPages, loadTrafilaturaPages, readHtml } from "./extraction-datasets.ts";
import { readHeadlineGold, type HeadlineGold } from "./headlines-gold.ts";
import { renderCopiedText } from "./headlines-render.ts";

export type Split = "dev" | "test";

export interface PastedPage {
  id: string;
  benchmark: "scrapinghub" | "trafilatura";
  split: Split;
  /** what select-all + copy gives in a browser */
  pasted: string;
  gold: HeadlineGold | null;
  /** scrapinghub: the gold article body */
  bodyGold?: string;
  /** trafilatura: passages that must and must not be in the body */
  goldWith?: string[];
  goldWithout?: string[];
}

export function splitOf(id: string): Split {
  return createHash("sha256").update(id).digest()[0]! % 2 === 0 ? "dev" : "test";
}

export interface LoadPastedPagesOptions {
  split?: Split;
  /** the first N pages of each benchmark (after the split) */
  limit?: number;
}

export function loadPastedPages(dataDir: string, { split, limit }: LoadPastedPagesOptions = {}): PastedPage[] {
  const inSplit = <T extends { id: string }>(pages: T[]) => pages.filter((page) => !split || splitOf(page.id) === split).slice(0, limit);
  const scrapinghub = inSplit(loadScrapinghubPages(dataDir)).map((page): PastedPage => {
    const html = readHtml(page.htmlPath);
    return { id: page.id, benchmark: "scrapinghub", split: splitOf(page.id), pasted: renderCopiedText(html), gold: readHeadlineGold(html, page.url), bodyGold: page.gold };
  });
  const trafilatura = inSplit(loadTrafilaturaPages(dataDir)).map((page): PastedPage => {
    const html = readHtml(page.htmlPath);
    return {
      id: page.id,
      benchmark: "trafilatura",
      split: splitOf(page.id),
      pasted: renderCopiedText(html),
      gold: readHeadlineGold(html, page.url),
      goldWith: page.goldWith,
      goldWithout: page.goldWithout,
    };
  });
  return [...scrapinghub, ...trafilatura];
}
