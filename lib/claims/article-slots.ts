// The slots that belong to the article rather than to one sentence: the figures it gives, the
// quotes with their speakers, and the sources it cites. build-claims attaches them to the main
// event (the story's event; the others are background).

import { matchOutlet, nameKey, type OutletGazetteer } from "../ingest/outlets/gazetteer.ts";
import type { CitedSource } from "../ingest/types.ts";
import { foldText } from "../ingest/clean/fold-text.ts";
import { CURRENCY_BEFORE } from "../nlp/numbers/find-numbers.ts";
import type { ArticleAnalysis, NumberMention, QuoteMention } from "../nlp/types.ts";
import { quoteKey } from "./canonical-values.ts";
import { countLemma } from "./count-lemmas.ts";
import type { SlotValue } from "./types.ts";

/**
 * "les deux pays", "the two sides", "both", "ces quatre pays", "these three": a count that
 * points back at parties already named is a recap, not a figure an outlet asserts.
 */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:les|des|aux|the)\s+$/iu;
const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:ces|these|those|both)\s+$/iu;

/** what an amount is counted in: its currency, one lemma for every way of writing it ("$", "dollars", "USD") */
const CURRENCIES: Array<[RegExp, string]> = [
  [/\$|\bdollars?\b|\bUSD\b/i, "dollar"],
  [/€|\beuros?\b|\bEUR\b/i, "euro"],
  [/£|\blivres?\b|\bpounds?\b/i, "pound"],
  [/¥|\byuans?\b/i, "yuan"],
  [/\bdinars?\b/i, "dinar"],
  [/\brials?\b/i, "rial"],
  [/\br[ou]bles?\b/i, "rouble"],
];

function currencyOf(written: string): string {
  return CURRENCIES.find(([pattern]) => pattern.test(written))?.[1] ?? "money";
}

export function numberSlots(text: string, numbers: NumberMention[]): SlotValue[] {
  const slots: SlotValue[] = [];
  for (const number of numbers) {
    if (number.kind === "ordinal") continue;
    const before = text.slice(Math.max(0, number.start - 12), number.start);
    if (DEMONSTRATIVE_BEFORE.test(before) || (number.value === 2 && DEFINITE_BEFORE.test(before))) continue;
    const lemma = number.kind === "year" ? "" : number.kind === "percentage" ? "percent" : number.kind === "money" ? currencyOf(text.slice(Math.max(0, number.start - 4), number.end)) : (countLemma(number.counts) ?? "");
    // an amount reads as written ("$1.5 billion", "1,5 milliard de dollars"), not with a noun after it
    const counted = number.kind === "money" ? "" : number.counts ? ` ${number.counts}` : "";
    slots.push({
      type: "number",
      canonical: `${number.value}|${number.hedge}|${lemma}`,
      label: number.kind === "year" ? `${number.value} (year)` : number.kind === "money" ? text.slice(Math.max(0, number.start - (CURRENCY_BEFORE.exec(text.slice(Math.max(0, number.start - 4), number.start))?.[0].length ?? 0)), number.end) : `${number.hedge === "exact" ? "" : `${number.hedge.replace(/-/g, " ")} `}${number.value.toLocaleString("en-GB")}${counted}`,
      span: { start: number.start, end: number.countsSpan?.end ?? number.end, text: text.slice(number.start, number.countsSpan?.end ?? number.end) },
      confidence: number.counts || number.kind !== "quantity" ? 0.85 : 0.6,
      inferred: false,
      detail: { value: number.value, hedge: number.hedge, counts: number.counts, lemma: lemma || null, kind: number.kind },
    });
  }
  return slots;
}

/** quotes with a known speaker; a pronoun-based attribution stays marked inferred */
/** the speaker part of the canonical value of a quote whose speaker is not clear */
const UNRESOLVED_SPEAKER = "?";

export function quoteSlots(quotes: QuoteMention[]): SlotValue[] {
  return quotes
    // a quote whose speaker is not clear is still compared (a misquote is one whoever spoke), under no name
    .filter((quote) => quote.speaker.id !== null || quote.direct)
    .map((quote) => {
      const { speaker } = quote;
      const guessed = speaker.id === null || speaker.inferred || speaker.resolution === "pronoun" || speaker.resolution === "unresolved";
      const name = speaker.id === null ? "speaker not clear" : speaker.name;
      const words = quote.quote.split(/\s+/).slice(0, 8).join(" ");
      return {
        type: "quote" as const,
        canonical: `${speaker.id ?? UNRESOLVED_SPEAKER}|${quoteKey(quote.quote)}`,
        label: `${name}: ${quote.direct ? "«" : ""}${words}${quote.quote.split(/\s+/).length > 8 ? " …" : ""}${quote.direct ? "»" : ""}`,
        span: { start: quote.start, end: quote.end, text: quote.text },
        confidence: guessed ? 0.55 : speaker.resolution === "role" ? 0.8 : 0.9,
        inferred: guessed,
        detail: { speakerId: speaker.id, speaker: name, resolution: speaker.resolution, direct: quote.direct, verb: quote.verb?.text ?? null },
      };
    });
}

/**
 * Cited sources as found by ingest (spans reused, not re-extracted). The canonical value is the
 * outlet's gazetteer slug, else the organisation or person the span names (so "ministère de la
 * Défense irakien" and "Iraq's defence ministry" meet), else the folded name.
 */
export function citedSourceSlots(sources: CitedSource[], analysis: ArticleAnalysis, gazetteer: OutletGazetteer | null, ownOutlet: string | null): SlotValue[] {
  const own = ownOutlet ? (gazetteer ? matchOutlet(gazetteer, ownOutlet)?.slug : null) ?? nameKey(ownOutlet) : null;
  const seen = new Set<string>();
  const slots: SlotValue[] = [];
  for (const source of sources) {
    const outlet = gazetteer?.byName.get(nameKey(source.name)) ?? null;
    if (own && (outlet?.slug === own || nameKey(source.name) === own)) continue;
    const overlaps = (mention: { start: number; end: number }) => mention.start < source.end && source.start < mention.end;
    const organisation = outlet ? null : analysis.organisations.find((mention) => overlaps(mention) && foldText(source.name).includes(foldText(mention.text)));
    const person = outlet || organisation ? null : analysis.people.find((mention) => overlaps(mention) && foldText(source.name).includes(foldText(mention.text)));
    const canonical = outlet ? `outlet:${outlet.slug}` : organisation ? organisation.id : person ? `person:${person.id}` : `source:${foldText(source.name)}`;
    if (seen.has(canonical)) continue;
    seen.add(canonical);
    slots.push({
      type: "cited-source",
      canonical,
      label: outlet?.name ?? organisation?.name ?? source.name,
      span: { start: source.start, end: source.end, text: source.quote },
      confidence: 0.85,
      inferred: false,
      detail: { kind: source.kind, name: source.name },
    });
  }
  return slots;
}
