// The gold headline of a page for the pasted-page evaluation: what the page itself says its
// headline is, read from its HTML (never from what Parallax extracts).
//
// Rule (documented in bench/eval-headlines.ts):
// 1. og:title, when the page states one, with the site's name cut off where it stands before or
//    after a separator (" | ", " - ", " – ", " — ", " • ", " · ", " :: ", " » "): the cut part is the
//    site when it matches og:site_name or the host name (folded, one inside the other), or when
//    what is left is, folded, one of the page's <h1>;
// 2. else the page's only non-empty <h1> (several different <h1>, or none: no gold, page skipped).
// The <h1> whose words best match the og:title (token F1 >= 0.5) is accepted too: it is the line a
// reader sees and copies, and sites often write a shorter og:title for social cards.
import { parseHTML } from "linkedom";
import { headlineKey, tokenF1 } from "./headlines-score.ts";

export interface HeadlineGold {
  /** the og:title (suffix removed) or the only <h1> */
  headline: string;
  /** other wordings accepted as right: the matching <h1> */
  alternatives: string[];
  source: "og:title" | "h1";
}

const SEPARATOR = /\s+(?:\||-|–|—|•|·|::|»)\s+/gu;
const H1_MATCH = 0.5;

export function readHeadlineGold(html: string, url?: string): HeadlineGold | null {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html>${html}</html>`) as unknown as { document: Document };
  const meta = (property: string) => document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content")?.replace(/\s+/g, " ").trim() || null;
  const h1s = [...new Set(Array.from(document.querySelectorAll("h1"), (element) => (element.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean))];
  const ogTitle = meta("og:title");
  if (ogTitle) {
    const headline = withoutSiteName(ogTitle, { siteName: meta("og:site_name"), host: hostOf(url), h1s });
    const best = h1s.map((h1) => ({ h1, score: tokenF1(h1, headline) })).sort((a, b) => b.score - a.score)[0];
    const alternatives = best && best.score >= H1_MATCH && headlineKey(best.h1) !== headlineKey(headline) ? [best.h1] : [];
    return { headline, alternatives, source: "og:title" };
  }
  return h1s.length === 1 ? { headline: h1s[0]!, alternatives: [], source: "h1" } : null;
}

interface SiteClues {
  siteName: string | null;
  host: string | null;
  h1s: string[];
}

export function withoutSiteName(title: string, { siteName, host, h1s }: SiteClues): string {
  const cuts = Array.from(title.matchAll(SEPARATOR), (match) => ({ start: match.index, end: match.index + match[0].length }));
  const h1Keys = new Set(h1s.map(headlineKey));
  const isSite = (part: string, rest: string) => {
    const key = squash(part);
    if (!key) return false;
    const site = siteName ? squash(siteName) : "";
    if (site && (site.includes(key) || key.includes(site))) return true;
    if (host && (host.includes(key) || key.includes(host))) return true;
    return h1Keys.has(headlineKey(rest));
  };
  // the longest suffix first ("Title - Blog - Interior | Design" loses "Blog - Interior | Design")
  for (const cut of cuts) {
    const head = title.slice(0, cut.start).trim();
    if (head && isSite(title.slice(cut.end), head)) return head;
  }
  for (const cut of [...cuts].reverse()) {
    const tail = title.slice(cut.end).trim();
    if (tail && isSite(title.slice(0, cut.start), tail)) return tail;
  }
  return title;
}

/** letters and digits only: "Gala.fr" and "gala fr" and "GALA" compare by "galafr" / "gala" */
function squash(text: string): string {
  return headlineKey(text).replace(/[^\p{L}\p{N}]/gu, "");
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\./, "").split(".");
    return squash(labels.slice(0, -1).join("")) || null;
  } catch {
    return null;
  }
}
