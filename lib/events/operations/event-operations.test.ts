import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../tests/setup/test-db.ts";
import type { Db } from "../../db/client.ts";
import { REPO_ROOT } from "../../db/migrate.ts";
import { AppError } from "../../errors.ts";
import { importInputs } from "../../ingest/import-inputs.ts";
import { getEventDetail, listEventHistory, listEvents } from "../event-queries.ts";
import { groupNewArticles } from "../group-articles.ts";
import { regroupEvents } from "../regroup-events.ts";
import { latestUndoable, undoOperation } from "./undo-operation.ts";
import { mergeEvents } from "./merge-events.ts";
import { moveArticle } from "./move-article.ts";
import { pinArticle } from "./pin-article.ts";
import { renameEvent } from "./rename-event.ts";
import { splitEvent } from "./split-event.ts";

// Every reviewer operation on a real database holding the five seeds, each seed its own event
// after automatic grouping; and the rule that regrouping never undoes a reviewer's decision.
// Each test starts from a fresh copy of that database.
let base: TestDb;
let testDb: TestDb;
let db: Db;
const actor = "test reviewer";
const seedIds: Record<string, string> = {};

beforeAll(async () => {
  base = await createTestDb();
  const summary = await importInputs(base.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "samples") }], { origin: "cli" });
  for (const item of summary.items) seedIds[path.basename(item.label).slice(0, 3)] = item.articleId!;
  await groupNewArticles(base.db);
});

beforeEach(async () => {
  await testDb?.cleanup();
  testDb = await createTestDb({ from: base });
  db = testDb.db;
});

afterAll(async () => {
  await testDb?.cleanup();
  await base?.cleanup();
});

const eventOf = async (seed: string) => (await db.eventMembership.findUniqueOrThrow({ where: { articleId: seedIds[seed]! } })).eventId;

/** the grouping as sets of seed numbers, order-free, e.g. ["000+003", "001", …] */
async function partition(): Promise<string[]> {
  const rows = await db.eventMembership.findMany({ select: { articleId: true, eventId: true } });
  const seedOf = new Map(Object.entries(seedIds).map(([seed, id]) => [id, seed]));
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(row.eventId, [...(groups.get(row.eventId) ?? []), seedOf.get(row.articleId)!]);
  return [...groups.values()].map((seeds) => seeds.sort().join("+")).sort();
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("mergeEvents", () => {
  it("moves every member into the target, pins them, deletes the source and records the operation", async () => {
    const [target, source] = [await eventOf("000"), await eventOf("003")];
    const operation = await mergeEvents(db, { targetId: target, sourceIds: [source], actor });
    expect(await partition()).toEqual(["000+003", "001", "002", "004"]);
    expect(await db.event.findUnique({ where: { id: source } })).toBeNull();
    const detail = (await getEventDetail(db, target))!;
    expect(detail.articleCount).toBe(2);
    expect(detail.members.every((member) => member.pinned)).toBe(true);
    expect(detail.history[0]).toMatchObject({ id: operation.id, kind: "merge", actor, undone: false });
    expect(detail.history[0]!.summary).toMatch(/^Merged “.+” into “.+”$/);
    // the merged-away event keeps its history
    expect((await listEventHistory(db, source))[0]!.id).toBe(operation.id);
  });

  it("refuses to merge an event into itself and names an unknown event", async () => {
    const target = await eventOf("000");
    await expectAppError(mergeEvents(db, { targetId: target, sourceIds: [target], actor }), "INVALID_ARGUMENT");
    await expectAppError(mergeEvents(db, { targetId: target, sourceIds: ["no-such-event"], actor }), "NOT_FOUND");
    expect(await partition()).toEqual(["000", "001", "002", "003", "004"]);
  });
});

describe("splitEvent", () => {
  it("moves the chosen members to a new, related event and pins both sides", async () => {
    const target = await eventOf("000");
    await mergeEvents(db, { targetId: target, sourceIds: [await eventOf("002"), await eventOf("001")], actor });
    const split = await splitEvent(db, { eventId: target, articleIds: [seedIds["002"]!], title: "Second Baghdad meeting", actor });
    expect(await partition()).toEqual(["000+001", "002", "003", "004"]);
    const created = (await getEventDetail(db, split.newEventId))!;
    expect(created).toMatchObject({ title: "Second Baghdad meeting", renamed: true, origin: "reviewer", articleCount: 1 });
    expect(created.related.map((event) => event.id)).toContain(target);
    expect(created.members[0]).toMatchObject({ pinned: true, decidedBy: "reviewer" });
  });

  it("refuses to split off every member, or an article from another event", async () => {
    const target = await eventOf("000");
    await expectAppError(splitEvent(db, { eventId: target, articleIds: [seedIds["000"]!], actor }), "INVALID_ARGUMENT");
    await expectAppError(splitEvent(db, { eventId: target, articleIds: [seedIds["001"]!], actor }), "INVALID_ARGUMENT");
  });
});

describe("moveArticle, renameEvent, pinArticle", () => {
  it("moves an article into another event, and the emptied event goes", async () => {
    const [from, to] = [await eventOf("003"), await eventOf("004")];
    const moved = await moveArticle(db, { articleId: seedIds["003"]!, toEventId: to, actor });
    expect(moved.eventId).toBe(to);
    expect(await partition()).toEqual(["000", "001", "002", "003+004"]);
    expect(await db.event.findUnique({ where: { id: from } })).toBeNull();
    expect((await db.eventMembership.findUniqueOrThrow({ where: { articleId: seedIds["003"]! } })).pinned).toBe(true);
  });

  it("moves an article out into an event of its own", async () => {
    await mergeEvents(db, { targetId: await eventOf("000"), sourceIds: [await eventOf("001")], actor });
    const moved = await moveArticle(db, { articleId: seedIds["001"]!, toEventId: "new", actor });
    expect(await partition()).toEqual(["000", "001", "002", "003", "004"]);
    expect((await getEventDetail(db, moved.eventId))!.origin).toBe("reviewer");
    await expectAppError(moveArticle(db, { articleId: seedIds["001"]!, toEventId: moved.eventId, actor }), "INVALID_ARGUMENT");
  });

  it("renames an event and gives the automatic title back on an empty title", async () => {
    const event = await eventOf("004");
    const automatic = (await getEventDetail(db, event))!.title;
    await renameEvent(db, { eventId: event, title: "  Damascus:   Bagheri meets Ayoub ", actor });
    expect((await getEventDetail(db, event))!).toMatchObject({ title: "Damascus: Bagheri meets Ayoub", renamed: true });
    await renameEvent(db, { eventId: event, title: "", actor });
    expect((await getEventDetail(db, event))!).toMatchObject({ title: automatic, renamed: false });
    await expectAppError(renameEvent(db, { eventId: event, title: "x".repeat(201), actor }), "INVALID_ARGUMENT");
  });

  it("pins and unpins, and refuses a pin that changes nothing", async () => {
    await pinArticle(db, { articleId: seedIds["001"]!, pinned: true, actor });
    await expectAppError(pinArticle(db, { articleId: seedIds["001"]!, pinned: true, actor }), "INVALID_ARGUMENT");
    await pinArticle(db, { articleId: seedIds["001"]!, pinned: false, actor });
    expect((await db.eventMembership.findUniqueOrThrow({ where: { articleId: seedIds["001"]! } })).pinned).toBe(false);
    await expectAppError(pinArticle(db, { articleId: "no-such-article", pinned: true, actor }), "NOT_FOUND");
  });
});

describe("undoOperation", () => {
  it("restores the state before a merge, as a new operation, and the undo can be undone", async () => {
    const before = await listEvents(db, { page: 1, pageSize: 50 });
    const merge = await mergeEvents(db, { targetId: await eventOf("000"), sourceIds: [await eventOf("002")], actor });
    const undo = await undoOperation(db, { operationId: merge.id, actor });
    expect(await partition()).toEqual(["000", "001", "002", "003", "004"]);
    const after = await listEvents(db, { page: 1, pageSize: 50 });
    // the same events under the same ids, titles, places and related links
    expect(after).toEqual(before);
    expect((await db.eventMembership.findMany({ where: { pinned: true } })).length).toBe(0);
    await expectAppError(undoOperation(db, { operationId: merge.id, actor }), "CONFLICT");
    await undoOperation(db, { operationId: undo.id, actor });
    expect(await partition()).toEqual(["000+002", "001", "003", "004"]);
  });

  it("walks back a split and a rename in order, and refuses to undo under a later operation", async () => {
    const event = await eventOf("000");
    await mergeEvents(db, { targetId: event, sourceIds: [await eventOf("001")], actor });
    const split = await splitEvent(db, { eventId: event, articleIds: [seedIds["001"]!], actor });
    const rename = await renameEvent(db, { eventId: split.newEventId, title: "Beijing talks", actor });
    await expectAppError(undoOperation(db, { operationId: split.id, actor }), "CONFLICT");
    // the split is this event's latest operation, but the rename of its other half blocks it
    expect(await latestUndoable(db, event)).toBeNull();
    expect((await latestUndoable(db, split.newEventId))?.id).toBe(rename.id);
    await undoOperation(db, { operationId: rename.id, actor });
    expect((await latestUndoable(db, event))?.id).toBe(split.id);
    await undoOperation(db, { operationId: split.id, actor });
    expect(await partition()).toEqual(["000+001", "002", "003", "004"]);
    expect(await db.event.findUnique({ where: { id: split.newEventId } })).toBeNull();
    const history = await listEventHistory(db, event);
    expect(history.map((entry) => [entry.kind, entry.undone])).toEqual([
      ["undo", false],
      ["split", true],
      ["merge", false],
    ]);
  });
});

describe("regroupEvents", () => {
  it("re-decides automatic groupings into the same events when nothing changed", async () => {
    const ids = await Promise.all(["000", "001", "002", "003", "004"].map(eventOf));
    const result = await regroupEvents(db, { actor });
    expect(result).toMatchObject({ articles: 5, events: 5, moved: 0, pinned: 0 });
    expect(await Promise.all(["000", "001", "002", "003", "004"].map(eventOf))).toEqual(ids);
  });

  it("never undoes a reviewer's merge, split, move or rename", async () => {
    const baghdad = await eventOf("000");
    await mergeEvents(db, { targetId: baghdad, sourceIds: [await eventOf("003"), await eventOf("004")], actor });
    const split = await splitEvent(db, { eventId: baghdad, articleIds: [seedIds["004"]!], title: "Damascus", actor });
    await moveArticle(db, { articleId: seedIds["001"]!, toEventId: split.newEventId, actor });
    await renameEvent(db, { eventId: baghdad, title: "Reviewer's Baghdad event", actor });
    const decided = await partition();
    expect(decided).toEqual(["000+003", "001+004", "002"]);

    const result = await regroupEvents(db, { actor, rebuildSignatures: true });
    expect(result.pinned).toBe(4);
    expect(await partition()).toEqual(decided);
    expect((await getEventDetail(db, baghdad))!.title).toBe("Reviewer's Baghdad event");
    expect((await getEventDetail(db, split.newEventId))!.title).toBe("Damascus");
    // and the regroup itself is undoable like any operation
    await undoOperation(db, { operationId: result.operation.id, actor });
    expect(await partition()).toEqual(decided);
  });

  it("keeps an unpinned article free: after an unpin, regrouping may send it back", async () => {
    await moveArticle(db, { articleId: seedIds["003"]!, toEventId: await eventOf("004"), actor });
    await pinArticle(db, { articleId: seedIds["003"]!, pinned: false, actor });
    await regroupEvents(db, { actor });
    expect(await partition()).toEqual(["000", "001", "002", "003", "004"]);
  });
});
