import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../tests/setup/test-db.ts";
import { REPO_ROOT } from "../../db/migrate.ts";
import { AppError } from "../../errors.ts";
import { groupNewArticles } from "../../events/group-articles.ts";
import { importInputs } from "../../ingest/import-inputs.ts";
import { CLAIMS_VERSION } from "../stored-claims.ts";
import { comparisonToMarkdown } from "./comparison-markdown.ts";
import { compareEvent } from "./compare-event.ts";

// The seeds' two Baghdad meetings (000 and 002), stored and grouped as two related events, compared
// side by side: the day and the level of who led conflict; the place and the countries agree.
let testDb: TestDb;
const eventOf = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDb();
  const summary = await importInputs(testDb.db, [{ kind: "path", path: path.join(REPO_ROOT, "data", "samples") }], { origin: "cli" });
  const grouping = await groupNewArticles(testDb.db);
  for (const item of summary.items) if (item.articleId) eventOf.set(path.basename(item.label).slice(0, 3), grouping.assignments.get(item.articleId)!);
});

afterAll(async () => {
  await testDb?.cleanup();
});

describe("compareEvent", () => {
  it("marks the day and the leadership of 000 and 002 as conflicts, place and countries as agreeing", async () => {
    const comparison = await compareEvent(testDb.db, { eventId: eventOf.get("000")!, withEventIds: [eventOf.get("002")!] });
    expect(comparison.columns).toHaveLength(2);
    expect(comparison.events.map((event) => event.id)).toEqual([eventOf.get("000"), eventOf.get("002")]);
    const row = (id: string) => comparison.rows.find((entry) => entry.id === id)!;
    expect(row("date")).toMatchObject({ mark: "conflict" });
    expect(row("date").explanation).toMatch(/Thursday vs Saturday/);
    expect(row("leadership")).toMatchObject({ mark: "conflict" });
    expect(row("leadership").explanation).toMatch(/al-Allaq.*deputy chief of staff/);
    expect(row("place").mark).toBe("agree");
    expect(row("countries").mark).toBe("agree");
    // each cell points at its words in its own article
    const [first] = comparison.rows;
    const text = await testDb.db.article.findUniqueOrThrow({ where: { id: first!.cells[0]!.articleId }, select: { text: true } });
    const value = first!.cells[0]!.values[0]!;
    expect(text.text.slice(value.span.start, value.span.end)).toBe(value.span.text);
    // and what one outlet leaves out is listed as its omissions
    const omitted002 = comparison.omissions[comparison.columns[1]!.articleId]!;
    expect(omitted002.map((entry) => entry.label)).toContain("Named: Saad Mozher al-Allaq");
  });

  it("keeps the claims it computed, under the current version", async () => {
    const stored = await testDb.db.articleClaimSet.count({ where: { version: CLAIMS_VERSION } });
    expect(stored).toBeGreaterThanOrEqual(2);
  });

  it("names an unknown event", async () => {
    const error = await compareEvent(testDb.db, { eventId: "no-such-event" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });

  it("renders a Markdown table whose cells cannot break out of the table", async () => {
    const comparison = await compareEvent(testDb.db, { eventId: eventOf.get("000")!, withEventIds: [eventOf.get("002")!] });
    comparison.rows[0]!.cells[0]!.values[0]!.label = "x | <script>alert(1)</script>";
    const markdown = comparisonToMarkdown(comparison, "Baghdad");
    expect(markdown).toContain("x \\| \\<script\\>alert(1)\\</script\\>");
    expect(markdown).toMatch(/\| When \| \*\*conflict\*\* \| Thursday \(jeudi\) \| Saturday \(samedi\) \|/);
  });
});
