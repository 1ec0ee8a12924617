// Publication facts a page states about itself: Open Graph / article:* meta, JSON-LD
// (NewsArticle and friends), <html lang>, <link rel=canonical>, <time datetime>. Read before
// Readability runs, since Readability rewrites the document.

import { parseDateText } from "../clean/parse-date-text.ts";

export interface HtmlMeta {
  publishedTime?: string;
  modifiedTime?: string;
  /** the date or byline line the page prints near its headline (lib/ingest/html/find-page-date.ts) */
  printedDate?: string;
  /** an update line printed near the headline */
  printedUpdate?: string;
  /** a publication stamp in the page's own script state, when all its stamps name one day */
  scriptPublished?: string;
  siteName?: string;
  lang?: string;
  byline?: string;
  canonicalUrl?: string;
  description?: string;
}

export interface HtmlPageFacts {
  meta: HtmlMeta;
  /** og:title, JSON-LD headline or twitter:title, when the page states one */
  headline?: string;
  /** JSON-LD articleBody: the whole text, on pages that render it with scripts */
  articleBody?: string;
}

type JsonObject = Record<string, unknown>;

// NewsArticle, ReportageNewsArticle, AnalysisNewsArticle... all end in "Article".
const ARTICLE_TYPES = /Article|BlogPosting|LiveBlogPosting|\bReport\b/;

export function extractHtmlMeta(document: Document, jsonLd: string[], pageUrl?: string, scripts: string[] = []): HtmlPageFacts {
  const metaByKey = new Map<string, string>();
  // itemprop metas also mark cited works and related items inside the body ("datePublished" =
  // "1988" in a reference list), so for dates the page's named metas come first
  const namedDates: [string, string][] = [];
  const itempropDates: [string, string][] = [];
  for (const element of Array.from(document.querySelectorAll("meta"))) {
    const named = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("http-equiv"))?.trim().toLowerCase();
    const key = named ?? element.getAttribute("itemprop")?.trim().toLowerCase();
    const content = clean(element.getAttribute("content"));
    if (key && content && !metaByKey.has(key)) metaByKey.set(key, content);
    if (key && content) (named ? namedDates : itempropDates).push([key, content]);
  }
  const fromMeta = (...keys: string[]) => keys.map((key) => metaByKey.get(key)).find(Boolean);
  const datesFromMeta = (keys: string[]) =>
    [namedDates, itempropDates].flatMap((pairs) => keys.flatMap((key) => pairs.filter(([name]) => name === key).map(([, value]) => value)));
  const article = findJsonLdObject(jsonLd, (object) => ARTICLE_TYPES.test(([] as unknown[]).concat(object["@type"] ?? []).join(" ")));
  // a WebPage or a BlogPosting's container may be the only object that dates the page
  const dated = article?.datePublished ? article : (findJsonLdObject(jsonLd, (object) => typeof object.datePublished === "string") ?? article);

  const meta: HtmlMeta = {
    publishedTime: firstDay([
      ...datesFromMeta(PUBLISHED_KEYS),
      text(dated?.datePublished),
      // a creation date, when the article states no publication: never its modification
      text(dated?.dateCreated),
      ...markedDates(document),
      articleTime(document),
    ]),
    modifiedTime: firstDay([...datesFromMeta(MODIFIED_KEYS), text(dated?.dateModified)]),
    siteName: fromMeta("og:site_name", "application-name") ?? nameOf(article?.publisher),
    lang: clean(document.documentElement?.getAttribute("lang")) ?? fromMeta("content-language", "dc.language", "language") ?? fromMeta("og:locale")?.replace("_", "-"),
    byline: bylineFrom(fromMeta("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")) ?? namesOf(article?.author),
    canonicalUrl: absolute(clean(document.querySelector("link[rel~='canonical']")?.getAttribute("href")) ?? fromMeta("og:url"), pageUrl),
    description: fromMeta("description", "og:description", "twitter:description", "dc.description") ?? text(article?.description),
    scriptPublished: scriptPublished(scripts),
  };
  for (const key of Object.keys(meta) as (keyof HtmlMeta)[]) if (meta[key] === undefined) delete meta[key];
  const articleBody = typeof article?.articleBody === "string" ? article.articleBody : undefined;
  return { meta, headline: fromMeta("og:title", "twitter:title", "dc.title") ?? text(article?.headline), articleBody };
}

/** The meta names CMSs and citation standards give the publication date, most trusted first. */
const PUBLISHED_KEYS = [
  "article:published_time", "og:article:published_time", "article:published", "article.published", "og:article:published", "article:published_date",
  "article:post_date", "datepublished", "og:datepublished", "pubdate", "og:pubdate", "publishdate", "og:publish_date", "publish-date", "publish_date",
  "published-date", "published_date", "published_time", "date_published", "publication_date", "originalpublicationdate", "rnews:datepublished",
  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.publication", "dcterms.created", "dc.date.created", "dc.created",
  "dc:created", "dc.date", "dc:date", "dcterms.date", "citation_publication_date", "citation_online_date",
  "citation_date", "prism.publicationdate", "bepress_citation_date", "bt:pubdate", "og:published_time", "shareaholic:article_published_time",
  "date",
];
const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "bt:moddate"];

/**
 * Dates marked up in the page's body: schema.org's itemprop on any element (a <span> or <abbr>,
 * its content or datetime attribute, else its text) and the hAtom microformat's
 * abbr.published stamp. Meta elements were read with the named metas.
 */
function markedDates(document: Document): string[] {
  const dates: string[] = [];
  for (const element of Array.from(document.querySelectorAll("[itemprop='datePublished'], abbr.published[title]")).slice(0, 5)) {
    if (element.tagName.toLowerCase() === "meta") continue;
    const value = clean(element.getAttribute("content")) ?? clean(element.getAttribute("datetime")) ?? clean(element.getAttribute("title")) ?? clean(element.textContent);
    if (value && value.length <= 80) dates.push(value);
  }
  return dates;
}

/**
 * The page's <time datetime>, the first in page order of those in the article or main element or
 * marked as the publication's. (Ranking the marked ones first, a selector at a time, changed no
 * dev page and lost a test page: teaser lists mark up their items' dates too.)
 */
function articleTime(document: Document): string | undefined {
  return clean(document.querySelector("article time[datetime], main time[datetime], time[itemprop='datePublished'], time[pubdate], time[datetime]")?.getAttribute("datetime"));
}

/** "publishedDate": "2016-11-04T20:37:27Z" in a script's state object: a quoted key, then an ISO stamp */
const SCRIPT_STAMP = /"([\w.]{0,40}publish\w{0,40})"\s*:\s*"(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]{1,15}(?:Z|[+-]\d{2}:?\d{2})?)?)"/gi;
const MAX_SCRIPT_STAMPS = 50;

/**
 * A page's script state may hold the only statement of its date. Lists of items carry stamps too
 * (a feed, related stories), so the stamp is taken only when every publication stamp in the
 * page's scripts names the same day; otherwise there is no telling which is the page's.
 */
function scriptPublished(scripts: string[]): string | undefined {
  const stamps: string[] = [];
  for (const script of scripts) {
    for (const match of script.matchAll(SCRIPT_STAMP)) {
      if (/modif|updat|expir|end/i.test(match[1]!)) continue;
      stamps.push(match[2]!);
      if (stamps.length > MAX_SCRIPT_STAMPS) return undefined;
    }
  }
  const days = new Set(stamps.map((stamp) => stamp.slice(0, 10)));
  return days.size === 1 ? stamps[0] : undefined;
}

/**
 * The first value that names a day; failing that, the first that parses at all. A meta holding
 * only a year ("1988") or junk must not hide a later one that holds the day.
 */
function firstDay(values: (string | undefined)[]): string | undefined {
  const present = values.filter((value): value is string => Boolean(value));
  const parsed = present.map((value) => ({ value, date: parseDateText(value) }));
  return (parsed.find(({ date }) => date && date.precision !== "month" && date.precision !== "year") ?? parsed.find(({ date }) => date))?.value;
}

/** The first JSON-LD object `accept` takes, searching arrays and @graph containers. */
function findJsonLdObject(blocks: string[], accept: (object: JsonObject) => boolean): JsonObject | undefined {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ""));
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const object = item as JsonObject;
        if (accept(object)) return object;
        if (object["@graph"]) queue.push(object["@graph"]);
      }
    }
  }
  return undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? clean(value) : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === "object") return text((value as JsonObject).name);
  return undefined;
}

function namesOf(value: unknown): string | undefined {
  const names = ([] as unknown[]).concat(value ?? []).map(nameOf).filter((name): name is string => Boolean(name));
  return names.length ? bylineFrom(names.join(", ")) : undefined;
}

/** article:author is often a profile URL, which names no one. */
function bylineFrom(value: string | undefined): string | undefined {
  if (!value || /^https?:\/\//i.test(value)) return undefined;
  return value;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}
