// One article's event signature: who (people, organisations, countries), where (cities, regions),
// when (publication date, the main event's date, days named in the text), what kind of event, and
// its weighted key terms. lib/nlp and lib/claims do the reading; this keeps what tells one
// real-world event from another, in a form that compares across outlets and languages.

import { surnameKey } from "../claims/align/person-key.ts";
import { buildClaims } from "../claims/build-claims.ts";
import type { ArticleClaims } from "../claims/types.ts";
import { analyseArticle } from "../nlp/analyse-article.ts";
import { numberTerms } from "../nlp/crosslingual/english-stems.ts";
import type { ArticleAnalysis } from "../nlp/types.ts";
import { extractKeyTerms } from "./extract-key-terms.ts";
import { loadEventsConfig } from "./events-config.ts";
import { findMentionedDays } from "./find-mentioned-days.ts";
import { dateWindow } from "./date-window.ts";
import { NAME_KEY_PREFIX } from "./compact-signature.ts";
import { renderFrenchArticles, type RenderedArticle } from "./render-french.ts";
import type { EventSignature } from "./types.ts";

export interface BuildEventSignatureOptions {
  id: string;
  text: string;
  headline: string | null;
  language: string | null;
  /** ISO date or date-time of publication at any precision, or null */
  published: string | null;
  analysis?: ArticleAnalysis;
  claims?: ArticleClaims;
  /** how many times a headline word counts; the configured value when absent */
  headlineWeight?: number;
  /** how many times a word of the lead counts; the configured value when absent */
  leadWeight?: number;
  /** a French article's English rendering (renderFrenchArticles), for comparisons with English articles */
  english?: RenderedArticle | null;
}

export function buildEventSignature(options: BuildEventSignatureOptions): EventSignature {
  const { text, language } = options;
  const published = isoDay(options.published);
  // the headline is read too: it often names the place and people the lead takes for granted
  const fullText = options.headline ? `${options.headline}\n\n${text}` : text;
  const analysis = options.analysis ?? analyseArticle({ text: fullText, language, published });
  const claims = options.claims ?? buildClaims({ text: fullText, language, published, analysis, citedSources: [] });
  // an article's own account (no event announced) says nothing of which event it reports
  const main = claims.events.find((event) => event.main && !event.fromArticle) ?? null;
  const dateSlot = main?.slots.find((slot) => slot.type === "date");
  const eventDate = isoDay(String(dateSlot?.detail?.iso ?? ""));
  const weekday = dateSlot?.detail?.weekday;

  const labels = new Map<string, string>();
  const participants = new Set<string>();
  const countries = new Set<string>();
  const places = new Set<string>();
  const addCountry = (code: string | null) => {
    if (!code) return;
    const id = `country:${code.toLowerCase()}`;
    countries.add(id);
    if (!labels.has(id)) labels.set(id, code.toUpperCase());
  };
  for (const person of analysis.people) {
    participants.add(person.id);
    labels.set(person.id, labels.get(person.id) ?? person.name);
    addCountry(person.country);
  }
  for (const organisation of analysis.organisations) {
    participants.add(organisation.id);
    labels.set(organisation.id, organisation.name);
    addCountry(organisation.country);
  }
  for (const place of analysis.places) {
    if (place.placeType === "country") countries.add(place.id);
    else places.add(place.id);
    labels.set(place.id, place.name);
    addCountry(place.country);
  }

  const config = loadEventsConfig();
  const { terms, labels: termLabels } = extractKeyTerms({
    text,
    headline: options.headline,
    language,
    headlineWeight: options.headlineWeight ?? config.headlineWeight,
    leadWeight: options.leadWeight ?? config.leadWeight,
    leadLength: config.leadLength,
  });
  const english =
    options.english && language === "fr"
      ? extractKeyTerms({
          text: options.english.text,
          headline: options.english.headline,
          language: "en",
          headlineWeight: options.headlineWeight ?? config.headlineWeight,
          leadWeight: options.leadWeight ?? config.leadWeight,
          leadLength: config.leadLength,
        })
      : null;
  if (english) for (const [term, label] of english.labels) if (!termLabels.has(term)) termLabels.set(term, label);
  // people's surnames as spelling-free keys, among the terms: Hicham al-Hachemi in a French
  // article and Hisham al-Hashemi in an English one meet on "name~hashem"
  const nameKeys = new Set<string>();
  for (const person of analysis.people) {
    const key = surnameKey(person.id);
    if (key.length < 3) continue;
    const term = `${NAME_KEY_PREFIX}${key}`;
    nameKeys.add(term);
    if (!terms.has(term)) terms.set(term, 1);
    if (!termLabels.has(term)) termLabels.set(term, person.name);
    if (english && !english.terms.has(term)) english.terms.set(term, 1);
  }
  const days = findMentionedDays(fullText, language);
  const eventPlace = main?.slots.find((slot) => slot.type === "place")?.canonical ?? null;
  // cities and regions count, countries do not: every article of a story names its countries
  const facts = [...new Set([...figures(fullText, language), ...nameKeys, ...days, ...places])];
  return {
    id: options.id,
    language,
    published,
    eventDate,
    window: dateWindow(options.published, eventDate),
    kind: main?.kind ?? null,
    eventPlace,
    eventWeekday: typeof weekday === "number" ? weekday : null,
    participants: [...participants],
    countries: [...countries],
    places: [...places],
    days,
    facts,
    terms,
    termLabels,
    ...(english ? { englishTerms: new Map([...terms, ...english.terms]) } : {}),
    labels,
  };
}

/**
 * The figures of a text as plain values ("10 000" and "10,000" both "#10000"): single digits and
 * years are left out, as every article has them and they tell no event from another.
 */
function figures(text: string, language: string | null): string[] {
  return numberTerms(text, language === "fr" ? "fr" : "en").filter((term) => {
    const value = Number(term.slice(1));
    return !(Number.isInteger(value) && (value < 10 || (value >= 1900 && value <= 2099)));
  });
}

/** Signatures of a batch of articles, the French ones rendered into English in one Apertium run first. */
export function buildEventSignatures(articles: Omit<BuildEventSignatureOptions, "english">[]): EventSignature[] {
  const renderings = renderFrenchArticles(articles);
  return articles.map((article, index) => buildEventSignature({ ...article, english: renderings[index] }));
}

function isoDay(value: string | null): string | null {
  const match = value?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
}
