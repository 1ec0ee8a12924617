import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

// `parallax compare` on the sample event of data/demo (four outlets, French and English, written by
// us): the JSON shape README documents, and the Markdown table.
const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-compare-"));
const dbFile = path.join(dir, "cli.db");
const parallax = async (...args: string[]) =>
  (await run(path.join(REPO_ROOT, "node_modules", ".bin", "tsx"), [path.join(REPO_ROOT, "cli", "index.ts"), ...args, "--db", dbFile], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 })).stdout;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parallax compare", () => {
  it("prints the comparison of the sample event as JSON and as Markdown", async () => {
    const imported = JSON.parse(await parallax("import", path.join(REPO_ROOT, "data", "demo"), "--json")) as { events: { assignments: Record<string, string> } };
    const eventIds = new Set(Object.values(imported.events.assignments));
    expect(eventIds.size).toBe(1);
    const [eventId] = [...eventIds];

    const { comparison } = JSON.parse(await parallax("compare", eventId!, "--json")) as {
      comparison: { columns: { outlet: string; language: string }[]; rows: { id: string; mark: string; cells: { mark: string; values: { span: { start: number; end: number } }[] }[] }[]; counts: Record<string, number> };
    };
    expect(comparison.columns.map((column) => column.outlet).sort()).toEqual(["AFP", "Press TV", "Reuters", "Xinhua"]);
    expect(new Set(comparison.columns.map((column) => column.language))).toEqual(new Set(["fr", "en"]));
    const date = comparison.rows.find((row) => row.id === "date")!;
    expect(date.mark).toBe("conflict");
    expect(date.cells.every((cell) => cell.values[0]!.span.end > cell.values[0]!.span.start)).toBe(true);
    expect(comparison.counts.conflict).toBeGreaterThanOrEqual(3);

    const markdown = await parallax("compare", eventId!, "--markdown", "--no-statements");
    expect(markdown).toMatch(/^# \\\[Sample\\\]/);
    expect(markdown).toMatch(/\| When \| \*\*conflict\*\* \|/);
    expect(markdown).toContain("## Conflicts and partial agreements");
  });
});
