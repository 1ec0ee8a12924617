// The shapes that flow through ingest: RawInput -> (decode, HTML extraction) -> blocks ->
// cleaning -> metadata -> CleanArticle. Stored by lib/ingest/store-article.ts.

export type InputFormat = "text" | "html" | "markdown";
export type SourceKind = "paste" | "file" | "url" | "jsonl";

/** What the user gave us, after decoding bytes to text (lib/ingest/decode-input.ts). */
export interface RawInput {
  sourceKind: SourceKind;
  /** file name, "line 12 of feed.jsonl", the URL... shown in import results */
  label: string;
  text: string;
  format: InputFormat;
  encoding?: string;
  url?: string;
  /** hints given by the user or by a JSONL line: they win over what the text suggests */
  outletHint?: string;
  publishedHint?: string;
  titleHint?: string;
  languageHint?: string;
}

/** Why a block was taken out of the article body. Shown to the reviewer next to the text. */
export type RemovalReason =
  | "navigation"
  | "share-chrome"
  | "related-link"
  | "caption"
  | "credit"
  | "source-footer"
  | "metadata-line"
  | "junk-digits"
  | "repeated-paragraph"
  | "html-boilerplate";

export interface Block {
  text: string;
  kept: boolean;
  reason?: RemovalReason;
  /** a short human explanation: "repeats paragraph 1 (truncated with …)" */
  detail?: string;
  /** the cleaner took this header line for the article's headline */
  headline?: boolean;
}

/** Where a metadata value was found. Offsets index `where`'s text. */
export interface Evidence {
  quote: string;
  where: "text" | "removed" | "url" | "user" | "html-meta" | "raw";
  start?: number;
  end?: number;
  /** for where = "removed": the position of the removed block */
  position?: number;
}

export interface MetadataField<T> {
  value: T | null;
  evidence: Evidence[];
  /** 0..1: how sure the extractor is */
  confidence: number;
  /** true when the value is a guess (derived headline, outlet from a cited agency...) */
  inferred: boolean;
  /** which rule settled it, for the "why" tooltip */
  method: string;
}

export type DatePrecision = "year" | "month" | "day" | "minute";

export interface PublishedDate {
  /** ISO 8601 cut at its precision: "2019-06", "2017-10-18", "2017-10-18T22:55" */
  iso: string;
  precision: DatePrecision;
}

export interface OutletRef {
  /** gazetteer slug, or a slug made from the name when the outlet is unknown */
  slug: string;
  name: string;
  known: boolean;
}

export interface CitedSource {
  /** canonical name: "IRNA", "SANA", "Mehr News", "Reuters", "Iraqi Ministry of Defence"... */
  name: string;
  kind: "agency" | "outlet" | "official" | "person" | "organisation" | "other";
  quote: string;
  start: number;
  end: number;
}

export interface Credit {
  /** "AFP", "Sputnik", "Tasnim": photo or video credits, not sources of the text */
  name: string;
  quote: string;
  /** the removed block it sits in */
  position: number;
}

export interface ArticleMetadata {
  headline: MetadataField<string>;
  outlet: MetadataField<OutletRef>;
  published: MetadataField<PublishedDate>;
  dateline: MetadataField<string>;
  language: MetadataField<string>;
}

/**
 * A paragraph repeated inside one article (a wire paragraph pasted twice, often truncated with
 * "..."). The repeat is removed as a block (reason "repeated-paragraph"); this records which kept
 * span of `text` it repeats.
 */
export interface InternalCopy {
  /** position of the removed repeat among the blocks */
  position: number;
  sourceStart: number;
  sourceEnd: number;
  similarity: number;
}

export interface CleanArticle {
  input: RawInput;
  /** every block of the input in order, kept or removed */
  blocks: Block[];
  /** kept blocks joined by a blank line */
  text: string;
  metadata: ArticleMetadata;
  citedSources: CitedSource[];
  credits: Credit[];
  internalCopies: InternalCopy[];
  wordCount: number;
  contentHash: string;
  flags: ArticleFlag[];
}

export type ArticleFlag = "unknown-outlet" | "no-outlet" | "derived-headline" | "no-date" | "short-text" | "language-uncertain";
