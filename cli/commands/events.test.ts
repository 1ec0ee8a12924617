import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

// `parallax events` as a user runs it: a real process on a fresh database file, JSON on stdout in
// the shapes README documents, exit codes from lib/errors.ts.
const run = promisify(execFile);
const tsx = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");
const cli = path.join(REPO_ROOT, "cli", "index.ts");
let dir: string;
let dbFile: string;

async function parallax(...args: string[]): Promise<{ code: number; json: unknown; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args, "--db", dbFile], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, json: stdout.trim() ? JSON.parse(stdout) : null, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, json: null, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-events-"));
  dbFile = path.join(dir, "cli.db");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parallax events", () => {
  it("groups on import, lists, shows, merges, undoes and reports errors", { timeout: 240_000 }, async () => {
    const imported = (await parallax("import", path.join(REPO_ROOT, "data", "samples"), "--json")).json as { events: { grouped: number; created: number; assignments: Record<string, string> } };
    expect(imported.events).toMatchObject({ grouped: 5, created: 5 });

    const listed = (await parallax("events", "--json")).json as { total: number; events: { id: string; title: string; articleCount: number; related: { id: string }[]; languages: string[] }[] };
    expect(listed.total).toBe(5);
    expect(listed.events.every((event) => event.articleCount === 1 && event.languages[0] === "fr")).toBe(true);
    const [first, second] = [listed.events[0]!, listed.events[1]!];

    const shown = (await parallax("events", "show", first.id, "--json")).json as { event: { id: string; members: { decidedBy: string; explanation: object }[]; history: unknown[] } };
    expect(shown.event.id).toBe(first.id);
    expect(shown.event.members[0]).toMatchObject({ decidedBy: "new-group" });

    const merged = (await parallax("events", "merge", first.id, second.id, "--json")).json as { operation: { id: string; kind: string; eventIds: string[] } };
    expect(merged.operation).toMatchObject({ kind: "merge" });
    expect(merged.operation.eventIds.sort()).toEqual([first.id, second.id].sort());
    expect(((await parallax("events", "--json")).json as { total: number }).total).toBe(4);

    const undone = (await parallax("events", "undo", merged.operation.id, "--json")).json as { operation: { kind: string } };
    expect(undone.operation.kind).toBe("undo");
    expect(((await parallax("events", "--json")).json as { total: number }).total).toBe(5);
    const history = (await parallax("events", "history", first.id, "--json")).json as { history: { kind: string; undone: boolean }[] };
    expect(history.history.map((entry) => [entry.kind, entry.undone])).toEqual([["undo", false], ["merge", true]]);

    const missing = await parallax("events", "show", "no-such-event", "--json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No event no-such-event/);
    const twice = await parallax("events", "undo", merged.operation.id);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/already undone/);
  });
});
