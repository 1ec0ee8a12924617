// Presenters: what of an article leaves the server, in the shape the pages render. JSON columns
// are parsed with zod here (a row written by an older version degrades to "no evidence" rather
// than breaking the page), and internal fields (fingerprints, full hash, run ids) stay behind.
import { z } from "zod";
import type { ArticleDetailRecord, ArticleListRecord, FilterOption } from "./article-queries.ts";
import type { SnippetSegment } from "./search.ts";
import { segmentText, type ParagraphView, type TextRange } from "./segment-text.ts";

export type { ParagraphView, TextSegment } from "./segment-text.ts";

const ZEvidence = z.object({
  quote: z.string(),
  where: z.enum(["text", "removed", "url", "user", "html-meta", "raw"]),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  position: z.number().int().optional(),
});
const zField = <T extends z.ZodType>(value: T) =>
  z.object({ value: value.nullable(), evidence: z.array(ZEvidence), confidence: z.number(), inferred: z.boolean(), method: z.string() });
const ZMetadata = z
  .object({
    headline: zField(z.string()),
    outlet: zField(z.object({ slug: z.string(), name: z.string(), known: z.boolean() })),
    published: zField(z.object({ iso: z.string(), precision: z.string() })),
    dateline: zField(z.string()),
    language: zField(z.string()),
  })
  .partial();
const ZCitedSources = z.array(z.object({ name: z.string(), kind: z.string(), quote: z.string(), start: z.number().int(), end: z.number().int() }));
const ZCredits = z.array(z.object({ name: z.string(), quote: z.string(), position: z.number().int() }));
const ZFlags = z.array(z.string());

type EvidenceWhere = z.infer<typeof ZEvidence>["where"];
export type MetadataKey = "headline" | "outlet" | "published" | "dateline" | "language";

const FIELD_LABELS: Record<MetadataKey, string> = { headline: "Headline", outlet: "Outlet", published: "Published", dateline: "Dateline", language: "Language" };
const WHERE_LABELS: Record<EvidenceWhere, string> = {
  text: "in the article text",
  removed: "in a removed piece",
  url: "in the URL",
  user: "given at import",
  "html-meta": "in the page's HTML metadata",
  raw: "in the raw input",
};
const REASON_LABELS: Record<string, string> = {
  navigation: "Navigation",
  "share-chrome": "Share buttons",
  "related-link": "Related links",
  caption: "Captions",
  credit: "Photo and video credits",
  "source-footer": "Source lines",
  "metadata-line": "Metadata lines",
  "junk-digits": "Stray numbers",
  "repeated-paragraph": "Repeated paragraphs",
  "html-boilerplate": "Page boilerplate",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019", "June 2019", "18 Oct 2017", "18 Oct 2017 22:55": never more precise than the source. */
export function formatPublished(iso: string, precision: string | null): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "year" || !monthName) return year ?? iso;
  if (precision === "month" || !day) return `${monthName} ${year}`;
  const dayText = `${Number(day)} ${monthName.slice(0, 3)} ${year}`;
  if (precision === "day" || !hour) return dayText;
  return `${dayText} ${hour}:${minute}`;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
export function languageName(code: string | null): string {
  if (!code) return "unknown";
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export interface ArticleRowView {
  id: string;
  headline: string;
  headlineDerived: boolean;
  outlet: { slug: string; name: string; known: boolean } | null;
  published: string | null;
  language: string | null;
  languageName: string;
  wordCount: number;
  flags: { noDate: boolean; shortText: boolean; languageUncertain: boolean; copiedPassages: number; removedPieces: number };
  snippet?: SnippetSegment[];
}

export function presentArticleRow(article: ArticleListRecord, snippet?: SnippetSegment[]): ArticleRowView {
  const flags = parseOr(ZFlags, article.flags, []);
  return {
    id: article.id,
    headline: article.headline,
    headlineDerived: article.headlineDerived,
    outlet: article.outlet ? { ...article.outlet, known: !article.outletUnknown } : null,
    published: article.publishedAt ? formatPublished(article.publishedAt, article.publishedPrecision) : null,
    language: article.language,
    languageName: languageName(article.language),
    wordCount: article.wordCount,
    flags: {
      noDate: !article.publishedAt,
      shortText: flags.includes("short-text"),
      languageUncertain: flags.includes("language-uncertain"),
      copiedPassages: article._count.copiedPassages,
      removedPieces: article._count.removedPieces,
    },
    ...(snippet ? { snippet } : {}),
  };
}

export function presentLanguageOptions(options: FilterOption[]): FilterOption[] {
  return options.map((option) => ({ ...option, label: languageName(option.value) }));
}

export interface EvidenceView {
  quote: string;
  where: EvidenceWhere;
  whereLabel: string;
  /** highlightable span in the text (where = "text" with valid offsets) */
  rangeId?: string;
  /** removed piece it sits in (where = "removed") */
  removedPosition?: number;
}

export interface FieldView {
  key: MetadataKey;
  label: string;
  value: string | null;
  confidence: number | null;
  inferred: boolean;
  method: string | null;
  /** every text span of this field's evidence at once */
  rangeId: string | null;
  evidence: EvidenceView[];
}

export interface CopyView {
  id: string;
  kind: "internal" | "cross";
  /** "copied-from": the other article was published earlier; otherwise "also-in" */
  relation: "copied-from" | "also-in" | "repeated";
  other: { id: string; headline: string; outletName: string | null } | null;
  similarity: number;
  /** element id of the passage's mark on this page */
  anchor: string;
  /** element id of the same passage's mark on the other article's page */
  otherAnchor: string | null;
  /** where it sits in the removed pieces, for an internal repeat that was removed */
  removedPosition: number | null;
}

export interface RemovedPieceView {
  id: string;
  position: number;
  text: string;
  detail: string | null;
  restored: boolean;
  restoredAt: string | null;
}

export interface ArticleView {
  id: string;
  headline: string;
  headlineDerived: boolean;
  outlet: { name: string; slug: string; country: string | null; ownership: string | null; known: boolean } | null;
  published: { label: string; iso: string; precision: string | null } | null;
  dateline: string | null;
  language: { code: string | null; name: string; confidence: number | null };
  source: { kind: string; name: string | null; url: string | null };
  contentHashShort: string;
  importedAt: string;
  wordCount: number;
  flags: string[];
  fields: FieldView[];
  citedSources: { rangeId: string | null; name: string; kind: string; quote: string }[];
  credits: { name: string; quote: string; position: number }[];
  paragraphs: ParagraphView[];
  copies: CopyView[];
  removedGroups: { reason: string; label: string; pieces: RemovedPieceView[] }[];
  raw: { text: string; format: string; encoding: string | null };
}

export function presentArticle(article: ArticleDetailRecord): ArticleView {
  const metadata = parseOr(ZMetadata, article.metadata, {});
  const textLength = article.text.length;
  const inText = (start?: number, end?: number): start is number =>
    start !== undefined && end !== undefined && start >= 0 && end <= textLength && start < end;
  const ranges: TextRange[] = [];
  const copyRanges: TextRange[] = [];

  const keys = Object.keys(FIELD_LABELS) as MetadataKey[];
  const fields = keys.map((key): FieldView => {
    const field = metadata[key];
    const evidence = (field?.evidence ?? []).map((item, index): EvidenceView => {
      const view: EvidenceView = { quote: item.quote, where: item.where, whereLabel: WHERE_LABELS[item.where] };
      if (item.where === "text" && inText(item.start, item.end) && item.end !== undefined) {
        view.rangeId = `ev-${key}-${index}`;
        ranges.push({ id: view.rangeId, start: item.start, end: item.end }, { id: `ev-${key}`, start: item.start, end: item.end });
      }
      if (item.where === "removed" && item.position !== undefined) view.removedPosition = item.position;
      return view;
    });
    return {
      key,
      label: FIELD_LABELS[key],
      value: fieldValue(key, field?.value ?? null),
      confidence: field?.confidence ?? null,
      inferred: field?.inferred ?? false,
      method: field?.method ?? null,
      rangeId: evidence.some((item) => item.rangeId) ? `ev-${key}` : null,
      evidence,
    };
  });

  const citedSources = parseOr(ZCitedSources, article.citedSources, []).map((source, index) => {
    const rangeId = inText(source.start, source.end) ? `cs-${index}` : null;
    if (rangeId) ranges.push({ id: rangeId, start: source.start, end: source.end });
    return { rangeId, name: source.name, kind: source.kind, quote: source.quote };
  });

  const copies: CopyView[] = [];
  const thisDate = article.publishedSort?.getTime();
  const relationTo = (other: { publishedSort: Date | null }) =>
    thisDate !== undefined && other.publishedSort && other.publishedSort.getTime() < thisDate ? "copied-from" : "also-in";
  // Anchors name a span by its offsets, so a link from either article lands on the other's mark
  // whether the passage is stored once or once per side.
  const anchorOf = (start: number, end: number) => `copy-${start}-${end}`;
  const seen = new Set<string>();
  const addCross = (id: string, other: LinkedArticle, start: number, end: number, otherStart: number, otherEnd: number, similarity: number) => {
    const key = `${other.id}:${start}:${end}`;
    if (seen.has(key) || !inText(start, end)) return;
    seen.add(key);
    copyRanges.push({ id, start, end });
    copies.push({ id, kind: "cross", relation: relationTo(other), other: linked(other), similarity, anchor: anchorOf(start, end), otherAnchor: anchorOf(otherStart, otherEnd), removedPosition: null });
  };
  for (const copy of article.copiedPassages) {
    if (copy.kind === "internal") {
      // The repeat itself was removed; mark the kept paragraph it repeats.
      if (!inText(copy.sourceStart, copy.sourceEnd)) continue;
      copyRanges.push({ id: copy.id, start: copy.sourceStart, end: copy.sourceEnd });
      copies.push({
        id: copy.id,
        kind: "internal",
        relation: "repeated",
        other: null,
        similarity: copy.similarity,
        anchor: anchorOf(copy.sourceStart, copy.sourceEnd),
        otherAnchor: null,
        removedPosition: copy.removedPosition,
      });
    } else {
      addCross(copy.id, copy.sourceArticle, copy.start, copy.end, copy.sourceStart, copy.sourceEnd, copy.similarity);
    }
  }
  for (const copy of article.copiesElsewhere) {
    addCross(copy.id, copy.article, copy.sourceStart, copy.sourceEnd, copy.start, copy.end, copy.similarity);
  }

  const language = metadata.language;
  return {
    id: article.id,
    headline: article.headline,
    headlineDerived: article.headlineDerived,
    outlet: article.outlet
      ? { name: article.outlet.name, slug: article.outlet.slug, country: article.outlet.country, ownership: article.outlet.ownership, known: !article.outletUnknown && article.outlet.inGazetteer }
      : null,
    published: article.publishedAt
      ? { label: formatPublished(article.publishedAt, article.publishedPrecision), iso: article.publishedAt, precision: article.publishedPrecision }
      : null,
    dateline: article.dateline,
    language: { code: article.language, name: languageName(article.language), confidence: language?.confidence ?? null },
    source: { kind: article.sourceKind, name: article.sourceName, url: article.url },
    contentHashShort: article.contentHash.slice(0, 12),
    importedAt: article.createdAt.toISOString(),
    wordCount: article.wordCount,
    flags: parseOr(ZFlags, article.flags, []),
    fields,
    citedSources,
    credits: parseOr(ZCredits, article.credits, []),
    paragraphs: segmentText(article.text, ranges, copyRanges),
    copies,
    removedGroups: groupRemovedPieces(article.removedPieces),
    raw: { text: article.rawInput, format: article.rawFormat, encoding: article.rawEncoding },
  };
}

function fieldValue(key: MetadataKey, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (key === "outlet" && typeof value === "object" && "name" in value) return String(value.name);
  if (key === "published" && typeof value === "object" && "iso" in value && "precision" in value) {
    return formatPublished(String(value.iso), String(value.precision));
  }
  if (key === "language") return `${languageName(String(value))} (${String(value)})`;
  return String(value);
}

type LinkedArticle = { id: string; headline: string; publishedSort: Date | null; outlet: { name: string } | null };

function linked(article: LinkedArticle) {
  return { id: article.id, headline: article.headline, outletName: article.outlet?.name ?? null };
}

function groupRemovedPieces(pieces: ArticleDetailRecord["removedPieces"]): ArticleView["removedGroups"] {
  const groups = new Map<string, RemovedPieceView[]>();
  for (const piece of pieces) {
    const group = groups.get(piece.reason) ?? [];
    group.push({ id: piece.id, position: piece.position, text: piece.text, detail: piece.detail, restored: piece.restored, restoredAt: piece.restoredAt?.toISOString() ?? null });
    groups.set(piece.reason, group);
  }
  return [...groups].map(([reason, grouped]) => ({ reason, label: REASON_LABELS[reason] ?? reason, pieces: grouped }));
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
