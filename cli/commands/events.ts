import os from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import type { Db } from "../../lib/db/client.ts";
import { AppError } from "../../lib/errors.ts";
import { describeGrouping } from "../../lib/events/describe-grouping.ts";
import { getEventDetail, listEventHistory, listEvents, type EventDetail, type EventSummary } from "../../lib/events/event-queries.ts";
import { groupNewArticles } from "../../lib/events/group-articles.ts";
import { mergeEvents } from "../../lib/events/operations/merge-events.ts";
import { moveArticle } from "../../lib/events/operations/move-article.ts";
import { pinArticle } from "../../lib/events/operations/pin-article.ts";
import { renameEvent } from "../../lib/events/operations/rename-event.ts";
import { splitEvent } from "../../lib/events/operations/split-event.ts";
import { undoOperation } from "../../lib/events/operations/undo-operation.ts";
import { regroupEvents } from "../../lib/events/regroup-events.ts";
import { openDb } from "../open-db.ts";

interface CommonFlags {
  json?: boolean;
  db?: string;
}

const DB_HELP = "SQLite database file (default: DATABASE_URL or data/parallax.db)";
/** who the history names for a change made from this terminal (accounts come with the reviewers' issue) */
const actor = () => `cli:${os.userInfo().username}`;

const ZListFlags = z.object({
  page: z.coerce.number().int().min(1, "--page starts at 1").default(1),
  limit: z.coerce.number().int().min(1).max(10_000, "--limit is at most 10000").default(50),
  query: z.string().optional(),
  minArticles: z.coerce.number().int().min(1).optional(),
});

async function withDb<T>(flags: CommonFlags, work: (db: Db) => Promise<T>): Promise<T> {
  const { db } = await openDb(flags.db);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

function output(flags: CommonFlags, json: unknown, text: () => void): void {
  if (flags.json) process.stdout.write(`${JSON.stringify(json)}\n`);
  else text();
}

export function registerEventsCommand(program: Command): void {
  const events = program.command("events").description("The events articles were grouped into, and the reviewer operations on them (merge, split, move, rename, pin, undo).");

  events
    .command("list", { isDefault: true })
    .description("List events, latest first: title, dates, place, outlets, languages, articles, related events.")
    .option("--page <n>", "page of the list", "1")
    .option("--limit <n>", "events per page", "50")
    .option("--query <words>", "only events whose title or place contains these words")
    .option("--min-articles <n>", "only events with at least this many articles")
    .option("--json", "print { total, page, events: [...] } (shape in README)")
    .option("--db <path>", DB_HELP)
    .action(async (flags: CommonFlags & Record<string, string | undefined>) => {
      const options = parseFlags(ZListFlags, flags);
      await withDb(flags, async (db) => {
        const { total, events: list } = await listEvents(db, { page: options.page, pageSize: options.limit, query: options.query, minArticles: options.minArticles });
        output(flags, { total, page: options.page, events: list }, () => {
          for (const event of list) printSummary(event);
          console.log(list.length === 0 && total === 0 ? "No events yet: import articles with `parallax import <paths…>`." : `${list.length} of ${total} events (page ${options.page})`);
        });
      });
    });

  events
    .command("show")
    .description("One event: its articles by outlet with the grouping explanation, related events and history.")
    .argument("<eventId>")
    .option("--json", "print the event (shape in README)")
    .option("--db <path>", DB_HELP)
    .action(async (eventId: string, flags: CommonFlags) => {
      await withDb(flags, async (db) => {
        const detail = await getEventDetail(db, eventId);
        if (!detail) throw new AppError("NOT_FOUND", `No event ${eventId}; \`parallax events\` lists them.`);
        output(flags, { event: detail }, () => printDetail(detail));
      });
    });

  events
    .command("regroup")
    .description("Group the articles that have no event yet; with --all, re-decide every automatic grouping (reviewer decisions are kept).")
    .option("--all", "re-decide every article's event, keeping pinned articles where reviewers put them")
    .option("--rebuild-signatures", "rebuild every stored event signature first (after an upgrade of the signature code); implies --all")
    .option("--json", "print the outcome as JSON")
    .option("--db <path>", DB_HELP)
    .action(async (flags: CommonFlags & { all?: boolean; rebuildSignatures?: boolean }) => {
      await withDb(flags, async (db) => {
        if (!flags.all && !flags.rebuildSignatures) {
          const result = await groupNewArticles(db);
          output(flags, { mode: "new", grouped: result.grouped, joined: result.joined, created: result.created }, () =>
            console.log(`${result.grouped} articles grouped: ${result.joined} joined an existing event, ${result.created} new events`),
          );
          return;
        }
        await groupNewArticles(db);
        const result = await regroupEvents(db, { actor: actor(), rebuildSignatures: Boolean(flags.rebuildSignatures) });
        output(flags, { mode: "all", operationId: result.operation.id, articles: result.articles, events: result.events, moved: result.moved, pinned: result.pinned }, () =>
          console.log(`${result.operation.summary} (operation ${result.operation.id}; \`parallax events undo ${result.operation.id}\` reverts it)`),
        );
      });
    });

  operation(events, "merge", "Merge events into the first one; their articles are pinned there.", ["<targetId>", "<sourceIds...>"], (db, [targetId, sourceIds]) =>
    mergeEvents(db, { targetId: targetId as string, sourceIds: sourceIds as string[], actor: actor() }),
  );
  operation(events, "split", "Move these articles of an event into a new event (--title to name it); both sides are pinned.", ["<eventId>", "<articleIds...>"], (db, [eventId, articleIds], flags) =>
    splitEvent(db, { eventId: eventId as string, articleIds: articleIds as string[], title: flags.title ?? null, actor: actor() }),
  { title: "--title <title>" });
  operation(events, "move", "Move one article into another event (or `new` for an event of its own); it is pinned there.", ["<articleId>", "<eventId>"], (db, [articleId, eventId]) =>
    moveArticle(db, { articleId: articleId as string, toEventId: eventId as string, actor: actor() }),
  );
  operation(events, "rename", "Give an event a reviewer's title (an empty title gives the automatic one back).", ["<eventId>", "<title>"], (db, [eventId, title]) =>
    renameEvent(db, { eventId: eventId as string, title: title as string, actor: actor() }),
  );
  operation(events, "pin", "Pin an article to its event: regrouping will not move it.", ["<articleId>"], (db, [articleId]) => pinArticle(db, { articleId: articleId as string, pinned: true, actor: actor() }));
  operation(events, "unpin", "Unpin an article: regrouping may move it again.", ["<articleId>"], (db, [articleId]) => pinArticle(db, { articleId: articleId as string, pinned: false, actor: actor() }));
  operation(events, "undo", "Undo an operation by id (as a new operation: the history keeps both).", ["<operationId>"], (db, [operationId]) => undoOperation(db, { operationId: operationId as string, actor: actor() }));

  events
    .command("history")
    .description("The operations that touched one event, newest first.")
    .argument("<eventId>")
    .option("--json", "print { history: [...] }")
    .option("--db <path>", DB_HELP)
    .action(async (eventId: string, flags: CommonFlags) => {
      await withDb(flags, async (db) => {
        const history = await listEventHistory(db, eventId);
        output(flags, { history }, () => {
          for (const entry of history) console.log(`${entry.createdAt}  ${entry.kind.padEnd(7)} ${entry.undone ? "(undone) " : ""}${entry.summary}  [${entry.actor}, ${entry.id}]`);
          if (history.length === 0) console.log("No operations on this event.");
        });
      });
    });
}

type OperationResult = { id: string; kind: string; summary: string; eventIds: string[]; createdEventIds: string[] };

function operation(
  parent: Command,
  name: string,
  description: string,
  args: string[],
  run: (db: Db, values: (string | string[])[], flags: Record<string, string | undefined>) => Promise<OperationResult>,
  options: Record<string, string> = {},
): void {
  const command = parent.command(name).description(description);
  for (const arg of args) command.argument(arg);
  for (const flag of Object.values(options)) command.option(flag);
  command.option("--json", "print { operation: { id, kind, summary, eventIds, createdEventIds } }").option("--db <path>", DB_HELP);
  command.action(async (...received: unknown[]) => {
    const values = received.slice(0, args.length) as (string | string[])[];
    const flags = received[args.length] as CommonFlags & Record<string, string | undefined>;
    await withDb(flags, async (db) => {
      const result = await run(db, values, flags);
      output(flags, { operation: result }, () => console.log(`${result.summary} (operation ${result.id})`));
    });
  });
}

function parseFlags<T extends z.ZodType>(schema: T, flags: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(flags);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

function span(event: EventSummary): string {
  if (!event.firstDay) return "undated";
  return event.firstDay === event.lastDay ? event.firstDay : `${event.firstDay} – ${event.lastDay}`;
}

function printSummary(event: EventSummary): void {
  const related = event.related.length > 0 ? `  related: ${event.related.length}` : "";
  console.log(`${event.id}  ${event.title}`);
  console.log(`    ${span(event)} · ${event.place?.label ?? "place unknown"} · ${event.articleCount} article${event.articleCount === 1 ? "" : "s"} · ${event.outlets.join(", ") || "no outlet"} · ${event.languages.join("/") || "?"}${related}`);
}

function printDetail(event: EventDetail): void {
  printSummary(event);
  for (const { outlet, members } of event.byOutlet) {
    console.log(`  ${outlet}`);
    for (const member of members) {
      const why = member.pinned ? "pinned by a reviewer" : member.decidedBy === "new-group" ? "started the event" : `score ${member.score.toFixed(2)}`;
      console.log(`    ${member.publishedAt ?? "undated"}  ${member.headline}  (${why}; ${member.articleId})`);
      const reason = describeGrouping(member);
      console.log(`      ${reason.sentence}${reason.closest?.headline ? ` Closest: ${reason.closest.headline}.` : ""}`);
    }
  }
  for (const related of event.related) console.log(`  related: ${related.title} (${related.id})`);
  for (const entry of event.history.slice(0, 10)) console.log(`  history: ${entry.createdAt} ${entry.summary}${entry.undone ? " (undone)" : ""}`);
}
