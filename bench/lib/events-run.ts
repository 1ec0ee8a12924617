// Streams one evaluation set through the event grouper and scores the groups: B-cubed against
// the gold events, and, for sets with story threads (RPM2), whether two events of one thread end
// up linked as related rather than merged or left apart.

import { createEventGrouper } from "../../lib/events/group-events.ts";
import type { EventsConfig } from "../../lib/events/events-config.ts";
import type { EventSignature } from "../../lib/events/types.ts";
import type { EvalArticle } from "./events-data.ts";
import { bCubed, type BCubed } from "./events-metrics.ts";

export interface ThreadLinking {
  /** thread event pairs (first set, later set) whose main groups differ and are linked as related */
  linked: number;
  /** … whose main groups are one and the same */
  merged: number;
  pairs: number;
  /** related links whose two groups mostly hold the same thread */
  linkPrecision: number;
}

export interface RunResult {
  bCubed: BCubed;
  threads: ThreadLinking;
}

export function runGrouping(articles: EvalArticle[], signatures: Map<string, EventSignature>, config: EventsConfig): RunResult {
  const grouper = createEventGrouper({ config });
  const predicted = new Map<string, string>();
  for (const article of articles) predicted.set(article.id, grouper.add(signatures.get(article.id)!).groupId);
  const gold = new Map(articles.map((article) => [article.id, article.event]));
  const related = new Map(grouper.groups().map((group) => [group.id, new Set(group.related)]));
  return { bCubed: bCubed(predicted, gold), threads: threadLinking(articles, predicted, related) };
}

function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function threadLinking(articles: EvalArticle[], predicted: Map<string, string>, related: Map<string, Set<string>>): ThreadLinking {
  const eventsByThread = new Map<string, string[]>();
  for (const article of articles) {
    const events = eventsByThread.get(article.thread) ?? [];
    if (!events.includes(article.event)) events.push(article.event);
    eventsByThread.set(article.thread, events);
  }
  const mainGroup = (event: string) => majority(articles.filter((article) => article.event === event).map((article) => predicted.get(article.id)!));
  let linked = 0;
  let merged = 0;
  let pairs = 0;
  for (const events of eventsByThread.values()) {
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        pairs++;
        const [a, b] = [mainGroup(events[i]!), mainGroup(events[j]!)];
        if (a === b) merged++;
        else if (related.get(a)?.has(b)) linked++;
      }
    }
  }
  const threadOfGroup = new Map<string, string>();
  for (const group of new Set(predicted.values())) {
    threadOfGroup.set(group, majority(articles.filter((article) => predicted.get(article.id) === group).map((article) => article.thread)));
  }
  let links = 0;
  let sameThread = 0;
  for (const [group, others] of related) {
    for (const other of others) {
      if (group >= other) continue;
      links++;
      if (threadOfGroup.get(group) === threadOfGroup.get(other)) sameThread++;
    }
  }
  return { linked, merged, pairs, linkPrecision: links > 0 ? sameThread / links : 1 };
}
