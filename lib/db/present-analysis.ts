// Presenter of what lib/nlp and lib/claims read in one article: the marks its text carries
// (places, people, organisations, dates, numbers, quotes, each with a tooltip a reviewer can
// check against the words) and its claim slots grouped by event. Computed when the page renders:
// the analysis takes a few milliseconds and is not stored yet.
import { z } from "zod";
import { buildClaims } from "../claims/build-claims.ts";
import type { EventKind, EventMention, SlotType, SlotValue } from "../claims/types.ts";
import { loadGazetteer, type OutletGazetteer } from "../ingest/outlets/gazetteer.ts";
import type { CitedSource } from "../ingest/types.ts";
import { analyseArticle } from "../nlp/analyse-article.ts";
import type { ArticleAnalysis, DateMention, NumberMention, OrganisationMention, PersonMention, PlaceMention, QuoteMention, SpeakerRef } from "../nlp/types.ts";
import type { ParagraphView, TextSegment } from "./segment-text.ts";

export type MarkKind = "place" | "person" | "organisation" | "date" | "number" | "quote";

export interface TextMark {
  kind: MarkKind;
  /** rests on a pronoun or a guess: drawn dashed, never as certain */
  inferred: boolean;
  tooltip: string;
}

export interface QuoteNoteView {
  speaker: string;
  resolution: string;
  inferred: boolean;
  unresolved: boolean;
}

export interface MarkedSegment extends TextSegment {
  marks: TextMark[];
  /** element ids (`span-<start>-<end>`) of linked spans that begin here */
  anchors: string[];
  /** who said the quotes that end here */
  quoteNotes: QuoteNoteView[];
}

export interface MarkedParagraph {
  start: number;
  segments: MarkedSegment[];
}

export interface SlotView {
  type: SlotType;
  label: string;
  /** 0–100 */
  confidence: number;
  inferred: boolean;
  /** element id and highlight id of its span in the text */
  spanId: string;
  /** what a hover shows: the words it was read from and the typed detail */
  title: string;
  quote: (QuoteNoteView & { excerpt: string }) | null;
}

export interface EventView {
  id: string;
  kind: EventKind;
  summary: string;
  main: boolean;
  /** no event was announced: the article's own account (build-claims.ts) */
  fromArticle: boolean;
  trigger: { spanId: string; text: string };
  groups: { type: SlotType; label: string; slots: SlotView[] }[];
}

export interface AnalysisView {
  legend: { kind: MarkKind; label: string; count: number }[];
  marks: (TextMark & { start: number; end: number })[];
  events: EventView[];
  /** quotes whose speaker nothing in the text names: no claim slot, listed apart */
  unattributedQuotes: { spanId: string; excerpt: string }[];
  /** spans the panel links to, so the text can carry their anchors */
  linkedSpans: { start: number; end: number }[];
  /** speaker notes and where their quote ends */
  quoteNotes: { end: number; note: QuoteNoteView }[];
}

export interface AnalysableArticle {
  id: string;
  text: string;
  language: string | null;
  publishedAt: string | null;
  citedSources: unknown;
}

const ZCitedSources = z.array(
  z.object({
    name: z.string(),
    kind: z.enum(["agency", "outlet", "official", "person", "organisation", "other"]),
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  }),
);

const MARK_LABELS: Record<MarkKind, string> = { place: "Places", person: "People", organisation: "Organisations", date: "Dates", number: "Numbers", quote: "Quotes" };
const SLOT_LABELS: Record<SlotType, string> = {
  place: "Where",
  date: "When",
  "participant-country": "Countries",
  "participant-person": "People",
  chair: "Chaired by",
  host: "Hosted by",
  "delegation-head": "Delegation heads",
  number: "Figures",
  quote: "Quotes",
  "cited-source": "Cited sources",
};
const SLOT_ORDER = Object.keys(SLOT_LABELS) as SlotType[];
const RESOLUTION_LABELS: Record<SpeakerRef["resolution"], string> = { explicit: "named", role: "by role", pronoun: "by pronoun", unresolved: "unresolved" };
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

// Cited outlets get their gazetteer name in the claims; the file is read once per process.
let gazetteer: OutletGazetteer | null = null;

export const spanId = (start: number, end: number) => `span-${start}-${end}`;

export function presentAnalysis(article: AnalysableArticle): AnalysisView {
  const { text, language, publishedAt: published } = article;
  const citedSources: CitedSource[] = ZCitedSources.safeParse(article.citedSources).data ?? [];
  const analysis = analyseArticle({ text, language, published });
  gazetteer ??= loadGazetteer();
  const claims = buildClaims({ articleId: article.id, text, language, published, analysis, citedSources, gazetteer });

  const marks = collectMarks(analysis);
  const events = claims.events.map(presentEvent);
  const unattributed = analysis.quotes.filter((quote) => quote.speaker.id === null);
  const linkedSpans = new Map<string, { start: number; end: number }>();
  for (const span of [...claims.events.flatMap((event) => [event.trigger, ...event.slots.map((slot) => slot.span)]), ...unattributed]) {
    linkedSpans.set(spanId(span.start, span.end), { start: span.start, end: span.end });
  }
  return {
    legend: (Object.keys(MARK_LABELS) as MarkKind[]).map((kind) => ({ kind, label: MARK_LABELS[kind], count: marks.filter((mark) => mark.kind === kind).length })),
    marks,
    events,
    unattributedQuotes: unattributed.map((quote) => ({ spanId: spanId(quote.start, quote.end), excerpt: excerpt(quote.quote) })),
    linkedSpans: [...linkedSpans.values()],
    quoteNotes: analysis.quotes.map((quote) => ({ end: quote.end, note: quoteNote(quote.speaker) })),
  };
}

function collectMarks(analysis: ArticleAnalysis): AnalysisView["marks"] {
  const seen = new Set<string>();
  const marks: AnalysisView["marks"] = [];
  const add = (kind: MarkKind, span: { start: number; end: number }, tooltip: string, inferred = false) => {
    const key = `${kind}:${span.start}:${span.end}`;
    if (seen.has(key) || span.end <= span.start) return;
    seen.add(key);
    marks.push({ kind, start: span.start, end: span.end, tooltip, inferred });
  };
  for (const place of analysis.places) add("place", place, placeTooltip(place));
  for (const person of analysis.people) add("person", person, personTooltip(person), person.coreference?.inferred ?? false);
  for (const organisation of analysis.organisations) add("organisation", organisation, organisationTooltip(organisation));
  for (const date of analysis.dates) add("date", date, dateTooltip(date));
  for (const number of analysis.numbers) add("number", number, numberTooltip(number));
  for (const quote of analysis.quotes) add("quote", quote, quoteTooltip(quote), quote.speaker.inferred || quote.speaker.id === null);
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

function country(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const joined = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join(" · ");

function placeTooltip(place: PlaceMention): string {
  const where = place.placeType === "country" ? "country" : joined(place.placeType, country(place.country));
  const via = place.via === "demonym" ? `implied by “${place.text}”` : place.via === "alias" ? `written “${place.text}”` : null;
  return joined(`Place: ${place.name}`, where, via);
}

function personTooltip(person: PersonMention): string {
  const reference = person.coreference ? (person.coreference.inferred ? "refers back by pronoun or position (inferred)" : "refers back to an earlier mention") : null;
  return joined(`Person: ${person.name}`, person.role, country(person.country), reference);
}

function organisationTooltip(organisation: OrganisationMention): string {
  return joined(`Organisation: ${organisation.name}`, organisation.orgType.replace(/-/g, " "), country(organisation.country));
}

function dateTooltip(date: DateMention): string {
  const weekday = date.weekday !== null ? WEEKDAYS[date.weekday] : date.iso && date.precision !== "year" && date.precision !== "month" ? WEEKDAYS[new Date(`${date.iso.slice(0, 10)}T00:00:00Z`).getUTCDay()] : null;
  if (!date.iso) return joined(`Date: ${weekday ?? date.text}`, "not resolved: the publication date is not precise enough to fix the day");
  const resolution = date.relative ? `“${date.text}” counted from ${date.resolvedAgainst ?? "the publication date"}` : null;
  return joined(`Date: ${date.iso.replace("T", " ")}`, weekday, resolution);
}

function numberTooltip(number: NumberMention): string {
  const value = number.kind === "year" ? `${number.value} (year)` : number.value.toLocaleString("en-GB");
  return joined(`Number: ${value}`, number.kind !== "year" && number.hedge.replace(/-/g, " "), number.counts && `counts “${number.counts}”`, number.kind === "percentage" || number.kind === "money" ? number.kind : null);
}

function quoteNote(speaker: SpeakerRef): QuoteNoteView {
  const unresolved = speaker.id === null || speaker.resolution === "unresolved";
  return { speaker: unresolved ? "unresolved" : speaker.name, resolution: RESOLUTION_LABELS[speaker.resolution], inferred: speaker.inferred, unresolved };
}

function quoteTooltip(quote: QuoteMention): string {
  const note = quoteNote(quote.speaker);
  const speaker = note.unresolved ? "speaker unresolved" : joined(`speaker ${note.speaker}`, note.resolution, note.inferred && "inferred");
  return joined(quote.direct ? "Quote" : "Reported speech", speaker, quote.verb && `“${quote.verb.text}”`);
}

function excerpt(words: string, count = 14): string {
  const parts = words.replace(/^[«“"\s]+|[»”"\s,;:]+$/g, "").split(/\s+/);
  return parts.length > count ? `${parts.slice(0, count).join(" ")} …` : parts.join(" ");
}

function presentEvent(event: EventMention): EventView {
  const groups = SLOT_ORDER.flatMap((type) => {
    const slots = event.slots.filter((slot) => slot.type === type).map(presentSlot);
    return slots.length > 0 ? [{ type, label: SLOT_LABELS[type], slots }] : [];
  });
  return { id: event.id, kind: event.kind, summary: event.summary, main: event.main ?? false, fromArticle: event.fromArticle ?? false, trigger: { spanId: spanId(event.trigger.start, event.trigger.end), text: event.trigger.text }, groups };
}

function presentSlot(slot: SlotValue): SlotView {
  const detail = slot.detail ?? {};
  const detailText = Object.entries(detail)
    .filter(([key, value]) => value !== null && value !== "" && !["speakerId", "person", "actor"].includes(key))
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}: ${String(value)}`)
    .join(", ");
  const confidence = Math.round(slot.confidence * 100);
  const quote =
    slot.type === "quote"
      ? {
          ...quoteNote({
            id: typeof detail.speakerId === "string" ? detail.speakerId : null,
            name: String(detail.speaker ?? "unresolved"),
            span: null,
            resolution: parseResolution(detail.resolution),
            inferred: slot.inferred,
          }),
          excerpt: excerpt(slot.span.text),
        }
      : null;
  return {
    type: slot.type,
    label: slot.label,
    confidence,
    inferred: slot.inferred,
    spanId: spanId(slot.span.start, slot.span.end),
    title: joined(`${SLOT_LABELS[slot.type]} · ${confidence}% sure${slot.inferred ? " · inferred" : ""}`, `read from “${excerpt(slot.span.text, 20)}”`, detailText),
    quote,
  };
}

function parseResolution(value: unknown): SpeakerRef["resolution"] {
  return value === "explicit" || value === "role" || value === "pronoun" ? value : "unresolved";
}

/**
 * Cuts the article's segments (already split at evidence, cited-source and copy edges) again at
 * every mark and linked span, so each piece knows its marks; copy starts and ends stay on the
 * first and last piece of the segment they were on.
 */
export function markParagraphs(paragraphs: ParagraphView[], analysis: AnalysisView): MarkedParagraph[] {
  const linked = analysis.linkedSpans.map((span) => ({ ...span, id: spanId(span.start, span.end) }));
  const anchored = new Set<string>();
  const lastPiece = new Map<number, MarkedSegment>();
  const edges = [...analysis.marks, ...linked].flatMap((range) => [range.start, range.end]);

  const marked = paragraphs.map((paragraph) => ({
    start: paragraph.start,
    segments: paragraph.segments.flatMap((segment) => {
      const end = segment.start + segment.text.length;
      const points = [...new Set([segment.start, end, ...edges.filter((edge) => edge > segment.start && edge < end)])].sort((a, b) => a - b);
      return points.slice(0, -1).map((from, index, starts): MarkedSegment => {
        const to = points[index + 1] ?? end;
        const covers = (range: { start: number; end: number }) => range.start < to && range.end > from;
        const ids = linked.filter(covers).map((span) => span.id);
        const piece: MarkedSegment = {
          text: segment.text.slice(from - segment.start, to - segment.start),
          start: from,
          rangeIds: [...segment.rangeIds, ...ids],
          copyIds: segment.copyIds,
          copyStarts: index === 0 ? segment.copyStarts : [],
          copyEnds: index === starts.length - 1 ? segment.copyEnds : [],
          marks: analysis.marks.filter(covers).map(({ kind, inferred, tooltip }) => ({ kind, inferred, tooltip })),
          anchors: ids.filter((id) => !anchored.has(id)),
          quoteNotes: [],
        };
        for (const id of piece.anchors) anchored.add(id);
        analysis.quoteNotes.forEach(({ end: quoteEnd }, noteIndex) => {
          if (from < quoteEnd) lastPiece.set(noteIndex, piece);
        });
        return piece;
      });
    }),
  }));

  // A quote's note goes after the last piece of text before its end.
  analysis.quoteNotes.forEach(({ note }, noteIndex) => lastPiece.get(noteIndex)?.quoteNotes.push(note));
  return marked;
}
