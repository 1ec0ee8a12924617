// Thresholds and weights of event grouping, read from data/events-config.json and checked with
// zod. Every value there sits beside a `why` saying how it was chosen (on the dev split of
// ../shared/data, with `npx tsx bench/eval-events.ts --tune`), so nobody re-tunes by hand on test.

import { z } from "zod";
import configFile from "../../data/events-config.json" with { type: "json" };

const documented = <T extends z.ZodType>(value: T) => z.object({ value, why: z.string().min(10) });
const ZPartWeights = z.object({ terms: z.number().min(0), entities: z.number().min(0), days: z.number().min(0) });

export const ZEventsConfigSchema = z.object({
  joinThreshold: documented(z.number().min(0).max(1)),
  relatedThreshold: documented(z.number().min(0).max(1)),
  weights: documented(ZPartWeights),
  crossLanguageWeights: documented(ZPartWeights),
  unreadCrossLanguageWeights: documented(ZPartWeights),
  entityWeights: documented(
    z.object({
      participant: z.number().min(0),
      place: z.number().min(0),
      country: z.number().min(0),
    }),
  ),
  conflictFactor: documented(z.number().min(0).max(1)),
  castDiscount: documented(z.number().min(0)),
  castMinMembers: documented(z.number().int().min(1)),
  undatedNeedsFact: documented(z.boolean()),
  headlineWeight: documented(z.number().min(1)),
  leadWeight: documented(z.number().min(1)),
  leadLength: documented(z.number().int().min(0)),
  linkageMaxShare: documented(z.number().min(0).max(1)),
  dateGraceDays: documented(z.number().min(0)),
  dateDecayDays: documented(z.number().positive()),
  candidateTerms: documented(z.number().int().positive()),
  maxCandidates: documented(z.number().int().positive()),
});

export type TEventsConfigFile = z.infer<typeof ZEventsConfigSchema>;

export interface PartWeights {
  terms: number;
  entities: number;
  days: number;
}

/** the values without their documentation: what the code reads */
export interface EventsConfig {
  joinThreshold: number;
  relatedThreshold: number;
  weights: PartWeights;
  /** for two articles in different languages that lib/nlp reads (French, English): canonical ids carry the score */
  crossLanguageWeights: PartWeights;
  /** for two articles in different languages, one of which lib/nlp reads no entities in: only stems and days are left */
  unreadCrossLanguageWeights: PartWeights;
  entityWeights: { participant: number; place: number; country: number };
  /** multiplies the score of two articles whose main events happened in different places or on different weekdays */
  conflictFactor: number;
  /**
   * The standing cast of a story thread: when the new article has no date, a feature of it that k
   * of its candidate groups carry weighs 1 / (1 + castDiscount × (k - 1)) when it is compared with them
   */
  castDiscount: number;
  /** only candidate groups of this many members or more count as carriers of the standing cast */
  castMinMembers: number;
  /** an undated article joins a group only if a member compared shares a figure, a person or a named day with it */
  undatedNeedsFact: boolean;
  headlineWeight: number;
  /** how many times a word of the article's first `leadLength` characters counts */
  leadWeight: number;
  leadLength: number;
  /** a group's score is (1 - share) × mean + share × max over its members */
  linkageMaxShare: number;
  dateGraceDays: number;
  dateDecayDays: number;
  candidateTerms: number;
  /** groups scored in full per article, the ones sharing the most (idf-weighted) index features */
  maxCandidates: number;
}

let cached: EventsConfig | null = null;

export function loadEventsConfig(overrides: Partial<EventsConfig> = {}): EventsConfig {
  if (!cached) {
    const file = ZEventsConfigSchema.parse(configFile);
    cached = Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, entry.value])) as unknown as EventsConfig;
  }
  return { ...cached, ...overrides };
}
