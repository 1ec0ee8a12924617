import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

// `parallax import --detach`, `parallax runs` and `parallax worker` as a user runs them: a real
// process on a fresh database file, JSON on stdout in the shapes README documents.
const run = promisify(execFile);
const tsx = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");
const cli = path.join(REPO_ROOT, "cli", "index.ts");
let dir: string;
let dbFile: string;

async function parallax(...args: string[]): Promise<{ code: number; json: unknown; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args, "--db", dbFile], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, json: args.includes("--json") && stdout.trim() ? JSON.parse(stdout) : null, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, json: null, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-worker-"));
  dbFile = path.join(dir, "cli.db");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parallax import --detach, runs, worker", () => {
  it("queues a run, shows it waiting, works it with a worker, then lists every item", { timeout: 240_000 }, async () => {
    const queued = await parallax("import", path.join(REPO_ROOT, "data", "samples"), "--detach", "--json");
    expect(queued.code, queued.stderr).toBe(0);
    const { runId, status, total } = queued.json as { runId: string; status: string; total: number };
    expect({ status, total }).toEqual({ status: "running", total: 5 });

    const waiting = await parallax("runs", runId, "--json");
    expect(waiting.json).toMatchObject({ id: runId, status: "running", total: 5, settled: 0, chunkCount: 1, jobs: { queued: 1, active: 0, failed: 0 } });

    const worked = await parallax("worker", "--until-idle");
    expect(worked.code, worked.stderr).toBe(0);

    const done = await parallax("runs", runId, "--items", "--json");
    const detail = done.json as { status: string; imported: number; grouping: { grouped: number; created: number }; items: { label: string; status: string; articleId?: string }[] };
    expect(detail).toMatchObject({ status: "done", imported: 5, settled: 5, grouping: { grouped: 5, created: 5 } });
    expect(detail.items.map((item) => item.status)).toEqual(["imported", "imported", "imported", "imported", "imported"]);
    expect(detail.items[0]!.label).toBe("samples/000_a7392bfecf3fe0bd.txt");

    const list = await parallax("runs", "--json");
    expect((list.json as { runs: { id: string }[] }).runs.map((entry) => entry.id)).toContain(runId);
    const text = await parallax("runs");
    expect(text.stdout).toContain(`${runId}  done      5/5 (100%)  5 imported, 0 duplicates, 0 rejected  samples`);

    // importing the same folder again is harmless: every article is a duplicate
    const again = await parallax("import", path.join(REPO_ROOT, "data", "samples"), "--json");
    expect(again.json).toMatchObject({ imported: 0, duplicates: 5, rejected: 0 });

    expect((await parallax("runs", "no-such-run", "--json")).code).toBe(2);
    expect((await parallax("worker", "--concurrency", "0")).code).toBe(2);
  });
});
