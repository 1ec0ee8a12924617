// A stream of made-up event signatures for the tests of the stored grouping path: thousands of
// articles without the cost of lib/nlp. Built to reach what the stored path must get right, not to
// score well: events reported by one to a dozen articles (so groups outgrow the members a group is
// scored on), story threads that share a cast across months (related links), undated articles
// (whose candidate lookup reads every week), words and countries shared by thousands of articles
// (posting lists past the index's cap), and ties (many groups sharing exactly one feature).
// Deterministic: a seeded generator, no Math.random.

import { dateWindow } from "./date-window.ts";
import type { EventSignature } from "./types.ts";

/** mulberry32: small, seedable, good enough to spread made-up features */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const START_DAY = Math.floor(Date.parse("2021-01-04") / DAY_MS);

export interface SyntheticArticle {
  signature: EventSignature;
  /** the made-up event it reports */
  event: string;
}

/** `count` articles in arrival order: roughly by day, an undated one now and then */
export function syntheticStream(count: number, seed = 16): SyntheticArticle[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // a few words most articles use, many that some use: a Zipf-like spread by squaring
  const commonWord = () => `word${Math.floor(random() ** 2 * 1500)}`;
  const countries = ["country:aa", "country:bb", "country:cc", "country:dd", "country:ee", "country:ff"];
  const threads = Array.from({ length: Math.max(4, Math.floor(count / 60)) }, (_, thread) => ({
    cast: [`org:body${thread}`, `person${thread}-chair`],
    place: `city:aa:town${thread % 97}`,
    words: Array.from({ length: 6 }, (_, index) => `thread${thread}w${index}`),
  }));

  const articles: SyntheticArticle[] = [];
  let eventNumber = 0;
  let day = START_DAY;
  while (articles.length < count) {
    day += random() < 0.35 ? 1 : 0;
    const thread = pick(threads);
    const event = `event-${eventNumber++}`;
    const eventWords = Array.from({ length: 8 }, (_, index) => `${event}w${index}`);
    const people = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `person${Math.floor(random() * 4000)}`);
    const reports = 1 + Math.floor(random() ** 3 * 12);
    for (let report = 0; report < reports && articles.length < count; report++) {
      const published = random() < 0.15 ? null : new Date((day + Math.floor(random() * 3)) * DAY_MS).toISOString().slice(0, 10);
      const terms = new Map<string, number>();
      const weigh = (word: string, tf: number) => terms.set(word, Math.max(terms.get(word) ?? 0, 1 + Math.log(tf)));
      for (const word of eventWords) if (random() < 0.6) weigh(word, 1 + Math.floor(random() * 3));
      for (const word of thread.words) if (random() < 0.5) weigh(word, 1 + Math.floor(random() * 2));
      for (let index = 0; index < 25; index++) weigh(commonWord(), 1 + Math.floor(random() * 4));
      const participants = [...thread.cast.filter(() => random() < 0.7), ...people.filter(() => random() < 0.8)];
      const id = `synthetic-${String(articles.length).padStart(6, "0")}`;
      articles.push({
        event,
        signature: {
          id,
          language: random() < 0.8 ? "en" : "fr",
          published,
          eventDate: null,
          window: dateWindow(published, null),
          kind: null,
          eventPlace: random() < 0.5 ? thread.place : null,
          eventWeekday: null,
          participants,
          // one country in most articles: its posting list outgrows what a lookup reads
          countries: [random() < 0.7 ? countries[0]! : pick(countries), ...(random() < 0.3 ? [pick(countries)] : [])],
          places: [thread.place],
          days: random() < 0.2 && published ? [`--${published.slice(5)}`] : [],
          terms,
          termLabels: new Map([...terms.keys()].map((term) => [term, term])),
          labels: new Map([...participants, thread.place].map((feature) => [feature, feature.toUpperCase()])),
        },
      });
    }
  }
  return articles;
}
