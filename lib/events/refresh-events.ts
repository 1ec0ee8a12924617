// Keeps each event's row in step with its members: the automatic title (the earliest member's
// headline), the span of publication days, the place the members most often give for the main
// event, outlets and languages, the article count. An event left without members is deleted
// (its links go with it). Called inside the transaction that changed the members.

import { sqliteTimestamp } from "../db/bulk-insert.ts";
import { dbProvider, type Db, type DbTransaction } from "../db/client.ts";
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

  const rows: EventRow[] = [];
  for (const [eventId, articles] of byEvent) {
    articles.sort((a, b) => sortTime(a) - sortTime(b) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const days = articles.flatMap((article) => (article.publishedAt ? [article.publishedAt.slice(0, 10)] : [])).sort();
    const place = mostCommonPlace(articles.map((article) => article.signature?.signature));
    rows.push({
      id: eventId,
      title: articles[0]!.headline,
      articleCount: articles.length,
      firstDay: days[0] ?? null,
      lastDay: days.at(-1) ?? null,
      placeId: place?.id ?? null,
      placeLabel: place?.label ?? null,
      outlets: distinct(articles.map((article) => article.outlet?.name ?? null)),
      languages: distinct(articles.map((article) => article.language)),
    });
  }
  await updateEvents(tx, rows);
}

interface EventRow {
  id: string;
  title: string;
  articleCount: number;
  firstDay: string | null;
  lastDay: string | null;
  placeId: string | null;
  placeLabel: string | null;
  outlets: string[];
  languages: string[];
}

/**
 * The rows in one statement, each travelling in one JSON parameter (as lib/db/bulk-insert.ts
 * does): an import refreshes up to one event per new article, and one Prisma update per event
 * cost ~1 ms each. updatedAt is written as Prisma's @updatedAt would.
 */
async function updateEvents(tx: Db | DbTransaction, rows: EventRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date();
  const columns = ["title", "articleCount", "firstDay", "lastDay", "placeId", "placeLabel", "outlets", "languages"];
  if (dbProvider(tx) === "postgresql") {
    const types: Record<string, string> = { title: "text", articleCount: "int", firstDay: "text", lastDay: "text", placeId: "text", placeLabel: "text", outlets: "jsonb", languages: "jsonb" };
    await tx.$executeRawUnsafe(
      `UPDATE "events" AS e SET ${columns.map((column) => `"${column}" = r."${column}"`).join(", ")}, "updatedAt" = $2::timestamp(3) ` +
        `FROM jsonb_to_recordset($1::jsonb) AS r("id" text, ${columns.map((column) => `"${column}" ${types[column]}`).join(", ")}) WHERE e."id" = r."id"`,
      JSON.stringify(rows),
      now.toISOString(),
    );
    return;
  }
  // Json columns hold JSON text on SQLite: `->` gives it, `->>` would give SQL values
  const value = (column: string) => (column === "outlets" || column === "languages" ? `value -> '$.${column}'` : `value ->> '$.${column}'`);
  await tx.$executeRawUnsafe(
    `UPDATE "events" SET ${columns.map((column) => `"${column}" = r."${column}"`).join(", ")}, "updatedAt" = ? ` +
      `FROM (SELECT value ->> '$.id' AS "id", ${columns.map((column) => `${value(column)} AS "${column}"`).join(", ")} FROM json_each(?)) AS r WHERE "events"."id" = r."id"`,
    sqliteTimestamp(now),
    JSON.stringify(rows),
  );
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
