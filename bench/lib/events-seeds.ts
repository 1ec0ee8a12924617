// The five seed articles (../shared/seeds) through ingest and event signatures, and a check of
// the gold `event_groups` in ../shared/eval/seeds-gold.json: five distinct events, and the
// related-but-distinct pairs (000 and 002) linked as related, never merged.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildEventSignatures } from "../../lib/events/build-event-signature.ts";
import { createEventGrouper } from "../../lib/events/group-events.ts";
import type { EventsConfig } from "../../lib/events/events-config.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import { ingestArticle } from "../../lib/ingest/ingest-article.ts";
import { loadGazetteer } from "../../lib/ingest/outlets/gazetteer.ts";

const ZSeedsGold = z.object({
  event_groups: z.object({
    distinct_events: z.array(z.array(z.string())),
    related_but_distinct: z.array(z.object({ articles: z.array(z.string()) })),
  }),
});

export interface SeedsCheck {
  /** gold events whose articles share a group, over all gold events */
  eventsRight: number;
  events: number;
  groups: number;
  /** related-but-distinct pairs linked as related (not merged, not apart) */
  relatedLinked: number;
  relatedPairs: number;
}

export function seedSignatures(seedsDirectory: string): EventSignature[] {
  const gazetteer = loadGazetteer();
  const files = readdirSync(seedsDirectory).filter((file) => file.endsWith(".txt")).sort();
  const articles = files.map((file) => {
    const article = ingestArticle({ input: { sourceKind: "file", label: file, text: readFileSync(path.join(seedsDirectory, file), "utf8"), format: "text" }, gazetteer });
    const headline = article.metadata.headline;
    return { id: file, text: article.text, headline: headline.value && !headline.inferred ? headline.value : null, language: article.metadata.language.value, published: article.metadata.published.value?.iso ?? null };
  });
  return buildEventSignatures(articles);
}

export function checkSeeds(goldFile: string, signatures: EventSignature[], config: EventsConfig): SeedsCheck {
  const gold = ZSeedsGold.parse(JSON.parse(readFileSync(goldFile, "utf8"))).event_groups;
  const grouper = createEventGrouper({ config });
  const groupOf = new Map(signatures.map((signature) => [signature.id, grouper.add(signature).groupId]));
  const related = new Map(grouper.groups().map((group) => [group.id, new Set(group.related)]));
  const groupsOf = (files: string[]) => files.map((file) => groupOf.get(file));
  const eventsRight = gold.distinct_events.filter((files, index) => {
    const own = new Set(groupsOf(files));
    const others = new Set(gold.distinct_events.filter((_, other) => other !== index).flatMap(groupsOf));
    return own.size === 1 && ![...own].some((group) => others.has(group));
  }).length;
  const relatedLinked = gold.related_but_distinct.filter(({ articles }) => {
    const [a, b] = groupsOf(articles);
    return a !== undefined && b !== undefined && a !== b && Boolean(related.get(a)?.has(b));
  }).length;
  return { eventsRight, events: gold.distinct_events.length, groups: new Set(groupOf.values()).size, relatedLinked, relatedPairs: gold.related_but_distinct.length };
}
