// Keeps each event's row in step with its members: the automatic title (the earliest member's
// headline), the span of publication days, the place the members most often give for the main
// event, outlets and languages, the article count. An event left without members is deleted
// (its links go with it). Called inside the transaction that changed the members.

import type { Db, DbTransaction } from "../db/client.ts";
import { storedEventPlace } from "./signature-json.ts";

export async function refreshEvents(tx: Db | DbTransaction, eventIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(eventIds)];
  for (let start = 0; start < ids.length; start += 200) await refreshBatch(tx, ids.slice(start, start + 200));
}

async function refreshBatch(tx: Db | DbTransaction, ids: string[]): Promise<void> {
  const members = await tx.eventMembership.findMany({
    where: { eventId: { in: ids } },
    select: {
      eventId: true,
      article: {
        select: {
          id: true,
          headline: true,
          language: true,
          publishedAt: true,
          publishedSort: true,
          createdAt: true,
          outlet: { select: { name: true } },
          signature: { select: { signature: true } },
        },
      },
    },
  });
  const byEvent = new Map<string, (typeof members)[number]["article"][]>();
  for (const member of members) byEvent.set(member.eventId, [...(byEvent.get(member.eventId) ?? []), member.article]);

  const empty = ids.filter((id) => !byEvent.has(id));
  if (empty.length > 0) await tx.event.deleteMany({ where: { id: { in: empty } } });

  for (const [eventId, articles] of byEvent) {
    articles.sort((a, b) => sortTime(a) - sortTime(b) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const days = articles.flatMap((article) => (article.publishedAt ? [article.publishedAt.slice(0, 10)] : [])).sort();
    const place = mostCommonPlace(articles.map((article) => article.signature?.signature));
    await tx.event.update({
      where: { id: eventId },
      data: {
        title: articles[0]!.headline,
        articleCount: articles.length,
        firstDay: days[0] ?? null,
        lastDay: days.at(-1) ?? null,
        placeId: place?.id ?? null,
        placeLabel: place?.label ?? null,
        outlets: distinct(articles.map((article) => article.outlet?.name ?? null)),
        languages: distinct(articles.map((article) => article.language)),
      },
    });
  }
}

function sortTime(article: { publishedSort: Date | null }): number {
  return article.publishedSort?.getTime() ?? Number.MAX_SAFE_INTEGER;
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].sort();
}

function mostCommonPlace(signatures: unknown[]): { id: string; label: string } | null {
  const counts = new Map<string, { count: number; label: string }>();
  for (const json of signatures) {
    const place = storedEventPlace(json);
    if (!place) continue;
    const entry = counts.get(place.id) ?? { count: 0, label: place.label };
    entry.count += 1;
    counts.set(place.id, entry);
  }
  const best = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))[0];
  return best ? { id: best[0], label: best[1].label } : null;
}
